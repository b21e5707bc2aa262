// Metadata read off the head of a plain-text article: title, date, outlet, author.
//
// Looks only at the first lines (up to 8 non-blank lines). The title is the first line when
// it looks like a headline: 2-30 words, at most 250 bytes, no final period, comma, colon or
// semicolon, not a bullet, URL, date line or byline, and followed by more text. Date lines
// ("Friday, July 21, 2017", "Published: ...") and wire datelines opening the first body line
// ("MOSCOW, March 4 (Reuters) - ") give `published` (only with a year) and `outlet`; a byline
// ("By NAME [FOR OUTLET]") gives `author` and maybe `outlet`. Detection never edits the text:
// the headline stays in the body, and the cleaner decides about byline/date lines.
// Pure function, thread-safe.
//
//   TextMetadata m = DetectTextMetadata("Flood hits city\n\nBy Ann Lee\n\nWater rose on ...");
//   // m.title == "Flood hits city", m.author == "Ann Lee"
#ifndef CLAIMTRACE_INGEST_TEXT_METADATA_H_
#define CLAIMTRACE_INGEST_TEXT_METADATA_H_

#include <optional>
#include <string>
#include <string_view>

namespace claimtrace {

struct TextMetadata {
  std::optional<std::string> title;
  std::optional<std::string> published;  // YYYY-MM-DD
  std::optional<std::string> outlet;
  std::optional<std::string> author;
};

TextMetadata DetectTextMetadata(std::string_view text);

// The headline test used for the first line (exposed for tests).
bool LooksLikeHeadline(std::string_view line);

}  // namespace claimtrace

#endif  // CLAIMTRACE_INGEST_TEXT_METADATA_H_
