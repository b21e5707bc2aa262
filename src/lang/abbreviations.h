// Closed word lists the tokenizer and sentence splitter need: abbreviations that keep their
// period ("Gen.", "Feb.", "Inc.") and capitalised function words that typically start a sentence
// ("The", "He", "But") — used to decide whether a period after an abbreviation also ends the
// sentence. Compiled in (not data files) so tokenisation never depends on the data directory.
//
// Lookups are ASCII case-insensitive, take the word without its period, allocate nothing and
// are thread-safe.
//
//   LookupAbbreviation("Lt") == AbbrevKind::kTitle;  IsSentenceStarter("However") == true
#ifndef CLAIMTRACE_LANG_ABBREVIATIONS_H_
#define CLAIMTRACE_LANG_ABBREVIATIONS_H_

#include <cstdint>
#include <string_view>

namespace claimtrace::lang {

enum class AbbrevKind : uint8_t {
  kNone,
  kTitle,         // Mr, Gen, Lt, Col, Dr, Sen: precedes a name, never ends a sentence
  kGeneral,       // Inc, Feb, etc, Jr, St: ends a sentence only before a sentence starter
  kNumberPrefix,  // No, Nos, Vol, Fig, pp, Art: an abbreviation only when a number follows
};

AbbrevKind LookupAbbreviation(std::string_view word);

// Capitalised closed-class words that usually open a sentence (articles, pronouns,
// conjunctions, sentence adverbs). Case-insensitive.
bool IsSentenceStarter(std::string_view word);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_ABBREVIATIONS_H_
