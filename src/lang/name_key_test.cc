#include "lang/name_key.h"

#include <gtest/gtest.h>

namespace claimtrace::lang {
namespace {

TEST(Lang, NameKeyFoldsDiacritics) {
  EXPECT_EQ(Fold("Zürich"), "zurich");
  EXPECT_EQ(Fold("Łukasz"), "lukasz");
  EXPECT_EQ(Fold("Dvořák"), "dvorak");
  EXPECT_EQ(Fold("O’Brien"), "obrien");
}

TEST(Lang, NameKeyTransliterationVariantsMatch) {
  EXPECT_TRUE(SameFirstName("Kirill", "Kyrylo"));
  EXPECT_TRUE(SameFirstName("Aleksandr", "Oleksandr"));
  EXPECT_TRUE(SameFirstName("Alexander", "Oleksandr"));
  EXPECT_TRUE(SameFirstName("Yuri", "Yuriy"));
  EXPECT_TRUE(SameFirstName("Dmitry", "Dmytro"));
  EXPECT_TRUE(SameFirstName("Sergei", "Serhiy"));
  EXPECT_TRUE(SameFirstName("Vladimir", "Volodymyr"));
  EXPECT_TRUE(SameFirstName("Mikhail", "Mykhailo"));
  EXPECT_TRUE(SameFirstName("V.", "Vladimir"));
  EXPECT_TRUE(SameSurname("Zelensky", "Zelenskyy"));
  EXPECT_TRUE(SameSurname("Budanov", "Budanov"));
}

TEST(Lang, NameKeyDifferentNamesDoNotMatch) {
  EXPECT_FALSE(SameFirstName("Anna", "Ian"));
  EXPECT_FALSE(SameFirstName("Vladimir", "Valentina"));
  EXPECT_FALSE(SameFirstName("Maria", "Boris"));
  EXPECT_FALSE(SameSurname("Petrov", "Petrova"));
  EXPECT_FALSE(SameSurname("Putin", "Patel"));
  EXPECT_FALSE(SameSurname("Li", "Lee"));  // too short to compare by skeleton
}

}  // namespace
}  // namespace claimtrace::lang
