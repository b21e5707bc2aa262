// Detector: the learned half of the attribution stage — cue tagger, then for each cue its
// source and its content — producing token-level Attribution records in cue order.
//
// Stateless; thread-safe (the model is read-only).
//
//   attrib::DocView view(doc, analysis, lexicon);
//   std::vector<attrib::Attribution> found = attrib::DetectAttributions(view, model);
#ifndef CLAIMTRACE_ATTRIB_DETECTOR_H_
#define CLAIMTRACE_ATTRIB_DETECTOR_H_

#include <vector>

#include "attrib/doc_view.h"
#include "attrib/model.h"
#include "attrib/span.h"

namespace claimtrace::attrib {

std::vector<Attribution> DetectAttributions(const DocView& view, const Model& model);

// Fills model->source_tables / content_tables (see model.h) once after loading, so that each
// document does not recompute them; results are the same with and without (extractor_test.cc).
void PrecomputeShapeTables(Model* model);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_DETECTOR_H_
