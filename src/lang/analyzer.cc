// LanguageAnalyzer: (language from script) -> tokenizer -> sentence splitter -> gazetteer
// matching and tagger features -> BILOU tagging -> mention typing -> Cyrillic name spotting
// (only when the text has Cyrillic letters) -> in-article linking -> roles. Covered by
// analyzer_test.cc, entity_test.cc and golden_test.cc.
#include "claimtrace/lang.h"
#include "core/data_path.h"
#include "lang/cyrillic.h"
#include "lang/cyrillic_names.h"
#include "lang/entity_linker.h"
#include "lang/entity_typing.h"
#include "lang/gazetteer.h"
#include "lang/ner_features.h"
#include "lang/ner_model.h"
#include "lang/ner_tagger.h"
#include "lang/roles.h"
#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"

namespace claimtrace {

struct LanguageAnalyzer::Impl {
  std::unique_ptr<lang::Gazetteer> gazetteer;
  lang::NerModel model;
  lang::CyrillicLexicon cyrillic;
};

LanguageAnalyzer::LanguageAnalyzer() : impl_(std::make_unique<Impl>()) {}
LanguageAnalyzer::~LanguageAnalyzer() = default;

Result<std::unique_ptr<LanguageAnalyzer>> LanguageAnalyzer::Load(const LanguageOptions& options) {
  std::unique_ptr<LanguageAnalyzer> a(new LanguageAnalyzer());
  CT_ASSIGN_OR_RETURN(a->impl_->gazetteer, lang::Gazetteer::Load(options.data_dir));
  std::string path = options.model_path;
  if (path.empty()) {
    CT_ASSIGN_OR_RETURN(path, FindDataFile("models/ner.model", options.data_dir));
  }
  CT_ASSIGN_OR_RETURN(a->impl_->model, lang::NerModel::Load(path));
  CT_ASSIGN_OR_RETURN(a->impl_->cyrillic, lang::CyrillicLexicon::Load(options.data_dir));
  return a;
}

TextAnalysis LanguageAnalyzer::Analyze(Document* doc) const {
  TextAnalysis analysis;
  doc->entities.clear();
  const bool cyrillic = lang::HasCyrillic(doc->text);
  if (cyrillic && (doc->language.empty() || doc->language == "en")) {
    std::string detected = lang::DetectLanguageFromScript(doc->text);
    if (!detected.empty()) doc->language = std::move(detected);
  }
  lang::Tokenize(doc->text, &analysis.tokens);
  lang::SplitSentences(doc->text, &analysis.tokens, &doc->sentences, &analysis.sentence_tokens);
  if (analysis.tokens.empty()) return analysis;

  std::vector<lang::TokenKeys> keys;
  std::vector<lang::GazMatch> matches;
  std::vector<lang::NerToken> ner_tokens;
  lang::PrepareNerTokens(doc->text, analysis.tokens, analysis.sentence_tokens, *impl_->gazetteer,
                         &impl_->model.words(), &keys, &matches, &ner_tokens);
  std::vector<uint8_t> labels;
  lang::NerTagger(&impl_->model).Tag(ner_tokens, analysis.sentence_tokens, &labels);

  lang::EntityContext ctx;
  ctx.text = doc->text;
  ctx.tokens = &analysis.tokens;
  ctx.keys = &keys;
  ctx.sentences = &analysis.sentence_tokens;
  ctx.matches = &matches;
  ctx.gazetteer = impl_->gazetteer.get();
  ctx.words = &impl_->model.words();
  if (doc->outlet) ctx.outlet = *doc->outlet;
  std::vector<lang::TypedMention> typed = lang::TypeMentions(ctx, lang::LabelsToMentions(labels));
  if (cyrillic) lang::SpotCyrillicNames(ctx, impl_->cyrillic, &typed);
  std::vector<std::vector<lang::TypedMention>> members;
  lang::LinkEntities(ctx, std::move(typed), &analysis.tokens, &doc->entities, &members);
  lang::CollectRoles(ctx, members, &doc->entities);
  return analysis;
}

}  // namespace claimtrace
