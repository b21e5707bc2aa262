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

TEST(IngestTextDecode, DamagedUtf8IsRepairedWithOffset) {
  // Mostly UTF-8 (four well-formed "é", two bad bytes): repaired, not re-read as a legacy set.
  DecodedText d = DecodeText(
      "ab\xE9"
      "cd\xFF Caf\xC3\xA9 \xC3\xA9t\xC3\xA9 \xC3\xA9");
  EXPECT_EQ(d.text,
            "ab\xEF\xBF\xBD"
            "cd\xEF\xBF\xBD Caf\xC3\xA9 \xC3\xA9t\xC3\xA9 \xC3\xA9");
  EXPECT_FALSE(d.detected);
  EXPECT_EQ(d.replaced, 2u);
  EXPECT_EQ(d.first_bad, 2u);
  EXPECT_EQ(DescribeRepair(d), "invalid UTF-8 at byte 2 (2 sequences replaced with U+FFFD)");
  DecodedText with_bom = DecodeText(
      "\xEF\xBB\xBF"
      "x\x80 \xC3\xA9 \xC3\xA9");
  EXPECT_EQ(with_bom.first_bad, 4u);  // offset in the file, BOM included
}

TEST(IngestTextDecode, LegacyCharsetFilesAreDecodedNotMangled) {
  // A Windows-1252 file: "José Müller" came out as "Jos\uFFFD M\uFFFDller" (and the tagger
  // then found an entity "Jos").
  DecodedText west = DecodeText(
      "The owner, Jos\xE9 M\xFCller, said the caf\xE9 had been closed since Monday. "
      "\x93It was empty,\x94 M\xFCller told the Gazette.");
  EXPECT_TRUE(west.detected);
  EXPECT_EQ(west.replaced, 0u);
  EXPECT_EQ(west.first_bad, 14u);
  EXPECT_NE(west.text.find("Jos\xC3\xA9 M\xC3\xBCller"), std::string::npos) << west.text;
  EXPECT_NE(west.text.find("\xE2\x80\x9CIt was empty,\xE2\x80\x9D"), std::string::npos);
  EXPECT_EQ(DescribeRepair(west), "not UTF-8: read as " + west.encoding + " (detected)");
  // Windows-1251 Cyrillic.
  DecodedText cyr = DecodeText(
      "\xCC\xFD\xF0 \xE3\xEE\xF0\xEE\xE4\xE0 \xE7\xE0\xFF\xE2\xE8\xEB, \xF7\xF2\xEE "
      "\xEC\xEE\xF1\xF2 \xEE\xF2\xEA\xF0\xEE\xFE\xF2 \xE2 \xEF\xFF\xF2\xED\xE8\xF6\xF3.");
  EXPECT_TRUE(cyr.detected);
  EXPECT_EQ(cyr.encoding, "windows-1251");
  EXPECT_EQ(cyr.text.rfind("\xD0\x9C\xD1\x8D\xD1\x80 ", 0), 0u) << cyr.text;  // "Мэр "
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
