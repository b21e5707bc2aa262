// Figure grammar, quantities: currency prefixes ("$", "£", "US$", "NZ $", "USD"), numerals and
// number words with multipliers (cardinal.h), fractions and "one in five" (as percentages),
// number-noun compounds ("ten-point"), heights (6'3"), fraction ranges ("between a fifth and a
// quarter"), fractions of multipliers and percentages ("a quarter of a million", "half of 1
// percent"), and the unit after the number (%, pp, currency words, measures). Covered by
// figure_extractor_test.cc and quantity_decision_test.cc.
#include <cmath>
#include <optional>

#include "figures/cardinal.h"
#include "figures/figure_scanner.h"

namespace claimtrace::figures {
namespace {

double Round2(double x) { return std::round(x * 100) / 100; }

}  // namespace

std::string_view FigureScanner::CurrencyAt(size_t j, size_t* after) const {
  if (!In(j)) return {};
  if (v_.Kind(j) == TokenKind::kSymbol) {
    std::string_view c = CurrencyForSymbol(v_.Text(j));
    if (!c.empty()) {
      *after = j + 1;
      return c;
    }
    return {};
  }
  if (v_.IsWord(j) && Is(j + 1, "$") &&
      (v_.Glued(j) || ((v_.tok(j).flags & kTokenAllCaps) && v_.Text(j).size() >= 2))) {
    std::string_view c = CurrencyForDollarPrefix(v_.Text(j));
    if (!c.empty()) {
      *after = j + 2;
      return c;
    }
  }
  if (v_.IsWord(j) && (v_.Text(j) == "Rs" || v_.Text(j) == "Rs.")) {
    *after = j + 1;
    return "INR";
  }
  if (v_.IsWord(j) && v_.IsNumber(j + 1)) {
    std::string_view c = CurrencyForCode(v_.Text(j));
    if (!c.empty()) {
      *after = j + 1;
      return c;
    }
  }
  return {};
}

// Reads a fraction at j: "a third", "two-thirds", "three quarters", "half", "one in five".
bool FigureScanner::ReadFraction(size_t j, Quantity* q) const {
  if (!In(j) || !v_.IsWord(j)) {
    // "1 in 4"
    if (In(j) && v_.IsNumber(j) &&
        (Is(j + 1, "in") || Is(j + 1, "of") || (Is(j + 1, "out") && Is(j + 2, "of")))) {
      return ReadOneIn(j, q);
    }
    // "1/3 of the population", "2/3 of voters": a written fraction before "of".
    if (In(j) && v_.IsNumber(j) && Is(j + 1, "/") && v_.Glued(j) && v_.IsNumber(j + 2) &&
        v_.Glued(j + 1) && Is(j + 3, "of")) {
      const std::optional<Numeral> a = ParseNumeral(v_.Text(j));
      const std::optional<Numeral> b = ParseNumeral(v_.Text(j + 2));
      if (a && b && !a->decimal && !b->decimal && b->value >= 2 && b->value <= 10 &&
          a->value >= 1 && a->value < b->value) {
        q->begin = q->num_begin = j;
        q->end = q->num_end = j + 3;
        q->value = Round2(a->value / b->value * 100);
        q->unit = "%";
        q->fraction = true;
        return true;
      }
    }
    return false;
  }
  const std::string_view w = v_.Lower(j);
  double frac = 0;
  size_t end = 0;
  if (const size_t dash = w.find('-'); dash != std::string_view::npos) {
    const WordInfo* a = LookupWord(w.substr(0, dash));
    const WordInfo* f = LookupWord(w.substr(dash + 1));
    if (!a || !f || !(a->cls & kWcNumber) || !(f->cls & kWcFraction)) return false;
    if (w.substr(dash + 1) == "half") return false;
    frac = a->value * f->value;
    end = j + 1;
  } else if ((w == "a" || w == "an" || w == "one") && (Cls(j + 1) & kWcFraction) &&
             !v_.Is(j + 1, "half")) {
    if (v_.Lower(j + 1).ends_with("s")) return false;
    frac = v_.Info(j + 1)->value;
    end = j + 2;
  } else if ((Cls(j) & kWcNumber) && (Cls(j + 1) & kWcFraction) && v_.Lower(j + 1).ends_with("s")) {
    frac = v_.Info(j)->value * v_.Info(j + 1)->value;
    end = j + 2;
  } else if (w == "half") {
    frac = 0.5;
    end = j + 1;
  } else if ((Cls(j) & kWcNumber) &&
             (Is(j + 1, "in") || Is(j + 1, "of") || (Is(j + 1, "out") && Is(j + 2, "of")))) {
    return ReadOneIn(j, q);
  } else if ((w == "a" || w == "one") && Is(j + 1, "half") &&
             (Is(j + 2, "to") || Is(j + 2, "or"))) {
    frac = 0.5;  // "about a half to two-thirds" (the range is read below)
    end = j + 2;
  } else {
    return false;
  }
  // A range of fractions: "between a fifth and a quarter", "a half to two-thirds".
  double frac_high = 0;
  {
    const bool between = j > b_ && v_.Is(j - 1, "between");
    double f2 = 0;
    size_t e2 = 0;
    if ((Is(end, "to") || Is(end, "or") || (Is(end, "and") && between)) &&
        FractionWordAt(end + 1, &f2, &e2) && f2 > frac) {
      frac_high = f2;
      end = e2;
    } else if ((w == "a" || w == "one") && Is(j + 1, "half")) {
      return false;
    }
  }
  // A fraction is a figure when it quantifies something: "a third of its forces",
  // "half the country", "cut by a quarter". Not "a quarter of an hour" (a duration),
  // "the third quarter" (an ordinal), "half an hour".
  const bool of = Is(end, "of") && !(Cls(end + 1) & kWcTimeUnit) &&
                  !((Is(end + 1, "a") || Is(end + 1, "an")) && (Cls(end + 2) & kWcTimeUnit));
  const bool det_after = w == "half" && (Is(end, "the") || Is(end, "its") || Is(end, "their") ||
                                         Is(end, "his") || Is(end, "her") || Is(end, "our"));
  const bool by_before =
      j > b_ && (v_.Is(j - 1, "by") || v_.Is(j - 1, "than") || v_.Is(j - 1, "about") ||
                 v_.Is(j - 1, "nearly") || v_.Is(j - 1, "almost") || v_.Is(j - 1, "roughly") ||
                 v_.Is(j - 1, "around") || v_.Is(j - 1, "over") || v_.Is(j - 1, "under") ||
                 v_.Is(j - 1, "just"));
  // "a third said", "a tenth disagreed": the fraction is the subject of a verb.
  const bool past_verb = In(end) && v_.IsWord(end) && !v_.Capitalized(end) &&
                         v_.Lower(end).size() > 4 && v_.Lower(end).ends_with("ed") &&
                         v_.Lower(end).find('-') == std::string_view::npos &&
                         !(Cls(end) & (kWcPeople | kWcPeopleAdj));
  const bool subject =
      ((Cls(end) & (kWcSpeech | kWcAux)) || past_verb) && !Is(end, "to") && w != "half";
  // "cut by a third" ends the phrase; "joined by a third rebel group" is an ordinal.
  const bool phrase_end = !In(end) || !v_.IsWord(end) || (Cls(end) & kWcStop);
  if (!of && !det_after && !subject && !(by_before && w != "half" && phrase_end)) {
    if (!(by_before && w == "half" && (of || Is(end, ",") || Is(end, ".") || !In(end)))) {
      return false;
    }
  }
  if (j > b_ && (v_.Is(j - 1, "the") || (Cls(j - 1) & kWcOrdinal))) return false;
  // "a quarter of a million", "three-quarters of a billion": a fraction of a multiplier.
  if (Is(end, "of") && (Is(end + 1, "a") || Is(end + 1, "one")) && (Cls(end + 2) & kWcMultiplier) &&
      v_.Lower(end + 2).size() > 4) {
    q->begin = q->num_begin = j;
    q->end = q->num_end = end + 3;
    q->multiplier = v_.Info(end + 2)->value;
    q->value = frac * q->multiplier;
    q->raw = frac;
    q->words = true;
    return true;
  }
  // "half of 1 percent", "a third of a percentage point": a fraction of a percentage.
  if (of && v_.IsNumber(end + 1) && (Is(end + 2, "%") || (Cls(end + 2) & kWcPercent))) {
    if (std::optional<Numeral> n = ParseNumeral(v_.Text(end + 1))) {
      q->begin = q->num_begin = j;
      q->end = q->num_end = end + 3;
      q->value = q->raw = Round2(frac * n->value * 100) / 100;
      q->unit = "%";
      q->words = true;
      return true;
    }
  }
  q->begin = q->num_begin = j;
  q->end = q->num_end = end;
  q->value = Round2(frac * 100);
  if (frac_high > 0) {
    q->high = Round2(frac_high * 100);
    q->frac_range = true;
  }
  q->unit = "%";
  q->fraction = true;
  q->words = true;
  return true;
}

bool FigureScanner::FractionWordAt(size_t j, double* frac, size_t* end) const {
  if (!In(j) || !v_.IsWord(j)) return false;
  const std::string_view w = v_.Lower(j);
  if (const size_t dash = w.find('-'); dash != std::string_view::npos) {
    const WordInfo* a = LookupWord(w.substr(0, dash));
    const WordInfo* f = LookupWord(w.substr(dash + 1));
    if (!a || !f || !(a->cls & kWcNumber) || !(f->cls & kWcFraction)) return false;
    *frac = a->value * f->value;
    *end = j + 1;
    return true;
  }
  if ((w == "a" || w == "an" || w == "one") && (Cls(j + 1) & kWcFraction) &&
      !v_.Lower(j + 1).ends_with("s")) {
    *frac = v_.Info(j + 1)->value;
    *end = j + 2;
    return true;
  }
  if ((Cls(j) & kWcNumber) && (Cls(j + 1) & kWcFraction) && v_.Lower(j + 1).ends_with("s")) {
    *frac = v_.Info(j)->value * v_.Info(j + 1)->value;
    *end = j + 2;
    return true;
  }
  if (w == "half") {
    *frac = 0.5;
    *end = j + 1;
    return true;
  }
  return false;
}

// A lower-case compound word "ten-point", "three-nation", "six-member": a number word, then a
// noun that is not a time unit, a fraction or an age ("two-year-old").
bool FigureScanner::ReadNumberCompound(size_t j, Quantity* q) const {
  if (!v_.IsWord(j) || v_.Capitalized(j)) return false;
  const std::string_view w = v_.Lower(j);
  // Factors: "threefold", "ten-fold".
  if (w.size() > 6 && w.ends_with("fold")) {
    std::string_view stem = w.substr(0, w.size() - 4);
    if (stem.ends_with("-")) stem.remove_suffix(1);
    const WordInfo* a = LookupWord(stem);
    if (!a || !(a->cls & kWcNumber)) return false;
    q->begin = q->num_begin = j;
    q->end = q->num_end = j + 1;
    q->value = q->raw = a->value;
    q->words = true;
    q->factor = true;
    return true;
  }
  const size_t dash = w.find('-');
  if (dash == std::string_view::npos || w.find('-', dash + 1) != std::string_view::npos) {
    return false;
  }
  const WordInfo* a = LookupWord(w.substr(0, dash));
  if (!a || !(a->cls & kWcNumber)) return false;
  const std::string_view rest = w.substr(dash + 1);
  if (rest.size() < 3) return false;
  if (const WordInfo* r = LookupWord(rest);
      r && (r->cls & (kWcTimeUnit | kWcFraction | kWcNumber | kWcMultiplier | kWcStop))) {
    return false;
  }
  if (rest == "old" || rest.ends_with("-old") || rest == "odd" || rest == "plus" ||
      rest == "fold" || rest == "time" || rest == "times" || rest == "way" || rest == "thirds" ||
      rest == "quarters" || rest == "fifths" || rest.ends_with("ed")) {  // "four-wheeled"
    return false;
  }
  q->begin = q->num_begin = j;
  q->end = q->num_end = j + 1;
  q->value = q->raw = a->value;
  q->words = true;
  q->compound = true;
  return true;
}

// "one in five", "1 in 4", "one in every three", "one out of five".
bool FigureScanner::ReadOneIn(size_t j, Quantity* q) const {
  std::optional<Cardinal> a = ParseCardinal(v_, j, e_, false);
  if (!a || a->end != j + 1) return false;
  size_t k = j + 1;
  // "one in five", and the news idiom "eight of 10 voters", "nine out of 10" (a share of ten
  // or a hundred; "two of the three" and "six of 12 jurors" stay counts).
  bool of = false;
  if (Is(k, "in")) {
    ++k;
  } else if (Is(k, "of") || (Is(k, "out") && Is(k + 1, "of"))) {
    of = true;
    k += v_.Is(k, "out") ? 2 : 1;
  } else {
    return false;
  }
  if (Is(k, "every")) ++k;
  std::optional<Cardinal> b = ParseCardinal(v_, k, e_, false);
  if (!b || b->value <= a->value || b->multiplier != 1) return false;
  if (InTime(k, b->end)) return false;  // "multiplied by 10 in 2024"
  if (of && b->value != 10 && b->value != 100) return false;
  if (of && j > b_ && (v_.Is(j - 1, "the") || (Cls(j - 1) & kWcOrdinal))) return false;
  q->begin = q->num_begin = j;
  q->end = q->num_end = b->end;
  q->value = Round2(a->value / b->value * 100);
  q->unit = "%";
  q->fraction = true;
  q->words = a->words;
  return true;
}

// "weighs 236 pounds": a weighing verb shortly before the amount.
bool FigureScanner::WeightContext(size_t k) const {
  for (size_t p = k, n = 0; p > b_ && n < 5; ++n) {
    --p;
    const std::string_view w = v_.Lower(p);
    if (w.starts_with("weigh")) return true;
  }
  return false;
}

// Reads the unit after a cardinal at k; returns the end of the unit (k when none).
size_t FigureScanner::ReadUnit(size_t k, Quantity* q) const {
  if (!In(k)) return k;
  const std::string_view w = v_.Lower(k);
  if (Is(k, "%")) {
    q->unit = "%";
    return k + 1;
  }
  const uint64_t c = v_.Cls(k);
  if (c & kWcPercent) {
    if ((w == "percentage" || w == "pc") && (Is(k + 1, "point") || Is(k + 1, "points"))) {
      q->unit = "pp";
      return k + 2;
    }
    if (w == "percentage") return k;
    q->unit = "%";
    return k + 1;
  }
  if (w == "per" && Is(k + 1, "cent")) {
    q->unit = "%";
    return k + 2;
  }
  if (w == "basis" && (Is(k + 1, "points") || Is(k + 1, "point"))) {
    q->unit = "bp";
    return k + 2;
  }
  if ((w == "percentage" || w == "pc") && (Is(k + 1, "points") || Is(k + 1, "point"))) {
    q->unit = "pp";
    return k + 2;
  }
  if (q->unit.empty() && (c & kWcCurrencyWord)) {
    if ((w == "pound" || w == "pounds") && (Is(k + 1, "of") || WeightContext(k))) {
      q->unit = "lb";
      return k + 1;
    }
    if (w == "sterling" && !Is(k - 1, "pounds")) {
      q->unit = "GBP";
      return k + 1;
    }
    q->unit = std::string(v_.Info(k)->unit);
    if (Is(k + 1, "sterling")) return k + 2;
    return k + 1;
  }
  // "Canadian dollars", "US dollars".
  if (q->unit.empty() && (Cls(k + 1) & kWcCurrencyWord) &&
      (v_.Lower(k + 1) == "dollars" || v_.Lower(k + 1) == "dollar")) {
    std::string_view code;
    if (v_.Text(k) == "US" || v_.Text(k) == "U.S." || v_.Text(k) == "American") code = "USD";
    if (v_.Text(k) == "Canadian") code = "CAD";
    if (v_.Text(k) == "Australian") code = "AUD";
    if (v_.Text(k) == "Singapore") code = "SGD";
    if (v_.Text(k) == "Taiwan") code = "TWD";
    if (!code.empty()) {
      q->unit = std::string(code);
      return k + 2;
    }
  }
  if (!q->unit.empty()) return k;  // a currency amount takes no measure
  if ((w == "square" || w == "sq" || w == "sq.") && In(k + 1)) {
    if (Cls(k + 1) & kWcMeasure) {
      const std::string_view base = v_.Info(k + 1)->unit;
      if (base == "km" || base == "mi" || base == "m" || base == "ft") {
        q->unit = std::string(base) + "2";
        return k + 2;
      }
    }
    return k;
  }
  if ((w == "cubic" || w == "cu") && In(k + 1) && (Cls(k + 1) & kWcMeasure)) {
    const std::string_view base = v_.Info(k + 1)->unit;  // "1,200 cubic metres"
    if (base == "m" || base == "km" || base == "ft" || base == "cm") {
      q->unit = std::string(base) + "3";
      return k + 2;
    }
    return k;
  }
  if (v_.Kind(k) == TokenKind::kOther && v_.Text(k) == "°") {
    if (Is(k + 1, "c") || Is(k + 1, "c.")) {
      q->unit = "°C";
      return k + 2;
    }
    if (Is(k + 1, "f") || Is(k + 1, "f.")) {
      q->unit = "°F";
      return k + 2;
    }
    q->unit = "°";
    return k + 1;
  }
  // "1.6C", "-15C", "49.6C." glued to the number.
  if (!v_.SpaceBefore(k) &&
      (v_.Text(k) == "C" || v_.Text(k) == "C." || v_.Text(k) == "F" || v_.Text(k) == "F.")) {
    q->unit = v_.Text(k)[0] == 'C' ? "°C" : "°F";
    return k + 1;
  }
  // "a 5-million-dollar gift": number, hyphen, currency word.
  if (q->unit.empty() && Is(k, "-") && v_.Glued(k - 1) && v_.Glued(k) &&
      (Cls(k + 1) & kWcCurrencyWord) && !v_.Capitalized(k + 1) &&
      (v_.Lower(k + 1).starts_with("dollar") || v_.Lower(k + 1).starts_with("euro"))) {
    q->unit = std::string(v_.Info(k + 1)->unit);
    return k + 2;
  }
  // "a 13.3-inch display", "a 10-mile walk": number, hyphen, measure word.
  if (q->unit.empty() && (Is(k, "-") || Is(k, "–")) && v_.Glued(k - 1) && v_.Glued(k) &&
      (Cls(k + 1) & kWcMeasure) && !v_.Capitalized(k + 1) && v_.Lower(k + 1).size() > 2) {
    q->unit = std::string(v_.Info(k + 1)->unit);
    return k + 2;
  }
  if (c & kWcMeasure) {
    const std::string_view unit = v_.Info(k)->unit;
    // "Mi-8" is not miles: unit words are lower case (or an all-caps symbol like "MW"), or a
    // mixed-case symbol glued to the number ("2GHz"), never a single capital ("5G").
    if (v_.Capitalized(k) && !(v_.tok(k).flags & kTokenAllCaps) &&
        !(v_.Glued(k - 1) && w.size() >= 2)) {
      return k;
    }
    if (v_.Glued(k - 1) && v_.Text(k).size() == 1 && v_.Capitalized(k)) return k;
    if (Is(k + 1, "-") && v_.Glued(k)) return k;
    if (w.size() == 1 && v_.SpaceBefore(k) && w != "m") return k;  // "5 t": too ambiguous
    if (w == "degrees" || w == "degree") {
      if (Is(k + 1, "celsius") || Is(k + 1, "centigrade") || Is(k + 1, "c")) {
        q->unit = "°C";
        return k + 2;
      }
      if (Is(k + 1, "fahrenheit") || Is(k + 1, "f")) {
        q->unit = "°F";
        return k + 2;
      }
    }
    if (unit == "km" && Is(k + 1, "/") && Is(k + 2, "h")) {
      q->unit = "km/h";
      return k + 3;
    }
    q->unit = std::string(unit);
    return k + 1;
  }
  return k;
}

bool FigureScanner::ReadQuantity(size_t i, Quantity* q) const {
  if (!In(i)) return false;
  size_t j = i;
  std::string currency;
  size_t after = 0;
  if (std::string_view c = CurrencyAt(j, &after); !c.empty()) {
    currency = std::string(c);
    j = after;
  }
  bool approx_mark = false;
  bool negative = false;
  if (currency.empty()) {
    if (Is(j, "~") && In(j + 1)) {
      approx_mark = true;
      ++j;
      if (std::string_view c = CurrencyAt(j, &after); !c.empty()) {
        currency = std::string(c);
        j = after;
      }
    } else if (Is(j, "minus") && v_.IsNumber(j + 1)) {
      negative = true;
      ++j;
    } else if ((Is(j, "-") || Is(j, "−")) && v_.IsNumber(j + 1) && v_.Glued(j) &&
               (j == b_ || v_.SpaceBefore(j)) && !(j > b_ && v_.IsNumber(j - 1))) {
      negative = true;
      ++j;
    }
  }
  if (currency.empty() && !approx_mark && !negative && ReadFraction(j, q)) {
    q->begin = i;
    // "a quarter of a million dollars": a fraction of a multiplier takes a unit.
    if (!q->fraction && q->unit.empty() && q->multiplier != 1) q->end = ReadUnit(q->end, q);
    return true;
  }
  std::optional<Cardinal> c = ParseCardinal(v_, j, e_, /*allow_article=*/true);
  if (!c && currency.empty() && !approx_mark && !negative && ReadNumberCompound(j, q)) {
    q->begin = i;
    return true;
  }
  if (!c) return false;
  if (!currency.empty() && !v_.IsNumber(j)) return false;
  q->begin = i;
  q->num_begin = j;
  q->num_end = c->end;
  q->value = negative ? -c->value : c->value;
  q->raw = negative ? -c->raw : c->raw;
  q->multiplier = c->multiplier;
  q->words = c->words;
  q->numeral = c->numeral;
  q->approx_mark = approx_mark;
  q->unit = currency;
  q->single_one = c->words && !c->article && c->end == j + 1 && v_.Is(j, "one");
  size_t k = c->end;
  // Heights: 6'3" (feet and inches).
  if (currency.empty() && !c->words && (Is(k, "'") || Is(k, "’")) && v_.Glued(k - 1) &&
      v_.IsNumber(k + 1) && v_.Glued(k) && In(k + 2) &&
      (v_.Text(k + 2) == "\"" || v_.Text(k + 2) == "”") && v_.Glued(k + 1)) {
    if (std::optional<Numeral> inches = ParseNumeral(v_.Text(k + 1));
        inches && inches->value < 12) {
      q->begin = i;
      q->num_begin = j;
      q->num_end = k + 3;
      q->end = k + 3;
      q->value = q->raw = c->value + inches->value / 12.0;
      q->unit = "ft";
      q->numeral = c->numeral;
      return true;
    }
  }
  // "100m": million unless a length reading is clear ("a 100m sprint", "50m high").
  if (c->glued_m && currency.empty()) {
    static constexpr std::string_view kLength[] = {
        "tall",       "high",      "long",         "deep",     "wide",     "away",
        "above",      "below",     "sprint",       "race",     "hurdles",  "freestyle",
        "backstroke", "butterfly", "breaststroke", "relay",    "dash",     "from",
        "of",         "under",     "underground",  "below",    "altitude", "in",
        ".",          "final",     "finals",       "heat",     "heats",    "medley",
        "semi-final", "semifinal", "title",        "champion", "record"};
    bool length = false;
    for (std::string_view l : kLength) length |= Is(k, l);
    if (length) {
      q->value = q->raw;
      q->multiplier = 1;
      q->unit = "m";
    }
  }
  // "$24.1-billion", "a 5-million-dollar gift": a multiplier joined by a hyphen.
  if (c->multiplier == 1 && !c->words && Is(k, "-") && v_.Glued(k - 1) && v_.Glued(k) &&
      (Cls(k + 1) & kWcMultiplier) && v_.Lower(k + 1).size() > 2) {
    const double mult = v_.Info(k + 1)->value;
    q->value *= mult;
    q->multiplier = mult;
    k += 2;
  }
  k = ReadUnit(k, q);
  // A factor: "by 3x", "7x more jobs", "over 3x" (the "x" is part of the figure, no unit).
  if (q->unit.empty() && !c->words && In(k) && (v_.Lower(k) == "x" || v_.Text(k) == "×") &&
      v_.Glued(k - 1)) {
    const size_t p = j > b_ ? j - 1 : SIZE_MAX;
    const bool factor =
        (p != SIZE_MAX && (v_.Is(p, "by") || v_.Is(p, "over") || v_.Is(p, "about") ||
                           v_.Is(p, "to") || v_.Is(p, "than") || v_.Is(p, "up"))) ||
        !In(k + 1) || !v_.IsWord(k + 1) || (v_.Cls(k + 1) & kWcStop) ||
        v_.Lower(k + 1).ends_with("er");
    if (factor) {
      q->factor = true;
      ++k;
    }
  }
  // Post-qualifiers.
  if (Is(k, "or") && Is(k + 1, "so")) {
    q->post = Qualifier::kApprox, q->has_post = true, k += 2;
  } else if (Is(k, "or") && Is(k + 1, "more")) {
    q->post = Qualifier::kAtLeast, q->has_post = true, k += 2;
  } else if (Is(k, "or") && (Is(k + 1, "fewer") || Is(k + 1, "less"))) {
    q->post = Qualifier::kAtMost, q->has_post = true, k += 2;
  } else if (Is(k, "-") && v_.Glued(k - 1) && (Is(k + 1, "plus") || Is(k + 1, "odd"))) {
    q->post = v_.Is(k + 1, "plus") ? Qualifier::kAtLeast : Qualifier::kApprox;
    q->has_post = true;
    k += 2;
  } else if (Is(k, "+") && v_.Glued(k - 1)) {
    q->post = Qualifier::kAtLeast, q->has_post = true, k += 1;
  } else if (Is(k, "plus") && !v_.IsNumber(k + 1) && !(Cls(k + 1) & kWcNumber)) {
    q->post = Qualifier::kAtLeast, q->has_post = true, k += 1;
  }
  q->end = k;
  return true;
}

}  // namespace claimtrace::figures
