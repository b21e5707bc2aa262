#include "lang/cyrillic.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "claimtrace/lang.h"
#include "lang/cyrillic_names.h"
#include "lang/name_key.h"

namespace claimtrace {
namespace {

TEST(Lang, DetectsLanguageFromScript) {
  EXPECT_EQ(lang::DetectLanguageFromScript("Глава военной разведки заявил, что это ложь."), "ru");
  EXPECT_EQ(lang::DetectLanguageFromScript("Начальник розвідки заявив, що Росія готує наступ."),
            "uk");
  EXPECT_EQ(lang::DetectLanguageFromScript("Ён сказаў, што ўсё добра і ціха."), "be");
  EXPECT_EQ(lang::DetectLanguageFromScript("Президент је рекао да ће сутра доћи у Београд."), "sr");
  // Mostly Latin text with one Cyrillic name, too little text, no letters at all.
  EXPECT_EQ(lang::DetectLanguageFromScript("The head of intelligence, Кирило Буданов, said so."),
            "");
  EXPECT_EQ(lang::DetectLanguageFromScript("Да"), "");
  EXPECT_EQ(lang::DetectLanguageFromScript("12 345 — !"), "");
  EXPECT_EQ(lang::DetectLanguageFromScript(""), "");
}

TEST(Lang, CyrillicCaseFormsShareAStem) {
  EXPECT_TRUE(lang::SameCyrillicWord("Буданов", "Буданова"));
  EXPECT_TRUE(lang::SameCyrillicWord("Буданов", "Будановым"));
  EXPECT_TRUE(lang::SameCyrillicWord("Зеленский", "Зеленского"));
  EXPECT_TRUE(lang::SameCyrillicWord("Украина", "Украины"));
  EXPECT_TRUE(lang::SameCyrillicWord("Россия", "Россией"));
  EXPECT_TRUE(lang::SameCyrillicWord("Максим", "Максимом"));
  EXPECT_TRUE(lang::SameCyrillicWord("Алексей", "Алексея"));
  EXPECT_TRUE(lang::SameCyrillicWord("Игорь", "Игоря"));
  EXPECT_FALSE(lang::SameCyrillicWord("Путин", "Путятин"));
  EXPECT_FALSE(lang::SameCyrillicWord("Иванов", "Иванченко"));
  EXPECT_FALSE(lang::SameCyrillicWord("Ян", "Яна"));  // too short to de-inflect
}

TEST(Lang, TransliteratesCyrillicForNameKeys) {
  EXPECT_EQ(lang::TransliterateCyrillic("Кирило Буданов"), "Kirilo Budanov");
  EXPECT_EQ(lang::TransliterateCyrillic("Щербаков, Київ"), "Shcherbakov, Kiyiv");
  EXPECT_EQ(lang::Fold("Буданов"), "budanov");
  EXPECT_TRUE(lang::SameSurname("Буданова", "Буданов"));
  EXPECT_TRUE(lang::SameSurname("Буданов", "Budanov"));
  EXPECT_TRUE(lang::SameFirstName("Кирилла", "Кирилл"));
  EXPECT_FALSE(lang::SameSurname("Петров", "Песков"));
}

TEST(Lang, CyrillicLexiconRejectsBadLines) {
  lang::CyrillicLexicon lex;
  EXPECT_TRUE(lex.AddTsv("# comment\nМосква\tgpe\n\nсовет\torg_head\n", "test.tsv").ok());
  EXPECT_EQ(lex.Find("Москвой"), lang::CyrillicKind::kGpe);
  EXPECT_EQ(lex.Find("Совета"), lang::CyrillicKind::kOrgHead);
  EXPECT_EQ(lex.Find("Минск"), lang::CyrillicKind::kNone);
  Status bad = lex.AddTsv("Киев\tcity\n", "test.tsv");
  ASSERT_FALSE(bad.ok());
  EXPECT_NE(bad.ToString().find("test.tsv"), std::string::npos);
  EXPECT_NE(bad.ToString().find("city"), std::string::npos);
  EXPECT_FALSE(lex.AddTsv("\tgpe\n", "test.tsv").ok());
}

class CyrillicAnalyzerTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Result<std::unique_ptr<LanguageAnalyzer>> a = LanguageAnalyzer::Load({});
    ASSERT_TRUE(a.ok()) << a.status().ToString();
    analyzer_ = std::move(*a).release();
  }
  static void TearDownTestSuite() {
    delete analyzer_;
    analyzer_ = nullptr;
  }

  // The entity with a mention covering exactly `surface`, or nullptr.
  static const Entity* Find(const Document& doc, std::string_view surface) {
    for (const Entity& e : doc.entities) {
      for (const ByteSpan& m : e.mentions) {
        if (doc.Slice(m) == surface) return &e;
      }
    }
    return nullptr;
  }
  static bool HasMention(const Document& doc, std::string_view surface) {
    return Find(doc, surface) != nullptr;
  }

  static LanguageAnalyzer* analyzer_;
};
LanguageAnalyzer* CyrillicAnalyzerTest::analyzer_ = nullptr;

TEST_F(CyrillicAnalyzerTest, RussianNamesBecomeLinkedEntities) {
  Document doc;
  doc.text =
      "Глава военной разведки Украины Кирилл Буданов заявил в среду, что ФСБ готовит новые "
      "операции. По словам Буданова, Министерство обороны России скрывает потери. В Москве это "
      "заявление не комментировали. Дмитрий Песков назвал слова Буданова провокацией. Песков "
      "добавил, что Кремль не видит угрозы.\n\nВчера газета «Коммерсант» сообщила о встрече с "
      "Владимиром Путиным.";
  analyzer_->Analyze(&doc);
  EXPECT_EQ(doc.language, "ru");

  const Entity* budanov = Find(doc, "Кирилл Буданов");
  ASSERT_NE(budanov, nullptr);
  EXPECT_EQ(budanov->type, EntityType::kPerson);
  EXPECT_EQ(budanov->name, "Кирилл Буданов");
  EXPECT_EQ(budanov->mentions.size(), 3u);  // + "Буданова" twice
  EXPECT_EQ(Find(doc, "Буданова"), budanov);

  const Entity* peskov = Find(doc, "Дмитрий Песков");
  ASSERT_NE(peskov, nullptr);
  EXPECT_EQ(peskov->type, EntityType::kPerson);
  EXPECT_EQ(Find(doc, "Песков"), peskov);
  EXPECT_NE(peskov, budanov);

  ASSERT_NE(Find(doc, "Украины"), nullptr);
  EXPECT_EQ(Find(doc, "Украины")->type, EntityType::kGpe);
  ASSERT_NE(Find(doc, "Москве"), nullptr);
  EXPECT_EQ(Find(doc, "Москве")->type, EntityType::kGpe);
  ASSERT_NE(Find(doc, "ФСБ"), nullptr);
  EXPECT_EQ(Find(doc, "ФСБ")->type, EntityType::kOrg);
  ASSERT_NE(Find(doc, "Министерство обороны России"), nullptr);
  EXPECT_EQ(Find(doc, "Министерство обороны России")->type, EntityType::kOrg);
  ASSERT_NE(Find(doc, "Кремль"), nullptr);
  EXPECT_EQ(Find(doc, "Кремль")->type, EntityType::kOrg);
  ASSERT_NE(Find(doc, "Коммерсант"), nullptr);
  EXPECT_EQ(Find(doc, "Коммерсант")->type, EntityType::kOrg);
  ASSERT_NE(Find(doc, "Владимиром Путиным"), nullptr);
  EXPECT_EQ(Find(doc, "Владимиром Путиным")->type, EntityType::kPerson);

  // Capitalised sentence openers are not names.
  for (std::string_view w : {"Глава", "По", "В", "Вчера"}) {
    EXPECT_FALSE(HasMention(doc, w)) << w;
  }
  // Every mention lies on token boundaries inside the text.
  for (const Entity& e : doc.entities) {
    for (const ByteSpan& m : e.mentions) EXPECT_LE(m.end, doc.text.size());
  }
}

TEST_F(CyrillicAnalyzerTest, UkrainianNamesAndOrganisations) {
  Document doc;
  doc.text =
      "Начальник Головного управління розвідки Кирило Буданов заявив, що Росія готує наступ. "
      "Буданов наголосив, що Збройні сили України готові. У Києві відбулася зустріч з "
      "Володимиром Зеленським.";
  analyzer_->Analyze(&doc);
  EXPECT_EQ(doc.language, "uk");
  const Entity* budanov = Find(doc, "Кирило Буданов");
  ASSERT_NE(budanov, nullptr);
  EXPECT_EQ(budanov->type, EntityType::kPerson);
  EXPECT_EQ(Find(doc, "Буданов"), budanov);
  ASSERT_NE(Find(doc, "Головного управління розвідки"), nullptr);
  EXPECT_EQ(Find(doc, "Головного управління розвідки")->type, EntityType::kOrg);
  ASSERT_NE(Find(doc, "Збройні сили України"), nullptr);
  EXPECT_EQ(Find(doc, "Збройні сили України")->type, EntityType::kOrg);
  ASSERT_NE(Find(doc, "Росія"), nullptr);
  EXPECT_EQ(Find(doc, "Росія")->type, EntityType::kGpe);
  ASSERT_NE(Find(doc, "Києві"), nullptr);
  EXPECT_EQ(Find(doc, "Києві")->type, EntityType::kGpe);
  ASSERT_NE(Find(doc, "Володимиром Зеленським"), nullptr);
  EXPECT_EQ(Find(doc, "Володимиром Зеленським")->type, EntityType::kPerson);
  EXPECT_FALSE(HasMention(doc, "Начальник"));
  EXPECT_FALSE(HasMention(doc, "У"));
}

TEST_F(CyrillicAnalyzerTest, NamePrefersTheNominativeForm) {
  Document doc;
  doc.text =
      "Журналисты встретились с Иваном Петровым в понедельник. Иван Петров рассказал о работе.";
  analyzer_->Analyze(&doc);
  const Entity* e = Find(doc, "Иван Петров");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->name, "Иван Петров");
  EXPECT_EQ(Find(doc, "Иваном Петровым"), e);
}

TEST_F(CyrillicAnalyzerTest, LanguageGivenByTheInputIsKept) {
  Document doc;
  doc.language = "bg";
  doc.text = "Президентът Румен Радев каза, че България ще подкрепи решението.";
  analyzer_->Analyze(&doc);
  EXPECT_EQ(doc.language, "bg");

  Document english;
  english.text = "Kyrylo Budanov (Кирило Буданов) said on Wednesday that the report was false.";
  analyzer_->Analyze(&english);
  EXPECT_EQ(english.language, "en");
  // The Cyrillic name in an English article is still an entity, linked with its Latin form.
  const Entity* e = Find(english, "Кирило Буданов");
  ASSERT_NE(e, nullptr);
  EXPECT_EQ(e->type, EntityType::kPerson);
  EXPECT_EQ(Find(english, "Kyrylo Budanov"), e);
}

TEST_F(CyrillicAnalyzerTest, OddCyrillicInputDoesNotCrash) {
  for (std::string text :
       {std::string("В"), std::string("«»"), std::string("А. Б. В."), std::string("ФСБ ФСБ ФСБ"),
        std::string("Министерство"), std::string("«Новая"), std::string("газета «Новая газета"),
        std::string("\xD0"), std::string("Иван-\nПетров")}) {
    Document doc;
    doc.text = text;
    analyzer_->Analyze(&doc);
    for (const Entity& e : doc.entities) {
      for (const ByteSpan& m : e.mentions) {
        EXPECT_LE(m.start, m.end);
        EXPECT_LE(m.end, doc.text.size());
      }
    }
  }
}

}  // namespace
}  // namespace claimtrace
