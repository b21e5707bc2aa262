// Field-by-field JSON writers for the across-article records; keys in struct order so output is
// stable (the golden report in tests/golden/report/ depends on it). Covered by
// tests/cli/resolution_cli_test.cc, src/cli/report_golden_test.cc and
// tests/api/resolution_api_test.cc.
#include "store/resolution_json.h"

namespace claimtrace {
namespace {

void WriteCounts(const std::vector<TextCount>& v, JsonWriter* w) {
  w->BeginArray();
  for (const TextCount& t : v) {
    w->BeginObject();
    w->Key("text");
    w->String(t.text);
    w->Key("documents");
    w->Int(t.documents);
    w->EndObject();
  }
  w->EndArray();
}

void WriteStrings(const std::vector<std::string>& v, JsonWriter* w) {
  w->BeginArray();
  for (const std::string& s : v) w->String(s);
  w->EndArray();
}

}  // namespace

void WriteEntityJson(const GlobalEntityRecord& e, JsonWriter* w) {
  w->BeginObject();
  w->Key("id");
  w->String(e.id);
  w->Key("type");
  w->String(ToString(e.type));
  w->Key("name");
  w->String(e.name);
  w->Key("documents");
  w->Int(e.documents);
  w->Key("aliases");
  WriteCounts(e.aliases, w);
  if (!e.roles.empty()) {
    w->Key("roles");
    WriteCounts(e.roles, w);
  }
  w->Key("first_document");
  w->String(e.first_document);
  w->EndObject();
}

void WriteClaimJson(const ClaimRecord& c, JsonWriter* w) {
  w->BeginObject();
  w->Key("id");
  w->String(c.id);
  w->Key("speaker");
  w->String(c.speaker);
  w->Key("speaker_entity");
  if (c.speaker_entity.empty()) {
    w->Null();
  } else {
    w->String(c.speaker_entity);
  }
  w->Key("speaker_kind");
  w->String(ToString(c.speaker_kind));
  w->Key("story");
  w->String(c.story);
  w->Key("text");
  w->String(c.text);
  w->Key("first_published");
  if (c.first_published.empty()) {
    w->Null();
  } else {
    w->String(c.first_published);
  }
  w->Key("reports");
  w->Int(c.reports);
  w->Key("independent_sources");
  w->Int(c.independent_sources);
  w->Key("circular");
  w->Bool(c.circular);
  if (!c.report_list.empty()) {
    w->Key("copies");
    w->Int(c.copies);
    w->Key("sources");
    w->BeginArray();
    for (const ClaimSource& s : c.sources) {
      w->BeginObject();
      w->Key("origin");
      w->String(s.origin);
      w->Key("documents");
      WriteStrings(s.documents, w);
      w->EndObject();
    }
    w->EndArray();
    if (!c.cycles.empty()) {
      w->Key("cycles");
      w->BeginArray();
      for (const auto& cycle : c.cycles) WriteStrings(cycle, w);
      w->EndArray();
    }
    w->Key("report_list");
    w->BeginArray();
    for (const ClaimReportRecord& r : c.report_list) {
      w->BeginObject();
      w->Key("document");
      w->String(r.document);
      w->Key("statement");
      w->Int(r.statement);
      w->Key("title");
      w->String(r.title);
      w->Key("outlet");
      w->String(r.outlet);
      w->Key("published");
      w->String(r.published);
      w->Key("speaker");
      w->String(r.speaker);
      w->Key("content");
      w->String(r.content);
      w->Key("type");
      w->String(ToString(r.type));
      w->Key("hedged");
      w->Bool(r.hedged);
      w->Key("citing");
      w->String(r.citing);
      w->Key("origin");
      w->String(r.origin);
      w->Key("chain");
      w->BeginArray();
      for (const ChainLink& l : r.chain) {
        w->BeginObject();
        w->Key("label");
        w->String(l.label);
        w->Key("how");
        w->String(l.how);
        if (l.inferred) {
          w->Key("inferred");
          w->Bool(true);
        }
        w->EndObject();
      }
      w->EndArray();
      w->Key("copies");
      WriteCopiesJson(r.copies, w);
      w->EndObject();
    }
    w->EndArray();
  }
  w->EndObject();
}

void WriteCopiesJson(const std::vector<DocumentCopy>& copies, JsonWriter* w) {
  w->BeginArray();
  for (const DocumentCopy& c : copies) {
    w->BeginObject();
    const std::pair<const char*, const std::string*> fields[] = {
        {"outlet", &c.outlet}, {"url", &c.url},       {"published", &c.published},
        {"title", &c.title},   {"source", &c.source}, {"first_seen", &c.first_seen},
    };
    for (const auto& [k, v] : fields) {
      w->Key(k);
      if (v->empty()) {
        w->Null();
      } else {
        w->String(*v);
      }
    }
    w->EndObject();
  }
  w->EndArray();
}

void WriteConflictJson(const ConflictRecord& c, JsonWriter* w) {
  w->BeginObject();
  w->Key("id");
  w->String(c.id);
  w->Key("topic");
  w->String(c.topic);
  w->Key("figures");
  w->BeginArray();
  for (const FigureRecord& f : c.figures) {
    w->BeginObject();
    w->Key("document");
    w->String(f.document);
    w->Key("figure");
    w->Int(f.figure);
    w->Key("text");
    w->String(f.text);
    w->Key("low");
    w->Double(f.low);
    w->Key("high");
    w->Double(f.high);
    w->Key("qualifier");
    w->String(ToString(f.qualifier));
    w->Key("unit");
    w->String(f.unit);
    w->Key("what");
    w->String(f.what);
    w->Key("source");
    w->String(f.source);
    w->Key("outlet");
    w->String(f.outlet);
    w->Key("published");
    w->String(f.published);
    w->Key("story");
    w->String(f.story);
    w->EndObject();
  }
  w->EndArray();
  w->EndObject();
}

void WriteSummaryJson(const ResolutionSummary& s, JsonWriter* w) {
  w->BeginObject();
  const std::pair<const char*, uint64_t> fields[] = {
      {"resolved_documents", s.resolved_documents},
      {"pending_documents", s.pending_documents},
      {"failed_documents", s.failed_documents},
      {"near_duplicates", s.near_duplicates},
      {"exact_copies", s.exact_copies},
      {"global_entities", s.global_entities},
      {"stories", s.stories},
      {"claims", s.claims},
      {"claims_with_several_reports", s.claims_with_several_reports},
      {"conflicts", s.conflicts},
  };
  for (const auto& [k, v] : fields) {
    w->Key(k);
    w->Int(static_cast<int64_t>(v));
  }
  w->EndObject();
}

}  // namespace claimtrace
