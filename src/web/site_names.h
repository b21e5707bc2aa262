// Site names and URLs: the outlet's name from a URL or a <title>, titles without their site
// part, and relative links made absolute.
//
// Pure functions; thread-safe. Covered by src/web/metadata_test.cc.
//
//   StripSiteFromTitle("Storm hits coast | The Herald", "The Herald");  // "Storm hits coast"
//   OutletFromUrl("https://www.example.co.uk/a");                       // "example.co.uk"
#ifndef CLAIMTRACE_WEB_SITE_NAMES_H_
#define CLAIMTRACE_WEB_SITE_NAMES_H_

#include <optional>
#include <string>
#include <string_view>

namespace claimtrace::web {

// Title with a site-name suffix or prefix removed ("Storm hits coast | The Herald" ->
// "Storm hits coast"); `site` (may be empty) helps recognise the site part.
std::string StripSiteFromTitle(std::string_view title, std::string_view site);

// A readable outlet name from a URL's host: "https://www.example.co.uk/x" -> "example.co.uk".
std::optional<std::string> OutletFromUrl(std::string_view url);

// The site name in a <title> ("Headline – Greenfingers Diary"), when it matches the URL's
// host (greenfingersdiary.example).
std::optional<std::string> SiteFromTitle(std::string_view title, std::string_view url);

// Resolves `href` against `base` (absolute http(s) URL); nullopt if the result is not http(s).
std::optional<std::string> ResolveUrl(std::string_view base, std::string_view href);

}  // namespace claimtrace::web

#endif  // CLAIMTRACE_WEB_SITE_NAMES_H_
