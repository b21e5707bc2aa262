// Figure grammar, negative rules: numbers inside times, ages ("Mytkevich, 39,", "aged 23",
// "25-year-old"), identifiers and phone numbers, labels ("page 12", "No 10", "posts 542 and
// 543"), model names ("Mi-8", "Boeing 737", "iPhone 15"), capitalised number words in names
// ("BBC Two"), age groups ("children under five"), "call 999", street numbers, list markers, and
// the pronoun "one". Covered by figure_extractor_test.cc (negative cases) and
// quantity_decision_test.cc.
#include <optional>

#include "figures/figure_scanner.h"

namespace claimtrace::figures {

// Negative rules for a single quantity (no unit): true when it is not a figure.
bool FigureScanner::Excluded(const Quantity& q) const {
  const size_t nb = q.num_begin, ne = q.num_end;
  if (InTime(q.begin, q.end)) return true;
  const bool has_unit = !q.unit.empty();
  const size_t p = nb > b_ ? nb - 1 : SIZE_MAX;
  if (!q.words && q.numeral.leading_zero) return true;
  // A capitalised number word inside a name: "BBC Two", "Ocean's Twelve", "the Big Four
  // accounting firms", "Five's share" (not at a sentence start; a title-case headline goes on
  // with another capital: "Storm Kills Three In Texas").
  if (q.words && !has_unit && ne == nb + 1 && v_.Capitalized(nb) &&
      !(v_.tok(nb).flags & kTokenAllCaps) && !v_.SentenceStart(nb) && (v_.Cls(nb) & kWcNumber)) {
    const bool name_before =
        p != SIZE_MAX &&
        ((v_.IsWord(p) && v_.Capitalized(p) && !(v_.Cls(p) & (kWcStop | kWcEvent))) ||
         ((v_.Is(p, "'s") || v_.Is(p, "’s")) && nb >= b_ + 2 && v_.Capitalized(nb - 2)));
    const bool possessive_after = Is(ne, "'s") || Is(ne, "’s");
    const bool capital_after = In(ne) && v_.IsWord(ne) && v_.Capitalized(ne);
    if ((name_before && !capital_after) || possessive_after) return true;
  }
  // Age groups and ratios: "18-24s", "1-to-1".
  if (!has_unit && Is(ne, "-") && v_.Glued(ne - 1) && In(ne + 1) && v_.Glued(ne)) {
    const std::string_view next = v_.Lower(ne + 1);
    if ((v_.IsNumber(ne + 1) && next.back() == 's') || next == "to") return true;
  }
  if (!has_unit && p != SIZE_MAX && v_.Is(p, "-") && v_.Glued(p) && nb >= b_ + 2 &&
      v_.Is(nb - 2, "to") && v_.Glued(nb - 2)) {
    return true;  // the second half of "1-to-1"
  }
  // Frequencies: "three times a week" (the set is the time expression).
  if (Is(q.end, "times") && (Is(q.end + 1, "a") || Is(q.end + 1, "per") || Is(q.end + 1, "each") ||
                             Is(q.end + 1, "every"))) {
    return true;
  }
  // Rankings: "the 10 best companies", "the five largest".
  if (!has_unit && p != SIZE_MAX && (v_.Is(p, "the") || v_.Is(p, "these")) && In(q.end)) {
    const std::string_view w = v_.Lower(q.end);
    if (w == "best" || w == "worst" || w == "biggest" || w == "largest" || w == "most" ||
        w == "least" || w == "richest" || w == "highest" || w == "lowest" || w == "greatest" ||
        w == "fastest" || w == "oldest" || w == "youngest" || w == "top" || w == "leading") {
      return true;
    }
  }
  // Identifiers and timestamps: long ungrouped integers ("1474387200").
  if (!q.words && !q.numeral.grouped && !q.numeral.decimal && q.numeral.int_digits > 6 &&
      q.multiplier == 1) {
    return true;
  }
  // Consecutive labels: "posts 542 and 543", "pages 5 and 6".
  if (!has_unit && !q.words && !q.numeral.grouped && !q.numeral.decimal &&
      (Is(ne, "and") || Is(ne, "&")) && v_.IsNumber(ne + 1)) {
    if (std::optional<Numeral> nx = ParseNumeral(v_.Text(ne + 1)); nx && nx->value == q.value + 1) {
      return true;
    }
  }
  if (!has_unit && !q.words && nb >= b_ + 2 && (v_.Is(nb - 1, "and") || v_.Is(nb - 1, "&")) &&
      v_.IsNumber(nb - 2)) {
    if (std::optional<Numeral> pv = ParseNumeral(v_.Text(nb - 2)); pv && pv->value + 1 == q.value) {
      return true;
    }
  }
  const bool people_after = PeopleNounAt(q.end);
  // Slashes: "24/7", "9/11", "3/4"; but a rating "4.96/5" (or "8/10") counts.
  if ((p != SIZE_MAX && v_.Is(p, "/") && v_.Glued(p)) || (Is(ne, "/") && v_.Glued(ne - 1))) {
    bool rating = false;
    if (Is(ne, "/") && v_.IsNumber(ne + 1)) {
      if (std::optional<Numeral> scale = ParseNumeral(v_.Text(ne + 1))) {
        rating = (scale->value == 5 || scale->value == 10 || scale->value == 100) &&
                 q.value <= scale->value && (q.numeral.decimal || scale->value == 10);
      }
    }
    if (!has_unit && !rating) return true;
  }
  // Phone numbers and codes: "+44 20 ...".
  if (p != SIZE_MAX && v_.Is(p, "+") && v_.Glued(p) && !has_unit) return true;  // not "+13.1%"
  if (p != SIZE_MAX && v_.Is(p, "#")) return true;
  // Ages: "aged 23", "age 39", "25-year-old", "39 years old", "Mytkevich, 39,".
  if (p != SIZE_MAX && (v_.Is(p, "aged") || v_.Is(p, "age") || v_.Is(p, "ages"))) return true;
  if (p != SIZE_MAX && v_.Is(p, "of") && nb >= b_ + 2 && v_.Is(nb - 2, "age")) return true;
  if (p != SIZE_MAX && (v_.Is(p, "and") || v_.Is(p, "or") || v_.Is(p, "to")) && nb >= b_ + 3 &&
      v_.IsNumber(nb - 2) &&
      (v_.Is(nb - 3, "aged") || v_.Is(nb - 3, "ages") || v_.Is(nb - 3, "age"))) {
    return true;  // "aged 15 and 16"
  }
  if (Is(ne, "-") && v_.Glued(ne - 1) && In(ne + 1) &&
      (v_.Lower(ne + 1).ends_with("-old") || v_.Lower(ne + 1) == "year-old")) {
    return true;
  }
  if (v_.IsWord(ne) && v_.Lower(ne).find("-old") != std::string_view::npos && !v_.SpaceBefore(ne)) {
    return true;
  }
  if ((Cls(ne) & kWcTimeUnit) && Is(ne + 1, "old")) return true;
  if (Is(ne, "-") && v_.Glued(ne - 1) && v_.Is(ne + 1, "year") && Is(ne + 2, "old")) return true;
  if (!has_unit && !q.words && !q.numeral.decimal && !q.numeral.grouped && q.value >= 1 &&
      q.value <= 110 && p != SIZE_MAX && v_.Is(p, ",") && nb >= b_ + 2 && v_.IsWord(nb - 2) &&
      !(v_.Cls(nb - 2) & (kWcNumber | kWcMultiplier | kWcStop))) {
    if (!In(ne) || v_.Is(ne, ",") || v_.Is(ne, ".") || v_.Is(ne, ";") || v_.Is(ne, ")") ||
        v_.Is(ne, "and") || v_.Is(ne, "who") || v_.Is(ne, "was") || v_.Is(ne, "is") ||
        v_.Is(ne, "has") || v_.Is(ne, "had") || v_.Is(ne, "said") ||
        v_.Kind(ne) == TokenKind::kDash) {
      return true;
    }
  }
  if (!has_unit && p != SIZE_MAX && v_.Is(p, "(") && Is(ne, ")") && nb >= b_ + 2 &&
      (v_.Capitalized(nb - 2) || (v_.Cls(nb - 2) & kWcPeople))) {
    return true;  // "John Smith (39)", "the suspect (42)"
  }
  // Digit runs: "+44 20 7946 0958", "0800 555 0199" (phone numbers, codes).
  if (!has_unit && !q.words &&
      ((p != SIZE_MAX && v_.IsNumber(p)) || (v_.IsNumber(ne) && v_.SpaceBefore(ne)))) {
    return true;
  }
  // List markers: "1." / "2)" at a line start, "(3)".
  if (!has_unit && (v_.tok(nb).flags & (kTokenLineStart | kTokenSentenceStart)) &&
      (Is(ne, ".") || Is(ne, ")")) && q.value < 100) {
    return true;
  }
  if (!has_unit && p != SIZE_MAX && v_.Is(p, "(") && Is(ne, ")") && q.value <= 30) return true;
  // Model names and codes glued by a hyphen: "Mi-8", "F-16", "Covid-19", "737-MAX".
  if (p != SIZE_MAX && (v_.Is(p, "-") || v_.Is(p, "–")) && v_.Glued(p) && nb >= b_ + 2 &&
      v_.Glued(nb - 2) && v_.IsWord(nb - 2)) {
    return true;
  }
  if (Is(ne, "-") && v_.Glued(ne - 1) && v_.IsWord(ne + 1) && v_.Glued(ne) &&
      v_.Capitalized(ne + 1)) {
    return true;
  }
  // Labels: "page 12", "Article 5", "No 10", "Flight 370", "Section 230", "day five".
  if (!has_unit && p != SIZE_MAX && (v_.Cls(p) & kWcLabel) &&
      (!q.words || !v_.Lower(p).ends_with("s"))) {
    return true;
  }
  // "the 747, which ...": digits used as a name, with nothing counted after them.
  if (!has_unit && !q.words && p != SIZE_MAX && v_.Is(p, "the") && !people_after &&
      (!In(q.end) || v_.Kind(q.end) == TokenKind::kPunct || (v_.Cls(q.end) & kWcStop))) {
    return true;
  }
  // Names with numbers: "Boeing 737", "Apollo 11", "Windows 10", "iPhone 15" (a capitalised
  // or camel-case word right before, not at the sentence start and not a function word, and no
  // unit or people after).
  if (!has_unit && !people_after && !q.words && p != SIZE_MAX && v_.IsWord(p) &&
      (v_.Capitalized(p) || (v_.tok(p).flags & kTokenAllCaps) || CamelCase(v_.Text(p))) &&
      !v_.SentenceStart(p) &&
      !(v_.Cls(p) & (kWcStop | kWcMonth | kWcTemporalPrep | kWcEvent | kWcSpeech))) {
    return true;
  }
  // Telephone numbers: "call 999", "dial 911", "text 85258".
  if (!has_unit && !people_after && !q.words && p != SIZE_MAX && !q.numeral.decimal &&
      !q.numeral.grouped && IsCallVerb(v_.Lower(p)) && !QualifierBefore(q.begin)) {
    return true;
  }
  // Age groups: "children under five", "adults over 65", "those aged over 60".
  if (!has_unit && p != SIZE_MAX && nb >= b_ + 2 && q.value <= 120 &&
      q.value == static_cast<int>(q.value) &&
      (v_.Is(p, "under") || v_.Is(p, "over") || v_.Is(p, "above") || v_.Is(p, "below")) &&
      ((v_.Cls(nb - 2) & kWcPeople) || v_.Is(nb - 2, "those") || v_.Is(nb - 2, "anyone") ||
       v_.Is(nb - 2, "everyone") || v_.Is(nb - 2, "aged")) &&
      !people_after && !CountedPluralAt(q.end)) {
    return true;
  }
  // Street numbers: "10 Downing Street".
  if (!has_unit && v_.IsWord(q.end) && v_.Capitalized(q.end) &&
      ((v_.Cls(q.end) & kWcStreet) || (Cls(q.end + 1) & kWcStreet))) {
    return true;
  }
  if (NameOrCodeContext(q, people_after)) return true;
  // The pronoun/determiner "one": only "one soldier", "at least one".
  if (q.single_one) {
    if (Is(q.end, "of") || Is(q.end, "another") || Is(q.end, "day") || Is(q.end, "time")) {
      return true;
    }
    const bool qualified = QualifierBefore(q.begin).has_value() || q.has_post;
    if (!qualified && !people_after) return true;
    if (p != SIZE_MAX &&
        (v_.Is(p, "the") || v_.Is(p, "no") || v_.Is(p, "any") || v_.Is(p, "every") ||
         v_.Is(p, "which") || v_.Is(p, "this") || v_.Is(p, "that"))) {
      return true;
    }
  }
  return false;
}

// Evidence that a bare number counts or measures something: a unit or currency, a qualifier
// before it ("about", "more than") or after it ("or more"), a person noun after it, or a
// lower-case counted noun right after it ("70 deals", "265 randomized trials").
bool FigureScanner::QuantityEvidence(const Quantity& q, bool people_after) const {
  if (!q.unit.empty() || q.has_post || q.approx_mark || people_after) return true;
  if (QualifierBefore(q.begin).has_value()) return true;
  if (In(q.end) && v_.IsWord(q.end) && !v_.Capitalized(q.end) &&
      !(v_.Cls(q.end) & (kWcStop | kWcAux | kWcTimeUnit))) {
    return true;
  }
  return false;
}

// Numbers that name, label or locate rather than count, decided from their context when there
// is no evidence of a quantity (QuantityEvidence): a capitalised name right after the number
// that does not end in a counted plural ("1951 Refugee Convention", "41 Shots", but not
// "2,472 Republican National Convention delegates" or "29 New Yorkers"); a street address
// ("131 West 23rd Street"); the last group of a dashed digit chain ("800-273-8255"); a number
// after "per" (a rate's denominator: "22.2 per 100,000") or "out of" (a scale: "734 out of
// 1,000"); ages ("between the ages of 22 and 25", "At 17, she ..."); a code range in
// parentheses after a noun ("import alert (66-80)"); "six figures", "double digits"; a number
// glued to letters that are not a unit ("5G", "4x USB" unless "3x more"/"by 3x").
bool FigureScanner::NameOrCodeContext(const Quantity& q, bool people_after) const {
  const size_t nb = q.num_begin, ne = q.num_end;
  const size_t p = nb > b_ ? nb - 1 : SIZE_MAX;
  const bool has_unit = !q.unit.empty();
  // Denominators and scales.
  if (p != SIZE_MAX &&
      (v_.Is(p, "per") || (v_.Is(p, "every") && nb >= b_ + 2 && v_.Is(nb - 2, "per")))) {
    return true;
  }
  if (p != SIZE_MAX && v_.Is(p, "of") && nb >= b_ + 2 && v_.Is(nb - 2, "out") && nb >= b_ + 3 &&
      v_.IsNumber(nb - 3)) {
    return true;
  }
  // The last group of a dashed digit chain: phone numbers, codes.
  if (!q.words && p != SIZE_MAX && (v_.Is(p, "-") || v_.Is(p, "–")) && v_.Glued(p) &&
      nb >= b_ + 2 && v_.IsNumber(nb - 2) && v_.Glued(nb - 2)) {
    return true;
  }
  // Ages: "between the ages of 22 and 25"; "At 17, Hannah ...".
  for (size_t k = nb, n = 0; k > b_ && n < 6; ++n) {
    --k;
    if ((v_.Is(k, "ages") || v_.Is(k, "age")) && Is(k + 1, "of")) return true;
    if (!(v_.IsNumber(k) || v_.Is(k, "and") || v_.Is(k, "to") || v_.Is(k, "or") ||
          v_.Is(k, "between") || v_.Is(k, "of") || v_.Is(k, "the") || v_.Is(k, "-"))) {
      break;
    }
  }
  if (!q.words && !has_unit && p != SIZE_MAX && v_.Is(p, "at") && v_.SentenceStart(p) &&
      Is(ne, ",") && q.value <= 110) {
    return true;
  }
  // "18- to 24-year-old": a suspended hyphen before an age or duration compound.
  if (Is(ne, "-") && v_.Glued(ne - 1) &&
      (Is(ne + 1, "to") || Is(ne + 1, "and") || Is(ne + 1, "or"))) {
    for (size_t k = ne + 2; k < ne + 6 && In(k); ++k) {
      const std::string_view w = v_.Lower(k);
      if (w.find("year") != std::string_view::npos || w.find("old") != std::string_view::npos ||
          (v_.Cls(k) & kWcTimeUnit)) {
        return true;
      }
    }
  }
  // Ages after a copula at a clause end: "Trump, who is 70.", "when she turned 40,".
  if (!q.words && !has_unit && p != SIZE_MAX && q.value <= 110 &&
      (v_.Is(p, "turned") || v_.Is(p, "turns") || v_.Is(p, "turning") ||
       ((v_.Is(p, "is") || v_.Is(p, "was")) && nb >= b_ + 2 && v_.Is(nb - 2, "who"))) &&
      (!In(ne) || v_.Kind(ne) == TokenKind::kPunct)) {
    return true;
  }
  // "when she was six", "He was 12 when the war began", "I was 19 and": a personal pronoun,
  // a copula and a bare whole number.
  if (!has_unit && p != SIZE_MAX && q.value <= 110 && q.value == static_cast<int>(q.value) &&
      (v_.Is(p, "is") || v_.Is(p, "was") || v_.Is(p, "am") || v_.Is(p, "were")) && nb >= b_ + 2 &&
      (v_.Is(nb - 2, "he") || v_.Is(nb - 2, "she") || v_.Is(nb - 2, "i") || v_.Is(nb - 2, "who")) &&
      (!In(ne) || v_.Kind(ne) == TokenKind::kPunct || v_.Is(ne, "when") || v_.Is(ne, "and") ||
       v_.Is(ne, "so") || v_.Is(ne, "at") || v_.Is(ne, "in") || v_.Is(ne, "then"))) {
    return true;
  }
  // Idioms of magnitude: "six figures", "double digits".
  if (Is(q.end, "figures") || Is(q.end, "digits")) return true;
  // Glued letters that are not a unit: "5G", "4x USB" (but "by 3x", "7x more" are factors).
  if (!has_unit && !q.words && In(ne) && v_.IsWord(ne) && !v_.SpaceBefore(ne) &&
      !(v_.Cls(ne) & (kWcMultiplier | kWcPercent))) {
    const std::string_view g = v_.Lower(ne);
    if (g == "x") {
      const bool factor = (p != SIZE_MAX && (v_.Is(p, "by") || v_.Is(p, "over") ||
                                             v_.Is(p, "about") || v_.Is(p, "to"))) ||
                          !In(ne + 1) || !v_.IsWord(ne + 1) || (v_.Cls(ne + 1) & kWcStop) ||
                          v_.Lower(ne + 1).ends_with("er");
      if (!factor) return true;
    } else if (g != "s" && g != "th" && g != "st" && g != "nd" && g != "rd") {
      return true;
    }
  }
  // A code range in parentheses right after a noun: "import alert (66-80)".
  if (!has_unit && !q.words && p != SIZE_MAX && v_.Is(p, "(") && nb >= b_ + 2 &&
      v_.IsWord(nb - 2) && !v_.Capitalized(nb - 2) && Is(ne, "-") && v_.IsNumber(ne + 1) &&
      Is(ne + 2, ")")) {
    return true;
  }
  // Street addresses: "131 West 23rd Street".
  if (!has_unit && !q.words && v_.IsWord(q.end) && v_.Capitalized(q.end)) {
    for (size_t k = q.end; k < q.end + 4 && In(k); ++k) {
      if (v_.Cls(k) & kWcStreet) return true;
      if (!(v_.Capitalized(k) || v_.IsNumber(k))) break;
    }
  }
  // "a 911 caller", "a Formula 1 veteran": a number before a singular noun labels it; it does
  // not count it.
  const bool singular_after = In(q.end) && v_.IsWord(q.end) && !v_.Capitalized(q.end) &&
                              !v_.Lower(q.end).ends_with("s") &&
                              !(v_.Cls(q.end) & (kWcStop | kWcAux));
  if (!has_unit && !q.words && singular_after && q.value != 1 && p != SIZE_MAX &&
      (v_.Is(p, "a") || v_.Is(p, "an"))) {
    return true;
  }
  if (!has_unit && !q.words && singular_after && p != SIZE_MAX && v_.IsWord(p) &&
      v_.Capitalized(p) && !v_.SentenceStart(p) && !(v_.Cls(p) & (kWcStop | kWcMonth))) {
    return true;
  }
  // Selections: "the first four states", "the top 10", "the last three".
  if (!has_unit && p != SIZE_MAX && nb >= b_ + 2 && v_.Is(nb - 2, "the") &&
      (v_.Is(p, "first") || v_.Is(p, "last") || v_.Is(p, "top") || v_.Is(p, "final"))) {
    return true;
  }
  // The first number of a time range: "40 or 50 years ago", "between 10-11 a.m.".
  if (!has_unit && In(q.end + 1) && v_.IsNumber(q.end + 1) && v_.tok(q.end + 1).in_time &&
      (Is(q.end, "or") || Is(q.end, "to") || Is(q.end, "-") || Is(q.end, "–") ||
       Is(q.end, "and"))) {
    return true;
  }
  // A rating scale: "on a 1,000-point scale".
  if (!has_unit && Is(ne, "-") && Is(ne + 1, "point") && Is(ne + 2, "scale")) return true;
  // A scale after a spaced slash: "4.96 / 5.0".
  if (!has_unit && p != SIZE_MAX && v_.Is(p, "/") && nb >= b_ + 2 && v_.IsNumber(nb - 2)) {
    return true;
  }
  // Amounts of time the time grammar left alone: "half a million years", "16,000 waking
  // hours", "two nights" (durations are times, never figures).
  if (!has_unit && (Cls(q.end) & (kWcTimeUnit | kWcPartOfDay) || Is(q.end, "nights") ||
                    Is(q.end, "night") || Is(q.end, "weekends"))) {
    return true;
  }
  if (!has_unit && In(q.end + 1) && v_.IsWord(q.end) && !(Cls(q.end) & (kWcStop | kWcAux)) &&
      v_.Lower(q.end).ends_with("ing") && (Cls(q.end + 1) & kWcTimeUnit) &&
      v_.Lower(q.end + 1).ends_with("s")) {
    return true;
  }
  if (QuantityEvidence(q, people_after)) return false;
  // "these 10 at home": a demonstrative and nothing counted after the number.
  if (!q.words && p != SIZE_MAX && (v_.Is(p, "these") || v_.Is(p, "those")) &&
      (!In(q.end) || v_.Kind(q.end) == TokenKind::kPunct || (v_.Cls(q.end) & kWcStop))) {
    return true;
  }
  // A capitalised name right after the number: "1951 Refugee Convention", "41 Shots".
  if (!q.words && In(q.end) && v_.IsWord(q.end) && v_.Capitalized(q.end) &&
      !v_.SentenceStart(q.end) && !(v_.Cls(q.end) & (kWcMonth | kWcPeople)) &&
      !IsDemonymPlural(q.end)) {
    size_t k = q.end;
    while (In(k) && v_.IsWord(k) && (v_.Capitalized(k) || v_.Is(k, "of"))) ++k;
    const std::string_view last = v_.Lower(k - 1);
    const bool plural_head =
        last.size() > 3 && last.back() == 's' && !last.ends_with("ss") && !last.ends_with("us");
    const bool counted_after = In(k) && v_.IsWord(k) && !v_.Capitalized(k) &&
                               !(v_.Cls(k) & (kWcStop | kWcAux)) && v_.Lower(k).back() == 's';
    if (!plural_head && !counted_after) return true;
    if (plural_head && p != SIZE_MAX && v_.Is(p, "(")) return true;  // "(41 Shots)": a title
  }
  return false;
}

// "iPhone", "eBay", "macOS": a lower-case first letter and a capital later.
bool FigureScanner::CamelCase(std::string_view w) {
  if (w.empty() || !(w[0] >= 'a' && w[0] <= 'z')) return false;
  for (size_t i = 1; i < w.size(); ++i) {
    if (w[i] >= 'A' && w[i] <= 'Z') return true;
  }
  return false;
}

// A lower-case plural noun at k ("70 deals"), not a function word or a time unit.
bool FigureScanner::CountedPluralAt(size_t k) const {
  if (!In(k) || !v_.IsWord(k) || v_.Capitalized(k)) return false;
  if (v_.Cls(k) & (kWcStop | kWcAux | kWcTimeUnit | kWcSpeech)) return false;
  const std::string_view w = v_.Lower(k);
  return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us");
}

bool FigureScanner::IsCallVerb(std::string_view w) {
  return w == "call" || w == "dial" || w == "dialled" || w == "dialed" || w == "dialling" ||
         w == "dialing" || w == "ring" || w == "phone" || w == "telephone" || w == "text" ||
         w == "tel" || w == "tel." || w == "fax" || w == "hotline" || w == "helpline";
}

bool FigureScanner::PeopleNounAt(size_t k) const {
  // Skip "more", "other", adjectives: look at up to three words.
  for (size_t n = 0; n < 4 && In(k); ++n, ++k) {
    if (!v_.IsWord(k)) return false;
    const uint64_t c = v_.Cls(k);
    if (c & kWcPeople) return true;
    if (IsDemonymPlural(k)) return true;
    if (c & kWcStop) {
      if (v_.Is(k, "more") || v_.Is(k, "other") || v_.Is(k, "additional") || v_.Is(k, "further")) {
        continue;
      }
      return false;
    }
  }
  return false;
}

bool FigureScanner::IsDemonymPlural(size_t k) const {
  if (!v_.IsWord(k) || !v_.Capitalized(k)) return false;
  if (v_.Cls(k) & kWcDemonymPl) return true;
  const std::string_view w = v_.Lower(k);
  // "Americans", "New Yorkers", "Londoners", "Israelis", "Muscovites".
  if (w.size() > 4 && (w.ends_with("ans") || w.ends_with("ites"))) return true;
  const bool place_before =
      k > b_ && v_.IsWord(k - 1) && v_.Capitalized(k - 1) && !v_.SentenceStart(k - 1);
  return w.size() > 5 && (w.ends_with("ers") || w.ends_with("is")) &&
         (place_before || w.ends_with("oners") || w.ends_with("landers"));
}

}  // namespace claimtrace::figures
