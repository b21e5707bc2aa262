// The persistent form of the across-article state: every record the state interfaces hold
// (GlobalEntity, DuplicateRecord, StoryCluster, Claim, ClaimReport, FigureFact) to and from one
// line of JSON, so a store can keep each in a `record` column next to its indexed key columns.
// Field names are stable; readers ignore unknown fields and fill missing ones with defaults.
// Signatures are stored as a hex string (8 hex digits per value). Pure functions; thread-safe.
//
//   std::string row = ToJson(entity);
//   CT_ASSIGN_OR_RETURN(GlobalEntity back, GlobalEntityFromJson(row));
#ifndef CLAIMTRACE_RESOLVE_STATE_JSON_H_
#define CLAIMTRACE_RESOLVE_STATE_JSON_H_

#include <string>
#include <string_view>

#include "claimtrace/status.h"
#include "resolve/claims.h"
#include "resolve/conflicts.h"
#include "resolve/entity_catalog.h"
#include "resolve/near_duplicates.h"
#include "resolve/story_clusters.h"

namespace claimtrace::resolve {

std::string ToJson(const GlobalEntity& e);
std::string ToJson(const DuplicateRecord& r);
std::string ToJson(const StoryCluster& s);
std::string ToJson(const Claim& c);
std::string ToJson(const ClaimReport& r);
std::string ToJson(const FigureFact& f);

// Each fails with kCorruption (naming the record kind and the field) on malformed input.
Result<GlobalEntity> GlobalEntityFromJson(std::string_view json);
Result<DuplicateRecord> DuplicateRecordFromJson(std::string_view json);
Result<StoryCluster> StoryClusterFromJson(std::string_view json);
Result<Claim> ClaimFromJson(std::string_view json);
Result<ClaimReport> ClaimReportFromJson(std::string_view json);
Result<FigureFact> FigureFactFromJson(std::string_view json);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_STATE_JSON_H_
