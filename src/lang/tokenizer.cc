// Hand-written single-pass scanner. Each token is classified by its first character (see
// char_class.h) and extended by a small rule set: word runs with inner apostrophes, dotted
// initialisms and lower-case hyphen compounds; numbers with separators; quote marks whose
// opening/closing role comes from the characters on either side and, when those are ambiguous,
// from how many quotations of the same family are open. No allocation beyond the output vector.
// Covered by tokenizer_test.cc (rules) and tokenizer_diff_test.cc (against ICU's word
// BreakIterator on text where the two must agree, plus invariants on random text).
#include "lang/tokenizer.h"

#include <algorithm>
#include <cstring>

#include "lang/abbreviations.h"
#include "lang/char_class.h"

namespace claimtrace::lang {
namespace {

inline bool IsAsciiDigit(char c) { return c >= '0' && c <= '9'; }
inline bool IsAsciiAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
inline bool IsWordContinue(CharClass c) {
  return IsAlnumClass(c) || c == CharClass::kMark || c == CharClass::kFormat;
}

enum QuoteNature : uint8_t { kNeutral, kNaturalOpener, kNaturalCloser };

struct QuoteKind {
  bool single;
  QuoteNature nature;
};

QuoteKind QuoteKindOf(char32_t cp) {
  switch (cp) {
    case '\'':
    case 0x02BC:
      return {true, kNeutral};
    case 0x2019:  // ’
    case 0x203A:  // ›
      return {true, kNaturalCloser};
    case 0x2018:  // ‘
    case 0x201A:  // ‚
    case 0x201B:  // ‛
    case 0x2039:  // ‹
      return {true, kNaturalOpener};
    case 0x201C:  // “
    case 0x201E:  // „
    case 0x201F:  // ‟
    case 0x00AB:  // «
    case 0x300C:
    case 0x300E:
      return {false, kNaturalOpener};
    case 0x201D:  // ”
    case 0x00BB:  // »
    case 0x300D:
    case 0x300F:
      return {false, kNaturalCloser};
    default:
      return {false, kNeutral};
  }
}

struct WordInfo {
  bool dotted = false;        // contains an inner period ("U.S", "Amazon.com")
  size_t last_seg_start = 0;  // start of the last period/hyphen-separated segment
};

class Scanner {
 public:
  Scanner(std::string_view text, std::vector<Token>* out) : t_(text), n_(text.size()), out_(out) {}

  void Run() {
    size_t pos = 0;
    while (pos < n_) {
      unsigned char b = static_cast<unsigned char>(t_[pos]);
      CharInfo c =
          b < 0x80 ? CharInfo{b, 1, internal::kAsciiClass[b]} : internal::ClassifyNonAscii(t_, pos);
      switch (c.cls) {
        case CharClass::kSpace:
          space_before_ = true;
          pos += c.len;
          continue;
        case CharClass::kNewline:
          space_before_ = true;
          ++newlines_;
          pos += c.len;
          continue;
        case CharClass::kParagraphSep:
          space_before_ = true;
          newlines_ += 2;
          pos += c.len;
          continue;
        case CharClass::kFormat:
          pos += c.len;  // ignorable between tokens
          continue;
        default:
          break;
      }
      if (first_ || newlines_ >= 2) depth_double_ = depth_single_ = 0;
      pos = ScanToken(pos, c);
    }
  }

 private:
  CharInfo At(size_t i) const { return ClassifyAt(t_, i); }

  size_t ScanToken(size_t pos, CharInfo c) {
    switch (c.cls) {
      case CharClass::kUpper:
      case CharClass::kLower:
      case CharClass::kLetterOther:
      case CharClass::kMark:
        return WordToken(pos, c);
      case CharClass::kDigit: {
        size_t e = ScanNumber(pos);
        Emit(pos, e, TokenKind::kNumber, 0);
        return e;
      }
      case CharClass::kApostrophe:
        return ApostropheToken(pos, c);
      case CharClass::kQuote:
        return QuoteToken(pos, c);
      case CharClass::kHyphen:
      case CharClass::kDash: {
        size_t e = pos + c.len;
        while (e < n_ && At(e).cls == c.cls) e += At(e).len;
        Emit(pos, e, TokenKind::kDash, 0);
        return e;
      }
      case CharClass::kPeriod: {
        if (pos + 1 < n_ && IsAsciiDigit(t_[pos + 1]) &&
            (first_ || space_before_ || newlines_ > 0 || out_->back().kind != TokenKind::kNumber)) {
          size_t e = ScanNumber(pos + 1);  // ".5"
          Emit(pos, e, TokenKind::kNumber, 0);
          return e;
        }
        size_t e = pos + 1;
        while (e < n_ && t_[e] == '.') ++e;
        Emit(pos, e, TokenKind::kPunct, 0);
        return e;
      }
      case CharClass::kEllipsis:
      case CharClass::kTerminal: {
        size_t e = pos + c.len;
        while (e < n_) {
          CharInfo d = At(e);
          if (d.cls != CharClass::kTerminal && d.cls != CharClass::kEllipsis) break;
          e += d.len;
        }
        Emit(pos, e, TokenKind::kPunct, 0);
        return e;
      }
      case CharClass::kPunct:
        Emit(pos, pos + c.len, TokenKind::kPunct, 0);
        return pos + c.len;
      case CharClass::kSymbol:
        return SymbolToken(pos, c);
      default:
        return OtherToken(pos, c);
    }
  }

  // Letters, marks and digits; stops before anything else.
  size_t WordRun(size_t i) const {
    while (i < n_) {
      unsigned char b = static_cast<unsigned char>(t_[i]);
      if (b < 0x80) {
        CharClass c = internal::kAsciiClass[b];
        if (c == CharClass::kUpper || c == CharClass::kLower || c == CharClass::kDigit) {
          ++i;
          continue;
        }
        break;
      }
      CharInfo c = internal::ClassifyNonAscii(t_, i);
      if (!IsWordContinue(c.cls)) break;
      i += c.len;
    }
    return i;
  }

  // Number of letters in [s, e) (code points of letter class).
  size_t LetterCount(size_t s, size_t e, bool* has_digit) const {
    size_t count = 0;
    *has_digit = false;
    for (size_t i = s; i < e;) {
      CharInfo c = At(i);
      if (IsLetterClass(c.cls)) ++count;
      if (c.cls == CharClass::kDigit) *has_digit = true;
      i += c.len;
    }
    return count;
  }

  bool SegmentAllCapsAscii(size_t s, size_t e) const {
    if (s == e) return false;
    for (size_t i = s; i < e; ++i) {
      if (!(t_[i] >= 'A' && t_[i] <= 'Z')) return false;
    }
    return true;
  }

  size_t ScanWord(size_t start, WordInfo* info) const {
    size_t i = start;
    size_t seg_start = start;
    for (;;) {
      i = WordRun(i);
      if (i >= n_) break;
      CharInfo c = At(i);
      size_t next = i + c.len;
      if (next >= n_) break;
      CharInfo d = At(next);
      if (c.cls == CharClass::kApostrophe) {
        if (!IsLetterClass(d.cls)) break;
        if (d.cp == 's' || d.cp == 'S') {
          size_t after = next + 1;
          if (after >= n_ || !IsWordContinue(At(after).cls)) break;  // clitic 's
        }
        i = next;
        continue;
      }
      if (c.cls == CharClass::kPeriod) {
        if (d.cls == CharClass::kDigit && i > start && IsAsciiDigit(t_[i - 1])) {
          i = next;  // version-like "v2.0"
          continue;
        }
        if (!IsLetterClass(d.cls)) break;
        bool seg_digit = false, next_digit = false;
        size_t seg_len = LetterCount(seg_start, i, &seg_digit);
        size_t next_end = WordRun(next);
        size_t next_len = LetterCount(next, next_end, &next_digit);
        bool initialism = !seg_digit && !next_digit && seg_len >= 1 && seg_len <= 2 &&
                          next_len >= 1 && next_len <= 2;
        bool domain = d.cls == CharClass::kLower && seg_len >= 2 && next_len >= 2;
        if (!initialism && !domain) break;
        info->dotted = true;
        i = next;
        seg_start = next;
        continue;
      }
      if (c.cls == CharClass::kHyphen) {
        if (!IsAlnumClass(d.cls)) break;
        if (At(seg_start).cls == CharClass::kLower && d.cls == CharClass::kLower) {
          i = next;
          seg_start = next;
          continue;
        }
        break;
      }
      if (c.cp == '&' && d.cls == CharClass::kUpper && SegmentAllCapsAscii(seg_start, i)) {
        i = next;  // AT&T, S&P
        seg_start = next;
        continue;
      }
      break;
    }
    info->last_seg_start = seg_start;
    return i;
  }

  size_t ScanNumber(size_t i) const {
    for (;;) {
      while (i < n_) {
        unsigned char b = static_cast<unsigned char>(t_[i]);
        if (b < 0x80) {
          if (!IsAsciiDigit(static_cast<char>(b))) break;
          ++i;
          continue;
        }
        CharInfo c = internal::ClassifyNonAscii(t_, i);
        if (c.cls != CharClass::kDigit) break;
        i += c.len;
      }
      if (i + 1 < n_ && (t_[i] == ',' || t_[i] == '.' || t_[i] == ':') && IsAsciiDigit(t_[i + 1])) {
        ++i;
        continue;
      }
      break;
    }
    // Ordinal and decade suffixes stay: 21st, 2nd, 3rd, 4th, 1990s.
    size_t j = i;
    while (j < n_ && j - i < 3 && IsAsciiAlpha(t_[j])) ++j;
    if (j > i && (j >= n_ || !IsWordContinue(At(j).cls))) {
      char a = static_cast<char>(t_[i] | 0x20);
      char b = j - i == 2 ? static_cast<char>(t_[i + 1] | 0x20) : 0;
      bool ok = (j - i == 1 && a == 's') ||
                (j - i == 2 && ((a == 's' && b == 't') || (a == 'n' && b == 'd') ||
                                (a == 'r' && b == 'd') || (a == 't' && b == 'h')));
      if (ok) i = j;
    }
    return i;
  }

  bool StartsWithCaseless(size_t pos, const char* lit) const {
    size_t len = std::strlen(lit);
    if (pos + len > n_) return false;
    for (size_t k = 0; k < len; ++k) {
      char c = t_[pos + k];
      if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + 32);
      if (c != lit[k]) return false;
    }
    return true;
  }

  static bool IsUrlTrailer(char32_t cp) {
    switch (cp) {
      case '.':
      case ',':
      case ';':
      case ':':
      case '!':
      case '?':
      case '\'':
      case ')':
      case ']':
      case '}':
      case 0x2019:
      case 0x201D:
        return true;
      default:
        return false;
    }
  }

  size_t ScanUrl(size_t start) const {
    size_t i = start;
    int parens = 0;
    while (i < n_) {
      CharInfo c = At(i);
      if (IsSpaceClass(c.cls) || c.cp == '"' || c.cp == '<' || c.cp == '>' || c.cp == 0x201C ||
          c.cp == 0x201D || c.cp == 0x00AB || c.cp == 0x00BB) {
        break;
      }
      if (c.cp == '(') ++parens;
      if (c.cp == ')') --parens;
      i += c.len;
    }
    // Trim trailing punctuation, keeping a ')' that closes a '(' inside the URL.
    while (i > start) {
      size_t k = i - 1;
      while (k > start && (static_cast<unsigned char>(t_[k]) & 0xC0) == 0x80) --k;
      char32_t cp = At(k).cp;
      if (cp == ')' && parens >= 0) break;
      if (!IsUrlTrailer(cp)) break;
      if (cp == ')') ++parens;
      i = k;
    }
    return i;
  }

  static bool IsEmailLocal(char c) {
    return IsAsciiAlpha(c) || IsAsciiDigit(c) || c == '.' || c == '_' || c == '%' || c == '+' ||
           c == '-';
  }

  // End of an e-mail address starting at `start`, or 0.
  size_t TryEmail(size_t start) const {
    size_t i = start;
    while (i < n_ && i - start < 64 && IsEmailLocal(t_[i])) ++i;
    if (i == start || i >= n_ || t_[i] != '@') return 0;
    size_t d = i + 1;
    size_t e = d;
    while (e < n_ && (IsAsciiAlpha(t_[e]) || IsAsciiDigit(t_[e]) || t_[e] == '.' || t_[e] == '-')) {
      ++e;
    }
    while (e > d && (t_[e - 1] == '.' || t_[e - 1] == '-')) --e;
    size_t last_dot = 0;
    for (size_t k = d; k < e; ++k) {
      if (t_[k] == '.') last_dot = k;
    }
    if (last_dot <= d || last_dot + 2 > e) return 0;
    for (size_t k = last_dot + 1; k < e; ++k) {
      if (!IsAsciiAlpha(t_[k])) return 0;
    }
    return e;
  }

  size_t WordToken(size_t pos, CharInfo c) {
    if ((c.cp == 'h' || c.cp == 'H' || c.cp == 'w' || c.cp == 'W') &&
        (StartsWithCaseless(pos, "http://") || StartsWithCaseless(pos, "https://") ||
         StartsWithCaseless(pos, "www."))) {
      size_t e = ScanUrl(pos);
      Emit(pos, e, TokenKind::kOther, 0);
      return e;
    }
    WordInfo info;
    size_t e = ScanWord(pos, &info);
    if (e < n_) {
      char x = t_[e];
      if (x == '@' || x == '.' || x == '_' || x == '+' || x == '-') {
        if (size_t m = TryEmail(pos); m > e) {
          Emit(pos, m, TokenKind::kOther, 0);
          return m;
        }
      } else if (x == '/' && info.dotted && At(info.last_seg_start).cls == CharClass::kLower) {
        size_t u = ScanUrl(pos);  // bbc.co.uk/news/...
        Emit(pos, u, TokenKind::kOther, 0);
        return u;
      }
    }
    if (e < n_ && t_[e] == '.' && !(e + 1 < n_ && t_[e + 1] == '.') && KeepsPeriod(pos, e, info)) {
      ++e;
    }
    Emit(pos, e, TokenKind::kWord, 0);
    return e;
  }

  bool KeepsPeriod(size_t start, size_t end, const WordInfo& info) const {
    if (info.dotted) {
      bool digit = false;
      size_t last = LetterCount(info.last_seg_start, end, &digit);
      return !digit && last <= 2;  // "U.S." "e.g." "Ph.D." but not "Amazon.com."
    }
    std::string_view word = t_.substr(start, end - start);
    switch (LookupAbbreviation(word)) {
      case AbbrevKind::kTitle:
      case AbbrevKind::kGeneral:
        return true;
      case AbbrevKind::kNumberPrefix: {
        size_t k = end + 1;
        while (k < n_ && (t_[k] == ' ' || static_cast<unsigned char>(t_[k]) == 0xC2)) {
          k += t_[k] == ' ' ? 1 : 2;  // space or NBSP (C2 A0)
        }
        return k < n_ && IsAsciiDigit(t_[k]);
      }
      case AbbrevKind::kNone:
        break;
    }
    CharInfo c = At(start);
    return c.len == end - start && c.cls == CharClass::kUpper;  // initial "W."
  }

  bool PrevAttachedWord(size_t pos) const {
    if (out_->empty() || space_before_ || newlines_ > 0) return false;
    const Token& p = out_->back();
    return p.span.end == pos && (p.kind == TokenKind::kWord || p.kind == TokenKind::kNumber);
  }

  bool RightIsOpen(size_t e) const {
    if (e >= n_) return true;
    CharInfo d = At(e);
    switch (d.cls) {
      case CharClass::kSpace:
      case CharClass::kNewline:
      case CharClass::kParagraphSep:
      case CharClass::kPeriod:
      case CharClass::kEllipsis:
      case CharClass::kTerminal:
      case CharClass::kDash:
      case CharClass::kHyphen:
      case CharClass::kQuote:
      case CharClass::kApostrophe:
        return true;
      case CharClass::kPunct:
        return d.cp != '(' && d.cp != '[' && d.cp != '{';
      default:
        return false;
    }
  }

  bool LeftIsOpen() const {
    if (first_ || space_before_ || newlines_ > 0) return true;
    const Token& p = out_->back();
    if (p.kind == TokenKind::kDash) return true;
    if (p.kind == TokenKind::kQuote) return (p.flags & kTokenOpensQuote) != 0;
    if (p.kind == TokenKind::kPunct) {
      char c = t_[p.span.start];
      return c == '(' || c == '[' || c == '{';
    }
    return false;
  }

  size_t ApostropheToken(size_t pos, CharInfo c) {
    size_t next = pos + c.len;
    bool attached = PrevAttachedWord(pos);
    if (attached && next < n_ && (t_[next] == 's' || t_[next] == 'S') &&
        (next + 1 >= n_ || !IsWordContinue(At(next + 1).cls))) {
      Emit(pos, next + 1, TokenKind::kWord, 0);  // clitic 's
      return next + 1;
    }
    if (!attached && next + 1 < n_ && IsAsciiDigit(t_[next]) && IsAsciiDigit(t_[next + 1]) &&
        !(next + 2 < n_ && IsAsciiDigit(t_[next + 2]))) {
      size_t e = ScanNumber(next);  // '90s
      if (e == next + 3 && (t_[next + 2] | 0x20) == 's') {
        Emit(pos, e, TokenKind::kNumber, 0);
        return e;
      }
    }
    if (attached && depth_single_ == 0 && RightIsOpen(next)) {
      char last = t_[out_->back().span.end - 1];
      if (last == 's' || last == 'S' || last == 'z') {
        Emit(pos, next, TokenKind::kPunct, 0);  // plural possessive: soldiers'
        return next;
      }
    }
    return QuoteToken(pos, c);
  }

  size_t QuoteToken(size_t pos, CharInfo c) {
    size_t e = pos + c.len;
    QuoteKind q = QuoteKindOf(c.cp);
    int& depth = q.single ? depth_single_ : depth_double_;
    bool left = LeftIsOpen();
    bool right = RightIsOpen(e);
    bool opens;
    if (q.nature == kNaturalOpener) {
      opens = !(!left && right && depth > 0);
    } else if (q.nature == kNaturalCloser) {
      opens = left && !right && depth == 0;
    } else if (left && !right) {
      opens = true;
    } else if (!left && right) {
      opens = false;
    } else {
      opens = depth == 0;
    }
    if (opens) {
      ++depth;
    } else if (depth > 0) {
      --depth;
    }
    Emit(pos, e, TokenKind::kQuote, opens ? kTokenOpensQuote : kTokenClosesQuote);
    return e;
  }

  size_t SymbolToken(size_t pos, CharInfo c) {
    size_t e = pos + c.len;
    if ((c.cp == '#' || c.cp == '@') && e < n_) {
      CharInfo d = At(e);
      if (IsAlnumClass(d.cls) || d.cp == '_') {
        while (e < n_) {
          CharInfo x = At(e);
          if (!IsWordContinue(x.cls) && x.cp != '_') break;
          e += x.len;
        }
        Emit(pos, e, TokenKind::kOther, 0);
        return e;
      }
    }
    Emit(pos, e, TokenKind::kSymbol, 0);
    return e;
  }

  size_t OtherToken(size_t pos, CharInfo c) {
    size_t e = pos + c.len;
    bool joiner = false;
    bool regional = c.cp >= 0x1F1E6 && c.cp <= 0x1F1FF;
    while (e < n_) {
      CharInfo d = At(e);
      bool take = d.cls == CharClass::kMark || d.cls == CharClass::kFormat ||
                  (joiner && d.cls == CharClass::kOther) || (d.cp >= 0x1F3FB && d.cp <= 0x1F3FF) ||
                  (regional && d.cp >= 0x1F1E6 && d.cp <= 0x1F1FF);
      if (!take) break;
      regional = false;
      joiner = d.cp == 0x200D;
      e += d.len;
    }
    Emit(pos, e, TokenKind::kOther, 0);
    return e;
  }

  uint16_t CaseFlags(size_t s, size_t e) const {
    size_t letters = 0;
    bool any_lower = false;
    bool first_upper = false;
    for (size_t i = s; i < e;) {
      unsigned char b = static_cast<unsigned char>(t_[i]);
      CharClass cls;
      size_t len = 1;
      if (b < 0x80) {
        cls = internal::kAsciiClass[b];
      } else {
        CharInfo c = internal::ClassifyNonAscii(t_, i);
        cls = c.cls;
        len = c.len;
      }
      if (cls == CharClass::kUpper) {
        if (letters == 0) first_upper = true;
        ++letters;
      } else if (cls == CharClass::kLower) {
        any_lower = true;
        ++letters;
      } else if (cls == CharClass::kLetterOther) {
        ++letters;
      }
      i += len;
    }
    uint16_t f = 0;
    if (first_upper) f |= kTokenCapitalized;
    if (first_upper && letters >= 2 && !any_lower) f |= kTokenAllCaps;
    return f;
  }

  void Emit(size_t s, size_t e, TokenKind kind, uint16_t flags) {
    if (first_ || newlines_ > 0) flags |= kTokenLineStart;
    if (first_ || newlines_ >= 2) flags |= kTokenParagraphStart;
    if (space_before_) flags |= kTokenSpaceBefore;
    if (kind == TokenKind::kWord) flags |= CaseFlags(s, e);
    out_->push_back(Token{{static_cast<uint32_t>(s), static_cast<uint32_t>(e)}, kind, flags, -1});
    first_ = false;
    newlines_ = 0;
    space_before_ = false;
  }

  std::string_view t_;
  size_t n_;
  std::vector<Token>* out_;
  bool first_ = true;
  bool space_before_ = false;
  int newlines_ = 0;
  int depth_double_ = 0;
  int depth_single_ = 0;
};

}  // namespace

void Tokenize(std::string_view text, std::vector<Token>* tokens) {
  tokens->clear();
  // About one token per 5-6 bytes of English text (capped: a huge input grows as before).
  tokens->reserve(std::min<size_t>(text.size() / 5, 1 << 16) + 16);
  Scanner(text, tokens).Run();
}

}  // namespace claimtrace::lang
