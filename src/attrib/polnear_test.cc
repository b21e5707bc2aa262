// PolNeAR reading: brat spans (char -> byte offsets), bad lines reported, slices, token alignment.
#include "attrib/polnear.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "attrib/test_util.h"
#include "claimtrace/diagnostics.h"

namespace claimtrace::attrib {
namespace {

// A brat file for: “Yes,” she said. Kerry said it was fine.
// (character offsets: the curly quotes are one character, three bytes each)
constexpr char kText[] = "\xE2\x80\x9CYes,\xE2\x80\x9D she said. Kerry said it was fine.";
constexpr char kAnn[] =
    "T1\tContent 0 6\t\xE2\x80\x9CYes,\xE2\x80\x9D\n"
    "T2\tSource 7 10\tshe\n"
    "T3\tCue 11 15\tsaid\n"
    "T4\tAttribution 11 15\tsaid\n"
    "E1\tAttribution:T4 Source:T2 Cue:T3 Content:T1\n"
    "T5\tSource 17 22\tKerry\n"
    "T6\tCue 23 27\tsaid\n"
    "T7\tContent 28 34;35 39\tit was | fine\n"
    "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T7\n"
    "#1\tAnnotatorNotes T1\tnote\n"
    "T8\tContent 99 999\tout of range\n"
    "E3\tAttribution:T6 Content:T9\n";

TEST(Attrib, BratSpansConvertToBytes) {
  CollectingDiagnostics diag;
  std::vector<GoldAttribution> gold = ParseBratAnn(kAnn, kText, "x.ann", &diag);
  ASSERT_EQ(gold.size(), 3u);
  const std::string_view text(kText);
  ASSERT_EQ(gold[0].content.size(), 1u);
  EXPECT_EQ(text.substr(gold[0].content[0].start, gold[0].content[0].size()),
            "\xE2\x80\x9CYes,\xE2\x80\x9D");
  EXPECT_EQ(text.substr(gold[0].source[0].start, gold[0].source[0].size()), "she");
  ASSERT_EQ(gold[1].content.size(), 2u);  // discontinuous content
  EXPECT_EQ(text.substr(gold[1].content[1].start, gold[1].content[1].size()), "fine");
  // The bad span line and the relation naming an unknown span are reported, not fatal.
  EXPECT_EQ(diag.warnings().size(), 2u);
  EXPECT_EQ(diag.warnings()[0].where().file, "x.ann");
}

TEST(Attrib, GoldAlignsToTokens) {
  TestDoc t(kText);
  std::vector<Attribution> a = AlignGold(*t.view, ParseBratAnn(kAnn, kText, "x.ann", nullptr));
  ASSERT_EQ(a.size(), 3u);
  EXPECT_EQ(a[0].cue, t.Span("said"));
  EXPECT_EQ(*a[0].source, t.Span("she"));
  ASSERT_EQ(a[0].content.size(), 1u);
  EXPECT_EQ(a[0].content[0], t.Span("\xE2\x80\x9CYes,\xE2\x80\x9D"));
  // "it was" and "fine" are separated by one space only: adjacent tokens merge into one piece.
  ASSERT_EQ(a[1].content.size(), 1u);
  EXPECT_EQ(a[1].content[0], t.Span("it was fine"));
}

TEST(Attrib, PolnearSplitReadingAndSlices) {
  namespace fs = std::filesystem;
  const fs::path dir = fs::temp_directory_path() / "attrib_polnear_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "attributions");
  fs::create_directories(dir / "text");
  for (const char* name : {"a_doc", "b_doc", "c_doc"}) {
    std::ofstream(dir / "text" / (std::string(name) + ".txt")) << kText;
    std::ofstream(dir / "attributions" / (std::string(name) + "_x1.ann")) << kAnn;
  }
  // A second annotation of the same text is skipped (first by name wins).
  std::ofstream(dir / "attributions" / "a_doc_x2.ann") << "";
  CollectingDiagnostics diag;
  Result<std::vector<PolnearDoc>> all = ReadPolnearSplit(dir.string(), {}, &diag);
  ASSERT_TRUE(all.ok()) << all.status().ToString();
  ASSERT_EQ(all->size(), 3u);
  EXPECT_EQ((*all)[0].name, "a_doc_x1");
  Result<std::vector<PolnearDoc>> one = ReadPolnearSplit(dir.string(), {1, 3, false}, &diag);
  ASSERT_EQ(one->size(), 1u);
  EXPECT_EQ((*one)[0].name, "b_doc_x1");
  Result<std::vector<PolnearDoc>> rest = ReadPolnearSplit(dir.string(), {1, 3, true}, &diag);
  EXPECT_EQ(rest->size(), 2u);
  EXPECT_FALSE(ReadPolnearSplit((dir / "nope").string(), {}, &diag).ok());
  fs::remove_all(dir);
}

}  // namespace
}  // namespace claimtrace::attrib
