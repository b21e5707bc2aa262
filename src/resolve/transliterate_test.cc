// Unit tests for transliterate.h: script detection and the ICU transliteration chains.
#include "resolve/transliterate.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace claimtrace::resolve {
namespace {

using ::testing::ElementsAre;

class TransliterateTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto t = NameTransliterator::Create();
    ASSERT_TRUE(t.ok()) << t.status().ToString();
    tr_ = std::move(t).value();
  }
  std::unique_ptr<NameTransliterator> tr_;
};

TEST(Resolve, DetectNameScriptByLetters) {
  EXPECT_EQ(DetectNameScript("Kirill Budanov"), NameScript::kAscii);
  EXPECT_EQ(DetectNameScript("Jürgen Čapek"), NameScript::kLatin);
  EXPECT_EQ(DetectNameScript("Кирилл Буданов"), NameScript::kCyrillic);
  EXPECT_EQ(DetectNameScript("Володимир Зеленський"), NameScript::kCyrillic);
  EXPECT_EQ(DetectNameScript("Алексей Навальный"), NameScript::kRussian);
  EXPECT_EQ(DetectNameScript("Віталій Кличко"), NameScript::kUkrainian);
  EXPECT_EQ(DetectNameScript("Αθήνα"), NameScript::kOther);
}

TEST_F(TransliterateTest, RussianAndUkrainianUseBgn) {
  EXPECT_THAT(tr_->ToAscii("Алексей Навальный"), ElementsAre("Aleksey Naval'nyy"));
  EXPECT_THAT(tr_->ToAscii("Віталій Кличко"), ElementsAre("Vitaliy Klychko"));
  // Ambiguous Cyrillic gives both readings, Russian first.
  EXPECT_THAT(tr_->ToAscii("Кирило Буданов"), ElementsAre("Kirilo Budanov", "Kyrylo Budanov"));
  // A language hint settles it.
  EXPECT_THAT(tr_->ToAscii("Кирило Буданов", "uk"), ElementsAre("Kyrylo Budanov"));
  EXPECT_THAT(tr_->ToAscii("Кирилл Буданов", "ru"), ElementsAre("Kirill Budanov"));
}

TEST_F(TransliterateTest, LatinDiacriticsAreSpelledTheEnglishWay) {
  // The spelled-out form first, then the form with the marks dropped when it differs.
  EXPECT_THAT(tr_->ToAscii("Osečkin"), ElementsAre("Osechkin", "Oseckin"));
  EXPECT_THAT(tr_->ToAscii("Šojgu"), ElementsAre("Shojgu", "Sojgu"));
  EXPECT_THAT(tr_->ToAscii("Dragan Kovačević"),
              ElementsAre("Dragan Kovachevich", "Dragan Kovacevic"));
  EXPECT_THAT(tr_->ToAscii("Jürgen Straße"), ElementsAre("Jurgen Strasse"));
  EXPECT_THAT(tr_->ToAscii("Łukaszenka"), ElementsAre("Lukaszenka"));
}

TEST_F(TransliterateTest, OtherScriptsGoThroughAnyLatin) {
  const auto& greek = tr_->ToAscii("Αθήνα");
  ASSERT_EQ(greek.size(), 1u);
  EXPECT_EQ(greek[0], "Athena");
  EXPECT_THAT(tr_->ToAscii("Plain ASCII"), ElementsAre("Plain ASCII"));
  EXPECT_THAT(tr_->ToAscii("  two   spaces "), ElementsAre("two spaces"));
}

TEST_F(TransliterateTest, RepeatedCallsHitTheCache) {
  const auto& a = tr_->ToAscii("Кирилл Буданов");
  const auto& b = tr_->ToAscii("Кирилл Буданов");
  EXPECT_EQ(&a, &b);
}

}  // namespace
}  // namespace claimtrace::resolve
