// Numerals and cardinals: ParseNumeral on token text, ParseCardinal on real tokens (digits with
// separators and multipliers, number words, article forms), and the lexicon behind them.
#include "figures/cardinal.h"

#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "figures/lexicon.h"
#include "figures/token_view.h"
#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"

namespace claimtrace::figures {
namespace {

TEST(Numeral, ParsesSeparatorsAndDecimals) {
  EXPECT_DOUBLE_EQ(ParseNumeral("7,000")->value, 7000);
  EXPECT_TRUE(ParseNumeral("7,000")->grouped);
  EXPECT_DOUBLE_EQ(ParseNumeral("1,234,567.5")->value, 1234567.5);
  EXPECT_DOUBLE_EQ(ParseNumeral("1.5")->value, 1.5);
  EXPECT_TRUE(ParseNumeral("1.5")->decimal);
  EXPECT_TRUE(ParseNumeral("007")->leading_zero);
  EXPECT_FALSE(ParseNumeral("0.5")->leading_zero);
  EXPECT_EQ(ParseNumeral("2022")->int_digits, 4);
}

TEST(Numeral, RejectsOtherNumberShapes) {
  EXPECT_FALSE(ParseNumeral("10:30"));
  EXPECT_FALSE(ParseNumeral("21st"));
  EXPECT_FALSE(ParseNumeral("1990s"));
  EXPECT_FALSE(ParseNumeral("1,00"));
  EXPECT_FALSE(ParseNumeral("1,0000"));
  EXPECT_FALSE(ParseNumeral(",5"));
  EXPECT_FALSE(ParseNumeral("5."));
  EXPECT_FALSE(ParseNumeral(""));
}

// The cardinal starting at the first token of `text`.
std::optional<Cardinal> CardinalOf(const std::string& text) {
  std::vector<Token> tokens;
  lang::Tokenize(text, &tokens);
  TokenView v(text, tokens);
  return ParseCardinal(v, 0, v.size(), /*allow_article=*/true);
}

TEST(Cardinal, DigitsWithMultipliers) {
  EXPECT_DOUBLE_EQ(CardinalOf("7 000 people")->value, 7000);
  EXPECT_DOUBLE_EQ(CardinalOf("1.5 million doses")->value, 1.5e6);
  EXPECT_DOUBLE_EQ(CardinalOf("1.5 million doses")->raw, 1.5);
  EXPECT_DOUBLE_EQ(CardinalOf("6bn dollars")->value, 6e9);
  EXPECT_DOUBLE_EQ(CardinalOf("10k runners")->value, 1e4);
  EXPECT_TRUE(CardinalOf("25m users")->glued_m);
  // An abbreviation needs to be glued: "6 m" stays 6 (a length, decided by the figure rules).
  EXPECT_DOUBLE_EQ(CardinalOf("6 m away")->value, 6);
}

TEST(Cardinal, NumberWords) {
  EXPECT_DOUBLE_EQ(CardinalOf("twenty-one nurses")->value, 21);
  EXPECT_DOUBLE_EQ(CardinalOf("Seventy-four years")->value, 74);
  EXPECT_DOUBLE_EQ(CardinalOf("a hundred thousand kits")->value, 1e5);
  EXPECT_TRUE(CardinalOf("a hundred thousand kits")->article);
  EXPECT_DOUBLE_EQ(CardinalOf("two dozen ventilators")->value, 24);
  EXPECT_DOUBLE_EQ(CardinalOf("half a million people")->value, 5e5);
  EXPECT_DOUBLE_EQ(CardinalOf("two and a half million people")->value, 2.5e6);
  EXPECT_DOUBLE_EQ(CardinalOf("two hundred and fifty thousand voters")->value, 250000);
  EXPECT_FALSE(CardinalOf("several people"));
  EXPECT_FALSE(CardinalOf("thousands of people"));
}

TEST(Lexicon, ClassesAndUnits) {
  ASSERT_NE(LookupWord("million"), nullptr);
  EXPECT_TRUE(LookupWord("million")->cls & kWcMultiplier);
  EXPECT_TRUE(LookupWord("soldiers")->cls & kWcPeople);
  EXPECT_EQ(LookupWord("roubles")->unit, "RUB");
  EXPECT_EQ(LookupWord("kilometres")->unit, "km");
  EXPECT_EQ(LookupWord("september")->sub, 9);
  EXPECT_EQ(LookupWord("friday")->sub, 5);
  EXPECT_EQ(LookupWord("nonexistentword"), nullptr);
  EXPECT_EQ(CurrencyForSymbol("£"), "GBP");
  EXPECT_EQ(CurrencyForDollarPrefix("HK"), "HKD");
  EXPECT_EQ(CurrencyForCode("EUR"), "EUR");
  EXPECT_EQ(CurrencyForCode("XYZ"), "");
}

}  // namespace
}  // namespace claimtrace::figures
