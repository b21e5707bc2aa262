// ReadInputs: walks the inputs (input_walker.h), decides each file's format from its name and
// then its first 4 KiB (format.h), and streams it: JSON Lines line by line through a bounded
// LineReader (core/input_stream.h), WARC record by record through WarcReader, text and HTML
// whole but only after a size check. When a progress callback is given, a first metadata-only
// walk sums the input sizes. Covered by src/ingest/reader_test.cc (every bad-input case) and
// src/ingest/golden_test.cc.
#include <unistd.h>

#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <utility>

#include "claimtrace/ingest.h"
#include "claimtrace/warc.h"
#include "core/date.h"
#include "core/input_stream.h"
#include "core/utf8.h"
#include "ingest/format.h"
#include "ingest/input_walker.h"
#include "ingest/jsonl_parser.h"
#include "ingest/text_decode.h"
#include "ingest/text_metadata.h"

namespace claimtrace {
namespace {

// "04/02/2025", "4.2.25": two numbers up to 12 before the year, so 4 February or 2 April.
bool AmbiguousDayMonth(std::string_view s) {
  int parts[3] = {0, 0, 0};
  int n = 0, digits = 0;
  for (char c : s) {
    if (c >= '0' && c <= '9') {
      if (n > 2 || ++digits > 4) return false;
      parts[n] = parts[n] * 10 + (c - '0');
    } else if ((c == '/' || c == '.' || c == '-') && digits > 0 && n < 2) {
      ++n;
      digits = 0;
    } else {
      return false;
    }
  }
  return n == 2 && digits > 0 && parts[0] >= 1 && parts[0] <= 12 && parts[1] >= 1 &&
         parts[1] <= 12 && parts[0] != parts[1];
}

constexpr size_t kSniffBytes = 4096;

std::string HumanBytes(uint64_t n) {
  char buf[64];
  if (n >= (1ull << 30)) {
    std::snprintf(buf, sizeof buf, "%.1f GiB", static_cast<double>(n) / (1ull << 30));
  } else if (n >= (1ull << 20)) {
    std::snprintf(buf, sizeof buf, "%.1f MiB", static_cast<double>(n) / (1ull << 20));
  } else if (n >= 1024) {
    std::snprintf(buf, sizeof buf, "%.1f KiB", static_cast<double>(n) / 1024);
  } else {
    std::snprintf(buf, sizeof buf, "%llu bytes", static_cast<unsigned long long>(n));
  }
  return buf;
}

// "89 50 4e 47": the first bytes of a binary input, printable in a one-line message.
std::string HexPreview(std::string_view head) {
  std::string out;
  char buf[4];
  for (size_t i = 0; i < head.size() && i < 8; ++i) {
    std::snprintf(buf, sizeof buf, "%02x", static_cast<unsigned char>(head[i]));
    if (!out.empty()) out += ' ';
    out += buf;
  }
  return out;
}

// Fills title/date/outlet/author from the text head where the input gave none.
void AddTextMetadata(RawArticle* a) {
  TextMetadata m = DetectTextMetadata(a->body);
  if (!a->title && m.title) a->title = std::move(m.title);
  if (!a->author && m.author) a->author = std::move(m.author);
  if (!a->outlet && m.outlet) a->outlet = std::move(m.outlet);
  if (!a->published && m.published) {
    a->published = std::move(m.published);
    a->published_inferred = true;
  }
}

class Reader {
 public:
  Reader(const IngestOptions& options, DiagnosticSink& sink,
         const std::function<void(RawArticle&&)>& on_article, IngestStats* stats,
         const IngestProgress& progress, uint64_t total_bytes)
      : options_(options),
        sink_(sink),
        on_article_(on_article),
        stats_(stats),
        progress_(progress),
        total_(total_bytes) {}

  void Problem(const Status& s, bool is_error) {
    if (is_error) {
      Error(s);
    } else {
      sink_.Warning(s);
    }
  }

  void File(InputEntry&& e) {
    ++stats_->inputs;
    base_ = stats_->bytes_read;
    if (e.is_stdin) {
      if (stdin_used_) {
        Error(InvalidArgumentError("standard input (-) given more than once", {.file = "-"}));
        return;
      }
      stdin_used_ = true;
      ReadStream(InputStream::FromFd(STDIN_FILENO, "-"), e, InputFormat::kUnknown);
    } else {
      ReadFile(e);
    }
    stats_->bytes_read = base_ + (e.regular ? e.size : consumed_);
    consumed_ = 0;
    base_ = stats_->bytes_read;
    Progress();
  }

 private:
  void ReadFile(const InputEntry& e) {
    const InputFormat by_name = FormatFromName(e.path);
    const bool gz = e.path.size() > 3 && (e.path.compare(e.path.size() - 3, 3, ".gz") == 0 ||
                                          e.path.compare(e.path.size() - 3, 3, ".GZ") == 0);
    if (e.regular && e.size == 0) {
      Error(InvalidArgumentError("empty file", {.file = e.path}));
      return;
    }
    if (by_name == InputFormat::kWarc) {
      ReadWarc(e);
      return;
    }
    if (e.regular && !gz && (by_name == InputFormat::kText || by_name == InputFormat::kHtml) &&
        e.size > options_.max_article_bytes) {
      Error(ResourceExhaustedError("file is " + HumanBytes(e.size) + ", over the " +
                                       HumanBytes(options_.max_article_bytes) +
                                       " limit for one article; not read",
                                   {.file = e.path}));
      return;
    }
    Result<std::unique_ptr<InputStream>> in = InputStream::Open(e.path);
    if (!in.ok()) {
      Error(in.status());
      return;
    }
    ReadStream(std::move(*in), e, by_name);
  }

  void ReadStream(std::unique_ptr<InputStream> in, const InputEntry& e, InputFormat format) {
    consumed_ = 0;
    Result<std::string_view> head = in->Peek(kSniffBytes);
    if (!head.ok()) {
      Error(head.status());
      return;
    }
    if (head->empty()) {
      Error(InvalidArgumentError("empty file", {.file = e.path}));
      return;
    }
    const InputFormat sniffed = SniffFormat(*head);
    // A JSON Lines file that opens with a JSON object is read line by line even when a NUL or
    // control byte sits in an early record: the parser rejects that line alone.
    const bool json_lines_by_name =
        format == InputFormat::kJsonLines && FirstNonSpaceByte(*head) == '{';
    if (sniffed == InputFormat::kBinary && !json_lines_by_name) {
      Error(UnsupportedError("binary file, not text (starts with " + HexPreview(*head) + ")",
                             {.file = e.path}));
      return;
    }
    if (format == InputFormat::kUnknown) format = sniffed;
    if (format == InputFormat::kWarc) {
      if (e.is_stdin || !e.regular) {
        Error(UnsupportedError("WARC input must be a file (it cannot be read from a pipe)",
                               {.file = e.path}));
        return;
      }
      in.reset();
      ReadWarc(e);
      return;
    }
    switch (format) {
      case InputFormat::kJsonLines:
        ReadJsonLines(in.get(), e);
        break;
      case InputFormat::kHtml:
        ReadWhole(in.get(), e, BodyFormat::kHtml);
        break;
      default:
        ReadWhole(in.get(), e, BodyFormat::kText);
        break;
    }
    consumed_ = in->raw_bytes_consumed();
  }

  void ReadWhole(InputStream* in, const InputEntry& e, BodyFormat body_format) {
    Result<std::string> bytes = in->ReadAll(options_.max_article_bytes);
    consumed_ = in->raw_bytes_consumed();
    if (!bytes.ok()) {
      Status s = bytes.status();
      if (s.code() == StatusCode::kResourceExhausted) {
        s = ResourceExhaustedError("over the " + HumanBytes(options_.max_article_bytes) +
                                       " limit for one article; not read further",
                                   {.file = e.path});
      }
      Error(s);
      return;
    }
    RawArticle a;
    a.source = e.path;
    a.format = body_format;
    if (body_format == BodyFormat::kHtml) {
      if (IsBlank(*bytes)) {
        Error(InvalidArgumentError("empty file (only whitespace)", {.file = e.path}));
        return;
      }
      a.body = std::move(*bytes);  // the web stage decodes the charset
    } else {
      DecodedText d = DecodeText(std::move(*bytes));
      if (IsBlank(d.text)) {
        Error(InvalidArgumentError("empty file (only whitespace)", {.file = e.path}));
        return;
      }
      if (d.replaced > 0 || d.detected) {
        sink_.Warning(ParseError(DescribeRepair(d),
                                 {.file = e.path, .byte = static_cast<int64_t>(d.first_bad)}));
      }
      a.body = std::move(d.text);
      AddTextMetadata(&a);
    }
    Deliver(std::move(a));
  }

  void ReadJsonLines(InputStream* in, const InputEntry& e) {
    LineReader lines(in, options_.max_article_bytes);
    LineReader::Line line;
    uint64_t records = 0, problems = 0;
    for (;;) {
      Result<bool> more = lines.Next(&line);
      if (!more.ok()) {
        Error(more.status().WithFile(e.path));
        ++problems;
        break;
      }
      if (!*more) break;
      consumed_ = in->raw_bytes_consumed();
      const std::string source = e.path + ":" + std::to_string(line.number);
      const SourceLocation where{.file = e.path, .line = static_cast<int64_t>(line.number)};
      if (line.too_long) {
        SourceLocation w = where;
        Error(ResourceExhaustedError("line is " + HumanBytes(line.bytes) + ", over the " +
                                         HumanBytes(options_.max_article_bytes) +
                                         " limit for one article; skipped",
                                     std::move(w)));
        ++problems;
        continue;
      }
      std::string_view text = line.text;
      if (line.number == 1 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
      if (IsBlank(text)) continue;
      std::string repaired;
      if (!IsValidUtf8(text)) {
        // A line in a legacy charset (an old export in Windows-1252) is decoded from it; damaged
        // UTF-8 is repaired (text_decode.h decides).
        DecodedText d = DecodeText(std::string(text));
        SourceLocation w = where;
        w.byte = static_cast<int64_t>(d.first_bad);
        if (d.detected) {
          sink_.Warning(ParseError(DescribeRepair(d), std::move(w)));
        } else {
          sink_.Warning(ParseError("invalid UTF-8 at byte " + std::to_string(d.first_bad) +
                                       " of the line (" + std::to_string(d.replaced) +
                                       (d.replaced == 1 ? " sequence" : " sequences") +
                                       " replaced with U+FFFD)",
                                   std::move(w)));
        }
        repaired = std::move(d.text);
        text = repaired;
      }
      RawArticle a;
      std::vector<std::string> ignored;
      Status s = ParseJsonLine(text, &a, &ignored);
      if (!s.ok()) {
        SourceLocation w = where;
        w.fragment = s.where().fragment;
        if (records == 0 && problems == 0 && (text == "{" || text == "[" || text.front() == '[')) {
          Error(
              ParseError("looks like a JSON document, not JSON Lines (one object per line); "
                         "file skipped",
                         std::move(w)));
          ++problems;
          break;
        }
        Error(Status(s.code(), s.message(), std::move(w)));
        ++problems;
        continue;
      }
      a.source = source;
      for (std::string& w : ignored) {
        SourceLocation at = where;
        sink_.Warning(InvalidArgumentError(std::move(w), std::move(at)));
      }
      if (a.published) {
        if (std::optional<std::string> iso = NormalizeDate(*a.published)) {
          a.published = std::move(iso);
        } else {
          SourceLocation w = where;
          w.fragment = MakeFragment(*a.published, 40);
          sink_.Warning(ParseError(AmbiguousDayMonth(*a.published)
                                       ? "ambiguous \"published\" date (day and month could be "
                                         "either way round), left empty"
                                       : "unrecognised \"published\" date, left empty",
                                   std::move(w)));
          a.published.reset();
        }
      }
      if (a.format == BodyFormat::kText) {
        if (!IsValidUtf8(a.body)) a.body = RepairUtf8(a.body);  // \u escapes of lone surrogates
        AddTextMetadata(&a);
      }
      ++records;
      Deliver(std::move(a));
    }
    if (records == 0 && problems == 0) {
      Error(InvalidArgumentError("empty file (no JSON lines)", {.file = e.path}));
    }
  }

  void ReadWarc(const InputEntry& e) {
    Result<std::unique_ptr<WarcReader>> reader =
        WarcReader::Open(e.path, options_.max_article_bytes);
    if (!reader.ok()) {
      Error(reader.status().WithFile(e.path));
      consumed_ = e.size;
      return;
    }
    WarcRecord rec;
    uint64_t stuck_at = UINT64_MAX;  // bytes consumed at the last error
    for (;;) {
      Result<bool> more = (*reader)->Next(&rec);
      consumed_ = (*reader)->bytes_consumed();
      if (!more.ok()) {
        if (consumed_ == stuck_at) {  // two errors in a row without progress: give up
          Error(CorruptionError("no further records could be read; rest of the file skipped",
                                {.file = e.path, .byte = static_cast<int64_t>(consumed_)}));
          break;
        }
        stuck_at = consumed_;
        Error(more.status().WithFile(e.path));
        continue;
      }
      if (!*more) break;
      // Only successful HTML responses are articles; redirects and error pages are skipped.
      const bool success =
          rec.http_status == 0 || (rec.http_status >= 200 && rec.http_status < 300);
      if (rec.type != "response" || !rec.IsHtml() || !success) {
        ++stats_->skipped;
        continue;
      }
      RawArticle a;
      a.source = e.path + "@" + std::to_string(rec.offset);
      a.format = BodyFormat::kHtml;
      a.body = std::move(rec.body);
      a.url = std::move(rec.target_uri);
      if (!rec.date.empty()) a.fetched = std::move(rec.date);
      a.declared_charset = std::move(rec.charset);
      Deliver(std::move(a));
    }
  }

  void Deliver(RawArticle&& a) {
    ++stats_->articles;
    on_article_(std::move(a));
    Progress();
  }

  void Progress() {
    stats_->bytes_read = std::max(stats_->bytes_read, base_ + consumed_);
    if (progress_) progress_(*stats_, total_);
  }

  void Error(const Status& s) {
    ++stats_->rejected;
    sink_.Error(s);
  }

  const IngestOptions& options_;
  DiagnosticSink& sink_;
  const std::function<void(RawArticle&&)>& on_article_;
  IngestStats* stats_;
  const IngestProgress& progress_;
  uint64_t total_;
  uint64_t base_ = 0;      // bytes_read before the current input
  uint64_t consumed_ = 0;  // raw bytes of the current input consumed so far
  bool stdin_used_ = false;
};

}  // namespace

Status ReadInputs(const std::vector<std::string>& inputs, const IngestOptions& options,
                  DiagnosticSink& sink, const std::function<void(RawArticle&&)>& on_article,
                  IngestStats* stats, const IngestProgress& progress) {
  if (!on_article) return InvalidArgumentError("ReadInputs needs an article callback");
  IngestStats local;
  if (stats == nullptr) stats = &local;
  uint64_t total = 0;
  if (progress) {
    uint64_t ignored = 0;
    WalkInputs(
        inputs, options.follow_symlinks, [&](InputEntry&& e) { total += e.size; },
        [](const Status&, bool) {}, &ignored);
  }
  Reader reader(options, sink, on_article, stats, progress, total);
  WalkInputs(
      inputs, options.follow_symlinks, [&](InputEntry&& e) { reader.File(std::move(e)); },
      [&](const Status& s, bool is_error) { reader.Problem(s, is_error); }, &stats->skipped);
  return Status::Ok();
}

}  // namespace claimtrace
