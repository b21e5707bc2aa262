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

TEST(FigureDecision, AgeGroupsPhoneNumbersAndCamelCaseNames) {
  Document d = Extract(
      "Adults over 65 and children under five come first, and those aged over 60 next. Call 999 "
      "or dial 111; the iPhone 16 and eBay 2 launches drew over 65 reporters and under 12% of "
      "viewers.");
  ExpectNone(d, "over 65 and");
  ExpectNone(d, "under five");
  ExpectNone(d, "over 60");
  ExpectNone(d, "999");
  ExpectNone(d, "111");
  ExpectNone(d, "iPhone 16");
  ExpectNone(d, "eBay 2");
  ExpectValue(d, "over 65", 65, 65, Qualifier::kAtLeast, "people");  // "over 65 reporters"
  ExpectValue(d, "under 12%", 12, 12, Qualifier::kAtMost, "%");
}

TEST(FigureDecision, AgesAfterAPronounAndACopula) {
  Document d = Extract(
      "She moved when she was six so they could stay. He was 12 when the war began, and I was "
      "19. They were 300 in all.");
  ExpectNone(d, "six");
  ExpectNone(d, "12");
  ExpectNone(d, "19");
  ExpectValue(d, "300", 300, 300, Qualifier::kExact, std::nullopt);
  Document r = Extract("We trained 40 or 50-year old women, 16 to 20-year-olds and a 25-year old.");
  ExpectNone(r, "40 or 50");
  ExpectNone(r, "16 to 20");
  ExpectNone(r, "25");
}

TEST(FigureDecision, CapitalisedNumberWordsInNames) {
  Document d = Extract(
      "BBC Two and Ocean's Twelve beat the Big Four firms after World War Two, while Five's "
      "share fell and officials found Twelve bodies. Storm Kills Three In Texas.");
  ExpectNone(d, "BBC Two");
  ExpectNone(d, "Ocean's Twelve");
  ExpectNone(d, "Big Four");
  ExpectNone(d, "War Two");
  ExpectNone(d, "Five's");
  ExpectValue(d, "Twelve", 12, 12, Qualifier::kExact, "people");
  ExpectValue(d, "Three", 3, 3, Qualifier::kExact, std::nullopt);
}

TEST(FigureDecision, ChangeThenLevelIsNotARange) {
  Document d = Extract(
      "The real weakened 2% to 5.6 per dollar, while rates of 10 to 15% and 4.5-5% are "
      "expected.");
  ExpectValue(d, "2%", 2, 2, Qualifier::kExact, "%");
  ExpectValue(d, "5.6", 5.6, 5.6, Qualifier::kExact, std::nullopt);
  ExpectValue(d, "10 to 15%", 10, 15, Qualifier::kRange, "%");
  ExpectValue(d, "4.5-5%", 4.5, 5, Qualifier::kRange, "%");
}

TEST(FigureDecision, FractionsOfMultipliersAndOfPercentages) {
  Document d = Extract(
      "More than a quarter of a million people signed, a quarter of a million dollars was "
      "raised, and less than half of 1 percent objected.");
  ExpectValue(d, "More than a quarter of a million", 250000, 250000, Qualifier::kAtLeast, "people");
  ExpectValue(d, "a quarter of a million dollars", 250000, 250000, Qualifier::kExact, "USD");
  ExpectValue(d, "less than half of 1 percent", 0.5, 0.5, Qualifier::kAtMost, "%");
}

TEST(FigureDecision, NewsAbbreviationsAndStrengths) {
  Document d = Extract(
      "Rates rose to 5.25pc and yields to 4.5 pc, output to 6.5m bpd, the economy is worth "
      "$1.2 trn and exports $30 bn. An 8,000-strong force reached a city of 2 million.");
  ExpectValue(d, "5.25pc", 5.25, 5.25, Qualifier::kExact, "%");
  ExpectValue(d, "4.5 pc", 4.5, 4.5, Qualifier::kExact, "%");
  ExpectValue(d, "6.5m bpd", 6.5e6, 6.5e6, Qualifier::kExact, "bbl");
  ExpectValue(d, "$1.2 trn", 1.2e12, 1.2e12, Qualifier::kExact, "USD");
  ExpectValue(d, "$30 bn", 3e10, 3e10, Qualifier::kExact, "USD");
  ExpectValue(d, "8,000", 8000, 8000, Qualifier::kExact, "people");
  ExpectValue(d, "2 million", 2e6, 2e6, Qualifier::kExact, "people");
}

TEST(FigureDecision, RangesOfFractions) {
  Document d = Extract(
      "Between a fifth and a quarter of patients wait, the effect shrank by about a half to "
      "two-thirds, and half to three-quarters of the crop was lost. Cut by a quarter to 1.2 "
      "million.");
  ExpectValue(d, "Between a fifth and a quarter", 20, 25, Qualifier::kRange, "%");
  ExpectValue(d, "about a half to two-thirds", 50, 66.67, Qualifier::kRange, "%");
  ExpectValue(d, "half to three-quarters", 50, 75, Qualifier::kRange, "%");
  ExpectValue(d, "a quarter", 25, 25, Qualifier::kExact, "%");  // a fraction, then a level
  Document w = Extract(
      "A tenth disagreed, around 1/3 of the population left, and she faced a fifth so-called "
      "trial; 24/7 service resumed.");
  ExpectValue(w, "A tenth", 10, 10, Qualifier::kExact, "%");
  ExpectValue(w, "around 1/3", 33.33, 33.33, Qualifier::kApprox, "%");
  ExpectNone(w, "a fifth");
  ExpectNone(w, "24/7");
}

TEST(FigureDecision, HedgesCubicUnitsAndSprintMetres) {
  Document d = Extract(
      "Barely 100 people came and perhaps 2,000 watched, as 1,200 cubic metres of water a "
      "second flowed; she won the 100m final, and the fund surged past $1bn.");
  ExpectValue(d, "Barely 100", 100, 100, Qualifier::kApprox, "people");
  ExpectValue(d, "perhaps 2,000", 2000, 2000, Qualifier::kApprox, "people");  // inherited
  ExpectValue(d, "1,200 cubic metres", 1200, 1200, Qualifier::kExact, "m3");
  ExpectValue(d, "100m", 100, 100, Qualifier::kExact, "m");
  ExpectValue(d, "surged past $1bn", 1e9, 1e9, Qualifier::kAtLeast, "USD");
}

}  // namespace
}  // namespace claimtrace::figures
