// Time-expression detection: finds dates, times of day, durations and sets in a document's
// tokens and describes each as a TimeMention (what was said, not yet what it means). Absolute
// dates are read with core/date.h's MatchDate; everything relative ("last week", "Wednesday",
// "a year later", "two days ago") is recorded with its parts for time_resolver.h to normalise
// against the publication date. Pure function of its inputs; thread-safe.
//
//   std::vector<TimeMention> ms = FindTimeMentions(view, analysis.sentence_tokens);
//   // ms[0].kind == MentionKind::kWeekday, ms[0].weekday == 3 for "on Wednesday"
#ifndef CLAIMTRACE_FIGURES_TIME_GRAMMAR_H_
#define CLAIMTRACE_FIGURES_TIME_GRAMMAR_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "claimtrace/document.h"
#include "figures/calendar.h"
#include "figures/token_view.h"

namespace claimtrace::figures {

enum class MentionKind : uint8_t {
  kAbsolute,       // year/month/day, any of them unknown (0): "March 4", "2014", "May 2022"
  kDecade,         // "the 1990s": value preset
  kWeekday,        // weekday + dir (-1 last, +1 next, 2 this)
  kRelDay,         // today (0), yesterday (-1), tomorrow (+1): n
  kRelPeriod,      // this/last/next + unit: n = offset, unit; "this weekend" uses weekend=true
  kMonthRel,       // "last February": month + dir
  kSeason,         // season (1..4) with year (0 = unknown) or dir
  kQuarter,        // quarter (1..4) or half (half = true) with year or dir/current
  kHoliday,        // holiday with year (0 = unknown) or dir
  kAgo,            // n units before the anchor
  kFromNow,        // n units after the anchor ("in two weeks")
  kRefShift,       // n units after (n < 0: before) the previous time mentioned
  kSameLastYear,   // "the same month last year": unit
  kEventAnchored,  // "a year after the invasion": no value
  kPresentRef,
  kPastRef,
  kFutureRef,
  kPreset,    // duration or set with its value already known ("P4W", "P1D")
  kTimeOnly,  // time of day without a day ("10 p.m.")
};

struct TimeMention {
  uint32_t begin = 0;  // first token
  uint32_t end = 0;    // one past the last token
  ByteSpan span;
  TimeType type = TimeType::kDate;
  MentionKind kind = MentionKind::kAbsolute;
  uint32_t sentence = 0;
  int year = 0, month = 0, day = 0;
  int weekday = 0;
  int dir = 0;
  int n = 0;
  TimeUnit unit = TimeUnit::kNone;
  int season = 0;
  int quarter = 0;
  bool half = false;
  bool weekend = false;
  Holiday holiday = Holiday::kChristmas;
  bool future = false;           // a future cue governs the expression
  bool past = false;             // a past-tense cue governs it
  int hour = -1, minute = 0;     // time of day, when given
  std::string_view part_of_day;  // "MO", "AF", "EV", "NI" when given
  std::string value;             // preset value (durations, sets, decades)
  // TIMEX3 mod (empty: none): START/MID/END from "early"/"mid-"/"late", "the start/middle/end
  // of"; APPROX/MORE_THAN/LESS_THAN/EQUAL_OR_MORE/EQUAL_OR_LESS from a qualifier before an
  // amount ("about 50 hours", "more than two years", "nearly a decade ago").
  std::string_view mod;
  bool generic = false;  // a recurring time of day ("open until 7pm", "weekdays at 6 a.m.")
};

// Finds the time mentions of a document, in text order, never overlapping.
std::vector<TimeMention> FindTimeMentions(
    const TokenView& v, const std::vector<std::pair<uint32_t, uint32_t>>& sentence_tokens);

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_TIME_GRAMMAR_H_
