// PolNeAR reader: brat standoff attribution annotations (Source / Cue / Content spans joined by
// Attribution relations, character offsets into text/*.txt) for training and evaluating the
// attribution stage. Nothing from the corpus is stored in the repository; it is read from
// /work/shared/data/polnear (or wherever --polnear points) at training/evaluation time.
//
// Reading is tolerant: a malformed line is reported to `warnings` and skipped. Thread-compatible.
//
//   CT_ASSIGN_OR_RETURN(auto docs, attrib::ReadPolnearSplit(dir, {.slice_k = 0, .slice_n = 10}));
//   for (const auto& d : docs) ... d.text, d.gold[i].cue (byte spans)
#ifndef CLAIMTRACE_ATTRIB_POLNEAR_H_
#define CLAIMTRACE_ATTRIB_POLNEAR_H_

#include <string>
#include <string_view>
#include <vector>

#include "attrib/doc_view.h"
#include "attrib/span.h"
#include "claimtrace/diagnostics.h"
#include "claimtrace/document.h"
#include "claimtrace/status.h"

namespace claimtrace::attrib {

struct GoldAttribution {
  std::vector<ByteSpan> source, cue, content;  // byte offsets into the text
};

struct PolnearDoc {
  std::string name;  // .ann file name without extension ("<doc>_<annotator>")
  std::string text;
  std::vector<GoldAttribution> gold;
};

struct PolnearSelection {
  // Documents (one annotation per text: the first by file name, as polnear_eval.py) whose index
  // in name order is slice_k mod slice_n; with `exclude`, all the others. slice_n = 0: all.
  int slice_k = 0;
  int slice_n = 0;
  bool exclude = false;
};

// Parses one .ann file against its text (character offsets converted to bytes).
std::vector<GoldAttribution> ParseBratAnn(std::string_view ann, std::string_view text,
                                          std::string_view name, DiagnosticSink* warnings);

// Reads a split directory (attributions/*.ann, text/*.txt).
Result<std::vector<PolnearDoc>> ReadPolnearSplit(const std::string& dir,
                                                 const PolnearSelection& selection,
                                                 DiagnosticSink* warnings);

// Token-level gold of one document: spans mapped to the tokens they touch.
std::vector<Attribution> AlignGold(const DocView& view, const std::vector<GoldAttribution>& gold);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_POLNEAR_H_
