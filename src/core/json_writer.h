// JsonWriter: a minimal streaming JSON writer that appends to a std::string.
//
// Keys come out in the order they are written (the export format documents an order), strings
// are escaped per RFC 8259 (control characters as \u00XX, '/' left alone, non-ASCII UTF-8 passed
// through unchanged), doubles in the shortest form that round-trips ("7000", "1.5", "0.88").
// The writer does not check nesting; callers pair Begin/End. Not thread-safe; one per output.
//
//   std::string out; JsonWriter w(&out);
//   w.BeginObject(); w.Key("id"); w.String("d1"); w.EndObject();  // {"id":"d1"}
#ifndef CLAIMTRACE_CORE_JSON_WRITER_H_
#define CLAIMTRACE_CORE_JSON_WRITER_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace claimtrace {

class JsonWriter {
 public:
  explicit JsonWriter(std::string* out) : out_(out) {}

  void BeginObject() { Separate(); out_->push_back('{'); first_ = true; }
  void EndObject() { out_->push_back('}'); first_ = false; }
  void BeginArray() { Separate(); out_->push_back('['); first_ = true; }
  void EndArray() { out_->push_back(']'); first_ = false; }

  void Key(std::string_view key);
  void String(std::string_view s);
  void OptionalString(const std::optional<std::string>& s);
  void Int(int64_t v);
  void Double(double v);
  void Bool(bool v);
  void Null();
  // Appends `json` verbatim as one value (must already be valid JSON).
  void Raw(std::string_view json);

  // Appends `s` as a quoted, escaped JSON string to `out`.
  static void AppendEscaped(std::string_view s, std::string* out);

 private:
  void Separate() {
    if (after_key_) { after_key_ = false; return; }
    if (!first_) out_->push_back(',');
    first_ = false;
  }

  std::string* out_;
  bool first_ = true;
  bool after_key_ = false;
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_CORE_JSON_WRITER_H_
