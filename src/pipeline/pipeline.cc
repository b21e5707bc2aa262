// Pipeline: composes the per-document stages in their fixed order (see pipeline.h).
// Each stage owns its own folder; this file only wires them. Covered by
// src/pipeline/pipeline_test.cc and the golden tests under tests/golden/.
#include "claimtrace/pipeline.h"

#include "claimtrace/attribution.h"
#include "claimtrace/clean.h"
#include "claimtrace/figures.h"
#include "claimtrace/html.h"
#include "claimtrace/lang.h"

namespace claimtrace {

struct Pipeline::Impl {
  PipelineOptions options;
  std::unique_ptr<LanguageAnalyzer> lang;
  std::unique_ptr<AttributionExtractor> attrib;
  TimeExtractor times;
  FigureExtractor figures;
};

Pipeline::Pipeline() : impl_(std::make_unique<Impl>()) {}
Pipeline::~Pipeline() = default;

Result<std::unique_ptr<Pipeline>> Pipeline::Create(const PipelineOptions& options) {
  std::unique_ptr<Pipeline> p(new Pipeline());
  p->impl_->options = options;
  if (options.annotate) {
    CT_ASSIGN_OR_RETURN(p->impl_->lang, LanguageAnalyzer::Load({.data_dir = options.data_dir}));
    CT_ASSIGN_OR_RETURN(p->impl_->attrib,
                        AttributionExtractor::Load({.data_dir = options.data_dir}));
  }
  return p;
}

Result<Document> Pipeline::Process(RawArticle article, DiagnosticSink* warnings) const {
  Result<Document> doc = Prepare(std::move(article), warnings);
  if (doc.ok()) Annotate(&*doc);
  return doc;
}

Result<Document> Pipeline::Prepare(RawArticle article, DiagnosticSink* warnings) const {
  Document doc;
  doc.source = std::move(article.source);
  doc.input_id = std::move(article.id);
  doc.url = std::move(article.url);
  doc.outlet = std::move(article.outlet);
  doc.title = std::move(article.title);
  doc.published = std::move(article.published);
  doc.published_inferred = article.published_inferred;
  doc.author = std::move(article.author);
  if (article.language) doc.language = *article.language;

  std::string text;
  if (article.format == BodyFormat::kHtml) {
    HtmlOptions html_options{.url = doc.url, .declared_charset = article.declared_charset};
    Result<ExtractedPage> page = ExtractArticle(article.body, html_options);
    if (!page.ok()) return page.status().WithFile(doc.source);
    if (page->charset_repaired && warnings != nullptr) {
      warnings->Warning(ParseError("replaced " + std::to_string(page->replaced_bytes) +
                                       " bytes that were invalid in " + page->charset +
                                       " with U+FFFD",
                                   {.file = doc.source}));
    }
    text = std::move(page->text);
    if (!doc.title) doc.title = std::move(page->title);
    if (!doc.author) doc.author = std::move(page->author);
    if (!doc.published) doc.published = std::move(page->published);
    if (!doc.outlet) doc.outlet = std::move(page->outlet);
    doc.canonical_url = std::move(page->canonical_url);
    if (page->language) doc.language = *page->language;
  } else {
    text = std::move(article.body);
  }

  CleanedText cleaned = CleanText(text);
  doc.text = std::move(cleaned.text);
  doc.removed = std::move(cleaned.removed);
  if (doc.text.empty()) {
    return InvalidArgumentError("no article text left after cleaning", {.file = doc.source});
  }
  doc.id = DocumentId(doc.text);
  return doc;
}

void Pipeline::Annotate(Document* doc) const {
  if (!impl_->options.annotate) return;
  TextAnalysis analysis = impl_->lang->Analyze(doc);
  impl_->attrib->Annotate(analysis, doc);
  impl_->times.Annotate(analysis, {.default_published = impl_->options.default_published}, doc);
  impl_->figures.Annotate(analysis, doc);
}

}  // namespace claimtrace
