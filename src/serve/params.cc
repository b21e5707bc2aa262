// Parameter checks: a linear scan over the (few) pairs; integers parsed with std::from_chars
// over the whole value (no sign tricks, no whitespace, no overflow). Covered by
// src/serve/params_test.cc and the hostile-request tests in tests/api/.
#include "serve/params.h"

#include <algorithm>
#include <charconv>

#include "core/date.h"

namespace claimtrace::serve {

Params::Params(std::vector<std::pair<std::string, std::string>> values,
               std::vector<std::string> allowed)
    : values_(std::move(values)), allowed_(std::move(allowed)) {}

Status Params::Check() const {
  for (size_t i = 0; i < values_.size(); ++i) {
    const auto& [name, value] = values_[i];
    if (std::find(allowed_.begin(), allowed_.end(), name) == allowed_.end()) {
      std::string known;
      for (const std::string& a : allowed_) known += (known.empty() ? "" : ", ") + a;
      return InvalidArgumentError(
          "unknown parameter '" + MakeFragment(name, 40) + "'" +
          (known.empty() ? " (this endpoint takes none)" : " (known: " + known + ")"));
    }
    for (size_t j = 0; j < i; ++j) {
      if (values_[j].first == name) {
        return InvalidArgumentError("parameter '" + name + "' given more than once");
      }
    }
    if (value.size() > kMaxParamBytes) {
      return InvalidArgumentError("parameter '" + name + "' is longer than " +
                                  std::to_string(kMaxParamBytes) + " bytes");
    }
    for (unsigned char c : value) {
      if (c < 0x20 || c == 0x7f) {
        return InvalidArgumentError("parameter '" + name + "' holds a control character");
      }
    }
  }
  return Status::Ok();
}

std::optional<std::string> Params::Get(const std::string& name) const {
  for (const auto& [n, v] : values_) {
    if (n == name) return v;
  }
  return std::nullopt;
}

Result<int64_t> Params::Int(const std::string& name, int64_t fallback, int64_t min,
                            int64_t max) const {
  std::optional<std::string> v = Get(name);
  if (!v) return fallback;
  int64_t out = 0;
  auto [end, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
  if (v->empty() || ec != std::errc() || end != v->data() + v->size()) {
    return InvalidArgumentError("parameter '" + name + "' must be a whole number, not '" +
                                MakeFragment(*v, 40) + "'");
  }
  if (out < min || out > max) {
    return InvalidArgumentError("parameter '" + name + "' must be between " + std::to_string(min) +
                                " and " + std::to_string(max));
  }
  return out;
}

std::optional<std::string> Params::Text(const std::string& name) const {
  std::optional<std::string> v = Get(name);
  if (v && v->empty()) return std::nullopt;
  return v;
}

Result<std::optional<std::string>> Params::Date(const std::string& name) const {
  std::optional<std::string> v = Text(name);
  if (!v) return std::optional<std::string>();
  auto digits = [&](size_t from, size_t n) {
    for (size_t i = from; i < from + n; ++i) {
      if ((*v)[i] < '0' || (*v)[i] > '9') return false;
    }
    return true;
  };
  auto number = [&](size_t from, size_t n) {
    int x = 0;
    for (size_t i = from; i < from + n; ++i) x = x * 10 + ((*v)[i] - '0');
    return x;
  };
  // The shape, then the calendar: "2025-02-31" matched nothing and said nothing before.
  if (v->size() != 10 || (*v)[4] != '-' || (*v)[7] != '-' || !digits(0, 4) || !digits(5, 2) ||
      !digits(8, 2) || !IsValidDate(number(0, 4), number(5, 2), number(8, 2))) {
    return InvalidArgumentError("parameter '" + name + "' must be a date YYYY-MM-DD, not '" +
                                MakeFragment(*v, 40) + "'");
  }
  return v;
}

Result<PageRequest> Params::Page() const {
  PageRequest page;
  CT_ASSIGN_OR_RETURN(page.limit, Int("limit", 20, 1, kMaxPageSize));
  CT_ASSIGN_OR_RETURN(page.offset, Int("offset", 0, 0, 1000000000));
  return page;
}

Result<SearchSyntax> Params::Syntax() const {
  std::optional<std::string> v = Text("syntax");
  if (!v || *v == "words") return SearchSyntax::kWords;
  if (*v == "fts") return SearchSyntax::kFts5;
  return InvalidArgumentError("parameter 'syntax' must be 'words' or 'fts'");
}

bool IsDocumentId(std::string_view s) {
  if (s.size() != 16) return false;
  return std::all_of(s.begin(), s.end(),
                     [](char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'); });
}

}  // namespace claimtrace::serve
