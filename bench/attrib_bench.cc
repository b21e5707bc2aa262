// Attribution throughput on /work/shared/corpus/bbc/bbc.jsonl (2,225 BBC articles; skipped when
// absent — the corpus is BBC copyright and only read here, never copied). One thread, so the
// reported bytes/s are per core:
//   BM_AttributionOnly   AttributionExtractor::Annotate alone (tokens and entities precomputed)
//   BM_FullExtraction    LanguageAnalyzer::Analyze (tokens, sentences, NER, linking) + Annotate
// Run: build/bench/attrib_bench --benchmark_min_time=3
#include <benchmark/benchmark.h>

#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "claimtrace/attribution.h"
#include "claimtrace/lang.h"

namespace {

constexpr char kCorpus[] = "/work/shared/corpus/bbc/bbc.jsonl";

const std::vector<std::string>& Texts() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    std::ifstream in(kCorpus);
    std::string line;
    while (std::getline(in, line)) {
      nlohmann::json j = nlohmann::json::parse(line, nullptr, /*allow_exceptions=*/false);
      if (j.is_object() && j.contains("text") && j["text"].is_string()) {
        out.push_back(j["text"].get<std::string>());
      }
    }
    return out;
  }();
  return texts;
}

struct Engines {
  std::unique_ptr<claimtrace::LanguageAnalyzer> lang;
  std::unique_ptr<claimtrace::AttributionExtractor> attrib;
};

const Engines* Load() {
  static const Engines* e = [] {
    auto lang = claimtrace::LanguageAnalyzer::Load({});
    auto attrib = claimtrace::AttributionExtractor::Load({});
    if (!lang.ok() || !attrib.ok()) return static_cast<Engines*>(nullptr);
    return new Engines{std::move(*lang), std::move(*attrib)};
  }();
  return e;
}

void BM_AttributionOnly(benchmark::State& state) {
  const Engines* e = Load();
  if (Texts().empty() || !e) {
    state.SkipWithError("corpus or models missing");
    return;
  }
  std::vector<claimtrace::Document> docs(Texts().size());
  std::vector<claimtrace::TextAnalysis> analyses(Texts().size());
  int64_t bytes = 0;
  for (size_t i = 0; i < Texts().size(); ++i) {
    docs[i].text = Texts()[i];
    analyses[i] = e->lang->Analyze(&docs[i]);
    bytes += static_cast<int64_t>(docs[i].text.size());
  }
  size_t statements = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) {
      e->attrib->Annotate(analyses[i], &docs[i]);
      statements += docs[i].statements.size();
    }
  }
  state.SetBytesProcessed(bytes * state.iterations());
  state.counters["statements/doc"] =
      static_cast<double>(statements) / static_cast<double>(docs.size() * state.iterations());
}
BENCHMARK(BM_AttributionOnly)->Unit(benchmark::kMillisecond);

void BM_FullExtraction(benchmark::State& state) {
  const Engines* e = Load();
  if (Texts().empty() || !e) {
    state.SkipWithError("corpus or models missing");
    return;
  }
  int64_t bytes = 0;
  for (const std::string& t : Texts()) bytes += static_cast<int64_t>(t.size());
  claimtrace::Document doc;
  for (auto _ : state) {
    for (const std::string& t : Texts()) {
      doc.text = t;
      claimtrace::TextAnalysis a = e->lang->Analyze(&doc);
      e->attrib->Annotate(a, &doc);
      benchmark::DoNotOptimize(doc.statements.data());
    }
  }
  state.SetBytesProcessed(bytes * state.iterations());
}
BENCHMARK(BM_FullExtraction)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
