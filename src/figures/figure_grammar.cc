// Figure grammar. For each sentence, left to right: read a quantity (currency prefix,
// cardinal or fraction, unit suffix), extend it to a range ("X to Y", "between X and Y",
// "from X to Y", "X-Y", "X or Y"), drop it if a negative rule says it is not a figure (age,
// label, model name, list marker, score...), attach the qualifier phrase before it (or the one
// after: "or more"), then read the counted noun phrase and the event after it (or the event
// verb before it) to fill unit and what. Covered by figure_extractor_test.cc and the golden
// files in tests/golden/figures.
#include "figures/figure_grammar.h"

#include "figures/figure_scanner.h"

namespace claimtrace::figures {
namespace {

struct Phrase {
  std::initializer_list<std::string_view> words;
  Qualifier q;
};

// Qualifier phrases, matched right to left against the tokens before a figure.
const Phrase kQualifiers[] = {
    {{"at", "least"}, Qualifier::kAtLeast},
    {{"more", "than"}, Qualifier::kAtLeast},
    {{"over"}, Qualifier::kAtLeast},
    {{"upwards", "of"}, Qualifier::kAtLeast},
    {{"upward", "of"}, Qualifier::kAtLeast},
    {{"in", "excess", "of"}, Qualifier::kAtLeast},
    {{"above"}, Qualifier::kAtLeast},
    {{"no", "fewer", "than"}, Qualifier::kAtLeast},
    {{"no", "less", "than"}, Qualifier::kAtLeast},
    {{"not", "less", "than"}, Qualifier::kAtLeast},
    {{"a", "minimum", "of"}, Qualifier::kAtLeast},
    {{"at", "a", "minimum"}, Qualifier::kAtLeast},
    {{"greater", "than"}, Qualifier::kAtLeast},
    {{"north", "of"}, Qualifier::kAtLeast},
    {{"well", "over"}, Qualifier::kAtLeast},
    {{"well", "above"}, Qualifier::kAtLeast},
    {{"exceeding"}, Qualifier::kAtLeast},
    {{"as", "few", "as"}, Qualifier::kAtLeast},
    {{"as", "little", "as"}, Qualifier::kAtLeast},
    {{"up", "to"}, Qualifier::kAtMost},
    {{"as", "many", "as"}, Qualifier::kAtMost},
    {{"as", "much", "as"}, Qualifier::kAtMost},
    {{"as", "high", "as"}, Qualifier::kAtMost},
    {{"fewer", "than"}, Qualifier::kAtMost},
    {{"less", "than"}, Qualifier::kAtMost},
    {{"under"}, Qualifier::kAtMost},
    {{"at", "most"}, Qualifier::kAtMost},
    {{"at", "the", "most"}, Qualifier::kAtMost},
    {{"no", "more", "than"}, Qualifier::kAtMost},
    {{"not", "more", "than"}, Qualifier::kAtMost},
    {{"a", "maximum", "of"}, Qualifier::kAtMost},
    {{"below"}, Qualifier::kAtMost},
    {{"about"}, Qualifier::kApprox},
    {{"around"}, Qualifier::kApprox},
    {{"round", "about"}, Qualifier::kApprox},
    {{"roughly"}, Qualifier::kApprox},
    {{"approximately"}, Qualifier::kApprox},
    {{"approx."}, Qualifier::kApprox},
    {{"nearly"}, Qualifier::kApprox},
    {{"almost"}, Qualifier::kApprox},
    {{"some"}, Qualifier::kApprox},
    {{"an", "estimated"}, Qualifier::kApprox},
    {{"estimated"}, Qualifier::kApprox},
    {{"an", "approximate"}, Qualifier::kApprox},
    {{"close", "to"}, Qualifier::kApprox},
    {{"circa"}, Qualifier::kApprox},
    {{"c."}, Qualifier::kApprox},
    {{"just", "over"}, Qualifier::kApprox},
    {{"a", "bit", "over"}, Qualifier::kApprox},
    {{"a", "bit", "under"}, Qualifier::kApprox},
    {{"a", "bit", "more", "than"}, Qualifier::kApprox},
    {{"a", "bit", "less", "than"}, Qualifier::kApprox},
    {{"a", "little", "more", "than"}, Qualifier::kApprox},
    {{"a", "little", "less", "than"}, Qualifier::kApprox},
    {{"just", "shy", "of"}, Qualifier::kApprox},
    {{"shy", "of"}, Qualifier::kAtMost},
    {{"well", "under"}, Qualifier::kAtMost},
    {{"well", "below"}, Qualifier::kAtMost},
    {{"just", "under"}, Qualifier::kApprox},
    {{"just", "below"}, Qualifier::kApprox},
    {{"just", "above"}, Qualifier::kApprox},
    {{"slightly", "more", "than"}, Qualifier::kApprox},
    {{"slightly", "less", "than"}, Qualifier::kApprox},
    {{"a", "little", "over"}, Qualifier::kApprox},
    {{"a", "little", "under"}, Qualifier::kApprox},
    {{"approaching"}, Qualifier::kApprox},
    {{"more", "or", "less"}, Qualifier::kApprox},
    {{"in", "the", "region", "of"}, Qualifier::kApprox},
    {{"on", "the", "order", "of"}, Qualifier::kApprox},
    {{"the", "best", "part", "of"}, Qualifier::kApprox},
    {{"larger", "than"}, Qualifier::kAtLeast},
    {{"bigger", "than"}, Qualifier::kAtLeast},
    {{"higher", "than"}, Qualifier::kAtLeast},
    {{"exceeds"}, Qualifier::kAtLeast},
    {{"exceed"}, Qualifier::kAtLeast},
    {{"exceeded"}, Qualifier::kAtLeast},
    {{"surpassed"}, Qualifier::kAtLeast},
    {{"surpasses"}, Qualifier::kAtLeast},
    {{"topped"}, Qualifier::kAtLeast},
    {{"tops"}, Qualifier::kAtLeast},
    {{"minimum"}, Qualifier::kAtLeast},
    {{"the", "minimum"}, Qualifier::kAtLeast},
    {{"a", "minimum"}, Qualifier::kAtLeast},
    {{"smaller", "than"}, Qualifier::kAtMost},
    {{"lower", "than"}, Qualifier::kAtMost},
    {{"maximum"}, Qualifier::kAtMost},
    {{"the", "maximum"}, Qualifier::kAtMost},
    {{"a", "maximum"}, Qualifier::kAtMost},
    {{"closer", "to"}, Qualifier::kApprox},
    {{"barely"}, Qualifier::kApprox},
    {{"scarcely"}, Qualifier::kApprox},
    {{"perhaps"}, Qualifier::kApprox},
    {{"maybe"}, Qualifier::kApprox},
    {{"possibly"}, Qualifier::kApprox},
    {{"surged", "past"}, Qualifier::kAtLeast},
    {{"surges", "past"}, Qualifier::kAtLeast},
    {{"soared", "past"}, Qualifier::kAtLeast},
    {{"climbed", "past"}, Qualifier::kAtLeast},
    {{"rose", "past"}, Qualifier::kAtLeast},
    {{"pushed", "past"}, Qualifier::kAtLeast},
    {{"well", "past"}, Qualifier::kAtLeast},
    {{"approaches"}, Qualifier::kApprox},
    {{"surpassing"}, Qualifier::kAtLeast},
    {{"surpass"}, Qualifier::kAtLeast},
    {{"approached"}, Qualifier::kApprox},
    {{"approach"}, Qualifier::kApprox},
    {{"nearing"}, Qualifier::kApprox},
    {{"nears"}, Qualifier::kApprox},
};

}  // namespace

void FigureScanner::Run() {
  size_t i = b_;
  while (i < e_) {
    const size_t next = TryAt(i);
    i = next > i ? next : i + 1;
  }
}

bool FigureScanner::InTime(size_t begin, size_t end) const {
  for (size_t k = begin; k < end; ++k) {
    if (v_.tok(k).in_time) return true;
  }
  return false;
}

// Matches a phrase ending right before token `end`; returns its first token or SIZE_MAX.
size_t FigureScanner::MatchBefore(size_t end, std::initializer_list<std::string_view> words) const {
  if (end < b_ + words.size()) return SIZE_MAX;
  size_t k = end - words.size();
  size_t j = k;
  for (std::string_view w : words) {
    if (!v_.Is(j, w)) return SIZE_MAX;
    ++j;
  }
  return k;
}

// The qualifier phrase ending right before `begin` (longest match), or nullopt.
std::optional<std::pair<size_t, Qualifier>> FigureScanner::QualifierBefore(size_t begin) const {
  std::optional<std::pair<size_t, Qualifier>> best;
  for (const Phrase& p : kQualifiers) {
    const size_t k = MatchBefore(begin, p.words);
    if (k == SIZE_MAX) continue;
    if (p.words.size() == 1 && *p.words.begin() == "about" && AboutIsPreposition(k)) continue;
    if (!best || k < best->first) best = std::make_pair(k, p.q);
  }
  // The phrase must end right before the number ("some 3,000", not "some of the 3,000"); the
  // longest match wins ("no more than" over "more than").
  return best;
}

// "about" is a preposition, not a qualifier, after a word that takes an "about" complement:
// verbs and nouns of speaking, knowing and feeling ("his comment about 47 percent of the
// country", "talked about 500 jobs", "learn more about 529 plans"). Such a figure is read as
// exact: the writer reports what was talked about, not an approximation.
bool FigureScanner::AboutIsPreposition(size_t about) const {
  if (about <= b_) return false;
  static constexpr std::string_view kStems[] = {
      "talk",  "spoke",   "speak",   "comment",  "remark",    "question", "ask",  "know",  "knew",
      "think", "thought", "worr",    "concern",  "care",      "complain", "joke", "learn", "hear",
      "heard", "read",    "wrote",   "write",    "story",     "stories",  "news", "debat", "argu",
      "warn",  "wonder",  "forget",  "forgot",   "inform",    "detail",   "lie",  "lying", "lied",
      "brag",  "boast",   "more",    "anything", "something", "nothing",  "lot",  "clear", "honest",
      "upset", "angry",   "excited", "curious",  "serious",   "remind",   "feel", "felt"};
  const std::string_view w = v_.Lower(about - 1);
  if (!v_.IsWord(about - 1)) return false;
  for (std::string_view stem : kStems) {
    if (w.starts_with(stem)) return true;
  }
  return false;
}

// Change context ("rose 5% to 7%", "fell from 4.1% to 3.8%"): "to" is not a range there.
bool FigureScanner::ChangeBefore(size_t begin) const {
  for (size_t k = begin, n = 0; k > b_ && n < 3; ++n) {
    --k;
    if (v_.Cls(k) & kWcChangeVerb) return true;
    if (!(v_.Is(k, "from") || v_.Is(k, "by") || (v_.Cls(k) & kWcStop) || v_.IsWord(k))) {
      break;
    }
  }
  return false;
}

bool FigureScanner::ScoreContext(size_t begin, size_t end) const {
  // "Tunisia 1 – 2 England": a pair between two names.
  if (begin > b_ && v_.IsWord(begin - 1) && v_.Capitalized(begin - 1) &&
      !v_.SentenceStart(begin - 1) && In(end) && v_.IsWord(end) && v_.Capitalized(end)) {
    return true;
  }
  for (size_t k = begin, n = 0; k > b_ && n < 4; ++n) {
    --k;
    if (v_.Cls(k) & kWcScoreVerb) return true;
  }
  // "2-6, 6-3, 6-2": another hyphenated pair right after or before.
  if (Is(end, ",") && v_.IsNumber(end + 1) && Is(end + 2, "-") && v_.IsNumber(end + 3)) {
    return true;
  }
  if (begin >= b_ + 2 && v_.Is(begin - 1, ",") && v_.IsNumber(begin - 2) && begin >= b_ + 4 &&
      v_.Is(begin - 3, "-")) {
    return true;
  }
  return false;
}

bool FigureScanner::UnitsCompatible(const Quantity& a, const Quantity& b) {
  return a.unit.empty() || b.unit.empty() || a.unit == b.unit;
}

// Tries to read a figure at token i; returns the token after it (or i when none).
bool FigureScanner::MayStart(size_t i) const {
  const ViewToken& t = v_.tok(i);
  if (t.kind == TokenKind::kNumber || t.kind == TokenKind::kSymbol) return true;
  if (t.kind == TokenKind::kDash) return v_.IsNumber(i + 1);  // "-15C"
  if (t.kind != TokenKind::kWord) return false;
  if (t.info && (t.info->cls & (kWcNumber | kWcFraction | kWcFigureStart))) return true;
  const std::string_view w = v_.Text(i);
  if (w.find('-') != std::string_view::npos) return true;  // "two-thirds", "ten-point"
  if (w.size() > 6 && w.ends_with("fold")) return true;    // "threefold"
  // Currency prefixes and codes: "US$", "C$", "NZ $", "USD 5m".
  return (In(i + 1) && (v_.Is(i + 1, "$") || v_.IsNumber(i + 1))) &&
         (t.flags & (kTokenAllCaps | kTokenCapitalized));
}

size_t FigureScanner::TryAt(size_t i) {
  if (v_.tok(i).in_time || !MayStart(i)) return i + 1;
  // Range openers: "between X and Y", "from X to Y".
  size_t start = i;
  bool between = false, from = false;
  if (Is(i, "between") || Is(i, "from")) {
    between = v_.Is(i, "between");
    from = !between;
    ++start;
  }
  Quantity q1;
  if (!ReadQuantity(start, &q1)) return i + 1;
  if (q1.fraction && (between || from) && !q1.frac_range) return i + 1;
  size_t fig_begin = between || from ? i : q1.begin;
  size_t fig_end = q1.end;
  double low = q1.value, high = q1.value;
  Qualifier qual = Qualifier::kExact;
  bool is_range = false;
  if (q1.frac_range) {  // "between a fifth and a quarter"
    high = q1.high;
    qual = Qualifier::kRange;
    is_range = true;
  }
  Quantity q2;
  // Range continuation.
  size_t k = q1.end;
  const bool dash = Is(k, "-") || Is(k, "–") || Is(k, "—");
  const bool to = Is(k, "to");
  // "Cost range: $465 and $4,304", "ranging $5 and $10": a range word before stands for
  // "between".
  const bool range_word = !between && !from && q1.begin > b_ &&
                          (v_.Lower(q1.begin - 1).starts_with("rang") ||
                           (v_.Is(q1.begin - 1, ":") && q1.begin > b_ + 1 &&
                            v_.Lower(q1.begin - 2).starts_with("rang")));
  const bool and_ = Is(k, "and") && (between || range_word);
  const bool or_ = Is(k, "or") && !between && !from;
  if ((dash || to || and_ || or_ || (between && to)) && !q1.fraction && !q1.has_post) {
    size_t j = k + 1;
    // "$500,000 to more than $1 million": the inner qualifier does not change the range.
    if (auto ql = QualifierAfterConnector(j)) j = *ql;
    bool ok = ReadQuantity(j, &q2) && !q2.fraction && !InTime(q2.begin, q2.end);
    if (ok && dash) {
      // "30,000-40,000" (glued) or "30,000 - 40,000" (spaced): both sides alike.
      ok = v_.SpaceBefore(k) == v_.SpaceBefore(k + 1);
    }
    if (ok && or_) {
      ok = (q1.words || q1.value < 1000) && q2.value > q1.value && q2.value <= 2 * q1.value + 10 &&
           q1.unit == q2.unit;
    }
    if (ok && (to || dash) && !between && !from && ChangeBefore(fig_begin)) ok = false;
    if (ok && from && ChangeBefore(i)) ok = false;
    if (ok && !UnitsCompatible(q1, q2)) ok = false;
    // "weakened 2% to 5.6 per dollar": a percentage then a bare number is a change and a level,
    // not a range (a range writes the unit on both ends or once at the end).
    if (ok && to && q1.unit == "%" && q2.unit.empty() && !between) ok = false;
    if (ok) {
      double v1 = q1.value;
      const double v2 = q2.value;
      if (q1.multiplier == 1 && q2.multiplier != 1 && v1 * q2.multiplier <= v2 && !q1.fraction) {
        v1 *= q2.multiplier;
      }
      if (dash && (v1 >= v2 || ScoreContext(fig_begin, q2.end))) {
        // A score or a tally ("won 3-1", "2-2", "ruled 6-3"): not figures.
        return q2.end;
      }
      if (to && v1 > v2 && q1.unit.empty() && q2.unit.empty() && ScoreContext(fig_begin, q2.end)) {
        return q2.end;  // "split 4 to 1", "voted 52 to 48"
      }
      if (v1 < v2) {
        is_range = true;
        low = v1;
        high = v2;
        fig_end = q2.end;
        if (q1.unit.empty()) q1.unit = q2.unit;
        qual = Qualifier::kRange;
      }
    }
  }
  if (!is_range && (between || from)) {
    // "from 5% ..." without a range: the figure starts at the quantity.
    fig_begin = q1.begin;
  }
  if (!is_range && Excluded(q1)) return q1.end;
  if (is_range && (InTime(q1.begin, q1.end) || ExcludedRangeSide(q1))) return fig_end;
  // Ages: "16 to 20-year-olds", "40 or 50-year old women".
  if (is_range && !q1.frac_range && Is(q2.num_end, "-") && In(q2.num_end + 1) &&
      (v_.Lower(q2.num_end + 1).starts_with("year-old") ||
       (v_.Is(q2.num_end + 1, "year") && Is(q2.num_end + 2, "old")))) {
    return fig_end;
  }
  // A code range in parentheses after a noun: "import alert (66-80)".
  if (is_range && q1.unit.empty() && !q1.words && !between && !from && fig_begin >= b_ + 2 &&
      v_.Is(fig_begin - 1, "(") && Is(fig_end, ")") && v_.IsWord(fig_begin - 2) &&
      !v_.Capitalized(fig_begin - 2) && !(v_.Cls(fig_begin - 2) & (kWcStop | kWcAux))) {
    return fig_end;
  }
  if (!is_range) {
    if (q1.has_post) qual = q1.post;
    if (q1.approx_mark) qual = Qualifier::kApprox;
    // "an estimated cost of NZ$26 million", "an estimated total of 500".
    if (fig_begin >= b_ + 3 && v_.Is(fig_begin - 1, "of") && v_.IsWord(fig_begin - 2) &&
        v_.Is(fig_begin - 3, "estimated")) {
      qual = Qualifier::kApprox;
    }
    if (auto qb = QualifierBefore(fig_begin); qb && !q1.has_post) {
      // "some" only directly before a number ("some 3,000"), which holds here.
      qual = qb->second;
      fig_begin = qb->first;
    }
  } else if (auto qb = QualifierBefore(fig_begin); qb && !between && !from) {
    // "an estimated 7,000 to 15,000": the span includes the qualifier, the figure stays a range.
    fig_begin = qb->first;
  } else if (between && i > b_ && (v_.Is(i - 1, "anywhere") || v_.Is(i - 1, "somewhere"))) {
    fig_begin = i - 1;
  }
  FigureMention f;
  f.begin = static_cast<uint32_t>(fig_begin);
  f.end = static_cast<uint32_t>(fig_end);
  f.span = {v_.tok(fig_begin).span.start, v_.tok(fig_end - 1).span.end};
  // "49.6C." at a sentence end: the abbreviation token carries the full stop.
  if (v_.Text(fig_end - 1).size() == 2 && v_.Text(fig_end - 1).back() == '.' &&
      (q1.unit == "°C" || q1.unit == "°F")) {
    --f.span.end;
  }
  f.low = low;
  f.high = high;
  f.qualifier = qual;
  f.unit = q1.unit;
  f.sentence = sentence_;
  Describe(&f, is_range && !q1.frac_range ? q2 : q1, fig_begin, fig_end);
  out_->push_back(std::move(f));
  ++sentence_figs_;
  return fig_end;
}

bool FigureScanner::ExcludedRangeSide(const Quantity& q) const {
  const size_t p = q.num_begin > b_ ? q.num_begin - 1 : SIZE_MAX;
  // The end of a ratio: "1-to-1 or 2-to-1".
  if (p != SIZE_MAX && v_.Is(p, "-") && v_.Glued(p) && q.num_begin >= b_ + 2 &&
      v_.Is(q.num_begin - 2, "to") && v_.Glued(q.num_begin - 2)) {
    return true;
  }
  if (p != SIZE_MAX && (v_.Is(p, "aged") || v_.Is(p, "ages") || v_.Is(p, "age"))) return true;
  if (q.begin > b_ + 1 && v_.Is(q.begin - 1, "between") && v_.Is(q.begin - 2, "aged")) {
    return true;
  }
  if (p != SIZE_MAX && (v_.Cls(p) & kWcLabel) && q.unit.empty()) return true;
  return false;
}

// A qualifier phrase right after a range connector; returns the token after it.
std::optional<size_t> FigureScanner::QualifierAfterConnector(size_t j) const {
  for (const Phrase& p : kQualifiers) {
    size_t k = j;
    bool ok = true;
    for (std::string_view w : p.words) {
      if (!Is(k, w)) {
        ok = false;
        break;
      }
      ++k;
    }
    if (ok && k > j) return k;
  }
  return std::nullopt;
}

std::vector<FigureMention> FindFigures(
    const TokenView& v, const std::vector<std::pair<uint32_t, uint32_t>>& sentence_tokens) {
  std::vector<FigureMention> out;
  for (uint32_t s = 0; s < sentence_tokens.size(); ++s) {
    const auto [b, e] = sentence_tokens[s];
    if (b >= e || e > v.size()) continue;
    FigureScanner(v, s, b, e, &out).Run();
  }
  return out;
}

}  // namespace claimtrace::figures
