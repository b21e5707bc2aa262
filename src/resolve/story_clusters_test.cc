// Tests for story_clusters.h on our own labelled articles and (when present) gum-news.
#include "resolve/story_clusters.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <map>

#include "perturb.h"

namespace claimtrace::resolve {
namespace {

std::string SourceDir() {
  const char* env = std::getenv("CLAIMTRACE_SOURCE_DIR");
  return env ? env : CLAIMTRACE_SOURCE_DIR;
}

std::string SharedDir() {
  if (const char* env = std::getenv("CLAIMTRACE_SHARED_DIR")) return env;
  return SourceDir() + "/../shared";
}

StoryInput Input(const neardup_eval::EvalArticle& a) {
  StoryInput in;
  in.doc_id = a.id;
  in.published = a.published;
  in.title = a.title;
  in.text = a.text;
  return in;
}

struct PairScore {
  size_t tp = 0, fp = 0, fn = 0;
};

// Pairwise agreement of story ids with topic labels.
PairScore Score(const std::vector<neardup_eval::EvalArticle>& docs,
                const std::vector<uint64_t>& story) {
  PairScore s;
  for (size_t i = 0; i < docs.size(); ++i) {
    for (size_t j = i + 1; j < docs.size(); ++j) {
      const bool same_topic = docs[i].topic == docs[j].topic;
      const bool same_story = story[i] == story[j];
      if (same_topic && same_story) ++s.tp;
      if (!same_topic && same_story) ++s.fp;
      if (same_topic && !same_story) ++s.fn;
    }
  }
  return s;
}

TEST(Resolve, DaysBetweenCountsCalendarDays) {
  EXPECT_EQ(DaysBetween("2024-02-28", "2024-03-01"), 2);  // leap year
  EXPECT_EQ(DaysBetween("2023-02-28", "2023-03-01"), 1);
  EXPECT_EQ(DaysBetween("2024-03-01", "2024-02-28"), -2);
  EXPECT_EQ(DaysBetween("2024-13-01", "2024-02-28"), std::nullopt);
  EXPECT_EQ(DaysBetween("yesterday", "2024-02-28"), std::nullopt);
}

// Prints pairwise results for a grid of thresholds when CLAIMTRACE_STORY_EXPLORE is set.
void Sweep(const std::vector<neardup_eval::EvalArticle>& docs, const char* name) {
  if (!std::getenv("CLAIMTRACE_STORY_EXPLORE")) return;
  for (double t : {0.05, 0.1, 0.12, 0.15, 0.2, 0.3}) {
    InMemoryStoryState state;
    StoryClusterer clusterer(&state, StoryOptions{.threshold = t});
    std::vector<uint64_t> story;
    for (const auto& a : docs) story.push_back(clusterer.Add(Input(a)).value());
    const PairScore s = Score(docs, story);
    std::printf("[story sweep %s] threshold %.2f: found %zu missed %zu wrong %zu\n", name, t, s.tp,
                s.fn, s.fp);
  }
}

TEST(Resolve, StoryClustersGroupOwnArticlesByEvent) {
  auto docs = neardup_eval::LoadEvalArticles(SourceDir() + "/tests/eval/neardup/articles.jsonl");
  ASSERT_TRUE(docs.ok()) << docs.status().ToString();
  Sweep(*docs, "own");
  InMemoryStoryState state;
  StoryClusterer clusterer(&state);
  std::vector<uint64_t> story;
  for (const auto& a : *docs) {
    auto s = clusterer.Add(Input(a));
    ASSERT_TRUE(s.ok()) << s.status().ToString();
    story.push_back(*s);
  }
  const PairScore s = Score(*docs, story);
  std::printf(
      "[stories own] %zu articles, %zu stories; same-event pairs found %zu, missed %zu, "
      "wrongly joined %zu\n",
      docs->size(), state.clusters().size(), s.tp, s.fn, s.fp);
  EXPECT_EQ(s.fp, 0u);
  EXPECT_GE(s.tp, 3u);  // of 6 same-event pairs (flood x3, bank, breach, poll)
}

TEST(Resolve, StoryClustersRespectTheDateWindow) {
  InMemoryStoryState state;
  StoryClusterer clusterer(&state);
  StoryInput a{.doc_id = "a",
               .published = "2024-05-14",
               .title = "Floods in the Adige valley",
               .text = "Floods cut off villages in the Adige valley near Malles after rain."};
  StoryInput b = a;
  b.doc_id = "b";
  b.published = "2024-05-15";
  StoryInput c = a;
  c.doc_id = "c";
  c.published = "2024-06-30";  // same words, seven weeks later: a new event
  const uint64_t sa = clusterer.Add(a).value();
  EXPECT_EQ(clusterer.Add(b).value(), sa);
  EXPECT_NE(clusterer.Add(c).value(), sa);
}

TEST(Resolve, AFollowUpFullOfNewWordsStillFindsItsStory) {
  InMemoryStoryState state;
  StoryClusterer clusterer(&state);
  StoryInput a{.doc_id = "a",
               .published = "2024-09-02",
               .title = "Ferry sinks on Lake Orva",
               .text =
                   "A passenger ferry sank on Lake Orva on Sunday after its engine failed in "
                   "a storm. Divers searched the lake for the ferry's passengers."};
  // The follow-up's heaviest words are new (an inquiry, its people); the ferry, the lake and
  // the sinking are what it shares with the story.
  StoryInput b{.doc_id = "b",
               .published = "2024-09-03",
               .title = "Prosecutor questions owner over sunken ferry",
               .text =
                   "Prosecutor Halvard Mentz questioned Rikard Sollen, the owner of the "
                   "ferry that sank on Lake Orva. Mentz said Sollen skipped engine "
                   "inspections. Sollen told Mentz the inspections were booked. Mentz "
                   "seized logbooks and invoices; the logbooks and invoices go to auditors. "
                   "Auditors and insurers met Sollen. Insurers questioned the auditors. "
                   "Divers, Mentz said, stay on the lake."};
  const uint64_t sa = clusterer.Add(a).value();
  EXPECT_EQ(clusterer.Add(b).value(), sa);
}

TEST(Resolve, StoryClustersUseEntitiesAndNearDuplicates) {
  InMemoryStoryState state;
  StoryClusterer clusterer(&state);
  StoryInput a{.doc_id = "a",
               .published = "2024-05-14",
               .title = "Minister resigns",
               .text = "The minister resigned on Tuesday after a row over contracts.",
               .entities = {{7, 3}, {9, 1}}};
  StoryInput b{.doc_id = "b",
               .published = "2024-05-14",
               .title = "Resignation",
               .text = "Opposition leaders welcomed the departure and called for an inquiry.",
               .entities = {{7, 2}, {9, 2}}};
  StoryInput c{.doc_id = "c",
               .published = "2024-05-14",
               .title = "Cup final",
               .text = "A late goal settled the cup final in extra time.",
               .duplicate_of = std::string("a")};
  const uint64_t sa = clusterer.Add(a).value();
  EXPECT_EQ(clusterer.Add(b).value(), sa);  // shared entities carry it
  EXPECT_EQ(clusterer.Add(c).value(), sa);  // a near duplicate follows its original
  StoryCluster cluster;
  ASSERT_TRUE(state.Get(sa, &cluster).ok());
  EXPECT_EQ(cluster.documents, 3u);
  EXPECT_EQ(cluster.first_document, "a");
}

TEST(Resolve, StoryClustersDoNotJoinDistinctWikinewsArticles) {
  const std::string path = SharedDir() + "/corpus/gum-news/gum-news.jsonl";
  if (!std::filesystem::exists(path)) GTEST_SKIP() << path << " not present";
  auto docs = neardup_eval::LoadJsonlCorpus(path);
  ASSERT_TRUE(docs.ok());
  Sweep(*docs, "gum-news");
  InMemoryStoryState state;
  StoryClusterer clusterer(&state);
  std::vector<uint64_t> story;
  for (const auto& a : *docs) story.push_back(clusterer.Add(Input(a)).value());
  const PairScore s = Score(*docs, story);
  std::printf("[stories gum-news] %zu articles (all different events), %zu stories\n", docs->size(),
              state.clusters().size());
  EXPECT_EQ(s.fp, 0u);
}

}  // namespace
}  // namespace claimtrace::resolve
