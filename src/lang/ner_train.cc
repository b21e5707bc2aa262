// Structured averaged perceptron training (see ner_train.h): every candidate region of a
// sentence is decoded with the current weights (ViterbiDecode) and, where the path differs from
// the gold path, emission rows and transition rows are updated. Weights live in flat float arrays
// indexed by a FlatMap from feature key to row; averaging uses the standard "w - u / c" trick so no
// per-feature timestamps are needed. Covered by ner_train_test.cc (learns a toy corpus,
// reproducible bytes for a fixed seed, include/exclude selection).
#include "lang/ner_train.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <random>

#include "lang/flat_map.h"
#include "lang/hashing.h"
#include "lang/ner_annotations.h"
#include "lang/ner_features.h"
#include "lang/ner_tagger.h"
#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"

namespace claimtrace::lang {
namespace {

struct TrainDoc {
  std::vector<NerToken> tokens;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  std::vector<uint8_t> gold;
  bool has_misc = true;
};

bool Selected(const std::string& id, const NerTrainOptions& o) {
  if (!o.include.empty()) {
    bool any = false;
    for (const std::string& s : o.include) any |= id.find(s) != std::string::npos;
    if (!any) return false;
  }
  for (const std::string& s : o.exclude) {
    if (id.find(s) != std::string::npos) return false;
  }
  return true;
}

class Perceptron {
 public:
  void Score(const uint64_t* f, int n, float* scores) const {
    for (int k = 0; k < n; ++k) {
      const uint32_t* row = index_.Find(f[k]);
      if (row == nullptr) continue;
      const float* w = &w_[static_cast<size_t>(*row) * kNerLabels];
      for (int l = 0; l < kNerLabels; ++l) scores[l] += w[l];
    }
  }

  void Update(const uint64_t* f, int n, int gold, int pred) {
    for (int k = 0; k < n; ++k) {
      size_t row = Row(f[k]);
      w_[row * kNerLabels + gold] += 1;
      u_[row * kNerLabels + gold] += c_;
      w_[row * kNerLabels + pred] -= 1;
      u_[row * kNerLabels + pred] -= c_;
    }
  }

  void Add(uint64_t key, int label, float delta) {
    size_t row = Row(key);
    w_[row * kNerLabels + label] += delta;
    u_[row * kNerLabels + label] += c_ * delta;
  }

  void Tick() { ++c_; }

  size_t rows() const { return keys_.size(); }

  // Adds the averaged weights, times `factor`, into `sum` (key -> row index) / `rows`.
  void AccumulateAverage(double factor, FlatMap* sum, std::vector<uint64_t>* keys,
                         std::vector<double>* rows) const {
    for (size_t r = 0; r < keys_.size(); ++r) {
      auto [idx, inserted] = sum->Insert(keys_[r], static_cast<uint32_t>(keys->size()));
      if (inserted) {
        keys->push_back(keys_[r]);
        rows->resize(rows->size() + kNerLabels, 0.0);
      }
      for (int l = 0; l < kNerLabels; ++l) {
        size_t i = r * kNerLabels + l;
        (*rows)[static_cast<size_t>(*idx) * kNerLabels + l] += factor * (w_[i] - u_[i] / c_);
      }
    }
  }

 private:
  size_t Row(uint64_t key) {
    auto [row, inserted] = index_.Insert(key, static_cast<uint32_t>(keys_.size()));
    if (inserted) {
      keys_.push_back(key);
      w_.resize(w_.size() + kNerLabels, 0.0f);
      u_.resize(u_.size() + kNerLabels, 0.0);
    }
    return *row;
  }

  FlatMap index_;
  std::vector<uint64_t> keys_;
  std::vector<float> w_;
  std::vector<double> u_;
  double c_ = 1;
};

// Gold labels of region [s, e) as a path Viterbi can produce: entities that cross the region
// boundary or start on a token that cannot start a name become O.
void RepairGold(const std::vector<uint8_t>& all, uint32_t s, uint32_t e,
                const std::vector<uint8_t>& can_start, std::vector<uint8_t>* gold) {
  gold->assign(all.begin() + s, all.begin() + e);
  std::vector<uint8_t>& g = *gold;
  const size_t n = g.size();
  for (size_t t = 0; t < n;) {
    if (g[t] == kLabelO) {
      ++t;
      continue;
    }
    size_t end = t + 1;
    bool ok = can_start[t] && (LabelPos(g[t]) == kBegin || LabelPos(g[t]) == kUnit);
    if (LabelPos(g[t]) != kUnit) {
      while (end < n && g[end] != kLabelO && LabelPos(g[end]) == kInside) ++end;
      if (end < n && g[end] != kLabelO && LabelPos(g[end]) == kLast) {
        ++end;
      } else {
        ok = false;  // runs past the region or malformed
      }
    }
    if (!ok) std::fill(g.begin() + t, g.begin() + end, kLabelO);
    t = end;
  }
}

// For sources without MISC: a predicted MISC entity over tokens the gold leaves O is accepted.
void AcceptMiscGuesses(const std::vector<uint8_t>& pred, std::vector<uint8_t>* gold) {
  const size_t n = pred.size();
  for (size_t t = 0; t < n;) {
    if (pred[t] == kLabelO || LabelType(pred[t]) != NerType::kMisc ||
        (LabelPos(pred[t]) != kBegin && LabelPos(pred[t]) != kUnit)) {
      ++t;
      continue;
    }
    size_t end = t + 1;
    if (LabelPos(pred[t]) == kBegin) {
      while (end < n && LabelPos(pred[end]) != kLast) ++end;
      end = std::min(end + 1, n);
    }
    bool free = true;
    for (size_t k = t; k < end; ++k) free &= (*gold)[k] == kLabelO;
    if (free) std::copy(pred.begin() + t, pred.begin() + end, gold->begin() + t);
    t = end;
  }
}

// How document d labels its capitalised words (NameCounts per word key, indexed by `index`).
void CountNames(const TrainDoc& d, FlatMap* index, std::vector<NameCounts>* counts) {
  for (size_t i = 0; i < d.tokens.size(); ++i) {
    const NerToken& t = d.tokens[i];
    if (!(t.flags & kTokenCapitalized)) continue;
    auto [k, fresh] = index->Insert(t.lower, static_cast<uint32_t>(counts->size()));
    if (fresh) counts->emplace_back();
    NameCounts& c = (*counts)[*k];
    ++c.total;
    const int label = d.gold[i];
    if (label == kLabelO) continue;
    switch (LabelType(label)) {
      case NerType::kPer:
        ++(LabelPos(label) == kBegin ? c.per_first : c.per);
        break;
      case NerType::kOrg:
        ++c.org;
        break;
      case NerType::kLoc:
        ++c.loc;
        break;
      case NerType::kMisc:
        if (d.has_misc) ++c.misc;
        break;
    }
  }
}

// Name profiles: the table gets the counts of every labelled document; each training document
// sees them without its own (at run time an article is never part of the table).
void SetNameProfiles(NerWordTable* words, std::vector<TrainDoc>* docs) {
  FlatMap index;
  std::vector<NameCounts> counts;
  for (const TrainDoc& d : *docs) CountNames(d, &index, &counts);
  words->SetNameCounts(index, counts);
  FlatMap own_index;
  std::vector<NameCounts> own;
  for (TrainDoc& d : *docs) {
    own_index.Clear();
    own.clear();
    CountNames(d, &own_index, &own);
    for (NerToken& t : d.tokens) {
      const uint32_t* k = own_index.Find(t.lower);
      t.name_profile =
          static_cast<uint8_t>(k != nullptr ? words->NameProfileWithout(t.lower, own[*k])
                                            : NameProfileOf(words->Lookup(t.lower)));
    }
  }
}

}  // namespace

Result<std::vector<CorpusDoc>> LoadNerCorpus(const NerTrainOptions& options,
                                             std::vector<Status>* warnings) {
  std::vector<CorpusDoc> out;
  for (const std::string& file : options.files) {
    std::string path = file.find('/') == std::string::npos ? options.data_dir + "/" + file : file;
    std::vector<CorpusDoc> docs;
    const char* env = std::getenv("CLAIMTRACE_HTML_DEV_DIR");
    const std::string html_dir = env != nullptr && *env ? env : options.data_dir + "/../html-dev";
    if (path.size() > 4 && path.compare(path.size() - 4, 4, ".tsv") == 0) {
      // A name list over html-dev articles (lang/ner_annotations.h).
      CT_ASSIGN_OR_RETURN(docs, ReadAnnotatedArticles(path, html_dir, warnings));
    } else if (path.size() > 4 && path.compare(path.size() - 4, 4, ".ids") == 0) {
      // Unlabelled html-dev pages for the word table.
      CT_ASSIGN_OR_RETURN(docs, ReadUnlabeledArticles(path, html_dir, warnings));
    } else {
      CT_ASSIGN_OR_RETURN(docs, ReadIob2File(path, warnings));
    }
    for (CorpusDoc& d : docs) {
      if (Selected(d.id, options)) out.push_back(std::move(d));
    }
  }
  return out;
}

Result<NerModel> TrainNerModel(const NerTrainOptions& options, const Gazetteer& gazetteer,
                               NerTrainReport* report) {
  CT_ASSIGN_OR_RETURN(std::vector<CorpusDoc> all, LoadNerCorpus(options, &report->warnings));
  // The word table is learnt from the text of every selected document, labelled or not (each
  // distinct text once); only labelled documents are training examples.
  std::vector<CorpusDoc> corpus;
  std::vector<std::string_view> texts;
  NerWordTable words;
  {
    FlatMap seen;
    for (const CorpusDoc& c : all) {
      if (seen.Insert(HashBytes(c.text), 1).second) texts.push_back(c.text);
    }
    report->unlabeled_docs = texts.size();
    if (options.word_classes > 0) {
      NerWordTableOptions wo;
      wo.classes = static_cast<uint32_t>(options.word_classes);
      words = NerWordTable::Build(texts, wo);
    }
    texts.clear();
  }
  for (CorpusDoc& c : all) {
    if (!c.unlabeled) corpus.push_back(std::move(c));
  }
  all.clear();
  if (corpus.empty()) return InvalidArgumentError("no training documents selected");
  const NerWordTable* table = options.word_classes > 0 ? &words : nullptr;
  std::vector<TrainDoc> docs;
  docs.reserve(corpus.size());
  {
    std::vector<uint8_t> obs;
    FlatMap own;
    std::vector<Token> tokens;
    std::vector<ByteSpan> spans;
    std::vector<TokenKeys> keys;
    std::vector<GazMatch> matches;
    for (const CorpusDoc& c : corpus) {
      TrainDoc d;
      Tokenize(c.text, &tokens);
      SplitSentences(c.text, &tokens, &spans, &d.sentences);
      PrepareNerTokens(c.text, tokens, d.sentences, gazetteer, table, &keys, &matches, &d.tokens);
      if (table != nullptr) {
        // Leave the document's own occurrences out of its case profiles (at run time an
        // article is never part of the table).
        CaseObservations(tokens, keys, d.sentences, &obs);
        own.Clear();
        for (size_t i = 0; i < tokens.size(); ++i) {
          if (obs[i] == 0) continue;
          auto [v, inserted] = own.Insert(keys[i].lower, 0);
          *v += obs[i] == 2 ? 0x10000u : 1u;
        }
        for (size_t i = 0; i < tokens.size(); ++i) {
          const uint32_t* v = own.Find(keys[i].lower);
          if (v == nullptr) continue;
          const uint32_t packed = words.LookupWithout(keys[i].lower, *v >> 16, *v & 0xFFFFu);
          d.tokens[i].case_profile = static_cast<uint8_t>(CaseProfileOf(packed));
        }
      }
      d.gold = ProjectLabels(tokens, c.entities);
      d.has_misc = c.has_misc;
      report->tokens += tokens.size();
      report->entities += c.entities.size();
      docs.push_back(std::move(d));
    }
  }
  report->docs = docs.size();
  if (table != nullptr) SetNameProfiles(&words, &docs);

  FlatMap sum_index;
  std::vector<uint64_t> sum_keys;
  std::vector<double> sum_rows;
  const int runs = std::max(1, options.seeds);
  for (int run = 0; run < runs; ++run) {
    Perceptron p;
    std::mt19937_64 rng(options.seed + static_cast<uint64_t>(run));
    std::vector<size_t> order(docs.size());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::vector<std::pair<uint32_t, uint32_t>> regions;
    std::vector<uint64_t> feats;
    std::vector<int> nfeats;
    std::vector<float> emit, delta;
    std::vector<uint8_t> back, can_start, pred, gold, doc_pred;
    float trans[kNerLabels * kNerLabels];
    for (int epoch = 0; epoch < options.epochs; ++epoch) {
      for (size_t i = order.size(); i > 1; --i) {  // Fisher-Yates, platform independent
        size_t j = static_cast<size_t>(rng() % i);
        std::swap(order[i - 1], order[j]);
      }
      size_t scored = 0, errors = 0;
      for (size_t di : order) {
        const TrainDoc& d = docs[di];
        FlatMap same;
        doc_pred.assign(d.tokens.size(), kLabelO);
        for (const auto& [first, last] : d.sentences) {
          NerRegions(d.tokens.data(), first, last, &regions);
          for (const auto& [s, e] : regions) {
            const size_t n = e - s;
            feats.resize(n * kMaxNerFeatures);
            nfeats.resize(n);
            emit.assign(n * kNerLabels, 0.0f);
            can_start.assign(n, 0);
            for (uint32_t i = s; i < e; ++i) {
              const uint32_t* sw = same.Find(d.tokens[i].lower);
              uint64_t* f = &feats[(i - s) * kMaxNerFeatures];
              nfeats[i - s] =
                  NerFeatures(d.tokens.data(), first, last, i, sw ? static_cast<int>(*sw) : 0, f);
              p.Score(f, nfeats[i - s], &emit[(i - s) * kNerLabels]);
              can_start[i - s] = (d.tokens[i].bits & kNerGate) ? 1 : 0;
            }
            for (int a = 0; a < kNerLabels; ++a) {
              uint64_t f = TransitionFeature(a);
              std::fill(&trans[a * kNerLabels], &trans[(a + 1) * kNerLabels], 0.0f);
              p.Score(&f, 1, &trans[a * kNerLabels]);
            }
            pred.assign(n, kLabelO);
            ViterbiDecode<float>(emit.data(), n, trans, can_start.data(), pred.data(), &delta,
                                 &back);
            RepairGold(d.gold, s, e, can_start, &gold);
            if (!d.has_misc) AcceptMiscGuesses(pred, &gold);
            scored += n;
            bool differ = false;
            for (size_t t = 0; t < n; ++t) {
              if (pred[t] == gold[t]) continue;
              differ = true;
              ++errors;
              p.Update(&feats[t * kMaxNerFeatures], nfeats[t], gold[t], pred[t]);
            }
            if (differ) {
              for (size_t t = 0; t <= n; ++t) {
                int pg = t ? gold[t - 1] : kLabelO, cg = t < n ? gold[t] : kLabelO;
                int pp = t ? pred[t - 1] : kLabelO, cp = t < n ? pred[t] : kLabelO;
                if (pg == pp && cg == cp) continue;
                p.Add(TransitionFeature(pg), cg, 1.0f);
                p.Add(TransitionFeature(pp), cp, -1.0f);
              }
            }
            p.Tick();
            std::copy(pred.begin(), pred.end(), doc_pred.begin() + s);
          }
          // The same-word feature of later sentences sees this sentence's predictions.
          for (uint32_t i = first; i < last; ++i) {
            int l = doc_pred[i];
            if (l == kLabelO || !(d.tokens[i].bits & kNerGate)) continue;
            uint32_t v = static_cast<uint32_t>(LabelType(l)) + 1;
            auto [slot, inserted] = same.Insert(d.tokens[i].lower, v);
            if (!inserted) *slot = v;
          }
        }
      }
      if (run == 0) {
        report->epoch_errors.push_back(scored ? static_cast<double>(errors) / scored : 0);
      }
    }
    p.AccumulateAverage(1.0 / runs, &sum_index, &sum_keys, &sum_rows);
  }
  report->rows_before_prune = sum_keys.size();
  std::string meta = "claimtrace NER model (structured averaged perceptron, BILOU, Viterbi)\n";
  meta += "feature version " + std::to_string(kNerFeatureVersion) + "; epochs " +
          std::to_string(options.epochs) + "; seed " + std::to_string(options.seed) +
          "; seeds averaged " + std::to_string(std::max(1, options.seeds)) + "\n";
  meta += "documents " + std::to_string(report->docs) + "; tokens " +
          std::to_string(report->tokens) + "; entities " + std::to_string(report->entities) + "\n";
  meta += "files:";
  for (const std::string& f : options.files) meta += " " + f;
  meta += "\ninclude:";
  for (const std::string& s : options.include) meta += " " + s;
  meta += "\nexclude:";
  for (const std::string& s : options.exclude) meta += " " + s;
  meta += "\nword table: " + std::to_string(words.size()) + " words, " +
          std::to_string(words.classes()) + " classes, from " +
          std::to_string(report->unlabeled_docs) + " distinct texts";
  meta += "\n" + options.provenance;
  std::vector<uint64_t> keys;
  std::vector<float> weights;
  for (size_t r = 0; r < sum_keys.size(); ++r) {
    double max_abs = 0;
    for (int l = 0; l < kNerLabels; ++l) {
      max_abs = std::max(max_abs, std::fabs(sum_rows[r * kNerLabels + l]));
    }
    if (max_abs < options.prune) continue;
    keys.push_back(sum_keys[r]);
    for (int l = 0; l < kNerLabels; ++l) {
      weights.push_back(static_cast<float>(sum_rows[r * kNerLabels + l]));
    }
  }
  report->rows = keys.size();
  return NerModel::FromWeights(keys, weights, std::move(meta), std::move(words));
}

}  // namespace claimtrace::lang
