// Tests of the trainer on a toy corpus written for the test: it learns cues from a handful of
// sentences, learns them without their leading auxiliaries (which the detector adds back), and
// builds the skip vocabulary of the open candidate set.
#include "attrib/trainer.h"

#include <gtest/gtest.h>

#include "attrib/cue_tagger.h"
#include "attrib/detector.h"
#include "attrib/test_util.h"

namespace claimtrace::attrib {
namespace {

// Token range covering the bytes of the first occurrence of `needle`.
TokSpan Find(const DocView& v, std::string_view needle) {
  const size_t pos = v.doc.text.find(needle);
  EXPECT_NE(pos, std::string::npos) << needle;
  TokSpan s{0, 0};
  bool begun = false;
  for (uint32_t i = 0; i < v.size(); ++i) {
    const ByteSpan b = v.tokens[i].span;
    if (b.start >= pos && b.end <= pos + needle.size()) {
      if (!begun) s.begin = i;
      begun = true;
      s.end = i + 1;
    }
  }
  return s;
}

TrainExample Example(const std::string& text, std::string_view source, std::string_view cue,
                     std::string_view content) {
  TrainExample ex;
  ex.doc = std::make_unique<Document>();
  ex.doc->text = text;
  ex.analysis = std::make_unique<TextAnalysis>(TestAnalyzer().Analyze(ex.doc.get()));
  ex.view = std::make_unique<DocView>(*ex.doc, *ex.analysis, TestLexicon());
  Attribution a;
  a.source = Find(*ex.view, source);
  a.cue = Find(*ex.view, cue);
  a.content.push_back(Find(*ex.view, content));
  ex.gold.push_back(a);
  return ex;
}

std::vector<TrainExample> ToyCorpus() {
  const char* names[] = {"Anna Berg",  "Tom Hale",  "The minister", "Officials", "Mark Stone",
                         "The agency", "Lena Kurz", "A spokesman",  "Paul Dorn", "The mayor"};
  const char* claims[] = {"the bridge was safe", "the vote was rigged", "prices would fall",
                          "the plan had failed", "the talks were over"};
  std::vector<TrainExample> out;
  for (int n = 0; n < 10; ++n) {
    for (int c = 0; c < 5; ++c) {
      const std::string who = names[n], what = claims[(n + c) % 5];
      // Gold cues carry their auxiliary, as PolNeAR annotates them.
      out.push_back(Example(who + " has claimed that " + what + ". The weather was mild.", who,
                            "has claimed", what));
      out.push_back(Example("The market opened late. " + who + " insisted " + what + ".", who,
                            "insisted", what));
    }
  }
  return out;
}

TEST(Attrib, TrainerLearnsCuesWithoutTheirAuxiliaries) {
  const std::vector<TrainExample> corpus = ToyCorpus();
  const Model m = TrainModel(corpus, {.epochs = 5, .seed = 3});
  EXPECT_TRUE(m.InCueVocab(DocView::WordHash("insisted")));
  // "the" and "weather" occur often and never start a cue: not even candidates.
  EXPECT_TRUE(m.InSkipVocab(DocView::WordHash("the")));
  EXPECT_TRUE(m.InSkipVocab(DocView::WordHash("weather")));
  EXPECT_FALSE(m.InSkipVocab(DocView::WordHash("insisted")));
  // (The vocabularies count the word a gold cue starts with, auxiliary included, so "has" —
  // not "claimed" — is counted here; "claimed" stays a candidate as a lexicon cue word.)

  TestDoc t("Jana Holm has claimed that the dam was cracked.");
  const std::vector<TokSpan> tagged = TagCues(*t.view, m);
  ASSERT_EQ(tagged.size(), 1u);
  EXPECT_EQ(tagged[0], t.Span("claimed"));  // the tagger's cue is the verb alone
  const std::vector<Attribution> found = DetectAttributions(*t.view, m);
  ASSERT_EQ(found.size(), 1u);
  EXPECT_EQ(found[0].cue, t.Span("has claimed"));  // the detector adds the auxiliary back
}

TEST(Attrib, TrainerIsDeterministic) {
  const std::vector<TrainExample> corpus = ToyCorpus();
  const Model a = TrainModel(corpus, {.epochs = 2, .seed = 5});
  const Model b = TrainModel(corpus, {.epochs = 2, .seed = 5});
  EXPECT_EQ(a.Serialize(), b.Serialize());
}

}  // namespace
}  // namespace claimtrace::attrib
