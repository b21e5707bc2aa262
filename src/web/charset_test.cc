#include "web/charset.h"

#include <gtest/gtest.h>

namespace claimtrace::web {
namespace {

TEST(WebCharset, MapsLabelsLikeTheEncodingStandard) {
  EXPECT_EQ(CanonicalCharset("ISO-8859-1"), "windows-1252");
  EXPECT_EQ(CanonicalCharset(" latin1 "), "windows-1252");
  EXPECT_EQ(CanonicalCharset("us-ascii"), "windows-1252");
  EXPECT_EQ(CanonicalCharset("utf8"), "UTF-8");
  EXPECT_EQ(CanonicalCharset("\"UTF-8\""), "UTF-8");
  EXPECT_EQ(CanonicalCharset("gb2312"), "GB18030");
  EXPECT_EQ(CanonicalCharset("Shift_JIS"), "windows-31j");
  EXPECT_FALSE(CanonicalCharset("windows-1251").empty());
  EXPECT_EQ(CanonicalCharset("no-such-charset-x"), "");
  EXPECT_EQ(CanonicalCharset(""), "");
}

TEST(WebCharset, FindsMetaCharsetInTheFirstBytes) {
  EXPECT_EQ(FindMetaCharset("<html><head><meta charset=\"ISO-8859-2\">"), "ISO-8859-2");
  EXPECT_EQ(FindMetaCharset("<META HTTP-EQUIV='Content-Type' CONTENT='text/html; charset=koi8-r'>"),
            "koi8-r");
  // Inside a comment it does not count; the real one comes after.
  EXPECT_EQ(FindMetaCharset("<!-- <meta charset=big5> --><meta charset=utf-8>"), "utf-8");
  // Beyond the prescan limit it is not seen.
  const std::string late = std::string(5000, ' ') + "<meta charset=utf-8>";
  EXPECT_FALSE(FindMetaCharset(late).has_value());
  EXPECT_FALSE(FindMetaCharset("<meta name=author content=x>").has_value());
}

TEST(WebCharset, ReadsTheContentTypeParameter) {
  EXPECT_EQ(CharsetFromContentType("text/html; charset=UTF-8"), "UTF-8");
  EXPECT_EQ(CharsetFromContentType("text/html;Charset=\"windows-1252\"; foo=bar"), "windows-1252");
  EXPECT_FALSE(CharsetFromContentType("text/html").has_value());
  EXPECT_FALSE(CharsetFromContentType("text/html; charset=").has_value());
}

TEST(WebCharset, ValidUtf8WithoutDeclarationIsUtf8) {
  const DecodedHtml d = DecodeHtmlBytes("<p>caf\xC3\xA9</p>");
  EXPECT_EQ(d.text, "<p>caf\xC3\xA9</p>");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.replaced, 0u);
}

TEST(WebCharset, ConvertsADeclaredLegacyCharset) {
  const DecodedHtml d = DecodeHtmlBytes("<p>caf\xE9 \x93quoted\x94 \x80</p>", "iso-8859-1");
  EXPECT_EQ(d.charset, "windows-1252");
  EXPECT_EQ(d.source, CharsetSource::kDeclared);
  EXPECT_EQ(d.text, "<p>caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xE2\x82\xAC</p>");
  EXPECT_EQ(d.replaced, 0u);
}

TEST(WebCharset, MetaDeclarationIsUsedWhenTheHeaderSaysNothing) {
  const DecodedHtml d =
      DecodeHtmlBytes("<meta charset=windows-1251><p>\xCF\xF0\xE8\xE2\xE5\xF2</p>");
  EXPECT_EQ(d.source, CharsetSource::kMeta);
  EXPECT_NE(d.text.find("\xD0\x9F\xD1\x80\xD0\xB8\xD0\xB2\xD0\xB5\xD1\x82"), std::string::npos);
}

TEST(WebCharset, Utf8BytesWinOverAWrongLegacyLabel) {
  const DecodedHtml d = DecodeHtmlBytes("<p>na\xC3\xAFve</p>", "windows-1252");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.source, CharsetSource::kDetected);
  EXPECT_EQ(d.text, "<p>na\xC3\xAFve</p>");
}

TEST(WebCharset, LegacyBytesLabelledUtf8AreDetected) {
  // windows-1252 text wrongly declared UTF-8: every accented letter is an invalid byte.
  const std::string bytes =
      "<meta charset=utf-8><p>Le caf\xE9 de la gare a rouvert ses portes apr\xE8s des mois de "
      "travaux. Les habitu\xE9s sont revenus d\xE8s le premier matin, ravis de retrouver leur "
      "caf\xE9 cr\xE8me.</p>";
  const DecodedHtml d = DecodeHtmlBytes(bytes);
  EXPECT_EQ(d.source, CharsetSource::kDetected);
  EXPECT_EQ(d.replaced, 0u);
  EXPECT_NE(d.text.find("caf\xC3\xA9 cr\xC3\xA8me"), std::string::npos) << d.charset;
}

TEST(WebCharset, MostlyUtf8WithAStrayByteIsRepaired) {
  const std::string bytes =
      "<p>\xE2\x80\x9CQuote\xE2\x80\x9D and caf\xC3\xA9 and a stray \xFF byte</p>";
  const DecodedHtml d = DecodeHtmlBytes(bytes, "utf-8");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.replaced, 1u);
  EXPECT_EQ(d.first_replaced, bytes.find('\xFF'));
  EXPECT_NE(d.text.find("stray \xEF\xBF\xBD byte"), std::string::npos);
}

TEST(WebCharset, ByteOrderMarkWinsOverDeclarations) {
  const std::string utf16le("\xFF\xFE<\0p\0>\0\xE9\0", 10);
  const DecodedHtml d = DecodeHtmlBytes(utf16le, "iso-8859-1");
  EXPECT_EQ(d.source, CharsetSource::kBom);
  EXPECT_EQ(d.text, "<p>\xC3\xA9");
  const DecodedHtml u = DecodeHtmlBytes("\xEF\xBB\xBF<p>\xC3\xA9</p>", "windows-1252");
  EXPECT_EQ(u.source, CharsetSource::kBom);
  EXPECT_EQ(u.text, "<p>\xC3\xA9</p>");
}

TEST(WebCharset, DetectsCyrillicWithoutAnyDeclaration) {
  // Russian in windows-1251, no label anywhere.
  const std::string cp1251 =
      "<p>\xC2 \xEF\xEE\xED\xE5\xE4\xE5\xEB\xFC\xED\xE8\xEA \xE3\xEE\xF0\xEE\xE4\xF1\xEA\xE0\xFF "
      "\xE4\xF3\xEC\xE0 \xF0\xE0\xF1\xF1\xEC\xEE\xF2\xF0\xE5\xEB\xE0 \xE1\xFE\xE4\xE6\xE5\xF2 "
      "\xED\xE0 \xF1\xEB\xE5\xE4\xF3\xFE\xF9\xE8\xE9 \xE3\xEE\xE4. "
      "\xC4\xE5\xEF\xF3\xF2\xE0\xF2\xFB "
      "\xEE\xE4\xEE\xE1\xF0\xE8\xEB\xE8 \xF0\xE5\xEC\xEE\xED\xF2 \xE4\xEE\xF0\xEE\xE3 \xE8 "
      "\xF8\xEA\xEE\xEB, \xED\xEE \xEE\xF2\xEA\xEB\xEE\xED\xE8\xEB\xE8 \xEF\xF0\xEE\xE5\xEA\xF2 "
      "\xED\xEE\xE2\xEE\xE3\xEE \xF1\xF2\xE0\xE4\xE8\xEE\xED\xE0.</p>";
  const DecodedHtml d = DecodeHtmlBytes(cp1251);
  EXPECT_EQ(d.source, CharsetSource::kDetected);
  EXPECT_EQ(d.replaced, 0u);
  // "бюджет" (budget) decoded correctly.
  EXPECT_NE(d.text.find("\xD0\xB1\xD1\x8E\xD0\xB4\xD0\xB6\xD0\xB5\xD1\x82"), std::string::npos)
      << d.charset;
}

TEST(WebCharset, UnknownLabelsFallThroughToTheNextSource) {
  const DecodedHtml d = DecodeHtmlBytes("<meta charset=utf-8><p>ok \xC3\xA9</p>", "x-made-up");
  EXPECT_EQ(d.source, CharsetSource::kMeta);
  EXPECT_EQ(d.charset, "UTF-8");
  DecodedHtml out;
  EXPECT_FALSE(ConvertToUtf8("abc", "x-made-up", &out));
}

TEST(WebCharset, Utf16MetaLabelInAnAsciiPageMeansUtf8) {
  const DecodedHtml d = DecodeHtmlBytes("<meta charset=utf-16><p>caf\xC3\xA9</p>");
  EXPECT_EQ(d.charset, "UTF-8");
  EXPECT_EQ(d.text, "<meta charset=utf-16><p>caf\xC3\xA9</p>");
}

}  // namespace
}  // namespace claimtrace::web
