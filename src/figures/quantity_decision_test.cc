// The "is this number a quantity?" decision (figure_exclusions.cc NameOrCodeContext and
// QuantityEvidence), units and people (figure_description.cc), factors and data units
// (figure_quantity.cc), and "about" as a preposition (figure_grammar.cc), on sentences
// written for these tests.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "figures/test_util.h"

namespace claimtrace::figures {
namespace {

using testing::Extract;
using testing::FindFigure;

std::string All(const Document& doc) {
  std::string out;
  for (const Figure& f : doc.figures) out += "[" + std::string(doc.Slice(f.span)) + "] ";
  return out;
}

void ExpectValue(const Document& doc, std::string_view span, double low, double high, Qualifier q,
                 std::optional<std::string> unit) {
  const Figure* f = FindFigure(doc, span);
  ASSERT_NE(f, nullptr) << "no figure \"" << span << "\" in: " << All(doc);
  EXPECT_DOUBLE_EQ(f->low, low) << span;
  EXPECT_DOUBLE_EQ(f->high, high) << span;
  EXPECT_EQ(f->qualifier, q) << span;
  EXPECT_EQ(f->unit, unit) << span;
}

void ExpectNone(const Document& doc, std::string_view part) {
  const size_t at = doc.text.find(part);
  ASSERT_NE(at, std::string::npos) << part;
  const ByteSpan span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
  for (const Figure& f : doc.figures) {
    EXPECT_FALSE(f.span.Overlaps(span)) << "unexpected figure in \"" << part << "\": " << All(doc);
  }
}

TEST(FigureDecision, CapitalisedNamesAfterNumbersAreNotFigures) {
  Document d = Extract(
      "Officials cited the 1951 Refugee Convention while the song \"American Skin (41 Shots)\" "
      "played, and 2,472 Republican National Convention delegates and 29 New Yorkers voted.");
  ExpectNone(d, "1951");
  ExpectNone(d, "41 Shots");
  ExpectValue(d, "2,472", 2472, 2472, Qualifier::kExact, "people");
  ExpectValue(d, "29", 29, 29, Qualifier::kExact, "people");
}

TEST(FigureDecision, AddressesPhoneNumbersAndCodesAreNotFigures) {
  Document d = Extract(
      "Callers can dial 800-273-8255 or visit 131 West 23rd Street, and the import alert (66-80) "
      "now covers 5G phones.");
  EXPECT_TRUE(d.figures.empty()) << All(d);
}

TEST(FigureDecision, DenominatorsAndScalesAreNotFigures) {
  Document d = Extract(
      "The suicide rate was 22.2 per 100,000 among 3,000 teenagers, and the insurer scored 734 "
      "out of 1,000.");
  ExpectValue(d, "22.2", 22.2, 22.2, Qualifier::kExact, std::nullopt);
  ExpectNone(d, "100,000");
  ExpectNone(d, "1,000.");
  ExpectValue(d, "3,000", 3000, 3000, Qualifier::kExact, "people");
  ExpectValue(d, "734", 734, 734, Qualifier::kExact, std::nullopt);
}

TEST(FigureDecision, AgesAreNotFiguresInAnyForm) {
  Document d = Extract(
      "Workers between the ages of 17 and 20 and 18- to 24-year-old veterans were counted.");
  EXPECT_TRUE(d.figures.empty()) << All(d);
  Document e = Extract("At 17, she solved the problem.");
  EXPECT_TRUE(e.figures.empty()) << All(e);
}

TEST(FigureDecision, AmountsOfTimeAreNotFigures) {
  Document d = Extract(
      "The model read half a million years of text, more than a child with 16,000 waking hours, "
      "and protests went on for two nights.");
  EXPECT_TRUE(d.figures.empty()) << All(d);
}

TEST(FigureDecision, FactorsAndDataUnits) {
  Document d = Extract(
      "Approvals sped up by 3x, complaints rose threefold and the laptop has 512GB of storage, "
      "a 2GHz chip, a boost up to 3.8GHz and a 13.3-inch screen.");
  ExpectValue(d, "3x", 3, 3, Qualifier::kExact, std::nullopt);
  ExpectValue(d, "threefold", 3, 3, Qualifier::kExact, std::nullopt);
  ExpectValue(d, "512GB", 512, 512, Qualifier::kExact, "GB");
  ExpectValue(d, "2GHz", 2, 2, Qualifier::kExact, "GHz");
  ExpectValue(d, "up to 3.8GHz", 3.8, 3.8, Qualifier::kAtMost, "GHz");
  ExpectValue(d, "13.3-inch", 13.3, 13.3, Qualifier::kExact, "in");
}

TEST(FigureDecision, AboutAfterSpeechOrThoughtIsAPreposition) {
  Document d = Extract(
      "She complained about 300 pages of forms, and about 500 people came to hear his comment "
      "about 47 percent of voters.");
  ExpectValue(d, "300", 300, 300, Qualifier::kExact, std::nullopt);
  ExpectValue(d, "about 500", 500, 500, Qualifier::kApprox, "people");
  ExpectValue(d, "47 percent", 47, 47, Qualifier::kExact, "%");
}

TEST(FigureDecision, PeopleOnlyForCountsOfPersons) {
  Document d = Extract(
      "A three-judge panel and a 112-member committee met. Members of a 28-nation bloc agreed. "
      "The money came from 62 individuals, companies and unions.");
  ExpectValue(d, "three-judge", 3, 3, Qualifier::kExact, "people");
  ExpectValue(d, "112", 112, 112, Qualifier::kExact, "people");
  ExpectValue(d, "28", 28, 28, Qualifier::kExact, std::nullopt);
  ExpectValue(d, "62", 62, 62, Qualifier::kExact, std::nullopt);
}

TEST(FigureDecision, RangeWordStandsForBetween) {
  Document d = Extract("Long-distance move cost range: $465 and $4,304.");
  ExpectValue(d, "$465 and $4,304", 465, 4304, Qualifier::kRange, "USD");
}

TEST(FigureDecision, NewQualifierPhrases) {
  Document d = Extract("Parents need a bit over $500 a month and well under 20 staff.");
  ExpectValue(d, "a bit over $500", 500, 500, Qualifier::kApprox, "USD");
  ExpectValue(d, "well under 20", 20, 20, Qualifier::kAtMost, "people");
}

TEST(FigureDecision, SharesOfTenAgesAfterCopulaAndChildren) {
  Document d = Extract(
      "Nearly eight of 10 voters will watch, and nine out of 10 limes come from Mexico. Of the "
      "10 judges, six were appointed by Democrats. Scott, a father of seven, was shot, and the "
      "health of Trump, who is 70, was questioned.");
  ExpectValue(d, "Nearly eight of 10", 80, 80, Qualifier::kApprox, "%");
  ExpectValue(d, "nine out of 10", 90, 90, Qualifier::kExact, "%");
  ExpectValue(d, "10", 10, 10, Qualifier::kExact, "people");
  ExpectValue(d, "seven", 7, 7, Qualifier::kExact, "people");
  ExpectNone(d, "70");
}

TEST(FigureDecision, SignsAndHyphenatedMultipliers) {
  Document d = Extract(
      "Prices rose +13.1% after the $24.1-billion deal, paid with a 20-dollar bill. Call +44 20 "
      "7946 0958.");
  ExpectValue(d, "13.1%", 13.1, 13.1, Qualifier::kExact, "%");
  ExpectValue(d, "$24.1-billion", 24.1e9, 24.1e9, Qualifier::kExact, "USD");
  ExpectValue(d, "20-dollar", 20, 20, Qualifier::kExact, "USD");
  ExpectNone(d, "+44 20 7946 0958");
}

TEST(FigureDecision, PersonNounsBySingularAndSuffixAndLabelsBeforeSingulars) {
  Document d = Extract(
      "Police met 12 activists, 40 physicians and 7 filmmakers, and one candidate withdrew. "
      "Later a 911 caller and a Formula 1 veteran spoke to 300 playlists.");
  ExpectValue(d, "12", 12, 12, Qualifier::kExact, "people");
  ExpectValue(d, "40", 40, 40, Qualifier::kExact, "people");
  ExpectValue(d, "7", 7, 7, Qualifier::kExact, "people");
  ExpectValue(d, "one", 1, 1, Qualifier::kExact, "people");
  ExpectValue(d, "300", 300, 300, Qualifier::kExact, std::nullopt);
  ExpectNone(d, "911");
  ExpectNone(d, "Formula 1");
}

TEST(FigureDecision, SelectionsTimeRangesScalesAndHeads) {
  Document d = Extract(
      "Clinton focused on the first four states. It happened 40 or 50 years ago, between 10-11 "
      "a.m., on a 1,000-point scale, over one afternoon. Wyoming will select 23 of its 29 "
      "delegates, after more than 10,000 volunteer training sessions and a threefold increase "
      "among mothers.");
  ExpectNone(d, "four states");
  ExpectNone(d, "40 or");
  ExpectNone(d, "10-11");
  ExpectNone(d, "1,000-point");
  ExpectNone(d, "one afternoon");
  ExpectValue(d, "23", 23, 23, Qualifier::kExact, "people");
  ExpectValue(d, "more than 10,000", 10000, 10000, Qualifier::kAtLeast, std::nullopt);
  ExpectValue(d, "threefold", 3, 3, Qualifier::kExact, std::nullopt);
}

}  // namespace
}  // namespace claimtrace::figures
