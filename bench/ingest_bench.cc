// Ingest + clean throughput on the BBC news corpus (2,225 articles, JSON Lines, ~5 MB), one
// thread: ReadInputs streams the file and parses each record, CleanText normalises and cleans
// each body. Reports MB/s of input (bytes_per_second) and the process's peak resident memory.
// Corpus: $CLAIMTRACE_BBC_JSONL, else ../shared/corpus/bbc/bbc.jsonl next to the source tree,
// else /work/shared/corpus/bbc/bbc.jsonl; each benchmark is skipped with a message when absent.
// Run: build/bench/ingest_bench --benchmark_min_time=2 --benchmark_repetitions=5
#include <benchmark/benchmark.h>
#include <sys/resource.h>
#include <sys/stat.h>

#include <cstdlib>
#include <string>
#include <vector>

#include "claimtrace/clean.h"
#include "claimtrace/ingest.h"

namespace claimtrace {
namespace {

std::string CorpusPath() {
  if (const char* env = std::getenv("CLAIMTRACE_BBC_JSONL")) return env;
  for (const std::string& p :
       {std::string(CLAIMTRACE_SOURCE_DIR) + "/../shared/corpus/bbc/bbc.jsonl",
        std::string("/work/shared/corpus/bbc/bbc.jsonl")}) {
    struct stat st;
    if (::stat(p.c_str(), &st) == 0) return p;
  }
  return "";
}

uint64_t FileSize(const std::string& path) {
  struct stat st;
  return ::stat(path.c_str(), &st) == 0 ? static_cast<uint64_t>(st.st_size) : 0;
}

double PeakRssMiB() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;  // ru_maxrss is in KiB on Linux
}

class NullSink : public DiagnosticSink {
 public:
  void Error(const Status&) override { ++errors; }
  void Warning(const Status&) override {}
  size_t errors = 0;
};

void BM_IngestAndClean(benchmark::State& state) {
  const std::string path = CorpusPath();
  if (path.empty()) {
    state.SkipWithError("BBC corpus not found (set CLAIMTRACE_BBC_JSONL)");
    return;
  }
  uint64_t articles = 0, kept_bytes = 0, removed = 0;
  for (auto _ : state) {
    NullSink sink;
    IngestStats stats;
    Status s = ReadInputs(
        {path}, {}, sink,
        [&](RawArticle&& a) {
          CleanedText c = CleanText(a.body);
          kept_bytes += c.text.size();
          removed += c.removed.size();
          benchmark::DoNotOptimize(c);
        },
        &stats);
    if (!s.ok() || sink.errors > 0) state.SkipWithError("reading the corpus failed");
    articles += stats.articles;
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * FileSize(path)));
  state.counters["articles/s"] =
      benchmark::Counter(static_cast<double>(articles), benchmark::Counter::kIsRate);
  state.counters["removed_per_article"] =
      static_cast<double>(removed) / static_cast<double>(articles ? articles : 1);
  state.counters["peak_rss_MiB"] = PeakRssMiB();
}
BENCHMARK(BM_IngestAndClean)->Unit(benchmark::kMillisecond);

void BM_IngestOnly(benchmark::State& state) {
  const std::string path = CorpusPath();
  if (path.empty()) {
    state.SkipWithError("BBC corpus not found (set CLAIMTRACE_BBC_JSONL)");
    return;
  }
  for (auto _ : state) {
    NullSink sink;
    IngestStats stats;
    Status s = ReadInputs(
        {path}, {}, sink, [&](RawArticle&& a) { benchmark::DoNotOptimize(a.body.data()); }, &stats);
    benchmark::DoNotOptimize(s);
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * FileSize(path)));
  state.counters["peak_rss_MiB"] = PeakRssMiB();
}
BENCHMARK(BM_IngestOnly)->Unit(benchmark::kMillisecond);

void BM_CleanOnly(benchmark::State& state) {
  const std::string path = CorpusPath();
  if (path.empty()) {
    state.SkipWithError("BBC corpus not found (set CLAIMTRACE_BBC_JSONL)");
    return;
  }
  std::vector<std::string> bodies;
  NullSink sink;
  IngestStats stats;
  (void)ReadInputs(
      {path}, {}, sink, [&](RawArticle&& a) { bodies.push_back(std::move(a.body)); }, &stats);
  uint64_t bytes = 0;
  for (const std::string& b : bodies) bytes += b.size();
  for (auto _ : state) {
    for (const std::string& b : bodies) {
      CleanedText c = CleanText(b);
      benchmark::DoNotOptimize(c);
    }
  }
  state.SetBytesProcessed(static_cast<int64_t>(state.iterations() * bytes));
}
BENCHMARK(BM_CleanOnly)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimtrace

BENCHMARK_MAIN();
