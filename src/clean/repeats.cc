// Repeats: a hash set of earlier paragraph texts for verbatim repeats; for captions, the
// article's sentences are split once and, when a caption sentence first needs it, reduced to
// lower-cased word lists with 64-bit word signatures; each caption sentence is compared
// against them with a length filter, a signature bound, a shared-word prefilter and then a
// word-level LCS. MarkRepeatsSimple does the same without the laziness and the signatures. Covered
// by src/clean/repeats_test.cc (including the fast/simple differential test) and golden cases
// tests/golden/clean/repeat_*.
#include "clean/repeats.h"

#include <algorithm>
#include <cstdint>
#include <string>
#include <unordered_set>

#include "clean/text_features.h"

namespace claimtrace {
namespace {

constexpr std::string_view kVerbatim = "verbatim_repeat";
constexpr std::string_view kCaption = "repeated_caption";
// Word comparisons allowed for near repeats in one text (~50 ms of work at most).
constexpr size_t kNearRepeatBudget = 20'000'000;

std::string_view TrimFinalPunct(std::string_view s) {
  while (!s.empty()) {
    const char c = s.back();
    if (c == '.' || c == '!' || c == '?' || c == ' ' || c == ',' || c == ';' || c == ':') {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && s.substr(s.size() - 3) == "\xE2\x80\xA6") {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  return s;
}

// Words as case-folded 64-bit hashes (FNV-1a over ASCII-lower-cased bytes, ’ read as '):
// comparing sentences word by word needs no allocation per word.
std::vector<uint64_t> WordHashes(std::string_view s) {
  std::vector<uint64_t> out;
  size_t pos = 0;
  std::string_view w;
  while (NextWord(s, &pos, &w)) {
    uint64_t h = 1469598103934665603ULL;
    for (size_t i = 0; i < w.size(); ++i) {
      char c = w[i];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
      if (c == '\xE2' && w.substr(i, 3) == "\xE2\x80\x99") {
        c = '\'';
        i += 2;
      }
      h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ULL;
    }
    out.push_back(h);
  }
  return out;
}

size_t Lcs(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  std::vector<size_t> prev(b.size() + 1, 0), cur(b.size() + 1, 0);
  for (size_t i = 1; i <= a.size(); ++i) {
    for (size_t j = 1; j <= b.size(); ++j) {
      cur[j] = a[i - 1] == b[j - 1] ? prev[j - 1] + 1 : std::max(prev[j], cur[j - 1]);
    }
    std::swap(prev, cur);
  }
  return prev[b.size()];
}

struct SentenceInfo {
  std::string_view text;
  std::vector<uint64_t> words;
};

// Near repeats are judged only for sentence-like text: some function words, few commas.
// Lists of names ("Barcelona, Bayern Munich, Porto, Real Madrid") differing by one name are
// different lists.
bool SentenceLike(std::string_view sentence, const std::vector<uint64_t>& words) {
  size_t function_words = 0;  // lower-case short words ("a", "of", "on") or listed ones
  for (std::string_view w : Words(sentence)) {
    const bool lower = w[0] >= 'a' && w[0] <= 'z';
    function_words += lower && (w.size() <= 3 || IsFunctionWord(LowerAscii(w)));
  }
  size_t commas = 0;
  for (char c : sentence) commas += c == ',';
  return function_words >= 2 && commas * 4 < words.size();
}

// Whether `sentence` can be a near repeat of anything (checked once per sentence, not per pair).
bool NearRepeatCandidate(std::string_view sentence, const std::vector<uint64_t>& words) {
  return words.size() >= 6 && SentenceLike(sentence, words);
}

// The word-level part of Repeats for a sentence that passed NearRepeatCandidate.
bool NearRepeats(const std::vector<uint64_t>& words, const SentenceInfo& other) {
  // The LCS is at most the shorter length, so a much shorter sentence cannot reach 85%.
  if (other.words.size() > 2 * words.size() + 4 || other.words.size() * 100 < words.size() * 85) {
    return false;
  }
  // Prefilter: enough shared words at all?
  size_t shared = 0;
  for (uint64_t w : words) {
    shared += std::find(other.words.begin(), other.words.end(), w) != other.words.end();
  }
  if (shared * 100 < words.size() * 85) return false;
  return Lcs(words, other.words) * 100 >= words.size() * 85;
}

bool Repeats(std::string_view sentence, const std::vector<uint64_t>& words,
             const SentenceInfo& other) {
  if (TrimFinalPunct(sentence) == TrimFinalPunct(other.text)) return !words.empty();
  return NearRepeatCandidate(sentence, words) && NearRepeats(words, other);
}

bool IsPictureDescription(std::string_view s) {
  for (std::string_view label :
       {"Pictured:", "Pictured above:", "Pictured left:", "Pictured right:", "Above:", "Below:",
        "Left:", "Right:", "Top:", "Bottom:", "Inset:", "Photo:", "Image:", "Main image:",
        "Pictured (", "Pictured is", "Pictured are"}) {
    if (s.substr(0, label.size()) == label) return true;
  }
  return false;
}

bool CaptionLike(std::string_view p) {
  return !EndsWithSentencePunctuation(p) || p.find("Pictured:") != std::string_view::npos ||
         p.find("Pictured above:") != std::string_view::npos;
}

// Whether a paragraph equal to an earlier one counts as a repeat. Sentences need 4 words
// ("Thank you." may recur in a transcript). Short title-like lines (2-7 words, no final
// punctuation) count only when they repeat the title or the paragraph just before them: in
// lists and fixtures ("Winners meet in final match") a recurring line carries meaning.
bool IsListItem(std::string_view p) {
  for (std::string_view b :
       {"- ", "* ", "+ ", "\xE2\x80\xA2", "\xE2\x80\x93 ", "\xE2\x80\x94 ", "\xC2\xB7 "}) {
    if (p.substr(0, b.size()) == b) return true;
  }
  size_t i = 0;
  while (i < p.size() && i < 3 && p[i] >= '0' && p[i] <= '9') ++i;
  return i > 0 && i + 1 < p.size() && (p[i] == '.' || p[i] == ')') && p[i + 1] == ' ';
}

bool VerbatimRepeat(std::string_view p, bool same_as_title, bool same_as_previous) {
  size_t letters = 0;
  for (char c : p)
    letters +=
        (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || static_cast<unsigned char>(c) >= 0xC0;
  if (letters < 2) return false;
  const size_t words = CountWords(p);
  if (EndsWithSentencePunctuation(p)) return words >= 4;
  if (words >= 8) return true;
  return words >= 2 && (same_as_title || same_as_previous);
}

// The article's sentences with their word lists, built on first need (many texts have no
// caption sentence that needs the word-level check), each with a 64-bit signature of its
// words (bit = word hash mod 64). Counting the caption words whose bit is set bounds the
// shared-word count from above, so most sentence pairs are rejected without the exact count.
class ArticleSentences {
 public:
  explicit ArticleSentences(std::vector<SentenceInfo>* article) : article_(article) {}

  const std::vector<SentenceInfo>& article() {
    Build();
    return *article_;
  }
  uint64_t signature(size_t k) const { return signatures_[k]; }

 private:
  void Build() {
    if (built_) return;
    built_ = true;
    signatures_.reserve(article_->size());
    for (SentenceInfo& s : *article_) {
      s.words = WordHashes(s.text);
      uint64_t sig = 0;
      for (uint64_t w : s.words) sig |= uint64_t{1} << (w & 63);
      signatures_.push_back(sig);
    }
  }

  std::vector<SentenceInfo>* article_;
  bool built_ = false;
  std::vector<uint64_t> signatures_;
};

// NearRepeats(words, other), with the signature bound tried before the exact prefilter.
bool NearRepeatsSigned(const std::vector<uint64_t>& words, const SentenceInfo& other,
                       uint64_t other_signature) {
  if (other.words.size() > 2 * words.size() + 4 || other.words.size() * 100 < words.size() * 85) {
    return false;
  }
  size_t bound = 0;
  for (uint64_t w : words) bound += (other_signature >> (w & 63)) & 1;
  if (bound * 100 < words.size() * 85) return false;
  return NearRepeats(words, other);
}

void MarkRepeatsImpl(std::vector<Paragraph>* ps, bool fast);

}  // namespace

void MarkRepeats(std::vector<Paragraph>* ps) { MarkRepeatsImpl(ps, /*fast=*/true); }
void MarkRepeatsSimple(std::vector<Paragraph>* ps) { MarkRepeatsImpl(ps, /*fast=*/false); }

bool SentenceRepeats(std::string_view sentence, std::string_view other) {
  SentenceInfo info{other, WordHashes(other)};
  return Repeats(sentence, WordHashes(sentence), info);
}

namespace {

void MarkRepeatsImpl(std::vector<Paragraph>* ps, bool fast) {
  // Verbatim repeats.
  std::unordered_set<std::string_view> seen;
  const Paragraph* title = nullptr;     // the first kept paragraph
  const Paragraph* previous = nullptr;  // the last kept paragraph
  for (Paragraph& p : *ps) {
    if (p.removed) continue;
    if (seen.count(p.text) > 0 && VerbatimRepeat(p.text, title && title->text == p.text,
                                                 previous && previous->text == p.text)) {
      p.Remove(RemovalReason::kRepeat, kVerbatim);
      continue;
    }
    seen.insert(p.text);
    if (!title) title = &p;
    previous = &p;
  }
  // Captions repeating article sentences.
  std::vector<size_t> candidates;
  for (size_t i = 1; i < ps->size(); ++i) {
    const Paragraph& p = (*ps)[i];
    // Short noun phrases ("Catherine Tate (The Show, BBC Two)") are list items as often as
    // captions: a caption needs 8 words, or to say "Pictured".
    if (!p.removed && CaptionLike(p.text) && !IsListItem(p.text) &&
        (CountWords(p.text) >= 8 || p.text.find("Pictured") != std::string::npos)) {
      candidates.push_back(i);
    }
  }
  if (candidates.empty()) return;
  std::vector<SentenceInfo> article;  // sentences of non-caption paragraphs
  std::unordered_set<std::string_view> article_exact, caption_exact;
  for (const Paragraph& p : *ps) {
    if (p.removed || CaptionLike(p.text)) continue;
    for (std::string_view s : SplitSentences(p.text)) {
      article.push_back({s, fast ? std::vector<uint64_t>() : WordHashes(s)});
      article_exact.insert(TrimFinalPunct(s));
    }
  }
  ArticleSentences index(&article);
  // Near-repeat search compares word lists; its total work per text is capped so that a huge
  // text of caption-like lines stays linear. Exact repeats are always found (hash sets).
  size_t budget = kNearRepeatBudget;
  for (size_t i : candidates) {
    Paragraph& p = (*ps)[i];
    const std::vector<std::string_view> sentences = SplitSentences(p.text);
    size_t repeated = 0, described = 0;
    for (std::string_view s : sentences) {
      if (IsPictureDescription(s)) {
        ++described;
        continue;
      }
      const std::string_view trimmed = TrimFinalPunct(s);
      // Against other captions only an exact repeat counts: neighbouring captions and list
      // lines share most of their words by design ("Best musical actor - X at Theatre Y").
      bool found = !trimmed.empty() &&
                   (article_exact.count(trimmed) > 0 || caption_exact.count(trimmed) > 0);
      // Exact repeats were looked up above; what is left is the word-level near repeat.
      const std::vector<uint64_t> words = found ? std::vector<uint64_t>() : WordHashes(s);
      if (!found && NearRepeatCandidate(s, words)) {
        const std::vector<SentenceInfo>& sentences_k = fast ? index.article() : article;
        for (size_t k = 0; !found && k < sentences_k.size() && budget > 0; ++k) {
          const size_t cost = words.size() * (1 + sentences_k[k].words.size());
          budget = cost < budget ? budget - cost : 0;
          found = fast ? NearRepeatsSigned(words, sentences_k[k], index.signature(k))
                       : NearRepeats(words, sentences_k[k]);
        }
      }
      if (!found) break;
      ++repeated;
    }
    if (repeated > 0 && repeated + described == sentences.size()) {
      p.Remove(RemovalReason::kRepeat, kCaption);
    } else {
      for (std::string_view s : sentences) caption_exact.insert(TrimFinalPunct(s));
    }
  }
}

}  // namespace

}  // namespace claimtrace
