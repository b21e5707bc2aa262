// Single-pass story clustering: tf-idf term and entity vectors, candidate clusters from an
// inverted key index, a date gate, cosine scores against summed centroids. Covered by
// src/resolve/story_clusters_test.cc (own labelled articles, date gate, near duplicates, and a
// no-false-merge check on gum-news when available).
#include "resolve/story_clusters.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <set>

#include "resolve/text_features.h"

namespace claimtrace::resolve {
namespace {

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
int64_t DaysFromCivil(int64_t y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

std::optional<int64_t> ParseDate(std::string_view s) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  int y = 0, m = 0, d = 0;
  if (std::from_chars(s.data(), s.data() + 4, y).ec != std::errc() ||
      std::from_chars(s.data() + 5, s.data() + 7, m).ec != std::errc() ||
      std::from_chars(s.data() + 8, s.data() + 10, d).ec != std::errc()) {
    return std::nullopt;
  }
  if (m < 1 || m > 12 || d < 1 || d > 31) return std::nullopt;
  return DaysFromCivil(y, static_cast<unsigned>(m), static_cast<unsigned>(d));
}

template <typename K>
void Normalize(std::vector<std::pair<K, double>>* v) {
  double norm = 0;
  for (const auto& [k, w] : *v) norm += w * w;
  norm = std::sqrt(norm);
  if (norm <= 0) return;
  for (auto& [k, w] : *v) w /= norm;
}

template <typename K>
void KeepTop(std::vector<std::pair<K, double>>* v, size_t n) {
  std::stable_sort(v->begin(), v->end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  if (v->size() > n) v->resize(n);
}

template <typename K>
double Cosine(const std::vector<std::pair<K, double>>& unit_doc, const std::map<K, double>& c) {
  if (unit_doc.empty() || c.empty()) return 0;
  double dot = 0, norm = 0;
  for (const auto& [k, w] : c) norm += w * w;
  for (const auto& [k, w] : unit_doc) {
    auto it = c.find(k);
    if (it != c.end()) dot += w * it->second;
  }
  return norm > 0 ? dot / std::sqrt(norm) : 0;
}

template <typename K>
void CapCentroid(std::map<K, double>* m, size_t n) {
  if (m->size() <= n) return;
  std::vector<std::pair<K, double>> v(m->begin(), m->end());
  KeepTop(&v, n);
  m->clear();
  for (auto& [k, w] : v) m->emplace(std::move(k), w);
}

}  // namespace

std::optional<int> DaysBetween(std::string_view a, std::string_view b) {
  const auto da = ParseDate(a), db = ParseDate(b);
  if (!da || !db) return std::nullopt;
  return static_cast<int>(*db - *da);
}

Status InMemoryStoryState::Lookup(std::string_view key, std::vector<uint64_t>* stories) {
  auto it = keys_.find(std::string(key));
  if (it != keys_.end()) stories->insert(stories->end(), it->second.begin(), it->second.end());
  return Status::Ok();
}

Status InMemoryStoryState::AddKey(std::string_view key, uint64_t story) {
  std::vector<uint64_t>& v = keys_[std::string(key)];
  if (std::find(v.begin(), v.end(), story) == v.end()) v.push_back(story);
  return Status::Ok();
}

Status InMemoryStoryState::Get(uint64_t id, StoryCluster* out) {
  auto it = clusters_.find(id);
  if (it == clusters_.end()) return NotFoundError("no story " + std::to_string(id));
  *out = it->second;
  return Status::Ok();
}

Status InMemoryStoryState::Put(StoryCluster* cluster) {
  if (cluster->id == 0) cluster->id = next_id_++;
  next_id_ = std::max(next_id_, cluster->id + 1);
  clusters_[cluster->id] = *cluster;
  return Status::Ok();
}

Status InMemoryStoryState::CountDocument(const std::vector<std::string>& features,
                                         std::vector<uint64_t>* previous) {
  ++documents_;
  previous->clear();
  for (const std::string& f : features) previous->push_back(df_[f]++);
  return Status::Ok();
}

Status InMemoryStoryState::DocumentStory(std::string_view doc_id, uint64_t* story) {
  auto it = doc_story_.find(std::string(doc_id));
  *story = it == doc_story_.end() ? 0 : it->second;
  return Status::Ok();
}

Status InMemoryStoryState::SetDocumentStory(std::string_view doc_id, uint64_t story) {
  doc_story_[std::string(doc_id)] = story;
  return Status::Ok();
}

StoryClusterer::StoryClusterer(StoryState* state, StoryOptions options)
    : state_(state), options_(options) {}

Result<uint64_t> StoryClusterer::Add(const StoryInput& doc) {
  // Features first: the document is counted into the document frequencies in one pass, which
  // also gives each feature's frequency before it (what the weights use).
  CT_ASSIGN_OR_RETURN(const uint64_t total, state_->DocumentCount());
  std::map<std::string, uint32_t> tf;
  if (!doc.title.empty()) {
    for (const std::string& w : ContentWords(doc.title)) {
      if (w.size() >= 3) tf[w] += 2;
    }
  }
  for (const std::string& w : ContentWords(doc.text)) {
    if (w.size() >= 3) ++tf[w];
  }
  std::map<uint64_t, uint32_t> mentions;
  for (const auto& [id, m] : doc.entities) {
    if (id != 0) mentions[id] += std::max<uint32_t>(1, m);
  }
  std::vector<std::string> features;
  features.reserve(tf.size() + mentions.size());
  for (const auto& [w, n] : tf) features.push_back("t:" + w);
  for (const auto& [id, m] : mentions) features.push_back("e:" + std::to_string(id));
  std::vector<uint64_t> df;
  CT_RETURN_IF_ERROR(state_->CountDocument(features, &df));
  if (df.size() != features.size()) return InternalError("story state returned no frequencies");
  auto idf = [&](size_t feature) {
    return std::log((static_cast<double>(total) + 1.0) / (static_cast<double>(df[feature]) + 1.0)) +
           1.0;
  };
  std::vector<std::pair<std::string, double>> terms;
  std::set<std::string> seen_terms;  // terms earlier documents had too
  size_t f = 0;
  for (const auto& [w, n] : tf) {
    if (df[f] > 0) seen_terms.insert(w);
    terms.emplace_back(w, (1.0 + std::log(static_cast<double>(n))) * idf(f++));
  }
  KeepTop(&terms, options_.doc_terms);
  Normalize(&terms);
  std::vector<std::pair<uint64_t, double>> entities;
  std::set<uint64_t> seen_entities;
  for (const auto& [id, m] : mentions) {
    if (df[f] > 0) seen_entities.insert(id);
    entities.emplace_back(id, (1.0 + std::log(static_cast<double>(m))) * idf(f++));
  }
  KeepTop(&entities, options_.doc_entities);
  Normalize(&entities);

  StoryCluster chosen;
  bool have = false;
  // A near duplicate goes where its original went.
  if (doc.duplicate_of) {
    uint64_t story = 0;
    CT_RETURN_IF_ERROR(state_->DocumentStory(*doc.duplicate_of, &story));
    if (story != 0) {
      CT_RETURN_IF_ERROR(state_->Get(story, &chosen));
      have = true;
    }
  }
  if (!have) {
    // Candidates come from the heaviest features some earlier document also had: idf puts a
    // document's never-seen words first, and those cannot find a cluster (a follow-up's new
    // names and words would otherwise hide the event words it shares with its story).
    std::vector<uint64_t> ids;
    size_t looked = 0;
    for (size_t i = 0; i < terms.size() && looked < options_.lookup_terms; ++i) {
      if (!seen_terms.contains(terms[i].first)) continue;
      ++looked;
      CT_RETURN_IF_ERROR(state_->Lookup("t:" + terms[i].first, &ids));
    }
    looked = 0;
    for (size_t i = 0; i < entities.size() && looked < options_.lookup_entities; ++i) {
      if (!seen_entities.contains(entities[i].first)) continue;
      ++looked;
      CT_RETURN_IF_ERROR(state_->Lookup("e:" + std::to_string(entities[i].first), &ids));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    // Newest clusters first when the list must be cut.
    if (ids.size() > options_.max_candidates) {
      ids.erase(ids.begin(), ids.end() - static_cast<long>(options_.max_candidates));
    }
    double best = options_.threshold;
    StoryCluster c;
    for (uint64_t id : ids) {
      CT_RETURN_IF_ERROR(state_->Get(id, &c));
      if (!doc.published.empty() && !c.last_date.empty()) {
        const auto after_last = DaysBetween(c.last_date, doc.published);
        const auto before_first = DaysBetween(doc.published, c.first_date);
        if ((after_last && *after_last > options_.window_days) ||
            (before_first && *before_first > options_.window_days)) {
          continue;
        }
      }
      const double ct = Cosine(terms, c.terms);
      double score = ct;
      if (!entities.empty() && !c.entities.empty()) {
        score =
            options_.term_weight * ct + (1.0 - options_.term_weight) * Cosine(entities, c.entities);
      }
      if (score >= best) {
        best = score;
        chosen = c;
        have = true;
      }
    }
  }
  if (!have) {
    chosen = StoryCluster();
    chosen.first_document = doc.doc_id;
    chosen.title = doc.title;
  }
  for (const auto& [t, w] : terms) chosen.terms[t] += w;
  for (const auto& [e, w] : entities) chosen.entities[e] += w;
  CapCentroid(&chosen.terms, options_.cluster_terms);
  CapCentroid(&chosen.entities, options_.cluster_entities);
  if (!doc.published.empty() && ParseDate(doc.published)) {
    if (chosen.first_date.empty() || doc.published < chosen.first_date) {
      chosen.first_date = doc.published;
    }
    if (chosen.last_date.empty() || doc.published > chosen.last_date) {
      chosen.last_date = doc.published;
    }
  }
  ++chosen.documents;
  CT_RETURN_IF_ERROR(state_->Put(&chosen));
  for (size_t i = 0; i < terms.size() && i < options_.lookup_terms; ++i) {
    CT_RETURN_IF_ERROR(state_->AddKey("t:" + terms[i].first, chosen.id));
  }
  for (size_t i = 0; i < entities.size() && i < options_.lookup_entities; ++i) {
    CT_RETURN_IF_ERROR(state_->AddKey("e:" + std::to_string(entities[i].first), chosen.id));
  }
  CT_RETURN_IF_ERROR(state_->SetDocumentStory(doc.doc_id, chosen.id));
  return chosen.id;
}

}  // namespace claimtrace::resolve
