// ct_html_dump: runs ExtractArticle on HTML files and prints one JSON object per file.
//
// Usage: ct_html_dump [--no-prepass | --no-block-filter | --block-model FILE | --reduced]
//                     [FILE[\tURL] ...]   (no files: read
// "FILE<TAB>URL" lines from stdin). --reduced prints what the pre-pass hands to the parser
// (decoded, reduced markup) instead of the extraction, to see what the parser works on. Files
// ending in .gz are inflated first. Used by scripts/eval/html_eval.py; a developer tool, not part
// of the claimtrace CLI.

#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "claimtrace/html.h"
#include "core/input_stream.h"
#include "web/block_filter.h"
#include "web/charset.h"
#include "web/prepass.h"

namespace {

// A whole page or ground-truth file, gzip undone (pages are at most a few MB).
bool ReadFile(const std::string& path, std::string* out) {
  claimtrace::Result<std::string> text = claimtrace::InputStream::ReadFile(path, 256u << 20);
  if (!text.ok()) return false;
  *out = std::move(*text);
  return true;
}

bool g_block_filter = true;
const claimtrace::web::BlockFilter* g_block_model = nullptr;  // --block-model FILE

void Dump(const std::string& spec, bool prepass, bool reduced) {
  const size_t tab = spec.find('\t');
  const std::string path = spec.substr(0, tab);
  if (reduced) {
    std::string html;
    if (!ReadFile(path, &html)) {
      std::cerr << path << ": cannot read file\n";
      return;
    }
    const claimtrace::web::DecodedHtml decoded = claimtrace::web::DecodeHtmlBytes(html, {});
    std::cout << claimtrace::web::ReduceHtml(decoded.text).html << "\n";
    return;
  }
  claimtrace::HtmlOptions options;
  options.prepass = prepass;
  options.use_block_filter = g_block_filter;
  options.block_filter = g_block_model;
  if (tab != std::string::npos && tab + 1 < spec.size()) options.url = spec.substr(tab + 1);
  nlohmann::json out;
  out["path"] = path;
  std::string html;
  if (!ReadFile(path, &html)) {
    out["error"] = "cannot read file";
  } else {
    claimtrace::Result<claimtrace::ExtractedPage> page = claimtrace::ExtractArticle(html, options);
    if (!page.ok()) {
      out["error"] = page.status().ToString();
    } else {
      auto opt = [](const std::optional<std::string>& v) -> nlohmann::json {
        return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
      };
      out["text"] = page->text;
      out["title"] = opt(page->title);
      out["author"] = opt(page->author);
      out["published"] = opt(page->published);
      out["modified"] = opt(page->modified);
      out["outlet"] = opt(page->outlet);
      out["canonical_url"] = opt(page->canonical_url);
      out["language"] = opt(page->language);
      out["charset"] = page->charset;
      out["published_source"] = page->published_source;
      out["charset_repaired"] = page->charset_repaired;
    }
  }
  std::cout << out.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) << "\n";
}

}  // namespace

int main(int argc, char** argv) {
  bool prepass = true;
  bool reduced = false;
  std::vector<std::string> specs;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    if (a == "--no-prepass") {
      prepass = false;
    } else if (a == "--no-block-filter") {
      g_block_filter = false;
    } else if (a == "--block-model" && i + 1 < argc) {
      std::string text;
      const std::string path = argv[++i];
      if (!ReadFile(path, &text)) {
        std::cerr << path << ": cannot read file\n";
        return 1;
      }
      auto model = claimtrace::web::BlockFilter::Parse(text, path);
      if (!model.ok()) {
        std::cerr << model.status().ToString() << "\n";
        return 1;
      }
      static claimtrace::web::BlockFilter loaded = std::move(*model);
      g_block_model = &loaded;
    } else if (a == "--reduced") {
      reduced = true;
    } else if (a == "--help" || a == "-h") {
      std::puts(
          "usage: ct_html_dump [--no-prepass | --no-block-filter | --block-model FILE | --reduced] "
          "[FILE[<TAB>URL] ...]");
      return 0;
    } else {
      specs.push_back(a);
    }
  }
  if (specs.empty()) {
    std::string line;
    while (std::getline(std::cin, line)) {
      if (!line.empty()) Dump(line, prepass, reduced);
    }
  } else {
    for (const std::string& s : specs) Dump(s, prepass, reduced);
  }
  return 0;
}
