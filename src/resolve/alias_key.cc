// Alias normalisation is a single pass over ASCII bytes; initialisms take first letters of
// non-connective words. Covered by src/resolve/alias_key_test.cc.
#include "resolve/alias_key.h"

#include <algorithm>
#include <iterator>

namespace claimtrace::resolve {
namespace {

constexpr std::string_view kConnectives[] = {"of", "the", "and", "for", "on", "in", "de", "du",
                                             "la", "des", "del", "a",   "an", "to", "at"};

bool IsConnective(std::string_view w) {
  return std::find(std::begin(kConnectives), std::end(kConnectives), w) != std::end(kConnectives);
}

bool IsAlnum(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

std::vector<std::string> SplitKey(std::string_view key) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    if (j > i) out.emplace_back(key.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

}  // namespace

std::string AliasKey(std::string_view ascii_name) {
  std::vector<std::string> words;
  std::string cur;
  auto flush = [&] {
    if (!cur.empty()) words.push_back(std::move(cur));
    cur.clear();
  };
  for (size_t i = 0; i < ascii_name.size(); ++i) {
    const char c = ascii_name[i];
    if (IsAlnum(c)) {
      cur.push_back(Lower(c));
    } else if ((c == '.' || c == '\'') && !cur.empty() && i + 1 < ascii_name.size() &&
               IsAlnum(ascii_name[i + 1])) {
      // "U.S", "O'Brien": inner dot or apostrophe joins ("'s" is handled below).
      if (c == '\'' && (ascii_name[i + 1] == 's' || ascii_name[i + 1] == 'S') &&
          (i + 2 >= ascii_name.size() || !IsAlnum(ascii_name[i + 2]))) {
        ++i;  // possessive
        flush();
      }
    } else if (c == '&') {
      flush();
      words.emplace_back("and");
    } else {
      flush();
    }
  }
  flush();
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

size_t AliasWordCount(std::string_view alias_key) {
  if (alias_key.empty()) return 0;
  return static_cast<size_t>(std::count(alias_key.begin(), alias_key.end(), ' ')) + 1;
}

bool LooksLikeInitialism(std::string_view ascii_name) {
  size_t upper = 0, lower = 0;
  for (char c : ascii_name) {
    if (c >= 'A' && c <= 'Z') {
      ++upper;
    } else if (c >= 'a' && c <= 'z') {
      ++lower;
    } else if (c != '.' && c != '&') {
      return false;
    }
  }
  return upper >= 2 && upper + lower <= 8 && lower <= 1;
}

std::string InitialismLetters(std::string_view ascii_name) {
  std::string out;
  for (char c : ascii_name) {
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) out.push_back(Lower(c));
  }
  return out;
}

std::string InitialismOf(std::string_view ascii_name) {
  std::string out;
  size_t counted = 0;
  for (const std::string& w : SplitKey(AliasKey(ascii_name))) {
    if (IsConnective(w)) continue;
    out.push_back(w[0]);
    ++counted;
  }
  if (counted < 2) return {};
  return out;
}

std::vector<std::string> AliasContentWords(std::string_view alias_key) {
  std::vector<std::string> out;
  for (std::string& w : SplitKey(alias_key)) {
    if (!IsConnective(w)) out.push_back(std::move(w));
  }
  return out;
}

}  // namespace claimtrace::resolve
