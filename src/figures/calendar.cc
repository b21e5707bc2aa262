// Calendar periods on top of core/date.h's day numbers. ISO weeks: the week containing the
// year's first Thursday is week 1. Easter: the anonymous Gregorian algorithm (Meeus). US
// holidays by their nth-weekday rules. Covered by calendar_test.cc.
#include "figures/calendar.h"

#include <cstdio>

namespace claimtrace::figures {
namespace {

int SeasonStartMonth(int season) {
  return season == 1 ? 3 : season == 2 ? 6 : season == 3 ? 9 : 12;
}

// First day after the period.
CivilDate PeriodEnd(const Moment& m) {
  const CivilDate& s = m.start;
  switch (m.gran) {
    case Gran::kDay:
      return AddDays(s, 1);
    case Gran::kWeek:
      return AddDays(s, 7);
    case Gran::kWeekend:
      return AddDays(s, 2);
    case Gran::kMonth:
      return AddMonths(s, 1);
    case Gran::kSeason:
      return AddMonths(s, 3);
    case Gran::kQuarter:
      return AddMonths(s, 3);
    case Gran::kHalf:
      return AddMonths(s, 6);
    case Gran::kYear:
      return {s.year + 1, 1, 1};
    case Gran::kDecade:
      return {s.year + 10, 1, 1};
    case Gran::kCentury:
      return {s.year + 100, 1, 1};
  }
  return AddDays(s, 1);
}

CivilDate NthWeekday(int year, int month, int weekday, int n) {
  CivilDate first{year, month, 1};
  int delta = (weekday - IsoWeekday(first) + 7) % 7;
  return AddDays(first, delta + 7 * (n - 1));
}

CivilDate LastWeekday(int year, int month, int weekday) {
  CivilDate last{year, month, DaysInMonth(year, month)};
  int delta = (IsoWeekday(last) - weekday + 7) % 7;
  return AddDays(last, -delta);
}

}  // namespace

CivilDate AddDays(const CivilDate& d, int64_t days) {
  return CivilFromDays(DaysFromCivil(d) + days);
}

CivilDate AddMonths(const CivilDate& d, int months) {
  int total = d.year * 12 + (d.month - 1) + months;
  int y = total / 12;
  int m = total % 12 + 1;
  int day = d.day;
  const int dim = DaysInMonth(y, m);
  if (day > dim) day = dim;
  return {y, m, day};
}

void IsoWeek(const CivilDate& d, int* iso_year, int* week) {
  // The Thursday of d's week decides the ISO year.
  const CivilDate thursday = AddDays(d, 4 - IsoWeekday(d));
  *iso_year = thursday.year;
  const int64_t jan1 = DaysFromCivil({thursday.year, 1, 1});
  *week = static_cast<int>((DaysFromCivil(thursday) - jan1) / 7) + 1;
}

Moment DayOf(const CivilDate& d) { return {d, Gran::kDay}; }
Moment WeekOf(const CivilDate& d) { return {AddDays(d, 1 - IsoWeekday(d)), Gran::kWeek}; }
Moment WeekendOf(const CivilDate& d) { return {AddDays(d, 6 - IsoWeekday(d)), Gran::kWeekend}; }
Moment MonthOf(const CivilDate& d) { return {{d.year, d.month, 1}, Gran::kMonth}; }
Moment QuarterOf(const CivilDate& d) {
  return {{d.year, (d.month - 1) / 3 * 3 + 1, 1}, Gran::kQuarter};
}
Moment HalfOf(const CivilDate& d) { return {{d.year, d.month <= 6 ? 1 : 7, 1}, Gran::kHalf}; }
Moment YearOf(int year) { return {{year, 1, 1}, Gran::kYear}; }
Moment DecadeOf(int year) { return {{year - ((year % 10) + 10) % 10, 1, 1}, Gran::kDecade}; }
Moment SeasonOf(int label_year, int season) {
  return {{label_year, SeasonStartMonth(season), 1}, Gran::kSeason};
}
Moment SeasonContaining(const CivilDate& d) {
  if (d.month <= 2) return SeasonOf(d.year - 1, 4);
  if (d.month == 12) return SeasonOf(d.year, 4);
  return SeasonOf(d.year, (d.month - 3) / 3 + 1);
}

Moment PeriodContaining(const CivilDate& d, Gran gran) {
  switch (gran) {
    case Gran::kDay:
      return DayOf(d);
    case Gran::kWeek:
      return WeekOf(d);
    case Gran::kWeekend:
      return WeekendOf(d);
    case Gran::kMonth:
      return MonthOf(d);
    case Gran::kSeason:
      return SeasonContaining(d);
    case Gran::kQuarter:
      return QuarterOf(d);
    case Gran::kHalf:
      return HalfOf(d);
    case Gran::kYear:
      return YearOf(d.year);
    case Gran::kDecade:
      return DecadeOf(d.year);
    case Gran::kCentury:
      return {{d.year - ((d.year % 100) + 100) % 100, 1, 1}, Gran::kCentury};
  }
  return DayOf(d);
}

Gran GranOfUnit(TimeUnit unit) {
  switch (unit) {
    case TimeUnit::kWeek:
    case TimeUnit::kFortnight:
      return Gran::kWeek;
    case TimeUnit::kMonth:
      return Gran::kMonth;
    case TimeUnit::kQuarter:
      return Gran::kQuarter;
    case TimeUnit::kYear:
      return Gran::kYear;
    case TimeUnit::kDecade:
      return Gran::kDecade;
    case TimeUnit::kCentury:
      return Gran::kCentury;
    default:
      return Gran::kDay;
  }
}

Moment Shift(const Moment& m, int n, TimeUnit unit) {
  CivilDate s = m.start;
  switch (unit) {
    case TimeUnit::kSecond:
    case TimeUnit::kMinute:
    case TimeUnit::kHour:
      return m;
    case TimeUnit::kDay:
      s = AddDays(s, n);
      break;
    case TimeUnit::kWeek:
      s = AddDays(s, 7 * n);
      break;
    case TimeUnit::kFortnight:
      s = AddDays(s, 14 * n);
      break;
    case TimeUnit::kMonth:
      s = AddMonths(s, n);
      break;
    case TimeUnit::kQuarter:
      s = AddMonths(s, 3 * n);
      break;
    case TimeUnit::kYear:
      s = AddMonths(s, 12 * n);
      break;
    case TimeUnit::kDecade:
      s = AddMonths(s, 120 * n);
      break;
    case TimeUnit::kCentury:
      s = AddMonths(s, 1200 * n);
      break;
    case TimeUnit::kNone:
      return m;
  }
  Gran g = m.gran;
  if (unit == TimeUnit::kYear && g == Gran::kDay) g = Gran::kMonth;
  if ((unit == TimeUnit::kYear || unit == TimeUnit::kMonth) &&
      (g == Gran::kWeek || g == Gran::kWeekend)) {
    g = Gran::kMonth;
  }
  return PeriodContaining(s, g);
}

std::string FormatMoment(const Moment& m) {
  char buf[32];
  const CivilDate& s = m.start;
  switch (m.gran) {
    case Gran::kDay:
      return FormatIsoDate(s);
    case Gran::kWeek:
    case Gran::kWeekend: {
      int y = 0, w = 0;
      IsoWeek(s, &y, &w);
      std::snprintf(buf, sizeof buf, "%04d-W%02d%s", y, w, m.gran == Gran::kWeekend ? "-WE" : "");
      return buf;
    }
    case Gran::kMonth:
      std::snprintf(buf, sizeof buf, "%04d-%02d", s.year, s.month);
      return buf;
    case Gran::kSeason: {
      static constexpr const char* kNames[] = {"SP", "SU", "FA", "WI"};
      const int idx = s.month == 3 ? 0 : s.month == 6 ? 1 : s.month == 9 ? 2 : 3;
      std::snprintf(buf, sizeof buf, "%04d-%s", s.year, kNames[idx]);
      return buf;
    }
    case Gran::kQuarter:
      std::snprintf(buf, sizeof buf, "%04d-Q%d", s.year, (s.month - 1) / 3 + 1);
      return buf;
    case Gran::kHalf:
      std::snprintf(buf, sizeof buf, "%04d-H%d", s.year, s.month <= 6 ? 1 : 2);
      return buf;
    case Gran::kYear:
      std::snprintf(buf, sizeof buf, "%04d", s.year);
      return buf;
    case Gran::kDecade:
      std::snprintf(buf, sizeof buf, "%03d", s.year / 10);
      return buf;
    case Gran::kCentury:
      std::snprintf(buf, sizeof buf, "%02d", s.year / 100);
      return buf;
  }
  return {};
}

std::string FormatYearless(int month, int day) {
  char buf[40];
  if (day > 0) {
    std::snprintf(buf, sizeof buf, "XXXX-%02d-%02d", month, day);
  } else {
    std::snprintf(buf, sizeof buf, "XXXX-%02d", month);
  }
  return buf;
}

int64_t DistanceDays(const Moment& m, const CivilDate& anchor) {
  const int64_t a = DaysFromCivil(m.start);
  const int64_t b = DaysFromCivil(PeriodEnd(m));
  return (a + b - 1) / 2 - DaysFromCivil(anchor);
}

int CompareToAnchor(const Moment& m, const CivilDate& anchor) {
  const int64_t x = DaysFromCivil(anchor);
  if (DaysFromCivil(PeriodEnd(m)) <= x) return -1;
  if (DaysFromCivil(m.start) > x) return 1;
  return 0;
}

CivilDate HolidayDate(Holiday h, int year) {
  switch (h) {
    case Holiday::kNewYearsDay:
      return {year, 1, 1};
    case Holiday::kNewYearsEve:
      return {year, 12, 31};
    case Holiday::kValentines:
      return {year, 2, 14};
    case Holiday::kEaster: {
      const int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
      const int f = (b + 8) / 25, g = (b - f + 1) / 3, hh = (19 * a + b - d - g + 15) % 30;
      const int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - hh - k) % 7;
      const int m = (a + 11 * hh + 22 * l) / 451;
      const int month = (hh + l - 7 * m + 114) / 31;
      const int day = (hh + l - 7 * m + 114) % 31 + 1;
      return {year, month, day};
    }
    case Holiday::kIndependenceDayUs:
      return {year, 7, 4};
    case Holiday::kHalloween:
      return {year, 10, 31};
    case Holiday::kElectionDayUs:
      return AddDays(NthWeekday(year, 11, 1, 1), 1);
    case Holiday::kThanksgivingUs:
      return NthWeekday(year, 11, 4, 4);
    case Holiday::kChristmasEve:
      return {year, 12, 24};
    case Holiday::kChristmas:
      return {year, 12, 25};
    case Holiday::kBoxingDay:
      return {year, 12, 26};
    case Holiday::kLaborDayUs:
      return NthWeekday(year, 9, 1, 1);
    case Holiday::kMemorialDayUs:
      return LastWeekday(year, 5, 1);
    case Holiday::kBlackFriday:
      return AddDays(NthWeekday(year, 11, 4, 4), 1);
    case Holiday::kCyberMonday:
      return AddDays(NthWeekday(year, 11, 4, 4), 4);
  }
  return {year, 1, 1};
}

}  // namespace claimtrace::figures
