// Figure extraction, one construction per test, on sentences written for these tests; the
// negative tests check that ages, years, dates, times, ordinals, labels, model names, list
// markers, scores and vague words are not figures.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "figures/test_util.h"

namespace claimtrace::figures {
namespace {

using testing::Extract;
using testing::FindFigure;

struct Want {
  double low;
  double high;
  Qualifier qualifier;
  std::optional<std::string> unit;
};

void ExpectFigure(const Document& doc, std::string_view span, const Want& w) {
  const Figure* f = FindFigure(doc, span);
  ASSERT_NE(f, nullptr) << "no figure \"" << span << "\" in: " << doc.text;
  EXPECT_DOUBLE_EQ(f->low, w.low) << span;
  EXPECT_DOUBLE_EQ(f->high, w.high) << span;
  EXPECT_EQ(f->qualifier, w.qualifier) << span;
  EXPECT_EQ(f->unit, w.unit) << span;
}

// All figures of a document, for failure messages.
std::string FiguresDebug(const Document& doc) {
  std::string out;
  for (const Figure& f : doc.figures) {
    out += "[" + std::string(doc.Slice(f.span)) + "] ";
  }
  return out;
}

// No figure overlaps the first occurrence of `part`.
void ExpectNoFigure(const Document& doc, std::string_view part) {
  const size_t at = doc.text.find(part);
  ASSERT_NE(at, std::string::npos) << part;
  const ByteSpan span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
  for (const Figure& f : doc.figures) {
    EXPECT_FALSE(f.span.Overlaps(span))
        << "unexpected figure \"" << doc.Slice(f.span) << "\" in: " << doc.text;
  }
}

TEST(Figures, ReadsNumeralsWithSeparators) {
  Document d = Extract("Officials counted 7,000 tents, 12 500 beds and 1.5 tonnes of flour.");
  ExpectFigure(d, "7,000", {7000, 7000, Qualifier::kExact, std::nullopt});
  ExpectFigure(d, "12 500", {12500, 12500, Qualifier::kExact, std::nullopt});
  ExpectFigure(d, "1.5 tonnes", {1.5, 1.5, Qualifier::kExact, "t"});
}

TEST(Figures, AppliesMultipliers) {
  Document d = Extract("The fund holds 1.5 million doses and $6bn, plus 25m euros in reserve.");
  ExpectFigure(d, "1.5 million", {1.5e6, 1.5e6, Qualifier::kExact, std::nullopt});
  ExpectFigure(d, "$6bn", {6e9, 6e9, Qualifier::kExact, "USD"});
  ExpectFigure(d, "25m euros", {25e6, 25e6, Qualifier::kExact, "EUR"});
}

TEST(Figures, RecognisesCurrencies) {
  Document d =
      Extract("Pledges reached £2.3 billion, €450m, ¥750bn, C$2.4bn and 1.76 trillion roubles.");
  ExpectFigure(d, "£2.3 billion", {2.3e9, 2.3e9, Qualifier::kExact, "GBP"});
  ExpectFigure(d, "€450m", {4.5e8, 4.5e8, Qualifier::kExact, "EUR"});
  ExpectFigure(d, "¥750bn", {7.5e11, 7.5e11, Qualifier::kExact, "JPY"});
  ExpectFigure(d, "C$2.4bn", {2.4e9, 2.4e9, Qualifier::kExact, "CAD"});
  ExpectFigure(d, "1.76 trillion roubles", {1.76e12, 1.76e12, Qualifier::kExact, "RUB"});
}

TEST(Figures, RecognisesPercentForms) {
  Document d = Extract(
      "Turnout was 77.4%, the party won 88 percent, rents rose 12 per cent and rates 0.75 "
      "percentage points.");
  ExpectFigure(d, "77.4%", {77.4, 77.4, Qualifier::kExact, "%"});
  ExpectFigure(d, "88 percent", {88, 88, Qualifier::kExact, "%"});
  ExpectFigure(d, "12 per cent", {12, 12, Qualifier::kExact, "%"});
  ExpectFigure(d, "0.75 percentage points", {0.75, 0.75, Qualifier::kExact, "pp"});
}

TEST(Figures, ReadsNumberWords) {
  Document d = Extract(
      "Five doctors, twenty-one nurses, a dozen hospitals, two dozen ventilators and a hundred "
      "thousand test kits were counted.");
  ExpectFigure(d, "Five", {5, 5, Qualifier::kExact, "people"});
  ExpectFigure(d, "twenty-one", {21, 21, Qualifier::kExact, "people"});
  ExpectFigure(d, "a dozen", {12, 12, Qualifier::kExact, std::nullopt});
  ExpectFigure(d, "two dozen", {24, 24, Qualifier::kExact, std::nullopt});
  ExpectFigure(d, "a hundred thousand", {1e5, 1e5, Qualifier::kExact, std::nullopt});
}

TEST(Figures, ReadsCapitalisedCompoundNumberWords) {
  Document d = Extract("Forty-five deals were announced in the quarter.");
  ExpectFigure(d, "Forty-five", {45, 45, Qualifier::kExact, std::nullopt});
}

TEST(Figures, FractionsArePercentages) {
  Document d = Extract(
      "Russia has lost a third of its forces, nearly two-thirds of adults agree, and one in five "
      "voters is undecided.");
  ExpectFigure(d, "a third", {33.33, 33.33, Qualifier::kExact, "%"});
  ExpectFigure(d, "nearly two-thirds", {66.67, 66.67, Qualifier::kApprox, "%"});
  ExpectFigure(d, "one in five", {20, 20, Qualifier::kExact, "%"});
}

TEST(Figures, FractionsOfTimeAreNotFigures) {
  Document d = Extract("The meeting lasted a quarter of an hour in the third quarter.");
  EXPECT_TRUE(d.figures.empty()) << d.figures.size();
}

TEST(Figures, RangesWithToAndDashes) {
  Document d = Extract(
      "NATO said 7,000 to 15,000 soldiers died, 30,000-40,000 were deployed and 20cm to 30cm of "
      "snow fell.");
  ExpectFigure(d, "7,000 to 15,000", {7000, 15000, Qualifier::kRange, "people"});
  ExpectFigure(d, "30,000-40,000", {30000, 40000, Qualifier::kRange, "people"});  // elliptical
  ExpectFigure(d, "20cm to 30cm", {20, 30, Qualifier::kRange, "cm"});
}

TEST(Figures, RangesWithBetweenAndFrom) {
  Document d = Extract(
      "Between 5,000 and 10,000 people are missing; restaurants may seat from 10 to 20 guests; "
      "anywhere between 7,000 to 15,000 troops died.");
  ExpectFigure(d, "Between 5,000 and 10,000", {5000, 10000, Qualifier::kRange, "people"});
  ExpectFigure(d, "from 10 to 20", {10, 20, Qualifier::kRange, "people"});
  ExpectFigure(d, "anywhere between 7,000 to 15,000", {7000, 15000, Qualifier::kRange, "people"});
}

TEST(Figures, RangesShareMultiplierAndUnit) {
  Document d = Extract("They will deport two to three million people at a cost of $5-6 billion.");
  ExpectFigure(d, "two to three million", {2e6, 3e6, Qualifier::kRange, "people"});
  ExpectFigure(d, "$5-6 billion", {5e9, 6e9, Qualifier::kRange, "USD"});
}

TEST(Figures, ChangeFromToIsTwoFigures) {
  Document d = Extract("Unemployment fell from 4.1% in April to 3.8% in May.");
  ExpectFigure(d, "4.1%", {4.1, 4.1, Qualifier::kExact, "%"});
  ExpectFigure(d, "3.8%", {3.8, 3.8, Qualifier::kExact, "%"});
}

TEST(Figures, ApproximateQualifiers) {
  Document d = Extract(
      "Nearly 500 tanks, almost 1,600 vehicles, about 40%, some 3,000 beds, roughly 200,000 "
      "votes, an estimated $100m and ~1,000 miles were reported.");
  ExpectFigure(d, "Nearly 500", {500, 500, Qualifier::kApprox, std::nullopt});
  ExpectFigure(d, "almost 1,600", {1600, 1600, Qualifier::kApprox, std::nullopt});
  ExpectFigure(d, "about 40%", {40, 40, Qualifier::kApprox, "%"});
  ExpectFigure(d, "some 3,000", {3000, 3000, Qualifier::kApprox, std::nullopt});
  ExpectFigure(d, "roughly 200,000", {200000, 200000, Qualifier::kApprox, std::nullopt});
  ExpectFigure(d, "an estimated $100m", {1e8, 1e8, Qualifier::kApprox, "USD"});
  ExpectFigure(d, "~1,000 miles", {1000, 1000, Qualifier::kApprox, "mi"});
}

TEST(Figures, LowerBoundQualifiers) {
  Document d = Extract(
      "At least 121 children, more than 3.5 million refugees, over 2 million people and upwards "
      "of 10,000 volunteers, and $100,000 or more.");
  ExpectFigure(d, "At least 121", {121, 121, Qualifier::kAtLeast, "people"});
  ExpectFigure(d, "more than 3.5 million", {3.5e6, 3.5e6, Qualifier::kAtLeast, "people"});
  ExpectFigure(d, "over 2 million", {2e6, 2e6, Qualifier::kAtLeast, "people"});
  ExpectFigure(d, "upwards of 10,000", {1e4, 1e4, Qualifier::kAtLeast, "people"});
  ExpectFigure(d, "$100,000 or more", {1e5, 1e5, Qualifier::kAtLeast, "USD"});
}

TEST(Figures, UpperBoundQualifiers) {
  Document d = Extract(
      "Up to 500 millimetres, as many as 200,000 people, fewer than 40 species and no more than "
      "15 guests.");
  ExpectFigure(d, "Up to 500 millimetres", {500, 500, Qualifier::kAtMost, "mm"});
  ExpectFigure(d, "as many as 200,000", {2e5, 2e5, Qualifier::kAtMost, "people"});
  ExpectFigure(d, "fewer than 40", {40, 40, Qualifier::kAtMost, std::nullopt});
  ExpectFigure(d, "no more than 15", {15, 15, Qualifier::kAtMost, "people"});
}

TEST(Figures, MeasurementUnits) {
  Document d = Extract(
      "Winds of 200 km/h, a 15 meter wall, 235 square kilometres, 1.6C warming and minus 15C.");
  ExpectFigure(d, "200 km/h", {200, 200, Qualifier::kExact, "km/h"});
  ExpectFigure(d, "15 meter", {15, 15, Qualifier::kExact, "m"});
  ExpectFigure(d, "235 square kilometres", {235, 235, Qualifier::kExact, "km2"});
  ExpectFigure(d, "1.6C", {1.6, 1.6, Qualifier::kExact, "°C"});
  ExpectFigure(d, "minus 15C", {-15, -15, Qualifier::kExact, "°C"});
}

TEST(Figures, PoundsAreWeightWhenWeighing) {
  Document d = Extract("He weighs 236 pounds and earns 40,000 pounds.");
  ExpectFigure(d, "236 pounds", {236, 236, Qualifier::kExact, "lb"});
  ExpectFigure(d, "40,000 pounds", {40000, 40000, Qualifier::kExact, "GBP"});
}

TEST(Figures, CountedPeopleAndWhat) {
  Document d = Extract("NATO says 7,000 Russian soldiers have been killed in the war.");
  const Figure* f = FindFigure(d, "7,000");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->unit, "people");
  EXPECT_EQ(f->what, "Russian soldiers killed");
}

TEST(Figures, EventVerbBeforeAndPeopleAdjectives) {
  Document d = Extract("The blast killed at least 12 children; 149 injured were treated.");
  const Figure* a = FindFigure(d, "at least 12");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(a->what, "children killed");
  const Figure* b = FindFigure(d, "149");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(b->unit, "people");
}

TEST(Figures, EllipticalCountInheritsPeople) {
  Document d = Extract("Floods killed more than 170 people, and 1,300 remain missing.");
  ExpectFigure(d, "1,300", {1300, 1300, Qualifier::kExact, "people"});
}

TEST(Figures, CollectiveNounsCountPeople) {
  Document d = Extract("Police estimated the crowd at 15,000 on the square.");
  ExpectFigure(d, "15,000", {15000, 15000, Qualifier::kExact, "people"});
}

TEST(Figures, PercentOfSaysWhat) {
  Document d = Extract("Putin won 88 percent of the vote.");
  const Figure* f = FindFigure(d, "88 percent");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->what, "vote");
}

TEST(Figures, AgesAreNotFigures) {
  Document d = Extract(
      "Mytkevich, 39, said a 25-year-old man, aged 23, and a woman of 41 years old were held. "
      "The suspect (42) faces trial.");
  ExpectNoFigure(d, "39");
  ExpectNoFigure(d, "25-year-old");
  ExpectNoFigure(d, "23");
  ExpectNoFigure(d, "41");
  ExpectNoFigure(d, "42");
}

TEST(Figures, YearsDatesAndTimesAreNotFigures) {
  Document d = Extract(
      "In 1949, on February 24 and at 10 a.m. on March 4, 2022, for four weeks, nothing moved.",
      "2022-03-23");
  EXPECT_TRUE(d.figures.empty()) << FiguresDebug(d);
}

TEST(Figures, OrdinalsLabelsAndModelNamesAreNotFigures) {
  Document d = Extract(
      "The 45th president read page 12 of Article 5 at 10 Downing Street, near two Mi-8 "
      "helicopters, an F-16 and a G7 summit on Covid-19.");
  ExpectNoFigure(d, "45th");
  ExpectNoFigure(d, "12");
  ExpectNoFigure(d, "Article 5");
  ExpectNoFigure(d, "10 Downing");
  ExpectNoFigure(d, "F-16");
  ExpectNoFigure(d, "19");
  ExpectFigure(d, "two", {2, 2, Qualifier::kExact, std::nullopt});
}

TEST(Figures, ScoresAreNotFigures) {
  Document d = Extract("France beat Argentina 4-3, and the court ruled 6-3 against it.");
  EXPECT_TRUE(d.figures.empty()) << FiguresDebug(d);
}

TEST(Figures, VagueWordsAreNotFigures) {
  Document d = Extract("Thousands of people and dozens of tanks met hundreds of protesters.");
  EXPECT_TRUE(d.figures.empty()) << FiguresDebug(d);
}

TEST(Figures, PronounOneIsNotAFigure) {
  Document d = Extract(
      "One of the officials said one way or another they would go, but one "
      "soldier died.");
  ExpectNoFigure(d, "One of");
  ExpectNoFigure(d, "one way");
  ExpectFigure(d, "one", {1, 1, Qualifier::kExact, "people"});
}

TEST(Figures, ListMarkersPhoneNumbersAndIdsAreNotFigures) {
  Document d = Extract("1. Call +44 20 7946 0958 or 24/7 about tweet 778257943577919488.");
  EXPECT_TRUE(d.figures.empty()) << FiguresDebug(d);
}

}  // namespace
}  // namespace claimtrace::figures
