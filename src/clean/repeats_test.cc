#include "clean/repeats.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace claimtrace {
namespace {

std::vector<Paragraph> Ps(std::initializer_list<const char*> texts) {
  std::vector<Paragraph> ps;
  for (const char* t : texts) ps.push_back({.text = t});
  return ps;
}

TEST(CleanRepeats, VerbatimParagraphsAndRepeatedTitles) {
  std::vector<Paragraph> ps =
      Ps({"Valley Concerns", "Valley Concerns", "The dam was built in 1961 and raised in 1985.",
          "The dam was built in 1961 and raised in 1985.", "Thank you.", "Thank you.", "-", "-"});
  MarkRepeats(&ps);
  EXPECT_FALSE(ps[0].removed);
  EXPECT_TRUE(ps[1].removed);
  EXPECT_EQ(ps[1].rule, "verbatim_repeat");
  EXPECT_EQ(ps[1].reason, RemovalReason::kRepeat);
  EXPECT_TRUE(ps[3].removed);
  EXPECT_FALSE(ps[5].removed);  // short sentences may recur in a transcript
  EXPECT_FALSE(ps[7].removed);  // separators are not content
}

TEST(CleanRepeats, CaptionRepeatingArticleSentences) {
  std::vector<Paragraph> ps = Ps({
      "Governor orders evacuation",
      "The governor ordered the evacuation of three districts on Tuesday night, officials said.",
      "Residents were told to keep their windows closed.",
      "The governor ordered the evacuation of three districts on Tuesday night, officials said "
      "today. Pictured: Buses wait outside the town hall",
      "Residents were told to keep their windows closed",
      "Buses wait outside the town hall in the rain",
  });
  MarkRepeats(&ps);
  EXPECT_TRUE(ps[3].removed);
  EXPECT_EQ(ps[3].rule, "repeated_caption");
  EXPECT_TRUE(ps[4].removed);   // the sentence without its period
  EXPECT_FALSE(ps[5].removed);  // a caption with new information stays
  EXPECT_FALSE(ps[1].removed);
  EXPECT_FALSE(ps[2].removed);  // the article copy always stays
}

TEST(CleanRepeats, CaptionBeforeTheSentenceItRepeatsIsRemovedNotTheSentence) {
  std::vector<Paragraph> ps = Ps({
      "Title line here",
      "Inspectors examined the ruptured tank on Wednesday morning",
      "Inspectors examined the ruptured tank on Wednesday morning, the ministry said, and found "
      "a cracked valve.",
  });
  MarkRepeats(&ps);
  EXPECT_TRUE(ps[1].removed);
  EXPECT_FALSE(ps[2].removed);
}

TEST(CleanRepeats, FirstParagraphAndPartialRepeatsStay) {
  std::vector<Paragraph> ps = Ps({
      "Inspectors examined the ruptured tank on Wednesday morning",
      "Inspectors examined the ruptured tank on Wednesday morning, the ministry said.",
      "Inspectors examined the ruptured tank on Wednesday morning. The mayor visited a school "
      "in the afternoon",
  });
  MarkRepeats(&ps);
  EXPECT_FALSE(ps[0].removed);  // the title is never a repeat
  EXPECT_FALSE(ps[2].removed);  // one of its sentences is new
}

TEST(CleanRepeats, RecurringLinesInListsAndFixturesStay) {
  std::vector<Paragraph> ps = Ps({
      "Regional cup: the draw",
      "North v South",
      "Winners meet in final match",
      "East v West",
      "Winners meet in final match",
      "- Best new play - The Long Night at the Grand Theatre, Old Town",
      "- Best actor - Ivan Melnyk for The Long Night at the Grand Theatre, Old Town",
      "Already through: Ajax, Benfica, Celtic, Dynamo Kyiv, Porto",
      "Still hoping: Ajax, Benfica, Celtic, Dynamo Zagreb, Porto",
  });
  MarkRepeats(&ps);
  for (const Paragraph& p : ps) EXPECT_FALSE(p.removed) << p.text;
}

TEST(CleanRepeats, ShortCaptionInsideALongSentenceStays) {
  std::vector<Paragraph> ps = Ps({
      "Awards night",
      "Olena Shevchuk, from The Evening Show, was also nominated for the same award, but she "
      "did win best newcomer over three other actors from shows on two rival channels.",
      "Olena Shevchuk (The Evening Show, Channel Two)",
  });
  MarkRepeats(&ps);
  EXPECT_FALSE(ps[2].removed);
}

TEST(CleanRepeats, SentenceRepeatsRule) {
  EXPECT_TRUE(SentenceRepeats("Officials said so", "Officials said so."));
  EXPECT_TRUE(SentenceRepeats(
      "Vladimir Ivanov is said to blame the agency for the failure to take control quickly",
      "The Russian official is said to blame the agency for the failure to take control quickly."));
  EXPECT_FALSE(SentenceRepeats("The mayor visited a school", "The mayor visited a hospital."));
  EXPECT_FALSE(SentenceRepeats("Prices rose", "Prices rose sharply in March."));  // < 6 words
}

// The fast caption check against the simple one, on generated texts: article
// paragraphs of sentences over a small vocabulary, and caption-like lines that copy an
// article sentence with words changed, dropped or added (so both near hits and near misses
// are frequent).
TEST(CleanRepeats, FastCaptionCheckMatchesTheSimpleOne) {
  const std::vector<std::string> vocab = {
      "the",    "of", "a",       "in",     "to",   "and", "said", "minister", "river", "Flood",
      "bridge", "on", "Tuesday", "police", "town", "for", "was",  "is",       "water", "rescue"};
  uint32_t seed = 99;
  auto next = [&seed](uint32_t n) {
    seed = seed * 1664525u + 1013904223u;
    return (seed >> 8) % n;
  };
  auto sentence = [&](size_t words) {
    std::string out = "The";
    for (size_t k = 1; k < words; ++k) out += " " + vocab[next(vocab.size())];
    return out;
  };
  size_t removed = 0;
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> article;
    std::vector<Paragraph> ps{{.text = "Headline of the day"}};
    for (size_t p = 0; p < 2 + next(4); ++p) {
      std::string para;
      for (size_t k = 0; k < 1 + next(3); ++k) {
        const std::string s = sentence(6 + next(10));
        article.push_back(s);
        para += (para.empty() ? "" : " ") + s + ".";
      }
      ps.push_back({.text = para});
    }
    for (size_t c = 0; c < 1 + next(4); ++c) {
      std::string caption = article[next(article.size())];
      for (size_t e = 0; e < next(3); ++e) {  // edits
        const size_t at = caption.rfind(' ', next(caption.size()));
        if (at == std::string::npos) continue;
        if (next(2) == 0) {
          caption.insert(at, " " + vocab[next(vocab.size())]);
        } else {
          caption.erase(at, caption.find(' ', at + 1) - at);
        }
      }
      if (next(3) == 0) caption += ". " + sentence(7);
      ps.insert(ps.begin() + 1 + next(ps.size()), Paragraph{.text = caption});
    }
    std::vector<Paragraph> fast = ps, simple = ps;
    MarkRepeats(&fast);
    MarkRepeatsSimple(&simple);
    for (size_t k = 0; k < ps.size(); ++k) {
      ASSERT_EQ(fast[k].removed, simple[k].removed) << round << ": " << ps[k].text;
      ASSERT_EQ(fast[k].rule, simple[k].rule) << round << ": " << ps[k].text;
      removed += fast[k].removed;
    }
  }
  EXPECT_GT(removed, 100u);  // the generator does produce repeats
}

}  // namespace
}  // namespace claimtrace
