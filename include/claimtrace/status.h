// Status and Result<T>: how every claimtrace library function reports failure.
//
// A Status is either OK or carries a code, a one-line message and the location of the
// offending fragment (input name, line, byte offset, a short excerpt). Exceptions never
// cross the library API; functions that can fail return Status or Result<T>, both
// [[nodiscard]]. Status and Result are value types, cheap to move, safe to copy; they are
// not synchronised (share them across threads only as const).
//
//   Result<Document> doc = pipeline.Process(article);
//   if (!doc.ok()) std::cerr << doc.status().ToString() << "\n";
#ifndef CLAIMTRACE_STATUS_H_
#define CLAIMTRACE_STATUS_H_

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace claimtrace {

enum class StatusCode : uint8_t {
  kOk = 0,
  kInvalidArgument,   // bad request or option (usage error)
  kNotFound,          // missing file, id, entity
  kIoError,           // read/write failure, unreadable path
  kParseError,        // malformed input (JSON, HTML, WARC, gzip)
  kUnsupported,       // input kind not handled (binary file, unknown format)
  kCorruption,        // stored data or model file is damaged
  kResourceExhausted, // a size or time limit was hit
  kAlreadyExists,     // e.g. a duplicate document
  kInternal,          // a bug: an invariant did not hold
};

// Short lower-case name of a code, e.g. "parse error".
std::string_view StatusCodeName(StatusCode code);

// Where in the input a problem was found. Every field is optional.
struct SourceLocation {
  std::string file;       // input name as the user gave it: path, URL, "-" for stdin
  int64_t line = -1;      // 1-based line number, -1 if unknown
  int64_t byte = -1;      // 0-based byte offset into the input, -1 if unknown
  std::string fragment;   // a short excerpt of the offending input (<= 60 bytes), may be empty
};

class [[nodiscard]] Status {
 public:
  Status() = default;  // OK
  Status(StatusCode code, std::string message, SourceLocation where = {});
  Status(const Status& other);
  Status& operator=(const Status& other);
  Status(Status&&) noexcept = default;
  Status& operator=(Status&&) noexcept = default;
  ~Status() = default;

  static Status Ok() { return Status(); }

  bool ok() const { return rep_ == nullptr; }
  StatusCode code() const { return rep_ ? rep_->code : StatusCode::kOk; }
  // The reason alone, without location. Empty for OK.
  const std::string& message() const;
  const SourceLocation& where() const;

  // Returns a copy with the input name (and optionally line/byte) filled in where unset.
  Status WithFile(std::string_view file, int64_t line = -1, int64_t byte = -1) const;

  // One line: "FILE:LINE: byte N: MESSAGE (near "FRAGMENT")", leaving out unknown parts.
  std::string ToString() const;

  // Marks a status as deliberately ignored.
  void IgnoreError() const {}

 private:
  struct Rep {
    StatusCode code;
    std::string message;
    SourceLocation where;
  };
  std::unique_ptr<Rep> rep_;
};

bool operator==(const Status& a, const Status& b);

Status InvalidArgumentError(std::string message, SourceLocation where = {});
Status NotFoundError(std::string message, SourceLocation where = {});
Status IoError(std::string message, SourceLocation where = {});
Status ParseError(std::string message, SourceLocation where = {});
Status UnsupportedError(std::string message, SourceLocation where = {});
Status CorruptionError(std::string message, SourceLocation where = {});
Status ResourceExhaustedError(std::string message, SourceLocation where = {});
Status AlreadyExistsError(std::string message, SourceLocation where = {});
Status InternalError(std::string message, SourceLocation where = {});

// Makes an excerpt for SourceLocation::fragment: at most `max_bytes` bytes, cut on a UTF-8
// boundary, control characters shown as spaces.
std::string MakeFragment(std::string_view text, size_t max_bytes = 60);

// A value or the Status explaining why there is none.
template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}  // NOLINT(google-explicit-constructor)
  Result(Status status) : data_(std::move(status)) {  // NOLINT(google-explicit-constructor)
    if (std::get<Status>(data_).ok()) {
      data_ = Status(StatusCode::kInternal, "Result constructed from an OK status");
    }
  }

  bool ok() const { return std::holds_alternative<T>(data_); }
  Status status() const { return ok() ? Status() : std::get<Status>(data_); }

  T& value() & { return Checked(); }
  const T& value() const& { return const_cast<Result*>(this)->Checked(); }
  T&& value() && { return std::move(Checked()); }
  T value_or(T fallback) const& { return ok() ? std::get<T>(data_) : std::move(fallback); }

  T& operator*() & { return Checked(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(Checked()); }
  T* operator->() { return &Checked(); }
  const T* operator->() const { return &value(); }

  void IgnoreError() const {}

 private:
  T& Checked();
  std::variant<T, Status> data_;
};

namespace internal {
[[noreturn]] void CheckFailed(const char* file, int line, const char* condition,
                              std::string_view message);
}  // namespace internal

template <typename T>
T& Result<T>::Checked() {
  if (!ok()) {
    internal::CheckFailed(__FILE__, __LINE__, "Result::ok()", std::get<Status>(data_).ToString());
  }
  return std::get<T>(data_);
}

}  // namespace claimtrace

// CT_CHECK(cond) aborts with a message when a true invariant does not hold. Not for input errors.
#define CT_CHECK(cond)                                                             \
  do {                                                                             \
    if (!(cond)) ::claimtrace::internal::CheckFailed(__FILE__, __LINE__, #cond, ""); \
  } while (0)

#define CT_STATUS_CONCAT_INNER_(a, b) a##b
#define CT_STATUS_CONCAT_(a, b) CT_STATUS_CONCAT_INNER_(a, b)

// Returns early from the enclosing function if `expr` (a Status) is not OK.
#define CT_RETURN_IF_ERROR(expr)                     \
  do {                                               \
    ::claimtrace::Status ct_status_ = (expr);        \
    if (!ct_status_.ok()) return ct_status_;         \
  } while (0)

// `lhs = value of expr` (a Result<T>), or return its Status from the enclosing function.
#define CT_ASSIGN_OR_RETURN(lhs, expr) \
  CT_ASSIGN_OR_RETURN_IMPL_(CT_STATUS_CONCAT_(ct_result_, __LINE__), lhs, expr)
#define CT_ASSIGN_OR_RETURN_IMPL_(result, lhs, expr) \
  auto result = (expr);                              \
  if (!result.ok()) return result.status();          \
  lhs = std::move(result).value()

#endif  // CLAIMTRACE_STATUS_H_
