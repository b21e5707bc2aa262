// Status: a null pointer means OK, so the OK path costs one pointer and no allocation.
// ToString() renders the one-line "FILE:LINE: byte N: MESSAGE" form every command prints.
// Covered by src/core/status_test.cc.
#include "claimtrace/status.h"

#include <cstdio>
#include <string>

namespace claimtrace {

std::string_view StatusCodeName(StatusCode code) {
  switch (code) {
    case StatusCode::kOk: return "ok";
    case StatusCode::kInvalidArgument: return "invalid argument";
    case StatusCode::kNotFound: return "not found";
    case StatusCode::kIoError: return "i/o error";
    case StatusCode::kParseError: return "parse error";
    case StatusCode::kUnsupported: return "unsupported";
    case StatusCode::kCorruption: return "corruption";
    case StatusCode::kResourceExhausted: return "resource exhausted";
    case StatusCode::kAlreadyExists: return "already exists";
    case StatusCode::kInternal: return "internal error";
  }
  return "unknown";
}

Status::Status(StatusCode code, std::string message, SourceLocation where) {
  if (code == StatusCode::kOk) return;
  rep_ = std::make_unique<Rep>(Rep{code, std::move(message), std::move(where)});
}

Status::Status(const Status& other)
    : rep_(other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr) {}

Status& Status::operator=(const Status& other) {
  if (this != &other) rep_ = other.rep_ ? std::make_unique<Rep>(*other.rep_) : nullptr;
  return *this;
}

const std::string& Status::message() const {
  static const std::string kEmpty;
  return rep_ ? rep_->message : kEmpty;
}

const SourceLocation& Status::where() const {
  static const SourceLocation kNowhere;
  return rep_ ? rep_->where : kNowhere;
}

Status Status::WithFile(std::string_view file, int64_t line, int64_t byte) const {
  Status copy(*this);
  if (!copy.rep_) return copy;
  SourceLocation& w = copy.rep_->where;
  if (w.file.empty()) w.file = std::string(file);
  if (w.line < 0) w.line = line;
  if (w.byte < 0) w.byte = byte;
  return copy;
}

std::string Status::ToString() const {
  if (ok()) return "OK";
  const SourceLocation& w = rep_->where;
  std::string out;
  if (!w.file.empty()) {
    out += w.file;
    if (w.line >= 0) out += ":" + std::to_string(w.line);
    out += ": ";
  } else if (w.line >= 0) {
    out += "line " + std::to_string(w.line) + ": ";
  }
  if (w.byte >= 0) out += "byte " + std::to_string(w.byte) + ": ";
  out += rep_->message.empty() ? std::string(StatusCodeName(rep_->code)) : rep_->message;
  if (!w.fragment.empty()) out += " (near \"" + w.fragment + "\")";
  return out;
}

bool operator==(const Status& a, const Status& b) {
  return a.code() == b.code() && a.message() == b.message();
}

#define CT_DEFINE_ERROR_(Name, Code)                                   \
  Status Name(std::string message, SourceLocation where) {             \
    return Status(StatusCode::Code, std::move(message), std::move(where)); \
  }
CT_DEFINE_ERROR_(InvalidArgumentError, kInvalidArgument)
CT_DEFINE_ERROR_(NotFoundError, kNotFound)
CT_DEFINE_ERROR_(IoError, kIoError)
CT_DEFINE_ERROR_(ParseError, kParseError)
CT_DEFINE_ERROR_(UnsupportedError, kUnsupported)
CT_DEFINE_ERROR_(CorruptionError, kCorruption)
CT_DEFINE_ERROR_(ResourceExhaustedError, kResourceExhausted)
CT_DEFINE_ERROR_(AlreadyExistsError, kAlreadyExists)
CT_DEFINE_ERROR_(InternalError, kInternal)
#undef CT_DEFINE_ERROR_

std::string MakeFragment(std::string_view text, size_t max_bytes) {
  size_t n = text.size() < max_bytes ? text.size() : max_bytes;
  // Back off to a UTF-8 boundary: never end on a lead or continuation byte of a cut sequence.
  if (n < text.size()) {
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
  }
  std::string out(text.substr(0, n));
  for (char& c : out) {
    if (static_cast<unsigned char>(c) < 0x20 || c == 0x7F) c = ' ';
  }
  return out;
}

namespace internal {
void CheckFailed(const char* file, int line, const char* condition, std::string_view message) {
  std::fprintf(stderr, "claimtrace: CHECK failed at %s:%d: %s %.*s\n", file, line, condition,
               static_cast<int>(message.size()), message.data());
  std::abort();
}
}  // namespace internal

}  // namespace claimtrace
