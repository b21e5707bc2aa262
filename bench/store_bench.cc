// Store benchmarks: BatchWriter throughput (documents/s and MB/s of text) for annotated documents
// of about 2.3 KB of text (the BBC corpus average) with 2 entities, 3 mentions, 1 statement with a
// via, 1 figure, 1 time and 1 removed piece each; re-ingest of the same documents (all
// duplicates); and reading everything back in ingest order (export). Synthetic documents, written
// to a temporary file on the local disk; WAL, synchronous=NORMAL as in the product.
//   build/bench/store_bench --benchmark_min_time=2
#include <benchmark/benchmark.h>
#include <unistd.h>

#include <filesystem>

#include "claimtrace/export.h"
#include "claimtrace/store.h"
#include "store/test_documents.h"

namespace claimtrace {
namespace {

Document BenchDocument(int i) {
  Document d = store::MakeAnnotatedDocument(i);
  std::string para = "\n\nResidents of district " + std::to_string(i) +
                     " described long queues at the few petrol stations still open, while "
                     "engineers checked substations one by one before restoring supply.";
  while (d.text.size() < 2300) d.text += para;
  d.id = DocumentId(d.text);
  return d;
}

std::string FreshPath(const char* name) {
  std::filesystem::path p = std::filesystem::temp_directory_path() /
                            (std::string("ct_bench_") + name + "_" + std::to_string(getpid()));
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(p.string() + suffix);
  return p.string();
}

void RemoveDb(const std::string& path) {
  for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(path + suffix);
}

void BM_StoreNewDocuments(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  std::vector<Document> docs;
  for (int i = 0; i < n; ++i) docs.push_back(BenchDocument(i));
  uint64_t bytes = 0;
  for (const Document& d : docs) bytes += d.text.size();
  for (auto _ : state) {
    state.PauseTiming();
    std::string path = FreshPath("new");
    auto store = Store::Open(path);
    if (!store.ok()) state.SkipWithError(store.status().ToString().c_str());
    state.ResumeTiming();
    BatchWriter w(store->get());
    for (const Document& d : docs) {
      if (!w.Add(d).ok() || !w.Tick().ok()) state.SkipWithError("add failed");
    }
    if (!w.Flush().ok()) state.SkipWithError("flush failed");
    state.PauseTiming();
    store->reset();
    RemoveDb(path);
    state.ResumeTiming();
  }
  state.SetItemsProcessed(state.iterations() * n);
  state.SetBytesProcessed(state.iterations() * bytes);
}
BENCHMARK(BM_StoreNewDocuments)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_StoreDuplicates(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  std::vector<Document> docs;
  for (int i = 0; i < n; ++i) docs.push_back(BenchDocument(i));
  std::string path = FreshPath("dup");
  auto store = Store::Open(path);
  {
    BatchWriter w(store->get());
    for (const Document& d : docs) (void)w.Add(d);
    (void)w.Flush();
  }
  for (auto _ : state) {
    BatchWriter w(store->get());
    for (const Document& d : docs) {
      if (!w.Add(d).ok() || !w.Tick().ok()) state.SkipWithError("add failed");
    }
    if (!w.Flush().ok()) state.SkipWithError("flush failed");
  }
  state.SetItemsProcessed(state.iterations() * n);
  store->reset();
  RemoveDb(path);
}
BENCHMARK(BM_StoreDuplicates)->Arg(2000)->Unit(benchmark::kMillisecond);

void BM_ExportAll(benchmark::State& state) {
  const int n = static_cast<int>(state.range(0));
  std::string path = FreshPath("export");
  auto store = Store::Open(path);
  {
    BatchWriter w(store->get());
    for (int i = 0; i < n; ++i) (void)w.Add(BenchDocument(i));
    (void)w.Flush();
  }
  uint64_t bytes = 0;
  for (auto _ : state) {
    std::string line;
    Status s = (*store)->ForEachDocument([&](Document&& d) {
      line.clear();
      AppendDocumentJson(d, &line);
      bytes += line.size();
      return Status::Ok();
    });
    if (!s.ok()) state.SkipWithError(s.ToString().c_str());
  }
  state.SetItemsProcessed(state.iterations() * n);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  store->reset();
  RemoveDb(path);
}
BENCHMARK(BM_ExportAll)->Arg(2000)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimtrace

BENCHMARK_MAIN();
