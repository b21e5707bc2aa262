// Unit tests for entity_resolver.h, including the "never merge different people" cases and a
// check that candidates come from blocking keys, not from all stored entities.
#include "resolve/entity_resolver.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "resolve/test_documents.h"

namespace claimtrace::resolve {
namespace {

using ::testing::Contains;

// Counts catalog reads so tests can check that resolution is blocked, not all-pairs.
class CountingCatalog final : public EntityCatalog {
 public:
  Status Lookup(std::string_view key, std::vector<uint64_t>* ids) override {
    return inner_.Lookup(key, ids);
  }
  Status Get(uint64_t id, GlobalEntity* out) override {
    ++gets;
    if (fail) return IoError("disk on fire");
    return inner_.Get(id, out);
  }
  Status Put(GlobalEntity* e) override { return inner_.Put(e); }
  Status AddKey(std::string_view key, uint64_t id) override { return inner_.AddKey(key, id); }
  Result<uint64_t> DocumentCount() override { return inner_.DocumentCount(); }
  Status AddDocuments(uint64_t n) override { return inner_.AddDocuments(n); }

  InMemoryEntityCatalog inner_;
  size_t gets = 0;
  bool fail = false;
};

class EntityResolverTest : public ::testing::Test {
 protected:
  void SetUp() override {
    auto r = EntityResolver::Create(&catalog_);
    ASSERT_TRUE(r.ok()) << r.status().ToString();
    resolver_ = std::move(r).value();
  }

  // Resolves `doc` and returns the global id of its entity `index`.
  std::vector<uint64_t> Resolve(const DocBuilder& b) {
    Result<Document> doc = b.Build();
    EXPECT_TRUE(doc.ok()) << doc.status().ToString();
    if (!doc.ok()) return {};
    Result<EntityResolution> r = resolver_->Resolve(*doc);
    EXPECT_TRUE(r.ok()) << r.status().ToString();
    if (!r.ok()) return {};
    return r->global_ids;
  }

  const GlobalEntity& Global(uint64_t id) { return catalog_.entities().at(id); }

  InMemoryEntityCatalog catalog_;
  std::unique_ptr<EntityResolver> resolver_;
};

TEST_F(EntityResolverTest, BudanovSpellingsAcrossArticlesAreOneEntity) {
  auto a =
      Resolve(DocBuilder("d1",
                         "Kirill Budanov, the head of Ukraine's military intelligence, "
                         "spoke. Budanov said Kyiv would win. Zelensky agreed.")
                  .AddEntity("Kirill Budanov", EntityType::kPerson, {"Kirill Budanov", "Budanov"},
                             {"head of Ukraine's military intelligence"})
                  .AddEntity("Ukraine", EntityType::kGpe)
                  .AddEntity("Zelensky", EntityType::kPerson));
  auto b = Resolve(DocBuilder("d2", "Kyrylo Budanov told Ukrainska Pravda the war would end.")
                       .AddEntity("Kyrylo Budanov", EntityType::kPerson)
                       .AddEntity("Ukrainska Pravda", EntityType::kOrg));
  auto c = Resolve(DocBuilder("d3", "Кирило Буданов заявив, що війна закінчиться.")
                       .Language("uk")
                       .AddEntity("Кирило Буданов", EntityType::kPerson));
  auto d = Resolve(DocBuilder("d4", "Кирилл Буданов сказал, что война закончится.")
                       .Language("ru")
                       .AddEntity("Кирилл Буданов", EntityType::kPerson));
  // A lone surname in another article, with supporting evidence (a shared role word and a
  // co-occurring entity).
  auto e = Resolve(
      DocBuilder("d5", "Ukraine's intelligence chief Budanov said Zelensky was right.")
          .AddEntity("Budanov", EntityType::kPerson, {"Budanov"}, {"Ukraine's intelligence chief"})
          .AddEntity("Ukraine", EntityType::kGpe)
          .AddEntity("Zelensky", EntityType::kPerson));
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(b[0], a[0]);
  EXPECT_EQ(c[0], a[0]);
  EXPECT_EQ(d[0], a[0]);
  EXPECT_EQ(e[0], a[0]);
  EXPECT_EQ(e[1], a[1]);
  EXPECT_EQ(e[2], a[2]);
  const GlobalEntity& g = Global(a[0]);
  EXPECT_EQ(g.name, "Kirill Budanov");
  EXPECT_EQ(g.documents, 5u);
  EXPECT_THAT(g.aliases, Contains(std::pair<const std::string, uint32_t>("Кирило Буданов", 1)));
  EXPECT_EQ(g.type, EntityType::kPerson);
}

TEST_F(EntityResolverTest, NamesWithAndWithoutDiacriticsAreOneEntity) {
  // Balkan and Central European names lose their marks in most English copy: "Kovačević" is
  // "Kovacevic" there (and sometimes "Kovachevich"); all are one person, in either order.
  auto a = Resolve(DocBuilder("d1", "Dragan Kovačević, the port director, spoke.")
                       .AddEntity("Dragan Kovačević", EntityType::kPerson));
  auto b = Resolve(DocBuilder("d2", "Dragan Kovacevic told the station.")
                       .AddEntity("Dragan Kovacevic", EntityType::kPerson));
  auto c = Resolve(DocBuilder("d3", "Dragan Kovachevich denied it.")
                       .AddEntity("Dragan Kovachevich", EntityType::kPerson));
  auto d = Resolve(
      DocBuilder("d4", "Tomas Reiner said so.").AddEntity("Tomas Reiner", EntityType::kPerson));
  auto e = Resolve(
      DocBuilder("d5", "Tomáš Reiner said so.").AddEntity("Tomáš Reiner", EntityType::kPerson));
  auto f = Resolve(
      DocBuilder("d6", "Milan Kovač said so.").AddEntity("Milan Kovač", EntityType::kPerson));
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(b[0], a[0]);
  EXPECT_EQ(c[0], a[0]);
  EXPECT_EQ(e[0], d[0]);
  EXPECT_NE(f[0], a[0]);  // another given name and surname: never merged
  EXPECT_EQ(Global(a[0]).documents, 3u);
}

TEST_F(EntityResolverTest, DisplayNameIsNotADatelineInCapitals) {
  // The demo showed "g21 GPE KYIV": the dateline spelling, seen first, won the tie.
  auto a = Resolve(
      DocBuilder("d1", "KYIV (Wire) - The city slept.").AddEntity("KYIV", EntityType::kGpe));
  auto b = Resolve(DocBuilder("d2", "Kyiv woke up.").AddEntity("Kyiv", EntityType::kGpe));
  ASSERT_EQ(a.size(), 1u);
  EXPECT_EQ(b[0], a[0]);
  EXPECT_EQ(Global(a[0]).name, "Kyiv");
  // More documents still win over case.
  auto c = Resolve(DocBuilder("d3", "NATO met.").AddEntity("NATO", EntityType::kOrg));
  auto d = Resolve(DocBuilder("d4", "NATO met again.").AddEntity("NATO", EntityType::kOrg));
  auto e = Resolve(DocBuilder("d5", "Nato met.").AddEntity("Nato", EntityType::kOrg));
  EXPECT_EQ(e[0], c[0]);
  EXPECT_EQ(d[0], c[0]);
  EXPECT_EQ(Global(c[0]).name, "NATO");
}

TEST_F(EntityResolverTest, NeverMergesPeopleWhoOnlyShareAFirstName) {
  auto a = Resolve(
      DocBuilder("d1", "Vladimir Putin spoke.").AddEntity("Vladimir Putin", EntityType::kPerson));
  auto b = Resolve(DocBuilder("d2", "Vladimir Osechkin spoke. Vladimir Putin did not.")
                       .AddEntity("Vladimir Osechkin", EntityType::kPerson)
                       .AddEntity("Vladimir Putin", EntityType::kPerson));
  EXPECT_NE(b[0], a[0]);
  EXPECT_EQ(b[1], a[0]);
}

TEST_F(EntityResolverTest, NeverMergesPeopleWhoOnlyShareASurname) {
  auto a = Resolve(DocBuilder("d1", "Boris Johnson, the prime minister, spoke in London.")
                       .AddEntity("Boris Johnson", EntityType::kPerson, {}, {"prime minister"})
                       .AddEntity("London", EntityType::kGpe));
  auto b = Resolve(DocBuilder("d2", "Andrew Johnson, the prime minister, spoke in London.")
                       .AddEntity("Andrew Johnson", EntityType::kPerson, {}, {"prime minister"})
                       .AddEntity("London", EntityType::kGpe));
  EXPECT_NE(a[0], b[0]);  // even with the same role and the same place
  EXPECT_EQ(a[1], b[1]);
  auto c = Resolve(DocBuilder("d3", "Kirill Budanov and Sergei Budanov are not related.")
                       .AddEntity("Kirill Budanov", EntityType::kPerson)
                       .AddEntity("Sergei Budanov", EntityType::kPerson));
  auto d = Resolve(DocBuilder("d4", "Sergey Budanov scored twice.")
                       .AddEntity("Sergey Budanov", EntityType::kPerson));
  EXPECT_NE(c[0], c[1]);
  EXPECT_EQ(d[0], c[1]);
  auto e = Resolve(DocBuilder("d5", "Aleksandra Budanova and Aleksandr Budanov")
                       .AddEntity("Aleksandra Budanova", EntityType::kPerson)
                       .AddEntity("Aleksandr Budanov", EntityType::kPerson));
  EXPECT_NE(e[0], e[1]);
  EXPECT_NE(e[1], c[0]);
}

TEST_F(EntityResolverTest, LoneSurnameWithoutEvidenceStaysApart) {
  auto a = Resolve(
      DocBuilder("d1", "Kirill Budanov spoke.").AddEntity("Kirill Budanov", EntityType::kPerson));
  auto b = Resolve(
      DocBuilder("d2", "Budanov scored in the derby.").AddEntity("Budanov", EntityType::kPerson));
  EXPECT_NE(a[0], b[0]);
}

TEST_F(EntityResolverTest, AmbiguousLoneSurnameStaysApart) {
  auto a = Resolve(DocBuilder("d1", "Boris Johnson visited Kyiv.")
                       .AddEntity("Boris Johnson", EntityType::kPerson)
                       .AddEntity("Kyiv", EntityType::kGpe));
  auto b = Resolve(DocBuilder("d2", "Andrew Johnson visited Kyiv.")
                       .AddEntity("Andrew Johnson", EntityType::kPerson)
                       .AddEntity("Kyiv", EntityType::kGpe));
  auto c = Resolve(DocBuilder("d3", "Johnson visited Kyiv again.")
                       .AddEntity("Johnson", EntityType::kPerson)
                       .AddEntity("Kyiv", EntityType::kGpe));
  EXPECT_NE(c[0], a[0]);
  EXPECT_NE(c[0], b[0]);
}

TEST_F(EntityResolverTest, LoneSurnameFollowsDominantFullNameInTheSameArticle) {
  auto a = Resolve(DocBuilder("d1", "Christo Grozev spoke. Later Grozev added more. Grozev left.")
                       .AddEntity("Christo Grozev", EntityType::kPerson, {"Christo Grozev"})
                       .AddEntity("Grozev", EntityType::kPerson, {"Grozev"}));
  EXPECT_EQ(a[0], a[1]);
  EXPECT_EQ(Global(a[0]).documents, 1u);
}

TEST_F(EntityResolverTest, FullNameJoinsSurnameOnlyEntityOnlyWithEvidence) {
  auto a = Resolve(DocBuilder("d1", "Grozev of Bellingcat said the war is lost.")
                       .AddEntity("Grozev", EntityType::kPerson, {}, {"Bellingcat investigator"})
                       .AddEntity("Bellingcat", EntityType::kOrg));
  auto b = Resolve(DocBuilder("d2", "Christo Grozev of Bellingcat spoke to Radio Liberty.")
                       .AddEntity("Christo Grozev", EntityType::kPerson)
                       .AddEntity("Bellingcat", EntityType::kOrg)
                       .AddEntity("Radio Liberty", EntityType::kOrg));
  auto c = Resolve(DocBuilder("d3", "Ivan Grozev won the chess open.")
                       .AddEntity("Ivan Grozev", EntityType::kPerson));
  EXPECT_EQ(b[0], a[0]);
  EXPECT_EQ(b[1], a[1]);
  EXPECT_NE(c[0], a[0]);  // no evidence, and a different given name from now on
}

TEST_F(EntityResolverTest, OrganisationsMeetByAliasAndInitialism) {
  auto a = Resolve(DocBuilder("d1", "Russia's Federal Security Service (FSB) said. The FSB denied.")
                       .AddEntity("Federal Security Service", EntityType::kOrg,
                                  {"Federal Security Service", "FSB"})
                       .AddEntity("Russia", EntityType::kGpe));
  auto b = Resolve(DocBuilder("d2", "FSB officers are unhappy, the Kremlin said.")
                       .AddEntity("FSB", EntityType::kOrg)
                       .AddEntity("the Kremlin", EntityType::kOrg));
  auto c = Resolve(DocBuilder("d3", "The Kremlin denied it. Russia and Putin too.")
                       .AddEntity("Kremlin", EntityType::kOrg, {"Kremlin"})
                       .AddEntity("Russia", EntityType::kGpe)
                       .AddEntity("Putin", EntityType::kPerson));
  auto d = Resolve(DocBuilder("d4", "The North Atlantic Treaty Organization met.")
                       .AddEntity("North Atlantic Treaty Organization", EntityType::kOrg));
  auto e = Resolve(DocBuilder("d5", "NATO said so.").AddEntity("NATO", EntityType::kOrg));
  auto f = Resolve(DocBuilder("d6", "The Financial Stability Board (FSB) warned.")
                       .AddEntity("Financial Stability Board", EntityType::kOrg,
                                  {"Financial Stability Board", "FSB"}));
  EXPECT_EQ(b[0], a[0]);
  EXPECT_EQ(c[0], b[1]);  // the Kremlin stays itself...
  EXPECT_NE(c[0], c[1]);  // ...not Russia
  EXPECT_NE(c[0], c[2]);  // ...not Putin
  EXPECT_EQ(c[1], a[1]);
  EXPECT_EQ(e[0], d[0]);
  EXPECT_NE(f[0], a[0]);  // same initialism, different expansion
}

TEST_F(EntityResolverTest, TypesMustAgree) {
  auto a = Resolve(DocBuilder("d1", "Washington said he would go.")
                       .AddEntity("Washington", EntityType::kPerson));
  auto b = Resolve(
      DocBuilder("d2", "Officials in Washington said.").AddEntity("Washington", EntityType::kGpe));
  auto c = Resolve(DocBuilder("d3", "Russian officials said Russia would respond.")
                       .AddEntity("Russian", EntityType::kNorp)
                       .AddEntity("Russia", EntityType::kGpe));
  EXPECT_NE(a[0], b[0]);
  EXPECT_NE(c[0], c[1]);
}

TEST_F(EntityResolverTest, CyrillicObliqueCaseMeetsNominative) {
  auto a = Resolve(
      DocBuilder("d1", "Kirill Budanov spoke.").AddEntity("Kirill Budanov", EntityType::kPerson));
  auto b = Resolve(DocBuilder("d2", "Слова Кирилла Буданова подтвердили.")
                       .Language("ru")
                       .AddEntity("Кирилла Буданова", EntityType::kPerson));
  EXPECT_EQ(b[0], a[0]);
}

TEST_F(EntityResolverTest, CandidatesComeFromBlockingKeysNotAllPairs) {
  CountingCatalog counting;
  auto r = EntityResolver::Create(&counting);
  ASSERT_TRUE(r.ok());
  auto& resolver = *r.value();
  const char* given[] = {"Anna", "Boris", "Carl", "Dmitry", "Elena", "Fedor", "Galina", "Igor"};
  int n = 0;
  for (const char* g : given) {
    for (int s = 0; s < 25; ++s) {
      const std::string name = std::string(g) + " Surname" + std::string(1, 'a' + s % 26) +
                               std::string(1, 'a' + (s * 7) % 26) + "ov";
      Document doc = DocBuilder("x" + std::to_string(n++), name + " spoke.")
                         .AddEntity(name, EntityType::kPerson)
                         .Build()
                         .value();
      ASSERT_TRUE(resolver.Resolve(doc).ok());
    }
  }
  counting.gets = 0;
  Document doc = DocBuilder("last", "Kirill Budanov spoke.")
                     .AddEntity("Kirill Budanov", EntityType::kPerson)
                     .Build()
                     .value();
  ASSERT_TRUE(resolver.Resolve(doc).ok());
  EXPECT_LE(counting.gets, 3u);  // the new entity itself, not the 200 others
}

TEST_F(EntityResolverTest, CatalogErrorsArePropagated) {
  CountingCatalog failing;
  auto r = EntityResolver::Create(&failing);
  ASSERT_TRUE(r.ok());
  Document doc = DocBuilder("d1", "Kirill Budanov spoke.")
                     .AddEntity("Kirill Budanov", EntityType::kPerson)
                     .Build()
                     .value();
  ASSERT_TRUE(r.value()->Resolve(doc).ok());
  failing.fail = true;
  Result<EntityResolution> again = r.value()->Resolve(doc);
  ASSERT_FALSE(again.ok());
  EXPECT_EQ(again.status().code(), StatusCode::kIoError);
}

TEST_F(EntityResolverTest, EntitiesWithoutUsableNamesGetNoGlobalId) {
  auto a = Resolve(DocBuilder("d1", "... spoke, then Putin spoke.")
                       .AddEntity("...", EntityType::kPerson, {"..."})
                       .AddEntity("Putin", EntityType::kPerson));
  ASSERT_EQ(a.size(), 2u);
  EXPECT_EQ(a[0], 0u);
  EXPECT_NE(a[1], 0u);
}

}  // namespace
}  // namespace claimtrace::resolve
