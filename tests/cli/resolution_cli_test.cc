// The across-article commands end to end through the binary: `report`, `claims`, `entities`,
// `resolve`, and the global ids `export` adds, on the invented demo corpus (examples/demo) and
// on a store written with resolution left pending; missing, foreign and bad arguments.
#include <gtest/gtest.h>

#include <fstream>
#include <nlohmann/json.hpp>
#include <set>

#include "claimtrace/store.h"
#include "cli_runner.h"
#include "store/sqlite.h"
#include "test_articles.h"

namespace claimtrace::testing {
namespace {

using Json = nlohmann::json;

std::string DemoDir() {
  const char* env = std::getenv("CLAIMTRACE_SOURCE_DIR");
  return std::string(env ? env : CLAIMTRACE_SOURCE_DIR) + "/examples/demo";
}

class ResolutionCli : public ::testing::Test {
 protected:
  void SetUp() override {
    if (ClaimtraceBinary().empty()) GTEST_SKIP() << "CLAIMTRACE_BINARY is not set";
    db_ = dir_.Path("demo.db");
    RunResult r = RunClaimtrace({"ingest", "--quiet", "--db", db_, DemoDir()});
    ASSERT_EQ(r.exit_code, 0) << r.err;
  }
  TempDir dir_;
  std::string db_;
};

std::vector<Json> JsonLines(const std::string& out) {
  std::vector<Json> v;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    Json j = Json::parse(line, nullptr, false);
    EXPECT_FALSE(j.is_discarded()) << line;
    v.push_back(j);
  }
  return v;
}

TEST_F(ResolutionCli, ReportShowsEntitiesClaimsAndConflicts) {
  RunResult r = RunClaimtrace({"report", "--db", db_});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("TOP ENTITIES"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("TOP CLAIMS"), std::string::npos);
  EXPECT_NE(r.out.find("CONFLICTING FIGURES"), std::string::npos);
  EXPECT_NE(r.out.find("10 documents resolved"), std::string::npos) << r.out;

  RunResult j = RunClaimtrace({"report", "--db", db_, "--json", "--top", "3"});
  ASSERT_EQ(j.exit_code, 0) << j.err;
  Json report = Json::parse(j.out, nullptr, false);
  ASSERT_TRUE(report.is_object()) << j.out;
  EXPECT_EQ(report["summary"]["resolved_documents"], 10);
  EXPECT_EQ(report["summary"]["pending_documents"], 0);
  EXPECT_LE(report["entities"].size(), 3u);
  EXPECT_LE(report["claims"].size(), 3u);
  ASSERT_FALSE(report["claims"].empty());
  for (const Json& c : report["claims"]) {
    EXPECT_EQ(c["report_list"].size(), c["reports"].get<size_t>());
    EXPECT_GE(c["independent_sources"].get<int>(), 1);
    EXPECT_LE(c["independent_sources"].get<size_t>(), c["reports"].get<size_t>());
  }
}

TEST_F(ResolutionCli, BothSpellingsOfOnePersonAreOneGlobalEntity) {
  RunResult r = RunClaimtrace({"entities", "--db", db_, "--json", "--name", "ritsenko"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<Json> entities = JsonLines(r.out);
  ASSERT_EQ(entities.size(), 1u) << r.out;
  std::set<std::string> aliases;
  for (const Json& a : entities[0]["aliases"]) aliases.insert(a["text"].get<std::string>());
  EXPECT_TRUE(aliases.count("Oleksandr Hrytsenko")) << r.out;
  EXPECT_TRUE(aliases.count("Aleksandr Gritsenko")) << r.out;

  RunResult people = RunClaimtrace({"entities", "--db", db_, "--json", "--type", "PERSON"});
  ASSERT_EQ(people.exit_code, 0) << people.err;
  for (const Json& e : JsonLines(people.out)) EXPECT_EQ(e["type"], "PERSON");
  RunResult text = RunClaimtrace({"entities", "--db", db_, "--limit", "2"});
  ASSERT_EQ(text.exit_code, 0);
  EXPECT_EQ(text.OutLines().size(), 2u) << text.out;
}

TEST_F(ResolutionCli, ClaimsListEveryReportAndExportCarriesTheIds) {
  RunResult r = RunClaimtrace({"claims", "--db", db_, "--json", "--min-reports", "2"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<Json> claims = JsonLines(r.out);
  ASSERT_FALSE(claims.empty());
  std::set<std::string> claim_ids;
  for (const Json& c : claims) {
    EXPECT_GE(c["reports"].get<int>(), 2);
    EXPECT_EQ(c["report_list"].size(), c["reports"].get<size_t>());
    for (const Json& rep : c["report_list"]) EXPECT_FALSE(rep["chain"].empty());
    claim_ids.insert(c["id"].get<std::string>());
  }
  // export --db: every entity has a global id, statements of those claims carry them.
  RunResult e = RunClaimtrace({"export", "--db", db_});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  size_t with_claim = 0, entities = 0;
  for (const Json& d : JsonLines(e.out)) {
    for (const Json& ent : d["entities"]) {
      ++entities;
      ASSERT_TRUE(ent.contains("entity")) << ent.dump();
      EXPECT_EQ(ent["entity"].get<std::string>().substr(0, 1), "g");
    }
    for (const Json& st : d["statements"]) {
      if (st.contains("claim") && claim_ids.count(st["claim"].get<std::string>())) ++with_claim;
    }
  }
  EXPECT_GT(entities, 0u);
  EXPECT_GE(with_claim, 2 * claim_ids.size());
  RunResult by_speaker = RunClaimtrace({"claims", "--db", db_, "--json", "--speaker", "g999999"});
  ASSERT_EQ(by_speaker.exit_code, 0);
  EXPECT_TRUE(by_speaker.out.empty());
}

TEST_F(ResolutionCli, EveryClaimHasOneReportPerArticle) {
  // The demo's Mirela Popescu quote was "2 reports, 1 independent source" from one article, and
  // the valve claim 4 reports from 3 articles: an article repeating a claim is one report.
  RunResult r = RunClaimtrace({"claims", "--db", db_, "--json", "--limit", "1000"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<Json> claims = JsonLines(r.out);
  ASSERT_FALSE(claims.empty());
  for (const Json& c : claims) {
    std::set<std::string> documents;
    for (const Json& rep : c["report_list"]) documents.insert(rep["document"].get<std::string>());
    EXPECT_EQ(documents.size(), c["reports"].get<size_t>()) << c.dump();
  }
}

TEST_F(ResolutionCli, ClaimsBySpeakerNameOrIdAndBadIdsAreUsageErrors) {
  RunResult e = RunClaimtrace({"entities", "--db", db_, "--json", "--name", "ritsenko"});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  std::vector<Json> entities = JsonLines(e.out);
  ASSERT_EQ(entities.size(), 1u) << e.out;
  const std::string id = entities[0]["id"].get<std::string>();
  for (const std::string& speaker :
       {id, std::string("oleksandr hrytsenko"), std::string("Aleksandr Gritsenko")}) {
    RunResult r = RunClaimtrace({"claims", "--db", db_, "--json", "--speaker", speaker});
    ASSERT_EQ(r.exit_code, 0) << speaker << ": " << r.err;
    std::vector<Json> claims = JsonLines(r.out);
    EXPECT_FALSE(claims.empty()) << speaker;
    for (const Json& c : claims) EXPECT_EQ(c["speaker_entity"], id) << speaker;
  }
  // Before, an unknown name or a malformed id listed "no claims" with status 0.
  for (const std::vector<std::string>& bad : std::vector<std::vector<std::string>>{
           {"--speaker", "Nobody Atall"}, {"--speaker", "g12x"}, {"--story", "story3"}}) {
    std::vector<std::string> args = {"claims", "--db", db_};
    args.insert(args.end(), bad.begin(), bad.end());
    RunResult r = RunClaimtrace(args);
    EXPECT_EQ(r.exit_code, 2) << bad[1];
    EXPECT_EQ(r.err.rfind("claimtrace: error: " + bad[0] + " " + bad[1] + ": ", 0), 0u) << r.err;
    EXPECT_TRUE(r.out.empty()) << r.out;
  }
}

TEST_F(ResolutionCli, EntityByAnySpellingShowsTheMergedView) {
  // `entity "Aleksandr Gritsenko"` showed only the articles using that exact string; the same
  // person written "Oleksandr Hrytsenko" elsewhere was missing.
  RunResult e = RunClaimtrace({"entities", "--db", db_, "--json", "--name", "ritsenko"});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  std::vector<Json> entities = JsonLines(e.out);
  ASSERT_EQ(entities.size(), 1u) << e.out;
  const std::string id = entities[0]["id"].get<std::string>();
  const int documents = entities[0]["documents"].get<int>();
  for (const char* name : {"Aleksandr Gritsenko", "oleksandr hrytsenko"}) {
    RunResult r = RunClaimtrace({"entity", name, "--db", db_, "--json"});
    ASSERT_EQ(r.exit_code, 0) << name << ": " << r.err;
    Json j = Json::parse(r.out, nullptr, false);
    ASSERT_TRUE(j.is_object()) << r.out;
    EXPECT_EQ(j["documents"], documents) << name;
    std::set<std::string> aliases;
    for (const Json& a : j["aliases"]) aliases.insert(a["text"].get<std::string>());
    EXPECT_TRUE(aliases.count("Oleksandr Hrytsenko") && aliases.count("Aleksandr Gritsenko"))
        << r.out;
    RunResult text = RunClaimtrace({"entity", name, "--db", db_});
    EXPECT_NE(text.out.find("Across articles: " + id), std::string::npos) << text.out;
  }
}

TEST_F(ResolutionCli, ResolveFinishesDocumentsLeftPending) {
  // A second store written without resolution (as an older claimtrace would have left it).
  const std::string pending = dir_.Path("pending.db");
  {
    Result<std::unique_ptr<Store>> s = Store::Open(pending);
    ASSERT_TRUE(s.ok());
    Result<std::unique_ptr<Store>> demo = Store::Open(db_, {.create_if_missing = false});
    ASSERT_TRUE(demo.ok());
    BatchWriter w(s->get(), {.resolve = false});
    ASSERT_TRUE((*demo)
                    ->ForEachDocument([&](Document&& d) {
                      for (Entity& e : d.entities) e.global_id.clear();
                      for (Statement& st : d.statements) st.claim_id.clear();
                      d.duplicate_of.reset();
                      return w.Add(d).status();
                    })
                    .ok());
    ASSERT_TRUE(w.Flush().ok());
  }
  RunResult before = RunClaimtrace({"report", "--db", pending});
  ASSERT_EQ(before.exit_code, 0) << before.err;
  EXPECT_NE(before.out.find("10 not yet"), std::string::npos) << before.out;
  RunResult r = RunClaimtrace({"resolve", "--db", pending, "--batch-size", "3"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("resolved 10 documents (0 failed)"), std::string::npos) << r.out;
  // Same result as resolving during ingest.
  RunResult a = RunClaimtrace({"entities", "--db", pending, "--json", "--limit", "1000"});
  RunResult b = RunClaimtrace({"entities", "--db", db_, "--json", "--limit", "1000"});
  EXPECT_EQ(a.out, b.out);
  RunResult again = RunClaimtrace({"resolve", "--db", pending});
  ASSERT_EQ(again.exit_code, 0);
  EXPECT_NE(again.out.find("resolved 0 documents"), std::string::npos) << again.out;
}

// Short invented articles: the same two people in English, Russian and Ukrainian.
constexpr const char* kCyrillicFeed[] = {
    R"({"id": "en1", "outlet": "Harbour Gazette", "published": "2024-05-06", "title": "Intelligence chief warns of new offensive", "text": "Kyrylo Budanov, the head of Ukraine's military intelligence, said on Monday that Russian forces were preparing a new offensive in the north. Budanov told reporters in Kyiv that Vladimir Putin had ordered the build-up in April."})",
    R"({"id": "en2", "outlet": "Valley Courier", "published": "2024-05-07", "title": "Budanov says reserves are ready", "text": "Ukrainian intelligence chief Kirill Budanov said on Tuesday that reserves were ready to meet any attack. Vladimir Putin has not commented on the claim, and the Kremlin declined to answer questions from reporters."})",
    R"({"id": "ru1", "outlet": "Северный вестник", "published": "2024-05-06", "language": "ru", "title": "Буданов предупредил о наступлении", "text": "Глава украинской военной разведки Кирилл Буданов заявил в понедельник, что российские войска готовят новое наступление на севере. Буданов также сказал, что Владимир Путин отдал приказ в апреле."})",
    R"({"id": "uk1", "outlet": "Річкові новини", "published": "2024-05-07", "language": "uk", "title": "Буданов заявив про готовність резервів", "text": "Начальник української воєнної розвідки Кирило Буданов заявив у вівторок, що резерви готові відбити будь-який наступ. Буданов додав, що Володимир Путін особисто стежить за підготовкою."})",
};

TEST(ResolutionCliCyrillic, RussianAndUkrainianSpellingsLinkWithTheLatinOnes) {
  if (ClaimtraceBinary().empty()) GTEST_SKIP() << "CLAIMTRACE_BINARY is not set";
  TempDir dir;
  std::string feed;
  for (const char* line : kCyrillicFeed) feed += std::string(line) + "\n";
  const std::string input = dir.Write("feed.jsonl", feed);
  const std::string db = dir.Path("cyr.db");
  RunResult in = RunClaimtrace({"ingest", "--quiet", "--db", db, input});
  ASSERT_EQ(in.exit_code, 0) << in.err;
  // Which spellings the language stage found in the Cyrillic articles decides what can link.
  RunResult ex = RunClaimtrace({"export", "--db", db});
  ASSERT_EQ(ex.exit_code, 0);
  std::set<std::string> found;
  for (const Json& d : JsonLines(ex.out)) {
    for (const Json& e : d["entities"]) found.insert(e["name"].get<std::string>());
  }
  if (!found.count("Кирилл Буданов") && !found.count("Кирило Буданов")) {
    GTEST_SKIP() << "the language stage found no Cyrillic person names yet";
  }
  RunResult r = RunClaimtrace({"entities", "--db", db, "--json", "--name", "Budanov"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<Json> entities = JsonLines(r.out);
  ASSERT_EQ(entities.size(), 1u) << r.out;
  std::set<std::string> aliases;
  for (const Json& a : entities[0]["aliases"]) aliases.insert(a["text"].get<std::string>());
  for (const char* spelling :
       {"Kyrylo Budanov", "Kirill Budanov", "Кирилл Буданов", "Кирило Буданов"}) {
    if (found.count(spelling)) EXPECT_TRUE(aliases.count(spelling)) << spelling << "\n" << r.out;
  }
  EXPECT_EQ(entities[0]["documents"], 4) << r.out;
  // Putin: the Latin and both Cyrillic spellings are one entity too.
  RunResult p = RunClaimtrace({"entities", "--db", db, "--json", "--name", "Putin"});
  ASSERT_EQ(p.exit_code, 0) << p.err;
  std::vector<Json> putin = JsonLines(p.out);
  ASSERT_EQ(putin.size(), 1u) << p.out;
  EXPECT_GE(putin[0]["documents"].get<int>(), 3) << p.out;
}

TEST(ResolutionCliErrors, MissingForeignAndBadArguments) {
  if (ClaimtraceBinary().empty()) GTEST_SKIP() << "CLAIMTRACE_BINARY is not set";
  TempDir dir;
  const std::string missing = dir.Path("nope.db");
  const std::string foreign = dir.Path("foreign.db");
  {
    Result<std::unique_ptr<store::Database>> db =
        store::Database::Open(foreign, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE((*db)->Exec("CREATE TABLE songs (title TEXT)").ok());
  }
  for (const char* cmd : {"report", "claims", "entities", "resolve"}) {
    RunResult m = RunClaimtrace({cmd, "--db", missing});
    EXPECT_EQ(m.exit_code, 2) << cmd;
    EXPECT_NE(m.err.find("no such database"), std::string::npos) << cmd << ": " << m.err;
    EXPECT_FALSE(std::filesystem::exists(missing)) << cmd << " created the database";
    RunResult f = RunClaimtrace({cmd, "--db", foreign});
    EXPECT_EQ(f.exit_code, 2) << cmd;
    EXPECT_NE(f.err.find("not a claimtrace store"), std::string::npos) << cmd << ": " << f.err;
    RunResult h = RunClaimtrace({cmd, "--help"});
    EXPECT_EQ(h.exit_code, 0) << cmd;
    EXPECT_NE(h.out.find("--db"), std::string::npos) << cmd;
  }
  RunResult bad_type = RunClaimtrace({"entities", "--db", foreign, "--type", "PLANET"});
  EXPECT_EQ(bad_type.exit_code, 2);
  EXPECT_NE(bad_type.err.find("not an entity type"), std::string::npos) << bad_type.err;
  RunResult bad_top = RunClaimtrace({"report", "--db", foreign, "--top", "0"});
  EXPECT_EQ(bad_top.exit_code, 2);
}

// One wire article run word for word by three outlets, then a relay of the same quote: the
// copies are kept with their outlets and dates, shown by `report` and `claims --json`, and count
// as echoes (copies), never as further independent sources. Bad lines in the feed are one error
// line each and the rest goes on.
TEST(ResolutionCliCopies, IdenticalCopiesKeepTheirOutletsAndAreEchoesNotSources) {
  if (ClaimtraceBinary().empty()) GTEST_SKIP() << "CLAIMTRACE_BINARY is not set";
  TempDir dir;
  const std::string text =
      "Harbour master Oskar Lind told Radio Tamsk that the crane had been inspected in May. "
      "The crane at pier four collapsed on Friday, injuring two dock workers.";
  auto line = [&](const std::string& outlet_field, const std::string& url,
                  const std::string& date) {
    return "{\"outlet\": " + outlet_field + ", \"url\": \"" + url + "\", \"published\": \"" + date +
           "\", \"title\": \"Crane collapse at Tamsk\", \"text\": " + Json(text).dump() + "}\n";
  };
  const std::string feed =
      dir.Write("feed.jsonl", line("\"Baltic Wire\"", "https://wire.example/1", "2025-06-06") +
                                  line("\"Tamsk Post\"", "https://post.example/c", "2025-06-06") +
                                  "{\"text\": \"unterminated\n" +
                                  line("7", "https://coast.example/crane", "2025-06-07"));
  RunResult in = RunClaimtrace({"ingest", "--quiet", "--db", dir.Path("c.db"), feed});
  EXPECT_EQ(in.exit_code, 1) << in.err;  // the broken line
  EXPECT_EQ(in.ErrLines("error").size(), 1u) << in.err;
  EXPECT_EQ(in.ErrLines("feed.jsonl:3").size(), 1u) << in.err;
  RunResult summary = RunClaimtrace({"ingest", "--db", dir.Path("s.db"), feed});
  EXPECT_NE(summary.out.find("duplicates  2 (already in the store; 2 run by another outlet or at "
                             "another URL;"),
            std::string::npos)
      << summary.out;

  RunResult r = RunClaimtrace({"report", "--db", dir.Path("c.db"), "--width", "160"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("2 identical copies under other outlets"), std::string::npos) << r.out;
  EXPECT_NE(r.out.find("same article also run by: Tamsk Post (2025-06-06), "
                       "https://coast.example/crane (2025-06-07)"),
            std::string::npos)
      << r.out;

  RunResult j = RunClaimtrace({"claims", "--db", dir.Path("c.db"), "--json"});
  ASSERT_EQ(j.exit_code, 0) << j.err;
  bool found = false;
  for (const Json& c : JsonLines(j.out)) {
    if (c["text"].get<std::string>().find("inspected in May") == std::string::npos) continue;
    found = true;
    EXPECT_EQ(c["reports"], 1) << c.dump();
    EXPECT_EQ(c["copies"], 2) << c.dump();
    EXPECT_EQ(c["independent_sources"], 1) << c.dump();
    ASSERT_EQ(c["report_list"].size(), 1u);
    const Json& copies = c["report_list"][0]["copies"];
    ASSERT_EQ(copies.size(), 2u) << c.dump();
    EXPECT_EQ(copies[0]["outlet"], "Tamsk Post");
    EXPECT_EQ(copies[0]["url"], "https://post.example/c");
    EXPECT_TRUE(copies[1]["outlet"].is_null());  // the wrong-typed outlet was dropped
    EXPECT_EQ(copies[1]["published"], "2025-06-07");
  }
  EXPECT_TRUE(found) << j.out;

  RunResult e = RunClaimtrace({"export", "--db", dir.Path("c.db")});
  ASSERT_EQ(e.exit_code, 0) << e.err;
  const std::vector<Json> docs = JsonLines(e.out);
  ASSERT_EQ(docs.size(), 1u) << e.out;
  EXPECT_EQ(docs[0]["outlet"], "Baltic Wire");
  ASSERT_EQ(docs[0]["copies"].size(), 2u) << e.out;
  EXPECT_EQ(docs[0]["copies"][0]["outlet"], "Tamsk Post");
}

// A store from a newer claimtrace is refused by every command with one line, untouched.
TEST(ResolutionCliCopies, ANewerStoreIsRefusedWithOneLine) {
  if (ClaimtraceBinary().empty()) GTEST_SKIP() << "CLAIMTRACE_BINARY is not set";
  TempDir dir;
  const std::string db = dir.Path("new.db");
  ASSERT_EQ(
      RunClaimtrace({"ingest", "-q", "--db", db, dir.Write("a.txt", "Plain text.\n")}).exit_code,
      0);
  {
    Result<std::unique_ptr<store::Database>> d = store::Database::Open(db, SQLITE_OPEN_READWRITE);
    ASSERT_TRUE(d.ok());
    ASSERT_TRUE((*d)->Exec("PRAGMA user_version = 99").ok());
  }
  for (const char* cmd : {"ingest", "report", "export", "claims"}) {
    std::vector<std::string> args = {cmd, "--db", db};
    if (std::string(cmd) == "ingest") args.push_back(dir.Path("a.txt"));
    RunResult r = RunClaimtrace(args);
    EXPECT_EQ(r.exit_code, 2) << cmd << ": " << r.err;
    EXPECT_EQ(std::count(r.err.begin(), r.err.end(), '\n'), 1) << cmd << ": " << r.err;
    EXPECT_NE(r.err.find("newer than this claimtrace supports"), std::string::npos) << r.err;
  }
}

}  // namespace
}  // namespace claimtrace::testing
