// JSON forms of the across-article records (claimtrace/resolution.h): the one writer behind
// `report --json`, `claims --json`, `entities --json` and the HTTP API's claims, conflicts and
// global entities. Field names follow the record structs; ids are the
// display labels ("g12", "c7", "s3", "f21"). Pure functions; thread-safe.
//
//   std::string out; JsonWriter w(&out);
//   WriteClaimJson(claim, &w);
#ifndef CLAIMTRACE_STORE_RESOLUTION_JSON_H_
#define CLAIMTRACE_STORE_RESOLUTION_JSON_H_

#include "claimtrace/resolution.h"
#include "core/json_writer.h"

namespace claimtrace {

void WriteEntityJson(const GlobalEntityRecord& e, JsonWriter* w);
// Reports are written when claim.report_list is filled.
void WriteClaimJson(const ClaimRecord& c, JsonWriter* w);
void WriteConflictJson(const ConflictRecord& c, JsonWriter* w);
void WriteSummaryJson(const ResolutionSummary& s, JsonWriter* w);
// An array of {outlet, url, published, title, source, first_seen}; empty fields are null.
void WriteCopiesJson(const std::vector<DocumentCopy>& copies, JsonWriter* w);

}  // namespace claimtrace

#endif  // CLAIMTRACE_STORE_RESOLUTION_JSON_H_
