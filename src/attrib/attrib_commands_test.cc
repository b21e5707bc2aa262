// attrib_tool's commands end to end on a tiny brat corpus written by the test: training learns
// the toy attributions (trainer.cc), prediction writes one JSON line per document with byte
// offsets, bad inputs give clear errors.
#include "attrib/attrib_commands.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace claimtrace::attrib {
namespace {

namespace fs = std::filesystem;

// Writes N documents "<Name> said that <claim>. “<quote>,” <Name> added." with annotations.
fs::path WriteToyCorpus(int n) {
  const fs::path dir = fs::temp_directory_path() / "attrib_commands_test";
  fs::remove_all(dir);
  fs::create_directories(dir / "attributions");
  fs::create_directories(dir / "text");
  const char* names[] = {"Anna Berg", "Tomas Holm", "Maria Lind", "Peter Sund", "Eva Dahl"};
  const char* claims[] = {"the bridge was closed", "prices would rise", "the army had left",
                          "talks had failed", "the port was open"};
  for (int i = 0; i < n; ++i) {
    const std::string name = names[i % 5];
    const std::string claim = claims[(i / 5) % 5];
    // All ASCII here, so character offsets equal byte offsets.
    std::string text = name + " said that " + claim + ". \"We will see,\" " + name + " added.";
    const size_t said = name.size() + 1;
    const size_t content = said + 5;
    const size_t content_end = content + 5 + claim.size();
    const size_t quote = content_end + 2;
    const size_t quote_end = quote + 15;
    const size_t name2 = quote_end + 1;
    const size_t added = name2 + name.size() + 1;
    std::ostringstream ann;
    ann << "T1\tSource 0 " << name.size() << "\tx\n"
        << "T2\tCue " << said << " " << said + 4 << "\tsaid\n"
        << "T3\tContent " << content << " " << content_end << "\tx\n"
        << "E1\tAttribution:T2 Source:T1 Cue:T2 Content:T3\n"
        << "T4\tContent " << quote << " " << quote_end << "\tx\n"
        << "T5\tSource " << name2 << " " << name2 + name.size() << "\tx\n"
        << "T6\tCue " << added << " " << added + 5 << "\tadded\n"
        << "E2\tAttribution:T6 Source:T5 Cue:T6 Content:T4\n";
    const std::string doc = "doc" + std::to_string(100 + i);
    std::ofstream(dir / "text" / (doc + ".txt")) << text;
    std::ofstream(dir / "attributions" / (doc + "_a1.ann")) << ann.str();
  }
  return dir;
}

TEST(Attrib, TrainAndPredictOnAToyCorpus) {
  const fs::path dir = WriteToyCorpus(25);
  const std::string model = (dir / "toy.model").string();
  ASSERT_TRUE(RunTrain({.polnear_dir = dir.string(), .out = model, .epochs = 4}).ok());
  const std::string out = (dir / "pred.jsonl").string();
  Status s = RunPredict({.polnear_dir = dir.string(), .out = out, .model_path = model});
  ASSERT_TRUE(s.ok()) << s.ToString();
  std::ifstream in(out);
  std::string line;
  int docs = 0, with_said = 0;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
    ASSERT_FALSE(j.is_discarded()) << line;
    EXPECT_EQ(j["offsets"], "byte");
    ++docs;
    for (const auto& a : j["attributions"]) {
      if (!a["cue"].empty() && a["cue"][0][1].get<int>() - a["cue"][0][0].get<int>() == 4) {
        ++with_said;  // "said": learned from the toy annotations
      }
    }
  }
  EXPECT_EQ(docs, 25);
  EXPECT_GE(with_said, 20);
  fs::remove_all(dir);
}

TEST(Attrib, CommandsReportBadInputs) {
  EXPECT_EQ(RunTrain({.polnear_dir = "/nonexistent", .out = "/tmp/x.model"}).code(),
            StatusCode::kNotFound);
  PolnearSelection sel;
  EXPECT_TRUE(ParseSlice("3/10", &sel));
  EXPECT_EQ(sel.slice_k, 3);
  EXPECT_EQ(sel.slice_n, 10);
  EXPECT_FALSE(ParseSlice("10/10", &sel));
  EXPECT_FALSE(ParseSlice("a/b", &sel));
  EXPECT_FALSE(ParseSlice("3", &sel));
}

}  // namespace
}  // namespace claimtrace::attrib
