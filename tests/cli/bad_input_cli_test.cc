// End-to-end tests of every bad-input case of issue 2 (item 8), run through the real binary for
// both `extract` and `ingest`: each problem is one stderr line naming the input and the reason,
// every other input is still processed, memory stays bounded on huge inputs, exit status 1.
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>

#include "cli_runner.h"
#include "test_articles.h"

namespace claimtrace::testing {
namespace {

class BadInput : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    if (ClaimtraceBinary().empty()) GTEST_SKIP() << "CLAIMTRACE_BINARY is not set";
  }

  bool ingest() const { return GetParam() == "ingest"; }

  // Runs the command under test on `inputs` (plus `extra` options).
  RunResult Run(const std::vector<std::string>& inputs, const std::vector<std::string>& extra = {},
                const RunOptions& options = {}) {
    std::vector<std::string> args = {GetParam()};
    if (ingest()) args.insert(args.end(), {"--db", dir_.Path("t.db"), "--quiet"});
    args.insert(args.end(), extra.begin(), extra.end());
    args.insert(args.end(), inputs.begin(), inputs.end());
    return RunClaimtrace(args, options);
  }

  // The documents the run produced: stdout for extract, the store's export for ingest.
  std::vector<nlohmann::json> Documents(const RunResult& r) {
    std::string jsonl = r.out;
    if (ingest()) {
      RunResult e = RunClaimtrace({"export", "--db", dir_.Path("t.db")});
      EXPECT_EQ(e.exit_code, 0) << e.err;
      jsonl = e.out;
    }
    std::vector<nlohmann::json> docs;
    std::istringstream in(jsonl);
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, false);
      EXPECT_FALSE(j.is_discarded()) << line.substr(0, 200);
      docs.push_back(std::move(j));
    }
    return docs;
  }

  // The sources of the produced documents, in output order.
  std::vector<std::string> Sources(const RunResult& r) {
    std::vector<std::string> out;
    for (const nlohmann::json& d : Documents(r)) out.push_back(d["source"].get<std::string>());
    return out;
  }

  // Asserts exactly one stderr line mentions `input`, that it is an error and names `reason`.
  void ExpectOneError(const RunResult& r, const std::string& input, const std::string& reason) {
    std::vector<std::string> lines = r.ErrLines(input);
    ASSERT_EQ(lines.size(), 1u) << r.err;
    EXPECT_EQ(lines[0].rfind("claimtrace: error: " + input, 0), 0u) << lines[0];
    EXPECT_NE(lines[0].find(reason), std::string::npos) << lines[0];
  }

  TempDir dir_;
};

TEST_P(BadInput, MissingPathIsReportedAndTheOtherInputsAreProcessed) {
  std::string a = dir_.Write("a.txt", TestArticle(1));
  std::string b = dir_.Write("b.txt", TestArticle(2));
  std::string missing = dir_.Path("missing.txt");
  RunResult r = Run({a, missing, b});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  ExpectOneError(r, missing, "no such file");
  EXPECT_EQ(Sources(r), (std::vector<std::string>{a, b}));
}

TEST_P(BadInput, UnreadableEntriesInsideADirectoryAreReportedOneByOne) {
  // Tests run as root, so permissions cannot make a file unreadable; these entries are.
  std::string in = dir_.Path("in");
  dir_.Write("in/a.txt", TestArticle(1));
  dir_.Write("in/c.txt", TestArticle(3));
  ASSERT_EQ(symlink((in + "/nowhere.txt").c_str(), (in + "/dangling.txt").c_str()), 0);
  ASSERT_EQ(symlink("loop.txt", (in + "/loop.txt").c_str()), 0);
  ASSERT_EQ(mkfifo((in + "/pipe.txt").c_str(), 0644), 0);
  RunResult r = Run({in}, {}, {.timeout = std::chrono::seconds(30)});
  ASSERT_FALSE(r.timed_out) << "hung on the FIFO";
  EXPECT_EQ(r.exit_code, 1) << r.err;
  ExpectOneError(r, in + "/dangling.txt", "dangling symbolic link");
  ExpectOneError(r, in + "/loop.txt", "loop");
  ExpectOneError(r, in + "/pipe.txt", "not a regular file");
  EXPECT_EQ(Sources(r), (std::vector<std::string>{in + "/a.txt", in + "/c.txt"}));
}

TEST_P(BadInput, DirectoryNamedLikeATextFileIsWalkedNotRead) {
  dir_.Write("in/x.txt/inner.txt", TestArticle(4));
  dir_.Write("in/y.txt", TestArticle(5));
  RunResult r = Run({dir_.Path("in")});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Sources(r),
            (std::vector<std::string>{dir_.Path("in/x.txt/inner.txt"), dir_.Path("in/y.txt")}));
}

TEST_P(BadInput, BinaryFileIsRejected) {
  std::string bin = dir_.Path("image.txt");
  {
    std::ofstream out(bin, std::ios::binary);
    for (int i = 0; i < 5000; ++i) out.put(static_cast<char>((i * 37) % 256));
  }
  std::string good = dir_.Write("good.txt", TestArticle(1));
  RunResult r = Run({bin, good});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  ExpectOneError(r, bin, "binary");
  EXPECT_EQ(Sources(r), (std::vector<std::string>{good}));
}

TEST_P(BadInput, InvalidUtf8IsRepairedWithAWarning) {
  // Damaged UTF-8 (well-formed "é" around two bad bytes); a file with no UTF-8 at all is read in
  // its legacy charset instead (LegacyCharsetTextIsDecodedWithAWarning).
  std::string text = TestArticle(6);
  text.insert(text.find("Crews"),
              "Caf\xE9 owners \xFF\xFE complained in Z\xC3\xBCrich, M\xC3\xA1laga, "
              "Li\xC3\xA8ge, Krak\xC3\xB3w, \xC3\x85rhus and Sm\xC3\xB8la. ");
  std::string latin = dir_.Write("latin1.txt", text);
  RunResult r = Run({latin});
  EXPECT_EQ(r.exit_code, 0) << r.err;  // processed after repair
  std::vector<std::string> lines = r.ErrLines(latin);
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_EQ(lines[0].rfind("claimtrace: warning: " + latin, 0), 0u) << lines[0];
  EXPECT_NE(lines[0].find("UTF-8"), std::string::npos) << lines[0];
  std::vector<nlohmann::json> docs = Documents(r);
  ASSERT_EQ(docs.size(), 1u);
  const std::string body = docs[0]["text"].get<std::string>();
  EXPECT_NE(body.find("Caf\xEF\xBF\xBD owners"), std::string::npos);  // U+FFFD
  EXPECT_NE(body.find("Crews worked"), std::string::npos);
}

TEST_P(BadInput, LegacyCharsetTextIsDecodedWithAWarning) {
  std::string text = TestArticle(6);
  text.insert(text.find("Crews"), "The owner, Jos\xE9 M\xFCller, said the caf\xE9 was shut. ");
  std::string latin = dir_.Write("latin1.txt", text);
  RunResult r = Run({latin});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<std::string> lines = r.ErrLines(latin);
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_EQ(lines[0].rfind("claimtrace: warning: " + latin, 0), 0u) << lines[0];
  EXPECT_NE(lines[0].find("not UTF-8: read as "), std::string::npos) << lines[0];
  EXPECT_EQ(lines[0].find("ibm-"), std::string::npos) << lines[0];  // a name people know
  std::vector<nlohmann::json> docs = Documents(r);
  ASSERT_EQ(docs.size(), 1u);
  const std::string body = docs[0]["text"].get<std::string>();
  EXPECT_NE(body.find("Jos\xC3\xA9 M\xC3\xBCller"), std::string::npos) << body;
  EXPECT_EQ(body.find("\xEF\xBF\xBD"), std::string::npos);  // no U+FFFD
}

TEST_P(BadInput, EmptyFileIsRejected) {
  std::string empty = dir_.Write("empty.txt", "");
  std::string blank = dir_.Write("blank.txt", " \n\n \t\n");
  std::string good = dir_.Write("good.txt", TestArticle(1));
  RunResult r = Run({empty, good, blank});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  ExpectOneError(r, empty, "empty");
  ExpectOneError(r, blank, "empty");
  EXPECT_EQ(Sources(r), (std::vector<std::string>{good}));
}

TEST_P(BadInput, MalformedJsonLineIsReportedWithItsLineNumber) {
  std::string jsonl =
      dir_.Write("feed.jsonl", TestArticleJsonLine(1) + "{\"text\": \"unterminated\n" +
                                   TestArticleJsonLine(3) + "[1, 2]\n");
  RunResult r = Run({jsonl});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  ExpectOneError(r, jsonl + ":2:", "JSON");
  ExpectOneError(r, jsonl + ":4:", "object");
  EXPECT_EQ(Sources(r), (std::vector<std::string>{jsonl + ":1", jsonl + ":3"}));
}

// Peak RSS of the binary on a small input: the baseline for the bounded-memory checks.
long BaselineRssKb(const std::string& command, TempDir& dir) {
  std::string small = dir.Write("small.txt", TestArticle(0));
  std::vector<std::string> args = {command, small};
  if (command == "ingest") args.insert(args.begin() + 1, {"--db", dir.Path("baseline.db"), "-q"});
  RunResult r = RunClaimtrace(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  return r.max_rss_kb;
}

TEST_P(BadInput, HugeTextFileIsRejectedFromItsSizeWithoutReadingIt) {
  const long baseline = BaselineRssKb(GetParam(), dir_);
  std::string big = dir_.Path("big.txt");
  ASSERT_EQ(truncate(dir_.Write("big.txt", "Headline\n\nA body.").c_str(), 1ll << 30),
            0);  // sparse
  std::string good = dir_.Write("good.txt", TestArticle(1));
  RunResult r = Run({big, good});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  ExpectOneError(r, big, "limit");
  EXPECT_EQ(Sources(r), (std::vector<std::string>{good}));
  EXPECT_LT(r.seconds, 10.0);
  EXPECT_LT(r.max_rss_kb, baseline + 64 * 1024) << "baseline " << baseline << " KB";
  std::printf("%s: 1 GiB file rejected in %.2f s, peak RSS %ld KB (baseline %ld KB)\n",
              GetParam().c_str(), r.seconds, r.max_rss_kb, baseline);
}

TEST_P(BadInput, HugeJsonLinesLineIsSkippedInBoundedMemory) {
  const long baseline = BaselineRssKb(GetParam(), dir_);
  // One good line, then a second line of 1 GiB without a newline: it starts as a JSON string
  // (so the file does not look binary) and goes on as a sparse hole. Must be streamed past.
  std::string big =
      dir_.Write("big.jsonl", TestArticleJsonLine(1) + "{\"text\": \"" + std::string(8000, 'a'));
  ASSERT_EQ(truncate(big.c_str(), 1ll << 30), 0);
  std::string good = dir_.Write("good.txt", TestArticle(2));
  // With a 4 MiB article limit, memory must not grow with the 1 GiB line (the reader may buffer
  // up to the limit before it knows the line is too long).
  RunResult r = Run({big, good}, {"--max-article-mb", "4"}, {.timeout = std::chrono::seconds(120)});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  std::vector<std::string> lines = r.ErrLines(big + ":2");
  ASSERT_EQ(lines.size(), 1u) << r.err;
  EXPECT_EQ(lines[0].rfind("claimtrace: error: " + big + ":2", 0), 0u) << lines[0];
  EXPECT_EQ(Sources(r), (std::vector<std::string>{big + ":1", good}));
  EXPECT_LT(r.max_rss_kb, baseline + 32 * 1024) << "baseline " << baseline << " KB";
  std::printf("%s: 1 GiB line skipped in %.2f s, peak RSS %ld KB (baseline %ld KB)\n",
              GetParam().c_str(), r.seconds, r.max_rss_kb, baseline);
}

TEST_P(BadInput, ArticleLimitIsConfigurable) {
  // A 1.5 MiB article on one JSON line: sentences of ordinary words.
  std::string body;
  for (int i = 0; body.size() < (3u << 19); ++i) {
    body += "Sentence " + std::to_string(i) + " of a very long report goes on here. ";
  }
  std::string line = "{\"text\": \"Long report\\n\\n" + body + "\"}\n";
  std::string jsonl = dir_.Write("long.jsonl", line);
  RunResult small_limit = Run({jsonl}, {"--max-article-mb", "1"});
  EXPECT_EQ(small_limit.exit_code, 1) << small_limit.err;
  ExpectOneError(small_limit, jsonl + ":1", "limit");
  RunResult big_limit = Run({jsonl}, {"--max-article-mb", "2"});
  EXPECT_EQ(big_limit.exit_code, 0) << big_limit.err;
  EXPECT_EQ(Sources(big_limit), (std::vector<std::string>{jsonl + ":1"}));
}

TEST_P(BadInput, StandardInputIsReadAsDash) {
  std::string feed = dir_.Write("feed.jsonl", TestArticleJsonLine(1) + TestArticleJsonLine(2));
  RunResult r = Run({"-"}, {}, {.stdin_path = feed});
  EXPECT_EQ(r.exit_code, 0) << r.err;
  EXPECT_EQ(Sources(r), (std::vector<std::string>{"-:1", "-:2"}));
  std::string text = dir_.Write("plain.txt", TestArticle(3));
  RunResult t = Run({"-"}, {}, {.stdin_path = text});
  EXPECT_EQ(t.exit_code, 0) << t.err;
  std::vector<nlohmann::json> docs = Documents(t);
  ASSERT_FALSE(docs.empty());
  EXPECT_EQ(docs.back()["source"], "-");
}

TEST_P(BadInput, AllProblemsInOneRunAreEachReportedOnce) {
  std::string in = dir_.Path("mix");
  dir_.Write("mix/01.txt", TestArticle(1));
  dir_.Write("mix/02_empty.txt", "");
  dir_.Write("mix/03.jsonl", TestArticleJsonLine(3) + "not json\n");
  ASSERT_EQ(symlink("gone.txt", (in + "/04_dangling.txt").c_str()), 0);
  dir_.Write("mix/05.txt", TestArticle(5));
  RunResult r = Run({in, dir_.Path("nothing_here")});
  EXPECT_EQ(r.exit_code, 1) << r.err;
  EXPECT_EQ(r.ErrLines("claimtrace: error:").size(), 4u) << r.err;
  EXPECT_EQ(Sources(r),
            (std::vector<std::string>{in + "/01.txt", in + "/03.jsonl:1", in + "/05.txt"}));
}

INSTANTIATE_TEST_SUITE_P(Cli, BadInput, ::testing::Values("extract", "ingest"));

}  // namespace
}  // namespace claimtrace::testing
