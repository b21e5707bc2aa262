// `claimtrace report`: the across-article picture of a store in three sections — top global
// entities with their spellings, top claims with the provenance of each report and the number
// of independent sources, and conflicting figures side by side with who gave each and where.
// Everything comes from the read API (claimtrace/resolution.h); this file only lays it out
// (text truncated by UTF-8 code points to the table width). Covered by
// tests/cli/resolution_cli_test.cc and the golden report in tests/golden/cli/.
#include <cinttypes>
#include <cstdio>
#include <string>

#include "claimtrace/cli/resolution.h"
#include "claimtrace/resolution.h"
#include "core/json_writer.h"
#include "store/resolution_json.h"

namespace claimtrace::cli {
namespace {

// Code points of a UTF-8 string.
size_t Width(std::string_view s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xC0) != 0x80;
  return n;
}

// At most `max` code points, "…" marking a cut.
std::string Clip(std::string_view s, size_t max) {
  if (Width(s) <= max) return std::string(s);
  if (max == 0) return "";
  size_t points = 0, i = 0;
  while (i < s.size()) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xC0) != 0x80) {
      if (points == max - 1) break;
      ++points;
    }
    ++i;
  }
  return std::string(s.substr(0, i)) + "…";
}

std::string Pad(std::string_view s, size_t width) {
  std::string out(s);
  for (size_t w = Width(s); w < width; ++w) out.push_back(' ');
  return out;
}

std::string Plural(uint64_t n, const char* one, const char* many) {
  return std::to_string(n) + " " + (n == 1 ? one : many);
}

std::string DateOr(std::string_view date, std::string_view fallback = "undated") {
  return std::string(date.empty() ? fallback : date);
}

constexpr size_t kReportsShown = 5;

// The outlet, else the article's title in quotes, else "(no outlet)".
std::string Outlet(const std::string& outlet, const std::string& title) {
  if (!outlet.empty()) return outlet;
  if (!title.empty()) return "“" + title + "”";
  return "(no outlet)";
}

std::string Chain(const ClaimReportRecord& r) {
  std::string out;
  for (const ChainLink& l : r.chain) {
    if (!out.empty()) out += " → ";
    if (l.how == "speaker" || l.how == "source" || l.how == "published") {
      out += l.label;
    } else {
      out += l.how + (l.inferred ? "? " : " ") + l.label;
    }
  }
  return out;
}

}  // namespace

Status PrintResolutionSummary(const Store& store, std::FILE* out) {
  CT_ASSIGN_OR_RETURN(ResolutionSummary s, LoadResolutionSummary(store));
  std::fprintf(out, "across articles: %s, %s (%" PRIu64 " reported more than once), %s, %s, %s\n",
               Plural(s.global_entities, "global entity", "global entities").c_str(),
               Plural(s.claims, "claim", "claims").c_str(), s.claims_with_several_reports,
               Plural(s.conflicts, "figure conflict", "figure conflicts").c_str(),
               Plural(s.near_duplicates, "near duplicate", "near duplicates").c_str(),
               Plural(s.exact_copies, "identical copy under another outlet",
                      "identical copies under other outlets")
                   .c_str());
  if (s.pending_documents > 0 || s.failed_documents > 0) {
    std::fprintf(out,
                 "  %" PRIu64 " documents not resolved yet, %" PRIu64
                 " failed: run `claimtrace resolve --db %s`\n",
                 s.pending_documents, s.failed_documents, store.path().c_str());
  }
  return Status::Ok();
}

Status PrintReport(const Store& store, const ReportOptions& options, std::FILE* out) {
  const size_t width = options.width == 0 ? 100 : options.width;
  CT_ASSIGN_OR_RETURN(ResolutionSummary sum, LoadResolutionSummary(store));
  std::fprintf(out, "claimtrace report: %s\n", store.path().c_str());
  std::fprintf(out, "%s resolved", Plural(sum.resolved_documents, "document", "documents").c_str());
  if (sum.pending_documents > 0) {
    std::fprintf(out, ", %" PRIu64 " not yet (run `claimtrace resolve`)", sum.pending_documents);
  }
  if (sum.failed_documents > 0) std::fprintf(out, ", %" PRIu64 " failed", sum.failed_documents);
  std::fprintf(out, "; %s, %s, %s in %s\n",
               Plural(sum.near_duplicates, "near duplicate", "near duplicates").c_str(),
               Plural(sum.exact_copies, "identical copy under another outlet",
                      "identical copies under other outlets")
                   .c_str(),
               Plural(sum.global_entities, "global entity", "global entities").c_str(),
               Plural(sum.stories, "story", "stories").c_str());

  CT_ASSIGN_OR_RETURN(std::vector<GlobalEntityRecord> entities,
                      ListGlobalEntities(store, {.limit = options.top}));
  std::fprintf(out, "\nTOP ENTITIES (by documents)\n");
  if (entities.empty()) std::fprintf(out, "  none\n");
  for (const GlobalEntityRecord& e : entities) {
    std::string aliases;
    for (const TextCount& a : e.aliases) {
      if (a.text == e.name && e.aliases.size() > 1) continue;
      if (!aliases.empty()) aliases += ", ";
      aliases += a.text + " (" + std::to_string(a.documents) + ")";
    }
    const std::string head = Pad(e.id, 6) + Pad(ToString(e.type), 8) + Pad(Clip(e.name, 28), 29) +
                             Pad(Plural(e.documents, "doc", "docs"), 9);
    std::fprintf(out, "  %s%s\n", head.c_str(),
                 Clip(aliases, width > Width(head) + 4 ? width - Width(head) - 4 : 10).c_str());
  }

  CT_ASSIGN_OR_RETURN(std::vector<ClaimRecord> claims,
                      ListClaims(store, {.include_reports = true, .limit = options.top}));
  std::fprintf(out, "\nTOP CLAIMS (by reports; independent sources = distinct primary sources)\n");
  if (claims.empty()) std::fprintf(out, "  none\n");
  for (const ClaimRecord& c : claims) {
    std::fprintf(out, "  %s  %s: \"%s\"\n", c.id.c_str(), Clip(c.speaker, 30).c_str(),
                 Clip(c.text, width > 40 ? width - 12 - std::min<size_t>(30, Width(c.speaker)) : 30)
                     .c_str());
    std::string sources;
    for (const ClaimSource& s : c.sources) {
      if (!sources.empty()) sources += ", ";
      sources += s.origin;
    }
    const std::string copies =
        c.copies == 0
            ? ""
            : " + " + Plural(c.copies, "identical copy", "identical copies") + " (echoes)";
    std::fprintf(out, "      %s%s, %s%s%s%s\n", Plural(c.reports, "report", "reports").c_str(),
                 copies.c_str(),
                 Plural(c.independent_sources, "independent source", "independent sources").c_str(),
                 sources.empty() ? "" : ": ", Clip(sources, 50).c_str(),
                 c.circular ? "  [CIRCULAR REPORTING]" : "");
    size_t shown = 0;
    for (const ClaimReportRecord& r : c.report_list) {
      if (++shown > kReportsShown) {
        std::fprintf(out, "      … and %zu more reports (claimtrace claims --json)\n",
                     c.report_list.size() - kReportsShown);
        break;
      }
      const std::string where = DateOr(r.published) + " " + Outlet(r.outlet, r.title);
      std::fprintf(out, "      - %s  %s\n", Pad(Clip(where, 30), 30).c_str(),
                   Clip(Chain(r), width > 44 ? width - 44 : 20).c_str());
      if (!r.copies.empty()) {
        std::string also;
        for (const DocumentCopy& copy : r.copies) {
          if (!also.empty()) also += ", ";
          also +=
              (copy.outlet.empty() ? copy.url : copy.outlet) + " (" + DateOr(copy.published) + ")";
        }
        std::fprintf(out, "        same article also run by: %s\n",
                     Clip(also, width > 35 ? width - 35 : 20).c_str());
      }
    }
  }

  CT_ASSIGN_OR_RETURN(std::vector<ConflictRecord> conflicts,
                      ListConflicts(store, {.limit = options.top}));
  std::fprintf(out, "\nCONFLICTING FIGURES\n");
  if (conflicts.empty()) std::fprintf(out, "  none\n");
  for (const ConflictRecord& c : conflicts) {
    std::fprintf(out, "  %s  %s\n", c.id.c_str(), c.topic.c_str());
    for (const FigureRecord& f : c.figures) {
      const std::string where = DateOr(f.published) + " " + Outlet(f.outlet, "");
      std::fprintf(out, "      %s %s %s %s\n", Pad(Clip(f.text, 22), 22).c_str(),
                   Pad(Clip(f.source.empty() ? "?" : f.source, 22), 22).c_str(),
                   Pad(Clip(where, 30), 30).c_str(),
                   Clip(f.what, width > 84 ? width - 84 : 16).c_str());
    }
  }
  return Status::Ok();
}

Result<std::string> ReportJson(const Store& store, size_t top) {
  CT_ASSIGN_OR_RETURN(ResolutionSummary sum, LoadResolutionSummary(store));
  CT_ASSIGN_OR_RETURN(std::vector<GlobalEntityRecord> entities,
                      ListGlobalEntities(store, {.limit = top}));
  CT_ASSIGN_OR_RETURN(std::vector<ClaimRecord> claims,
                      ListClaims(store, {.include_reports = true, .limit = top}));
  CT_ASSIGN_OR_RETURN(std::vector<ConflictRecord> conflicts, ListConflicts(store, {.limit = top}));
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("summary");
  WriteSummaryJson(sum, &w);
  w.Key("entities");
  w.BeginArray();
  for (const GlobalEntityRecord& e : entities) WriteEntityJson(e, &w);
  w.EndArray();
  w.Key("claims");
  w.BeginArray();
  for (const ClaimRecord& c : claims) WriteClaimJson(c, &w);
  w.EndArray();
  w.Key("conflicts");
  w.BeginArray();
  for (const ConflictRecord& c : conflicts) WriteConflictJson(c, &w);
  w.EndArray();
  w.EndObject();
  return out;
}

int RunReport(const ReportOptions& options) {
  StderrDiagnostics diag;
  Result<std::unique_ptr<Store>> store =
      Store::Open(options.db, {.create_if_missing = false, .reads_only = true});
  if (!store.ok()) {
    diag.Error(store.status());
    return kExitUsage;
  }
  Status s;
  if (options.json) {
    Result<std::string> json = ReportJson(**store, options.top);
    if (json.ok()) {
      std::fwrite(json->data(), 1, json->size(), stdout);
      std::fputc('\n', stdout);
    } else {
      s = json.status();
    }
  } else {
    s = PrintReport(**store, options, stdout);
  }
  if (std::fflush(stdout) != 0 && s.ok()) s = IoError("cannot write to standard output");
  if (!s.ok()) {
    diag.Error(s);
    return kExitSomeRejected;
  }
  return kExitOk;
}

}  // namespace claimtrace::cli
