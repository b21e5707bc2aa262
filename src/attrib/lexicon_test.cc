// Lexicon parsing (classes, flags, kinds, media classes), its error reports, and the shipped files.
#include "attrib/lexicon.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "attrib/perceptron.h"
#include "core/data_path.h"

namespace claimtrace::attrib {
namespace {

TEST(Attrib, LexiconParsesClassesFlagsAndForms) {
  Result<Lexicon> lex = Lexicon::Parse(
      "# comment\nsay\tspeech\tsay says said\tpassive_ok\nclaim\tspeech\tclaim claims\thedge\n"
      "claims\tnoun\tclaims\n",
      "official\tanonymous_official\nreport\tdocument\n", "Times\tmedia_word\nReuters\toutlet\n");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const CueEntry* said = lex->Cue("said");
  ASSERT_NE(said, nullptr);
  EXPECT_TRUE(said->bits & kCueSpeech);
  EXPECT_TRUE(said->bits & kCuePassiveOk);
  EXPECT_EQ(lex->Lemma(said->lemma), "say");
  const CueEntry* claims = lex->Cue("claims");
  ASSERT_NE(claims, nullptr);
  EXPECT_TRUE(claims->bits & kCueSpeech);
  EXPECT_TRUE(claims->bits & kCueNoun);  // a form listed under two lemmas has both classes
  EXPECT_TRUE(claims->bits & kCueHedge);
  EXPECT_EQ(lex->Cue("walked"), nullptr);
  EXPECT_EQ(lex->HeadKind("official"), SpeakerKind::kAnonymousOfficial);
  EXPECT_EQ(lex->HeadKind("report"), SpeakerKind::kDocument);
  EXPECT_FALSE(lex->HeadKind("table").has_value());
  EXPECT_EQ(lex->Media("Reuters"), MediaClass::kOutlet);
  EXPECT_EQ(lex->Media("Times"), MediaClass::kMediaWord);
  EXPECT_EQ(lex->Media("times"), MediaClass::kNone);  // case-sensitive
}

TEST(Attrib, LexiconReportsBadLinesWithFileAndLine) {
  Result<Lexicon> lex = Lexicon::Parse("say\tspeech\tsaid\nwarn\tshouting\twarned\n", "", "");
  ASSERT_FALSE(lex.ok());
  EXPECT_EQ(lex.status().code(), StatusCode::kParseError);
  EXPECT_EQ(lex.status().where().file, "attrib_cues.tsv");
  EXPECT_EQ(lex.status().where().line, 2);
  EXPECT_NE(lex.status().message().find("shouting"), std::string::npos);

  EXPECT_FALSE(Lexicon::Parse("", "official\tboss_kind\n", "").ok());
  EXPECT_FALSE(Lexicon::Parse("", "", "Times\tnewspaper\n").ok());
  EXPECT_FALSE(Lexicon::Parse("say\tspeech\n", "", "").ok());  // no forms column
}

TEST(Attrib, ShippedLexiconsLoad) {
  Result<Lexicon> lex = Lexicon::Load("");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  ASSERT_NE(lex->Cue("according"), nullptr);
  EXPECT_TRUE(lex->Cue("believes")->bits & kCueBelief);
  EXPECT_TRUE(lex->Cue("alleged")->bits & kCueHedge);
  EXPECT_EQ(lex->HeadKind("whistleblower"), SpeakerKind::kAnonymousSource);
  EXPECT_EQ(lex->HeadKind("analysts"), SpeakerKind::kExpert);
  EXPECT_EQ(lex->Media("Twitter"), MediaClass::kPlatform);
}

// Differential: the hash-keyed lookup answers as the map lookup, for every form of the shipped
// cue file and for words that are not cues.
TEST(Attrib, LexiconCueByHashMatchesCue) {
  Result<std::string> path = FindDataFile("lexicons/attrib_cues.tsv", "");
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  Result<std::string> text = ReadFileToString(*path);
  ASSERT_TRUE(text.ok());
  Result<Lexicon> lex = Lexicon::Load("");
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  std::vector<std::string> words = {"", "the", "said", "saidx", "according", "x", "believes"};
  std::string word;
  for (char ch : *text) {  // every whitespace-separated field, forms included
    if (ch == '\t' || ch == '\n' || ch == ' ') {
      if (!word.empty()) words.push_back(word), words.push_back(word + "s");
      word.clear();
    } else {
      word.push_back(ch);
    }
  }
  size_t found = 0;
  std::string lower;
  for (const std::string& w : words) {
    const std::string_view l = LowerAscii(w, &lower);
    const CueEntry* a = lex->Cue(l);
    const CueEntry* b = lex->CueByHash(HashBytes(l), l);
    ASSERT_EQ(a == nullptr, b == nullptr) << w;
    if (a != nullptr) {
      EXPECT_EQ(a->bits, b->bits) << w;
      EXPECT_EQ(a->lemma, b->lemma) << w;
    }
    found += a != nullptr;
  }
  EXPECT_GT(found, 100u);
}

TEST(Attrib, LowerAsciiLeavesOtherBytes) {
  std::string buf;
  EXPECT_EQ(LowerAscii("SAID Über", &buf), "said Über");
}

}  // namespace
}  // namespace claimtrace::attrib
