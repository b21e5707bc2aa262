// Across-article resolution speed (one thread): MinHash signatures, near-duplicate insert+query
// (signature + LSH lookup + verification + grouping), entity resolution per document, and the
// whole Resolver per document, on the BBC corpus replicated with perturbed copies (5% of words
// edited, sentences reordered), so that near duplicates and repeated names really occur.
//
// Corpus: $CLAIMTRACE_BBC, else ../shared/corpus/bbc/bbc.jsonl next to the source tree (BBC
// copyright: read here, never copied). Entities come from a crude capitalised-word spotter in
// this file (the language core is not used, so the numbers isolate resolution).
// Run: build/bench/resolve_bench --benchmark_min_time=1
// Counters: docs_per_s, peak_rss_mb (process peak), state_mb (approximate in-memory state).
#include <benchmark/benchmark.h>
#include <sys/resource.h>

#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "../tests/eval/neardup/perturb.h"
#include "claimtrace/document.h"
#include "resolve/entity_resolver.h"
#include "resolve/minhash.h"
#include "resolve/near_duplicates.h"
#include "resolve/resolver.h"

namespace claimtrace::resolve {
namespace {

double PeakRssMb() {
  struct rusage ru;
  getrusage(RUSAGE_SELF, &ru);
  return static_cast<double>(ru.ru_maxrss) / 1024.0;
}

std::string CorpusPath() {
  if (const char* env = std::getenv("CLAIMTRACE_BBC")) return env;
  return std::string(CLAIMTRACE_SOURCE_DIR) + "/../shared/corpus/bbc/bbc.jsonl";
}

// Capitalised word runs not at a sentence start, as stand-in entities.
void SpotEntities(Document* doc) {
  const std::string& t = doc->text;
  std::map<std::string, size_t> index;
  size_t i = 0;
  bool sentence_start = true;
  while (i < t.size()) {
    const unsigned char c = static_cast<unsigned char>(t[i]);
    if (std::isupper(c) && (i == 0 || t[i - 1] == ' ')) {
      size_t j = i, words = 0;
      size_t end = i;
      while (j < t.size() && std::isupper(static_cast<unsigned char>(t[j])) && words < 3) {
        size_t k = j;
        while (k < t.size() && (std::isalpha(static_cast<unsigned char>(t[k])) || t[k] == '\'')) {
          ++k;
        }
        end = k;
        ++words;
        if (k < t.size() && t[k] == ' ' && k + 1 < t.size() &&
            std::isupper(static_cast<unsigned char>(t[k + 1]))) {
          j = k + 1;
        } else {
          break;
        }
      }
      if (!sentence_start && end > i + 1) {
        const std::string name = t.substr(i, end - i);
        auto it = index.find(name);
        if (it == index.end()) {
          Entity e;
          e.id = "e" + std::to_string(doc->entities.size() + 1);
          e.name = name;
          e.type = words >= 2 ? EntityType::kPerson : EntityType::kOrg;
          it = index.emplace(name, doc->entities.size()).first;
          doc->entities.push_back(std::move(e));
        }
        doc->entities[it->second].mentions.push_back(
            {static_cast<uint32_t>(i), static_cast<uint32_t>(end)});
      }
      sentence_start = false;
      i = end + 1;
      continue;
    }
    if (c == '.' || c == '\n' || c == '?' || c == '!') sentence_start = true;
    if (std::isalnum(c)) sentence_start = false;
    ++i;
  }
}

// The BBC corpus, then `copies` perturbed copies of every article.
const std::vector<Document>& Corpus(int copies) {
  static std::map<int, std::vector<Document>> cache;
  auto it = cache.find(copies);
  if (it != cache.end()) return it->second;
  std::vector<Document>& docs = cache[copies];
  auto articles = neardup_eval::LoadJsonlCorpus(CorpusPath());
  if (!articles.ok()) return docs;
  const std::vector<std::string> vocab = neardup_eval::Vocabulary(*articles);
  neardup_eval::Rng rng(11);
  for (int round = 0; round <= copies; ++round) {
    for (const auto& a : *articles) {
      Document d;
      d.text = round == 0 ? a.text
                          : neardup_eval::ReorderSentences(
                                neardup_eval::EditWords(a.text, 0.05, vocab, rng), rng);
      d.id = DocumentId(d.text) + (round == 0 ? "" : "-" + std::to_string(round));
      d.title = a.title;
      d.outlet = a.outlet;
      d.published =
          "2005-0" + std::to_string(1 + rng.Below(9)) + "-1" + std::to_string(rng.Below(10));
      SpotEntities(&d);
      docs.push_back(std::move(d));
    }
  }
  return docs;
}

void BM_MinHashSignature(benchmark::State& state) {
  const auto& docs = Corpus(0);
  if (docs.empty()) return state.SkipWithError("BBC corpus not found");
  MinHasher hasher;
  size_t i = 0, bytes = 0;
  for (auto _ : state) {
    const Document& d = docs[i++ % docs.size()];
    Signature s = hasher.Compute(d.text);
    benchmark::DoNotOptimize(hasher.BandKeys(s));
    bytes += d.text.size();
  }
  state.counters["docs_per_s"] =
      benchmark::Counter(static_cast<double>(state.iterations()), benchmark::Counter::kIsRate);
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_MinHashSignature);

// Insert + query of every document into a fresh in-memory index (corpus x (1 + copies)).
void BM_NearDuplicateInsert(benchmark::State& state) {
  const auto& docs = Corpus(static_cast<int>(state.range(0)));
  if (docs.empty()) return state.SkipWithError("BBC corpus not found");
  size_t state_bytes = 0, dups = 0;
  for (auto _ : state) {
    InMemoryNearDuplicateState index;
    NearDuplicateDetector detector(&index);
    for (const Document& d : docs) {
      auto r = detector.Add(d);
      if (!r.ok()) return state.SkipWithError(r.status().ToString().c_str());
    }
    state.PauseTiming();
    state_bytes = index.ApproximateBytes();
    dups = 0;
    for (const Document& d : docs) {
      DuplicateRecord rec;
      bool found = false;
      if (index.Get(d.id, &rec, &found).ok() && found && rec.group != d.id) ++dups;
    }
    state.ResumeTiming();
  }
  state.counters["docs_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * docs.size()), benchmark::Counter::kIsRate);
  state.counters["documents"] = static_cast<double>(docs.size());
  state.counters["near_dups"] = static_cast<double>(dups);
  state.counters["state_mb"] = static_cast<double>(state_bytes) / 1e6;
  state.counters["peak_rss_mb"] = PeakRssMb();
}
BENCHMARK(BM_NearDuplicateInsert)->Arg(0)->Arg(4)->Unit(benchmark::kMillisecond);

void BM_EntityResolutionPerDocument(benchmark::State& state) {
  const auto& docs = Corpus(static_cast<int>(state.range(0)));
  if (docs.empty()) return state.SkipWithError("BBC corpus not found");
  size_t entities = 0;
  for (auto _ : state) {
    InMemoryEntityCatalog catalog;
    auto resolver = EntityResolver::Create(&catalog).value();
    for (const Document& d : docs) {
      auto r = resolver->Resolve(d);
      if (!r.ok()) return state.SkipWithError(r.status().ToString().c_str());
      entities += d.entities.size();
    }
    state.counters["global_entities"] = static_cast<double>(catalog.entities().size());
  }
  state.counters["docs_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * docs.size()), benchmark::Counter::kIsRate);
  state.counters["entities_per_doc"] =
      static_cast<double>(entities) / static_cast<double>(state.iterations() * docs.size());
  state.counters["peak_rss_mb"] = PeakRssMb();
}
BENCHMARK(BM_EntityResolutionPerDocument)->Arg(0)->Arg(4)->Unit(benchmark::kMillisecond);

void BM_ResolverPerDocument(benchmark::State& state) {
  const auto& docs = Corpus(static_cast<int>(state.range(0)));
  if (docs.empty()) return state.SkipWithError("BBC corpus not found");
  for (auto _ : state) {
    InMemoryResolveState rs;
    auto resolver = Resolver::Create(rs.states()).value();
    for (const Document& d : docs) {
      auto r = resolver->Add(d);
      if (!r.ok()) return state.SkipWithError(r.status().ToString().c_str());
    }
    state.counters["stories"] = static_cast<double>(rs.stories.clusters().size());
    state.counters["dup_state_mb"] = static_cast<double>(rs.duplicates.ApproximateBytes()) / 1e6;
  }
  state.counters["docs_per_s"] = benchmark::Counter(
      static_cast<double>(state.iterations() * docs.size()), benchmark::Counter::kIsRate);
  state.counters["peak_rss_mb"] = PeakRssMb();
}
BENCHMARK(BM_ResolverPerDocument)->Arg(0)->Arg(4)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace claimtrace::resolve

BENCHMARK_MAIN();
