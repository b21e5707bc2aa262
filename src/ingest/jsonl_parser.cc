// JSON Lines records: the fast path parses with simdjson's DOM parser (which validates the whole
// line) and copies the known fields; anything it does not take (syntax error, wrong type, deep
// nesting) goes to the reference path, nlohmann::json's SAX interface (no DOM is built): the
// handler tracks nesting depth, remembers the last key at depth 1 and moves string values of
// known keys straight into the RawArticle. Neither throws: simdjson is used through error codes,
// and a nlohmann syntax error reaches the handler's parse_error, which keeps the message.
// Covered by src/ingest/jsonl_parser_test.cc, including a differential test of the two paths.
#include "ingest/jsonl_parser.h"

#include <simdjson.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "ingest/text_decode.h"

namespace claimtrace {
namespace {

using json = nlohmann::json;

enum class Field {
  kOther,
  kId,
  kUrl,
  kOutlet,
  kTitle,
  kPublished,
  kAuthor,
  kLanguage,
  kText,
  kHtml
};

Field FieldFromKey(std::string_view key) {
  if (key == "text") return Field::kText;
  if (key == "title") return Field::kTitle;
  if (key == "id") return Field::kId;
  if (key == "url") return Field::kUrl;
  if (key == "outlet") return Field::kOutlet;
  if (key == "published") return Field::kPublished;
  if (key == "author") return Field::kAuthor;
  if (key == "language") return Field::kLanguage;
  if (key == "html") return Field::kHtml;
  return Field::kOther;
}

class RecordSax {
 public:
  using number_integer_t = json::number_integer_t;
  using number_unsigned_t = json::number_unsigned_t;
  using number_float_t = json::number_float_t;
  using string_t = json::string_t;
  using binary_t = json::binary_t;

  bool null() { return Scalar(nullptr, "null"); }
  bool boolean(bool) { return Scalar(nullptr, "a boolean"); }
  bool number_integer(number_integer_t v) {
    std::string s = std::to_string(v);
    return Scalar(&s, "a number");
  }
  bool number_unsigned(number_unsigned_t v) {
    std::string s = std::to_string(v);
    return Scalar(&s, "a number");
  }
  bool number_float(number_float_t, const string_t&) { return Scalar(nullptr, "a number"); }
  bool binary(binary_t&) { return Scalar(nullptr, "binary data"); }

  bool string(string_t& v) {
    if (depth_ == 0) return Fail("expected a JSON object, got a string");
    if (depth_ != 1) return true;
    std::optional<std::string>* slot = Slot(field_);
    if (slot != nullptr) *slot = std::move(v);
    return true;
  }

  bool start_object(std::size_t) { return Open("an object"); }
  bool start_array(std::size_t) {
    if (depth_ == 0) return Fail("expected a JSON object, got an array");
    return Open("an array");
  }
  bool end_object() { return Close(); }
  bool end_array() { return Close(); }

  bool key(string_t& k) {
    if (depth_ == 1) {
      key_ = k;
      field_ = FieldFromKey(k);
    }
    return true;
  }

  bool parse_error(std::size_t position, const std::string& last_token,
                   const nlohmann::detail::exception& ex) {
    if (error_.empty()) {
      std::string what = ex.what();
      // "[json.exception.parse_error.101] parse error at line 1, column 7: syntax error ..."
      const size_t colon = what.find(": ", what.find("column"));
      std::string reason = colon == std::string::npos ? what : what.substr(colon + 2);
      // `position` is just past the offending token; report where the token starts (1-based).
      const size_t start = position > last_token.size() ? position - last_token.size() : 0;
      error_ = "malformed JSON at column " + std::to_string(start + 1) + ": " + reason;
      error_position_ = start;
    }
    return false;
  }

  RawArticle* article = nullptr;
  std::optional<std::string> text, html;
  std::vector<std::string> ignored;  // metadata fields of the wrong type, one line each

  const std::string& error() const { return error_; }
  size_t error_position() const { return error_position_; }
  bool saw_object() const { return saw_object_; }

 private:
  std::optional<std::string>* Slot(Field f) {
    switch (f) {
      case Field::kId:
        return &article->id;
      case Field::kUrl:
        return &article->url;
      case Field::kOutlet:
        return &article->outlet;
      case Field::kTitle:
        return &article->title;
      case Field::kPublished:
        return &article->published;
      case Field::kAuthor:
        return &article->author;
      case Field::kLanguage:
        return &article->language;
      case Field::kText:
        return &text;
      case Field::kHtml:
        return &html;
      case Field::kOther:
        return nullptr;
    }
    return nullptr;
  }

  // A non-string scalar: fine for unknown keys, null clears a known one, an integer id is
  // accepted, anything else in a known field is a type error.
  bool Scalar(const std::string* integer_text, const char* what) {
    if (depth_ == 0) return Fail(std::string("expected a JSON object, got ") + what);
    if (depth_ != 1 || field_ == Field::kOther) return true;
    if (std::string_view(what) == "null") {
      Slot(field_)->reset();
      return true;
    }
    if (field_ == Field::kId && integer_text != nullptr) {
      article->id = *integer_text;
      return true;
    }
    return WrongType(what);
  }

  bool Open(const char* what) {
    if (depth_ == 0) saw_object_ = true;
    if (depth_ == 1 && field_ != Field::kOther && !WrongType(what)) return false;
    ++depth_;
    return true;
  }

  // A known field of the wrong type: the body ("text", "html") is an error; a metadata field is
  // ignored with a warning, so one odd field ("published": 1738663200) does not cost the article.
  bool WrongType(const char* what) {
    std::string message = "field \"" + key_ + "\" must be a string, got " + what;
    if (field_ == Field::kText || field_ == Field::kHtml) return Fail(std::move(message));
    Slot(field_)->reset();
    ignored.push_back(std::move(message) + "; ignored");
    return true;
  }

  bool Close() {
    --depth_;
    return true;
  }

  bool Fail(std::string message) {
    if (error_.empty()) error_ = std::move(message);
    return false;
  }

  int depth_ = 0;
  std::string key_;
  Field field_ = Field::kOther;
  std::string error_;
  size_t error_position_ = 0;
  bool saw_object_ = false;
};

// The body rules shared by both paths.
Status FinishRecord(std::optional<std::string>* text, std::optional<std::string>* html,
                    RawArticle* out) {
  if (*text) {
    if (IsBlank(**text)) return InvalidArgumentError("empty \"text\" field");
    out->format = BodyFormat::kText;
    out->body = std::move(**text);
  } else if (*html) {
    if (IsBlank(**html)) return InvalidArgumentError("empty \"html\" field");
    out->format = BodyFormat::kHtml;
    out->body = std::move(**html);
    out->declared_charset = "utf-8";
  } else {
    return InvalidArgumentError("no \"text\" or \"html\" field");
  }
  return Status::Ok();
}

std::optional<std::string>* FieldSlot(Field f, RawArticle* a, std::optional<std::string>* text,
                                      std::optional<std::string>* html) {
  switch (f) {
    case Field::kId:
      return &a->id;
    case Field::kUrl:
      return &a->url;
    case Field::kOutlet:
      return &a->outlet;
    case Field::kTitle:
      return &a->title;
    case Field::kPublished:
      return &a->published;
    case Field::kAuthor:
      return &a->author;
    case Field::kLanguage:
      return &a->language;
    case Field::kText:
      return text;
    case Field::kHtml:
      return html;
    case Field::kOther:
      return nullptr;
  }
  return nullptr;
}

// simdjson path; false means "let the reference parser decide" (it then also words the error).
bool ParseFast(std::string_view line, RawArticle* out, Status* status) {
  thread_local simdjson::dom::parser parser;
  simdjson::dom::element doc;
  if (parser.parse(line.data(), line.size(), /*realloc_if_needed=*/true).get(doc)) return false;
  simdjson::dom::object object;
  if (doc.get_object().get(object)) return false;
  RawArticle a;
  std::optional<std::string> text, html;
  for (simdjson::dom::key_value_pair field : object) {
    std::optional<std::string>* slot = FieldSlot(FieldFromKey(field.key), &a, &text, &html);
    if (slot == nullptr) continue;
    std::string_view sv;
    int64_t i = 0;
    uint64_t u = 0;
    if (field.value.is_null()) {
      slot->reset();
    } else if (!field.value.get_string().get(sv)) {
      *slot = std::string(sv);
    } else if (slot == &a.id && !field.value.get_int64().get(i)) {
      *slot = std::to_string(i);
    } else if (slot == &a.id && !field.value.get_uint64().get(u)) {
      *slot = std::to_string(u);
    } else {
      return false;  // a type error: the reference parser names it
    }
  }
  *status = FinishRecord(&text, &html, &a);
  *out = std::move(a);
  return true;
}

}  // namespace

Status ParseJsonLineReference(std::string_view line, RawArticle* out,
                              std::vector<std::string>* warnings) {
  RecordSax sax;
  sax.article = out;
  const bool ok = json::sax_parse(line.data(), line.data() + line.size(), &sax,
                                  json::input_format_t::json, /*strict=*/true);
  if (!ok || !sax.error().empty()) {
    std::string message = sax.error().empty() ? "malformed JSON" : sax.error();
    std::string fragment;
    if (!sax.error().empty() && sax.error().rfind("malformed JSON", 0) == 0) {
      const size_t at = sax.error_position() > 20 ? sax.error_position() - 20 : 0;
      fragment = MakeFragment(line.substr(std::min(at, line.size())), 40);
    }
    return ParseError(std::move(message), {.fragment = std::move(fragment)});
  }
  if (!sax.saw_object()) return ParseError("expected a JSON object");
  if (warnings != nullptr) {
    for (std::string& w : sax.ignored) warnings->push_back(std::move(w));
  }
  return FinishRecord(&sax.text, &sax.html, out);
}

Status ParseJsonLine(std::string_view line, RawArticle* out, std::vector<std::string>* warnings) {
  Status status;
  if (ParseFast(line, out, &status)) return status;
  *out = RawArticle();
  return ParseJsonLineReference(line, out, warnings);
}

}  // namespace claimtrace
