// Export format writer and reader.
//
// Writing goes straight through JsonWriter in the documented key order; every `text` next to
// an offset is sliced from Document::text at write time. Reading uses nlohmann::json and checks
// types and offsets (inside `text`, on UTF-8 boundaries) so a damaged store row is reported as
// corruption instead of crashing a later stage. Covered by src/core/export_test.cc, which also
// round-trips every field.
#include "claimtrace/export.h"

#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "core/json_writer.h"

namespace claimtrace {
namespace {

void WriteSpanPair(JsonWriter& w, ByteSpan s) {
  w.BeginArray();
  w.Int(s.start);
  w.Int(s.end);
  w.EndArray();
}

void WriteTextSpan(JsonWriter& w, const Document& doc, ByteSpan s) {
  w.BeginObject();
  w.Key("start"); w.Int(s.start);
  w.Key("end"); w.Int(s.end);
  w.Key("text"); w.String(doc.Slice(s));
  w.EndObject();
}

void WriteStatement(JsonWriter& w, const Document& doc, const Statement& st) {
  w.BeginObject();
  w.Key("type"); w.String(ToString(st.type));
  w.Key("content"); WriteTextSpan(w, doc, st.content);
  w.Key("content_parts");
  w.BeginArray();
  for (ByteSpan part : st.content_parts) WriteSpanPair(w, part);
  w.EndArray();
  w.Key("cue");
  if (st.cue) {
    WriteTextSpan(w, doc, *st.cue);
  } else {
    w.Null();
  }
  w.Key("speaker");
  w.BeginObject();
  w.Key("text");
  if (st.speaker.span) {
    w.String(doc.Slice(*st.speaker.span));
  } else {
    w.Null();
  }
  w.Key("name"); w.OptionalString(st.speaker.name);
  w.Key("entity"); w.OptionalString(st.speaker.entity);
  w.Key("kind"); w.String(ToString(st.speaker.kind));
  w.Key("span");
  if (st.speaker.span) {
    WriteSpanPair(w, *st.speaker.span);
  } else {
    w.Null();
  }
  w.EndObject();
  w.Key("via");
  w.BeginArray();
  for (const Via& v : st.via) {
    w.BeginObject();
    w.Key("text"); w.String(doc.Slice(v.span));
    w.Key("relation"); w.String(ToString(v.relation));
    w.Key("span"); WriteSpanPair(w, v.span);
    w.Key("entity"); w.OptionalString(v.entity);
    w.EndObject();
  }
  w.EndArray();
  w.Key("citing");
  if (st.citing) {
    w.String(doc.Slice(*st.citing));
  } else {
    w.Null();
  }
  w.Key("citing_span");
  if (st.citing) {
    WriteSpanPair(w, *st.citing);
  } else {
    w.Null();
  }
  w.Key("hedged"); w.Bool(st.hedged);
  if (!st.claim_id.empty()) {
    w.Key("claim"); w.String(st.claim_id);
  }
  w.EndObject();
}

}  // namespace

void AppendDocumentJson(const Document& doc, std::string* out) {
  JsonWriter w(out);
  w.BeginObject();
  w.Key("id"); w.String(doc.id);
  w.Key("source"); w.String(doc.source);
  w.Key("input_id"); w.OptionalString(doc.input_id);
  w.Key("url"); w.OptionalString(doc.url);
  w.Key("outlet"); w.OptionalString(doc.outlet);
  w.Key("title"); w.OptionalString(doc.title);
  w.Key("published"); w.OptionalString(doc.published);
  w.Key("published_inferred"); w.Bool(doc.published_inferred);
  w.Key("author"); w.OptionalString(doc.author);
  w.Key("canonical_url"); w.OptionalString(doc.canonical_url);
  w.Key("language"); w.String(doc.language);
  w.Key("text"); w.String(doc.text);
  w.Key("removed");
  w.BeginArray();
  for (const RemovedPiece& r : doc.removed) {
    w.BeginObject();
    w.Key("text"); w.String(r.text);
    w.Key("reason"); w.String(ToString(r.reason));
    w.Key("rule"); w.String(r.rule);
    w.EndObject();
  }
  w.EndArray();
  w.Key("duplicate_of"); w.OptionalString(doc.duplicate_of);
  w.Key("sentences");
  w.BeginArray();
  for (ByteSpan s : doc.sentences) WriteSpanPair(w, s);
  w.EndArray();
  w.Key("entities");
  w.BeginArray();
  for (const Entity& e : doc.entities) {
    w.BeginObject();
    w.Key("id"); w.String(e.id);
    w.Key("name"); w.String(e.name);
    w.Key("type"); w.String(ToString(e.type));
    w.Key("mentions");
    w.BeginArray();
    for (ByteSpan m : e.mentions) WriteSpanPair(w, m);
    w.EndArray();
    w.Key("roles");
    w.BeginArray();
    for (const std::string& r : e.roles) w.String(r);
    w.EndArray();
    if (!e.global_id.empty()) {
      w.Key("entity"); w.String(e.global_id);
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("statements");
  w.BeginArray();
  for (const Statement& st : doc.statements) WriteStatement(w, doc, st);
  w.EndArray();
  w.Key("figures");
  w.BeginArray();
  for (const Figure& f : doc.figures) {
    w.BeginObject();
    w.Key("start"); w.Int(f.span.start);
    w.Key("end"); w.Int(f.span.end);
    w.Key("text"); w.String(doc.Slice(f.span));
    w.Key("low"); w.Double(f.low);
    w.Key("high"); w.Double(f.high);
    w.Key("qualifier"); w.String(ToString(f.qualifier));
    w.Key("unit"); w.OptionalString(f.unit);
    w.Key("what"); w.OptionalString(f.what);
    w.Key("statement");
    if (f.statement) {
      w.Int(*f.statement);
    } else {
      w.Null();
    }
    w.EndObject();
  }
  w.EndArray();
  w.Key("times");
  w.BeginArray();
  for (const TimeExpression& t : doc.times) {
    w.BeginObject();
    w.Key("start"); w.Int(t.span.start);
    w.Key("end"); w.Int(t.span.end);
    w.Key("text"); w.String(doc.Slice(t.span));
    w.Key("type"); w.String(ToString(t.type));
    w.Key("value"); w.OptionalString(t.value);
    w.Key("mod"); w.OptionalString(t.mod);
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
}

std::string DocumentToJson(const Document& doc) {
  std::string out;
  out.reserve(doc.text.size() * 2 + 256);
  AppendDocumentJson(doc, &out);
  return out;
}

namespace {

using Json = nlohmann::json;

// Reads typed fields out of a parsed object, remembering the first problem.
class Reader {
 public:
  explicit Reader(const Document* doc) : doc_(doc) {}

  const Status& status() const { return status_; }
  bool ok() const { return status_.ok(); }

  void Fail(StatusCode code, std::string message) {
    if (status_.ok()) status_ = Status(code, std::move(message));
  }

  // Required string field.
  std::string Str(const Json& obj, const char* key, const char* where) {
    auto it = obj.find(key);
    if (it == obj.end() || !it->is_string()) {
      Fail(StatusCode::kParseError, std::string(where) + "." + key + " must be a string");
      return {};
    }
    return it->get<std::string>();
  }

  // Optional string: missing or null gives nullopt.
  std::optional<std::string> OptStr(const Json& obj, const char* key, const char* where) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return std::nullopt;
    if (!it->is_string()) {
      Fail(StatusCode::kParseError, std::string(where) + "." + key + " must be a string or null");
      return std::nullopt;
    }
    return it->get<std::string>();
  }

  bool Bool(const Json& obj, const char* key, const char* where) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return false;
    if (!it->is_boolean()) {
      Fail(StatusCode::kParseError, std::string(where) + "." + key + " must be a boolean");
      return false;
    }
    return it->get<bool>();
  }

  const Json* Array(const Json& obj, const char* key, const char* where) {
    auto it = obj.find(key);
    if (it == obj.end() || it->is_null()) return nullptr;
    if (!it->is_array()) {
      Fail(StatusCode::kParseError, std::string(where) + "." + key + " must be an array");
      return nullptr;
    }
    return &*it;
  }

  // Checks that [start, end) lies inside the text on UTF-8 boundaries.
  ByteSpan CheckedSpan(int64_t start, int64_t end, const std::string& where) {
    const std::string& text = doc_->text;
    auto boundary = [&](int64_t i) {
      return i == static_cast<int64_t>(text.size()) ||
             (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
    };
    if (start < 0 || end < start || end > static_cast<int64_t>(text.size()) ||
        !boundary(start) || !boundary(end)) {
      Fail(StatusCode::kCorruption, where + " [" + std::to_string(start) + ", " +
                                        std::to_string(end) + ") is not a span of the text");
      return {};
    }
    return {static_cast<uint32_t>(start), static_cast<uint32_t>(end)};
  }

  ByteSpan SpanPair(const Json& v, const std::string& where) {
    if (!v.is_array() || v.size() != 2 || !v[0].is_number_integer() ||
        !v[1].is_number_integer()) {
      Fail(StatusCode::kParseError, where + " must be [start, end]");
      return {};
    }
    return CheckedSpan(v[0].get<int64_t>(), v[1].get<int64_t>(), where);
  }

  ByteSpan StartEnd(const Json& obj, const std::string& where) {
    auto s = obj.find("start");
    auto e = obj.find("end");
    if (s == obj.end() || e == obj.end() || !s->is_number_integer() || !e->is_number_integer()) {
      Fail(StatusCode::kParseError, where + " needs integer start and end");
      return {};
    }
    return CheckedSpan(s->get<int64_t>(), e->get<int64_t>(), where);
  }

  template <typename E>
  E Enum(const Json& obj, const char* key, const std::string& where, E fallback) {
    auto it = obj.find(key);
    E v = fallback;
    if (it == obj.end() || !it->is_string() || !Parse(it->get<std::string>(), &v)) {
      Fail(StatusCode::kParseError, where + "." + key + " has an unknown value");
    }
    return v;
  }

 private:
  const Document* doc_;
  Status status_;
};

void ReadStatement(Reader& r, const Json& js, const std::string& where, Statement* st) {
  if (!js.is_object()) {
    r.Fail(StatusCode::kParseError, where + " must be an object");
    return;
  }
  st->type = r.Enum(js, "type", where, StatementType::kIndirect);
  if (auto it = js.find("content"); it != js.end() && it->is_object()) {
    st->content = r.StartEnd(*it, where + ".content");
  } else {
    r.Fail(StatusCode::kParseError, where + ".content must be an object");
  }
  if (const Json* parts = r.Array(js, "content_parts", "statement")) {
    for (const Json& p : *parts) {
      st->content_parts.push_back(r.SpanPair(p, where + ".content_parts"));
    }
  }
  if (auto it = js.find("cue"); it != js.end() && it->is_object()) {
    st->cue = r.StartEnd(*it, where + ".cue");
  }
  if (auto it = js.find("speaker"); it != js.end() && it->is_object()) {
    const Json& sp = *it;
    st->speaker.kind = r.Enum(sp, "kind", where + ".speaker", SpeakerKind::kUnknown);
    st->speaker.name = r.OptStr(sp, "name", "speaker");
    st->speaker.entity = r.OptStr(sp, "entity", "speaker");
    if (auto s = sp.find("span"); s != sp.end() && !s->is_null()) {
      st->speaker.span = r.SpanPair(*s, where + ".speaker.span");
    }
  }
  if (const Json* via = r.Array(js, "via", "statement")) {
    for (const Json& v : *via) {
      Via out;
      if (!v.is_object()) {
        r.Fail(StatusCode::kParseError, where + ".via items must be objects");
        break;
      }
      out.relation = r.Enum(v, "relation", where + ".via", ViaRelation::kOther);
      if (auto s = v.find("span"); s != v.end()) out.span = r.SpanPair(*s, where + ".via.span");
      out.entity = r.OptStr(v, "entity", "via");
      st->via.push_back(std::move(out));
    }
  }
  if (auto it = js.find("citing_span"); it != js.end() && !it->is_null()) {
    st->citing = r.SpanPair(*it, where + ".citing_span");
  }
  st->hedged = r.Bool(js, "hedged", "statement");
  st->claim_id = r.OptStr(js, "claim", "statement").value_or("");
}

}  // namespace

Result<Document> DocumentFromJson(std::string_view json) {
  Json js = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (js.is_discarded()) return ParseError("not valid JSON", {.fragment = MakeFragment(json)});
  if (!js.is_object()) return ParseError("a document must be a JSON object");
  Document doc;
  Reader r(&doc);
  doc.text = r.Str(js, "text", "document");
  doc.id = r.Str(js, "id", "document");
  doc.source = r.Str(js, "source", "document");
  doc.input_id = r.OptStr(js, "input_id", "document");
  doc.url = r.OptStr(js, "url", "document");
  doc.outlet = r.OptStr(js, "outlet", "document");
  doc.title = r.OptStr(js, "title", "document");
  doc.published = r.OptStr(js, "published", "document");
  doc.published_inferred = r.Bool(js, "published_inferred", "document");
  doc.author = r.OptStr(js, "author", "document");
  doc.canonical_url = r.OptStr(js, "canonical_url", "document");
  doc.language = r.OptStr(js, "language", "document").value_or("en");
  doc.duplicate_of = r.OptStr(js, "duplicate_of", "document");
  if (const Json* removed = r.Array(js, "removed", "document")) {
    for (const Json& item : *removed) {
      if (!item.is_object()) {
        r.Fail(StatusCode::kParseError, "removed items must be objects");
        break;
      }
      RemovedPiece p;
      p.text = r.Str(item, "text", "removed");
      p.reason = r.Enum(item, "reason", "removed", RemovalReason::kBoilerplate);
      p.rule = r.OptStr(item, "rule", "removed").value_or("");
      doc.removed.push_back(std::move(p));
    }
  }
  if (const Json* sentences = r.Array(js, "sentences", "document")) {
    for (const Json& s : *sentences) doc.sentences.push_back(r.SpanPair(s, "sentences"));
  }
  if (const Json* entities = r.Array(js, "entities", "document")) {
    for (const Json& e : *entities) {
      if (!e.is_object()) {
        r.Fail(StatusCode::kParseError, "entities items must be objects");
        break;
      }
      Entity out;
      out.id = r.Str(e, "id", "entity");
      out.name = r.Str(e, "name", "entity");
      out.type = r.Enum(e, "type", "entity", EntityType::kMisc);
      if (const Json* mentions = r.Array(e, "mentions", "entity")) {
        for (const Json& m : *mentions) out.mentions.push_back(r.SpanPair(m, "entity.mentions"));
      }
      if (const Json* roles = r.Array(e, "roles", "entity")) {
        for (const Json& role : *roles) {
          if (role.is_string()) out.roles.push_back(role.get<std::string>());
        }
      }
      out.global_id = r.OptStr(e, "entity", "entity").value_or("");
      doc.entities.push_back(std::move(out));
    }
  }
  if (const Json* statements = r.Array(js, "statements", "document")) {
    for (size_t i = 0; i < statements->size(); ++i) {
      Statement st;
      ReadStatement(r, (*statements)[i], "statements[" + std::to_string(i) + "]", &st);
      doc.statements.push_back(std::move(st));
    }
  }
  if (const Json* figures = r.Array(js, "figures", "document")) {
    for (const Json& f : *figures) {
      if (!f.is_object()) {
        r.Fail(StatusCode::kParseError, "figures items must be objects");
        break;
      }
      Figure out;
      out.span = r.StartEnd(f, "figure");
      auto num = [&](const char* key) {
        auto it = f.find(key);
        if (it == f.end() || !it->is_number()) {
          r.Fail(StatusCode::kParseError, std::string("figure.") + key + " must be a number");
          return 0.0;
        }
        return it->get<double>();
      };
      out.low = num("low");
      out.high = num("high");
      out.qualifier = r.Enum(f, "qualifier", "figure", Qualifier::kExact);
      out.unit = r.OptStr(f, "unit", "figure");
      out.what = r.OptStr(f, "what", "figure");
      if (auto it = f.find("statement"); it != f.end() && it->is_number_integer()) {
        const int64_t index = it->get<int64_t>();
        if (index < 0 || index >= static_cast<int64_t>(doc.statements.size())) {
          r.Fail(StatusCode::kCorruption, "figure.statement " + std::to_string(index) +
                                              " is not a statement index");
        } else {
          out.statement = static_cast<int>(index);
        }
      }
      doc.figures.push_back(std::move(out));
    }
  }
  if (const Json* times = r.Array(js, "times", "document")) {
    for (const Json& t : *times) {
      if (!t.is_object()) {
        r.Fail(StatusCode::kParseError, "times items must be objects");
        break;
      }
      TimeExpression out;
      out.span = r.StartEnd(t, "time");
      out.type = r.Enum(t, "type", "time", TimeType::kDate);
      out.value = r.OptStr(t, "value", "time");
      out.mod = r.OptStr(t, "mod", "time");
      doc.times.push_back(std::move(out));
    }
  }
  if (!r.ok()) return r.status();
  return doc;
}

}  // namespace claimtrace
