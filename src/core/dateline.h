// Datelines and bylines: the metadata lines at the head of a news text.
//
// Three recognisers, each working on one line or paragraph, each all-or-nothing:
//  - ParseDateLine: a line that is only a date, maybe with a label and a time:
//    "Friday, July 21, 2017", "Published: 18 July 2017, 10:32 BST | Updated: 19 July 2017".
//  - ParseWireDateline: a wire-style dateline opening a paragraph: "MOSCOW, March 4 (Reuters) - ",
//    "WASHINGTON (AP) — ", "KYIV, Ukraine, March 13, 2024 — ". Place in capitals required
//    (or an agency alone: "(Reuters) - "), then a dash.
//  - ParseByline: "By NAME", "By NAME and NAME", "By NAME FOR OUTLET", "By NAME, Staff Writer".
// A date without a year gives no `date` (nothing is guessed). Used by ingest (metadata) and
// clean (removing byline/date lines, recorded). Pure functions, thread-safe.
//
//   std::optional<Dateline> d = ParseWireDateline("MOSCOW, March 4 (Reuters) - Russia said");
//   // d->place == "MOSCOW", d->outlet == "Reuters", !d->date (no year)
#ifndef CLAIMTRACE_CORE_DATELINE_H_
#define CLAIMTRACE_CORE_DATELINE_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace claimtrace {

struct Dateline {
  size_t length = 0;                  // bytes of the input that form the dateline
  std::optional<CivilDate> date;      // only when a full date with year is given
  std::optional<std::string> place;   // "MOSCOW"
  std::optional<std::string> outlet;  // "Reuters" from "(Reuters)"
};

// `line` (trimmed) is nothing but a date line; `length` is then the whole line.
std::optional<Dateline> ParseDateLine(std::string_view line);

// A wire dateline at the start of `paragraph`; `length` covers it and the dash after it.
std::optional<Dateline> ParseWireDateline(std::string_view paragraph);

struct Byline {
  std::string author;                 // "Chris Jewers" ("CHRIS JEWERS" is title-cased)
  std::optional<std::string> outlet;  // from "FOR OUTLET", as written
};

// `line` (trimmed) is nothing but a byline.
std::optional<Byline> ParseByline(std::string_view line);

}  // namespace claimtrace

#endif  // CLAIMTRACE_CORE_DATELINE_H_
