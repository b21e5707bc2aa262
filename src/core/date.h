// Calendar dates: reading the date forms news inputs use and writing them as YYYY-MM-DD.
//
// ParseDate reads a whole string that names one calendar day with its year: ISO 8601
// ("2017-07-18", "2017-07-18T10:00:00Z", "2017-07-18 10:00:00+02:00"), "July 18, 2017",
// "Jul. 18 2017", "18 July 2017", "18th of July, 2017", each with an optional weekday
// ("Friday, July 21, 2017"), HTTP/WARC dates (RFC 1123 "Tue, 18 Jul 2017 10:00:00 GMT", RFC 850
// "Tuesday, 18-Jul-17 10:00:00 GMT", asctime "Tue Jul 18 10:00:00 2017"), "18.07.2017" and
// "2017/07/18"; slashed day/month forms only when unambiguous ("25/12/2017"). A time or UTC
// offset after the date is accepted and ignored: the result is the calendar day as written, not
// converted to UTC. MatchDate finds the longest date expression at a position of running text,
// including partial ones ("March 4" without a year, "March 2022" without a day), for datelines
// and time expressions. Month and weekday names are English, any letter case.
// Pure functions, no state: thread-safe.
//
//   std::optional<CivilDate> d = ParseDate("Friday, July 21, 2017");
//   std::string iso = FormatIsoDate(*d);  // "2017-07-21"
#ifndef CLAIMTRACE_CORE_DATE_H_
#define CLAIMTRACE_CORE_DATE_H_

#include <compare>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimtrace {

// A day of the proleptic Gregorian calendar. Valid dates have year 1..9999.
struct CivilDate {
  int year = 0;
  int month = 0;  // 1..12
  int day = 0;    // 1..31
  friend auto operator<=>(const CivilDate&, const CivilDate&) = default;
};

bool IsLeapYear(int year);
// 28..31, or 0 for a month outside 1..12.
int DaysInMonth(int year, int month);
bool IsValidDate(int year, int month, int day);

// Days since 1970-01-01 (negative before), and back. Handy for "two days later" arithmetic.
int64_t DaysFromCivil(const CivilDate& date);
CivilDate CivilFromDays(int64_t days);
// ISO weekday: 1 = Monday ... 7 = Sunday.
int IsoWeekday(const CivilDate& date);

// 1..12 for an English month name or abbreviation ("Jan", "jan.", "Sept", "SEPTEMBER"), else 0.
int MonthFromName(std::string_view name);
// 1..7 (Monday..Sunday) for an English weekday name or abbreviation ("Fri", "Thurs."), else 0.
int WeekdayFromName(std::string_view name);

// The date named by all of `text` (surrounding spaces allowed), or nullopt when `text` is not
// exactly one full date with year, month and day.
std::optional<CivilDate> ParseDate(std::string_view text);

// "YYYY-MM-DD" (years below 1000 are zero-padded).
std::string FormatIsoDate(const CivilDate& date);

// ParseDate + FormatIsoDate: "18 July 2017" -> "2017-07-18"; nullopt when unparseable.
std::optional<std::string> NormalizeDate(std::string_view text);

// A date expression found in running text by MatchDate.
struct DateMatch {
  size_t length = 0;         // bytes matched, starting at the position given to MatchDate
  int year = 0;              // 0 when the text gives no year ("March 4")
  int month = 0;             // 1..12, always set
  int day = 0;               // 0 when the text gives no day ("March 2022")
  bool has_weekday = false;  // a weekday name came first ("Friday, July 21, 2017")
  bool has_time = false;     // a time of day (and maybe a zone) followed and is in `length`

  bool complete() const { return year != 0 && day != 0; }
  CivilDate date() const { return {year, month, day}; }
};

// The longest date expression starting exactly at text[pos], or nullopt. It must not start or
// end inside a word or number. Accepts everything ParseDate does, plus "March 4", "4 March",
// "March 2022" and "Sept. 2022". Bare numbers ("2022", "4/3") are never dates here.
std::optional<DateMatch> MatchDate(std::string_view text, size_t pos = 0);

}  // namespace claimtrace

#endif  // CLAIMTRACE_CORE_DATE_H_
