// Placeholder: finds no statements (replaced by the attribution issue).
#include "claimtrace/attribution.h"

namespace claimtrace {

struct AttributionExtractor::Impl {};

AttributionExtractor::AttributionExtractor() : impl_(std::make_unique<Impl>()) {}
AttributionExtractor::~AttributionExtractor() = default;

Result<std::unique_ptr<AttributionExtractor>> AttributionExtractor::Load(
    const AttributionOptions&) {
  return std::unique_ptr<AttributionExtractor>(new AttributionExtractor());
}

void AttributionExtractor::Annotate(const TextAnalysis&, Document* doc) const {
  doc->statements.clear();
}

}  // namespace claimtrace
