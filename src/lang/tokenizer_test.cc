#include "lang/tokenizer.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace claimtrace::lang {
namespace {

std::vector<Token> Tok(std::string_view text) {
  std::vector<Token> tokens;
  Tokenize(text, &tokens);
  return tokens;
}

// Token texts joined with " | ".
std::string Split(std::string_view text) {
  std::string out;
  for (const Token& t : Tok(text)) {
    if (!out.empty()) out += " | ";
    out += text.substr(t.span.start, t.span.size());
  }
  return out;
}

const Token& Find(const std::vector<Token>& tokens, std::string_view text, std::string_view what,
                  int nth = 0) {
  for (const Token& t : tokens) {
    if (text.substr(t.span.start, t.span.size()) == what && nth-- == 0) return t;
  }
  static Token none;
  ADD_FAILURE() << "token not found: " << what;
  return none;
}

TEST(Lang, TokenizerAbbreviationsKeepTheirPeriod) {
  EXPECT_EQ(Split("Gen. Smith met Lt. Col. Jones."), "Gen. | Smith | met | Lt. | Col. | Jones | .");
  EXPECT_EQ(Split("Mr. Putin left on Feb. 24."), "Mr. | Putin | left | on | Feb. | 24 | .");
  EXPECT_EQ(Split("Apple Inc. and Acme Corp. agreed"),
            "Apple | Inc. | and | Acme | Corp. | agreed");
  EXPECT_EQ(Split("in the U.S. and U.K."), "in | the | U.S. | and | U.K.");
  EXPECT_EQ(Split("e.g. at 9 a.m. today"), "e.g. | at | 9 | a.m. | today");
  EXPECT_EQ(Split("Downing St. No. 10"), "Downing | St. | No. | 10");
  EXPECT_EQ(Split("No. I said no."), "No | . | I | said | no | .");
}

TEST(Lang, TokenizerInitialsKeepTheirPeriod) {
  EXPECT_EQ(Split("George W. Bush"), "George | W. | Bush");
  EXPECT_EQ(Split("J.R.R. Tolkien"), "J.R.R. | Tolkien");
}

TEST(Lang, TokenizerNumbersKeepSeparatorsAndSplitUnits) {
  EXPECT_EQ(Split("7,000 and 1.5 and 10:30"), "7,000 | and | 1.5 | and | 10:30");
  EXPECT_EQ(Split("30,000-40,000 troops"), "30,000 | - | 40,000 | troops");
  EXPECT_EQ(Split("$6bn"), "$ | 6 | bn");
  EXPECT_EQ(Split("88%"), "88 | %");
  EXPECT_EQ(Split("£600m (€700m)"), "£ | 600 | m | ( | € | 700 | m | )");
  EXPECT_EQ(Split("the 21st century, the 1990s, the '90s"),
            "the | 21st | century | , | the | 1990s | , | the | '90s");
  EXPECT_EQ(Split("in 2017."), "in | 2017 | .");
  EXPECT_EQ(Split("about .5 percent"), "about | .5 | percent");
  std::vector<Token> t = Tok("7,000 $");
  EXPECT_EQ(t[0].kind, TokenKind::kNumber);
  EXPECT_EQ(t[1].kind, TokenKind::kSymbol);
}

TEST(Lang, TokenizerPossessiveCliticIsItsOwnToken) {
  EXPECT_EQ(Split("Russia’s war"), "Russia | ’s | war");
  EXPECT_EQ(Split("Putin's regime"), "Putin | 's | regime");
  EXPECT_EQ(Split("it's over"), "it | 's | over");
  EXPECT_EQ(Split("don't, O'Brien, we're"), "don't | , | O'Brien | , | we're");
  EXPECT_EQ(Split("the soldiers' families"), "the | soldiers | ' | families");
  std::vector<Token> t = Tok("the soldiers' families");
  EXPECT_EQ(t[2].kind, TokenKind::kPunct);
  EXPECT_EQ(t[2].flags & (kTokenOpensQuote | kTokenClosesQuote), 0);
  std::vector<Token> c = Tok("Russia’s");
  EXPECT_EQ(c[1].kind, TokenKind::kWord);
}

TEST(Lang, TokenizerQuotesOpenAndCloseFromContext) {
  std::string text = "He said “no.” She said \"yes\" and 'maybe' to «them» and „sie“.";
  std::vector<Token> t = Tok(text);
  EXPECT_EQ(
      Split(text),
      "He | said | “ | no | . | ” | She | said | \" | yes | \" | and | ' | maybe | ' | to | « | "
      "them | » | and | „ | sie | “ | .");
  auto opens = [&](std::string_view q, int nth) {
    return (Find(t, text, q, nth).flags & kTokenOpensQuote) != 0;
  };
  auto closes = [&](std::string_view q, int nth) {
    return (Find(t, text, q, nth).flags & kTokenClosesQuote) != 0;
  };
  EXPECT_TRUE(opens("“", 0));
  EXPECT_TRUE(closes("”", 0));
  EXPECT_TRUE(opens("\"", 0));
  EXPECT_TRUE(closes("\"", 1));
  EXPECT_TRUE(opens("'", 0));
  EXPECT_TRUE(closes("'", 1));
  EXPECT_TRUE(opens("«", 0));
  EXPECT_TRUE(closes("»", 0));
  EXPECT_TRUE(opens("„", 0));
  EXPECT_TRUE(closes("“", 1));  // German closing mark
  for (const Token& k : t) {
    if (k.kind == TokenKind::kQuote) {
      EXPECT_NE(k.flags & (kTokenOpensQuote | kTokenClosesQuote), 0);
    }
  }
}

TEST(Lang, TokenizerSingleQuotesAroundWordEndingInS) {
  std::string text = "to 'take their kids to Disneyland Paris'. Then";
  std::vector<Token> t = Tok(text);
  EXPECT_TRUE(Find(t, text, "'", 0).flags & kTokenOpensQuote);
  EXPECT_TRUE(Find(t, text, "'", 1).flags & kTokenClosesQuote);
  EXPECT_EQ(Find(t, text, "'", 1).kind, TokenKind::kQuote);
}

TEST(Lang, TokenizerCurlyApostropheClosesOpenSingleQuote) {
  std::string text = "the ‘worst scenario’ imaginable";
  std::vector<Token> t = Tok(text);
  EXPECT_EQ(Split(text), "the | ‘ | worst | scenario | ’ | imaginable");
  EXPECT_TRUE(Find(t, text, "’").flags & kTokenClosesQuote);
}

TEST(Lang, TokenizerHyphensJoinLowerCaseCompoundsOnly) {
  EXPECT_EQ(Split("a well-known two-year-old war"), "a | well-known | two-year-old | war");
  EXPECT_EQ(Split("Ukrainian-based post-Soviet Al-Qaeda"),
            "Ukrainian | - | based | post | - | Soviet | Al | - | Qaeda");
  EXPECT_EQ(Split("COVID-19"), "COVID | - | 19");
  std::vector<Token> t = Tok("Al-Qaeda");
  EXPECT_EQ(t[1].kind, TokenKind::kDash);
  EXPECT_EQ(t[1].flags & kTokenSpaceBefore, 0);
}

TEST(Lang, TokenizerDashesAndEllipses) {
  EXPECT_EQ(Split("triumph—and his – mandate -- yes"),
            "triumph | — | and | his | – | mandate | -- | yes");
  EXPECT_EQ(Split("Wait... what… no"), "Wait | ... | what | … | no");
  EXPECT_EQ(Split("Really?! Yes!!"), "Really | ?! | Yes | !!");
}

TEST(Lang, TokenizerUrlsEmailsHandlesAndEmoji) {
  EXPECT_EQ(Split("See https://example.org/a_(b)?x=1. Or www.bbc.co.uk/news, or mail me@x.org."),
            "See | https://example.org/a_(b)?x=1 | . | Or | www.bbc.co.uk/news | , | or | mail | "
            "me@x.org | .");
  EXPECT_EQ(Split("(see nytimes.com/2022/x)"), "( | see | nytimes.com/2022/x | )");
  EXPECT_EQ(Split("john.smith@mail.example.com wrote"), "john.smith@mail.example.com | wrote");
  EXPECT_EQ(Split("@user #Ukraine 👍🏽 🇺🇦"), "@user | #Ukraine | 👍🏽 | 🇺🇦");
  std::vector<Token> t = Tok("go to https://x.org now");
  EXPECT_EQ(t[2].kind, TokenKind::kOther);
  EXPECT_EQ(Split("Amazon.com said"), "Amazon.com | said");
  EXPECT_EQ(Split("AT&T and S&P"), "AT&T | and | S&P");
}

TEST(Lang, TokenizerUnicodeLettersAndSpaces) {
  EXPECT_EQ(Split("Київ and Zürich\u00A0café naïve"), "Київ | and | Zürich | café | naïve");
  EXPECT_EQ(Split("cafe\u0301 ok"), "cafe\u0301 | ok");  // combining accent stays in the word
  EXPECT_EQ(Split("soft\u00ADhyphen"), "soft\u00ADhyphen");
}

TEST(Lang, TokenizerFlags) {
  std::string text = "Hello NATO world\nnext line\n\n  New para";
  std::vector<Token> t = Tok(text);
  ASSERT_EQ(t.size(), 7u);
  EXPECT_TRUE(t[0].flags & kTokenCapitalized);
  EXPECT_TRUE(t[0].flags & kTokenLineStart);
  EXPECT_TRUE(t[0].flags & kTokenParagraphStart);
  EXPECT_FALSE(t[0].flags & kTokenSpaceBefore);
  EXPECT_FALSE(t[0].flags & kTokenAllCaps);
  EXPECT_TRUE(t[1].flags & kTokenAllCaps);
  EXPECT_TRUE(t[1].flags & kTokenCapitalized);
  EXPECT_TRUE(t[1].flags & kTokenSpaceBefore);
  EXPECT_FALSE(t[2].flags & kTokenCapitalized);
  EXPECT_TRUE(t[3].flags & kTokenLineStart);
  EXPECT_FALSE(t[3].flags & kTokenParagraphStart);
  EXPECT_TRUE(t[5].flags & kTokenParagraphStart);
  EXPECT_TRUE(t[5].flags & kTokenLineStart);
  EXPECT_FALSE(t[6].flags & kTokenLineStart);
  EXPECT_FALSE(Tok("A")[0].flags & kTokenAllCaps);  // one letter is not "all caps"
  EXPECT_TRUE(Tok("Über")[0].flags & kTokenCapitalized);
}

TEST(Lang, TokenizerOffsetsAreBytes) {
  std::string text = "“Київ” — ok";
  std::vector<Token> t = Tok(text);
  ASSERT_EQ(t.size(), 5u);
  EXPECT_EQ(t[0].span, (ByteSpan{0, 3}));
  EXPECT_EQ(t[1].span, (ByteSpan{3, 11}));
  EXPECT_EQ(t[2].span, (ByteSpan{11, 14}));
  EXPECT_EQ(t[4].span.end, text.size());
}

TEST(Lang, TokenizerEmptyAndWhitespaceOnly) {
  EXPECT_TRUE(Tok("").empty());
  EXPECT_TRUE(Tok(" \n\n\t\u00A0").empty());
  EXPECT_TRUE(Tok("\u200B\uFEFF").empty());
}

TEST(Lang, TokenizerInvalidUtf8DoesNotCrash) {
  std::string text = "abc \xFF\xFE def \xE2\x80";
  std::vector<Token> t = Tok(text);
  ASSERT_FALSE(t.empty());
  EXPECT_EQ(t.back().span.end, text.size());
}

}  // namespace
}  // namespace claimtrace::lang
