// Entity typing, linking and roles: deterministic tests of the linker on hand-placed mentions,
// and end-to-end tests of the analyzer (shipped model) on text written for these tests.
#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "claimtrace/lang.h"
#include "lang/entity_linker.h"
#include "lang/entity_test_fixture.h"
#include "lang/entity_typing.h"
#include "lang/name_key.h"
#include "lang/ner_word_table.h"
#include "lang/roles.h"
#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"

namespace claimtrace::lang {
namespace {

TEST(Lang, LinkerMergesTransliteratedNamesSurnamesAndInitialisms) {
  Gazetteer g;
  Fixture f(
      "Russia's Federal Security Service (FSB) spoke. Kirill Budanov spoke. Budanov added. "
      "Kyrylo Budanov left. Vladimir Putin met Vladimir Osechkin. Vladimir waved. The FSB "
      "agreed. Putin's aide left. It was then that Budanov and the FSB met.",
      &g);
  std::vector<TypedMention> m = {
      f.M("Federal Security Service", EntityType::kOrg),
      f.M("Kirill Budanov", EntityType::kPerson),
      f.M("Budanov", EntityType::kPerson, 1),
      f.M("Kyrylo Budanov", EntityType::kPerson),
      f.M("Vladimir Putin", EntityType::kPerson),
      f.M("Vladimir Osechkin", EntityType::kPerson),
      f.M("Vladimir", EntityType::kPerson, 2),
      f.M("FSB", EntityType::kOrg, 1),
      f.M("Putin", EntityType::kPerson, 1),
  };
  std::vector<Entity> entities;
  std::vector<std::vector<TypedMention>> members;
  LinkEntities(f.ctx, m, &f.tokens, &entities, &members);
  const Entity* fsb = FindByMention(entities, f.text, "FSB");
  ASSERT_NE(fsb, nullptr);
  EXPECT_EQ(fsb->name, "Federal Security Service");
  EXPECT_EQ(fsb->type, EntityType::kOrg);
  // The last "FSB" and "Budanov" were not tagged: propagation adds them.
  EXPECT_EQ(MentionTexts(f.text, *fsb),
            (std::vector<std::string>{"Federal Security Service", "FSB", "FSB", "FSB"}));
  const Entity* budanov = FindByMention(entities, f.text, "Budanov");
  ASSERT_NE(budanov, nullptr);
  EXPECT_EQ(MentionTexts(f.text, *budanov),
            (std::vector<std::string>{"Kirill Budanov", "Budanov", "Kyrylo Budanov", "Budanov"}));
  EXPECT_EQ(FindByMention(entities, f.text, "Kyrylo Budanov"), budanov);
  const Entity* putin = FindByMention(entities, f.text, "Putin");
  ASSERT_NE(putin, nullptr);
  EXPECT_EQ(putin->name, "Vladimir Putin");
  EXPECT_NE(FindByMention(entities, f.text, "Vladimir Osechkin"), putin);  // share a first name
  // "Vladimir" alone is ambiguous (two Vladimirs): it stays its own entity.
  const Entity* vladimir = FindByMention(entities, f.text, "Vladimir");
  ASSERT_NE(vladimir, nullptr);
  EXPECT_EQ(vladimir->mentions.size(), 1u);
  // Ids in order of first mention; Token::entity points back.
  for (size_t k = 0; k < entities.size(); ++k) {
    EXPECT_EQ(entities[k].id, "e" + std::to_string(k + 1));
    if (k > 0) {
      EXPECT_LT(entities[k - 1].mentions[0].start, entities[k].mentions[0].start);
    }
  }
  EXPECT_EQ(f.tokens[m[0].begin].entity, fsb - entities.data());
}

TEST(Lang, LinkerRetypesUnknownOneWordPersons) {
  Gazetteer g;
  g.AddPhrase("President", kGazTitle, 0);
  g.AddPhrase("researcher", 0, kGazRole);
  Fixture f(
      "Twilio said it would buy Stytch. Twilio shares rose. President Zorblat spoke. Kessler "
      "agreed (Kessler 2001). Quibbo scored twice and his team won. Hotels in Neiafu are full. "
      "Neiafu is busy. Varnok, a researcher, left.",
      &g);
  std::vector<TypedMention> m = {
      f.M("Twilio", EntityType::kPerson),    f.M("Stytch", EntityType::kPerson),
      f.M("Twilio", EntityType::kPerson, 1), f.M("Zorblat", EntityType::kPerson),
      f.M("Kessler", EntityType::kPerson),   f.M("Kessler", EntityType::kPerson, 1),
      f.M("Quibbo", EntityType::kPerson),    f.M("Neiafu", EntityType::kPerson),
      f.M("Neiafu", EntityType::kPerson, 1), f.M("Varnok", EntityType::kPerson),
  };
  std::vector<Entity> entities;
  std::vector<std::vector<TypedMention>> members;
  LinkEntities(f.ctx, m, &f.tokens, &entities, &members);
  auto type_of = [&](const std::string& w) {
    const Entity* e = FindByMention(entities, f.text, w);
    EXPECT_NE(e, nullptr) << w;
    return e ? e->type : EntityType::kMisc;
  };
  EXPECT_EQ(type_of("Twilio"), EntityType::kOrg);  // no evidence of a person
  EXPECT_EQ(type_of("Stytch"), EntityType::kOrg);
  EXPECT_EQ(type_of("Neiafu"), EntityType::kGpe);      // "in Neiafu"
  EXPECT_EQ(type_of("Zorblat"), EntityType::kPerson);  // title before
  EXPECT_EQ(type_of("Kessler"), EntityType::kPerson);  // citation year after
  EXPECT_EQ(type_of("Quibbo"), EntityType::kPerson);   // "his" right after
  EXPECT_EQ(type_of("Varnok"), EntityType::kPerson);   // role appositive
}

TEST(Lang, LinkerAppositiveInitialismAndCountryAliases) {
  Gazetteer g;
  uint16_t us = g.GroupOf("US");
  g.AddPhrase("United States", kGazCountry, 0, us);
  g.AddPhrase("US", kGazCountry, 0, us);
  Fixture f(
      "He met the heads of the SBU, Ukraine's Security Service, in the United States. "
      "The US agreed.",
      &g);
  std::vector<TypedMention> m = {f.M("SBU", EntityType::kOrg), f.M("Ukraine", EntityType::kGpe),
                                 f.M("Security Service", EntityType::kOrg),
                                 f.M("United States", EntityType::kGpe),
                                 f.M("US", EntityType::kGpe)};
  m[3].group = us;
  m[4].group = us;
  std::vector<Entity> entities;
  std::vector<std::vector<TypedMention>> members;
  LinkEntities(f.ctx, m, &f.tokens, &entities, &members);
  ASSERT_EQ(entities.size(), 3u);
  EXPECT_EQ(entities[0].name, "Security Service");
  EXPECT_EQ(entities[0].mentions.size(), 2u);
  EXPECT_EQ(entities[2].name, "United States");
  EXPECT_EQ(entities[2].mentions.size(), 2u);
}

TEST(Lang, RolesFromTitlesDescriptionsAndAppositives) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Fixture f(
      "Ukrainian President Olena Marchuk spoke. Marta Ilves, an expert on Baltic security "
      "services who works in Tallinn, agreed. Human rights activist Pavel Orlov claimed it. "
      "Said the head of the country's military intelligence, Ivan Sirko, on Monday.",
      g->get());
  std::vector<TypedMention> m = {
      f.M("Olena Marchuk", EntityType::kPerson), f.M("Marta Ilves", EntityType::kPerson),
      f.M("Pavel Orlov", EntityType::kPerson), f.M("Ivan Sirko", EntityType::kPerson)};
  std::vector<Entity> entities;
  std::vector<std::vector<TypedMention>> members;
  LinkEntities(f.ctx, m, &f.tokens, &entities, &members);
  CollectRoles(f.ctx, members, &entities);
  ASSERT_EQ(entities.size(), 4u);
  EXPECT_EQ(entities[0].roles, (std::vector<std::string>{"President"}));
  EXPECT_EQ(entities[1].roles, (std::vector<std::string>{"expert on Baltic security services"}));
  EXPECT_EQ(entities[2].roles, (std::vector<std::string>{"Human rights activist"}));
  EXPECT_EQ(entities[3].roles,
            (std::vector<std::string>{"head of the country's military intelligence"}));
}

TEST(Lang, RoleEvidenceFromAppositivesPremodifiersAndPronouns) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Fixture f(
      "The ferry operator, Norvik Lines, cancelled sailings. Its chairman, Petra Lind, resigned. "
      "Tomas Brekke, a 52-year-old fisherman, was rescued. Hanna Moe, 71, watched. "
      "Kvitfjord Kraft, the region's power utility, raised prices. They called farmer Arvid Nes. "
      "He is the director of Nordhavn Energi. It happened in the town of Skjelby. "
      "Eirik Vold said on Monday that she had left. After meeting the company, Leif Dahl left. "
      "The school is near the Academy, Squadron Officer School. The firm that built it, Berg "
      "Bygg, declined. Kari Nome, who runs a cafe, agreed. Jon Lie, Chief Executive of Lie AS, "
      "spoke.",
      g->get());
  auto ev = [&](std::string_view name) {
    TypedMention m = f.M(name, EntityType::kPerson);
    return RoleEvidenceOf(f.ctx, m.begin, m.end);
  };
  EXPECT_EQ(ev("Norvik Lines"), RoleEvidence::kOrg);     // appositive before, clause start
  EXPECT_EQ(ev("Petra Lind"), RoleEvidence::kPerson);    // "Its chairman, X"
  EXPECT_EQ(ev("Tomas Brekke"), RoleEvidence::kPerson);  // ", a 52-year-old fisherman"
  EXPECT_EQ(ev("Hanna Moe"), RoleEvidence::kPerson);     // ", 71,"
  EXPECT_EQ(ev("Kvitfjord Kraft"), RoleEvidence::kOrg);  // "the region's power utility"
  EXPECT_EQ(ev("Arvid Nes"), RoleEvidence::kPerson);     // pre-modifier "farmer"
  EXPECT_EQ(ev("Nordhavn Energi"), RoleEvidence::kOrg);  // "director of X"
  EXPECT_EQ(ev("Skjelby"), RoleEvidence::kPlace);        // "the town of X"
  EXPECT_EQ(ev("Eirik Vold"), RoleEvidence::kPerson);    // "X said ... she"
  EXPECT_EQ(ev("Leif Dahl"), RoleEvidence::kNone);       // "the company" is an object
  EXPECT_EQ(ev("Squadron Officer School"), RoleEvidence::kNone);
  EXPECT_EQ(ev("Academy"), RoleEvidence::kNone);      // ", Squadron ..." is another name
  EXPECT_EQ(ev("Berg Bygg"), RoleEvidence::kOrg);     // "The firm that built it, X"
  EXPECT_EQ(ev("Kari Nome"), RoleEvidence::kPerson);  // ", who"
  EXPECT_EQ(ev("Jon Lie"), RoleEvidence::kPerson);    // ", Chief Executive of ..."
}

TEST(Lang, LinkerTypesClustersByRoleEvidence) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Fixture f(
      "The water utility, Ostrava Vodarna, said the leak had stopped. Ostrava Vodarna said in a "
      "statement that repairs were under way. Its director, Alena Rybova, agreed. Talking to "
      "Radio Zlin, Mirel Dobre - a lawyer known for his work - spoke. The council of Hrabyne met. "
      "Hrabyne voted. Kovalenko accused the council. Ostrava is far.",
      g->get());
  std::vector<TypedMention> m = {
      f.M("Ostrava Vodarna", EntityType::kPerson), f.M("Ostrava Vodarna", EntityType::kPerson, 1),
      f.M("Alena Rybova", EntityType::kPerson),    f.M("Radio Zlin", EntityType::kPerson),
      f.M("Mirel Dobre", EntityType::kGpe),        f.M("Hrabyne", EntityType::kOrg),
      f.M("Hrabyne", EntityType::kOrg, 1),         f.M("Kovalenko", EntityType::kPerson),
      f.M("Ostrava", EntityType::kGpe, 2)};
  std::vector<Entity> entities;
  std::vector<std::vector<TypedMention>> members;
  LinkEntities(f.ctx, m, &f.tokens, &entities, &members);
  auto type_of = [&](const std::string& w) {
    const Entity* e = FindByMention(entities, f.text, w);
    EXPECT_NE(e, nullptr) << w;
    return e ? e->type : EntityType::kMisc;
  };
  EXPECT_EQ(type_of("Ostrava Vodarna"), EntityType::kOrg);  // both mentions, one entity
  EXPECT_EQ(FindByMention(entities, f.text, "Ostrava Vodarna")->mentions.size(), 2u);
  EXPECT_EQ(type_of("Alena Rybova"), EntityType::kPerson);
  EXPECT_EQ(type_of("Radio Zlin"), EntityType::kOrg);      // organisation head word inside
  EXPECT_EQ(type_of("Mirel Dobre"), EntityType::kPerson);  // "- a lawyer" beats the tagger
  EXPECT_EQ(type_of("Hrabyne"), EntityType::kGpe);         // "the council of X"
  EXPECT_EQ(type_of("Kovalenko"), EntityType::kPerson);    // surname shape keeps it a person
}

// Differential: the linker's ASCII fast path of name folding equals Fold (ICU) on every ASCII
// byte, on names with apostrophes and case mixes, and hands non-ASCII names to Fold.
TEST(Lang, FoldNameEqualsFold) {
  std::vector<std::string> names = {
      "",         "O'Brien",  "MCDONALD",         "van der Berg",
      "A&E",      "Zelensky", "d'Alembert-Smith", "J.R.R.",
      "Müller",   "Łukasz",   "Буданов",          "O\xE2\x80\x99Neill",
      "São Paulo"};
  std::string all;
  for (int c = 1; c < 0x80; ++c) all.push_back(static_cast<char>(c));
  names.push_back(all);
  std::mt19937 rng(7);
  for (int i = 0; i < 300; ++i) {
    std::string r(1 + rng() % 12, ' ');
    for (char& c : r) c = static_cast<char>(rng() % 0x80);
    names.push_back(r);
  }
  for (const std::string& n : names) EXPECT_EQ(FoldName(n), Fold(n)) << n;
}

TEST(Lang, SurnameShape) {
  for (std::string_view w : {"Zelensky", "Budanov", "Kovalenko", "Petrova", "Lukashevich",
                             "Shevchuk", "Saakashvili", "Pashinyan", "Popescu", "Jovanovic"}) {
    EXPECT_TRUE(HasSurnameShape(w)) << w;
  }
  for (std::string_view w :
       {"Twilio", "Rusu", "Kyiv", "Ov", "Stytch", "zelensky", "ABCOV", "Tel-Aviv", "X-Sky"}) {
    EXPECT_FALSE(HasSurnameShape(w)) << w;
  }
}

// Typing repairs of tagger spans (hand-placed tagger mentions, real gazetteer): an organisation
// head word tagged alone joins the name after "for"/"of"/"on" but never across "and"; a title
// before plain capitalised words in a MISC span makes a person.
TEST(Lang, TypingJoinsOrgHeadsAndReadsTitledMiscAsPerson) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Fixture f(
      "Pavel Morozov works at the Institute for the Study of War in Moscow. She taught at "
      "Emory University and Oglethorpe University. \"Nobody can stop it now,\" said Inspector "
      "Mart Kask. The Valley Gazette reported it.",
      g->get());
  auto tagged = [&](std::string_view phrase, NerType type) {
    TypedMention t = f.M(phrase, EntityType::kMisc);
    return NerMention{t.begin, t.end, type};
  };
  std::vector<TypedMention> typed = TypeMentions(
      f.ctx,
      {tagged("Pavel Morozov", NerType::kPer), tagged("Institute", NerType::kOrg),
       tagged("Study of War", NerType::kMisc), tagged("Moscow", NerType::kLoc),
       tagged("Emory University", NerType::kOrg), tagged("Oglethorpe University", NerType::kOrg),
       tagged("Inspector Mart Kask", NerType::kMisc), tagged("Valley Gazette", NerType::kOrg)});
  std::vector<std::string> got;
  for (const TypedMention& t : typed) {
    got.push_back(f.text.substr(f.tokens[t.begin].span.start,
                                f.tokens[t.end - 1].span.end - f.tokens[t.begin].span.start) +
                  "/" + std::string(ToString(t.type)));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"Pavel Morozov/PERSON",
                                           "Institute for the Study of War/ORG", "Moscow/GPE",
                                           "Emory University/ORG", "Oglethorpe University/ORG",
                                           "Mart Kask/PERSON", "Valley Gazette/ORG"}));
  // The publication's name keeps its "The" (the mention does not).
  EXPECT_TRUE(typed.back().the_before);
  EXPECT_FALSE(typed[1].the_before);  // "the Institute ...": lower case, not part of the name
}

// A broadcaster word right before a tagged name joins it as an organisation.
TEST(Lang, TypingJoinsABroadcasterWordBeforeTheName) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Fixture f("Speaking to Radio Ostra, the mayor said TV Lumen had left.", g->get());
  auto tagged = [&](std::string_view phrase, NerType type) {
    TypedMention t = f.M(phrase, EntityType::kMisc);
    return NerMention{t.begin, t.end, type};
  };
  std::vector<TypedMention> typed =
      TypeMentions(f.ctx, {tagged("Ostra", NerType::kPer), tagged("Lumen", NerType::kPer)});
  std::vector<std::string> got;
  for (const TypedMention& t : typed) {
    got.push_back(f.text.substr(f.tokens[t.begin].span.start,
                                f.tokens[t.end - 1].span.end - f.tokens[t.begin].span.start) +
                  "/" + std::string(ToString(t.type)));
  }
  EXPECT_EQ(got, (std::vector<std::string>{"Radio Ostra/ORG", "TV Lumen/ORG"}));
}

TEST(Lang, LinkerGivenNameOutweighsOneOrganisationClue) {
  Result<std::unique_ptr<Gazetteer>> g = Gazetteer::Load("");
  ASSERT_TRUE(g.ok()) << g.status().ToString();
  Fixture f("The chair of the judges, broadcaster Fiona Gallacher, praised the books.", g->get());
  auto type_with = [&](const NerWordTable* words) {
    f.ctx.words = words;
    std::vector<Entity> entities;
    std::vector<std::vector<TypedMention>> members;
    LinkEntities(f.ctx, {f.M("Fiona Gallacher", EntityType::kPerson)}, &f.tokens, &entities,
                 &members);
    const Entity* e = FindByMention(entities, f.text, "Fiona Gallacher");
    return e ? e->type : EntityType::kMisc;
  };
  // "broadcaster" before the name is read as an organisation head ("broadcaster X" is usually
  // a station), so without more evidence the name becomes an organisation.
  EXPECT_EQ(type_with(nullptr), EntityType::kOrg);
  // The labelled data knows "Fiona" as a given name: a person.
  std::vector<std::string_view> texts = {f.text};
  NerWordTable words = NerWordTable::Build(texts, {.classes = 2});
  FlatMap index;
  index.Insert(LowerHash("Fiona"), 0);
  NameCounts fiona;
  fiona.total = 12;
  fiona.per_first = 11;
  words.SetNameCounts(index, {fiona});
  EXPECT_EQ(type_with(&words), EntityType::kPerson);
}

// End to end with the shipped model, on an article written for this test.
class AnalyzerEntities : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::unique_ptr<LanguageAnalyzer>> a = LanguageAnalyzer::Load({});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analyzer_ = std::move(*a).release();
  }
  static void TearDownTestSuite() { delete analyzer_; }
  static LanguageAnalyzer* analyzer_;
};
LanguageAnalyzer* AnalyzerEntities::analyzer_ = nullptr;

TEST_F(AnalyzerEntities, FindsTypesAndLinksInAnArticle) {
  Document doc;
  doc.outlet.emplace("The Daily Paper");
  doc.text =
      "Spy Chief Says War Will End Next Year\n\n"
      "Major General Kyrylo Budanov, the head of Ukraine’s military intelligence, told The Daily "
      "Paper that Russian forces were exhausted. Budanov said Moscow had lost 7,000 troops.\n\n"
      "Officers of Russia’s Federal Security Service (FSB) disagreed, according to Reuters. "
      "Kirill Budanov has made such claims before, the FSB said.";
  analyzer_->Analyze(&doc);
  const Entity* budanov = FindByMention(doc.entities, doc.text, "Kyrylo Budanov");
  ASSERT_NE(budanov, nullptr);
  EXPECT_EQ(budanov->type, EntityType::kPerson);
  EXPECT_EQ(FindByMention(doc.entities, doc.text, "Kirill Budanov"), budanov);
  EXPECT_EQ(FindByMention(doc.entities, doc.text, "Budanov"), budanov);
  EXPECT_NE(std::find(budanov->roles.begin(), budanov->roles.end(), "Major General"),
            budanov->roles.end());
  const Entity* fsb = FindByMention(doc.entities, doc.text, "FSB");
  ASSERT_NE(fsb, nullptr);
  EXPECT_EQ(fsb->type, EntityType::kOrg);
  EXPECT_EQ(fsb->name, "Federal Security Service");
  EXPECT_EQ(fsb->mentions.size(), 3u);
  const Entity* paper = FindByMention(doc.entities, doc.text, "Daily Paper");
  ASSERT_NE(paper, nullptr);
  EXPECT_EQ(paper->type, EntityType::kOrg);
  EXPECT_EQ(paper->name, "The Daily Paper");  // the mention leaves "The" out, the name keeps it
  const Entity* reuters = FindByMention(doc.entities, doc.text, "Reuters");
  ASSERT_NE(reuters, nullptr);
  EXPECT_EQ(reuters->type, EntityType::kOrg);
  const Entity* russian = FindByMention(doc.entities, doc.text, "Russian");
  ASSERT_NE(russian, nullptr);
  EXPECT_EQ(russian->type, EntityType::kNorp);
  const Entity* moscow = FindByMention(doc.entities, doc.text, "Moscow");
  ASSERT_NE(moscow, nullptr);
  EXPECT_EQ(moscow->type, EntityType::kGpe);
  for (const Entity& e : doc.entities) {
    EXPECT_TRUE(std::is_sorted(e.mentions.begin(), e.mentions.end()));
  }
}

TEST_F(AnalyzerEntities, RoleEvidenceAndSurnameShapeFixTypes) {
  Document doc;
  doc.text =
      "Gas leak forces evacuation in Velmora\n\n"
      "Hundreds of people left their homes in the town of Velmora on Sunday. The gas utility, "
      "Velmora Gazservis, said the leak had been stopped. Its director, Larysa Omelchenko, said "
      "an inquiry had begun. Talking to Radio Velmora, Petro Hnatiuk - a lawyer for the "
      "residents - said they would sue.";
  analyzer_->Analyze(&doc);
  auto type_of = [&](const std::string& mention) {
    const Entity* e = FindByMention(doc.entities, doc.text, mention);
    EXPECT_NE(e, nullptr) << mention;
    return e ? e->type : EntityType::kMisc;
  };
  EXPECT_EQ(type_of("Velmora Gazservis"), EntityType::kOrg);
  EXPECT_EQ(type_of("Larysa Omelchenko"), EntityType::kPerson);
  const Entity* director = FindByMention(doc.entities, doc.text, "Larysa Omelchenko");
  ASSERT_NE(director, nullptr);
  EXPECT_EQ(director->roles, (std::vector<std::string>{"director"}));  // "Its director, X"
  EXPECT_EQ(type_of("Petro Hnatiuk"), EntityType::kPerson);

  Document one;
  one.text = "Shevchenko accused the ministry of hiding the report.";
  analyzer_->Analyze(&one);
  const Entity* e = FindByMention(one.entities, one.text, "Shevchenko");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);  // surname shape; was ORG by the one-word rule
}

TEST_F(AnalyzerEntities, SurvivesOddInput) {
  for (std::string text : {std::string(""), std::string("\n\n\n"), std::string("((((((("),
                           std::string(5000, 'A'), std::string("A. B. C. D. E."),
                           std::string("\xF0\x9F\x98\x80 \xE2\x80\x9C\xE2\x80\x9D ' \" - --"),
                           std::string("THE FSB (FSB) (FSB) ( ) , , , Mr. Mr. Mr.")}) {
    Document doc;
    doc.text = text;
    TextAnalysis a = analyzer_->Analyze(&doc);
    for (const Entity& e : doc.entities) {
      for (const ByteSpan& s : e.mentions) EXPECT_LE(s.end, doc.text.size());
    }
    for (const Token& t : a.tokens) {
      EXPECT_LT(t.entity, static_cast<int32_t>(doc.entities.size()));
    }
  }
}

TEST_F(AnalyzerEntities, RandomTextKeepsInvariants) {
  // Name-like words, particles, initialisms, titles, punctuation and odd characters in random
  // order: entities must stay well-formed whatever the tagger and the rules make of them.
  const std::vector<std::string> pool = {
      "Putin",     "Budanov",   "Kyrylo",    "Kirill",  "FSB",     "(",        ")",
      "(FSB)",     "the",       "The",       "of",      ",",       ".",        "’s",
      "'s",        "President", "Mr.",       "General", "Federal", "Security", "Service",
      "said",      "Russia",    "Russian",   "US",      "\n",      "\n\n",     "“",
      "”",         "-",         "—",         "Corps",   "de",      "van",      "A.",
      "Reuters",   "Metro",     "Institute", "for",     "War",     "2022",     "\xF0\x9F\x98\x80",
      "\xC2\xA0",  "an",        "expert",    "on",      "head",    "who",      "Zelensky",
      "Zelenskyy", "NATO",      "U.S.",      "Vladimir"};
  std::mt19937 rng(42);
  for (int round = 0; round < 300; ++round) {
    Document doc;
    int n = 1 + static_cast<int>(rng() % 80);
    for (int k = 0; k < n; ++k) {
      if (!doc.text.empty() && rng() % 4) doc.text += ' ';
      doc.text += pool[rng() % pool.size()];
    }
    if (rng() % 3 == 0) doc.outlet.emplace(pool[rng() % pool.size()]);
    TextAnalysis a = analyzer_->Analyze(&doc);
    std::set<std::string> ids;
    std::vector<ByteSpan> all;
    for (size_t k = 0; k < doc.entities.size(); ++k) {
      const Entity& e = doc.entities[k];
      ASSERT_TRUE(ids.insert(e.id).second) << doc.text;
      ASSERT_EQ(e.id, "e" + std::to_string(k + 1));
      ASSERT_FALSE(e.mentions.empty());
      ASSERT_FALSE(e.name.empty());
      ASSERT_TRUE(std::is_sorted(e.mentions.begin(), e.mentions.end()));
      if (k > 0) {
        ASSERT_LT(doc.entities[k - 1].mentions[0].start, e.mentions[0].start);
      }
      for (const ByteSpan& m : e.mentions) {
        ASSERT_LT(m.start, m.end);
        ASSERT_LE(m.end, doc.text.size());
        all.push_back(m);
      }
    }
    std::sort(all.begin(), all.end());
    for (size_t k = 1; k < all.size(); ++k) {
      ASSERT_LE(all[k - 1].end, all[k].start) << "overlapping mentions in: " << doc.text;
    }
    for (const Token& t : a.tokens) {
      if (t.entity < 0) continue;
      ASSERT_LT(t.entity, static_cast<int32_t>(doc.entities.size()));
      bool inside = false;
      for (const ByteSpan& m : doc.entities[t.entity].mentions) inside |= m.Contains(t.span);
      ASSERT_TRUE(inside) << doc.text;
    }
  }
}

}  // namespace
}  // namespace claimtrace::lang
