// Perturbations over whitespace tokens, sentences and paragraphs, driven by SplitMix64. The
// boilerplate lines below were written for this test set. Used by
// src/resolve/near_duplicates_eval_test.cc; the definition of a near duplicate is in README.md.
#include "perturb.h"

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <sstream>

namespace claimtrace::neardup_eval {
namespace {

constexpr const char* kBoilerplate[] = {
    "Sign up for our morning newsletter to get the day's top stories in your inbox.",
    "Follow us on social media for live updates throughout the day.",
    "This article has been updated with additional reporting.",
    "Have a story we should cover? Send your tips to our newsroom.",
    "Comments on this article are closed. Read our community guidelines before posting.",
    "Related coverage: more stories from our regional desk, the latest weather outlook and our "
    "weekly podcast.",
    "Copyright reserved. This material may not be republished without permission.",
    "Subscribers get unlimited access to our journalism, including the digital edition and the "
    "archive.",
    "Photos by staff photographers and agency images.",
    "Reporting by our correspondents; editing by the news desk.",
    "Most read this week: a guide to the new train timetable, five restaurants worth the trip, "
    "and what the budget means for you.",
    "Listen to our daily briefing, available wherever you get your podcasts.",
};

constexpr const char* kCities[] = {"LONDON", "BRUSSELS", "WASHINGTON", "ROME", "BERLIN", "PARIS"};
constexpr const char* kAgencies[] = {"Wire Service", "News Agency", "Press Association",
                                     "Global Newswire"};

std::vector<std::string> SplitWords(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

std::string Join(const std::vector<std::string>& parts, const char* sep) {
  std::string out;
  for (size_t i = 0; i < parts.size(); ++i) {
    if (i) out += sep;
    out += parts[i];
  }
  return out;
}

template <typename T>
void Shuffle(std::vector<T>& v, Rng& rng) {
  for (size_t i = v.size(); i > 1; --i) std::swap(v[i - 1], v[rng.Below(i)]);
}

size_t WordCount(const std::string& s) { return SplitWords(s).size(); }

// FNV-1a: a portable string hash (std::hash differs between standard libraries).
uint64_t Fnv1a(const std::string& s) {
  uint64_t h = 0xcbf29ce484222325ULL;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ULL;
  return h;
}

std::string ShiftDate(const std::string& date, int days) {
  // Dates in the test set are valid YYYY-MM-DD; shift within the month (clamped at 28).
  if (date.size() != 10) return date;
  int day = (date[8] - '0') * 10 + (date[9] - '0');
  day = std::min(28, day + days);
  std::string out = date;
  out[8] = static_cast<char>('0' + day / 10);
  out[9] = static_cast<char>('0' + day % 10);
  return out;
}

}  // namespace

uint64_t Rng::Next() {
  uint64_t z = (state_ += 0x9e3779b97f4a7c15ULL);
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

std::vector<std::string> Paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    const auto b = line.find_first_not_of(" \t\r");
    if (b == std::string::npos) continue;
    out.push_back(line.substr(b));
  }
  return out;
}

std::vector<std::string> Sentences(const std::string& paragraph) {
  std::vector<std::string> out;
  size_t start = 0;
  for (size_t i = 0; i + 1 < paragraph.size(); ++i) {
    const char c = paragraph[i];
    if (c != '.' && c != '?' && c != '!') continue;
    size_t j = i + 1;
    if (j < paragraph.size() && (paragraph[j] == '"' || paragraph[j] == '\'')) ++j;
    if (j + 1 < paragraph.size() && paragraph[j] == ' ' &&
        (std::isupper(static_cast<unsigned char>(paragraph[j + 1])) || paragraph[j + 1] == '"')) {
      out.push_back(paragraph.substr(start, j - start));
      start = j + 1;
      i = j;
    }
  }
  if (start < paragraph.size()) out.push_back(paragraph.substr(start));
  return out;
}

std::vector<std::string> Vocabulary(const std::vector<EvalArticle>& articles) {
  std::vector<std::string> vocab;
  for (const EvalArticle& a : articles) {
    for (std::string& w : SplitWords(a.text)) vocab.push_back(std::move(w));
  }
  if (vocab.empty()) vocab.push_back("word");
  return vocab;
}

std::string ReorderSentences(const std::string& text, Rng& rng) {
  std::vector<std::string> paras = Paragraphs(text);
  for (std::string& p : paras) {
    std::vector<std::string> s = Sentences(p);
    Shuffle(s, rng);
    p = Join(s, " ");
  }
  Shuffle(paras, rng);
  return Join(paras, "\n\n");
}

std::string EditWords(const std::string& text, double rate, const std::vector<std::string>& vocab,
                      Rng& rng) {
  std::vector<std::string> paras = Paragraphs(text);
  for (std::string& p : paras) {
    std::vector<std::string> out;
    for (std::string& w : SplitWords(p)) {
      if (rng.Unit() >= rate) {
        out.push_back(std::move(w));
        continue;
      }
      switch (rng.Below(3)) {
        case 0:  // substitute
          out.push_back(vocab[rng.Below(vocab.size())]);
          break;
        case 1:  // delete
          break;
        default:  // insert after
          out.push_back(std::move(w));
          out.push_back(vocab[rng.Below(vocab.size())]);
          break;
      }
    }
    p = Join(out, " ");
  }
  return Join(paras, "\n\n");
}

std::string AddBoilerplate(const std::string& text, double fraction, Rng& rng) {
  std::vector<std::string> paras = Paragraphs(text);
  const size_t target = static_cast<size_t>(std::ceil(fraction * WordCount(text)));
  size_t added = 0;
  while (added < target) {
    const char* line = kBoilerplate[rng.Below(std::size(kBoilerplate))];
    added += WordCount(line);
    // Mostly at the ends, sometimes between paragraphs.
    const uint64_t where = rng.Below(4);
    if (where == 0) {
      paras.insert(paras.begin(), line);
    } else if (where == 1 && paras.size() > 1) {
      paras.insert(paras.begin() + 1 + static_cast<long>(rng.Below(paras.size() - 1)), line);
    } else {
      paras.push_back(line);
    }
  }
  return Join(paras, "\n\n");
}

std::string DropParagraphs(const std::string& text, double fraction, Rng& rng) {
  std::vector<std::string> paras = Paragraphs(text);
  if (paras.size() >= 4) {
    size_t drop = std::max<size_t>(1, static_cast<size_t>(std::floor(fraction * paras.size())));
    while (drop-- > 0 && paras.size() > 1) paras.erase(paras.begin() + rng.Below(paras.size()));
    return Join(paras, "\n\n");
  }
  // Few paragraphs: drop sentences instead.
  std::vector<std::string> sentences;
  for (const std::string& p : paras) {
    for (std::string& s : Sentences(p)) sentences.push_back(std::move(s));
  }
  size_t drop = std::max<size_t>(1, static_cast<size_t>(std::floor(fraction * sentences.size())));
  while (drop-- > 0 && sentences.size() > 1) {
    sentences.erase(sentences.begin() + rng.Below(sentences.size()));
  }
  return Join(sentences, " ");
}

std::string AddDateline(const std::string& text, const std::string& outlet) {
  return std::string(kCities[text.size() % std::size(kCities)]) + " (" + outlet + ") - " + text;
}

std::vector<EvalCopy> MakePerturbedCopies(const EvalArticle& article,
                                          const std::vector<std::string>& vocab, uint64_t seed) {
  Rng rng(seed ^ Fnv1a(article.id));
  std::vector<EvalCopy> out;
  auto add = [&](const std::string& label, std::string text, bool near, bool new_title) {
    EvalCopy c;
    c.article = article;
    c.article.id = article.id + "~" + label;
    c.article.text = std::move(text);
    c.article.published = ShiftDate(article.published, static_cast<int>(rng.Below(3)));
    c.article.outlet = kAgencies[rng.Below(std::size(kAgencies))];
    if (new_title) c.article.title = "UPDATE: " + article.title.substr(0, article.title.size() / 2);
    c.source_id = article.id;
    c.label = label;
    c.near_duplicate = near;
    out.push_back(std::move(c));
  };
  const std::string& t = article.text;
  add("reorder", ReorderSentences(t, rng), true, false);
  for (const auto& [label, rate, near] :
       std::vector<std::tuple<std::string, double, bool>>{{"edit02", 0.02, true},
                                                          {"edit05", 0.05, true},
                                                          {"edit10", 0.10, true},
                                                          {"edit15", 0.15, true},
                                                          {"edit25", 0.25, false},
                                                          {"edit35", 0.35, false},
                                                          {"edit50", 0.50, false}}) {
    add(label, EditWords(t, rate, vocab, rng), near, false);
  }
  for (const auto& [label, frac, near] :
       std::vector<std::tuple<std::string, double, bool>>{{"boiler10", 0.10, true},
                                                          {"boiler20", 0.20, true},
                                                          {"boiler30", 0.30, true},
                                                          {"boiler60", 0.60, false}}) {
    add(label, AddBoilerplate(t, frac, rng), near, false);
  }
  add("drop25", DropParagraphs(t, 0.25, rng), true, false);
  add("drop50", DropParagraphs(t, 0.50, rng), false, false);
  add("title", AddDateline(t, kAgencies[rng.Below(std::size(kAgencies))]), true, true);
  {
    std::string w = EditWords(t, 0.05, vocab, rng);
    w = AddBoilerplate(w, 0.10, rng);
    w = AddDateline(w, kAgencies[rng.Below(std::size(kAgencies))]);
    add("wire", std::move(w), true, true);
  }
  {
    std::string w = ReorderSentences(t, rng);
    w = DropParagraphs(w, 0.25, rng);
    w = EditWords(w, 0.10, vocab, rng);
    w = AddBoilerplate(w, 0.20, rng);
    add("rewrite", std::move(w), true, true);
  }
  return out;
}

namespace {

using Json = nlohmann::json;

std::string Str(const Json& j, const char* key) {
  auto it = j.find(key);
  return (it != j.end() && it->is_string()) ? it->get<std::string>() : std::string();
}

}  // namespace

Result<std::vector<EvalArticle>> LoadJsonlCorpus(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError("cannot open " + path);
  std::vector<EvalArticle> out;
  std::string line;
  int64_t n = 0;
  while (std::getline(in, line)) {
    ++n;
    if (line.empty()) continue;
    Json j = Json::parse(line, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      return ParseError("not a JSON object", {.file = path, .line = n});
    }
    EvalArticle a;
    a.id = Str(j, "id");
    a.title = Str(j, "title");
    a.published = Str(j, "published");
    a.outlet = Str(j, "outlet");
    a.topic = Str(j, "topic");
    if (a.topic.empty()) a.topic = a.id;
    a.text = Str(j, "text");
    if (a.id.empty() || a.text.empty()) {
      return ParseError("article needs id and text", {.file = path, .line = n});
    }
    out.push_back(std::move(a));
  }
  return out;
}

Result<std::vector<EvalArticle>> LoadEvalArticles(const std::string& path) {
  return LoadJsonlCorpus(path);
}

Result<std::vector<EvalArticle>> LoadPolnear(const std::string& polnear_dir,
                                             const std::string& compartment) {
  const std::string meta_path = polnear_dir + "/metadata.tsv";
  std::ifstream meta(meta_path);
  if (!meta) return NotFoundError("cannot open " + meta_path);
  std::map<std::string, std::vector<std::string>> rows;
  std::string line;
  while (std::getline(meta, line)) {
    std::vector<std::string> cols;
    std::string col;
    std::istringstream in(line);
    while (std::getline(in, col, '\t')) cols.push_back(col);
    if (cols.size() >= 8 && cols[0] == compartment) rows[cols[1]] = cols;
  }
  std::vector<EvalArticle> out;
  for (const auto& [name, cols] : rows) {
    const std::string path = polnear_dir + "/" + compartment + "/text/" + name + ".txt";
    std::ifstream in(path);
    if (!in) continue;  // metadata rows without text are skipped
    std::stringstream buf;
    buf << in.rdbuf();
    EvalArticle a;
    a.id = "polnear-" + name;
    a.outlet = cols[4];
    a.published = cols[5];
    a.title = cols[7];
    a.topic = "day-" + cols[5];
    a.text = buf.str();
    out.push_back(std::move(a));
  }
  if (out.empty()) return NotFoundError("no PolNeAR " + compartment + " texts in " + polnear_dir);
  return out;
}

}  // namespace claimtrace::neardup_eval
