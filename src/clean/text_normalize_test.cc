#include "clean/text_normalize.h"

#include <gtest/gtest.h>

#include <random>

namespace claimtrace {

void PrintTo(const NormalizedLine& l, std::ostream* os) {
  *os << "{\"" << ::testing::PrintToString(l.text) << "\" indent=" << l.indent
      << " chars=" << l.chars << "}";
}

namespace {

std::vector<std::string> Texts(const std::vector<NormalizedLine>& lines) {
  std::vector<std::string> out;
  for (const NormalizedLine& l : lines) out.push_back(l.text);
  return out;
}

TEST(CleanNormalize, NfcComposesButDoesNotFoldCompatibilityCharacters) {
  EXPECT_EQ(ToNfc("Cafe\xCC\x81"), "Caf\xC3\xA9");         // e + U+0301 -> é
  EXPECT_EQ(ToNfc("\xEF\xAC\x81nal"), "\xEF\xAC\x81nal");  // ligature ﬁ kept
  EXPECT_EQ(ToNfc("\xEF\xBC\xA1"), "\xEF\xBC\xA1");        // full-width A kept
  EXPECT_EQ(ToNfc("plain ascii"), "plain ascii");
  EXPECT_EQ(ToNfc("\xD0\x99"), "\xD0\x99");          // Й already composed
  EXPECT_EQ(ToNfc("\xD0\x98\xCC\x86"), "\xD0\x99");  // И + breve -> Й
  EXPECT_EQ(ToNfc("bad\xFF"), "bad\xEF\xBF\xBD");    // repaired
}

TEST(CleanNormalize, WhitespaceInsideLines) {
  const std::vector<NormalizedLine> lines = SplitLines(
      "  A\xC2\xA0\xC2\xA0 b\tc\xE2\x80\x83"
      "d  \r\n\tsoft\xC2\xAD"
      "hy\xE2\x80\x8Bphen\x01x\n");
  ASSERT_EQ(lines.size(), 2u);
  EXPECT_EQ(lines[0].text, "A b c d");
  EXPECT_EQ(lines[0].indent, 2u);
  EXPECT_EQ(lines[1].text, "softhyphen x");
  EXPECT_EQ(lines[1].indent, 1u);
  EXPECT_EQ(lines[1].chars, 12u);
}

TEST(CleanNormalize, LineAndParagraphSeparators) {
  EXPECT_EQ(Texts(SplitLines("a\rb\r\nc\nd\xC2\x85"
                             "e\xE2\x80\xA8"
                             "f")),
            (std::vector<std::string>{"a", "b", "c", "d", "e", "f"}));
  EXPECT_EQ(Texts(SplitLines("a\fb\xE2\x80\xA9"
                             "c")),
            (std::vector<std::string>{"a", "", "b", "", "c"}));
  EXPECT_EQ(Texts(SplitLines("a\n\n\n")), (std::vector<std::string>{"a", "", ""}));
  EXPECT_TRUE(SplitLines("").empty());
}

TEST(CleanNormalize, KeepsJoinersAndNonLatinText) {
  const std::string text =
      "\xD0\x9E\xD0\xBB\xD0\xB5\xD0\xBA\xD1\x81\xD0\xB0\xD0\xBD\xD0\xB4\xD1\x80 "
      "\xF0\x9F\x91\xA8\xE2\x80\x8D\xF0\x9F\x92\xBB";  // Олександр 👨‍💻
  ASSERT_EQ(SplitLines(text).size(), 1u);
  EXPECT_EQ(SplitLines(text)[0].text, text);
}

TEST(CleanNormalize, FastPathAgreesWithSimpleOnRandomText) {
  const std::string pieces[] = {"a",
                                "Bc ",
                                " ",
                                "  ",
                                "\t",
                                "\n",
                                "\r",
                                "\r\n",
                                "\f",
                                "\v",
                                "\x01",
                                "\x7F",
                                "\xC2\xA0",
                                "\xC2\xAD",
                                "\xC2\x85",
                                "\xC2\x90",
                                "\xE2\x80\x8B",
                                "\xE2\x80\x83",
                                "\xE2\x80\xA8",
                                "\xE2\x80\xA9",
                                "\xE2\x80\xAF",
                                "\xE3\x80\x80",
                                "\xEF\xBB\xBF",
                                "\xC3\xA9",
                                "\xE2\x80\x9C",
                                "\xF0\x9F\x98\x80",
                                ".",
                                "-"};
  std::mt19937 rng(11);
  for (int trial = 0; trial < 3000; ++trial) {
    std::string s;
    const int n = static_cast<int>(rng() % 40);
    for (int k = 0; k < n; ++k) s += pieces[rng() % std::size(pieces)];
    ASSERT_EQ(SplitLines(s), SplitLinesSimple(s))
        << "trial " << trial << " input " << ::testing::PrintToString(s);
  }
}

}  // namespace
}  // namespace claimtrace
