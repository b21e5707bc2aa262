// Teaser lists: a forward scan for section labels with their item blocks, then a backward
// scan collecting a trailing run of lede-shaped paragraphs and testing its suffixes, longest
// first, with the measured unrelatedness rule (teasers.h). Overlaps use sets of content words
// and names (text_features.h). Covered by src/clean/teasers_test.cc, golden cases
// tests/golden/clean/teaser_*, and src/clean/teaser_calibration_test.cc (BBC, when present).
#include "clean/teasers.h"

#include <string>
#include <unordered_set>

#include "clean/boilerplate_rules.h"
#include "clean/text_features.h"

namespace claimtrace {
namespace {

constexpr std::string_view kTeaserList = "teaser_list";
constexpr size_t kMaxBlock = 200;  // paragraphs looked at after a label (keeps the scan linear)

using WordSet = std::unordered_set<std::string>;

WordSet ToSet(std::vector<std::string> words) {
  return WordSet(std::make_move_iterator(words.begin()), std::make_move_iterator(words.end()));
}

size_t Shared(const WordSet& a, const WordSet& b) {
  const WordSet& small = a.size() <= b.size() ? a : b;
  const WordSet& large = a.size() <= b.size() ? b : a;
  size_t n = 0;
  for (const std::string& w : small) n += large.count(w);
  return n;
}

bool OpensWithConnective(std::string_view p) {
  static constexpr std::string_view kOpeners[] = {
      "he",          "she",          "it",          "they", "this",    "these",     "that",
      "those",       "his",          "her",         "its",  "their",   "but",       "and",
      "however",     "meanwhile",    "still",       "also", "yet",     "so",        "then",
      "there",       "here",         "such",        "both", "instead", "indeed",    "moreover",
      "furthermore", "nevertheless", "nonetheless", "thus", "hence",   "therefore", "we",
      "i",           "you",          "our"};
  std::vector<std::string_view> words = Words(p.substr(0, 40));
  if (words.empty()) return false;
  const std::string first = LowerAscii(words[0]);
  for (std::string_view o : kOpeners) {
    if (first == o) return true;
  }
  return false;
}

bool StartsWithQuote(std::string_view p) {
  return !p.empty() && (p[0] == '"' || p[0] == '\'' || p.substr(0, 3) == "\xE2\x80\x9C" ||
                        p.substr(0, 3) == "\xE2\x80\x98" || p.substr(0, 2) == "\xC2\xAB");
}

bool LedeShaped(std::string_view p, bool relaxed) {
  const size_t words = CountWords(p);
  if (words > 60 || StartsWithQuote(p)) return false;
  if (relaxed) return words >= 3;
  if (words < 8) return false;
  const auto c = static_cast<unsigned char>(p[0]);
  if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0xC0)) return false;
  if (OpensWithConnective(p)) return false;
  size_t commas = 0;
  for (char ch : p) commas += ch == ',';
  if (commas * 5 >= words) return false;
  return SplitSentences(p).size() <= 3;
}

bool HeadlineLike(std::string_view p) {
  return CountWords(p) <= 20 && !EndsWithSentencePunctuation(p);
}

std::string ArticleBefore(const std::vector<Paragraph>& ps, size_t end) {
  std::string body;
  for (size_t i = 0; i < end; ++i) {
    if (ps[i].removed) continue;
    body += ps[i].text;
    body += '\n';
  }
  return body;
}

bool Removable(const Paragraph& p) { return !p.removed || p.rule == "read_more"; }

// The article's content words and names, against which candidate items are measured.
struct Vocabulary {
  WordSet words;
  WordSet names;

  void Add(std::string_view text) {
    for (std::string& w : ContentWords(text)) words.insert(std::move(w));
    for (std::string& n : Names(text)) names.insert(std::move(n));
  }
};

bool RunShaped(const std::vector<std::string_view>& items, bool separated) {
  if (items.size() < (separated ? 2u : 3u)) return false;
  for (std::string_view item : items) {
    if (!LedeShaped(item, separated)) return false;
  }
  return true;
}

// The measured rule (teasers.h) once shapes are known to fit.
bool UnrelatedRun(const std::vector<std::string_view>& items, const Vocabulary& article,
                  bool separated) {
  if (article.words.size() < 30) return false;  // too little article to judge against
  const double max_overlap = separated ? 0.30 : 0.15;
  std::vector<WordSet> sets;
  for (std::string_view item : items) {
    WordSet words = ToSet(ContentWords(item));
    if (words.empty()) return false;
    if (static_cast<double>(Shared(words, article.words)) >=
        max_overlap * static_cast<double>(words.size())) {
      return false;
    }
    if (!separated && Shared(ToSet(Names(item)), article.names) > 0) return false;
    sets.push_back(std::move(words));
  }
  for (size_t k = 1; k < sets.size(); ++k) {
    const double smaller = static_cast<double>(std::min(sets[k - 1].size(), sets[k].size()));
    if (static_cast<double>(Shared(sets[k - 1], sets[k])) >= max_overlap * smaller) return false;
  }
  return true;
}

void MarkGroup(std::vector<Paragraph>* ps, size_t begin, size_t end, int group) {
  for (size_t k = begin; k < end; ++k) {
    Paragraph& p = (*ps)[k];
    if (Removable(p)) p.Remove(RemovalReason::kBoilerplate, kTeaserList, group);
  }
}

void MarkLabelled(std::vector<Paragraph>* ps, int* next_group) {
  const size_t n = ps->size();
  for (size_t i = 1; i < n; ++i) {
    if (!Removable((*ps)[i])) continue;
    const TeaserLabel label = MatchTeaserLabel((*ps)[i].text);
    if (label == TeaserLabel::kNone) continue;
    std::vector<size_t> items;
    size_t separators = 0;
    size_t j = i + 1;
    for (; j < n && j - i <= kMaxBlock; ++j) {
      const Paragraph& q = (*ps)[j];
      if (!Removable(q)) continue;
      if (IsSeparatorParagraph(q.text)) {
        ++separators;
        continue;
      }
      const size_t words = CountWords(q.text);
      if (words < 2 || words > 60) break;
      items.push_back(j);
    }
    if (items.size() < 2) continue;
    const bool trailing = j == n;
    size_t headlines = 0;  // leading items shaped like headlines
    while (headlines < items.size() && HeadlineLike((*ps)[items[headlines]].text)) ++headlines;
    bool accept = false;
    if (trailing && separators + 1 >= items.size()) {
      accept = true;  // label, then items each set off by a separator, to the end
    } else if (label == TeaserLabel::kStrong && headlines >= 2) {
      accept = true;  // label, then a list of headlines (ends at the first non-headline)
      j = items[headlines - 1] + 1;
    } else if (trailing) {
      std::vector<std::string_view> texts;
      for (size_t k : items) texts.push_back((*ps)[k].text);
      accept = IsUnrelatedTeaserRun(texts, ArticleBefore(*ps, i), /*separated=*/true);
    }
    if (accept) {
      MarkGroup(ps, i, j, (*next_group)++);
      i = j - 1;
    }
  }
}

void MarkTrailing(std::vector<Paragraph>* ps, int* next_group) {
  // Collect the trailing run, last first: lede-shaped items, separators between them.
  std::vector<size_t> items;  // indices, reversed
  std::vector<bool>
      separated_gap;  // separated_gap[k]: separator between items[k] and the one after it
  bool pending_separator = false;
  for (size_t k = ps->size(); k-- > 1;) {
    const Paragraph& p = (*ps)[k];
    if (p.removed) continue;
    if (IsSeparatorParagraph(p.text)) {
      pending_separator = true;
      continue;
    }
    if (!LedeShaped(p.text, /*relaxed=*/true) || items.size() >= 20) break;
    items.push_back(k);
    separated_gap.push_back(pending_separator);
    pending_separator = false;
  }
  if (items.size() < 2) return;
  std::vector<size_t> run(items.rbegin(), items.rend());
  // gaps[k] for k >= 1: a separator stood between run[k-1] and run[k].
  std::vector<bool> gaps(run.size(), false);
  for (size_t k = 1; k < run.size(); ++k) gaps[k] = separated_gap[run.size() - k];

  // Which starts could pass at all (shapes only), before any word set is built.
  auto items_from = [&](size_t start) {
    std::vector<std::string_view> texts;
    for (size_t k = start; k < run.size(); ++k) texts.push_back((*ps)[run[k]].text);
    return texts;
  };
  auto separated_from = [&](size_t start) {
    for (size_t k = start + 1; k < run.size(); ++k) {
      if (!gaps[k]) return false;
    }
    return true;
  };
  std::vector<bool> strict(run.size());  // shaped like a lede on its own
  for (size_t k = 0; k < run.size(); ++k) strict[k] = LedeShaped((*ps)[run[k]].text, false);
  std::vector<bool> viable(run.size(), false);
  bool any = false;
  bool all_strict = true;  // strict[start..] all true
  for (size_t start = run.size(); start-- > 0;) {
    all_strict = all_strict && strict[start];
    const size_t n = run.size() - start;
    viable[start] = separated_from(start) ? n >= 2 : (n >= 3 && all_strict);
    any = any || viable[start];
  }
  if (!any) return;
  Vocabulary article;
  article.Add(ArticleBefore(*ps, run[0]));
  for (size_t start = 0; start + 2 <= run.size(); ++start) {
    if (start > 0) article.Add((*ps)[run[start - 1]].text);
    if (viable[start] && UnrelatedRun(items_from(start), article, separated_from(start))) {
      MarkGroup(ps, run[start], ps->size(), (*next_group)++);
      return;
    }
  }
}

}  // namespace

bool IsUnrelatedTeaserRun(const std::vector<std::string_view>& items, std::string_view article,
                          bool separated) {
  if (!RunShaped(items, separated)) return false;
  Vocabulary vocabulary;
  vocabulary.Add(article);
  return UnrelatedRun(items, vocabulary, separated);
}

void MarkTeaserLists(std::vector<Paragraph>* paragraphs, int* next_group) {
  MarkLabelled(paragraphs, next_group);
  MarkTrailing(paragraphs, next_group);
}

}  // namespace claimtrace
