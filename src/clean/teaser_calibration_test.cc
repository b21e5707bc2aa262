// Re-measures the unlabelled teaser rule (teasers.h IsUnrelatedTeaserRun) on the BBC news
// corpus, the data it was calibrated on: real article endings must almost never be taken for a
// teaser list, and runs of ledes from other articles appended to an article mostly must be.
// Needs /work/shared/corpus/bbc/bbc.jsonl (or $CLAIMTRACE_BBC_JSONL); skipped without it.
// Prints the rates quoted in docs/quality.md.
#include <gtest/gtest.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <random>
#include <string>
#include <vector>

#include "clean/teasers.h"
#include "clean/text_features.h"

namespace claimtrace {
namespace {

struct Article {
  std::string text;
  std::vector<std::string> paragraphs;
};

std::vector<Article> LoadBbc() {
  const char* env = std::getenv("CLAIMTRACE_BBC_JSONL");
  std::ifstream in(env ? env : "/work/shared/corpus/bbc/bbc.jsonl");
  std::vector<Article> out;
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
    Article a;
    a.text = j["text"].get<std::string>();
    size_t pos = 0;
    while (pos < a.text.size()) {
      size_t end = a.text.find("\n\n", pos);
      if (end == std::string::npos) end = a.text.size();
      if (end > pos) a.paragraphs.push_back(a.text.substr(pos, end - pos));
      pos = end + 2;
    }
    out.push_back(std::move(a));
  }
  return out;
}

TEST(CleanTeaserCalibration, BbcEndingsKeptAndForeignLedesCaught) {
  const std::vector<Article> articles = LoadBbc();
  if (articles.size() < 100) GTEST_SKIP() << "BBC corpus not available";
  std::mt19937 rng(5);
  size_t real_tails = 0, real_flagged = 0, para_tails = 0, para_flagged = 0, fake = 0,
         fake_caught = 0;
  for (size_t i = 0; i < articles.size(); ++i) {
    const Article& a = articles[i];
    // Real endings, sentence level: the last three sentences against the rest.
    std::vector<std::string_view> sentences;
    for (const std::string& p : a.paragraphs) {
      for (std::string_view s : SplitSentences(p)) sentences.push_back(s);
    }
    if (sentences.size() >= 7) {
      std::string body;
      for (size_t k = 0; k + 3 < sentences.size(); ++k) body += std::string(sentences[k]) + "\n";
      ++real_tails;
      real_flagged += IsUnrelatedTeaserRun({sentences.end() - 3, sentences.end()}, body, false);
    }
    // Real endings, paragraph level.
    if (a.paragraphs.size() >= 5) {
      std::string body;
      for (size_t k = 0; k + 3 < a.paragraphs.size(); ++k) body += a.paragraphs[k] + "\n";
      std::vector<std::string_view> tail(a.paragraphs.end() - 3, a.paragraphs.end());
      ++para_tails;
      para_flagged += IsUnrelatedTeaserRun(tail, body, false);
    }
    // Three ledes of other articles appended to this one.
    std::vector<std::string_view> ledes;
    while (ledes.size() < 3) {
      const size_t o = rng() % articles.size();
      if (o == i) continue;
      for (std::string_view s : SplitSentences(articles[o].paragraphs.front())) {
        const size_t w = CountWords(s);
        if (w >= 8 && w <= 60) {
          ledes.push_back(s);
          break;
        }
      }
    }
    ++fake;
    fake_caught += IsUnrelatedTeaserRun(ledes, a.text, false);
  }
  const double real_rate = static_cast<double>(real_flagged) / static_cast<double>(real_tails);
  const double para_rate = static_cast<double>(para_flagged) / static_cast<double>(para_tails);
  const double recall = static_cast<double>(fake_caught) / static_cast<double>(fake);
  std::printf("real sentence endings taken for teasers: %zu/%zu (%.2f%%)\n", real_flagged,
              real_tails, 100 * real_rate);
  std::printf("real paragraph endings taken for teasers: %zu/%zu (%.2f%%)\n", para_flagged,
              para_tails, 100 * para_rate);
  std::printf("appended foreign ledes caught: %zu/%zu (%.1f%%)\n", fake_caught, fake, 100 * recall);
  EXPECT_LE(real_rate, 0.005);
  EXPECT_LE(para_rate, 0.005);
  EXPECT_GE(recall, 0.5);
}

}  // namespace
}  // namespace claimtrace
