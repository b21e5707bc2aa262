// Time expressions: detection, type and TIMEX3 value, one construction per test, on sentences
// written for these tests. The anchor is 2022-03-23 (a Wednesday, ISO week 12) unless a test
// says otherwise.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "figures/test_util.h"

namespace claimtrace::figures {
namespace {

using testing::Extract;
using testing::ExtractWithAnalysis;
using testing::FindTime;

constexpr const char* kAnchor = "2022-03-23";

std::string TimesDebug(const Document& doc) {
  std::string out;
  for (const TimeExpression& t : doc.times) {
    out += "[" + std::string(doc.Slice(t.span)) + "=" + t.value.value_or("null") + "] ";
  }
  return out;
}

void ExpectTime(const Document& doc, std::string_view span, TimeType type,
                std::optional<std::string> value) {
  const TimeExpression* t = FindTime(doc, span);
  ASSERT_NE(t, nullptr) << "no time \"" << span << "\" in: " << TimesDebug(doc);
  EXPECT_EQ(t->type, type) << span;
  EXPECT_EQ(t->value, value) << span;
}

void ExpectNoTime(const Document& doc, std::string_view part) {
  const size_t at = doc.text.find(part);
  ASSERT_NE(at, std::string::npos) << part;
  const ByteSpan span{static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
  for (const TimeExpression& t : doc.times) {
    EXPECT_FALSE(t.span.Overlaps(span)) << "unexpected time " << TimesDebug(doc);
  }
}

TEST(Times, AbsoluteDates) {
  Document d = Extract(
      "Russia invaded on 24 February 2022; talks began on March 4, 2022, the report came out in "
      "March 2024, NATO was founded in 1949 and the file is dated 2022-03-21.",
      kAnchor);
  ExpectTime(d, "24 February 2022", TimeType::kDate, "2022-02-24");
  ExpectTime(d, "March 4, 2022", TimeType::kDate, "2022-03-04");
  ExpectTime(d, "March 2024", TimeType::kDate, "2024-03");
  ExpectTime(d, "1949", TimeType::kDate, "1949");
  ExpectTime(d, "2022-03-21", TimeType::kDate, "2022-03-21");
}

TEST(Times, YearlessDatesTakeTheNearestYear) {
  Document d = Extract(
      "The invasion began on February 24. The summit will open on January 10. The vote was held "
      "in September.",
      kAnchor);
  ExpectTime(d, "February 24", TimeType::kDate, "2022-02-24");
  ExpectTime(d, "January 10", TimeType::kDate, "2023-01-10");  // future cue "will"
  ExpectTime(d, "September", TimeType::kDate, "2021-09");      // past tense
}

TEST(Times, WeekdaysFollowTense) {
  Document d = Extract(
      "Officials said on Monday that the leaders will meet on Friday. He left last Wednesday and "
      "returns next Tuesday.",
      kAnchor);
  ExpectTime(d, "Monday", TimeType::kDate, "2022-03-21");
  ExpectTime(d, "Friday", TimeType::kDate, "2022-03-25");
  ExpectTime(d, "last Wednesday", TimeType::kDate, "2022-03-16");
  ExpectTime(d, "next Tuesday", TimeType::kDate, "2022-03-29");
}

TEST(Times, RelativeDays) {
  Document d =
      Extract("Yesterday the mayor spoke; today he resigned and tomorrow he leaves.", kAnchor);
  ExpectTime(d, "Yesterday", TimeType::kDate, "2022-03-22");
  ExpectTime(d, "today", TimeType::kDate, "2022-03-23");
  ExpectTime(d, "tomorrow", TimeType::kDate, "2022-03-24");
}

TEST(Times, PartsOfDayAndTimesOfDay) {
  Document d = Extract(
      "Shelling resumed on Saturday night and this morning; the curfew starts at 8pm on Tuesday "
      "and talks open at noon.",
      kAnchor);
  ExpectTime(d, "Saturday night", TimeType::kTime, "2022-03-19TNI");
  ExpectTime(d, "this morning", TimeType::kTime, "2022-03-23TMO");
  ExpectTime(d, "8pm on Tuesday", TimeType::kTime, "2022-03-22T20:00");
  ExpectTime(d, "noon", TimeType::kTime, "2022-03-22T12:00");  // the day named last
}

TEST(Times, CalendarPeriodsRelativeToTheAnchor) {
  Document d = Extract(
      "Prices rose last week, fell this month, will rise next year, and were flat last year and "
      "earlier this month; this weekend was calm.",
      kAnchor);
  ExpectTime(d, "last week", TimeType::kDate, "2022-W11");
  ExpectTime(d, "this month", TimeType::kDate, "2022-03");
  ExpectTime(d, "next year", TimeType::kDate, "2023");
  ExpectTime(d, "last year", TimeType::kDate, "2021");
  ExpectTime(d, "earlier this month", TimeType::kDate, "2022-03");
}

TEST(Times, MonthsSeasonsQuartersDecades) {
  Document d = Extract(
      "In late September, last February, this summer, the third quarter, the 1990s and the 20th "
      "century were all mentioned.",
      kAnchor);
  ExpectTime(d, "late September", TimeType::kDate, "2021-09");
  ExpectTime(d, "last February", TimeType::kDate, "2022-02");
  ExpectTime(d, "this summer", TimeType::kDate, "2022-SU");
  ExpectTime(d, "the third quarter", TimeType::kDate, "2021-Q3");
  ExpectTime(d, "the 1990s", TimeType::kDate, "199");
  ExpectTime(d, "the 20th century", TimeType::kDate, "19");
}

TEST(Times, Durations) {
  Document d = Extract(
      "After four weeks of fighting, 10 years of talks, 12 months of sanctions, a 20-year war "
      "and the past 24 hours, the siege has lasted for years.",
      kAnchor);
  ExpectTime(d, "four weeks", TimeType::kDuration, "P4W");
  ExpectTime(d, "10 years", TimeType::kDuration, "P10Y");
  ExpectTime(d, "12 months", TimeType::kDuration, "P12M");
  ExpectTime(d, "20-year", TimeType::kDuration, "P20Y");
  ExpectTime(d, "the past 24 hours", TimeType::kDuration, "PT24H");
  ExpectTime(d, "years", TimeType::kDuration, "PXY");
}

TEST(Times, RangeDurationsHaveNoSingleValue) {
  Document d = Extract("Capital gains held for one to two years are taxed.", kAnchor);
  ExpectTime(d, "one to two years", TimeType::kDuration, std::nullopt);
}

TEST(Times, Sets) {
  Document d = Extract(
      "Sirens sound every week, papers print daily, the fund pays $6bn a year and clinics close "
      "every Monday.",
      kAnchor);
  ExpectTime(d, "every week", TimeType::kSet, "P1W");
  ExpectTime(d, "daily", TimeType::kSet, "P1D");
  ExpectTime(d, "a year", TimeType::kSet, "P1Y");
  ExpectTime(d, "every Monday", TimeType::kSet, "XXXX-WXX-1");
}

TEST(Times, PresentPastAndFutureReferences) {
  Document d =
      Extract("Troops are now near the city; they recently moved and will soon leave.", kAnchor);
  ExpectTime(d, "now", TimeType::kDate, "PRESENT_REF");
  ExpectTime(d, "recently", TimeType::kDate, "PAST_REF");
  ExpectTime(d, "soon", TimeType::kDate, "FUTURE_REF");
}

TEST(Times, AgoAndInFromTheAnchor) {
  Document d =
      Extract("Three weeks ago the talks failed; they agreed to meet again in two weeks.", kAnchor);
  ExpectTime(d, "Three weeks ago", TimeType::kDate, "2022-W09");
  ExpectTime(d, "in two weeks", TimeType::kDate, "2022-W14");
}

TEST(Times, ShiftsOfThePreviousTime) {
  Document d = Extract(
      "He was arrested in 2017 and released a year later. On March 4, 2021 he fled; the next day "
      "he was caught.",
      kAnchor);
  ExpectTime(d, "a year later", TimeType::kDate, "2018");
  ExpectTime(d, "the next day", TimeType::kDate, "2021-03-05");
}

TEST(Times, EventAnchoredExpressionsHaveNoValue) {
  Document d = Extract("Two days before the invasion, the embassy closed.", kAnchor);
  ExpectTime(d, "Two days before", TimeType::kDate, std::nullopt);
}

TEST(Times, HolidaysResolveByYear) {
  Document d =
      Extract("The deal was reached on Christmas Eve, ahead of Election Day.", "2016-12-27");
  ExpectTime(d, "Christmas Eve", TimeType::kDate, "2016-12-24");
  ExpectTime(d, "Election Day", TimeType::kDate, "2016-11-08");
}

TEST(Times, WithoutAnchorRelativeValuesAreNull) {
  Document d = Extract("Officials said on Tuesday that talks would resume in March.");
  EXPECT_FALSE(d.published.has_value());
  ExpectTime(d, "Tuesday", TimeType::kDate, std::nullopt);
  ExpectTime(d, "March", TimeType::kDate, "XXXX-03");
}

TEST(Times, InfersPublicationDateFromDateline) {
  Document d = Extract("LONDON, March 14, 2024 - The bank held rates on Thursday.");
  EXPECT_EQ(d.published, "2024-03-14");
  EXPECT_TRUE(d.published_inferred);
  ExpectTime(d, "Thursday", TimeType::kDate, "2024-03-14");
}

TEST(Times, InfersPublicationDateFromLatestFullDate) {
  std::string text(400, ' ');
  text =
      "Background paragraph about the war that is long enough to push later dates past the "
      "dateline window of the inference rule, with nothing dated in it at all, repeated to be "
      "sure: nothing dated here either, and the paragraph goes on for a while longer still so "
      "that the first full date appears after three hundred bytes.\n\nTalks took place on "
      "March 2, 2022. A caption reads: Kyiv on March 16, 2022. Yesterday more troops came.";
  Document d = Extract(text);
  EXPECT_EQ(d.published, "2022-03-16");
  EXPECT_TRUE(d.published_inferred);
  ExpectTime(d, "Yesterday", TimeType::kDate, "2022-03-15");
}

TEST(Times, DefaultPublishedOptionAnchors) {
  testing::Extracted e = ExtractWithAnalysis("The vote is on Friday.", std::nullopt,
                                             TimeOptions{.default_published = "2022-03-23"});
  EXPECT_EQ(e.doc.published, "2022-03-23");
  EXPECT_FALSE(e.doc.published_inferred);
  ExpectTime(e.doc, "Friday", TimeType::kDate, "2022-03-18");
}

TEST(Times, GivenPublishedIsNotReplaced) {
  Document d = Extract("LONDON, March 14, 2024 - The bank met on Thursday.", "2024-03-20");
  EXPECT_EQ(d.published, "2024-03-20");
  EXPECT_FALSE(d.published_inferred);
}

TEST(Times, NotTimes) {
  Document d = Extract(
      "Theresa May said they may meet. A 25-year-old man, aged 30, saw 2,000 people and 1500 "
      "soldiers near a Mi-8. Breitbart News Daily and USA TODAY reported on the 2016 election.",
      kAnchor);
  ExpectNoTime(d, "May said");
  ExpectNoTime(d, "may meet");
  ExpectNoTime(d, "25-year-old");
  ExpectNoTime(d, "aged 30");
  ExpectNoTime(d, "2,000");
  ExpectNoTime(d, "1500");
  ExpectNoTime(d, "Daily");
  ExpectNoTime(d, "TODAY");
  ExpectTime(d, "2016", TimeType::kDate, "2016");
}

TEST(Times, ModifiersFillTimexMod) {
  Document d = Extract(
      "It opened in late September, grew in mid-2021 and early 2020 and closed at the end of "
      "the year, after about 50 hours of talks and more than two years of delays; it is nearly "
      "a decade old and ran up to six months late.",
      kAnchor);
  auto mod = [&](std::string_view span) -> std::optional<std::string> {
    const TimeExpression* t = FindTime(d, span);
    if (t == nullptr) return "missing";
    return t->mod;
  };
  EXPECT_EQ(mod("late September"), "END");
  ExpectTime(d, "late September", TimeType::kDate, "2021-09");
  EXPECT_EQ(mod("mid-2021"), "MID");
  EXPECT_EQ(mod("early 2020"), "START");
  EXPECT_EQ(mod("the end of the year"), "END");
  EXPECT_EQ(mod("about 50 hours"), "APPROX");
  ExpectTime(d, "about 50 hours", TimeType::kDuration, "PT50H");
  EXPECT_EQ(mod("more than two years"), "MORE_THAN");
  EXPECT_EQ(mod("up to six months"), "EQUAL_OR_LESS");
  Document plain = Extract("The talks lasted four weeks.", kAnchor);
  ASSERT_NE(FindTime(plain, "four weeks"), nullptr);
  EXPECT_EQ(FindTime(plain, "four weeks")->mod, std::nullopt);
}

TEST(Times, TodayMeaningNowadaysIsPresentRef) {
  ExpectTime(Extract("In today's interconnected world, devices fail.", kAnchor), "today",
             TimeType::kDate, "PRESENT_REF");
  ExpectTime(Extract("A website today must load fast.", kAnchor), "today", TimeType::kDate,
             "PRESENT_REF");
  ExpectTime(Extract("Today, most homes in the county use gas.", kAnchor), "Today", TimeType::kDate,
             "PRESENT_REF");
  ExpectTime(Extract("The minister said today that the talks had failed.", kAnchor), "today",
             TimeType::kDate, "2022-03-23");
  ExpectTime(Extract("Today's vote was delayed.", kAnchor), "Today", TimeType::kDate, "2022-03-23");
  ExpectTime(Extract("The committee is meeting today.", kAnchor), "today", TimeType::kDate,
             "2022-03-23");
}

TEST(Times, RecurringTimesOfDayHaveNoDay) {
  Document d = Extract("The office is open weekdays from 9 a.m. to 5 p.m.", kAnchor);
  ExpectTime(d, "9 a.m.", TimeType::kTime, "XXXX-XX-XXT09:00");
  ExpectTime(d, "5 p.m.", TimeType::kTime, "XXXX-XX-XXT17:00");
  ExpectTime(Extract("Reservations are encouraged for visitors after 7pm.", kAnchor), "7pm",
             TimeType::kTime, "XXXX-XX-XXT19:00");
  ExpectTime(Extract("The blast happened at 8:30 p.m. near the station.", kAnchor), "8:30 p.m.",
             TimeType::kTime, "2022-03-23T20:30");
  ExpectTime(Extract("9:42 p.m.", kAnchor), "9:42 p.m.", TimeType::kTime, "2022-03-23T21:42");
}

TEST(Times, ProgressiveAnnouncesAPlanAndWordHoursOClock) {
  ExpectTime(Extract("Clinton is traveling to Ohio on Friday.", kAnchor), "Friday", TimeType::kDate,
             "2022-03-25");
  ExpectTime(Extract("Clinton met donors in Ohio on Friday.", kAnchor), "Friday", TimeType::kDate,
             "2022-03-18");
  ExpectTime(Extract("He tweeted at three o'clock on Monday.", kAnchor), "three o'clock on Monday",
             TimeType::kTime, "2022-03-21T03:00");
}

TEST(Times, LatterHalf) {
  ExpectTime(Extract("Prices cooled in the latter half of 2022.", kAnchor),
             "the latter half of 2022", TimeType::kDate, "2022-H2");
}

TEST(Times, ShoppingHolidays) {
  Document d = Extract("The Black Friday campaign runs until Cyber Monday.", "2025-11-24");
  ExpectTime(d, "Black Friday", TimeType::kDate, "2025-11-28");
  ExpectTime(d, "Cyber Monday", TimeType::kDate, "2025-12-01");
}

}  // namespace
}  // namespace claimtrace::figures
