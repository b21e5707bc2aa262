// Calendar arithmetic for time normalisation: a Moment is a period of the calendar (a day, an
// ISO week, a weekend, a month, a quarter, a half, a season, a year, a decade, a century) held
// as its first day plus a granularity, formatted as a TIMEX3 value ("2022-03-23", "2022-W12",
// "2022-W12-WE", "2022-03", "2022-Q1", "2022-H1", "2022-SU", "2022", "202", "20").
// Day arithmetic comes from core/date.h (DaysFromCivil, IsoWeekday). Pure functions,
// thread-safe.
//
//   Moment m = MonthOf({2022, 3, 23});            // 2022-03
//   std::string v = FormatMoment(Shift(m, -1, TimeUnit::kMonth));  // "2022-02"
#ifndef CLAIMTRACE_FIGURES_CALENDAR_H_
#define CLAIMTRACE_FIGURES_CALENDAR_H_

#include <string>

#include "core/date.h"
#include "figures/lexicon.h"

namespace claimtrace::figures {

// Coarseness order matters: a larger value is a coarser period.
enum class Gran : uint8_t {
  kDay,
  kWeek,
  kWeekend,
  kMonth,
  kSeason,
  kQuarter,
  kHalf,
  kYear,
  kDecade,
  kCentury,
};

struct Moment {
  CivilDate start;  // first day of the period (a Monday for weeks, a Saturday for weekends)
  Gran gran = Gran::kDay;
};

CivilDate AddDays(const CivilDate& d, int64_t days);
// Adds months keeping the day when it exists, else the month's last day.
CivilDate AddMonths(const CivilDate& d, int months);
// ISO 8601 week-numbering year and week (1..53) of a day.
void IsoWeek(const CivilDate& d, int* iso_year, int* week);

Moment DayOf(const CivilDate& d);
Moment WeekOf(const CivilDate& d);
Moment WeekendOf(const CivilDate& d);  // the Saturday-Sunday of d's ISO week
Moment MonthOf(const CivilDate& d);
Moment QuarterOf(const CivilDate& d);
Moment HalfOf(const CivilDate& d);
Moment YearOf(int year);
Moment DecadeOf(int year);
// Season 1 spring (Mar-May), 2 summer (Jun-Aug), 3 autumn (Sep-Nov), 4 winter (Dec-Feb, labelled
// with the year of its December).
Moment SeasonOf(int label_year, int season);
// The season containing d.
Moment SeasonContaining(const CivilDate& d);
// The same period type containing d (e.g. Gran::kMonth -> MonthOf(d)).
Moment PeriodContaining(const CivilDate& d, Gran gran);

// Moves a moment by n units. The result keeps the moment's granularity when the unit is at
// least as coarse (2022-03 + 1 year = 2023-03); a day-precise moment shifted by years keeps
// only the month. Shifting by a finer unit than the granularity is done on the start day and
// keeps the granularity.
Moment Shift(const Moment& m, int n, TimeUnit unit);

// TIMEX3 value of a moment.
std::string FormatMoment(const Moment& m);
// "XXXX-MM-DD" / "XXXX-MM" for a month (and day) whose year is unknown (day 0 = month only).
std::string FormatYearless(int month, int day);

// The Gran a time unit names (day -> kDay, fortnight -> kWeek, ...).
Gran GranOfUnit(TimeUnit unit);

// Days between the period's middle and `anchor` (positive when the period is later).
int64_t DistanceDays(const Moment& m, const CivilDate& anchor);
// Whether the period ends before `anchor`, contains it, or starts after it (-1, 0, 1).
int CompareToAnchor(const Moment& m, const CivilDate& anchor);

// Picks the year for a year-less period built by `make(year)`: with `future`, the first
// occurrence that has not ended before the anchor; with `past`, the last one that has begun
// by the anchor; otherwise the occurrence nearest the anchor, where later occurrences count
// double distance (news reports the past more often than the future), ties going to the
// earlier one.
template <typename Make>
Moment ChooseOccurrence(const CivilDate& anchor, bool future, Make make, bool past = false) {
  Moment best = make(anchor.year);
  if (past && !future) {
    for (int y = anchor.year + 1; y >= anchor.year - 1; --y) {
      Moment m = make(y);
      if (CompareToAnchor(m, anchor) <= 0) return m;
    }
    return make(anchor.year - 1);
  }
  if (future) {
    for (int y = anchor.year - 1; y <= anchor.year + 1; ++y) {
      Moment m = make(y);
      if (CompareToAnchor(m, anchor) >= 0) return m;
    }
    return make(anchor.year + 1);
  }
  int64_t best_cost = -1;
  for (int y = anchor.year - 1; y <= anchor.year + 1; ++y) {
    Moment m = make(y);
    int64_t d = DistanceDays(m, anchor);
    if (CompareToAnchor(m, anchor) == 0) d = 0;
    const int64_t cost = d > 0 ? 2 * d : -d;
    if (best_cost < 0 || cost < best_cost) {
      best = m;
      best_cost = cost;
    }
  }
  return best;
}

// Holidays by id; returns false for unknown ids.
enum class Holiday : uint8_t {
  kNewYearsDay,
  kNewYearsEve,
  kValentines,
  kEaster,
  kIndependenceDayUs,
  kHalloween,
  kElectionDayUs,
  kThanksgivingUs,
  kChristmasEve,
  kChristmas,
  kBoxingDay,
  kLaborDayUs,
  kMemorialDayUs,
  kBlackFriday,  // the day after US Thanksgiving
  kCyberMonday,  // the Monday after US Thanksgiving
};
CivilDate HolidayDate(Holiday h, int year);

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_CALENDAR_H_
