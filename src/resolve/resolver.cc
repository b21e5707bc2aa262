// Composition of the across-article steps in dependency order (duplicates, entities, stories,
// claims, conflicts). Covered by src/resolve/golden_test.cc (tests/golden/resolve/) and
// resolver_test.cc.
#include "resolve/resolver.h"

namespace claimtrace::resolve {

Resolver::Resolver(ResolveStates states, ResolverOptions options,
                   std::unique_ptr<EntityResolver> er)
    : states_(states),
      options_(options),
      entity_resolver_(std::move(er)),
      duplicates_(states.duplicates, options.duplicates),
      stories_(states.stories, options.stories),
      claims_(states.claims, options.claims),
      conflicts_(states.figures, options.conflicts) {}

Result<std::unique_ptr<Resolver>> Resolver::Create(ResolveStates states, ResolverOptions options) {
  if (!states.entities || !states.duplicates || !states.stories || !states.claims ||
      !states.figures) {
    return InvalidArgumentError(
        "Resolver needs every state (entities, duplicates, stories, "
        "claims, figures)");
  }
  CT_ASSIGN_OR_RETURN(std::unique_ptr<EntityResolver> er,
                      EntityResolver::Create(states.entities, options.entities));
  return std::unique_ptr<Resolver>(new Resolver(states, options, std::move(er)));
}

Result<DocumentResolution> Resolver::Add(const Document& doc) {
  DocumentResolution r;
  CT_ASSIGN_OR_RETURN(DuplicateResult dup, duplicates_.Add(doc));
  r.exact_duplicate = dup.exact;
  r.duplicate_of = dup.duplicate_of;
  r.duplicate_changes = std::move(dup.changed);
  if (dup.exact) return r;

  CT_ASSIGN_OR_RETURN(EntityResolution entities, entity_resolver_->Resolve(doc));
  r.entity_ids = std::move(entities.global_ids);
  r.entity_created = std::move(entities.created);

  StoryInput story;
  story.doc_id = doc.id;
  story.published = doc.published.value_or("");
  story.title = doc.title.value_or("");
  story.text = doc.text;
  for (size_t i = 0; i < doc.entities.size() && i < r.entity_ids.size(); ++i) {
    story.entities.emplace_back(r.entity_ids[i],
                                static_cast<uint32_t>(doc.entities[i].mentions.size()));
  }
  story.duplicate_of = r.duplicate_of;
  CT_ASSIGN_OR_RETURN(r.story, stories_.Add(story));

  CT_ASSIGN_OR_RETURN(r.claim_ids,
                      claims_.Add(doc, r.entity_ids, r.story, r.duplicate_of.value_or("")));
  CT_ASSIGN_OR_RETURN(r.conflicts, conflicts_.Add(doc, r.entity_ids, r.story));
  return r;
}

std::string EntityLabel(uint64_t id) { return id == 0 ? "" : "g" + std::to_string(id); }
std::string ClaimLabel(uint64_t id) { return id == 0 ? "" : "c" + std::to_string(id); }
std::string StoryLabel(uint64_t id) { return id == 0 ? "" : "s" + std::to_string(id); }

void ApplyResolution(const DocumentResolution& r, Document* doc) {
  doc->duplicate_of = r.duplicate_of;
  for (size_t i = 0; i < doc->entities.size() && i < r.entity_ids.size(); ++i) {
    doc->entities[i].global_id = EntityLabel(r.entity_ids[i]);
  }
  for (size_t i = 0; i < doc->statements.size() && i < r.claim_ids.size(); ++i) {
    doc->statements[i].claim_id = ClaimLabel(r.claim_ids[i]);
  }
}

}  // namespace claimtrace::resolve
