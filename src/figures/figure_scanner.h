// FigureScanner: the figure grammar's scanner for one sentence (internal to src/figures; the
// public entry point is FindFigures in figure_grammar.h).
//
// TryAt() reads a quantity at a token, extends it to a range, applies the negative rules and
// the qualifier, and describes what is counted. The members live in four files by concept:
// figure_grammar.cc (scanning, qualifiers, ranges, scores), figure_quantity.cc (numbers,
// fractions, currencies and units), figure_exclusions.cc (what is not a figure) and
// figure_description.cc (counted noun phrase, event, unit "people"). A scanner borrows the view
// and the output vector for one sentence; it is not shared between threads.
//
//   FigureScanner(view, sentence_index, first_token, end_token, &figures).Run();
#ifndef CLAIMTRACE_FIGURES_FIGURE_SCANNER_H_
#define CLAIMTRACE_FIGURES_FIGURE_SCANNER_H_

#include <cstddef>
#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "figures/figure_grammar.h"
#include "figures/lexicon.h"
#include "figures/token_view.h"

namespace claimtrace::figures {

// A quantity as read at one position: currency prefix, cardinal or fraction, unit suffix.
struct Quantity {
  size_t begin = 0;      // first token (currency prefix included)
  size_t end = 0;        // one past the unit
  size_t num_begin = 0;  // the cardinal's tokens
  size_t num_end = 0;
  double value = 0;
  double raw = 0;
  double multiplier = 1;
  std::string unit;
  bool words = false;
  bool fraction = false;
  bool approx_mark = false;  // "~"
  bool single_one = false;   // the bare word "one"
  bool compound = false;     // "ten-point"
  bool factor = false;       // "3x"
  Numeral numeral;
  Qualifier post = Qualifier::kExact;  // "or more", "-plus", "or so"
  bool has_post = false;
  bool frac_range = false;  // "between a fifth and a quarter": value is low, high is set
  double high = 0;
};

class FigureScanner {
 public:
  FigureScanner(const TokenView& v, uint32_t sentence, size_t b, size_t e,
                std::vector<FigureMention>* out)
      : v_(v), sentence_(sentence), b_(b), e_(e), out_(out) {}

  void Run();

 private:
  bool In(size_t i) const { return i >= b_ && i < e_; }

  bool Is(size_t i, std::string_view w) const { return In(i) && v_.Is(i, w); }

  uint64_t Cls(size_t i) const { return In(i) ? v_.Cls(i) : 0; }

  bool InTime(size_t begin, size_t end) const;

  // Matches a phrase ending right before token `end`; returns its first token or SIZE_MAX.
  size_t MatchBefore(size_t end, std::initializer_list<std::string_view> words) const;

  // The qualifier phrase ending right before `begin` (longest match), or nullopt.
  std::optional<std::pair<size_t, Qualifier>> QualifierBefore(size_t begin) const;

  // "his comment about 47 percent": "about" after a word that takes it as a preposition.
  bool AboutIsPreposition(size_t about) const;

  std::string_view CurrencyAt(size_t j, size_t* after) const;

  // Reads a fraction at j: "a third", "two-thirds", "three quarters", "half", "one in five".
  bool ReadFraction(size_t j, Quantity* q) const;

  // A fraction word at j without context ("a quarter", "two-thirds", "a half", "half"): its
  // value (0..1) and the token after it; false when there is none.
  bool FractionWordAt(size_t j, double* frac, size_t* end) const;

  // A lower-case compound word "ten-point", "three-nation", "six-member": a number word, then a
  // noun that is not a time unit, a fraction or an age ("two-year-old").
  bool ReadNumberCompound(size_t j, Quantity* q) const;

  // "one in five", "1 in 4", "one in every three", "one out of five".
  bool ReadOneIn(size_t j, Quantity* q) const;

  // "weighs 236 pounds": a weighing verb shortly before the amount.
  bool WeightContext(size_t k) const;

  // Reads the unit after a cardinal at k; returns the end of the unit (k when none).
  size_t ReadUnit(size_t k, Quantity* q) const;

  bool ReadQuantity(size_t i, Quantity* q) const;

  // Negative rules for a single quantity (no unit): true when it is not a figure.
  bool Excluded(const Quantity& q) const;

  bool PeopleNounAt(size_t k) const;

  // "iPhone", "eBay": a lower-case first letter and a capital later (a name).
  static bool CamelCase(std::string_view word);

  // A lower-case plural noun at k ("70 deals"), not a function word or a time unit.
  bool CountedPluralAt(size_t k) const;

  // "call", "dial", "text", "helpline": before a telephone number.
  static bool IsCallVerb(std::string_view word);

  // Evidence that a bare number counts or measures something (unit, qualifier, counted noun).
  bool QuantityEvidence(const Quantity& q, bool people_after) const;

  // Numbers that name, label or locate (see figure_exclusions.cc): true when not a figure.
  bool NameOrCodeContext(const Quantity& q, bool people_after) const;

  bool IsDemonymPlural(size_t k) const;

  // Noun phrase after a figure: up to four words; stops at function words, punctuation,
  // numbers, time expressions and at a participle once the phrase has a word.
  struct NounPhrase {
    size_t begin = 0, end = 0;  // [begin, end)
    bool people = false;
    std::string_view people_adj;  // "149 injured"
  };
  NounPhrase ReadNounPhrase(size_t k, bool after_of) const;

  // Whether the casualty adjective or participle at k modifies a noun after it ("one dead
  // general", "1,200 wounded soldiers") rather than standing for the people ("149 injured were
  // treated", "12 killed and 40 wounded").
  bool AdjectiveBeforeNoun(size_t k) const;

  // Participle after the noun phrase ("were killed", "have been destroyed", "are feared dead").
  std::string_view EventAfter(size_t k) const;
  bool LeavesHome(size_t k) const;

  // "estimated", "believed", "feared" ... before "to": "are estimated to have been killed".
  static bool IsReportingVerb(std::string_view word);

  // The event word at k, or "killed or wounded" when a second one is coordinated with it.
  std::string_view CoordinatedEvent(size_t k) const;

  // Event verb right before the figure ("killed at least 121", "killing 2,900").
  std::string_view EventBefore(size_t begin) const;

  // The participle of an event noun before "of": "deaths" -> "died", "arrests" -> "arrested".
  static std::string_view EventNoun(std::string_view word);

  std::string JoinTokens(size_t begin, size_t end) const;

  // Fills unit (people) and what for a finished figure.
  void Describe(FigureMention* f, const Quantity& q, size_t fig_begin, size_t fig_end);

  static bool IsCasualty(std::string_view event);

  // "16-pin", "28-nation", "112-member": digits glued by a hyphen to a lower-case noun.
  bool DigitCompound(size_t fig_end) const;

  // "asylum claims over 150,000": a plural noun right before the figure (or its qualifier)
  // says what is counted, so no unit is inherited from an earlier figure.
  bool CountedNounBefore(size_t begin) const;

  // Change context ("rose 5% to 7%", "fell from 4.1% to 3.8%"): "to" is not a range there.
  bool ChangeBefore(size_t begin) const;

  bool ScoreContext(size_t begin, size_t end) const;

  static bool UnitsCompatible(const Quantity& a, const Quantity& b);

  // Tries to read a figure at token i; returns the token after it (or i when none).
  // Whether a figure (or a range opener) can start at token i: a cheap filter before TryAt.
  bool MayStart(size_t i) const;

  size_t TryAt(size_t i);

  bool ExcludedRangeSide(const Quantity& q) const;

  // A qualifier phrase right after a range connector; returns the token after it.
  std::optional<size_t> QualifierAfterConnector(size_t j) const;

  const TokenView& v_;
  uint32_t sentence_;
  size_t b_, e_;
  std::vector<FigureMention>* out_;
  int sentence_figs_ = 0;
};

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_FIGURE_SCANNER_H_
