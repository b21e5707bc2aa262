// Near-duplicate detection: exact duplicates by content id, near duplicates (wire copies, light
// rewrites) by MinHash + LSH with a verification step, and duplicate groups whose earliest
// document is what the others are a `duplicate_of`.
//
// Adding a document computes its signature, looks its band keys up in the state (candidates),
// verifies each candidate on the signatures (estimated Jaccard >= jaccard_threshold, or
// estimated containment >= containment_threshold for texts of comparable length, which catches
// truncated copies), and joins the groups of its matches. The earliest document of a group
// (by `published`, then by arrival) is its root; when a newly added document is earlier than a
// group's root, the root moves and the change is reported so the caller can update the stored
// `duplicate_of` of every member. A document joins (and merges) only the groups whose root it
// matches, or where it matches a member strongly (estimated Jaccard >= strong_link): no
// chaining through one loosely similar member. Nothing is ever compared against all documents.
//
// Site boilerplate ("Sign up for our newsletter ...") makes different short articles look alike.
// Paragraphs are fingerprinted (hash of their case-folded words); a paragraph already seen in
// `boilerplate_groups` different duplicate groups is boilerplate and is left out of the
// signature. Copies of one story share paragraphs within one group, so they never count.
//
// NearDuplicateState is the storage interface (tables: dup_bands(key, doc), dup_docs(doc,
// published, sequence, signature, group), dup_paragraphs(hash, group));
// InMemoryNearDuplicateState implements it. Neither is thread-safe.
//
//   InMemoryNearDuplicateState state;
//   NearDuplicateDetector detector(&state);
//   CT_ASSIGN_OR_RETURN(DuplicateResult r, detector.Add(doc));
//   doc.duplicate_of = r.duplicate_of;
#ifndef CLAIMTRACE_RESOLVE_NEAR_DUPLICATES_H_
#define CLAIMTRACE_RESOLVE_NEAR_DUPLICATES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/status.h"
#include "resolve/minhash.h"

namespace claimtrace::resolve {

// One indexed document.
struct DuplicateRecord {
  std::string doc_id;
  std::string published;  // "YYYY-MM-DD", empty when unknown (sorts after every date)
  uint64_t sequence = 0;  // arrival order, breaks ties between equal dates
  Signature signature;
  std::string group;  // doc_id of the group's root (its own id when alone)
};

class NearDuplicateState {
 public:
  virtual ~NearDuplicateState() = default;
  // Appends the documents filed under band key `key`.
  virtual Status LookupBand(uint64_t key, std::vector<std::string>* doc_ids) = 0;
  virtual Status AddBand(uint64_t key, std::string_view doc_id) = 0;
  // `*found` tells whether the document is indexed; `out` is filled when it is.
  virtual Status Get(std::string_view doc_id, DuplicateRecord* out, bool* found) = 0;
  // Inserts or replaces the record (by doc_id).
  virtual Status Put(const DuplicateRecord& record) = 0;
  // Appends the documents whose group is `group`.
  virtual Status GroupMembers(std::string_view group, std::vector<std::string>* doc_ids) = 0;
  // A new arrival number (1, 2, ...).
  virtual Result<uint64_t> NextSequence() = 0;
  // Appends the groups a paragraph fingerprint was seen in (as recorded with
  // AddParagraphGroup; the detector records at most `boilerplate_groups` per fingerprint).
  virtual Status ParagraphGroups(uint64_t fingerprint, std::vector<std::string>* groups) = 0;
  virtual Status AddParagraphGroup(uint64_t fingerprint, std::string_view group) = 0;
};

class InMemoryNearDuplicateState final : public NearDuplicateState {
 public:
  Status LookupBand(uint64_t key, std::vector<std::string>* doc_ids) override;
  Status AddBand(uint64_t key, std::string_view doc_id) override;
  Status Get(std::string_view doc_id, DuplicateRecord* out, bool* found) override;
  Status Put(const DuplicateRecord& record) override;
  Status GroupMembers(std::string_view group, std::vector<std::string>* doc_ids) override;
  Result<uint64_t> NextSequence() override { return ++sequence_; }
  Status ParagraphGroups(uint64_t fingerprint, std::vector<std::string>* groups) override;
  Status AddParagraphGroup(uint64_t fingerprint, std::string_view group) override;

  size_t documents() const { return records_.size(); }
  // Approximate heap bytes held (for the benchmark's memory figure).
  size_t ApproximateBytes() const;

 private:
  uint32_t Intern(std::string_view doc_id);

  std::vector<std::string> ids_;
  std::unordered_map<std::string, uint32_t> id_index_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> bands_;
  std::unordered_map<uint32_t, DuplicateRecord> records_;
  std::unordered_map<uint32_t, std::vector<uint32_t>> groups_;
  std::unordered_map<uint64_t, std::vector<uint32_t>> paragraphs_;
  uint64_t sequence_ = 0;
};

struct NearDuplicateOptions {
  MinHashParams minhash;
  // Verified near duplicate when the estimated Jaccard reaches this...
  double jaccard_threshold = 0.25;
  // ...or the estimated containment of the smaller shingle set reaches this while the smaller
  // text has at least `min_size_ratio` of the larger one's shingles.
  double containment_threshold = 0.70;
  double min_size_ratio = 0.4;
  // Texts with fewer distinct shingles are only matched exactly (too short to judge).
  uint32_t min_shingles = 8;
  // Candidates verified per document (a pathological bucket is cut here).
  size_t max_candidates = 2000;
  // A match with a group member other than the root joins its group only at this similarity.
  double strong_link = 0.5;
  // A paragraph seen in this many different groups is boilerplate (0 turns the filter off).
  size_t boilerplate_groups = 3;
};

struct DuplicateMatch {
  std::string doc_id;
  double jaccard = 0;      // estimated
  double containment = 0;  // estimated
};

struct DuplicateResult {
  bool exact = false;  // the same content id was already indexed (nothing was added)
  // Root of the document's group when that is another document.
  std::optional<std::string> duplicate_of;
  // Verified near duplicates among the indexed documents, most similar first.
  std::vector<DuplicateMatch> matches;
  // Other documents whose duplicate_of changed (new value; nullopt = no longer a duplicate).
  std::vector<std::pair<std::string, std::optional<std::string>>> changed;
  // The signature computed for the document (reusable by later steps).
  Signature signature;
  // Paragraphs left out of the signature as boilerplate.
  size_t boilerplate_paragraphs = 0;
};

class NearDuplicateDetector {
 public:
  explicit NearDuplicateDetector(NearDuplicateState* state, NearDuplicateOptions options = {});

  const NearDuplicateOptions& options() const { return options_; }
  const MinHasher& hasher() const { return hasher_; }

  // Indexes `doc` (by doc.id, doc.text, doc.published) and reports its duplicates.
  Result<DuplicateResult> Add(const Document& doc);
  Result<DuplicateResult> Add(std::string_view doc_id, std::string_view text,
                              std::string_view published);

  // Verified near duplicates of `text` among the indexed documents, without adding it.
  Result<std::vector<DuplicateMatch>> Query(std::string_view text);

 private:
  struct Paragraph {
    uint64_t fingerprint;
    ByteSpan span;
  };
  // Current roots of the groups a paragraph fingerprint was recorded with.
  Status CurrentParagraphGroups(uint64_t fingerprint, std::vector<std::string>* groups);
  // Paragraph fingerprints of `text`, and the signature over the non-boilerplate ones.
  Status Fingerprint(std::string_view text, std::vector<Paragraph>* paragraphs,
                     Signature* signature, size_t* boilerplate);
  Result<std::vector<DuplicateMatch>> Candidates(const Signature& sig,
                                                 const std::vector<uint64_t>& keys,
                                                 std::string_view self_id);
  NearDuplicateState* state_;
  NearDuplicateOptions options_;
  MinHasher hasher_;
};

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_NEAR_DUPLICATES_H_
