// Calendar periods: ISO weeks, formatting of every granularity, shifting, year choice for
// year-less dates, holidays.
#include "figures/calendar.h"

#include <gtest/gtest.h>

namespace claimtrace::figures {
namespace {

TEST(Calendar, IsoWeeksAtYearBoundaries) {
  int y = 0, w = 0;
  IsoWeek({2022, 3, 23}, &y, &w);
  EXPECT_EQ(y, 2022);
  EXPECT_EQ(w, 12);
  IsoWeek({2021, 1, 3}, &y, &w);  // a Sunday still in 2020's last week
  EXPECT_EQ(y, 2020);
  EXPECT_EQ(w, 53);
  IsoWeek({2024, 12, 30}, &y, &w);  // a Monday already in 2025's first week
  EXPECT_EQ(y, 2025);
  EXPECT_EQ(w, 1);
}

TEST(Calendar, FormatsEveryGranularity) {
  const CivilDate d{2022, 3, 23};
  EXPECT_EQ(FormatMoment(DayOf(d)), "2022-03-23");
  EXPECT_EQ(FormatMoment(WeekOf(d)), "2022-W12");
  EXPECT_EQ(FormatMoment(WeekendOf(d)), "2022-W12-WE");
  EXPECT_EQ(FormatMoment(MonthOf(d)), "2022-03");
  EXPECT_EQ(FormatMoment(QuarterOf(d)), "2022-Q1");
  EXPECT_EQ(FormatMoment(HalfOf(d)), "2022-H1");
  EXPECT_EQ(FormatMoment(SeasonContaining(d)), "2022-SP");
  EXPECT_EQ(FormatMoment(SeasonContaining({2022, 1, 10})), "2021-WI");
  EXPECT_EQ(FormatMoment(YearOf(2022)), "2022");
  EXPECT_EQ(FormatMoment(DecadeOf(1994)), "199");
  EXPECT_EQ(FormatYearless(3, 4), "XXXX-03-04");
  EXPECT_EQ(FormatYearless(11, 0), "XXXX-11");
}

TEST(Calendar, ShiftsKeepGranularity) {
  EXPECT_EQ(FormatMoment(Shift(MonthOf({2022, 1, 31}), -1, TimeUnit::kMonth)), "2021-12");
  EXPECT_EQ(FormatMoment(Shift(WeekOf({2022, 1, 3}), -1, TimeUnit::kWeek)), "2021-W52");
  EXPECT_EQ(FormatMoment(Shift(DayOf({2020, 2, 29}), 1, TimeUnit::kDay)), "2020-03-01");
  // A day shifted by years keeps only its month.
  EXPECT_EQ(FormatMoment(Shift(DayOf({2017, 3, 4}), 1, TimeUnit::kYear)), "2018-03");
  EXPECT_EQ(FormatMoment(Shift(QuarterOf({2022, 1, 5}), -1, TimeUnit::kQuarter)), "2021-Q4");
}

TEST(Calendar, AddMonthsClampsTheDay) {
  EXPECT_EQ(FormatIsoDate(AddMonths({2022, 1, 31}, 1)), "2022-02-28");
  EXPECT_EQ(FormatIsoDate(AddMonths({2024, 1, 31}, 1)), "2024-02-29");
  EXPECT_EQ(FormatIsoDate(AddMonths({2022, 3, 15}, -15)), "2020-12-15");
}

TEST(Calendar, ChooseOccurrencePrefersThePast) {
  const CivilDate anchor{2022, 3, 23};
  auto month = [](int m) { return [m](int y) { return MonthOf({y, m, 1}); }; };
  // Five months back beats five months ahead (later ones count double).
  EXPECT_EQ(FormatMoment(ChooseOccurrence(anchor, false, month(10))), "2021-10");
  EXPECT_EQ(FormatMoment(ChooseOccurrence(anchor, false, month(8))), "2021-08");
  // Next month is close enough to win even at double distance.
  EXPECT_EQ(FormatMoment(ChooseOccurrence(anchor, false, month(4))), "2022-04");
  // A future cue takes the first occurrence not over yet; a past cue the last one begun.
  EXPECT_EQ(FormatMoment(ChooseOccurrence(anchor, true, month(2))), "2023-02");
  EXPECT_EQ(FormatMoment(ChooseOccurrence(anchor, true, month(3))), "2022-03");
  EXPECT_EQ(FormatMoment(ChooseOccurrence(anchor, false, month(4), /*past=*/true)), "2021-04");
}

TEST(Calendar, Holidays) {
  EXPECT_EQ(FormatIsoDate(HolidayDate(Holiday::kEaster, 2024)), "2024-03-31");
  EXPECT_EQ(FormatIsoDate(HolidayDate(Holiday::kEaster, 2025)), "2025-04-20");
  EXPECT_EQ(FormatIsoDate(HolidayDate(Holiday::kElectionDayUs, 2016)), "2016-11-08");
  EXPECT_EQ(FormatIsoDate(HolidayDate(Holiday::kElectionDayUs, 2020)), "2020-11-03");
  EXPECT_EQ(FormatIsoDate(HolidayDate(Holiday::kThanksgivingUs, 2016)), "2016-11-24");
  EXPECT_EQ(FormatIsoDate(HolidayDate(Holiday::kMemorialDayUs, 2024)), "2024-05-27");
  EXPECT_EQ(FormatIsoDate(HolidayDate(Holiday::kBlackFriday, 2025)), "2025-11-28");
  EXPECT_EQ(FormatIsoDate(HolidayDate(Holiday::kCyberMonday, 2025)), "2025-12-01");
  EXPECT_EQ(FormatIsoDate(HolidayDate(Holiday::kLaborDayUs, 2016)), "2016-09-05");
}

}  // namespace
}  // namespace claimtrace::figures
