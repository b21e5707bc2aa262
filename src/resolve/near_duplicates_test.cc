// Unit tests for near_duplicates.h: exact and near duplicates, root moves, boilerplate.
#include "resolve/near_duplicates.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <string>

namespace claimtrace::resolve {
namespace {

using ::testing::ElementsAre;
using ::testing::Pair;

// A pseudo-random text of `n` lines of 12 words; texts with different seeds share almost no
// shingles. `variant` changes one word in every fifth line.
std::string Story(const std::string& topic, int n, int variant = 0) {
  uint64_t state = std::hash<std::string>{}(topic);
  std::string s;
  for (int i = 0; i < n; ++i) {
    for (int w = 0; w < 12; ++w) {
      state = state * 6364136223846793005ULL + 1442695040888963407ULL;
      s += "w" + std::to_string((state >> 33) % 5000) + " ";
    }
    if (variant && i % 5 == 0) s += "again";
    s += ".\n";
  }
  return s;
}

class NearDuplicateTest : public ::testing::Test {
 protected:
  InMemoryNearDuplicateState state_;
  NearDuplicateDetector detector_{&state_};
};

TEST_F(NearDuplicateTest, ExactDuplicateIsReportedAndNotReAdded) {
  auto a = detector_.Add("a", Story("flood", 30), "2024-05-01");
  ASSERT_TRUE(a.ok());
  EXPECT_FALSE(a->exact);
  EXPECT_FALSE(a->duplicate_of);
  auto again = detector_.Add("a", Story("flood", 30), "2024-05-01");
  ASSERT_TRUE(again.ok());
  EXPECT_TRUE(again->exact);
  EXPECT_EQ(state_.documents(), 1u);
}

TEST_F(NearDuplicateTest, NearDuplicatePointsToEarliestDocument) {
  ASSERT_TRUE(detector_.Add("a", Story("flood", 30), "2024-05-02").ok());
  auto b = detector_.Add("b", Story("flood", 30, 1), "2024-05-03");
  ASSERT_TRUE(b.ok());
  EXPECT_EQ(b->duplicate_of, "a");
  ASSERT_EQ(b->matches.size(), 1u);
  EXPECT_GT(b->matches[0].jaccard, 0.5);
  // An unrelated text is not a duplicate.
  auto c = detector_.Add("c", Story("election", 30), "2024-05-03");
  ASSERT_TRUE(c.ok());
  EXPECT_FALSE(c->duplicate_of);
  EXPECT_TRUE(c->matches.empty());
}

TEST_F(NearDuplicateTest, RootMovesWhenAnEarlierCopyArrivesLate) {
  ASSERT_TRUE(detector_.Add("late1", Story("flood", 30, 1), "2024-05-05").ok());
  auto late2 = detector_.Add("late2", Story("flood", 30, 1) + "Extra line here.\n", "2024-05-06");
  ASSERT_TRUE(late2.ok());
  EXPECT_EQ(late2->duplicate_of, "late1");
  auto first = detector_.Add("first", Story("flood", 30), "2024-05-01");
  ASSERT_TRUE(first.ok());
  EXPECT_FALSE(first->duplicate_of);  // it is the earliest now
  EXPECT_THAT(first->changed, ElementsAre(Pair("late1", "first"), Pair("late2", "first")));
  DuplicateRecord rec;
  bool found = false;
  ASSERT_TRUE(state_.Get("late2", &rec, &found).ok());
  ASSERT_TRUE(found);
  EXPECT_EQ(rec.group, "first");
}

TEST_F(NearDuplicateTest, UndatedDocumentsSortAfterDatedOnes) {
  ASSERT_TRUE(detector_.Add("undated", Story("flood", 30), "").ok());
  auto dated = detector_.Add("dated", Story("flood", 30, 1), "2024-05-01");
  ASSERT_TRUE(dated.ok());
  EXPECT_FALSE(dated->duplicate_of);
  EXPECT_THAT(dated->changed, ElementsAre(Pair("undated", "dated")));
}

TEST_F(NearDuplicateTest, SharedBoilerplateParagraphsStopCounting) {
  const std::string boiler =
      "Sign up for the morning newsletter to get our best stories every day.\n"
      "Follow us for live updates and join the conversation on our pages.\n";
  // Unrelated short items carrying the same site boilerplate (about a third of each text).
  ASSERT_TRUE(detector_.Add("x", Story("ferry", 4) + boiler, "").ok());
  ASSERT_TRUE(detector_.Add("y", Story("museum", 4) + boiler, "").ok());
  ASSERT_TRUE(detector_.Add("z", Story("strike", 4) + boiler, "").ok());
  auto w = detector_.Add("w", Story("heat", 4) + boiler, "");
  ASSERT_TRUE(w.ok());
  EXPECT_EQ(w->boilerplate_paragraphs, 2u);
  EXPECT_TRUE(w->matches.empty());
  EXPECT_FALSE(w->duplicate_of);
  // A real copy still matches, boilerplate or not.
  auto copy = detector_.Add("w2", Story("heat", 4, 1) + boiler, "");
  ASSERT_TRUE(copy.ok());
  EXPECT_EQ(copy->duplicate_of, "w");
}

TEST_F(NearDuplicateTest, CyrillicTextsAreShingledToo) {
  const std::string a =
      "Кирило Буданов заявив, що війна закінчиться цього року.\n"
      "Він сказав журналістам, що розвідка має нові дані про наміри Москви.\n"
      "За його словами, частина оточення Путіна вже шукає контактів з Києвом.\n";
  const std::string b = "КИЇВ (Агенція) - " + a + "Підпишіться на нашу розсилку.\n";
  ASSERT_TRUE(detector_.Add("ua1", a, "2023-02-20").ok());
  auto r = detector_.Add("ua2", b, "2023-02-21");
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->duplicate_of, "ua1");
}

TEST_F(NearDuplicateTest, QueryDoesNotAdd) {
  ASSERT_TRUE(detector_.Add("a", Story("flood", 30), "2024-05-01").ok());
  auto q = detector_.Query(Story("flood", 30, 1));
  ASSERT_TRUE(q.ok());
  ASSERT_EQ(q->size(), 1u);
  EXPECT_EQ((*q)[0].doc_id, "a");
  EXPECT_EQ(state_.documents(), 1u);
}

TEST_F(NearDuplicateTest, EmptyAndTinyTextsAreIndexedButNotMatched) {
  auto e = detector_.Add("empty", "", "");
  ASSERT_TRUE(e.ok());
  EXPECT_TRUE(e->signature.empty());
  auto t1 = detector_.Add("tiny1", "Breaking news.", "");
  auto t2 = detector_.Add("tiny2", "Breaking news!", "");
  ASSERT_TRUE(t1.ok() && t2.ok());
  EXPECT_FALSE(t2->duplicate_of);  // too short to judge (exact duplicates share an id instead)
}

}  // namespace
}  // namespace claimtrace::resolve
