// Params: validation of an API request's query parameters.
//
// Built from the decoded (name, value) pairs and the names the endpoint accepts; Check() rejects
// unknown or repeated names and values that are too long or hold control characters. The typed
// getters turn bad values into kInvalidArgument naming the parameter (the server answers 400),
// never into a silent default. A value object, not synchronised.
//
//   Params p(req_params, {"limit", "offset", "q"});  CT_RETURN_IF_ERROR(p.Check());
//   CT_ASSIGN_OR_RETURN(int64_t limit, p.Int("limit", 20, 1, kMaxPageSize));
#ifndef CLAIMTRACE_SERVE_PARAMS_H_
#define CLAIMTRACE_SERVE_PARAMS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "claimtrace/status.h"
#include "claimtrace/store_queries.h"

namespace claimtrace::serve {

inline constexpr size_t kMaxParamBytes = 512;

class Params {
 public:
  Params(std::vector<std::pair<std::string, std::string>> values, std::vector<std::string> allowed);

  Status Check() const;

  // The value of `name` when given (possibly empty).
  std::optional<std::string> Get(const std::string& name) const;
  // A decimal integer within [min, max]; `fallback` when absent.
  Result<int64_t> Int(const std::string& name, int64_t fallback, int64_t min, int64_t max) const;
  // A non-empty text value, or nullopt when absent or empty.
  std::optional<std::string> Text(const std::string& name) const;
  // YYYY-MM-DD, or nullopt when absent.
  Result<std::optional<std::string>> Date(const std::string& name) const;
  // "limit" (1..kMaxPageSize, default 20) and "offset" (0..1e9).
  Result<PageRequest> Page() const;
  // "syntax": "words" (default) or "fts".
  Result<SearchSyntax> Syntax() const;

 private:
  std::vector<std::pair<std::string, std::string>> values_;
  std::vector<std::string> allowed_;
};

// A document id as the store gives them: 16 lower-case hex digits.
bool IsDocumentId(std::string_view s);

}  // namespace claimtrace::serve

#endif  // CLAIMTRACE_SERVE_PARAMS_H_
