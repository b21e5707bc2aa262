// Block view: an iterative pre-order walk (explicit stack, so deeply nested pages cannot
// overflow the call stack) that flushes the current paragraph at every block-level element
// boundary and at a double <br>. Covered by src/web/blocks_test.cc.
#include "web/blocks.h"

#include <strings.h>

#include <algorithm>
#include <cstring>

#include "web/gumbo_doc.h"
#include "web/hints.h"
#include "web/text_util.h"

namespace claimtrace::web {

bool IsBlockTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_UNKNOWN:
      return true;
    default:
      return false;
  }
}

namespace {

bool IsSkippedTag(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_MAP:
    case GUMBO_TAG_AREA:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_TITLE:
    case GUMBO_TAG_IMG:
    case GUMBO_TAG_SOURCE:
    case GUMBO_TAG_TRACK:
    case GUMBO_TAG_PARAM:
    case GUMBO_TAG_FRAMESET:
    case GUMBO_TAG_FRAME:
    case GUMBO_TAG_APPLET:
    case GUMBO_TAG_KEYGEN:
    case GUMBO_TAG_METER:
    case GUMBO_TAG_PROGRESS:
    case GUMBO_TAG_BASE:
    case GUMBO_TAG_LINK:
    case GUMBO_TAG_META:
    case GUMBO_TAG_LABEL:
      return true;
    default:
      return false;
  }
}

uint32_t TagHints(GumboTag tag) {
  switch (tag) {
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_MAIN:
      return kHintContent;
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_FOOTER:
      return kHintBoiler | kHintNoise;
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_FORM:
      return kHintBoiler;
    case GUMBO_TAG_FIGCAPTION:
      return kHintCaption;
    case GUMBO_TAG_TIME:
      return kHintDate;
    default:
      return 0;
  }
}

uint32_t ItempropHints(const char* itemprop) {
  if (itemprop == nullptr) return 0;
  const std::string_view v(itemprop);
  // itemprop may list several properties; look for the ones that matter.
  auto has = [&](std::string_view word) {
    size_t pos = 0;
    while ((pos = v.find(word, pos)) != std::string_view::npos) {
      const bool start_ok = pos == 0 || v[pos - 1] == ' ';
      const size_t after = pos + word.size();
      const bool end_ok = after == v.size() || v[after] == ' ';
      if (start_ok && end_ok) return true;
      pos = after;
    }
    return false;
  };
  uint32_t flags = 0;
  if (has("articleBody") || has("reviewBody")) flags |= kHintContent | kHintStrongContent;
  if (has("author") || has("creator")) flags |= kHintByline;
  if (has("datePublished") || has("dateModified") || has("dateCreated")) flags |= kHintDate;
  if (has("headline")) flags |= kHintTitle;
  if (has("comment")) flags |= kHintComment | kHintBoiler | kHintNoise;
  return flags;
}

ParaKind KindOf(GumboTag tag, uint8_t* heading) {
  switch (tag) {
    case GUMBO_TAG_H1:
      *heading = 1;
      return ParaKind::kHeading;
    case GUMBO_TAG_H2:
      *heading = 2;
      return ParaKind::kHeading;
    case GUMBO_TAG_H3:
      *heading = 3;
      return ParaKind::kHeading;
    case GUMBO_TAG_H4:
      *heading = 4;
      return ParaKind::kHeading;
    case GUMBO_TAG_H5:
      *heading = 5;
      return ParaKind::kHeading;
    case GUMBO_TAG_H6:
      *heading = 6;
      return ParaKind::kHeading;
    case GUMBO_TAG_LI:
      return ParaKind::kListItem;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
      return ParaKind::kPre;
    case GUMBO_TAG_BLOCKQUOTE:
      return ParaKind::kQuote;
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
      return ParaKind::kCaption;
    case GUMBO_TAG_TD:
    case GUMBO_TAG_TH:
      return ParaKind::kCell;
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
      return ParaKind::kTerm;
    default:
      return ParaKind::kText;
  }
}

struct Frame {
  const GumboNode* node;
  unsigned next_child;
  int32_t elem;  // block element index, or -1 for inline elements
  bool link;
  bool pre;
  bool kind_pushed;
};

class Builder {
 public:
  Builder(BlockTree* tree, const TextStore* texts) : tree_(tree), texts_(texts) {}

  void Run(const GumboNode* root) {
    if (root == nullptr) return;
    Enter(root);
    while (!stack_.empty()) {
      Frame& f = stack_.back();
      const GumboNode* node = f.node;
      const GumboVector& children = node->v.element.children;
      if (f.next_child < children.length) {
        const auto* child = static_cast<const GumboNode*>(children.data[f.next_child++]);
        Visit(child);
        continue;
      }
      Exit();
    }
    Flush();
  }

 private:
  void Visit(const GumboNode* node) {
    switch (node->type) {
      case GUMBO_NODE_TEXT:
      case GUMBO_NODE_CDATA:
      case GUMBO_NODE_WHITESPACE:
        Text(node->v.text.text);
        return;
      case GUMBO_NODE_ELEMENT:
      case GUMBO_NODE_TEMPLATE:
        Enter(node);
        return;
      default:
        return;  // comments, document
    }
  }

  void Enter(const GumboNode* node) {
    const GumboElement& e = node->v.element;
    if (e.tag_namespace != GUMBO_NAMESPACE_HTML) return;
    if (e.tag == GUMBO_TAG_BR) {
      LineBreak();
      return;
    }
    uint32_t hints = ElementHints(node);
    if (IsSkippedElement(node, hints)) return;
    Frame f{node, 0, -1, false, false, false};
    if (IsBlockTag(e.tag)) {
      Flush();
      Elem el;
      el.node = node;
      el.parent = block_stack_.empty() ? -1 : block_stack_.back();
      el.depth = static_cast<uint16_t>(block_stack_.size());
      el.tag = e.tag;
      el.hints = hints;
      el.first_para = static_cast<uint32_t>(tree_->paras.size());
      f.elem = static_cast<int32_t>(tree_->elems.size());
      tree_->elems.push_back(el);
      block_stack_.push_back(f.elem);
      uint8_t heading = 0;
      const ParaKind kind = KindOf(e.tag, &heading);
      if (kind != ParaKind::kText) {
        kind_stack_.push_back({kind, heading});
        f.kind_pushed = true;
      }
    }
    if (e.tag == GUMBO_TAG_A && GetAttr(node, "href") != nullptr) {
      f.link = true;
      ++link_depth_;
    }
    if (e.tag == GUMBO_TAG_PRE || e.tag == GUMBO_TAG_LISTING || e.tag == GUMBO_TAG_XMP ||
        e.tag == GUMBO_TAG_PLAINTEXT) {
      f.pre = true;
      ++pre_depth_;
    }
    stack_.push_back(f);
  }

  void Exit() {
    const Frame f = stack_.back();
    stack_.pop_back();
    if (f.link) --link_depth_;
    if (f.pre) --pre_depth_;
    if (f.elem >= 0) {
      Flush();
      if (f.kind_pushed) kind_stack_.pop_back();
      Elem& el = tree_->elems[static_cast<size_t>(f.elem)];
      el.end_para = static_cast<uint32_t>(tree_->paras.size());
      el.end = static_cast<int32_t>(tree_->elems.size());
      block_stack_.pop_back();
    }
  }

  void Text(const char* raw) {
    const std::string_view t(raw);
    const size_t before = buffer_.size();
    // Placeholders are expanded piece by piece straight into the buffer.
    if (texts_ != nullptr && TextStore::HasPlaceholder(t)) {
      texts_->ForEachPiece(t, [this](std::string_view piece) { AppendText(piece); });
    } else {
      AppendText(t);
    }
    if (buffer_.size() > before) br_pending_ = false;
    if (link_depth_ > 0 && buffer_.size() > before) {
      const std::string_view added(buffer_.data() + before, buffer_.size() - before);
      link_chars_ += static_cast<uint32_t>(TrimAscii(added).size());
      link_words_ += static_cast<uint32_t>(CountWords(added));
    }
  }

  void AppendText(std::string_view t) {
    if (pre_depth_ > 0) {
      for (char c : t) {
        if (c == '\r') continue;
        if (c == '\n') {
          while (!buffer_.empty() && buffer_.back() == ' ') buffer_.pop_back();
          if (!buffer_.empty()) buffer_.push_back('\n');
          last_space_ = true;
        } else if (c == '\t' || c == ' ') {
          if (!last_space_) buffer_.push_back(' ');
          last_space_ = true;
        } else {
          buffer_.push_back(c);
          last_space_ = false;
        }
      }
    } else {
      AppendCollapsed(t, &buffer_, &last_space_);
    }
  }

  void LineBreak() {
    if (br_pending_) {  // a second <br> in a row ends the paragraph
      Flush();
      return;
    }
    while (!buffer_.empty() && buffer_.back() == ' ') buffer_.pop_back();
    if (buffer_.empty()) return;
    buffer_.push_back('\n');
    last_space_ = true;
    br_pending_ = true;
  }

  void Flush() {
    br_pending_ = false;
    last_space_ = true;
    std::string_view text = TrimAscii(buffer_);
    if (text.empty()) {
      buffer_.clear();
      link_chars_ = link_words_ = 0;
      return;
    }
    Para p;
    p.text.assign(text);
    // Lines inside a paragraph: no spaces around the breaks.
    if (p.text.find('\n') != std::string::npos) {
      std::string clean;
      clean.reserve(p.text.size());
      for (size_t i = 0; i < p.text.size(); ++i) {
        const char c = p.text[i];
        if (c == ' ' && i + 1 < p.text.size() && p.text[i + 1] == '\n') continue;
        if (c == ' ' && !clean.empty() && clean.back() == '\n') continue;
        clean.push_back(c);
      }
      p.text = std::move(clean);
    }
    p.elem = block_stack_.empty() ? -1 : block_stack_.back();
    p.words = static_cast<uint32_t>(CountWords(p.text));
    p.chars = static_cast<uint32_t>(p.text.size());
    p.link_chars = std::min(link_chars_, p.chars);
    p.link_words = std::min(link_words_, p.words);
    for (char c : p.text) {
      if (c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?') ++p.punctuation;
    }
    if (!kind_stack_.empty()) {
      p.kind = kind_stack_.back().kind;
      p.heading = kind_stack_.back().heading;
    }
    tree_->paras.push_back(std::move(p));
    buffer_.clear();
    link_chars_ = link_words_ = 0;
  }

  struct KindEntry {
    ParaKind kind;
    uint8_t heading;
  };

  BlockTree* tree_;
  const TextStore* texts_;
  std::vector<Frame> stack_;
  std::vector<int32_t> block_stack_;
  std::vector<KindEntry> kind_stack_;
  std::string buffer_;
  bool last_space_ = true;
  bool br_pending_ = false;
  int link_depth_ = 0;
  int pre_depth_ = 0;
  uint32_t link_chars_ = 0;
  uint32_t link_words_ = 0;
};

bool IsHeading(GumboTag tag) {
  return tag == GUMBO_TAG_H1 || tag == GUMBO_TAG_H2 || tag == GUMBO_TAG_H3 || tag == GUMBO_TAG_H4 ||
         tag == GUMBO_TAG_H5 || tag == GUMBO_TAG_H6;
}

}  // namespace

uint32_t ElementHints(const GumboNode* node) {
  if (node == nullptr || node->type != GUMBO_NODE_ELEMENT) return 0;
  const GumboElement& e = node->v.element;
  uint32_t hints = TagHints(e.tag);
  const GumboVector& attrs = e.attributes;
  for (unsigned i = 0; i < attrs.length; ++i) {
    const auto* a = static_cast<const GumboAttribute*>(attrs.data[i]);
    const char* n = a->name;  // gumbo lower-cases attribute names
    switch (n[0]) {
      case 'c':
        if (std::strcmp(n, "class") == 0) hints |= ClassHints(a->value);
        break;
      case 'i':
        // Heading ids are anchors made from the heading text ("toc_best-stocks"): no hint.
        if (std::strcmp(n, "id") == 0 && !IsHeading(e.tag)) hints |= IdHints(a->value);
        if (std::strcmp(n, "itemprop") == 0) hints |= ItempropHints(a->value);
        break;
      case 'r':
        if (std::strcmp(n, "role") == 0) hints |= RoleHints(a->value);
        break;
      case 'h':
        if (std::strcmp(n, "hidden") == 0) hints |= kHintHidden;
        break;
      case 'a':
        if (std::strcmp(n, "aria-hidden") == 0 && strcasecmp(a->value, "true") == 0) {
          hints |= kHintHidden;
        }
        break;
      case 's':
        if (std::strcmp(n, "style") == 0 && IsHiddenStyle(a->value)) hints |= kHintHidden;
        break;
      default:
        break;
    }
  }
  // A hidden <html> or <body> is a page that reveals itself with script: read it anyway; so
  // is a streamed segment (hints.h, kHintRevealed).
  if (e.tag == GUMBO_TAG_HTML || e.tag == GUMBO_TAG_BODY || (hints & kHintRevealed)) {
    hints &= ~kHintHidden;
  }
  return hints;
}

bool IsSkippedElement(const GumboNode* node, uint32_t hints) {
  if (node == nullptr) return false;
  if (node->type == GUMBO_NODE_TEMPLATE) return true;
  if (node->type != GUMBO_NODE_ELEMENT) return false;
  if (node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML) return true;
  (void)hints;  // hidden elements are kept and marked; main-text selection decides
  return IsSkippedTag(node->v.element.tag);
}

BlockTree BuildBlocks(const GumboNode* root, const TextStore* texts) {
  BlockTree tree;
  tree.elems.reserve(1024);
  tree.paras.reserve(512);
  Builder(&tree, texts).Run(root);
  return tree;
}

}  // namespace claimtrace::web
