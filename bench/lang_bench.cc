// Language-core throughput on ../shared/corpus/bbc/bbc.jsonl (2,225 BBC articles; benchmark use
// only — nothing from it is stored). Reports tokens per second on one thread for:
//   BM_TokenizeSentences: tokenizer + sentence splitter;
//   BM_Analyze: the whole LanguageAnalyzer::Analyze (tokens, sentences, gazetteer, tagger,
//               typing, linking, roles).
// Skipped when the corpus is absent. Override the path with CLAIMTRACE_BBC_JSONL.
//   /tmp/build/bench/lang_bench --benchmark_min_time=3
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "claimtrace/lang.h"
#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"

namespace {

using claimtrace::Document;
using claimtrace::Token;

const std::vector<std::string>& Corpus() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    const char* env = std::getenv("CLAIMTRACE_BBC_JSONL");
    std::string path =
        env ? env : std::string(CLAIMTRACE_SOURCE_DIR) + "/../shared/corpus/bbc/bbc.jsonl";
    std::ifstream in(path);
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

void BM_TokenizeSentences(benchmark::State& state) {
  const auto& texts = Corpus();
  if (texts.empty()) {
    state.SkipWithError("bbc.jsonl not found (set CLAIMTRACE_BBC_JSONL)");
    return;
  }
  std::vector<Token> tokens;
  std::vector<claimtrace::ByteSpan> spans;
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  size_t total = 0;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      claimtrace::lang::Tokenize(t, &tokens);
      claimtrace::lang::SplitSentences(t, &tokens, &spans, &ranges);
      total += tokens.size();
    }
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(total), benchmark::Counter::kIsRate);
}
BENCHMARK(BM_TokenizeSentences)->Unit(benchmark::kMillisecond);

void BM_Analyze(benchmark::State& state) {
  const auto& texts = Corpus();
  if (texts.empty()) {
    state.SkipWithError("bbc.jsonl not found (set CLAIMTRACE_BBC_JSONL)");
    return;
  }
  auto analyzer = claimtrace::LanguageAnalyzer::Load({});
  if (!analyzer.ok()) {
    state.SkipWithError(analyzer.status().ToString().c_str());
    return;
  }
  size_t total = 0, entities = 0;
  Document doc;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      doc.text = t;
      claimtrace::TextAnalysis a = (*analyzer)->Analyze(&doc);
      total += a.tokens.size();
      entities += doc.entities.size();
    }
  }
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(total), benchmark::Counter::kIsRate);
  state.counters["entities/doc"] =
      static_cast<double>(entities) / (static_cast<double>(state.iterations()) * texts.size());
}
BENCHMARK(BM_Analyze)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
