// Claims: one claim per (speaker, content) across articles, with every report of it.
//
// Each statement gets a signature: its speaker key (the speaker's global entity "g12"; for an
// anonymous speaker, its kind and description within the story cluster, "a:anonymous_official:
// nato offici:s4"; a definite description that only one person of the article carries as a
// role, "the region's governor", is that person; a named speaker the language core did not
// link, by name), the set of stemmed
// content words of its content, the numbers it states and the global entities it mentions.
// Candidate claims are looked up with keys made of the speaker key and a few MinHash values of
// the content words (two paraphrases sharing most content words share a key with high
// probability), never by scanning all claims. A candidate is the same claim when the content
// words overlap enough (overlap coefficient and Jaccard), the numbers are the same and the
// entities agree (one set contains the other). Failing that, a paraphrase of a claim by the same
// speaker entity in the same story (SameClaimParaphrase; looked up by a speaker+story key) is
// the same claim. Otherwise a new claim starts.
//
// ClaimState is the storage interface (tables: claim_keys(key, claim), claims(id, record),
// claim_reports(claim, doc, statement, record)); InMemoryClaimState implements it.
// Not thread-safe.
//
//   InMemoryClaimState state;
//   ClaimGrouper grouper(&state);
//   CT_ASSIGN_OR_RETURN(std::vector<uint64_t> claims, grouper.Add(doc, entity_ids, story));
#ifndef CLAIMTRACE_RESOLVE_CLAIMS_H_
#define CLAIMTRACE_RESOLVE_CLAIMS_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/status.h"

namespace claimtrace::resolve {

// One step of a statement's path: the outlet or intermediary it passed through.
struct ViaStep {
  ViaRelation relation = ViaRelation::kOther;
  std::string name;  // as written, relation words removed: "told The Times" -> "The Times"
  std::string key;   // OutletKey(name), e.g. "times"
  // Not written at this statement: taken from the same speaker's route elsewhere in the
  // article ("… the governor has claimed." … "Gritsenko told Radio Svitanok …").
  bool inferred = false;
};

// One article's report of a claim.
struct ClaimReport {
  std::string doc_id;
  int statement = -1;      // index into the document's statements
  std::string outlet;      // the article's outlet (may be empty)
  std::string outlet_key;  // normalised outlet name
  std::string published;   // "YYYY-MM-DD" or empty
  std::string speaker;     // the speaker as written in this article
  std::string content;     // the statement's content text
  StatementType type = StatementType::kIndirect;
  std::vector<ViaStep> via;  // innermost first
  std::string citing;        // the source the speaker relied on, as written
  bool hedged = false;
  // The earliest article of this one's near-duplicate group (its duplicate_of), empty when none:
  // copies of one wire story are one source (provenance.h).
  std::string copy_of;
};

// The signature of a paraphrase that joined a claim: later statements worded like it match
// the claim as they would match the first report.
struct ClaimVariant {
  std::vector<std::string> words;
  std::vector<double> numbers;
  std::vector<uint64_t> entities;
};

struct Claim {
  uint64_t id = 0;
  std::string speaker_key;
  std::string speaker;          // display name of the speaker
  uint64_t speaker_entity = 0;  // global entity id, 0 for anonymous or unlinked speakers
  SpeakerKind speaker_kind = SpeakerKind::kUnknown;
  uint64_t story = 0;              // story of the first report
  std::string text;                // content of the first report
  std::vector<std::string> words;  // signature: sorted distinct stemmed content words
  std::vector<double> numbers;     // signature: numbers stated
  std::vector<uint64_t> entities;  // signature: global entities mentioned (sorted)
  uint32_t reports = 0;
  std::string first_published;
  // For paraphrase matching (absent in claims stored before it; then only exact matching):
  bool paraphrase = false;             // the three fields below are filled
  std::vector<double> fact_numbers;    // numbers outside time expressions
  std::vector<std::string> times;      // TIMEX3 values in the content, dates cut to the month
  std::vector<uint64_t> key_entities;  // `entities` without places and nationalities
  std::vector<ClaimVariant> variants;  // paraphrases that joined it (at most kMaxVariants)
  static constexpr size_t kMaxVariants = 4;
};

class ClaimState {
 public:
  virtual ~ClaimState() = default;
  virtual Status Lookup(std::string_view key, std::vector<uint64_t>* claims) = 0;
  virtual Status AddKey(std::string_view key, uint64_t claim) = 0;
  virtual Status Get(uint64_t id, Claim* out) = 0;  // kNotFound when unknown
  virtual Status Put(Claim* claim) = 0;             // id 0 assigns a new id
  virtual Status AddReport(uint64_t claim, const ClaimReport& report) = 0;
  virtual Status Reports(uint64_t claim, std::vector<ClaimReport>* out) = 0;
};

class InMemoryClaimState final : public ClaimState {
 public:
  Status Lookup(std::string_view key, std::vector<uint64_t>* claims) override;
  Status AddKey(std::string_view key, uint64_t claim) override;
  Status Get(uint64_t id, Claim* out) override;
  Status Put(Claim* claim) override;
  Status AddReport(uint64_t claim, const ClaimReport& report) override;
  Status Reports(uint64_t claim, std::vector<ClaimReport>* out) override;

  const std::unordered_map<uint64_t, Claim>& claims() const { return claims_; }

 private:
  std::unordered_map<std::string, std::vector<uint64_t>> keys_;
  std::unordered_map<uint64_t, Claim> claims_;
  std::unordered_map<uint64_t, std::vector<ClaimReport>> reports_;
  uint64_t next_id_ = 1;
};

// The comparable form of one statement.
struct StatementSignature {
  std::string speaker_key;
  std::string speaker;
  uint64_t speaker_entity = 0;
  SpeakerKind speaker_kind = SpeakerKind::kUnknown;
  std::vector<std::string> words;
  std::vector<double> numbers;
  std::vector<uint64_t> entities;
  std::vector<std::string> keys;  // candidate lookup keys
  // Paraphrase matching (see SameClaimParaphrase): numbers outside time expressions, normalised
  // times in the content, entities other than places, negation, and the story key.
  std::vector<double> fact_numbers;
  std::vector<std::string> times;
  std::vector<uint64_t> key_entities;
  std::vector<std::string> negated;  // content words under a negation ("never repaired")
  uint64_t story = 0;
  std::string story_key;  // "<speaker key>|s<story>" for a named speaker in a story, else ""
};

struct ClaimOptions {
  int lookup_hashes = 6;     // MinHash values of the content words per lookup key set
  double min_overlap = 0.6;  // |A ∩ B| / min(|A|, |B|)
  double min_jaccard = 0.3;  // |A ∩ B| / |A ∪ B|
  // Paraphrases (same speaker entity, same story; see SameClaimParaphrase): shared content words
  // outside time expressions, and their overlap coefficient.
  size_t paraphrase_min_shared = 5;
  double paraphrase_min_overlap = 0.5;
  double paraphrase_min_jaccard = 0.25;
  size_t paraphrase_candidates = 64;  // newest claims of the speaker in the story compared
  // Statements of one document grouped into claims; the rest get no claim (a pathological
  // input, e.g. 30,000 "statements" in one 1.5 MB text, must not stall an ingest).
  size_t max_statements_per_document = 1000;
};

// Signature of doc.statements[index]; nullopt when the statement has no speaker to key on
// (kind unknown and nothing written) or no content. `entity_ids` are the global ids of
// doc.entities (as from EntityResolver), `story` the document's story cluster.
std::optional<StatementSignature> SignStatement(const Document& doc, size_t index,
                                                const std::vector<uint64_t>& entity_ids,
                                                uint64_t story, const ClaimOptions& options = {});

// True when a signature and a claim state the same thing (see the header comment): the claim's
// own signature or one of its paraphrase variants, with the same polarity on the words both
// share ("repaired" / "never repaired") and no other month or weekday named.
bool SameClaimContent(const StatementSignature& s, const Claim& c,
                      const ClaimOptions& options = {});

// True when a statement paraphrases a claim: the same named speaker entity in the same story,
// the same numbers outside time expressions, no two different normalised times (so "two months
// ago" and "in January" written in March meet), no contradicting person/organisation entities
// (places may differ in precision: "Ukraine" / "the Pryluzhne plant"), the same polarity on
// the words both share, and at least paraphrase_min_shared content words in common, outside
// time words, with an overlap coefficient of at least paraphrase_min_overlap and a Jaccard of at
// least paraphrase_min_jaccard. Two statements of one document are never paraphrases of each
// other (ClaimGrouper skips claims the document already reported).
bool SameClaimParaphrase(const StatementSignature& s, const Claim& c,
                         const ClaimOptions& options = {});

// Normalised outlet or intermediary name: case-folded words, a leading "the" dropped
// ("The Times" -> "times", "Українська правда" -> "українська правда").
std::string OutletKey(std::string_view name);

// Splits a via phrase into the relation words and the outlet/intermediary name:
// "in an interview with Radio Liberty" -> "Radio Liberty", "Yahoo News reported" -> "Yahoo News".
std::string ViaName(std::string_view via_text);

class ClaimGrouper {
 public:
  explicit ClaimGrouper(ClaimState* state, ClaimOptions options = {});

  // Adds every statement of `doc` as a report of an existing or new claim. Returns the claim id
  // per statement (0 where the statement could not be keyed). `copy_of` is the document's
  // near-duplicate root (Resolver: DuplicateResult::duplicate_of), empty when none.
  Result<std::vector<uint64_t>> Add(const Document& doc, const std::vector<uint64_t>& entity_ids,
                                    uint64_t story, std::string_view copy_of = {});

 private:
  ClaimState* state_;
  ClaimOptions options_;
};

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_CLAIMS_H_
