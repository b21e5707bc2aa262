// Keys for names that are not person names (organisations, places, groups, events, works):
// a normalised alias key and initialisms, so "FBI" meets "Federal Bureau of Investigation" and
// "the Kremlin" meets "Kremlin" (and nothing else).
//
// Input is ASCII Latin (see transliterate.h). Pure functions, thread-safe.
//
//   AliasKey("the Kremlin") == "kremlin";  AliasKey("U.S.") == "us";
//   InitialismOf("Federal Bureau of Investigation") == "fbi";
#ifndef CLAIMTRACE_RESOLVE_ALIAS_KEY_H_
#define CLAIMTRACE_RESOLVE_ALIAS_KEY_H_

#include <string>
#include <string_view>
#include <vector>

namespace claimtrace::resolve {

// Lower-case words separated by one space; dots and apostrophes inside words removed
// ("U.S." -> "us"), other punctuation splits words, "&" becomes "and", a leading "the" and a
// trailing possessive are dropped. Empty when no letters or digits remain.
std::string AliasKey(std::string_view ascii_name);

// Number of words in an alias key.
size_t AliasWordCount(std::string_view alias_key);

// True for a name written as an initialism: 2 to 8 letters, all upper case, optionally dotted
// or with one lower-case connective letter ("FSB", "U.N.", "NATO", "GRU", "DoD").
bool LooksLikeInitialism(std::string_view ascii_name);

// The initialism a multi-word name abbreviates to: first letters of its words, skipping
// connectives (of, the, and, for, on, in, de, du, la, &). Lower-case; empty for fewer than two
// counted words. "North Atlantic Treaty Organization" -> "nato".
std::string InitialismOf(std::string_view ascii_name);

// The letters of a written initialism, lower-case: "U.N." -> "un", "DoD" -> "dod".
std::string InitialismLetters(std::string_view ascii_name);

// Words of an alias key without connectives, for containment tests between long names.
std::vector<std::string> AliasContentWords(std::string_view alias_key);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_ALIAS_KEY_H_
