// Pre-pass: one forward scan over the page with the tag scanner of html_scan.h. Text is copied
// with white-space runs collapsed (not inside <pre>/<listing>); comments, bogus comments and
// dropped elements are skipped by the same end rules the HTML5 tokenizer uses (raw-text end
// tags; <svg>/<math> end at their matching end tag or where an HTML element would break out of
// foreign content; a <noscript> without an end tag loses only its start tag). Start tags are
// rewritten with the extractor's attributes only. Covered by src/web/prepass_test.cc and the
// with/without differential test in src/web/html_extract_test.cc.
#include "web/prepass.h"

#include <gumbo.h>

#include <array>
#include <cstring>
#include <optional>

#include "web/blocks.h"
#include "web/hints.h"
#include "web/html_scan.h"
#include "web/metadata.h"
#include "web/parser_text.h"
#include "web/text_util.h"

namespace claimtrace::web {
namespace {

inline bool IsSpace(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

template <size_t N>
bool In(const std::array<std::string_view, N>& set, std::string_view w) {
  for (std::string_view s : set) {
    if (s == w) return true;
  }
  return false;
}

// Elements dropped whole; their content is raw text up to the matching end tag.
bool IsRawTextDropped(GumboTag t) {
  return t == GUMBO_TAG_STYLE || t == GUMBO_TAG_IFRAME || t == GUMBO_TAG_NOEMBED ||
         t == GUMBO_TAG_NOFRAMES || t == GUMBO_TAG_TEXTAREA;
}

// Void elements the extractor never reads.
bool IsVoidDropped(GumboTag t) {
  return t == GUMBO_TAG_IMG || t == GUMBO_TAG_SOURCE || t == GUMBO_TAG_TRACK ||
         t == GUMBO_TAG_INPUT;
}

// HTML start tags that end foreign (svg/math) content, WHATWG HTML §13.2.6.5.
bool IsBreakout(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_B:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_I:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_META:
    case GUMBO_TAG_NOBR:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_RUBY:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_STRIKE:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TT:
    case GUMBO_TAG_U:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_VAR:
      return true;
    default:
      return false;
  }
}

// Inline formatting elements: without (kept) attributes they change nothing the extractor
// sees, so both their start and their matching end tag are dropped.
bool IsPlainInline(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_ABBR:
    case GUMBO_TAG_B:
    case GUMBO_TAG_BDI:
    case GUMBO_TAG_BDO:
    case GUMBO_TAG_BIG:
    case GUMBO_TAG_CITE:
    case GUMBO_TAG_CODE:
    case GUMBO_TAG_DEL:
    case GUMBO_TAG_DFN:
    case GUMBO_TAG_EM:
    case GUMBO_TAG_FONT:
    case GUMBO_TAG_I:
    case GUMBO_TAG_INS:
    case GUMBO_TAG_KBD:
    case GUMBO_TAG_MARK:
    case GUMBO_TAG_Q:
    case GUMBO_TAG_S:
    case GUMBO_TAG_SAMP:
    case GUMBO_TAG_SMALL:
    case GUMBO_TAG_SPAN:
    case GUMBO_TAG_STRONG:
    case GUMBO_TAG_SUB:
    case GUMBO_TAG_SUP:
      return true;
    default:
      return false;
  }
}

// Elements that do not nest in practice: void elements and those the parser closes implicitly.
bool IsFlat(GumboTag t) {
  switch (t) {
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_BR:
    case GUMBO_TAG_COL:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_WBR:
    case GUMBO_TAG_P:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_PARAM:
      return true;
    default:
      return false;
  }
}

GumboTag TagFromName(const std::string& lower_name) {
  return gumbo_tagn_enum(lower_name.data(), static_cast<unsigned>(lower_name.size()));
}

// Text runs at least this long (raw bytes) move to the text store.
constexpr size_t kMinStoredRun = 24;

// Beyond this nesting depth start tags are dropped (their text kept): the HTML5 tree builder
// is quadratic in the depth of the open-element stack, and no real page nests this deep.
constexpr int kMaxDepth = 400;

constexpr std::array<std::string_view, 17> kExtractorAttributes{
    "aria-hidden", "charset",  "class",    "content",   "datetime", "hidden",
    "http-equiv",  "id",       "itemprop", "itemscope", "itemtype", "lang",
    "name",        "property", "rel",      "role",      "style"};

class Reducer {
 public:
  Reducer(std::string_view html, ReducedHtml* out, bool placeholders)
      : html_(html), out_(out->html), result_(out), placeholders_(placeholders) {
    out_.reserve(html.size() / 2);
    // A page that itself contains the placeholder character (or a reference to it) keeps its
    // text inline.
    if (placeholders_ &&
        (html.find(kPlaceholderOpen) != std::string_view::npos || ContainsLower(html, "#xe00") ||
         html.find("#5734") != std::string_view::npos)) {
      placeholders_ = false;
    }
  }

  void Run() {
    const size_t n = html_.size();
    size_t i = 0;
    while (i < n) {
      const void* hit = std::memchr(html_.data() + i, '<', n - i);
      const size_t lt = hit ? static_cast<size_t>(static_cast<const char*>(hit) - html_.data()) : n;
      AppendText(html_.substr(i, lt - i));
      if (lt >= n) break;
      i = Markup(lt);
    }
  }

 private:
  // Text with white-space runs collapsed. A run is held back (pending_space_) until the next
  // output: it is dropped next to a block-level tag, where it cannot separate words.
  void AppendText(std::string_view text) {
    if (text.empty()) return;
    if (pre_depth_ > 0) {
      FlushSpace();
      out_.append(text);
      after_block_ = false;
      return;
    }
    if (placeholders_ && text.size() >= kMinStoredRun) {
      if (ParserKeepsAsIs(text)) {
        StoreText(text);
        return;
      }
      // Decoded references are never white space, so trimming and collapsing the decoded
      // text is the same as doing it on the raw text.
      if (text.find('&') != std::string_view::npos && DecodeKnownReferences(text, &decoded_)) {
        StoreText(decoded_);
        return;
      }
    }
    size_t i = 0;
    while (i < text.size()) {
      size_t j = i;
      while (j < text.size() && !IsSpace(text[j])) ++j;
      if (j > i) {
        if (after_block_) pending_space_ = false;  // leading space in a block
        FlushSpace();
        out_.append(text.data() + i, j - i);
        after_block_ = false;
      }
      if (j < text.size()) {
        pending_space_ = true;
        while (j < text.size() && IsSpace(text[j])) ++j;
      }
      i = j;
    }
  }

  void FlushSpace() {
    if (pending_space_) out_.push_back(' ');
    pending_space_ = false;
  }

  // A long run: its collapsed core goes to the text store, a placeholder into the markup; the
  // white space around it is handled as for inline text.
  void StoreText(std::string_view text) {
    size_t b = 0;
    size_t e = text.size();
    while (b < e && IsSpace(text[b])) ++b;
    while (e > b && IsSpace(text[e - 1])) --e;
    if (b == e) {
      pending_space_ = true;
      return;
    }
    if (b > 0) pending_space_ = true;
    if (after_block_) pending_space_ = false;  // leading space in a block
    FlushSpace();
    core_.clear();
    size_t i = b;  // text[b] and text[e - 1] are not space
    while (i < e) {
      size_t j = i;
      while (j < e && !IsSpace(text[j])) ++j;
      core_.append(text.data() + i, j - i);
      if (j == e) break;
      core_.push_back(' ');
      while (IsSpace(text[j])) ++j;
      i = j;
    }
    out_.append(result_->texts.Add(core_));
    after_block_ = false;
    if (e < text.size()) pending_space_ = true;
  }

  // Resolves a pending space before writing a tag.
  void BeforeTag(GumboTag tag) {
    if (pending_space_ && (after_block_ || IsBlockTag(tag))) pending_space_ = false;
    FlushSpace();
  }

  // Skips to just past the next '>' at or after `from` (EOF if none).
  size_t PastGt(size_t from) const {
    const size_t gt = html_.find('>', from);
    return gt == std::string_view::npos ? html_.size() : gt + 1;
  }

  // Handles the markup at html_[lt] == '<'; returns where to continue.
  size_t Markup(size_t lt) {
    const std::string_view rest = html_.substr(lt);
    if (rest.size() >= 4 && rest.substr(0, 4) == "<!--") {
      const size_t end = FindCommentEnd(html_, lt);
      return end == std::string_view::npos ? html_.size() : end;
    }
    if (rest.size() >= 2 && rest[1] == '!') {
      const size_t end = PastGt(lt);
      if (rest.size() >= 9 && EqualsLower(rest.substr(0, 9), "<!doctype")) {
        pending_space_ = false;
        out_.append(html_.substr(lt, end - lt));
      }
      return end;  // bogus comment otherwise
    }
    if (rest.size() >= 2 && rest[1] == '?') return PastGt(lt);
    const TagParse parsed = ParseTag(html_, lt, &tag_);
    if (parsed == TagParse::kUnterminated) return html_.size();
    if (parsed == TagParse::kNotATag) {
      if (rest.size() >= 2 && rest[1] == '/') {  // "</>" is dropped, "</3" a bogus comment
        return rest.size() >= 3 && rest[2] == '>' ? lt + 3 : PastGt(lt);
      }
      FlushSpace();
      out_.push_back('<');
      after_block_ = false;
      return lt + 1;
    }
    const GumboTag tag = TagFromName(tag_.name);
    if (tag_.end_tag) {
      if ((tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING) && pre_depth_ > 0) --pre_depth_;
      if (!IsFlat(tag)) {
        if (suppressed_ > 0 && suppressed_names_.back() == tag_.name) {
          suppressed_names_.pop_back();
          --suppressed_;
          return tag_.end;
        }
        if (depth_ > 0) --depth_;
      }
      if (IsPlainInline(tag)) {
        std::vector<char>& open = inline_open_[static_cast<size_t>(tag)];
        if (!open.empty()) {
          const bool dropped = open.back() != 0;
          open.pop_back();
          if (dropped) return tag_.end;
        }
      }
      BeforeTag(tag);
      out_.append("</").append(tag_.name).push_back('>');
      after_block_ = IsBlockTag(tag);
      return tag_.end;
    }
    return StartTag(tag);
  }

  size_t EndOfRawText(std::string_view name, size_t content_begin, size_t* content_end) const {
    const size_t end = FindRawTextEnd(html_, content_begin, name);
    if (end == std::string_view::npos) {
      *content_end = html_.size();
      return html_.size();
    }
    *content_end = end;
    return PastGt(end);
  }

  size_t StartTag(GumboTag tag) {
    const std::string& name = tag_.name;
    size_t content_end = 0;
    if (tag == GUMBO_TAG_SCRIPT) {
      const size_t next = EndOfRawText("script", tag_.end, &content_end);
      auto type = tag_.Attr("type");
      if (type && IsJsonLdType(*type)) {
        result_->json_ld.emplace_back(html_.substr(tag_.end, content_end - tag_.end));
      }
      return next;
    }
    if (IsRawTextDropped(tag)) return EndOfRawText(name, tag_.end, &content_end);
    if (tag == GUMBO_TAG_TITLE) {
      const size_t next = EndOfRawText("title", tag_.end, &content_end);
      BeforeTag(GUMBO_TAG_TITLE);
      out_.append("<title>");
      out_.append(html_.substr(tag_.end, content_end - tag_.end));
      out_.append("</title>");
      return next;
    }
    if (tag == GUMBO_TAG_XMP) {
      // Raw text for the parser (no tags, no references): handed over exactly as written.
      const size_t next = EndOfRawText("xmp", tag_.end, &content_end);
      BeforeTag(tag);
      WriteStartTag();
      out_.append(html_.substr(tag_.end, content_end - tag_.end));
      if (content_end < html_.size()) out_.append("</xmp>");
      after_block_ = true;
      return next;
    }
    if (tag == GUMBO_TAG_NOSCRIPT) {
      const size_t end = FindRawTextEnd(html_, tag_.end, "noscript");
      return end == std::string_view::npos ? tag_.end : PastGt(end);
    }
    if (tag == GUMBO_TAG_TEMPLATE) return SkipNested("template");
    if ((tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH) && !tag_.self_closing)
      return SkipForeign(name);
    if (tag == GUMBO_TAG_SVG || tag == GUMBO_TAG_MATH || IsVoidDropped(tag)) return tag_.end;
    if (tag == GUMBO_TAG_LINK) {
      auto rel = tag_.Attr("rel");
      if (!rel || !(ContainsLower(*rel, "canonical") || ContainsLower(*rel, "author"))) {
        return tag_.end;
      }
    }
    if (tag == GUMBO_TAG_PLAINTEXT) {
      BeforeTag(tag);
      out_.append(html_.substr(tag_.begin));
      return html_.size();
    }
    if (tag == GUMBO_TAG_META) {
      std::optional<std::string_view> key = tag_.Attr("property");
      if (!key) key = tag_.Attr("name");
      if (!key) key = tag_.Attr("itemprop");
      if (!key) key = tag_.Attr("http-equiv");
      if (!key || !tag_.Attr("content") || !IsMetadataKey(AsciiLower(TrimAscii(*key)))) {
        return tag_.end;
      }
    }
    if (!IsFlat(tag) && !tag_.self_closing) {
      if (depth_ >= kMaxDepth) {
        suppressed_names_.push_back(name);
        ++suppressed_;
        return tag_.end;
      }
      ++depth_;
    }
    if (tag == GUMBO_TAG_PRE || tag == GUMBO_TAG_LISTING) ++pre_depth_;
    const size_t mark = out_.size();
    const bool pending = pending_space_;
    BeforeTag(tag);
    const size_t attributes = WriteStartTag();
    if (IsPlainInline(tag) && !tag_.self_closing) {
      const bool drop = attributes == 0;
      if (drop) {
        out_.resize(mark);  // also undoes a space BeforeTag wrote: it stays pending
        pending_space_ = pending;
      }
      inline_open_[static_cast<size_t>(tag)].push_back(drop ? 1 : 0);
      if (drop) return tag_.end;
    }
    after_block_ = IsBlockTag(tag);
    return tag_.end;
  }

  // Skips a <template> with nested templates, to just past its matching end tag.
  size_t SkipNested(std::string_view name) {
    int depth = 1;
    size_t i = tag_.end;
    RawTag inner;
    while (i < html_.size()) {
      const size_t lt = html_.find('<', i);
      if (lt == std::string_view::npos) return html_.size();
      if (html_.substr(lt, 4) == "<!--") {
        const size_t end = FindCommentEnd(html_, lt);
        if (end == std::string_view::npos) return html_.size();
        i = end;
        continue;
      }
      const TagParse parsed = ParseTag(html_, lt, &inner);
      if (parsed == TagParse::kUnterminated) return html_.size();
      if (parsed == TagParse::kNotATag) {
        i = lt + 1;
        continue;
      }
      i = inner.end;
      if (!inner.end_tag && inner.name == "script") {
        size_t unused = 0;
        i = EndOfRawText("script", inner.end, &unused);
        continue;
      }
      if (inner.name != name) continue;
      depth += inner.end_tag ? -1 : 1;
      if (depth == 0) return i;
    }
    return html_.size();
  }

  // Skips <svg>/<math> content: to its matching end tag, or to an HTML start tag that would
  // break out of foreign content (that tag is then processed normally).
  size_t SkipForeign(std::string_view name) {
    int depth = 1;
    int integration_depth = 0;
    size_t i = tag_.end;
    RawTag inner;
    while (i < html_.size()) {
      const size_t lt = html_.find('<', i);
      if (lt == std::string_view::npos) return html_.size();
      if (html_.substr(lt, 4) == "<!--") {
        const size_t end = FindCommentEnd(html_, lt);
        if (end == std::string_view::npos) return html_.size();
        i = end;
        continue;
      }
      const TagParse parsed = ParseTag(html_, lt, &inner);
      if (parsed == TagParse::kUnterminated) return html_.size();
      if (parsed == TagParse::kNotATag) {
        i = lt + 1;
        continue;
      }
      // Inside an HTML integration point (svg foreignObject/desc/title, math annotation-xml)
      // HTML elements stay in the foreign subtree; elsewhere they end it.
      const bool integration = inner.name == "foreignobject" || inner.name == "desc" ||
                               inner.name == "title" || inner.name == "annotation-xml";
      if (integration && !inner.self_closing) {
        integration_depth += inner.end_tag ? -1 : 1;
        if (integration_depth < 0) integration_depth = 0;
      }
      if (integration_depth == 0 && !inner.end_tag && IsBreakout(TagFromName(inner.name))) {
        return lt;
      }
      if (integration_depth == 0 && !inner.end_tag && inner.name == "font" &&
          (inner.Attr("color") || inner.Attr("face") || inner.Attr("size"))) {
        return lt;
      }
      i = inner.end;
      if (inner.name != name || (inner.self_closing && !inner.end_tag)) continue;
      depth += inner.end_tag ? -1 : 1;
      if (depth == 0) return i;
    }
    return html_.size();
  }

  // Writes the start tag with the extractor's attributes; returns how many it kept.
  size_t WriteStartTag() {
    size_t written = 0;
    out_.push_back('<');
    out_.append(tag_.name);
    const std::string& tag_name = tag_.name;
    for (const RawAttr& a : tag_.attrs) {
      lower_name_.assign(a.name);
      for (char& c : lower_name_) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c | 0x20);
      }
      if (!IsExtractorAttribute(tag_name, lower_name_)) continue;
      if (lower_name_ == "class" || lower_name_ == "id") {
        // The flags the extractor would compute from the value, as one token (hints.h).
        const uint32_t flags = lower_name_ == "class" ? ClassHints(a.value) : IdHints(a.value);
        if (flags == 0) continue;
        WriteAttr(lower_name_, HintToken(flags));
        ++written;
      } else if (lower_name_ == "style") {
        if (!IsHiddenStyle(a.value)) continue;
        WriteAttr("style", "display:none");
        ++written;
      } else if (lower_name_ == "rel" && tag_name != "link") {
        // Read only on <link> and, for "author", on <a> (metadata.cc). The raw value may
        // still hold character references: such a value is kept as written.
        const bool keep = tag_name == "a" && (ContainsLower(a.value, "author") ||
                                              a.value.find('&') != std::string_view::npos);
        if (!keep) continue;
        WriteAttr("rel", a.value);
        ++written;
      } else if (lower_name_ == "aria-hidden") {
        // Only "true" hides (blocks.cc).
        if (!EqualsLower(a.value, "true") && a.value.find('&') == std::string_view::npos) {
          continue;
        }
        WriteAttr("aria-hidden", a.value);
        ++written;
      } else if (lower_name_ == "href" && tag_name == "a") {
        WriteAttr("href", IsAuthorHref(a.value) ? a.value : std::string_view());
        ++written;
      } else {
        WriteAttr(lower_name_, a.value);
        ++written;
      }
    }
    if (tag_.self_closing) out_.push_back('/');
    out_.push_back('>');
    return written;
  }

  void WriteAttr(std::string_view name, std::string_view value) {
    out_.push_back(' ');
    out_.append(name);
    if (value.empty()) return;  // same as name=""
    out_.append("=\"");
    for (char c : value) {
      if (c == '"') {
        out_.append("&quot;");
      } else {
        out_.push_back(c);
      }
    }
    out_.push_back('"');
  }

  std::string_view html_;
  std::string& out_;
  ReducedHtml* result_;
  RawTag tag_;
  std::string lower_name_;
  bool placeholders_;
  std::string core_;
  std::string decoded_;
  int pre_depth_ = 0;
  int depth_ = 0;       // approximate depth of open elements
  int suppressed_ = 0;  // start tags dropped for depth, still open
  std::vector<std::string> suppressed_names_;
  std::array<std::vector<char>, GUMBO_TAG_LAST + 1> inline_open_;
  bool pending_space_ = false;  // a white-space run not yet written
  bool after_block_ = true;     // the last thing written was a block-level tag
};

}  // namespace

bool IsJsonLdType(std::string_view type) { return ContainsLower(type, "ld+json"); }

bool IsExtractorAttribute(std::string_view tag, std::string_view attr) {
  if (attr.size() < 2 || attr.size() > 11) return false;
  switch (attr[0]) {  // most attributes of a page (data-*, src, alt, on*) stop here
    case 'a':
    case 'c':
    case 'd':
    case 'h':
    case 'i':
    case 'l':
    case 'n':
    case 'p':
    case 'r':
    case 's':
      break;
    default:
      return false;
  }
  if (attr == "href") return tag == "a" || tag == "link" || tag == "base";
  return In(kExtractorAttributes, attr);
}

ReducedHtml ReduceHtml(std::string_view html, bool placeholders) {
  ReducedHtml out;
  Reducer(html, &out, placeholders).Run();
  return out;
}

}  // namespace claimtrace::web
