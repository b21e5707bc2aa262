// Tests for the read queries (store_queries.h) on a store filled with test documents.
#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>

#include "claimtrace/store_queries.h"
#include "store/sqlite.h"
#include "store/test_documents.h"

namespace claimtrace {
namespace {

using store::MakeAnnotatedDocument;

ByteSpan Find(const std::string& text, std::string_view needle) {
  size_t at = text.find(needle);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

// Somebody else talking about Ilona Kravets.
Document MakeAboutDocument() {
  Document doc;
  doc.text = "Officials said Kravets had resigned from the council.";
  doc.id = DocumentId(doc.text);
  doc.source = "test/about.txt";
  doc.outlet = "Valley Post";
  doc.title = "Mayor resigns";
  doc.published = "2024-04-01";
  doc.entities.push_back({.id = "e1",
                          .name = "Ilona Kravets",
                          .type = EntityType::kPerson,
                          .mentions = {Find(doc.text, "Kravets")}});
  Statement st;
  st.type = StatementType::kIndirect;
  st.content = Find(doc.text, "Kravets had resigned from the council");
  st.cue = Find(doc.text, "said");
  st.speaker = {.span = Find(doc.text, "Officials"), .kind = SpeakerKind::kAnonymousOfficial};
  doc.statements.push_back(st);
  return doc;
}

class QueriesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ct_queries_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
    auto s = Store::Open((dir_ / "claimtrace.db").string());
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    store_ = std::move(s).value();
    BatchWriter w(store_.get());
    for (int i = 0; i < 5; ++i) ASSERT_TRUE(w.Add(MakeAnnotatedDocument(i)).ok());
    ASSERT_TRUE(w.Add(MakeAboutDocument()).ok());
    ASSERT_TRUE(w.Flush().ok());
  }
  void TearDown() override {
    store_.reset();
    std::filesystem::remove_all(dir_);
  }
  std::filesystem::path dir_;
  std::unique_ptr<Store> store_;
};

TEST(Queries, WordsModeQuotesEveryWordAndDropsOperators) {
  EXPECT_EQ(WordsToFtsQuery("chlorine leak"), "\"chlorine\" \"leak\"");
  EXPECT_EQ(WordsToFtsQuery("\"a\" OR (b* NEAR c') -- ;DROP"),
            "\"a\" \"OR\" \"b\" \"NEAR\" \"c\" \"DROP\"");
  EXPECT_EQ(WordsToFtsQuery(" *(): "), "");
  EXPECT_EQ(WordsToFtsQuery("Ремонт"), "\"Ремонт\"");
}

TEST_F(QueriesTest, ListsDocumentsInIngestOrderWithFiltersAndPages) {
  auto page = ListDocuments(*store_, {}, {.limit = 2, .offset = 1});
  ASSERT_TRUE(page.ok()) << page.status().ToString();
  EXPECT_EQ(page->total, 6u);
  ASSERT_EQ(page->items.size(), 2u);
  EXPECT_EQ(page->items[0].seq + 1, page->items[1].seq);
  EXPECT_EQ(page->items[0].statements, 1u);
  EXPECT_EQ(page->items[0].entities, 2u);
  EXPECT_EQ(page->items[0].figures, 1u);

  auto valley = ListDocuments(*store_, {.outlet = "Valley Post"}, {});
  ASSERT_TRUE(valley.ok());
  ASSERT_EQ(valley->total, 1u);
  EXPECT_EQ(valley->items[0].title, "Mayor resigns");

  auto dated =
      ListDocuments(*store_, {.published_from = "2024-03-02", .published_to = "2024-03-03"}, {});
  ASSERT_TRUE(dated.ok());
  EXPECT_EQ(dated->total, 2u);

  auto clamped = ListDocuments(*store_, {}, {.limit = 1000000, .offset = -5});
  ASSERT_TRUE(clamped.ok());
  EXPECT_EQ(clamped->limit, kMaxPageSize);
  EXPECT_EQ(clamped->offset, 0);
}

TEST_F(QueriesTest, SearchFindsWordsRanksAndMarksSnippets) {
  auto hits = SearchDocuments(*store_, "resigned council", SearchSyntax::kWords, {});
  ASSERT_TRUE(hits.ok()) << hits.status().ToString();
  ASSERT_EQ(hits->total, 1u);
  EXPECT_EQ(hits->items[0].document.title, "Mayor resigns");
  bool marked = false;
  for (const SnippetPart& p : hits->items[0].snippet) {
    if (p.match) marked = marked || p.text == "resigned" || p.text == "council";
  }
  EXPECT_TRUE(marked);

  auto all = SearchDocuments(*store_, "households", SearchSyntax::kWords, {.limit = 3});
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(all->total, 5u);
  EXPECT_EQ(all->items.size(), 3u);

  // Operators typed as text are plain words in words mode.
  auto junk = SearchDocuments(*store_, "power\" OR (", SearchSyntax::kWords, {});
  ASSERT_TRUE(junk.ok()) << junk.status().ToString();
  EXPECT_EQ(junk->total, 0u);  // "OR" is a required word no document has
}

TEST_F(QueriesTest, Fts5SyntaxErrorsAreInvalidArgument) {
  for (std::string_view q : {"\"unterminated", "power AND", "(", "nosuchcol:word", "NEAR("}) {
    auto r = SearchDocuments(*store_, q, SearchSyntax::kFts5, {});
    ASSERT_FALSE(r.ok()) << q;
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << q << " " << r.status().ToString();
  }
  auto ok = SearchDocuments(*store_, "power OR resigned", SearchSyntax::kFts5, {});
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->total, 6u);
  auto empty = SearchDocuments(*store_, "  ", SearchSyntax::kWords, {});
  EXPECT_EQ(empty.status().code(), StatusCode::kInvalidArgument);
}

TEST_F(QueriesTest, ListsStatementsBySpeakerQueryAndDocument) {
  auto by = ListStatements(*store_, {.speaker = "Ilona Kravets"}, {});
  ASSERT_TRUE(by.ok()) << by.status().ToString();
  EXPECT_EQ(by->total, 5u);
  ASSERT_FALSE(by->items.empty());
  EXPECT_EQ(by->items[0].via, std::vector<std::string>{"told the Harbour Gazette"});
  EXPECT_EQ(by->items[0].speaker_entity, "e1");

  auto said = ListStatements(*store_, {.query = "resigned"}, {});
  ASSERT_TRUE(said.ok());
  ASSERT_EQ(said->total, 1u);
  EXPECT_EQ(said->items[0].speaker_text, "Officials");
  EXPECT_EQ(said->items[0].speaker_kind, "anonymous_official");

  auto in_doc = ListStatements(*store_, {.document_id = MakeAboutDocument().id}, {});
  ASSERT_TRUE(in_doc.ok());
  EXPECT_EQ(in_doc->total, 1u);

  auto bad = ListStatements(*store_, {.query = "a AND", .syntax = SearchSyntax::kFts5}, {});
  EXPECT_EQ(bad.status().code(), StatusCode::kInvalidArgument);
}

TEST_F(QueriesTest, EntityHasAliasesRolesStatementsByAndAboutAndTimeline) {
  auto list = ListEntities(*store_, {.name_contains = "kRAV"}, {});
  ASSERT_TRUE(list.ok()) << list.status().ToString();
  ASSERT_EQ(list->total, 1u);
  EXPECT_EQ(list->items[0].documents, 6u);
  EXPECT_EQ(list->items[0].statements, 5u);

  auto orgs = ListEntities(*store_, {.type = "ORG"}, {});
  ASSERT_TRUE(orgs.ok());
  ASSERT_EQ(orgs->total, 1u);
  EXPECT_EQ(orgs->items[0].name, "Harbour Gazette");

  auto e = GetEntity(*store_, "Ilona Kravets", std::nullopt, 50);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  ASSERT_TRUE(e->has_value());
  const EntityDetail& d = **e;
  EXPECT_EQ(d.summary.type, "PERSON");
  ASSERT_FALSE(d.aliases.empty());
  EXPECT_EQ(d.aliases[0].name, "Kravets");  // 6 short mentions beat 5 full ones
  EXPECT_EQ(d.aliases[0].count, 6u);
  ASSERT_EQ(d.roles.size(), 1u);
  EXPECT_EQ(d.roles[0].name, "Mayor");
  EXPECT_EQ(d.documents.size(), 6u);
  EXPECT_EQ(d.statements_by.total, 5u);
  ASSERT_EQ(d.statements_about.total, 1u);
  EXPECT_EQ(d.statements_about.items[0].content, "Kravets had resigned from the council");
  ASSERT_FALSE(d.timeline.empty());
  EXPECT_EQ(d.timeline.back().date, "2024-04-01");
  EXPECT_EQ(d.timeline.back().statements_about, 1u);

  auto none = GetEntity(*store_, "Nobody'; DROP TABLE entities;--", std::nullopt, 10);
  ASSERT_TRUE(none.ok());
  EXPECT_FALSE(none->has_value());
}

// The entity_names summary (kept by triggers) against the GROUP BY it replaces, after inserts
// that repeat a name inside one document and after a document is deleted.
TEST_F(QueriesTest, EntityNameSummaryMatchesTheEntityRows) {
  Document twice = MakeAboutDocument();
  twice.text += " Kravets was not there.";
  twice.id = DocumentId(twice.text);
  twice.entities.push_back({.id = "e2",
                            .name = "Ilona Kravets",
                            .type = EntityType::kPerson,
                            .mentions = {Find(twice.text, "Kravets was")}});
  {
    BatchWriter w(store_.get());
    ASSERT_TRUE(w.Add(twice).ok());
    ASSERT_TRUE(w.Flush().ok());
  }
  store::Database& db = store_->database();
  auto summary = [&]() {
    std::vector<std::string> rows[2];
    const char* sql[2] = {
        "SELECT name, type, documents, mentions FROM entity_names ORDER BY name, type",
        "SELECT name, type, count(DISTINCT document), sum(mention_count) FROM entities"
        " GROUP BY name, type ORDER BY name, type"};
    for (int k = 0; k < 2; ++k) {
      auto st = db.Prepare(sql[k]);
      EXPECT_TRUE(st.ok());
      while (*st->Step()) {
        rows[k].push_back(std::string(st->ColumnText(0)) + "|" + std::string(st->ColumnText(1)) +
                          "|" + std::to_string(st->ColumnInt(2)) + "|" +
                          std::to_string(st->ColumnInt(3)));
      }
    }
    EXPECT_FALSE(rows[0].empty());
    EXPECT_EQ(rows[0], rows[1]);
  };
  summary();
  auto list = ListEntities(*store_, {.name_contains = "kravets"}, {});
  ASSERT_TRUE(list.ok());
  ASSERT_EQ(list->total, 1u);
  EXPECT_EQ(list->items[0].documents, 7u);  // two entities in one document count it once
  ASSERT_TRUE(db.Exec("DELETE FROM documents WHERE seq = (SELECT max(seq) FROM documents)").ok());
  summary();
}

TEST_F(QueriesTest, ResolvedEntityGathersEveryLinkedLocalEntity) {
  auto id = store_->database().QueryInt(
      "SELECT coalesce(max(global_entity), 0) FROM entities WHERE name = 'Ilona Kravets'");
  ASSERT_TRUE(id.ok()) << id.status().ToString();
  ASSERT_GT(*id, 0) << "ingest resolves entities across documents";
  auto e = GetResolvedEntity(*store_, *id, 50);
  ASSERT_TRUE(e.ok()) << e.status().ToString();
  ASSERT_TRUE(e->has_value());
  EXPECT_EQ((*e)->summary.name, "Ilona Kravets");
  EXPECT_EQ((*e)->summary.type, "PERSON");
  EXPECT_EQ((*e)->summary.documents, 6u);
  EXPECT_EQ((*e)->statements_by.total, 5u);
  EXPECT_EQ((*e)->statements_about.total, 1u);
  EXPECT_EQ((*e)->documents.size(), 6u);

  auto missing = GetResolvedEntity(*store_, 999999, 50);
  ASSERT_TRUE(missing.ok());
  EXPECT_FALSE(missing->has_value());
}

}  // namespace
}  // namespace claimtrace
