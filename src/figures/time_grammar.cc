// Time-expression grammar: a left-to-right scan of each sentence; at every token a fixed list
// of matchers is tried (modifiers such as "early"/"the end of" first, then times of day,
// absolute dates via core/date.h MatchDate, weekdays, relative days, holidays, sets,
// number + unit expressions, "this/last/next" periods, months, seasons, quarters, years,
// decades, PRESENT_REF words). The first match wins and scanning resumes after it, so mentions
// never overlap. The rules and their limits are listed in docs/quality.md ("Figures and
// times"). Covered by time_extractor_test.cc and the golden files in tests/golden/figures.
#include "figures/time_grammar.h"

#include "figures/time_scanner.h"

namespace claimtrace::figures {

void TimeScanner::Run() {
  size_t i = b_;
  while (i < e_) {
    TimeMention m;
    if (MatchAny(i, &m)) {
      Emit(m);
      i = m.end;
      // A second day after a range connector: "March 15 and 16", "January 4-8".
      if (m.kind == MentionKind::kAbsolute && m.day > 0 && m.hour < 0) {
        TimeMention second;
        if (MatchSecondDay(i, m, &second)) {
          Emit(second);
          i = second.end;
        }
      }
      // A second year: "2014-16", "2018 to 2021" (the latter is also matched on its own).
      if (m.kind == MentionKind::kAbsolute && m.month == 0 && m.year > 0 && m.end - m.begin == 1) {
        TimeMention second;
        if (MatchSecondYear(i, m, &second)) {
          Emit(second);
          i = second.end;
        }
      }
    } else {
      ++i;
    }
  }
}

void TimeScanner::Emit(TimeMention& m) {
  m.sentence = sentence_;
  AttachQualifier(&m);
  m.span = {v_.tok(m.begin).span.start, v_.tok(m.end - 1).span.end};
  if (m.type == TimeType::kDate || m.type == TimeType::kTime) {
    const int tense = Tense(m.begin, m.end);
    m.future = tense > 0;
    m.past = tense < 0;
  }
  if (m.kind == MentionKind::kTimeOnly) m.generic = RecurringTimeOfDay(m);
  out_->push_back(m);
}

// A bare time of day is recurring (no day: "XXXX-XX-XXT19:00") when its sentence has a set
// word ("weekdays", "daily", "every", "each") or reads as a general statement: no day, date or
// relative day named in the sentence, no past-tense or future cue anywhere in it, and more
// than the time itself (a live-blog timestamp "9:42 p.m." belongs to the day of the text).
bool TimeScanner::RecurringTimeOfDay(const TimeMention& m) const {
  for (const TimeMention& o : *out_) {
    if (o.sentence == sentence_ && o.type == TimeType::kSet) return true;
    if (o.sentence == sentence_ && (o.type == TimeType::kDate || o.day > 0)) return false;
  }
  size_t words = 0;
  static constexpr std::string_view kIrregularPast[] = {
      "went",  "came",  "said",    "told",    "took", "gave",  "made",   "began", "found",
      "got",   "left",  "met",     "ran",     "saw",  "spoke", "struck", "held",  "fell",
      "rose",  "broke", "brought", "thought", "knew", "sent",  "spent",  "kept",  "led",
      "stood", "heard", "paid",    "shot",    "won",  "lost",  "wrote",  "was",   "were",
      "had",   "did",   "became",  "arrived", "ended"};
  for (size_t k = b_; k < e_; ++k) {
    if (k >= m.begin && k < m.end) continue;
    if (!v_.IsWord(k)) continue;
    ++words;
    const uint64_t c = v_.Cls(k);
    if (c & (kWcWeekday | kWcMonth | kWcFutureCue)) return false;
    if (c & kWcSetAdverb) return true;
    const std::string_view w = v_.Lower(k);
    if (w == "every" || w == "each" || w == "weekdays" || w == "weekends" || w == "daily" ||
        w == "nightly") {
      return true;
    }
    if (w == "today" || w == "tonight" || w == "yesterday" || w == "tomorrow") return false;
    if (w.ends_with("'ll") || w.ends_with("’ll")) return false;
    for (std::string_view past : kIrregularPast) {
      if (w == past) return false;
    }
    const bool passive = k > b_ && (v_.Is(k - 1, "is") || v_.Is(k - 1, "are") ||
                                    v_.Is(k - 1, "be") || v_.Is(k - 1, "been"));
    if (!passive && !v_.Capitalized(k) && w.size() > 4 && w.ends_with("ed") &&
        !(c & (kWcStop | kWcAux))) {
      return false;
    }
  }
  return words >= 3;
}

// +1 future, -1 past, 0 unknown: the nearest tense cue before the expression in its clause
// (a modal or plan word; a past-tense or reporting verb, "since", a lower-case -ed word),
// else "will"/"is due" right after it.
int TimeScanner::Tense(size_t begin, size_t end) const {
  for (size_t k = begin, steps = 0; k > b_ && steps < 30; ++steps) {
    --k;
    const uint64_t c = v_.Cls(k);
    if (c & kWcFutureCue) {
      if (!(v_.Is(k, "may") && Cap(k))) return 1;
    }
    const std::string_view lw = v_.Lower(k);
    if (lw.ends_with("'ll") || lw.ends_with("’ll") || lw == "won't" || lw == "won’t") return 1;
    // "is to be held", "are to travel": a planned event.
    if (v_.Is(k, "to") && k > b_ &&
        (v_.Is(k - 1, "is") || v_.Is(k - 1, "are") || v_.Is(k - 1, "am") || v_.Is(k - 1, "were") ||
         (v_.Is(k - 1, "was") && k > b_ + 1 && !v_.Is(k - 2, "it")))) {
      return 1;
    }
    // "is traveling to Ohio on Friday": a present progressive announces a plan.
    if (v_.IsWord(k) && !Cap(k) && v_.Lower(k).size() > 5 && v_.Lower(k).ends_with("ing") &&
        k > b_ && (v_.Is(k - 1, "is") || v_.Is(k - 1, "are") || v_.Is(k - 1, "am"))) {
      return 1;
    }
    if (v_.Is(k, "if") || v_.Is(k, "unless")) return 0;
    if (c & kWcSpeech) return -1;
    if (v_.Is(k, "since") || v_.Is(k, "ago")) return -1;
    if (v_.Is(k, "until") || v_.Is(k, "till")) return 0;
    // A past participle after "be"/"is" is passive, not past ("will be followed").
    const bool passive = k > b_ && (v_.Is(k - 1, "be") || v_.Is(k - 1, "is") ||
                                    v_.Is(k - 1, "are") || v_.Is(k - 1, "being"));
    if (!passive && (c & kWcChangeVerb) && v_.Lower(k).ends_with("ed")) return -1;
    if (!passive && v_.IsWord(k) && !Cap(k) && !(c & (kWcStop | kWcAux)) &&
        v_.Lower(k).size() > 4 && v_.Lower(k).ends_with("ed")) {
      return -1;
    }
    if (v_.Is(k, ";") || v_.Is(k, ",") || v_.Is(k, ":")) break;
  }
  if (end < e_) {
    if (Is(end, "will") || Is(end, "'ll") || Is(end, "’ll")) return true;
    if ((Is(end, "is") || Is(end, "are")) && (Is(end + 1, "due") || Is(end + 1, "expected") ||
                                              Is(end + 1, "scheduled") || Is(end + 1, "set"))) {
      return 1;
    }
  }
  return 0;
}

// "to meet again in two weeks": an infinitive before the expression in its clause.
bool TimeScanner::InfinitiveBefore(size_t begin) const {
  for (size_t k = begin, steps = 0; k > b_ + 1 && steps < 8; ++steps) {
    --k;
    if (v_.Is(k, ",") || v_.Is(k, ";")) return false;
    if (v_.IsWord(k) && v_.Is(k - 1, "to") && !(v_.Cls(k) & kWcStop)) return true;
  }
  return false;
}

// A capitalised time word inside a name: "Breitbart News Daily", "USA TODAY", "LA Weekly".
bool TimeScanner::InName(size_t i) const {
  if (!Cap(i) || v_.SentenceStart(i)) return false;
  const bool cap_before = i > b_ && v_.IsWord(i - 1) && Cap(i - 1);
  const bool cap_after = In(i + 1) && v_.IsWord(i + 1) && Cap(i + 1);
  return cap_before || cap_after;
}

bool TimeScanner::MayStart(size_t i) const {
  const ViewToken& t = v_.tok(i);
  if (t.kind == TokenKind::kNumber) return true;
  if (t.kind != TokenKind::kWord) return false;
  constexpr uint64_t kStart = kWcMonth | kWcWeekday | kWcTimeUnit | kWcPartOfDay | kWcSeason |
                              kWcSetAdverb | kWcNumber | kWcVague | kWcOrdinal | kWcTimeStart;
  if (t.info && (t.info->cls & kStart)) return true;
  return v_.Text(i).find('-') != std::string_view::npos;  // "five-year", "third-quarter"
}

bool TimeScanner::MatchAny(size_t i, TimeMention* m) {
  if (!MayStart(i)) return false;
  if (v_.IsWord(i) && InName(i) && (Cls(i) & (kWcSetAdverb))) {
    return false;
  }
  if (v_.IsWord(i) && InName(i) &&
      (v_.Is(i, "today") || v_.Is(i, "tonight") || v_.Is(i, "tomorrow") || v_.Is(i, "yesterday") ||
       v_.Is(i, "now"))) {
    return false;
  }
  return MatchModified(i, m) || MatchTimeOfDay(i, m, true) || MatchDayish(i, m) ||
         MatchHoliday(i, m) || MatchSet(i, m) || MatchQuantified(i, m) || MatchThePhrase(i, m) ||
         MatchRelPeriod(i, m) || MatchMonth(i, m) || MatchSeason(i, m) || MatchQuarter(i, m) ||
         MatchYear(i, m) || MatchDecade(i, m) || MatchCentury(i, m) || MatchRef(i, m) ||
         MatchBarePlural(i, m);
}

// Expressions that can carry a modifier in front ("early", "late", "mid-", "the end of").
bool TimeScanner::MatchModifiable(size_t i, TimeMention* m) {
  return MatchDayish(i, m) || MatchRelPeriod(i, m) || MatchMonth(i, m) || MatchSeason(i, m) ||
         MatchQuarter(i, m) || MatchYear(i, m) || MatchDecade(i, m) || MatchHoliday(i, m);
}

bool TimeScanner::MatchModified(size_t i, TimeMention* m) {
  size_t j = i;
  bool the_ok = false;  // "the end of the year": "the" + unit allowed inside
  std::string_view mod;
  if (Is(j, "early") || Is(j, "late") || Is(j, "earlier") || Is(j, "later")) {
    if (v_.Is(j, "early")) mod = "START";
    if (v_.Is(j, "late")) mod = "END";
    ++j;
    if (Is(j, "-")) ++j;
    if (v_.Is(i, "earlier") || v_.Is(i, "later")) {
      // only "earlier this month", "later in the year", "later next week"
      if (Is(j, "in")) {
        ++j;
        the_ok = true;
      } else if (!(Is(j, "this") || Is(j, "next") || Is(j, "last"))) {
        return false;
      }
    }
  } else if (Is(j, "mid") || Is(j, "mid-")) {
    mod = "MID";
    ++j;
    if (Is(j, "-")) ++j;
  } else if (Is(j, "the") &&
             (Is(j + 1, "end") || Is(j + 1, "start") || Is(j + 1, "beginning") ||
              Is(j + 1, "middle") || Is(j + 1, "turn") || Is(j + 1, "close")) &&
             Is(j + 2, "of")) {
    const std::string_view w = v_.Lower(j + 1);
    mod = w == "end" || w == "close" ? "END" : w == "middle" ? "MID" : w == "turn" ? "" : "START";
    j += 3;
    the_ok = true;
  } else {
    return false;
  }
  if (!In(j)) return false;
  TimeMention inner;
  if (the_ok && Is(j, "the") && (Cls(j + 1) & kWcTimeUnit)) {
    const auto unit = static_cast<TimeUnit>(v_.Info(j + 1)->sub);
    if (unit == TimeUnit::kWeek || unit == TimeUnit::kMonth || unit == TimeUnit::kYear ||
        unit == TimeUnit::kDecade || unit == TimeUnit::kCentury || unit == TimeUnit::kQuarter) {
      inner.kind = MentionKind::kRelPeriod;
      inner.unit = unit;
      inner.n = 0;
      inner.begin = static_cast<uint32_t>(j);
      inner.end = static_cast<uint32_t>(j + 2);
      *m = inner;
      m->begin = static_cast<uint32_t>(i);
      m->mod = mod;
      return true;
    }
  }
  if (!MatchModifiable(j, &inner)) return false;
  if (inner.type != TimeType::kDate && inner.type != TimeType::kTime) return false;
  *m = inner;
  m->begin = static_cast<uint32_t>(i);
  m->mod = mod;
  return true;
}

// A qualifier right before an amount of time takes the span and gives the mod: "about 50
// hours" (APPROX), "more than two years" (MORE_THAN), "at least a week" (EQUAL_OR_MORE),
// "less than a month" (LESS_THAN), "up to six months" (EQUAL_OR_LESS), "nearly a
// quarter-century ago" (APPROX). "over"/"under" are left alone: mostly prepositions before
// time ("over the past year", "over a year, savings grew").
void TimeScanner::AttachQualifier(TimeMention* m) const {
  if (!m->mod.empty() || m->begin <= b_) return;
  const bool amount = m->type == TimeType::kDuration || m->kind == MentionKind::kAgo ||
                      m->kind == MentionKind::kPastRef || m->kind == MentionKind::kFromNow ||
                      m->kind == MentionKind::kRefShift;
  if (!amount) return;
  // The amount itself must start the mention: "about 50 hours", not "about the past week".
  if (!(v_.IsNumber(m->begin) || (Cls(m->begin) & kWcNumber) || v_.Is(m->begin, "a") ||
        v_.Is(m->begin, "an"))) {
    return;
  }
  struct Q {
    std::string_view w1, w2, mod;
  };
  static constexpr Q kQ[] = {
      {"about", "", "APPROX"},          {"around", "", "APPROX"},
      {"roughly", "", "APPROX"},        {"approximately", "", "APPROX"},
      {"nearly", "", "APPROX"},         {"almost", "", "APPROX"},
      {"some", "", "APPROX"},           {"estimated", "", "APPROX"},
      {"more", "than", "MORE_THAN"},    {"longer", "than", "MORE_THAN"},
      {"less", "than", "LESS_THAN"},    {"fewer", "than", "LESS_THAN"},
      {"at", "least", "EQUAL_OR_MORE"}, {"up", "to", "EQUAL_OR_LESS"},
      {"at", "most", "EQUAL_OR_LESS"},  {"no", "more", "EQUAL_OR_LESS"},
  };
  const size_t p = m->begin - 1;
  for (const Q& q : kQ) {
    if (q.w2.empty()) {
      if (!v_.Is(p, q.w1)) continue;
      // "some" only before digits or a number word ("some 20 years"), not "some years".
      if (q.w1 == "some" && v_.Is(m->begin, "a")) continue;
      m->mod = q.mod;
      m->begin = static_cast<uint32_t>(p);
      return;
    }
    if (p > b_ && v_.Is(p - 1, q.w1) && v_.Is(p, q.w2)) {
      // "no more than": the longest phrase wins.
      if (q.w1 == "more" && p > b_ + 1 && v_.Is(p - 2, "no")) {
        m->mod = "EQUAL_OR_LESS";
        m->begin = static_cast<uint32_t>(p - 2);
        return;
      }
      if (q.w1 == "no") continue;
      m->mod = q.mod;
      m->begin = static_cast<uint32_t>(p - 1);
      return;
    }
  }
}

std::vector<TimeMention> FindTimeMentions(
    const TokenView& v, const std::vector<std::pair<uint32_t, uint32_t>>& sentence_tokens) {
  std::vector<TimeMention> out;
  for (uint32_t s = 0; s < sentence_tokens.size(); ++s) {
    const auto [b, e] = sentence_tokens[s];
    if (b >= e || e > v.size()) continue;
    TimeScanner(v, s, b, e, &out).Run();
  }
  return out;
}

}  // namespace claimtrace::figures
