// IOB2 reader and detokeniser (rules in ner_corpus.h). Covered by ner_corpus_test.cc.
#include "lang/ner_corpus.h"

#include <filesystem>

#include "core/data_path.h"
#include "lang/char_class.h"

namespace claimtrace::lang {
namespace {

bool NoSpaceBefore(std::string_view tok) {
  static constexpr std::string_view kList[] = {
      ",",   ".",   ";",   ":",  "!",  "?",  ")",   "]",   "}",   "%",   "'s", "'S", "n't", "N'T",
      "'re", "'ve", "'ll", "'d", "'m", "’s", "n’t", "’re", "’ve", "’ll", "’d", "’m", "...", "…"};
  for (std::string_view s : kList) {
    if (tok == s) return true;
  }
  return false;
}

bool NoSpaceAfter(std::string_view tok) {
  return tok == "(" || tok == "[" || tok == "{" || tok == "$" || tok == "£" || tok == "€" ||
         tok == "#";
}

bool IsAlnumAt(std::string_view s, size_t i) { return IsAlnumClass(ClassifyAt(s, i).cls); }

bool EndsAlnum(std::string_view s) {
  if (s.empty()) return false;
  size_t k = s.size() - 1;
  while (k > 0 && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80) --k;
  return IsAlnumAt(s, k);
}

struct PendingToken {
  std::string text;
  int tag_type = -1;  // NerType or -1 for O
  bool begin = false;
};

class Builder {
 public:
  Builder(std::string_view file, std::vector<CorpusDoc>* out) : file_(file), out_(out) {}

  void StartDoc(std::string_view id, bool per_sentence) {
    FlushSentence();
    FlushDoc();
    doc_id_ = std::string(file_) + ":" + std::string(id);
    per_sentence_ = per_sentence;
    sentence_no_ = 0;
  }

  void AddToken(PendingToken t) { sentence_.push_back(std::move(t)); }

  void EndSentence() {
    FlushSentence();
    if (per_sentence_) FlushDoc();
  }

  void Finish() {
    FlushSentence();
    FlushDoc();
  }

 private:
  void FlushSentence() {
    if (sentence_.empty()) return;
    if (doc_.text.empty() && doc_.id.empty()) {
      doc_.id = per_sentence_ ? doc_id_ + "#" + std::to_string(sentence_no_) : doc_id_;
      doc_.has_misc = file_.find("uner") == std::string_view::npos;
    }
    ++sentence_no_;
    if (!doc_.text.empty()) doc_.text += '\n';
    int open_type = -1;
    uint32_t open_start = 0;
    auto close = [&](uint32_t end) {
      if (open_type >= 0)
        doc_.entities.push_back({open_start, end, static_cast<NerType>(open_type)});
      open_type = -1;
    };
    std::string_view prev;
    bool glue_next = false;
    uint32_t last_end = static_cast<uint32_t>(doc_.text.size());
    for (size_t k = 0; k < sentence_.size(); ++k) {
      const PendingToken& t = sentence_[k];
      bool space = k > 0 && !glue_next && !NoSpaceBefore(t.text);
      glue_next = false;
      if (t.text == "\"") {
        quote_open_ = !quote_open_;
        if (quote_open_) {
          glue_next = true;
        } else {
          space = false;
        }
      } else if (t.text == "-" && k > 0 && k + 1 < sentence_.size() && EndsAlnum(prev) &&
                 IsAlnumAt(sentence_[k + 1].text, 0)) {
        space = false;
        glue_next = true;
      }
      if (NoSpaceAfter(t.text)) glue_next = true;
      if (space) doc_.text += ' ';
      uint32_t start = static_cast<uint32_t>(doc_.text.size());
      if (t.tag_type < 0 || t.begin || t.tag_type != open_type) {
        close(last_end);
        if (t.tag_type >= 0) {
          open_type = t.tag_type;
          open_start = start;
        }
      }
      doc_.text += t.text;
      last_end = static_cast<uint32_t>(doc_.text.size());
      prev = t.text;
    }
    close(last_end);
    sentence_.clear();
  }

  void FlushDoc() {
    if (!doc_.text.empty()) out_->push_back(std::move(doc_));
    doc_ = CorpusDoc{};
    quote_open_ = false;
  }

  std::string_view file_;
  std::vector<CorpusDoc>* out_;
  std::string doc_id_;
  bool per_sentence_ = false;
  int sentence_no_ = 0;
  bool quote_open_ = false;
  CorpusDoc doc_;
  std::vector<PendingToken> sentence_;
};

}  // namespace

std::vector<CorpusDoc> ParseIob2(std::string_view content, std::string_view file_name,
                                 std::vector<Status>* warnings) {
  std::vector<CorpusDoc> docs;
  Builder b(file_name, &docs);
  bool started = false;
  int prev_type = -1;
  size_t line_no = 0;
  for (size_t pos = 0; pos < content.size();) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    size_t tab = line.find('\t');
    if (tab == std::string_view::npos) {
      if (line.empty()) {
        b.EndSentence();
        prev_type = -1;
      } else if (line.rfind("# doc ", 0) == 0) {
        std::string_view id = line.substr(6);
        b.StartDoc(id, id.find("wnut17") != std::string_view::npos);
        started = true;
        prev_type = -1;
      } else if (warnings) {
        warnings->push_back(ParseError("line is neither token<TAB>tag nor a # doc marker",
                                       {.file = std::string(file_name),
                                        .line = static_cast<int64_t>(line_no),
                                        .fragment = MakeFragment(line)}));
      }
      continue;
    }
    if (!started) {
      b.StartDoc("doc", false);
      started = true;
    }
    std::string_view token = line.substr(0, tab);
    std::string_view tag = line.substr(tab + 1);
    PendingToken t;
    t.text = std::string(token);
    NerType type;
    bool ok = true;
    if (tag == "O") {
      t.tag_type = -1;
    } else if (tag.size() > 2 && (tag[0] == 'B' || tag[0] == 'I') && tag[1] == '-' &&
               ParseNerType(tag.substr(2), &type)) {
      t.tag_type = static_cast<int>(type);
      t.begin = tag[0] == 'B' || prev_type != t.tag_type;
    } else {
      ok = false;
    }
    if (!ok || token.empty()) {
      if (warnings) {
        warnings->push_back(ParseError("bad tag \"" + std::string(tag) + "\" (token kept as O)",
                                       {.file = std::string(file_name),
                                        .line = static_cast<int64_t>(line_no),
                                        .fragment = MakeFragment(line)}));
      }
      t.tag_type = -1;
      if (token.empty()) continue;
    }
    prev_type = t.tag_type;
    b.AddToken(std::move(t));
  }
  b.Finish();
  return docs;
}

Result<std::vector<CorpusDoc>> ReadIob2File(const std::string& path,
                                            std::vector<Status>* warnings) {
  CT_ASSIGN_OR_RETURN(std::string content, ReadFileToString(path));
  return ParseIob2(content, std::filesystem::path(path).filename().string(), warnings);
}

std::vector<uint8_t> ProjectLabels(const std::vector<Token>& tokens,
                                   const std::vector<GoldEntity>& entities) {
  std::vector<uint8_t> labels(tokens.size(), kLabelO);
  size_t k = 0;
  for (const GoldEntity& e : entities) {
    while (k < tokens.size() && tokens[k].span.end <= e.start) ++k;
    size_t first = k;
    size_t last = k;
    while (last < tokens.size() && tokens[last].span.start < e.end) ++last;
    if (first == last) continue;
    bool free = true;
    for (size_t i = first; i < last; ++i) free &= labels[i] == kLabelO;
    if (!free) continue;
    if (last - first == 1) {
      labels[first] = static_cast<uint8_t>(MakeLabel(e.type, kUnit));
    } else {
      labels[first] = static_cast<uint8_t>(MakeLabel(e.type, kBegin));
      for (size_t i = first + 1; i + 1 < last; ++i) {
        labels[i] = static_cast<uint8_t>(MakeLabel(e.type, kInside));
      }
      labels[last - 1] = static_cast<uint8_t>(MakeLabel(e.type, kLast));
    }
  }
  return labels;
}

}  // namespace claimtrace::lang
