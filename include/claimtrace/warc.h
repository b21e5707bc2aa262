// Streaming reader for WARC archives (ISO 28500; WARC/1.0 and 1.1), plain or gzip-compressed
// with one gzip member per record (as Common Crawl's CC-NEWS ships them).
//
// A WarcReader holds one record in memory at a time, so memory stays flat however large the
// archive; a record over `max_record_bytes` is skipped without being buffered. A damaged record
// (bad version line or header, missing or bad Content-Length, a block running past the end,
// a truncated or corrupt gzip member, an undecodable HTTP payload) is returned as an error
// naming its offset; the next call resynchronises on the following record (the next
// "WARC/1." line of a plain file, the next gzip member of a compressed one), so one bad record
// never costs the rest of the archive. Records of every type are returned; callers skip what
// they do not want. Not thread-safe: one reader per thread.
//
//   CT_ASSIGN_OR_RETURN(auto reader, WarcReader::Open("news.warc.gz"));
//   WarcRecord rec;
//   for (Result<bool> more = reader->Next(&rec); !more.ok() || *more; more = reader->Next(&rec)) {
//     if (!more.ok()) { sink.Error(more.status()); continue; }
//     if (rec.type == "response" && rec.IsHtml()) Use(rec);
//   }
#ifndef CLAIMTRACE_WARC_H_
#define CLAIMTRACE_WARC_H_

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

#include "claimtrace/status.h"

namespace claimtrace {

struct WarcRecord {
  uint64_t offset = 0;       // byte offset of the record in the file (of its gzip member if .gz)
  std::string type;          // WARC-Type: "response", "request", "warcinfo", ...
  std::string target_uri;    // WARC-Target-URI
  std::string date;          // WARC-Date (ISO 8601)
  int http_status = 0;       // for response records with an HTTP payload
  std::string content_type;  // HTTP Content-Type media type, lower case ("text/html"); for
                             // records without an HTTP payload, the WARC Content-Type's
  std::optional<std::string> charset;  // HTTP Content-Type charset parameter
  std::string body;  // HTTP entity body (de-chunked, content-encoding undone); the
                     // whole block for records without an HTTP payload
  // Added with the web stage.
  std::string record_id;        // WARC-Record-ID, e.g. "<urn:uuid:...>"
  std::string version;          // "WARC/1.0" or "WARC/1.1"
  uint64_t content_length = 0;  // Content-Length of the record block

  bool IsHtml() const {
    return content_type == "text/html" || content_type == "application/xhtml+xml";
  }
};

class WarcReader {
 public:
  // Opens `path`; gzip is detected from the magic bytes, not the extension.
  static Result<std::unique_ptr<WarcReader>> Open(const std::string& path,
                                                  uint64_t max_record_bytes = 64ull << 20);
  ~WarcReader();
  WarcReader(const WarcReader&) = delete;
  WarcReader& operator=(const WarcReader&) = delete;

  // Reads the next record into *record. Returns true if one was read, false at the end of the
  // archive, or an error for one damaged record (call Next again to continue after it).
  Result<bool> Next(WarcRecord* record);

  // Bytes of the file consumed so far (for progress).
  uint64_t bytes_consumed() const;

 private:
  WarcReader();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_WARC_H_
