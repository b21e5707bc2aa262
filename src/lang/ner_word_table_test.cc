#include "lang/ner_word_table.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/lexical.h"

namespace claimtrace::lang {
namespace {

TEST(NerWordTable, CaseProfileBuckets) {
  EXPECT_EQ(CaseProfile(0, 0), 0u);
  EXPECT_EQ(CaseProfile(0, 1), 1u);   // seen once, lower case
  EXPECT_EQ(CaseProfile(1, 0), 5u);   // seen once, capitalised
  EXPECT_EQ(CaseProfile(0, 3), 6u);   // 2-4 times, never capitalised
  EXPECT_EQ(CaseProfile(9, 0), 15u);  // 5+ times, always capitalised
  EXPECT_EQ(CaseProfile(1, 9), 12u);  // 5+ times, 10 % capitalised
  EXPECT_EQ(CaseProfile(5, 5), 13u);  // half
  EXPECT_EQ(CaseProfile(9, 1), 14u);  // mostly capitalised
}

TEST(NerWordTable, LearnsCaseAndClassesFromText) {
  std::vector<std::string> texts;
  for (int i = 0; i < 20; ++i) {
    texts.push_back(
        "Yesterday the minister met Orlova in the city. The report said that the "
        "minister met Petrova and the envoy saw Orlova.");
  }
  texts.push_back("A new report said nothing.");
  std::vector<std::string_view> views(texts.begin(), texts.end());
  NerWordTableOptions o;
  o.classes = 8;
  const NerWordTable t = NerWordTable::Build(views, o);
  EXPECT_EQ(t.classes(), 8u);
  const uint32_t orlova = t.Lookup(LowerHash("Orlova"));
  const uint32_t report = t.Lookup(LowerHash("report"));
  EXPECT_EQ(CaseProfileOf(orlova), CaseProfile(40, 0));
  EXPECT_EQ(CaseProfileOf(report), CaseProfile(0, 21));
  EXPECT_NE(WordClassOf(orlova), 0u);
  // Sentence-initial words are not case evidence: "Yesterday" only opens sentences.
  EXPECT_EQ(CaseProfileOf(t.Lookup(LowerHash("yesterday"))), 0u);
  // Rare words (below min_count) have no class; unknown words nothing at all.
  EXPECT_EQ(WordClassOf(t.Lookup(LowerHash("nothing"))), 0u);
  EXPECT_EQ(CaseProfileOf(t.Lookup(LowerHash("nothing"))), CaseProfile(0, 1));
  EXPECT_EQ(t.Lookup(LowerHash("zanzibar")), 0u);
  // Leave-one-out: without one document's two capitalised uses, 38 remain.
  EXPECT_EQ(CaseProfileOf(t.LookupWithout(LowerHash("orlova"), 2, 0)), CaseProfile(38, 0));
  EXPECT_EQ(CaseProfileOf(t.LookupWithout(LowerHash("nothing"), 0, 1)), 0u);
}

TEST(NerWordTable, RoundTripsAndRejectsTruncation) {
  std::vector<std::string_view> views = {"The envoy met Orlova. The envoy met Orlova again.",
                                         "Orlova and the envoy talked. The envoy left."};
  NerWordTableOptions o;
  o.classes = 4;
  o.min_count = 1;
  const NerWordTable t = NerWordTable::Build(views, o);
  std::string bytes;
  t.Serialize(&bytes);
  const char* p = bytes.data();
  Result<NerWordTable> back = NerWordTable::Parse(&p, bytes.data() + bytes.size());
  ASSERT_TRUE(back.ok()) << back.status().ToString();
  EXPECT_EQ(p, bytes.data() + bytes.size());
  EXPECT_EQ(back->size(), t.size());
  for (const char* w : {"envoy", "orlova", "the", "left", "absent"}) {
    EXPECT_EQ(back->Lookup(LowerHash(w)), t.Lookup(LowerHash(w))) << w;
  }
  for (size_t cut : {size_t{0}, size_t{5}, bytes.size() - 1}) {
    const char* q = bytes.data();
    EXPECT_FALSE(NerWordTable::Parse(&q, bytes.data() + cut).ok()) << cut;
  }
}

TEST(NerWordTable, NameProfilesFromLabelledCountsLeaveADocumentOut) {
  NameCounts none;
  none.total = 1;
  EXPECT_EQ(NameProfile(none), 0u);  // one occurrence says nothing
  NameCounts first_name;
  first_name.total = 9;
  first_name.per_first = 8;
  first_name.per = 1;
  NameCounts org;
  org.total = 3;
  org.org = 2;
  EXPECT_EQ(NameProfile(first_name), 1u + (0 * 3 + 2) * 2 + 1);  // first names, 4/5+, 6+ seen
  EXPECT_EQ(NameProfile(org), 1u + (2 * 3 + 1) * 2 + 0);         // organisation, half+, < 6
  NameCounts sum = first_name;
  sum.Add(org);
  sum.Subtract(org);
  EXPECT_EQ(NameProfile(sum), NameProfile(first_name));

  std::vector<std::string_view> texts = {"Tyrese met Tyrese and Acme.", "Tyrese left Acme."};
  const uint64_t tyrese = LowerHash("Tyrese");
  NerWordTable t = NerWordTable::Build(texts, {.classes = 2});
  EXPECT_EQ(NameProfileOf(t.Lookup(tyrese)), 0u);
  FlatMap index;
  index.Insert(tyrese, 0);
  t.SetNameCounts(index, {first_name});
  EXPECT_EQ(NameProfileOf(t.Lookup(tyrese)), NameProfile(first_name));
  EXPECT_EQ(WordClassOf(t.Lookup(tyrese)), WordClassOf(t.LookupWithout(tyrese, 0, 0)));
  NameCounts own;
  own.total = 8;
  own.per_first = 8;
  EXPECT_EQ(t.NameProfileWithout(tyrese, own), 0u);  // one occurrence left
  // Stored with the table.
  std::string bytes;
  t.Serialize(&bytes);
  const char* p = bytes.data();
  Result<NerWordTable> back = NerWordTable::Parse(&p, bytes.data() + bytes.size());
  ASSERT_TRUE(back.ok());
  EXPECT_EQ(NameProfileOf(back->Lookup(tyrese)), NameProfile(first_name));
}

}  // namespace
}  // namespace claimtrace::lang
