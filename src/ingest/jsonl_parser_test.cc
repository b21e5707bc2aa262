#include "ingest/jsonl_parser.h"

#include <gtest/gtest.h>

#include <random>

namespace claimtrace {
namespace {

TEST(IngestJsonLine, ReadsKnownFieldsAndIgnoresOthers) {
  RawArticle a;
  Status s = ParseJsonLine(
      R"({"id": "x1", "url": "https://e.com/a", "outlet": "Eastern Dispatch", "title": "T",)"
      R"( "published": "2024-03-13", "author": "Ann", "language": "uk", "extra": {"k": [1, 2]},)"
      R"( "text": "Body \u00e9.\n\nMore."})",
      &a);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(a.id.value_or(""), "x1");
  EXPECT_EQ(a.url.value_or(""), "https://e.com/a");
  EXPECT_EQ(a.outlet.value_or(""), "Eastern Dispatch");
  EXPECT_EQ(a.title.value_or(""), "T");
  EXPECT_EQ(a.published.value_or(""), "2024-03-13");
  EXPECT_EQ(a.author.value_or(""), "Ann");
  EXPECT_EQ(a.language.value_or(""), "uk");
  EXPECT_EQ(a.body, "Body \xC3\xA9.\n\nMore.");
  EXPECT_EQ(a.format, BodyFormat::kText);
}

TEST(IngestJsonLine, IntegerIdNullFieldsAndHtmlBody) {
  RawArticle a;
  ASSERT_TRUE(ParseJsonLine(R"({"id": 17, "title": null, "html": "<p>Hi</p>"})", &a).ok());
  EXPECT_EQ(a.id.value_or(""), "17");
  EXPECT_FALSE(a.title.has_value());
  EXPECT_EQ(a.format, BodyFormat::kHtml);
  EXPECT_EQ(a.body, "<p>Hi</p>");
  EXPECT_EQ(a.declared_charset.value_or(""), "utf-8");

  RawArticle both;
  ASSERT_TRUE(ParseJsonLine(R"({"html": "<p>H</p>", "text": "T."})", &both).ok());
  EXPECT_EQ(both.format, BodyFormat::kText);  // text wins
  EXPECT_EQ(both.body, "T.");
}

TEST(IngestJsonLine, ReasonsForBadRecords) {
  struct Case {
    std::string_view line;
    std::string_view reason;
  };
  for (const Case& c : std::initializer_list<Case>{
           {R"({"text": "a")", "malformed JSON at column"},
           {R"({"text": "a"} trailing)", "malformed JSON"},
           {R"({"text": tru})", "malformed JSON"},
           {R"(["text", "a"])", "expected a JSON object, got an array"},
           {R"("just a string")", "expected a JSON object, got a string"},
           {R"(42)", "expected a JSON object, got a number"},
           {R"({"title": "T"})", "no \"text\" or \"html\" field"},
           {R"({"text": "   \n "})", "empty \"text\" field"},
           {R"({"text": 5})", "field \"text\" must be a string, got a number"},
           {R"({"html": ["<p>x</p>"]})", "field \"html\" must be a string, got an array"},
       }) {
    RawArticle a;
    Status s = ParseJsonLine(c.line, &a);
    ASSERT_FALSE(s.ok()) << c.line;
    EXPECT_NE(s.message().find(c.reason), std::string::npos) << c.line << " -> " << s.message();
  }
}

TEST(IngestJsonLine, MetadataOfTheWrongTypeIsIgnoredWithAWarningNotTheArticle) {
  // A feed giving "published" as epoch seconds lost every article before.
  struct Case {
    std::string_view line;
    std::string_view warning;
  };
  for (const Case& c : std::initializer_list<Case>{
           {R"({"text": "a", "title": ["x"]})", "field \"title\" must be a string, got an array"},
           {R"({"text": "a", "published": {"y": 2017}})",
            "field \"published\" must be a string, got an object"},
           {R"({"text": "a", "published": 1738663200})",
            "field \"published\" must be a string, got a number"},
           {R"({"text": "a", "id": 1.5})", "field \"id\" must be a string, got a number"},
           {R"({"text": "a", "author": true})", "field \"author\" must be a string, got a boolean"},
       }) {
    for (auto parse : {&ParseJsonLine, &ParseJsonLineReference}) {
      RawArticle a;
      std::vector<std::string> warnings;
      Status s = parse(c.line, &a, &warnings);
      ASSERT_TRUE(s.ok()) << c.line << " -> " << s.ToString();
      EXPECT_EQ(a.body, "a");
      EXPECT_FALSE(a.title || a.published || a.id || a.author) << c.line;
      ASSERT_EQ(warnings.size(), 1u) << c.line;
      EXPECT_EQ(warnings[0], std::string(c.warning) + "; ignored");
    }
  }
  // Later fields still count; a nested object's own keys are not read as fields.
  RawArticle a;
  std::vector<std::string> warnings;
  ASSERT_TRUE(
      ParseJsonLine(R"({"title": {"text": 1}, "outlet": "Post", "text": "b"})", &a, &warnings)
          .ok());
  EXPECT_EQ(a.outlet.value_or(""), "Post");
  EXPECT_EQ(a.body, "b");
  EXPECT_EQ(warnings.size(), 1u);
}

TEST(IngestJsonLine, MalformedJsonNamesColumnAndFragment) {
  RawArticle a;
  Status s = ParseJsonLine(R"({"title": "Flood", "text": "Water rose" "oops"})", &a);
  ASSERT_FALSE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kParseError);
  EXPECT_NE(s.message().find("column 41"), std::string::npos) << s.message();
  EXPECT_FALSE(s.where().fragment.empty());
}

bool SameArticle(const RawArticle& a, const RawArticle& b) {
  return a.id == b.id && a.url == b.url && a.outlet == b.outlet && a.title == b.title &&
         a.published == b.published && a.author == b.author && a.language == b.language &&
         a.body == b.body && a.format == b.format && a.declared_charset == b.declared_charset;
}

TEST(IngestJsonLine, FastPathAgreesWithReferenceOnMutatedRecords) {
  const std::string seeds[] = {
      R"({"id": "a1", "title": "T", "published": "2024-03-13", "text": "Body \u00e9 \"q\"."})",
      R"({"id": 18446744073709551615, "html": "<p>x</p>", "extra": [1, {"k": null}], "url": null})",
      R"({"id": -7, "text": "a", "text": null, "html": "<b>h</b>", "author": "\ud83d\ude00"})",
      R"({"outlet": "O", "language": "en", "text": "   ", "nested": {"a": [[[]]]}})",
      R"([{"text": "in an array"}])",
      R"({"text": "x\ud800"})",
  };
  const std::string inserts[] = {"\"",
                                 ",",
                                 "}",
                                 "{",
                                 "[",
                                 "]",
                                 ":",
                                 "1",
                                 "1.5",
                                 "null",
                                 "true",
                                 "\\",
                                 "\\u12",
                                 " ",
                                 "\"text\"",
                                 "\"id\": 3,",
                                 "\"title\": {},",
                                 "\t",
                                 "e5",
                                 "-"};
  std::mt19937 rng(17);
  for (int trial = 0; trial < 20000; ++trial) {
    std::string line = seeds[rng() % std::size(seeds)];
    const int edits = static_cast<int>(rng() % 4);
    for (int e = 0; e < edits && !line.empty(); ++e) {
      const size_t pos = rng() % line.size();
      switch (rng() % 3) {
        case 0:
          line.erase(pos, 1 + rng() % 3);
          break;
        case 1:
          line.insert(pos, inserts[rng() % std::size(inserts)]);
          break;
        default:
          std::swap(line[pos], line[rng() % line.size()]);
          break;
      }
    }
    RawArticle fast, reference;
    Status f = ParseJsonLine(line, &fast);
    Status r = ParseJsonLineReference(line, &reference);
    ASSERT_EQ(f.ok(), r.ok()) << line << "\nfast: " << f.ToString() << "\nref: " << r.ToString();
    if (r.ok()) {
      ASSERT_TRUE(SameArticle(fast, reference)) << line;
    } else {
      ASSERT_EQ(f.ToString(), r.ToString()) << line;
    }
  }
}

}  // namespace
}  // namespace claimtrace
