#include "lang/gazetteer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"

namespace claimtrace::lang {
namespace {

std::vector<GazMatch> MatchText(const Gazetteer& g, const std::string& text,
                                std::vector<Token>* tokens) {
  Tokenize(text, tokens);
  std::vector<ByteSpan> spans;
  std::vector<std::pair<uint32_t, uint32_t>> sentences;
  SplitSentences(text, tokens, &spans, &sentences);
  std::vector<TokenKeys> keys;
  for (const Token& t : *tokens) keys.push_back(ComputeTokenKeys(text, t.span));
  std::vector<GazMatch> m;
  g.Match(*tokens, keys, &m);
  return m;
}

TEST(Lang, GazetteerLongestMatchNeedsCapitalForProperLists) {
  Gazetteer g;
  g.AddPhrase("New York", kGazCity, 0);
  g.AddPhrase("New York Times", kGazOutlet, 0);
  g.AddPhrase("spokesman", 0, kGazRole);
  std::vector<Token> tokens;
  std::vector<GazMatch> m =
      MatchText(g, "A spokesman for the New York Times in new york.", &tokens);
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].begin, 1u);
  EXPECT_EQ(m[0].bits, kGazRole);
  EXPECT_EQ(m[1].begin, 4u);
  EXPECT_EQ(m[1].end, 7u);
  EXPECT_EQ(m[1].bits, kGazOutlet);  // the longer phrase wins; lower-case "new york" does not match
}

TEST(Lang, GazetteerLoadsShippedListsAndIsoCodes) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  {
    EXPECT_GT((*g)->stats().countries, 200u);
    EXPECT_GT((*g)->stats().subdivisions, 3000u);
    uint16_t a = 0, b = 0;
    EXPECT_TRUE((*g)->PhraseBits("United States", &a) & kGazCountry);
    EXPECT_TRUE((*g)->PhraseBits("U.S.", &b) & kGazCountry);
    EXPECT_NE(a, 0);
    EXPECT_EQ(a, b);  // aliases of one country share a group
  }
  EXPECT_TRUE((*g)->PhraseBits("Russian") & kGazNationality);
  EXPECT_TRUE((*g)->PhraseBits("Major General") & kGazTitle);
  EXPECT_TRUE((*g)->PhraseBits("Reuters") & kGazOutlet);
  EXPECT_TRUE((*g)->PhraseBits("Kyiv") & kGazCity);
  EXPECT_FALSE((*g)->PhraseBits("russian") & kGazNationality);  // needs a capital
  EXPECT_GT((*g)->stats().wordnet, 10000u);
  EXPECT_TRUE((*g)->DictBits(LowerHash("table")) & kDictLower);
}

// A word on the word list that also starts gazetteer phrases keeps both (one table holds the
// word-list bits and the longest phrase length).
TEST(Lang, GazetteerWordStartingPhrasesKeepsItsWordListBits) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  if (!g.ok()) GTEST_SKIP() << g.status().ToString();
  EXPECT_TRUE((*g)->DictBits(LowerHash("new")) & kDictLower);
  EXPECT_TRUE((*g)->DictBits(LowerHash("united")) & kDictLower);
  std::vector<Token> tokens;
  std::vector<GazMatch> m =
      MatchText(**g, "Officials in the United States and New Zealand.", &tokens);
  bool us = false;
  for (const GazMatch& x : m) us |= x.begin == 3 && x.end == 5 && (x.bits & kGazCountry);
  EXPECT_TRUE(us);
}

TEST(Lang, GazetteerMalformedListIsAParseErrorWithLine) {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / "ct_gaz_test";
  std::filesystem::create_directories(dir / "lexicons");
  for (const char* f : {"places.tsv", "demonyms.tsv", "titles.tsv", "org_suffixes.tsv",
                        "outlets.tsv", "events.tsv"}) {
    std::ofstream(dir / "lexicons" / f) << "# ok\n";
  }
  std::ofstream(dir / "lexicons" / "places.tsv") << "# header\nParis\tcity\nAtlantis\tmythical\n";
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load(dir.string());
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kParseError);
  EXPECT_NE(g.status().ToString().find("places.tsv:3"), std::string::npos) << g.status().ToString();
  std::filesystem::remove_all(dir);
}

TEST(Lang, GazetteerMissingDebianDataNamesThePackage) {
  setenv("CLAIMTRACE_WORDNET_DIR", "/nonexistent/wordnet", 1);
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  unsetenv("CLAIMTRACE_WORDNET_DIR");
  ASSERT_FALSE(g.ok());
  EXPECT_EQ(g.status().code(), StatusCode::kNotFound);
  EXPECT_NE(g.status().ToString().find("wordnet-base"), std::string::npos);
}

}  // namespace
}  // namespace claimtrace::lang
