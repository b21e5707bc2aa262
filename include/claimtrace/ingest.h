// Ingestion: turning the inputs a user names (files, directories, "-") into RawArticles.
//
// ReadInputs walks every input in order (directories recursively, entries sorted, hidden and
// README/LICENSE-style files skipped), recognises its format (plain text, JSON Lines, HTML,
// WARC; by extension, then by content; ".gz" undone on the fly) and calls `on_article` once per
// article, streaming: a JSON Lines or WARC file of any size is read record by record in bounded
// memory, and a text or HTML file over IngestOptions::max_article_bytes is rejected from its
// size without being read. Plain text gets its title, dateline date/outlet and byline author
// detected (nothing is removed from the text); `published` values are normalised to
// YYYY-MM-DD. Every problem (missing path, unreadable entry, binary file, empty file, malformed
// JSON line, a record too big) goes to the DiagnosticSink as one error naming the input
// ("path", "path:LINE", "path@OFFSET") and the reason, and reading goes on with the rest;
// repairs (invalid UTF-8 replaced with U+FFFD, an unparseable date dropped) are warnings.
// The callback runs on the calling thread; ReadInputs is reentrant.
//
//   IngestStats stats;
//   Status s = ReadInputs({"articles/", "more.jsonl"}, {}, diag,
//                         [&](RawArticle&& a) { queue.Push(std::move(a)); }, &stats);
#ifndef CLAIMTRACE_INGEST_H_
#define CLAIMTRACE_INGEST_H_

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/diagnostics.h"
#include "claimtrace/status.h"

namespace claimtrace {

enum class BodyFormat : uint8_t { kText, kHtml };

// One article as read, before cleaning and annotation.
struct RawArticle {
  std::string source;  // input name: "path", "path:LINE" (JSON Lines), "path@OFFSET" (WARC)
  BodyFormat format = BodyFormat::kText;
  std::string body;  // text (valid UTF-8) or HTML bytes (any charset, see declared_charset)
  std::optional<std::string> declared_charset;  // from an HTTP Content-Type header
  // Metadata given by the input itself (JSON Lines fields, WARC headers); each may be absent.
  std::optional<std::string> id;  // caller's own id (JSON Lines "id")
  std::optional<std::string> url;
  std::optional<std::string> outlet;
  std::optional<std::string> title;
  std::optional<std::string> published;  // YYYY-MM-DD (normalised by ReadInputs)
  bool published_inferred = false;       // `published` was read off the text (a dateline)
  std::optional<std::string> fetched;    // WARC-Date
  std::optional<std::string> author;
  std::optional<std::string> language;
};

struct IngestOptions {
  // Articles larger than this are rejected with a reason instead of being read into memory.
  uint64_t max_article_bytes = 64ull << 20;
  // Follow symbolic links to directories while walking.
  bool follow_symlinks = false;
};

struct IngestStats {
  uint64_t inputs = 0;      // files opened (directories count their files)
  uint64_t articles = 0;    // articles handed to the callback
  uint64_t rejected = 0;    // inputs or records reported as errors
  uint64_t bytes_read = 0;  // raw bytes consumed so far (for progress)
  uint64_t skipped = 0;     // skipped on purpose: hidden and README-like files in directories,
                            // symbolic links to directories, non-HTML WARC records
};

// Called after each article with running totals and the bytes of all inputs (0 if unknown,
// e.g. stdin), so a caller can draw a progress bar.
using IngestProgress = std::function<void(const IngestStats& stats, uint64_t total_bytes)>;

// Reads all `inputs`. Returns OK even when some inputs were rejected (they are in `sink` and
// stats->rejected); returns an error only if it could not run at all.
Status ReadInputs(const std::vector<std::string>& inputs, const IngestOptions& options,
                  DiagnosticSink& sink, const std::function<void(RawArticle&&)>& on_article,
                  IngestStats* stats, const IngestProgress& progress = nullptr);

}  // namespace claimtrace

#endif  // CLAIMTRACE_INGEST_H_
