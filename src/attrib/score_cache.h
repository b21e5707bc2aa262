// ScoreCache: per-document memo of the cue-independent parts of the source and content boundary
// scores (a candidate boundary's own words, shapes, entities), filled lazily per sentence
// (source) and per paragraph block (content), so that several cues in one sentence or paragraph
// share them. Inference only: training changes the weights after every example and passes no
// cache. One cache per document and thread; score_cache_test.cc checks that scores with and
// without the cache are identical.
//
//   attrib::ScoreCache cache(view.size(), view.sentences.size(), view.blocks.size());
//   FindSource(view, model, cue, nullptr, nullptr, &cache);
#ifndef CLAIMTRACE_ATTRIB_SCORE_CACHE_H_
#define CLAIMTRACE_ATTRIB_SCORE_CACHE_H_

#include <cstdint>
#include <cstring>
#include <vector>

namespace claimtrace::attrib {

struct ScoreCache {
  ScoreCache(size_t tokens, size_t sentences, size_t blocks)
      : source_done(sentences, 0), content_done(blocks, 0) {
    for (int d = 0; d < 2; ++d) {
      source_start[d].assign(tokens + 1, 0);
      source_end[d].assign(tokens + 1, 0);
      content_far[d].assign(tokens + 1, 0);
    }
  }
  std::vector<float> source_start[2];  // [i]: a source starting at token i, per direction
  std::vector<float> source_end[2];    // [j]: a source ending before token j
  std::vector<uint8_t> source_done;    // per sentence
  std::vector<float> content_far[2];   // [q]: far boundary q of a left (0) / right (1) piece
  std::vector<uint8_t> content_done;   // per block
  // The span-shape weight tables (cue-independent), packed by the finder that owns them.
  std::vector<float> source_tables;
  std::vector<float> content_tables;
};

// Copies a trivially copyable table struct into / out of a cache vector.
template <typename T>
void StoreTables(const T& t, std::vector<float>* out) {
  out->resize((sizeof(T) + sizeof(float) - 1) / sizeof(float));
  std::memcpy(out->data(), &t, sizeof(T));
}
template <typename T>
bool LoadTables(const std::vector<float>& in, T* t) {
  if (in.size() * sizeof(float) < sizeof(T)) return false;
  std::memcpy(t, in.data(), sizeof(T));
  return true;
}

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_SCORE_CACHE_H_
