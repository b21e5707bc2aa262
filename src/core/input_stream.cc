// InputStream reads 256 KiB raw chunks with read(2); for gzip input it runs zlib's inflate
// (windowBits 15+16) over them and resets it at each member boundary, so concatenated members
// decode as one stream. LineReader keeps a sliding buffer, finds line ends with memchr and
// switches to a counting "discard" mode for a line over the limit. Covered by
// src/core/input_stream_test.cc (plain, gzip, multi-member, truncated, corrupt, long lines).
#include "core/input_stream.h"

#include <fcntl.h>
#include <unistd.h>
#include <zlib.h>

#include <cerrno>
#include <cstring>
#include <string>

namespace claimtrace {
namespace {
constexpr size_t kRawChunk = 256 * 1024;
}  // namespace

struct InputStream::Impl {
  std::string name;
  int fd = -1;
  bool owns_fd = false;
  std::string raw;     // raw bytes read from fd
  size_t raw_pos = 0;  // next unconsumed raw byte
  size_t raw_end = 0;
  uint64_t raw_consumed = 0;  // raw bytes consumed by the decoder or the caller
  uint64_t raw_read = 0;      // raw bytes read from fd
  bool raw_eof = false;
  bool sniffed = false;
  bool is_gzip = false;
  bool z_init = false;
  bool z_member_done = false;  // the last member ended; only more members may follow
  z_stream zs{};
  std::string peeked;  // decoded bytes returned by Peek and not yet read
  Status sticky;       // an error once seen is returned on every later read

  ~Impl() {
    if (z_init) inflateEnd(&zs);
    if (owns_fd && fd >= 0) ::close(fd);
  }

  Status ErrorAt(StatusCode code, std::string message, uint64_t byte) const {
    return Status(code, std::move(message), {.file = name, .byte = static_cast<int64_t>(byte)});
  }

  // Makes raw bytes available; false at end of file. Errors are put in `sticky`.
  bool FillRaw() {
    if (raw_pos < raw_end) return true;
    if (raw_eof) return false;
    if (raw.size() < kRawChunk) raw.resize(kRawChunk);
    for (;;) {
      const ssize_t n = ::read(fd, raw.data(), raw.size());
      if (n < 0) {
        if (errno == EINTR) continue;
        sticky = ErrorAt(StatusCode::kIoError, std::string("read failed: ") + std::strerror(errno),
                         raw_read);
        raw_eof = true;
        return false;
      }
      raw_pos = 0;
      raw_end = static_cast<size_t>(n);
      raw_read += static_cast<uint64_t>(n);
      if (n == 0) {
        raw_eof = true;
        return false;
      }
      return true;
    }
  }

  void Sniff() {
    if (sniffed) return;
    sniffed = true;
    if (!FillRaw()) return;
    // Need two bytes; a one-byte first read is possible on pipes.
    if (raw_end - raw_pos < 2 && !raw_eof) {
      std::string first(raw.data() + raw_pos, raw_end - raw_pos);
      raw_pos = raw_end;
      if (FillRaw()) {
        first.append(raw.data() + raw_pos, raw_end - raw_pos);
      }
      raw.assign(first);
      if (raw.size() < kRawChunk) raw.resize(kRawChunk);
      raw_pos = 0;
      raw_end = first.size();
    }
    if (raw_end - raw_pos >= 2 && static_cast<unsigned char>(raw[raw_pos]) == 0x1F &&
        static_cast<unsigned char>(raw[raw_pos + 1]) == 0x8B) {
      is_gzip = true;
      if (inflateInit2(&zs, 15 + 16) != Z_OK) {
        sticky = ErrorAt(StatusCode::kInternal, "cannot initialise zlib", 0);
        return;
      }
      z_init = true;
    }
  }

  Result<size_t> ReadPlain(char* buf, size_t n) {
    if (!FillRaw()) {
      if (!sticky.ok()) return sticky;
      return size_t{0};
    }
    const size_t k = std::min(n, raw_end - raw_pos);
    std::memcpy(buf, raw.data() + raw_pos, k);
    raw_pos += k;
    raw_consumed += k;
    return k;
  }

  Result<size_t> ReadGzip(char* buf, size_t n) {
    zs.next_out = reinterpret_cast<Bytef*>(buf);
    zs.avail_out = static_cast<uInt>(std::min<size_t>(n, 1u << 30));
    while (zs.avail_out > 0) {
      if (!FillRaw()) {
        if (!sticky.ok()) return sticky;
        if (z_member_done) break;  // clean end after a complete member
        const size_t produced = n - zs.avail_out;
        if (produced > 0) return produced;  // deliver what we have; error on the next call
        sticky =
            ErrorAt(StatusCode::kParseError,
                    "truncated gzip stream (the file ends inside compressed data)", raw_consumed);
        return sticky;
      }
      if (z_member_done) {
        // Another member must start here; zero padding at the end is tolerated.
        const auto* p = reinterpret_cast<const unsigned char*>(raw.data() + raw_pos);
        const size_t avail = raw_end - raw_pos;
        if (p[0] == 0) {
          size_t zeros = 0;
          while (zeros < avail && p[zeros] == 0) ++zeros;
          raw_pos += zeros;
          raw_consumed += zeros;
          continue;
        }
        if (p[0] != 0x1F || (avail >= 2 && p[1] != 0x8B)) {
          sticky = ErrorAt(StatusCode::kParseError,
                           "unexpected data after the end of the gzip stream", raw_consumed);
          const size_t produced = n - zs.avail_out;
          if (produced > 0) return produced;
          return sticky;
        }
        inflateReset(&zs);
        z_member_done = false;
      }
      zs.next_in = reinterpret_cast<Bytef*>(raw.data() + raw_pos);
      zs.avail_in = static_cast<uInt>(raw_end - raw_pos);
      const int rc = inflate(&zs, Z_NO_FLUSH);
      const size_t used = (raw_end - raw_pos) - zs.avail_in;
      raw_pos += used;
      raw_consumed += used;
      if (rc == Z_STREAM_END) {
        z_member_done = true;
        continue;
      }
      if (rc == Z_OK || (rc == Z_BUF_ERROR && used > 0)) continue;
      {
        std::string msg = "corrupt gzip data";
        if (zs.msg != nullptr) msg += std::string(" (") + zs.msg + ")";
        sticky = ErrorAt(StatusCode::kParseError, std::move(msg), raw_consumed);
        const size_t produced = n - zs.avail_out;
        if (produced > 0) return produced;
        return sticky;
      }
    }
    return n - zs.avail_out;
  }

  Result<size_t> ReadDecoded(char* buf, size_t n) {
    if (!sticky.ok()) return sticky;
    Sniff();
    if (!sticky.ok()) return sticky;
    return is_gzip ? ReadGzip(buf, n) : ReadPlain(buf, n);
  }
};

InputStream::InputStream() : impl_(std::make_unique<Impl>()) {}
InputStream::~InputStream() = default;

Result<std::unique_ptr<InputStream>> InputStream::Open(const std::string& path) {
  int fd;
  do {
    fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
  } while (fd < 0 && errno == EINTR);
  if (fd < 0) {
    const int err = errno;
    const StatusCode code =
        (err == ENOENT || err == ENOTDIR) ? StatusCode::kNotFound : StatusCode::kIoError;
    return Status(code, std::string("cannot open: ") + std::strerror(err), {.file = path});
  }
  std::unique_ptr<InputStream> s(new InputStream());
  s->impl_->name = path;
  s->impl_->fd = fd;
  s->impl_->owns_fd = true;
  return s;
}

std::unique_ptr<InputStream> InputStream::FromFd(int fd, std::string name) {
  std::unique_ptr<InputStream> s(new InputStream());
  s->impl_->name = std::move(name);
  s->impl_->fd = fd;
  return s;
}

Result<size_t> InputStream::Read(char* buf, size_t n) {
  if (n == 0) return size_t{0};
  Impl& im = *impl_;
  if (!im.peeked.empty()) {
    const size_t k = std::min(n, im.peeked.size());
    std::memcpy(buf, im.peeked.data(), k);
    im.peeked.erase(0, k);
    return k;
  }
  return im.ReadDecoded(buf, n);
}

Result<std::string_view> InputStream::Peek(size_t n) {
  Impl& im = *impl_;
  while (im.peeked.size() < n) {
    const size_t old = im.peeked.size();
    im.peeked.resize(n);
    Result<size_t> got = im.ReadDecoded(im.peeked.data() + old, n - old);
    if (!got.ok()) {
      im.peeked.resize(old);
      if (old > 0) break;  // hand out what we have; the error comes with the next Read
      return got.status();
    }
    im.peeked.resize(old + *got);
    if (*got == 0) break;
  }
  return std::string_view(im.peeked).substr(0, std::min(n, im.peeked.size()));
}

Result<std::string> InputStream::ReadFile(const std::string& path, uint64_t max_bytes) {
  CT_ASSIGN_OR_RETURN(std::unique_ptr<InputStream> in, Open(path));
  return in->ReadAll(max_bytes);
}

Result<std::string> InputStream::ReadAll(uint64_t max_bytes) {
  std::string out;
  char buf[64 * 1024];
  for (;;) {
    CT_ASSIGN_OR_RETURN(size_t n, Read(buf, sizeof buf));
    if (n == 0) break;
    if (out.size() + n > max_bytes) {
      return ResourceExhaustedError(
          "input is larger than the limit of " + std::to_string(max_bytes) + " bytes",
          {.file = impl_->name});
    }
    out.append(buf, n);
  }
  return out;
}

bool InputStream::gzip() {
  impl_->Sniff();
  return impl_->is_gzip;
}

uint64_t InputStream::raw_bytes_consumed() const { return impl_->raw_consumed; }

const std::string& InputStream::name() const { return impl_->name; }

LineReader::LineReader(InputStream* in, size_t max_line_bytes)
    : in_(in), max_line_(max_line_bytes == 0 ? 1 : max_line_bytes) {}

Result<size_t> LineReader::Fill() {
  constexpr size_t kChunk = 256 * 1024;
  if (begin_ > 0 && (begin_ == end_ || buffer_.size() - end_ < kChunk)) {
    std::memmove(buffer_.data(), buffer_.data() + begin_, end_ - begin_);
    end_ -= begin_;
    begin_ = 0;
  }
  if (buffer_.size() - end_ < kChunk) buffer_.resize(end_ + kChunk);
  CT_ASSIGN_OR_RETURN(size_t n, in_->Read(buffer_.data() + end_, buffer_.size() - end_));
  end_ += n;
  return n;
}

Result<bool> LineReader::Next(Line* line) {
  size_t scanned = begin_;  // bytes before this index hold no '\n'
  for (;;) {
    const char* nl = nullptr;
    if (scanned < end_) {
      nl = static_cast<const char*>(std::memchr(buffer_.data() + scanned, '\n', end_ - scanned));
    }
    if (nl != nullptr) {
      const size_t pos = static_cast<size_t>(nl - buffer_.data());
      size_t len = pos - begin_;
      std::string_view text(buffer_.data() + begin_, len);
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      line->number = ++line_number_;
      line->offset = offset_;
      line->bytes = text.size();
      line->too_long = text.size() > max_line_;
      line->text = line->too_long ? std::string_view() : text;
      offset_ += len + 1;
      begin_ = pos + 1;
      return true;
    }
    scanned = end_;
    if (end_ - begin_ > max_line_ + 1) {
      // Too long: count and drop bytes until the line ends, holding nothing.
      uint64_t total = end_ - begin_;
      begin_ = end_ = 0;
      for (;;) {
        CT_ASSIGN_OR_RETURN(size_t n, Fill());
        if (n == 0) {
          line->number = ++line_number_;
          line->offset = offset_;
          line->bytes = total;
          line->too_long = true;
          line->text = {};
          offset_ += total;
          eof_ = true;
          return true;
        }
        const char* p = static_cast<const char*>(std::memchr(buffer_.data(), '\n', end_));
        if (p == nullptr) {
          total += end_;
          begin_ = end_ = 0;
          continue;
        }
        const size_t pos = static_cast<size_t>(p - buffer_.data());
        total += pos;
        const bool cr = pos > 0 ? buffer_[pos - 1] == '\r' : false;
        line->number = ++line_number_;
        line->offset = offset_;
        line->bytes = total - (cr ? 1 : 0);
        line->too_long = true;
        line->text = {};
        offset_ += total + 1;
        begin_ = pos + 1;
        return true;
      }
    }
    if (eof_) {
      if (begin_ == end_) return false;
      std::string_view text(buffer_.data() + begin_, end_ - begin_);
      if (!text.empty() && text.back() == '\r') text.remove_suffix(1);
      line->number = ++line_number_;
      line->offset = offset_;
      line->bytes = text.size();
      line->too_long = text.size() > max_line_;
      line->text = line->too_long ? std::string_view() : text;
      offset_ += end_ - begin_;
      begin_ = end_;
      return true;
    }
    const size_t before = begin_;
    CT_ASSIGN_OR_RETURN(size_t n, Fill());
    scanned -= before - begin_;  // Fill may have moved the data to the front
    if (n == 0) eof_ = true;
  }
}

}  // namespace claimtrace
