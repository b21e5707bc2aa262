// Page dates: ToIsoDate tries core/date.h's ParseDate on the whole string, then MatchDate at
// every word start; URL dates are /YYYY/MM/DD/-like path segments; visible dates come from
// short or date/byline-hinted paragraphs between the title heading and the first lines of the
// article. Covered by src/web/metadata_test.cc and the golden tests.
#include "web/page_dates.h"

#include <algorithm>

#include "core/date.h"
#include "web/hints.h"
#include "web/html_scan.h"
#include "web/metadata.h"
#include "web/text_util.h"

namespace claimtrace::web {

std::optional<std::string> ToIsoDate(std::string_view s) {
  s = TrimAscii(s);
  if (s.empty()) return std::nullopt;
  if (auto d = NormalizeDate(s)) return d;
  // A date followed or preceded by other words ("Published on March 4, 2024 at 10:00").
  for (size_t i = 0; i < s.size() && i < 200; ++i) {
    if (i > 0) {
      const char prev = s[i - 1];
      const bool prev_alnum =
          (prev >= '0' && prev <= '9') || ((prev | 0x20) >= 'a' && (prev | 0x20) <= 'z');
      if (prev_alnum) continue;
    }
    if (auto m = MatchDate(s, i); m && m->complete() && IsValidDate(m->year, m->month, m->day)) {
      return FormatIsoDate(m->date());
    }
  }
  return std::nullopt;
}

bool PlausibleYear(const std::string& iso) {
  int year = 0;
  for (size_t i = 0; i < 4 && i < iso.size(); ++i) year = year * 10 + (iso[i] - '0');
  return year >= 1990 && year <= 2100;
}

std::optional<std::string> DateFromUrl(std::string_view url) {
  const size_t scheme = url.find("://");
  std::string_view path = scheme == std::string_view::npos ? url : url.substr(scheme + 3);
  const size_t slash = path.find('/');
  if (slash == std::string_view::npos) return std::nullopt;
  path = path.substr(slash);
  auto digits = [&](size_t pos, size_t n, int* value) {
    if (pos + n > path.size()) return false;
    int v = 0;
    for (size_t i = 0; i < n; ++i) {
      const char c = path[pos + i];
      if (c < '0' || c > '9') return false;
      v = v * 10 + (c - '0');
    }
    *value = v;
    return true;
  };
  auto boundary = [&](size_t pos) {
    return pos >= path.size() || path[pos] == '/' || path[pos] == '-' || path[pos] == '_' ||
           path[pos] == '.' || path[pos] == '?';
  };
  for (size_t i = 0; i < path.size(); ++i) {
    if (path[i] != '/' && path[i] != '-' && path[i] != '_') continue;
    int y = 0, m = 0, d = 0;
    const size_t p = i + 1;
    if (!digits(p, 4, &y) || y < 1990 || y > 2100) continue;
    // /YYYY/MM/DD or -YYYY-MM-DD
    const char sep = p + 4 < path.size() ? path[p + 4] : 0;
    if ((sep == '/' || sep == '-') && digits(p + 5, 2, &m) && p + 7 < path.size() &&
        path[p + 7] == sep && digits(p + 8, 2, &d) && boundary(p + 10) && IsValidDate(y, m, d)) {
      return FormatIsoDate({y, m, d});
    }
    // /YYYYMMDD/
    if (digits(p + 4, 2, &m) && digits(p + 6, 2, &d) && boundary(p + 8) && IsValidDate(y, m, d)) {
      return FormatIsoDate({y, m, d});
    }
  }
  return std::nullopt;
}

namespace {

// True when the paragraph sits under an element with one of `flags`; `*boiler` is set when it
// sits under boilerplate. Elements that contain the article container do not count (their
// classes describe the whole page: "single-post has-sidebar").
bool UnderHint(const BlockTree& tree, const Para& p, int32_t container, uint32_t flags,
               bool* boiler) {
  bool found = false;
  *boiler = false;
  for (int32_t e = p.elem; e >= 0; e = tree.elems[static_cast<size_t>(e)].parent) {
    const Elem& el = tree.elems[static_cast<size_t>(e)];
    if (e <= container && el.end > container) break;
    if (el.hints & flags) found = true;
    if (el.hints & (kHintComment | kHintHidden)) *boiler = true;
  }
  return found;
}

// The first full date in `text`, with the offset where it starts.
std::optional<std::string> DateInText(std::string_view text, size_t* at = nullptr) {
  text = text.substr(0, 240);
  for (size_t i = 0; i < text.size(); ++i) {
    if (i > 0) {
      // A date starts after a non-word character, or glued to a name ("Jane DoeMar 5, 2025").
      const char prev = text[i - 1];
      const bool prev_alnum =
          (prev >= '0' && prev <= '9') || ((prev | 0x20) >= 'a' && (prev | 0x20) <= 'z');
      const bool glued = prev >= 'a' && prev <= 'z' && text[i] >= 'A' && text[i] <= 'Z';
      if (prev_alnum && !glued) continue;
    }
    if (auto m = MatchDate(text, i); m && m->complete() && IsValidDate(m->year, m->month, m->day)) {
      std::string iso = FormatIsoDate(m->date());
      if (!PlausibleYear(iso)) continue;
      if (at != nullptr) *at = i;
      return iso;
    }
  }
  // ISO and numeric forms MatchDate leaves to ParseDate ("2024-03-05T10:00").
  if (auto d = NormalizeDate(text); d && PlausibleYear(*d)) {
    if (at != nullptr) *at = 0;
    return d;
  }
  return std::nullopt;
}

// True when `label` (text just before a date) says the date is an update, not publication.
bool IsUpdateLabel(std::string_view label) {
  const std::string lower = AsciiLower(label.substr(label.size() > 40 ? label.size() - 40 : 0));
  for (std::string_view w : {"updat", "modif", "edited", "revised", "refreshed", "reviewed"}) {
    if (lower.find(w) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

VisibleDates FindVisibleDates(const BlockTree& tree, const MainText& main, std::string_view title) {
  VisibleDates out;
  if (main.container < 0 || main.paras.empty()) return out;
  const uint32_t first = main.paras.front();
  // The title heading, if it comes before the text: the header region starts there.
  const std::string title_key = CompareKey(title);
  // The header region starts at the title heading (or the last <h1>) before the text.
  uint32_t begin = first >= 60 ? first - 60 : 0;
  bool have_title = false;
  for (uint32_t k = begin; k < first; ++k) {
    const Para& p = tree.paras[k];
    if (p.kind == ParaKind::kHeading &&
        (p.heading == 1 || (!title_key.empty() && CompareKey(p.text) == title_key))) {
      begin = k;
      have_title = true;
    }
  }
  // Kickers and datelines may sit just above the title.
  if (have_title) begin = begin >= 3 ? begin - 3 : 0;
  if (!have_title) begin = first >= 10 ? first - 10 : 0;
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tree.paras.size()), first + 6);
  for (uint32_t k = begin; k < end; ++k) {
    const Para& p = tree.paras[k];
    bool boiler = false;
    const bool hinted =
        UnderHint(tree, p, main.container, kHintDate | kHintByline | kHintMeta, &boiler);
    if (boiler || p.link_density() > 0.7) continue;
    if (!hinted && p.words > 20) continue;
    size_t at = 0;
    auto d = DateInText(p.text, &at);
    if (!d) continue;
    std::string_view label = std::string_view(p.text).substr(0, at);
    if (label.empty() && k > begin && tree.paras[k - 1].words <= 4) label = tree.paras[k - 1].text;
    if (IsUpdateLabel(label)) {
      if (!out.updated) out.updated = d;
    } else if (!out.published) {
      out.published = d;
    }
    if (out.published && out.updated) break;
  }
  return out;
}

void ResolveDate(const BlockTree& tree, const MainText& main, std::string_view title,
                 PageMetadata* meta) {
  const VisibleDates visible = FindVisibleDates(tree, main, title);
  if (visible.updated && !meta->modified) meta->modified = visible.updated;
  // What the page shows in its header is what readers take as the article's date, even when
  // labelled "Updated" (measured on the html-dev tuning split; see docs/quality.md).
  if (visible.published || visible.updated) {
    meta->published = visible.published ? visible.published : visible.updated;
    meta->date_source = "visible";
    return;
  }
  if (meta->published) return;
  if (main.container >= 0) {
    // A date in the first paragraphs of the article (a dateline).
    const Elem& c = tree.elems[static_cast<size_t>(main.container)];
    const uint32_t end = std::min<uint32_t>(c.end_para, c.first_para + 4);
    for (uint32_t k = c.first_para; k < end; ++k) {
      if (auto d = DateInText(tree.paras[k].text)) {
        meta->published = d;
        meta->date_source = "text";
        return;
      }
    }
  }
  if (meta->modified) {
    meta->published = meta->modified;
    meta->date_source = "modified";
  }
}

}  // namespace claimtrace::web
