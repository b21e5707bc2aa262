// Scale: N articles (default 100,000) through the whole ingest path into one store — pipeline
// (Prepare + Annotate), store (BatchWriter, 200 documents per transaction) and across-article
// resolution (ResolvePending after every batch, the same code `claimtrace resolve` runs) — then
// the cost of adding 1,000 more articles to the full store. Reports wall time per stage, peak
// RSS, database size and rates.
//
// Corpus: the BBC corpus ($CLAIMTRACE_BBC, else ../shared/corpus/bbc/bbc.jsonl next to the source
// tree; BBC copyright: read here in memory, never written anywhere) replicated: copy k of article
// a is a perturbed rewrite (sentences reordered, 5% of words edited, a different outlet and
// date), generated in memory. Publication dates spread 300 articles per day, so story windows
// and figure weeks behave as in a real feed.
// Environment: CLAIMTRACE_SCALE_DOCS (default 100000), CLAIMTRACE_SCALE_DB (default
// /tmp/claimtrace_scale.db, deleted first unless CLAIMTRACE_SCALE_FIRST is set),
// CLAIMTRACE_SCALE_THREADS (annotation threads, default 2), CLAIMTRACE_SCALE_FIRST (continue an
// existing store at article N). One iteration; not part of ctest. Progress every 2,000
// documents with the resolve cost per document of that slice, wall and CPU of the resolving
// thread. Run: nice -n 10 build/bench/scale_bench
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <filesystem>
#include <string>
#include <thread>
#include <vector>

#include "../tests/eval/neardup/perturb.h"
#include "claimtrace/ingest.h"
#include "claimtrace/pipeline.h"
#include "claimtrace/resolution.h"
#include "claimtrace/store.h"

namespace claimtrace {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

std::string BbcPath() {
  if (const char* env = std::getenv("CLAIMTRACE_BBC")) return env;
  return std::string(CLAIMTRACE_SOURCE_DIR) + "/../shared/corpus/bbc/bbc.jsonl";
}

size_t EnvSize(const char* name, size_t fallback) {
  const char* v = std::getenv(name);
  if (v == nullptr) return fallback;
  char* end = nullptr;
  const unsigned long long n = std::strtoull(v, &end, 10);
  return end != v ? static_cast<size_t>(n) : fallback;
}

double PeakRssMb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_maxrss) / 1024.0;
}

std::string Date(size_t i) {
  // 300 articles a day from 2023-01-01, 28-day months for simplicity.
  const size_t day = i / 300;
  const size_t year = 2023 + day / 336;
  const size_t month = 1 + (day / 28) % 12;
  const size_t dom = 1 + day % 28;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04zu-%02zu-%02zu", year, month, dom);
  return buf;
}

// Article number `i` of the replicated corpus.
RawArticle MakeArticle(const std::vector<neardup_eval::EvalArticle>& bbc,
                       const std::vector<std::string>& vocab, size_t i) {
  const neardup_eval::EvalArticle& a = bbc[i % bbc.size()];
  const size_t copy = i / bbc.size();
  static const char* kOutlets[] = {"Northern Herald", "Daily Meridian", "Valley Courier",
                                   "Harbour Gazette", "City Ledger",    "Evening Dispatch",
                                   "Coastal Times",   "Market Wire",    "Hill Country Post",
                                   "Riverside News"};
  RawArticle raw;
  raw.source = "scale:" + std::to_string(i);
  raw.id = a.id + "#" + std::to_string(copy);
  raw.title = a.title;
  raw.published = Date(i);
  if (copy == 0) {
    raw.outlet = a.outlet.empty() ? "BBC News" : a.outlet;
    raw.body = a.text;
  } else {
    neardup_eval::Rng rng(0x5ca1eULL * (i + 1));
    raw.outlet = kOutlets[copy % 10];
    raw.body =
        neardup_eval::EditWords(neardup_eval::ReorderSentences(a.text, rng), 0.05, vocab, rng);
  }
  raw.format = BodyFormat::kText;
  return raw;
}

// CPU time of the calling thread (resolution runs on it), in seconds.
double ThreadCpuSeconds() {
  timespec ts{};
  clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

struct Stages {
  double nlp = 0, store = 0, resolve = 0;
  double resolve_cpu = 0;  // CPU time of the resolving thread (less load-dependent than wall)
  size_t docs = 0;
};

// Annotates [first, first + count) with `threads` threads, then stores and resolves them.
Status Run(const Pipeline& pipe, Store* store, const std::vector<neardup_eval::EvalArticle>& bbc,
           const std::vector<std::string>& vocab, size_t first, size_t count, size_t threads,
           Stages* stages) {
  BatchWriter writer(store,
                     {.max_documents = 200, .max_age = std::chrono::hours(1), .resolve = false});
  CollectingDiagnostics diag;
  const size_t chunk = 200;
  double slice_resolve = stages->resolve, slice_cpu = stages->resolve_cpu;
  size_t slice_docs = 0;
  for (size_t start = first; start < first + count; start += chunk) {
    const size_t n = std::min(chunk, first + count - start);
    std::vector<Result<Document>> docs(n, Status(StatusCode::kInternal, "not annotated"));
    auto t0 = Clock::now();
    std::vector<std::thread> pool;
    for (size_t t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (size_t k = t; k < n; k += threads) {
          docs[k] = pipe.Prepare(MakeArticle(bbc, vocab, start + k), &diag);
          if (docs[k].ok()) pipe.Annotate(&*docs[k]);
        }
      });
    }
    for (std::thread& th : pool) th.join();
    auto t1 = Clock::now();
    for (Result<Document>& d : docs) {
      if (!d.ok()) continue;
      CT_RETURN_IF_ERROR(writer.Add(*d).status());
      ++stages->docs;
    }
    CT_RETURN_IF_ERROR(writer.Flush());
    auto t2 = Clock::now();
    const double cpu0 = ThreadCpuSeconds();
    CT_RETURN_IF_ERROR(ResolvePending(store, {.batch_documents = 200}, &diag).status());
    stages->resolve_cpu += ThreadCpuSeconds() - cpu0;
    auto t3 = Clock::now();
    stages->nlp += std::chrono::duration<double>(t1 - t0).count();
    stages->store += std::chrono::duration<double>(t2 - t1).count();
    stages->resolve += std::chrono::duration<double>(t3 - t2).count();
    // Progress every 2,000 documents, with the resolve cost per document of that slice.
    if (((start - first) / chunk) % 10 == 9 || start + n == first + count) {
      const size_t done = start - first + n;
      std::fprintf(
          stderr,
          "  %zu docs: nlp %.0fs store %.0fs resolve %.0fs (last slice %.2f ms/doc, "
          "cpu %.2f ms/doc) rss %.0f MB\n",
          done, stages->nlp, stages->store, stages->resolve,
          1000.0 * (stages->resolve - slice_resolve) / static_cast<double>(done - slice_docs),
          1000.0 * (stages->resolve_cpu - slice_cpu) / static_cast<double>(done - slice_docs),
          PeakRssMb());
      slice_resolve = stages->resolve;
      slice_cpu = stages->resolve_cpu;
      slice_docs = done;
    }
  }
  return Status::Ok();
}

void BM_Scale(benchmark::State& state) {
  Result<std::vector<neardup_eval::EvalArticle>> bbc = neardup_eval::LoadJsonlCorpus(BbcPath());
  if (!bbc.ok() || bbc->empty()) {
    state.SkipWithError(("BBC corpus not readable: " + bbc.status().ToString()).c_str());
    return;
  }
  const std::vector<std::string> vocab = neardup_eval::Vocabulary(*bbc);
  const size_t total = EnvSize("CLAIMTRACE_SCALE_DOCS", 100000);
  const size_t threads = std::max<size_t>(1, EnvSize("CLAIMTRACE_SCALE_THREADS", 2));
  const char* db_env = std::getenv("CLAIMTRACE_SCALE_DB");
  const std::string db = db_env ? db_env : "/tmp/claimtrace_scale.db";
  Result<std::unique_ptr<Pipeline>> pipe = Pipeline::Create({});
  if (!pipe.ok()) {
    state.SkipWithError(pipe.status().ToString().c_str());
    return;
  }
  // CLAIMTRACE_SCALE_FIRST=N continues an existing store at article N instead of starting
  // afresh (profile the cost of adding documents to a large store without rebuilding it).
  const size_t first = EnvSize("CLAIMTRACE_SCALE_FIRST", 0);
  for (auto _ : state) {
    if (first == 0) {
      for (const char* suffix : {"", "-wal", "-shm"}) fs::remove(db + suffix);
    }
    Result<std::unique_ptr<Store>> store = Store::Open(db);
    if (!store.ok()) {
      state.SkipWithError(store.status().ToString().c_str());
      return;
    }
    Stages main, more;
    const auto t0 = Clock::now();
    Status s = Run(**pipe, store->get(), *bbc, vocab, first, total, threads, &main);
    const double wall = std::chrono::duration<double>(Clock::now() - t0).count();
    const double rss_main = PeakRssMb();
    const double db_mb = static_cast<double>(fs::file_size(db)) / (1 << 20);
    const auto t1 = Clock::now();
    if (s.ok()) s = Run(**pipe, store->get(), *bbc, vocab, first + total, 1000, threads, &more);
    const double wall_more = std::chrono::duration<double>(Clock::now() - t1).count();
    if (!s.ok()) {
      state.SkipWithError(s.ToString().c_str());
      return;
    }
    Result<ResolutionSummary> sum = LoadResolutionSummary(**store);
    std::printf(
        "scale: %zu docs in %.0f s wall (annotation threads %zu): nlp %.0f s, store %.0f s, "
        "resolve %.0f s (cpu %.0f s); %.1f resolved docs/s (one thread); peak RSS %.0f MB; "
        "db %.0f MB\n",
        main.docs, wall, threads, main.nlp, main.store, main.resolve, main.resolve_cpu,
        main.docs / std::max(main.resolve, 1e-9), rss_main, db_mb);
    std::printf(
        "scale: +%zu docs on the full store in %.1f s: nlp %.1f s, store %.1f s, resolve %.1f s "
        "(cpu %.1f s); peak RSS %.0f MB\n",
        more.docs, wall_more, more.nlp, more.store, more.resolve, more.resolve_cpu, PeakRssMb());
    if (sum.ok()) {
      std::printf(
          "scale: %llu global entities, %llu stories, %llu claims (%llu with several reports), "
          "%llu near duplicates, %llu figure conflicts, %llu pending\n",
          static_cast<unsigned long long>(sum->global_entities),
          static_cast<unsigned long long>(sum->stories),
          static_cast<unsigned long long>(sum->claims),
          static_cast<unsigned long long>(sum->claims_with_several_reports),
          static_cast<unsigned long long>(sum->near_duplicates),
          static_cast<unsigned long long>(sum->conflicts),
          static_cast<unsigned long long>(sum->pending_documents));
    }
    state.counters["docs"] = static_cast<double>(main.docs);
    state.counters["wall_s"] = wall;
    state.counters["nlp_s"] = main.nlp;
    state.counters["store_s"] = main.store;
    state.counters["resolve_s"] = main.resolve;
    state.counters["resolve_cpu_s"] = main.resolve_cpu;
    state.counters["peak_rss_mb"] = rss_main;
    state.counters["db_mb"] = db_mb;
    state.counters["add1000_s"] = wall_more;
    state.counters["add1000_resolve_s"] = more.resolve;
  }
}
BENCHMARK(BM_Scale)->Iterations(1)->Unit(benchmark::kSecond)->UseRealTime();

}  // namespace
}  // namespace claimtrace

BENCHMARK_MAIN();
