// Name-list annotations: TSV parsing, longest-first projection with word-boundary checks on
// the code points around a match (ICU letters/digits: "Zürich" is not matched inside a longer
// word, "Turing’s" still matches "Turing"), and ground-truth JSON reading with nlohmann (no
// exceptions). Covered by ner_annotations_test.cc.
#include "lang/ner_annotations.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <optional>

#include "core/data_path.h"

namespace claimtrace::lang {
namespace {

std::string_view Strip(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

// Whether the code point ending at byte `end` (before) or starting at `start` (after) is a
// letter or digit.
bool WordBefore(const std::string& t, size_t end) {
  if (end == 0) return false;
  int32_t i = static_cast<int32_t>(end);
  UChar32 c;
  U8_PREV(reinterpret_cast<const uint8_t*>(t.data()), 0, i, c);
  return c >= 0 && u_isalnum(c);
}
bool WordAfter(const std::string& t, size_t start) {
  if (start >= t.size()) return false;
  int32_t i = static_cast<int32_t>(start);
  UChar32 c;
  U8_NEXT(reinterpret_cast<const uint8_t*>(t.data()), i, static_cast<int32_t>(t.size()), c);
  return c >= 0 && u_isalnum(c);
}

}  // namespace

Result<std::map<std::string, std::vector<AnnotatedName>>> ParseNameList(std::string_view content,
                                                                        std::string_view source) {
  std::map<std::string, std::vector<AnnotatedName>> out;
  size_t pos = 0, line_no = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (Strip(line).empty() || line.front() == '#') continue;
    size_t t1 = line.find('\t');
    size_t t2 = t1 == std::string_view::npos ? t1 : line.find('\t', t1 + 1);
    auto error = [&](std::string why) {
      return ParseError(why, {.file = std::string(source),
                              .line = static_cast<int64_t>(line_no),
                              .fragment = MakeFragment(line)});
    };
    if (t2 == std::string_view::npos) return error("expected file_id <TAB> name <TAB> type");
    std::string_view id = Strip(line.substr(0, t1));
    std::string_view name = Strip(line.substr(t1 + 1, t2 - t1 - 1));
    std::string_view type = Strip(line.substr(t2 + 1));
    AnnotatedName a;
    a.name = std::string(name);
    if (type == "PER") {
      a.type = NerType::kPer;
    } else if (type == "ORG") {
      a.type = NerType::kOrg;
    } else if (type == "LOC") {
      a.type = NerType::kLoc;
    } else if (type == "MISC") {
      a.type = NerType::kMisc;
    } else if (type == "O") {
      a.blocked = true;
    } else {
      return error("unknown type \"" + std::string(type) + "\" (PER, ORG, LOC, MISC or O)");
    }
    if (id.empty() || name.empty()) return error("empty file id or name");
    out[std::string(id)].push_back(std::move(a));
  }
  return out;
}

CorpusDoc ProjectNames(std::string id, std::string text, const std::vector<AnnotatedName>& names) {
  CorpusDoc doc;
  doc.id = std::move(id);
  doc.text = std::move(text);
  std::vector<const AnnotatedName*> order;
  for (const AnnotatedName& n : names) order.push_back(&n);
  std::stable_sort(order.begin(), order.end(), [](const AnnotatedName* a, const AnnotatedName* b) {
    return a->name.size() > b->name.size();
  });
  const std::string& t = doc.text;
  std::vector<uint8_t> used(t.size(), 0);
  for (const AnnotatedName* n : order) {
    for (size_t at = t.find(n->name); at != std::string::npos; at = t.find(n->name, at + 1)) {
      size_t end = at + n->name.size();
      if ((WordBefore(t, at) && WordAfter(t, at)) || (WordAfter(t, end) && WordBefore(t, end))) {
        continue;
      }
      if (std::any_of(used.begin() + at, used.begin() + end, [](uint8_t u) { return u != 0; })) {
        continue;
      }
      std::fill(used.begin() + at, used.begin() + end, 1);
      if (!n->blocked) {
        doc.entities.push_back({static_cast<uint32_t>(at), static_cast<uint32_t>(end), n->type});
      }
    }
  }
  std::sort(doc.entities.begin(), doc.entities.end(),
            [](const GoldEntity& a, const GoldEntity& b) { return a.start < b.start; });
  return doc;
}

namespace {

// main_content of html-dev page `id`, or a warning (and nullopt).
std::optional<std::string> ReadMainContent(const std::string& html_dir, const std::string& id,
                                           std::vector<Status>* warnings) {
  std::string path = html_dir + "/ground-truth/" + id + ".json";
  Result<std::string> json = ReadFileToString(path);
  if (!json.ok()) {
    warnings->push_back(json.status());
    return std::nullopt;
  }
  nlohmann::json j = nlohmann::json::parse(*json, nullptr, /*allow_exceptions=*/false);
  if (j.is_object() && j.contains("ground_truth") && j["ground_truth"].is_object() &&
      j["ground_truth"].contains("main_content") && j["ground_truth"]["main_content"].is_string()) {
    return j["ground_truth"]["main_content"].get<std::string>();
  }
  warnings->push_back(ParseError("no ground_truth.main_content string", {.file = path}));
  return std::nullopt;
}

// 1-based number of the first list line whose file id is `id` (0 if none).
int64_t FirstLineOf(std::string_view content, std::string_view id) {
  int64_t line_no = 0;
  for (size_t pos = 0; pos < content.size();) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    size_t tab = line.find('\t');
    if (line.empty() || line.front() == '#' || tab == std::string_view::npos) continue;
    if (Strip(line.substr(0, tab)) == id) return line_no;
  }
  return 0;
}

}  // namespace

std::string ArticleTextDir(const std::string& list_path) {
  if (list_path.size() <= 4 || list_path.compare(list_path.size() - 4, 4, ".tsv") != 0) return "";
  return list_path.substr(0, list_path.size() - 4);
}

Result<std::vector<CorpusDoc>> ReadAnnotatedArticles(const std::string& list_path,
                                                     const std::string& html_dir,
                                                     std::vector<Status>* warnings) {
  CT_ASSIGN_OR_RETURN(std::string content, ReadFileToString(list_path));
  CT_ASSIGN_OR_RETURN(auto lists, ParseNameList(content, list_path));
  std::string base = list_path.substr(list_path.find_last_of('/') + 1);
  std::vector<CorpusDoc> out;
  const std::string text_dir = ArticleTextDir(list_path);
  std::error_code ec;
  if (!text_dir.empty() && std::filesystem::is_directory(text_dir, ec)) {
    // Articles written for the project: the text is `<list without .tsv>/<id>.txt`. The list
    // and the texts live together in the repository, so a missing text is an error.
    for (const auto& [id, names] : lists) {
      std::string path = text_dir + "/" + id + ".txt";
      bool plain = id.find_first_of("/\\") == std::string::npos && id != "." && id != "..";
      Result<std::string> text =
          plain ? ReadFileToString(path) : Result<std::string>(NotFoundError("not a file id"));
      if (!text.ok()) {
        return NotFoundError("article '" + id + "' has no readable text file " + path,
                             {.file = list_path, .line = FirstLineOf(content, id)});
      }
      out.push_back(ProjectNames(base + ":" + id, std::move(*text), names));
    }
    return out;
  }
  for (const auto& [id, names] : lists) {
    std::optional<std::string> text = ReadMainContent(html_dir, id, warnings);
    if (!text) continue;
    out.push_back(ProjectNames(base + ":" + id, std::move(*text), names));
  }
  return out;
}

Result<std::vector<CorpusDoc>> ReadUnlabeledArticles(const std::string& ids_path,
                                                     const std::string& html_dir,
                                                     std::vector<Status>* warnings) {
  CT_ASSIGN_OR_RETURN(std::string content, ReadFileToString(ids_path));
  std::string base = ids_path.substr(ids_path.find_last_of('/') + 1);
  std::vector<CorpusDoc> out;
  size_t line_no = 0;
  for (size_t pos = 0; pos < content.size();) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    std::string_view line(content.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line.front() == '#') continue;
    bool ok = line.size() <= 16;
    for (char c : line) ok &= (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || c == '-';
    if (!ok) {
      return ParseError("not a page id: '" + std::string(line.substr(0, 40)) + "'",
                        {.file = ids_path, .line = static_cast<int64_t>(line_no)});
    }
    std::optional<std::string> text = ReadMainContent(html_dir, std::string(line), warnings);
    if (!text) continue;
    CorpusDoc d;
    d.id = base + ":" + std::string(line);
    d.text = std::move(*text);
    d.unlabeled = true;
    out.push_back(std::move(d));
  }
  return out;
}

}  // namespace claimtrace::lang
