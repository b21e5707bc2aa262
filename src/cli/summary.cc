// Summaries as aligned plain text. Numbers get thousands separators; empty lists say so
// ("none yet") rather than vanish, so a reader sees which stages found nothing.
// Covered by src/cli/summary_test.cc and the ingest CLI tests.
#include "claimtrace/cli/summary.h"

#include <algorithm>
#include <string>
#include <vector>

#include "claimtrace/store_overview.h"

namespace claimtrace::cli {
namespace {

std::string Num(uint64_t v) {
  std::string digits = std::to_string(v);
  std::string out;
  const int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string Plural(uint64_t n, const char* one, const char* many) {
  return Num(n) + " " + (n == 1 ? one : many);
}

void Line(std::FILE* out, const std::string& text) {
  std::fputs(text.c_str(), out);
  std::fputc('\n', out);
}

// "  title:" then one "count  name  (detail)" line per item, counts right-aligned.
void RankedList(std::FILE* out, const std::string& title, const std::vector<NameCount>& items) {
  if (items.empty()) {
    Line(out, "  " + title + ": none yet");
    return;
  }
  Line(out, "  " + title + ":");
  size_t width = 0;
  for (const NameCount& item : items) width = std::max(width, Num(item.count).size());
  for (const NameCount& item : items) {
    std::string count = Num(item.count);
    std::string text = "    " + std::string(width - count.size(), ' ') + count + "  " + item.name;
    if (!item.detail.empty()) text += "  (" + item.detail + ")";
    Line(out, text);
  }
}

}  // namespace

void PrintIngestSummary(const IngestSummary& s, std::FILE* out) {
  const double mb = s.bytes / 1e6;
  const double rate = s.seconds > 0 ? mb / s.seconds : 0.0;
  char size[32];
  if (s.bytes < 1'000'000) {
    std::snprintf(size, sizeof(size), "%.0f KB", s.bytes / 1e3);
  } else {
    std::snprintf(size, sizeof(size), "%.1f MB", mb);
  }
  char timing[96];
  std::snprintf(timing, sizeof(timing), "%.1f s, %s, %.*f MB/s", s.seconds, size, rate < 10 ? 2 : 1,
                rate);
  Line(out, "Ingested " + Plural(s.articles, "article", "articles") + " from " +
                Plural(s.inputs, "input", "inputs") + " into " + s.db_path + " (" + timing + ", " +
                Plural(static_cast<uint64_t>(s.threads), "thread", "threads") + ")");
  Line(out, "  stored      " + Plural(s.stored, "new document", "new documents"));
  std::string dup = "  duplicates  " + Num(s.duplicates);
  if (s.duplicates > 0) {
    dup += " (already in the store";
    if (s.copies > 0) dup += "; " + Num(s.copies) + " run by another outlet or at another URL";
    dup += "; their sources, outlets and dates were recorded)";
  }
  Line(out, dup);
  Line(out, "  rejected    " + Num(s.rejected) + (s.rejected > 0 ? " (see the errors above)" : ""));
  if (s.lost > 0) {
    Line(out, "  not stored  " + Num(s.lost) + " (their batch failed to commit; see above)");
  }
  Line(out, "  removed     " +
                Plural(s.removed_boilerplate, "boilerplate piece", "boilerplate pieces") + ", " +
                Plural(s.removed_repeat, "repeat", "repeats"));
  Line(out, "  found       " + Plural(s.entities, "entity", "entities") + ", " +
                Plural(s.statements, "statement", "statements") + ", " +
                Plural(s.figures, "figure", "figures") + ", " +
                Plural(s.times, "time expression", "time expressions"));
  std::fflush(out);
}

Status PrintStoreSummary(const Store& store, std::FILE* out, size_t top_n) {
  CT_ASSIGN_OR_RETURN(StoreOverview o, LoadStoreOverview(store, top_n));
  std::string dates;
  if (o.first_published) {
    dates = ", published " + *o.first_published +
            (*o.last_published != *o.first_published ? " to " + *o.last_published : "");
    if (o.undated > 0) dates += ", " + Num(o.undated) + " undated";
  } else if (o.counts.documents > 0) {
    dates = ", none dated";
  }
  Line(out, "");
  Line(out, store.path() + " holds " + Plural(o.counts.documents, "document", "documents") +
                " from " + Plural(o.counts.sources, "source", "sources") + dates);
  Line(out, "  " + Plural(o.counts.entities, "entity", "entities") + " (" +
                Plural(o.counts.mentions, "mention", "mentions") + "), " +
                Plural(o.counts.statements, "statement", "statements") + ", " +
                Plural(o.counts.figures, "figure", "figures") + ", " +
                Plural(o.counts.times, "time expression", "time expressions") + ", " +
                Plural(o.counts.removed, "removed piece", "removed pieces"));
  RankedList(out, "outlets (documents)", o.outlets);
  RankedList(out, "languages (documents)", o.languages);
  RankedList(out, "top entities (documents mentioning them)", o.entities);
  RankedList(out, "top speakers (statements)", o.speakers);
  RankedList(out, "removed by cleaning rule", o.removal_rules);
  std::fflush(out);
  return Status::Ok();
}

}  // namespace claimtrace::cli
