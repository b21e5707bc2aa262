#include "core/dateline.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

TEST(Dateline, DateLinesWithLabelsAndTimes) {
  struct Case {
    std::string_view line;
    std::string_view iso;  // empty: a date line without a year
  };
  for (const Case& c : std::initializer_list<Case>{
           {"Friday, July 21, 2017", "2017-07-21"},
           {"  21 July 2017  ", "2017-07-21"},
           {"Published: 18 July 2017", "2017-07-18"},
           {"Published on March 13, 2024 at 9:30 am", "2024-03-13"},
           {"Last updated 10:32 GMT, 21 July 2017", "2017-07-21"},
           {"Published 18 July 2017, 10.32 BST | Updated 19 July 2017", "2017-07-18"},
           {"Wed 13 Mar 2024 14.09 GMT", "2024-03-13"},
           {"2024-03-13", "2024-03-13"},
           {"Updated: Friday, July 21", ""},
       }) {
    std::optional<Dateline> d = ParseDateLine(c.line);
    ASSERT_TRUE(d.has_value()) << c.line;
    if (c.iso.empty()) {
      EXPECT_FALSE(d->date.has_value()) << c.line;
    } else {
      ASSERT_TRUE(d->date.has_value()) << c.line;
      EXPECT_EQ(FormatIsoDate(*d->date), c.iso) << c.line;
    }
  }
}

TEST(Dateline, SentencesAreNotDateLines) {
  for (std::string_view line :
       {"On July 21, 2017 the council met.", "July 2017", "Published by Penguin in 2017",
        "July 21, 2017 was a Friday", "Friday", "", "Updated", "2017",
        "The report, dated March 4, 2022, said so.", "21 July 2017 and 22 July 2017 saw rain"}) {
    EXPECT_FALSE(ParseDateLine(line).has_value()) << line;
  }
}

TEST(Dateline, WireDatelines) {
  std::string_view p = "MOSCOW, March 4 (Reuters) - Russia said on Friday it had";
  std::optional<Dateline> d = ParseWireDateline(p);
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->place.value_or(""), "MOSCOW");
  EXPECT_EQ(d->outlet.value_or(""), "Reuters");
  EXPECT_FALSE(d->date.has_value());  // no year, no date
  EXPECT_EQ(p.substr(d->length), "Russia said on Friday it had");

  d = ParseWireDateline("KYIV, Ukraine, March 13, 2024 \xE2\x80\x94 Officials said");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->place.value_or(""), "KYIV");
  ASSERT_TRUE(d->date.has_value());
  EXPECT_EQ(FormatIsoDate(*d->date), "2024-03-13");
  EXPECT_FALSE(d->outlet.has_value());

  d = ParseWireDateline("WASHINGTON (AP) \xE2\x80\x94 The Senate voted");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->outlet.value_or(""), "AP");

  d = ParseWireDateline("NEW YORK, Jan. 5, 2023 (Dnipro Wire) -- Markets fell");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->place.value_or(""), "NEW YORK");
  EXPECT_EQ(d->outlet.value_or(""), "Dnipro Wire");
  EXPECT_EQ(FormatIsoDate(d->date.value_or(CivilDate{})), "2023-01-05");

  d = ParseWireDateline("(Reuters) - Oil prices rose");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->outlet.value_or(""), "Reuters");

  d = ParseWireDateline("PARIS\xE2\x80\x94The French government");
  ASSERT_TRUE(d.has_value());
  EXPECT_EQ(d->place.value_or(""), "PARIS");
}

TEST(Dateline, OrdinaryParagraphsAreNotWireDatelines) {
  for (std::string_view p :
       {"Moscow said on Friday - and repeated - that",
        "The FSB - Russia's successor to the KGB - was",
        "NATO estimated today that anywhere between", "A - B", "BREAKING - Russia invades",
        "US President Joe Biden - who", "I - and many others - think", "MOSCOW", "MOSCOW -",
        "UKRAINE WAR: Putin speaks", "(Reuters) Oil prices rose", "(5) - five"}) {
    EXPECT_FALSE(ParseWireDateline(p).has_value()) << p;
  }
}

TEST(Dateline, Bylines) {
  std::optional<Byline> b = ParseByline("By CHRIS JEWERS FOR MAILONLINE-");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->author, "Chris Jewers");
  EXPECT_EQ(b->outlet.value_or(""), "MAILONLINE");

  b = ParseByline("By Marta Savchuk and Ivan O'Neill");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->author, "Marta Savchuk and Ivan O'Neill");
  EXPECT_FALSE(b->outlet.has_value());

  b = ParseByline("By Jane Doe, Staff Writer");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->author, "Jane Doe");

  b = ParseByline("Written by Hanna K. Lysenko");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->author, "Hanna K. Lysenko");

  b = ParseByline("By JOHN SMITH AND JANE DOE");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->author, "John Smith and Jane Doe");

  b = ParseByline("By Reuters");
  ASSERT_TRUE(b.has_value());
  EXPECT_EQ(b->author, "");
  EXPECT_EQ(b->outlet.value_or(""), "Reuters");
}

TEST(Dateline, SentencesStartingWithByAreNotBylines) {
  for (std::string_view line :
       {"By the end of the day, officials had left.", "By Monday, the city was empty", "By then",
        "By 2030 the plant will close", "By Friday, Officials Had Left The City.",
        "Byron Smith said", "by way of comparison, Moscow lost",
        "By Jane Doe, who said it was fine", "By"}) {
    EXPECT_FALSE(ParseByline(line).has_value()) << line;
  }
}

}  // namespace
}  // namespace claimtrace
