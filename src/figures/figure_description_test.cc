// What a figure counts (figure_description.cc): adjectives between the number and the head
// noun, casualty words after a copula or a reporting verb, coordinated participles, event
// nouns before "of", and the unit "people" that follows from them. Sentences written for
// these tests.
#include <gtest/gtest.h>

#include <optional>
#include <string>

#include "figures/test_util.h"

namespace claimtrace::figures {
namespace {

using testing::Extract;
using testing::FindFigure;

struct Expected {
  std::optional<std::string> what;
  std::optional<std::string> unit;
};

void ExpectWhat(const Document& doc, std::string_view span, const Expected& e) {
  const Figure* f = FindFigure(doc, span);
  ASSERT_NE(f, nullptr) << "no figure \"" << span << "\"";
  EXPECT_EQ(f->what, e.what) << span;
  EXPECT_EQ(f->unit, e.unit) << span;
}

TEST(FigureWhat, CasualtyAdjectiveBeforeTheHeadNoun) {
  Document d = Extract(
      "Moscow acknowledges only one dead general. Medics moved 1,200 wounded soldiers by train "
      "and found 40 dead civilians, while 300 stranded vehicles blocked the road.");
  ExpectWhat(d, "one", {"dead general", "people"});
  ExpectWhat(d, "1,200", {"wounded soldiers", "people"});
  ExpectWhat(d, "40", {"dead civilians", "people"});
  // The head decides the unit: stranded vehicles are not people.
  ExpectWhat(d, "300", {"stranded vehicles", std::nullopt});
}

TEST(FigureWhat, CasualtyWordStandingForThePeopleIsUnchanged) {
  Document d =
      Extract("149 injured were treated in hospital, and 12 dead and 40 missing were named.");
  ExpectWhat(d, "149", {"injured", "people"});
  ExpectWhat(d, "12", {"dead", "people"});
  ExpectWhat(d, "40", {"missing", "people"});
}

TEST(FigureWhat, AdjectivesGiveComparableThingAndEvent) {
  // "six Russian generals" (claimed killed) and "one dead general" name the same thing and
  // event: the head noun "general(s)" and killed/dead.
  Document d = Extract(
      "Kyiv says it has killed six Russian generals. Russia says two senior generals have "
      "died and nearly 500 soldiers had been killed.");
  ExpectWhat(d, "six", {"Russian generals killed", "people"});
  ExpectWhat(d, "two", {"senior generals died", "people"});
  ExpectWhat(d, "nearly 500", {"soldiers killed", "people"});
}

TEST(FigureWhat, EventThroughCopulaReportingVerbAndCoordination) {
  Document d = Extract(
      "Officials said 30,000 to 40,000 troops are estimated to have been killed or wounded. "
      "Five climbers are feared dead, 14 people are missing and three colonels are among the "
      "dead.");
  ExpectWhat(d, "30,000 to 40,000", {"troops killed or wounded", "people"});
  ExpectWhat(d, "Five", {"climbers dead", "people"});
  ExpectWhat(d, "14", {"people missing", "people"});
  ExpectWhat(d, "three", {"colonels dead", "people"});
}

TEST(FigureWhat, LeavingHomeIsDisplacement) {
  Document d = Extract(
      "About 12,000 people had left their homes, 3,000 residents were forced from their homes "
      "and 40 villagers fled home. Some 200 people left early.");
  ExpectWhat(d, "About 12,000", {"people displaced", "people"});
  ExpectWhat(d, "3,000", {"residents displaced", "people"});
  ExpectWhat(d, "40", {"villagers fled", "people"});  // an event word of its own
  // Leaving without a home to leave is not displacement.
  const Figure* f = FindFigure(d, "Some 200");
  ASSERT_NE(f, nullptr);
  EXPECT_NE(f->what, "people displaced");
}

TEST(FigureWhat, EventNounBeforeOf) {
  Document d = Extract(
      "The ministry confirmed the deaths of two generals and the arrest of 14 protesters, and "
      "put the dead at 3,000.");
  ExpectWhat(d, "two", {"generals died", "people"});
  ExpectWhat(d, "14", {"protesters arrested", "people"});
  // "the dead at 3,000": a casualty word with "the" counts people.
  const Figure* f = FindFigure(d, "3,000");
  ASSERT_NE(f, nullptr);
  EXPECT_EQ(f->unit, "people");
}

TEST(FigureWhat, PersonsStandingAlone) {
  Document d = Extract(
      "The shuttle broke apart, killing all seven aboard. Obama and Xi met; the two agreed on "
      "a deal.");
  ExpectWhat(d, "seven", {"aboard", "people"});
  ExpectWhat(d, "two", {std::nullopt, "people"});
}

TEST(FigureWhat, LivesArePeople) {
  Document d = Extract("The floods claimed 1,300 lives.");
  ExpectWhat(d, "1,300", {"lives", "people"});
}

}  // namespace
}  // namespace claimtrace::figures
