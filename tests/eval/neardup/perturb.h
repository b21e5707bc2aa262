// Near-duplicate test-set builder: perturbed copies of source articles, with a label saying
// what was done and whether the copy counts as a near duplicate under the definition in
// tests/eval/neardup/README.md (fixed before any measurement).
//
// Deterministic: the same articles and seed give the same copies on every platform (our own
// SplitMix64 generator, no std distributions). Pure functions; thread-safe.
//
//   std::vector<EvalArticle> src = LoadEvalArticles("tests/eval/neardup/articles.jsonl").value();
//   std::vector<EvalCopy> copies = MakePerturbedCopies(src[0], Vocabulary(src), 42);
#ifndef CLAIMTRACE_TESTS_EVAL_NEARDUP_PERTURB_H_
#define CLAIMTRACE_TESTS_EVAL_NEARDUP_PERTURB_H_

#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace::neardup_eval {

struct EvalArticle {
  std::string id;
  std::string title;
  std::string published;  // "YYYY-MM-DD" or empty
  std::string outlet;
  std::string topic;  // same-topic articles are the hard negatives
  std::string text;   // paragraphs separated by blank lines
};

struct EvalCopy {
  EvalArticle article;    // the perturbed copy (its own id)
  std::string source_id;  // the article it was derived from
  std::string label;      // e.g. "edit10", "boiler20", "wire"
  bool near_duplicate;    // inside the definition (scored) or a heavier rewrite (reported only)
};

// Small deterministic generator.
class Rng {
 public:
  explicit Rng(uint64_t seed) : state_(seed) {}
  uint64_t Next();
  // Uniform in [0, n).
  uint64_t Below(uint64_t n) { return n == 0 ? 0 : Next() % n; }
  // Uniform in [0, 1).
  double Unit() { return static_cast<double>(Next() >> 11) / 9007199254740992.0; }

 private:
  uint64_t state_;
};

// Splits a text into paragraphs (non-empty lines or blank-line separated blocks).
std::vector<std::string> Paragraphs(const std::string& text);
// Splits a paragraph into sentences at ". ", "? ", "! " (also after a closing quote).
std::vector<std::string> Sentences(const std::string& paragraph);

// Words used for substitutions and insertions: every word of every article, in order.
std::vector<std::string> Vocabulary(const std::vector<EvalArticle>& articles);

// Single perturbations (each returns a new text).
std::string ReorderSentences(const std::string& text, Rng& rng);
std::string EditWords(const std::string& text, double rate, const std::vector<std::string>& vocab,
                      Rng& rng);
std::string AddBoilerplate(const std::string& text, double fraction, Rng& rng);
std::string DropParagraphs(const std::string& text, double fraction, Rng& rng);
std::string AddDateline(const std::string& text, const std::string& outlet);

// All copies of one article: every perturbation at every rate, plus combined "wire" and
// "rewrite" copies. Copy ids are "<source id>~<label>".
std::vector<EvalCopy> MakePerturbedCopies(const EvalArticle& article,
                                          const std::vector<std::string>& vocab, uint64_t seed);

// Reads articles from JSON Lines ({"id", "title", "published", "outlet", "topic", "text"}).
Result<std::vector<EvalArticle>> LoadEvalArticles(const std::string& path);

// Reads a JSON Lines corpus with "id"/"title"/"published"/"outlet"/"text" (gum-news style).
Result<std::vector<EvalArticle>> LoadJsonlCorpus(const std::string& path);

// Reads the PolNeAR text folder (text/*.txt) with metadata.tsv for date, outlet and title;
// `compartment` picks "dev", "train" or "test". Articles are grouped into topics by date.
Result<std::vector<EvalArticle>> LoadPolnear(const std::string& polnear_dir,
                                             const std::string& compartment);

}  // namespace claimtrace::neardup_eval

#endif  // CLAIMTRACE_TESTS_EVAL_NEARDUP_PERTURB_H_
