// Statement signatures (speaker key, content words, numbers, entities), MinHash lookup keys
// per speaker, and verification against the stored claim signature. Covered by
// src/resolve/claims_test.cc and the golden cases in tests/golden/resolve/.
#include "resolve/claims.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>
#include <unordered_map>

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

// A time value as claims compare it: dates and times to their month ("2024-03-13" ->
// "2024-03"), since reports of one claim written days apart resolve "on Friday" or "this week"
// to nearby dates; everything else (durations "P30D", sets, years) as it is.
std::string TimeKey(const std::string& value) {
  const bool month = value.size() >= 7 && value[4] == '-' &&
                     std::all_of(value.begin(), value.begin() + 4,
                                 [](char ch) { return ch >= '0' && ch <= '9'; }) &&
                     value[5] >= '0' && value[5] <= '1' && value[6] >= '0' && value[6] <= '9';
  return month ? value.substr(0, 7) : value;
}

// Stemmed words that only say when (month and day names, units of time, number words): a
// paraphrase may date the same claim differently ("two months ago" / "in January").
bool IsTimeWord(std::string_view w) {
  static constexpr std::string_view kPrefixes[] = {
      "januar", "februar", "march",  "april",   "june",     "juli",    "july",    "august",
      "septem", "octob",   "novem",  "decem",   "monday",   "tuesday", "wednesd", "thursd",
      "friday", "saturd",  "sunday", "yesterd", "tomorrow", "tonight", "morning", "evening",
      "minut",  "decad",   "centur", "annual",  "month",    "week",    "year",    "hour"};
  static constexpr std::string_view kWords[] = {
      "ago",   "day",    "dai",   "days",   "daili",  "today",   "night",   "one",
      "two",   "three",  "four",  "five",   "six",    "seven",   "eight",   "nine",
      "ten",   "eleven", "twelv", "twelve", "twenti", "twenty",  "thirti",  "thirty",
      "forti", "forty",  "fifti", "fifty",  "hundr",  "hundred", "thousand"};
  for (std::string_view p : kPrefixes) {
    if (w.starts_with(p)) return true;
  }
  return std::find(std::begin(kWords), std::end(kWords), w) != std::end(kWords);
}

// Month and weekday names among stemmed words: a repeat that names another month or day is
// another claim ("flagged in January" / "flagged in March").
std::vector<std::string> CalendarWords(const std::vector<std::string>& words) {
  static constexpr std::string_view kNames[] = {"januar", "februar", "march",  "april",   "june",
                                                "juli",   "july",    "august", "septem",  "octob",
                                                "novem",  "decem",   "monday", "tuesday", "wednesd",
                                                "thursd", "friday",  "saturd", "sunday"};
  std::vector<std::string> out;
  for (const std::string& w : words) {
    for (std::string_view n : kNames) {
      if (w.starts_with(n)) out.push_back(std::string(n));
    }
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

std::vector<std::string> WithoutTimeWords(const std::vector<std::string>& words) {
  std::vector<std::string> out;
  for (const std::string& w : words) {
    if (!IsTimeWord(w)) out.push_back(w);
  }
  return out;
}

bool IsNegation(std::string_view w) {
  static constexpr std::string_view kNegations[] = {
      "not",    "no",    "never",   "nobody",  "none",   "nothing", "neither", "nor",
      "cannot", "dont",  "doesnt",  "didnt",   "isnt",   "wasnt",   "werent",  "arent",
      "wont",   "cant",  "couldnt", "wouldnt", "hasnt",  "havent",  "hadnt",   "shouldnt",
      "don",    "doesn", "didn",    "isn",     "wasn",   "weren",   "aren",    "couldn",
      "wouldn", "hasn",  "haven",   "hadn",    "shouldn"};
  return std::find(std::begin(kNegations), std::end(kNegations), w) != std::end(kNegations);
}

// Stemmed content words under a negation ("was never repaired" -> {"repair"}): the three
// words after a negation word. A paraphrase keeps the polarity of the words both sides share,
// so "was repaired" and "was never repaired" never meet, while "flagged in January" still
// meets "flagged in January and never replaced".
std::vector<std::string> NegatedWords(std::string_view text) {
  std::vector<std::string> out;
  int left = 0;
  for (const std::string& w : FoldedWords(text)) {
    if (IsNegation(w)) {
      left = 3;
      continue;
    }
    if (left <= 0) continue;
    --left;
    for (std::string& c : ContentWords(w)) out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}

// True when a word both sides share is negated on one side only.
bool PolarityDiffers(const std::vector<std::string>& words_a,
                     const std::vector<std::string>& negated_a,
                     const std::vector<std::string>& words_b,
                     const std::vector<std::string>& negated_b) {
  for (const std::string& w : words_a) {
    if (!std::binary_search(words_b.begin(), words_b.end(), w)) continue;
    if (std::binary_search(negated_a.begin(), negated_a.end(), w) !=
        std::binary_search(negated_b.begin(), negated_b.end(), w)) {
      return true;
    }
  }
  return false;
}

// A definite description as speaker ("the region's governor", "the minister") that names the
// role of exactly one person entity of the document (every content word of the description in
// one of that person's roles) stands for that person; returns the index into doc.entities.
std::optional<size_t> DescribedPerson(const Document& doc, std::string_view written) {
  std::vector<std::string> folded = FoldedWords(written);
  if (folded.size() < 2 || folded.front() != "the") return std::nullopt;
  const std::vector<std::string> desc = ContentWords(written);
  if (desc.empty()) return std::nullopt;
  std::optional<size_t> found;
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    if (e.type != EntityType::kPerson) continue;
    bool matches = false;
    for (const std::string& role : e.roles) {
      const std::vector<std::string> words = ContentWords(role);
      matches |= std::all_of(desc.begin(), desc.end(), [&](const std::string& w) {
        return std::find(words.begin(), words.end(), w) != words.end();
      });
    }
    if (!matches) continue;
    if (found) return std::nullopt;  // two people fit: not ours to choose
    found = i;
  }
  return found;
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

bool HasRoute(const Statement& st) {
  for (const Via& v : st.via) {
    if (v.relation != ViaRelation::kCiting) return true;
  }
  return false;
}

std::string ViaStepName(const Document& doc, const Via& v);

// A route through a named outlet or person ("told Radio Liberty"), not a description ("told
// reporters") or a medium ("on social media").
bool HasNamedRoute(const Document& doc, const Statement& st) {
  for (const Via& v : st.via) {
    if (v.relation == ViaRelation::kCiting || v.span.end > doc.text.size()) continue;
    if (v.relation == ViaRelation::kOther) return false;  // "writing on Twitter": a medium
    const std::string name = ViaStepName(doc, v);
    if (name.empty() || !(name[0] >= 'A' && name[0] <= 'Z')) return false;
  }
  return HasRoute(st);
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
  } else if (!written.empty()) {
    if (std::optional<size_t> i = DescribedPerson(doc, written);
        i && *i < entity_ids.size() && entity_ids[*i] != 0) {
      sig.speaker_entity = entity_ids[*i];
      sig.speaker = doc.entities[*i].name;
      sig.speaker_kind = SpeakerKind::kPerson;
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
  // Paraphrase features: times normalised, numbers outside them, entities other than places.
  {
    std::string blanked(content);
    for (const TimeExpression& t : doc.times) {
      if (!st.content.Contains(t.span)) continue;
      if (t.value) sig.times.push_back(TimeKey(*t.value));
      for (uint32_t b = t.span.start; b < t.span.end; ++b) blanked[b - st.content.start] = ' ';
    }
    std::sort(sig.times.begin(), sig.times.end());
    sig.times.erase(std::unique(sig.times.begin(), sig.times.end()), sig.times.end());
    sig.fact_numbers = NumbersIn(blanked);
    sig.negated = NegatedWords(content);
    for (size_t i = 0; i < doc.entities.size() && i < entity_ids.size(); ++i) {
      const EntityType type = doc.entities[i].type;
      if (type == EntityType::kGpe || type == EntityType::kLoc || type == EntityType::kNorp) {
        continue;
      }
      if (std::binary_search(sig.entities.begin(), sig.entities.end(), entity_ids[i])) {
        sig.key_entities.push_back(entity_ids[i]);
      }
    }
    std::sort(sig.key_entities.begin(), sig.key_entities.end());
    sig.key_entities.erase(std::unique(sig.key_entities.begin(), sig.key_entities.end()),
                           sig.key_entities.end());
    sig.story = story;
    if (sig.speaker_entity != 0 && story != 0) {
      sig.story_key = sig.speaker_key + "|s" + std::to_string(story);
    }
  }
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

namespace {

bool SameContent(const StatementSignature& s, const std::vector<std::string>& words,
                 const std::vector<double>& numbers, const std::vector<uint64_t>& entities,
                 const ClaimOptions& options) {
  if (s.numbers != numbers) return false;  // numbers must agree exactly
  if (!Subset(s.entities, entities) && !Subset(entities, s.entities)) return false;
  if (s.words.empty() || words.empty()) return s.words.empty() && words.empty();
  const size_t inter = Intersection(s.words, words);
  const size_t smaller = std::min(s.words.size(), words.size());
  const double overlap = static_cast<double>(inter) / static_cast<double>(smaller);
  const double jaccard =
      static_cast<double>(inter) / static_cast<double>(s.words.size() + words.size() - inter);
  if (smaller <= 3) return inter == smaller && jaccard >= 0.5;
  return overlap >= options.min_overlap && jaccard >= options.min_jaccard;
}

}  // namespace

bool SameClaimContent(const StatementSignature& s, const Claim& c, const ClaimOptions& options) {
  if (s.speaker_key != c.speaker_key) return false;
  // Another month or day named, or a shared word negated on one side only, is another claim
  // however many words agree. (Normalised times are not compared here: a repeat printed weeks
  // later resolves "today" or "next year" to other dates.)
  const std::vector<std::string> calendar = CalendarWords(s.words);
  const std::vector<std::string> negated = NegatedWords(c.text);
  auto same_calendar = [&](const std::vector<std::string>& words) {
    const std::vector<std::string> other = CalendarWords(words);
    return calendar.empty() || other.empty() || calendar == other;
  };
  if (SameContent(s, c.words, c.numbers, c.entities, options) &&
      !PolarityDiffers(s.words, s.negated, c.words, negated) && same_calendar(c.words)) {
    return true;
  }
  for (const ClaimVariant& v : c.variants) {
    if (SameContent(s, v.words, v.numbers, v.entities, options) &&
        !PolarityDiffers(s.words, s.negated, v.words, negated) && same_calendar(v.words)) {
      return true;
    }
  }
  return false;
}

bool SameClaimParaphrase(const StatementSignature& s, const Claim& c, const ClaimOptions& options) {
  if (!c.paraphrase || s.speaker_entity == 0 || s.speaker_entity != c.speaker_entity) {
    return false;
  }
  if (s.fact_numbers != c.fact_numbers) return false;
  if (!s.times.empty() && !c.times.empty() && s.times != c.times) return false;
  if (!Subset(s.key_entities, c.key_entities) && !Subset(c.key_entities, s.key_entities)) {
    return false;
  }
  const std::vector<std::string> a = WithoutTimeWords(s.words);
  const std::vector<std::string> b = WithoutTimeWords(c.words);
  if (a.empty() || b.empty()) return false;
  const size_t inter = Intersection(a, b);
  const double overlap =
      static_cast<double>(inter) / static_cast<double>(std::min(a.size(), b.size()));
  const double jaccard =
      static_cast<double>(inter) / static_cast<double>(a.size() + b.size() - inter);
  if (inter < options.paraphrase_min_shared || overlap < options.paraphrase_min_overlap ||
      jaccard < options.paraphrase_min_jaccard) {
    return false;
  }
  return !PolarityDiffers(s.words, s.negated, c.words, NegatedWords(c.text));
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
                                                uint64_t story, std::string_view copy_of) {
  std::vector<uint64_t> out(doc.statements.size(), 0);
  const size_t n = std::min(doc.statements.size(), options_.max_statements_per_document);
  std::vector<std::optional<StatementSignature>> sigs(n);
  // The speaker's route in this article: the first statement of each speaker that names how
  // the words reached the article (told / interview / per / according to / reported).
  std::unordered_map<std::string, size_t> route_of;
  for (size_t i = 0; i < n; ++i) {
    sigs[i] = SignStatement(doc, i, entity_ids, story, options_);
    if (sigs[i] && HasNamedRoute(doc, doc.statements[i])) {
      route_of.emplace(sigs[i]->speaker_key, i);
    }
  }
  for (size_t i = 0; i < n; ++i) {
    std::optional<StatementSignature>& sig = sigs[i];
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
    bool paraphrase = false;
    if (!found && !sig->story_key.empty()) {
      // A paraphrase by the same speaker in the same story: the newest claims filed there.
      std::vector<uint64_t> same_story;
      CT_RETURN_IF_ERROR(state_->Lookup(sig->story_key, &same_story));
      std::sort(same_story.begin(), same_story.end());
      same_story.erase(std::unique(same_story.begin(), same_story.end()), same_story.end());
      const size_t first = same_story.size() > options_.paraphrase_candidates
                               ? same_story.size() - options_.paraphrase_candidates
                               : 0;
      for (size_t k = same_story.size(); k-- > first;) {
        if (std::find(out.begin(), out.end(), same_story[k]) != out.end()) continue;
        CT_RETURN_IF_ERROR(state_->Get(same_story[k], &claim));
        if (SameClaimParaphrase(*sig, claim, options_)) {
          found = paraphrase = true;
          break;
        }
      }
    }
    const Statement& st = doc.statements[i];
    if (found && std::find(out.begin(), out.begin() + static_cast<std::ptrdiff_t>(i), claim.id) !=
                     out.begin() + static_cast<std::ptrdiff_t>(i)) {
      // The article already reported this claim (a lead paraphrase and the quote, a repeated
      // line): one article is one report, whatever it repeats; the first statement stands.
      for (const std::string& k : sig->keys) CT_RETURN_IF_ERROR(state_->AddKey(k, claim.id));
      out[i] = claim.id;
      continue;
    }
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
      claim.paraphrase = true;
      claim.fact_numbers = sig->fact_numbers;
      claim.times = sig->times;
      claim.key_entities = sig->key_entities;
    }
    if (paraphrase && claim.variants.size() < Claim::kMaxVariants) {
      claim.variants.push_back({sig->words, sig->numbers, sig->entities});
    }
    ++claim.reports;
    const std::string published = doc.published.value_or("");
    if (!published.empty() &&
        (claim.first_published.empty() || published < claim.first_published)) {
      claim.first_published = published;
    }
    CT_RETURN_IF_ERROR(state_->Put(&claim));
    for (const std::string& k : sig->keys) CT_RETURN_IF_ERROR(state_->AddKey(k, claim.id));
    if (!sig->story_key.empty()) CT_RETURN_IF_ERROR(state_->AddKey(sig->story_key, claim.id));
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
    // A statement that names no route of its own takes the one the article gives for the same
    // speaker elsewhere, marked as inferred: an article reaches a speaker one way.
    const auto route = HasRoute(st) ? route_of.end() : route_of.find(sig->speaker_key);
    const Statement& via_of = route == route_of.end() ? st : doc.statements[route->second];
    for (const Via& v : via_of.via) {
      if (v.span.end > doc.text.size()) continue;
      if (&via_of != &st && v.relation == ViaRelation::kCiting) continue;
      ViaStep step;
      step.relation = v.relation;
      step.name = ViaStepName(doc, v);
      step.key = OutletKey(step.name);
      step.inferred = &via_of != &st;
      report.via.push_back(std::move(step));
    }
    if (st.citing && st.citing->end <= doc.text.size()) {
      report.citing = std::string(doc.Slice(*st.citing));
    }
    report.hedged = st.hedged;
    report.copy_of = std::string(copy_of);
    CT_RETURN_IF_ERROR(state_->AddReport(claim.id, report));
    out[i] = claim.id;
  }
  return out;
}

}  // namespace claimtrace::resolve
