// Figure grammar, what is counted: the noun phrase after the figure (or after "of" for
// percentages and fractions; casualty adjectives before the head stay in it: "one dead
// general"), the event participle after it (also through a copula or reporting verb: "are
// feared dead"), the event verb or event noun before it ("the deaths of"), and the unit
// "people" from person nouns, casualty verbs, collective nouns ("a crowd of 15,000"),
// "-strong" compounds, places ("a city of 2 million") or an earlier count of people in the same
// sentence ("and 167 more"). Covered by figure_description_test.cc and
// figure_extractor_test.cc.
#include <cmath>
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
    if (In(k) && v_.IsNumber(k) && In(k + 1) && v_.IsWord(k + 1)) ++k;  // "23 of its 29 delegates"
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
    if (words == 0 && (c & kWcPeopleAdj) && !(c & kWcPeople) && !AdjectiveBeforeNoun(k)) {
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
    // A noun compound goes on: "training sessions" (an -ing word before a plural noun).
    const bool compound_ing = w.ends_with("ing") && In(k + 1) && v_.IsWord(k + 1) &&
                              !v_.Capitalized(k + 1) && v_.Lower(k + 1).size() > 3 &&
                              v_.Lower(k + 1).ends_with("s") &&
                              !(v_.Cls(k + 1) & (kWcStop | kWcAux | kWcEvent));
    if (words > 0 && !v_.Capitalized(k) && w.size() > 4 &&
        (w.ends_with("ed") || w.ends_with("ing")) && !(c & kWcPeople) &&
        !(In(k + 1) && (v_.Cls(k + 1) & kWcPeople)) && !compound_ing) {
      break;  // "were killed", but not "Ohio registered voters"
    }
    // "rose to 1,400 overnight", "10,000 delayed on Friday alone": adverbs end the phrase.
    if (words == 0 && (w == "overnight" || w == "alone" || w == "apiece" || w == "altogether" ||
                       w == "respectively" || w == "already" || w == "instead" || w == "now" ||
                       w == "today" || w == "yesterday" || w == "tonight" || w == "away")) {
      break;
    }
    // "The two learned of a meeting": a past-tense verb, not a noun phrase.
    if (words == 0 && !v_.Capitalized(k) && w.size() > 4 && w.ends_with("ed") &&
        !(c & (kWcPeople | kWcPeopleAdj)) &&
        (!In(k + 1) || !v_.IsWord(k + 1) || (v_.Cls(k + 1) & kWcStop))) {
      break;
    }
    if (words == 0 && (c & kWcEvent) && !(c & kWcPeople) &&
        !(In(k + 1) && (v_.Cls(k + 1) & kWcPeople)) && !AdjectiveBeforeNoun(k)) {
      break;  // "killed", but not "registered voters" or "dead generals"
    }
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
        !w.ends_with("us") && !w.ends_with("is") &&
        !(w.find('-') != std::string_view::npos && !(c & kWcPeople))) {  // "plain-clothes"
      break;
    }
  }
  // The head decides: "10,000 volunteer training sessions" counts sessions, not volunteers.
  if (np.people && np.end >= np.begin + 2 && v_.IsWord(np.end - 1) && !v_.Capitalized(np.end - 1) &&
      !(v_.Cls(np.end - 1) & kWcPeople)) {
    const std::string_view head = v_.Lower(np.end - 1);
    if (head.size() > 3 && head.back() == 's' && !head.ends_with("ss")) np.people = false;
  }
  // "62 individuals, companies and unions": persons coordinated with things are not a count
  // of people.
  if (np.people && np.end > np.begin && Is(np.end, ",")) {
    for (size_t j = np.end + 1; j < np.end + 3 && In(j) && v_.IsWord(j); ++j) {
      const std::string_view w = v_.Lower(j);
      if (v_.Cls(j) & (kWcPeople | kWcStop | kWcAux)) break;
      if (!v_.Capitalized(j) && w.size() > 3 && w.back() == 's' && !w.ends_with("ss") &&
          (Is(j + 1, ",") || Is(j + 1, "and") || Is(j + 1, "or"))) {
        np.people = false;
        break;
      }
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

bool FigureScanner::AdjectiveBeforeNoun(size_t k) const {
  const size_t n = k + 1;
  if (!In(n) || !v_.IsWord(n) || v_.tok(n).in_time || !v_.SpaceBefore(n)) return false;
  const uint64_t c = v_.Cls(n);
  if ((c & kWcPeople) || IsDemonymPlural(n)) return true;
  if (c & (kWcStop | kWcAux | kWcSpeech | kWcEvent | kWcEventIng | kWcPeopleAdj | kWcChangeVerb |
           kWcFutureCue | kWcTimeUnit | kWcNumber | kWcMultiplier | kWcTemporalPrep | kWcMonth |
           kWcWeekday | kWcFraction | kWcVague)) {
    return false;
  }
  if (v_.Capitalized(n)) {
    // "two dead Russian generals": a capitalised modifier before a lower-case noun.
    return In(n + 1) && v_.IsWord(n + 1) && !v_.Capitalized(n + 1) &&
           !(v_.Cls(n + 1) & (kWcStop | kWcAux | kWcSpeech | kWcEvent | kWcTemporalPrep)) &&
           !v_.tok(n + 1).in_time;
  }
  const std::string_view w = v_.Lower(n);
  // Adverbs and verb forms: "12 killed instantly", "five wounded fighting".
  if (w.size() > 4 && (w.ends_with("ly") || w.ends_with("ing") || w.ends_with("ed"))) return false;
  return true;
}

// Participle after the noun phrase ("were killed", "have been destroyed"), a casualty word
// after a copula ("are dead", "were feared dead") or after "among the" ("six generals are among
// the dead"), through a reporting verb ("are estimated to have been killed"), with a
// coordinated second participle ("killed or wounded").
std::string_view FigureScanner::EventAfter(size_t k) const {
  for (int n = 0, budget = 4; n < budget && In(k); ++n, ++k) {
    const uint64_t c = v_.Cls(k);
    const std::string_view w = v_.Lower(k);
    if (n > 0 && IsReportingVerb(w) && Is(k + 1, "to")) {  // "estimated to have been killed"
      ++k;
      budget += 2;
      continue;
    }
    if (n > 0 && (Cls(k + 1) & kWcPeopleAdj) && v_.IsWord(k) &&
        (w.ends_with("ed") || w == "left")) {
      return CoordinatedEvent(k + 1);  // "feared dead", "confirmed killed"
    }
    if (c & kWcEvent) return CoordinatedEvent(k);
    if (c & kWcAux) continue;
    if (n > 0 && (c & kWcPeopleAdj)) return CoordinatedEvent(k);  // "are dead", "were missing"
    if (n > 0 && v_.Is(k, "among") && Is(k + 1, "the") && (Cls(k + 2) & kWcPeopleAdj)) {
      return v_.Text(k + 2);
    }
    if (n > 0 && (w == "left" || w == "fled" || w == "forced" || w == "driven") &&
        LeavesHome(k + 1)) {
      return "displaced";  // "had left their homes", "were forced from their homes"
    }
    if (v_.IsWord(k) && n > 0 && w.size() > 4 && w.ends_with("ed") && !v_.Capitalized(k)) {
      return CoordinatedEvent(k);
    }
    break;
  }
  return {};
}

// "their homes", "from their homes", "out of their home" within three words of k.
bool FigureScanner::LeavesHome(size_t k) const {
  for (size_t i = k; i < k + 4 && In(i); ++i) {
    if (Is(i, "home") || Is(i, "homes")) return true;
    if (!v_.IsWord(i)) return false;
  }
  return false;
}

bool FigureScanner::IsReportingVerb(std::string_view w) {
  return w == "estimated" || w == "believed" || w == "thought" || w == "feared" ||
         w == "reported" || w == "said" || w == "known" || w == "presumed" || w == "understood" ||
         w == "expected" || w == "likely" || w == "alleged" || w == "claimed";
}

// The event word at k, with a coordinated one after it: "killed or wounded", "dead and
// missing" (a slice of the text).
std::string_view FigureScanner::CoordinatedEvent(size_t k) const {
  if ((Is(k + 1, "or") || Is(k + 1, "and")) && In(k + 2) && v_.IsWord(k + 2) &&
      (v_.Cls(k + 2) & (kWcEvent | kWcPeopleAdj))) {
    const ByteSpan a = v_.tok(k).span, b = v_.tok(k + 2).span;
    return v_.text().substr(a.start, b.end - a.start);
  }
  return v_.Text(k);
}

// Event verb right before the figure ("killed at least 121", "killing 2,900"), or an event
// noun before "of" ("the deaths of two generals" -> "died").
std::string_view FigureScanner::EventBefore(size_t begin) const {
  if (begin <= b_) return {};
  const size_t p = begin - 1;
  const uint64_t c = v_.Cls(p);
  if (c & kWcEventIng) return v_.Info(p)->unit;
  if (c & kWcEvent) return v_.Text(p);
  if (v_.Is(p, "of") && p > b_ && v_.IsWord(p - 1)) return EventNoun(v_.Lower(p - 1));
  return {};
}

std::string_view FigureScanner::EventNoun(std::string_view w) {
  static constexpr std::pair<std::string_view, std::string_view> kNouns[] = {
      {"death", "died"},           {"deaths", "died"},          {"killing", "killed"},
      {"killings", "killed"},      {"murder", "murdered"},      {"murders", "murdered"},
      {"injury", "injured"},       {"injuries", "injured"},     {"wounding", "wounded"},
      {"arrest", "arrested"},      {"arrests", "arrested"},     {"detention", "detained"},
      {"capture", "captured"},     {"evacuation", "evacuated"}, {"rescue", "rescued"},
      {"abduction", "abducted"},   {"kidnapping", "kidnapped"}, {"execution", "executed"},
      {"executions", "executed"},  {"deportation", "deported"}, {"release", "released"},
      {"disappearance", "missing"}};
  for (const auto& [noun, event] : kNouns) {
    if (w == noun) return event;
  }
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
  // "an 8,000-strong force", "a 131-page document": the head after the compound, as for
  // "a three-judge panel".
  if (np.end == np.begin && !after_of && !q.factor && q.unit.empty() && DigitCompound(fig_end) &&
      !Is(fig_end + 1, "fold") && !(Cls(fig_end + 1) & kWcTimeUnit)) {
    np = ReadNounPhrase(fig_end + 2, false);
  }
  if (!after_of && np.end == np.begin && np.people_adj.empty() && Is(fig_end, "of")) {
    np = ReadNounPhrase(fig_end, true);  // "33 of the injured"
  }
  if (Is(fig_end, "worth") && Is(fig_end + 1, "of")) {
    np = ReadNounPhrase(fig_end + 1, true);  // "$250 billion worth of goods"
  }
  if (q.fraction && np.end == np.begin && !Is(fig_end, "of")) {
    np = ReadNounPhrase(fig_end, false);  // "eight of 10 voters", "one in five adults"
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
  // "the deaths of three colonels were confirmed": the event noun names the event.
  if (np.people_adj.empty() && fig_begin > b_ + 1 && v_.Is(fig_begin - 1, "of")) {
    if (const std::string_view noun_event = EventNoun(v_.Lower(fig_begin - 2));
        !noun_event.empty()) {
      event = noun_event;
    }
  }
  if (event.empty()) event = EventBefore(fig_begin);
  if (!event.empty()) {
    if (!what.empty()) what += ' ';
    what += event;
  }
  f->what = std::move(what);
  // "all six aboard", "200 on board": people.
  if ((np.end == np.begin || np.end == fig_end + 1) &&
      (Is(fig_end, "aboard") || (Is(fig_end, "on") && Is(fig_end + 1, "board")))) {
    people = true;
  }
  // "The two learned of a meeting", "the three were arrested": a small number word standing
  // for persons named before it (the subject of a verb).
  if (np.end == np.begin && q.words && !q.fraction && f->low <= 20 && fig_begin > b_ &&
      (v_.Is(fig_begin - 1, "the") || v_.Is(fig_begin - 1, "both")) && In(fig_end) &&
      v_.IsWord(fig_end) &&
      ((Cls(fig_end) & (kWcSpeech | kWcAux)) ||
       (v_.Lower(fig_end).size() > 4 && v_.Lower(fig_end).ends_with("ed")))) {
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
      } else if (!q.compound && !DigitCompound(fig_end)) {
        // "a crowd of 15,000", "refugees ... to 10,000"; not "a 28-nation bloc" (a compound
        // counts its own noun).
        for (size_t k = fig_begin, n = 0; k > b_ && n < 4; ++n) {
          --k;
          if ((v_.Cls(k) & (kWcCollective | kWcPeople)) ||
              ((v_.Cls(k) & kWcPeopleAdj) && k > b_ && v_.Is(k - 1, "the") &&
               !AdjectiveBeforeNoun(k))) {
            f->unit = "people";  // also "put the dead at 3,000"
            break;
          }
        }
      }
    }
  }
  // "a city of 2 million", "a country of 40 million": its inhabitants.
  if (f->unit.empty() && !after_of && np.end == np.begin && fig_begin >= b_ + 2 &&
      v_.Is(fig_begin - 1, "of") && f->low >= 1000) {
    const std::string_view place = v_.Lower(fig_begin - 2);
    if (place == "city" || place == "town" || place == "village" || place == "country" ||
        place == "nation" || place == "state" || place == "province" || place == "island" ||
        place == "region" || place == "metropolis" || place == "district") {
      f->unit = "people";
    }
  }
  // "a father of seven", "mother of three": a parent's children.
  if (f->unit.empty() && np.end == np.begin && fig_begin >= b_ + 2 && v_.Is(fig_begin - 1, "of")) {
    const std::string_view kin = v_.Lower(fig_begin - 2);
    if (kin == "father" || kin == "mother" || kin == "parent" || kin == "parents" ||
        kin == "grandmother" || kin == "grandfather" || kin == "mom" || kin == "dad") {
      f->unit = "people";
      if (f->what.empty()) f->what = "children";
    }
  }
  // A score on a scale or a rate is not a count of people: "734 out of 1,000", "7 per 1,000".
  if (f->unit == "people" && !np.people &&
      ((Is(fig_end, "out") && Is(fig_end + 1, "of")) || Is(fig_end, "per"))) {
    f->unit.clear();
  }
  // A factor ("a threefold increase", "3x") multiplies; it counts nothing.
  if (q.factor && !np.people) f->unit.clear();
  // A count of people is a whole number: "22.2 per 100,000" is a rate.
  if (f->unit == "people" && (f->low != std::floor(f->low) || f->high != std::floor(f->high))) {
    f->unit.clear();
  }
  // "a three-judge panel", "a 112-member body": the compound's noun says what is counted.
  const bool digit_compound = DigitCompound(fig_end);
  if (digit_compound && f->unit == "people" && !np.people) f->unit.clear();
  if (f->unit.empty() && ((q.compound && fig_end == fig_begin + 1) || digit_compound)) {
    const std::string_view w = digit_compound ? v_.Lower(fig_end + 1) : v_.Lower(fig_begin);
    const size_t dash = digit_compound ? std::string_view::npos : w.rfind('-');
    if (digit_compound || dash != std::string_view::npos) {
      const std::string noun(digit_compound ? w : w.substr(dash + 1));
      // "an 8,000-strong force", but not "the 20-strong Primera Liga" (a league's clubs).
      if (noun == "strong" && !(np.end > np.begin && v_.Capitalized(np.begin))) {
        f->unit = "people";
      }
      const WordInfo* info = LookupWord(noun);
      if (!info || !(info->cls & kWcPeople)) info = LookupWord(noun + "s");
      if (info && (info->cls & kWcPeople)) f->unit = "people";
    }
  }
}

// "16-pin", "28-nation", "112-member": digits glued by a hyphen to a lower-case noun.
bool FigureScanner::DigitCompound(size_t fig_end) const {
  return fig_end > b_ && Is(fig_end, "-") && v_.Glued(fig_end - 1) && v_.Glued(fig_end) &&
         In(fig_end + 1) && v_.IsWord(fig_end + 1) && !v_.Capitalized(fig_end + 1) &&
         v_.IsNumber(fig_end - 1);
}

bool FigureScanner::IsCasualty(std::string_view event) {
  return event == "killed" || event == "died" || event == "missing" || event == "wounded" ||
         event == "injured" || event == "hurt" || event == "arrested" || event == "detained" ||
         event == "rescued" || event == "evacuated" || event == "displaced" ||
         event == "executed" || event == "abducted" || event == "kidnapped" || event == "murdered";
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
