// Test helpers for the entity steps (typing, linking): a tokenised, gazetteer-matched
// document and mention lookups by text. Only included by *_test.cc files of src/lang.
//
//   Fixture f("Ion Rusu said ...", gazetteer);
//   TypedMention m = f.M("Ion Rusu", EntityType::kPerson);
#ifndef CLAIMTRACE_LANG_ENTITY_TEST_FIXTURE_H_
#define CLAIMTRACE_LANG_ENTITY_TEST_FIXTURE_H_

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/lang.h"
#include "lang/entity_context.h"
#include "lang/gazetteer.h"
#include "lang/lexical.h"
#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"

namespace claimtrace::lang {

struct Fixture {
  std::string text;
  std::vector<Token> tokens;
  std::vector<TokenKeys> keys;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  std::vector<GazMatch> matches;
  std::vector<ByteSpan> spans;
  EntityContext ctx;

  Fixture(std::string t, const Gazetteer* g) : text(std::move(t)) {
    Tokenize(text, &tokens);
    SplitSentences(text, &tokens, &spans, &sentences);
    for (const Token& k : tokens) keys.push_back(ComputeTokenKeys(text, k.span));
    g->Match(tokens, keys, &matches);
    ctx.text = text;
    ctx.tokens = &tokens;
    ctx.keys = &keys;
    ctx.sentences = &sentences;
    ctx.matches = &matches;
    ctx.gazetteer = g;
  }

  // Mention covering the nth occurrence of `phrase` (token aligned).
  TypedMention M(std::string_view phrase, EntityType type, int nth = 0) {
    size_t from = 0;
    for (;;) {
      size_t at = text.find(phrase, from);
      EXPECT_NE(at, std::string::npos) << phrase;
      if (at == std::string::npos) return {};
      from = at + 1;
      if (nth-- > 0) continue;
      TypedMention m;
      m.type = type;
      for (uint32_t i = 0; i < tokens.size(); ++i) {
        if (tokens[i].span.start == at) m.begin = i;
        if (tokens[i].span.end == at + phrase.size()) m.end = i + 1;
      }
      return m;
    }
  }
};

inline std::vector<std::string> MentionTexts(const std::string& text, const Entity& e) {
  std::vector<std::string> out;
  for (const ByteSpan& s : e.mentions) out.push_back(text.substr(s.start, s.size()));
  return out;
}

inline const Entity* FindByMention(const std::vector<Entity>& es, const std::string& text,
                                   const std::string& mention) {
  for (const Entity& e : es) {
    for (const std::string& m : MentionTexts(text, e)) {
      if (m == mention) return &e;
    }
  }
  return nullptr;
}

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_ENTITY_TEST_FIXTURE_H_
