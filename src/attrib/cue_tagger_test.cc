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

}  // namespace
}  // namespace claimtrace::attrib
