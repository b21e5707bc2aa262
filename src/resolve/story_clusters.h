// Story clusters: articles about the same event, found incrementally (single-pass clustering
// in the style of topic detection and tracking).
//
// A document is represented by its salient content words (stemmed, weighted by log term
// frequency x inverse document frequency, title words counted twice) and its global entities
// (weighted by log mentions x inverse document frequency). Candidate clusters come from an
// index of cluster keys ("t:<word>", "e:<entity id>") looked up with the document's top terms
// and entities among those some earlier document also had (a never-seen word finds nothing); a candidate must be active within `window_days` of the document's date. The
// score is a weighted sum of the cosine similarities of the term and entity vectors with the
// cluster centroid; the best cluster above `threshold` takes the document, otherwise a new
// cluster starts. A near duplicate joins its original's cluster directly.
// Parameters and their rationale: docs/quality.md, "Across articles".
//
// StoryState is the storage interface (tables: story_keys(key, story), stories(id, record),
// story_df(term, documents), document_story(doc, story)); InMemoryStoryState implements it.
// Not thread-safe.
//
//   InMemoryStoryState state;
//   StoryClusterer clusterer(&state);
//   CT_ASSIGN_OR_RETURN(uint64_t story, clusterer.Add(input));
#ifndef CLAIMTRACE_RESOLVE_STORY_CLUSTERS_H_
#define CLAIMTRACE_RESOLVE_STORY_CLUSTERS_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace::resolve {

struct StoryCluster {
  uint64_t id = 0;
  std::map<std::string, double> terms;  // centroid: summed unit document vectors (top terms)
  std::map<uint64_t, double> entities;  // centroid over global entity ids (top entities)
  std::string first_date;               // "YYYY-MM-DD", empty when no dated document yet
  std::string last_date;
  uint32_t documents = 0;
  std::string first_document;
  std::string title;  // title of the first document, for display
};

class StoryState {
 public:
  virtual ~StoryState() = default;
  virtual Status Lookup(std::string_view key, std::vector<uint64_t>* stories) = 0;
  virtual Status AddKey(std::string_view key, uint64_t story) = 0;
  virtual Status Get(uint64_t id, StoryCluster* out) = 0;  // kNotFound when unknown
  // Stores a cluster; id 0 assigns a new one (written back).
  virtual Status Put(StoryCluster* cluster) = 0;
  // Counts one more document and one more document for each of its (distinct) features
  // ("t:word" / "e:id"); `previous` receives each feature's document frequency before.
  virtual Status CountDocument(const std::vector<std::string>& features,
                               std::vector<uint64_t>* previous) = 0;
  virtual Result<uint64_t> DocumentCount() = 0;
  // Which story a document was put in (0 when unknown).
  virtual Status DocumentStory(std::string_view doc_id, uint64_t* story) = 0;
  virtual Status SetDocumentStory(std::string_view doc_id, uint64_t story) = 0;
};

class InMemoryStoryState final : public StoryState {
 public:
  Status Lookup(std::string_view key, std::vector<uint64_t>* stories) override;
  Status AddKey(std::string_view key, uint64_t story) override;
  Status Get(uint64_t id, StoryCluster* out) override;
  Status Put(StoryCluster* cluster) override;
  Status CountDocument(const std::vector<std::string>& features,
                       std::vector<uint64_t>* previous) override;
  Result<uint64_t> DocumentCount() override { return documents_; }
  Status DocumentStory(std::string_view doc_id, uint64_t* story) override;
  Status SetDocumentStory(std::string_view doc_id, uint64_t story) override;

  const std::unordered_map<uint64_t, StoryCluster>& clusters() const { return clusters_; }

 private:
  std::unordered_map<std::string, std::vector<uint64_t>> keys_;
  std::unordered_map<uint64_t, StoryCluster> clusters_;
  std::unordered_map<std::string, uint64_t> df_;
  std::unordered_map<std::string, uint64_t> doc_story_;
  uint64_t documents_ = 0;
  uint64_t next_id_ = 1;
};

// What the clusterer needs to know about a document.
struct StoryInput {
  std::string doc_id;
  std::string published;  // "YYYY-MM-DD" or empty
  std::string title;
  std::string text;
  // Global entity ids with their mention counts in the document.
  std::vector<std::pair<uint64_t, uint32_t>> entities;
  // Root of the document's near-duplicate group, when it is a near duplicate.
  std::optional<std::string> duplicate_of;
};

struct StoryOptions {
  int window_days = 3;       // a cluster stays open this long after its latest document
  double threshold = 0.12;   // minimum score to join a cluster
  double term_weight = 0.6;  // score = term_weight * cos(terms) + (1 - term_weight) * cos(entities)
  size_t doc_terms = 25;     // terms kept per document vector
  size_t doc_entities = 12;  // entities kept per document vector
  size_t lookup_terms = 8;   // top terms used for candidate lookup
  size_t lookup_entities = 4;  // top entities used for candidate lookup
  size_t cluster_terms = 80;   // centroid sizes
  size_t cluster_entities = 40;
  size_t max_candidates = 500;
};

class StoryClusterer {
 public:
  explicit StoryClusterer(StoryState* state, StoryOptions options = {});

  // Assigns the document to a story (existing or new) and updates the state; returns its id.
  Result<uint64_t> Add(const StoryInput& doc);

 private:
  StoryState* state_;
  StoryOptions options_;
};

// Whole days from date `a` to date `b` ("YYYY-MM-DD"); nullopt when either is not a date.
std::optional<int> DaysBetween(std::string_view a, std::string_view b);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_STORY_CLUSTERS_H_
