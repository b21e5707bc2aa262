// Figures and times throughput on ../shared/corpus/bbc/bbc.jsonl (2,225 BBC articles; benchmark
// use only — nothing from it is stored), one thread:
//   BM_TimesAndFigures: TimeExtractor + FigureExtractor on documents already analysed by the
//                       language core and the attribution stage (what they add to a pipeline);
//   BM_FullPipeline:    Pipeline::Process on the same texts (clean, language core, attribution,
//                       times, figures), the reference for the share of figures + times;
//   BM_Tokenize:        the language core's tokenizer + splitter alone (a floor for comparison).
// MB/s is reported by Google Benchmark ("bytes_per_second"). The share of figures + times in a
// full extraction is BM_FullPipeline's time / BM_TimesAndFigures's time per byte, i.e.
// MB/s(full) / MB/s(times+figures). Skipped when the corpus or models are absent. Override the
// path with CLAIMTRACE_BBC_JSONL. Anchor: every document gets published = 2005-06-30 (the
// corpus has no dates), so relative expressions are resolved as in real use.
//   /tmp/build/bench/figures_bench --benchmark_min_time=3
#include <benchmark/benchmark.h>

#include <cstdlib>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/attribution.h"
#include "claimtrace/figures.h"
#include "claimtrace/ingest.h"
#include "claimtrace/lang.h"
#include "claimtrace/pipeline.h"
#include "lang/sentence_splitter.h"
#include "lang/tokenizer.h"

namespace {

using claimtrace::Document;
using claimtrace::TextAnalysis;

constexpr const char* kAnchor = "2005-06-30";

const std::vector<std::string>& Corpus() {
  static const std::vector<std::string> texts = [] {
    std::vector<std::string> out;
    const char* env = std::getenv("CLAIMTRACE_BBC_JSONL");
    std::string path = env ? env : std::string(CLAIMTRACE_SOURCE_DIR) +
                                       "/../shared/corpus/bbc/bbc.jsonl";
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

int64_t CorpusBytes() {
  int64_t n = 0;
  for (const std::string& t : Corpus()) n += static_cast<int64_t>(t.size());
  return n;
}

struct Analysed {
  std::vector<Document> docs;
  std::vector<TextAnalysis> analyses;
  std::string error;
};

// Documents as the figures stage receives them: language core and attribution already run.
const Analysed& AnalysedCorpus() {
  static const Analysed a = [] {
    Analysed out;
    auto lang = claimtrace::LanguageAnalyzer::Load({});
    auto attrib = claimtrace::AttributionExtractor::Load({});
    if (!lang.ok() || !attrib.ok()) {
      out.error = !lang.ok() ? lang.status().ToString() : attrib.status().ToString();
      return out;
    }
    for (const std::string& t : Corpus()) {
      Document doc;
      doc.text = t;
      doc.published = kAnchor;
      TextAnalysis analysis = (*lang)->Analyze(&doc);
      (*attrib)->Annotate(analysis, &doc);
      out.docs.push_back(std::move(doc));
      out.analyses.push_back(std::move(analysis));
    }
    return out;
  }();
  return a;
}

void BM_TimesAndFigures(benchmark::State& state) {
  if (Corpus().empty()) {
    state.SkipWithError("bbc.jsonl not found (set CLAIMTRACE_BBC_JSONL)");
    return;
  }
  const Analysed& a = AnalysedCorpus();
  if (!a.error.empty()) {
    state.SkipWithError(a.error.c_str());
    return;
  }
  std::vector<Document> docs = a.docs;
  const claimtrace::TimeExtractor times;
  const claimtrace::FigureExtractor figures;
  size_t n_times = 0, n_figures = 0;
  for (auto _ : state) {
    for (size_t k = 0; k < docs.size(); ++k) {
      times.Annotate(a.analyses[k], {}, &docs[k]);
      figures.Annotate(a.analyses[k], &docs[k]);
      n_times += docs[k].times.size();
      n_figures += docs[k].figures.size();
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
  state.counters["times/doc"] = static_cast<double>(n_times) / state.iterations() / docs.size();
  state.counters["figures/doc"] =
      static_cast<double>(n_figures) / state.iterations() / docs.size();
}
BENCHMARK(BM_TimesAndFigures)->Unit(benchmark::kMillisecond);

void BM_FullPipeline(benchmark::State& state) {
  if (Corpus().empty()) {
    state.SkipWithError("bbc.jsonl not found (set CLAIMTRACE_BBC_JSONL)");
    return;
  }
  auto pipeline = claimtrace::Pipeline::Create({.default_published = kAnchor});
  if (!pipeline.ok()) {
    state.SkipWithError(pipeline.status().ToString().c_str());
    return;
  }
  for (auto _ : state) {
    for (const std::string& t : Corpus()) {
      claimtrace::RawArticle article;
      article.source = "bbc";
      article.body = t;
      auto doc = (*pipeline)->Process(std::move(article), nullptr);
      benchmark::DoNotOptimize(doc);
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_FullPipeline)->Unit(benchmark::kMillisecond);

void BM_Tokenize(benchmark::State& state) {
  if (Corpus().empty()) {
    state.SkipWithError("bbc.jsonl not found (set CLAIMTRACE_BBC_JSONL)");
    return;
  }
  std::vector<claimtrace::Token> tokens;
  std::vector<claimtrace::ByteSpan> spans;
  std::vector<std::pair<uint32_t, uint32_t>> ranges;
  for (auto _ : state) {
    for (const std::string& t : Corpus()) {
      claimtrace::lang::Tokenize(t, &tokens);
      claimtrace::lang::SplitSentences(t, &tokens, &spans, &ranges);
    }
  }
  state.SetBytesProcessed(state.iterations() * CorpusBytes());
}
BENCHMARK(BM_Tokenize)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
