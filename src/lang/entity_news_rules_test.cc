// News typing rules (entity_news_rules.h) through TypeMentions and LinkEntities, on text
// written for these tests.
#include "lang/entity_news_rules.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "lang/entity_linker.h"
#include "lang/entity_test_fixture.h"
#include "lang/entity_typing.h"

namespace claimtrace::lang {
namespace {

TEST(Lang, NewsRuleWordLists) {
  EXPECT_TRUE(IsSeatMetonym("Kremlin"));
  EXPECT_TRUE(IsSeatMetonym("Élysée Palace"));
  EXPECT_FALSE(IsSeatMetonym("Kremlinology"));
  EXPECT_FALSE(IsSeatMetonym("kremlin"));
  EXPECT_TRUE(IsLegalForm("ASA"));
  EXPECT_TRUE(IsLegalForm("S.p.A."));
  EXPECT_FALSE(IsLegalForm("asa"));
  EXPECT_FALSE(IsLegalForm("Association"));
}

TEST(Lang, TypingSeatsOfGovernmentAsOrganisations) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Fixture f(
      "The Kremlin would not comment. A White House official said the Pentagon agreed. "
      "Tourists visited Kremlin walls.",
      g->get());
  auto tagged = [&](std::string_view phrase, NerType type, int nth = 0) {
    TypedMention t = f.M(phrase, EntityType::kMisc, nth);
    return NerMention{t.begin, t.end, type};
  };
  // The tagger found "Kremlin" (as MISC) and "White House" (as LOC) but not "the Pentagon".
  std::vector<TypedMention> typed = TypeMentions(
      f.ctx, {tagged("Kremlin", NerType::kMisc), tagged("White House", NerType::kLoc)});
  std::vector<std::string> got;
  for (const TypedMention& t : typed) {
    got.push_back(f.text.substr(f.tokens[t.begin].span.start,
                                f.tokens[t.end - 1].span.end - f.tokens[t.begin].span.start) +
                  "/" + std::string(ToString(t.type)));
  }
  // "Kremlin walls" without "the" and untagged is left alone.
  EXPECT_EQ(got, (std::vector<std::string>{"Kremlin/ORG", "White House/ORG", "Pentagon/ORG"}));
}

TEST(Lang, LinkerLegalFormsAndOrganisationShortForms) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Fixture f(
      "Norwegian fish farmer Fjordlaks ASA will buy a rival. Fjordlaks said the deal was fair. "
      "Xinhe Semiconductor cut prices and Xinhe lost money. The Boston Celtics won in Boston.",
      g->get());
  std::vector<TypedMention> m = {
      f.M("Fjordlaks ASA", EntityType::kPerson),  // tagger: person (and "farmer" before it)
      f.M("Fjordlaks", EntityType::kPerson, 1),  f.M("Xinhe Semiconductor", EntityType::kOrg),
      f.M("Xinhe", EntityType::kGpe, 1),         f.M("Boston Celtics", EntityType::kOrg),
      f.M("Boston", EntityType::kGpe, 1),
  };
  std::vector<Entity> entities;
  std::vector<std::vector<TypedMention>> members;
  LinkEntities(f.ctx, m, &f.tokens, &entities, &members);
  const Entity* fjordlaks = FindByMention(entities, f.text, "Fjordlaks");
  ASSERT_NE(fjordlaks, nullptr);
  EXPECT_EQ(fjordlaks->type, EntityType::kOrg);  // a legal form outweighs "fish farmer"
  EXPECT_EQ(MentionTexts(f.text, *fjordlaks),
            (std::vector<std::string>{"Fjordlaks ASA", "Fjordlaks"}));
  const Entity* xinhe = FindByMention(entities, f.text, "Xinhe");
  ASSERT_NE(xinhe, nullptr);
  EXPECT_EQ(xinhe->type, EntityType::kOrg);
  EXPECT_EQ(xinhe->name, "Xinhe Semiconductor");
  // A known place is not a short form of the team named after it.
  const Entity* boston = FindByMention(entities, f.text, "Boston");
  ASSERT_NE(boston, nullptr);
  EXPECT_EQ(boston->type, EntityType::kGpe);
  EXPECT_EQ(MentionTexts(f.text, *boston), (std::vector<std::string>{"Boston"}));
}

TEST(Lang, TypingDatelinePlaceAndItsRepeats) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Fixture f(
      "Mayor elected\n\nVARNOVO, Ruritania (AP) — Voters in Varnovo chose a mayor. Varnovo "
      "Transit, the bus company, was criticised.\n\nLater, OSLO ANALYSTS said little.",
      g->get());
  auto tagged = [&](std::string_view phrase, NerType type, int nth = 0) {
    TypedMention t = f.M(phrase, EntityType::kMisc, nth);
    return NerMention{t.begin, t.end, type};
  };
  // The tagger left the dateline out and read the city as a person.
  std::vector<TypedMention> typed =
      TypeMentions(f.ctx, {tagged("Ruritania", NerType::kLoc), tagged("Varnovo", NerType::kPer),
                           tagged("Varnovo Transit", NerType::kOrg)});
  std::vector<std::string> got;
  for (const TypedMention& t : typed) {
    got.push_back(f.text.substr(f.tokens[t.begin].span.start,
                                f.tokens[t.end - 1].span.end - f.tokens[t.begin].span.start) +
                  "/" + std::string(ToString(t.type)));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"VARNOVO/GPE", "Ruritania/GPE", "AP/ORG", "Varnovo/GPE",
                                           "Varnovo Transit/ORG"}));

  // With the company tagged as a person, the place is still not read as its surname.
  typed = TypeMentions(
      f.ctx, {tagged("Varnovo", NerType::kPer), tagged("Varnovo Transit", NerType::kPer)});
  std::vector<Entity> entities;
  std::vector<std::vector<TypedMention>> members;
  LinkEntities(f.ctx, typed, &f.tokens, &entities, &members);
  const Entity* place = FindByMention(entities, f.text, "VARNOVO");
  ASSERT_NE(place, nullptr);
  EXPECT_EQ(place->type, EntityType::kGpe);
  EXPECT_EQ(MentionTexts(f.text, *place), (std::vector<std::string>{"VARNOVO", "Varnovo"}));
}

TEST(Lang, TypingUntaggedSurnameShapedWordIsAPerson) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Fixture f(
      "Separately, Melnychenko accused the regulator. Flights to Rostavkov resumed, and Dmytro "
      "Varenchenko was there.",
      g->get());
  std::vector<TypedMention> typed = TypeMentions(f.ctx, {});
  std::vector<std::string> got;
  for (const TypedMention& t : typed) {
    got.push_back(f.text.substr(f.tokens[t.begin].span.start,
                                f.tokens[t.end - 1].span.end - f.tokens[t.begin].span.start) +
                  "/" + std::string(ToString(t.type)));
  }
  // Not after a place preposition, not the end of a longer untagged name.
  EXPECT_EQ(got, (std::vector<std::string>{"Melnychenko/PERSON"}));
}

TEST(Lang, LinkerBracketedAgencyAfterADatelinePlace) {
  Gazetteer g;
  Fixture f(
      "KAMLOOPS, British Columbia (CP) - Fires spread. The Democratic Republic of Congo (DRC) "
      "sent help.",
      &g);
  std::vector<TypedMention> m = {f.M("British Columbia", EntityType::kGpe),
                                 f.M("Democratic Republic of Congo", EntityType::kGpe)};
  std::vector<Entity> entities;
  std::vector<std::vector<TypedMention>> members;
  LinkEntities(f.ctx, m, &f.tokens, &entities, &members);
  const Entity* bc = FindByMention(entities, f.text, "British Columbia");
  ASSERT_NE(bc, nullptr);
  EXPECT_EQ(MentionTexts(f.text, *bc), (std::vector<std::string>{"British Columbia"}));
  EXPECT_EQ(FindByMention(entities, f.text, "CP"), nullptr);
  const Entity* drc = FindByMention(entities, f.text, "DRC");
  ASSERT_NE(drc, nullptr);
  EXPECT_EQ(drc->name, "Democratic Republic of Congo");
}

}  // namespace
}  // namespace claimtrace::lang
