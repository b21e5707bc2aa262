// Lexicon loading: line-oriented TSV, '#' comments, one clear error per malformed line (file and
// line number). Covered by src/attrib/lexicon_test.cc.
#include "attrib/lexicon.h"

#include "attrib/perceptron.h"
#include "core/data_path.h"

namespace claimtrace::attrib {
namespace {

std::vector<std::string_view> Split(std::string_view s, char sep) {
  std::vector<std::string_view> out;
  size_t start = 0;
  while (true) {
    size_t p = s.find(sep, start);
    if (p == std::string_view::npos) {
      out.push_back(s.substr(start));
      return out;
    }
    out.push_back(s.substr(start, p - start));
    start = p + 1;
  }
}

// Calls fn(line_number, fields) for every non-comment, non-blank line.
template <typename Fn>
Status ForEachRow(std::string_view text, std::string_view name, Fn fn) {
  int64_t line_no = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t nl = text.find('\n', pos);
    std::string_view line = text.substr(pos, nl == std::string_view::npos ? text.npos : nl - pos);
    pos = nl == std::string_view::npos ? text.size() : nl + 1;
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    Status s = fn(Split(line, '\t'));
    if (!s.ok()) {
      return ParseError(
          s.message(),
          {.file = std::string(name), .line = line_no, .fragment = MakeFragment(line)});
    }
  }
  return Status::Ok();
}

bool ParseCueClass(std::string_view s, uint16_t* bits) {
  static constexpr std::pair<std::string_view, uint16_t> kClasses[] = {
      {"speech", kCueSpeech}, {"write", kCueWrite},       {"belief", kCueBelief},
      {"accuse", kCueAccuse}, {"evaluate", kCueEvaluate}, {"show", kCueShow},
      {"noun", kCueNoun}};
  for (const auto& [name, b] : kClasses) {
    if (s == name) {
      *bits = b;
      return true;
    }
  }
  return false;
}

bool ParseCueFlag(std::string_view s, uint16_t* bits) {
  static constexpr std::pair<std::string_view, uint16_t> kFlags[] = {
      {"hedge", kCueHedge},          {"addressee", kCueAddressee}, {"ask", kCueAsk},
      {"passive_ok", kCuePassiveOk}, {"core", kCueCore},           {"object", kCueObject}};
  for (const auto& [name, b] : kFlags) {
    if (s == name) {
      *bits |= b;
      return true;
    }
  }
  return false;
}

}  // namespace

std::string_view LowerAscii(std::string_view s, std::string* out) {
  out->assign(s);
  for (char& c : *out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return *out;
}

Result<Lexicon> Lexicon::Load(std::string_view data_dir) {
  std::string contents[3];
  const char* names[3] = {"lexicons/attrib_cues.tsv", "lexicons/attrib_speakers.tsv",
                          "lexicons/attrib_outlets.tsv"};
  for (int i = 0; i < 3; ++i) {
    CT_ASSIGN_OR_RETURN(std::string path, FindDataFile(names[i], data_dir));
    CT_ASSIGN_OR_RETURN(contents[i], ReadFileToString(path));
  }
  Result<Lexicon> lex = Parse(contents[0], contents[1], contents[2]);
  return lex;
}

Result<Lexicon> Lexicon::Parse(std::string_view cues_tsv, std::string_view speakers_tsv,
                               std::string_view outlets_tsv) {
  Lexicon lex;
  CT_RETURN_IF_ERROR(ForEachRow(cues_tsv, "attrib_cues.tsv", [&](const auto& f) -> Status {
    if (f.size() < 3 || f.size() > 4 || f[0].empty() || f[2].empty()) {
      return ParseError("expected lemma<TAB>class<TAB>forms[<TAB>flags]");
    }
    uint16_t bits = 0;
    if (!ParseCueClass(f[1], &bits))
      return ParseError("unknown cue class '" + std::string(f[1]) + "'");
    if (f.size() == 4) {
      for (std::string_view flag : Split(f[3], ' ')) {
        if (!flag.empty() && !ParseCueFlag(flag, &bits)) {
          return ParseError("unknown cue flag '" + std::string(flag) + "'");
        }
      }
    }
    if (lex.lemmas_.size() >= 0xFFFF) return ParseError("too many lemmas");
    uint16_t lemma = static_cast<uint16_t>(lex.lemmas_.size());
    lex.lemmas_.emplace_back(f[0]);
    std::string lower;
    for (std::string_view form : Split(f[2], ' ')) {
      if (form.empty()) continue;
      auto [it, inserted] =
          lex.cues_.try_emplace(std::string(LowerAscii(form, &lower)), CueEntry{bits, lemma});
      if (!inserted) it->second.bits |= bits;  // several classes; keep the first lemma
    }
    return Status::Ok();
  }));
  CT_RETURN_IF_ERROR(ForEachRow(speakers_tsv, "attrib_speakers.tsv", [&](const auto& f) -> Status {
    SpeakerKind kind;
    if (f.size() != 2 || f[0].empty()) return ParseError("expected word<TAB>kind");
    if (!claimtrace::Parse(f[1], &kind)) {
      return ParseError("unknown speaker kind '" + std::string(f[1]) + "'");
    }
    std::string lower;
    lex.heads_.emplace(std::string(LowerAscii(f[0], &lower)), kind);
    return Status::Ok();
  }));
  CT_RETURN_IF_ERROR(ForEachRow(outlets_tsv, "attrib_outlets.tsv", [&](const auto& f) -> Status {
    if (f.size() != 2 || f[0].empty()) return ParseError("expected name<TAB>class");
    MediaClass c;
    if (f[1] == "outlet")
      c = MediaClass::kOutlet;
    else if (f[1] == "media_word")
      c = MediaClass::kMediaWord;
    else if (f[1] == "platform")
      c = MediaClass::kPlatform;
    else
      return ParseError("unknown media class '" + std::string(f[1]) + "'");
    lex.media_.emplace(std::string(f[0]), c);
    return Status::Ok();
  }));
  lex.BuildCueIndex();
  return lex;
}

void Lexicon::BuildCueIndex() {
  cue_list_.assign(cues_.begin(), cues_.end());
  size_t cap = 16;
  while (cap < cue_list_.size() * 2) cap <<= 1;
  cue_slots_.assign(cap, CueSlot{});
  for (size_t i = 0; i < cue_list_.size(); ++i) {
    const uint64_t h = HashBytes(cue_list_[i].first);
    size_t k = static_cast<size_t>(h ^ (h >> 32)) & (cap - 1);
    while (cue_slots_[k].index != 0) k = (k + 1) & (cap - 1);
    cue_slots_[k] = {h, static_cast<uint32_t>(i + 1)};
  }
}

const CueEntry* Lexicon::CueByHash(uint64_t word_hash, std::string_view lower) const {
  if (cue_slots_.empty()) return Cue(lower);
  const size_t mask = cue_slots_.size() - 1;
  for (size_t k = static_cast<size_t>(word_hash ^ (word_hash >> 32)) & mask;; k = (k + 1) & mask) {
    const CueSlot& slot = cue_slots_[k];
    if (slot.index == 0) return nullptr;
    if (slot.hash == word_hash) {
      const auto& [form, entry] = cue_list_[slot.index - 1];
      if (form == lower) return &entry;
    }
  }
}

const CueEntry* Lexicon::Cue(std::string_view lower) const {
  auto it = cues_.find(lower);
  return it == cues_.end() ? nullptr : &it->second;
}

std::optional<SpeakerKind> Lexicon::HeadKind(std::string_view lower) const {
  auto it = heads_.find(lower);
  if (it == heads_.end()) return std::nullopt;
  return it->second;
}

MediaClass Lexicon::Media(std::string_view name) const {
  auto it = media_.find(name);
  return it == media_.end() ? MediaClass::kNone : it->second;
}

}  // namespace claimtrace::attrib
