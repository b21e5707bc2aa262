// Publication dates of a page: from text, from the URL, and from what the page shows in its
// header region, and the final choice among all sources.
//
// ToIsoDate finds one full date (day, month and year) in a short string such as a meta tag
// value or a byline ("Published on March 4, 2024 at 10:00") using core/date.h, and returns it
// as YYYY-MM-DD. FindVisibleDates looks at the lines around the start of the article; the
// final choice is ResolveDate's. Pure functions; thread-safe. Covered by
// src/web/metadata_test.cc and the golden tests.
//
//   ToIsoDate("Updated 18 August 2022, 10:02");  // "2022-08-18"
#ifndef CLAIMTRACE_WEB_PAGE_DATES_H_
#define CLAIMTRACE_WEB_PAGE_DATES_H_

#include <optional>
#include <string>
#include <string_view>

#include "web/blocks.h"
#include "web/main_text.h"

namespace claimtrace::web {

struct PageMetadata;

// The whole string as a date, else the first full date inside it, as YYYY-MM-DD.
std::optional<std::string> ToIsoDate(std::string_view s);

// True for YYYY-MM-DD strings with a year a news page can have (1990..2100).
bool PlausibleYear(const std::string& iso);

// A full date in a URL path (/2019/11/04/, /2019-11-04-, /20191104/), as YYYY-MM-DD.
std::optional<std::string> DateFromUrl(std::string_view url);

// Dates shown in the article's header region: from the title heading (or a few blocks before
// the text) to the first paragraphs, in date/byline/meta elements or short lines ("By Jane
// Doe | Updated March 4, 2024"), outside comments and hidden elements. A date labelled
// "Updated"/"Modified" (in its line or a short line just before) is an update date.
struct VisibleDates {
  std::optional<std::string> published;  // first unlabelled date, YYYY-MM-DD
  std::optional<std::string> updated;    // first date labelled as an update
};
VisibleDates FindVisibleDates(const BlockTree& tree, const MainText& main, std::string_view title);

// Final published date: the date the page shows in its header region (what readers see as
// the article's date; an unlabelled one first, else one labelled "Updated"), else the date from
// ExtractMetadata (JSON-LD, meta tags, itemprop, <time>, URL, date elements), else a date in the
// first paragraphs, else the modification date. Sets meta->date_source.
void ResolveDate(const BlockTree& tree, const MainText& main, std::string_view title,
                 PageMetadata* meta);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_PAGE_DATES_H_
