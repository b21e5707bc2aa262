// Time normalisation: turns TimeMentions into TIMEX3 values against an anchor (the
// publication date) and a running reference time (the last date the text mentioned), and
// infers the publication date from the text when none was given.
//
// Rules (also in docs/quality.md): weekdays without "next"/"last" are the latest such day on
// or before the anchor, or the first on or after it when a future cue governs the expression;
// year-less dates and months take the occurrence nearest the anchor with later occurrences
// counting double (first occurrence not yet over under a future cue); "a year later", "the
// next day", "the previous week", "that year" shift the reference time; expressions anchored
// on an event ("two days after the invasion") get no value. Without an anchor, relative
// expressions get no value and year-less dates come out as "XXXX-MM-DD".
// Pure functions; thread-safe.
//
//   std::vector<std::optional<std::string>> values = ResolveTimes(mentions, CivilDate{2022, 3,
//   23});
#ifndef CLAIMTRACE_FIGURES_TIME_RESOLVER_H_
#define CLAIMTRACE_FIGURES_TIME_RESOLVER_H_

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "figures/time_grammar.h"

namespace claimtrace::figures {

// One value per mention (nullopt: no value).
std::vector<std::optional<std::string>> ResolveTimes(const std::vector<TimeMention>& mentions,
                                                     const std::optional<CivilDate>& anchor);

// The publication date the text itself gives: the first complete date (day, month and year)
// within the first kDatelineBytes bytes (a dateline or byline), otherwise the latest complete
// date mentioned anywhere outside a future context (captions, "on May 9, 2022"). nullopt when
// the text has no complete date.
inline constexpr uint32_t kDatelineBytes = 300;
std::optional<CivilDate> InferPublished(const std::vector<TimeMention>& mentions);

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_TIME_RESOLVER_H_
