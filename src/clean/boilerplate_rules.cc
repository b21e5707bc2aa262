// Boilerplate rules: a table of word patterns ("*" = 1-8 words, "**" = 1-80 words, "#" = a
// number) matched by a small backtracking glob over the paragraph's key words, then label-colon
// rules on the raw text ("READ MORE: ...", "Photo: ..."), a share-button list, an agency photo
// credit shape, bylines and date lines (core/dateline.h). The fast path looks up candidate
// patterns by first word; src/clean/boilerplate_rules_test.cc checks it against the simple
// in-order scan on every table pattern plus random word salads.
#include "clean/boilerplate_rules.h"

#include <algorithm>
#include <array>
#include <unordered_map>

#include "core/dateline.h"
#include "core/utf8.h"

namespace claimtrace {
namespace {

enum class Place : uint8_t { kAnywhere, kHead, kTail, kHeadOrTail };

struct Rule {
  std::string_view pattern;
  std::string_view rule;
  Place place = Place::kAnywhere;
  // For open-ended patterns that could also start a sentence ("Read more books, he said."):
  // the paragraph must not end like a sentence.
  bool not_a_sentence = false;
};

constexpr bool kNotSentence = true;

constexpr std::string_view kComment = "comment_prompt";
constexpr std::string_view kReview = "review_prompt";
constexpr std::string_view kSubscribe = "subscribe_prompt";
constexpr std::string_view kShare = "share_prompt";
constexpr std::string_view kAd = "advertisement";
constexpr std::string_view kReadMore = "read_more";
constexpr std::string_view kSource = "source_footer";
constexpr std::string_view kCredit = "photo_credit";
constexpr std::string_view kByline = "byline";
constexpr std::string_view kDateline = "dateline";

// clang-format off
constexpr Rule kRules[] = {
    // Comment sections.
    {"leave a comment", kComment}, {"leave a comment *", kComment, Place::kAnywhere, kNotSentence},
    {"leave a reply", kComment}, {"leave a reply *", kComment, Place::kAnywhere, kNotSentence}, {"cancel reply", kComment},
    {"reply", kComment}, {"post a comment", kComment}, {"post comment", kComment},
    {"post your comment", kComment}, {"add a comment", kComment}, {"add comment", kComment},
    {"add your comment", kComment}, {"write a comment", kComment}, {"no comments", kComment},
    {"no comments yet", kComment}, {"comments", kComment}, {"comment", kComment},
    {"# comments", kComment}, {"# comment", kComment}, {"comments #", kComment},
    {"view comments", kComment}, {"view # comments", kComment}, {"show comments", kComment},
    {"hide comments", kComment}, {"view all comments", kComment},
    {"view all # comments", kComment}, {"load comments", kComment},
    {"load more comments", kComment}, {"read comments", kComment}, {"see comments", kComment},
    {"see all comments", kComment}, {"join the conversation", kComment},
    {"join the discussion", kComment}, {"comment on this article", kComment},
    {"comment on this story", kComment}, {"be the first to comment", kComment},
    {"be the first to comment on this article", kComment}, {"comments are closed", kComment},
    {"comments are closed *", kComment, Place::kAnywhere, kNotSentence}, {"commenting has been disabled *", kComment},
    {"you must be logged in to post a comment", kComment}, {"log in to comment", kComment},
    {"sign in to comment", kComment}, {"login to comment", kComment},
    {"only a member of this blog may post a comment", kComment},
    {"note only a member of this blog may post a comment", kComment},
    {"have your say", kComment},
    {"let us know in the comments", kComment}, {"let us know what you think *", kComment},
    {"let us know your thoughts *", kComment}, {"tell us in the comments *", kComment},
    {"share your thoughts in the comments *", kComment}, {"click here to comment", kComment},
    {"click to comment", kComment}, {"comment now", kComment},
    // Reviews and ratings.
    {"leave a review", kReview}, {"write a review", kReview}, {"leave a rating", kReview},
    {"submit a review", kReview}, {"rate this article", kReview}, {"rate this story", kReview},
    {"rate this post", kReview}, {"rate this", kReview}, {"rate it", kReview},
    {"submit rating", kReview}, {"was this article helpful", kReview},
    {"was this helpful", kReview}, {"was this page helpful", kReview},
    {"did you find this article helpful", kReview}, {"did you find this helpful", kReview},
    {"how useful was this post", kReview}, {"click on a star to rate it", kReview},
    {"average rating *", kReview}, {"no votes so far *", kReview},
    {"be the first to rate this post", kReview}, {"leave feedback", kReview},
    {"give feedback", kReview}, {"send us feedback", kReview},
    // Subscriptions, paywalls, newsletters, accounts.
    {"subscribe", kSubscribe}, {"subscribe now", kSubscribe}, {"subscribe today", kSubscribe},
    {"subscribe here", kSubscribe}, {"subscribe now to keep reading *", kSubscribe},
    {"subscribe to keep reading *", kSubscribe}, {"subscribe to continue reading *", kSubscribe},
    {"subscribe to read *", kSubscribe}, {"subscribe to unlock *", kSubscribe},
    {"subscribe to *", kSubscribe, Place::kAnywhere, kNotSentence}, {"subscribe for *", kSubscribe, Place::kAnywhere, kNotSentence},
    {"discover more from *", kSubscribe}, {"continue reading", kSubscribe},
    {"continue reading *", kSubscribe, Place::kAnywhere, kNotSentence}, {"keep reading", kSubscribe}, {"sign up", kSubscribe},
    {"sign up now", kSubscribe}, {"sign up for *", kSubscribe, Place::kAnywhere, kNotSentence}, {"sign up to *", kSubscribe, Place::kAnywhere, kNotSentence},
    {"get our newsletter", kSubscribe}, {"get the * newsletter", kSubscribe},
    {"join our newsletter", kSubscribe}, {"join our mailing list", kSubscribe},
    {"newsletter sign up", kSubscribe}, {"newsletter signup", kSubscribe},
    {"newsletter", kSubscribe}, {"already a subscriber *", kSubscribe},
    {"already have an account *", kSubscribe}, {"log in", kSubscribe}, {"sign in", kSubscribe},
    {"login", kSubscribe}, {"register", kSubscribe}, {"register now", kSubscribe},
    {"create an account", kSubscribe}, {"create a free account *", kSubscribe},
    {"type your email", kSubscribe}, {"enter your email", kSubscribe},
    {"enter your email address", kSubscribe}, {"your email address", kSubscribe},
    {"email address", kSubscribe}, {"this article is for subscribers only", kSubscribe},
    {"this content is for subscribers only", kSubscribe},
    {"this article is only available to subscribers", kSubscribe},
    {"to continue reading *", kSubscribe, Place::kAnywhere, kNotSentence}, {"register to continue reading", kSubscribe},
    {"log in to continue reading", kSubscribe}, {"sign in to continue reading", kSubscribe},
    {"support our journalism", kSubscribe}, {"support independent journalism", kSubscribe},
    {"support us", kSubscribe}, {"donate", kSubscribe}, {"donate now", kSubscribe},
    {"become a member", kSubscribe}, {"become a subscriber", kSubscribe},
    {"become a patron", kSubscribe}, {"get unlimited access *", kSubscribe},
    {"unlock this article", kSubscribe}, {"unlock full access *", kSubscribe},
    {"you have reached your limit of free articles *", kSubscribe},
    {"you've reached your limit of free articles *", kSubscribe},
    {"you have # free articles remaining *", kSubscribe}, {"start your free trial", kSubscribe},
    {"start free trial", kSubscribe}, {"try it free", kSubscribe},
    {"download our app", kSubscribe}, {"download the app", kSubscribe},
    {"get the app", kSubscribe},
    // Sharing.
    {"share", kShare}, {"share this", kShare}, {"share this article", kShare},
    {"share this story", kShare}, {"share this post", kShare}, {"share this page", kShare},
    {"share article", kShare}, {"share story", kShare}, {"share the story", kShare},
    {"share full article", kShare}, {"tweet this", kShare}, {"tweet", kShare}, {"email this", kShare},
    {"email this article", kShare}, {"email to a friend", kShare}, {"print", kShare},
    {"print this", kShare}, {"print this article", kShare}, {"print this page", kShare},
    {"copy link", kShare}, {"copy the link", kShare}, {"link copied", kShare},
    {"copied", kShare}, {"click to share on *", kShare}, {"click to email *", kShare},
    {"click to print *", kShare}, {"like this", kShare}, {"like loading", kShare},
    {"follow us", kShare}, {"follow us on *", kShare, Place::kAnywhere, kNotSentence},
    // Advertising.
    {"advertisement", kAd}, {"advertisements", kAd}, {"advert", kAd}, {"ad", kAd},
    {"ads", kAd}, {"sponsored", kAd}, {"sponsored content", kAd},
    {"paid content", kAd}, {"paid post", kAd}, {"promoted", kAd}, {"promoted content", kAd},
    {"partner content", kAd}, {"story continues below advertisement", kAd},
    {"story continues below", kAd}, {"article continues below", kAd},
    {"article continues below advertisement", kAd},
    {"article continues after advertisement", kAd}, {"continue reading below", kAd},
    {"continue reading below advertisement", kAd}, {"scroll to continue with content", kAd},
    {"scroll down to continue", kAd}, {"scroll to continue", kAd},
    {"skip advertisement", kAd}, {"ad feedback", kAd}, {"report this ad", kAd},
    {"remove ads", kAd}, {"advertise with us", kAd},
    // "Read more" teasers without a colon.
    {"read more", kReadMore}, {"read more *", kReadMore, Place::kAnywhere, kNotSentence}, {"click here to read more", kReadMore},
    {"click here for more", kReadMore}, {"more on this story", kReadMore},
    {"find out more", kReadMore}, {"learn more", kReadMore}, {"see more", kReadMore},
    {"show more", kReadMore}, {"load more", kReadMore}, {"view more", kReadMore},
    // Source links at the end.
    {"source link", kSource, Place::kTail}, {"source", kSource, Place::kTail},
    {"read full article", kSource, Place::kTail},
    {"read the full article", kSource, Place::kTail},
    {"read the full story", kSource, Place::kTail}, {"read full story", kSource, Place::kTail},
    {"read the original article", kSource, Place::kTail},
    {"read original article", kSource, Place::kTail},
    {"view original article", kSource, Place::kTail},
    {"view the original article", kSource, Place::kTail},
    {"originally published *", kSource, Place::kTail, kNotSentence},
    {"this article originally appeared *", kSource, Place::kTail},
    {"this article was originally published *", kSource, Place::kTail},
    {"this story originally appeared *", kSource, Place::kTail},
    {"this story was originally published *", kSource, Place::kTail},
    {"this article first appeared *", kSource, Place::kTail},
    {"this story first appeared *", kSource, Place::kTail},
    {"this post first appeared *", kSource, Place::kTail},
    {"this article was first published *", kSource, Place::kTail},
    {"the post ** appeared first on *", kSource, Place::kTail},
};
// clang-format on

struct LabelRule {
  std::string_view label;  // lower case, as before the colon
  std::string_view rule;
  Place place;
  int max_words;  // words allowed after the colon (at least one is required)
};

// clang-format off
constexpr LabelRule kLabelRules[] = {
    {"read more", kReadMore, Place::kAnywhere, 80}, {"related", kReadMore, Place::kAnywhere, 80},
    {"see also", kReadMore, Place::kAnywhere, 80}, {"also read", kReadMore, Place::kAnywhere, 80},
    {"read also", kReadMore, Place::kAnywhere, 80}, {"also see", kReadMore, Place::kAnywhere, 80},
    {"more", kReadMore, Place::kAnywhere, 80},
    {"related article", kReadMore, Place::kAnywhere, 80},
    {"related articles", kReadMore, Place::kAnywhere, 80},
    {"related story", kReadMore, Place::kAnywhere, 80},
    {"related stories", kReadMore, Place::kAnywhere, 80},
    {"related content", kReadMore, Place::kAnywhere, 80},
    {"related coverage", kReadMore, Place::kAnywhere, 80},
    {"recommended", kReadMore, Place::kAnywhere, 80}, {"must read", kReadMore, Place::kAnywhere, 80},
    {"don't miss", kReadMore, Place::kAnywhere, 80}, {"watch", kReadMore, Place::kAnywhere, 80},
    {"listen", kReadMore, Place::kAnywhere, 80}, {"click here", kReadMore, Place::kAnywhere, 80},
    {"trending", kReadMore, Place::kAnywhere, 80},
    {"more on this story", kReadMore, Place::kAnywhere, 80},
    {"next article", kReadMore, Place::kAnywhere, 80},
    {"previous article", kReadMore, Place::kAnywhere, 80},
    {"next story", kReadMore, Place::kAnywhere, 80}, {"up next", kReadMore, Place::kAnywhere, 80},
    {"read next", kReadMore, Place::kAnywhere, 80}, {"most read", kReadMore, Place::kAnywhere, 80},
    {"source", kSource, Place::kTail, 12}, {"sources", kSource, Place::kTail, 12},
    {"via", kSource, Place::kTail, 12}, {"source link", kSource, Place::kTail, 12},
    {"original source", kSource, Place::kTail, 12}, {"h/t", kSource, Place::kTail, 12},
    {"hat tip", kSource, Place::kTail, 12},
    {"photo", kCredit, Place::kAnywhere, 25}, {"photos", kCredit, Place::kAnywhere, 25},
    {"photograph", kCredit, Place::kAnywhere, 25}, {"photographs", kCredit, Place::kAnywhere, 25},
    {"photography", kCredit, Place::kAnywhere, 25}, {"image", kCredit, Place::kAnywhere, 25},
    {"images", kCredit, Place::kAnywhere, 25}, {"picture", kCredit, Place::kAnywhere, 25},
    {"pictures", kCredit, Place::kAnywhere, 25}, {"pic", kCredit, Place::kAnywhere, 25},
    {"pics", kCredit, Place::kAnywhere, 25}, {"credit", kCredit, Place::kAnywhere, 25},
    {"credits", kCredit, Place::kAnywhere, 25}, {"photo credit", kCredit, Place::kAnywhere, 25},
    {"photo credits", kCredit, Place::kAnywhere, 25},
    {"image credit", kCredit, Place::kAnywhere, 25},
    {"image source", kCredit, Place::kAnywhere, 25}, {"main image", kCredit, Place::kAnywhere, 25},
    {"top image", kCredit, Place::kAnywhere, 25}, {"featured image", kCredit, Place::kAnywhere, 25},
    {"header image", kCredit, Place::kAnywhere, 25}, {"cover image", kCredit, Place::kAnywhere, 25},
    {"lead image", kCredit, Place::kAnywhere, 25}, {"illustration", kCredit, Place::kAnywhere, 25},
};
// clang-format on

constexpr std::string_view kCreditMarkers[] = {
    "getty images", "ap photo", "afp photo",   "reuters/",   "/reuters",      "/afp",
    "/ap)",         "/ap ",     "/epa",        "epa-efe",    "shutterstock",  "alamy",
    "/pa ",         "/pa)",     "pa wire",     "pa images",  "rex features",  "anadolu",
    "/sipa",        "sipa usa", "xinhua",      "/tass",      "tass/",         "/dpa",
    "dpa/",         "nurphoto", "sopa images", "zuma press", "/bloomberg",    "bloomberg via",
    "via reuters",  "via ap",   "via afp",     "photo by",   "photograph by", "photographed by",
    "courtesy of",  "\xC2\xA9", "(c) ",        "/ap photo",  "/getty",        "/associated press"};

constexpr std::string_view kCreditLowerWords[] = {
    "via",    "by",           "for",        "of",      "and",      "the",   "photo",   "photos",
    "images", "image",        "courtesy",   "de",      "van",      "von",   "al",      "der",
    "la",     "le",           "da",         "di",      "du",       "file",  "handout", "pool",
    "staff",  "photographer", "photograph", "picture", "pictures", "getty", "afp",     "ap"};

constexpr std::string_view kSocial[] = {
    "facebook",  "twitter",   "x",         "linkedin", "whatsapp", "reddit",   "telegram",
    "pinterest", "messenger", "flipboard", "pocket",   "tumblr",   "viber",    "vk",
    "instagram", "youtube",   "tiktok",    "threads",  "bluesky",  "mastodon", "email",
    "e-mail",    "mail",      "sms",       "print",    "copy",     "link",     "share",
    "tweet",     "comments",  "comment",   "whatsapp", "snapchat"};

constexpr std::string_view kNetworks[] = {
    "facebook",  "twitter",   "linkedin",  "whatsapp", "reddit",   "telegram",
    "pinterest", "messenger", "flipboard", "tumblr",   "viber",    "vk",
    "instagram", "youtube",   "tiktok",    "bluesky",  "mastodon", "snapchat"};

template <typename Range>
bool In(const Range& r, std::string_view w) {
  return std::find(std::begin(r), std::end(r), w) != std::end(r);
}

bool PlaceOk(Place place, ParagraphPosition pos) {
  switch (place) {
    case Place::kAnywhere:
      return true;
    case Place::kHead:
      return pos.head;
    case Place::kTail:
      return pos.tail;
    case Place::kHeadOrTail:
      return pos.head || pos.tail;
  }
  return false;
}

// True for a code point that is punctuation or a symbol, stripped from word edges.
bool IsEdgeSymbol(char32_t cp) {
  if (cp < 0x80) {
    return (cp >= 0x21 && cp <= 0x2F) || (cp >= 0x3A && cp <= 0x40) || (cp >= 0x5B && cp <= 0x60) ||
           (cp >= 0x7B && cp <= 0x7E);
  }
  return (cp >= 0xA1 && cp <= 0xBF) || cp == 0xD7 || (cp >= 0x2010 && cp <= 0x205E) ||
         (cp >= 0x2190 && cp <= 0x21FF) || (cp >= 0x2300 && cp <= 0x23FF) ||
         (cp >= 0x2500 && cp <= 0x27BF) || (cp >= 0x2B00 && cp <= 0x2BFF) ||
         (cp >= 0x1F300 && cp <= 0x1FAFF) || cp == 0xFE0F;
}

bool AsciiOnly(std::string_view s) {
  for (char c : s) {
    if (static_cast<unsigned char>(c) >= 0x80) return false;
  }
  return true;
}

size_t WordCount(std::string_view s) {
  size_t n = 0;
  bool in = false;
  for (char c : s) {
    const bool space = c == ' ';
    if (!space && !in) ++n;
    in = !space;
  }
  return n;
}

bool IsNumberWord(std::string_view w) {
  if (w.empty() || w[0] < '0' || w[0] > '9') return false;
  for (size_t i = 0; i < w.size(); ++i) {
    const char c = w[i];
    const bool digit = c >= '0' && c <= '9';
    const bool sep = (c == ',' || c == '.') && i + 1 < w.size();
    const bool suffix = (c == 'k' || c == 'm') && i + 1 == w.size();
    if (!digit && !sep && !suffix) return false;
  }
  return true;
}

std::vector<std::string_view> SplitPattern(std::string_view p) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < p.size()) {
    size_t j = p.find(' ', i);
    if (j == std::string_view::npos) j = p.size();
    out.push_back(p.substr(i, j - i));
    i = j + 1;
  }
  return out;
}

bool Glob(const std::string_view* pat, size_t np, const std::string* words, size_t nw) {
  if (np == 0) return nw == 0;
  const std::string_view t = pat[0];
  if (t == "*" || t == "**") {
    const size_t max = t == "*" ? 8 : 80;
    for (size_t k = 1; k <= std::min(max, nw); ++k) {
      if (Glob(pat + 1, np - 1, words + k, nw - k)) return true;
    }
    return false;
  }
  if (nw == 0) return false;
  if (t == "#") return IsNumberWord(words[0]) && Glob(pat + 1, np - 1, words + 1, nw - 1);
  return words[0] == t && Glob(pat + 1, np - 1, words + 1, nw - 1);
}

bool EndsLikeSentence(std::string_view p) {
  while (!p.empty() &&
         (p.back() == '"' || p.back() == '\'' || p.back() == ')' || p.back() == ' ')) {
    p.remove_suffix(1);
  }
  if (p.size() >= 3 &&
      (p.substr(p.size() - 3) == "\xE2\x80\x9D" || p.substr(p.size() - 3) == "\xE2\x80\x99")) {
    p.remove_suffix(3);
  }
  return !p.empty() && (p.back() == '.' || p.back() == '!' || p.back() == '?');
}

bool RuleMatches(const Rule& r, const std::vector<std::string>& words) {
  static thread_local std::vector<std::string_view> pat;
  pat = SplitPattern(r.pattern);
  return Glob(pat.data(), pat.size(), words.data(), words.size());
}

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "READ MORE: ..." -> the label rule, if any.
std::optional<BoilerplateMatch> MatchLabelColon(std::string_view p, ParagraphPosition pos) {
  const size_t colon = p.find(':');
  if (colon == std::string_view::npos || colon == 0 || colon > 40) return std::nullopt;
  const std::string label = Lower(p.substr(0, colon));
  if (label.back() == ' ') return std::nullopt;
  const char first = p[0];
  if (!(first >= 'A' && first <= 'Z')) return std::nullopt;  // "Read more:", "READ MORE:"
  const size_t after = WordCount(p.substr(colon + 1));
  if (after == 0) return std::nullopt;
  for (const LabelRule& r : kLabelRules) {
    if (label == r.label && PlaceOk(r.place, pos) && after <= static_cast<size_t>(r.max_words)) {
      return BoilerplateMatch{r.rule};
    }
  }
  return std::nullopt;
}

bool IsSocialList(const std::vector<std::string>& words) {
  if (words.empty() || words.size() > 12) return false;
  bool network = false;
  size_t first = 0;
  // "Share on Facebook", "Share via WhatsApp", "Follow us on Instagram"
  if (words.size() >= 3 && words[0] == "share" &&
      (words[1] == "on" || words[1] == "via" || words[1] == "to" || words[1] == "with")) {
    first = 2;
  }
  for (size_t i = first; i < words.size(); ++i) {
    const std::string& w = words[i];
    if (!In(kSocial, w)) return false;
    network = network || In(kNetworks, w) || (first == 2 && w == "x");
  }
  return network;
}

bool IsAgencyCredit(std::string_view p) {
  if (WordCount(p) > 12 || p.empty()) return false;
  const char last = p.back();
  if (last == '.' || last == '!' || last == '?' || last == ',' || last == ':') return false;
  const std::string lower = Lower(p);
  bool marker = false;
  for (std::string_view m : kCreditMarkers) {
    if (lower.find(m) != std::string::npos) {
      marker = true;
      break;
    }
  }
  if (!marker) return false;
  // Credits are names: every word starting with a lower-case letter must be a credit word.
  size_t i = 0;
  while (i < p.size()) {
    while (i < p.size() && (p[i] == ' ' || p[i] == '(' || p[i] == '/')) ++i;
    size_t j = i;
    while (j < p.size() && p[j] != ' ' && p[j] != '/') ++j;
    if (j > i && p[i] >= 'a' && p[i] <= 'z') {
      std::string w = Lower(p.substr(i, j - i));
      while (!w.empty() && (w.back() == ')' || w.back() == ',')) w.pop_back();
      if (!In(kCreditLowerWords, w)) return false;
    }
    i = j;
  }
  return true;
}

// The checks after the pattern table, shared by both implementations.
std::optional<BoilerplateMatch> MatchRest(std::string_view p, const std::vector<std::string>& words,
                                          ParagraphPosition pos) {
  if (std::optional<BoilerplateMatch> m = MatchLabelColon(p, pos)) return m;
  if (IsSocialList(words)) return BoilerplateMatch{kShare};
  if (IsAgencyCredit(p)) return BoilerplateMatch{kCredit};
  if (pos.head) {
    if (std::optional<Byline> b = ParseByline(p)) return BoilerplateMatch{kByline};
  }
  // A publication date line carries its year; "Tuesday, 1 March" alone is more often the date
  // of an event (a fixture, a meeting) and stays.
  if (pos.head || pos.tail) {
    if (std::optional<Dateline> d = ParseDateLine(p); d && d->date)
      return BoilerplateMatch{kDateline};
  }
  return std::nullopt;
}

struct Index {
  std::unordered_map<std::string_view, std::vector<size_t>> by_first;
  std::vector<size_t> wildcard_first;
  std::vector<std::vector<std::string_view>> patterns;
};

const Index& GetIndex() {
  static const Index* index = [] {
    auto* idx = new Index();
    for (size_t i = 0; i < std::size(kRules); ++i) {
      idx->patterns.push_back(SplitPattern(kRules[i].pattern));
      const std::string_view first = idx->patterns.back().front();
      if (first == "*" || first == "**" || first == "#") {
        idx->wildcard_first.push_back(i);
      } else {
        idx->by_first[first].push_back(i);
      }
    }
    return idx;
  }();
  return *index;
}

// True when `p` has more than `n` words; stops counting there.
bool MoreWordsThan(std::string_view p, size_t n) {
  size_t words = 0;
  bool in = false;
  for (char c : p) {
    const bool space = c == ' ';
    if (!space && !in && ++words > n) return true;
    in = !space;
  }
  return false;
}

// Only these checks can match a paragraph of more than 24 words: a "Label: ..." teaser or
// credit, and the long-tailed "The post ... appeared first on ..." footer. Paragraphs of
// ordinary article length are thus rejected without being tokenised. Nothing over 80 words
// is ever boilerplate.
bool CannotMatch(std::string_view p) {
  if (p.empty() || p.size() > 80 * 40) return true;
  if (p.size() < 48 || !MoreWordsThan(p, 24)) return false;
  const bool label = p.substr(0, 41).find(':') != std::string_view::npos;
  const bool wordpress = p.substr(0, 9) == "The post " || p.substr(0, 9) == "the post ";
  return !(label || wordpress) || MoreWordsThan(p, 80);
}

}  // namespace

std::vector<std::string> KeyWords(std::string_view p) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < p.size()) {
    while (i < p.size() && p[i] == ' ') ++i;
    size_t j = i;
    while (j < p.size() && p[j] != ' ') ++j;
    if (j == i) break;
    std::string_view raw = p.substr(i, j - i);
    i = j;
    if (AsciiOnly(raw)) {
      size_t b = 0, e = raw.size();
      while (b < e && IsEdgeSymbol(static_cast<unsigned char>(raw[b]))) ++b;
      while (e > b && IsEdgeSymbol(static_cast<unsigned char>(raw[e - 1]))) --e;
      if (b == e) continue;
      words.push_back(Lower(raw.substr(b, e - b)));
      continue;
    }
    // Decode, straighten apostrophes, lower-case ASCII, strip edge symbols.
    std::u32string cps;
    for (size_t k = 0; k < raw.size();) {
      char32_t cp = DecodeUtf8(raw, &k);
      if (cp == 0x2019 || cp == 0x2018) cp = '\'';
      if (cp >= 'A' && cp <= 'Z') cp = cp - 'A' + 'a';
      cps.push_back(cp);
    }
    size_t b = 0, e = cps.size();
    while (b < e && IsEdgeSymbol(cps[b])) ++b;
    while (e > b && IsEdgeSymbol(cps[e - 1])) --e;
    if (b == e) continue;
    std::string w;
    for (size_t k = b; k < e; ++k) AppendUtf8(cps[k], &w);
    words.push_back(std::move(w));
  }
  return words;
}

std::optional<BoilerplateMatch> MatchBoilerplateSimple(std::string_view p, ParagraphPosition pos) {
  if (CannotMatch(p)) return std::nullopt;
  const std::vector<std::string> words = KeyWords(p);
  if (!words.empty()) {
    for (const Rule& r : kRules) {
      if (PlaceOk(r.place, pos) && !(r.not_a_sentence && EndsLikeSentence(p)) &&
          RuleMatches(r, words)) {
        return BoilerplateMatch{r.rule};
      }
    }
  }
  return MatchRest(p, words, pos);
}

std::optional<BoilerplateMatch> MatchBoilerplate(std::string_view p, ParagraphPosition pos) {
  if (CannotMatch(p)) return std::nullopt;
  const std::vector<std::string> words = KeyWords(p);
  if (!words.empty()) {
    const Index& idx = GetIndex();
    const bool sentence = EndsLikeSentence(p);
    size_t best = std::size(kRules);
    auto consider = [&](size_t i) {
      if (i >= best) return;
      const Rule& r = kRules[i];
      const std::vector<std::string_view>& pat = idx.patterns[i];
      if (PlaceOk(r.place, pos) && !(r.not_a_sentence && sentence) &&
          Glob(pat.data(), pat.size(), words.data(), words.size())) {
        best = i;
      }
    };
    if (auto it = idx.by_first.find(words[0]); it != idx.by_first.end()) {
      for (size_t i : it->second) consider(i);
    }
    for (size_t i : idx.wildcard_first) consider(i);
    if (best < std::size(kRules)) return BoilerplateMatch{kRules[best].rule};
  }
  return MatchRest(p, words, pos);
}

bool IsStandaloneLine(std::string_view line) {
  return MatchBoilerplate(line, {.head = true, .tail = true}).has_value();
}

TeaserLabel MatchTeaserLabel(std::string_view p) {
  if (p.empty() || p.size() > 60 || WordCount(p) > 6) return TeaserLabel::kNone;
  const char last = p.back();
  if (last == '.' || last == ',' || last == ';' || last == '!') return TeaserLabel::kNone;
  const std::vector<std::string> words = KeyWords(p);
  if (words.empty()) return TeaserLabel::kNone;
  static constexpr std::string_view kStrong[] = {"related",
                                                 "related articles",
                                                 "related stories",
                                                 "related news",
                                                 "related content",
                                                 "related coverage",
                                                 "related topics",
                                                 "related posts",
                                                 "related links",
                                                 "related reading",
                                                 "more from *",
                                                 "more on *",
                                                 "more in *",
                                                 "more stories",
                                                 "more news",
                                                 "more articles",
                                                 "more headlines",
                                                 "more top stories",
                                                 "most read",
                                                 "most popular",
                                                 "most viewed",
                                                 "most shared",
                                                 "most commented",
                                                 "most read in *",
                                                 "popular",
                                                 "popular now",
                                                 "popular stories",
                                                 "popular articles",
                                                 "trending",
                                                 "trending now",
                                                 "trending stories",
                                                 "top stories",
                                                 "top headlines",
                                                 "latest",
                                                 "latest news",
                                                 "latest stories",
                                                 "latest articles",
                                                 "latest headlines",
                                                 "recommended",
                                                 "recommended for you",
                                                 "recommended stories",
                                                 "recommended reading",
                                                 "you may also like",
                                                 "you might also like",
                                                 "you may be interested in",
                                                 "you might be interested in",
                                                 "you may have missed",
                                                 "read next",
                                                 "what to read next",
                                                 "up next",
                                                 "editor's picks",
                                                 "editors picks",
                                                 "editors' picks",
                                                 "don't miss",
                                                 "also on *",
                                                 "also in *",
                                                 "around the web",
                                                 "from around the web",
                                                 "sponsored stories",
                                                 "further reading",
                                                 "other news",
                                                 "in other news",
                                                 "elsewhere",
                                                 "elsewhere on *",
                                                 "today's top stories",
                                                 "explore more",
                                                 "see also",
                                                 "read more",
                                                 "also read",
                                                 "read also",
                                                 "more",
                                                 "stories you may like",
                                                 "in case you missed it",
                                                 "icymi",
                                                 "more stories from *",
                                                 "more like this"};
  static const std::vector<std::vector<std::string_view>>* strong = [] {
    auto* out = new std::vector<std::vector<std::string_view>>();
    for (std::string_view pattern : kStrong) out->push_back(SplitPattern(pattern));
    return out;
  }();
  for (const std::vector<std::string_view>& pat : *strong) {
    if (Glob(pat.data(), pat.size(), words.data(), words.size())) return TeaserLabel::kStrong;
  }
  // "In World", "In Other News": "In" and one to three capitalised words, nothing else.
  if (p.substr(0, 3) == "In " && words.size() >= 2 && words.size() <= 4) {
    size_t i = 3;
    while (i < p.size()) {
      if (!((p[i] >= 'A' && p[i] <= 'Z') || static_cast<unsigned char>(p[i]) >= 0x80)) {
        return TeaserLabel::kNone;
      }
      const size_t sp = p.find(' ', i);
      const std::string_view w = p.substr(i, sp == std::string_view::npos ? p.npos : sp - i);
      for (char c : w) {
        if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '&' || c == '\'' ||
              c == '-' || static_cast<unsigned char>(c) >= 0x80)) {
          return TeaserLabel::kNone;
        }
      }
      if (sp == std::string_view::npos) break;
      i = sp + 1;
    }
    return TeaserLabel::kWeak;
  }
  return TeaserLabel::kNone;
}

bool IsSeparatorParagraph(std::string_view p) {
  if (p.empty() || p.size() > 12) return false;
  for (size_t i = 0; i < p.size();) {
    const char32_t cp = DecodeUtf8(p, &i);
    if (cp == ' ') continue;
    if (!IsEdgeSymbol(cp)) return false;
  }
  return true;
}

}  // namespace claimtrace
