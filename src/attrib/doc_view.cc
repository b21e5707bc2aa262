// DocView construction: one pass over the tokens (lower-casing into a reused buffer, hashing,
// one lexicon lookup per word), then sentence/block indices and quotations.
// Covered by doc_view_test.cc (pronoun lookup) and, end to end, by extractor_test.cc.
#include "attrib/doc_view.h"

#include <algorithm>
#include <array>

#include "attrib/perceptron.h"

namespace claimtrace::attrib {
namespace {

struct PronounEntry {
  std::string_view word;
  Pronoun p;
};

constexpr PronounEntry kPronouns[] = {
    {"he", Pronoun::kMale},       {"him", Pronoun::kMale},       {"his", Pronoun::kMale},
    {"himself", Pronoun::kMale},  {"she", Pronoun::kFemale},     {"her", Pronoun::kFemale},
    {"hers", Pronoun::kFemale},   {"herself", Pronoun::kFemale}, {"they", Pronoun::kPlural},
    {"them", Pronoun::kPlural},   {"their", Pronoun::kPlural},   {"themselves", Pronoun::kPlural},
    {"it", Pronoun::kNeuter},     {"its", Pronoun::kNeuter},     {"itself", Pronoun::kNeuter},
    {"i", Pronoun::kFirst},       {"me", Pronoun::kFirst},       {"my", Pronoun::kFirst},
    {"we", Pronoun::kFirst},      {"us", Pronoun::kFirst},       {"our", Pronoun::kFirst},
    {"you", Pronoun::kSecond},    {"your", Pronoun::kSecond},    {"who", Pronoun::kRelative},
    {"whom", Pronoun::kRelative}, {"which", Pronoun::kRelative}, {"that", Pronoun::kRelative},
    {"this", Pronoun::kDemonstr}, {"these", Pronoun::kDemonstr}, {"those", Pronoun::kDemonstr},
};
constexpr size_t kPronounCount = sizeof(kPronouns) / sizeof(kPronouns[0]);

}  // namespace

Pronoun PronounOfSimple(std::string_view w) {
  if (w.size() > 10) return Pronoun::kNone;
  for (const PronounEntry& e : kPronouns) {
    if (e.word == w) return e.p;
  }
  return Pronoun::kNone;
}

// The hashes first: no string comparison for the words that are not pronouns; the text is
// still compared, so a hash collision cannot make a pronoun.
// A 256-bit filter on the low hash byte rejects almost all other words with one test.
Pronoun PronounOf(std::string_view w, uint64_t hash) {
  struct Index {
    std::array<uint64_t, kPronounCount> hashes{};
    std::array<uint64_t, 4> filter{};
  };
  static const Index kIndex = [] {
    Index x;
    for (size_t i = 0; i < kPronounCount; ++i) {
      x.hashes[i] = HashBytes(kPronouns[i].word);
      x.filter[(x.hashes[i] >> 6) & 3] |= uint64_t{1} << (x.hashes[i] & 63);
    }
    return x;
  }();
  if (!((kIndex.filter[(hash >> 6) & 3] >> (hash & 63)) & 1)) return Pronoun::kNone;
  const auto& kHashes = kIndex.hashes;
  for (size_t i = 0; i < kPronounCount; ++i) {
    if (kHashes[i] == hash && kPronouns[i].word == w) return kPronouns[i].p;
  }
  return Pronoun::kNone;
}

namespace {

Shape ShapeOf(const Token& t, std::string_view text) {
  switch (t.kind) {
    case TokenKind::kNumber:
      return Shape::kNumber;
    case TokenKind::kQuote:
      return Shape::kQuote;
    case TokenKind::kPunct:
    case TokenKind::kDash:
    case TokenKind::kSymbol:
      return Shape::kPunct;
    case TokenKind::kOther:
      return Shape::kOther;
    case TokenKind::kWord:
      break;
  }
  if (t.flags & kTokenAllCaps) return Shape::kAllCaps;
  if (t.flags & kTokenCapitalized) {
    for (size_t i = 1; i < text.size(); ++i) {
      if (text[i] >= 'A' && text[i] <= 'Z') return Shape::kMixed;
    }
    return Shape::kCapitalized;
  }
  return Shape::kLower;
}

}  // namespace

uint64_t DocView::WordHash(std::string_view lower) { return HashBytes(lower); }

DocView::DocView(const Document& d, const TextAnalysis& a, const Lexicon& lex)
    : doc(d), analysis(a), lexicon(lex), tokens(a.tokens) {
  const size_t n = tokens.size();
  info.resize(n);
  std::string lower;
  const std::string_view text(doc.text);
  for (size_t i = 0; i < n; ++i) {
    const Token& t = tokens[i];
    TokInfo& ti = info[i];
    std::string_view raw = text.substr(t.span.start, t.span.size());
    std::string_view w = LowerAscii(raw, &lower);
    ti.word = HashBytes(w);
    // A suffix as long as the word is the word: its hash is reused.
    ti.suffix = w.size() > 3 ? HashBytes(w.substr(w.size() - 3)) : ti.word;
    ti.suffix2 = w.size() > 2 ? HashBytes(w.substr(w.size() - 2)) : ti.word;
    ti.suffix4 = w.size() > 4 ? HashBytes(w.substr(w.size() - 4)) : ti.word;
    ti.length = static_cast<uint8_t>(std::min<size_t>(w.size(), 255));
    ti.shape = ShapeOf(t, raw);
    if (t.kind == TokenKind::kWord && w.size() <= 24) {
      if (const CueEntry* c = lexicon.CueByHash(ti.word, w)) {
        ti.cue_bits = c->bits;
        ti.lemma = c->lemma;
      }
      if (ti.shape != Shape::kAllCaps) ti.pronoun = PronounOf(w, ti.word);  // "US" is not "us"
    }
    if (t.entity >= 0 && static_cast<size_t>(t.entity) < doc.entities.size()) {
      ti.entity_type = static_cast<int8_t>(doc.entities[t.entity].type);
      ti.entity_start = i == 0 || tokens[i - 1].entity != t.entity;
    }
  }

  // Sentences from the analysis; tokens outside every sentence join the previous one.
  sentences.assign(a.sentence_tokens.begin(), a.sentence_tokens.end());
  if (sentences.empty() && n > 0) sentences.emplace_back(0, static_cast<uint32_t>(n));
  {
    uint32_t s = 0;
    for (size_t i = 0; i < n; ++i) {
      while (s + 1 < sentences.size() && sentences[s + 1].first <= i) ++s;
      info[i].sentence = s;
    }
  }
  // Blocks: a new line starts a new block.
  for (uint32_t i = 0; i < n; ++i) {
    if (i == 0 || StartsBlock(tokens[i])) {
      if (!blocks.empty()) blocks.back().second = i;
      blocks.emplace_back(i, i);
    }
    info[i].block = static_cast<uint32_t>(blocks.size() - 1);
  }
  if (!blocks.empty()) blocks.back().second = static_cast<uint32_t>(n);

  std::vector<int32_t> innermost;
  quotes = FindQuotations(text, tokens, &innermost);
  for (size_t i = 0; i < n; ++i) info[i].quote = innermost[i];
}

}  // namespace claimtrace::attrib
