// Unit tests for name_key.h: phonetic keys, given-name compatibility, name parsing.
#include "resolve/name_key.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace claimtrace::resolve {
namespace {

using ::testing::ElementsAre;

GivenNameMatch Given(std::string_view a, std::string_view b) {
  const PersonName na = ParsePersonName(std::string(a) + " X");
  const PersonName nb = ParsePersonName(std::string(b) + " X");
  return MatchGivenSequences(na.given, nb.given);
}

TEST(Resolve, PhoneticKeyJoinsSurnameTransliterations) {
  for (const char* v :
       {"Zelensky", "Zelenskyy", "Zelenskiy", "Zelenskij", "Zelenskyi", "Zelens'kyy", "ZELENSKY"}) {
    EXPECT_EQ(PhoneticKey(v), "zelenski") << v;
  }
  EXPECT_EQ(PhoneticKey("Navalny"), PhoneticKey("Naval'nyy"));
  EXPECT_EQ(PhoneticKey("Shoigu"), PhoneticKey("Shoygu"));
  EXPECT_EQ(PhoneticKey("Tymoshenko"), PhoneticKey("Timoshenko"));
  EXPECT_EQ(PhoneticKey("Grozev"), PhoneticKey("Hrozev"));
  EXPECT_EQ(PhoneticKey("Klitschko"), PhoneticKey("Klychko"));
  EXPECT_EQ(PhoneticKey("Sergeyev"), PhoneticKey("Sergeev"));
  EXPECT_EQ(PhoneticKey("Christo"), PhoneticKey("Khristo"));
  EXPECT_EQ(PhoneticKey("Yermak"), PhoneticKey("Jermak"));
  EXPECT_EQ(PhoneticKey(""), "");
  EXPECT_EQ(PhoneticKey("'-."), "");
}

TEST(Resolve, PhoneticKeyKeepsDifferentSurnamesApart) {
  EXPECT_NE(PhoneticKey("Putin"), PhoneticKey("Osechkin"));
  EXPECT_NE(PhoneticKey("Budanov"), PhoneticKey("Bulanov"));
  EXPECT_NE(PhoneticKey("Ivanov"), PhoneticKey("Ivanova"));
  EXPECT_NE(PhoneticKey("Lavrov"), PhoneticKey("Lavrova"));
}

TEST(Resolve, GivenNameVariantsMeet) {
  EXPECT_EQ(Given("Kirill", "Kyrylo"), GivenNameMatch::kVariant);
  EXPECT_EQ(Given("Aleksandr", "Oleksandr"), GivenNameMatch::kVariant);
  EXPECT_EQ(Given("Alexander", "Oleksandr"), GivenNameMatch::kVariant);
  EXPECT_EQ(Given("Dmitry", "Dmytro"), GivenNameMatch::kVariant);
  EXPECT_EQ(Given("Vladimir", "Volodymyr"), GivenNameMatch::kVariant);
  EXPECT_EQ(Given("Mikhail", "Mykhailo"), GivenNameMatch::kVariant);
  EXPECT_EQ(Given("Sergei", "Serhiy"), GivenNameMatch::kVariant);
  EXPECT_EQ(Given("Oleg", "Oleh"), GivenNameMatch::kExact);
  EXPECT_EQ(Given("Yulia", "Yuliya"), GivenNameMatch::kExact);
  EXPECT_EQ(Given("K.", "Kirill"), GivenNameMatch::kInitial);
  EXPECT_EQ(Given("Alex", "Alexander"), GivenNameMatch::kPrefix);
}

TEST(Resolve, DifferentGivenNamesNeverMeet) {
  EXPECT_EQ(Given("Boris", "Andrew"), GivenNameMatch::kNone);
  EXPECT_EQ(Given("Kirill", "Sergei"), GivenNameMatch::kNone);
  EXPECT_EQ(Given("Aleksandr", "Aleksandra"), GivenNameMatch::kNone);  // feminine ending
  EXPECT_EQ(Given("Chris", "Christina"), GivenNameMatch::kNone);
  EXPECT_EQ(Given("K.", "Sergei"), GivenNameMatch::kNone);
  // Middle initials that contradict: father and son.
  EXPECT_EQ(Given("George H. W.", "George W."), GivenNameMatch::kNone);
  EXPECT_EQ(Given("George W.", "George"), GivenNameMatch::kExact);
}

TEST(Resolve, ParsePersonNameStripsTitlesAndKeepsParticles) {
  PersonName n = ParsePersonName("Maj. Gen. Kyrylo Budanov");
  EXPECT_THAT(n.titles, ElementsAre("maj", "gen"));
  ASSERT_EQ(n.given.size(), 1u);
  EXPECT_EQ(n.given[0].ascii, "Kyrylo");
  EXPECT_EQ(n.surname.ascii, "Budanov");

  n = ParsePersonName("Ursula von der Leyen");
  EXPECT_EQ(n.surname_full, "von der Leyen");
  EXPECT_EQ(n.surname.key, PhoneticKey("Leyen"));
  ASSERT_EQ(n.given.size(), 1u);

  n = ParsePersonName("Budanov, Kirill");
  EXPECT_EQ(n.surname.ascii, "Budanov");
  ASSERT_EQ(n.given.size(), 1u);
  EXPECT_EQ(n.given[0].ascii, "Kirill");

  n = ParsePersonName("Putin's");
  EXPECT_TRUE(n.surname_only());
  EXPECT_EQ(n.surname.ascii, "Putin");

  n = ParsePersonName("George H. W. Bush Jr.");
  EXPECT_EQ(n.surname.ascii, "Bush");
  ASSERT_EQ(n.given.size(), 3u);
  EXPECT_TRUE(n.given[1].initial);

  n = ParsePersonName("J.R.R. Tolkien");
  EXPECT_EQ(n.given.size(), 3u);

  // A lone title is a name word, not a title ("President" alone is not stripped to nothing).
  n = ParsePersonName("President");
  EXPECT_FALSE(n.empty());
  EXPECT_TRUE(ParsePersonName("  ").empty());
  EXPECT_TRUE(ParsePersonName("...").empty());
}

TEST(Resolve, DeinflectionGivesNominativeReadings) {
  EXPECT_THAT(DeinflectedSurnames("Budanova"), ElementsAre("Budanov"));
  EXPECT_THAT(DeinflectedSurnames("Putinym"), ElementsAre("Putin"));
  EXPECT_THAT(DeinflectedSurnames("Zelenskogo"), ElementsAre("Zelenskiy"));
  EXPECT_THAT(DeinflectedSurnames("Budanov"), ElementsAre());
  EXPECT_THAT(DeinflectedGivenNames("Kirilla"), ElementsAre("Kirill"));
  EXPECT_THAT(DeinflectedGivenNames("Dmitriya"), ElementsAre("Dmitriy"));
  EXPECT_THAT(DeinflectedGivenNames("Sergeya"), ElementsAre("Sergey"));
}

}  // namespace
}  // namespace claimtrace::resolve
