// Gazetteer loading and matching. Phrases are tokenised with the project tokenizer and stored
// as chained hashes of lower-cased tokens; Match looks up the first token's hash to learn the
// longest phrase starting with it and tries lengths from longest to shortest. Covered by
// gazetteer_test.cc (curated lists, iso-codes, malformed lines).
#include "lang/gazetteer.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <cstdlib>
#include <filesystem>
#include <nlohmann/json.hpp>

#include "core/data_path.h"
#include "lang/hashing.h"
#include "lang/tokenizer.h"

namespace claimtrace::lang {
namespace {

constexpr size_t kMaxPhraseTokens = 12;

struct KindBits {
  std::string_view file;
  std::string_view kind;
  uint32_t cap_bits;
  uint32_t any_bits;
};

constexpr KindBits kKinds[] = {
    {"places.tsv", "country", kGazCountry, 0},
    {"places.tsv", "city", kGazCity, 0},
    {"places.tsv", "region", kGazRegion, 0},
    {"places.tsv", "area", kGazArea, 0},
    {"places.tsv", "water", kGazWater, 0},
    {"places.tsv", "land", kGazLand, 0},
    {"demonyms.tsv", "nationality", kGazNationality, 0},
    {"demonyms.tsv", "ethnic", kGazEthnic, 0},
    {"demonyms.tsv", "religious", kGazReligious, 0},
    {"demonyms.tsv", "political", kGazPolitical, 0},
    {"titles.tsv", "title", kGazTitle, 0},
    {"titles.tsv", "role", 0, kGazRole},
    {"org_suffixes.tsv", "org", kGazOrgWord, 0},
    {"org_suffixes.tsv", "military", kGazMilitary, 0},
    {"org_suffixes.tsv", "gov", kGazGovWord, 0},
    {"org_suffixes.tsv", "company", kGazCompany, 0},
    {"org_suffixes.tsv", "media", kGazMediaWord, 0},
    {"org_suffixes.tsv", "edu", kGazEduWord, 0},
    {"outlets.tsv", "", kGazOutlet, 0},
    {"outlets.tsv", "weak", kGazOutlet | kGazOutletWeak, 0},
    {"events.tsv", "", kGazEvent, 0},
};

constexpr std::string_view kLexiconFiles[] = {"places.tsv",       "demonyms.tsv", "titles.tsv",
                                              "org_suffixes.tsv", "outlets.tsv",  "events.tsv"};

// ISO 3166-2 names that are ordinary English words or too short to be useful as place cues.
constexpr std::string_view kSubdivisionStop[] = {
    "Ain",       "Antique", "Ba",       "Bar",        "Bay",     "Capital", "Central",  "Centre",
    "Centro",    "Chin",    "Coast",    "Delta",      "East",    "Eastern", "Est",      "Federal",
    "Highlands", "Ig",      "Imo",      "Interior",   "Islands", "Lakes",   "Littoral", "Lot",
    "Lower",     "Male",    "Mascara",  "Meta",       "Mon",     "Most",    "Mountain", "Nord",
    "Norte",     "North",   "Northern", "Occidental", "Oeste",   "Orient",  "Oriental", "Ouest",
    "Para",      "Paul",    "Pest",     "Plateau",    "Pool",    "Reading", "Sila",     "South",
    "Southern",  "Sud",     "Sur",      "Tak",        "Tapa",    "Upper",   "Valley",   "Van",
    "Var",       "West",    "Western",
};

bool IsStopSubdivision(std::string_view name) {
  for (std::string_view s : kSubdivisionStop) {
    if (s == name) return true;
  }
  return false;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r')) {
    s.remove_prefix(1);
  }
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) {
    s.remove_suffix(1);
  }
  return s;
}

}  // namespace

Gazetteer::Gazetteer() = default;

uint16_t Gazetteer::GroupOf(std::string_view alpha2) {
  for (size_t i = 0; i < group_codes_.size(); ++i) {
    if (group_codes_[i] == alpha2) return static_cast<uint16_t>(i + 1);
  }
  group_codes_.emplace_back(alpha2);
  return static_cast<uint16_t>(group_codes_.size());
}

void Gazetteer::AddPhrase(std::string_view phrase, uint32_t cap_bits, uint32_t any_bits,
                          uint16_t group) {
  std::vector<Token> tokens;
  Tokenize(phrase, &tokens);
  if (tokens.empty() || tokens.size() > kMaxPhraseTokens) return;
  uint64_t h = kFnvOffset;
  uint64_t first = 0;
  for (size_t i = 0; i < tokens.size(); ++i) {
    uint64_t lower = ComputeTokenKeys(phrase, tokens[i].span).lower;
    if (i == 0) first = lower;
    h = PhraseHashStep(h, lower);
  }
  auto [index, inserted] = phrases_.Insert(h, static_cast<uint32_t>(entries_.size()));
  if (inserted) {
    entries_.push_back({});
    ++stats_.phrases;
  }
  entries_[*index].cap_bits |= cap_bits;
  entries_[*index].any_bits |= any_bits;
  if (group != 0 && entries_[*index].group == 0) entries_[*index].group = group;
  const uint32_t len = static_cast<uint32_t>(tokens.size());
  auto [v, fresh] = words_.Insert(first, len << 8);
  if (!fresh && (*v >> 8) < len) *v = (*v & kWordDictMask) | (len << 8);
}

Status Gazetteer::LoadTsv(const std::string& path, std::string_view file_name) {
  CT_ASSIGN_OR_RETURN(std::string content, ReadFileToString(path));
  size_t line_no = 0;
  size_t pos = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string::npos) nl = content.size();
    std::string_view line(content.data() + pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (Trim(line).empty() || line.front() == '#') continue;
    size_t tab = line.find('\t');
    std::string_view phrase = Trim(line.substr(0, tab));
    std::string_view kind = tab == std::string_view::npos ? "" : Trim(line.substr(tab + 1));
    std::string_view code;
    if (size_t tab2 = kind.find('\t'); tab2 != std::string_view::npos) {
      code = Trim(kind.substr(tab2 + 1));
      kind = Trim(kind.substr(0, tab2));
    }
    const KindBits* found = nullptr;
    for (const KindBits& k : kKinds) {
      if (k.file == file_name && k.kind == kind) found = &k;
    }
    if (found == nullptr || phrase.empty()) {
      return ParseError(
          "unknown kind \"" + std::string(kind) + "\" or empty name",
          {.file = path, .line = static_cast<int64_t>(line_no), .fragment = MakeFragment(line)});
    }
    AddPhrase(phrase, found->cap_bits, found->any_bits, code.empty() ? 0 : GroupOf(code));
  }
  return Status::Ok();
}

Status Gazetteer::LoadIsoCodes(const std::string& dir) {
  std::string p1 = dir + "/iso_3166-1.json";
  std::string p2 = dir + "/iso_3166-2.json";
  std::error_code ec;
  if (!std::filesystem::exists(p1, ec)) {
    return NotFoundError(
        "ISO 3166 country data not found (install the Debian package iso-codes "
        "or set CLAIMTRACE_ISO_CODES_DIR)",
        {.file = p1});
  }
  CT_ASSIGN_OR_RETURN(std::string c1, ReadFileToString(p1));
  nlohmann::json j1 = nlohmann::json::parse(c1, nullptr, /*allow_exceptions=*/false);
  if (j1.is_discarded() || !j1.contains("3166-1") || !j1["3166-1"].is_array()) {
    return ParseError("not an ISO 3166-1 JSON file", {.file = p1});
  }
  uint16_t group = 0;
  auto add_country = [&](std::string name) {
    if (size_t paren = name.find(" ("); paren != std::string::npos) {
      size_t close = name.find(')', paren);
      if (close != std::string::npos) {
        AddPhrase(std::string_view(name).substr(paren + 2, close - paren - 2), kGazCountry, 0,
                  group);
      }
      name.resize(paren);
    }
    if (size_t comma = name.find(", "); comma != std::string::npos) name.resize(comma);
    if (name.size() >= 3) AddPhrase(name, kGazCountry, 0, group);
  };
  for (const nlohmann::json& c : j1["3166-1"]) {
    if (!c.is_object()) continue;
    auto a2 = c.find("alpha_2");
    group = (a2 != c.end() && a2->is_string()) ? GroupOf(a2->get<std::string>()) : 0;
    for (const char* field : {"name", "common_name", "official_name"}) {
      auto it = c.find(field);
      if (it != c.end() && it->is_string()) {
        add_country(it->get<std::string>());
        if (std::string_view(field) != "official_name") ++stats_.countries;
      }
    }
    auto code = c.find("alpha_2");
    if (code != c.end() && code->is_string()) {
      icu::Locale loc("", code->get<std::string>().c_str());
      icu::UnicodeString u;
      loc.getDisplayCountry(icu::Locale::getEnglish(), u);
      std::string name;
      u.toUTF8String(name);
      if (!name.empty() && name.find(" - ") == std::string::npos &&
          name.find(" SAR ") == std::string::npos) {
        add_country(name);
      }
    }
  }
  if (!std::filesystem::exists(p2, ec)) return Status::Ok();
  CT_ASSIGN_OR_RETURN(std::string c2, ReadFileToString(p2));
  nlohmann::json j2 = nlohmann::json::parse(c2, nullptr, /*allow_exceptions=*/false);
  if (j2.is_discarded() || !j2.contains("3166-2") || !j2["3166-2"].is_array()) {
    return ParseError("not an ISO 3166-2 JSON file", {.file = p2});
  }
  for (const nlohmann::json& s : j2["3166-2"]) {
    if (!s.is_object()) continue;
    auto it = s.find("name");
    if (it == s.end() || !it->is_string()) continue;
    std::string name = it->get<std::string>();
    if (size_t paren = name.find(" ("); paren != std::string::npos) name.resize(paren);
    if (name.size() < 3 || IsStopSubdivision(name)) continue;
    AddPhrase(name, kGazSubdivision, 0);
    ++stats_.subdivisions;
  }
  return Status::Ok();
}

Status Gazetteer::LoadWordNet(const std::string& dir) {
  std::string path = dir + "/data.noun";
  Result<std::string> content = ReadFileToString(path);
  if (!content.ok()) {
    return NotFoundError(
        "WordNet noun data not found (install the Debian package wordnet-base or "
        "set CLAIMTRACE_WORDNET_DIR)",
        {.file = path});
  }
  std::string_view c = *content;
  std::string lemma;
  for (size_t pos = 0; pos < c.size();) {
    size_t nl = c.find('\n', pos);
    if (nl == std::string_view::npos) nl = c.size();
    std::string_view line = c.substr(pos, nl - pos);
    pos = nl + 1;
    if (line.empty() || line[0] == ' ') continue;  // licence header
    // offset lex_filenum ss_type w_cnt (word lex_id)...
    size_t a = line.find(' ');
    size_t b = line.find(' ', a + 1);
    size_t t = line.find(' ', b + 1);
    size_t w = line.find(' ', t + 1);
    if (a == std::string_view::npos || b == std::string_view::npos || t == std::string_view::npos ||
        w == std::string_view::npos) {
      continue;
    }
    int lex = std::atoi(std::string(line.substr(a + 1, b - a - 1)).c_str());
    uint32_t bits = 0;
    switch (lex) {
      case 18:
        bits = kGazWnPerson;
        break;
      case 15:
        bits = kGazWnLocation;
        break;
      case 14:
        bits = kGazWnGroup;
        break;
      case 17:
        bits = kGazWnObject;
        break;
      case 4:
      case 11:
        bits = kGazWnEvent;
        break;
      default:
        continue;
    }
    long count = std::strtol(std::string(line.substr(t + 1, w - t - 1)).c_str(), nullptr, 16);
    size_t p = w + 1;
    for (long k = 0; k < count && p < line.size(); ++k) {
      size_t sp = line.find(' ', p);
      if (sp == std::string_view::npos) break;
      std::string_view word = line.substr(p, sp - p);
      size_t sp2 = line.find(' ', sp + 1);  // skip lex_id
      p = sp2 == std::string_view::npos ? line.size() : sp2 + 1;
      if (word.empty() || !(word[0] >= 'A' && word[0] <= 'Z')) continue;
      if (size_t paren = word.find('('); paren != std::string_view::npos)
        word = word.substr(0, paren);
      lemma.assign(word);
      for (char& ch : lemma) {
        if (ch == '_') ch = ' ';
      }
      AddPhrase(lemma, bits, 0);
      ++stats_.wordnet;
    }
  }
  return Status::Ok();
}

Status Gazetteer::LoadWordList(const std::string& path) {
  Result<std::string> content = ReadFileToString(path);
  if (!content.ok()) {
    return NotFoundError(
        "word list not found (install the Debian package wamerican-large or set "
        "CLAIMTRACE_WORDS)",
        {.file = path});
  }
  std::string_view c = *content;
  words_.Reserve(200000 + words_.size());
  for (size_t pos = 0; pos < c.size();) {
    size_t nl = c.find('\n', pos);
    if (nl == std::string_view::npos) nl = c.size();
    std::string_view word = c.substr(pos, nl - pos);
    pos = nl + 1;
    if (word.empty() || word.find('\'') != std::string_view::npos) continue;  // skip "Putin's"
    TokenKeys k = ComputeTokenKeys(word, {0, static_cast<uint32_t>(word.size())});
    uint32_t bit = k.has_upper ? kDictCap : kDictLower;
    auto [v, inserted] = words_.Insert(k.lower, bit);
    if (!inserted) *v |= bit;
    ++stats_.words;
  }
  return Status::Ok();
}

Result<std::unique_ptr<Gazetteer>> Gazetteer::Load(std::string_view data_dir) {
  auto gaz = std::make_unique<Gazetteer>();
  const char* iso = std::getenv("CLAIMTRACE_ISO_CODES_DIR");
  CT_RETURN_IF_ERROR(gaz->LoadIsoCodes(iso && *iso ? iso : "/usr/share/iso-codes/json"));
  const char* wn = std::getenv("CLAIMTRACE_WORDNET_DIR");
  CT_RETURN_IF_ERROR(gaz->LoadWordNet(wn && *wn ? wn : "/usr/share/wordnet"));
  const char* words = std::getenv("CLAIMTRACE_WORDS");
  CT_RETURN_IF_ERROR(gaz->LoadWordList(words && *words ? words : "/usr/share/dict/words"));
  for (std::string_view file : kLexiconFiles) {
    CT_ASSIGN_OR_RETURN(std::string path,
                        FindDataFile(std::string("lexicons/") + std::string(file), data_dir));
    CT_RETURN_IF_ERROR(gaz->LoadTsv(path, file));
  }
  return gaz;
}

void Gazetteer::Match(const std::vector<Token>& tokens, const std::vector<TokenKeys>& keys,
                      std::vector<GazMatch>* out) const {
  out->clear();
  const size_t n = tokens.size();
  // The first-token table is large: prefetch a few tokens ahead so the misses overlap.
  constexpr size_t kAhead = 12;
  for (size_t k = 0; k < kAhead && k < n; ++k) words_.Prefetch(keys[k].lower);
  for (size_t i = 0; i < n;) {
    if (i + kAhead < n) words_.Prefetch(keys[i + kAhead].lower);
    const uint32_t* word = words_.Find(keys[i].lower);
    const uint32_t maxlen = word ? *word >> 8 : 0;
    if (maxlen == 0) {
      ++i;
      continue;
    }
    size_t limit = std::min<size_t>(maxlen, n - i);
    uint64_t prefix[kMaxPhraseTokens + 1];
    uint64_t h = kFnvOffset;
    size_t len = 0;
    for (; len < limit; ++len) {
      if (len > 0 && (tokens[i + len].flags & (kTokenSentenceStart | kTokenParagraphStart))) break;
      h = PhraseHashStep(h, keys[i + len].lower);
      prefix[len + 1] = h;
    }
    // Every prefix length is probed until one matches: start all their loads at once so the
    // misses overlap instead of queueing one after another (a cache hint only).
    for (size_t l = len; l >= 1; --l) phrases_.Prefetch(prefix[l]);
    bool cap = (tokens[i].flags & kTokenCapitalized) != 0;
    bool matched = false;
    for (size_t l = len; l >= 1; --l) {
      const uint32_t* e = phrases_.Find(prefix[l]);
      if (e == nullptr) continue;
      const Entry& entry = entries_[*e];
      uint32_t bits = entry.any_bits | (cap ? entry.cap_bits : 0);
      if (bits == 0) continue;
      out->push_back({static_cast<uint32_t>(i), static_cast<uint32_t>(i + l), bits,
                      (entry.cap_bits & kGazCountry) && cap ? entry.group : uint16_t{0}});
      i += l;
      matched = true;
      break;
    }
    if (!matched) ++i;
  }
}

uint32_t Gazetteer::WordBits(uint64_t lower_hash, bool capitalized) const {
  const uint32_t* e = phrases_.Find(PhraseHashStep(kFnvOffset, lower_hash));
  if (e == nullptr) return 0;
  const Entry& entry = entries_[*e];
  return entry.any_bits | (capitalized ? entry.cap_bits : 0);
}

uint32_t Gazetteer::PhraseBits(std::string_view phrase, uint16_t* group) const {
  if (group) *group = 0;
  std::vector<Token> tokens;
  Tokenize(phrase, &tokens);
  if (tokens.empty()) return 0;
  uint64_t h = kFnvOffset;
  for (const Token& t : tokens) h = PhraseHashStep(h, ComputeTokenKeys(phrase, t.span).lower);
  const uint32_t* e = phrases_.Find(h);
  if (e == nullptr) return 0;
  const Entry& entry = entries_[*e];
  bool cap = (tokens[0].flags & kTokenCapitalized) != 0;
  if (group && cap) *group = entry.group;
  return entry.any_bits | (cap ? entry.cap_bits : 0);
}

}  // namespace claimtrace::lang
