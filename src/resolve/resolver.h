// Resolver: runs every across-article step for one new document, in order — near duplicates,
// global entities, story cluster, claims, figure conflicts — against persistent state, and
// says what changed. This is what the store calls once per ingested document (inside its
// batch transaction); nothing already processed is redone.
//
// The state lives behind five small interfaces (EntityCatalog, NearDuplicateState, StoryState,
// ClaimState, FigureState), so the store can keep it in SQLite tables; InMemoryResolveState
// bundles the in-memory implementations for tests, benchmarks and stateless use. An exact
// duplicate (same content id as an indexed document) is reported and not processed again.
// Not thread-safe: one Resolver per state.
//
//   InMemoryResolveState state;
//   CT_ASSIGN_OR_RETURN(auto resolver, Resolver::Create(state.states()));
//   CT_ASSIGN_OR_RETURN(DocumentResolution r, resolver->Add(doc));
//   ApplyResolution(r, &doc);  // fills duplicate_of, Entity::global_id, Statement::claim_id
#ifndef CLAIMTRACE_RESOLVE_RESOLVER_H_
#define CLAIMTRACE_RESOLVE_RESOLVER_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/status.h"
#include "resolve/claims.h"
#include "resolve/conflicts.h"
#include "resolve/entity_catalog.h"
#include "resolve/entity_resolver.h"
#include "resolve/near_duplicates.h"
#include "resolve/story_clusters.h"

namespace claimtrace::resolve {

struct ResolveStates {
  EntityCatalog* entities = nullptr;
  NearDuplicateState* duplicates = nullptr;
  StoryState* stories = nullptr;
  ClaimState* claims = nullptr;
  FigureState* figures = nullptr;
};

// All in-memory state in one place.
struct InMemoryResolveState {
  InMemoryEntityCatalog entities;
  InMemoryNearDuplicateState duplicates;
  InMemoryStoryState stories;
  InMemoryClaimState claims;
  InMemoryFigureState figures;

  ResolveStates states() { return {&entities, &duplicates, &stories, &claims, &figures}; }
};

struct ResolverOptions {
  EntityResolverOptions entities;
  NearDuplicateOptions duplicates;
  StoryOptions stories;
  ClaimOptions claims;
  ConflictOptions conflicts;
};

struct DocumentResolution {
  bool exact_duplicate = false;             // already indexed; nothing else was done
  std::optional<std::string> duplicate_of;  // root of its near-duplicate group
  // Other documents whose duplicate_of changed (an earlier article arrived late).
  std::vector<std::pair<std::string, std::optional<std::string>>> duplicate_changes;
  uint64_t story = 0;
  std::vector<uint64_t> entity_ids;  // per Document::entities, 0 = no usable name
  std::vector<bool> entity_created;
  std::vector<uint64_t> claim_ids;        // per Document::statements, 0 = not keyed
  std::vector<FigureConflict> conflicts;  // new conflicts this document created
};

class Resolver {
 public:
  // Every state pointer must be set and outlive the resolver.
  static Result<std::unique_ptr<Resolver>> Create(ResolveStates states,
                                                  ResolverOptions options = {});

  Result<DocumentResolution> Add(const Document& doc);

 private:
  Resolver(ResolveStates states, ResolverOptions options, std::unique_ptr<EntityResolver> er);
  ResolveStates states_;
  ResolverOptions options_;
  std::unique_ptr<EntityResolver> entity_resolver_;
  NearDuplicateDetector duplicates_;
  StoryClusterer stories_;
  ClaimGrouper claims_;
  ConflictDetector conflicts_;
};

// Display ids used in exports: "g12" (global entity), "c7" (claim), "s3" (story); "" for 0.
std::string EntityLabel(uint64_t id);
std::string ClaimLabel(uint64_t id);
std::string StoryLabel(uint64_t id);

// Writes a resolution into its document: duplicate_of, Entity::global_id, Statement::claim_id.
void ApplyResolution(const DocumentResolution& r, Document* doc);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_RESOLVER_H_
