// Figure facts are read off the figure, its `what`, its sentence's entities and its statement;
// candidates come from unit|event|thing|week keys (the fact's week and its neighbours), and
// pairs that are about the same thing with non-overlapping intervals are conflicts. Covered by
// src/resolve/conflicts_test.cc and the golden cases in tests/golden/resolve/.
#include "resolve/conflicts.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>
#include <map>
#include <set>

#include "resolve/claims.h"
#include "resolve/story_clusters.h"
#include "resolve/text_features.h"

namespace claimtrace::resolve {
namespace {

bool In(std::string_view w, std::initializer_list<std::string_view> set) {
  return std::find(set.begin(), set.end(), w) != set.end();
}

std::string NormalizeUnit(const std::optional<std::string>& unit) {
  if (!unit || unit->empty()) return "count";
  std::string u;
  for (const std::string& w : FoldedWords(*unit)) {
    if (!u.empty()) u.push_back(' ');
    u += w;
  }
  if (u.empty()) {
    if (*unit == "%") return "%";
    if (*unit == "$") return "USD";
    return *unit;
  }
  if (In(u, {"people", "person", "persons", "count", "individuals"})) return "count";
  if (In(u, {"percent", "per cent", "percentage", "pct"})) return "%";
  if (In(u, {"usd", "dollars", "dollar", "us dollars"})) return "USD";
  if (In(u, {"eur", "euros", "euro"})) return "EUR";
  if (In(u, {"gbp", "pounds", "pound", "sterling"})) return "GBP";
  return u;
}

// Event counted, from the words of `what`.
std::string EventOf(const std::vector<std::string>& words) {
  bool killed = false, wounded = false;
  std::string event;
  for (const std::string& w : words) {
    if (In(w, {"killed", "kill", "kills", "dead", "died", "die", "dies", "death", "deaths", "lives",
               "fatalities", "perished", "toll", "killing"})) {
      killed = true;
    } else if (In(w, {"wounded", "injured", "injuries", "injuring", "hurt", "wounding"})) {
      wounded = true;
    } else if (In(w, {"casualties", "casualty", "losses", "lost", "lose"})) {
      event = "casualties";
    } else if (In(w,
                  {"captured", "prisoners", "prisoner", "detained", "arrested", "pows", "pow"})) {
      event = "captured";
    } else if (In(w, {"displaced", "refugees", "fled", "evacuated", "evacuees", "relocated",
                      "resettled", "moved", "homeless"})) {
      event = "displaced";
    } else if (In(w, {"missing"})) {
      event = "missing";
    } else if (In(w, {"destroyed", "burned", "burnt", "razed", "wrecked", "gutted", "ruined",
                      "spoiled", "spoilt"})) {
      event = "destroyed";
    } else if (In(w, {"damaged"})) {
      event = "damaged";
    }
  }
  if (killed && wounded) return "casualties";
  if (killed) return "killed";
  if (wounded) return "wounded";
  return event;
}

// What is counted, from the words of `what`: the kind, and the word it was read from (empty
// for the fixed kinds).
struct Thing {
  std::string kind;
  std::string word;
};
Thing ThingOf(const std::vector<std::string>& words) {
  Thing last;
  for (const std::string& w : words) {
    if (In(w, {"soldiers", "soldier", "troops", "troop", "servicemen", "serviceman",
               "servicemembers", "personnel", "fighters", "militants", "forces", "marines",
               "sailors", "combatants", "mercenaries"})) {
      return {"military", ""};
    }
    if (In(w, {"civilians", "civilian", "people", "persons", "residents", "citizens", "inhabitants",
               "individuals"})) {
      return {"people", ""};
    }
    if (In(w, {"children", "child", "kids", "minors"})) return {"children", ""};
    if (IsStopword(w) || !EventOf({w}).empty()) continue;
    last = {Stem(w), w};
  }
  if (last.kind.empty()) last.kind = "count";
  return last;
}

// A measured amount (tonnes, litres, hectares), not a count of individuals, a share or money:
// "two airplanes" and "five aircraft" are a part and a whole, not two readings of one amount.
bool MeasuredAmount(const FigureFact& f) {
  if (f.unit == "count" || f.unit == "%") return false;
  const bool currency_code =
      f.unit.size() == 3 &&
      std::all_of(f.unit.begin(), f.unit.end(), [](char c) { return c >= 'A' && c <= 'Z'; });
  return !currency_code;
}

bool CountsPeople(std::string_view thing) {
  return In(thing, {"military", "people", "children", "count", "person"});
}

std::string SubjectKey(std::string_view folded) {
  // Compare nationality and country words by their start (russian/russia, ukrainian/ukraine).
  size_t bytes = 0, cps = 0;
  while (bytes < folded.size() && cps < 5) {
    const auto c = static_cast<unsigned char>(folded[bytes]);
    bytes += c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    ++cps;
  }
  return std::string(folded.substr(0, std::min(bytes, folded.size())));
}

ByteSpan SentenceOf(const Document& doc, ByteSpan span) {
  for (const ByteSpan& s : doc.sentences) {
    if (s.Contains(span)) return s;
  }
  // No sentence split: the line around the figure.
  const size_t b = doc.text.rfind('\n', span.start == 0 ? 0 : span.start - 1);
  const size_t e = doc.text.find('\n', span.end);
  const uint32_t start =
      (b == std::string::npos || span.start == 0) ? 0 : static_cast<uint32_t>(b + 1);
  const uint32_t end =
      e == std::string::npos ? static_cast<uint32_t>(doc.text.size()) : static_cast<uint32_t>(e);
  return {start, end};
}

bool Intersects(const std::vector<std::string>& a, const std::vector<std::string>& b) {
  for (const std::string& x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  }
  return false;
}

bool Intersects(const std::vector<uint64_t>& a, const std::vector<uint64_t>& b) {
  for (uint64_t x : a) {
    if (std::find(b.begin(), b.end(), x) != b.end()) return true;
  }
  return false;
}

std::string WeekKey(std::string_view published, int offset) {
  const auto days = DaysBetween("1970-01-05", published);  // a Monday
  if (!days) return "nodate";
  const int64_t week = static_cast<int64_t>(std::floor(*days / 7.0)) + offset;
  return std::to_string(week);
}

std::string TopicOf(const FigureFact& f) {
  std::string t = f.thing;
  if (!f.event.empty()) t += " " + f.event;
  if (f.unit != "count") t += " [" + f.unit + "]";
  if (!f.subjects.empty()) {
    t += " (";
    for (size_t i = 0; i < f.subjects.size(); ++i) t += (i ? ", " : "") + f.subjects[i];
    t += ")";
  }
  return t;
}

}  // namespace

FigureFact MakeFigureFact(const Document& doc, size_t index,
                          const std::vector<uint64_t>& entity_ids, uint64_t story,
                          const NounTaxonomy* taxonomy) {
  const Figure& fig = doc.figures[index];
  FigureFact f;
  f.doc_id = doc.id;
  f.figure = static_cast<int>(index);
  if (fig.span.end <= doc.text.size()) f.text = std::string(doc.Slice(fig.span));
  f.low = std::min(fig.low, fig.high);
  f.high = std::max(fig.low, fig.high);
  f.qualifier = fig.qualifier;
  f.unit = NormalizeUnit(fig.unit);
  f.what = fig.what.value_or("");
  const std::vector<std::string> words = FoldedWords(f.what);
  f.event = EventOf(words);
  const Thing thing = ThingOf(words);
  f.thing = thing.kind;
  // A measured amount of goods that was "lost" was destroyed, not casualties ("12,000 tonnes of
  // wheat had been lost" and "30,000 tonnes of grain destroyed" count one loss); counts ("250
  // Americans lost", "jobs lost") and "losses" stay casualties.
  if (f.event == "casualties" && !CountsPeople(f.thing) && MeasuredAmount(f) &&
      std::none_of(words.begin(), words.end(), [](const std::string& w) {
        return In(w, {"casualties", "casualty", "losses", "toll"});
      })) {
    f.event = "destroyed";
  }
  if (taxonomy != nullptr && !thing.word.empty()) {
    for (const std::string& broader : taxonomy->Broader(thing.word)) {
      std::string stem = Stem(broader);
      if (!stem.empty() && stem != f.thing &&
          std::find(f.broader.begin(), f.broader.end(), stem) == f.broader.end()) {
        f.broader.push_back(std::move(stem));
      }
    }
  }
  f.outlet = doc.outlet.value_or("");
  f.published = doc.published.value_or("");
  f.story = story;
  // Source: the statement's speaker, else the outlet.
  std::string speaker_entity;
  if (fig.statement && *fig.statement >= 0 &&
      static_cast<size_t>(*fig.statement) < doc.statements.size()) {
    const Statement& st = doc.statements[*fig.statement];
    if (st.speaker.entity) {
      speaker_entity = *st.speaker.entity;
      for (size_t i = 0; i < doc.entities.size(); ++i) {
        if (doc.entities[i].id == speaker_entity) {
          f.source = doc.entities[i].name;
          if (i < entity_ids.size() && entity_ids[i] != 0) {
            f.source_key = "g" + std::to_string(entity_ids[i]);
          }
        }
      }
    }
    if (f.source.empty() && st.speaker.name) f.source = *st.speaker.name;
    if (f.source.empty() && st.speaker.span && st.speaker.span->end <= doc.text.size()) {
      f.source = std::string(doc.Slice(*st.speaker.span));
    }
    if (f.source_key.empty() && !f.source.empty()) {
      f.source_key = std::string(ToString(st.speaker.kind)) + ":" + OutletKey(f.source);
    }
  }
  if (f.source.empty()) {
    f.source = f.outlet.empty() ? doc.id : f.outlet;
    f.source_key = "o:" + OutletKey(f.source);
  }
  // Subjects and places.
  {
    WordScanner scan(f.what);
    while (scan.Next()) {
      if (scan.capitalized()) f.subjects.push_back(SubjectKey(scan.word()));
    }
  }
  const ByteSpan sentence = SentenceOf(doc, fig.span);
  for (size_t i = 0; i < doc.entities.size(); ++i) {
    const Entity& e = doc.entities[i];
    if (e.id == speaker_entity) continue;
    const bool in_sentence = std::any_of(e.mentions.begin(), e.mentions.end(),
                                         [&](const ByteSpan& m) { return sentence.Contains(m); });
    if (!in_sentence) continue;
    if (e.type == EntityType::kNorp) {
      for (const std::string& w : FoldedWords(e.name)) f.subjects.push_back(SubjectKey(w));
    } else if ((e.type == EntityType::kGpe || e.type == EntityType::kLoc) &&
               i < entity_ids.size() && entity_ids[i] != 0) {
      f.places.push_back(entity_ids[i]);
    }
  }
  // A country giving a figure without saying whose it is speaks of its own side ("Russia said
  // nearly 500 soldiers had been killed").
  if (f.subjects.empty() && !speaker_entity.empty()) {
    for (const Entity& e : doc.entities) {
      if (e.id != speaker_entity || (e.type != EntityType::kGpe && e.type != EntityType::kNorp)) {
        continue;
      }
      const std::vector<std::string> words = FoldedWords(e.name);
      if (!words.empty()) f.subjects.push_back(SubjectKey(words.front()));
    }
  }
  std::sort(f.subjects.begin(), f.subjects.end());
  f.subjects.erase(std::unique(f.subjects.begin(), f.subjects.end()), f.subjects.end());
  std::sort(f.places.begin(), f.places.end());
  f.places.erase(std::unique(f.places.begin(), f.places.end()), f.places.end());
  // The article's own places: its two most-mentioned (first mentioned first on ties).
  std::vector<std::pair<size_t, size_t>> by_mentions;  // (mentions, entity index)
  for (size_t i = 0; i < doc.entities.size() && i < entity_ids.size(); ++i) {
    const Entity& e = doc.entities[i];
    if ((e.type == EntityType::kGpe || e.type == EntityType::kLoc) && entity_ids[i] != 0) {
      by_mentions.emplace_back(e.mentions.size(), i);
    }
  }
  std::stable_sort(by_mentions.begin(), by_mentions.end(),
                   [](const auto& x, const auto& y) { return x.first > y.first; });
  for (size_t k = 0; k < by_mentions.size() && k < 2; ++k) {
    f.main_places.push_back(entity_ids[by_mentions[k].second]);
  }
  return f;
}

std::pair<double, double> FactInterval(const FigureFact& f, const ConflictOptions& options) {
  const double inf = std::numeric_limits<double>::infinity();
  switch (f.qualifier) {
    case Qualifier::kExact:
      return {f.low * (1 - options.exact_tolerance), f.high * (1 + options.exact_tolerance)};
    case Qualifier::kApprox:
      return {f.low * (1 - options.approx_tolerance), f.high * (1 + options.approx_tolerance)};
    case Qualifier::kAtLeast:
      return {f.low * (1 - options.exact_tolerance), inf};
    case Qualifier::kAtMost:
      return {0, f.high * (1 + options.exact_tolerance)};
    case Qualifier::kRange:
      return {f.low * (1 - options.exact_tolerance), f.high * (1 + options.exact_tolerance)};
  }
  return {f.low, f.high};
}

bool BroaderThing(const FigureFact& a, const FigureFact& b) {
  return a.thing != b.thing && MeasuredAmount(a) &&
         (std::find(a.broader.begin(), a.broader.end(), b.thing) != a.broader.end() ||
          std::find(b.broader.begin(), b.broader.end(), a.thing) != b.broader.end());
}

bool SameTopic(const FigureFact& a, const FigureFact& b, const ConflictOptions& options) {
  if (a.doc_id == b.doc_id && a.source_key == b.source_key) return false;
  if (a.unit != b.unit || a.event != b.event) return false;
  // One thing named at two levels ("wheat" and "grain"): only inside one story, where both
  // describe the same loss; across stories a word's broader noun is too weak a link.
  const bool broader = BroaderThing(a, b);
  if (a.thing != b.thing && !broader) return false;
  if (broader && a.doc_id != b.doc_id && (a.story == 0 || a.story != b.story)) return false;
  // A count with no event and no specific thing ("three", "43 people") says too little about
  // what it counts to be compared: never a topic.
  if (a.event.empty() &&
      (a.thing.empty() || a.thing == "count" || a.thing == "people" || a.thing == "person")) {
    return false;
  }
  if (!a.subjects.empty() && !b.subjects.empty() && !Intersects(a.subjects, b.subjects)) {
    return false;
  }
  if (!a.places.empty() && !b.places.empty() && !Intersects(a.places, b.places)) return false;
  if (a.doc_id == b.doc_id) {
    // In one article a figure that names no place is about the article's own places (its two
    // most mentioned): one that names only other places ("Moscow lost 15,000 soldiers in
    // Afghanistan") is another topic.
    const FigureFact& placed = a.places.empty() ? b : a;
    if (a.places.empty() != b.places.empty() && !a.main_places.empty() &&
        !Intersects(placed.places, a.main_places)) {
      return false;
    }
    return true;
  }
  const bool same_story = a.story != 0 && a.story == b.story;
  // Across articles, silence is no evidence: the two facts must share the story, a subject or a
  // place ("two places" in a sports report and "17 places" in a business one a week apart are
  // not one topic).
  const bool shared = same_story || (!a.subjects.empty() && !b.subjects.empty()) ||
                      (!a.places.empty() && !b.places.empty());
  if (!shared) return false;
  if (!a.published.empty() && !b.published.empty()) {
    const auto days = DaysBetween(a.published, b.published);
    return days && std::abs(*days) <= options.window_days;
  }
  return same_story;
}

bool Disagree(const FigureFact& a, const FigureFact& b, const ConflictOptions& options) {
  const auto [alo, ahi] = FactInterval(a, options);
  const auto [blo, bhi] = FactInterval(b, options);
  return ahi < blo || bhi < alo;
}

Status InMemoryFigureState::Lookup(std::string_view key, size_t newest,
                                   std::vector<uint64_t>* facts) {
  auto it = keys_.find(std::string(key));
  if (it == keys_.end()) return Status::Ok();
  const std::vector<uint64_t>& ids = it->second;  // ascending: facts are filed as they are made
  facts->insert(facts->end(), ids.end() - static_cast<long>(std::min(newest, ids.size())),
                ids.end());
  return Status::Ok();
}

Status InMemoryFigureState::AddKey(std::string_view key, uint64_t fact) {
  keys_[std::string(key)].push_back(fact);
  return Status::Ok();
}

Status InMemoryFigureState::Get(uint64_t id, FigureFact* out) {
  auto it = facts_.find(id);
  if (it == facts_.end()) return NotFoundError("no figure fact " + std::to_string(id));
  *out = it->second;
  return Status::Ok();
}

Status InMemoryFigureState::Put(FigureFact* fact) {
  if (fact->id == 0) fact->id = next_id_++;
  next_id_ = std::max(next_id_, fact->id + 1);
  facts_[fact->id] = *fact;
  return Status::Ok();
}

ConflictDetector::ConflictDetector(FigureState* state, ConflictOptions options)
    : state_(state), options_(options) {}

Result<std::vector<FigureConflict>> ConflictDetector::Add(const Document& doc,
                                                          const std::vector<uint64_t>& entity_ids,
                                                          uint64_t story) {
  std::vector<FigureConflict> out;
  const size_t n = std::min(doc.figures.size(), options_.max_figures_per_document);
  for (size_t i = 0; i < n; ++i) {
    FigureFact fact = MakeFigureFact(doc, i, entity_ids, story, options_.taxonomy);
    if (fact.text.empty()) continue;
    // Filed and looked up under the thing and each broader noun of it (SameTopic then keeps
    // only a thing and its broader nouns, not two narrower nouns of one broader one).
    std::vector<std::string> bases = {"f:" + fact.unit + "|" + fact.event + "|" + fact.thing + "|"};
    for (const std::string& b : fact.broader) {
      bases.push_back("f:" + fact.unit + "|" + fact.event + "|" + b + "|");
    }
    std::vector<uint64_t> ids;
    for (const std::string& base : bases) {
      if (!fact.published.empty()) {
        for (int w = -1; w <= 1; ++w) {
          CT_RETURN_IF_ERROR(
              state_->Lookup(base + WeekKey(fact.published, w), options_.max_candidates, &ids));
        }
      }
      // Undated facts of the same story still count.
      CT_RETURN_IF_ERROR(state_->Lookup(base + "nodate", options_.max_candidates, &ids));
    }
    if (bases.size() > 1) {
      std::sort(ids.begin(), ids.end());
      ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    }
    if (ids.size() > options_.max_candidates) {
      ids.erase(ids.begin(), ids.end() - static_cast<long>(options_.max_candidates));
    }
    CT_RETURN_IF_ERROR(state_->Put(&fact));  // assigns fact.id
    FigureFact other;
    std::vector<FigureConflict> found;
    for (uint64_t id : ids) {
      if (id == fact.id) continue;
      CT_RETURN_IF_ERROR(state_->Get(id, &other));
      if (SameTopic(other, fact, options_) && Disagree(other, fact, options_)) {
        FigureFact named = fact.subjects.empty() ? other : fact;
        // Named by the broader noun: "grain destroyed", not "wheat destroyed".
        if (other.thing != fact.thing) {
          const FigureFact& general =
              std::find(fact.broader.begin(), fact.broader.end(), other.thing) != fact.broader.end()
                  ? other
                  : fact;
          named.thing = general.thing;
        }
        found.push_back({TopicOf(named), other, fact});
      }
    }
    const size_t keep = std::min(found.size(), options_.max_conflicts_per_fact);
    out.insert(out.end(), std::make_move_iterator(found.end() - static_cast<long>(keep)),
               std::make_move_iterator(found.end()));
    for (const std::string& base : bases) {
      CT_RETURN_IF_ERROR(state_->AddKey(
          base + (fact.published.empty() ? std::string("nodate") : WeekKey(fact.published, 0)),
          fact.id));
    }
  }
  return out;
}

std::vector<ConflictGroup> GroupConflicts(const std::vector<FigureConflict>& conflicts) {
  std::map<uint64_t, uint64_t> parent;
  std::map<uint64_t, FigureFact> facts;
  std::function<uint64_t(uint64_t)> find = [&](uint64_t x) {
    while (parent[x] != x) x = parent[x] = parent[parent[x]];
    return x;
  };
  for (const FigureConflict& c : conflicts) {
    for (const FigureFact* f : {&c.earlier, &c.later}) {
      if (!parent.count(f->id)) parent[f->id] = f->id;
      facts[f->id] = *f;
    }
    parent[find(c.later.id)] = find(c.earlier.id);
  }
  std::map<uint64_t, ConflictGroup> groups;
  for (const FigureConflict& c : conflicts) {
    ConflictGroup& g = groups[find(c.earlier.id)];
    if (g.topic.empty()) g.topic = c.topic;
  }
  for (auto& [id, f] : facts) groups[find(id)].facts.push_back(f);
  std::vector<ConflictGroup> out;
  for (auto& [root, g] : groups) {
    std::sort(g.facts.begin(), g.facts.end(), [](const FigureFact& a, const FigureFact& b) {
      return a.published != b.published ? a.published < b.published : a.id < b.id;
    });
    out.push_back(std::move(g));
  }
  return out;
}

}  // namespace claimtrace::resolve
