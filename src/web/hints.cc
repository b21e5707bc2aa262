// Hint vocabulary lookup: tokens are split into word parts (separators and camelCase) in a
// stack buffer, each part and the joined compound are looked up in an open-addressing table
// built once from the vocabulary, then a few part patterns are applied (sr-only, d-none,
// md:block, article-body). Boilerplate-like flags
// remove the content flags of the same token. Covered by src/web/hints_test.cc.
#include "web/hints.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

namespace claimtrace::web {
namespace {

struct Entry {
  std::string_view word;
  uint32_t flags;
};

constexpr uint32_t kB = kHintBoiler;
constexpr uint32_t kC = kHintContent;
constexpr uint32_t kN = kHintBoiler | kHintNoise;

constexpr std::array kVocabulary = std::to_array<Entry>({
    {"ad", kB},
    {"addthis", kN},
    {"ads", kB},
    {"adsbygoogle", kB},
    {"adslot", kB},
    {"adunit", kB},
    {"advert", kB},
    {"advertisement", kB},
    {"advertising", kB},
    {"adverts", kB},
    {"affiliate", kB},
    {"alert", kB},
    {"article", kC},
    {"articlebody", kC | kHintStrongContent},
    {"articlecontent", kC | kHintStrongContent},
    {"aside", kB},
    {"author", kHintByline},
    {"authors", kHintByline},
    {"banner", kB},
    {"bio", kHintByline | kN},
    {"body", kC},
    {"breadcrumb", kN},
    {"breadcrumbs", kN},
    {"btn", kB},
    {"button", kB},
    {"buttons", kB},
    {"byline", kHintByline},
    {"caption", kHintCaption},
    {"carousel", kB},
    {"comment", kHintComment | kN},
    {"commentlist", kHintComment | kN},
    {"comments", kHintComment | kN},
    {"consent", kN},
    {"content", kC},
    {"contributor", kHintByline},
    {"contributors", kHintByline},
    {"cookie", kN},
    {"cookies", kN},
    {"copyright", kN},
    {"credit", kHintCaption},
    {"credits", kHintCaption},
    {"cta", kN},
    {"date", kHintDate},
    {"dateline", kHintDate},
    {"datetime", kHintDate},
    {"dfp", kB},
    {"disqus", kHintComment | kN},
    {"donate", kB},
    {"dropdown", kN},
    {"entry", kC},
    {"entrycontent", kC | kHintStrongContent},
    {"feedback", kB},
    {"figcaption", kHintCaption},
    {"follow", kN},
    {"footer", kN},
    {"form", kB},
    {"gdpr", kN},
    {"header", kB},
    {"headline", kHintTitle},
    {"hidden", kHintHidden},
    {"hide", kHintHidden},
    {"invisible", kHintHidden},
    {"login", kN},
    {"logo", kB},
    {"main", kC},
    {"maincontent", kC | kHintStrongContent},
    {"masthead", kB},
    {"megamenu", kN},
    {"menu", kN},
    {"menus", kN},
    {"meta", kHintMeta | kB},
    {"modal", kN},
    {"more", kB},
    {"mostpopular", kN},
    {"mostread", kN},
    {"nav", kN},
    {"navbar", kN},
    {"navigation", kN},
    {"navi", kN},
    {"newsletter", kN},
    {"newsletters", kN},
    {"offscreen", kHintHidden},
    {"outbrain", kN},
    {"overlay", kB},
    {"pager", kN},
    {"paging", kN},
    {"pagination", kN},
    {"paywall", kN},
    {"popular", kN},
    {"popup", kN},
    {"post", kC},
    {"postbody", kC | kHintStrongContent},
    {"postcontent", kC | kHintStrongContent},
    {"posted", kHintDate},
    {"print", kN},
    {"promo", kB},
    {"promos", kB},
    {"promoted", kB},
    {"promotion", kB},
    {"prose", kC | kHintStrongContent},
    {"pubdate", kHintDate},
    {"published", kHintDate},
    {"rail", kB},
    {"recirc", kN},
    {"recirculation", kN},
    {"recommendations", kN},
    {"recommended", kN},
    {"related", kN},
    {"relatedposts", kN},
    {"replies", kHintComment | kN},
    {"reply", kHintComment | kN},
    {"respond", kHintComment | kN},
    {"richtext", kC | kHintStrongContent},
    {"search", kN},
    {"share", kN},
    {"sharebar", kN},
    {"shares", kN},
    {"sharethis", kN},
    {"sharing", kN},
    {"sidebar", kN},
    {"signin", kN},
    {"signup", kN},
    {"skip", kN},
    {"slider", kB},
    {"social", kN},
    {"socials", kN},
    {"sponsor", kN},
    {"sponsored", kN},
    {"story", kC},
    {"storybody", kC | kHintStrongContent},
    {"subnav", kN},
    {"subscribe", kN},
    {"subscription", kN},
    {"taboola", kN},
    {"tags", kN},
    {"teaser", kB},
    {"testimonial", kN},
    {"testimonials", kN},
    {"teasers", kB},
    {"ticker", kB},
    {"time", kHintDate},
    {"timestamp", kHintDate},
    {"title", kHintTitle},
    {"toc", kN},
    {"toolbar", kB},
    {"topbar", kB},
    {"trending", kN},
    {"updated", kHintDate},
    {"widget", kB},
    {"widgets", kB},
    {"writer", kHintByline},
});

// Roles a part can play in two-part patterns, kept above the hint bits.
constexpr uint32_t kRoleRegion = 1u << 24;   // "article" in "article-body"
constexpr uint32_t kRoleBody = 1u << 25;     // "body" in "article-body"
constexpr uint32_t kRoleSize = 1u << 26;     // "md" in "md:block"
constexpr uint32_t kRoleDisplay = 1u << 27;  // "block" in "md:block"
constexpr uint32_t kRoleMask = kRoleRegion | kRoleBody | kRoleSize | kRoleDisplay;

constexpr std::array kRoles = std::to_array<Entry>({
    {"article", kRoleRegion},  {"blog", kRoleRegion},   {"entry", kRoleRegion},
    {"main", kRoleRegion},     {"news", kRoleRegion},   {"page", kRoleRegion},
    {"post", kRoleRegion},     {"story", kRoleRegion},  {"body", kRoleBody},
    {"content", kRoleBody},    {"copy", kRoleBody},     {"detail", kRoleBody},
    {"details", kRoleBody},    {"inner", kRoleBody},    {"text", kRoleBody},
    {"xs", kRoleSize},         {"sm", kRoleSize},       {"md", kRoleSize},
    {"lg", kRoleSize},         {"xl", kRoleSize},       {"2xl", kRoleSize},
    {"mobile", kRoleSize},     {"desktop", kRoleSize},  {"tablet", kRoleSize},
    {"block", kRoleDisplay},   {"flex", kRoleDisplay},  {"inline", kRoleDisplay},
    {"grid", kRoleDisplay},    {"table", kRoleDisplay}, {"contents", kRoleDisplay},
    {"initial", kRoleDisplay},
});

inline uint32_t HashWord(std::string_view w) {
  uint32_t h = 2166136261u;
  for (char c : w) h = (h ^ static_cast<unsigned char>(c)) * 16777619u;
  return h;
}

// Open-addressing table over the vocabulary and the role words, built once.
class WordTable {
 public:
  WordTable() {
    for (const Entry& e : kVocabulary) Add(e.word, e.flags);
    for (const Entry& e : kRoles) Add(e.word, e.flags);
  }
  uint32_t Find(std::string_view w) const {
    if (w.size() > kMaxWord) return 0;
    for (uint32_t i = HashWord(w) & kMask;; i = (i + 1) & kMask) {
      const Slot& s = slots_[i];
      if (s.word.empty()) return 0;
      if (s.word == w) return s.flags;
    }
  }

 private:
  static constexpr size_t kSlots = 1024;
  static constexpr uint32_t kMask = kSlots - 1;
  static constexpr size_t kMaxWord = 16;
  struct Slot {
    std::string_view word;
    uint32_t flags = 0;
  };
  void Add(std::string_view w, uint32_t flags) {
    for (uint32_t i = HashWord(w) & kMask;; i = (i + 1) & kMask) {
      Slot& s = slots_[i];
      if (s.word.empty()) {
        s.word = w;
        s.flags = flags;
        return;
      }
      if (s.word == w) {
        s.flags |= flags;
        return;
      }
    }
  }
  std::array<Slot, kSlots> slots_{};
};

const WordTable& Table() {
  static const WordTable table;
  return table;
}

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view w) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

inline bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
inline bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
inline bool IsDigit(char c) { return c >= '0' && c <= '9'; }

bool IsHidingToken(const std::string_view* parts, size_t count) {
  if (count == 1) {
    const std::string_view a = parts[0];
    return a == "hidden" || a == "hide" || a == "invisible" || a == "offscreen" ||
           a == "visuallyhidden";
  }
  if (count == 2) {
    const std::string_view a = parts[0];
    const std::string_view b = parts[1];
    return (a == "sr" && b == "only") || (a == "visually" && b == "hidden") ||
           (a == "d" && b == "none") || (a == "u" && b == "hidden") ||
           (a == "is" && b == "hidden") || (a == "element" && b == "invisible") ||
           (a == "screen" && b == "reader");
  }
  if (count == 3) return parts[0] == "screen" && parts[1] == "reader" && parts[2] == "text";
  return false;
}

}  // namespace

namespace {

// Per-thread memo of a short string -> flags (direct-mapped: a colliding string replaces the
// slot). Class names and whole class values repeat a lot within and across pages.
template <size_t kMaxLen, size_t kSlots>
class FlagCache {
 public:
  static constexpr size_t kMaxLength = kMaxLen;
  bool Find(std::string_view text, uint64_t hash, uint32_t* flags) const {
    const Slot& s = slots_[hash & kMask];
    if (s.hash != hash || s.len != text.size() || std::memcmp(s.text, text.data(), s.len) != 0) {
      return false;
    }
    *flags = s.flags;
    return true;
  }
  void Put(std::string_view text, uint64_t hash, uint32_t flags) {
    Slot& s = slots_[hash & kMask];
    s.hash = hash;
    s.len = static_cast<uint8_t>(text.size());
    std::memcpy(s.text, text.data(), text.size());
    s.flags = flags;
  }

 private:
  static_assert(kMaxLen < 0xFF && (kSlots & (kSlots - 1)) == 0);
  static constexpr uint64_t kMask = kSlots - 1;
  struct Slot {
    uint64_t hash = 0;
    uint32_t flags = 0;
    uint8_t len = 0xFF;
    char text[kMaxLen];
  };
  std::array<Slot, kSlots> slots_{};
};
using TokenCache = FlagCache<40, 4096>;
using ValueCache = FlagCache<120, 1024>;

uint32_t ClassifyUncached(std::string_view token);

}  // namespace

namespace {

// Decodes a token written by HintToken ("~" + 1-4 lower-case hex digits); false otherwise.
bool DecodeHintToken(std::string_view token, uint32_t* flags) {
  if (token.size() < 2 || token.size() > 5 || token[0] != '~') return false;
  uint32_t v = 0;
  for (size_t i = 1; i < token.size(); ++i) {
    const char c = token[i];
    if (c >= '0' && c <= '9') {
      v = v * 16 + static_cast<uint32_t>(c - '0');
    } else if (c >= 'a' && c <= 'f') {
      v = v * 16 + static_cast<uint32_t>(c - 'a' + 10);
    } else {
      return false;
    }
  }
  *flags = v;
  return true;
}

}  // namespace

std::string HintToken(uint32_t flags) {
  static constexpr char kHex[] = "0123456789abcdef";
  char buf[8];
  size_t n = 0;
  do {
    buf[n++] = kHex[flags & 0xF];
    flags >>= 4;
  } while (flags != 0 && n < 4);
  std::string out = "~";
  while (n > 0) out.push_back(buf[--n]);
  return out;
}

uint32_t ClassifyHintToken(std::string_view token) {
  uint32_t decoded = 0;
  if (DecodeHintToken(token, &decoded)) return decoded;
  if (token.empty() || token.size() > TokenCache::kMaxLength) return ClassifyUncached(token);
  thread_local TokenCache cache;
  uint64_t hash = 1469598103934665603ull;
  for (char c : token) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  uint32_t flags = 0;
  if (cache.Find(token, hash, &flags)) return flags;
  flags = ClassifyUncached(token);
  cache.Put(token, hash, flags);
  return flags;
}

namespace {

uint32_t ClassifyUncached(std::string_view token) {
  constexpr size_t kMaxToken = 64;
  constexpr size_t kMaxParts = 8;
  if (token.empty() || token.size() > kMaxToken) return 0;
  // Lower-case parts, split at separators and camelCase humps, in one buffer (with the
  // separators dropped, so the whole buffer is also the joined compound).
  char buf[kMaxToken];
  size_t len = 0;
  std::array<std::string_view, kMaxParts> parts;
  size_t count = 0;
  size_t part_start = 0;
  auto flush = [&] {
    if (len > part_start) {
      if (count < kMaxParts) parts[count++] = std::string_view(buf + part_start, len - part_start);
      part_start = len;
    }
  };
  for (size_t i = 0; i < token.size(); ++i) {
    const char c = token[i];
    if (IsLower(c) || IsDigit(c)) {
      buf[len++] = c;
    } else if (IsUpper(c)) {
      if (i > 0 && IsLower(token[i - 1])) flush();
      buf[len++] = static_cast<char>(c | 0x20);
    } else {
      flush();
    }
  }
  flush();
  if (count == 0) return 0;

  const WordTable& table = Table();
  std::array<uint32_t, kMaxParts> part_flags{};
  uint32_t flags = 0;
  for (size_t i = 0; i < count; ++i) {
    part_flags[i] = table.Find(parts[i]);
    flags |= part_flags[i];
  }
  if (count > 1) flags |= table.Find(std::string_view(buf, len)) & ~kRoleMask;

  bool region = false;
  bool body = false;
  for (size_t i = 0; i < count; ++i) {
    const uint32_t pf = part_flags[i];
    const uint32_t next = i + 1 < count ? part_flags[i + 1] : 0;
    if (pf & kRoleRegion) region = true;
    if (region && (pf & kRoleBody)) body = true;
    if ((pf & kRoleSize) && (next & kRoleDisplay)) flags |= kHintShowLarge;
    if (parts[i] == "d" && (next & kRoleSize) && i + 2 < count &&
        (part_flags[i + 2] & kRoleDisplay)) {
      flags |= kHintShowLarge;
    }
  }
  flags &= ~kRoleMask;
  // Hidden only when the whole token is a hiding utility ("sr-only", "d-none", "is-hidden"), not
  // when a longer name mentions it ("field--label-visually_hidden", "hidden-xs").
  flags &= ~kHintHidden;
  if (IsHidingToken(parts.data(), count)) flags |= kHintHidden;
  if (region && body) flags |= kHintContent | kHintStrongContent;
  if (flags & (kHintBoiler | kHintComment | kHintMeta | kHintByline | kHintDate | kHintCaption)) {
    flags &= ~(kHintContent | kHintStrongContent);
  }
  return flags;
}

}  // namespace

namespace {

uint32_t ClassHintsUncached(std::string_view class_attr);

}  // namespace

uint32_t ClassHints(std::string_view class_attr) {
  if (class_attr.size() > ValueCache::kMaxLength || class_attr.size() < 6) {
    return ClassHintsUncached(class_attr);
  }
  thread_local ValueCache cache;
  uint64_t hash = 1469598103934665603ull;
  for (char c : class_attr) hash = (hash ^ static_cast<unsigned char>(c)) * 1099511628211ull;
  uint32_t flags = 0;
  if (cache.Find(class_attr, hash, &flags)) return flags;
  flags = ClassHintsUncached(class_attr);
  cache.Put(class_attr, hash, flags);
  return flags;
}

namespace {

uint32_t ClassHintsUncached(std::string_view class_attr) {
  uint32_t flags = 0;
  size_t i = 0;
  while (i < class_attr.size()) {
    while (i < class_attr.size() &&
           (class_attr[i] == ' ' || class_attr[i] == '\t' || class_attr[i] == '\n' ||
            class_attr[i] == '\r' || class_attr[i] == '\f')) {
      ++i;
    }
    size_t j = i;
    while (j < class_attr.size() && class_attr[j] != ' ' && class_attr[j] != '\t' &&
           class_attr[j] != '\n' && class_attr[j] != '\r' && class_attr[j] != '\f') {
      ++j;
    }
    if (j > i) flags |= ClassifyHintToken(class_attr.substr(i, j - i));
    i = j;
  }
  if (flags & kHintShowLarge) flags &= ~kHintHidden;
  return flags;
}

}  // namespace

uint32_t IdHints(std::string_view id) {
  // React streaming rendering sends late parts of the page as <div hidden id="S:N"> (N in
  // hex) after the layout; a script moves each into its placeholder at once, so the reader
  // sees it (streamed_segments.h moves those with a placeholder before parsing).
  if (id.size() >= 3 && id.size() <= 10 && id[0] == 'S' && id[1] == ':' &&
      id.find_first_not_of("0123456789abcdef", 2) == std::string_view::npos) {
    return kHintRevealed;
  }
  size_t parts = 1;
  for (char c : id) parts += (c == '-' || c == '_') ? 1 : 0;
  return parts > 4 ? 0 : ClassHints(id);
}

uint32_t RoleHints(std::string_view role) {
  static constexpr std::array<std::string_view, 5> kNoiseRoles{"navigation", "contentinfo",
                                                               "search", "menu", "menubar"};
  static constexpr std::array<std::string_view, 6> kBoilerRoles{
      "banner", "complementary", "dialog", "alertdialog", "toolbar", "tablist"};
  std::string lower;
  for (char c : role) lower.push_back(IsUpper(c) ? static_cast<char>(c | 0x20) : c);
  while (!lower.empty() && lower.back() == ' ') lower.pop_back();
  while (!lower.empty() && lower.front() == ' ') lower.erase(0, 1);
  if (lower == "main" || lower == "article") return kHintContent;
  if (In(kNoiseRoles, lower)) return kHintBoiler | kHintNoise;
  if (In(kBoilerRoles, lower)) return kHintBoiler;
  return 0;
}

bool IsHiddenStyle(std::string_view style) {
  std::string compact;
  compact.reserve(style.size());
  for (char c : style) {
    if (c == ' ' || c == '\t' || c == '\n' || c == '\r') continue;
    compact.push_back(IsUpper(c) ? static_cast<char>(c | 0x20) : c);
  }
  return compact.find("display:none") != std::string::npos ||
         compact.find("visibility:hidden") != std::string::npos;
}

// Every pattern starts with '/' or '?', so only those positions are tried (no copy, no
// lower-casing of the whole link); hints_test.cc checks this against a plain search.
bool IsAuthorHref(std::string_view href) {
  static constexpr std::array<std::string_view, 11> kSlashPatterns{
      "/author/",   "/authors/", "/by/",         "/people/",      "/staff/",     "/profile/",
      "/profiles/", "/writers/", "/contributor", "/journalists/", "/columnists/"};
  const size_t n = href.size();
  for (size_t i = 0; i < n; ++i) {
    const char c = href[i];
    if (c != '/' && c != '?') continue;
    const std::string_view rest = href.substr(i);
    auto starts = [&rest](std::string_view p) {
      if (rest.size() < p.size()) return false;
      for (size_t k = 1; k < p.size(); ++k) {
        const char r = IsUpper(rest[k]) ? static_cast<char>(rest[k] | 0x20) : rest[k];
        if (r != p[k]) return false;
      }
      return true;
    };
    if (c == '?') {
      if (starts("?author=")) return true;
      continue;
    }
    for (std::string_view p : kSlashPatterns) {
      if (starts(p)) return true;
    }
  }
  return false;
}

}  // namespace claimtrace::web
