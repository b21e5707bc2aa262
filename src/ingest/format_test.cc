#include "ingest/format.h"

#include <gtest/gtest.h>

#include <string>

namespace claimtrace {
namespace {

TEST(IngestFormat, ByName) {
  EXPECT_EQ(FormatFromName("a/b/story.txt"), InputFormat::kText);
  EXPECT_EQ(FormatFromName("NOTES.MD"), InputFormat::kText);
  EXPECT_EQ(FormatFromName("story"), InputFormat::kText);         // no extension
  EXPECT_EQ(FormatFromName("dir.v2/story"), InputFormat::kText);  // dot in the directory only
  EXPECT_EQ(FormatFromName("feed.jsonl"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromName("feed.NDJSON"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromName("feed.jsonl.gz"), InputFormat::kJsonLines);
  EXPECT_EQ(FormatFromName("page.htm"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromName("page.html.gz"), InputFormat::kHtml);
  EXPECT_EQ(FormatFromName("crawl.warc.gz"), InputFormat::kWarc);
  EXPECT_EQ(FormatFromName("data.json"), InputFormat::kUnknown);
  EXPECT_EQ(FormatFromName("photo.jpg"), InputFormat::kUnknown);
  EXPECT_EQ(FormatFromName("x.gz"), InputFormat::kUnknown);  // sniffed after inflating
}

TEST(IngestFormat, ByContent) {
  EXPECT_EQ(SniffFormat("  \n{\"text\": \"a\"}"), InputFormat::kJsonLines);
  EXPECT_EQ(SniffFormat("\xEF\xBB\xBF{\"text\": \"a\"}"), InputFormat::kJsonLines);
  EXPECT_EQ(SniffFormat("<!DOCTYPE html><html>"), InputFormat::kHtml);
  EXPECT_EQ(SniffFormat("WARC/1.1\r\nWARC-Type: warcinfo\r\n"), InputFormat::kWarc);
  EXPECT_EQ(SniffFormat("Headline\n\nBody."), InputFormat::kText);
  EXPECT_EQ(SniffFormat(std::string("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16)), InputFormat::kBinary);
  EXPECT_EQ(SniffFormat(std::string("\xFF\xFEH\0i\0", 6)), InputFormat::kText);  // UTF-16LE
}

TEST(IngestFormat, DocumentationFiles) {
  EXPECT_TRUE(IsDocumentationFile("README.md"));
  EXPECT_TRUE(IsDocumentationFile("LICENSE"));
  EXPECT_TRUE(IsDocumentationFile("licence.txt"));
  EXPECT_FALSE(IsDocumentationFile("readmission-rates.txt"));
  EXPECT_FALSE(IsDocumentationFile("01-story.txt"));
}

}  // namespace
}  // namespace claimtrace
