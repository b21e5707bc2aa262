// Date parsing by a small hand-written recursive-descent matcher over the input bytes: an
// optional weekday, then one of four cores (ISO numeric, numeric day-first, month-first,
// day-first), then an optional time of day and zone; the longest valid reading wins. Day counts
// use Howard Hinnant's days_from_civil algorithm. Covered by src/core/date_test.cc.
#include "core/date.h"

#include <array>
#include <cstdio>

namespace claimtrace {
namespace {

constexpr size_t kNpos = std::string_view::npos;

bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool IsAsciiAlnum(char c) { return IsDigit(c) || IsAsciiAlpha(c); }
char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// Byte length of a space at s[i] (ASCII space, tab, or U+00A0), else 0.
size_t SpaceAt(std::string_view s, size_t i) {
  if (i >= s.size()) return 0;
  if (s[i] == ' ' || s[i] == '\t') return 1;
  if (s[i] == '\xC2' && i + 1 < s.size() && s[i + 1] == '\xA0') return 2;
  return 0;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (size_t n = SpaceAt(s, i)) i += n;
  return i;
}

// Reads a run of ASCII digits at s[i]; returns its length (0 if none) and the value in *value.
size_t ReadNumber(std::string_view s, size_t i, int* value) {
  size_t n = 0;
  int v = 0;
  while (i + n < s.size() && IsDigit(s[i + n]) && n < 9) {
    v = v * 10 + (s[i + n] - '0');
    ++n;
  }
  if (i + n < s.size() && IsDigit(s[i + n])) return 0;  // absurdly long number
  *value = v;
  return n;
}

size_t ReadWord(std::string_view s, size_t i) {
  size_t n = 0;
  while (i + n < s.size() && IsAsciiAlpha(s[i + n])) ++n;
  return n;
}

bool EqualsLower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t k = 0; k < word.size(); ++k) {
    if (Lower(word[k]) != lower[k]) return false;
  }
  return true;
}

// Month name at s[i] (with an optional trailing '.'); returns bytes consumed, 0 if none.
size_t ReadMonth(std::string_view s, size_t i, int* month) {
  const size_t n = ReadWord(s, i);
  if (n == 0) return 0;
  const int m = MonthFromName(s.substr(i, n));
  if (m == 0) return 0;
  *month = m;
  size_t end = i + n;
  if (end < s.size() && s[end] == '.') ++end;
  return end - i;
}

bool ValidYear(int year) { return year >= 1000 && year <= 2999; }

// Day number 1..31 with an optional ordinal suffix ("4th"); returns bytes consumed.
size_t ReadDay(std::string_view s, size_t i, int* day) {
  int v = 0;
  const size_t n = ReadNumber(s, i, &v);
  if (n == 0 || n > 2 || v < 1 || v > 31) return 0;
  size_t end = i + n;
  const size_t w = ReadWord(s, end);
  if (w == 2) {
    std::string_view suf = s.substr(end, 2);
    if (EqualsLower(suf, "st") || EqualsLower(suf, "nd") || EqualsLower(suf, "rd") ||
        EqualsLower(suf, "th")) {
      end += 2;
    }
  }
  if (end < s.size() && IsAsciiAlnum(s[end])) return 0;
  *day = v;
  return end - i;
}

// A four-digit year at s[i]; returns bytes consumed, 0 if none.
size_t ReadYear(std::string_view s, size_t i, int* year) {
  int v = 0;
  const size_t n = ReadNumber(s, i, &v);
  if (n != 4 || !ValidYear(v)) return 0;
  *year = v;
  return n;
}

// A zone after a time: "Z", "+02:00", "+0200", "+02", "GMT", "UTC+3", "EEST". Returns the end
// index, or i when there is none.
size_t ReadZone(std::string_view s, size_t i) {
  if (i < s.size() && s[i] == 'Z' && (i + 1 >= s.size() || !IsAsciiAlnum(s[i + 1]))) {
    return i + 1;
  }
  size_t j = SkipSpaces(s, i);
  const size_t w = ReadWord(s, j);
  if (w >= 2 && w <= 5) {
    bool upper = true;
    for (size_t k = 0; k < w; ++k) upper = upper && s[j + k] >= 'A' && s[j + k] <= 'Z';
    if (upper) {
      i = j + w;
      j = i;
    } else {
      return i;
    }
  }
  if (j < s.size() && (s[j] == '+' || s[j] == '-' || s[j] == '\xE2')) {
    size_t k = j + 1;
    if (s[j] == '\xE2') {  // U+2212 minus sign
      if (s.substr(j, 3) != "\xE2\x88\x92") return i;
      k = j + 3;
    }
    int v = 0;
    const size_t n = ReadNumber(s, k, &v);
    if (n == 4 || n == 2 || n == 1) {
      k += n;
      if (n <= 2 && k + 2 < s.size() && s[k] == ':' && IsDigit(s[k + 1]) && IsDigit(s[k + 2])) {
        k += 3;
      }
      if (k >= s.size() || !IsAsciiAlnum(s[k])) return k;
    }
  }
  return i;
}

// A time of day at s[i]: "10:00", "10:00:00.123", "9:30 am", "9.30pm" is not accepted.
// Returns the end index (after any zone), or kNpos.
size_t ReadTime(std::string_view s, size_t i, bool allow_ampm) {
  int h = 0, m = 0;
  const size_t hn = ReadNumber(s, i, &h);
  if (hn == 0 || hn > 2 || h > 24) return kNpos;
  size_t k = i + hn;
  if (k >= s.size() || s[k] != ':') return kNpos;
  const size_t mn = ReadNumber(s, k + 1, &m);
  if (mn != 2 || m > 59) return kNpos;
  k += 1 + mn;
  if (k + 2 < s.size() && s[k] == ':' && IsDigit(s[k + 1]) && IsDigit(s[k + 2])) {
    k += 3;
    if (k + 1 < s.size() && (s[k] == '.' || s[k] == ',') && IsDigit(s[k + 1])) {
      ++k;
      while (k < s.size() && IsDigit(s[k])) ++k;
    }
  }
  if (allow_ampm) {
    const size_t j = SkipSpaces(s, k);
    const size_t w = ReadWord(s, j);
    std::string_view word = s.substr(j, w);
    if (EqualsLower(word, "am") || EqualsLower(word, "pm")) {
      k = j + w;
    } else if (w == 1 && (Lower(s[j]) == 'a' || Lower(s[j]) == 'p') && j + 3 < s.size() &&
               s[j + 1] == '.' && Lower(s[j + 2]) == 'm' && s[j + 3] == '.') {
      k = j + 4;
    }
  }
  if (k < s.size() && IsAsciiAlnum(s[k]) && s[k] != 'Z') return kNpos;
  return ReadZone(s, k);
}

// An optional time after a complete date: "T10:00:00Z", " 10:00", ", 10:00 GMT", " at 10:00".
size_t ReadTimeSuffix(std::string_view s, size_t i, bool* has_time) {
  if (i < s.size() && s[i] == 'T') {
    const size_t end = ReadTime(s, i + 1, false);
    if (end != kNpos) {
      *has_time = true;
      return end;
    }
    return i;
  }
  size_t j = i;
  if (j < s.size() && s[j] == ',') ++j;
  const size_t sp = SkipSpaces(s, j);
  if (sp == j) return i;
  j = sp;
  const size_t w = ReadWord(s, j);
  if (w == 2 && EqualsLower(s.substr(j, 2), "at")) {
    const size_t after = SkipSpaces(s, j + 2);
    if (after == j + 2) return i;
    j = after;
  }
  const size_t end = ReadTime(s, j, true);
  if (end == kNpos) return i;
  *has_time = true;
  return end;
}

// The end of a ", " / " " / "," separator before a year, or kNpos.
size_t YearSeparator(std::string_view s, size_t i) {
  size_t j = i;
  if (j < s.size() && s[j] == ',') ++j;
  const size_t sp = SkipSpaces(s, j);
  if (sp == i) return kNpos;  // no separator at all
  return sp;
}

struct Reading {
  size_t end = 0;
  int year = 0, month = 0, day = 0;
  bool has_time = false;
};

bool BetterThan(const std::optional<Reading>& a, const std::optional<Reading>& b) {
  if (!a) return false;
  if (!b) return true;
  return a->end > b->end;
}

// 2017-07-18, 2017/07/18, 2017.07.18 (+ time).
std::optional<Reading> ReadIso(std::string_view s, size_t i) {
  int y = 0, m = 0, d = 0;
  const size_t yn = ReadNumber(s, i, &y);
  if (yn != 4 || y < 1) return std::nullopt;
  size_t k = i + 4;
  if (k >= s.size() || (s[k] != '-' && s[k] != '/' && s[k] != '.')) return std::nullopt;
  const char sep = s[k];
  const size_t mn = ReadNumber(s, k + 1, &m);
  if (mn == 0 || mn > 2) return std::nullopt;
  k += 1 + mn;
  if (k >= s.size() || s[k] != sep) return std::nullopt;
  const size_t dn = ReadNumber(s, k + 1, &d);
  if (dn == 0 || dn > 2) return std::nullopt;
  k += 1 + dn;
  if (!IsValidDate(y, m, d)) return std::nullopt;
  Reading r{k, y, m, d, false};
  r.end = ReadTimeSuffix(s, k, &r.has_time);
  return r;
}

// 18.07.2017 (day first), 25/12/2017 or 12/25/2017 when unambiguous.
std::optional<Reading> ReadNumericDayFirst(std::string_view s, size_t i) {
  int a = 0, b = 0, y = 0;
  const size_t an = ReadNumber(s, i, &a);
  if (an == 0 || an > 2) return std::nullopt;
  size_t k = i + an;
  if (k >= s.size() || (s[k] != '.' && s[k] != '/')) return std::nullopt;
  const char sep = s[k];
  const size_t bn = ReadNumber(s, k + 1, &b);
  if (bn == 0 || bn > 2) return std::nullopt;
  k += 1 + bn;
  if (k >= s.size() || s[k] != sep) return std::nullopt;
  const size_t yn = ReadNumber(s, k + 1, &y);
  if (yn != 4 || !ValidYear(y)) return std::nullopt;
  k += 1 + yn;
  int day = a, month = b;
  if (sep == '/') {
    if (a > 12 && b <= 12) {
      day = a, month = b;
    } else if (b > 12 && a <= 12) {
      day = b, month = a;
    } else if (a != b) {
      return std::nullopt;  // 3/4/2022: March 4 or 3 April? Refuse to guess.
    }
  }
  if (!IsValidDate(y, month, day)) return std::nullopt;
  Reading r{k, y, month, day, false};
  r.end = ReadTimeSuffix(s, k, &r.has_time);
  return r;
}

// The day and month end at `k`; a year may follow (", 2017" / " 2017"), then a time.
// Without a valid year the reading is partial (year 0).
Reading WithOptionalYear(std::string_view s, size_t k, int month, int day) {
  if (size_t sep = YearSeparator(s, k); sep != kNpos) {
    int y = 0;
    if (size_t yn = ReadYear(s, sep, &y); yn > 0) {
      const size_t end = sep + yn;
      if ((end >= s.size() || !IsAsciiAlnum(s[end])) && IsValidDate(y, month, day)) {
        Reading full{end, y, month, day, false};
        full.end = ReadTimeSuffix(s, end, &full.has_time);
        return full;
      }
    }
  }
  return Reading{k, 0, month, day, false};
}

// July 18, 2017 / July 18 / July 2017 / Jul 18 10:00:00 2017 (asctime).
std::optional<Reading> ReadMonthFirst(std::string_view s, size_t i) {
  int month = 0;
  const size_t mn = ReadMonth(s, i, &month);
  if (mn == 0) return std::nullopt;
  size_t k = i + mn;
  if (k < s.size() && IsAsciiAlnum(s[k])) return std::nullopt;
  const size_t after_month = k;
  // Month-year: "March 2022", "March, 2022".
  std::optional<Reading> month_year;
  if (size_t sep = YearSeparator(s, k); sep != kNpos) {
    int y = 0;
    if (size_t yn = ReadYear(s, sep, &y);
        yn > 0 && (sep + yn >= s.size() || !IsAsciiAlnum(s[sep + yn]))) {
      month_year = Reading{sep + yn, y, month, 0, false};
    }
  }
  const size_t sp = SkipSpaces(s, after_month);
  if (sp == after_month) return month_year;
  int day = 0;
  const size_t dn = ReadDay(s, sp, &day);
  if (dn == 0 || day > DaysInMonth(2000, month)) return month_year;
  k = sp + dn;
  // asctime: "Jul 18 10:00:00 2017".
  if (size_t t = SkipSpaces(s, k); t > k) {
    const size_t tend = ReadTime(s, t, false);
    if (tend != kNpos) {
      const size_t ysp = SkipSpaces(s, tend);
      int y = 0;
      if (ysp > tend) {
        if (size_t yn = ReadYear(s, ysp, &y); yn > 0 && IsValidDate(y, month, day)) {
          return Reading{ysp + yn, y, month, day, true};
        }
      }
    }
  }
  return WithOptionalYear(s, k, month, day);
}

// 18 July 2017 / 18th of July, 2017 / 18 July / 18-Jul-17 (RFC 850) / 18-Jul-2017.
std::optional<Reading> ReadDayFirst(std::string_view s, size_t i) {
  int day = 0;
  const size_t dn = ReadDay(s, i, &day);
  if (dn == 0) {
    // ReadDay refuses "18-..." only when followed by alnum; '-' is fine. Nothing else to try.
    return std::nullopt;
  }
  size_t k = i + dn;
  int month = 0;
  if (k < s.size() && s[k] == '-') {  // 18-Jul-17
    const size_t mn = ReadMonth(s, k + 1, &month);
    if (mn == 0 || k + 1 + mn >= s.size() || s[k + 1 + mn] != '-') return std::nullopt;
    size_t yk = k + 2 + mn;
    int y = 0;
    const size_t yn = ReadNumber(s, yk, &y);
    if (yn == 2) {
      y += (y < 70) ? 2000 : 1900;  // RFC 6265 two-digit year window
    } else if (yn != 4) {
      return std::nullopt;
    }
    if (!IsValidDate(y, month, day)) return std::nullopt;
    Reading r{yk + yn, y, month, day, false};
    r.end = ReadTimeSuffix(s, r.end, &r.has_time);
    return r;
  }
  size_t sp = SkipSpaces(s, k);
  if (sp == k) return std::nullopt;
  if (size_t w = ReadWord(s, sp); w == 2 && EqualsLower(s.substr(sp, 2), "of")) {
    const size_t after = SkipSpaces(s, sp + 2);
    if (after == sp + 2) return std::nullopt;
    sp = after;
  }
  const size_t mn = ReadMonth(s, sp, &month);
  if (mn == 0) return std::nullopt;
  k = sp + mn;
  if (k < s.size() && IsAsciiAlnum(s[k])) return std::nullopt;
  if (day > DaysInMonth(2000, month)) return std::nullopt;
  return WithOptionalYear(s, k, month, day);
}

std::optional<Reading> ReadCore(std::string_view s, size_t i) {
  std::optional<Reading> best;
  for (auto reader : {ReadIso, ReadNumericDayFirst, ReadMonthFirst, ReadDayFirst}) {
    std::optional<Reading> r = reader(s, i);
    if (r && (r->end >= s.size() || !IsAsciiAlnum(s[r->end])) && BetterThan(r, best)) best = r;
  }
  return best;
}

}  // namespace

bool IsLeapYear(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int DaysInMonth(int year, int month) {
  static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (month < 1 || month > 12) return 0;
  if (month == 2 && IsLeapYear(year)) return 29;
  return kDays[month - 1];
}

bool IsValidDate(int year, int month, int day) {
  return year >= 1 && year <= 9999 && day >= 1 && day <= DaysInMonth(year, month);
}

int64_t DaysFromCivil(const CivilDate& date) {
  int64_t y = date.year;
  const int64_t m = date.month;
  const int64_t d = date.day;
  y -= m <= 2;
  const int64_t era = (y >= 0 ? y : y - 399) / 400;
  const int64_t yoe = y - era * 400;
  const int64_t doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate CivilFromDays(int64_t z) {
  z += 719468;
  const int64_t era = (z >= 0 ? z : z - 146096) / 146097;
  const int64_t doe = z - era * 146097;
  const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const int64_t y = yoe + era * 400;
  const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const int64_t mp = (5 * doy + 2) / 153;
  const int64_t d = doy - (153 * mp + 2) / 5 + 1;
  const int64_t m = mp + (mp < 10 ? 3 : -9);
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int IsoWeekday(const CivilDate& date) {
  const int64_t z = DaysFromCivil(date);  // 1970-01-01 was a Thursday (4)
  int64_t w = (z + 3) % 7;
  if (w < 0) w += 7;
  return static_cast<int>(w) + 1;
}

int MonthFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 12> kFull = {
      "january", "february", "march",     "april",   "may",      "june",
      "july",    "august",   "september", "october", "november", "december"};
  if (!name.empty() && name.back() == '.') name.remove_suffix(1);
  if (name.size() < 3 || name.size() > 9) return 0;
  for (int m = 0; m < 12; ++m) {
    if (EqualsLower(name, kFull[m])) return m + 1;
    if (name.size() == 3 && EqualsLower(name, kFull[m].substr(0, 3))) return m + 1;
  }
  if (EqualsLower(name, "sept")) return 9;
  return 0;
}

int WeekdayFromName(std::string_view name) {
  static constexpr std::array<std::string_view, 7> kFull = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"};
  if (!name.empty() && name.back() == '.') name.remove_suffix(1);
  if (name.size() < 3 || name.size() > 9) return 0;
  for (int d = 0; d < 7; ++d) {
    if (EqualsLower(name, kFull[d])) return d + 1;
    if (name.size() == 3 && EqualsLower(name, kFull[d].substr(0, 3))) return d + 1;
  }
  if (EqualsLower(name, "tues")) return 2;
  if (EqualsLower(name, "thur") || EqualsLower(name, "thurs")) return 4;
  return 0;
}

std::optional<DateMatch> MatchDate(std::string_view text, size_t pos) {
  if (pos >= text.size()) return std::nullopt;
  if (pos > 0 && IsAsciiAlnum(text[pos - 1])) return std::nullopt;
  std::optional<Reading> best;
  bool weekday = false;
  // Optional weekday: "Friday, ", "Fri ", "Tue, ".
  if (size_t w = ReadWord(text, pos); w > 0 && WeekdayFromName(text.substr(pos, w)) != 0) {
    size_t k = pos + w;
    if (k < text.size() && text[k] == '.') ++k;
    if (k < text.size() && text[k] == ',') ++k;
    const size_t sp = SkipSpaces(text, k);
    if (sp > k || (sp == k && k > pos + w)) {
      best = ReadCore(text, sp);
      weekday = best.has_value();
    }
  }
  if (!best) best = ReadCore(text, pos);
  if (!best) return std::nullopt;
  DateMatch m;
  m.length = best->end - pos;
  m.year = best->year;
  m.month = best->month;
  m.day = best->day;
  m.has_weekday = weekday;
  m.has_time = best->has_time;
  return m;
}

std::optional<CivilDate> ParseDate(std::string_view text) {
  size_t b = SkipSpaces(text, 0);
  size_t e = text.size();
  while (e > b && (text[e - 1] == ' ' || text[e - 1] == '\t' || text[e - 1] == '\n' ||
                   text[e - 1] == '\r')) {
    --e;
  }
  while (b < e && (text[b] == '\n' || text[b] == '\r')) ++b;
  std::string_view s = text.substr(b, e - b);
  std::optional<DateMatch> m = MatchDate(s, 0);
  if (!m || !m->complete() || SkipSpaces(s, m->length) != s.size()) return std::nullopt;
  return m->date();
}

std::string FormatIsoDate(const CivilDate& date) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buf;
}

std::optional<std::string> NormalizeDate(std::string_view text) {
  std::optional<CivilDate> d = ParseDate(text);
  if (!d) return std::nullopt;
  return FormatIsoDate(*d);
}

}  // namespace claimtrace
