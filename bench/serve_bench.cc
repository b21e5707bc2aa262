// Query and HTTP benchmarks for the serve stage: the store query functions behind the API
// (full-text search, who-said, entity page, document listing) and full HTTP round trips through
// an in-process Server on loopback, over a store of 2,000 generated test documents
// (src/store/test_documents.cc, built in /tmp once per run). One thread: per-core rates.
// Run: build/bench/serve_bench. The concurrent load test is scripts/loadtest.sh (wrk).
#include <benchmark/benchmark.h>
#include <httplib.h>
#include <unistd.h>

#include <filesystem>
#include <thread>

#include "claimtrace/server.h"
#include "claimtrace/store.h"
#include "claimtrace/store_queries.h"
#include "store/test_documents.h"

namespace claimtrace {
namespace {

constexpr int kDocuments = 2000;

struct Fixture {
  std::filesystem::path dir;
  std::unique_ptr<Store> store;
  std::unique_ptr<Server> server;
  std::thread thread;

  Fixture() {
    dir = std::filesystem::temp_directory_path() / ("ct_serve_bench_" + std::to_string(::getpid()));
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    const std::string db = (dir / "bench.db").string();
    store = std::move(Store::Open(db).value());
    {
      BatchWriter writer(store.get());
      for (int i = 0; i < kDocuments; ++i) {
        writer.Add(store::MakeAnnotatedDocument(i)).IgnoreError();
        writer.Tick().IgnoreError();
      }
      writer.Flush().IgnoreError();
    }
    server = std::move(Server::Create({.db = db, .port = 0, .threads = 2}).value());
    server->Listen().IgnoreError();
    thread = std::thread([this] { server->Run().IgnoreError(); });
  }
  ~Fixture() {
    server->Stop();
    thread.join();
    server.reset();
    store.reset();
    std::filesystem::remove_all(dir);
  }
};

Fixture& Shared() {
  static Fixture* f = new Fixture();  // lives until exit; removed by the OS temp cleaner if killed
  return *f;
}

void BM_SearchDocuments(benchmark::State& state) {
  Store& store = *Shared().store;
  for (auto _ : state) {
    auto r = SearchDocuments(store, "households power", SearchSyntax::kWords, {.limit = 20});
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_SearchDocuments)->Unit(benchmark::kMillisecond);

void BM_WhoSaid(benchmark::State& state) {
  Store& store = *Shared().store;
  for (auto _ : state) {
    auto r = ListStatements(store, {.query = "households"}, {.limit = 20});
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_WhoSaid)->Unit(benchmark::kMillisecond);

void BM_ListEntities(benchmark::State& state) {
  Store& store = *Shared().store;
  for (auto _ : state) {
    auto r = ListEntities(store, {}, {.limit = 50});
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_ListEntities)->Unit(benchmark::kMillisecond);

void BM_EntityPage(benchmark::State& state) {
  Store& store = *Shared().store;
  for (auto _ : state) {
    auto r = GetEntity(store, "Ilona Kravets", "PERSON", 50);
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_EntityPage)->Unit(benchmark::kMillisecond);

void BM_ListDocumentsDeepPage(benchmark::State& state) {
  Store& store = *Shared().store;
  for (auto _ : state) {
    auto r = ListDocuments(store, {}, {.limit = 20, .offset = kDocuments / 2});
    benchmark::DoNotOptimize(r);
  }
}
BENCHMARK(BM_ListDocumentsDeepPage)->Unit(benchmark::kMillisecond);

void HttpGet(benchmark::State& state, const char* path) {
  Fixture& f = Shared();
  httplib::Client client("127.0.0.1", f.server->port());
  client.set_keep_alive(true);
  int64_t bytes = 0;
  for (auto _ : state) {
    auto res = client.Get(path);
    if (!res || res->status != 200) {
      state.SkipWithError("request failed");
      break;
    }
    bytes += static_cast<int64_t>(res->body.size());
  }
  state.SetBytesProcessed(bytes);
}

void BM_HttpSearch(benchmark::State& state) { HttpGet(state, "/api/search?q=households&limit=20"); }
BENCHMARK(BM_HttpSearch)->Unit(benchmark::kMillisecond);

void BM_HttpDocument(benchmark::State& state) {
  static const std::string path = "/api/documents/" + store::MakeAnnotatedDocument(7).id;
  HttpGet(state, path.c_str());
}
BENCHMARK(BM_HttpDocument)->Unit(benchmark::kMillisecond);

void BM_HttpHealth(benchmark::State& state) { HttpGet(state, "/api/health"); }
BENCHMARK(BM_HttpHealth)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace claimtrace

BENCHMARK_MAIN();
