#include "ingest/text_decode.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

TEST(IngestTextDecode, ValidUtf8PassesAndBomIsDropped) {
  DecodedText d = DecodeText(
      "\xEF\xBB\xBF"
      "Caf\xC3\xA9");
  EXPECT_EQ(d.text, "Caf\xC3\xA9");
  EXPECT_EQ(d.replaced, 0u);
}

TEST(IngestTextDecode, InvalidUtf8IsRepairedWithOffset) {
  DecodedText d = DecodeText(
      "ab\xE9"
      "cd\xFF");
  EXPECT_EQ(d.text,
            "ab\xEF\xBF\xBD"
            "cd\xEF\xBF\xBD");
  EXPECT_EQ(d.replaced, 2u);
  EXPECT_EQ(d.first_bad, 2u);
  EXPECT_EQ(DescribeRepair(d), "invalid UTF-8 at byte 2 (2 sequences replaced with U+FFFD)");
  DecodedText with_bom = DecodeText(
      "\xEF\xBB\xBF"
      "x\x80");
  EXPECT_EQ(with_bom.first_bad, 4u);  // offset in the file, BOM included
}

TEST(IngestTextDecode, Utf16WithBom) {
  // "Hi é😀" in UTF-16LE and BE.
  const std::string le("\xFF\xFEH\0i\0 \0\xE9\0\x3D\xD8\x00\xDE", 14);
  DecodedText d = DecodeText(le);
  EXPECT_EQ(d.text, "Hi \xC3\xA9\xF0\x9F\x98\x80");
  EXPECT_EQ(d.encoding, "UTF-16LE");
  EXPECT_EQ(d.replaced, 0u);
  const std::string be("\xFE\xFF\0H\0i", 6);
  EXPECT_EQ(DecodeText(be).text, "Hi");
  const std::string lone("\xFF\xFE\x3D\xD8H\0", 6);  // unpaired high surrogate
  DecodedText bad = DecodeText(lone);
  EXPECT_EQ(bad.text, "\xEF\xBF\xBDH");
  EXPECT_EQ(bad.replaced, 1u);
  EXPECT_EQ(bad.first_bad, 2u);
}

TEST(IngestTextDecode, IsBlank) {
  EXPECT_TRUE(IsBlank(""));
  EXPECT_TRUE(IsBlank(" \n\t\r\n\xC2\xA0\xE2\x80\x83\xEF\xBB\xBF"));
  EXPECT_FALSE(IsBlank("  x "));
  EXPECT_FALSE(IsBlank("\xC3\xA9"));
}

}  // namespace
}  // namespace claimtrace
