// WARC reading in two layers. ByteSource turns the file into one decoded byte stream: plain
// bytes, or the concatenated output of its gzip members, inflated member by member with zlib
// while remembering where (in the compressed file) each member starts, so a record's offset is
// its member's offset. The record layer parses "WARC/1.x" version lines, header fields and the
// Content-Length block, then the HTTP payload (http_response.h). Recovery after a damaged
// record: a plain file is re-scanned from the record's offset + 1 for the next "WARC/1." at a
// line start; a gzip file restarts at the next gzip member (found by its magic bytes after the
// damaged member's start), and a block that runs into the next member is cut there. Memory is
// one raw buffer, one decoded buffer and the current record. Covered by
// src/web/warc_reader_test.cc.
#include <zlib.h>

#include <cerrno>
#include <charconv>
#include <cstdio>
#include <cstring>
#include <deque>
#include <vector>

#include "claimtrace/warc.h"
#include "web/charset.h"
#include "web/html_scan.h"
#include "web/http_response.h"
#include "web/text_util.h"

namespace claimtrace {
namespace {

constexpr size_t kRawChunk = 1 << 16;
constexpr size_t kMaxHeaderLine = 64 << 10;
constexpr size_t kMaxHeaderBytes = 1 << 20;
constexpr std::string_view kMagic = "WARC/1.";

// One decoded byte stream over a plain or multi-member gzip file.
class ByteSource {
 public:
  ByteSource(std::FILE* file, bool gzip, std::string name)
      : file_(file), gzip_(gzip), name_(std::move(name)) {
    std::memset(&zs_, 0, sizeof zs_);
    if (gzip_) zlib_ready_ = inflateInit2(&zs_, 16 + MAX_WBITS) == Z_OK;
  }
  ~ByteSource() {
    if (gzip_ && zlib_ready_) inflateEnd(&zs_);
  }
  ByteSource(const ByteSource&) = delete;
  ByteSource& operator=(const ByteSource&) = delete;

  // Buffers at least `n` decoded bytes unless the input ends or fails first; returns how many
  // are available.
  size_t Fill(size_t n) {
    while (dec_.size() - pos_ < n && error_.ok() && !eof_) {
      if (!Produce()) break;
    }
    return dec_.size() - pos_;
  }
  std::string_view Available() const { return std::string_view(dec_).substr(pos_); }
  void Consume(size_t n) {
    pos_ += n;
    if (pos_ >= dec_.size()) {
      dec_base_ += dec_.size();
      dec_.clear();
      pos_ = 0;
    } else if (pos_ > (1u << 20)) {
      dec_base_ += pos_;
      dec_.erase(0, pos_);
      pos_ = 0;
    }
    TrimMembers();
  }
  uint64_t offset() const { return dec_base_ + pos_; }  // decoded offset of the next byte
  uint64_t raw_consumed() const { return raw_base_ + raw_pos_; }
  bool gzip() const { return gzip_; }
  const Status& error() const { return error_; }
  void ClearError() { error_ = Status(); }

  // Compressed offset of the gzip member that produced decoded offset `off` (the offset itself
  // for plain files).
  uint64_t SourceOffset(uint64_t off) const {
    if (!gzip_) return off;
    uint64_t start = members_.empty() ? raw_consumed() : members_.front().raw_start;
    for (const Member& m : members_) {
      if (m.dec_begin <= off) start = m.raw_start;
    }
    return start;
  }

  // A gzip member starting strictly inside decoded range (begin, end): its decoded and raw
  // offsets. Used to notice a record block running into the next member.
  bool MemberInside(uint64_t begin, uint64_t end, uint64_t* dec_begin, uint64_t* raw_start) const {
    for (const Member& m : members_) {
      if (m.dec_begin > begin && m.dec_begin < end) {
        *dec_begin = m.dec_begin;
        *raw_start = m.raw_start;
        return true;
      }
    }
    return false;
  }

  // Restarts reading at raw offset `raw` (dropping everything buffered). For gzip files `raw`
  // must be where a member starts.
  bool SeekRaw(uint64_t raw) {
    if (std::fseek(file_, static_cast<long>(raw), SEEK_SET) != 0) {
      error_ = IoError(std::string("cannot seek: ") + std::strerror(errno), {.file = name_});
      return false;
    }
    raw_.clear();
    raw_pos_ = 0;
    raw_base_ = raw;
    raw_eof_ = false;
    eof_ = false;
    error_ = Status();
    dec_base_ += dec_.size();
    if (!gzip_) dec_base_ = raw;
    dec_.clear();
    pos_ = 0;
    members_.clear();
    in_member_ = false;
    last_member_start_ = raw;
    if (gzip_ && zlib_ready_) inflateReset(&zs_);
    return true;
  }

  // gzip: moves to the first plausible member header after the start of the member that
  // produced the current position. False when there is none.
  bool SkipToNextMember() {
    const uint64_t from = SourceOffset(offset()) + 1;
    const uint64_t start = std::max(from, last_member_start_ + 1);
    if (!SeekRaw(start)) return false;
    while (true) {
      if (raw_pos_ + 10 > raw_.size() && !ReadRaw()) {
        // Fewer than 10 bytes left: no member can start here.
        eof_ = true;
        return false;
      }
      const std::string_view avail(raw_.data() + raw_pos_, raw_.size() - raw_pos_);
      size_t i = 0;
      for (; i + 10 <= avail.size(); ++i) {
        if (LooksLikeGzipHeader(avail.substr(i))) break;
      }
      if (i + 10 <= avail.size()) {
        raw_pos_ += i;
        last_member_start_ = raw_consumed();
        return true;
      }
      raw_pos_ += i;  // keep the last bytes: a header may straddle the buffer end
    }
  }

 private:
  struct Member {
    uint64_t dec_begin;  // decoded offset of its first byte
    uint64_t raw_start;  // compressed offset of its header
  };

  static bool LooksLikeGzipHeader(std::string_view b) {
    if (b.size() < 10) return false;
    const auto* u = reinterpret_cast<const unsigned char*>(b.data());
    return u[0] == 0x1f && u[1] == 0x8b && u[2] == 8 && (u[3] & 0xE0) == 0 &&
           (u[9] <= 13 || u[9] == 255);
  }

  // Appends raw bytes after raw_pos_, dropping the consumed ones (recovery seeks the file).
  bool ReadRaw() {
    if (raw_eof_) return false;
    const size_t drop = raw_pos_;
    if (drop > 0) {
      raw_.erase(raw_.begin(), raw_.begin() + static_cast<std::ptrdiff_t>(drop));
      raw_base_ += drop;
      raw_pos_ -= drop;
    }
    const size_t old = raw_.size();
    raw_.resize(old + kRawChunk);
    const size_t got = std::fread(raw_.data() + old, 1, kRawChunk, file_);
    raw_.resize(old + got);
    if (got == 0) {
      raw_eof_ = true;
      if (std::ferror(file_)) {
        error_ = IoError(std::string("read failed: ") + std::strerror(errno),
                         {.file = name_, .byte = static_cast<int64_t>(raw_consumed())});
      }
      return false;
    }
    return true;
  }

  // Adds more decoded bytes. False at the end of the input or on an error.
  bool Produce() {
    if (!gzip_) {
      if (raw_pos_ >= raw_.size() && !ReadRaw()) {
        eof_ = error_.ok();
        return false;
      }
      dec_.append(raw_.data() + raw_pos_, raw_.size() - raw_pos_);
      raw_pos_ = raw_.size();
      return true;
    }
    if (!zlib_ready_) {
      error_ = InternalError("zlib initialisation failed", {.file = name_});
      return false;
    }
    if (!in_member_) {
      // Between members: skip NUL padding, then expect a gzip header.
      while (true) {
        if (raw_pos_ >= raw_.size() && !ReadRaw()) {
          eof_ = error_.ok();
          return false;
        }
        if (raw_[raw_pos_] != '\0') break;
        ++raw_pos_;
      }
      if (raw_.size() - raw_pos_ < 2) ReadRaw();
      const auto b0 = static_cast<unsigned char>(raw_[raw_pos_]);
      const auto b1 =
          raw_pos_ + 1 < raw_.size() ? static_cast<unsigned char>(raw_[raw_pos_ + 1]) : 0;
      last_member_start_ = raw_consumed();
      if (b0 != 0x1f || b1 != 0x8b) {
        error_ = CorruptionError("not a gzip member (bytes between members are not gzip data)",
                                 {.file = name_, .byte = static_cast<int64_t>(last_member_start_)});
        return false;
      }
      inflateReset(&zs_);
      in_member_ = true;
      members_.push_back({dec_base_ + dec_.size(), last_member_start_});
    }
    if (raw_pos_ >= raw_.size() && !ReadRaw()) {
      if (error_.ok()) {
        error_ = CorruptionError("truncated gzip member (the file ends inside it)",
                                 {.file = name_, .byte = static_cast<int64_t>(last_member_start_)});
      }
      return false;
    }
    char out[kRawChunk];
    zs_.next_in = reinterpret_cast<Bytef*>(raw_.data() + raw_pos_);
    zs_.avail_in = static_cast<uInt>(raw_.size() - raw_pos_);
    zs_.next_out = reinterpret_cast<Bytef*>(out);
    zs_.avail_out = sizeof out;
    const int rc = inflate(&zs_, Z_NO_FLUSH);
    raw_pos_ = raw_.size() - zs_.avail_in;
    dec_.append(out, sizeof out - zs_.avail_out);
    if (rc == Z_STREAM_END) {
      in_member_ = false;
      return true;
    }
    if (rc == Z_OK || rc == Z_BUF_ERROR) return true;  // Z_BUF_ERROR: needs more input
    error_ = CorruptionError(
        std::string("corrupt gzip member (") + (zs_.msg != nullptr ? zs_.msg : "zlib error") + ")",
        {.file = name_, .byte = static_cast<int64_t>(last_member_start_)});
    in_member_ = false;
    return false;
  }

  void TrimMembers() {
    while (members_.size() > 1 && members_[1].dec_begin <= offset()) members_.pop_front();
  }

  std::FILE* file_;
  bool gzip_;
  std::string name_;
  z_stream zs_;
  bool zlib_ready_ = false;
  bool in_member_ = false;
  uint64_t last_member_start_ = 0;
  std::vector<char> raw_;
  size_t raw_pos_ = 0;
  uint64_t raw_base_ = 0;
  bool raw_eof_ = false;
  std::string dec_;
  size_t pos_ = 0;
  uint64_t dec_base_ = 0;
  bool eof_ = false;
  Status error_;
  std::deque<Member> members_;
};

}  // namespace

struct WarcReader::Impl {
  std::string path;
  std::FILE* file = nullptr;
  std::unique_ptr<ByteSource> src;
  uint64_t max_record_bytes = 0;
  bool resync = false;       // the last record was damaged: find the next one first
  uint64_t resync_from = 0;  // plain files: record offset to re-scan after
  char last_char = '\n';     // last decoded byte consumed (for line-start checks)

  ~Impl() {
    src.reset();
    if (file != nullptr) std::fclose(file);
  }

  Status At(Status s, uint64_t offset) const {
    SourceLocation where = s.where();
    if (where.file.empty()) where.file = path;
    where.byte = static_cast<int64_t>(offset);
    return Status(s.code(), s.message(), where);
  }

  void Consume(size_t n) {
    if (n == 0) return;
    last_char = src->Available()[n - 1];
    src->Consume(n);
  }

  // One line without its "\r\n"/"\n". kParseError at the end of the input or when too long.
  Status ReadLine(std::string* line) {
    line->clear();
    while (true) {
      const size_t avail = src->Fill(1);
      if (avail == 0) {
        if (!src->error().ok()) return src->error();
        return ParseError("unexpected end of file inside a record header");
      }
      const std::string_view a = src->Available();
      const size_t nl = a.find('\n');
      const size_t take = nl == std::string_view::npos ? a.size() : nl;
      if (line->size() + take > kMaxHeaderLine) return ParseError("header line too long");
      line->append(a.data(), take);
      if (nl != std::string_view::npos) {
        Consume(nl + 1);
        if (!line->empty() && line->back() == '\r') line->pop_back();
        return Status();
      }
      Consume(take);
    }
  }

  // Reads `n` bytes into *out (or discards them when out is null). Returns how many were read.
  size_t ReadBlock(uint64_t n, std::string* out) {
    uint64_t left = n;
    while (left > 0) {
      const size_t avail = src->Fill(static_cast<size_t>(std::min<uint64_t>(left, kRawChunk)));
      if (avail == 0) break;
      const size_t take = static_cast<size_t>(std::min<uint64_t>(left, avail));
      if (out != nullptr) out->append(src->Available().data(), take);
      Consume(take);
      left -= take;
    }
    return static_cast<size_t>(n - left);
  }

  // Finds the next "WARC/1." at a line start; false at the end of the input.
  bool ScanForRecord() {
    while (true) {
      const size_t avail = src->Fill(kRawChunk);
      if (avail == 0) return false;
      const std::string_view a = src->Available();
      size_t from = 0;
      while (true) {
        const size_t hit = a.find(kMagic, from);
        if (hit == std::string_view::npos) break;
        const char before = hit == 0 ? last_char : a[hit - 1];
        if (before == '\n') {
          Consume(hit);
          return true;
        }
        from = hit + 1;
      }
      if (avail < kMagic.size()) {
        if (src->Fill(avail + 1) == avail) {  // the end: nothing more can match
          Consume(avail);
          return false;
        }
        continue;
      }
      Consume(avail - (kMagic.size() - 1));  // keep a tail that may start a match
    }
  }

  void Resync() {
    resync = false;
    if (!src->gzip()) {
      // Re-scan from just after the damaged record: a wrong Content-Length may have swallowed
      // good records.
      if (!src->SeekRaw(resync_from + 1)) return;
      last_char = '\0';
      ScanForRecord();
      return;
    }
    if (!src->error().ok()) {
      src->ClearError();
      if (!src->SkipToNextMember()) return;
      last_char = '\n';  // a member starts a record
    }
    ScanForRecord();
  }

  Result<bool> Next(WarcRecord* rec);
  Result<bool> Damaged(Status s, uint64_t offset, uint64_t stream_offset) {
    resync = true;
    resync_from = stream_offset;
    return At(std::move(s), offset);
  }
};

Result<bool> WarcReader::Impl::Next(WarcRecord* rec) {
  *rec = WarcRecord();
  if (resync) Resync();
  // Blank lines between records are tolerated.
  while (true) {
    if (src->Fill(1) == 0) {
      if (!src->error().ok()) {
        const Status e = src->error();
        return Damaged(e, static_cast<uint64_t>(std::max<int64_t>(0, e.where().byte)),
                       src->offset());
      }
      return false;
    }
    const char c = src->Available()[0];
    if (c != '\r' && c != '\n') break;
    Consume(1);
  }
  const uint64_t start = src->offset();
  const uint64_t offset = src->SourceOffset(start);
  rec->offset = offset;

  std::string line;
  Status s = ReadLine(&line);
  if (!s.ok()) return Damaged(s, offset, start);
  if (line.compare(0, kMagic.size(), kMagic) != 0) {
    return Damaged(ParseError("not a WARC record (expected a \"WARC/1.x\" line)",
                              {.fragment = MakeFragment(line)}),
                   offset, start);
  }
  rec->version = std::string(web::TrimAscii(line));

  std::optional<uint64_t> content_length;
  std::string warc_content_type;
  size_t header_bytes = 0;
  while (true) {
    s = ReadLine(&line);
    if (!s.ok()) return Damaged(s, offset, start);
    header_bytes += line.size();
    if (header_bytes > kMaxHeaderBytes) {
      return Damaged(ParseError("record header too long"), offset, start);
    }
    if (line.empty()) break;
    if (line[0] == ' ' || line[0] == '\t') continue;  // folded continuation of a value
    const size_t colon = line.find(':');
    if (colon == std::string::npos || colon == 0) {
      return Damaged(
          ParseError("bad header line (no \"Name: value\")", {.fragment = MakeFragment(line)}),
          offset, start);
    }
    const std::string name =
        web::AsciiLower(web::TrimAscii(std::string_view(line).substr(0, colon)));
    std::string_view value = web::TrimAscii(std::string_view(line).substr(colon + 1));
    if (name == "content-length") {
      uint64_t v = 0;
      auto [p, ec] = std::from_chars(value.data(), value.data() + value.size(), v);
      if (value.empty() || ec != std::errc() || p != value.data() + value.size()) {
        return Damaged(ParseError("bad Content-Length", {.fragment = MakeFragment(value)}), offset,
                       start);
      }
      content_length = v;
    } else if (name == "warc-type") {
      rec->type = std::string(value);
    } else if (name == "warc-target-uri") {
      if (value.size() >= 2 && value.front() == '<' && value.back() == '>') {
        value = value.substr(1, value.size() - 2);
      }
      rec->target_uri = std::string(value);
    } else if (name == "warc-date") {
      rec->date = std::string(value);
    } else if (name == "warc-record-id") {
      rec->record_id = std::string(value);
    } else if (name == "content-type") {
      warc_content_type = std::string(value);
    }
  }
  if (!content_length) return Damaged(ParseError("missing Content-Length"), offset, start);
  rec->content_length = *content_length;
  const uint64_t block_start = src->offset();

  if (*content_length > max_record_bytes) {
    // Too big to hold: skip it without buffering; the framing is intact, no resync needed.
    const size_t skipped = ReadBlock(*content_length, nullptr);
    if (skipped < *content_length) {
      return Damaged(
          ParseError("record block truncated: Content-Length " + std::to_string(*content_length) +
                     " but the file ends after " + std::to_string(skipped) + " bytes"),
          offset, start);
    }
    return At(ResourceExhaustedError("record of " + std::to_string(*content_length) +
                                     " bytes is over the limit of " +
                                     std::to_string(max_record_bytes) + "; skipped"),
              offset);
  }

  std::string block;
  block.reserve(static_cast<size_t>(*content_length));
  const size_t got = ReadBlock(*content_length, &block);
  if (src->gzip()) {
    // A block that runs into the next gzip member which starts a new record: the
    // Content-Length is wrong. Report it and restart at that member.
    uint64_t member_dec = 0, member_raw = 0;
    if (src->MemberInside(block_start, block_start + got, &member_dec, &member_raw)) {
      const size_t at = static_cast<size_t>(member_dec - block_start);
      if (std::string_view(block).substr(at, kMagic.size()) == kMagic) {
        const Status e = ParseError("Content-Length " + std::to_string(*content_length) +
                                    " runs past the end of the record's gzip member");
        src->SeekRaw(member_raw);
        last_char = '\n';
        return At(e, offset);
      }
    }
  }
  if (got < *content_length) {
    const Status e = src->error().ok()
                         ? ParseError("record block truncated: Content-Length " +
                                      std::to_string(*content_length) +
                                      " but the file ends after " + std::to_string(got) + " bytes")
                         : src->error();
    return Damaged(e, offset, start);
  }
  // The block is followed by "\r\n\r\n" (tolerated short or missing) and then the next
  // record or the end of the file. Anything else means Content-Length is wrong.
  bool terminated = false;
  if (src->Fill(4) >= 4 && src->Available().substr(0, 4) == "\r\n\r\n") {
    Consume(4);
    terminated = true;
  }
  for (int i = 0; i < 64 && !terminated && src->Fill(1) > 0; ++i) {
    const char c = src->Available()[0];
    if (c != '\r' && c != '\n') break;
    Consume(1);
  }
  if (!terminated && src->Fill(kMagic.size()) > 0 && src->Available().substr(0, 5) != "WARC/") {
    return Damaged(ParseError("Content-Length " + std::to_string(*content_length) +
                              " does not end at a record boundary"),
                   offset, start);
  }

  const std::string_view media =
      web::TrimAscii(std::string_view(warc_content_type).substr(0, warc_content_type.find(';')));
  const bool http =
      web::ContainsLower(media, "application/http") ||
      (block.compare(0, 5, "HTTP/") == 0 && (rec->type == "response" || rec->type == "revisit"));
  if (http && (rec->type == "response" || rec->type == "revisit")) {
    Result<web::HttpResponse> r = web::ParseHttpResponse(block, max_record_bytes);
    if (!r.ok()) {
      return At(Status(r.status().code(), "bad HTTP payload: " + r.status().message(),
                       r.status().where()),
                offset);
    }
    rec->http_status = r->status;
    rec->content_type = std::move(r->content_type);
    rec->charset = std::move(r->charset);
    rec->body = std::move(r->body);
    return true;
  }
  rec->content_type = web::AsciiLower(media);
  rec->charset = web::CharsetFromContentType(warc_content_type);
  rec->body = std::move(block);
  return true;
}

WarcReader::WarcReader() : impl_(std::make_unique<Impl>()) {}
WarcReader::~WarcReader() = default;

Result<std::unique_ptr<WarcReader>> WarcReader::Open(const std::string& path,
                                                     uint64_t max_record_bytes) {
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    const int err = errno;
    const std::string reason = std::strerror(err);
    if (err == ENOENT) return NotFoundError("no such file", {.file = path});
    return IoError("cannot open: " + reason, {.file = path});
  }
  unsigned char magic[2] = {0, 0};
  const size_t n = std::fread(magic, 1, 2, f);
  std::rewind(f);
  const bool gzip = n == 2 && magic[0] == 0x1f && magic[1] == 0x8b;
  std::unique_ptr<WarcReader> reader(new WarcReader());
  reader->impl_->path = path;
  reader->impl_->file = f;
  reader->impl_->max_record_bytes = max_record_bytes;
  reader->impl_->src = std::make_unique<ByteSource>(f, gzip, path);
  return reader;
}

Result<bool> WarcReader::Next(WarcRecord* record) { return impl_->Next(record); }

uint64_t WarcReader::bytes_consumed() const { return impl_->src->raw_consumed(); }

}  // namespace claimtrace
