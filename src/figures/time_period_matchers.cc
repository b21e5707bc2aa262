// Time grammar, calendar-period matchers: "this/last/next week|month|year|weekend|quarter",
// months ("in June", "last February", "June last year"), seasons, quarters and halves,
// years ("in 1949", "2014-16"), decades and centuries ("the 1990s", "the 20th century") and
// PRESENT_REF/PAST_REF/FUTURE_REF words. Covered by time_extractor_test.cc.
#include <cstdio>

#include "figures/time_scanner.h"

namespace claimtrace::figures {

// this/last/next + week/weekend/month/year/quarter/decade; "the current year".
bool TimeScanner::MatchRelPeriod(size_t i, TimeMention* m) {
  size_t j = i;
  int n = 0;
  if (Is(j, "this")) {
    n = 0;
  } else if (Is(j, "last")) {
    n = -1;
  } else if (Is(j, "next")) {
    n = 1;
  } else if (Is(j, "the") && Is(j + 1, "current")) {
    ++j;
  } else if (Is(j, "current")) {
    n = 0;
  } else {
    return false;
  }
  ++j;
  if (Is(j, "past") && v_.Is(i, "this")) {
    n = -1;  // "this past weekend"
    ++j;
  }
  if (Is(j, "weekend")) {
    m->weekend = true;
    m->unit = TimeUnit::kWeek;
  } else if (Cls(j) & kWcTimeUnit) {
    const auto unit = static_cast<TimeUnit>(v_.Info(j)->sub);
    if (v_.Lower(j).ends_with("s") || IsClockUnit(unit) || unit == TimeUnit::kDay ||
        unit == TimeUnit::kFortnight) {
      return false;
    }
    m->unit = unit;
  } else {
    return false;
  }
  if (Is(j + 1, "-")) return false;  // "last year-end"? keep it simple
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(j + 1);
  m->type = TimeType::kDate;
  m->kind = MentionKind::kRelPeriod;
  m->n = n;
  return true;
}

bool TimeScanner::MonthWordOk(size_t j) const {
  if (!(Cls(j) & kWcMonth) || !Cap(j)) return false;
  const std::string_view w = v_.Lower(j);
  // Abbreviations only with their period ("Feb."), except "Sept".
  if (w.back() != '.' && w.size() == 3 && w != "may") return false;
  if (w.back() != '.' && w.size() == 4 && w != "june" && w != "july" && w != "sept") {
    return false;
  }
  // Names: "April Ryan", "June Carter", "Theresa May".
  if (In(j + 1) && Cap(j + 1) && v_.IsWord(j + 1) && !(Cls(j + 1) & (kWcWeekday | kWcMonth))) {
    return false;
  }
  const bool temporal_before =
      j > b_ && ((Cls(j - 1) & kWcTemporalPrep) || Is(j - 1, "last") || Is(j - 1, "next") ||
                 Is(j - 1, "this") || Is(j - 1, "-") || Is(j - 1, "of"));
  if (w == "may" || w == "march") {
    if (j > b_ && Cap(j - 1) && !v_.SentenceStart(j - 1) && v_.IsWord(j - 1)) return false;
    if (!temporal_before) return false;
  }
  if (j > b_ && Cap(j - 1) && v_.IsWord(j - 1) && !v_.SentenceStart(j - 1) &&
      !(Cls(j - 1) & (kWcTemporalPrep | kWcStop))) {
    return false;  // "Women's March", "Operation August"
  }
  return true;
}

bool TimeScanner::MatchMonth(size_t i, TimeMention* m) {
  size_t j = i;
  int dir = 0;
  if (Is(j, "last")) {
    dir = -1, ++j;
  } else if (Is(j, "next")) {
    dir = 1, ++j;
  } else if (Is(j, "this")) {
    dir = 2, ++j;
  }
  if (!In(j) || !MonthWordOk(j)) return false;
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(j + 1);
  m->type = TimeType::kDate;
  m->month = v_.Info(j)->sub;
  if (dir != 0) {
    m->kind = MentionKind::kMonthRel;
    m->dir = dir;
    return true;
  }
  m->kind = MentionKind::kAbsolute;
  ReadYearSuffix(m);
  return true;
}

bool TimeScanner::MatchSeason(size_t i, TimeMention* m) {
  size_t j = i;
  int dir = 0;
  bool the = false;
  if (Is(j, "last")) {
    dir = -1, ++j;
  } else if (Is(j, "next")) {
    dir = 1, ++j;
  } else if (Is(j, "this")) {
    dir = 2, ++j;
  } else if (Is(j, "the")) {
    the = true, ++j;
  }
  if (!(Cls(j) & kWcSeason)) return false;
  if (Cap(j) && !v_.SentenceStart(j) && !v_.SentenceStart(i)) return false;  // "Arab Spring"
  const bool fall = v_.Is(j, "fall");
  if (the && Is(j + 1, "of") && !IsYearNumeralAt(j + 2)) return false;  // "the fall of Kabul"
  if (fall && dir == 0 && !the) return false;
  if (dir == 0 && !the) {
    // Bare "summer": needs a temporal word before it or a year after it.
    const bool ok = (i > b_ && ((Cls(i - 1) & kWcTemporalPrep) || Is(i - 1, "every"))) ||
                    IsYearNumeralAt(j + 1);
    if (!ok) return false;
  }
  if (Is(j + 1, "-") ||
      (In(j + 1) && v_.IsWord(j + 1) && !(Cls(j + 1) & kWcStop) && !v_.Is(j + 1, "of") &&
       !IsYearNumeralAt(j + 1) && v_.Kind(j + 1) == TokenKind::kWord && !Cap(j + 1) &&
       !(Cls(j + 1) & (kWcSpeech | kWcAux | kWcFutureCue)))) {
    // "summer holidays", "winter offensive": the season modifies a noun; still a time in
    // TimeML terms, but the noun phrase is not ours to judge. Accept only "season of".
    if (!(Cls(j + 1) & kWcChangeVerb)) return false;
  }
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(j + 1);
  m->type = TimeType::kDate;
  m->kind = MentionKind::kSeason;
  m->season = v_.Info(j)->sub;
  m->dir = dir;
  int y = 0;
  if (IsYearNumeral(v_, j + 1, &y)) {
    m->year = y, m->end = static_cast<uint32_t>(j + 2);
  } else if (Is(j + 1, "of") && IsYearNumeral(v_, j + 2, &y)) {
    m->year = y, m->end = static_cast<uint32_t>(j + 3);
  }
  return true;
}

bool TimeScanner::IsYearNumeralAt(size_t k) const {
  int y = 0;
  return In(k) && IsYearNumeral(v_, k, &y);
}

// "the third quarter", "Q3 2022", "third-quarter", "the first half of 2022", "last quarter".
bool TimeScanner::MatchQuarter(size_t i, TimeMention* m) {
  size_t j = i;
  if (Is(j, "the")) ++j;
  int q = 0, dir = 0;
  bool half = false, current = false;
  size_t end = 0;
  const std::string_view w = v_.Lower(j);
  if (In(j) && w.size() == 2 && (w[0] == 'q' || w[0] == 'h') && w[1] >= '1' &&
      w[1] <= (w[0] == 'q' ? '4' : '2') && Cap(j)) {
    q = w[1] - '0';
    half = w[0] == 'h';
    end = j + 1;
    if (!half && !IsYearNumeralAt(end) && j == i && !(i > b_ && (Cls(i - 1) & kWcTemporalPrep))) {
      return false;
    }
    if (half && !IsYearNumeralAt(end)) return false;
  } else if (In(j) && w.find('-') != std::string_view::npos) {
    const size_t dash = w.find('-');
    const WordInfo* a = LookupWord(w.substr(0, dash));
    const std::string_view rest = w.substr(dash + 1);
    if (!a || !(a->cls & kWcOrdinal) || (rest != "quarter" && rest != "half")) return false;
    q = a->sub;
    half = rest == "half";
    if (half && q > 2) return false;
    end = j + 1;
  } else if (In(j) && (Cls(j) & kWcOrdinal) && (Is(j + 1, "quarter") || Is(j + 1, "half"))) {
    q = v_.Info(j)->sub;
    half = v_.Is(j + 1, "half");
    if (half && q > 2) return false;
    if (v_.Is(j, "final") || v_.Is(j, "last")) q = half ? 2 : 4;
    end = j + 2;
    if (half &&
        !(Is(end, "of") && (Is(end + 1, "the") || Is(end + 1, "this") || Is(end + 1, "last") ||
                            Is(end + 1, "next") || IsYearNumeralAt(end + 1)))) {
      return false;  // "the first half of the match"
    }
    if (half && Is(end + 1, "the") && !Is(end + 2, "year")) return false;
  } else if ((Is(j, "last") || Is(j, "next") || Is(j, "this") || Is(j, "current") ||
              Is(j, "previous")) &&
             Is(j + 1, "quarter")) {
    dir = v_.Is(j, "last") || v_.Is(j, "previous") ? -1 : v_.Is(j, "next") ? 1 : 0;
    current = true;
    end = j + 2;
  } else {
    return false;
  }
  if (j > i && !v_.Is(i, "the")) return false;
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(end);
  m->type = TimeType::kDate;
  m->kind = MentionKind::kQuarter;
  m->quarter = q;
  m->half = half;
  m->n = dir;
  m->dir = current ? 9 : 0;  // 9: relative to the anchor's quarter
  int y = 0;
  size_t k = end;
  if (Is(k, "of")) ++k;
  if (IsYearNumeral(v_, k, &y)) {
    m->year = y, m->end = static_cast<uint32_t>(k + 1);
  } else if (v_.Is(end, "of") &&
             (Is(k, "this") || Is(k, "last") || Is(k, "next") || Is(k, "the")) &&
             Is(k + 1, "year")) {
    m->dir = 8;  // year relative to the anchor in n
    m->n = v_.Is(k, "last") ? -1 : v_.Is(k, "next") ? 1 : 0;
    m->end = static_cast<uint32_t>(k + 2);
  }
  return true;
}

bool TimeScanner::MatchYear(size_t i, TimeMention* m) {
  int y = 0;
  if (!In(i) || !IsYearNumeral(v_, i, &y)) return false;
  // "2000 - 2050", "2014-16": a span of years is years whatever precedes it.
  int y2 = 0;
  const bool year_range =
      (Is(i + 1, "-") || Is(i + 1, "–")) && (IsYearNumeral(v_, i + 2, &y2) && y2 > y);
  // "a 2000 year old tradition", "1500 years": a count of years, not a year.
  if (Cls(i + 1) & kWcTimeUnit) return false;
  // Not a year: money, quantities, counted people, approximations.
  if (i > b_ && !year_range) {
    const size_t p = i - 1;
    if (v_.Kind(p) == TokenKind::kSymbol && !v_.Is(p, "/")) return false;
    if (!v_.SpaceBefore(i) && v_.IsWord(p)) return false;  // "FY2017", "COP2021"
    static constexpr std::string_view kApprox[] = {
        "about",   "around", "nearly",    "almost", "roughly", "approximately", "some",
        "than",    "least",  "estimated", "over",   "under",   "only",          "just",
        "another", "all",    "those",     "these",  "the"};
    for (std::string_view a : kApprox) {
      if (v_.Is(p, a) && !(v_.Is(p, "the") && y >= 1900 && y <= 2100)) return false;
    }
  }
  if (In(i + 1)) {
    const uint64_t c = v_.Cls(i + 1);
    // "1,500 refugees" is a count; "the 1951 Refugee Convention" is a year in a name.
    if (c & (kWcPercent | kWcMultiplier | kWcMeasure | kWcCurrencyWord)) return false;
    if ((c & (kWcPeople | kWcPeopleAdj)) && !(Cap(i + 1) && i > b_ && v_.Is(i - 1, "the"))) {
      return false;
    }
    if (v_.Is(i + 1, "%")) return false;
    if (Cap(i + 1) && v_.IsWord(i + 1) && (v_.Cls(i + 2) & kWcStreet)) return false;
    if ((c & kWcStreet) && Cap(i + 1)) return false;
  }
  if (y < 1900) {
    // "a survey of 1709 schoolchildren": an old year is not followed by a plural noun.
    if (In(i + 1) && v_.IsWord(i + 1) && !Cap(i + 1) && v_.Lower(i + 1).ends_with("s") &&
        !(v_.Cls(i + 1) & (kWcStop | kWcAux))) {
      return false;
    }
    const bool prep = i > b_ && (v_.Cls(i - 1) & kWcTemporalPrep);
    const bool era = Is(i + 1, "ad") || Is(i + 1, "bc") || Is(i + 1, "ce") || Is(i + 1, "bce");
    if (!prep && !era) return false;
  }
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(i + 1);
  m->type = TimeType::kDate;
  m->kind = MentionKind::kAbsolute;
  m->year = y;
  return true;
}

bool TimeScanner::MatchDecade(size_t i, TimeMention* m) {
  size_t j = i;
  if (Is(j, "the")) ++j;
  if (!In(j) || !v_.IsNumber(j)) return false;
  if (j > b_ && v_.Kind(j - 1) == TokenKind::kSymbol && v_.Glued(j - 1)) return false;  // "$20s"
  std::string_view t = v_.Text(j);
  if (t.starts_with("’")) t.remove_prefix(3);
  if (!t.empty() && t[0] == '\'') t.remove_prefix(1);
  if (t.size() < 3 || t.back() != 's') return false;
  t.remove_suffix(1);
  if (t.back() == '\'') t.remove_suffix(1);
  int x = 0;
  for (char c : t) {
    if (c < '0' || c > '9') return false;
    x = x * 10 + (c - '0');
  }
  if (x % 10 != 0) return false;
  int decade = 0;
  if (t.size() == 4 && x >= 1000 && x <= 2090) {
    decade = x / 10;
  } else if (t.size() == 2) {
    decade = x >= 30 ? 190 + x / 10 : 200 + x / 10;
  } else {
    return false;
  }
  char buf[40];
  std::snprintf(buf, sizeof buf, "%03d", decade);
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(j + 1);
  m->type = TimeType::kDate;
  m->kind = MentionKind::kDecade;
  m->value = buf;
  m->year = decade * 10;
  return true;
}

// "the 20th century", "21st-century", "the sixties".
bool TimeScanner::MatchCentury(size_t i, TimeMention* m) {
  size_t j = i;
  if (Is(j, "the")) ++j;
  if (!In(j)) return false;
  const std::string_view w = v_.Lower(j);
  static constexpr std::string_view kDecades[] = {"twenties", "thirties",  "forties",  "fifties",
                                                  "sixties",  "seventies", "eighties", "nineties"};
  for (int d = 0; d < 8; ++d) {
    if (w == kDecades[d] && j > i) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "19%d", d + 2);
      m->begin = static_cast<uint32_t>(i);
      m->end = static_cast<uint32_t>(j + 1);
      m->type = TimeType::kDate;
      m->kind = MentionKind::kDecade;
      m->value = buf;
      m->year = 1900 + (d + 2) * 10;
      return true;
    }
  }
  // Ordinal number token ("20th") followed by "century", or one word "21st-century".
  int n = 0;
  size_t end = 0;
  auto ordinal = [](std::string_view t, int* out) {
    int x = 0;
    size_t k = 0;
    while (k < t.size() && t[k] >= '0' && t[k] <= '9') x = x * 10 + (t[k++] - '0');
    const std::string_view suf = t.substr(k);
    if (k == 0 || k > 2 || !(suf == "st" || suf == "nd" || suf == "rd" || suf == "th")) {
      return false;
    }
    *out = x;
    return true;
  };
  if (v_.IsNumber(j) && ordinal(v_.Lower(j), &n) && Is(j + 1, "century")) {
    end = j + 2;
  } else if (v_.IsNumber(j) && ordinal(v_.Lower(j), &n) && Is(j + 1, "-") && Is(j + 2, "century")) {
    end = j + 3;
  } else if (v_.IsWord(j) && w.ends_with("-century")) {
    return false;
  } else {
    return false;
  }
  if (n < 1 || n > 30) return false;
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", n - 1);
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(end);
  m->type = TimeType::kDate;
  m->kind = MentionKind::kDecade;  // preset value
  m->value = buf;
  m->year = (n - 1) * 100;
  return true;
}

// now/currently/nowadays -> PRESENT_REF; recently/lately -> PAST_REF; soon -> FUTURE_REF.
bool TimeScanner::MatchRef(size_t i, TimeMention* m) {
  if (!In(i) || !v_.IsWord(i)) return false;
  const std::string_view w = v_.Lower(i);
  size_t end = i + 1;
  MentionKind kind;
  if (w == "now" || w == "currently" || w == "nowadays") {
    kind = MentionKind::kPresentRef;
    if (w == "now" && Is(i + 1, "-")) return false;
    if (w == "now" && i > b_ && v_.Is(i - 1, "every")) return false;  // "every now and again"
  } else if (w == "right" && Is(i + 1, "now")) {
    kind = MentionKind::kPresentRef, end = i + 2;
  } else if (w == "the" && Is(i + 1, "present") && Is(i + 2, "day")) {
    kind = MentionKind::kPresentRef, end = i + 3;
  } else if (w == "at" && Is(i + 1, "this") && Is(i + 2, "time") && !Is(i + 3, "of")) {
    kind = MentionKind::kPresentRef, end = i + 3;
  } else if ((w == "these" && Is(i + 1, "days")) || (w == "at" && Is(i + 1, "present")) ||
             (w == "at" && Is(i + 1, "the") && Is(i + 2, "moment"))) {
    kind = MentionKind::kPresentRef;
    end = v_.Is(i + 1, "the") ? i + 3 : i + 2;
  } else if (w == "recently" || w == "lately") {
    kind = MentionKind::kPastRef;
  } else if (w == "a" && Is(i + 1, "long") && Is(i + 2, "time") && Is(i + 3, "ago")) {
    kind = MentionKind::kPastRef, end = i + 4;
  } else if (w == "long" && Is(i + 1, "ago")) {
    kind = MentionKind::kPastRef, end = i + 2;
  } else if (w == "soon") {
    kind = MentionKind::kFutureRef;
  } else if (w == "the" && (Is(i + 1, "past") || Is(i + 1, "future")) && i > b_ &&
             v_.Is(i - 1, "in") && !(Cls(i + 2) & (kWcTimeUnit | kWcNumber)) &&
             !v_.IsNumber(i + 2) && !Is(i + 2, "few") && !Is(i + 2, "several")) {
    kind = v_.Is(i + 1, "past") ? MentionKind::kPastRef : MentionKind::kFutureRef;
    end = i + 2;
  } else if (w == "the" && Is(i + 1, "near") && Is(i + 2, "future")) {
    kind = MentionKind::kFutureRef;
    end = i + 3;
  } else {
    return false;
  }
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(end);
  m->type = TimeType::kDate;
  m->kind = kind;
  return true;
}

}  // namespace claimtrace::figures
