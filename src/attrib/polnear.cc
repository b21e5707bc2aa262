// PolNeAR reading: T lines (label, ';'-separated character ranges) and E lines (relation with
// Source/Cue/Content arguments); continuation lines of multi-line span texts and annotator notes
// are skipped. Character offsets are converted to UTF-8 bytes with one table per text.
// Covered by polnear_test.cc.
#include "attrib/polnear.h"

#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>

#include "core/data_path.h"

namespace claimtrace::attrib {
namespace {

std::vector<std::string_view> SplitOn(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == s.npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
}

bool ParseInt(std::string_view s, uint32_t* v) {
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), *v);
  return ec == std::errc() && p == s.data() + s.size();
}

bool IsId(std::string_view s, char kind) {
  if (s.size() < 2 || s[0] != kind) return false;
  return std::all_of(s.begin() + 1, s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// byte offset of each code point index (size = code points + 1).
std::vector<uint32_t> CharToByte(std::string_view text) {
  std::vector<uint32_t> m;
  m.reserve(text.size() + 1);
  for (uint32_t i = 0; i < text.size(); ++i) {
    if ((static_cast<uint8_t>(text[i]) & 0xC0) != 0x80) m.push_back(i);
  }
  m.push_back(static_cast<uint32_t>(text.size()));
  return m;
}

}  // namespace

std::vector<GoldAttribution> ParseBratAnn(std::string_view ann, std::string_view text,
                                          std::string_view name, DiagnosticSink* warnings) {
  const std::vector<uint32_t> c2b = CharToByte(text);
  std::map<std::string, std::vector<ByteSpan>, std::less<>> spans;
  std::vector<std::pair<int64_t, std::string_view>> relations;
  auto warn = [&](int64_t line, const std::string& msg, std::string_view frag) {
    if (warnings) {
      warnings->Warning(ParseError(
          msg, {.file = std::string(name), .line = line, .fragment = MakeFragment(frag)}));
    }
  };
  int64_t line_no = 0;
  for (std::string_view line : SplitOn(ann, '\n')) {
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    const size_t tab = line.find('\t');
    if (tab == line.npos) continue;
    const std::string_view id = line.substr(0, tab);
    std::string_view rest = line.substr(tab + 1);
    if (IsId(id, 'T')) {
      const size_t tab2 = rest.find('\t');
      std::string_view head = rest.substr(0, tab2);
      const size_t sp = head.find(' ');
      if (sp == head.npos) {
        warn(line_no, "span line without offsets", line);
        continue;
      }
      std::vector<ByteSpan> pieces;
      bool ok = true;
      for (std::string_view r : SplitOn(head.substr(sp + 1), ';')) {
        auto se = SplitOn(r, ' ');
        uint32_t s, e;
        if (se.size() != 2 || !ParseInt(se[0], &s) || !ParseInt(se[1], &e) || s > e ||
            e >= c2b.size()) {
          ok = false;
          break;
        }
        pieces.push_back({c2b[s], c2b[e]});
      }
      if (!ok) {
        warn(line_no, "bad or out-of-range span offsets", line);
        continue;
      }
      spans.emplace(std::string(id), std::move(pieces));
    } else if (IsId(id, 'E')) {
      relations.emplace_back(line_no, rest);
    }
  }
  std::vector<GoldAttribution> out;
  for (const auto& [line, rest] : relations) {
    GoldAttribution g;
    for (std::string_view arg : SplitOn(rest.substr(0, rest.find('\t')), ' ')) {
      const size_t colon = arg.find(':');
      if (colon == arg.npos) continue;
      std::string_view role = arg.substr(0, colon);
      while (!role.empty() && role.back() >= '0' && role.back() <= '9') role.remove_suffix(1);
      std::vector<ByteSpan>* dst = role == "Source"    ? &g.source
                                   : role == "Cue"     ? &g.cue
                                   : role == "Content" ? &g.content
                                                       : nullptr;
      if (!dst) continue;
      auto it = spans.find(arg.substr(colon + 1));
      if (it == spans.end()) {
        warn(line, "relation names an unknown span", arg);
        continue;
      }
      dst->insert(dst->end(), it->second.begin(), it->second.end());
    }
    for (auto* v : {&g.source, &g.cue, &g.content}) std::sort(v->begin(), v->end());
    out.push_back(std::move(g));
  }
  return out;
}

Result<std::vector<PolnearDoc>> ReadPolnearSplit(const std::string& dir,
                                                 const PolnearSelection& sel,
                                                 DiagnosticSink* warnings) {
  namespace fs = std::filesystem;
  const fs::path ann_dir = fs::path(dir) / "attributions";
  const fs::path text_dir = fs::path(dir) / "text";
  std::error_code ec;
  if (!fs::is_directory(ann_dir, ec)) {
    return NotFoundError("not a PolNeAR split directory (no attributions/)", {.file = dir});
  }
  std::vector<std::string> names;
  for (const auto& e : fs::directory_iterator(ann_dir, ec)) {
    if (e.path().extension() == ".ann") names.push_back(e.path().stem().string());
  }
  std::sort(names.begin(), names.end());
  // One annotation per text: the first by name.
  std::vector<std::string> unique;
  std::string last_text;
  for (const std::string& n : names) {
    std::string text_name = n.substr(0, n.rfind('_'));
    if (text_name == last_text) continue;
    last_text = text_name;
    unique.push_back(n);
  }
  std::vector<PolnearDoc> docs;
  for (size_t i = 0; i < unique.size(); ++i) {
    if (sel.slice_n > 0) {
      const bool in = static_cast<int>(i % sel.slice_n) == sel.slice_k;
      if (in == sel.exclude) continue;
    }
    PolnearDoc d;
    d.name = unique[i];
    const std::string text_path =
        (text_dir / (d.name.substr(0, d.name.rfind('_')) + ".txt")).string();
    Result<std::string> text = ReadFileToString(text_path);
    if (!text.ok()) {
      if (warnings) warnings->Error(text.status());
      continue;
    }
    const std::string ann_path = (ann_dir / (d.name + ".ann")).string();
    Result<std::string> ann = ReadFileToString(ann_path);
    if (!ann.ok()) {
      if (warnings) warnings->Error(ann.status());
      continue;
    }
    d.text = std::move(*text);
    d.gold = ParseBratAnn(*ann, d.text, ann_path, warnings);
    docs.push_back(std::move(d));
  }
  return docs;
}

std::vector<Attribution> AlignGold(const DocView& v, const std::vector<GoldAttribution>& gold) {
  // Tokens touched by a byte range: binary search on token starts/ends.
  auto to_tokens = [&](ByteSpan s) -> TokSpan {
    const auto& toks = v.tokens;
    auto lo = std::partition_point(toks.begin(), toks.end(),
                                   [&](const Token& t) { return t.span.end <= s.start; });
    auto hi =
        std::partition_point(lo, toks.end(), [&](const Token& t) { return t.span.start < s.end; });
    return {static_cast<uint32_t>(lo - toks.begin()), static_cast<uint32_t>(hi - toks.begin())};
  };
  auto merge = [&](const std::vector<ByteSpan>& spans) {
    std::vector<TokSpan> out;
    for (const ByteSpan& s : spans) {
      TokSpan t = to_tokens(s);
      if (t.empty()) continue;
      if (!out.empty() && t.begin <= out.back().end) {
        out.back().end = std::max(out.back().end, t.end);
      } else {
        out.push_back(t);
      }
    }
    return out;
  };
  std::vector<Attribution> out;
  for (const GoldAttribution& g : gold) {
    Attribution a;
    std::vector<TokSpan> cue = merge(g.cue);
    std::vector<TokSpan> src = merge(g.source);
    if (!cue.empty()) a.cue = {cue.front().begin, cue.back().end};
    if (!src.empty()) a.source = TokSpan{src.front().begin, src.back().end};
    a.content = merge(g.content);
    out.push_back(std::move(a));
  }
  return out;
}

}  // namespace claimtrace::attrib
