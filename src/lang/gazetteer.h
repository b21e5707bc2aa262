// Gazetteer: named lists matched over tokens. Places come from Debian's iso-codes JSON
// (ISO 3166-1 countries, ISO 3166-2 subdivisions) and ICU's English country names; curated
// lists written for the project live in data/lexicons/ (places, demonyms, titles, organisation
// head words, outlets, event words). Phrases are stored as hashes of their lower-cased tokens
// (tokenised with the project tokenizer), so matching is allocation-free.
//
// Two Debian word lists are read at run time as well: WordNet 3.0 (package wordnet-base;
// capitalised lemmas of the person, location, group, object and event lexicographer files
// become phrases) and the SCOWL word list (package wamerican-large; whether a word exists in
// lower case and/or capitalised), located with $CLAIMTRACE_WORDNET_DIR / $CLAIMTRACE_WORDS.
//
// Each phrase carries category bits (GazBit). Bits of "proper" lists (places, demonyms,
// titles, outlets, organisation words) only match when the text's first token of the phrase is
// capitalised; role nouns match in any case.
//
// Load once, then immutable and thread-safe.
//
//   CT_ASSIGN_OR_RETURN(auto gaz, Gazetteer::Load(data_dir));
//   gaz->Match(text, tokens, keys, &matches);
#ifndef CLAIMTRACE_LANG_GAZETTEER_H_
#define CLAIMTRACE_LANG_GAZETTEER_H_

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/lang.h"
#include "claimtrace/status.h"
#include "lang/flat_map.h"
#include "lang/lexical.h"

namespace claimtrace::lang {

enum GazBit : uint32_t {
  kGazCountry = 1u << 0,
  kGazCity = 1u << 1,
  kGazRegion = 1u << 2,  // administrative region, state, province, disputed territory
  kGazArea = 1u << 3,    // continent, geographic region (LOC)
  kGazWater = 1u << 4,   // LOC
  kGazLand = 1u << 5,    // LOC
  kGazNationality = 1u << 6,
  kGazEthnic = 1u << 7,
  kGazReligious = 1u << 8,
  kGazPolitical = 1u << 9,
  kGazTitle = 1u << 10,      // capitalised title or rank before a name
  kGazRole = 1u << 11,       // role noun, any case
  kGazOrgWord = 1u << 12,    // organisation head word (Ministry, Party, Institute)
  kGazMilitary = 1u << 13,   // Corps, Legion, Brigade
  kGazGovWord = 1u << 14,    // Directorate, Service, Agency
  kGazCompany = 1u << 15,    // Inc., Ltd, Bank
  kGazMediaWord = 1u << 16,  // Times, News, Radio
  kGazEduWord = 1u << 17,    // University, College
  kGazOutlet = 1u << 18,
  kGazOutletWeak = 1u << 19,  // outlet name that is also an ordinary word ("Metro")
  kGazEvent = 1u << 20,       // event head word (War, Olympics, Summit)
  kGazSubdivision = 1u << 21,
  kGazWnPerson = 1u << 22,    // WordNet noun.person proper name
  kGazWnLocation = 1u << 23,  // WordNet noun.location proper name
  kGazWnGroup = 1u << 24,     // WordNet noun.group proper name (organisations, peoples)
  kGazWnObject = 1u << 25,    // WordNet noun.object proper name (rivers, mountains)
  kGazWnEvent = 1u << 26,     // WordNet noun.event / noun.act proper name
};

// Gazetteer::DictBits: how a word appears in the system word list (/usr/share/dict/words).
inline constexpr uint32_t kDictLower = 1u << 0;  // as a lower-case (common) word
inline constexpr uint32_t kDictCap = 1u << 1;    // capitalised (a name)

inline constexpr uint32_t kGazPlace = kGazCountry | kGazCity | kGazRegion | kGazSubdivision;
inline constexpr uint32_t kGazGeo = kGazArea | kGazWater | kGazLand;
inline constexpr uint32_t kGazNorp = kGazNationality | kGazEthnic | kGazReligious | kGazPolitical;
inline constexpr uint32_t kGazOrgHead =
    kGazOrgWord | kGazMilitary | kGazGovWord | kGazCompany | kGazMediaWord | kGazEduWord;

// A phrase found in the text: tokens [begin, end) and its category bits.
struct GazMatch {
  uint32_t begin = 0;
  uint32_t end = 0;
  uint32_t bits = 0;
  uint16_t group = 0;  // country group (same ISO 3166-1 code), 0 = none
};

struct GazetteerStats {
  size_t phrases = 0;
  size_t countries = 0;
  size_t subdivisions = 0;
  size_t wordnet = 0;
  size_t words = 0;
};

class Gazetteer {
 public:
  // Reads data/lexicons/*.tsv via FindDataFile(…, data_dir), the iso-codes JSON (from
  // /usr/share/iso-codes/json, or $CLAIMTRACE_ISO_CODES_DIR), WordNet and the word list. Any of
  // them missing or malformed is an error naming the file (and the Debian package to install).
  static Result<std::unique_ptr<Gazetteer>> Load(std::string_view data_dir);

  // An empty gazetteer plus phrases added by AddPhrase (tests).
  Gazetteer();
  // `group` links aliases of one country ("US", "United States", "America"); 0 = none.
  void AddPhrase(std::string_view phrase, uint32_t cap_bits, uint32_t any_bits, uint16_t group = 0);

  // Longest non-overlapping matches, left to right. `keys[i]` are the tokens' keys.
  void Match(const std::vector<Token>& tokens, const std::vector<TokenKeys>& keys,
             std::vector<GazMatch>* out) const;

  // Bits of the single-token phrase with this lower-cased hash (capitalised form), or 0.
  uint32_t WordBits(uint64_t lower_hash, bool capitalized) const;

  // kDict* bits of a single word by its lower-cased hash.
  uint32_t DictBits(uint64_t lower_hash) const {
    const uint32_t* v = words_.Find(lower_hash);
    return v ? *v & kWordDictMask : 0;
  }

  // Cache hint for a later DictBits(lower_hash) (batched lookups); no effect on results.
  void PrefetchDict(uint64_t lower_hash) const { words_.Prefetch(lower_hash); }

  // Bits (and country group) of a whole phrase given as text, for typing entity names.
  uint32_t PhraseBits(std::string_view phrase, uint16_t* group = nullptr) const;

  // Country group of an ISO 3166-1 alpha-2 code (assigning a new one if unknown).
  uint16_t GroupOf(std::string_view alpha2);

  const GazetteerStats& stats() const { return stats_; }

 private:
  Status LoadTsv(const std::string& path, std::string_view file_name);
  Status LoadIsoCodes(const std::string& dir);
  Status LoadWordNet(const std::string& dir);
  Status LoadWordList(const std::string& path);

  struct Entry {
    uint32_t cap_bits = 0;
    uint32_t any_bits = 0;
    uint16_t group = 0;
  };
  std::vector<std::string> group_codes_;  // group id - 1 -> alpha-2 code
  FlatMap phrases_;                       // phrase hash -> index into entries_
  std::vector<Entry> entries_;
  // Word lower hash -> its kDict* bits (low 8 bits) | the length in tokens of the longest
  // phrase it starts << 8: one table, so that the word-list lookup of PrepareNerTokens brings
  // in the line Match reads next.
  static constexpr uint32_t kWordDictMask = 0xFF;
  FlatMap words_;
  GazetteerStats stats_;
};

// Hash of a phrase from its tokens' lower hashes (the key Match looks up).
inline uint64_t PhraseHashStep(uint64_t h, uint64_t token_lower) {
  return h * 0x100000001b3ull ^ (token_lower + 0x9E3779B97F4A7C15ull);
}

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_GAZETTEER_H_
