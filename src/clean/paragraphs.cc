// Paragraph formation: one pass to measure line lengths for the hard-wrap test, one pass to
// join or split at each single line break (rules in paragraphs.h). Covered by
// src/clean/paragraphs_test.cc and the golden cases tests/golden/clean/wrapped_*.
#include "clean/paragraphs.h"

#include <string_view>

#include "clean/boilerplate_rules.h"

namespace claimtrace {
namespace {

bool IsLowerStart(std::string_view s) { return !s.empty() && s[0] >= 'a' && s[0] <= 'z'; }

bool EndsSentence(std::string_view s) {
  // Strip closing quotes and brackets, then look for . ! ? : or an ellipsis.
  while (!s.empty()) {
    const char c = s.back();
    if (c == '"' || c == '\'' || c == ')' || c == ']') {
      s.remove_suffix(1);
    } else if (s.size() >= 3 &&
               (s.substr(s.size() - 3) == "\xE2\x80\x9D" ||
                s.substr(s.size() - 3) == "\xE2\x80\x99" || s.substr(s.size() - 3) == "\xC2\xBB")) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  if (s.empty()) return false;
  const char c = s.back();
  if (c == '.' || c == '!' || c == '?' || c == ':') return true;
  return s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6";  // …
}

bool EndsMidSentence(std::string_view s) {
  if (s.empty()) return false;
  const char c = s.back();
  return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == ',' || c == '-';
}

bool IsListItem(std::string_view s) {
  for (std::string_view b : {"- ", "* ", "+ ", "\xE2\x80\xA2", "\xE2\x80\x93 ", "\xE2\x80\x94 ",
                             "\xC2\xB7 ", "\xE2\x96\xAA", "\xE2\x96\xBA", "> "}) {
    if (s.substr(0, b.size()) == b) return true;
  }
  size_t i = 0;
  while (i < s.size() && i < 3 && s[i] >= '0' && s[i] <= '9') ++i;
  return i > 0 && i + 1 < s.size() && (s[i] == '.' || s[i] == ')') && s[i + 1] == ' ';
}

void Join(std::string* para, const std::string& next) {
  const size_t n = para->size();
  if (n >= 2 && para->back() == '-' &&
      (((*para)[n - 2] >= 'a' && (*para)[n - 2] <= 'z') ||
       ((*para)[n - 2] >= 'A' && (*para)[n - 2] <= 'Z'))) {
    para->append(next);  // word-final hyphen: keep it, no space
    return;
  }
  para->push_back(' ');
  para->append(next);
}

}  // namespace

bool LooksHardWrapped(const std::vector<NormalizedLine>& lines, uint32_t* width) {
  uint32_t w = 0;
  size_t breaks = 0;
  for (size_t i = 0; i < lines.size(); ++i) {
    if (lines[i].text.empty()) continue;
    if (lines[i].chars > w) w = lines[i].chars;
    if (i + 1 < lines.size() && !lines[i + 1].text.empty()) ++breaks;
  }
  if (width) *width = w;
  if (breaks < 3 || w > 110 || w < 20) return false;
  size_t full = 0, open = 0;
  for (size_t i = 0; i + 1 < lines.size(); ++i) {
    if (lines[i].text.empty() || lines[i + 1].text.empty()) continue;
    if (lines[i].chars * 10 > w * 6) ++full;
    if (!EndsSentence(lines[i].text)) ++open;
  }
  return full * 4 >= breaks * 3 && open * 10 >= breaks * 3;
}

std::vector<std::string> FormParagraphs(const std::vector<NormalizedLine>& lines) {
  uint32_t w = 0;
  const bool wrapped = LooksHardWrapped(lines, &w);
  std::vector<std::string> out;
  bool open = false;  // out.back() may still be extended
  for (size_t i = 0; i < lines.size(); ++i) {
    const NormalizedLine& line = lines[i];
    if (line.text.empty()) {
      open = false;
      continue;
    }
    bool join = false;
    if (open && i > 0) {
      const NormalizedLine& prev = lines[i - 1];
      if (EndsMidSentence(prev.text) && IsLowerStart(line.text)) {
        join = true;
      } else if (wrapped && prev.chars * 10 > w * 6 && !IsListItem(line.text) &&
                 line.indent <= prev.indent && !IsStandaloneLine(line.text) &&
                 !IsStandaloneLine(prev.text)) {
        join = true;
      }
    }
    if (join) {
      Join(&out.back(), line.text);
    } else {
      out.push_back(line.text);
    }
    open = true;
  }
  return out;
}

}  // namespace claimtrace
