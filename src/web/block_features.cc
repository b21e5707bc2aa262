// Paragraph features for the learned block filter: one pass over each paragraph's first
// words for its shape (word lists looked up by packed lower-case keys in a small hash table),
// then position, hints up to the container, the section's totals and the neighbours' shapes.
// Covered by src/web/block_features_test.cc (with a differential test of the word pass against
// a plain version).
#include "web/block_features.h"

#include <algorithm>
#include <cmath>

#include "web/hints.h"

namespace claimtrace::web {
namespace {

constexpr std::array<std::string_view, kNumBlockFeatures> kNames = {"log_words",
                                                                    "link_density",
                                                                    "punct_per_word",
                                                                    "sentence_end",
                                                                    "colon_end",
                                                                    "cap_ratio",
                                                                    "stop_ratio",
                                                                    "digit_ratio",
                                                                    "upper_ratio",
                                                                    "short",
                                                                    "long",
                                                                    "kind_heading",
                                                                    "kind_list",
                                                                    "kind_quote",
                                                                    "kind_cell",
                                                                    "kind_pre",
                                                                    "kind_term",
                                                                    "copyright",
                                                                    "web",
                                                                    "bar",
                                                                    "rel_pos",
                                                                    "first",
                                                                    "last",
                                                                    "first3",
                                                                    "last3",
                                                                    "words_before",
                                                                    "words_after",
                                                                    "hint_boiler",
                                                                    "hint_noise",
                                                                    "hint_content",
                                                                    "hint_meta",
                                                                    "hint_title",
                                                                    "hint_comment",
                                                                    "depth",
                                                                    "direct",
                                                                    "have_body",
                                                                    "in_body",
                                                                    "prev_log_words",
                                                                    "prev_sentence",
                                                                    "prev_heading",
                                                                    "next_log_words",
                                                                    "next_sentence",
                                                                    "next_heading",
                                                                    "rel_words",
                                                                    "same_elem_prev",
                                                                    "log_kept",
                                                                    "cue_ratio",
                                                                    "cue_first",
                                                                    "sect_log_words",
                                                                    "sect_link_density",
                                                                    "sect_share",
                                                                    "sect_log_paras"};

// Common English function words (lower case), sorted for binary search.
constexpr std::string_view kStopWords[] = {
    "a",    "about", "after", "all",   "also",  "an",   "and",  "are",   "as",   "at",
    "be",   "been",  "but",   "by",    "can",   "for",  "from", "had",   "has",  "have",
    "he",   "her",   "his",   "if",    "in",    "into", "is",   "it",    "its",  "more",
    "not",  "of",    "on",    "one",   "or",    "our",  "she",  "so",    "than", "that",
    "the",  "their", "them",  "then",  "there", "they", "this", "to",    "was",  "we",
    "were", "what",  "when",  "which", "who",   "will", "with", "would", "you",  "your"};

// Words of site furniture: calls to action, sharing, accounts, legal lines (lower case, sorted).
constexpr std::string_view kCueWords[] = {
    "account",   "ad",      "ads",      "advertisement", "author",    "buy",        "cart",
    "category",  "click",   "comment",  "comments",      "contact",   "cookie",     "cookies",
    "copyright", "demo",    "download", "email",         "facebook",  "follow",     "free",
    "instagram", "join",    "learn",    "linkedin",      "login",     "newsletter", "policy",
    "posted",    "privacy", "read",     "register",      "related",   "reserved",   "rights",
    "share",     "shop",    "sign",     "sponsored",     "subscribe", "tags",       "terms",
    "trial",     "twitter", "updated",  "video",         "watch",     "youtube"};

enum WordFlag : uint8_t { kStop = 1, kCue = 2, kCopyright = 4 };

// The word lists as an open-addressing table of packed lower-case keys (5 bits per letter
// would do; a byte each keeps it simple): one multiply and usually one probe per word.
class WordTable {
 public:
  WordTable() {
    for (std::string_view w : kStopWords) Add(w, kStop);
    for (std::string_view w : kCueWords) Add(w, kCue);
    Add("copyright", kCopyright);
  }
  uint8_t Find(uint64_t a, uint64_t b) const {
    for (size_t h = Slot(a, b);; h = (h + 1) & (kSize - 1)) {
      const Entry& e = slots_[h];
      if (e.flags == 0) return 0;
      if (e.a == a && e.b == b) return e.flags;
    }
  }

 private:
  static constexpr size_t kSize = 512;
  struct Entry {
    uint64_t a = 0, b = 0;
    uint8_t flags = 0;
  };
  static size_t Slot(uint64_t a, uint64_t b) {
    return static_cast<size_t>(((a ^ (b * 0x9E3779B97F4A7C15ull)) * 0xC2B2AE3D27D4EB4Full) >> 55) &
           (kSize - 1);
  }
  void Add(std::string_view w, uint8_t flag) {
    uint64_t key[2] = {0, 0};
    for (size_t i = 0; i < w.size() && i < 16; ++i) {
      key[i >> 3] |= uint64_t(w[i] - 'a' + 1) << (8 * (i & 7));
    }
    for (size_t h = Slot(key[0], key[1]);; h = (h + 1) & (kSize - 1)) {
      Entry& e = slots_[h];
      if (e.flags == 0 || (e.a == key[0] && e.b == key[1])) {
        e.a = key[0];
        e.b = key[1];
        e.flags |= flag;
        return;
      }
    }
  }
  std::array<Entry, kSize> slots_{};
};

const WordTable& Words() {
  static const WordTable table;
  return table;
}

bool IsSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

float Log1p(double x) { return static_cast<float>(std::log1p(x)); }

}  // namespace

const std::array<std::string_view, kNumBlockFeatures>& BlockFeatureNames() { return kNames; }

TextShape ShapeOf(std::string_view t) {
  const WordTable& table = Words();
  TextShape s;
  // The ratios are read from the first words only (long paragraphs are most of the bytes and
  // rarely in doubt); the end is read from the whole text.
  const size_t size = std::min(t.size(), kShapeBytes);
  size_t i = 0;
  while (i < size) {
    while (i < size && IsSpace(t[i])) ++i;
    if (i >= size) break;
    ++s.words;
    const unsigned char c0 = static_cast<unsigned char>(t[i]);
    if (c0 >= 'A' && c0 <= 'Z') ++s.capitalised;
    if (t.size() - i >= 4 && (t.compare(i, 4, "http") == 0 || t.compare(i, 4, "www.") == 0)) {
      s.web = true;
    }
    // One pass over the word: character classes, and its lower-case letters packed into a key
    // (letters only, up to 16, trailing . , : ! ? allowed) for the word lists.
    uint64_t key[2] = {0, 0};
    size_t letters = 0;
    bool plain = true;      // only ASCII letters so far
    bool trailing = false;  // punctuation seen after the letters
    for (; i < t.size() && !IsSpace(t[i]); ++i) {
      const unsigned char u = static_cast<unsigned char>(t[i]);
      if ((u | 0x20) >= 'a' && (u | 0x20) <= 'z') {
        if (u <= 'Z') ++s.upper;
        ++s.letters;
        if (plain && !trailing && letters < 16) {
          key[letters >> 3] |= uint64_t((u | 0x20) - 'a' + 1) << (8 * (letters & 7));
          ++letters;
        } else {
          plain = false;
        }
        continue;
      }
      if (u >= '0' && u <= '9') {
        ++s.digits;
        plain = false;
      } else if (u >= 0xC0) {
        ++s.letters;  // a non-ASCII lead byte counts as one letter
        plain = false;
      } else if (u == '.' || u == ',' || u == ':' || u == '!' || u == '?') {
        trailing = true;
      } else {
        if (u == '|') s.bar = true;
        if (u == '@') s.web = true;
        plain = false;
      }
      if (u == 0xC2 && i + 1 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0xA9) {
        s.copyright = true;  // ©
      }
    }
    if (!plain || letters == 0) continue;
    const uint8_t flags = table.Find(key[0], key[1]);
    if (flags & kStop) ++s.stop;
    if (flags & kCue) {
      ++s.cue;
      if (s.words == 1) s.cue_first = true;
    }
    if (flags & kCopyright) s.copyright = true;
  }
  // The end: strip closing quotes and brackets, then look at the last character.
  size_t e = t.size();
  while (e > 0) {
    const unsigned char c = static_cast<unsigned char>(t[e - 1]);
    if (IsSpace(t[e - 1]) || c == '"' || c == '\'' || c == ')' || c == ']' || c == '*') {
      --e;
    } else if (e >= 3 && static_cast<unsigned char>(t[e - 3]) == 0xE2 &&
               static_cast<unsigned char>(t[e - 2]) == 0x80 && (c == 0x9D || c == 0x99)) {
      e -= 3;  // ” ’
    } else if (e >= 2 && static_cast<unsigned char>(t[e - 2]) == 0xC2 && c == 0xBB) {
      e -= 2;  // »
    } else {
      break;
    }
  }
  if (e > 0) {
    const char c = t[e - 1];
    s.sentence_end = c == '.' || c == '!' || c == '?';
    s.colon_end = c == ':';
    if (e >= 3 && t.substr(e - 3, 3) == "\xE2\x80\xA6") s.sentence_end = true;  // …
  }
  return s;
}

std::vector<BlockFeatureVector> BlockFeatures(const BlockContext& ctx) {
  const BlockTree& tree = *ctx.tree;
  const std::vector<uint32_t>& kept = *ctx.kept;
  const size_t n = kept.size();
  std::vector<BlockFeatureVector> out(n);
  if (n == 0) return out;
  std::vector<TextShape> shapes(n);
  double total_words = 0.0;
  for (size_t i = 0; i < n; ++i) {
    shapes[i] = ShapeOf(tree.paras[kept[i]].text);
    total_words += tree.paras[kept[i]].words;
  }
  const double mean_words = total_words / double(n);
  const uint16_t container_depth =
      ctx.container >= 0 ? tree.elems[static_cast<size_t>(ctx.container)].depth : 0;
  // The section of each paragraph: the container's child element holding it (or the paragraph
  // itself when it sits directly in the container); its words, link words and paragraphs.
  struct Section {
    int32_t elem = -1;
    double words = 0, link_words = 0, paras = 0;
  };
  std::vector<Section> sections;
  std::vector<uint32_t> section_of(n, 0);
  double container_words = 0;
  if (ctx.container >= 0) {
    const Elem& c = tree.elems[static_cast<size_t>(ctx.container)];
    for (uint32_t k = c.first_para; k < c.end_para; ++k) container_words += tree.paras[k].words;
  }
  for (size_t i = 0; i < n; ++i) {
    int32_t e = tree.paras[kept[i]].elem;
    while (e >= 0 && tree.elems[static_cast<size_t>(e)].parent != ctx.container &&
           e != ctx.container) {
      e = tree.elems[static_cast<size_t>(e)].parent;
    }
    if (e < 0 || e == ctx.container) e = -1;
    if (!sections.empty() && sections.back().elem == e && e >= 0) {
      section_of[i] = static_cast<uint32_t>(sections.size() - 1);
      continue;
    }
    Section sec;
    sec.elem = e;
    if (e >= 0) {
      const Elem& el = tree.elems[static_cast<size_t>(e)];
      for (uint32_t k = el.first_para; k < el.end_para; ++k) {
        sec.words += tree.paras[k].words;
        sec.link_words += tree.paras[k].link_words;
        sec.paras += 1;
      }
    } else {
      const Para& p = tree.paras[kept[i]];
      sec.words = p.words;
      sec.link_words = p.link_words;
      sec.paras = 1;
    }
    section_of[i] = static_cast<uint32_t>(sections.size());
    sections.push_back(sec);
  }
  double before = 0.0;
  for (size_t i = 0; i < n; ++i) {
    const Para& p = tree.paras[kept[i]];
    const TextShape& s = shapes[i];
    BlockFeatureVector& f = out[i];
    const double w = std::max<double>(p.words, 1.0);
    size_t k = 0;
    f[k++] = Log1p(p.words);
    f[k++] = static_cast<float>(p.link_density());
    f[k++] = static_cast<float>(std::min(1.0, p.punctuation / w));
    f[k++] = s.sentence_end;
    f[k++] = s.colon_end;
    f[k++] = static_cast<float>(s.capitalised / std::max<double>(s.words, 1.0));
    f[k++] = static_cast<float>(s.stop / std::max<double>(s.words, 1.0));
    f[k++] = static_cast<float>(s.digits / std::max<double>(s.letters + s.digits, 1.0));
    f[k++] = static_cast<float>(s.upper / std::max<double>(s.letters, 1.0));
    f[k++] = p.words <= 5;
    f[k++] = p.words >= 40;
    f[k++] = p.kind == ParaKind::kHeading;
    f[k++] = p.kind == ParaKind::kListItem;
    f[k++] = p.kind == ParaKind::kQuote;
    f[k++] = p.kind == ParaKind::kCell;
    f[k++] = p.kind == ParaKind::kPre;
    f[k++] = p.kind == ParaKind::kTerm;
    f[k++] = s.copyright;
    f[k++] = s.web;
    f[k++] = s.bar;
    f[k++] = n > 1 ? static_cast<float>(double(i) / double(n - 1)) : 0.0f;
    f[k++] = i == 0;
    f[k++] = i + 1 == n;
    f[k++] = i < 3;
    f[k++] = i + 3 >= n;
    f[k++] = static_cast<float>(before / std::max(total_words, 1.0));
    f[k++] = static_cast<float>((total_words - before - p.words) / std::max(total_words, 1.0));
    before += p.words;
    // Hints of the elements between the paragraph and the container.
    uint32_t hints = 0;
    int32_t depth = 0;
    for (int32_t e = p.elem; e >= 0 && e != ctx.container;
         e = tree.elems[static_cast<size_t>(e)].parent) {
      hints |= tree.elems[static_cast<size_t>(e)].hints;
      depth = std::max<int32_t>(depth, tree.elems[static_cast<size_t>(e)].depth - container_depth);
    }
    f[k++] = (hints & kHintBoiler) != 0;
    f[k++] = (hints & kHintNoise) != 0;
    f[k++] = (hints & (kHintContent | kHintStrongContent)) != 0;
    f[k++] = (hints & (kHintByline | kHintDate | kHintMeta)) != 0;
    f[k++] = (hints & kHintTitle) != 0;
    f[k++] = (hints & (kHintComment | kHintHidden)) != 0;
    f[k++] = Log1p(depth);
    f[k++] = p.elem == ctx.container;
    f[k++] = ctx.in_body != nullptr;
    f[k++] = ctx.in_body != nullptr ? static_cast<float>((*ctx.in_body)[kept[i]]) : 0.0f;
    if (i > 0) {
      f[k++] = Log1p(tree.paras[kept[i - 1]].words);
      f[k++] = shapes[i - 1].sentence_end;
      f[k++] = tree.paras[kept[i - 1]].kind == ParaKind::kHeading;
    } else {
      f[k++] = 0.0f;
      f[k++] = 0.0f;
      f[k++] = 0.0f;
    }
    if (i + 1 < n) {
      f[k++] = Log1p(tree.paras[kept[i + 1]].words);
      f[k++] = shapes[i + 1].sentence_end;
      f[k++] = tree.paras[kept[i + 1]].kind == ParaKind::kHeading;
    } else {
      f[k++] = 0.0f;
      f[k++] = 0.0f;
      f[k++] = 0.0f;
    }
    f[k++] = static_cast<float>(std::log((p.words + 1.0) / (mean_words + 1.0)));
    f[k++] = i > 0 && tree.paras[kept[i - 1]].elem == p.elem;
    f[k++] = Log1p(double(n));
    f[k++] = static_cast<float>(s.cue / std::max<double>(s.words, 1.0));
    f[k++] = s.cue_first;
    const Section& sec = sections[section_of[i]];
    f[k++] = Log1p(sec.words);
    f[k++] = static_cast<float>(sec.link_words / std::max(sec.words, 1.0));
    f[k++] = static_cast<float>(std::min(1.0, sec.words / std::max(container_words, 1.0)));
    f[k++] = Log1p(sec.paras);
    (void)k;  // k == kNumBlockFeatures (checked by the tests through the names)
  }
  return out;
}

}  // namespace claimtrace::web
