// Across-article resolution in the store: the SQLite state against the in-memory one
// (differential, over the golden corpora of tests/golden/resolve/), resolution at batch commit,
// ResolvePending after a store written without it, incremental adds, duplicate_of updates, and
// the read API of claimtrace/resolution.h.
#include "claimtrace/resolution.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <functional>
#include <map>
#include <random>
#include <set>

#include "claimtrace/export.h"
#include "claimtrace/store.h"
#include "resolve/provenance.h"
#include "resolve/resolver.h"
#include "resolve/test_documents.h"
#include "store/resolution_state.h"
#include "store/schema.h"
#include "store/sqlite.h"
#include "store/test_documents.h"

namespace claimtrace {
namespace {

namespace fs = std::filesystem;

std::string GoldenPath(const std::string& name) {
  const char* env = std::getenv("CLAIMTRACE_SOURCE_DIR");
  return std::string(env ? env : CLAIMTRACE_SOURCE_DIR) + "/tests/golden/resolve/" + name +
         ".jsonl";
}

std::vector<Document> Golden(const std::string& name) {
  Result<std::vector<Document>> docs = resolve::ReadGoldenDocuments(GoldenPath(name));
  EXPECT_TRUE(docs.ok()) << docs.status().ToString();
  return docs.ok() ? *docs : std::vector<Document>{};
}

class ResolutionTest : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() /
           ("ct_resolution_" + std::to_string(::getpid()) + "_" +
            ::testing::UnitTest::GetInstance()->current_test_info()->name());
    fs::remove_all(dir_);
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }

  std::unique_ptr<Store> Open(const std::string& name = "r.db") {
    Result<std::unique_ptr<Store>> s = Store::Open((dir_ / name).string());
    EXPECT_TRUE(s.ok()) << s.status().ToString();
    return s.ok() ? std::move(*s) : nullptr;
  }

  static void Ingest(Store* store, const std::vector<Document>& docs, bool resolve = true,
                     size_t batch = 200) {
    BatchWriter writer(store, {.max_documents = batch, .resolve = resolve});
    for (const Document& d : docs) {
      Result<AddOutcome> o = writer.Add(d);
      ASSERT_TRUE(o.ok()) << o.status().ToString();
      ASSERT_TRUE(writer.Tick().ok());
    }
    ASSERT_TRUE(writer.Flush().ok());
    for (const Status& s : writer.TakeResolutionProblems()) ADD_FAILURE() << s.ToString();
  }

  static int64_t Query(Store* store, const char* sql) {
    Result<int64_t> v = store->database().QueryInt(sql);
    EXPECT_TRUE(v.ok()) << v.status().ToString();
    return v.ok() ? *v : -1;
  }

  // Global id per "doc:entity name", as the store gives the documents back.
  static std::map<std::string, std::string> GlobalIds(const Store& store) {
    std::map<std::string, std::string> out;
    Status s = store.ForEachDocument([&](Document&& d) {
      for (const Entity& e : d.entities) out[d.id + ":" + e.name] = e.global_id;
      for (size_t i = 0; i < d.statements.size(); ++i) {
        out[d.id + "#" + std::to_string(i)] = d.statements[i].claim_id;
      }
      out[d.id + "^"] = d.duplicate_of.value_or("");
      return Status::Ok();
    });
    EXPECT_TRUE(s.ok()) << s.ToString();
    return out;
  }

  fs::path dir_;
};

TEST_F(ResolutionTest, SqliteStateMatchesInMemoryStateOnEveryGoldenCorpus) {
  for (const char* name : {"names", "relay", "duplicates", "conflicts"}) {
    SCOPED_TRACE(name);
    std::vector<Document> docs = Golden(name);
    ASSERT_FALSE(docs.empty());
    auto store = Open(std::string(name) + ".db");
    store::SqliteResolveState sql_state(&store->database());
    resolve::InMemoryResolveState mem_state;
    auto sql = resolve::Resolver::Create(sql_state.states());
    auto mem = resolve::Resolver::Create(mem_state.states());
    ASSERT_TRUE(sql.ok() && mem.ok());
    for (const Document& d : docs) {
      auto a = (*sql)->Add(d);
      auto b = (*mem)->Add(d);
      ASSERT_TRUE(a.ok()) << a.status().ToString();
      ASSERT_TRUE(b.ok()) << b.status().ToString();
      EXPECT_EQ(a->duplicate_of, b->duplicate_of) << d.id;
      EXPECT_EQ(a->duplicate_changes, b->duplicate_changes) << d.id;
      EXPECT_EQ(a->story, b->story) << d.id;
      EXPECT_EQ(a->entity_ids, b->entity_ids) << d.id;
      EXPECT_EQ(a->entity_created, b->entity_created) << d.id;
      EXPECT_EQ(a->claim_ids, b->claim_ids) << d.id;
      ASSERT_EQ(a->conflicts.size(), b->conflicts.size()) << d.id;
      for (size_t i = 0; i < a->conflicts.size(); ++i) {
        EXPECT_EQ(a->conflicts[i].topic, b->conflicts[i].topic);
        EXPECT_EQ(a->conflicts[i].earlier.id, b->conflicts[i].earlier.id);
      }
    }
    // Records read back equal the in-memory ones.
    for (const auto& [id, e] : mem_state.entities.entities()) {
      resolve::GlobalEntity back;
      ASSERT_TRUE(sql_state.entities.Get(id, &back).ok());
      EXPECT_EQ(back.name, e.name);
      EXPECT_EQ(back.aliases, e.aliases);
      EXPECT_EQ(back.documents, e.documents);
      // The alias rows (written incrementally) equal the record's aliases.
      Result<store::SqlStatement> rows = store->database().Prepare(
          "SELECT alias, documents FROM global_entity_aliases WHERE entity = ?1");
      ASSERT_TRUE(rows.ok());
      rows->Bind(1, static_cast<int64_t>(id));
      std::map<std::string, uint32_t> stored;
      while (*rows->Step()) {
        stored[std::string(rows->ColumnText(0))] = static_cast<uint32_t>(rows->ColumnInt(1));
      }
      EXPECT_EQ(stored, e.aliases) << e.name;
    }
    for (const auto& [id, c] : mem_state.claims.claims()) {
      std::vector<resolve::ClaimReport> a, b;
      ASSERT_TRUE(sql_state.claims.Reports(id, &a).ok());
      ASSERT_TRUE(mem_state.claims.Reports(id, &b).ok());
      ASSERT_EQ(a.size(), b.size());
      for (size_t i = 0; i < a.size(); ++i) EXPECT_EQ(a[i].doc_id, b[i].doc_id);
    }
  }
}

TEST_F(ResolutionTest, MissingRecordsAreNotFound) {
  auto store = Open();
  store::SqliteResolveState state(&store->database());
  resolve::GlobalEntity e;
  EXPECT_EQ(state.entities.Get(42, &e).code(), StatusCode::kNotFound);
  resolve::Claim c;
  EXPECT_EQ(state.claims.Get(42, &c).code(), StatusCode::kNotFound);
  resolve::FigureFact f;
  EXPECT_EQ(state.figures.Get(42, &f).code(), StatusCode::kNotFound);
  resolve::StoryCluster s;
  EXPECT_EQ(state.stories.Get(42, &s).code(), StatusCode::kNotFound);
  resolve::DuplicateRecord r;
  bool found = true;
  ASSERT_TRUE(state.duplicates.Get("nope", &r, &found).ok());
  EXPECT_FALSE(found);
  EXPECT_EQ(*state.duplicates.NextSequence(), 1u);
  EXPECT_EQ(*state.duplicates.NextSequence(), 2u);
}

TEST_F(ResolutionTest, BatchCommitResolvesAndWritesIdsIntoDocuments) {
  auto store = Open();
  Ingest(store.get(), Golden("relay"), /*resolve=*/true, /*batch=*/4);
  EXPECT_EQ(Query(store.get(), "SELECT count(*) FROM documents WHERE resolved = 1"), 9);
  EXPECT_EQ(Query(store.get(), "SELECT count(*) FROM entities WHERE global_entity IS NULL"), 0);
  std::map<std::string, std::string> ids = GlobalIds(*store);
  EXPECT_FALSE(ids["r1:Christo Grozev"].empty());
  EXPECT_EQ(ids["r1:Christo Grozev"], ids["r3:Grozev"]);
  EXPECT_EQ(ids["r1:Christo Grozev"], ids["r9:Grozev"]);
  EXPECT_NE(ids["r1:Christo Grozev"], ids["r1:Bellingcat"]);
  EXPECT_FALSE(ids["r1#0"].empty());
  EXPECT_EQ(ids["r1#0"], ids["r2#0"]);

  Result<std::vector<GlobalEntityRecord>> people =
      ListGlobalEntities(*store, {.type = EntityType::kPerson});
  ASSERT_TRUE(people.ok()) << people.status().ToString();
  ASSERT_FALSE(people->empty());
  EXPECT_EQ(people->front().name, "Christo Grozev");
  EXPECT_EQ(people->front().documents, 9u);
  std::set<std::string> aliases;
  for (const TextCount& a : people->front().aliases) aliases.insert(a.text);
  EXPECT_TRUE(aliases.count("Grozev")) << people->front().aliases.size();
  EXPECT_TRUE(aliases.count("Christo Grozev"));

  Result<std::vector<GlobalEntityRecord>> named = ListGlobalEntities(*store, {.name = "groz"});
  ASSERT_TRUE(named.ok());
  ASSERT_EQ(named->size(), 1u);
  Result<std::optional<GlobalEntityRecord>> one = GetGlobalEntity(*store, named->front().id);
  ASSERT_TRUE(one.ok() && one->has_value());
  EXPECT_EQ((*one)->name, "Christo Grozev");
  Result<std::vector<EntityAppearance>> where =
      GlobalEntityDocuments(*store, named->front().id, 100);
  ASSERT_TRUE(where.ok());
  EXPECT_EQ(where->size(), 9u);

  // The claim relayed from one interview: several reports, one independent source.
  Result<std::vector<ClaimRecord>> claims = ListClaims(*store, {.include_reports = true});
  ASSERT_TRUE(claims.ok()) << claims.status().ToString();
  ASSERT_FALSE(claims->empty());
  const ClaimRecord& top = claims->front();
  EXPECT_GE(top.reports, 3u);
  EXPECT_EQ(top.report_list.size(), top.reports);
  EXPECT_EQ(top.speaker_entity, named->front().id);
  Result<std::optional<ClaimRecord>> again = GetClaim(*store, top.id);
  ASSERT_TRUE(again.ok() && again->has_value());
  EXPECT_EQ((*again)->independent_sources, top.independent_sources);
  EXPECT_EQ((*again)->sources.size(), top.independent_sources);
  ASSERT_FALSE((*again)->report_list.empty());
  EXPECT_FALSE((*again)->report_list.front().chain.empty());
  EXPECT_EQ((*again)->report_list.front().chain.back().how, "published");

  Result<ResolutionSummary> sum = LoadResolutionSummary(*store);
  ASSERT_TRUE(sum.ok());
  EXPECT_EQ(sum->resolved_documents, 9u);
  EXPECT_EQ(sum->pending_documents, 0u);
  EXPECT_GE(sum->claims_with_several_reports, 1u);
}

TEST_F(ResolutionTest, ProvenanceCountsAgreeWithTheInMemoryTrace) {
  auto store = Open();
  std::vector<Document> docs = Golden("relay");
  Ingest(store.get(), docs);
  resolve::InMemoryResolveState mem;
  auto resolver = resolve::Resolver::Create(mem.states());
  for (const Document& d : docs) ASSERT_TRUE((*resolver)->Add(d).ok());
  for (const auto& [id, c] : mem.claims.claims()) {
    std::vector<resolve::ClaimReport> reports;
    ASSERT_TRUE(mem.claims.Reports(id, &reports).ok());
    const resolve::Provenance p = resolve::TraceProvenance(c, reports);
    Result<std::optional<ClaimRecord>> got = GetClaim(*store, resolve::ClaimLabel(id));
    ASSERT_TRUE(got.ok() && got->has_value());
    EXPECT_EQ((*got)->independent_sources, p.independent_sources()) << c.text;
    EXPECT_EQ((*got)->circular, p.circular) << c.text;
    // The stored (list) count equals the recomputed one.
    Result<std::vector<ClaimRecord>> listed =
        ListClaims(*store, {.story = (*got)->story, .limit = 1000});
    ASSERT_TRUE(listed.ok());
    for (const ClaimRecord& l : *listed) {
      if (l.id == (*got)->id) {
        EXPECT_EQ(l.independent_sources, p.independent_sources());
      }
    }
  }
}

TEST_F(ResolutionTest, PendingDocumentsAreResolvedLaterWithTheSameResult) {
  std::vector<Document> docs = Golden("names");
  auto inline_store = Open("inline.db");
  Ingest(inline_store.get(), docs);
  auto later = Open("later.db");
  Ingest(later.get(), docs, /*resolve=*/false);
  Result<ResolutionSummary> before = LoadResolutionSummary(*later);
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before->pending_documents, docs.size());
  EXPECT_EQ(before->global_entities, 0u);
  uint64_t progress_calls = 0;
  Result<ResolvePendingStats> stats = ResolvePending(
      later.get(),
      {.batch_documents = 3, .progress = [&](uint64_t, uint64_t) { ++progress_calls; }});
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->resolved, docs.size());
  EXPECT_EQ(stats->failed, 0u);
  EXPECT_EQ(progress_calls, 3u);
  EXPECT_EQ(GlobalIds(*later), GlobalIds(*inline_store));
  // Nothing left: a second run does nothing.
  Result<ResolvePendingStats> again = ResolvePending(later.get());
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again->resolved, 0u);
}

TEST_F(ResolutionTest, AddingDocumentsLaterEqualsAddingThemAtOnce) {
  std::vector<Document> docs = Golden("names");
  std::vector<Document> relay = Golden("relay");
  docs.insert(docs.end(), relay.begin(), relay.end());
  auto all = Open("all.db");
  Ingest(all.get(), docs);
  const size_t half = docs.size() / 2;
  {
    auto first = Open("parts.db");
    Ingest(first.get(), std::vector<Document>(docs.begin(), docs.begin() + half));
  }
  auto second = Open("parts.db");
  Ingest(second.get(), std::vector<Document>(docs.begin() + half, docs.end()));
  EXPECT_EQ(GlobalIds(*second), GlobalIds(*all));
}

// Each Store keeps its decoded records from batch to batch; two Stores writing the same file in
// turns must still see each other's writes (the cache is dropped when another connection wrote).
TEST_F(ResolutionTest, TwoWritersTakingTurnsEqualOneWriter) {
  std::vector<Document> docs = Golden("names");
  std::vector<Document> relay = Golden("relay");
  docs.insert(docs.end(), relay.begin(), relay.end());
  auto all = Open("all.db");
  Ingest(all.get(), docs, true, 2);
  auto a = Open("turns.db");
  auto b = Open("turns.db");
  for (size_t i = 0; i < docs.size(); i += 2) {
    Store* s = (i / 2) % 2 == 0 ? a.get() : b.get();
    Ingest(s, std::vector<Document>(docs.begin() + i, docs.begin() + std::min(i + 2, docs.size())),
           true, 2);
  }
  EXPECT_EQ(GlobalIds(*a), GlobalIds(*all));
  // The records too (a stale cached record would write back old counts and spellings).
  auto rows = [](Store* s) {
    std::vector<std::string> out;
    for (const char* sql : {"SELECT id || '|' || documents || '|' || record FROM global_entities"
                            " ORDER BY id",
                            "SELECT id || '|' || reports || '|' || record FROM claims ORDER BY id",
                            "SELECT id || '|' || documents || '|' || record FROM stories"
                            " ORDER BY id"}) {
      Result<store::SqlStatement> st = s->database().Prepare(sql);
      EXPECT_TRUE(st.ok());
      while (*st->Step()) out.emplace_back(st->ColumnText(0));
    }
    return out;
  };
  EXPECT_EQ(rows(a.get()), rows(all.get()));
}

TEST_F(ResolutionTest, NearDuplicatePointsAtItsOriginalInTheStore) {
  auto store = Open();
  Ingest(store.get(), Golden("duplicates"));
  std::map<std::string, std::string> ids = GlobalIds(*store);
  EXPECT_EQ(ids["w2^"], "w1");
  EXPECT_EQ(ids["w1^"], "");
  EXPECT_EQ(ids["w3^"], "");
  EXPECT_EQ(Query(store.get(), "SELECT count(*) FROM documents WHERE duplicate_of = 'w1'"), 1);
}

TEST_F(ResolutionTest, LateOriginalBecomesTheRootOfItsCopies) {
  std::vector<Document> docs = Golden("duplicates");
  ASSERT_GE(docs.size(), 2u);
  // The copy arrives first; the original (earlier date) arrives later and takes over the group.
  std::swap(docs[0], docs[1]);
  auto store = Open();
  Ingest(store.get(), docs);
  std::map<std::string, std::string> ids = GlobalIds(*store);
  if (docs[1].published && docs[0].published && *docs[1].published < *docs[0].published) {
    EXPECT_EQ(ids["w2^"], "w1");
    EXPECT_EQ(ids["w1^"], "");
  } else {
    EXPECT_EQ(ids["w1^"], "w2");
  }
}

TEST_F(ResolutionTest, ConflictsAreListedSideBySide) {
  auto store = Open();
  Ingest(store.get(), Golden("conflicts"));
  Result<std::vector<ConflictRecord>> conflicts = ListConflicts(*store);
  ASSERT_TRUE(conflicts.ok()) << conflicts.status().ToString();
  ASSERT_FALSE(conflicts->empty());
  const ConflictRecord& c = conflicts->front();
  EXPECT_GE(c.figures.size(), 2u);
  EXPECT_FALSE(c.topic.empty());
  EXPECT_LE(c.figures.front().low, c.figures.back().low);
  std::set<std::string> sources;
  for (const FigureRecord& f : c.figures) sources.insert(f.source);
  EXPECT_GE(sources.size(), 2u);
  Result<std::vector<ConflictRecord>> by_doc =
      ListConflicts(*store, {.document = c.figures.front().document});
  ASSERT_TRUE(by_doc.ok());
  EXPECT_FALSE(by_doc->empty());
  Result<std::vector<ConflictRecord>> none = ListConflicts(*store, {.document = "no-such-doc"});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

// The conflict groups kept pair by pair (AddConflict) against the simple reference: union-find
// over all pairs in (earlier, later) order, smallest id as root, topic of the group's first pair.
TEST_F(ResolutionTest, ConflictGroupsMatchAFullUnionFind) {
  auto store = Open();
  store::Database& db = store->database();
  store::SqliteFigureState figures(&db);
  std::mt19937 rng(7);
  std::set<std::pair<uint64_t, uint64_t>> pairs;
  std::map<std::pair<uint64_t, uint64_t>, std::string> topic;
  for (int i = 0; i < 400; ++i) {
    uint64_t a = 1 + rng() % 150, b = 1 + rng() % 150;
    if (a == b) continue;
    if (a > b) std::swap(a, b);
    resolve::FigureConflict c;
    c.earlier.id = a;
    c.later.id = b;
    c.topic = "topic " + std::to_string(rng() % 5);
    topic.emplace(std::pair(a, b), c.topic);  // the first insert of a pair is the stored one
    pairs.insert({a, b});
    ASSERT_TRUE(figures.AddConflict(c).ok());
  }
  std::map<uint64_t, uint64_t> parent;
  std::function<uint64_t(uint64_t)> find = [&](uint64_t x) {
    if (!parent.count(x)) parent[x] = x;
    return parent[x] == x ? x : parent[x] = find(parent[x]);
  };
  for (const auto& [a, b] : pairs) {
    const uint64_t ra = find(a), rb = find(b);
    if (ra != rb) parent[std::max(ra, rb)] = std::min(ra, rb);
  }
  std::map<uint64_t, int64_t> size;
  std::map<uint64_t, std::string> first_topic;
  for (const auto& [x, p] : parent) ++size[find(x)];
  for (const auto& pr : pairs) first_topic.emplace(find(pr.first), topic[pr]);
  for (const auto& [x, p] : parent) {
    Result<store::SqlStatement> st =
        db.Prepare("SELECT root FROM conflict_members WHERE fact = ?1");
    ASSERT_TRUE(st.ok());
    st->Bind(1, static_cast<int64_t>(x));
    ASSERT_TRUE(*st->Step());
    EXPECT_EQ(static_cast<uint64_t>(st->ColumnInt(0)), find(x)) << "fact " << x;
  }
  EXPECT_EQ(Query(store.get(), "SELECT count(*) FROM conflict_groups"),
            static_cast<int64_t>(size.size()));
  for (const auto& [root, n] : size) {
    Result<store::SqlStatement> st =
        db.Prepare("SELECT facts, topic FROM conflict_groups WHERE root = ?1");
    ASSERT_TRUE(st.ok());
    st->Bind(1, static_cast<int64_t>(root));
    ASSERT_TRUE(*st->Step()) << "group " << root;
    EXPECT_EQ(st->ColumnInt(0), n) << "group " << root;
    EXPECT_EQ(st->ColumnText(1), first_topic[root]) << "group " << root;
  }
}

TEST_F(ResolutionTest, StoriesListTheirDocuments) {
  auto store = Open();
  Ingest(store.get(), Golden("names"));
  Result<std::vector<StoryRecord>> stories = ListStories(*store);
  ASSERT_TRUE(stories.ok());
  ASSERT_FALSE(stories->empty());
  uint32_t total = 0;
  for (const StoryRecord& s : *stories) {
    Result<std::vector<std::string>> docs = StoryDocuments(*store, s.id);
    ASSERT_TRUE(docs.ok());
    EXPECT_EQ(docs->size(), s.documents) << s.id;
    total += s.documents;
  }
  EXPECT_EQ(total, 7u);
}

TEST_F(ResolutionTest, ResolvedStoreStillVerifiesAndExportsGlobalIds) {
  auto store = Open();
  std::vector<Document> docs;
  for (int i = 0; i < 5; ++i) docs.push_back(store::MakeAnnotatedDocument(i));
  Ingest(store.get(), docs);
  Result<VerifyReport> verify = store->Verify();
  ASSERT_TRUE(verify.ok()) << verify.status().ToString();
  EXPECT_TRUE(verify->ok()) << (verify->problems.empty() ? "" : verify->problems.front());
  // The same mayor in five documents is one global entity, and the JSON read back says so.
  Result<std::optional<Document>> d0 = store->GetDocument(docs[0].id);
  Result<std::optional<Document>> d4 = store->GetDocument(docs[4].id);
  ASSERT_TRUE(d0.ok() && d0->has_value() && d4.ok() && d4->has_value());
  EXPECT_EQ((*d0)->entities[0].global_id, (*d4)->entities[0].global_id);
  EXPECT_NE((*d0)->entities[0].global_id, (*d0)->entities[1].global_id);
  EXPECT_EQ(Query(store.get(), "SELECT count(DISTINCT global_entity) FROM entities"), 2);
  // Five different counts of households from one speaker: five different claims.
  EXPECT_EQ(Query(store.get(), "SELECT count(DISTINCT claim) FROM statements"), 5);
}

TEST_F(ResolutionTest, AVersion2StoreIsMigratedAndItsDocumentsResolvedLater) {
  const std::string path = (dir_ / "v2.db").string();
  const Document doc = store::MakeAnnotatedDocument(3);
  {
    Result<std::unique_ptr<store::Database>> db =
        store::Database::Open(path, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(store::Migrate(**db, store::SchemaMigrations().first(2)).ok());
    Result<store::SqlStatement> ins = (*db)->Prepare(
        "INSERT INTO documents (id, source, language, text, json, ingested_at)"
        " VALUES (?1, ?2, 'en', ?3, ?4, '2026-01-01T00:00:00Z')");
    ASSERT_TRUE(ins.ok());
    ins->Bind(1, doc.id).Bind(2, doc.source).Bind(3, doc.text).Bind(4, DocumentToJson(doc));
    ASSERT_TRUE(ins->Run().ok());
  }
  auto store = Open("v2.db");
  ASSERT_NE(store, nullptr);
  EXPECT_EQ(Query(store.get(), "PRAGMA user_version"), Store::LatestSchemaVersion());
  Result<ResolutionSummary> before = LoadResolutionSummary(*store);
  ASSERT_TRUE(before.ok());
  EXPECT_EQ(before->pending_documents, 1u);
  Result<ResolvePendingStats> stats = ResolvePending(store.get());
  ASSERT_TRUE(stats.ok()) << stats.status().ToString();
  EXPECT_EQ(stats->resolved, 1u);
  Result<std::optional<Document>> back = store->GetDocument(doc.id);
  ASSERT_TRUE(back.ok() && back->has_value());
  EXPECT_FALSE((*back)->entities[0].global_id.empty());
  EXPECT_FALSE((*back)->statements[0].claim_id.empty());
}

TEST_F(ResolutionTest, UnknownOrMalformedIdsAreNotErrors) {
  auto store = Open();
  for (const char* id : {"g999", "g", "x1", "", "g-1", "g1x", "c0"}) {
    Result<std::optional<GlobalEntityRecord>> e = GetGlobalEntity(*store, id);
    ASSERT_TRUE(e.ok());
    EXPECT_FALSE(e->has_value()) << id;
    Result<std::optional<ClaimRecord>> c = GetClaim(*store, id);
    ASSERT_TRUE(c.ok());
    EXPECT_FALSE(c->has_value()) << id;
  }
  Result<std::vector<ClaimRecord>> none = ListClaims(*store, {.speaker_entity = "bogus"});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none->empty());
}

}  // namespace
}  // namespace claimtrace
