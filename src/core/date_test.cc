#include "core/date.h"

#include <gtest/gtest.h>

#include <string>

namespace claimtrace {
namespace {

std::string Iso(std::string_view s) { return NormalizeDate(s).value_or("<none>"); }

TEST(Date, ParsesIsoForms) {
  EXPECT_EQ(Iso("2017-07-18"), "2017-07-18");
  EXPECT_EQ(Iso("  2017-07-18\n"), "2017-07-18");
  EXPECT_EQ(Iso("2017-07-18T10:00:00Z"), "2017-07-18");
  EXPECT_EQ(Iso("2017-07-18T10:00:00.123+02:00"), "2017-07-18");
  EXPECT_EQ(Iso("2017-07-18T23:30:00-0500"), "2017-07-18");  // local day, not converted
  EXPECT_EQ(Iso("2017-07-18 10:00"), "2017-07-18");
  EXPECT_EQ(Iso("2017/7/8"), "2017-07-08");
  EXPECT_EQ(Iso("2017.07.18"), "2017-07-18");
}

TEST(Date, ParsesWrittenForms) {
  EXPECT_EQ(Iso("July 18, 2017"), "2017-07-18");
  EXPECT_EQ(Iso("July 18 2017"), "2017-07-18");
  EXPECT_EQ(Iso("Jul. 18, 2017"), "2017-07-18");
  EXPECT_EQ(Iso("Sept. 3, 2021"), "2021-09-03");
  EXPECT_EQ(Iso("18 July 2017"), "2017-07-18");
  EXPECT_EQ(Iso("18th of July, 2017"), "2017-07-18");
  EXPECT_EQ(Iso("July 21st, 2017"), "2017-07-21");
  EXPECT_EQ(Iso("Friday, July 21, 2017"), "2017-07-21");
  EXPECT_EQ(Iso("Friday 21 July 2017"), "2017-07-21");
  EXPECT_EQ(Iso("FRIDAY, JULY 21, 2017"), "2017-07-21");
  EXPECT_EQ(Iso("July 18, 2017 at 10:30 am EST"), "2017-07-18");
  EXPECT_EQ(Iso("18 July 2017, 10:32 BST"), "2017-07-18");
  EXPECT_EQ(Iso("18.07.2017"), "2017-07-18");
  EXPECT_EQ(Iso("25/12/2017"), "2017-12-25");
  EXPECT_EQ(Iso("12/25/2017"), "2017-12-25");
}

TEST(Date, ParsesHttpDates) {
  EXPECT_EQ(Iso("Tue, 18 Jul 2017 10:00:00 GMT"), "2017-07-18");    // RFC 1123
  EXPECT_EQ(Iso("Tuesday, 18-Jul-17 10:00:00 GMT"), "2017-07-18");  // RFC 850
  EXPECT_EQ(Iso("Tue Jul 18 10:00:00 2017"), "2017-07-18");         // asctime
  EXPECT_EQ(Iso("Sun, 06 Nov 1994 08:49:37 GMT"), "1994-11-06");
  EXPECT_EQ(Iso("Sunday, 06-Nov-94 08:49:37 GMT"), "1994-11-06");
}

TEST(Date, RejectsWhatIsNotOneFullDate) {
  for (std::string_view bad : {"",
                               "   ",
                               "2017",
                               "2017-07",
                               "July 2017",
                               "July 18",
                               "18 July",
                               "yesterday",
                               "2017-13-01",
                               "2017-02-30",
                               "February 29, 2019",
                               "3/4/2022",
                               "July 18, 2017 and more",
                               "Friday",
                               "Friday, 2017",
                               "32 July 2017",
                               "July 18, 17",
                               "20170718",
                               "2017-07-18x",
                               "on July 18, 2017",
                               "Maybe 18, 2017"}) {
    EXPECT_FALSE(ParseDate(bad).has_value()) << bad;
  }
  EXPECT_EQ(Iso("February 29, 2020"), "2020-02-29");  // leap year
  EXPECT_EQ(Iso("4/4/2022"), "2022-04-04");           // ambiguous order, same answer
}

TEST(Date, MatchDateFindsPartialDatesInRunningText) {
  std::string_view text = "MOSCOW, March 4 (Reuters) - Russia said";
  std::optional<DateMatch> m = MatchDate(text, 8);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(text.substr(8, m->length), "March 4");
  EXPECT_EQ(m->year, 0);
  EXPECT_EQ(m->month, 3);
  EXPECT_EQ(m->day, 4);
  EXPECT_FALSE(m->complete());

  m = MatchDate("in March 2022, troops", 3);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->length, 10u);
  EXPECT_EQ(m->year, 2022);
  EXPECT_EQ(m->day, 0);

  m = MatchDate("On 4 March the court", 3);
  ASSERT_TRUE(m.has_value());
  EXPECT_EQ(m->length, 7u);

  m = MatchDate("Friday, July 21, 2017 was hot", 0);
  ASSERT_TRUE(m.has_value());
  EXPECT_TRUE(m->has_weekday);
  EXPECT_TRUE(m->complete());
  EXPECT_EQ(m->length, 21u);
}

TEST(Date, MatchDateRespectsWordBoundaries) {
  EXPECT_FALSE(MatchDate("xMarch 4", 1).has_value());  // inside a word
  EXPECT_FALSE(MatchDate("Marches 4", 0).has_value());
  EXPECT_FALSE(MatchDate("May be", 0).has_value());
  EXPECT_FALSE(MatchDate("Friday night", 0).has_value());  // weekday alone is not a date
  EXPECT_FALSE(MatchDate("2022 was", 0).has_value());
  EXPECT_FALSE(MatchDate("", 0).has_value());
  EXPECT_FALSE(MatchDate("abc", 10).has_value());
}

TEST(Date, CalendarArithmetic) {
  EXPECT_EQ(DaysFromCivil({1970, 1, 1}), 0);
  EXPECT_EQ(DaysFromCivil({2000, 3, 1}), 11017);
  for (int64_t d = -719162; d < 2932897; d += 997) {  // 0001-01-01 .. 9999-12-31
    CivilDate c = CivilFromDays(d);
    ASSERT_TRUE(IsValidDate(c.year, c.month, c.day)) << d;
    ASSERT_EQ(DaysFromCivil(c), d);
  }
  EXPECT_EQ(IsoWeekday({2017, 7, 21}), 5);  // a Friday
  EXPECT_EQ(IsoWeekday({2024, 3, 13}), 3);  // a Wednesday
  EXPECT_EQ(IsoWeekday({1970, 1, 4}), 7);
  EXPECT_EQ(DaysInMonth(1900, 2), 28);
  EXPECT_EQ(DaysInMonth(2000, 2), 29);
  EXPECT_EQ(DaysInMonth(2023, 13), 0);
}

TEST(Date, MonthAndWeekdayNames) {
  EXPECT_EQ(MonthFromName("Sept."), 9);
  EXPECT_EQ(MonthFromName("SEPTEMBER"), 9);
  EXPECT_EQ(MonthFromName("ma"), 0);
  EXPECT_EQ(MonthFromName("Marc"), 0);
  EXPECT_EQ(WeekdayFromName("Thurs."), 4);
  EXPECT_EQ(WeekdayFromName("sun"), 7);
  EXPECT_EQ(WeekdayFromName("Sunny"), 0);
  EXPECT_EQ(FormatIsoDate({987, 1, 2}), "0987-01-02");
}

}  // namespace
}  // namespace claimtrace
