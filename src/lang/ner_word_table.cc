// Building, looking up and storing the tagger's word table (see ner_word_table.h). Build
// tokenises every text with the project tokenizer, counts lower-cased words, maps words seen at
// least min_count times to ids (the rest to one shared "rare" id, numbers to one "number" id),
// runs ExchangeClusters over the sentence sequences and adds the case counts. Covered by
// ner_word_table_test.cc (profiles, leave-one-out, round trip, damage) and word_clusters_test.cc.
#include "lang/ner_word_table.h"

#include <algorithm>
#include <cstring>

#include "lang/hashing.h"
#include "lang/ner_features.h"
#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"
#include "lang/word_clusters.h"

namespace claimtrace::lang {
namespace {

constexpr uint64_t kNumberKey = 0x4E554D4E554D4E55ull;  // every number token, for clustering

uint32_t Pack(uint32_t word_class, uint32_t profile) {
  return (word_class & 0xFFFFu) | (profile << 16);
}

}  // namespace

void CaseObservations(const std::vector<Token>& tokens, const std::vector<TokenKeys>& keys,
                      const std::vector<std::pair<uint32_t, uint32_t>>& sentences,
                      std::vector<uint8_t>* out) {
  out->assign(tokens.size(), 0);
  for (const auto& [first, last] : sentences) {
    if (IsHeadlineStyle(tokens, first, last)) continue;  // case says nothing there
    for (uint32_t i = first; i < last; ++i) {
      const Token& t = tokens[i];
      if (t.kind != TokenKind::kWord || (t.flags & kTokenSentenceStart)) continue;
      if (t.flags & kTokenCapitalized) {
        (*out)[i] = 2;
      } else if (keys[i].has_lower && !keys[i].has_upper) {
        (*out)[i] = 1;
      }
    }
  }
}

uint32_t CaseProfile(uint32_t capitalised, uint32_t lower) {
  const uint32_t n = capitalised + lower;
  if (n == 0) return 0;
  const uint32_t count_bucket = n == 1 ? 0 : n < 5 ? 1 : 2;
  uint32_t ratio_bucket;
  if (capitalised == 0) {
    ratio_bucket = 0;
  } else if (capitalised * 5 < n) {
    ratio_bucket = 1;
  } else if (capitalised * 5 < n * 4) {
    ratio_bucket = 2;
  } else if (capitalised < n) {
    ratio_bucket = 3;
  } else {
    ratio_bucket = 4;
  }
  return 1 + count_bucket * 5 + ratio_bucket;
}

NerWordTable NerWordTable::Build(const std::vector<std::string_view>& texts,
                                 const NerWordTableOptions& options) {
  std::vector<uint32_t> sequence;  // rows of `keys`, kClusterBoundary between sentences
  FlatMap counts;                  // key -> row in the vectors below
  std::vector<uint64_t> keys;
  std::vector<uint32_t> freq, cap, lower;
  auto row_of = [&](uint64_t key) {
    auto [row, inserted] = counts.Insert(key, static_cast<uint32_t>(keys.size()));
    if (inserted) {
      keys.push_back(key);
      freq.push_back(0);
      cap.push_back(0);
      lower.push_back(0);
    }
    return *row;
  };
  std::vector<Token> tokens;
  std::vector<ByteSpan> spans;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  std::vector<TokenKeys> tk;
  std::vector<uint8_t> obs;
  for (std::string_view text : texts) {
    Tokenize(text, &tokens);
    SplitSentences(text, &tokens, &spans, &sentences);
    tk.resize(tokens.size());
    for (size_t i = 0; i < tokens.size(); ++i) tk[i] = ComputeTokenKeys(text, tokens[i].span);
    CaseObservations(tokens, tk, sentences, &obs);
    for (const auto& [first, last] : sentences) {
      for (uint32_t i = first; i < last; ++i) {
        const uint64_t key = tokens[i].kind == TokenKind::kNumber ? kNumberKey : tk[i].lower;
        const uint32_t r = row_of(key);
        ++freq[r];
        if (obs[i] == 1) ++lower[r];
        if (obs[i] == 2) ++cap[r];
        sequence.push_back(r);
      }
      sequence.push_back(kClusterBoundary);
    }
  }
  // Ids: words seen min_count times, then one shared rare id.
  std::vector<uint32_t> id_of_row(keys.size(), 0);
  uint32_t vocab = 0;
  for (size_t r = 0; r < keys.size(); ++r) {
    if (freq[r] >= options.min_count) id_of_row[r] = vocab++;
  }
  const uint32_t rare = vocab++;
  std::vector<uint32_t> ids;
  ids.reserve(sequence.size());
  for (uint32_t r : sequence) {
    if (r == kClusterBoundary) {
      ids.push_back(kClusterBoundary);
    } else {
      ids.push_back(freq[r] >= options.min_count ? id_of_row[r] : rare);
    }
  }
  std::vector<uint16_t> cls = ExchangeClusters(ids, vocab, options.classes, options.passes);

  NerWordTable t;
  t.classes_ = options.classes;
  for (size_t r = 0; r < keys.size(); ++r) {
    if (keys[r] == kNumberKey) continue;
    const uint32_t word_class = freq[r] >= options.min_count ? cls[id_of_row[r]] + 1u : 0u;
    const uint32_t profile = CaseProfile(cap[r], lower[r]);
    if (word_class == 0 && cap[r] + lower[r] == 0) continue;
    t.keys_.push_back(keys[r]);
    t.values_.push_back(Pack(word_class, profile));
    t.cap_.push_back(cap[r]);
    t.lower_.push_back(lower[r]);
  }
  t.Index();
  return t;
}

void NerWordTable::Index() {
  map_.Clear();
  row_.Clear();
  map_.Reserve(keys_.size());
  if (!cap_.empty()) row_.Reserve(keys_.size());
  for (size_t r = 0; r < keys_.size(); ++r) {
    map_.Insert(keys_[r], values_[r]);
    if (!cap_.empty()) row_.Insert(keys_[r], static_cast<uint32_t>(r));
  }
}

void NameCounts::Add(const NameCounts& o) {
  total += o.total;
  per_first += o.per_first;
  per += o.per;
  org += o.org;
  loc += o.loc;
  misc += o.misc;
}

void NameCounts::Subtract(const NameCounts& o) {
  auto sub = [](uint32_t& a, uint32_t b) { a = a > b ? a - b : 0; };
  sub(total, o.total);
  sub(per_first, o.per_first);
  sub(per, o.per);
  sub(org, o.org);
  sub(loc, o.loc);
  sub(misc, o.misc);
}

uint32_t NameProfile(const NameCounts& c) {
  if (c.total < 2) return 0;
  const uint32_t named = c.per_first + c.per + c.org + c.loc + c.misc;
  const uint32_t none = c.total > named ? c.total - named : 0;
  const uint32_t count[6] = {c.per_first, c.per, c.org, c.loc, c.misc, none};
  uint32_t best = 0;
  for (uint32_t k = 1; k < 6; ++k) {
    if (count[k] > count[best]) best = k;
  }
  const uint32_t strength = count[best] * 5 >= c.total * 4 ? 2 : count[best] * 2 >= c.total ? 1 : 0;
  return 1 + (best * 3 + strength) * 2 + (c.total >= 6 ? 1 : 0);
}

void NerWordTable::SetNameCounts(const FlatMap& index, const std::vector<NameCounts>& counts) {
  names_.assign(keys_.size(), NameCounts{});
  for (size_t r = 0; r < keys_.size(); ++r) {
    const uint32_t* k = index.Find(keys_[r]);
    if (k != nullptr) names_[r] = counts[*k];
    values_[r] = (values_[r] & 0xFFFFFFu) | (NameProfile(names_[r]) << 24);
  }
  Index();
}

uint32_t NerWordTable::NameProfileWithout(uint64_t lower_hash, const NameCounts& own) const {
  const uint32_t* r = row_.Find(lower_hash);
  if (r == nullptr || names_.empty()) return 0;
  NameCounts c = names_[*r];
  c.Subtract(own);
  return NameProfile(c);
}

uint32_t NerWordTable::LookupWithout(uint64_t lower_hash, uint32_t capitalised,
                                     uint32_t lower) const {
  const uint32_t* r = row_.Find(lower_hash);
  if (r == nullptr) return Lookup(lower_hash);
  const uint32_t c = cap_[*r] - std::min(cap_[*r], capitalised);
  const uint32_t l = lower_[*r] - std::min(lower_[*r], lower);
  return Pack(WordClassOf(values_[*r]), CaseProfile(c, l)) | (values_[*r] & 0xFF000000u);
}

void NerWordTable::Serialize(std::string* out) const {
  auto put32 = [&](uint32_t v) { out->append(reinterpret_cast<const char*>(&v), 4); };
  put32(classes_);
  put32(static_cast<uint32_t>(keys_.size()));
  for (uint64_t k : keys_) out->append(reinterpret_cast<const char*>(&k), 8);
  for (uint32_t v : values_) put32(v);
}

Result<NerWordTable> NerWordTable::Parse(const char** p, const char* end) {
  if (end - *p < 8) return CorruptionError("word table: truncated header");
  NerWordTable t;
  uint32_t rows;
  std::memcpy(&t.classes_, *p, 4);
  std::memcpy(&rows, *p + 4, 4);
  *p += 8;
  if (static_cast<uint64_t>(end - *p) < static_cast<uint64_t>(rows) * 12) {
    return CorruptionError("word table: " + std::to_string(rows) + " rows do not fit");
  }
  t.keys_.resize(rows);
  t.values_.resize(rows);
  std::memcpy(t.keys_.data(), *p, static_cast<size_t>(rows) * 8);
  *p += static_cast<size_t>(rows) * 8;
  std::memcpy(t.values_.data(), *p, static_cast<size_t>(rows) * 4);
  *p += static_cast<size_t>(rows) * 4;
  t.Index();
  return t;
}

}  // namespace claimtrace::lang
