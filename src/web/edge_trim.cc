// Edge trimming: each kept paragraph is classified by shape (word count, stock phrases matched
// on word boundaries of its comparison key, the "Name is a writer ..." pattern of author bios,
// wholly quoted testimonials, "Accessed <date>" references); one backward walk finds the
// closing run, one forward walk the leading disclosures, and one backward walk over the last
// 40% of the words the topmost end-section heading. Covered by src/web/edge_trim_test.cc and
// the golden pages tests/golden/web/trailing_promo.html and end_sections.html.
#include "web/edge_trim.h"

#include <cctype>
#include <cstring>
#include <string>
#include <string_view>

#include "web/text_util.h"

namespace claimtrace::web {
namespace {

// Stock phrases of calls to action and site notices, as comparison keys (lower case, words
// separated by one space). Matched as whole words.
constexpr std::string_view kPromoPhrases[] = {
    "sign up",
    "signup",
    "subscribe",
    "newsletter",
    "free trial",
    "free demo",
    "book a demo",
    "request a demo",
    "get started",
    "start your",
    "follow us",
    "follow me",
    "join our",
    "join me",
    "stay in touch",
    "download our",
    "contact us",
    "call us",
    "get in touch",
    "try it free",
    "for free",
    "shop now",
    "buy now",
    "click here",
    "pin it",
    "share this",
    "enjoy the post",
    "enjoyed this",
    "all rights reserved",
    "copyright",
    "affiliate links",
    "affiliate link",
    "more articles by",
    "you may also like",
    "related posts",
    "related articles",
    "check out our",
    "create an account",
    "free quote",
    "get a quote",
    "let us help",
    "email updates",
    "weekly updates",
    "our emails",
    "inbox",
    "sign in",
    "log in",
    "register now",
    "mailing list",
    "entering your email",
    "by subscribing",
    "by signing up",
};

// How far down the kept paragraphs a notice is still "at the top".
constexpr size_t kLeadingNoticeWindow = 5;

// Disclosure notices ("This post contains affiliate links ...", "We may earn commission on
// items you buy"): promo up to a longer length, they often explain themselves at length.
constexpr std::string_view kDisclosurePhrases[] = {
    "affiliate links", "affiliate link", "earn a commission", "earn commission",
    "paid promotion",  "commission on",  "disclosure policy",
};

// Headings that open an end section which is not the article: related reading, the author
// box, reference lists. Whole comparison keys; "starts" entries also match a longer heading
// ("More from The Daily Post", "About the author Jane Doe").
struct SectionName {
  std::string_view key;
  bool starts;
};
constexpr SectionName kEndSections[] = {
    {"related articles", false},  {"related posts", false},
    {"related stories", false},   {"related reading", false},
    {"related content", false},   {"related", false},
    {"you may also like", false}, {"you might also like", false},
    {"read next", false},         {"read more", false},
    {"more stories", false},      {"more articles", false},
    {"recommended", false},       {"recommended for you", false},
    {"latest posts", false},      {"popular posts", false},
    {"trending", false},          {"more from", true},
    {"about the author", true},   {"more by", true},
    {"sources", false},           {"article sources", false},
    {"references", false},        {"bibliography", false},
    {"works cited", false},       {"join the conversation", false},
    {"what to read next", false}, {"related topics", false},
};

// Words that make "Name is a ..." an author bio.
constexpr std::string_view kBioWords[] = {
    "writer",    "editor",    "journalist", "author",     "contributor", "reporter",
    "freelance", "columnist", "blogger",    "experience", "specializes", "specialises",
};

// `phrase` as whole words of `padded_key` (a comparison key with a space at both ends).
bool HasWord(const std::string& padded_key, std::string_view phrase) {
  const std::string_view key = padded_key;
  for (size_t at = key.find(phrase); at != std::string_view::npos; at = key.find(phrase, at + 1)) {
    if (at > 0 && key[at - 1] == ' ' && at + phrase.size() < key.size() &&
        key[at + phrase.size()] == ' ') {
      return true;
    }
  }
  return false;
}

bool StartsUpper(std::string_view w) {
  return !w.empty() && ((w[0] >= 'A' && w[0] <= 'Z') || static_cast<unsigned char>(w[0]) >= 0xC0);
}

// "Jane Doe is a freelance writer ...", "Dr. Ann Lee, MD, has over 10 years of experience ...":
// two to five capitalised words, then "is"/"has"/"was" (LooksLikeBioStart, on the raw text),
// and a bio word later on (HasBioWord, on the comparison key).
bool LooksLikeBioStart(const Para& p) {
  if (p.words < 12 || p.words > 130 || p.kind == ParaKind::kHeading) return false;
  std::string_view t = p.text;
  size_t caps = 0;
  size_t pos = 0;
  for (int n = 0; n < 8 && pos < t.size(); ++n) {
    size_t end = t.find(' ', pos);
    if (end == std::string_view::npos) end = t.size();
    std::string_view w = t.substr(pos, end - pos);
    pos = end + 1;
    if (w == "is" || w == "has" || w == "was") return caps >= 2;
    if (StartsUpper(w)) {
      ++caps;
    } else if (!(w.size() <= 4 && w.back() == ',')) {  // ", MD," ", RD," style suffixes
      return false;
    }
  }
  return false;
}

bool HasBioWord(const std::string& padded_key) {
  for (std::string_view b : kBioWords) {
    if (HasWord(padded_key, b)) return true;
  }
  return false;
}

// A reference-list entry: "... Accessed 11 Apr. 2025.", "Retrieved March 3, 2024", a DOI.
bool IsReference(const Para& p, const std::string& padded_key) {
  if (p.words > 80) return false;
  if (HasWord(padded_key, "doi")) return true;
  for (std::string_view w : {" accessed ", " retrieved "}) {
    const size_t at = padded_key.find(w);
    if (at == std::string::npos) continue;
    // A day or a year shortly after it.
    const std::string_view rest = std::string_view(padded_key).substr(at + w.size(), 24);
    for (size_t i = 0; i < rest.size(); ++i) {
      if (std::isdigit(static_cast<unsigned char>(rest[i])) != 0) return true;
    }
  }
  return false;
}

// A paragraph that is one quotation from end to end, as testimonials and pull quotes are
// ("“I highly recommend this firm!”"); article quotes come with their attribution.
bool IsWhollyQuoted(std::string_view t) {
  static constexpr std::string_view kOpen[] = {"\"", "\u201c"};
  static constexpr std::string_view kClose[] = {"\"", "\u201d"};
  bool open = false;
  for (std::string_view o : kOpen) open = open || t.substr(0, o.size()) == o;
  if (!open) return false;
  for (std::string_view c : kClose) {
    if (t.size() > c.size() + 20 && t.substr(t.size() - c.size()) == c) {
      // One quotation: no closing mark before the end.
      const std::string_view inner = t.substr(1, t.size() - 1 - c.size());
      return inner.find("\u201d") == std::string_view::npos &&
             inner.find('"') == std::string_view::npos;
    }
  }
  return false;
}

}  // namespace

EdgeKind ClassifyEdgeParagraph(const Para& p) {
  if (p.words == 0) return EdgeKind::kShort;
  // Every test below has a length limit: long paragraphs are decided without the key.
  if (p.words > 130) return EdgeKind::kArticle;
  const bool bio_start = LooksLikeBioStart(p);
  const bool quoted = IsWhollyQuoted(p.text);
  if (p.words > 80 && !bio_start && !quoted) return EdgeKind::kArticle;
  // Above 30 words only notices remain: skip the key when none of their words occurs (a
  // memmem per fragment; lower-case fragments, so all-capital notices are not seen here).
  if (p.words > 30 && !bio_start && !quoted) {
    bool candidate = false;
    for (std::string_view f :
         {"ffiliat", "ommission", "romotion", "isclosure", "ccessed", "etrieved", "doi", "DOI"}) {
      candidate = candidate || memmem(p.text.data(), p.text.size(), f.data(), f.size()) != nullptr;
    }
    if (!candidate) return EdgeKind::kArticle;
  }
  const std::string padded = " " + CompareKey(p.text) + " ";
  if (p.words <= 70) {
    for (std::string_view phrase : kDisclosurePhrases) {
      if (HasWord(padded, phrase)) return EdgeKind::kNotice;
    }
    // "Purchases made through our links may earn us a commission."
    if (HasWord(padded, "commission") &&
        (HasWord(padded, "earn") || HasWord(padded, "links") || HasWord(padded, "purchases"))) {
      return EdgeKind::kNotice;
    }
  }
  if (p.words <= 30) {
    for (std::string_view phrase : kPromoPhrases) {
      if (HasWord(padded, phrase)) return EdgeKind::kPromo;
    }
  }
  if (bio_start && HasBioWord(padded)) return EdgeKind::kPromo;
  if (quoted) return EdgeKind::kPromo;
  if (IsReference(p, padded)) return EdgeKind::kNotice;
  // A short sentence ("Read my review here.") is prose; labels and button texts have no
  // full stop.
  if (p.words <= 8 && p.text.back() != '.') return EdgeKind::kShort;
  return EdgeKind::kArticle;
}

size_t TrailingPromoStart(const std::vector<Para>& paras, const std::vector<uint32_t>& kept) {
  size_t first_promo = kept.size();
  size_t run_start = kept.size();
  for (size_t k = kept.size(); k-- > 0;) {
    const EdgeKind kind = ClassifyEdgeParagraph(paras[kept[k]]);
    if (kind == EdgeKind::kArticle) break;
    run_start = k;
    if (kind == EdgeKind::kPromo || kind == EdgeKind::kNotice) first_promo = k;
  }
  if (first_promo == kept.size()) return kept.size();
  // The short lines of the run above the first promo paragraph belong to its block ("Take
  // the next step"); a run without any promo paragraph stays whole.
  size_t cut = run_start;
  double total = 0.0;
  double cut_words = 0.0;
  for (size_t k = 0; k < kept.size(); ++k) {
    total += paras[kept[k]].words;
    if (k >= cut) cut_words += paras[kept[k]].words;
  }
  if (cut_words >= 0.4 * total) return kept.size();
  return cut;
}

size_t LeadingPromoEnd(const std::vector<Para>& paras, const std::vector<uint32_t>& kept) {
  size_t end = 0;  // one past the last promo paragraph of the leading run
  double cut_words = 0.0;
  double run_words = 0.0;
  for (size_t k = 0; k < kept.size(); ++k) {
    EdgeKind kind = ClassifyEdgeParagraph(paras[kept[k]]);
    // At the top, calls to action read like a lede ("Stream these ten films for free"): only
    // notices are cut there.
    if (kind == EdgeKind::kPromo) kind = EdgeKind::kArticle;
    if (kind == EdgeKind::kArticle) break;
    run_words += paras[kept[k]].words;
    if (kind == EdgeKind::kNotice) {
      end = k + 1;
      cut_words = run_words;
    }
  }
  if (end == 0) return 0;
  double total = 0.0;
  for (uint32_t k : kept) total += paras[k].words;
  return cut_words >= 0.4 * total ? 0 : end;
}

void DropLeadingNotices(const std::vector<Para>& paras, std::vector<uint32_t>* kept) {
  const size_t lead = LeadingPromoEnd(paras, *kept);
  kept->erase(kept->begin(), kept->begin() + static_cast<std::ptrdiff_t>(lead));
  // Notices a little further down, after a standfirst or a byline.
  size_t out = 0;
  for (size_t k = 0; k < kept->size(); ++k) {
    const uint32_t i = (*kept)[k];
    if (k < kLeadingNoticeWindow && ClassifyEdgeParagraph(paras[i]) == EdgeKind::kNotice) continue;
    (*kept)[out++] = i;
  }
  kept->resize(out);
}

bool IsEndSectionHeading(const Para& p) {
  if (p.words == 0 || p.words > 6 || p.link_words * 2 > p.words) return false;
  // A sentence ("Sources." ends one), unless the dot ends an ellipsis ("Read next...").
  const std::string_view t = p.text;
  if (p.kind != ParaKind::kHeading && t.back() == '.' &&
      !(t.size() >= 3 && t.substr(t.size() - 3) == "...")) {
    return false;
  }
  const std::string key = CompareKey(p.text);
  for (const SectionName& s : kEndSections) {
    if (key == s.key) return true;
    if (s.starts && key.size() > s.key.size() && key.compare(0, s.key.size(), s.key) == 0 &&
        key[s.key.size()] == ' ') {
      return true;
    }
  }
  return false;
}

size_t EndSectionStart(const std::vector<Para>& paras, const std::vector<uint32_t>& kept) {
  double total = 0.0;
  for (uint32_t k : kept) total += paras[k].words;
  // The topmost such heading whose section (to the end) holds less than 40% of the words.
  double below = 0.0;
  size_t cut = kept.size();
  for (size_t k = kept.size(); k-- > 0;) {
    below += paras[kept[k]].words;
    if (below >= 0.4 * total) break;
    if (IsEndSectionHeading(paras[kept[k]])) cut = k;
  }
  return cut;
}

bool IsNewsletterPitch(const Para& p) {
  if (p.words < 4 || p.words > 60) return false;
  // Cheap filter first (memmem): the word in lower or upper case.
  auto has = [&](std::string_view w) {
    return memmem(p.text.data(), p.text.size(), w.data(), w.size()) != nullptr;
  };
  if (!has("ewsletter") && !has("EWSLETTER") && !has("nbox") && !has("NBOX")) return false;
  const std::string padded = " " + CompareKey(p.text) + " ";
  if (!HasWord(padded, "newsletter") && !HasWord(padded, "newsletters") &&
      !HasWord(padded, "inbox")) {
    return false;
  }
  // The site's own newsletter ("our", "free weekly", "your inbox"), not advice to read some.
  bool own = false;
  for (std::string_view w : {"our", "my", "inbox", "free", "weekly", "daily", "fortnightly"}) {
    own = own || HasWord(padded, w);
  }
  if (!own) return false;
  for (std::string_view verb : {"sign up", "signup", "subscribe", "join", "delivered", "get"}) {
    if (HasWord(padded, verb)) return true;
  }
  return false;
}

}  // namespace claimtrace::web
