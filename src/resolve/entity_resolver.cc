// Entity resolution in three steps per document: (1) profile every entity (spellings,
// transliterated readings, name parts, alias/initialism keys, role words); (2) link within the
// document (a lone surname follows the dominant full name with that surname); (3) resolve
// strong names first (full person names, organisations, places), then weak ones (lone
// surnames, bare initialisms) with the strong ones as co-occurrence evidence; candidates come
// only from the catalog's blocking keys. Covered by src/resolve/entity_resolver_test.cc and the
// golden cases in tests/golden/resolve/.
#include "resolve/entity_resolver.h"

#include <algorithm>
#include <cmath>
#include <set>
#include <string>
#include <unordered_map>
#include <utility>

#include "resolve/alias_key.h"
#include "resolve/entity_profile.h"
#include "resolve/name_key.h"
#include "resolve/text_features.h"

namespace claimtrace::resolve {
namespace {

enum class Tier : uint8_t { kNone = 0, kPartial = 1, kWeak = 2, kFull = 3 };

bool IsPlaceType(EntityType t) { return t == EntityType::kGpe || t == EntityType::kLoc; }

template <typename Map>
void CapMap(Map* m, size_t max_size) {
  if (m->size() <= max_size) return;
  std::vector<std::pair<typename Map::key_type, uint32_t>> items(m->begin(), m->end());
  std::stable_sort(items.begin(), items.end(),
                   [](const auto& a, const auto& b) { return a.second > b.second; });
  items.resize(max_size);
  m->clear();
  for (auto& [k, v] : items) m->emplace(std::move(k), v);
}

bool WordsContained(const std::vector<std::string>& small, const std::vector<std::string>& big) {
  if (small.empty()) return false;
  for (const std::string& w : small) {
    if (std::find(big.begin(), big.end(), w) == big.end()) return false;
  }
  return true;
}

}  // namespace

struct EntityResolver::CandidateKeys {
  uint32_t version = 0;  // GlobalEntity::documents when computed
  size_t aliases = 0;
  std::set<std::string> alias, long_alias, written, derived;
};

struct EntityResolver::Candidate {
  uint64_t id = 0;
  Tier tier = Tier::kNone;
  double score = 0;
  double evidence = 0;
};

EntityResolver::EntityResolver(EntityCatalog* catalog, std::unique_ptr<NameTransliterator> translit,
                               EntityResolverOptions options)
    : catalog_(catalog), translit_(std::move(translit)), options_(options) {}

EntityResolver::~EntityResolver() = default;

Result<std::unique_ptr<EntityResolver>> EntityResolver::Create(EntityCatalog* catalog,
                                                               EntityResolverOptions options) {
  CT_ASSIGN_OR_RETURN(std::unique_ptr<NameTransliterator> translit, NameTransliterator::Create());
  return std::unique_ptr<EntityResolver>(new EntityResolver(catalog, std::move(translit), options));
}

double EntityResolver::Evidence(const EntityProfile& p, const GlobalEntity& c,
                                const std::vector<uint64_t>& context,
                                const std::vector<uint32_t>& context_docs,
                                uint64_t total_docs) const {
  double role = 0;
  if (!p.role_words.empty() && !c.role_words.empty()) {
    size_t shared = 0;
    for (const std::string& w : p.role_words) shared += c.role_words.count(w);
    role = std::min(1.0, 0.5 * static_cast<double>(shared));
  }
  double cooc = 0;
  if (!context.empty() && !c.cooccurring.empty()) {
    double total = 0, shared = 0;
    for (size_t i = 0; i < context.size(); ++i) {
      if (context[i] == c.id) continue;
      const double docs = static_cast<double>(context_docs[i]);
      const double w =
          std::max(0.1, std::log((static_cast<double>(total_docs) + 1.0) / (docs + 0.5)));
      total += w;
      if (c.cooccurring.count(context[i])) shared += w;
    }
    if (total > 0) cooc = shared / total;
  }
  return 1.0 - (1.0 - role) * (1.0 - cooc);
}

const EntityResolver::CandidateKeys& EntityResolver::KeysOf(const GlobalEntity& c) {
  std::unique_ptr<CandidateKeys>& slot = keys_cache_[c.id];
  if (slot && slot->version == c.documents && slot->aliases == c.aliases.size()) return *slot;
  if (keys_cache_.size() > 500000) {
    keys_cache_.clear();
    return KeysOf(c);
  }
  slot = std::make_unique<CandidateKeys>();
  slot->version = c.documents;
  slot->aliases = c.aliases.size();
  for (const auto& [spelling, count] : c.aliases) {
    for (const std::string& ascii : translit_->ToAscii(spelling)) {
      std::string key = AliasKey(ascii);
      if (key.empty()) continue;
      if (LooksLikeInitialism(ascii)) slot->written.insert(InitialismLetters(ascii));
      std::string derived = InitialismOf(ascii);
      if (!derived.empty()) slot->derived.insert(std::move(derived));
      if (AliasWordCount(key) >= 2) slot->long_alias.insert(key);
      slot->alias.insert(std::move(key));
    }
  }
  return *slot;
}

bool EntityResolver::ScorePerson(const EntityProfile& p, const GlobalEntity& c, double evidence,
                                 Candidate* out) {
  if (c.type != EntityType::kPerson && c.type != EntityType::kMisc) return false;
  const bool surname = !c.surname_key.empty() && p.surname_keys.count(c.surname_key);
  const bool guessed = !c.surname_key.empty() && p.guessed_surname_keys.count(c.surname_key);
  bool alias = false;
  for (const std::string& k : KeysOf(c).alias) {
    if (p.alias_keys.count(k)) {
      alias = true;
      break;
    }
  }
  if (!surname && !guessed && !alias) return false;
  // Given names of the readings that meet this candidate's surname.
  GivenNameMatch best = GivenNameMatch::kNone;
  bool p_given = false, c_given = !c.given_names.empty();
  bool best_from_guess = false;
  for (const PersonName& r : p.readings) {
    if (r.given.empty()) continue;
    if (!c.surname_key.empty() && r.surname.key != c.surname_key && !alias) continue;
    p_given = true;
    for (const auto& [seq, count] : c.given_names) {
      const GivenNameMatch m = MatchGivenSequences(r.given, GivenFromString(seq));
      if (m > best || (m == best && best_from_guess && !r.guessed)) {
        best = m;
        best_from_guess = r.guessed;
      }
    }
  }
  Tier tier;
  if (p_given && c_given) {
    if (best == GivenNameMatch::kNone) return false;  // different given names: different people
    if (best == GivenNameMatch::kExact || best == GivenNameMatch::kVariant) {
      tier = (best_from_guess || (!surname && !alias)) ? Tier::kWeak : Tier::kFull;
    } else {
      tier = Tier::kWeak;
    }
  } else {
    tier = Tier::kPartial;
  }
  if (!surname && guessed && tier == Tier::kPartial) return false;  // too little to go on
  out->id = c.id;
  out->tier = tier;
  out->evidence = evidence;
  out->score = static_cast<double>(tier) + evidence +
               (best == GivenNameMatch::kExact ? 0.25 : 0.0) +
               0.01 * std::log1p(static_cast<double>(c.documents));
  return true;
}

bool EntityResolver::ScoreOther(const EntityProfile& p, const GlobalEntity& c, double evidence,
                                Candidate* out) {
  if (c.type == EntityType::kPerson) return false;
  const bool same_type = c.type == p.type || (IsPlaceType(c.type) && IsPlaceType(p.type));
  const CandidateKeys& keys = KeysOf(c);
  const std::set<std::string>& c_alias = keys.alias;
  const std::set<std::string>& c_long = keys.long_alias;
  const std::set<std::string>& c_written = keys.written;
  const std::set<std::string>& c_derived = keys.derived;
  auto intersects = [](const std::set<std::string>& a, const std::set<std::string>& b) {
    for (const std::string& x : a) {
      if (b.count(x)) return true;
    }
    return false;
  };
  const bool shared_long = intersects(p.long_alias_keys, c_long);
  const bool shared_alias = intersects(p.alias_keys, c_alias);
  const bool initialism = intersects(p.written_initialisms, c_derived) ||
                          intersects(p.written_initialisms, c_written) ||
                          intersects(p.derived_initialisms, c_written);
  if (!p.long_alias_keys.empty() && !c_long.empty() && !shared_long) {
    // Two different expansions ("Federal Security Service" vs "Financial Stability Board")
    // only meet when one contains the other's words.
    bool contained = false;
    for (const std::string& a : p.long_alias_keys) {
      for (const std::string& b : c_long) {
        const auto wa = AliasContentWords(a), wb = AliasContentWords(b);
        contained |= WordsContained(wa, wb) || WordsContained(wb, wa);
      }
    }
    if (!contained) return false;
  }
  Tier tier;
  if (shared_long) {
    tier = Tier::kFull;
  } else if (shared_alias) {
    tier = same_type ? Tier::kFull : Tier::kWeak;
  } else if (initialism &&
             (same_type || c.type == EntityType::kMisc || p.type == EntityType::kMisc)) {
    tier = Tier::kWeak;
  } else {
    return false;
  }
  // Across type groups only identical spellings meet, and never a group name with a place
  // or organisation by initialism alone.
  const bool cross_ok = same_type || p.type == EntityType::kMisc || c.type == EntityType::kMisc ||
                        ((p.type == EntityType::kOrg && IsPlaceType(c.type)) ||
                         (c.type == EntityType::kOrg && IsPlaceType(p.type)));
  if (!cross_ok) return false;
  if (!same_type && !shared_alias) return false;
  out->id = c.id;
  out->tier = tier;
  out->evidence = evidence;
  out->score = static_cast<double>(tier) + 0.5 * evidence + (same_type ? 0.2 : 0.0) +
               0.01 * std::log1p(static_cast<double>(c.documents));
  return true;
}

Status EntityResolver::ResolveProfile(EntityProfile& p, const std::vector<uint64_t>& context,
                                      const std::vector<uint32_t>& context_docs,
                                      uint64_t total_docs) {
  std::vector<uint64_t> ids;
  if (p.type == EntityType::kPerson) {
    for (const std::string& k : p.surname_keys)
      CT_RETURN_IF_ERROR(catalog_->Lookup("p:" + k, &ids));
    for (const std::string& k : p.guessed_surname_keys) {
      CT_RETURN_IF_ERROR(catalog_->Lookup("p:" + k, &ids));
    }
  } else {
    for (const std::string& k : p.written_initialisms) {
      CT_RETURN_IF_ERROR(catalog_->Lookup("i:" + k, &ids));
    }
    for (const std::string& k : p.derived_initialisms) {
      CT_RETURN_IF_ERROR(catalog_->Lookup("i:" + k, &ids));
    }
  }
  for (const std::string& k : p.alias_keys) CT_RETURN_IF_ERROR(catalog_->Lookup("a:" + k, &ids));
  std::sort(ids.begin(), ids.end());
  ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
  if (ids.size() > options_.max_candidates) ids.resize(options_.max_candidates);

  std::vector<Candidate> accepted;
  GlobalEntity copy;
  for (uint64_t id : ids) {
    const GlobalEntity* c = catalog_->Peek(id);
    if (c == nullptr) {
      CT_RETURN_IF_ERROR(catalog_->Get(id, &copy));
      c = &copy;
    }
    const double evidence = Evidence(p, *c, context, context_docs, total_docs);
    Candidate cand;
    const bool ok = p.type == EntityType::kPerson ? ScorePerson(p, *c, evidence, &cand)
                                                  : ScoreOther(p, *c, evidence, &cand);
    if (!ok) continue;
    if (p.type == EntityType::kPerson && cand.tier == Tier::kPartial &&
        cand.evidence < options_.lone_name_evidence) {
      continue;  // a lone surname needs evidence across documents
    }
    accepted.push_back(cand);
  }
  if (accepted.empty()) return Status::Ok();
  std::sort(accepted.begin(), accepted.end(), [](const Candidate& a, const Candidate& b) {
    return a.score != b.score ? a.score > b.score : a.id < b.id;
  });
  const Candidate& best = accepted.front();
  if (accepted.size() > 1 && best.tier != Tier::kFull) {
    const Candidate& second = accepted[1];
    if (second.tier == best.tier && second.evidence >= options_.ambiguity_ratio * best.evidence) {
      return Status::Ok();  // two equally plausible referents: keep it apart
    }
  }
  p.global = best.id;
  return Status::Ok();
}

Status EntityResolver::Commit(const Document& doc, std::vector<EntityProfile>& profiles,
                              EntityResolution* out) {
  // Unlinked profiles that found nothing get a new entity; linked ones follow their target.
  for (EntityProfile& p : profiles) {
    if (p.global != 0 || p.link_to >= 0) continue;
    GlobalEntity fresh;
    fresh.type = p.type;
    fresh.first_document = doc.id;
    CT_RETURN_IF_ERROR(catalog_->Put(&fresh));
    p.global = fresh.id;
    p.created = true;
  }
  for (EntityProfile& p : profiles) {
    if (p.link_to >= 0) p.global = profiles[p.link_to].global;
  }
  // In-document duplicates fold into one update per global entity.
  std::vector<uint64_t> globals;
  for (const EntityProfile& p : profiles) {
    if (p.global != 0) globals.push_back(p.global);
  }
  std::sort(globals.begin(), globals.end());
  globals.erase(std::unique(globals.begin(), globals.end()), globals.end());

  for (uint64_t g : globals) {
    GlobalEntity e;
    CT_RETURN_IF_ERROR(catalog_->Get(g, &e));
    std::set<std::string> seen_aliases, seen_given, seen_roles;
    for (const EntityProfile& p : profiles) {
      if (p.global != g) continue;
      for (const std::string& s : p.surfaces) {
        if (seen_aliases.insert(s).second) ++e.aliases[s];
      }
      for (const PersonName& r : p.readings) {
        if (r.guessed || r.given.empty()) continue;
        const std::string seq = GivenString(r.given);
        if (seen_given.insert(seq).second) ++e.given_names[seq];
      }
      if (p.type == EntityType::kPerson && e.surname_key.empty()) {
        for (const PersonName& r : p.readings) {
          if (!r.guessed) {
            e.surname_key = r.surname.key;
            break;
          }
        }
      }
      for (const std::string& w : p.role_words) {
        if (seen_roles.insert(w).second) ++e.role_words[w];
      }
      ++e.type_votes[p.type];
    }
    // Type: the most voted, an untyped MISC losing to any real type.
    EntityType best_type = e.type;
    uint32_t best_votes = 0;
    for (const auto& [t, v] : e.type_votes) {
      const uint32_t weight = t == EntityType::kMisc ? 0 : v;
      if (weight > best_votes) {
        best_type = t;
        best_votes = weight;
      }
    }
    if (best_votes > 0) e.type = best_type;
    for (uint64_t other : globals) {
      if (other != g) ++e.cooccurring[other];
    }
    ++e.documents;
    if (e.first_document.empty()) e.first_document = doc.id;
    CapMap(&e.cooccurring, options_.max_cooccurring);
    CapMap(&e.aliases, options_.max_aliases);
    CapMap(&e.given_names, options_.max_aliases);
    CapMap(&e.role_words, options_.max_aliases);
    e.name = ChooseDisplayName(e);
    CT_RETURN_IF_ERROR(catalog_->Put(&e));
    // Blocking keys.
    for (const EntityProfile& p : profiles) {
      if (p.global != g) continue;
      if (e.type == EntityType::kPerson || p.type == EntityType::kPerson) {
        for (const std::string& k : p.surname_keys) {
          CT_RETURN_IF_ERROR(catalog_->AddKey("p:" + k, g));
        }
      }
      for (const std::string& k : p.alias_keys) CT_RETURN_IF_ERROR(catalog_->AddKey("a:" + k, g));
      for (const std::string& k : p.written_initialisms) {
        CT_RETURN_IF_ERROR(catalog_->AddKey("i:" + k, g));
      }
      for (const std::string& k : p.derived_initialisms) {
        CT_RETURN_IF_ERROR(catalog_->AddKey("i:" + k, g));
      }
    }
  }
  for (const EntityProfile& p : profiles) {
    out->global_ids[p.index] = p.global;
    out->created[p.index] = p.created;
  }
  return catalog_->AddDocuments(1);
}

Result<EntityResolution> EntityResolver::Resolve(const Document& doc) {
  EntityResolution out;
  out.global_ids.assign(doc.entities.size(), 0);
  out.created.assign(doc.entities.size(), false);
  std::vector<EntityProfile> profiles;
  profiles.reserve(doc.entities.size());
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    EntityProfile p = BuildEntityProfile(doc, static_cast<int>(i), *translit_);
    if (p.surfaces.empty() || p.alias_keys.empty()) continue;
    profiles.push_back(std::move(p));
  }
  // link_to is a position in `profiles`.
  LinkWithinDocument(profiles);
  CT_ASSIGN_OR_RETURN(const uint64_t total_docs, catalog_->DocumentCount());
  std::vector<uint64_t> context;
  std::vector<uint32_t> context_docs;  // documents of each context entity
  auto add_context = [&](uint64_t id) -> Status {
    if (std::find(context.begin(), context.end(), id) != context.end()) return Status::Ok();
    uint32_t docs = 0;
    if (const GlobalEntity* g = catalog_->Peek(id)) {
      docs = g->documents;
    } else {
      GlobalEntity g2;
      CT_RETURN_IF_ERROR(catalog_->Get(id, &g2));
      docs = g2.documents;
    }
    context.push_back(id);
    context_docs.push_back(docs);
    return Status::Ok();
  };
  // Strong names first, with no context; then weak ones with the strong ones as context.
  for (EntityProfile& p : profiles) {
    if (!p.strong || p.link_to >= 0) continue;
    CT_RETURN_IF_ERROR(ResolveProfile(p, {}, {}, total_docs));
    if (p.global != 0) CT_RETURN_IF_ERROR(add_context(p.global));
  }
  // Weak names, repeated while one of them finds its entity (which is context for the rest).
  for (bool progress = true; progress;) {
    progress = false;
    for (EntityProfile& p : profiles) {
      if (p.strong || p.link_to >= 0 || p.global != 0) continue;
      CT_RETURN_IF_ERROR(ResolveProfile(p, context, context_docs, total_docs));
      if (p.global == 0) continue;
      progress = true;
      CT_RETURN_IF_ERROR(add_context(p.global));
    }
  }
  // A strong name that found nothing may still be the same person as an existing surname-only
  // entity when the document's context supports it: retry with context.
  for (EntityProfile& p : profiles) {
    if (!p.strong || p.link_to >= 0 || p.global != 0 || p.type != EntityType::kPerson) continue;
    CT_RETURN_IF_ERROR(ResolveProfile(p, context, context_docs, total_docs));
  }
  CT_RETURN_IF_ERROR(Commit(doc, profiles, &out));
  return out;
}

std::string ChooseDisplayName(const GlobalEntity& e) {
  std::string best;
  double best_score = -1;
  for (const auto& [spelling, count] : e.aliases) {
    const size_t words = static_cast<size_t>(std::count(spelling.begin(), spelling.end(), ' ')) + 1;
    double score = static_cast<double>(count);
    if (e.type == EntityType::kPerson && words >= 2) score += 1000;  // full names first
    // Ties: a Latin-script spelling, then the longer one.
    const bool latin = DetectNameScript(spelling) == NameScript::kAscii ||
                       DetectNameScript(spelling) == NameScript::kLatin;
    if (latin) score += 0.5;
    // Then mixed case: a spelling in capitals is mostly a dateline ("KYIV —").
    if (std::any_of(spelling.begin(), spelling.end(),
                    [](char c) { return c >= 'a' && c <= 'z'; })) {
      score += 0.25;
    }
    if (score > best_score || (score == best_score && spelling.size() > best.size())) {
      best = spelling;
      best_score = score;
    }
  }
  return best;
}

}  // namespace claimtrace::resolve
