// Tests for resolver.h (the composed steps), plus a diagnostic report on exported documents.
#include "resolve/resolver.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <map>

#include "claimtrace/export.h"
#include "resolve/provenance.h"
#include "resolve/test_documents.h"

namespace claimtrace::resolve {
namespace {

std::string Paragraphs(const std::string& topic, int n) {
  std::string s;
  for (int i = 0; i < n; ++i) {
    s += topic + " paragraph " + std::to_string(i) + " tells of rain, rivers and roads number " +
         std::to_string(i * 13 % 97) + " in the valley " + std::to_string(i * 7) + ".\n\n";
  }
  return s;
}

TEST(Resolve, ResolverRejectsMissingState) {
  ResolveStates states;
  EXPECT_EQ(Resolver::Create(states).status().code(), StatusCode::kInvalidArgument);
}

TEST(Resolve, ResolverFillsGlobalIdsAndSkipsExactDuplicates) {
  InMemoryResolveState state;
  auto resolver = Resolver::Create(state.states()).value();
  const std::string text = Paragraphs("Flood", 12) + "Kirill Budanov said the war is lost.";
  Document doc = DocBuilder("d1", text)
                     .Published("2024-05-14")
                     .AddEntity("Kirill Budanov", EntityType::kPerson)
                     .AddStatement({.content = "the war is lost", .speaker_entity = "e1"})
                     .Build()
                     .value();
  auto r = resolver->Add(doc);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_FALSE(r->exact_duplicate);
  ASSERT_EQ(r->entity_ids.size(), 1u);
  ASSERT_EQ(r->claim_ids.size(), 1u);
  EXPECT_NE(r->story, 0u);
  ApplyResolution(*r, &doc);
  EXPECT_EQ(doc.entities[0].global_id, EntityLabel(r->entity_ids[0]));
  EXPECT_EQ(doc.statements[0].claim_id, ClaimLabel(r->claim_ids[0]));
  EXPECT_EQ(doc.entities[0].global_id.front(), 'g');
  EXPECT_FALSE(doc.duplicate_of);

  // The same document again: reported as an exact duplicate, nothing re-counted.
  auto again = resolver->Add(doc);
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->exact_duplicate);
  EXPECT_TRUE(again->entity_ids.empty());
  EXPECT_EQ(state.entities.entities().at(r->entity_ids[0]).documents, 1u);
  EXPECT_EQ(state.claims.claims().at(r->claim_ids[0]).reports, 1u);

  // A near duplicate points at the first and joins its story; its claim is the same claim.
  Document copy = DocBuilder("d2", "Updated. " + text)
                      .Published("2024-05-15")
                      .AddEntity("Kirill Budanov", EntityType::kPerson)
                      .AddStatement({.content = "the war is lost", .speaker_entity = "e1"})
                      .Build()
                      .value();
  auto rc = resolver->Add(copy);
  ASSERT_TRUE(rc.ok());
  EXPECT_EQ(rc->duplicate_of, "d1");
  EXPECT_EQ(rc->story, r->story);
  EXPECT_EQ(rc->entity_ids[0], r->entity_ids[0]);
  EXPECT_EQ(rc->claim_ids[0], r->claim_ids[0]);
  EXPECT_EQ(EntityLabel(0), "");
  EXPECT_EQ(StoryLabel(3), "s3");
}

TEST(Resolve, ResolverHandlesEmptyDocuments) {
  InMemoryResolveState state;
  auto resolver = Resolver::Create(state.states()).value();
  Document empty = DocBuilder("e", "").Build().value();
  auto r = resolver->Add(empty);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_TRUE(r->entity_ids.empty());
  EXPECT_TRUE(r->claim_ids.empty());
  EXPECT_TRUE(r->conflicts.empty());
}

// Documents that did not come through DocumentFromJson may carry bad spans: they are skipped,
// never read out of bounds.
TEST(Resolve, ResolverToleratesSpansOutsideTheText) {
  InMemoryResolveState state;
  auto resolver = Resolver::Create(state.states()).value();
  Document doc;
  doc.id = "bad";
  doc.text = "Putin spoke.";
  Entity e;
  e.id = "e1";
  e.name = "Putin";
  e.type = EntityType::kPerson;
  e.mentions = {{0, 5}, {40, 90}};
  doc.entities.push_back(e);
  Statement st;
  st.content = {100, 200};
  st.speaker.entity = "e1";
  st.speaker.span = ByteSpan{0, 500};
  st.via.push_back({{300, 400}, ViaRelation::kPer, std::nullopt});
  doc.statements.push_back(st);
  Figure f;
  f.span = {50, 60};
  f.statement = 7;
  doc.figures.push_back(f);
  auto r = resolver->Add(doc);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_NE(r->entity_ids[0], 0u);
  EXPECT_EQ(r->claim_ids[0], 0u);
  EXPECT_TRUE(r->conflicts.empty());
}

// Diagnostic, not a check: resolves the export-format documents in $CLAIMTRACE_RESOLVE_INPUT
// (e.g. the output of `claimtrace extract`) and prints global entities with their spellings,
// claims with more than one report, and figure conflicts. Skipped when the variable is unset.
TEST(Resolve, ReportOnExportedDocuments) {
  const char* path = std::getenv("CLAIMTRACE_RESOLVE_INPUT");
  if (!path) GTEST_SKIP() << "set CLAIMTRACE_RESOLVE_INPUT to a JSON Lines export";
  std::ifstream in(path);
  ASSERT_TRUE(in) << path;
  InMemoryResolveState state;
  auto resolver = Resolver::Create(state.states()).value();
  std::vector<FigureConflict> conflicts;
  std::string line;
  while (std::getline(in, line)) {
    auto doc = DocumentFromJson(line);
    ASSERT_TRUE(doc.ok()) << doc.status().ToString();
    auto r = resolver->Add(*doc);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    std::printf("doc %s: %zu entities, story %s, duplicate_of %s\n", doc->id.c_str(),
                doc->entities.size(), StoryLabel(r->story).c_str(),
                r->duplicate_of.value_or("-").c_str());
    conflicts.insert(conflicts.end(), r->conflicts.begin(), r->conflicts.end());
  }
  std::map<std::string, const GlobalEntity*> by_name;
  for (const auto& [id, e] : state.entities.entities()) {
    if (e.documents > 1 || e.aliases.size() > 1) by_name[e.name] = &e;
  }
  for (const auto& [name, e] : by_name) {
    std::string aliases;
    for (const auto& [a, n] : e->aliases) aliases += " | " + a;
    std::printf("entity %s [%s] docs=%u:%s\n", name.c_str(), std::string(ToString(e->type)).c_str(),
                e->documents, aliases.c_str());
  }
  for (const auto& [id, c] : state.claims.claims()) {
    if (c.reports < 2) continue;
    std::vector<ClaimReport> reports;
    ASSERT_TRUE(state.claims.Reports(id, &reports).ok());
    const Provenance p = TraceProvenance(c, reports);
    std::printf("claim c%lu by %s (%u reports, %zu independent): %s\n",
                static_cast<unsigned long>(id), c.speaker.c_str(), c.reports,
                p.independent_sources(), c.text.substr(0, 100).c_str());
  }
  for (const ConflictGroup& g : GroupConflicts(conflicts)) {
    std::printf("conflict %s:", g.topic.c_str());
    for (const FigureFact& f : g.facts) {
      std::printf(" [%s: %s]", f.source.c_str(), f.text.c_str());
    }
    std::printf("\n");
  }
}

}  // namespace
}  // namespace claimtrace::resolve
