// TimeScanner: the time-expression grammar's scanner for one sentence (internal to
// src/figures; the public entry point is FindTimeMentions in time_grammar.h).
//
// Run() walks the sentence's tokens left to right and, at each token, tries the matchers in
// a fixed order (MatchAny); the first match is emitted and scanning resumes after it, so
// mentions never overlap. The matchers live in three files by concept: time_day_matchers.cc
// (times of day, absolute dates, weekdays, relative days, holidays), time_span_matchers.cc
// (sets, durations, number + unit, "the past week" phrases, bare plurals) and
// time_period_matchers.cc (this/last/next periods, months, seasons, quarters, years, decades,
// centuries, PRESENT_REF words). A scanner borrows the view and the output vector for one
// sentence; it is not shared between threads.
//
//   TimeScanner(view, sentence_index, first_token, end_token, &mentions).Run();
#ifndef CLAIMTRACE_FIGURES_TIME_SCANNER_H_
#define CLAIMTRACE_FIGURES_TIME_SCANNER_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "figures/lexicon.h"
#include "figures/time_grammar.h"
#include "figures/token_view.h"

namespace claimtrace::figures {

// A four-digit year 1000..2100 written as a bare number token.
inline bool IsYearNumeral(const TokenView& v, size_t i, int* year) {
  if (!v.IsNumber(i)) return false;
  const std::string_view t = v.Text(i);
  if (t.size() != 4) return false;
  int y = 0;
  for (char c : t) {
    if (c < '0' || c > '9') return false;
    y = y * 10 + (c - '0');
  }
  if (y < 1000 || y > 2100) return false;
  *year = y;
  return true;
}

// A plain small integer token ("15"), or -1.
inline int SmallInt(const TokenView& v, size_t i, int max) {
  if (!v.IsNumber(i)) return -1;
  const std::string_view t = v.Text(i);
  if (t.empty() || t.size() > 3) return -1;
  int x = 0;
  for (char c : t) {
    if (c < '0' || c > '9') return -1;
    x = x * 10 + (c - '0');
  }
  return x <= max ? x : -1;
}

inline bool IsAmPm(const TokenView& v, size_t i) {
  const std::string_view w = v.Lower(i);
  return w == "a.m." || w == "p.m." || w == "am" || w == "pm" || w == "a.m" || w == "p.m";
}

inline bool IsPm(const TokenView& v, size_t i) {
  return !v.Lower(i).empty() && v.Lower(i)[0] == 'p';
}

inline bool IsPossessive(const TokenView& v, size_t i) { return v.Is(i, "'s") || v.Is(i, "’s"); }

class TimeScanner {
 public:
  TimeScanner(const TokenView& v, uint32_t sentence, size_t b, size_t e,
              std::vector<TimeMention>* out)
      : v_(v), sentence_(sentence), b_(b), e_(e), out_(out) {}

  void Run();

 private:
  void Emit(TimeMention& m);

  // A recurring time of day (no day of its own): see time_grammar.cc.
  bool RecurringTimeOfDay(const TimeMention& m) const;

  // A qualifier before an amount of time: widens the span and sets the TIMEX3 mod.
  void AttachQualifier(TimeMention* m) const;

  bool Cap(size_t i) const { return v_.Capitalized(i); }

  bool In(size_t i) const { return i >= b_ && i < e_; }

  bool Is(size_t i, std::string_view w) const { return In(i) && v_.Is(i, w); }

  uint64_t Cls(size_t i) const { return In(i) ? v_.Cls(i) : 0; }

  // A future cue governs [begin, end): a modal/plan word before it in the same clause with no
  // past-tense verb in between, or "will"/"is due" right after it.
  bool FutureContext(size_t begin, size_t end) const { return Tense(begin, end) > 0; }

  // +1 future, -1 past, 0 unknown: the nearest tense cue before the expression in its clause
  // (a modal or plan word; a past-tense or reporting verb, "since", a lower-case -ed word),
  // else "will"/"is due" right after it.
  int Tense(size_t begin, size_t end) const;

  // "to meet again in two weeks": an infinitive before the expression in its clause.
  bool InfinitiveBefore(size_t begin) const;

  // A capitalised time word inside a name: "Breitbart News Daily", "USA TODAY", "LA Weekly".
  bool InName(size_t i) const;

  // Whether a time expression can start at token i (a cheap filter before the matchers).
  bool MayStart(size_t i) const;

  bool MatchAny(size_t i, TimeMention* m);

  // Expressions that can carry a modifier in front ("early", "late", "mid-", "the end of").
  bool MatchModifiable(size_t i, TimeMention* m);

  bool MatchModified(size_t i, TimeMention* m);

  // "10 a.m.", "10:30 p.m. GMT", "noon", "7pm", optionally followed by a day ("on Friday").
  bool MatchTimeOfDay(size_t i, TimeMention* m, bool attach_day);

  // An optional time of day after a day: "Friday at 10 a.m.", "Wednesday, 3pm".
  void AttachTime(TimeMention* m);

  // A part of day after a day word: "Saturday night", "yesterday morning".
  void AttachPartOfDay(TimeMention* m);

  bool MatchDayish(size_t i, TimeMention* m, bool attach_time = true);

  // Token index of the first token starting at or after byte `pos` (within the sentence).
  size_t TokenAtByte(size_t from, uint32_t pos) const;

  bool MatchAbsoluteDate(size_t i, TimeMention* m);

  // "March 4 last year", "May of 2019", "June this year".
  void ReadYearSuffix(TimeMention* m);

  bool MatchSecondDay(size_t i, const TimeMention& first, TimeMention* m);

  bool MatchSecondYear(size_t i, const TimeMention& first, TimeMention* m);

  bool MatchWeekday(size_t i, TimeMention* m);

  bool MatchShortSlashDate(size_t i, TimeMention* m);

  // "today" meaning nowadays (PRESENT_REF), not the publication day.
  bool GenericToday(size_t i) const;

  bool MatchRelDay(size_t i, TimeMention* m);

  bool MatchHoliday(size_t i, TimeMention* m);

  // Sets: "every week", "each Monday", "every two years", "daily", "per year", "once a week",
  // "$6bn a year" ("a"/"per" + unit after a quantity).
  bool MatchSet(size_t i, TimeMention* m);

  static std::string FormatCount(double n);

  // TIMEX3 duration value: P4W, PT3H, P10Y, PXY (vague), P2W for a fortnight.
  static std::string DurationValue(double n, TimeUnit unit, bool vague);

  // Reads "N unit" at i: a cardinal, "a"/"an"/"one", a vague word ("several", "a few"), or
  // an adjectival compound ("five-year", "20-year"). Sets *n (or *vague), *unit, *unit_tok.
  bool ReadAmountUnit(size_t i, double* n, bool* vague, TimeUnit* unit, size_t* unit_tok,
                      bool* adjectival);

  // Number + unit expressions: durations ("four weeks"), "two days ago", "a year later",
  // "in two weeks", "a year after the invasion", "the past 24 hours".
  bool MatchQuantified(size_t i, TimeMention* m);

  // Phrases starting with "the": "the past week", "the last 24 hours", "the next three months",
  // "the previous week", "the following day", "the next day", "the same month last year",
  // "the day before" (at a clause end), "the weekend", "the 1990s" (left to MatchDecade).
  bool MatchThePhrase(size_t i, TimeMention* m);

  // this/last/next + week/weekend/month/year/quarter/decade; "the current year".
  bool MatchRelPeriod(size_t i, TimeMention* m);

  bool MonthWordOk(size_t j) const;

  bool MatchMonth(size_t i, TimeMention* m);

  bool MatchSeason(size_t i, TimeMention* m);

  bool IsYearNumeralAt(size_t k) const;

  // "the third quarter", "Q3 2022", "third-quarter", "the first half of 2022", "last quarter".
  bool MatchQuarter(size_t i, TimeMention* m);

  bool MatchYear(size_t i, TimeMention* m);

  bool MatchDecade(size_t i, TimeMention* m);

  // "for years", "months of talks", "decades", "years ago" (PAST_REF); "weekdays"/"weekends"
  // (sets); "hourlong", "yearlong" (durations).
  bool MatchBarePlural(size_t i, TimeMention* m);

  // "the 20th century", "21st-century", "the sixties".
  bool MatchCentury(size_t i, TimeMention* m);

  // now/currently/nowadays -> PRESENT_REF; recently/lately -> PAST_REF; soon -> FUTURE_REF.
  bool MatchRef(size_t i, TimeMention* m);

  const TokenView& v_;
  uint32_t sentence_;
  size_t b_, e_;
  std::vector<TimeMention>* out_;
};

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_TIME_SCANNER_H_
