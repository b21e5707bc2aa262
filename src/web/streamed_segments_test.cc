#include "web/streamed_segments.h"

#include <gtest/gtest.h>

#include <string>

namespace claimtrace::web {
namespace {

TEST(WebStreamedSegments, PageWithoutSegmentsIsLeftAlone) {
  EXPECT_FALSE(InlineStreamedSegments("<p>plain page</p>").has_value());
  // A segment without a placeholder stays where it is.
  EXPECT_FALSE(
      InlineStreamedSegments("<main></main><div hidden id=\"S:1\"><p>x</p></div>").has_value());
  // A placeholder without a segment changes nothing either.
  EXPECT_FALSE(InlineStreamedSegments("<main><template id=\"B:1\"></template></main>").has_value());
}

TEST(WebStreamedSegments, MovesBoundariesAndSegmentsIntoTheirPlaceholders) {
  const std::string html =
      "<main><h1>T</h1><!--$?--><template id=\"B:0\"></template><div>Loading…</div><!--/$-->"
      "<p>middle</p><template id=\"P:a\"></template></main><footer>f</footer>"
      "<div hidden id=\"S:a\"><p>second</p></div><script>$RS(\"S:a\",\"P:a\")</script>"
      "<div hidden id=\"S:0\"><div><p>first</p></div></div><script>$RC(\"B:0\",\"S:0\")</script>";
  const auto out = InlineStreamedSegments(html);
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(*out,
            "<main><h1>T</h1><!--$?--><div><p>first</p></div><!--/$-->"
            "<p>middle</p><p>second</p></main><footer>f</footer>"
            "<script>$RS(\"S:a\",\"P:a\")</script><script>$RC(\"B:0\",\"S:0\")</script>");
}

TEST(WebStreamedSegments, NestedPlaceholdersAndRepeatsAreHandledOnce) {
  // S:1 holds the placeholder of S:2; a second placeholder for S:1 gets nothing; a segment that
  // holds its own placeholder does not recurse.
  const std::string html =
      "<main><template id=\"P:1\"></template><template id=\"P:1\"></template></main>"
      "<div hidden id=\"S:1\"><p>one</p><template id=\"P:2\"></template></div>"
      "<div hidden id=\"S:2\"><p>two</p><template id=\"P:2\"></template></div>"
      "<script>$RS(\"S:1\",\"P:1\");$RS(\"S:2\",\"P:2\")</script>";
  const auto out = InlineStreamedSegments(html);
  ASSERT_TRUE(out.has_value());
  EXPECT_EQ(*out,
            "<main><p>one</p><p>two</p></main>"
            "<script>$RS(\"S:1\",\"P:1\");$RS(\"S:2\",\"P:2\")</script>");
}

TEST(WebStreamedSegments, OnlyPagesThatMoveSegmentsChange) {
  // The same markup without React's moving calls is left as it is.
  EXPECT_FALSE(InlineStreamedSegments("<main><template id=\"P:1\"></template></main>"
                                      "<div hidden id=\"S:1\"><p>one</p></div>"
                                      "<script>var price = $5; $R(1);</script>")
                   .has_value());
}

TEST(WebStreamedSegments, TruncatedSegmentsAreSafe) {
  // An unclosed segment ends the search; the page is not changed.
  EXPECT_FALSE(InlineStreamedSegments("<script>$RS(\"S:1\",\"P:1\")</script><main>"
                                      "<template id=\"P:1\"></template></main>"
                                      "<div hidden id=\"S:1\"><p>cut off")
                   .has_value());
  EXPECT_FALSE(InlineStreamedSegments("$RS(\"S:1\",\"P:1\")<template id=\"P:1\"></template>"
                                      "<div hidden id=\"S:1")
                   .has_value());
}

}  // namespace
}  // namespace claimtrace::web
