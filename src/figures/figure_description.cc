// Figure grammar, what is counted: the noun phrase after the figure (or after "of" for
// percentages and fractions), the event participle after it or the event verb before it, and
// the unit "people" from person nouns, casualty verbs, collective nouns ("a crowd of 15,000")
// or an earlier count of people in the same sentence ("and 167 more"). Covered by
// figure_extractor_test.cc.
#include <string>

#include "figures/figure_scanner.h"

namespace claimtrace::figures {

FigureScanner::NounPhrase FigureScanner::ReadNounPhrase(size_t k, bool after_of) const {
  NounPhrase np;
  if (after_of) {
    if (!Is(k, "of")) return np;
    ++k;
    while (Is(k, "the") || Is(k, "a") || Is(k, "an") || Is(k, "its") || Is(k, "their") ||
           Is(k, "his") || Is(k, "her") || Is(k, "our") || Is(k, "all") || Is(k, "those") ||
           Is(k, "these") || Is(k, "this") || Is(k, "that") || Is(k, "your")) {
      ++k;
    }
  } else {
    while (Is(k, "more") || Is(k, "other") || Is(k, "additional") || Is(k, "extra") ||
           Is(k, "further") || Is(k, "others")) {
      if (v_.Is(k, "others")) np.people = true;  // "six others"
      ++k;
    }
  }
  np.begin = np.end = k;
  size_t words = 0;
  while (In(k) && words < 4) {
    if (v_.tok(k).in_time) {
      if ((v_.Cls(k) & kWcSetAdverb) && words == 0) {  // "25m daily users"
        ++k;
        np.begin = k;
        continue;
      }
      break;
    }
    if (!v_.IsWord(k)) {
      // glued hyphen chains inside a name: "Mi-8 helicopters"
      if (words > 0 && (v_.Is(k, "-") || v_.IsNumber(k)) && !v_.SpaceBefore(k) && In(k + 1) &&
          !v_.SpaceBefore(k + 1)) {
        ++k;
        continue;
      }
      if (words > 0 && v_.IsNumber(k) && !v_.SpaceBefore(k)) {
        ++k;
        np.end = k;
        continue;
      }
      break;
    }
    const uint64_t c = v_.Cls(k);
    const std::string_view w = v_.Lower(k);
    if (words == 0 && (c & kWcPeopleAdj) && !(c & kWcPeople)) {
      np.people_adj = v_.Text(k);
      break;
    }
    if (w == "'s" || w == "’s") {
      if (words == 0) break;
      ++k;
      np.end = k;
      continue;
    }
    if ((c & (kWcStop | kWcAux)) && !(c & kWcPeople)) break;
    if (c & (kWcFutureCue | kWcSpeech | kWcChangeVerb | kWcTimeUnit | kWcNumber | kWcMultiplier)) {
      if (!(c & kWcPeople)) break;
    }
    if (words > 0 && !v_.Capitalized(k) && w.size() > 4 &&
        (w.ends_with("ed") || w.ends_with("ing")) && !(c & kWcPeople)) {
      break;
    }
    if (words == 0 && (c & kWcEvent) && !(c & kWcPeople)) break;
    if (c & kWcPeople) np.people = true;
    if (IsDemonymPlural(k) && words > 0) np.people = true;
    if (IsDemonymPlural(k) && !In(k + 1)) np.people = true;
    if (IsDemonymPlural(k) && In(k + 1) && !v_.IsWord(k + 1)) np.people = true;
    if (IsDemonymPlural(k) && In(k + 1) && (v_.Cls(k + 1) & (kWcStop | kWcAux))) {
      np.people = true;
    }
    ++words;
    ++k;
    np.end = k;
    // A lower-case plural noun usually ends the phrase ("Russian soldiers").
    if (!v_.Capitalized(k - 1) && w.size() > 3 && w.back() == 's' && !w.ends_with("ss") &&
        !w.ends_with("us") && !w.ends_with("is")) {
      break;
    }
  }
  // "8,200 business and leisure travelers": a coordinated head noun that counts people.
  if (!np.people && np.end > np.begin && (Is(np.end, "and") || Is(np.end, "or"))) {
    for (size_t j = np.end + 1; j < np.end + 4 && In(j) && v_.IsWord(j); ++j) {
      if (v_.Cls(j) & kWcPeople) {
        np.people = true;
        break;
      }
      if (v_.Cls(j) & (kWcStop | kWcAux)) break;
    }
  }
  return np;
}

// Participle after the noun phrase ("were killed", "have been destroyed").
std::string_view FigureScanner::EventAfter(size_t k) const {
  for (int n = 0; n < 4 && In(k); ++n, ++k) {
    const uint64_t c = v_.Cls(k);
    if (c & kWcEvent) return v_.Text(k);
    if (c & kWcAux) continue;
    const std::string_view w = v_.Lower(k);
    if (v_.IsWord(k) && n > 0 && w.size() > 4 && w.ends_with("ed") && !v_.Capitalized(k)) {
      return v_.Text(k);
    }
    break;
  }
  return {};
}

// Event verb right before the figure ("killed at least 121", "killing 2,900").
std::string_view FigureScanner::EventBefore(size_t begin) const {
  if (begin <= b_) return {};
  const size_t p = begin - 1;
  const uint64_t c = v_.Cls(p);
  if (c & kWcEventIng) return v_.Info(p)->unit;
  if (c & kWcEvent) return v_.Text(p);
  return {};
}

std::string FigureScanner::JoinTokens(size_t begin, size_t end) const {
  std::string out;
  for (size_t k = begin; k < end; ++k) {
    if (!out.empty() && v_.SpaceBefore(k)) out += ' ';
    out += v_.Text(k);
  }
  return out;
}

// Fills unit (people) and what for a finished figure.
void FigureScanner::Describe(FigureMention* f, const Quantity& q, size_t fig_begin,
                             size_t fig_end) {
  const bool after_of = q.unit == "%" || q.fraction;
  NounPhrase np = ReadNounPhrase(fig_end, after_of);
  if (!after_of && np.end == np.begin && np.people_adj.empty() && Is(fig_end, "of")) {
    np = ReadNounPhrase(fig_end, true);  // "33 of the injured"
  }
  std::string what;
  bool people = np.people;
  std::string_view event;
  if (!np.people_adj.empty()) {
    people = true;
    event = np.people_adj;
  } else if (np.end > np.begin) {
    what = JoinTokens(np.begin, np.end);
    event = EventAfter(np.end);
  } else {
    event = EventAfter(fig_end);
  }
  if (event.empty()) event = EventBefore(fig_begin);
  if (!event.empty()) {
    if (!what.empty()) what += ' ';
    what += event;
  }
  f->what = std::move(what);
  // "all six aboard", "200 on board": people.
  if (np.end == np.begin &&
      (Is(fig_end, "aboard") || (Is(fig_end, "on") && Is(fig_end + 1, "board")))) {
    people = true;
  }
  // "killing 107 or more and wounding 238": casualty verbs count people.
  const std::string_view before = EventBefore(fig_begin);
  const bool casualty_verb = !before.empty() && IsCasualty(before);
  if (f->unit.empty() && !after_of) {
    if (people || (np.end == np.begin && np.people_adj.empty() && casualty_verb)) {
      f->unit = "people";
    } else if (np.end == np.begin && np.people_adj.empty() && !CountedNounBefore(fig_begin)) {
      // Elliptical: "and 167 more have been injured" after a count of people; "a crowd of
      // 15,000".
      if (!out_->empty() && sentence_figs_ > 0 && out_->back().unit == "people" &&
          out_->back().sentence == sentence_) {
        f->unit = "people";
      } else {
        for (size_t k = fig_begin, n = 0; k > b_ && n < 4; ++n) {
          --k;
          if (v_.Cls(k) & (kWcCollective | kWcPeople)) {
            f->unit = "people";
            break;
          }
        }
      }
    }
  }
}

bool FigureScanner::IsCasualty(std::string_view event) {
  return event == "killed" || event == "wounded" || event == "injured" || event == "hurt" ||
         event == "arrested" || event == "detained" || event == "rescued" || event == "evacuated" ||
         event == "displaced" || event == "executed" || event == "abducted" ||
         event == "kidnapped" || event == "murdered";
}

// "asylum claims over 150,000": a plural noun right before the figure (or its qualifier)
// says what is counted, so no unit is inherited from an earlier figure.
bool FigureScanner::CountedNounBefore(size_t begin) const {
  if (begin <= b_) return false;
  size_t p = begin - 1;
  // "a score of 734": the noun before "of" is what the number measures.
  if (v_.Is(p, "of") && p > b_ && v_.IsWord(p - 1) && !v_.Capitalized(p - 1)) {
    const uint64_t c = v_.Cls(p - 1);
    return !(c & (kWcPeople | kWcCollective | kWcStop | kWcAux | kWcFraction | kWcMultiplier));
  }
  if (!v_.IsWord(p) || v_.Capitalized(p)) return false;
  const uint64_t c = v_.Cls(p);
  if (c & (kWcStop | kWcAux | kWcSpeech | kWcEvent | kWcEventIng | kWcChangeVerb | kWcPeople |
           kWcCollective | kWcFutureCue | kWcScoreVerb)) {
    return false;
  }
  const std::string_view w = v_.Lower(p);
  return w.size() > 3 && w.back() == 's' && !w.ends_with("ss") && !w.ends_with("us");
}

}  // namespace claimtrace::figures
