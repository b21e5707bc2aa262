// Cardinal parsing: a numeral (or a run of number words, read with the usual
// total/current accumulator: "two hundred and fifty thousand" = (2*100+50)*1000), then an
// optional "and a half", then multiplier words. Abbreviated multipliers ("bn", "m", "k") count
// only when glued to the digits ("$6bn", "25m"). Covered by cardinal_test.cc.
#include "figures/cardinal.h"

namespace claimtrace::figures {
namespace {

bool IsFullMultiplier(std::string_view w) {
  return w == "hundred" || w == "thousand" || w == "million" || w == "billion" || w == "trillion" ||
         w == "dozen" || w == "lakh" || w == "crore";
}

// Number words of a hyphenated compound ("twenty-one"); nullopt if any part is not one.
std::optional<double> CompoundValue(std::string_view lower) {
  size_t dash = lower.find('-');
  if (dash == std::string_view::npos) return std::nullopt;
  const WordInfo* a = LookupWord(lower.substr(0, dash));
  const WordInfo* b = LookupWord(lower.substr(dash + 1));
  if (!a || !b || !(a->cls & kWcNumber) || !(b->cls & kWcNumber)) return std::nullopt;
  if (a->value < 20 || static_cast<int>(a->value) % 10 != 0 || b->value >= 10) {
    return std::nullopt;
  }
  return a->value + b->value;
}

// Applies "and a half" and trailing multipliers from token j; sets raw/multiplier/end.
void ReadTail(const TokenView& v, size_t j, size_t end, Cardinal& c) {
  if (j + 2 < end && v.Is(j, "and") && v.Is(j + 1, "a") && v.Is(j + 2, "half")) {
    c.value += 0.5;
    j += 3;
  }
  c.raw = c.value;
  while (j < end && (v.Cls(j) & kWcMultiplier)) {
    const std::string_view w = v.Lower(j);
    const bool full = IsFullMultiplier(w);
    // "m"/"k"/"b" must be glued to digits ("5 m" may be metres); "$1.2 bn", "$3 trn" need not.
    const bool spaced_ok = w == "bn" || w == "bln" || w == "mln" || w == "tn" || w == "trn";
    if (!full && ((v.SpaceBefore(j) && !spaced_ok) || c.words)) break;
    if (!full && c.multiplier != 1) break;
    if (w == "dozen" && c.multiplier != 1) break;
    const double m = v.Info(j)->value;
    c.value *= m;
    c.multiplier *= m;
    c.multiplier_tok = j;
    c.glued_m = (w == "m");
    ++j;
  }
  c.end = j;
}

}  // namespace

std::optional<double> NumberWordValue(const TokenView& v, size_t i) {
  if (!v.IsWord(i)) return std::nullopt;
  if (const WordInfo* w = v.Info(i); w && (w->cls & kWcNumber)) return w->value;
  return CompoundValue(v.Lower(i));
}

std::optional<Cardinal> ParseCardinal(const TokenView& v, size_t i, size_t end,
                                      bool allow_article) {
  if (i >= end) return std::nullopt;
  Cardinal c;
  c.begin = i;
  if (v.IsNumber(i)) {
    std::optional<Numeral> n = ParseNumeral(v.Text(i));
    if (!n) return std::nullopt;
    c.numeral = *n;
    c.value = n->value;
    size_t j = i + 1;
    // "7 000 000": space-separated thousands groups after a short leading group.
    if (!n->decimal && !n->grouped && n->int_digits <= 3) {
      while (j < end && v.IsNumber(j) && v.SpaceBefore(j) && v.Text(j).size() == 3) {
        std::optional<Numeral> g = ParseNumeral(v.Text(j));
        if (!g || g->grouped || g->decimal) break;
        c.value = c.value * 1000 + g->value;
        ++j;
      }
    }
    ReadTail(v, j, end, c);
    return c;
  }
  if (!v.IsWord(i)) return std::nullopt;
  const std::string_view w0 = v.Lower(i);
  // "a hundred", "an estimated" is not a number; "a dozen".
  if ((w0 == "a" || w0 == "an" || w0 == "one") && i + 1 < end && IsFullMultiplier(v.Lower(i + 1))) {
    if (w0 != "one" && !allow_article) return std::nullopt;
    c.words = true;
    c.article = w0 != "one";
    c.value = 1;
    ReadTail(v, i + 1, end, c);
    return c;
  }
  // "half a million".
  if (w0 == "half" && i + 2 < end && v.Is(i + 1, "a") && IsFullMultiplier(v.Lower(i + 2)) &&
      !v.Is(i + 2, "dozen")) {
    c.words = true;
    c.value = 0.5;
    ReadTail(v, i + 2, end, c);
    return c;
  }
  std::optional<double> first = NumberWordValue(v, i);
  if (!first) return std::nullopt;
  c.words = true;
  double total = 0;
  double current = *first;
  size_t j = i + 1;
  // "Seventy-four" (capitalised, so the tokenizer split it): tens + glued "-" + unit.
  if (current >= 20 && current < 100 && static_cast<int>(current) % 10 == 0 && j + 1 < end &&
      v.Is(j, "-") && v.Glued(j - 1) && v.Glued(j)) {
    if (std::optional<double> u = NumberWordValue(v, j + 1); u && *u < 10) {
      current += *u;
      j += 2;
    }
  }
  while (j < end) {
    if (v.Is(j, "hundred") && current > 0 && current < 100) {
      current *= 100;
      ++j;
      // "two hundred and fifty"
      if (j + 1 < end && v.Is(j, "and") && NumberWordValue(v, j + 1)) {
        current += *NumberWordValue(v, j + 1);
        j += 2;
      }
      continue;
    }
    if ((v.Is(j, "thousand") && j + 1 < end && (NumberWordValue(v, j + 1) || v.Is(j + 1, "and")))) {
      // "two thousand five hundred": keep accumulating.
      total += current * 1000;
      current = 0;
      ++j;
      if (v.Is(j, "and")) ++j;
      std::optional<double> nx = NumberWordValue(v, j);
      if (!nx) break;
      current = *nx;
      ++j;
      continue;
    }
    if (std::optional<double> nx = NumberWordValue(v, j);
        nx && current >= 20 && static_cast<int>(current) % 10 == 0 && *nx < 10 &&
        static_cast<int>(current) < 100) {
      current += *nx;  // "twenty one" written without hyphen
      ++j;
      continue;
    }
    break;
  }
  c.value = total + current;
  ReadTail(v, j, end, c);
  return c;
}

}  // namespace claimtrace::figures
