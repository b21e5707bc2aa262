// AttributionExtractor: loads the lexicons and the trained model once; per document builds the
// DocView (one pass over the tokens), detects attributions (detector.cc) and turns them into
// Statements (statement_builder.cc: rules for headline forms, types, speakers, via/citing,
// hedges). Covered by extractor_test.cc and the golden tests (golden_test.cc).
#include "attrib/detector.h"
#include "attrib/doc_view.h"
#include "attrib/lexicon.h"
#include "attrib/model.h"
#include "attrib/statement_builder.h"
#include "claimtrace/attribution.h"
#include "core/data_path.h"

namespace claimtrace {

struct AttributionExtractor::Impl {
  attrib::Lexicon lexicon;
  attrib::Model model;
};

AttributionExtractor::AttributionExtractor() : impl_(std::make_unique<Impl>()) {}
AttributionExtractor::~AttributionExtractor() = default;

Result<std::unique_ptr<AttributionExtractor>> AttributionExtractor::Load(
    const AttributionOptions& options) {
  std::unique_ptr<AttributionExtractor> ex(new AttributionExtractor());
  CT_ASSIGN_OR_RETURN(ex->impl_->lexicon, attrib::Lexicon::Load(options.data_dir));
  std::string path = options.model_path;
  if (path.empty()) {
    CT_ASSIGN_OR_RETURN(path, FindDataFile("models/attrib.model", options.data_dir));
  }
  CT_ASSIGN_OR_RETURN(ex->impl_->model, attrib::Model::LoadFile(path));
  attrib::PrecomputeShapeTables(&ex->impl_->model);
  return ex;
}

void AttributionExtractor::Annotate(const TextAnalysis& analysis, Document* doc) const {
  Annotate(analysis, doc, nullptr);
}

void AttributionExtractor::Annotate(const TextAnalysis& analysis, Document* doc,
                                    std::vector<StatementParts>* parts) const {
  doc->statements.clear();
  if (parts) parts->clear();
  if (analysis.tokens.empty()) return;
  attrib::DocView view(*doc, analysis, impl_->lexicon);
  std::vector<attrib::Attribution> found = attrib::DetectAttributions(view, impl_->model);
  attrib::BuildStatements(view, std::move(found), &doc->statements, parts);
}

}  // namespace claimtrace
