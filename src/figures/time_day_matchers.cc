// Time grammar, day-level matchers: times of day ("10 a.m.", "noon on Friday"), absolute dates
// read with core/date.h MatchDate ("24 February 2022", "March 4") and date ranges ("March 15
// and 16"), weekdays ("last Friday", "Saturday night"), relative days ("yesterday", "tonight")
// and holidays ("Christmas Eve", "Election Day"). Covered by time_extractor_test.cc.
#include <optional>

#include "core/date.h"
#include "figures/time_scanner.h"

namespace claimtrace::figures {

// "10 a.m.", "10:30 p.m. GMT", "noon", "7pm", optionally followed by a day ("on Friday").
bool TimeScanner::MatchTimeOfDay(size_t i, TimeMention* m, bool attach_day) {
  if (!In(i)) return false;
  int hour = -1, minute = 0;
  size_t j = i;
  if (Is(i, "noon") || Is(i, "midday")) {
    hour = 12;
    j = i + 1;
  } else if (Is(i, "midnight")) {
    hour = 24;
    j = i + 1;
  } else if (v_.IsNumber(i)) {
    const std::string_view t = v_.Text(i);
    const size_t colon = t.find(':');
    if (colon != std::string_view::npos) {
      if (colon == 0 || colon > 2 || t.size() != colon + 3) return false;
      int h = 0, mi = 0;
      for (size_t k = 0; k < colon; ++k) h = h * 10 + (t[k] - '0');
      mi = (t[colon + 1] - '0') * 10 + (t[colon + 2] - '0');
      if (h > 24 || mi > 59) return false;
      // "9:30 to 11:30 a.m.": the first time of a range takes the second one's marker.
      const bool range_marked = (Is(i + 1, "to") || Is(i + 1, "-") || Is(i + 1, "–")) &&
                                v_.IsNumber(i + 2) && IsAmPm(v_, i + 3);
      const bool marked = IsAmPm(v_, i + 1) || (Cls(i + 1) & kWcTimeZone) || Is(i + 1, "hrs") ||
                          Is(i + 1, "local") || Is(i + 1, "h") || range_marked;
      const bool prep = i > b_ && (Is(i - 1, "at") || Is(i - 1, "until") || Is(i - 1, "from") ||
                                   Is(i - 1, "by") || Is(i - 1, "before") || Is(i - 1, "after") ||
                                   Is(i - 1, "around") || Is(i - 1, "since") || Is(i - 1, "till") ||
                                   Is(i - 1, "about"));
      if (!marked && !prep) return false;
      hour = h;
      minute = mi;
      j = i + 1;
    } else {
      const int h = SmallInt(v_, i, 12);
      if (h < 1 || !In(i + 1)) return false;
      if (!IsAmPm(v_, i + 1) && !Is(i + 1, "o'clock") && !Is(i + 1, "o’clock")) return false;
      hour = h;
      j = i + 1;
    }
    if (IsAmPm(v_, j)) {
      if (IsPm(v_, j) && hour < 12) hour += 12;
      if (!IsPm(v_, j) && hour == 12) hour = 0;
      ++j;
    } else if (Is(j, "o'clock") || Is(j, "o’clock")) {
      ++j;
    }
  } else if ((Cls(i) & kWcNumber) && v_.Info(i)->value >= 1 && v_.Info(i)->value <= 12 &&
             (Is(i + 1, "o'clock") || Is(i + 1, "o’clock"))) {
    hour = static_cast<int>(v_.Info(i)->value);  // "three o'clock"
    j = i + 2;
  } else {
    return false;
  }
  if (Cls(j) & kWcTimeZone) {
    ++j;
  } else if (Is(j, "local") && Is(j + 1, "time")) {
    j += 2;
  }
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(j);
  m->type = TimeType::kTime;
  m->kind = MentionKind::kTimeOnly;
  m->hour = hour;
  m->minute = minute;
  if (attach_day) {
    size_t k = j;
    if (Is(k, "on") || Is(k, ",")) ++k;
    TimeMention day;
    const bool dayish = In(k) && MatchDayish(k, &day, /*attach_time=*/false);
    const bool shift = !dayish && In(k) && v_.Is(k, "the") && MatchThePhrase(k, &day) &&
                       day.kind == MentionKind::kRefShift && day.unit == TimeUnit::kDay;
    if ((dayish || shift) && day.hour < 0) {
      // "6 o'clock this afternoon": the part of day sets a.m./p.m.
      if (!day.part_of_day.empty() && hour < 12 && day.part_of_day != "MO") hour += 12;
      day.part_of_day = {};
      day.begin = static_cast<uint32_t>(i);
      day.hour = hour;
      day.minute = minute;
      day.type = TimeType::kTime;
      *m = day;
    }
  }
  return true;
}

// An optional time of day after a day: "Friday at 10 a.m.", "Wednesday, 3pm".
void TimeScanner::AttachTime(TimeMention* m) {
  size_t k = m->end;
  if (Is(k, "at") || Is(k, ",")) ++k;
  TimeMention t;
  if (In(k) && MatchTimeOfDay(k, &t, false)) {
    m->hour = t.hour;
    m->minute = t.minute;
    m->end = t.end;
    m->type = TimeType::kTime;
  }
}

// A part of day after a day word: "Saturday night", "yesterday morning".
void TimeScanner::AttachPartOfDay(TimeMention* m) {
  size_t k = m->end;
  if (Cls(k) & kWcPartOfDay) {
    m->part_of_day = v_.Info(k)->unit;
    m->end = static_cast<uint32_t>(k + 1);
    m->type = TimeType::kTime;
  }
}

bool TimeScanner::MatchDayish(size_t i, TimeMention* m, bool attach_time) {
  if (MatchAbsoluteDate(i, m) || MatchWeekday(i, m) || MatchRelDay(i, m)) {
    if (attach_time && m->hour < 0 && m->part_of_day.empty() &&
        (m->day > 0 || m->kind != MentionKind::kAbsolute)) {
      AttachTime(m);
    }
    return true;
  }
  return false;
}

// Token index of the first token starting at or after byte `pos` (within the sentence).
size_t TimeScanner::TokenAtByte(size_t from, uint32_t pos) const {
  size_t k = from;
  while (k < e_ && v_.tok(k).span.start < pos) ++k;
  return k;
}

// "9/17/16": month/day/two-digit year (day first when the first number exceeds 12).
bool TimeScanner::MatchShortSlashDate(size_t i, TimeMention* m) {
  if (!In(i + 4) || !v_.IsNumber(i) || !Is(i + 1, "/") || !v_.IsNumber(i + 2) || !Is(i + 3, "/") ||
      !v_.IsNumber(i + 4)) {
    return false;
  }
  for (size_t k = i; k < i + 4; ++k) {
    if (!v_.Glued(k)) return false;
  }
  if (v_.Text(i + 4).size() != 2 || (In(i + 5) && v_.Glued(i + 4) && v_.IsNumber(i + 5))) {
    return false;
  }
  int a = SmallInt(v_, i, 31), b = SmallInt(v_, i + 2, 31), yy = SmallInt(v_, i + 4, 99);
  if (a < 1 || b < 1 || yy < 0) return false;
  int month = a, day = b;
  if (a > 12) std::swap(month, day);
  const int year = yy <= 50 ? 2000 + yy : 1900 + yy;
  if (!IsValidDate(year, month, day)) return false;
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(i + 5);
  m->type = TimeType::kDate;
  m->kind = MentionKind::kAbsolute;
  m->year = year;
  m->month = month;
  m->day = day;
  return true;
}

bool TimeScanner::MatchAbsoluteDate(size_t i, TimeMention* m) {
  if (!In(i)) return false;
  if (MatchShortSlashDate(i, m)) return true;
  const uint64_t c = v_.Cls(i);
  if (!v_.IsNumber(i) && !((c & (kWcMonth | kWcWeekday)) && Cap(i))) return false;
  if (v_.IsNumber(i) && i > b_ && !v_.SpaceBefore(i) && v_.IsWord(i - 1)) return false;
  const uint32_t start = v_.tok(i).span.start;
  std::optional<DateMatch> d = MatchDate(v_.text(), start);
  if (!d) return false;
  const uint32_t end_byte = start + static_cast<uint32_t>(d->length);
  const size_t end_tok = TokenAtByte(i, end_byte);
  if (end_tok == i || v_.tok(end_tok - 1).span.end != end_byte) return false;
  for (size_t k = i; k < end_tok; ++k) {
    if ((v_.Cls(k) & (kWcMonth | kWcWeekday)) && !Cap(k)) return false;
  }
  // "5 May" where May is the modal verb is refused above (lower case); a day-first date
  // right after a currency or unit is not a date ("£5 March" does not occur; "15 March"
  // after "page" is a label): keep it simple and accept.
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(end_tok);
  m->type = TimeType::kDate;
  m->kind = MentionKind::kAbsolute;
  m->year = d->year;
  m->month = d->month;
  m->day = d->day;
  if (m->year == 0) ReadYearSuffix(m);
  return true;
}

// "March 4 last year", "May of 2019", "June this year".
void TimeScanner::ReadYearSuffix(TimeMention* m) {
  size_t k = m->end;
  if (Is(k, "of") && (Is(k + 1, "last") || Is(k + 1, "this") || Is(k + 1, "next")) &&
      Is(k + 2, "year")) {
    ++k;
  }
  if ((Is(k, "last") || Is(k, "this") || Is(k, "next")) && Is(k + 1, "year")) {
    m->kind = MentionKind::kAbsolute;
    m->n = v_.Is(k, "last") ? -1 : v_.Is(k, "next") ? 1 : 0;
    m->dir = 9;  // marks a year relative to the anchor (see resolver)
    m->end = static_cast<uint32_t>(k + 2);
    return;
  }
  int y = 0;
  if (Is(m->end, "of") && IsYearNumeral(v_, m->end + 1, &y)) {
    m->year = y;
    m->end += 2;
  }
}

bool TimeScanner::MatchSecondDay(size_t i, const TimeMention& first, TimeMention* m) {
  if (!(Is(i, "and") || Is(i, "-") || Is(i, "–") || Is(i, "to") || Is(i, "through") ||
        Is(i, "until") || Is(i, "&"))) {
    return false;
  }
  const int d = SmallInt(v_, i + 1, 31);
  if (d < 1 || d <= first.day) return false;
  const uint64_t after = Cls(i + 2);
  if (after & (kWcMonth | kWcMultiplier | kWcPercent | kWcMeasure | kWcTimeUnit | kWcPeople)) {
    return false;
  }
  if (Is(i + 2, "%") || IsAmPm(v_, i + 2)) return false;
  *m = first;
  m->day = d;
  m->begin = static_cast<uint32_t>(i + 1);
  m->end = static_cast<uint32_t>(i + 2);
  return IsValidDate(first.year == 0 ? 2000 : first.year, first.month, d);
}

bool TimeScanner::MatchSecondYear(size_t i, const TimeMention& first, TimeMention* m) {
  if (!(Is(i, "-") || Is(i, "–") || Is(i, "/"))) return false;
  if (v_.SpaceBefore(i) || v_.SpaceBefore(i + 1)) return false;
  int y = 0;
  if (!IsYearNumeral(v_, i + 1, &y)) {
    const int yy = SmallInt(v_, i + 1, 99);
    if (yy < 0 || v_.Text(i + 1).size() != 2) return false;
    y = first.year / 100 * 100 + yy;
    if (y <= first.year) return false;
  }
  if (y <= first.year || y > first.year + 100) return false;
  *m = first;
  m->year = y;
  m->begin = static_cast<uint32_t>(i + 1);
  m->end = static_cast<uint32_t>(i + 2);
  return true;
}

bool TimeScanner::MatchWeekday(size_t i, TimeMention* m) {
  size_t j = i;
  int dir = 0;
  if (Is(j, "last")) {
    dir = -1;
    ++j;
  } else if (Is(j, "next")) {
    dir = 1;
    ++j;
  } else if (Is(j, "this") || Is(j, "this-coming") || Is(j, "coming")) {
    dir = 2;
    ++j;
  }
  if (!(Cls(j) & kWcWeekday) || !Cap(j)) return false;
  // Named days are not the weekday near the anchor: "Black Friday", "Super Tuesday".
  if (dir == 0 && j > b_) {
    static constexpr std::string_view kNamed[] = {"black",  "cyber",  "super",  "good",   "ash",
                                                  "bloody", "holy",   "palm",   "maundy", "shrove",
                                                  "fat",    "giving", "easter", "whit"};
    for (std::string_view w : kNamed) {
      if (v_.Is(j - 1, w) && Cap(j - 1)) return false;
    }
  }
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(j + 1);
  m->type = TimeType::kDate;
  m->kind = MentionKind::kWeekday;
  m->weekday = v_.Info(j)->sub;
  m->dir = dir;
  size_t k = j + 1;
  if (IsPossessive(v_, k) && In(k)) {
    // "Monday's vote": the span stays on the weekday.
    return true;
  }
  AttachPartOfDay(m);
  return true;
}

// "today" meaning nowadays (PRESENT_REF) rather than the publication day: "today's
// interconnected world" (a possessive before anything but a news event: "today's vote" is the
// day), "in today's", "of today", "even/still today", "today" before a modal ("a website today
// must load fast"), and a sentence-initial "Today" in a sentence with no past or future cue and
// no progressive ("Today, many campaigns make it possible..."). Otherwise the day.
bool TimeScanner::GenericToday(size_t i) const {
  if (IsPossessive(v_, i + 1)) {
    if (i > b_ && v_.Is(i - 1, "in")) return true;
    static constexpr std::string_view kEventNouns[] = {
        "meeting",  "vote",      "hearing",      "talks",      "session",   "game",     "match",
        "race",     "election",  "announcement", "decision",   "ruling",    "speech",   "summit",
        "briefing", "statement", "attack",       "strike",     "protest",   "deadline", "edition",
        "episode",  "show",      "paper",        "newsletter", "headlines", "news",     "event",
        "march",    "rally",     "debate",       "launch",     "opening",   "trading",  "session",
        "agenda",   "verdict",   "final",        "primary",    "caucus",    "caucuses", "release",
        "update",   "report",    "program",      "programme",  "schedule",  "service",  "ceremony"};
    for (size_t k = i + 2; k < i + 5 && In(k) && v_.IsWord(k); ++k) {
      for (std::string_view e : kEventNouns) {
        if (v_.Is(k, e)) return false;
      }
    }
    return true;
  }
  if (i > b_ && (v_.Is(i - 1, "even") || v_.Is(i - 1, "still"))) return true;
  if (i > b_ && v_.Is(i - 1, "of") && i > b_ + 1 && !v_.Is(i - 2, "as") && v_.IsWord(i - 2) &&
      !(v_.Cls(i - 2) & kWcStop)) {
    return true;  // "the children of today"; not "as of today"
  }
  if (Is(i + 1, "still")) return true;
  if (Tense(i, i + 1) != 0) return false;
  // "a website today must load fast", "the threats today are": a noun, "today", a modal or a
  // present-tense verb.
  static constexpr std::string_view kPresent[] = {
      "must",    "can",    "should", "need",  "needs",  "is",    "are",   "has", "have",
      "remains", "remain", "can't",  "can’t", "cannot", "don't", "don’t", "do",  "does"};
  const bool noun_before = i > b_ && v_.IsWord(i - 1) && !(v_.Cls(i - 1) & (kWcStop | kWcAux));
  for (std::string_view md : kPresent) {
    if (Is(i + 1, md) &&
        (noun_before || md == "must" || md == "can" || md == "should" || md == "cannot") &&
        !(In(i + 2) && (v_.Lower(i + 2).ends_with("ing") || v_.Is(i + 2, "to")))) {
      return true;
    }
  }
  // "as strong today as it was": a comparison with the past.
  if (Is(i + 1, "as") && i > b_ + 1 && v_.Is(i - 2, "as")) return true;
  const bool fronted =
      i == b_ || (i == b_ + 1 && !v_.IsWord(b_)) || (i > b_ && v_.Is(i - 1, ",") && Is(i + 1, ","));
  if (fronted) {
    // Sentence-initial "Today": generic unless a past/future cue or a progressive follows.
    for (size_t k = i + 1; In(k); ++k) {
      const uint64_t c = v_.Cls(k);
      const std::string_view lw = v_.Lower(k);
      if (c & kWcFutureCue) return false;
      if ((c & kWcSpeech) &&
          (lw.ends_with("ed") || lw == "said" || lw == "told" || lw == "wrote" || lw == "spoke")) {
        return false;
      }
      if (lw.ends_with("'ll") || lw.ends_with("’ll")) return false;
      // A lower-case -ed word is a past verb unless passive ("is used") or an adjective
      // after punctuation or a determiner ("Today, advanced tools ...").
      const bool adjective =
          k > b_ && (v_.Kind(k - 1) == TokenKind::kPunct || v_.Is(k - 1, "the") ||
                     v_.Is(k - 1, "a") || v_.Is(k - 1, "an") || v_.Is(k - 1, "many") ||
                     v_.Is(k - 1, "some") || v_.Is(k - 1, "more") || v_.Is(k - 1, "most"));
      if (v_.IsWord(k) && !v_.Capitalized(k) && lw.size() > 4 && lw.ends_with("ed") && !adjective &&
          !(k > b_ && (v_.Is(k - 1, "is") || v_.Is(k - 1, "are") || v_.Is(k - 1, "be")))) {
        return false;
      }
      if ((lw == "is" || lw == "are" || lw == "was" || lw == "were") && In(k + 1) &&
          v_.Lower(k + 1).ends_with("ing")) {
        return false;
      }
      if (lw == "was" || lw == "were" || lw == "had" || lw == "did") return false;
    }
    return true;
  }
  return false;
}

bool TimeScanner::MatchRelDay(size_t i, TimeMention* m) {
  if (!In(i)) return false;
  int n = 0;
  size_t j = i + 1;
  std::string_view part;
  const std::string_view w = v_.Lower(i);
  if (w == "today" && GenericToday(i)) {
    m->begin = static_cast<uint32_t>(i);
    m->end = static_cast<uint32_t>(i + 1);
    m->type = TimeType::kDate;
    m->kind = MentionKind::kPresentRef;
    return true;
  }
  // "a brighter tomorrow": the noun, not a day.
  if ((w == "tomorrow" || w == "today") && i > b_ &&
      (v_.Is(i - 1, "a") || v_.Is(i - 1, "an") ||
       (i > b_ + 1 && (v_.Is(i - 2, "a") || v_.Is(i - 2, "an")) && v_.IsWord(i - 1)))) {
    return false;
  }
  if (w == "today") {
    n = 0;
  } else if (w == "yesterday") {
    n = -1;
  } else if (w == "tomorrow") {
    n = 1;
  } else if (w == "tonight") {
    part = "NI";
  } else if (w == "this" && (Cls(i + 1) & kWcPartOfDay) && !Is(i + 1, "night")) {
    part = v_.Info(i + 1)->unit;
    j = i + 2;
  } else if (w == "last" && Is(i + 1, "night")) {
    n = -1;
    part = "NI";
    j = i + 2;
  } else if (w == "the" && Is(i + 1, "day") && (Is(i + 2, "before") || Is(i + 2, "after")) &&
             (Is(i + 3, "yesterday") || Is(i + 3, "tomorrow"))) {
    n = v_.Is(i + 3, "yesterday") ? -2 : 2;
    j = i + 4;
  } else {
    return false;
  }
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(j);
  m->type = part.empty() ? TimeType::kDate : TimeType::kTime;
  m->kind = MentionKind::kRelDay;
  m->n = n;
  m->part_of_day = part;
  if (part.empty() && w != "the") AttachPartOfDay(m);
  return true;
}

bool TimeScanner::MatchHoliday(size_t i, TimeMention* m) {
  if (!In(i)) return false;
  size_t j = i;
  int dir = 0;
  if (Is(j, "last")) {
    dir = -1;
    ++j;
  } else if (Is(j, "next")) {
    dir = 1;
    ++j;
  } else if (Is(j, "this")) {
    dir = 2;
    ++j;
  }
  if (!In(j) || !Cap(j)) {
    if (!(Is(j, "election") && Is(j + 1, "day"))) return false;
  }
  Holiday h;
  size_t k = j;
  const std::string_view w = v_.Lower(j);
  if (w == "christmas") {
    if (Is(j + 1, "eve")) {
      h = Holiday::kChristmasEve, k = j + 2;
    } else if (Is(j + 1, "day")) {
      h = Holiday::kChristmas, k = j + 2;
    } else {
      h = Holiday::kChristmas, k = j + 1;
    }
  } else if (w == "boxing" && Is(j + 1, "day")) {
    h = Holiday::kBoxingDay, k = j + 2;
  } else if (w == "new" && Is(j + 1, "year") && IsPossessive(v_, j + 2)) {
    if (Is(j + 3, "eve")) {
      h = Holiday::kNewYearsEve, k = j + 4;
    } else {
      h = Holiday::kNewYearsDay, k = Is(j + 3, "day") ? j + 4 : j + 3;
    }
  } else if (w == "halloween") {
    h = Holiday::kHalloween, k = j + 1;
  } else if (w == "thanksgiving") {
    h = Holiday::kThanksgivingUs, k = Is(j + 1, "day") ? j + 2 : j + 1;
  } else if (w == "election" && Is(j + 1, "day")) {
    h = Holiday::kElectionDayUs, k = j + 2;
  } else if (w == "independence" && Is(j + 1, "day")) {
    h = Holiday::kIndependenceDayUs, k = j + 2;
  } else if (w == "labor" && Is(j + 1, "day")) {
    h = Holiday::kLaborDayUs, k = j + 2;
  } else if (w == "memorial" && Is(j + 1, "day")) {
    h = Holiday::kMemorialDayUs, k = j + 2;
  } else if (w == "black" && Is(j + 1, "friday") && Cap(j + 1)) {
    h = Holiday::kBlackFriday, k = j + 2;
  } else if (w == "cyber" && Is(j + 1, "monday") && Cap(j + 1)) {
    h = Holiday::kCyberMonday, k = j + 2;
  } else if (w == "easter") {
    h = Holiday::kEaster, k = (Is(j + 1, "sunday") || Is(j + 1, "day")) ? j + 2 : j + 1;
  } else if (w == "valentine" && IsPossessive(v_, j + 1) && Is(j + 2, "day")) {
    h = Holiday::kValentines, k = j + 3;
  } else {
    return false;
  }
  // "Christmas tree", "Easter eggs": a holiday used as a modifier of a thing.
  static constexpr std::string_view kThings[] = {
      "tree",    "trees",  "card",    "cards",    "carol",     "carols",   "decorations",
      "lights",  "market", "markets", "shopping", "presents",  "gifts",    "pudding",
      "jumper",  "eggs",   "egg",     "bunny",    "costume",   "costumes", "candy",
      "special", "song",   "songs",   "movie",    "film",      "story",    "spirit",
      "message", "rising", "island",  "uprising", "offensive", "truce"};
  for (std::string_view t : kThings) {
    if (Is(k, t)) return false;
  }
  m->begin = static_cast<uint32_t>(i);
  m->end = static_cast<uint32_t>(k);
  m->type = TimeType::kDate;
  m->kind = MentionKind::kHoliday;
  m->holiday = h;
  m->dir = dir;
  int y = 0;
  if (IsYearNumeral(v_, k, &y)) {
    m->year = y;
    m->end = static_cast<uint32_t>(k + 1);
  }
  return true;
}

}  // namespace claimtrace::figures
