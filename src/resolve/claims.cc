// Statement signatures (speaker key, content words, numbers, entities), MinHash lookup keys
// per speaker, and verification against the stored claim signature. Covered by
// src/resolve/claims_test.cc and the golden cases in tests/golden/resolve/.
#include "resolve/claims.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

#include "resolve/text_features.h"

namespace claimtrace::resolve {
namespace {

// Words that say how a statement travelled, not where.
constexpr std::string_view kViaWords[] = {
    "told",    "tell",      "tells",      "telling",     "to",        "in",        "an",
    "a",       "interview", "interviews", "with",        "per",       "according", "reported",
    "reports", "reporting", "report",     "citing",      "cited",     "cites",     "said",
    "says",    "speaking",  "spoke",      "speaks",      "on",        "via",       "by",
    "from",    "as",        "published",  "posted",      "wrote",     "writes",    "quoted",
    "first",   "earlier",   "exclusive",  "exclusively", "broadcast", "aired",     "during",
    "remarks", "comments",  "statement"};

bool IsViaWord(std::string_view folded) {
  return std::find(std::begin(kViaWords), std::end(kViaWords), folded) != std::end(kViaWords);
}

// Modifiers that do not change who an anonymous speaker is.
constexpr std::string_view kAnonModifiers[] = {"senior", "top",     "high",     "rank",  "highrank",
                                               "former", "current", "one",      "two",   "sever",
                                               "some",   "certain", "familiar", "matter"};

bool IsAnonModifier(std::string_view w) {
  return std::find(std::begin(kAnonModifiers), std::end(kAnonModifiers), w) !=
         std::end(kAnonModifiers);
}

std::string JoinSorted(std::vector<std::string> words) {
  std::sort(words.begin(), words.end());
  words.erase(std::unique(words.begin(), words.end()), words.end());
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

std::string FoldedJoin(std::string_view text) {
  std::string out;
  for (const std::string& w : FoldedWords(text)) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

size_t Intersection(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  size_t i = 0, j = 0, n = 0;
  while (i < a.size() && j < b.size()) {
    if (a[i] < b[j]) {
      ++i;
    } else if (b[j] < a[i]) {
      ++j;
    } else {
      ++n;
      ++i;
      ++j;
    }
  }
  return n;
}

bool Subset(const std::vector<uint64_t>& small, const std::vector<uint64_t>& big) {
  return std::includes(big.begin(), big.end(), small.begin(), small.end());
}

}  // namespace

std::string OutletKey(std::string_view name) {
  std::vector<std::string> words = FoldedWords(name);
  if (words.size() > 1 && words.front() == "the") words.erase(words.begin());
  std::string out;
  for (const std::string& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

std::string ViaName(std::string_view via_text) {
  // Work on word spans of the original text so the name keeps its spelling.
  std::vector<std::pair<ByteSpan, std::string>> words;
  WordScanner scan(via_text);
  while (scan.Next()) words.emplace_back(scan.span(), std::string(scan.word()));
  size_t b = 0, e = words.size();
  while (b < e && IsViaWord(words[b].second)) ++b;
  while (e > b && IsViaWord(words[e - 1].second)) --e;
  if (b >= e) return std::string(via_text);
  std::string name(
      via_text.substr(words[b].first.start, words[e - 1].first.end - words[b].first.start));
  return name;
}

namespace {

// The via's name for provenance: its own words ("told The Times" -> "The Times"), or, when the
// words only describe an outlet named earlier ("told the station") and attribution linked it,
// that outlet's name, so both phrasings meet as one source.
// "the station", "the newspaper": a definite description in lower case, at most three words.
bool DefiniteDescription(std::string_view name) {
  if (!name.starts_with("the ")) return false;
  size_t words = 1;
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') return false;
    words += c == ' ';
  }
  return words <= 3;
}

std::string ViaStepName(const Document& doc, const Via& v) {
  std::string name = ViaName(doc.Slice(v.span));
  if (!v.entity) {
    if (!DefiniteDescription(name)) return name;
    // Without a linked entity, the description stands for the outlet named last before it
    // in another via of the document ("according to Radio Svitanok. … told the station").
    std::string latest;
    uint32_t latest_start = 0;
    for (const Statement& st : doc.statements) {
      for (const Via& o : st.via) {
        if (o.span.end > v.span.start || o.span.end > doc.text.size() ||
            (!latest.empty() && o.span.start < latest_start)) {
          continue;
        }
        std::string other = ViaName(doc.Slice(o.span));
        if (!other.empty() && other[0] >= 'A' && other[0] <= 'Z') {
          latest = std::move(other);
          latest_start = o.span.start;
        }
      }
    }
    return latest.empty() ? name : latest;
  }
  for (const Entity& e : doc.entities) {
    if (e.id != *v.entity) continue;
    for (const ByteSpan& m : e.mentions) {
      if (m.Overlaps(v.span)) return name;  // the entity is named inside the via itself
    }
    return e.name.empty() ? name : e.name;
  }
  return name;
}

}  // namespace

std::optional<StatementSignature> SignStatement(const Document& doc, size_t index,
                                                const std::vector<uint64_t>& entity_ids,
                                                uint64_t story, const ClaimOptions& options) {
  if (index >= doc.statements.size()) return std::nullopt;
  const Statement& st = doc.statements[index];
  if (st.content.empty() || st.content.end > doc.text.size()) return std::nullopt;
  StatementSignature sig;
  sig.speaker_kind = st.speaker.kind;
  // Speaker key.
  std::string written;
  if (st.speaker.span && st.speaker.span->end <= doc.text.size()) {
    written = std::string(doc.Slice(*st.speaker.span));
  }
  if (st.speaker.entity) {
    for (size_t i = 0; i < doc.entities.size() && i < entity_ids.size(); ++i) {
      if (doc.entities[i].id == *st.speaker.entity && entity_ids[i] != 0) {
        sig.speaker_entity = entity_ids[i];
        sig.speaker = doc.entities[i].name;
        break;
      }
    }
  }
  const bool anonymous = st.speaker.kind == SpeakerKind::kAnonymousOfficial ||
                         st.speaker.kind == SpeakerKind::kAnonymousSource ||
                         st.speaker.kind == SpeakerKind::kExpert ||
                         st.speaker.kind == SpeakerKind::kDocument;
  if (sig.speaker_entity != 0) {
    sig.speaker_key = "g" + std::to_string(sig.speaker_entity);
  } else if (anonymous || (st.speaker.kind == SpeakerKind::kUnknown && !st.speaker.name)) {
    // An anonymous speaker is only "the same" within one story.
    std::vector<std::string> desc;
    for (std::string& w : ContentWords(written)) {
      if (!IsAnonModifier(w)) desc.push_back(std::move(w));
    }
    if (desc.empty() && written.empty()) return std::nullopt;
    sig.speaker_key = "a:" + std::string(ToString(st.speaker.kind)) + ":" +
                      JoinSorted(std::move(desc)) + ":s" + std::to_string(story);
    sig.speaker = written;
  } else {
    const std::string name = st.speaker.name ? *st.speaker.name : written;
    const std::string folded = FoldedJoin(name);
    if (folded.empty()) return std::nullopt;
    sig.speaker_key = "n:" + folded;
    sig.speaker = name;
  }
  if (sig.speaker.empty()) sig.speaker = written;
  // Content.
  const std::string_view content = doc.Slice(st.content);
  sig.words = ContentWords(content);
  std::sort(sig.words.begin(), sig.words.end());
  sig.words.erase(std::unique(sig.words.begin(), sig.words.end()), sig.words.end());
  sig.numbers = NumbersIn(content);
  for (size_t i = 0; i < doc.entities.size() && i < entity_ids.size(); ++i) {
    if (entity_ids[i] == 0 || entity_ids[i] == sig.speaker_entity) continue;
    for (const ByteSpan& m : doc.entities[i].mentions) {
      if (st.content.Contains(m)) {
        sig.entities.push_back(entity_ids[i]);
        break;
      }
    }
  }
  std::sort(sig.entities.begin(), sig.entities.end());
  sig.entities.erase(std::unique(sig.entities.begin(), sig.entities.end()), sig.entities.end());
  // Lookup keys: speaker + MinHash values of the content words.
  if (sig.words.empty()) {
    sig.keys.push_back(sig.speaker_key + "|#" + std::to_string(HashBytes(FoldedJoin(content))));
  } else {
    for (int i = 0; i < options.lookup_hashes; ++i) {
      uint64_t best = std::numeric_limits<uint64_t>::max();
      for (const std::string& w : sig.words) best = std::min(best, HashBytes(w, 0x636c61696d + i));
      sig.keys.push_back(sig.speaker_key + "|" + std::to_string(i) + ":" + std::to_string(best));
    }
    std::sort(sig.keys.begin(), sig.keys.end());
    sig.keys.erase(std::unique(sig.keys.begin(), sig.keys.end()), sig.keys.end());
  }
  return sig;
}

bool SameClaimContent(const StatementSignature& s, const Claim& c, const ClaimOptions& options) {
  if (s.speaker_key != c.speaker_key) return false;
  if (s.numbers != c.numbers) return false;  // numbers must agree exactly
  if (!Subset(s.entities, c.entities) && !Subset(c.entities, s.entities)) return false;
  if (s.words.empty() || c.words.empty()) return s.words.empty() && c.words.empty();
  const size_t inter = Intersection(s.words, c.words);
  const size_t smaller = std::min(s.words.size(), c.words.size());
  const double overlap = static_cast<double>(inter) / static_cast<double>(smaller);
  const double jaccard =
      static_cast<double>(inter) / static_cast<double>(s.words.size() + c.words.size() - inter);
  if (smaller <= 3) return inter == smaller && jaccard >= 0.5;
  return overlap >= options.min_overlap && jaccard >= options.min_jaccard;
}

Status InMemoryClaimState::Lookup(std::string_view key, std::vector<uint64_t>* claims) {
  auto it = keys_.find(std::string(key));
  if (it != keys_.end()) claims->insert(claims->end(), it->second.begin(), it->second.end());
  return Status::Ok();
}

Status InMemoryClaimState::AddKey(std::string_view key, uint64_t claim) {
  std::vector<uint64_t>& v = keys_[std::string(key)];
  if (std::find(v.begin(), v.end(), claim) == v.end()) v.push_back(claim);
  return Status::Ok();
}

Status InMemoryClaimState::Get(uint64_t id, Claim* out) {
  auto it = claims_.find(id);
  if (it == claims_.end()) return NotFoundError("no claim " + std::to_string(id));
  *out = it->second;
  return Status::Ok();
}

Status InMemoryClaimState::Put(Claim* claim) {
  if (claim->id == 0) claim->id = next_id_++;
  next_id_ = std::max(next_id_, claim->id + 1);
  claims_[claim->id] = *claim;
  return Status::Ok();
}

Status InMemoryClaimState::AddReport(uint64_t claim, const ClaimReport& report) {
  reports_[claim].push_back(report);
  return Status::Ok();
}

Status InMemoryClaimState::Reports(uint64_t claim, std::vector<ClaimReport>* out) {
  auto it = reports_.find(claim);
  if (it != reports_.end()) out->insert(out->end(), it->second.begin(), it->second.end());
  return Status::Ok();
}

ClaimGrouper::ClaimGrouper(ClaimState* state, ClaimOptions options)
    : state_(state), options_(options) {}

Result<std::vector<uint64_t>> ClaimGrouper::Add(const Document& doc,
                                                const std::vector<uint64_t>& entity_ids,
                                                uint64_t story) {
  std::vector<uint64_t> out(doc.statements.size(), 0);
  const size_t n = std::min(doc.statements.size(), options_.max_statements_per_document);
  for (size_t i = 0; i < n; ++i) {
    std::optional<StatementSignature> sig = SignStatement(doc, i, entity_ids, story, options_);
    if (!sig) continue;
    std::vector<uint64_t> ids;
    for (const std::string& k : sig->keys) CT_RETURN_IF_ERROR(state_->Lookup(k, &ids));
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    Claim claim;
    bool found = false;
    for (uint64_t id : ids) {
      CT_RETURN_IF_ERROR(state_->Get(id, &claim));
      if (SameClaimContent(*sig, claim, options_)) {
        found = true;
        break;
      }
    }
    const Statement& st = doc.statements[i];
    if (!found) {
      claim = Claim();
      claim.speaker_key = sig->speaker_key;
      claim.speaker = sig->speaker;
      claim.speaker_entity = sig->speaker_entity;
      claim.speaker_kind = sig->speaker_kind;
      claim.story = story;
      claim.text = std::string(doc.Slice(st.content));
      claim.words = sig->words;
      claim.numbers = sig->numbers;
      claim.entities = sig->entities;
    }
    ++claim.reports;
    const std::string published = doc.published.value_or("");
    if (!published.empty() &&
        (claim.first_published.empty() || published < claim.first_published)) {
      claim.first_published = published;
    }
    CT_RETURN_IF_ERROR(state_->Put(&claim));
    for (const std::string& k : sig->keys) CT_RETURN_IF_ERROR(state_->AddKey(k, claim.id));
    ClaimReport report;
    report.doc_id = doc.id;
    report.statement = static_cast<int>(i);
    report.outlet = doc.outlet.value_or("");
    report.outlet_key = OutletKey(report.outlet);
    report.published = published;
    if (st.speaker.span && st.speaker.span->end <= doc.text.size()) {
      report.speaker = std::string(doc.Slice(*st.speaker.span));
    } else {
      report.speaker = sig->speaker;
    }
    report.content = std::string(doc.Slice(st.content));
    report.type = st.type;
    for (const Via& v : st.via) {
      if (v.span.end > doc.text.size()) continue;
      ViaStep step;
      step.relation = v.relation;
      step.name = ViaStepName(doc, v);
      step.key = OutletKey(step.name);
      report.via.push_back(std::move(step));
    }
    if (st.citing && st.citing->end <= doc.text.size()) {
      report.citing = std::string(doc.Slice(*st.citing));
    }
    report.hedged = st.hedged;
    CT_RETURN_IF_ERROR(state_->AddReport(claim.id, report));
    out[i] = claim.id;
  }
  return out;
}

}  // namespace claimtrace::resolve
