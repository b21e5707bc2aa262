// Tests for LoadStoreOverview on a store filled with annotated test documents.
#include <gtest/gtest.h>

#include <filesystem>

#include "claimtrace/store_overview.h"
#include "store/test_documents.h"

namespace claimtrace {
namespace {

TEST(StoreOverview, SummarisesWhatTheStoreHolds) {
  auto dir = std::filesystem::temp_directory_path() / ("ct_overview_" + std::to_string(getpid()));
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  {
    Result<std::unique_ptr<Store>> s = Store::Open((dir / "o.db").string());
    ASSERT_TRUE(s.ok());
    BatchWriter w(s->get());
    for (int i = 0; i < 4; ++i) {
      Document d = store::MakeAnnotatedDocument(i);
      if (i == 3) {
        d.outlet = "Valley Courier";
        d.published.reset();
        d.statements[0].speaker.name.reset();  // falls back to the text as written
      }
      ASSERT_TRUE(w.Add(d).ok());
    }
    ASSERT_TRUE(w.Flush().ok());
    Result<StoreOverview> o = LoadStoreOverview(**s, 5);
    ASSERT_TRUE(o.ok()) << o.status().ToString();
    EXPECT_EQ(o->counts.documents, 4u);
    EXPECT_EQ(o->first_published, "2024-03-01");
    EXPECT_EQ(o->last_published, "2024-03-03");
    EXPECT_EQ(o->undated, 1u);
    ASSERT_EQ(o->outlets.size(), 2u);
    EXPECT_EQ(o->outlets[0].name, "Harbour Gazette");
    EXPECT_EQ(o->outlets[0].count, 3u);
    ASSERT_EQ(o->entities.size(), 2u);
    EXPECT_EQ(o->entities[0].count, 4u);
    EXPECT_EQ(o->entities[0].name, "Harbour Gazette");  // tie on 4 documents: by name
    EXPECT_EQ(o->entities[1].detail, "PERSON");
    ASSERT_EQ(o->speakers.size(), 2u);
    EXPECT_EQ(o->speakers[0].name, "Ilona Kravets");
    EXPECT_EQ(o->speakers[0].count, 3u);
    EXPECT_EQ(o->speakers[1].name, "Mayor Ilona Kravets");
    ASSERT_EQ(o->removal_rules.size(), 1u);
    EXPECT_EQ(o->removal_rules[0].name, "comment_prompt");
    EXPECT_EQ(o->removal_rules[0].count, 4u);
    Result<StoreOverview> top1 = LoadStoreOverview(**s, 1);
    ASSERT_TRUE(top1.ok());
    EXPECT_EQ(top1->entities.size(), 1u);
  }
  std::filesystem::remove_all(dir);
}

}  // namespace
}  // namespace claimtrace
