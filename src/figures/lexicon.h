// The word tables the figure and time grammars share: number words, multipliers, units,
// currencies, counted-person nouns, event participles, time units, month/weekday/season words
// and the function words that end a noun phrase.
//
// LookupWord takes an ASCII lower-case word and returns its entry (or nullptr). The table is
// built once on first use (thread-safe static initialisation) and is read-only afterwards, so
// lookups may run concurrently. Entries are plain data; several classes may be set on one word
// ("second" is a time unit; "may" is a month only when capitalised, which callers check).
//
//   const WordInfo* w = LookupWord("million");
//   if (w && (w->cls & kWcMultiplier)) value *= w->value;  // 1e6
#ifndef CLAIMTRACE_FIGURES_LEXICON_H_
#define CLAIMTRACE_FIGURES_LEXICON_H_

#include <cstdint>
#include <string_view>

namespace claimtrace::figures {

// WordInfo::cls bits.
inline constexpr uint64_t kWcNumber = 1ull << 0;           // cardinal word: value (one..ninety)
inline constexpr uint64_t kWcMultiplier = 1ull << 1;       // hundred/thousand/million/bn/m: value
inline constexpr uint64_t kWcFraction = 1ull << 2;         // half/third(s)/quarter(s): value (0..1)
inline constexpr uint64_t kWcPeople = 1ull << 3;           // counts persons: soldiers, children
inline constexpr uint64_t kWcPeopleAdj = 1ull << 4;        // "149 injured": dead, wounded, missing
inline constexpr uint64_t kWcCollective = 1ull << 5;       // crowd, toll: "a crowd of 15,000"
inline constexpr uint64_t kWcCurrencyWord = 1ull << 6;     // dollars, euros: unit = ISO code
inline constexpr uint64_t kWcMeasure = 1ull << 7;          // km, tonnes, acres: unit = symbol
inline constexpr uint64_t kWcPercent = 1ull << 8;          // percent, pct
inline constexpr uint64_t kWcEvent = 1ull << 9;            // killed, destroyed (participle)
inline constexpr uint64_t kWcEventIng = 1ull << 10;        // killing -> unit holds "killed"
inline constexpr uint64_t kWcStop = 1ull << 11;            // function word: ends a noun phrase
inline constexpr uint64_t kWcAux = 1ull << 12;             // have/been/were: may precede an event
inline constexpr uint64_t kWcTimeUnit = 1ull << 13;        // second..century: sub = TimeUnit
inline constexpr uint64_t kWcMonth = 1ull << 14;           // sub = 1..12
inline constexpr uint64_t kWcWeekday = 1ull << 15;         // sub = 1..7 (Monday = 1)
inline constexpr uint64_t kWcPartOfDay = 1ull << 16;       // morning/afternoon/evening/night: unit
inline constexpr uint64_t kWcSeason = 1ull << 17;          // spring/summer/autumn/fall/winter
inline constexpr uint64_t kWcFutureCue = 1ull << 18;       // will, would, expected, plans
inline constexpr uint64_t kWcSpeech = 1ull << 19;          // said, told, announced (tense barrier)
inline constexpr uint64_t kWcChangeVerb = 1ull << 20;      // rose, fell: "rose from 5% to 7%"
inline constexpr uint64_t kWcLabel = 1ull << 21;           // page, article, flight: "page 12"
inline constexpr uint64_t kWcStreet = 1ull << 22;          // Street, Road, Avenue
inline constexpr uint64_t kWcScoreVerb = 1ull << 23;       // won, beat, ruled: "ruled 6-3"
inline constexpr uint64_t kWcTimeZone = 1ull << 24;        // GMT, ET, UTC
inline constexpr uint64_t kWcOrdinal = 1ull << 25;         // first..fourth: sub = n
inline constexpr uint64_t kWcDemonymPl = 1ull << 26;       // Britons, Israelis (plural people)
inline constexpr uint64_t kWcVague = 1ull << 27;           // several, few, many: "several weeks"
inline constexpr uint64_t kWcSetAdverb = 1ull << 28;       // daily, weekly: unit = TIMEX value
inline constexpr uint64_t kWcTemporalPrep = 1ull << 29;    // in, since, until: before a year
inline constexpr uint64_t kWcNumberCompound = 1ull << 30;  // twenty-one, five-year (split)
inline constexpr uint64_t kWcTimeStart = 1ull << 31;       // may start a time expression ("last")
inline constexpr uint64_t kWcFigureStart = 1ull << 32;     // may start a figure ("between", "a")

enum class TimeUnit : uint8_t {
  kNone,
  kSecond,
  kMinute,
  kHour,
  kDay,
  kWeek,
  kFortnight,
  kMonth,
  kQuarter,
  kYear,
  kDecade,
  kCentury,
};

struct WordInfo {
  uint64_t cls = 0;
  double value = 0;       // number, multiplier or fraction value
  int sub = 0;            // month 1..12, weekday 1..7, TimeUnit, ordinal n, season index
  std::string_view unit;  // unit code, currency code, part-of-day code, set value, participle
};

// Entry for an ASCII lower-case word, or nullptr.
const WordInfo* LookupWord(std::string_view lower);

// For a word LookupWord does not know: a person-noun entry (kWcPeople) when the word is the
// singular of a listed person noun ("candidate") or has an agent suffix ("-ist(s)", "-ian(s)",
// "-maker(s)": "activists", "physician", "filmmakers"), else nullptr.
const WordInfo* LookupPersonNoun(std::string_view lower);

// Currency for a symbol token ("$", "£", "€", "¥", "₽", "₹", "₴", "₺", "₩", "₪"),
// or
// "".
std::string_view CurrencyForSymbol(std::string_view symbol);
// Currency for a prefix glued to "$" ("US", "C", "A", "HK", "NZ", "S", "R", "Mex"), or "".
std::string_view CurrencyForDollarPrefix(std::string_view prefix);
// Currency for an ISO 4217 code written as a word ("USD", "EUR"...), or "".
std::string_view CurrencyForCode(std::string_view word);

// TIMEX3 letter for a duration unit: "Y", "M", "W", "D", "H", "M" (minute), "S", "DE", "CE".
std::string_view DurationLetter(TimeUnit unit);
// True for units written after "T" in a duration (hour, minute, second).
bool IsClockUnit(TimeUnit unit);

}  // namespace claimtrace::figures

#endif  // CLAIMTRACE_FIGURES_LEXICON_H_
