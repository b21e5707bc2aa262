// Time normalisation, one mention at a time in text order. Each mention kind has one rule
// (see time_resolver.h); a resolved date becomes the reference for later anaphoric
// expressions, and an explicit year or day in a sentence is reused for year-less dates and
// bare times of day in the same sentence. Covered by the Times.* tests in
// time_extractor_test.cc (one per resolution rule).
#include "figures/time_resolver.h"

#include <cstdio>

namespace claimtrace::figures {
namespace {

int WeekdayDelta(int from, int to) { return ((to - from) % 7 + 7) % 7; }

// A year-less date takes the year of an explicit year at most this many tokens before it in
// the same sentence ("In 2017, he was arrested on March 4").
constexpr uint32_t kYearReach = 8;

struct State {
  std::optional<CivilDate> anchor;
  std::optional<Moment> ref;  // the last date-like time mentioned
  uint32_t sentence = UINT32_MAX;
  int sentence_year = 0;                  // explicit year mentioned just before, same sentence
  uint32_t sentence_year_end = 0;         // token after that year mention
  std::optional<CivilDate> sentence_day;  // day-precise date earlier in this sentence
  std::optional<CivilDate> last_day;      // the last day-precise date named anywhere before
};

Moment MakeAbsolute(int year, int month, int day) {
  if (month > 0 && day > 0) return DayOf({year, month, day});
  if (month > 0) return MonthOf({year, month, 1});
  return YearOf(year);
}

std::optional<Moment> ResolveMoment(const TimeMention& m, State& st,
                                    std::optional<std::string>* special) {
  const std::optional<CivilDate>& a = st.anchor;
  switch (m.kind) {
    case MentionKind::kAbsolute: {
      if (m.year > 0) return MakeAbsolute(m.year, m.month, m.day);
      if (m.dir == 9) {  // "June last year"
        if (!a) return std::nullopt;
        return MakeAbsolute(a->year + m.n, m.month, m.day);
      }
      if (m.month == 0) return std::nullopt;
      if (st.sentence_year > 0 && !m.future && m.begin <= st.sentence_year_end + kYearReach) {
        return MakeAbsolute(st.sentence_year, m.month, m.day);
      }
      if (!a) {
        *special = FormatYearless(m.month, m.day);
        return std::nullopt;
      }
      if (m.day > 0 && !IsValidDate(a->year, m.month, m.day) && m.month == 2 && m.day == 29) {
        // Feb 29: take the nearest leap year at or before the anchor's year.
        int y = a->year;
        while (!IsLeapYear(y)) --y;
        return DayOf({y, 2, 29});
      }
      return ChooseOccurrence(
          *a, m.future, [&](int y) { return MakeAbsolute(y, m.month, m.day); }, m.past);
    }
    case MentionKind::kDecade:
      return DecadeOf(m.year);
    case MentionKind::kWeekday: {
      if (!a) return std::nullopt;
      const int wa = IsoWeekday(*a);
      int64_t delta = 0;
      if (m.dir == -1) {
        delta = -WeekdayDelta(m.weekday, wa);
        if (delta == 0) delta = -7;
      } else if (m.dir == 1) {
        delta = WeekdayDelta(wa, m.weekday);
        if (delta == 0) delta = 7;
      } else if (m.dir == 2) {
        delta = m.weekday - wa;
      } else if (m.future) {
        delta = WeekdayDelta(wa, m.weekday);
      } else {
        delta = -WeekdayDelta(m.weekday, wa);
      }
      return DayOf(AddDays(*a, delta));
    }
    case MentionKind::kRelDay:
      if (!a) return std::nullopt;
      return DayOf(AddDays(*a, m.n));
    case MentionKind::kRelPeriod: {
      if (!a) return std::nullopt;
      if (m.weekend) {
        if (m.dir == 5) {  // "the weekend": this week's if it has begun or is ahead by tense
          const int wa = IsoWeekday(*a);
          if (wa >= 6 || m.future) return WeekendOf(*a);
          return WeekendOf(AddDays(*a, -7));
        }
        // "took place this weekend" written on a weekday: the weekend just gone.
        if (m.n == 0 && m.past && IsoWeekday(*a) < 6) return WeekendOf(AddDays(*a, -7));
        return WeekendOf(AddDays(*a, 7 * m.n));
      }
      Moment base = PeriodContaining(*a, GranOfUnit(m.unit));
      return Shift(base, m.n, m.unit);
    }
    case MentionKind::kMonthRel: {
      if (!a) return std::nullopt;
      int y = a->year;
      if (m.dir == -1) {
        y = m.month < a->month ? a->year : a->year - 1;
      } else if (m.dir == 1) {
        y = m.month > a->month ? a->year : a->year + 1;
      }
      return MonthOf({y, m.month, 1});
    }
    case MentionKind::kSeason: {
      if (m.year > 0) return SeasonOf(m.year, m.season);
      if (!a) return std::nullopt;
      const Moment current = SeasonContaining(*a);
      if (m.dir == 2) {
        if (m.season == 4) return SeasonOf(a->month <= 2 ? a->year - 1 : a->year, 4);
        return SeasonOf(a->year, m.season);
      }
      if (m.dir == -1 || m.dir == 1) {
        const int64_t cur = DaysFromCivil(current.start);
        std::optional<Moment> best;
        for (int y = a->year - 2; y <= a->year + 2; ++y) {
          Moment s = SeasonOf(y, m.season);
          const int64_t d = DaysFromCivil(s.start);
          if (m.dir == -1 && d < cur) best = s;  // latest one before the current season
          if (m.dir == 1 && d > cur) return s;   // earliest one after it
        }
        return best;
      }
      return ChooseOccurrence(
          *a, m.future, [&](int y) { return SeasonOf(y, m.season); }, m.past);
    }
    case MentionKind::kQuarter: {
      auto make = [&](int y) {
        if (m.half) return HalfOf({y, m.quarter == 2 ? 7 : 1, 1});
        return QuarterOf({y, (m.quarter - 1) * 3 + 1, 1});
      };
      if (m.year > 0) return make(m.year);
      if (m.dir == 9) {
        if (!a) return std::nullopt;
        Moment base = m.half ? HalfOf(*a) : QuarterOf(*a);
        return Shift(base, m.half ? 2 * m.n : m.n, TimeUnit::kQuarter);
      }
      if (m.dir == 8) {
        if (!a) return std::nullopt;
        return make(a->year + m.n);
      }
      if (st.sentence_year > 0 && !m.future && m.begin <= st.sentence_year_end + kYearReach) {
        return make(st.sentence_year);
      }
      if (!a) return std::nullopt;
      // Quarters and halves are mostly reporting periods: no future reading.
      return ChooseOccurrence(*a, false, make, m.past);
    }
    case MentionKind::kHoliday: {
      auto make = [&](int y) { return DayOf(HolidayDate(m.holiday, y)); };
      if (m.year > 0) return make(m.year);
      if (!a) return std::nullopt;
      if (m.dir == -1) {
        for (int y = a->year; y >= a->year - 1; --y) {
          Moment h = make(y);
          if (CompareToAnchor(h, *a) < 0) return h;
        }
        return make(a->year - 1);
      }
      if (m.dir == 1 || m.dir == 2) return ChooseOccurrence(*a, true, make);
      return ChooseOccurrence(*a, m.future, make, m.past);
    }
    case MentionKind::kAgo:
    case MentionKind::kFromNow: {
      if (!a) return std::nullopt;
      const int n = m.kind == MentionKind::kAgo ? -m.n : m.n;
      if (m.unit == TimeUnit::kHour) return DayOf(AddDays(*a, n / 24));  // "24 hours ago"
      if (IsClockUnit(m.unit)) return DayOf(*a);
      Moment base = PeriodContaining(*a, GranOfUnit(m.unit));
      if (m.unit == TimeUnit::kDecade) base = YearOf(a->year);
      return Shift(base, n, m.unit);
    }
    case MentionKind::kRefShift: {
      if (!st.ref || IsClockUnit(m.unit)) return std::nullopt;
      const Gran ug = GranOfUnit(m.unit);
      if (ug < st.ref->gran) {
        // "the next day" after "in March": only if a day was named earlier on.
        if (ug == Gran::kDay && st.last_day) return DayOf(AddDays(*st.last_day, m.n));
        return std::nullopt;
      }
      if (m.dir == 7) {  // "the next year": a calendar unit, at its own granularity
        return Shift(PeriodContaining(st.ref->start, ug), m.n, m.unit);
      }
      if (m.unit == TimeUnit::kYear) return Shift(*st.ref, m.n, m.unit);
      Moment base = PeriodContaining(st.ref->start, ug);
      return Shift(base, m.n, m.unit);
    }
    case MentionKind::kSameLastYear: {
      if (!st.ref) return std::nullopt;
      const Gran ug = GranOfUnit(m.unit);
      if (ug < st.ref->gran) return std::nullopt;
      return Shift(PeriodContaining(st.ref->start, ug), -1, TimeUnit::kYear);
    }
    case MentionKind::kTimeOnly: {
      // A bare time of day belongs to the day the text last named (same sentence first),
      // unless it recurs ("open until 7pm"): then it has no day ("XXXX-XX-XXT19:00").
      if (m.generic) return std::nullopt;
      if (st.sentence_day) return DayOf(*st.sentence_day);
      if (st.last_day) return DayOf(*st.last_day);
      if (a) return DayOf(*a);
      return std::nullopt;
    }
    case MentionKind::kEventAnchored:
    case MentionKind::kPresentRef:
    case MentionKind::kPastRef:
    case MentionKind::kFutureRef:
    case MentionKind::kPreset:
      return std::nullopt;
  }
  return std::nullopt;
}

}  // namespace

std::vector<std::optional<std::string>> ResolveTimes(const std::vector<TimeMention>& mentions,
                                                     const std::optional<CivilDate>& anchor) {
  std::vector<std::optional<std::string>> out;
  out.reserve(mentions.size());
  State st;
  st.anchor = anchor;
  for (const TimeMention& m : mentions) {
    if (m.sentence != st.sentence) {
      st.sentence = m.sentence;
      st.sentence_year = 0;
      st.sentence_day.reset();
    }
    switch (m.kind) {
      case MentionKind::kPresentRef:
        out.emplace_back("PRESENT_REF");
        continue;
      case MentionKind::kPastRef:
        out.emplace_back("PAST_REF");
        continue;
      case MentionKind::kFutureRef:
        out.emplace_back("FUTURE_REF");
        continue;
      case MentionKind::kPreset:
        out.emplace_back(m.value);
        continue;
      case MentionKind::kEventAnchored:
        out.emplace_back(std::nullopt);
        continue;
      default:
        break;
    }
    std::optional<std::string> special;
    std::optional<Moment> moment = ResolveMoment(m, st, &special);
    if (!moment) {
      if (special && m.hour >= 0) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "T%02d:%02d", m.hour, m.minute);
        *special += buf;
      }
      if (!special && m.kind == MentionKind::kTimeOnly) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "XXXX-XX-XXT%02d:%02d", m.hour, m.minute);
        special = buf;
      }
      out.push_back(special);
      continue;
    }
    std::string value = m.kind == MentionKind::kDecade ? m.value : FormatMoment(*moment);
    if (moment->gran == Gran::kDay) {
      if (m.hour >= 0) {
        char buf[40];
        std::snprintf(buf, sizeof buf, "T%02d:%02d", m.hour, m.minute);
        value += buf;
      } else if (!m.part_of_day.empty()) {
        value += "T";
        value += m.part_of_day;
      }
    }
    out.push_back(std::move(value));
    if (m.kind != MentionKind::kTimeOnly) st.ref = moment;
    if (m.kind == MentionKind::kAbsolute && m.year > 0) {
      st.sentence_year = m.year;
      st.sentence_year_end = m.end;
    }
    if (moment->gran == Gran::kDay && m.kind != MentionKind::kTimeOnly) {
      st.sentence_day = moment->start;
      st.last_day = moment->start;
    }
  }
  return out;
}

std::optional<CivilDate> InferPublished(const std::vector<TimeMention>& mentions) {
  std::optional<CivilDate> latest;
  for (const TimeMention& m : mentions) {
    if (m.kind != MentionKind::kAbsolute || m.year == 0 || m.month == 0 || m.day == 0) continue;
    if (!IsValidDate(m.year, m.month, m.day)) continue;
    const CivilDate d{m.year, m.month, m.day};
    if (m.span.start < kDatelineBytes) return d;
    if (m.future) continue;
    if (!latest || *latest < d) latest = d;
  }
  return latest;
}

}  // namespace claimtrace::figures
