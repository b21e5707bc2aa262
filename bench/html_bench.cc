// HTML -> clean text + metadata throughput, in pages per second on one thread.
//
// Reads every page of the html-dev set ($CLAIMTRACE_HTML_DEV, default ../shared/data/html-dev
// next to the source tree; html/*.html.gz) into memory first, then times:
//   BM_ExtractAndClean   ExtractArticle + CleanText: what a user gets from an HTML page
//   BM_ExtractArticle    ExtractArticle alone (charset, pre-pass, parse, text, metadata)
//   BM_ExtractNoPrepass  ExtractArticle without the pre-pass (to show what it buys)
//   BM_Stage_*           the steps of ExtractArticle separately, and the cleaner alone
// items_per_second is pages/s. Skips with a message when the pages are absent.
// Run: build/bench/html_bench --benchmark_min_time=3
#include <benchmark/benchmark.h>
#include <zlib.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <string>
#include <vector>

#include "claimtrace/clean.h"
#include "claimtrace/html.h"
#include "web/blocks.h"
#include "web/charset.h"
#include "web/gumbo_doc.h"
#include "web/jsonld.h"
#include "web/main_text.h"
#include "web/metadata.h"
#include "web/prepass.h"

namespace {

namespace fs = std::filesystem;

struct Page {
  std::string html;
  std::string url;
};

std::string DataDir() {
  if (const char* env = std::getenv("CLAIMTRACE_HTML_DEV")) return env;
  return std::string(CLAIMTRACE_SOURCE_DIR) + "/../shared/data/html-dev";
}

bool ReadGzip(const fs::path& path, std::string* out) {
  gzFile f = gzopen(path.c_str(), "rb");
  if (f == nullptr) return false;
  char buf[1 << 16];
  int n;
  while ((n = gzread(f, buf, sizeof buf)) > 0) out->append(buf, static_cast<size_t>(n));
  gzclose(f);
  return n == 0;
}

const std::vector<Page>& Pages() {
  static const std::vector<Page> pages = [] {
    std::vector<Page> out;
    const fs::path dir = fs::path(DataDir()) / "html";
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return out;
    std::vector<fs::path> files;
    for (const auto& e : fs::directory_iterator(dir, ec)) {
      if (e.path().string().ends_with(".html.gz")) files.push_back(e.path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      Page p;
      if (ReadGzip(f, &p.html)) out.push_back(std::move(p));
    }
    return out;
  }();
  return pages;
}

bool Ready(benchmark::State& state) {
  if (Pages().empty()) {
    state.SkipWithError(
        ("no pages under " + DataDir() + "/html (set CLAIMTRACE_HTML_DEV)").c_str());
    return false;
  }
  return true;
}

void Finish(benchmark::State& state, size_t pages, size_t bytes) {
  state.SetItemsProcessed(static_cast<int64_t>(pages));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
  state.counters["avg_page_kb"] = Pages().empty() ? 0.0 : double(bytes) / double(pages) / 1024.0;
}

template <typename Fn>
void ForEachPage(benchmark::State& state, Fn fn) {
  if (!Ready(state)) return;
  size_t pages = 0, bytes = 0;
  for (auto _ : state) {
    for (const Page& p : Pages()) {
      fn(p);
      ++pages;
      bytes += p.html.size();
    }
  }
  Finish(state, pages, bytes);
}

void BM_ExtractAndClean(benchmark::State& state) {
  ForEachPage(state, [](const Page& p) {
    auto page = claimtrace::ExtractArticle(p.html, {});
    if (page.ok()) {
      claimtrace::CleanedText c = claimtrace::CleanText(page->text);
      benchmark::DoNotOptimize(c.text.data());
    }
  });
}
BENCHMARK(BM_ExtractAndClean)->Unit(benchmark::kMillisecond);

void BM_ExtractArticle(benchmark::State& state) {
  ForEachPage(state, [](const Page& p) {
    auto page = claimtrace::ExtractArticle(p.html, {});
    benchmark::DoNotOptimize(page.ok());
  });
}
BENCHMARK(BM_ExtractArticle)->Unit(benchmark::kMillisecond);

void BM_ExtractNoPrepass(benchmark::State& state) {
  ForEachPage(state, [](const Page& p) {
    auto page = claimtrace::ExtractArticle(p.html, {.prepass = false});
    benchmark::DoNotOptimize(page.ok());
  });
}
BENCHMARK(BM_ExtractNoPrepass)->Unit(benchmark::kMillisecond);

void BM_Stage_DecodeAndPrepass(benchmark::State& state) {
  ForEachPage(state, [](const Page& p) {
    claimtrace::web::DecodedHtml d = claimtrace::web::DecodeHtmlBytes(p.html);
    claimtrace::web::ReducedHtml r = claimtrace::web::ReduceHtml(d.text);
    benchmark::DoNotOptimize(r.html.data());
  });
}
BENCHMARK(BM_Stage_DecodeAndPrepass)->Unit(benchmark::kMillisecond);

// The remaining stages run on pre-reduced pages.
const std::vector<claimtrace::web::ReducedHtml>& Reduced() {
  static const std::vector<claimtrace::web::ReducedHtml> reduced = [] {
    std::vector<claimtrace::web::ReducedHtml> out;
    for (const Page& p : Pages()) {
      out.push_back(claimtrace::web::ReduceHtml(claimtrace::web::DecodeHtmlBytes(p.html).text));
    }
    return out;
  }();
  return reduced;
}

void BM_Stage_Parse(benchmark::State& state) {
  if (!Ready(state)) return;
  size_t pages = 0, bytes = 0;
  for (auto _ : state) {
    for (const auto& r : Reduced()) {
      claimtrace::web::ParsedHtml doc = claimtrace::web::ParsedHtml::Parse(r.html);
      benchmark::DoNotOptimize(doc.root());
      ++pages;
      bytes += r.html.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(pages));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Stage_Parse)->Unit(benchmark::kMillisecond);

void BM_Stage_TextAndMetadata(benchmark::State& state) {
  if (!Ready(state)) return;
  std::vector<claimtrace::web::ParsedHtml> docs;
  for (const auto& r : Reduced()) docs.push_back(claimtrace::web::ParsedHtml::Parse(r.html));
  size_t pages = 0;
  for (auto _ : state) {
    for (size_t i = 0; i < docs.size(); ++i) {
      const claimtrace::web::JsonLdInfo ld = claimtrace::web::ParseJsonLd(Reduced()[i].json_ld);
      const claimtrace::web::TextStore* texts = &Reduced()[i].texts;
      claimtrace::web::PageMetadata meta =
          claimtrace::web::ExtractMetadata({.root = docs[i].root(), .jsonld = &ld, .texts = texts});
      const claimtrace::web::BlockTree tree = claimtrace::web::BuildBlocks(docs[i].root(), texts);
      const claimtrace::web::MainText main = claimtrace::web::SelectMainText(
          tree, {.title = meta.title.value_or(""), .article_body = ld.article_body.value_or("")});
      claimtrace::web::ResolveDate(tree, main, meta.title.value_or(""), &meta);
      benchmark::DoNotOptimize(main.text.data());
      ++pages;
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(pages));
}
BENCHMARK(BM_Stage_TextAndMetadata)->Unit(benchmark::kMillisecond);

// The text cleaner (src/clean) alone, on the extracted article texts.
void BM_Stage_Clean(benchmark::State& state) {
  if (!Ready(state)) return;
  std::vector<std::string> texts;
  for (const Page& p : Pages()) {
    auto page = claimtrace::ExtractArticle(p.html, {});
    if (page.ok()) texts.push_back(std::move(page->text));
  }
  size_t pages = 0, bytes = 0;
  for (auto _ : state) {
    for (const std::string& t : texts) {
      claimtrace::CleanedText c = claimtrace::CleanText(t);
      benchmark::DoNotOptimize(c.text.data());
      ++pages;
      bytes += t.size();
    }
  }
  state.SetItemsProcessed(static_cast<int64_t>(pages));
  state.SetBytesProcessed(static_cast<int64_t>(bytes));
}
BENCHMARK(BM_Stage_Clean)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
