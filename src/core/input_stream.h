// InputStream: buffered sequential reading of a file or descriptor, with gzip undone on the fly.
//
// Open() / FromFd() look at the first bytes: a gzip stream (magic 1f 8b, one or several
// members, as `gzip` and `cat a.gz b.gz` produce) is inflated transparently, anything else is
// passed through. Memory is one fixed raw buffer plus zlib's window, whatever the input size.
// Errors (read failure, corrupt or truncated gzip data) come back as a Status naming the input
// and the byte offset in the raw file. Peek() lets a caller sniff the first decoded bytes
// without consuming them. Not thread-safe: one stream per thread. The stream owns the
// descriptor it opened; FromFd() never closes the descriptor it was given.
//
//   CT_ASSIGN_OR_RETURN(std::unique_ptr<InputStream> in, InputStream::Open("a.jsonl.gz"));
//   char buf[4096];  CT_ASSIGN_OR_RETURN(size_t n, in->Read(buf, sizeof buf));
#ifndef CLAIMTRACE_CORE_INPUT_STREAM_H_
#define CLAIMTRACE_CORE_INPUT_STREAM_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "claimtrace/status.h"

namespace claimtrace {

class InputStream {
 public:
  // Opens `path` for reading. kNotFound / kIoError (with the reason from the OS) on failure.
  static Result<std::unique_ptr<InputStream>> Open(const std::string& path);
  // Reads from `fd` (e.g. 0 for stdin); `name` is what errors call it ("-").
  static std::unique_ptr<InputStream> FromFd(int fd, std::string name);

  ~InputStream();
  InputStream(const InputStream&) = delete;
  InputStream& operator=(const InputStream&) = delete;

  // Up to `n` decoded bytes into `buf`; 0 only at the end of the input.
  Result<size_t> Read(char* buf, size_t n);

  // The first `n` decoded bytes not yet read (fewer at the end of the input), left unread.
  Result<std::string_view> Peek(size_t n);

  // Reads everything that is left. kResourceExhausted (without reading further) once more
  // than `max_bytes` decoded bytes would be needed.
  Result<std::string> ReadAll(uint64_t max_bytes);

  // Open(path) then ReadAll(max_bytes): a whole file, gzip undone when it is compressed.
  static Result<std::string> ReadFile(const std::string& path, uint64_t max_bytes);

  // True when the input is gzip-compressed (known after the first Read or Peek).
  bool gzip();
  // Raw bytes consumed from the file or descriptor so far (compressed bytes for gzip).
  uint64_t raw_bytes_consumed() const;
  const std::string& name() const;

 private:
  InputStream();
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

// Splits an InputStream into lines ("\n" or "\r\n"), streaming. A line longer than
// `max_line_bytes` is skipped without being buffered: it is reported with too_long set and an
// empty text, so one giant line cannot exhaust memory. Not thread-safe.
//
//   LineReader lines(in.get(), 1 << 20);
//   LineReader::Line line;
//   for (Result<bool> more = lines.Next(&line); ; more = lines.Next(&line)) {
//     if (!more.ok() || !*more) break;  // error or end
//     Use(line.number, line.text);
//   }
class LineReader {
 public:
  struct Line {
    std::string_view text;  // without the line end; valid until the next call to Next
    uint64_t number = 0;    // 1-based line number
    uint64_t offset = 0;    // decoded byte offset of the line's first byte
    uint64_t bytes = 0;     // length of the line without its line end (even when too long)
    bool too_long = false;  // the line was over the limit and skipped; `text` is empty
  };

  LineReader(InputStream* in, size_t max_line_bytes);

  // Reads the next line into *line: true if there was one, false at the end, or the stream's
  // error (lines before it were all delivered).
  Result<bool> Next(Line* line);

 private:
  Result<size_t> Fill();  // appends to buffer_, returns bytes added (0 at end)

  InputStream* in_;
  size_t max_line_;
  std::string buffer_;
  size_t begin_ = 0;  // first unconsumed byte in buffer_
  size_t end_ = 0;    // end of valid data in buffer_
  uint64_t line_number_ = 0;
  uint64_t offset_ = 0;  // decoded offset of buffer_[begin_]
  bool eof_ = false;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_CORE_INPUT_STREAM_H_
