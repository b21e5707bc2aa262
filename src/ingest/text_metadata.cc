// Head-of-text metadata: one pass over the first non-blank lines, classifying each as a date
// line, a byline, the headline (first content line only) or the first body line (checked for a
// wire dateline). Covered by src/ingest/text_metadata_test.cc and the golden cases in
// tests/golden/ingest/ (run by src/ingest/golden_test.cc).
#include "ingest/text_metadata.h"

#include <vector>

#include "core/date.h"
#include "core/dateline.h"

namespace claimtrace {
namespace {

std::string_view TrimLine(std::string_view s) {
  auto space = [](std::string_view x, bool front) {
    if (x.empty()) return size_t{0};
    const char c = front ? x.front() : x.back();
    if (c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v') return size_t{1};
    // U+00A0 no-break space
    if (front && x.substr(0, 2) == "\xC2\xA0") return size_t{2};
    if (!front && x.size() >= 2 && x.substr(x.size() - 2) == "\xC2\xA0") return size_t{2};
    return size_t{0};
  };
  while (size_t n = space(s, true)) s.remove_prefix(n);
  while (size_t n = space(s, false)) s.remove_suffix(n);
  return s;
}

bool IsBullet(std::string_view s) {
  for (std::string_view b : {"- ", "* ", "+ ", "\xE2\x80\xA2", "\xE2\x80\x93 ", "\xE2\x80\x94 ",
                             "\xC2\xB7", "\xE2\x96\xAA", "\xE2\x96\xBA", "> "}) {
    if (s.substr(0, b.size()) == b) return true;
  }
  return false;
}

size_t CountWords(std::string_view s) {
  size_t words = 0;
  bool in_word = false;
  for (char c : s) {
    const bool space = c == ' ' || c == '\t';
    if (!space && !in_word) ++words;
    in_word = !space;
  }
  return words;
}

// True when the line ends with a complete date ("on May 9, 2022", "23 February 2023").
bool EndsWithFullDate(std::string_view line) {
  for (size_t i = line.size() > 40 ? line.size() - 40 : 0; i < line.size(); ++i) {
    if (i > 0 && line[i - 1] != ' ') continue;
    std::optional<DateMatch> m = MatchDate(line, i);
    if (m && m->complete() && i + m->length == line.size()) return true;
  }
  return false;
}

}  // namespace

bool LooksLikeHeadline(std::string_view line) {
  std::string_view s = TrimLine(line);
  if (s.empty() || s.size() > 250) return false;
  const size_t words = CountWords(s);
  if (words < 2 || words > 30) return false;
  const char last = s.back();
  if (last == '.' || last == ',' || last == ';' || last == ':') return false;
  const auto first = static_cast<unsigned char>(s.front());
  const bool starts_ok = (first >= 'A' && first <= 'Z') || (first >= '0' && first <= '9') ||
                         first >= 0x80 || first == '"' || first == '\'';
  if (!starts_ok || IsBullet(s)) return false;
  if (s.find("://") != std::string_view::npos || s.substr(0, 4) == "www.") return false;
  bool letter = false;
  for (char c : s) letter = letter || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  if (!letter) return false;
  if (ParseDateLine(s) || ParseByline(s)) return false;
  return true;
}

TextMetadata DetectTextMetadata(std::string_view text) {
  TextMetadata meta;
  std::vector<std::string_view> lines;
  size_t pos = 0;
  while (pos < text.size() && lines.size() < 8 && pos < 4000) {
    size_t nl = text.find('\n', pos);
    if (nl == std::string_view::npos) nl = text.size();
    std::string_view line = TrimLine(text.substr(pos, nl - pos));
    if (!line.empty()) lines.push_back(line);
    pos = nl + 1;
  }
  bool title_decided = false;
  bool body_seen = false;
  for (size_t k = 0; k < lines.size(); ++k) {
    std::string_view line = lines[k];
    if (std::optional<Dateline> d = ParseDateLine(line)) {
      if (d->date && !meta.published) meta.published = FormatIsoDate(*d->date);
      continue;
    }
    if (std::optional<Byline> b = ParseByline(line)) {
      if (!b->author.empty() && !meta.author) meta.author = b->author;
      if (b->outlet && !meta.outlet) meta.outlet = b->outlet;
      continue;
    }
    if (!title_decided) {
      title_decided = true;
      if (k + 1 < lines.size() && LooksLikeHeadline(line)) {
        // A photo caption often comes first and ends with the full date the picture was taken
        // ("... at a parade in Moscow on May 9, 2022"); headlines do not. Prefer the next line
        // then, when it is a headline too.
        if (k + 2 < lines.size() && EndsWithFullDate(line) && LooksLikeHeadline(lines[k + 1]) &&
            !ParseDateLine(lines[k + 1]) && !ParseByline(lines[k + 1])) {
          meta.title = std::string(lines[k + 1]);
          ++k;
        } else {
          meta.title = std::string(line);
        }
        continue;
      }
    }
    if (!body_seen) {
      body_seen = true;
      if (std::optional<Dateline> d = ParseWireDateline(line)) {
        if (d->date && !meta.published) meta.published = FormatIsoDate(*d->date);
        if (d->outlet && !meta.outlet) meta.outlet = d->outlet;
      }
    }
  }
  return meta;
}

}  // namespace claimtrace
