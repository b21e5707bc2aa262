// Container scoring over the block tree with prefix sums over paragraphs (an element's
// paragraphs are a contiguous range) and one reverse pass for the boilerplate-descendant
// totals, so scoring is linear in the page. Covered by src/web/main_text_test.cc.
#include "web/main_text.h"

#include <algorithm>
#include <cctype>
#include <unordered_set>

#include "core/date.h"
#include "web/edge_trim.h"
#include "web/hints.h"
#include "web/html_scan.h"
#include "web/text_util.h"

namespace claimtrace::web {
namespace {

constexpr uint32_t kBoilerish = kHintBoiler | kHintComment | kHintMeta | kHintHidden;
constexpr uint32_t kMetaLine = kHintByline | kHintDate | kHintCaption;

// Weight of a paragraph as evidence of article text, in words.
double GoodWords(const Para& p, bool placeholder) {
  if (placeholder) return 0.0;
  const double ld = p.link_density();
  if (ld >= 0.5) return 0.0;
  if (p.kind == ParaKind::kHeading) return 0.0;
  const bool sentence = p.punctuation > 0;
  if (p.words >= 10 || (p.words >= 5 && sentence)) return p.words * (1.0 - ld);
  return 0.0;
}

// A byline/dateline strip of an article header: "By Jane Doe | March 4, 2024 | 5 min read".
bool IsMetaLine(const Para& p) {
  if (p.words > 20 || p.kind == ParaKind::kHeading) return false;
  const std::string_view t = p.text;
  if (t.size() > 3 && (t.substr(0, 3) == "By " || t.substr(0, 3) == "BY ") &&
      ((t[3] >= 'A' && t[3] <= 'Z') || static_cast<unsigned char>(t[3]) >= 0x80)) {
    return true;
  }
  const std::string lower = CompareKey(t);
  if (lower.find("min read") != std::string::npos ||
      lower.find("minute read") != std::string::npos) {
    return true;
  }
  for (size_t i = 0; i < t.size(); ++i) {
    if (i > 0 && (std::isalnum(static_cast<unsigned char>(t[i - 1])) != 0)) continue;
    if (auto m = MatchDate(t, i); m && m->complete()) return true;
  }
  return false;
}

// A photo credit standing as its own line ("Photo credit: ©iStock.com/x", "Image: Reuters").
// Captions and credits are not article prose (they are dropped when marked up as captions too).
bool IsCreditLine(const Para& p) {
  if (p.words > 25) return false;
  static constexpr std::string_view kLabels[] = {
      "photo credit", "photo credits", "image credit", "image credits", "photo",
      "image",        "photograph",    "picture",      "credit",        "credits"};
  const std::string_view t = p.text;
  const size_t colon = t.find(':');
  if (colon == std::string_view::npos || colon > 16) return false;
  const std::string label = CompareKey(t.substr(0, colon));
  for (std::string_view l : kLabels) {
    if (label == l) return true;
  }
  return false;
}

// The label of an ad slot left in the text: "Advertisement", "Story continues below
// advertisement", "Advertisement. Scroll to continue reading." (`key`: CompareKey of the line)
bool IsAdLabel(std::string_view key) {
  static constexpr std::string_view kLabels[] = {
      "advertisement",
      "advertisements",
      "ad",
      "sponsored",
      "sponsored content",
      "advertisement scroll to continue reading",
      "scroll to continue reading",
      "story continues below",
      "story continues below advertisement",
      "article continues below",
      "article continues below advertisement",
      "article continues after advertisement",
      "continue reading below",
      "skip advertisement",
  };
  for (std::string_view l : kLabels) {
    if (key == l) return true;
  }
  return false;
}

// A share bar flattened into a line: "SMS Facebook Twitter Email", "Share Copy link" (`key`:
// CompareKey of the line).
bool IsShareBar(std::string_view key) {
  static constexpr std::string_view kWords[] = {
      "facebook",  "twitter",  "x",         "email",     "e",      "mail",   "sms",     "linkedin",
      "pinterest", "whatsapp", "reddit",    "print",     "share",  "copy",   "link",    "telegram",
      "threads",   "bluesky",  "flipboard", "messenger", "tumblr", "pocket", "mastodon"};
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string::npos) j = key.size();
    const std::string_view w(key.data() + i, j - i);
    bool known = false;
    for (std::string_view k : kWords) known = known || w == k;
    if (!known) return false;
    i = j + 1;
  }
  return !key.empty();
}

// Lines that are never article text wherever they stand: "5 min read", a list of URLs, a
// photo credit.
bool IsJunkLine(const Para& p) {
  if (IsCreditLine(p)) return true;
  const std::string_view t = p.text;
  if (p.words <= 12) {  // short lines: one comparison key for the label tests
    const std::string key = CompareKey(t);
    if (p.words <= 5 && (key.find("min read") != std::string::npos ||
                         key.find("minute read") != std::string::npos)) {
      return true;
    }
    if (p.words <= 6 && IsAdLabel(key)) return true;
    if (p.words >= 2 && p.words <= 10 && IsShareBar(key)) return true;
    // The status messages of a site form builder left in the page.
    if (key.find("went wrong while submitting the form") != std::string::npos ||
        key.find("your submission has been received") != std::string::npos ||
        key.find("your message has been received") != std::string::npos) {
      return true;
    }
  }
  // Mostly URLs.
  size_t url_bytes = 0;
  size_t pos = 0;
  while ((pos = t.find("http", pos)) != std::string_view::npos) {
    const size_t end = t.find_first_of(" \n", pos);
    const size_t len = (end == std::string_view::npos ? t.size() : end) - pos;
    if (t.substr(pos, len).find("://") != std::string_view::npos) url_bytes += len;
    pos += len;
  }
  return url_bytes * 10 >= t.size() * 6;
}

// Template placeholder text that a page left unfilled: dummy Latin ("Lorem ipsum dolor sit
// amet") or a bare bracketed template token ("[CTA_MODULE]", "{{author}}"). Never article text.
bool IsPlaceholderText(std::string_view t) {
  t = TrimAscii(t);
  if (t.size() >= 3 && t.size() <= 60) {
    const char open = t.front();
    const char close = t.back();
    if ((open == '[' && close == ']') || (open == '{' && close == '}')) {
      size_t upper = 0;
      bool token = true;
      for (char c : t.substr(1, t.size() - 2)) {
        if ((c >= 'A' && c <= 'Z') || c == '_') {
          upper += c != '_';
        } else if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '{' || c == '}' ||
                     c == '-' || c == '.' || c == ' ')) {
          token = false;
          break;
        }
      }
      // "[CTA_MODULE]" or "{{post.author}}", not "[1]" or "[Updated]".
      if (token && (upper >= 2 || (open == '{' && t.size() >= 4 && t[1] == '{'))) {
        return t.find('_') != std::string_view::npos || upper * 2 >= t.size() - 2 || open == '{';
      }
    }
  }
  const std::string_view head = t.substr(0, 200);
  return ContainsLower(head, "lorem") && CompareKey(head).find("lorem ipsum") != std::string::npos;
}

uint64_t Hash(std::string_view s) {
  uint64_t h = 1469598103934665603ull;
  for (char c : s) {
    h ^= static_cast<unsigned char>(c);
    h *= 1099511628211ull;
  }
  return h;
}

// Word 3-gram hashes of a comparison key.
void Shingles(std::string_view key, std::vector<uint64_t>* out) {
  out->clear();
  std::vector<std::string_view> words;
  size_t i = 0;
  while (i < key.size()) {
    size_t j = key.find(' ', i);
    if (j == std::string_view::npos) j = key.size();
    if (j > i) words.push_back(key.substr(i, j - i));
    i = j + 1;
  }
  if (words.size() < 3) {
    if (!words.empty()) out->push_back(Hash(key));
    return;
  }
  for (size_t k = 0; k + 3 <= words.size(); ++k) {
    const char* b = words[k].data();
    const char* e = words[k + 2].data() + words[k + 2].size();
    out->push_back(Hash(std::string_view(b, static_cast<size_t>(e - b))));
  }
}

}  // namespace

MainText SelectMainText(const BlockTree& tree, const MainTextOptions& options) {
  MainText result;
  const auto& elems = tree.elems;
  const auto& paras = tree.paras;
  if (elems.empty() || paras.empty()) return result;
  const size_t np = paras.size();
  const size_t ne = elems.size();

  // Agreement with the JSON-LD articleBody, per paragraph (fraction of its 3-grams found in the
  // body). The hint is used only when the page shows most of the body (coverage), so a stale
  // or unrelated articleBody cannot steer the choice.
  std::vector<double> in_body(np, 0.0);
  bool have_body = false;
  if (CountWords(options.article_body) >= 50) {
    std::vector<uint64_t> sh;
    Shingles(CompareKey(options.article_body), &sh);
    std::unordered_set<uint64_t> body(sh.begin(), sh.end());
    std::unordered_set<uint64_t> seen;
    for (size_t i = 0; i < np; ++i) {
      Shingles(CompareKey(paras[i].text), &sh);
      if (sh.empty()) continue;
      size_t hit = 0;
      for (uint64_t h : sh) {
        if (body.count(h)) {
          ++hit;
          seen.insert(h);
        }
      }
      in_body[i] = double(hit) / sh.size();
    }
    have_body = !body.empty() && double(seen.size()) >= 0.5 * double(body.size());
  }

  // Prefix sums of good words, link words and placeholder words.
  std::vector<char> placeholder(np, 0);
  for (size_t i = 0; i < np; ++i) placeholder[i] = IsPlaceholderText(paras[i].text);
  std::vector<double> good(np + 1, 0.0), links(np + 1, 0.0), bodyw(np + 1, 0.0), words(np + 1, 0.0),
      dummy(np + 1, 0.0);
  for (size_t i = 0; i < np; ++i) {
    const double g = GoodWords(paras[i], placeholder[i]);
    good[i + 1] = good[i] + g;
    words[i + 1] = words[i] + paras[i].words;
    links[i + 1] = links[i] + paras[i].link_words;
    bodyw[i + 1] = bodyw[i] + (in_body[i] >= 0.5 ? paras[i].words : 0.0);
    dummy[i + 1] = dummy[i] + (placeholder[i] ? paras[i].words : 0.0);
  }
  auto G = [&](const Elem& e) { return good[e.end_para] - good[e.first_para]; };
  auto L = [&](const Elem& e) { return links[e.end_para] - links[e.first_para]; };
  auto B = [&](const Elem& e) { return bodyw[e.end_para] - bodyw[e.first_para]; };
  auto W = [&](const Elem& e) { return words[e.end_para] - words[e.first_para]; };
  const double total_good = G(elems[0]);
  const double total_body = have_body ? B(elems[0]) : 0.0;

  // An element is boilerplate by its hints: always for noise hints (comments, share bars,
  // related lists, navigation, hidden), and for plain boilerplate hints ("widget", "ad") only
  // when its text is not mostly article-like paragraphs. Neither applies to an element that
  // holds most of the page's good text (a misleading wrapper class such as "has-sidebar").
  std::vector<char> boiler(ne, 0);
  for (size_t i = 0; i < ne; ++i) {
    const uint32_t h = elems[i].hints;
    if (!(h & kBoilerish) || (h & kHintStrongContent)) continue;
    const double g = G(elems[i]);
    if (g > 0.5 * total_good) continue;
    const bool strong = (h & (kHintNoise | kHintComment | kHintHidden)) != 0;
    const double w = W(elems[i]);
    if (strong || (g < 0.5 * w && (L(elems[i]) > 0.25 * w || w < 15))) boiler[i] = 1;
  }
  // Good words under boilerplate descendants (strictly inside), bottom-up.
  std::vector<double> neg(ne, 0.0);
  for (size_t i = ne; i-- > 1;) {
    const int32_t parent = elems[i].parent;
    if (parent < 0) continue;
    neg[static_cast<size_t>(parent)] += boiler[i] ? G(elems[i]) : neg[i];
  }

  // Choose the container. With a usable articleBody the choice is made twice: without the hint,
  // then with it if the body is long enough to be the whole article rather than an excerpt
  // (at least 40% of the words of the hint-free choice).
  const double body_words = have_body ? double(CountWords(options.article_body)) : 0.0;
  auto choose = [&](bool use_body, double* best_score) {
    double best = 0.0;
    int32_t best_i = -1;
    for (size_t i = 0; i < ne; ++i) {
      const Elem& e = elems[i];
      if (boiler[i]) continue;
      const double g = G(e);
      if (g <= 0.0) continue;
      double score = g - neg[i] - 0.5 * L(e);
      if (e.hints & kHintStrongContent) score += 0.1 * g;
      if (use_body) {
        // Reward covering the articleBody; text outside it costs more than it brings.
        const double b = B(e);
        score += 2.0 * b - 2.0 * (g - b);
      }
      if (score >= best) {
        best = score;
        best_i = static_cast<int32_t>(i);
      }
    }
    *best_score = best;
    return best_i;
  };
  double best = 0.0;
  int32_t best_i = choose(false, &best);
  if (have_body && total_body > 0 && best_i >= 0 &&
      body_words >= 0.4 * G(elems[static_cast<size_t>(best_i)])) {
    const int32_t with_body = choose(true, &best);
    if (with_body >= 0) best_i = with_body;
  }
  if (best_i < 0) return result;
  result.container = best_i;

  // Which elements inside the container are dropped, top-down.
  const Elem& c = elems[static_cast<size_t>(best_i)];
  std::vector<char> drop(ne, 0);
  for (int32_t i = best_i + 1; i < c.end; ++i) {
    const Elem& e = elems[static_cast<size_t>(i)];
    const size_t parent = static_cast<size_t>(e.parent);
    bool d = e.parent > best_i && drop[parent];
    if (boiler[static_cast<size_t>(i)] || (e.hints & kMetaLine)) d = true;
    // Link lists: lists, tables and boxes of several paragraphs that are mostly links.
    const uint32_t n = e.end_para - e.first_para;
    if (!d && n >= 3 && W(e) > 0 && L(e) / W(e) > 0.6) d = true;
    // Template blocks left unfilled: mostly placeholder text ("Lorem ipsum ...").
    if (!d && W(e) > 0 && (dummy[e.end_para] - dummy[e.first_para]) >= 0.5 * W(e)) d = true;
    drop[static_cast<size_t>(i)] = d;
  }

  const std::string title_key = CompareKey(options.title);
  bool in_header = true;  // before the first article-like paragraph
  std::vector<uint32_t> candidates;
  for (uint32_t k = c.first_para; k < c.end_para; ++k) {
    const Para& p = paras[k];
    if (p.elem > best_i && drop[static_cast<size_t>(p.elem)]) continue;
    if (p.link_density() > 0.6) continue;
    if (p.kind == ParaKind::kCaption) continue;
    if (p.kind == ParaKind::kHeading && !title_key.empty() && CompareKey(p.text) == title_key) {
      continue;
    }
    if (placeholder[k]) continue;
    candidates.push_back(k);  // what the learned filter sees (before the text rules)
    if (in_header && GoodWords(p, false) > 0 && p.words > 20) in_header = false;
    if (in_header && IsMetaLine(p)) continue;
    if (IsJunkLine(p) || IsNewsletterPitch(p)) continue;
    result.paras.push_back(k);
  }
  // Calls to action, author bios and notices that close the container (edge_trim.h).
  result.paras.resize(EndSectionStart(paras, result.paras));
  result.paras.resize(TrailingPromoStart(paras, result.paras));
  DropLeadingNotices(paras, &result.paras);
  // The learned filter (block_filter.h) last: it judges the container's paragraphs as they
  // were before the text rules (the distribution it was trained on) and drops from what the
  // rules left.
  if (options.filter != nullptr || options.observer != nullptr) {
    const BlockContext ctx{.tree = &tree,
                           .container = best_i,
                           .kept = &candidates,
                           .in_body = have_body ? &in_body : nullptr};
    if (options.observer != nullptr) options.observer->OnKept(ctx, result.paras);
    if (options.filter != nullptr) ApplyBlockFilter(ctx, *options.filter, &result.paras);
  }
  for (uint32_t k : result.paras) {
    if (!result.text.empty()) result.text.append("\n\n");
    result.text.append(paras[k].text);
    result.words += paras[k].words;
  }
  return result;
}

std::optional<std::string> ArticleBodyFallback(const MainText& selected, std::string_view body) {
  const size_t body_words = CountWords(body);
  if (body_words < 80 || double(selected.words) >= 0.5 * double(body_words)) return std::nullopt;
  // Markup inside the body ("<p>...") would need its own parse: leave such pages alone.
  for (size_t i = body.find('<'); i != std::string_view::npos; i = body.find('<', i + 1)) {
    if (i + 1 < body.size() &&
        (std::isalpha(static_cast<unsigned char>(body[i + 1])) != 0 || body[i + 1] == '/')) {
      return std::nullopt;
    }
  }
  std::string text;
  size_t pos = 0;
  while (pos <= body.size()) {
    size_t end = body.find('\n', pos);
    if (end == std::string_view::npos) end = body.size();
    const std::string line = CollapseWhitespace(body.substr(pos, end - pos));
    if (!line.empty() && !IsPlaceholderText(line)) {
      if (!text.empty()) text.append("\n\n");
      text.append(line);
    }
    pos = end + 1;
  }
  if (text.empty()) return std::nullopt;
  return text;
}

}  // namespace claimtrace::web
