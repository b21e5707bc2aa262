// Field-by-field conversion; optional values become null so every key is always present (the
// web interface and scripts can rely on the shape). Covered by tests/api/api_test.cc.
#include "serve/api_json.h"

namespace claimtrace::serve {
namespace {

nlohmann::json Opt(const std::optional<std::string>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json(nullptr);
}

}  // namespace

nlohmann::json ToJson(const DocumentSummary& d) {
  return {{"seq", d.seq},
          {"id", d.id},
          {"title", Opt(d.title)},
          {"outlet", Opt(d.outlet)},
          {"published", Opt(d.published)},
          {"url", Opt(d.url)},
          {"language", d.language},
          {"entities", d.entities},
          {"statements", d.statements},
          {"figures", d.figures}};
}

nlohmann::json ToJson(const DocumentHit& h) {
  nlohmann::json parts = nlohmann::json::array();
  for (const SnippetPart& p : h.snippet) parts.push_back({{"text", p.text}, {"match", p.match}});
  return {{"document", ToJson(h.document)}, {"snippet", std::move(parts)}, {"rank", h.rank}};
}

nlohmann::json ToJson(const StatementRow& s) {
  return {{"id", s.id},
          {"document", s.document_id},
          {"document_title", Opt(s.document_title)},
          {"outlet", Opt(s.outlet)},
          {"published", Opt(s.published)},
          {"index", s.index},
          {"type", s.type},
          {"content", s.content},
          {"content_start", s.content_start},
          {"content_end", s.content_end},
          {"cue", Opt(s.cue)},
          {"speaker_kind", s.speaker_kind},
          {"speaker_text", Opt(s.speaker_text)},
          {"speaker_name", Opt(s.speaker_name)},
          {"speaker_entity", Opt(s.speaker_entity)},
          {"citing", Opt(s.citing)},
          {"via", s.via},
          {"hedged", s.hedged}};
}

nlohmann::json ToJson(const EntitySummary& e) {
  return {{"name", e.name},
          {"type", e.type},
          {"documents", e.documents},
          {"mentions", e.mentions},
          {"statements", e.statements}};
}

nlohmann::json ToJson(const NameCount& n) { return {{"text", n.name}, {"count", n.count}}; }

nlohmann::json ToJson(const EntityDetail& e) {
  nlohmann::json out = ToJson(e.summary);
  auto list = [](const auto& v) {
    nlohmann::json a = nlohmann::json::array();
    for (const auto& x : v) a.push_back(ToJson(x));
    return a;
  };
  out["aliases"] = list(e.aliases);
  out["roles"] = list(e.roles);
  out["document_list"] = list(e.documents);
  out["statements_by"] = PageJson(e.statements_by);
  out["statements_about"] = PageJson(e.statements_about);
  nlohmann::json timeline = nlohmann::json::array();
  for (const TimelinePoint& p : e.timeline) {
    timeline.push_back({{"date", p.date.empty() ? nlohmann::json(nullptr) : nlohmann::json(p.date)},
                        {"documents", p.documents},
                        {"statements_by", p.statements_by},
                        {"statements_about", p.statements_about}});
  }
  out["timeline"] = std::move(timeline);
  return out;
}

std::string DumpJson(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace claimtrace::serve
