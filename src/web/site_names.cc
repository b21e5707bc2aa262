// Site names: title separators (" | ", " - ", " – ", ...) split a <title> into headline and
// site part, recognised by the declared site name, by matching the URL's host, or by being
// short next to a long headline. Covered by src/web/metadata_test.cc.
#include "web/site_names.h"

#include <array>

#include "web/html_scan.h"
#include "web/text_util.h"

namespace claimtrace::web {
namespace {

std::optional<std::string> UrlHost(std::string_view url) {
  const size_t scheme = url.find("://");
  if (scheme == std::string_view::npos) return std::nullopt;
  std::string_view rest = url.substr(scheme + 3);
  const size_t end = rest.find_first_of("/?#");
  std::string_view host = rest.substr(0, end);
  if (const size_t at = host.rfind('@'); at != std::string_view::npos) host.remove_prefix(at + 1);
  if (const size_t colon = host.find(':'); colon != std::string_view::npos)
    host = host.substr(0, colon);
  if (host.empty()) return std::nullopt;
  return AsciiLower(host);
}

}  // namespace

std::optional<std::string> OutletFromUrl(std::string_view url) {
  auto host = UrlHost(url);
  if (!host) return std::nullopt;
  std::string h = *host;
  for (std::string_view p : {"www.", "www1.", "www2.", "m.", "amp.", "mobile."}) {
    if (h.size() > p.size() + 3 && h.rfind(p, 0) == 0) {
      h.erase(0, p.size());
      break;
    }
  }
  if (h.find('.') == std::string::npos) return std::nullopt;
  return h;
}

std::optional<std::string> SiteFromTitle(std::string_view title, std::string_view url) {
  const std::optional<std::string> host = OutletFromUrl(url);
  if (!host) return std::nullopt;
  std::string host_key;
  for (char c : *host) {
    if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) host_key.push_back(c);
  }
  const std::string t = CollapseWhitespace(title);
  for (std::string_view sep : {" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " • "}) {
    for (const bool last : {true, false}) {
      const size_t pos = last ? t.rfind(sep) : t.find(sep);
      if (pos == std::string::npos || pos == 0) continue;
      const std::string part = last ? t.substr(pos + sep.size()) : t.substr(0, pos);
      const std::string part_key = CompareKey(part);
      std::string key;
      for (char c : part_key) {
        if (c != ' ') key.push_back(c);
      }
      if (key.size() >= 3 && host_key.find(key) != std::string::npos) return part;
      // A short site name sharing a distinctive word with the host ("Coast News", coast.example).
      if (!last || CountWords(part) > 4) continue;
      size_t i = 0;
      while (i < part_key.size()) {
        size_t j = part_key.find(' ', i);
        if (j == std::string::npos) j = part_key.size();
        if (j - i >= 4 && host_key.find(part_key.substr(i, j - i)) != std::string::npos) {
          return part;
        }
        i = j + 1;
      }
    }
  }
  return std::nullopt;
}

std::optional<std::string> ResolveUrl(std::string_view base, std::string_view href) {
  href = TrimAscii(href);
  if (href.empty()) return std::nullopt;
  auto is_http = [](std::string_view u) {
    return EqualsLower(u.substr(0, 7), "http://") || EqualsLower(u.substr(0, 8), "https://");
  };
  if (is_http(href)) return std::string(href);
  if (!is_http(base)) return std::nullopt;
  const size_t scheme_end = base.find("://");
  if (href.substr(0, 2) == "//")
    return std::string(base.substr(0, scheme_end + 1)) + std::string(href);
  const size_t host_end = base.find_first_of("/?#", scheme_end + 3);
  const std::string_view origin = base.substr(0, host_end);
  if (href[0] == '/') return std::string(origin) + std::string(href);
  if (href.find(':') != std::string_view::npos && href.find(':') < href.find('/')) {
    return std::nullopt;  // another scheme (mailto:, javascript:)
  }
  std::string_view path = host_end == std::string_view::npos ? "/" : base.substr(host_end);
  path = path.substr(0, path.find_first_of("?#"));
  const size_t last = path.rfind('/');
  return std::string(origin) + std::string(path.substr(0, last + 1)) + std::string(href);
}

std::string StripSiteFromTitle(std::string_view title, std::string_view site) {
  std::string t = CollapseWhitespace(title);
  static constexpr std::array<std::string_view, 8> kSeparators{" | ",  " - ", " – ", " — ",
                                                               " :: ", " · ", " » ", " • "};
  const std::string site_key = CompareKey(site);
  for (std::string_view sep : kSeparators) {
    // Site name after the last separator ("Headline | Site").
    const size_t pos = t.rfind(sep);
    if (pos != std::string::npos && pos > 0) {
      const std::string_view head = std::string_view(t).substr(0, pos);
      const std::string_view tail = std::string_view(t).substr(pos + sep.size());
      const std::string tail_key = CompareKey(tail);
      const bool is_site = !site_key.empty() &&
                           (tail_key == site_key || tail_key.find(site_key) != std::string::npos ||
                            site_key.find(tail_key) != std::string::npos);
      if (is_site || (CountWords(tail) <= 4 && CountWords(head) >= 2 * CountWords(tail) &&
                      CountWords(head) >= 3)) {
        return StripSiteFromTitle(head, site);
      }
    }
    // Site name before the first separator ("Site | Headline"), only when it is the site.
    const size_t first = t.find(sep);
    if (first != std::string::npos && first > 0 && !site_key.empty()) {
      const std::string head_key = CompareKey(std::string_view(t).substr(0, first));
      if (head_key == site_key) return StripSiteFromTitle(t.substr(first + sep.size()), site);
    }
  }
  return t;
}

}  // namespace claimtrace::web
