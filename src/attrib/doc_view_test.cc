// DocView pieces with a fast path: the hashed pronoun lookup against the simple one.
#include "attrib/doc_view.h"

#include <gtest/gtest.h>

#include <random>
#include <string>
#include <vector>

namespace claimtrace::attrib {
namespace {

// Differential: PronounOf (hash first) equals PronounOfSimple on every pronoun, near misses,
// long words and random lower-case words.
TEST(Attrib, HashedPronounLookupEqualsSimple) {
  std::vector<std::string> words = {
      "he",   "him",  "his",   "himself",     "she",        "her",
      "hers", "they", "them",  "their",       "themselves", "it",
      "its",  "i",    "me",    "my",          "we",         "us",
      "our",  "you",  "your",  "who",         "whom",       "which",
      "that", "this", "these", "those",       "",           "h",
      "hes",  "thee", "whose", "herself",     "ourselves",  "He",
      "US",   "said", "them.", "themselves!", "itself",     "abcdefghijklmnopqrstuvwxyz"};
  std::mt19937 rng(11);
  for (int i = 0; i < 2000; ++i) {
    std::string w(1 + rng() % 5, 'a');
    for (char& c : w) c = static_cast<char>('a' + rng() % 26);
    words.push_back(w);
  }
  int pronouns = 0;
  for (const std::string& w : words) {
    const Pronoun simple = PronounOfSimple(w);
    EXPECT_EQ(PronounOf(w, DocView::WordHash(w)), simple) << w;
    pronouns += simple != Pronoun::kNone;
  }
  EXPECT_GE(pronouns, 30);
  // The text decides: a pronoun's hash with other text is no pronoun.
  EXPECT_EQ(PronounOf("said", DocView::WordHash("he")), Pronoun::kNone);
}

}  // namespace
}  // namespace claimtrace::attrib
