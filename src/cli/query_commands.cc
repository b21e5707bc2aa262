// `search`, `entity`, `who-said`: open the store without creating it, run the store query
// (store_queries.h), print either the API's JSON (serve/api_json.h) or a table cut to the
// terminal width (UTF-8 aware, matched words bracketed). Covered by tests/cli/query_cli_test.cc.
#include <sys/ioctl.h>
#include <unistd.h>

#include <charconv>
#include <cstdio>
#include <string>

#include "claimtrace/cli/query.h"
#include "claimtrace/diagnostics.h"
#include "claimtrace/store_queries.h"
#include "cli/global_lookup.h"
#include "serve/api_json.h"

namespace claimtrace::cli {
namespace {

size_t TerminalWidth() {
  winsize w{};
  if (isatty(STDOUT_FILENO) && ioctl(STDOUT_FILENO, TIOCGWINSZ, &w) == 0 && w.ws_col >= 40) {
    return w.ws_col;
  }
  return 100;
}

// At most `width` code points of `s` (newlines flattened), with "…" when cut.
std::string Fit(std::string_view s, size_t width) {
  std::string out;
  size_t points = 0;
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    size_t len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 1;
    if (points + 1 > width) {
      while (!out.empty() && points >= width) {
        // Drop the last code point to make room for the ellipsis.
        size_t back = out.size() - 1;
        while (back > 0 && (static_cast<unsigned char>(out[back]) & 0xC0) == 0x80) --back;
        out.resize(back);
        --points;
      }
      return out + "…";
    }
    std::string_view piece = s.substr(i, len);
    if (piece == "\n" || piece == "\t" || piece == "\r") {
      out.push_back(' ');
    } else {
      out.append(piece);
    }
    ++points;
    i += len;
  }
  return out;
}

std::string Pad(std::string s, size_t width) {
  size_t points = 0;
  for (unsigned char c : s) points += (c & 0xC0) != 0x80;
  while (points++ < width) s.push_back(' ');
  return s;
}

Result<std::unique_ptr<Store>> OpenStore(const QueryOptions& o) {
  return Store::Open(o.db, {.create_if_missing = false, .reads_only = true});
}

void PrintJson(const nlohmann::json& j) {
  std::string text = serve::DumpJson(j);
  text.push_back('\n');
  std::fwrite(text.data(), 1, text.size(), stdout);
}

std::string Speaker(const StatementRow& s) {
  if (s.speaker_name) return *s.speaker_name;
  if (s.speaker_text) return *s.speaker_text;
  return "(" + s.speaker_kind + ")";
}

void PrintStatements(const std::vector<StatementRow>& rows, size_t width) {
  for (const StatementRow& s : rows) {
    std::string head = Speaker(s) + " — " + s.published.value_or("undated") + ", " +
                       s.outlet.value_or("unknown outlet");
    if (!s.via.empty()) {
      head += ", via";
      for (const std::string& v : s.via) head += " «" + v + "»";
    }
    std::printf("  %s\n", Fit(head, width - 2).c_str());
    std::printf("    %s%s\n", s.hedged ? "(hedged) " : "",
                Fit("“" + s.content + "”", width - 4).c_str());
    std::printf(
        "    %s\n",
        Fit(s.document_title.value_or(s.document_id) + " [" + s.document_id + "]", width - 4)
            .c_str());
  }
}

int Fail(const Status& s) {
  StderrDiagnostics diag;
  diag.Error(s);
  return kExitUsage;
}

// `code`, unless what was printed did not reach stdout (a full disk, a closed pipe): then an
// error line and status 1, as `export` does (before, `search ... > /dev/full` exited 0).
int Flushed(int code) {
  if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
    StderrDiagnostics diag;
    diag.Error(IoError("cannot write to standard output"));
    return kExitSomeRejected;
  }
  return code;
}

}  // namespace

int RunSearch(const QueryOptions& o) {
  auto store = OpenStore(o);
  if (!store.ok()) return Fail(store.status());
  auto hits = SearchDocuments(**store, o.text, o.fts ? SearchSyntax::kFts5 : SearchSyntax::kWords,
                              {.limit = o.limit, .offset = o.offset});
  if (!hits.ok()) return Fail(hits.status());
  if (o.json) {
    PrintJson(serve::PageJson(*hits));
  } else {
    const size_t width = TerminalWidth();
    std::printf(
        "%llu document%s match \"%s\"%s\n", static_cast<unsigned long long>(hits->total),
        hits->total == 1 ? "" : "s", o.text.c_str(),
        hits->total > hits->items.size()
            ? (" (showing " + std::to_string(hits->offset + 1) + "–" +
               std::to_string(hits->offset + static_cast<int64_t>(hits->items.size())) + ")")
                  .c_str()
            : "");
    for (const DocumentHit& h : hits->items) {
      const DocumentSummary& d = h.document;
      std::string line = Pad(d.published.value_or("undated"), 11) +
                         Pad(Fit(d.outlet.value_or("—"), 18), 19) + d.title.value_or("(untitled)");
      std::printf("%s\n", Fit(line, width).c_str());
      std::string snippet;
      for (const SnippetPart& p : h.snippet) snippet += p.match ? "[" + p.text + "]" : p.text;
      std::printf("    %s\n", Fit(snippet, width - 4).c_str());
      std::printf("    id %s · %llu statements · %llu figures\n", d.id.c_str(),
                  static_cast<unsigned long long>(d.statements),
                  static_cast<unsigned long long>(d.figures));
    }
  }
  return Flushed(hits->total == 0 ? kExitSomeRejected : kExitOk);
}

int RunEntity(const QueryOptions& o) {
  if (o.text.find_first_not_of(" \t\r\n") == std::string::npos) {
    return Fail(InvalidArgumentError("empty entity name: give a name (see `claimtrace entities`)"));
  }
  auto store = OpenStore(o);
  if (!store.ok()) return Fail(store.status());
  // A name that one entity resolved across articles carries, in any spelling or case: its merged
  // view ("Dragan Kovacevic" shows the articles writing "Dragan Kovačević" too). Otherwise the
  // exact name as stored.
  auto match = GlobalEntityByName(**store, o.text, o.type);
  if (!match.ok()) return Fail(match.status());
  std::string global_id;
  Result<std::optional<EntityDetail>> entity = std::optional<EntityDetail>();
  if (match->ids.size() == 1) {
    global_id = match->ids.front();
    int64_t number = 0;
    std::from_chars(global_id.data() + 1, global_id.data() + global_id.size(), number);
    entity = GetResolvedEntity(**store, number, o.limit);
  } else {
    entity = GetEntity(**store, o.text, o.type, o.limit);
  }
  if (!entity.ok()) return Fail(entity.status());
  if (!*entity) {
    auto similar = ListEntities(**store, {.name_contains = o.text, .type = o.type}, {.limit = 10});
    if (!similar.ok()) return Fail(similar.status());
    if (o.json) {
      PrintJson({{"error", "no entity named '" + o.text + "'"},
                 {"similar", serve::PageJson(*similar)["items"]}});
    } else {
      std::fprintf(stderr, "claimtrace: no entity named \"%s\"\n", o.text.c_str());
      if (!similar->items.empty()) {
        std::fprintf(stderr, "Did you mean:\n");
        for (const EntitySummary& e : similar->items) {
          std::fprintf(stderr, "  %s (%s, %llu documents)\n", e.name.c_str(), e.type.c_str(),
                       static_cast<unsigned long long>(e.documents));
        }
      }
    }
    return Flushed(kExitSomeRejected);
  }
  const EntityDetail& e = **entity;
  if (o.json) {
    PrintJson(serve::ToJson(e));
    return Flushed(kExitOk);
  }
  const size_t width = TerminalWidth();
  std::printf("%s (%s) — in %llu documents, %llu mentions, %llu statements\n",
              e.summary.name.c_str(), e.summary.type.c_str(),
              static_cast<unsigned long long>(e.summary.documents),
              static_cast<unsigned long long>(e.summary.mentions),
              static_cast<unsigned long long>(e.summary.statements));
  if (!global_id.empty()) {
    std::printf("Across articles: %s, every spelling below (claimtrace claims --speaker %s)\n",
                global_id.c_str(), global_id.c_str());
  }
  auto list = [&](const char* label, const std::vector<NameCount>& v) {
    if (v.empty()) return;
    std::string line = std::string(label) + ": ";
    for (size_t i = 0; i < v.size(); ++i) {
      line += (i ? ", " : "") + v[i].name + " (" + std::to_string(v[i].count) + ")";
    }
    std::printf("%s\n", Fit(line, width).c_str());
  };
  list("Aliases", e.aliases);
  list("Roles", e.roles);
  std::printf("\nSaid (%llu):\n", static_cast<unsigned long long>(e.statements_by.total));
  PrintStatements(e.statements_by.items, width);
  std::printf("\nSaid about them by others (%llu):\n",
              static_cast<unsigned long long>(e.statements_about.total));
  PrintStatements(e.statements_about.items, width);
  std::printf("\nTimeline:\n");
  for (const TimelinePoint& p : e.timeline) {
    std::printf("  %-10s  %llu document%s, %llu said, %llu about\n",
                p.date.empty() ? "undated" : p.date.c_str(),
                static_cast<unsigned long long>(p.documents), p.documents == 1 ? "" : "s",
                static_cast<unsigned long long>(p.statements_by),
                static_cast<unsigned long long>(p.statements_about));
  }
  return Flushed(kExitOk);
}

int RunWhoSaid(const QueryOptions& o) {
  auto store = OpenStore(o);
  if (!store.ok()) return Fail(store.status());
  auto rows = ListStatements(
      **store, {.query = o.text, .syntax = o.fts ? SearchSyntax::kFts5 : SearchSyntax::kWords},
      {.limit = o.limit, .offset = o.offset});
  if (!rows.ok()) return Fail(rows.status());
  if (o.json) {
    PrintJson(serve::PageJson(*rows));
  } else {
    std::printf("%llu statement%s match \"%s\"\n", static_cast<unsigned long long>(rows->total),
                rows->total == 1 ? "" : "s", o.text.c_str());
    PrintStatements(rows->items, TerminalWidth());
  }
  return Flushed(rows->total == 0 ? kExitSomeRejected : kExitOk);
}

}  // namespace claimtrace::cli
