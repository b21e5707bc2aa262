// Metadata: one walk over the DOM collects candidates (meta tags, links, <title>, <h1>, <time>,
// byline and date elements, noting whether each sits in a boilerplate region such as comments
// or related lists); then each field takes the first usable candidate in a fixed order:
//   title:     an <h1> agreeing with og:title / JSON-LD headline / <title>, else the first <h1>
//              (not a logo repeating the site name), else og:title, JSON-LD headline,
//              twitter:title, <title> (each without its site part)
//   author:    JSON-LD authors, author meta tags, itemprop=author, rel=author / author-page
//              links, byline elements; after main-text selection a "By ..." header line
//   published: JSON-LD datePublished, published-time meta tags, itemprop=datePublished, <time>
//              in a byline/date region, URL date, date elements, any <time>; the final choice
//              (which prefers the date the page shows in its header) is ResolveDate's
//   outlet:    og:site_name, JSON-LD publisher, JSON-LD WebSite name, application-name, the
//              <title>'s site part when it matches the host, the host
//   canonical: <link rel=canonical>, og:url, JSON-LD url
//   language:  <html lang>, JSON-LD inLanguage, content-language / og:locale meta
// Covered by src/web/metadata_test.cc and the golden tests.
#include "web/metadata.h"

#include <array>
#include <cstring>
#include <vector>

#include "core/date.h"
#include "web/gumbo_doc.h"
#include "web/hints.h"
#include "web/html_scan.h"
#include "web/page_dates.h"
#include "web/site_names.h"
#include "web/text_util.h"

namespace claimtrace::web {
namespace {

constexpr uint32_t kRegionBoiler = kHintNoise | kHintComment;

// <meta> keys (property, name, itemprop or http-equiv, lower case) read below, by field.
constexpr std::array<std::string_view, 7> kAuthorKeys{
    "author", "article:author", "parsely-author", "sailthru.author", "dc.creator",
    "byl",    "dcterms.creator"};
constexpr std::array<std::string_view, 21> kPublishedKeys{"article:published_time",
                                                          "og:article:published_time",
                                                          "datepublished",
                                                          "published_time",
                                                          "og:published_time",
                                                          "article.published",
                                                          "publishdate",
                                                          "publish-date",
                                                          "publish_date",
                                                          "pubdate",
                                                          "publication_date",
                                                          "sailthru.date",
                                                          "parsely-pub-date",
                                                          "dc.date.issued",
                                                          "dc.date",
                                                          "dcterms.created",
                                                          "dcterms.date",
                                                          "date",
                                                          "citation_publication_date",
                                                          "citation_date",
                                                          "article:published"};
constexpr std::array<std::string_view, 5> kModifiedKeys{"article:modified_time", "og:updated_time",
                                                        "datemodified", "last-modified",
                                                        "dcterms.modified"};
constexpr std::array<std::string_view, 4> kLanguageKeys{"content-language", "og:locale",
                                                        "dc.language", "language"};
constexpr std::array<std::string_view, 5> kOtherKeys{"og:site_name", "application-name", "og:title",
                                                     "twitter:title", "og:url"};

template <size_t N>
bool InKeys(const std::array<std::string_view, N>& keys, std::string_view key) {
  for (std::string_view k : keys) {
    if (k == key) return true;
  }
  return false;
}

struct TimeCandidate {
  std::string value;    // datetime attribute, else text
  bool strong = false;  // pubdate / itemprop datePublished / inside a byline or date region
  bool boiler = false;
};

struct Candidates {
  std::string html_lang;
  std::string title_tag;
  std::vector<std::string> h1s;
  std::vector<std::pair<std::string, std::string>> metas;  // lower-case key, content
  std::string canonical;
  std::vector<TimeCandidate> times;
  std::vector<std::string> itemprop_dates;
  std::vector<std::string> itemprop_authors;
  std::vector<std::string> author_links;
  std::vector<std::string> bylines;
  std::vector<std::string> date_texts;
};

// A text node holding one space, pushed after a block element's children.
GumboNode MakeSeparator() {
  GumboNode n{};
  n.type = GUMBO_NODE_WHITESPACE;
  n.v.text.text = " ";
  return n;
}
const GumboNode kSeparator = MakeSeparator();

// Collapsed text of a subtree, at most `limit` bytes (scripts and styles skipped); `texts`
// expands pre-pass placeholders.
std::string NodeText(const GumboNode* node, const TextStore* texts, size_t limit = 400) {
  std::string out;
  bool space = true;
  std::vector<const GumboNode*> stack{node};
  while (!stack.empty() && out.size() < limit) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type == GUMBO_NODE_TEXT || n->type == GUMBO_NODE_WHITESPACE ||
        n->type == GUMBO_NODE_CDATA) {
      const std::string_view t(n->v.text.text);
      if (texts != nullptr && TextStore::HasPlaceholder(t)) {
        AppendCollapsed(texts->Expand(t), &out, &space);
      } else {
        AppendCollapsed(t, &out, &space);
      }
      continue;
    }
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    const GumboTag tag = n->v.element.tag;
    if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_NOSCRIPT ||
        tag == GUMBO_TAG_TEMPLATE || tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_BUTTON) {
      continue;
    }
    // Block boundaries and <br> separate words even without white space in the markup.
    const bool separate = tag == GUMBO_TAG_BR || IsBlockTag(tag);
    if (separate && !space) {
      out.push_back(' ');
      space = true;
    }
    if (separate) stack.push_back(&kSeparator);
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = ch.length; i-- > 0;)
      stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
  }
  return std::string(TrimAscii(out));
}

class Collector {
 public:
  Collector(Candidates* c, const TextStore* texts) : c_(c), texts_(texts) {}

  void Run(const GumboNode* root) {
    if (root == nullptr || root->type != GUMBO_NODE_ELEMENT) return;
    if (const char* lang = GetAttr(root, "lang")) c_->html_lang = lang;
    struct Frame {
      const GumboNode* node;
      unsigned next;
      bool boiler;
      bool region;  // inside a byline/date/meta region
    };
    std::vector<Frame> stack{{root, 0, false, false}};
    while (!stack.empty()) {
      Frame& f = stack.back();
      const GumboVector& ch = f.node->v.element.children;
      if (f.next >= ch.length) {
        stack.pop_back();
        continue;
      }
      const auto* n = static_cast<const GumboNode*>(ch.data[f.next++]);
      if (n->type != GUMBO_NODE_ELEMENT) continue;
      const bool parent_boiler = f.boiler;
      const bool parent_region = f.region;
      const GumboTag tag = n->v.element.tag;
      if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE ||
          tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_NOSCRIPT) {
        continue;
      }
      const uint32_t hints = tag == GUMBO_TAG_BODY ? 0 : ElementHints(n);
      const bool boiler = parent_boiler || ((hints & kRegionBoiler) &&
                                            !(hints & (kHintByline | kHintDate | kHintMeta)));
      const bool region = parent_region || (hints & (kHintByline | kHintDate | kHintMeta));
      Element(n, tag, hints, boiler, region);
      stack.push_back({n, 0, boiler, region});
    }
  }

 private:
  void Element(const GumboNode* n, GumboTag tag, uint32_t hints, bool boiler, bool region) {
    switch (tag) {
      case GUMBO_TAG_TITLE:
        if (c_->title_tag.empty()) c_->title_tag = NodeText(n, texts_);
        return;
      case GUMBO_TAG_META: {
        const char* key = GetAttr(n, "property");
        if (key == nullptr) key = GetAttr(n, "name");
        if (key == nullptr) key = GetAttr(n, "itemprop");
        if (key == nullptr) key = GetAttr(n, "http-equiv");
        const char* content = GetAttr(n, "content");
        if (key != nullptr && content != nullptr && c_->metas.size() < 400) {
          std::string lower = AsciiLower(TrimAscii(key));
          if (IsMetadataKey(lower))
            c_->metas.emplace_back(std::move(lower), CollapseWhitespace(content));
        }
        return;
      }
      case GUMBO_TAG_LINK: {
        const char* rel = GetAttr(n, "rel");
        const char* href = GetAttr(n, "href");
        if (rel != nullptr && href != nullptr && c_->canonical.empty() &&
            ContainsLower(rel, "canonical")) {
          c_->canonical = TrimAscii(href);
        }
        return;
      }
      case GUMBO_TAG_H1:
        if (!boiler && c_->h1s.size() < 4) {
          std::string t = NodeText(n, texts_);
          if (!t.empty()) c_->h1s.push_back(std::move(t));
        }
        break;
      case GUMBO_TAG_TIME: {
        TimeCandidate t;
        const char* dt = GetAttr(n, "datetime");
        t.value = dt != nullptr ? CollapseWhitespace(dt) : NodeText(n, texts_, 120);
        t.strong = region || GetAttr(n, "pubdate") != nullptr || ItempropIs(n, "datePublished");
        t.boiler = boiler;
        if (!t.value.empty() && c_->times.size() < 50) c_->times.push_back(std::move(t));
        break;
      }
      default:
        break;
    }
    const char* itemprop = GetAttr(n, "itemprop");
    if (itemprop != nullptr && !boiler) {
      const std::string_view ip(itemprop);
      if (ip.find("datePublished") != std::string_view::npos && tag != GUMBO_TAG_META) {
        const char* v = GetAttr(n, "datetime");
        if (v == nullptr) v = GetAttr(n, "content");
        c_->itemprop_dates.push_back(v != nullptr ? CollapseWhitespace(v)
                                                  : NodeText(n, texts_, 120));
      }
      if ((ip.find("author") != std::string_view::npos ||
           ip.find("creator") != std::string_view::npos) &&
          tag != GUMBO_TAG_META && c_->itemprop_authors.size() < 8) {
        c_->itemprop_authors.push_back(ItempropName(n));
      }
    }
    if (tag == GUMBO_TAG_A && !boiler && c_->author_links.size() < 8) {
      const char* rel = GetAttr(n, "rel");
      const char* href = GetAttr(n, "href");
      if ((rel != nullptr && ContainsLower(rel, "author")) ||
          (href != nullptr && IsAuthorHref(href))) {
        std::string t = NodeText(n, texts_, 120);
        if (!t.empty()) c_->author_links.push_back(std::move(t));
      }
    }
    if (!boiler && (hints & kHintByline) && c_->bylines.size() < 8) {
      std::string t = NodeText(n, texts_, 200);
      if (!t.empty()) c_->bylines.push_back(std::move(t));
    }
    if (!boiler && (hints & (kHintDate | kHintMeta | kHintByline)) && c_->date_texts.size() < 12) {
      std::string t = NodeText(n, texts_, 200);
      if (!t.empty()) c_->date_texts.push_back(std::move(t));
    }
  }

  static bool ItempropIs(const GumboNode* n, std::string_view value) {
    const char* ip = GetAttr(n, "itemprop");
    return ip != nullptr && std::string_view(ip).find(value) != std::string_view::npos;
  }

  // itemprop=author: the nested itemprop=name, else the text.
  std::string ItempropName(const GumboNode* n) const {
    if (const char* content = GetAttr(n, "content")) return CollapseWhitespace(content);
    std::vector<const GumboNode*> stack{n};
    while (!stack.empty()) {
      const GumboNode* m = stack.back();
      stack.pop_back();
      if (m->type != GUMBO_NODE_ELEMENT) continue;
      if (m != n && ItempropIs(m, "name")) {
        if (const char* content = GetAttr(m, "content")) return CollapseWhitespace(content);
        return NodeText(m, texts_, 120);
      }
      const GumboVector& ch = m->v.element.children;
      for (unsigned i = ch.length; i-- > 0;) {
        stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
      }
    }
    return NodeText(n, texts_, 120);
  }

  Candidates* c_;
  const TextStore* texts_;
};

const std::string* Meta(const Candidates& c, std::string_view key) {
  for (const auto& [k, v] : c.metas) {
    if (k == key && !v.empty()) return &v;
  }
  return nullptr;
}

std::optional<std::string> FirstDate(const std::vector<std::string>& values) {
  for (const std::string& v : values) {
    if (auto d = ToIsoDate(v); d && PlausibleYear(*d)) return d;
  }
  return std::nullopt;
}

// "By Jane Doe, Staff Writer | March 4" -> "Jane Doe".
std::optional<std::string> CleanAuthor(std::string_view raw) {
  std::string s = CollapseWhitespace(raw);
  static constexpr std::array<std::string_view, 9> kPrefixes{
      "written by ", "posted by ", "reviewed by ", "story by ", "words by ",
      "author: ",    "by: ",       "by ",          "author "};
  bool changed = true;
  while (changed) {
    changed = false;
    for (std::string_view p : kPrefixes) {
      if (s.size() > p.size() && EqualsLower(std::string_view(s).substr(0, p.size()), p)) {
        s.erase(0, p.size());
        changed = true;
      }
    }
  }
  // Cut at separators that start a date or another field.
  for (std::string_view sep :
       {" | ", " - ", " — ", " – ", " • ", " · ", "\n", " Updated ", " Published ", " on "}) {
    const size_t pos = s.find(sep);
    if (pos != std::string::npos && pos > 0) s.resize(pos);
  }
  s = std::string(TrimAscii(s));
  while (!s.empty() && (s.back() == ',' || s.back() == '|' || s.back() == ':')) s.pop_back();
  s = std::string(TrimAscii(s));
  if (s.empty() || s.size() > 100) return std::nullopt;
  const size_t words = CountWords(s);
  if (words == 0 || words > 12) return std::nullopt;
  if (s.rfind("http", 0) == 0 || s.find('@') != std::string::npos) return std::nullopt;
  if (ToIsoDate(s)) return std::nullopt;
  return s;
}

std::string JoinAuthors(const std::vector<std::string>& names) {
  std::vector<std::string> unique;
  for (const std::string& n : names) {
    if (n.empty()) continue;
    bool seen = false;
    for (const std::string& u : unique) seen = seen || CompareKey(u) == CompareKey(n);
    if (!seen) unique.push_back(n);
  }
  std::string out;
  for (size_t i = 0; i < unique.size(); ++i) {
    if (i > 0) out += (i + 1 == unique.size()) ? (unique.size() > 2 ? ", and " : " and ") : ", ";
    out += unique[i];
  }
  return out;
}

std::optional<std::string> PrimaryLanguage(std::string_view tag) {
  tag = TrimAscii(tag);
  size_t n = 0;
  while (n < tag.size() && ((tag[n] | 0x20) >= 'a' && (tag[n] | 0x20) <= 'z')) ++n;
  if (n < 2 || n > 3) return std::nullopt;
  if (n < tag.size() && tag[n] != '-' && tag[n] != '_') return std::nullopt;
  return AsciiLower(tag.substr(0, n));
}

}  // namespace

bool IsMetadataKey(std::string_view key) {
  return InKeys(kAuthorKeys, key) || InKeys(kPublishedKeys, key) || InKeys(kModifiedKeys, key) ||
         InKeys(kLanguageKeys, key) || InKeys(kOtherKeys, key);
}

PageMetadata ExtractMetadata(const MetadataInputs& in) {
  PageMetadata meta;
  Candidates c;
  Collector(&c, in.texts).Run(in.root);
  static const JsonLdInfo kEmpty;
  const JsonLdInfo& ld = in.jsonld != nullptr ? *in.jsonld : kEmpty;

  // Outlet.
  if (const std::string* v = Meta(c, "og:site_name")) meta.outlet = *v;
  if (!meta.outlet && ld.publisher) meta.outlet = ld.publisher;
  if (!meta.outlet && ld.site_name) meta.outlet = ld.site_name;
  if (!meta.outlet) {
    if (const std::string* v = Meta(c, "application-name")) meta.outlet = *v;
  }
  if (!meta.outlet && in.url) meta.outlet = SiteFromTitle(c.title_tag, *in.url);
  if (!meta.outlet && in.url) meta.outlet = OutletFromUrl(*in.url);

  // Title.
  const std::string site = meta.outlet.value_or("");
  std::vector<std::string> declared;  // og:title, headline, <title>, each without the site part
  if (const std::string* v = Meta(c, "og:title")) declared.push_back(StripSiteFromTitle(*v, site));
  if (ld.headline) declared.push_back(StripSiteFromTitle(*ld.headline, site));
  if (const std::string* v = Meta(c, "twitter:title")) {
    declared.push_back(StripSiteFromTitle(*v, site));
  }
  if (!c.title_tag.empty()) declared.push_back(StripSiteFromTitle(c.title_tag, site));
  const std::string site_key = CompareKey(site);
  for (const std::string& h1 : c.h1s) {
    const std::string key = CompareKey(h1);
    if (key.empty() || key == site_key) continue;  // a logo heading
    for (const std::string& d : declared) {
      const std::string dkey = CompareKey(d);
      const size_t shorter = std::min(key.size(), dkey.size());
      const size_t longer = std::max(key.size(), dkey.size());
      if (!dkey.empty() && 2 * shorter >= longer &&
          (dkey == key || dkey.find(key) != std::string::npos ||
           key.find(dkey) != std::string::npos)) {
        meta.title = h1;
        break;
      }
    }
    if (meta.title) break;
  }
  // The page's own headline (its first <h1> outside boilerplate) before declared titles,
  // which are often rewritten for search engines and social media.
  if (!meta.title) {
    for (const std::string& h1 : c.h1s) {
      const size_t words = CountWords(h1);
      if (!site_key.empty() && CompareKey(h1) == site_key) continue;  // a logo, not a headline
      if (words >= 2 && words <= 40) {
        meta.title = h1;
        break;
      }
    }
  }
  for (const std::string& d : declared) {
    if (!meta.title && !d.empty()) meta.title = d;
  }

  // Author.
  std::vector<std::string> authors;
  for (const std::string& a : ld.authors) {
    if (auto clean = CleanAuthor(a)) authors.push_back(*clean);
  }
  if (authors.empty()) {
    for (std::string_view key : kAuthorKeys) {
      if (const std::string* v = Meta(c, key)) {
        if (auto clean = CleanAuthor(*v)) {
          authors.push_back(*clean);
          break;
        }
      }
    }
  }
  for (const auto* list : {&c.itemprop_authors, &c.author_links, &c.bylines}) {
    if (!authors.empty()) break;
    for (const std::string& a : *list) {
      if (auto clean = CleanAuthor(a)) authors.push_back(*clean);
      if (list == &c.bylines && !authors.empty()) break;
    }
  }
  if (!authors.empty()) meta.author = JoinAuthors(authors);

  // Published date.
  auto set_date = [&](std::optional<std::string> d, const char* source) {
    if (!meta.published && d && PlausibleYear(*d)) {
      meta.published = std::move(d);
      meta.date_source = source;
    }
  };
  if (ld.date_published) set_date(ToIsoDate(*ld.date_published), "jsonld");
  for (std::string_view key : kPublishedKeys) {
    if (meta.published) break;
    if (const std::string* v = Meta(c, key)) set_date(ToIsoDate(*v), "meta");
  }
  set_date(FirstDate(c.itemprop_dates), "itemprop");
  for (const TimeCandidate& t : c.times) {
    if (t.strong && !t.boiler) set_date(ToIsoDate(t.value), "time");
  }
  if (in.url) set_date(DateFromUrl(*in.url), "url");
  set_date(FirstDate(c.date_texts), "date_element");
  for (const TimeCandidate& t : c.times) {
    if (!t.boiler) set_date(ToIsoDate(t.value), "time");
  }
  if (ld.date_modified) meta.modified = ToIsoDate(*ld.date_modified);
  for (std::string_view key : kModifiedKeys) {
    if (meta.modified) break;
    if (const std::string* v = Meta(c, key)) meta.modified = ToIsoDate(*v);
  }

  // Canonical URL.
  const std::string_view base = in.url.value_or("");
  if (!c.canonical.empty()) meta.canonical_url = ResolveUrl(base, c.canonical);
  if (!meta.canonical_url) {
    if (const std::string* v = Meta(c, "og:url")) meta.canonical_url = ResolveUrl(base, *v);
  }
  if (!meta.canonical_url && ld.url) meta.canonical_url = ResolveUrl(base, *ld.url);

  // Language.
  meta.language = PrimaryLanguage(c.html_lang);
  if (!meta.language && ld.language) meta.language = PrimaryLanguage(*ld.language);
  for (std::string_view key : kLanguageKeys) {
    if (meta.language) break;
    if (const std::string* v = Meta(c, key)) meta.language = PrimaryLanguage(*v);
  }
  return meta;
}

void ResolveAuthor(const BlockTree& tree, const MainText& main, PageMetadata* meta) {
  if (meta->author || main.container < 0 || main.paras.empty()) return;
  const uint32_t first = main.paras.front();
  const uint32_t begin = first >= 12 ? first - 12 : 0;
  const uint32_t end = std::min<uint32_t>(static_cast<uint32_t>(tree.paras.size()), first + 3);
  for (uint32_t k = begin; k < end; ++k) {
    const Para& p = tree.paras[k];
    if (p.words > 16) continue;
    const std::string_view t = p.text;
    if (t.size() < 4 || !EqualsLower(t.substr(0, 3), "by ")) continue;
    const char initial = t[3];
    if (!((initial >= 'A' && initial <= 'Z') || static_cast<unsigned char>(initial) >= 0x80)) {
      continue;
    }
    if (auto a = CleanAuthor(t)) {
      meta->author = a;
      return;
    }
  }
}

}  // namespace claimtrace::web
