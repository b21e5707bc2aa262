#include "web/parser_text.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "web/gumbo_doc.h"
#include "web/prepass.h"

namespace claimtrace::web {
namespace {

// Text of the first <p> in a gumbo parse of `html`.
std::string GumboParagraphText(const std::string& html) {
  const ParsedHtml doc = ParsedHtml::Parse(html);
  std::vector<const GumboNode*> stack{doc.root()};
  while (!stack.empty()) {
    const GumboNode* n = stack.back();
    stack.pop_back();
    if (n->type != GUMBO_NODE_ELEMENT) continue;
    if (n->v.element.tag == GUMBO_TAG_P) {
      std::string out;
      const GumboVector& ch = n->v.element.children;
      for (unsigned i = 0; i < ch.length; ++i) {
        const auto* t = static_cast<const GumboNode*>(ch.data[i]);
        if (t->type == GUMBO_NODE_TEXT) out += t->v.text.text;
      }
      return out;
    }
    const GumboVector& ch = n->v.element.children;
    for (unsigned i = 0; i < ch.length; ++i)
      stack.push_back(static_cast<const GumboNode*>(ch.data[i]));
  }
  return "";
}

// A text run with character references that the pre-pass stores itself must hold exactly what
// the parser makes of it; references it does not know stay in the markup.
TEST(WebParserText, PrepassDecodesReferencesExactlyAsTheParser) {
  std::vector<std::string> refs = {
      "&amp;", "&lt;", "&gt;", "&quot;",     "&nbsp;",         "&AMP;", "&amp",       "&eacute;",
      "&#;",   "&#x;", "&#38", "&#0000038;", "&#99999999999;", "&",     "&#x110000;", "&#xd800;"};
  char buf[32];
  for (uint32_t cp = 0; cp <= 0x110000; cp += (cp < 0x400 ? 1 : 251)) {
    std::snprintf(buf, sizeof buf, cp % 2 ? "&#%u;" : "&#x%X;", static_cast<unsigned>(cp));
    refs.push_back(buf);
  }
  for (uint32_t cp :
       {0x7Fu, 0x80u, 0x9Fu, 0xA0u, 0xD7FFu, 0xE000u, 0xF8FFu, 0xF900u, 0xFFFEu, 0x10FFFFu}) {
    std::snprintf(buf, sizeof buf, "&#x%x;", static_cast<unsigned>(cp));
    refs.push_back(buf);
  }
  size_t stored = 0;
  for (const std::string& ref : refs) {
    const std::string text = "a run long enough to store " + ref + " x";
    const ReducedHtml r = ReduceHtml("<p>" + text + "</p>");
    if (r.texts.size() == 0) continue;  // left to the parser
    ++stored;
    ASSERT_EQ(r.texts.size(), 1u) << ref;
    EXPECT_EQ(std::string(r.texts.Run(0)), GumboParagraphText("<p>" + text + "</p>")) << ref;
  }
  EXPECT_GT(stored, 3000u);
  // White-space references are not decoded here (the run would collapse differently).
  EXPECT_EQ(ReduceHtml("<p>a run long enough to store&#32;&#10; x</p>").texts.size(), 0u);
}

TEST(WebParserText, DecodesKnownReferencesOnly) {
  std::string out;
  EXPECT_TRUE(DecodeKnownReferences("B&amp;B it&#8217;s &#x2019; &lt;p&gt;", &out));
  EXPECT_EQ(out, "B&B it\xE2\x80\x99s \xE2\x80\x99 <p>");
  EXPECT_FALSE(DecodeKnownReferences("caf&eacute;", &out));  // not a known name
  EXPECT_FALSE(DecodeKnownReferences("AT&T", &out));
  EXPECT_FALSE(DecodeKnownReferences("x&amp", &out));        // no semicolon
  EXPECT_FALSE(DecodeKnownReferences("a&#32;b", &out));      // white space
  EXPECT_FALSE(DecodeKnownReferences("a&#128;b", &out));     // replaced by the parser
  EXPECT_FALSE(DecodeKnownReferences("a&#xE000;b", &out));   // private use (placeholders)
  EXPECT_FALSE(DecodeKnownReferences("a\x01&amp;b", &out));  // a control character
}

// The word-at-a-time ParserKeepsAsIs against the byte loop, on random runs mixing printable
// ASCII with the bytes it must stop at (references, controls, C1 and noncharacter sequences).
TEST(WebParserText, ParserKeepsAsIsMatchesTheByteLoop) {
  const std::vector<std::string> pieces = {"abcdefgh",
                                           "ijkl mno",
                                           "x",
                                           " ",
                                           "\t",
                                           "\n",
                                           "&",
                                           "&amp;",
                                           "\x01",
                                           "\x7F",
                                           "\xC2\x85",
                                           "\xC2\xA0",
                                           "\xEF\xB7\x90",
                                           "\xEF\xBF\xBE",
                                           "\xF0\x9F\xBF\xBF",
                                           "\xE2\x80\x99",
                                           std::string(1, '\0'),
                                           "~}|{"};
  uint32_t seed = 5;
  for (int round = 0; round < 5000; ++round) {
    std::string text;
    const int parts = 1 + round % 12;
    for (int k = 0; k < parts; ++k) {
      seed = seed * 1664525u + 1013904223u;
      const size_t pick = (seed >> 8) % (pieces.size() * 3);
      text += pick < pieces.size() ? pieces[pick] : pieces[pick % 2];  // mostly plain text
    }
    ASSERT_EQ(ParserKeepsAsIs(text), ParserKeepsAsIsSimple(text)) << text;
  }
}

}  // namespace
}  // namespace claimtrace::web
