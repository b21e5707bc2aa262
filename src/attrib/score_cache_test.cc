// Differential test: source and content decisions with the per-document score cache (fast
// path) equal those computed feature by feature (simple path), on the shipped model.
#include "attrib/score_cache.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "attrib/content_finder.h"
#include "attrib/cue_tagger.h"
#include "attrib/source_finder.h"
#include "attrib/test_util.h"
#include "core/data_path.h"

namespace claimtrace::attrib {
namespace {

TEST(Attrib, CachedScoresEqualDirectScores) {
  Result<std::string> path = FindDataFile("models/attrib.model", "");
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  Result<Model> model = Model::LoadFile(*path);
  ASSERT_TRUE(model.ok()) << model.status().ToString();
  const char* texts[] = {
      "\xE2\x80\x9CWe have lost the bridge,\xE2\x80\x9D the commander said, \xE2\x80\x9C"
      "but we "
      "will hold the river.\xE2\x80\x9D Officials said the army had retreated. He added that "
      "more troops were coming, according to Reuters.\n\nThe minister told Sky News that talks "
      "would resume. Analysts believe the ceasefire will fail, and experts warn of famine.",
      "Grozev said, per Metro, that the elite understands the war is lost. \xE2\x80\x9CSome are "
      "leaving,\xE2\x80\x9D he said.\n\n\xE2\x80\x9CThey know.\n\n\xE2\x80\x9CThey really "
      "know,\xE2\x80\x9D Grozev said in an interview."};
  int cues_checked = 0;
  size_t repeated_words = 0;
  for (const char* text : texts) {
    TestDoc t(text);
    const DocView& v = *t.view;
    const std::vector<TokSpan> cues = TagCues(v, *model);
    ScoreCache cache(v.size(), v.sentences.size(), v.blocks.size());
    for (const TokSpan& cue : cues) {
      const std::optional<TokSpan> direct = FindSource(v, *model, cue);
      const std::optional<TokSpan> cached = FindSource(v, *model, cue, nullptr, nullptr, &cache);
      EXPECT_EQ(direct, cached);
      const std::vector<TokSpan> c1 = FindContent(v, *model, cue, direct, cues);
      const std::vector<TokSpan> c2 =
          FindContent(v, *model, cue, direct, cues, nullptr, nullptr, nullptr, &cache);
      EXPECT_EQ(c1, c2);
      ++cues_checked;
    }
    // Second pass with the warm cache: every cue-word table now comes from the cache.
    for (const TokSpan& cue : cues) {
      const std::optional<TokSpan> direct = FindSource(v, *model, cue);
      EXPECT_EQ(direct, FindSource(v, *model, cue, nullptr, nullptr, &cache));
      EXPECT_EQ(FindContent(v, *model, cue, direct, cues),
                FindContent(v, *model, cue, direct, cues, nullptr, nullptr, nullptr, &cache));
    }
    // One table per distinct (cue word, side): cues sharing a word share it.
    std::vector<uint64_t> words;
    for (const TokSpan& cue : cues) words.push_back(v.info[cue.begin].word);
    std::sort(words.begin(), words.end());
    const size_t distinct = std::unique(words.begin(), words.end()) - words.begin();
    EXPECT_LE(cache.source_cue.size(), 2 * distinct);
    EXPECT_LE(cache.content_cue.size(), 2 * distinct);
    repeated_words += cues.size() - distinct;
  }
  EXPECT_GE(cues_checked, 8);
  EXPECT_GE(repeated_words, 2u);  // the shared-table path was exercised
}

}  // namespace
}  // namespace claimtrace::attrib
