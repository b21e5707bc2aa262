// Conflicting figures: figures about the same thing that disagree, across articles or
// speakers, each with who gave it and where.
//
// Every figure of a document becomes a FigureFact: its range (a qualifier widens it: "about"
// +-15%, "at least" open above, "up to" open below, exact +-5%), a normalised unit, the event
// counted ("killed", "wounded", "casualties", "captured", "displaced", ...) and the kind of
// thing counted ("military", "people", "children", or the head word) read off `what`, the
// subjects (nationality words in `what`, NORP entities in its sentence; failing both, a country
// that gives the figure is taken to speak of its own side) and places (GPE/LOC
// entities in its sentence, the speaker excepted), and its source: the statement's speaker when
// the figure sits in a statement, otherwise the article's outlet. Facts are filed under
// "unit|event|thing|week" keys; a new fact is compared with the facts of its own and the two
// neighbouring weeks. Two facts are about the same thing when subjects and places do not
// contradict, their dates are within `window_days`, and, across articles, they share their story
// or both name subjects (which then intersect) or both name places; they
// conflict when their ranges do not overlap, unless they come from the same source in the same
// article.
// Goods "lost", "destroyed", "burned" or "ruined" are one event ("destroyed"; "damaged" is
// another). With a NounTaxonomy, a measured amount (not a count, share or sum of money) of a
// thing and of its broader noun ("tonnes of wheat", "tonnes of grain") are one topic inside one
// story (facts are also filed under the broader nouns' keys).
// A count with neither an event nor a specific counted thing ("three", "43 people") is never
// compared. Per document at most max_figures_per_document figures are filed; each is compared with
// the max_candidates most recent facts under its keys and keeps at most max_conflicts_per_fact
// pairwise conflicts (groups are connected components, so a few links place it).
//
// FigureState is the storage interface (tables: figure_keys(key, fact), figure_facts(id,
// record)); InMemoryFigureState implements it. Not thread-safe.
//
//   ConflictDetector detector(&state);
//   CT_ASSIGN_OR_RETURN(auto conflicts, detector.Add(doc, entity_ids, entity_names, story));
#ifndef CLAIMTRACE_RESOLVE_CONFLICTS_H_
#define CLAIMTRACE_RESOLVE_CONFLICTS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/status.h"

namespace claimtrace::resolve {

struct FigureFact {
  uint64_t id = 0;
  std::string doc_id;
  int figure = -1;   // index into the document's figures
  std::string text;  // as written, e.g. "7,000 to 15,000"
  double low = 0;
  double high = 0;
  Qualifier qualifier = Qualifier::kExact;
  std::string unit;   // normalised: "count" (people and plain counts), "%", "USD", ...
  std::string what;   // as given by the figures stage
  std::string event;  // "killed", "wounded", ... or "" for a plain count
  std::string thing;  // "military", "people", "children", or a head word stem
  // Stems of the broader nouns of the head word (NounTaxonomy: "wheat" -> "grain", "cereal");
  // empty without a taxonomy.
  std::vector<std::string> broader;
  std::vector<std::string> subjects;  // e.g. {"russi"} (first five letters, lower case)
  std::vector<uint64_t> places;       // global entity ids of places in the sentence
  std::vector<uint64_t> main_places;  // the document's two most-mentioned places
  std::string source;                 // who gave it: speaker or outlet, for display
  std::string source_key;             // normalised source
  std::string outlet;
  std::string published;  // "YYYY-MM-DD" or empty
  uint64_t story = 0;
};

struct FigureConflict {
  std::string topic;   // e.g. "military killed (russi)"
  FigureFact earlier;  // the stored fact
  FigureFact later;    // the new one
};

// Facts that disagree about one topic, side by side (for reports).
struct ConflictGroup {
  std::string topic;
  std::vector<FigureFact> facts;
};

// Broader nouns of a counted noun, for figures that name one thing at two levels ("12,000
// tonnes of wheat" / "9,000 tonnes of grain"). Implementations come from outside the resolve
// stage (a lexical database such as WordNet); they must be thread-compatible and return only
// nouns specific enough to be counted (not "substance", "food", "entity").
//
//   std::vector<std::string> b = taxonomy.Broader("wheat");  // {"grain", "cereal"}
class NounTaxonomy {
 public:
  virtual ~NounTaxonomy() = default;
  // Broader nouns of `noun` (lower case, singular or plural), nearest first; empty if unknown.
  virtual std::vector<std::string> Broader(std::string_view noun) const = 0;
};

class FigureState {
 public:
  virtual ~FigureState() = default;
  // Appends the at most `newest` highest fact ids filed under `key`, in ascending order.
  virtual Status Lookup(std::string_view key, size_t newest, std::vector<uint64_t>* facts) = 0;
  virtual Status AddKey(std::string_view key, uint64_t fact) = 0;
  virtual Status Get(uint64_t id, FigureFact* out) = 0;  // kNotFound when unknown
  virtual Status Put(FigureFact* fact) = 0;              // id 0 assigns a new id
};

class InMemoryFigureState final : public FigureState {
 public:
  Status Lookup(std::string_view key, size_t newest, std::vector<uint64_t>* facts) override;
  Status AddKey(std::string_view key, uint64_t fact) override;
  Status Get(uint64_t id, FigureFact* out) override;
  Status Put(FigureFact* fact) override;

 private:
  std::unordered_map<std::string, std::vector<uint64_t>> keys_;
  std::unordered_map<uint64_t, FigureFact> facts_;
  uint64_t next_id_ = 1;
};

struct ConflictOptions {
  int window_days = 7;  // facts further apart in time are not compared
  double exact_tolerance = 0.05;
  double approx_tolerance = 0.15;
  // Stored facts compared per new figure: the most recent ones filed under its key (a common
  // key such as "count||people" collects thousands in a busy week).
  size_t max_candidates = 300;
  // Pairwise conflicts recorded per new fact (the most recent ones). Groups are connected
  // components, so a few links place a fact in its group; without a cap, n reports of one
  // disputed count would store n^2/2 pairs.
  size_t max_conflicts_per_fact = 8;
  // Figures of one document filed and compared (the rest are left out).
  size_t max_figures_per_document = 1000;
  // Broader nouns of counted things (not owned; may be null: things must then match exactly).
  const NounTaxonomy* taxonomy = nullptr;
};

// The fact for doc.figures[index]. `entity_ids` are the global ids of doc.entities.
FigureFact MakeFigureFact(const Document& doc, size_t index,
                          const std::vector<uint64_t>& entity_ids, uint64_t story,
                          const NounTaxonomy* taxonomy = nullptr);

// The interval a fact allows, after its qualifier and the tolerances.
std::pair<double, double> FactInterval(const FigureFact& f, const ConflictOptions& options = {});

// True when two facts are about the same thing (see the header comment); false for two facts
// from the same source in the same article.
bool SameTopic(const FigureFact& a, const FigureFact& b, const ConflictOptions& options = {});

// True when two facts about the same thing disagree.
bool Disagree(const FigureFact& a, const FigureFact& b, const ConflictOptions& options = {});

class ConflictDetector {
 public:
  explicit ConflictDetector(FigureState* state, ConflictOptions options = {});

  // Files every figure of `doc` and returns the conflicts it creates with stored facts (and
  // between its own figures).
  Result<std::vector<FigureConflict>> Add(const Document& doc,
                                          const std::vector<uint64_t>& entity_ids, uint64_t story);

 private:
  FigureState* state_;
  ConflictOptions options_;
};

// Joins pairwise conflicts into groups of facts per topic (connected components).
std::vector<ConflictGroup> GroupConflicts(const std::vector<FigureConflict>& conflicts);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_CONFLICTS_H_
