// ExtractArticle end to end: bad input, charset handling, limits, and the pre-pass
// differential (same result with and without it) on generated pages.
#include <gtest/gtest.h>

#include <iterator>
#include <random>
#include <string>

#include "claimtrace/html.h"

namespace claimtrace {
namespace {

const std::string kArticle =
    "<html><head><title>Ferry trial approved | Coast News</title></head><body>"
    "<nav><a href=/>Home</a> <a href=/news>News</a></nav><article><h1>Ferry trial approved</h1>"
    "<p>A six-month trial of late-night ferry crossings will begin in May, after the harbour "
    "authority voted in favour of the scheme on Monday evening.</p>"
    "<p>The service will run on Fridays and Saturdays, with the last boat leaving at 1.15am, "
    "the harbour master said.</p></article><footer><p>Copyright Coast News</p></footer>"
    "</body></html>";

TEST(WebExtract, ExtractsAnArticle) {
  Result<ExtractedPage> page = ExtractArticle(kArticle, {.url = "https://coast.example/a"});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->title, "Ferry trial approved");
  EXPECT_EQ(page->outlet, "Coast News");
  EXPECT_EQ(page->text.substr(0, 30), "A six-month trial of late-nigh");
  EXPECT_NE(page->text.find("\n\nThe service will run"), std::string::npos);
  EXPECT_EQ(page->text.find("Copyright"), std::string::npos);
  EXPECT_FALSE(page->charset_repaired);
}

TEST(WebExtract, EmptyAndBlankPagesAreErrors) {
  for (const std::string html : {"", "   \n\t ", "<html><head></head><body></body></html>"}) {
    Result<ExtractedPage> page = ExtractArticle(html, {.url = "https://x.example/empty"});
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.status().where().file, "https://x.example/empty");
  }
  Result<ExtractedPage> nav =
      ExtractArticle("<nav><a href=/a>One</a> <a href=/b>Two</a> <a href=/c>Three</a></nav>", {});
  ASSERT_FALSE(nav.ok());
  EXPECT_EQ(nav.status().message(), "no article text found");
}

TEST(WebExtract, BinaryDataIsRejected) {
  std::string binary = "%PDF-1.7\n";
  for (int i = 0; i < 2000; ++i) binary.push_back(static_cast<char>(i * 37 % 256));
  Result<ExtractedPage> page = ExtractArticle(binary, {});
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kUnsupported);
}

TEST(WebExtract, OversizedPagesAreRejectedBeforeParsing) {
  Result<ExtractedPage> page = ExtractArticle(kArticle, {.max_html_bytes = 100});
  ASSERT_FALSE(page.ok());
  EXPECT_EQ(page.status().code(), StatusCode::kResourceExhausted);
}

TEST(WebExtract, ReportsRepairedBytes) {
  // UTF-8 (curly quotes) with one invalid byte.
  std::string html = kArticle;
  html.replace(html.find("the harbour master said"), 3, "\xE2\x80\x9Cthe\xE2\x80\x9D");
  html.replace(html.find("six-month"), 3,
               "s\xFF"
               "x");
  Result<ExtractedPage> page = ExtractArticle(html, {.declared_charset = "utf-8"});
  ASSERT_TRUE(page.ok());
  EXPECT_TRUE(page->charset_repaired);
  EXPECT_EQ(page->replaced_bytes, 1u);
  EXPECT_NE(page->text.find("s\xEF\xBF\xBDx-month"), std::string::npos);
}

TEST(WebExtract, HonoursTheHttpCharset) {
  const std::string html =
      "<html><body><article><p>\xC2 \xEF\xEE\xED\xE5\xE4\xE5\xEB\xFC\xED\xE8\xEA \xE3\xEE\xF0"
      "\xEE\xE4\xF1\xEA\xE0\xFF \xE4\xF3\xEC\xE0 \xF0\xE0\xF1\xF1\xEC\xEE\xF2\xF0\xE5\xEB\xE0 "
      "\xE1\xFE\xE4\xE6\xE5\xF2, \xE8 \xEC\xFD\xF0 \xEF\xEE\xE4\xEF\xE8\xF1\xE0\xEB \xE5\xE3\xEE "
      "\xE2\xE5\xF7\xE5\xF0\xEE\xEC.</p></article></body></html>";
  Result<ExtractedPage> page = ExtractArticle(html, {.declared_charset = "windows-1251"});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->charset, "windows-1251");
  EXPECT_EQ(page->text.substr(0, 3), "\xD0\x92 ");  // "В "
}

TEST(WebExtract, MalformedAndTruncatedHtmlNeverCrashes) {
  std::mt19937 rng(7);
  for (int i = 0; i < 300; ++i) {
    const size_t cut = rng() % kArticle.size();
    std::string html = kArticle.substr(0, cut);
    if (i % 3 == 0) html += "<div class=\"unterminated";
    if (i % 5 == 0) html.insert(rng() % (html.size() + 1), "</p></div></article><!--");
    Result<ExtractedPage> page = ExtractArticle(html, {});
    if (page.ok()) {
      EXPECT_FALSE(page->text.empty());
      EXPECT_EQ(page->text.find("<"), std::string::npos);
    }
  }
}

TEST(WebExtract, HugePagesAreHandled) {
  std::string html = "<html><body><nav><a href=/>Home</a></nav><article>";
  for (int i = 0; i < 20000; ++i) {
    html += "<p>Paragraph number " + std::to_string(i) +
            " of a very long report on the state of the coastal ferries, with details.</p>";
  }
  html += "</article></body></html>";
  ASSERT_GT(html.size(), 1500000u);
  Result<ExtractedPage> page = ExtractArticle(html, {});
  ASSERT_TRUE(page.ok());
  EXPECT_NE(page->text.find("Paragraph number 19999 of"), std::string::npos);
  EXPECT_EQ(page->text.find("Home"), std::string::npos);
}

TEST(WebExtract, HostileNestingIsCutShort) {
  std::string html = "<html><body>";
  for (int i = 0; i < 100000; ++i) html += "<div><span class=x>";
  html += "<p>The text at the bottom of a hundred thousand nested elements survives the cut.</p>";
  Result<ExtractedPage> page = ExtractArticle(html, {});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_NE(page->text.find("survives the cut"), std::string::npos);
}

// Random pages built from the constructs the pre-pass rewrites: comments, scripts (also with
// markup-like text), styles, svg, templates, noscript, attributes of every kind, inline tags,
// white space runs, <pre>. Balanced, so a real parser and the pre-pass agree on structure.
class PageGenerator {
 public:
  explicit PageGenerator(uint32_t seed) : rng_(seed) {}

  std::string Page() {
    std::string out = "<!DOCTYPE html><html lang=en><head><title>T " + Word() + "</title>";
    out += "<meta name=author content='" + Word() + " " + Word() + "'>";
    out += "<meta name=viewport content=width>";
    out += "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"" +
           Word() + "\"}</script></head><body>";
    out += Block(0);
    out += "</body></html>";
    return out;
  }

 private:
  std::string Word() {
    // Words with character references: ones the pre-pass decodes itself, and ones it must
    // leave to the parser (unknown names, no semicolon, replaced or white-space code points).
    static const char* kWords[] = {
        "ferry",   "council",     "harbour",     "vote",      "budget",   "islands",
        "night",   "service",     "trial",       "said",      "would",    "the",
        "B&amp;B", "it&#8217;s",  "it&#x2019;s", "&lt;p&gt;", "a&nbsp;b", "&quot;q&quot;",
        "AT&T",    "caf&eacute;", "x&amp",       "&#128;",    "&#32;x",   "&#0;y",
        "&#38;z",  "&#X1F600;",   "&#xD800;",    "& b"};
    return kWords[rng_() % std::size(kWords)];
  }
  std::string Sentence(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s += (i ? (rng_() % 4 ? " " : "  \n ") : "") + Word();
    return s + ".";
  }
  std::string Attrs() {
    static const char* kAttrs[] = {" class=\"mt-2 flex post-content\"",
                                   " class='share-bar x'",
                                   " id=comments",
                                   " style=\"display:none\"",
                                   " style='color:red'",
                                   " data-x=\"<p>\"",
                                   " hidden",
                                   " aria-hidden=true",
                                   " role=navigation",
                                   " itemprop=articleBody",
                                   " class=sidebar",
                                   " class=\"widget text\"",
                                   " onclick=\"a>b\"",
                                   ""};
    return kAttrs[rng_() % 14];
  }
  std::string Inline() {
    switch (rng_() % 8) {
      case 0:
        return "<a href=\"/author/x\">" + Word() + "</a>";
      case 1:
        return "<span>" + Word() + "</span>";
      case 2:
        return "<b class=byline>" + Word() + "</b>";
      case 3:
        return "<!-- " + Word() + " <p>x</p> -->";
      case 4:
        return "<svg><path d=\"M0\"/><text>" + Word() + "</text></svg>";
      case 5:
        return "<a href=/x>" + Sentence(2) + "</a>";
      case 6:
        return "<em>" + Word() + "</em><br>";
      default:
        return Sentence(3);
    }
  }
  std::string Block(int depth) {
    std::string out;
    const int n = 2 + static_cast<int>(rng_() % 4);
    for (int i = 0; i < n; ++i) {
      switch (depth > 4 ? rng_() % 3 : rng_() % 9) {
        case 0:
          out += "<p" + Attrs() + ">" + Sentence(12) + Inline() + Sentence(9) + "</p>";
          break;
        case 1:
          out += "<h2" + Attrs() + ">" + Sentence(4) + "</h2>";
          break;
        case 2:
          out += "<ul><li>" + Inline() + "</li><li>" + Sentence(5) + "</li></ul>";
          break;
        case 3:
          out += "<div" + Attrs() + ">" + Block(depth + 1) + "</div>";
          break;
        case 4:
          out += "<script>if (a < b) document.write('<div>" + Word() + "</div>');</script>";
          break;
        case 5:
          out += "<template><p>" + Sentence(6) + "</p></template><style>p{}</style>";
          break;
        case 6:
          out += "<noscript><p>" + Sentence(5) + "</p></noscript>";
          break;
        case 7:
          out += rng_() % 2 ? "<pre>  " + Word() + "\n    " + Word() + "</pre>"
                            : "<xmp>" + Sentence(6) + " <b>" + Word() + "</b></xmp>";
          break;
        default:
          out += "<section" + Attrs() + ">" + Block(depth + 1) + "</section>";
          break;
      }
    }
    return out;
  }
  std::mt19937 rng_;
};

TEST(WebExtract, PrepassGivesTheSameResultAsAFullParse) {
  for (uint32_t seed = 1; seed <= 300; ++seed) {
    const std::string html = PageGenerator(seed).Page();
    Result<ExtractedPage> fast = ExtractArticle(html, {.url = "https://x.example/2020/01/02/a"});
    Result<ExtractedPage> full =
        ExtractArticle(html, {.url = "https://x.example/2020/01/02/a", .prepass = false});
    ASSERT_EQ(fast.ok(), full.ok()) << "seed " << seed;
    if (!fast.ok()) continue;
    EXPECT_EQ(fast->text, full->text) << "seed " << seed;
    EXPECT_EQ(fast->title, full->title) << "seed " << seed;
    EXPECT_EQ(fast->author, full->author) << "seed " << seed;
    EXPECT_EQ(fast->published, full->published) << "seed " << seed;
    EXPECT_EQ(fast->outlet, full->outlet) << "seed " << seed;
    EXPECT_EQ(fast->language, full->language) << "seed " << seed;
  }
}

}  // namespace
}  // namespace claimtrace
