#include "web/blocks.h"

#include <gtest/gtest.h>

#include <string>

#include "web/gumbo_doc.h"
#include "web/hints.h"

namespace claimtrace::web {
namespace {

BlockTree Blocks(const std::string& html) {
  ParsedHtml doc = ParsedHtml::Parse(html);
  return BuildBlocks(doc.root());
}

TEST(WebBlocks, SplitsParagraphsAtBlockBoundaries) {
  const BlockTree t = Blocks(
      "<div>Intro <b>bold</b> text<p>First para.</p>tail<ul><li>one</li><li>two</li></ul></div>");
  ASSERT_EQ(t.paras.size(), 5u);
  EXPECT_EQ(t.paras[0].text, "Intro bold text");
  EXPECT_EQ(t.paras[1].text, "First para.");
  EXPECT_EQ(t.paras[2].text, "tail");
  EXPECT_EQ(t.paras[3].kind, ParaKind::kListItem);
  EXPECT_EQ(t.paras[4].text, "two");
}

TEST(WebBlocks, LineBreaks) {
  const BlockTree t = Blocks("<p>line one<br>line two<br><br>new para<br></p>");
  ASSERT_EQ(t.paras.size(), 2u);
  EXPECT_EQ(t.paras[0].text, "line one\nline two");
  EXPECT_EQ(t.paras[1].text, "new para");
}

TEST(WebBlocks, RecordsLinksKindsAndPunctuation) {
  const BlockTree t = Blocks(
      "<h2>Heading</h2><p>Read <a href=\"/x\">this story</a>, then that.</p>"
      "<blockquote>Quoted</blockquote><table><tr><td>cell</td></tr></table><pre>a\n  b</pre>");
  ASSERT_EQ(t.paras.size(), 5u);
  EXPECT_EQ(t.paras[0].kind, ParaKind::kHeading);
  EXPECT_EQ(t.paras[0].heading, 2);
  EXPECT_EQ(t.paras[1].words, 5u);
  EXPECT_EQ(t.paras[1].link_words, 2u);
  EXPECT_EQ(t.paras[1].punctuation, 2);
  EXPECT_NEAR(t.paras[1].link_density(), 10.0 / 27.0, 1e-9);
  EXPECT_EQ(t.paras[2].kind, ParaKind::kQuote);
  EXPECT_EQ(t.paras[3].kind, ParaKind::kCell);
  EXPECT_EQ(t.paras[4].kind, ParaKind::kPre);
  EXPECT_EQ(t.paras[4].text, "a\nb");  // lines kept, indentation collapsed
}

TEST(WebBlocks, SkipsNonContentButKeepsHiddenMarked) {
  const BlockTree t = Blocks(
      "<p>a</p><script>x</script><select><option>opt</option></select><button>Go</button>"
      "<div hidden><p>hidden text</p></div><svg><text>icon</text></svg>");
  ASSERT_EQ(t.paras.size(), 2u);
  EXPECT_EQ(t.paras[1].text, "hidden text");
  const Elem& hidden =
      t.elems[static_cast<size_t>(t.elems[static_cast<size_t>(t.paras[1].elem)].parent)];
  EXPECT_TRUE(hidden.hints & kHintHidden);
}

TEST(WebBlocks, StreamedSegmentsAreNotHidden) {
  // React streaming rendering: <div hidden id="S:N"> is moved into view by script.
  const BlockTree t = Blocks(
      "<p>a</p><div hidden id=\"S:3\"><p>streamed text</p></div>"
      "<div hidden id=\"S:x\"><p>still hidden</p></div>");
  ASSERT_EQ(t.paras.size(), 3u);
  auto parent_hints = [&](size_t para) {
    return t.elems[static_cast<size_t>(t.elems[static_cast<size_t>(t.paras[para].elem)].parent)]
        .hints;
  };
  EXPECT_FALSE(parent_hints(1) & kHintHidden);
  EXPECT_TRUE(parent_hints(1) & kHintRevealed);
  EXPECT_TRUE(parent_hints(2) & kHintHidden);
}

TEST(WebBlocks, ElementRangesNest) {
  const BlockTree t = Blocks("<div id=a><p>1</p><div><p>2</p></div></div><p>3</p>");
  // html, body, div#a, p, div, p, p
  ASSERT_EQ(t.elems.size(), 7u);
  const Elem& a = t.elems[2];
  EXPECT_EQ(a.end, 6);
  EXPECT_EQ(a.first_para, 0u);
  EXPECT_EQ(a.end_para, 2u);
  EXPECT_EQ(t.elems[6].parent, 1);
}

TEST(WebBlocks, HintsFromTagsClassesRolesAndItemprop) {
  const BlockTree t = Blocks(
      "<nav><p>n</p></nav><div class=\"entry-content\" role=\"main\"><p>x</p></div>"
      "<div itemprop=\"articleBody\"><p>y</p></div><div id=\"comments\"><p>z</p></div>");
  auto hints_of = [&](size_t para) {
    return t.elems[static_cast<size_t>(t.elems[static_cast<size_t>(t.paras[para].elem)].parent)]
        .hints;
  };
  EXPECT_TRUE(hints_of(0) & kHintNoise);
  EXPECT_TRUE(hints_of(1) & kHintStrongContent);
  EXPECT_TRUE(hints_of(2) & kHintStrongContent);
  EXPECT_TRUE(hints_of(3) & kHintComment);
}

TEST(WebBlocks, DeepNestingDoesNotOverflowTheStack) {
  std::string html;
  for (int i = 0; i < 3000; ++i) html += "<div>";
  html += "<p>deep</p>";
  const BlockTree t = Blocks(html);
  ASSERT_FALSE(t.paras.empty());
  EXPECT_EQ(t.paras.back().text, "deep");
}

}  // namespace
}  // namespace claimtrace::web
