// Records <-> JSON with nlohmann-json. Parsing never throws out of this file: malformed input
// (parse errors, wrong field types) becomes kCorruption. Covered by src/resolve/state_json_test.cc
// (round trips of every record kind, and rejection of damaged rows).
#include "resolve/state_json.h"

#include <charconv>
#include <cstdio>
#include <nlohmann/json.hpp>

namespace claimtrace::resolve {
namespace {

using Json = nlohmann::json;

std::string HexMins(const std::vector<uint32_t>& mins) {
  std::string out;
  out.reserve(mins.size() * 8);
  char buf[9];
  for (uint32_t v : mins) {
    std::snprintf(buf, sizeof buf, "%08x", v);
    out.append(buf, 8);
  }
  return out;
}

bool ParseHexMins(std::string_view hex, std::vector<uint32_t>* out) {
  if (hex.size() % 8 != 0) return false;
  out->clear();
  for (size_t i = 0; i < hex.size(); i += 8) {
    uint32_t v = 0;
    const auto [p, ec] = std::from_chars(hex.data() + i, hex.data() + i + 8, v, 16);
    if (ec != std::errc() || p != hex.data() + i + 8) return false;
    out->push_back(v);
  }
  return true;
}

// Parses `json` and runs `fill` on the object; any type error becomes kCorruption.
template <typename T, typename Fill>
Result<T> Read(std::string_view json, const char* kind, Fill fill) {
  Json j = Json::parse(json, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) {
    return CorruptionError(std::string(kind) + " record is not a JSON object");
  }
  T out;
  try {
    std::string problem = fill(j, out);
    if (!problem.empty()) return CorruptionError(std::string(kind) + " record: " + problem);
  } catch (const Json::exception& e) {
    return CorruptionError(std::string(kind) +
                           " record has a field of the wrong type: " + e.what());
  }
  return out;
}

template <typename T>
T Field(const Json& j, const char* key, T fallback) {
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return fallback;
  return it->get<T>();
}

Json StringMap(const std::map<std::string, uint32_t>& m) {
  Json j = Json::object();
  for (const auto& [k, v] : m) j[k] = v;
  return j;
}

std::map<std::string, uint32_t> ReadStringMap(const Json& j, const char* key) {
  std::map<std::string, uint32_t> m;
  auto it = j.find(key);
  if (it == j.end() || it->is_null()) return m;
  for (auto e = it->begin(); e != it->end(); ++e) m[e.key()] = e.value().get<uint32_t>();
  return m;
}

}  // namespace

std::string ToJson(const GlobalEntity& e) {
  Json j;
  j["id"] = e.id;
  j["type"] = std::string(ToString(e.type));
  j["name"] = e.name;
  j["aliases"] = StringMap(e.aliases);
  j["given_names"] = StringMap(e.given_names);
  j["surname_key"] = e.surname_key;
  j["role_words"] = StringMap(e.role_words);
  Json co = Json::object();
  for (const auto& [id, n] : e.cooccurring) co[std::to_string(id)] = n;
  j["cooccurring"] = co;
  Json votes = Json::object();
  for (const auto& [t, n] : e.type_votes) votes[std::string(ToString(t))] = n;
  j["type_votes"] = votes;
  j["documents"] = e.documents;
  j["first_document"] = e.first_document;
  return j.dump();
}

Result<GlobalEntity> GlobalEntityFromJson(std::string_view json) {
  return Read<GlobalEntity>(json, "entity", [](const Json& j, GlobalEntity& e) -> std::string {
    e.id = Field<uint64_t>(j, "id", 0);
    if (!Parse(Field<std::string>(j, "type", "MISC"), &e.type)) return "unknown type";
    e.name = Field<std::string>(j, "name", "");
    e.aliases = ReadStringMap(j, "aliases");
    e.given_names = ReadStringMap(j, "given_names");
    e.surname_key = Field<std::string>(j, "surname_key", "");
    e.role_words = ReadStringMap(j, "role_words");
    for (const auto& [k, n] : ReadStringMap(j, "cooccurring")) {
      uint64_t id = 0;
      if (std::from_chars(k.data(), k.data() + k.size(), id).ec != std::errc()) {
        return "bad co-occurring id " + k;
      }
      e.cooccurring[id] = n;
    }
    for (const auto& [k, n] : ReadStringMap(j, "type_votes")) {
      EntityType t;
      if (!Parse(k, &t)) return "unknown type vote " + k;
      e.type_votes[t] = n;
    }
    e.documents = Field<uint32_t>(j, "documents", 0);
    e.first_document = Field<std::string>(j, "first_document", "");
    return {};
  });
}

std::string ToJson(const DuplicateRecord& r) {
  Json j;
  j["doc"] = r.doc_id;
  j["published"] = r.published;
  j["sequence"] = r.sequence;
  j["shingles"] = r.signature.shingles;
  j["signature"] = HexMins(r.signature.mins);
  j["group"] = r.group;
  return j.dump();
}

Result<DuplicateRecord> DuplicateRecordFromJson(std::string_view json) {
  return Read<DuplicateRecord>(json, "duplicate", [](const Json& j, DuplicateRecord& r) {
    r.doc_id = Field<std::string>(j, "doc", "");
    r.published = Field<std::string>(j, "published", "");
    r.sequence = Field<uint64_t>(j, "sequence", 0);
    r.signature.shingles = Field<uint32_t>(j, "shingles", 0);
    if (!ParseHexMins(Field<std::string>(j, "signature", ""), &r.signature.mins)) {
      return std::string("signature is not hex");
    }
    r.group = Field<std::string>(j, "group", r.doc_id);
    if (r.doc_id.empty()) return std::string("no doc id");
    return std::string();
  });
}

std::string ToJson(const StoryCluster& s) {
  Json j;
  j["id"] = s.id;
  j["terms"] = s.terms;
  Json ents = Json::object();
  for (const auto& [id, w] : s.entities) ents[std::to_string(id)] = w;
  j["entities"] = ents;
  j["first_date"] = s.first_date;
  j["last_date"] = s.last_date;
  j["documents"] = s.documents;
  j["first_document"] = s.first_document;
  j["title"] = s.title;
  return j.dump();
}

Result<StoryCluster> StoryClusterFromJson(std::string_view json) {
  return Read<StoryCluster>(json, "story", [](const Json& j, StoryCluster& s) -> std::string {
    s.id = Field<uint64_t>(j, "id", 0);
    s.terms = Field<std::map<std::string, double>>(j, "terms", {});
    for (const auto& [k, w] : Field<std::map<std::string, double>>(j, "entities", {})) {
      uint64_t id = 0;
      if (std::from_chars(k.data(), k.data() + k.size(), id).ec != std::errc()) {
        return "bad entity id " + k;
      }
      s.entities[id] = w;
    }
    s.first_date = Field<std::string>(j, "first_date", "");
    s.last_date = Field<std::string>(j, "last_date", "");
    s.documents = Field<uint32_t>(j, "documents", 0);
    s.first_document = Field<std::string>(j, "first_document", "");
    s.title = Field<std::string>(j, "title", "");
    return {};
  });
}

std::string ToJson(const Claim& c) {
  Json j;
  j["id"] = c.id;
  j["speaker_key"] = c.speaker_key;
  j["speaker"] = c.speaker;
  j["speaker_entity"] = c.speaker_entity;
  j["speaker_kind"] = std::string(ToString(c.speaker_kind));
  j["story"] = c.story;
  j["text"] = c.text;
  j["words"] = c.words;
  j["numbers"] = c.numbers;
  j["entities"] = c.entities;
  j["reports"] = c.reports;
  j["first_published"] = c.first_published;
  if (c.paraphrase) {
    j["fact_numbers"] = c.fact_numbers;
    j["times"] = c.times;
    j["key_entities"] = c.key_entities;
  }
  if (!c.variants.empty()) {
    Json variants = Json::array();
    for (const ClaimVariant& v : c.variants) {
      variants.push_back({{"words", v.words}, {"numbers", v.numbers}, {"entities", v.entities}});
    }
    j["variants"] = std::move(variants);
  }
  return j.dump();
}

Result<Claim> ClaimFromJson(std::string_view json) {
  return Read<Claim>(json, "claim", [](const Json& j, Claim& c) -> std::string {
    c.id = Field<uint64_t>(j, "id", 0);
    c.speaker_key = Field<std::string>(j, "speaker_key", "");
    c.speaker = Field<std::string>(j, "speaker", "");
    c.speaker_entity = Field<uint64_t>(j, "speaker_entity", 0);
    if (!Parse(Field<std::string>(j, "speaker_kind", "unknown"), &c.speaker_kind)) {
      return "unknown speaker kind";
    }
    c.story = Field<uint64_t>(j, "story", 0);
    c.text = Field<std::string>(j, "text", "");
    c.words = Field<std::vector<std::string>>(j, "words", {});
    c.numbers = Field<std::vector<double>>(j, "numbers", {});
    c.entities = Field<std::vector<uint64_t>>(j, "entities", {});
    c.reports = Field<uint32_t>(j, "reports", 0);
    c.first_published = Field<std::string>(j, "first_published", "");
    c.paraphrase = j.contains("fact_numbers");
    c.fact_numbers = Field<std::vector<double>>(j, "fact_numbers", {});
    c.times = Field<std::vector<std::string>>(j, "times", {});
    c.key_entities = Field<std::vector<uint64_t>>(j, "key_entities", {});
    if (auto it = j.find("variants"); it != j.end() && it->is_array()) {
      for (const Json& v : *it) {
        if (!v.is_object()) return "claim variant is not an object";
        c.variants.push_back({Field<std::vector<std::string>>(v, "words", {}),
                              Field<std::vector<double>>(v, "numbers", {}),
                              Field<std::vector<uint64_t>>(v, "entities", {})});
      }
    }
    return {};
  });
}

std::string ToJson(const ClaimReport& r) {
  Json j;
  j["doc"] = r.doc_id;
  j["statement"] = r.statement;
  j["outlet"] = r.outlet;
  j["outlet_key"] = r.outlet_key;
  j["published"] = r.published;
  j["speaker"] = r.speaker;
  j["content"] = r.content;
  j["type"] = std::string(ToString(r.type));
  Json via = Json::array();
  for (const ViaStep& v : r.via) {
    Json step = {{"relation", std::string(ToString(v.relation))}, {"name", v.name}, {"key", v.key}};
    if (v.inferred) step["inferred"] = true;
    via.push_back(std::move(step));
  }
  j["via"] = via;
  j["citing"] = r.citing;
  j["hedged"] = r.hedged;
  if (!r.copy_of.empty()) j["copy_of"] = r.copy_of;
  return j.dump();
}

Result<ClaimReport> ClaimReportFromJson(std::string_view json) {
  return Read<ClaimReport>(json, "claim report", [](const Json& j, ClaimReport& r) -> std::string {
    r.doc_id = Field<std::string>(j, "doc", "");
    r.statement = Field<int>(j, "statement", -1);
    r.outlet = Field<std::string>(j, "outlet", "");
    r.outlet_key = Field<std::string>(j, "outlet_key", "");
    r.published = Field<std::string>(j, "published", "");
    r.speaker = Field<std::string>(j, "speaker", "");
    r.content = Field<std::string>(j, "content", "");
    if (!Parse(Field<std::string>(j, "type", "indirect"), &r.type)) return "unknown type";
    if (auto it = j.find("via"); it != j.end() && it->is_array()) {
      for (const Json& v : *it) {
        ViaStep step;
        if (!Parse(Field<std::string>(v, "relation", "other"), &step.relation)) {
          return "unknown via relation";
        }
        step.name = Field<std::string>(v, "name", "");
        step.key = Field<std::string>(v, "key", "");
        step.inferred = Field<bool>(v, "inferred", false);
        r.via.push_back(std::move(step));
      }
    }
    r.citing = Field<std::string>(j, "citing", "");
    r.hedged = Field<bool>(j, "hedged", false);
    r.copy_of = Field<std::string>(j, "copy_of", "");
    return {};
  });
}

std::string ToJson(const FigureFact& f) {
  Json j;
  j["id"] = f.id;
  j["doc"] = f.doc_id;
  j["figure"] = f.figure;
  j["text"] = f.text;
  j["low"] = f.low;
  j["high"] = f.high;
  j["qualifier"] = std::string(ToString(f.qualifier));
  j["unit"] = f.unit;
  j["what"] = f.what;
  j["event"] = f.event;
  j["thing"] = f.thing;
  if (!f.broader.empty()) j["broader"] = f.broader;
  j["subjects"] = f.subjects;
  j["places"] = f.places;
  if (!f.main_places.empty()) j["main_places"] = f.main_places;
  j["source"] = f.source;
  j["source_key"] = f.source_key;
  j["outlet"] = f.outlet;
  j["published"] = f.published;
  j["story"] = f.story;
  return j.dump();
}

Result<FigureFact> FigureFactFromJson(std::string_view json) {
  return Read<FigureFact>(json, "figure", [](const Json& j, FigureFact& f) -> std::string {
    f.id = Field<uint64_t>(j, "id", 0);
    f.doc_id = Field<std::string>(j, "doc", "");
    f.figure = Field<int>(j, "figure", -1);
    f.text = Field<std::string>(j, "text", "");
    f.low = Field<double>(j, "low", 0);
    f.high = Field<double>(j, "high", 0);
    if (!Parse(Field<std::string>(j, "qualifier", "exact"), &f.qualifier)) {
      return "unknown qualifier";
    }
    f.unit = Field<std::string>(j, "unit", "count");
    f.what = Field<std::string>(j, "what", "");
    f.event = Field<std::string>(j, "event", "");
    f.thing = Field<std::string>(j, "thing", "count");
    f.broader = Field<std::vector<std::string>>(j, "broader", {});
    f.subjects = Field<std::vector<std::string>>(j, "subjects", {});
    f.places = Field<std::vector<uint64_t>>(j, "places", {});
    f.main_places = Field<std::vector<uint64_t>>(j, "main_places", {});
    f.source = Field<std::string>(j, "source", "");
    f.source_key = Field<std::string>(j, "source_key", "");
    f.outlet = Field<std::string>(j, "outlet", "");
    f.published = Field<std::string>(j, "published", "");
    f.story = Field<uint64_t>(j, "story", 0);
    return {};
  });
}

}  // namespace claimtrace::resolve
