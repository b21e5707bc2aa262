// Dateline and byline recognisers: small left-to-right scanners over the bytes of one line,
// each accepting only when the whole construction (or, for wire datelines, its closing dash)
// is present, so an ordinary sentence never matches. Dates are read with MatchDate
// (core/date.h). Covered by src/core/dateline_test.cc.
#include "core/dateline.h"

#include <array>
#include <vector>

namespace claimtrace {
namespace {

constexpr size_t kNpos = std::string_view::npos;

bool IsUpper(char c) { return c >= 'A' && c <= 'Z'; }
bool IsLower(char c) { return c >= 'a' && c <= 'z'; }
bool IsDigit(char c) { return c >= '0' && c <= '9'; }
bool IsAlpha(char c) { return IsUpper(c) || IsLower(c); }
bool IsHigh(char c) { return static_cast<unsigned char>(c) >= 0x80; }
char Lower(char c) { return IsUpper(c) ? static_cast<char>(c - 'A' + 'a') : c; }

std::string_view Trim(std::string_view s) {
  auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; };
  while (!s.empty() && space(s.front())) s.remove_prefix(1);
  while (!s.empty() && space(s.back())) s.remove_suffix(1);
  return s;
}

size_t SkipSpaces(std::string_view s, size_t i) {
  while (i < s.size()) {
    if (s[i] == ' ' || s[i] == '\t') {
      ++i;
    } else if (s.substr(i, 2) == "\xC2\xA0") {
      i += 2;
    } else {
      break;
    }
  }
  return i;
}

// Length of a dash ("-", "--", en/em/horizontal-bar dash) at s[i], else 0.
size_t DashAt(std::string_view s, size_t i) {
  if (s.substr(i, 2) == "--") return 2;
  if (i < s.size() && s[i] == '-') return 1;
  if (s.substr(i, 3) == "\xE2\x80\x93" || s.substr(i, 3) == "\xE2\x80\x94" ||
      s.substr(i, 3) == "\xE2\x80\x95") {
    return 3;
  }
  return 0;
}

// Length of a separator between two date statements ("|", "·", "•", dash, ";", ","), else 0.
size_t SeparatorAt(std::string_view s, size_t i) {
  if (i < s.size() && (s[i] == '|' || s[i] == ';' || s[i] == ',' || s[i] == '/')) return 1;
  if (s.substr(i, 2) == "\xC2\xB7") return 2;
  if (s.substr(i, 3) == "\xE2\x80\xA2") return 3;
  return DashAt(s, i);
}

size_t WordEnd(std::string_view s, size_t i) {
  while (i < s.size() && IsAlpha(s[i])) ++i;
  return i;
}

bool WordIs(std::string_view s, size_t b, size_t e, std::string_view lower) {
  if (e - b != lower.size()) return false;
  for (size_t k = 0; k < lower.size(); ++k) {
    if (Lower(s[b + k]) != lower[k]) return false;
  }
  return true;
}

// An optional "Published:" / "Last updated on" label; returns the index after it.
size_t SkipDateLabel(std::string_view s, size_t i) {
  static constexpr std::array<std::string_view, 8> kFirst = {
      "published", "posted", "updated", "modified", "date", "dated", "created", "issued"};
  size_t j = i;
  size_t e = WordEnd(s, j);
  if (e == j) return i;
  if (WordIs(s, j, e, "last") || WordIs(s, j, e, "first") || WordIs(s, j, e, "originally")) {
    j = SkipSpaces(s, e);
    e = WordEnd(s, j);
  }
  bool label = false;
  for (std::string_view w : kFirst) label = label || WordIs(s, j, e, w);
  if (!label) return i;
  j = SkipSpaces(s, e);
  if (size_t on = WordEnd(s, j); WordIs(s, j, on, "on") || WordIs(s, j, on, "at")) {
    j = SkipSpaces(s, on);
  }
  if (j < s.size() && s[j] == ':') j = SkipSpaces(s, j + 1);
  return j;
}

// A clock time "10:32", "10.32", "9:30 pm", "14:09 BST" at s[i]; returns its end or kNpos.
size_t ClockAt(std::string_view s, size_t i) {
  size_t k = i;
  while (k < s.size() && IsDigit(s[k]) && k - i < 2) ++k;
  if (k == i || k >= s.size() || (s[k] != ':' && s[k] != '.')) return kNpos;
  if (k + 2 >= s.size() + 0 || !IsDigit(s[k + 1]) || !IsDigit(s[k + 2])) return kNpos;
  k += 3;
  if (k < s.size() && s[k] == ':' && k + 2 < s.size() && IsDigit(s[k + 1]) && IsDigit(s[k + 2])) {
    k += 3;
  }
  if (k < s.size() && IsDigit(s[k])) return kNpos;
  size_t j = SkipSpaces(s, k);
  size_t e = WordEnd(s, j);
  if (WordIs(s, j, e, "am") || WordIs(s, j, e, "pm")) {
    k = e;
    j = SkipSpaces(s, k);
    e = WordEnd(s, j);
  }
  if (e - j >= 2 && e - j <= 5) {
    bool upper = true;
    for (size_t x = j; x < e; ++x) upper = upper && IsUpper(s[x]);
    if (upper) k = e;
  }
  return k;
}

std::optional<Dateline> ParseDateLineImpl(std::string_view s, int depth) {
  if (s.empty() || s.size() > 200 || depth > 3) return std::nullopt;
  size_t i = SkipDateLabel(s, 0);
  // Time first: "10:32 GMT, 21 July 2017".
  if (size_t c = ClockAt(s, i); c != kNpos) {
    i = c;
    if (i < s.size() && s[i] == ',') ++i;
    i = SkipSpaces(s, i);
    if (size_t on = WordEnd(s, i); WordIs(s, i, on, "on")) i = SkipSpaces(s, on);
  }
  std::optional<DateMatch> m = MatchDate(s, i);
  if (!m || m->day == 0) return std::nullopt;
  Dateline d;
  if (m->complete()) d.date = m->date();
  i += m->length;
  // Trailing clock: ", 10.32 BST", " at 9:30 pm", " - 14:09".
  {
    size_t j = i;
    if (j < s.size() && s[j] == ',') ++j;
    j = SkipSpaces(s, j);
    if (size_t dash = DashAt(s, j); dash > 0) j = SkipSpaces(s, j + dash);
    if (size_t at = WordEnd(s, j); WordIs(s, j, at, "at")) j = SkipSpaces(s, at);
    if (size_t c = ClockAt(s, j); c != kNpos) i = c;
  }
  i = SkipSpaces(s, i);
  if (i < s.size()) {
    const size_t sep = SeparatorAt(s, i);
    if (sep == 0) return std::nullopt;
    if (!ParseDateLineImpl(Trim(s.substr(i + sep)), depth + 1)) return std::nullopt;
  }
  d.length = s.size();
  return d;
}

// Words in capitals ("MOSCOW", "NEW YORK", "ST. PETERSBURG", "KYIV"); returns end or kNpos.
size_t CapsWordsEnd(std::string_view s, size_t i) {
  size_t end = kNpos;
  int words = 0, upper_letters = 0;
  size_t k = i;
  while (words < 4) {
    size_t w = k;
    int upper = 0;
    while (w < s.size() &&
           (IsUpper(s[w]) || s[w] == '.' || s[w] == '\'' || s[w] == '-' || IsHigh(s[w]))) {
      if (IsUpper(s[w])) ++upper;
      if (s[w] == '-' && (w + 1 >= s.size() || s[w + 1] == ' ')) break;  // a dash, not a hyphen
      if (IsHigh(s[w]) && DashAt(s, w) > 0) break;
      ++w;
    }
    if (upper == 0 || (w < s.size() && (IsLower(s[w]) || IsDigit(s[w])))) break;
    upper_letters += upper;
    ++words;
    end = w;
    if (w + 1 < s.size() && s[w] == ' ' && (IsUpper(s[w + 1]) || IsHigh(s[w + 1])) &&
        DashAt(s, w + 1) == 0) {
      k = w + 1;
    } else {
      break;
    }
  }
  if (upper_letters < 2) return kNpos;
  return end;
}

// Title-case words: "Ukraine", "Calif.", "United Kingdom", "N.Y."; returns end or kNpos.
size_t TitleWordsEnd(std::string_view s, size_t i) {
  size_t end = kNpos;
  size_t k = i;
  for (int words = 0; words < 3; ++words) {
    if (k >= s.size() || !(IsUpper(s[k]) || IsHigh(s[k]))) break;
    size_t w = k + 1;
    while (w < s.size() &&
           (IsAlpha(s[w]) || s[w] == '.' || s[w] == '\'' || s[w] == '-' || IsHigh(s[w]))) {
      if (IsHigh(s[w]) && DashAt(s, w) > 0) break;
      ++w;
    }
    end = w;
    if (w + 1 < s.size() && s[w] == ' ' && IsUpper(s[w + 1])) {
      k = w + 1;
    } else {
      break;
    }
  }
  return end;
}

// "(Reuters)", "(AP)", "(Dnipro Wire)" at s[i]; returns the end (after ')') or kNpos.
size_t ParenOutletEnd(std::string_view s, size_t i, std::string* outlet) {
  if (i >= s.size() || s[i] != '(') return kNpos;
  const size_t close = s.find(')', i);
  if (close == kNpos || close - i - 1 == 0 || close - i - 1 > 40) return kNpos;
  std::string_view inner = s.substr(i + 1, close - i - 1);
  if (!(IsUpper(inner[0]) || IsHigh(inner[0]))) return kNpos;
  int words = 1;
  for (size_t k = 0; k < inner.size(); ++k) {
    const char c = inner[k];
    if (IsDigit(c) || c == ',' || c == ';' || c == '(') return kNpos;
    if (c == ' ') {
      ++words;
      if (k + 1 >= inner.size() ||
          !(IsUpper(inner[k + 1]) || IsHigh(inner[k + 1]) || inner[k + 1] == '&')) {
        return kNpos;
      }
    }
  }
  if (words > 5) return kNpos;
  *outlet = std::string(inner);
  return close + 1;
}

bool IsKickerWord(std::string_view w) {
  static constexpr std::array<std::string_view, 16> kKickers = {
      "BREAKING",  "UPDATE", "UPDATED",    "EXCLUSIVE", "WATCH",  "LIVE",   "OPINION", "ANALYSIS",
      "EDITORIAL", "NOTE",   "CORRECTION", "COMMENT",   "REVIEW", "LISTEN", "VIDEO",   "PHOTOS"};
  for (std::string_view k : kKickers) {
    if (w == k) return true;
  }
  return false;
}

bool IsNameParticle(std::string_view w) {
  static constexpr std::array<std::string_view, 14> kParticles = {
      "de", "van", "von", "der", "den", "da", "di", "du", "la", "le", "al", "bin", "ibn", "dos"};
  for (std::string_view p : kParticles) {
    if (w == p) return true;
  }
  return false;
}

// One name token: "Chris", "JEWERS", "J.", "O'Brien", "al-Assad", "Jr.", non-ASCII names.
bool IsNameToken(std::string_view w) {
  if (w.empty() || w.size() > 30) return false;
  if (IsNameParticle(w)) return true;
  if (!(IsUpper(w[0]) || IsHigh(w[0]))) return false;
  for (char c : w) {
    if (!(IsAlpha(c) || IsHigh(c) || c == '.' || c == '\'' || c == '-')) return false;
  }
  if (MonthFromName(w) != 0 || WeekdayFromName(w) != 0) return false;
  return true;
}

std::vector<std::string_view> SplitSpaces(std::string_view s) {
  std::vector<std::string_view> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t j = i;
    while (j < s.size() && s[j] != ' ') ++j;
    if (j > i) out.push_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

bool AllCapsName(std::string_view s) {
  bool any_upper = false;
  for (char c : s) {
    if (IsLower(c)) return false;
    any_upper = any_upper || IsUpper(c);
  }
  return any_upper;
}

std::string TitleCase(std::string_view s) {
  std::string out(s);
  bool start = true;
  for (char& c : out) {
    if (IsAlpha(c)) {
      c = start ? c : Lower(c);
      start = false;
    } else {
      start = !IsHigh(c);  // after a space, hyphen or apostrophe a new word starts
    }
  }
  return out;
}

}  // namespace

std::optional<Dateline> ParseDateLine(std::string_view line) {
  return ParseDateLineImpl(Trim(line), 0);
}

std::optional<Dateline> ParseWireDateline(std::string_view p) {
  Dateline d;
  size_t i = 0;
  std::string outlet;
  if (size_t e = ParenOutletEnd(p, 0, &outlet); e != kNpos) {  // "(Reuters) - "
    d.outlet = outlet;
    i = e;
  } else {
    const size_t place_end = CapsWordsEnd(p, 0);
    if (place_end == kNpos) return std::nullopt;
    std::string_view place = p.substr(0, place_end);
    if (IsKickerWord(place)) return std::nullopt;
    d.place = std::string(place);
    i = place_end;
    // ", Ukraine", ", Calif." (up to two), stopping at a date.
    for (int regions = 0; regions < 2 && i < p.size() && p[i] == ','; ++regions) {
      const size_t j = SkipSpaces(p, i + 1);
      if (MatchDate(p, j)) break;
      const size_t e = TitleWordsEnd(p, j);
      if (e == kNpos || e == j) break;
      i = e;
    }
    // ", March 4" / ", March 4, 2024" / " March 4".
    if (i < p.size() && (p[i] == ',' || p[i] == ' ')) {
      const size_t j = SkipSpaces(p, p[i] == ',' ? i + 1 : i);
      if (std::optional<DateMatch> m = MatchDate(p, j); m && m->day != 0) {
        if (m->complete()) d.date = m->date();
        i = j + m->length;
      }
    }
    const size_t j = SkipSpaces(p, i);
    if (size_t e = ParenOutletEnd(p, j, &outlet); e != kNpos) {
      d.outlet = outlet;
      i = e;
    }
  }
  const size_t j = SkipSpaces(p, i);
  const size_t dash = DashAt(p, j);
  if (dash == 0) return std::nullopt;
  const size_t after = j + dash;
  if (after < p.size() && p[after] != ' ' &&
      !(dash == 3 && (IsAlpha(p[after]) || IsHigh(p[after])))) {
    return std::nullopt;
  }
  if (after >= p.size()) return std::nullopt;  // a dateline introduces text
  d.length = SkipSpaces(p, after);
  return d;
}

std::optional<Byline> ParseByline(std::string_view line) {
  std::string_view s = Trim(line);
  if (s.size() < 4 || s.size() > 120) return std::nullopt;
  // Trailing separators: "By CHRIS JEWERS FOR MAILONLINE-", "By Jane Doe |".
  for (;;) {
    if (!s.empty() && (s.back() == '-' || s.back() == '|' || s.back() == ',' || s.back() == ':' ||
                       s.back() == ' ')) {
      s.remove_suffix(1);
    } else if (s.size() >= 3 && DashAt(s, s.size() - 3) == 3) {
      s.remove_suffix(3);
    } else {
      break;
    }
  }
  std::vector<std::string_view> words = SplitSpaces(s);
  size_t w = 0;
  auto lower_is = [](std::string_view x, std::string_view lower) {
    return WordIs(x, 0, x.size(), lower);
  };
  if (words.size() >= 2 && lower_is(words[0], "by")) {
    w = 1;
  } else if (words.size() >= 3 && lower_is(words[1], "by") &&
             (lower_is(words[0], "written") || lower_is(words[0], "words") ||
              lower_is(words[0], "story"))) {
    w = 2;
  } else {
    return std::nullopt;
  }
  if (words[0] != "By" && words[0] != "BY" && words[0] != "by" && w == 1) return std::nullopt;
  // Names: tokens, separated by ",", "and", "&".
  std::string author;
  int name_tokens = 0, tokens_in_name = 0;
  size_t k = w;
  bool comma_tail = false;
  for (; k < words.size(); ++k) {
    std::string_view t = words[k];
    if (lower_is(t, "for") && name_tokens > 0 && tokens_in_name > 0) break;
    if ((t == "and" || t == "&") && tokens_in_name > 0) {
      author += " ";
      author += t;
      tokens_in_name = 0;
      continue;
    }
    bool comma = false;
    if (t.size() > 1 && t.back() == ',') {
      t.remove_suffix(1);
      comma = true;
    }
    if (!IsNameToken(t) || tokens_in_name >= 5) return std::nullopt;
    if (!author.empty()) author += " ";
    author += t;
    ++name_tokens;
    ++tokens_in_name;
    if (comma) {
      // Either another name follows ("A, B and C") or a role/outlet tail ("Jane Doe, Reuters").
      comma_tail = true;
      ++k;
      break;
    }
  }
  if (name_tokens == 0 || tokens_in_name == 0) return std::nullopt;
  Byline b;
  if (comma_tail) {
    // The rest must be capitalised words: more names or a role ("Staff Writer", "BBC News").
    for (; k < words.size(); ++k) {
      std::string_view t = words[k];
      if (t.back() == ',') t.remove_suffix(1);
      if (t == "and" || t == "&" || lower_is(t, "for") || lower_is(t, "of") || lower_is(t, "the")) {
        continue;
      }
      if (!IsNameToken(t)) return std::nullopt;
    }
  } else if (k < words.size()) {  // "FOR OUTLET"
    std::string outlet;
    for (size_t o = k + 1; o < words.size(); ++o) {
      if (!(IsUpper(words[o][0]) || IsHigh(words[o][0]) || IsDigit(words[o][0]) ||
            lower_is(words[o], "the") || lower_is(words[o], "of"))) {
        return std::nullopt;
      }
      if (!outlet.empty()) outlet += " ";
      outlet += words[o];
    }
    if (outlet.empty() || words.size() - k - 1 > 6) return std::nullopt;
    b.outlet = outlet;
  }
  if (name_tokens == 1 && !comma_tail) {
    // "By Reuters": an agency, not a person.
    if (!b.outlet) b.outlet = author;
    return b.outlet ? std::optional<Byline>(b) : std::nullopt;
  }
  b.author = AllCapsName(author) ? TitleCase(author) : author;
  for (const std::string_view particle : {" And ", " Van ", " De "}) {
    if (size_t pos = b.author.find(particle); pos != std::string::npos && AllCapsName(author)) {
      for (size_t x = pos + 1; x < pos + particle.size() - 1; ++x) b.author[x] = Lower(b.author[x]);
    }
  }
  return b;
}

}  // namespace claimtrace
