// Time grammar, span matchers: sets ("every week", "daily", "$6bn a year"), number + unit
// expressions (durations "four weeks", "two days ago", "a year later", "in two weeks", ranges
// "one to two years"), "the past 24 hours"/"the next day"/"the year before" phrases and bare
// plurals ("for years", "months of talks"). Covered by time_extractor_test.cc.
#include <cstdio>
#include <optional>

#include "figures/cardinal.h"
#include "figures/time_scanner.h"

namespace claimtrace::figures {

// Sets: "every week", "each Monday", "every two years", "daily", "per year", "once a week",
// "$6bn a year" ("a"/"per" + unit after a quantity).
bool TimeScanner::MatchSet(size_t i, TimeMention* m) {
  if (!In(i)) return false;
  if (Cls(i) & kWcSetAdverb) {
    m->begin = static_cast<uint32_t>(i);
    m->end = static_cast<uint32_t>(i + 1);
    m->type = TimeType::kSet;
    m->kind = MentionKind::kPreset;
    m->value = std::string(v_.Info(i)->unit);
    return true;
  }
  if (Is(i, "every") || Is(i, "each")) {
    size_t j = i + 1;
    int n = 1;
    if (Is(j, "single")) ++j;  // "every single day"
    if (Is(j, "other")) {
      n = 2;
      ++j;
    } else if (std::optional<Cardinal> c = ParseCardinal(v_, j, e_, false);
               c && c->multiplier == 1 && c->value >= 2 && c->value < 1000 &&
               c->value == static_cast<int>(c->value)) {
      n = static_cast<int>(c->value);
      j = c->end;
    }
    const uint64_t c = Cls(j);
    std::string value;
    if (c & kWcTimeUnit) {
      value = DurationValue(n, static_cast<TimeUnit>(v_.Info(j)->sub), false);
    } else if ((c & kWcWeekday) && Cap(j)) {
      value = "XXXX-WXX-" + std::to_string(v_.Info(j)->sub);
    } else if (c & kWcSeason) {
      value = std::string("XXXX-") + std::string(v_.Info(j)->unit);
    } else if (c & kWcPartOfDay) {
      value = "P1D";
    } else if ((c & kWcMonth) && Cap(j)) {
      char buf[40];
      std::snprintf(buf, sizeof buf, "XXXX-%02d", v_.Info(j)->sub);
      value = buf;
    } else {
      return false;
    }
    m->begin = static_cast<uint32_t>(i);
    m->end = static_cast<uint32_t>(j + 1);
    m->type = TimeType::kSet;
    m->kind = MentionKind::kPreset;
    m->value = value;
    return true;
  }
  // "per year", "a year" / "an hour" after a quantity or "once/twice/N times".
  if ((Is(i, "per") || Is(i, "a") || Is(i, "an")) && (Cls(i + 1) & kWcTimeUnit) &&
      !(Is(i + 2, "ago") || Is(i + 2, "later") || Is(i + 2, "earlier") || Is(i + 2, "before") ||
        Is(i + 2, "after") || Is(i + 2, "old") || (Is(i + 2, "and") && Is(i + 4, "half")) ||
        Is(i + 2, "or") || Is(i + 2, "-"))) {
    const auto unit = static_cast<TimeUnit>(v_.Info(i + 1)->sub);
    if (unit == TimeUnit::kQuarter || unit == TimeUnit::kSecond) return false;
    if (!v_.Is(i + 1, "year") && !v_.Is(i + 1, "day") && !v_.Is(i + 1, "week") &&
        !v_.Is(i + 1, "month") && !v_.Is(i + 1, "hour") && !v_.Is(i + 1, "minute") &&
        !v_.Is(i + 1, "decade")) {
      return false;
    }
    bool after_quantity = v_.Is(i, "per");
    if (!after_quantity && i > b_) {
      const size_t p = i - 1;
      const uint64_t pc = v_.Cls(p);
      after_quantity =
          v_.IsNumber(p) ||
          (pc & (kWcMultiplier | kWcPercent | kWcMeasure | kWcCurrencyWord | kWcPeople)) ||
          v_.Is(p, "times") || v_.Is(p, "once") || v_.Is(p, "twice") || v_.Is(p, "%") ||
          (v_.IsWord(p) && !(pc & (kWcStop | kWcTemporalPrep)) && v_.Lower(p).size() > 3 &&
           v_.Lower(p).back() == 's' && !(pc & kWcTimeUnit) && !(pc & kWcChangeVerb));
    }
    if (!after_quantity) return false;
    m->begin = static_cast<uint32_t>(i);
    m->end = static_cast<uint32_t>(i + 2);
    m->type = TimeType::kSet;
    m->kind = MentionKind::kPreset;
    m->value = DurationValue(1, unit, false);
    return true;
  }
  return false;
}

std::string TimeScanner::FormatCount(double n) {
  char buf[32];
  if (n == static_cast<int64_t>(n)) {
    std::snprintf(buf, sizeof buf, "%lld", static_cast<long long>(n));
  } else {
    std::snprintf(buf, sizeof buf, "%g", n);
  }
  return buf;
}

// TIMEX3 duration value: P4W, PT3H, P10Y, PXY (vague), P2W for a fortnight.
std::string TimeScanner::DurationValue(double n, TimeUnit unit, bool vague) {
  std::string out = "P";
  if (IsClockUnit(unit)) out += "T";
  if (unit == TimeUnit::kFortnight) n *= 2;
  if (unit == TimeUnit::kQuarter) {
    out += vague ? "X" : FormatCount(n * 3);
    out += "M";
    return out;
  }
  out += vague ? "X" : FormatCount(n);
  out += DurationLetter(unit);
  return out;
}

// Reads "N unit" at i: a cardinal, "a"/"an"/"one", a vague word ("several", "a few"), or
// an adjectival compound ("five-year", "20-year"). Sets *n (or *vague), *unit, *unit_tok.
bool TimeScanner::ReadAmountUnit(size_t i, double* n, bool* vague, TimeUnit* unit, size_t* unit_tok,
                                 bool* adjectival) {
  *vague = false;
  *adjectival = false;
  if (!In(i)) return false;
  // Compound word "five-year", "two-week".
  if (v_.IsWord(i)) {
    const std::string_view lw = v_.Lower(i);
    const size_t dash = lw.find('-');
    if (dash != std::string_view::npos && lw.find('-', dash + 1) == std::string_view::npos) {
      const WordInfo* a = LookupWord(lw.substr(0, dash));
      const WordInfo* u = LookupWord(lw.substr(dash + 1));
      const bool half = lw.substr(0, dash) == "half";  // "half-century"
      if (a && u && ((a->cls & kWcNumber) || half) && (u->cls & kWcTimeUnit)) {
        *n = half ? 0.5 : a->value;
        *unit = static_cast<TimeUnit>(u->sub);
        *unit_tok = i;
        *adjectival = true;
        return true;
      }
    }
  }
  size_t j = i;
  if (Is(j, "half") && (Is(j + 1, "an") || Is(j + 1, "a")) && (Cls(j + 2) & kWcTimeUnit)) {
    *n = 0.5;
    *unit = static_cast<TimeUnit>(v_.Info(j + 2)->sub);
    *unit_tok = j + 2;
    return true;
  }
  if (Is(j, "a") && Is(j + 1, "few")) {
    *vague = true;
    j += 2;
  } else if ((Is(j, "a") && Is(j + 1, "couple") && Is(j + 2, "of")) ||
             (Is(j, "couple") && Is(j + 1, "of"))) {
    *n = 2;
    j += v_.Is(j, "a") ? 3 : 2;
  } else if (Is(j, "several") || Is(j, "few") || Is(j, "many") || Is(j, "some") ||
             Is(j, "numerous") || Is(j, "multiple")) {
    *vague = true;
    ++j;
  } else if (Is(j, "a") || Is(j, "an")) {
    *n = 1;
    ++j;
    // "a year and a half"
  } else if (std::optional<Cardinal> c = ParseCardinal(v_, j, e_, false);
             c && c->multiplier == 1 && c->value > 0 && c->value < 10000) {
    *n = c->value;
    j = c->end;
    // "20-year", "11-minute": digits + hyphen + unit.
    if (Is(j, "-") && !v_.SpaceBefore(j) && (Cls(j + 1) & kWcTimeUnit) && !v_.SpaceBefore(j + 1)) {
      *unit = static_cast<TimeUnit>(v_.Info(j + 1)->sub);
      *unit_tok = j + 1;
      *adjectival = true;
      return true;
    }
    if (v_.IsWord(j) && !v_.SpaceBefore(j) && v_.Lower(j).starts_with("year-old")) return false;
  } else {
    return false;
  }
  // "four full weeks", "three more days", "two consecutive years".
  if (!(Cls(j) & kWcTimeUnit) && (Cls(j + 1) & kWcTimeUnit) &&
      (Is(j, "full") || Is(j, "whole") || Is(j, "straight") || Is(j, "consecutive") ||
       Is(j, "more") || Is(j, "additional") || Is(j, "further") || Is(j, "extra") ||
       Is(j, "entire") || Is(j, "successive") || Is(j, "long") || Is(j, "short"))) {
    ++j;
  }
  if (!(Cls(j) & kWcTimeUnit)) return false;
  *unit = static_cast<TimeUnit>(v_.Info(j)->sub);
  *unit_tok = j;
  // "a year and a half" -> 1.5
  if (!*vague && Is(j + 1, "and") && Is(j + 2, "a") && Is(j + 3, "half")) {
    *n += 0.5;
    *unit_tok = j + 3;
  }
  return true;
}

// Number + unit expressions: durations ("four weeks"), "two days ago", "a year later",
// "in two weeks", "a year after the invasion", "the past 24 hours".
bool TimeScanner::MatchQuantified(size_t i, TimeMention* m) {
  double n = 0;
  bool vague = false, adjectival = false;
  TimeUnit unit = TimeUnit::kNone;
  size_t unit_tok = 0;
  // Ages are not durations: "aged 8-10 years", "aged 23 years".
  if (i > b_ && (v_.Is(i - 1, "aged") || v_.Is(i - 1, "age"))) return false;
  if (i > b_ + 2 && (v_.Is(i - 1, "-") || v_.Is(i - 1, "–") || v_.Is(i - 1, "to")) &&
      (v_.Is(i - 3, "aged") || v_.Is(i - 3, "age") || v_.Is(i - 3, "ages"))) {
    return false;
  }
  // "one to two years", "two to three weeks", "5-10 years": a range of durations has no
  // single TIMEX3 value.
  if (std::optional<Cardinal> lo = ParseCardinal(v_, i, e_, false);
      lo && lo->multiplier == 1 &&
      (Is(lo->end, "to") || Is(lo->end, "-") || Is(lo->end, "–") || Is(lo->end, "or"))) {
    double n2 = 0;
    bool vague2 = false, adj2 = false;
    TimeUnit unit2 = TimeUnit::kNone;
    size_t unit_tok2 = 0;
    if (ReadAmountUnit(lo->end + 1, &n2, &vague2, &unit2, &unit_tok2, &adj2) && !vague2 &&
        n2 > lo->value && !(i > b_ && (v_.Is(i - 1, "aged") || v_.Is(i - 1, "ages")))) {
      if (Is(unit_tok2 + 1, "old") || Is(unit_tok2 + 1, "ago")) return false;
      m->begin = static_cast<uint32_t>(i);
      m->end = static_cast<uint32_t>(unit_tok2 + 1);
      m->type = TimeType::kDuration;
      m->kind = MentionKind::kEventAnchored;  // no value
      m->unit = unit2;
      return true;
    }
  }
  if (!ReadAmountUnit(i, &n, &vague, &unit, &unit_tok, &adjectival)) return false;
  const bool article = v_.Is(i, "a") || v_.Is(i, "an");
  const std::string_view unit_word = v_.Lower(unit_tok);
  const bool plural = unit_word.ends_with("s");
  // Guards: ages, ordinals read as units ("a second term"), fractions ("a quarter of").
  if (unit == TimeUnit::kSecond && (article || v_.Is(i, "one"))) return false;
  if (unit == TimeUnit::kQuarter && (article || Is(unit_tok + 1, "of"))) return false;
  if (article && plural) return false;
  size_t end = unit_tok + 1;
  if (Is(end, "old") || (Is(end, "-") && v_.Lower(end + 1).starts_with("old")) ||
      (Is(end, "of") && Is(end + 1, "age"))) {
    return false;
  }
  if (adjectival && v_.IsWord(end) && v_.Lower(end).starts_with("-old")) return false;
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(end);
  m->unit = unit;
  m->n = static_cast<int>(n);
  const bool whole = n == static_cast<int>(n);
  // "One day, we may ...": an unspecified day, future with a modal after it, else past.
  if (v_.Is(i, "one") && unit == TimeUnit::kDay && !adjectival && i == b_ && Is(end, ",")) {
    bool future = false;
    for (size_t k = end + 1; k < end + 9 && In(k); ++k) {
      const std::string_view w = v_.Lower(k);
      future |= w == "will" || w == "would" || w == "may" || w == "might" || w == "could" ||
                w.ends_with("'ll") || w.ends_with("’ll");
    }
    m->type = TimeType::kDate;
    m->kind = future ? MentionKind::kFutureRef : MentionKind::kPastRef;
    return true;
  }
  // Anchored forms.
  if (!adjectival && Is(end, "ago")) {
    m->end = static_cast<uint32_t>(end + 1);
    m->type = TimeType::kDate;
    m->kind = vague    ? MentionKind::kPastRef
              : !whole ? MentionKind::kEventAnchored
                       : MentionKind::kAgo;
    return true;
  }
  if (!adjectival && Is(end, "from") && Is(end + 1, "now")) {
    m->end = static_cast<uint32_t>(end + 2);
    m->type = TimeType::kDate;
    m->kind = vague || !whole ? MentionKind::kEventAnchored : MentionKind::kFromNow;
    return true;
  }
  if (!adjectival && (Is(end, "later") || Is(end, "earlier"))) {
    m->end = static_cast<uint32_t>(end + 1);
    m->type = TimeType::kDate;
    m->kind = vague || !whole ? MentionKind::kEventAnchored : MentionKind::kRefShift;
    if (v_.Is(end, "earlier")) m->n = -m->n;
    return true;
  }
  const bool measured = i > b_ && (v_.Is(i - 1, "for") || v_.Is(i - 1, "over") ||
                                   v_.Is(i - 1, "within") || v_.Is(i - 1, "during"));
  if (!adjectival && !measured && (Is(end, "before") || Is(end, "after"))) {
    m->end = static_cast<uint32_t>(end + 1);
    m->type = TimeType::kDate;
    // "two days after the invasion" (anchored on an event) has no value; "two days after,"
    // refers back to the time mentioned before.
    const bool clause_end = !In(end + 1) || v_.Kind(end + 1) == TokenKind::kPunct;
    m->kind =
        (clause_end && !vague && whole) ? MentionKind::kRefShift : MentionKind::kEventAnchored;
    if (v_.Is(end, "before")) m->n = -m->n;
    return true;
  }
  // "in two weeks" with a future cue: a date.
  if (!adjectival && i > b_ && v_.Is(i - 1, "in") && !vague && whole &&
      (FutureContext(i - 1, end) || InfinitiveBefore(i - 1)) && unit != TimeUnit::kHour &&
      unit != TimeUnit::kMinute) {
    m->begin = static_cast<uint32_t>(i - 1);
    m->type = TimeType::kDate;
    m->kind = MentionKind::kFromNow;
    return true;
  }
  m->type = TimeType::kDuration;
  m->kind = MentionKind::kPreset;
  if (!whole && unit == TimeUnit::kHour && n == 0.5) {
    m->value = "PT30M";
  } else if (!whole && unit == TimeUnit::kYear && n == 0.5) {
    m->value = "P6M";
  } else if (!whole && unit == TimeUnit::kDay && n == 0.5) {
    m->value = "PT12H";
  } else if (!whole && unit == TimeUnit::kYear) {
    m->value = "P" + FormatCount(n * 12) + "M";
  } else if (!whole && unit == TimeUnit::kCentury) {
    m->value = "P" + FormatCount(n * 100) + "Y";
  } else if (!whole && unit == TimeUnit::kDecade) {
    m->value = "P" + FormatCount(n * 10) + "Y";
  } else {
    m->value = DurationValue(n, unit, vague);
  }
  return true;
}

// Phrases starting with "the": "the past week", "the last 24 hours", "the next three months",
// "the previous week", "the following day", "the next day", "the same month last year",
// "the day before" (at a clause end), "the weekend", "the 1990s" (left to MatchDecade).
bool TimeScanner::MatchThePhrase(size_t i, TimeMention* m) {
  if (!Is(i, "the") && !Is(i, "that") && !Is(i, "this")) return false;
  const bool is_the = v_.Is(i, "the");
  size_t j = i + 1;
  if (is_the && Is(j, "very") &&
      (Is(j + 1, "next") || Is(j + 1, "following") || Is(j + 1, "previous") || Is(j + 1, "same"))) {
    ++j;  // "the very next year"
  }
  // "that day", "that week", "that year": the time mentioned before.
  if (!is_the) {
    if (!v_.Is(i, "that")) return false;
    if (!(Cls(j) & kWcTimeUnit) || Is(j + 1, "-")) return false;
    const auto unit = static_cast<TimeUnit>(v_.Info(j)->sub);
    if (v_.Lower(j).ends_with("s") || IsClockUnit(unit)) return false;
    m->begin = static_cast<uint32_t>(i);
    m->end = static_cast<uint32_t>(j + 1);
    m->type = TimeType::kDate;
    m->kind = MentionKind::kRefShift;
    m->unit = unit;
    m->n = 0;
    return true;
  }
  if (Is(j, "weekend")) {
    m->begin = static_cast<uint32_t>(i);
    m->end = static_cast<uint32_t>(j + 1);
    m->type = TimeType::kDate;
    m->kind = MentionKind::kRelPeriod;
    m->weekend = true;
    m->unit = TimeUnit::kWeek;
    m->dir = 5;  // bare "the weekend": resolved by tense
    return true;
  }
  const bool backward = Is(j, "past") || Is(j, "last") || Is(j, "previous");
  const bool forward = Is(j, "next") || Is(j, "coming") || Is(j, "following");
  const bool span_word = Is(j, "first") || Is(j, "final") || Is(j, "remaining");
  const bool same = Is(j, "same");
  // "the year ahead" (the next year from now), "the months ahead" (a span).
  if ((Cls(j) & kWcTimeUnit) && Is(j + 1, "ahead")) {
    const auto unit = static_cast<TimeUnit>(v_.Info(j)->sub);
    m->begin = static_cast<uint32_t>(i);
    m->end = static_cast<uint32_t>(j + 2);
    m->unit = unit;
    if (v_.Lower(j).ends_with("s")) {
      m->type = TimeType::kDuration;
      m->kind = MentionKind::kPreset;
      m->value = DurationValue(0, unit, /*vague=*/true);
    } else {
      m->type = TimeType::kDate;
      m->kind = MentionKind::kFromNow;
      m->n = 1;
    }
    return true;
  }
  if (!(backward || forward || span_word || same)) {
    // "the day before", "the year after" at a clause end; with an event: no value.
    if ((Is(j, "day") || Is(j, "week") || Is(j, "month") || Is(j, "year")) &&
        (Is(j + 1, "before") || Is(j + 1, "after"))) {
      const bool clause_end = !In(j + 2) || v_.Kind(j + 2) == TokenKind::kPunct;
      m->begin = static_cast<uint32_t>(i);
      m->end = static_cast<uint32_t>(j + 2);
      m->type = TimeType::kDate;
      m->kind = clause_end ? MentionKind::kRefShift : MentionKind::kEventAnchored;
      m->unit = static_cast<TimeUnit>(v_.Info(j)->sub);
      m->n = v_.Is(j + 1, "before") ? -1 : 1;
      return true;
    }
    return false;
  }
  size_t k = j + 1;
  double n = 1;
  bool vague = false, adjectival = false, counted = false;
  TimeUnit unit = TimeUnit::kNone;
  size_t unit_tok = 0;
  if (Cls(k) & kWcTimeUnit) {
    unit = static_cast<TimeUnit>(v_.Info(k)->sub);
    unit_tok = k;
    if (v_.Lower(k).ends_with("s")) vague = true;  // "the past weeks"
  } else if (ReadAmountUnit(k, &n, &vague, &unit, &unit_tok, &adjectival) && !adjectival &&
             !(v_.Is(k, "a") || v_.Is(k, "an"))) {
    counted = true;
  } else {
    return false;
  }
  if (unit == TimeUnit::kQuarter && !counted) return false;  // "the first quarter": quarters
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(unit_tok + 1);
  m->unit = unit;
  if (same) {
    if (counted) return false;
    m->type = TimeType::kDate;
    m->kind = MentionKind::kRefShift;
    m->n = 0;
    if (Is(unit_tok + 1, "last") && Is(unit_tok + 2, "year")) {
      m->kind = MentionKind::kSameLastYear;
      m->end = static_cast<uint32_t>(unit_tok + 3);
    }
    return true;
  }
  // "the previous week", "the following day", "the next year": relative to the last time;
  // but "over the next decade", "in the next week" measure a span from now.
  const bool measured =
      i > b_ && (v_.Is(i - 1, "over") || v_.Is(i - 1, "in") || v_.Is(i - 1, "during") ||
                 v_.Is(i - 1, "within") || v_.Is(i - 1, "for") || v_.Is(i - 1, "throughout"));
  if (!counted && !vague && !measured &&
      (v_.Is(j, "previous") || v_.Is(j, "following") || v_.Is(j, "next"))) {
    m->type = TimeType::kDate;
    m->kind = MentionKind::kRefShift;
    m->n = v_.Is(j, "previous") ? -1 : 1;
    m->dir = 7;  // a calendar unit: the result has the unit's granularity
    return true;
  }
  if (span_word && !counted) return false;  // "the first day" (of something): ordinal
  m->type = TimeType::kDuration;
  m->kind = MentionKind::kPreset;
  m->n = static_cast<int>(n);
  m->value = DurationValue(n, unit, vague);
  return true;
}

// "for years", "months of talks", "decades", "years ago" (PAST_REF); "weekdays"/"weekends"
// (sets); "hourlong", "yearlong" (durations).
bool TimeScanner::MatchBarePlural(size_t i, TimeMention* m) {
  if (!In(i) || !v_.IsWord(i) || (Cap(i) && !v_.SentenceStart(i))) return false;
  const std::string_view w = v_.Lower(i);
  static constexpr std::pair<std::string_view, std::string_view> kLong[] = {
      {"hourlong", "PT1H"}, {"daylong", "P1D"},  {"weeklong", "P1W"},
      {"monthlong", "P1M"}, {"yearlong", "P1Y"}, {"decadelong", "P1DE"}};
  for (auto [word, value] : kLong) {
    if (w == word) {
      m->begin = static_cast<uint32_t>(i);
      m->end = static_cast<uint32_t>(i + 1);
      m->type = TimeType::kDuration;
      m->kind = MentionKind::kPreset;
      m->value = std::string(value);
      return true;
    }
  }
  if (w == "weekdays" || w == "weekends") {
    m->begin = static_cast<uint32_t>(i);
    m->end = static_cast<uint32_t>(i + 1);
    m->type = TimeType::kSet;
    m->kind = MentionKind::kPreset;
    m->value = w == "weekdays" ? "XXXX-WXX-WD" : "XXXX-WXX-WE";
    if (i > b_ && v_.Is(i - 1, "the")) m->begin = static_cast<uint32_t>(i - 1);
    return true;
  }
  if (!(Cls(i) & kWcTimeUnit) || !w.ends_with("s") || Is(i + 1, "-") ||
      (i > b_ && (v_.Is(i - 1, "-") || v_.IsNumber(i - 1)))) {
    return false;
  }
  const auto unit = static_cast<TimeUnit>(v_.Info(i)->sub);
  if (unit == TimeUnit::kQuarter || unit == TimeUnit::kSecond) return false;
  // Only where the bare plural measures time: "for years", "months of talks", "the decades
  // since", "and even years", "years ago"; not "her years as senator", "the early days".
  static constexpr std::string_view kBefore[] = {
      "for", "over", "in",    "within", "during", "through", "throughout", "of",     "the",  "even",
      "and", "or",   "after", "before", "since",  "recent",  "past",       "coming", "next", "last",
      "few", "took", "take",  "takes",  "spent",  "spend",   "lasted",     "last"};
  bool ok = Is(i + 1, "ago") || Is(i + 1, "of") || i == b_ || Is(i + 1, "after") ||
            Is(i + 1, "before") || Is(i + 1, "later") || Is(i + 1, "earlier");
  for (std::string_view w : kBefore) ok = ok || (i > b_ && v_.Is(i - 1, w));
  if (!ok) return false;
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(i + 1);
  // "Hours after the appearance", "days later": an unspecified shift, no value.
  if (Is(i + 1, "after") || Is(i + 1, "before") || Is(i + 1, "later") || Is(i + 1, "earlier")) {
    m->end = static_cast<uint32_t>(i + 2);
    m->type = TimeType::kDate;
    m->kind = MentionKind::kEventAnchored;
    return true;
  }
  if (Is(i + 1, "ago")) {
    m->end = static_cast<uint32_t>(i + 2);
    m->type = TimeType::kDate;
    m->kind = MentionKind::kPastRef;
    return true;
  }
  m->type = TimeType::kDuration;
  m->kind = MentionKind::kPreset;
  m->value = DurationValue(0, unit, /*vague=*/true);
  return true;
}

}  // namespace claimtrace::figures
