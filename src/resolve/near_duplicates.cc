// LSH candidate lookup, signature verification, and incremental group merging with the
// earliest document as root. Covered by src/resolve/near_duplicates_test.cc (grouping, root
// moves, exact duplicates) and near_duplicates_eval_test.cc (precision/recall on the perturbed
// test set of tests/eval/neardup/).
#include "resolve/near_duplicates.h"

#include <algorithm>
#include <set>

#include "resolve/text_features.h"

namespace claimtrace::resolve {
namespace {

// Sort key for "earliest": date (unknown last), then arrival.
bool Earlier(const DuplicateRecord& a, const DuplicateRecord& b) {
  const std::string_view da = a.published.empty() ? std::string_view("9999-99-99") : a.published;
  const std::string_view db = b.published.empty() ? std::string_view("9999-99-99") : b.published;
  if (da != db) return da < db;
  return a.sequence < b.sequence;
}

}  // namespace

uint32_t InMemoryNearDuplicateState::Intern(std::string_view doc_id) {
  auto it = id_index_.find(std::string(doc_id));
  if (it != id_index_.end()) return it->second;
  const uint32_t n = static_cast<uint32_t>(ids_.size());
  ids_.emplace_back(doc_id);
  id_index_.emplace(std::string(doc_id), n);
  return n;
}

Status InMemoryNearDuplicateState::LookupBand(uint64_t key, std::vector<std::string>* doc_ids) {
  auto it = bands_.find(key);
  if (it == bands_.end()) return Status::Ok();
  for (uint32_t n : it->second) doc_ids->push_back(ids_[n]);
  return Status::Ok();
}

Status InMemoryNearDuplicateState::AddBand(uint64_t key, std::string_view doc_id) {
  const uint32_t n = Intern(doc_id);
  std::vector<uint32_t>& v = bands_[key];
  if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
  return Status::Ok();
}

Status InMemoryNearDuplicateState::Get(std::string_view doc_id, DuplicateRecord* out, bool* found) {
  *found = false;
  auto id = id_index_.find(std::string(doc_id));
  if (id == id_index_.end()) return Status::Ok();
  auto it = records_.find(id->second);
  if (it == records_.end()) return Status::Ok();
  *out = it->second;
  *found = true;
  return Status::Ok();
}

Status InMemoryNearDuplicateState::Put(const DuplicateRecord& record) {
  const uint32_t n = Intern(record.doc_id);
  const uint32_t g = Intern(record.group.empty() ? record.doc_id : record.group);
  auto it = records_.find(n);
  if (it != records_.end()) {
    const uint32_t old_group = Intern(it->second.group);
    if (old_group != g) {
      std::vector<uint32_t>& members = groups_[old_group];
      members.erase(std::remove(members.begin(), members.end(), n), members.end());
      if (members.empty()) groups_.erase(old_group);
      groups_[g].push_back(n);
    }
    it->second = record;
  } else {
    records_.emplace(n, record);
    groups_[g].push_back(n);
  }
  return Status::Ok();
}

Status InMemoryNearDuplicateState::GroupMembers(std::string_view group,
                                                std::vector<std::string>* doc_ids) {
  auto id = id_index_.find(std::string(group));
  if (id == id_index_.end()) return Status::Ok();
  auto it = groups_.find(id->second);
  if (it == groups_.end()) return Status::Ok();
  for (uint32_t n : it->second) doc_ids->push_back(ids_[n]);
  return Status::Ok();
}

Status InMemoryNearDuplicateState::ParagraphGroups(uint64_t fingerprint,
                                                   std::vector<std::string>* groups) {
  auto it = paragraphs_.find(fingerprint);
  if (it == paragraphs_.end()) return Status::Ok();
  for (uint32_t n : it->second) groups->push_back(ids_[n]);
  return Status::Ok();
}

Status InMemoryNearDuplicateState::AddParagraphGroup(uint64_t fingerprint, std::string_view group) {
  const uint32_t n = Intern(group);
  std::vector<uint32_t>& v = paragraphs_[fingerprint];
  if (std::find(v.begin(), v.end(), n) == v.end()) v.push_back(n);
  return Status::Ok();
}

size_t InMemoryNearDuplicateState::ApproximateBytes() const {
  size_t bytes = 0;
  for (const std::string& s : ids_) bytes += sizeof(std::string) + s.capacity();
  bytes += id_index_.size() * (sizeof(std::string) + 4 + 32);
  for (const auto& [k, v] : bands_) bytes += 8 + sizeof(v) + v.capacity() * 4 + 32;
  for (const auto& [k, r] : records_) {
    bytes += sizeof(r) + r.signature.mins.capacity() * 4 + r.doc_id.capacity() +
             r.group.capacity() + r.published.capacity() + 32;
  }
  for (const auto& [k, v] : groups_) bytes += 4 + sizeof(v) + v.capacity() * 4 + 32;
  for (const auto& [k, v] : paragraphs_) bytes += 8 + sizeof(v) + v.capacity() * 4 + 32;
  return bytes;
}

NearDuplicateDetector::NearDuplicateDetector(NearDuplicateState* state,
                                             NearDuplicateOptions options)
    : state_(state), options_(options), hasher_(options.minhash) {}

Status NearDuplicateDetector::CurrentParagraphGroups(uint64_t fingerprint,
                                                     std::vector<std::string>* groups) {
  groups->clear();
  std::vector<std::string> recorded;
  CT_RETURN_IF_ERROR(state_->ParagraphGroups(fingerprint, &recorded));
  // Groups merge over time: count the current roots, not the recorded ones.
  DuplicateRecord rec;
  bool found = false;
  for (const std::string& g : recorded) {
    CT_RETURN_IF_ERROR(state_->Get(g, &rec, &found));
    groups->push_back(found ? rec.group : g);
  }
  std::sort(groups->begin(), groups->end());
  groups->erase(std::unique(groups->begin(), groups->end()), groups->end());
  return Status::Ok();
}

Status NearDuplicateDetector::Fingerprint(std::string_view text, std::vector<Paragraph>* paragraphs,
                                          Signature* signature, size_t* boilerplate) {
  *boilerplate = 0;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string_view::npos) end = text.size();
    std::string folded;
    WordScanner scan(text.substr(start, end - start));
    while (scan.Next()) {
      folded.append(scan.word());
      folded.push_back(' ');
    }
    if (!folded.empty()) {
      paragraphs->push_back({HashBytes(folded, 0x7061726167726170ULL),
                             {static_cast<uint32_t>(start), static_cast<uint32_t>(end)}});
    }
    start = end + 1;
  }
  std::string kept;
  std::vector<std::string> groups;
  if (options_.boilerplate_groups > 0) {
    for (const Paragraph& p : *paragraphs) {
      CT_RETURN_IF_ERROR(CurrentParagraphGroups(p.fingerprint, &groups));
      if (groups.size() >= options_.boilerplate_groups) {
        ++*boilerplate;
        continue;
      }
      kept.append(text.substr(p.span.start, p.span.size()));
      kept.push_back('\n');
    }
  }
  if (*boilerplate == 0 || *boilerplate == paragraphs->size()) {
    *signature = hasher_.Compute(text);
    if (*boilerplate == paragraphs->size()) *boilerplate = 0;
  } else {
    *signature = hasher_.Compute(kept);
  }
  return Status::Ok();
}

Result<std::vector<DuplicateMatch>> NearDuplicateDetector::Candidates(
    const Signature& sig, const std::vector<uint64_t>& keys, std::string_view self_id) {
  std::vector<DuplicateMatch> out;
  if (sig.empty() || sig.shingles < options_.min_shingles) return out;
  std::vector<std::string> ids;
  for (uint64_t key : keys) CT_RETURN_IF_ERROR(state_->LookupBand(key, &ids));
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids.size() > options_.max_candidates) ids.resize(options_.max_candidates);
  DuplicateRecord rec;
  for (const std::string& id : ids) {
    if (id == self_id) continue;
    bool found = false;
    CT_RETURN_IF_ERROR(state_->Get(id, &rec, &found));
    if (!found || rec.signature.shingles < options_.min_shingles) continue;
    const double j = EstimateJaccard(sig, rec.signature);
    const double c = EstimateContainment(sig, rec.signature, j);
    const double ratio = static_cast<double>(std::min(sig.shingles, rec.signature.shingles)) /
                         static_cast<double>(std::max(sig.shingles, rec.signature.shingles));
    const bool near = j >= options_.jaccard_threshold ||
                      (c >= options_.containment_threshold && ratio >= options_.min_size_ratio);
    if (near) out.push_back({id, j, c});
  }
  std::sort(out.begin(), out.end(), [](const DuplicateMatch& a, const DuplicateMatch& b) {
    return a.jaccard != b.jaccard ? a.jaccard > b.jaccard : a.doc_id < b.doc_id;
  });
  return out;
}

Result<std::vector<DuplicateMatch>> NearDuplicateDetector::Query(std::string_view text) {
  std::vector<Paragraph> paragraphs;
  Signature sig;
  size_t boilerplate = 0;
  CT_RETURN_IF_ERROR(Fingerprint(text, &paragraphs, &sig, &boilerplate));
  return Candidates(sig, hasher_.BandKeys(sig), {});
}

Result<DuplicateResult> NearDuplicateDetector::Add(const Document& doc) {
  return Add(doc.id, doc.text, doc.published.value_or(""));
}

Result<DuplicateResult> NearDuplicateDetector::Add(std::string_view doc_id, std::string_view text,
                                                   std::string_view published) {
  DuplicateResult result;
  DuplicateRecord existing;
  bool found = false;
  CT_RETURN_IF_ERROR(state_->Get(doc_id, &existing, &found));
  if (found) {
    result.exact = true;
    if (existing.group != existing.doc_id) result.duplicate_of = existing.group;
    result.signature = existing.signature;
    return result;
  }
  DuplicateRecord rec;
  rec.doc_id = std::string(doc_id);
  rec.published = std::string(published);
  CT_ASSIGN_OR_RETURN(rec.sequence, state_->NextSequence());
  std::vector<Paragraph> paragraphs;
  CT_RETURN_IF_ERROR(
      Fingerprint(text, &paragraphs, &rec.signature, &result.boilerplate_paragraphs));
  const std::vector<uint64_t> keys = hasher_.BandKeys(rec.signature);
  CT_ASSIGN_OR_RETURN(result.matches, Candidates(rec.signature, keys, doc_id));

  // Groups joined: those whose root was matched, or with a member matched strongly. A weak
  // match with a mere member does not chain groups together.
  std::set<std::string> matched;
  for (const DuplicateMatch& m : result.matches) matched.insert(m.doc_id);
  std::vector<DuplicateRecord> roots;
  std::set<std::string> joined;
  for (const DuplicateMatch& m : result.matches) {
    DuplicateRecord r;
    CT_RETURN_IF_ERROR(state_->Get(m.doc_id, &r, &found));
    if (!found || joined.count(r.group)) continue;
    if (!matched.count(r.group) && m.jaccard < options_.strong_link) continue;
    joined.insert(r.group);
    DuplicateRecord root;
    CT_RETURN_IF_ERROR(state_->Get(r.group, &root, &found));
    if (found) roots.push_back(std::move(root));
  }
  // The new root: the earliest of the joined roots and the new document.
  const DuplicateRecord* best = &rec;
  for (const DuplicateRecord& r : roots) {
    if (Earlier(r, *best)) best = &r;
  }
  const std::string new_root = best->doc_id;
  rec.group = new_root;
  CT_RETURN_IF_ERROR(state_->Put(rec));
  for (uint64_t key : keys) CT_RETURN_IF_ERROR(state_->AddBand(key, doc_id));
  // Move every member of the other joined groups under the new root.
  for (const DuplicateRecord& root : roots) {
    if (root.doc_id == new_root) continue;
    std::vector<std::string> members;
    CT_RETURN_IF_ERROR(state_->GroupMembers(root.doc_id, &members));
    for (const std::string& member : members) {
      DuplicateRecord m;
      CT_RETURN_IF_ERROR(state_->Get(member, &m, &found));
      if (!found) continue;
      m.group = new_root;
      CT_RETURN_IF_ERROR(state_->Put(m));
      result.changed.emplace_back(member, new_root);
    }
  }
  // Remember which group each paragraph was seen in (boilerplate detection).
  if (options_.boilerplate_groups > 0) {
    std::vector<std::string> groups;
    for (const Paragraph& p : paragraphs) {
      CT_RETURN_IF_ERROR(CurrentParagraphGroups(p.fingerprint, &groups));
      if (groups.size() >= options_.boilerplate_groups ||
          std::find(groups.begin(), groups.end(), new_root) != groups.end()) {
        continue;
      }
      CT_RETURN_IF_ERROR(state_->AddParagraphGroup(p.fingerprint, new_root));
    }
  }
  if (new_root != rec.doc_id) result.duplicate_of = new_root;
  std::sort(result.changed.begin(), result.changed.end());
  result.signature = std::move(rec.signature);
  return result;
}

}  // namespace claimtrace::resolve
