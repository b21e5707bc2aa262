// Tests of the cue tagger's open candidate set (IsCueCandidate) and of the shipped model finding
// cues outside the cue lexicon.
#include "attrib/cue_tagger.h"

#include <gtest/gtest.h>

#include "attrib/test_util.h"
#include "core/data_path.h"

namespace claimtrace::attrib {
namespace {

TEST(Attrib, CueCandidatesAreOpenButSkipFrequentNonCueWords) {
  TestDoc t("Sanders lambasted the bank , while Clinton said little .");
  Model m = Model::Empty();
  m.skip_vocab = {DocView::WordHash("the"), DocView::WordHash("bank")};
  std::sort(m.skip_vocab.begin(), m.skip_vocab.end());
  const DocView& v = *t.view;
  auto cand = [&](std::string_view w) { return IsCueCandidate(v, m, t.Span(w).begin, kLabelO); };
  EXPECT_TRUE(cand("lambasted"));  // in no lexicon and never seen: scored all the same
  EXPECT_TRUE(cand("said"));       // a lexicon cue word
  EXPECT_TRUE(cand("while"));      // not in the skip vocabulary
  EXPECT_FALSE(cand("the"));       // frequent, never a cue in training
  EXPECT_FALSE(cand("bank"));
  EXPECT_FALSE(cand("Clinton"));  // a capitalised word inside the sentence
  EXPECT_FALSE(cand(","));        // punctuation
  // A continuation of a cue is always scored.
  EXPECT_TRUE(IsCueCandidate(v, m, t.Span("the").begin, kLabelB));
}

TEST(Attrib, ShippedModelHasAFilterThatKeepsCueWords) {
  Result<std::string> path = FindDataFile("models/attrib.model", "");
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  Result<Model> m = Model::LoadFile(*path);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  EXPECT_GT(m->skip_vocab.size(), 500u);
  EXPECT_TRUE(m->InSkipVocab(DocView::WordHash("the")));
  EXPECT_FALSE(m->InSkipVocab(DocView::WordHash("said")));
  EXPECT_FALSE(m->InSkipVocab(DocView::WordHash("according")));
}

// Differential: the batched inference path tags the same cues as the token-by-token form,
// including multi-token cues (the tokens after a B take the simple path inside TagCues).
TEST(Attrib, BatchedCueTaggingEqualsSimple) {
  Result<std::string> path = FindDataFile("models/attrib.model", "");
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  Result<Model> m = Model::LoadFile(*path);
  ASSERT_TRUE(m.ok()) << m.status().ToString();
  const char* texts[] = {
      "\xE2\x80\x9CWe have lost the bridge,\xE2\x80\x9D the commander said. According to "
      "Reuters, officials pointed out that the army had retreated. He went on to say that more "
      "troops were coming.\n\nThe minister told Sky News that talks would resume. Analysts "
      "believe the ceasefire will fail, and experts warn of famine.",
      "Police: three arrested. A spokeswoman for the council made clear the road would stay "
      "closed, and residents complained that nobody had asked them. \"It is a scandal,\" one "
      "of them wrote on social media, while others claimed the decision was taken long ago.",
      "", "said"};
  size_t cues = 0, multi = 0;
  for (const char* text : texts) {
    TestDoc t(text);
    const std::vector<TokSpan> fast = TagCues(*t.view, *m);
    EXPECT_EQ(fast, TagCuesSimple(*t.view, *m)) << text;
    cues += fast.size();
    for (const TokSpan& c : fast) multi += c.size() > 1;
  }
  EXPECT_GE(cues, 8u);
  EXPECT_GE(multi, 1u);
}

}  // namespace
}  // namespace claimtrace::attrib
