// Tests for ProcessInputs with a fake processor: input order under random worker delays,
// rejections and exceptions reported in order, the in-flight window, early stop, idle callbacks.
#include "cli/process_inputs.h"

#include <gtest/gtest.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <map>
#include <random>
#include <thread>

namespace claimtrace::cli {
namespace {

class ProcessInputsTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = std::filesystem::temp_directory_path() /
           ("ct_process_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    std::filesystem::remove_all(dir_);
    std::filesystem::create_directories(dir_);
  }
  void TearDown() override { std::filesystem::remove_all(dir_); }

  // n files a000.txt ... with distinct one-paragraph bodies; `special` replaces some bodies.
  std::vector<std::string> MakeInputs(int n, const std::map<int, std::string>& special = {}) {
    std::vector<std::string> paths;
    for (int i = 0; i < n; ++i) {
      char name[32];
      std::snprintf(name, sizeof(name), "a%03d.txt", i);
      std::string path = (dir_ / name).string();
      auto it = special.find(i);
      std::ofstream(path) << (it != special.end() ? it->second
                                                  : "Article number " + std::to_string(i) +
                                                        " says something new.\n");
      paths.push_back(path);
    }
    return paths;
  }

  // A processor that sleeps a little at random, rejects bodies containing REJECT and throws on
  // bodies containing THROW.
  static ArticleProcessor Fake(std::atomic<int>* started = nullptr,
                               std::atomic<int>* delivered = nullptr,
                               std::atomic<int>* max_gap = nullptr) {
    return [=](RawArticle&& a, DiagnosticSink*) -> Result<Document> {
      if (started != nullptr) {
        int gap = started->fetch_add(1) + 1 - delivered->load();
        int prev = max_gap->load();
        while (gap > prev && !max_gap->compare_exchange_weak(prev, gap)) {
        }
      }
      thread_local std::mt19937 rng(std::hash<std::thread::id>()(std::this_thread::get_id()));
      std::this_thread::sleep_for(std::chrono::microseconds(rng() % 2000));
      if (a.body.find("THROW") != std::string::npos) throw std::runtime_error("boom");
      if (a.body.find("REJECT") != std::string::npos) {
        return InvalidArgumentError("rejected on purpose", {.file = a.source});
      }
      Document d;
      d.source = a.source;
      d.text = a.body;
      d.id = DocumentId(d.text);
      return d;
    };
  }

  std::filesystem::path dir_;
};

TEST_F(ProcessInputsTest, DeliversDocumentsInInputOrder) {
  std::vector<std::string> inputs = MakeInputs(60);
  CollectingDiagnostics diag;
  std::vector<std::string> sources;
  ProcessTotals totals;
  Status s = ProcessInputs(
      Fake(), {.inputs = inputs, .threads = 4}, diag,
      [&](Document&& d) {
        sources.push_back(d.source);
        return Status::Ok();
      },
      nullptr, nullptr, &totals);
  ASSERT_TRUE(s.ok()) << s.ToString();
  EXPECT_EQ(sources, inputs);
  EXPECT_EQ(totals.documents, 60u);
  EXPECT_EQ(totals.threads, 4);
  EXPECT_EQ(totals.read.articles, 60u);
  EXPECT_TRUE(diag.errors().empty());
}

TEST_F(ProcessInputsTest, RejectionsAndExceptionsAreReportedInOrderAndTheRestGoesOn) {
  std::vector<std::string> inputs =
      MakeInputs(20, {{3, "REJECT me\n"}, {7, "THROW here\n"}, {15, "REJECT too\n"}});
  CollectingDiagnostics diag;
  int delivered = 0;
  ProcessTotals totals;
  Status s = ProcessInputs(
      Fake(), {.inputs = inputs, .threads = 3}, diag,
      [&](Document&&) {
        ++delivered;
        return Status::Ok();
      },
      nullptr, nullptr, &totals);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(delivered, 17);
  EXPECT_EQ(totals.rejected, 3u);
  std::vector<Status> errors = diag.errors();
  ASSERT_EQ(errors.size(), 3u);
  EXPECT_EQ(errors[0].where().file, inputs[3]);
  EXPECT_EQ(errors[1].where().file, inputs[7]);
  EXPECT_NE(errors[1].message().find("boom"), std::string::npos);
  EXPECT_EQ(errors[2].where().file, inputs[15]);
}

TEST_F(ProcessInputsTest, ArticlesInFlightStayWithinTheWindow) {
  std::vector<std::string> inputs = MakeInputs(80);
  CollectingDiagnostics diag;
  std::atomic<int> started{0}, delivered{0}, max_gap{0};
  ProcessTotals totals;
  Status s = ProcessInputs(
      Fake(&started, &delivered, &max_gap), {.inputs = inputs, .threads = 2, .max_in_flight = 3},
      diag,
      [&](Document&&) {
        delivered.fetch_add(1);  // popped: its window slot is free again
        std::this_thread::sleep_for(std::chrono::microseconds(500));  // a slow consumer
        return Status::Ok();
      },
      nullptr, nullptr, &totals);
  ASSERT_TRUE(s.ok());
  EXPECT_EQ(delivered.load(), 80);
  EXPECT_GE(max_gap.load(), 1);
  // The window is 3; the gap can read one more because the consumer counts a document only
  // after it was popped (its slot already free for the reader).
  EXPECT_LE(max_gap.load(), 3 + 1);
}

TEST_F(ProcessInputsTest, StopsWhenTheConsumerFails) {
  std::vector<std::string> inputs = MakeInputs(40);
  CollectingDiagnostics diag;
  int delivered = 0;
  ProcessTotals totals;
  Status s = ProcessInputs(
      Fake(), {.inputs = inputs, .threads = 2}, diag,
      [&](Document&&) { return ++delivered == 5 ? IoError("disk full") : Status::Ok(); }, nullptr,
      nullptr, &totals);
  EXPECT_EQ(s.code(), StatusCode::kIoError);
  EXPECT_EQ(delivered, 5);
}

TEST_F(ProcessInputsTest, IdleCallbackRunsWhileWorkersAreBusy) {
  std::vector<std::string> inputs = MakeInputs(2);
  CollectingDiagnostics diag;
  int idle = 0;
  ProcessTotals totals;
  auto slow = [](RawArticle&& a, DiagnosticSink*) -> Result<Document> {
    std::this_thread::sleep_for(std::chrono::milliseconds(60));
    Document d;
    d.source = a.source;
    d.text = a.body;
    d.id = DocumentId(d.text);
    return d;
  };
  Status s = ProcessInputs(
      slow, {.inputs = inputs, .threads = 1, .idle_interval = std::chrono::milliseconds(10)}, diag,
      [&](Document&&) { return Status::Ok(); }, [&] { ++idle; }, nullptr, &totals);
  ASSERT_TRUE(s.ok());
  EXPECT_GE(idle, 3);
}

TEST(ResolveThreads, ZeroMeansOnePerCore) {
  EXPECT_EQ(ResolveThreads(3), 3);
  EXPECT_GE(ResolveThreads(0), 1);
}

}  // namespace
}  // namespace claimtrace::cli
