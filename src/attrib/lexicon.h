// Lexicons of the attribution stage: cue words (data/lexicons/attrib_cues.tsv), head nouns of
// unnamed speakers (attrib_speakers.tsv) and news outlets / platforms (attrib_outlets.tsv).
//
// Lookups take the word already lower-cased (ASCII) except the outlet lookups, which are
// case-sensitive ("Sun" the paper, "sun" the star). Loaded once, then immutable and thread-safe.
//
//   CT_ASSIGN_OR_RETURN(attrib::Lexicon lex, attrib::Lexicon::Load(data_dir));
//   if (const attrib::CueEntry* c = lex.Cue("claimed"); c && (c->bits & attrib::kCueHedge)) ...
#ifndef CLAIMTRACE_ATTRIB_LEXICON_H_
#define CLAIMTRACE_ATTRIB_LEXICON_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/status.h"

namespace claimtrace::attrib {

// CueEntry::bits: classes (a form can have several, e.g. "claims" verb and noun) and flags.
inline constexpr uint16_t kCueSpeech = 1 << 0;
inline constexpr uint16_t kCueWrite = 1 << 1;
inline constexpr uint16_t kCueBelief = 1 << 2;
inline constexpr uint16_t kCueAccuse = 1 << 3;
inline constexpr uint16_t kCueEvaluate = 1 << 4;
inline constexpr uint16_t kCueShow = 1 << 5;
inline constexpr uint16_t kCueNoun = 1 << 6;
inline constexpr uint16_t kCueClassMask = (1 << 7) - 1;
inline constexpr uint16_t kCueHedge = 1 << 8;       // "claimed", "alleged"
inline constexpr uint16_t kCueAddressee = 1 << 9;   // "told Y", "warned Y"
inline constexpr uint16_t kCueAsk = 1 << 10;        // questions
inline constexpr uint16_t kCuePassiveOk = 1 << 11;  // "is said to", "is believed to"
inline constexpr uint16_t kCueCore = 1 << 12;       // unambiguous verbs of saying
inline constexpr uint16_t kCueObject = 1 << 13;     // takes a reported fact as its object

struct CueEntry {
  uint16_t bits = 0;
  uint16_t lemma = 0;  // index into Lexicon::Lemma (of the first lemma listing the form)
};

enum class MediaClass : uint8_t { kNone, kOutlet, kMediaWord, kPlatform };

class Lexicon {
 public:
  // Reads the three files through FindDataFile (override dir first).
  static Result<Lexicon> Load(std::string_view data_dir);
  // Parses file contents; `names` are used in error messages.
  static Result<Lexicon> Parse(std::string_view cues_tsv, std::string_view speakers_tsv,
                               std::string_view outlets_tsv);

  const CueEntry* Cue(std::string_view lower) const;
  // The same answer as Cue(lower), given word_hash == HashBytes(lower) (perceptron.h): one
  // probe of a flat table keyed by the hash, the string compared on a hash match. Built by
  // Parse; lexicon_test.cc compares the two.
  const CueEntry* CueByHash(uint64_t word_hash, std::string_view lower) const;
  std::string_view Lemma(uint16_t id) const { return lemmas_[id]; }
  size_t lemma_count() const { return lemmas_.size(); }
  // Kind of an unnamed speaker whose head noun is `lower`, if listed.
  std::optional<SpeakerKind> HeadKind(std::string_view lower) const;
  // Case-sensitive: a known outlet name ("Reuters", "Sky"), a media word ("Times", "News") or a
  // platform ("Twitter", "social media"). Multi-word names are looked up joined by one space.
  MediaClass Media(std::string_view name) const;

 private:
  struct Hash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
  };
  std::unordered_map<std::string, CueEntry, Hash, std::equal_to<>> cues_;
  // Flat copy of cues_ for CueByHash: open addressing over (hash, index into cue_list_).
  struct CueSlot {
    uint64_t hash = 0;
    uint32_t index = 0;  // index + 1; 0 = empty
  };
  std::vector<std::pair<std::string, CueEntry>> cue_list_;
  std::vector<CueSlot> cue_slots_;
  void BuildCueIndex();
  std::vector<std::string> lemmas_;
  std::unordered_map<std::string, SpeakerKind, Hash, std::equal_to<>> heads_;
  std::unordered_map<std::string, MediaClass, Hash, std::equal_to<>> media_;
};

// ASCII lower-casing into `out` (other bytes copied unchanged); returns a view of `out`.
std::string_view LowerAscii(std::string_view s, std::string* out);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_LEXICON_H_
