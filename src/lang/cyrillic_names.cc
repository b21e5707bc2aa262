// Cyrillic name spotting: tokens are grouped into word units (hyphen-joined parts are one
// unit), then each sentence is scanned left to right trying, in order, an initialism, an
// organisation phrase, a quoted name and a capitalised run (rules in cyrillic_names.h).
// Covered by cyrillic_test.cc.
#include "lang/cyrillic_names.h"

#include <unicode/locid.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <unordered_set>

#include "core/data_path.h"
#include "lang/cyrillic.h"

namespace claimtrace::lang {
namespace {

std::string_view TrimView(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
  return s;
}

std::vector<std::string_view> SplitWords(std::string_view phrase) {
  std::vector<std::string_view> words;
  size_t pos = 0;
  while (pos < phrase.size()) {
    size_t sp = phrase.find(' ', pos);
    if (sp == std::string_view::npos) sp = phrase.size();
    if (sp > pos) words.push_back(phrase.substr(pos, sp - pos));
    pos = sp + 1;
  }
  return words;
}

bool EndsWith(std::string_view s, std::string_view suffix) {
  return s.size() >= suffix.size() && s.substr(s.size() - suffix.size()) == suffix;
}

bool EndsWithAny(std::string_view s, std::initializer_list<std::string_view> suffixes) {
  for (std::string_view x : suffixes) {
    if (EndsWith(s, x)) return true;
  }
  return false;
}

// Number of code points in a UTF-8 string.
size_t Letters(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

bool AdjectiveShaped(std::string_view lower) {
  return EndsWithAny(lower, {"ая",  "яя",  "ое",  "ее",  "ый", "ий",   "ой",   "ые",   "ие",
                             "ого", "его", "ую",  "ых",  "их", "ська", "цька", "ське", "ські",
                             "ьке", "ька", "ної", "ний", "на", "не",   "ні"});
}

bool SurnameShaped(std::string_view word) {
  // Adjective-shaped words are surnames only in the -ский/-цкий family ("Зеленский").
  const bool adjective = AdjectiveShaped(CyrillicLower(word));
  for (const std::string& s : CyrillicStems(word)) {
    if (adjective) {
      if (EndsWithAny(s, {"ск", "цк", "ськ", "цьк"})) return true;
      continue;
    }
    if (EndsWithAny(s, {"ов", "ев", "ёв", "ин", "ын", "ск", "цк", "ськ", "цьк", "енк", "ук", "юк",
                        "як", "ич", "дз", "швил", "ян", "чук"})) {
      return true;
    }
  }
  return false;
}

bool Patronymic(std::string_view word) {
  for (const std::string& s : CyrillicStems(word)) {
    if (EndsWithAny(s, {"ович", "евич", "йович", "овн", "евн", "ичн", "івн", "ївн"})) return true;
  }
  return false;
}

bool PlacePreposition(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "в",       "во",    "из",     "под",     "під",     "над",    "около", "возле", "біля",
      "поблизу", "город", "города", "городе",  "місто",   "міста",  "місті", "села",  "селе",
      "селі",    "село",  "із",     "області", "области", "районе", "районі"};
  return kWords.count(lower) != 0;
}

bool StopWord(std::string_view lower) {
  static const std::unordered_set<std::string_view> kWords = {
      "что",   "как",   "это",     "при",     "для",     "под",  "над",   "его",   "её",
      "их",    "был",   "все",     "уже",     "так",     "где",  "чем",   "без",   "или",
      "або",   "які",   "яка",     "цей",     "щодо",    "про",  "после", "після", "через",
      "также", "також", "которые", "который", "которая", "які",  "этого", "цього", "ему",
      "ей",    "им",    "она",     "они",     "вона",    "вони", "него",  "нього"};
  return kWords.count(lower) != 0;
}

bool VerbShaped(std::string_view lower) {
  if (lower == "дел") return false;
  if (EndsWithAny(lower, {"ся", "сь", "ть", "ет", "ют", "ит", "ат", "ут", "ють", "ить", "ать"})) {
    return true;
  }
  for (std::string_view e : {"ла", "ло", "ли", "л"}) {
    if (!EndsWith(lower, e)) continue;
    std::string_view before = lower.substr(0, lower.size() - e.size());
    if (EndsWithAny(before, {"а", "я", "е", "и", "о", "у", "ы", "і"})) return true;
  }
  return false;
}

bool GenitiveShaped(std::string_view lower) {
  return lower == "дел" || EndsWithAny(lower, {"а",  "я",  "и",  "ы",  "і",  "ї",  "ого", "его",
                                               "ой", "ей", "ых", "их", "ов", "ев", "ий",  "ый",
                                               "ій", "ої", "ів", "ая", "ое", "ые", "ие"});
}

// One word unit: tokens [b, e), a word possibly joined to others by hyphens without spaces.
struct Unit {
  uint32_t b = 0, e = 0;
  std::string_view text;
  std::string lower;
  bool cyr = false;
  bool cap = false;
  bool all_caps = false;
  bool start = false;  // first word of a sentence or of a quotation
};

bool IsInitial(const Unit& u) {
  std::string_view t = u.text;
  if (!t.empty() && t.back() == '.') t.remove_suffix(1);
  return u.cyr && u.cap && Letters(t) == 1 && u.text.size() > t.size();
}

bool OneLetter(const Unit& u) { return Letters(u.text) == 1; }

EntityType TypeOf(CyrillicKind k) {
  switch (k) {
    case CyrillicKind::kGpe:
      return EntityType::kGpe;
    case CyrillicKind::kLoc:
      return EntityType::kLoc;
    case CyrillicKind::kGiven:
      return EntityType::kPerson;
    default:
      return EntityType::kOrg;
  }
}

class Spotter {
 public:
  Spotter(const EntityContext& ctx, const CyrillicLexicon& lex) : ctx_(ctx), lex_(lex) {}

  std::vector<TypedMention> Run() {
    BuildUnits();
    for (const Unit& u : units_) {
      if (u.cyr && u.cap && !u.start && !u.all_caps) {
        for (std::string& s : CyrillicStems(u.text)) capitalised_.insert(std::move(s));
      }
    }
    for (size_t s = 0; s + 1 < sentence_units_.size(); ++s) {
      size_t u = sentence_units_[s], end = sentence_units_[s + 1];
      while (u < end) u = Step(u, end);
    }
    return std::move(out_);
  }

 private:
  void BuildUnits() {
    const auto& sentences = *ctx_.sentences;
    for (const auto& [sb, se] : sentences) {
      sentence_units_.push_back(units_.size());
      bool at_start = true;
      for (uint32_t i = sb; i < se;) {
        const Token& t = ctx_.tok(i);
        if (t.kind != TokenKind::kWord) {
          if (t.kind == TokenKind::kQuote && (t.flags & kTokenOpensQuote)) at_start = true;
          if (t.kind == TokenKind::kNumber) at_start = false;
          ++i;
          continue;
        }
        uint32_t e = i + 1;
        while (e + 1 < se && ctx_.tok(e).kind == TokenKind::kDash &&
               !(ctx_.tok(e).flags & kTokenSpaceBefore) &&
               ctx_.tok(e + 1).kind == TokenKind::kWord &&
               !(ctx_.tok(e + 1).flags & kTokenSpaceBefore)) {
          e += 2;
        }
        Unit u;
        u.b = i;
        u.e = e;
        u.text = ctx_.Text(i, e);
        u.cyr = StartsCyrillic(u.text);
        u.cap = ctx_.Capitalized(i);
        u.all_caps = e == i + 1 && ctx_.AllCaps(i);
        u.start = at_start;
        if (u.cyr) u.lower = CyrillicLower(u.text);
        units_.push_back(std::move(u));
        at_start = false;
        i = e;
      }
    }
    sentence_units_.push_back(units_.size());
  }

  bool Adjacent(size_t a, size_t b) const { return units_[a].e == units_[b].b; }

  void Emit(size_t first, size_t last, EntityType type) {
    TypedMention m;
    m.begin = units_[first].b;
    m.end = units_[last].e;
    m.type = type;
    m.from_tagger = false;
    out_.push_back(m);
  }

  std::vector<std::string_view> Words(size_t first, size_t last) const {
    std::vector<std::string_view> w;
    for (size_t k = first; k <= last; ++k) w.push_back(units_[k].text);
    return w;
  }

  // Longest lexicon phrase (place or organisation) starting at unit u, up to 4 units; returns
  // its last unit or -1.
  int64_t PhraseAt(size_t u, size_t end, CyrillicKind* kind) const {
    for (size_t n = std::min<size_t>(4, end - u); n >= 1; --n) {
      bool ok = true;
      for (size_t k = u + 1; k < u + n && ok; ++k) ok = units_[k].cyr && Adjacent(k - 1, k);
      if (!ok) continue;
      CyrillicKind k = lex_.Find(Words(u, u + n - 1));
      if (k == CyrillicKind::kGpe || k == CyrillicKind::kLoc || k == CyrillicKind::kOrg) {
        *kind = k;
        return static_cast<int64_t>(u + n - 1);
      }
    }
    return -1;
  }

  bool KnownElsewhere(const Unit& u) const {
    for (const std::string& s : CyrillicStems(u.text)) {
      if (capitalised_.count(s)) return true;
    }
    return false;
  }

  size_t Step(size_t u, size_t end) {
    const Unit& x = units_[u];
    if (!x.cyr || !x.cap) return u + 1;
    if (x.all_caps && Letters(x.text) <= 6) {
      CyrillicKind k = lex_.Find(x.text);
      Emit(u, u,
           k == CyrillicKind::kNone || k == CyrillicKind::kGiven ? EntityType::kOrg : TypeOf(k));
      return u + 1;
    }
    if (size_t next = OrgPhrase(u, end); next > u) return next;
    if (size_t next = QuotedName(u, end); next > u) return next;
    return CapitalRun(u, end);
  }

  // "Министерство обороны России", "Главное управление разведки".
  size_t OrgPhrase(size_t u, size_t end) {
    size_t head;
    if (lex_.Find(units_[u].text) == CyrillicKind::kOrgHead) {
      head = u;
    } else if (u + 1 < end && AdjectiveShaped(units_[u].lower) && Adjacent(u, u + 1) &&
               units_[u + 1].cyr && !units_[u + 1].cap &&
               lex_.Find(units_[u + 1].text) == CyrillicKind::kOrgHead) {
      head = u + 1;
    } else {
      return u;
    }
    size_t last = head;
    size_t lower_words = 0;
    for (size_t k = head + 1; k < end && Adjacent(k - 1, k) && units_[k].cyr; ++k) {
      const Unit& w = units_[k];
      if (!w.cap) {
        if (lower_words == 4 || Letters(w.lower) < 3 || StopWord(w.lower) || VerbShaped(w.lower) ||
            !GenitiveShaped(w.lower)) {
          break;
        }
        ++lower_words;
        last = k;
        continue;
      }
      CyrillicKind kind;
      int64_t p = PhraseAt(k, end, &kind);
      if (p >= 0) last = static_cast<size_t>(p);
      break;
    }
    if (last == u) return u;  // a bare head word: maybe a name run, decided there
    Emit(u, last, EntityType::kOrg);
    return last + 1;
  }

  // A capitalised name in quotes after a lower-case word: "газета «Новая газета»".
  size_t QuotedName(size_t u, size_t end) {
    uint32_t b = units_[u].b;
    if (b < 2) return u;
    const Token& q = ctx_.tok(b - 1);
    if (q.kind != TokenKind::kQuote || !(q.flags & kTokenOpensQuote)) return u;
    const Token& before = ctx_.tok(b - 2);
    std::string_view bw = ctx_.Text(b - 2);
    if (before.kind != TokenKind::kWord || !StartsCyrillic(bw) || ctx_.Capitalized(b - 2)) {
      return u;
    }
    size_t last = u;
    while (last + 1 < end && last - u < 4 && Adjacent(last, last + 1)) ++last;
    for (size_t k = u; k <= last; ++k) {
      uint32_t after = units_[k].e;
      if (after < ctx_.size() && ctx_.tok(after).kind == TokenKind::kQuote &&
          (ctx_.tok(after).flags & kTokenClosesQuote)) {
        CyrillicKind kind = lex_.Find(Words(u, k));
        Emit(u, k,
             kind == CyrillicKind::kGpe || kind == CyrillicKind::kLoc ? TypeOf(kind)
                                                                      : EntityType::kOrg);
        return k + 1;
      }
    }
    return u;
  }

  size_t CapitalRun(size_t u, size_t end) {
    if (OneLetter(units_[u]) && !IsInitial(units_[u])) return u + 1;  // "В Москве"
    // A lexicon place or organisation (possibly with lower-case words: "Збройні сили"); an
    // organisation takes a place right after it ("Збройні сили України").
    CyrillicKind pk;
    int64_t p = PhraseAt(u, end, &pk);
    if (p >= 0) {
      size_t last = static_cast<size_t>(p);
      CyrillicKind place;
      if (pk == CyrillicKind::kOrg && last + 1 < end && Adjacent(last, last + 1) &&
          units_[last + 1].cap && !units_[last + 1].all_caps) {
        int64_t q = PhraseAt(last + 1, end, &place);
        if (q >= 0 && place == CyrillicKind::kGpe) last = static_cast<size_t>(q);
      }
      Emit(u, last, TypeOf(pk));
      return last + 1;
    }
    // An unknown sentence opener is no name; the words after it are looked at afresh.
    if (units_[u].start && !IsInitial(units_[u]) &&
        lex_.Find(units_[u].text) != CyrillicKind::kGiven && !KnownElsewhere(units_[u])) {
      return u + 1;
    }
    size_t last = u;
    while (last + 1 < end && Adjacent(last, last + 1)) {
      const Unit& n = units_[last + 1];
      if (!n.cyr || !n.cap || n.all_caps || (OneLetter(n) && !IsInitial(n))) break;
      CyrillicKind k = lex_.Find(n.text);
      if (k == CyrillicKind::kOrgHead) break;
      if (k != CyrillicKind::kNone && k != CyrillicKind::kGiven) break;  // a place splits the run
      if (last + 2 < end && AdjectiveShaped(n.lower) && !units_[last + 2].cap &&
          lex_.Find(units_[last + 2].text) == CyrillicKind::kOrgHead) {
        break;  // "Головного управління …" starts an organisation
      }
      ++last;
    }
    const size_t first = u;
    // Trailing initials are not part of the name.
    while (last > first && IsInitial(units_[last])) --last;
    if (first == last && IsInitial(units_[first])) return last + 1;
    Emit(first, last, TypeRun(first, last));
    return last + 1;
  }

  EntityType TypeRun(size_t first, size_t last) const {
    const size_t n = last - first + 1;
    CyrillicKind whole = lex_.Find(Words(first, last));
    if (whole != CyrillicKind::kNone && whole != CyrillicKind::kOrgHead) return TypeOf(whole);
    if (n >= 2) {
      if (IsInitial(units_[first]) || lex_.Find(units_[first].text) == CyrillicKind::kGiven) {
        return EntityType::kPerson;
      }
      for (size_t k = first + 1; k <= last; ++k) {
        if (Patronymic(units_[k].text)) return EntityType::kPerson;
      }
      if (n <= 3 && !AdjectiveShaped(units_[first].lower)) return EntityType::kPerson;
      CyrillicKind tail = lex_.Find(units_[last].text);
      if (tail == CyrillicKind::kGpe || tail == CyrillicKind::kLoc) return TypeOf(tail);
      return EntityType::kMisc;
    }
    uint32_t b = units_[first].b;
    if (b > 0 && ctx_.tok(b - 1).kind == TokenKind::kWord &&
        PlacePreposition(CyrillicLower(ctx_.Text(b - 1)))) {
      return EntityType::kGpe;
    }
    for (const std::string& st : CyrillicStems(units_[first].text)) {
      if (EndsWith(st, "щин")) return EntityType::kGpe;  // regions: "Харківщина", "Херсонщина"
    }
    if (SurnameShaped(units_[first].text)) return EntityType::kPerson;
    return EntityType::kMisc;
  }

  const EntityContext& ctx_;
  const CyrillicLexicon& lex_;
  std::vector<Unit> units_;
  std::vector<size_t> sentence_units_;  // first unit of each sentence, plus the end
  std::unordered_set<std::string> capitalised_;
  std::vector<TypedMention> out_;
};

}  // namespace

void CyrillicLexicon::Add(std::string_view phrase, CyrillicKind kind) {
  std::vector<std::string_view> words = SplitWords(phrase);
  if (words.empty()) return;
  std::string key;
  for (std::string_view w : words) {
    if (!key.empty()) key.push_back(' ');
    key += CyrillicStems(w).front();
  }
  entries_.emplace(std::move(key), kind);  // the first listing wins
  max_words_ = std::max(max_words_, words.size());
}

CyrillicKind CyrillicLexicon::Find(const std::vector<std::string_view>& words) const {
  if (words.empty() || words.size() > max_words_) return CyrillicKind::kNone;
  std::vector<std::vector<std::string>> stems;
  for (std::string_view w : words) stems.push_back(CyrillicStems(w));
  // Every combination of candidate stems (a handful per word, phrases of up to 4 words).
  std::vector<size_t> pick(words.size(), 0);
  while (true) {
    std::string key;
    for (size_t i = 0; i < words.size(); ++i) {
      if (i) key.push_back(' ');
      key += stems[i][pick[i]];
    }
    auto it = entries_.find(key);
    if (it != entries_.end()) return it->second;
    size_t i = 0;
    while (i < pick.size() && ++pick[i] == stems[i].size()) pick[i++] = 0;
    if (i == pick.size()) return CyrillicKind::kNone;
  }
}

Status CyrillicLexicon::AddTsv(std::string_view content, std::string_view source) {
  size_t pos = 0, line_no = 0;
  while (pos < content.size()) {
    size_t nl = content.find('\n', pos);
    if (nl == std::string_view::npos) nl = content.size();
    std::string_view line = content.substr(pos, nl - pos);
    pos = nl + 1;
    ++line_no;
    if (TrimView(line).empty() || line.front() == '#') continue;
    size_t tab = line.find('\t');
    std::string_view name = TrimView(line.substr(0, tab));
    std::string_view kind = tab == std::string_view::npos ? "" : TrimView(line.substr(tab + 1));
    CyrillicKind k = kind == "given"      ? CyrillicKind::kGiven
                     : kind == "gpe"      ? CyrillicKind::kGpe
                     : kind == "loc"      ? CyrillicKind::kLoc
                     : kind == "org"      ? CyrillicKind::kOrg
                     : kind == "org_head" ? CyrillicKind::kOrgHead
                                          : CyrillicKind::kNone;
    if (k == CyrillicKind::kNone || name.empty()) {
      return ParseError("unknown kind \"" + std::string(kind) + "\" or empty name",
                        {.file = std::string(source),
                         .line = static_cast<int64_t>(line_no),
                         .fragment = MakeFragment(line)});
    }
    Add(name, k);
  }
  return Status::Ok();
}

Result<CyrillicLexicon> CyrillicLexicon::Load(std::string_view data_dir) {
  CyrillicLexicon lex;
  CT_ASSIGN_OR_RETURN(std::string path, FindDataFile("lexicons/cyrillic.tsv", data_dir));
  CT_ASSIGN_OR_RETURN(std::string content, ReadFileToString(path));
  CT_RETURN_IF_ERROR(lex.AddTsv(content, path));
  // Country names in Russian and Ukrainian from ICU's CLDR data.
  const icu::Locale languages[] = {icu::Locale("ru"), icu::Locale("uk")};
  for (const char* const* c = icu::Locale::getISOCountries(); *c != nullptr; ++c) {
    icu::Locale region("", *c);
    for (const icu::Locale& language : languages) {
      icu::UnicodeString name;
      region.getDisplayCountry(language, name);
      std::string utf8;
      name.toUTF8String(utf8);
      if (!utf8.empty() && StartsCyrillic(utf8)) lex.Add(utf8, CyrillicKind::kGpe);
    }
  }
  return lex;
}

void SpotCyrillicNames(const EntityContext& ctx, const CyrillicLexicon& lexicon,
                       std::vector<TypedMention>* mentions) {
  std::vector<uint8_t> cyr(ctx.size(), 0);
  bool any = false;
  for (size_t i = 0; i < ctx.size(); ++i) {
    if (ctx.tok(i).kind == TokenKind::kWord && StartsCyrillic(ctx.Text(i))) cyr[i] = 1, any = true;
  }
  if (!any) return;
  std::vector<TypedMention> kept;
  for (const TypedMention& m : *mentions) {
    bool touches = false;
    for (uint32_t i = m.begin; i < m.end && !touches; ++i) touches = cyr[i] != 0;
    if (!touches) kept.push_back(m);
  }
  std::vector<TypedMention> spotted = Spotter(ctx, lexicon).Run();
  std::vector<uint8_t> used(ctx.size() + 1, 0);
  for (const TypedMention& m : spotted) {
    for (uint32_t i = m.begin; i < m.end; ++i) used[i] = 1;
  }
  for (const TypedMention& m : kept) {
    bool overlap = false;
    for (uint32_t i = m.begin; i < m.end && !overlap; ++i) overlap = used[i] != 0;
    if (!overlap) spotted.push_back(m);
  }
  std::sort(spotted.begin(), spotted.end(),
            [](const TypedMention& a, const TypedMention& b) { return a.begin < b.begin; });
  *mentions = std::move(spotted);
}

}  // namespace claimtrace::lang
