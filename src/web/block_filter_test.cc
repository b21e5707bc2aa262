#include "web/block_filter.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "claimtrace/html.h"
#include "web/block_filter_train.h"
#include "web/block_test_util.h"
#include "web/hints.h"

namespace claimtrace::web {
namespace {

using testing_support::MakePara;
using testing_support::MakeTree;

std::string ModelText(double threshold, double share, double bias, std::string_view weighted,
                      double weight) {
  std::string s = "CTWEBBF 1\n# test model\nthreshold " + std::to_string(threshold) +
                  "\nmax_drop_share " + std::to_string(share) + "\nbias " + std::to_string(bias) +
                  "\n";
  for (std::string_view name : BlockFeatureNames()) {
    s += "feature " + std::string(name) + " 0 1 " +
         (name == weighted ? std::to_string(weight) : "0") + "\n";
  }
  return s + "end\n";
}

TEST(WebBlockFilter, ParsesAModelAndRoundTripsIt) {
  Result<BlockFilter> m = BlockFilter::Parse(ModelText(0.8, 0.3, -1.0, "hint_noise", 5.0), "t");
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_DOUBLE_EQ(m->threshold(), 0.8);
  EXPECT_DOUBLE_EQ(m->max_drop_share(), 0.3);
  Result<BlockFilter> again = BlockFilter::Parse(m->Serialize(), "t2");
  ASSERT_TRUE(again.ok()) << again.status().ToString();
  EXPECT_EQ(again->Serialize(), m->Serialize());
  BlockFeatureVector f{};
  EXPECT_NEAR(m->DropProbability(f), 1.0 / (1.0 + std::exp(1.0)), 1e-9);
}

TEST(WebBlockFilter, RejectsBadModelFilesWithAClearError) {
  const std::string good = ModelText(0.8, 0.3, -1.0, "hint_noise", 5.0);
  struct Case {
    std::string text;
    std::string expect;
  };
  std::string renamed = good;
  renamed.replace(renamed.find("feature log_words"), 17, "feature log_wordz");
  std::string bad_number = good;
  bad_number.replace(bad_number.find("bias -1"), 7, "bias x1");
  const std::vector<Case> cases = {
      {"", "empty model file"},
      {"hello\n", "no CTWEBBF header"},
      {"CTWEBBF 9\n", "unsupported format version 9"},
      {good.substr(0, good.size() - 4), "truncated"},
      {renamed, "expected 'log_words'"},
      {bad_number, "bad number for bias"},
      {good + "feature x 0 1 0\n", "text after 'end'"},
      {"CTWEBBF 1\nthreshold 0.5\nmax_drop_share 0.2\nbias 0\nend\n", "has 0 features"},
      {"CTWEBBF 1\nthreshold 1.5\n", "threshold must be in (0, 1]"},
  };
  for (const Case& c : cases) {
    Result<BlockFilter> m = BlockFilter::Parse(c.text, "web_block_filter.model");
    ASSERT_FALSE(m.ok()) << c.expect;
    EXPECT_EQ(m.status().code(), StatusCode::kCorruption);
    EXPECT_NE(m.status().ToString().find(c.expect), std::string::npos) << m.status().ToString();
    EXPECT_NE(m.status().ToString().find("web_block_filter.model"), std::string::npos);
  }
}

TEST(WebBlockFilter, TheCompiledInModelParses) {
  const BlockFilter& m = BlockFilter::Default();
  EXPECT_GT(m.threshold(), 0.0);
  EXPECT_LE(m.threshold(), 1.0);
  EXPECT_LE(m.max_drop_share(), 1.0);
}

TEST(WebBlockFilter, DropsConfidentBoilerplateOnly) {
  BlockTree t = MakeTree({MakePara("Officials said the storm would reach the coast by night and "
                                   "residents were told to leave their homes early.",
                                   1),
                          MakePara("The wind had already torn roofs off several buildings.", 1),
                          MakePara("Share this story", 2)});
  std::vector<uint32_t> kept = {0, 1, 2};
  Result<BlockFilter> m = BlockFilter::Parse(ModelText(0.9, 0.5, -6.0, "hint_noise", 12.0), "t");
  ASSERT_TRUE(m.ok());
  EXPECT_EQ(ApplyBlockFilter({.tree = &t, .container = 0, .kept = &kept}, *m, &kept), 1u);
  EXPECT_EQ(kept, (std::vector<uint32_t>{0, 1}));
}

TEST(WebBlockFilter, NeverDropsEverything) {
  // A model that drops every paragraph (bias +20) still leaves one, and the word cap holds.
  BlockTree t = MakeTree(
      {MakePara("one two three four five", 1), MakePara("six seven", 1), MakePara("eight", 1)});
  Result<BlockFilter> all = BlockFilter::Parse(ModelText(0.5, 1.0, 20.0, "log_words", 0.0), "t");
  ASSERT_TRUE(all.ok());
  std::vector<uint32_t> kept = {0, 1, 2};
  ApplyBlockFilter({.tree = &t, .container = 0, .kept = &kept}, *all, &kept);
  EXPECT_EQ(kept.size(), 1u);
  std::vector<uint32_t> one = {1};
  ApplyBlockFilter({.tree = &t, .container = 0, .kept = &one}, *all, &one);
  EXPECT_EQ(one.size(), 1u);
  // Cap: at most 40% of the 8 words may go: "six seven" (2) and "eight" (1) but not the 5.
  Result<BlockFilter> capped = BlockFilter::Parse(ModelText(0.5, 0.4, 20.0, "log_words", 0.0), "t");
  ASSERT_TRUE(capped.ok());
  kept = {0, 1, 2};
  ApplyBlockFilter({.tree = &t, .container = 0, .kept = &kept}, *capped, &kept);
  EXPECT_EQ(kept, (std::vector<uint32_t>{0}));
}

TEST(WebBlockFilter, ChooseDropsTakesTheMostConfidentFirst) {
  const std::vector<char> d = ChooseDrops({0.95, 0.99, 0.2, 0.91}, {10, 10, 10, 10}, 0.9, 0.25);
  EXPECT_EQ(d, (std::vector<char>{0, 1, 0, 0}));  // 25% of 40 words: one paragraph
  EXPECT_EQ(ChooseDrops({0.99}, {10}, 0.5, 1.0), (std::vector<char>{0}));
}

TEST(WebBlockFilter, ExtractArticleUsesTheGivenModelOrNone) {
  const std::string html =
      "<html><body><article><div>"
      "<p>The ferry will run every forty minutes from April, the harbour board said on Tuesday "
      "after a winter of long queues at the slipway.</p>"
      "<p>The board will move its older boat out of reserve and into daily service to pay for "
      "the extra crossings, it said.</p></div>"
      "<div><p>Tags: ferries, harbour board, Instagram</p></div></article></body></html>";
  Result<BlockFilter> cue = BlockFilter::Parse(ModelText(0.9, 0.5, -4.0, "cue_first", 8.0), "t");
  ASSERT_TRUE(cue.ok());
  HtmlOptions options;
  options.block_filter = &*cue;
  Result<ExtractedPage> with = ExtractArticle(html, options);
  ASSERT_TRUE(with.ok()) << with.status().ToString();
  EXPECT_EQ(with->text.find("Instagram"), std::string::npos);
  EXPECT_NE(with->text.find("older boat"), std::string::npos);
  options.use_block_filter = false;
  Result<ExtractedPage> without = ExtractArticle(html, options);
  ASSERT_TRUE(without.ok());
  EXPECT_NE(without->text.find("Instagram"), std::string::npos);
}

TEST(WebBlockFilter, ObserverSeesCandidatesAndWhatTheRulesKept) {
  // "Advertisement" is cut by the text rules (an ad-slot label): a candidate, not kept.
  const std::string html =
      "<html><body><article>"
      "<p>The ferry will run every forty minutes from April, the harbour board said on Tuesday "
      "after a winter of long queues at the slipway.</p>"
      "<p>Advertisement</p>"
      "<p>The board will move its older boat out of reserve and into daily service to pay for "
      "the extra crossings, it said.</p></article></body></html>";
  struct Recorder : BlockObserver {
    void OnKept(const BlockContext& ctx, const std::vector<uint32_t>& kept) override {
      for (uint32_t k : *ctx.kept) candidates.push_back(ctx.tree->paras[k].text);
      for (uint32_t k : kept) rule_kept.push_back(ctx.tree->paras[k].text);
      features = BlockFeatures(ctx).size();
    }
    std::vector<std::string> candidates, rule_kept;
    size_t features = 0;
  } recorder;
  HtmlOptions options;
  options.use_block_filter = false;
  options.block_observer = &recorder;
  ASSERT_TRUE(ExtractArticle(html, options).ok());
  ASSERT_EQ(recorder.candidates.size(), 3u);
  EXPECT_EQ(recorder.candidates[1], "Advertisement");
  EXPECT_EQ(recorder.rule_kept.size(), 2u);
  EXPECT_EQ(recorder.features, 3u);
}

TEST(WebBlockFilterTrain, TokensAndGainsFollowTheScorer) {
  EXPECT_EQ(ScoreTokens("Héllo, WORLD 42-b!"),
            (std::vector<std::string>{"héllo", "world", "42", "b"}));
  const std::vector<std::string> blocks = {"the storm hit the coast", "share on facebook"};
  const std::vector<double> g = DropGains(blocks, "The storm hit the coast.");
  ASSERT_EQ(g.size(), 2u);
  EXPECT_LT(g[0], 0.0);  // removing the article hurts
  EXPECT_GT(g[1], 0.0);  // removing the share line helps
  EXPECT_DOUBLE_EQ(F1WithDrops(blocks, {0, 1}, "The storm hit the coast."), 1.0);
  EXPECT_NEAR(F1WithDrops(blocks, {}, "The storm hit the coast.") + g[1], 1.0, 1e-12);
}

TEST(WebBlockFilterTrain, LearnsASeparableRuleDeterministically) {
  // Boilerplate carries the noise hint; the trained model must drop exactly those.
  std::vector<TrainExample> ex;
  const auto& names = BlockFeatureNames();
  const size_t noise =
      static_cast<size_t>(std::find(names.begin(), names.end(), "hint_noise") - names.begin());
  for (int i = 0; i < 200; ++i) {
    TrainExample e;
    e.features[0] = static_cast<float>(i % 7);
    e.features[noise] = (i % 3 == 0) ? 1.0f : 0.0f;
    e.gain = (i % 3 == 0) ? 0.01 : -0.02;
    ex.push_back(e);
  }
  const BlockFilter a = TrainBlockFilter(ex, {.threshold = 0.7, .max_drop_share = 0.3});
  const BlockFilter b = TrainBlockFilter(ex, {.threshold = 0.7, .max_drop_share = 0.3});
  EXPECT_EQ(a.Serialize(), b.Serialize());
  for (const TrainExample& e : ex) {
    EXPECT_EQ(a.DropProbability(e.features) >= 0.7, e.gain > 0);
  }
  EXPECT_TRUE(BlockFilter::Parse(a.Serialize(), "trained").ok());
}

}  // namespace
}  // namespace claimtrace::web
