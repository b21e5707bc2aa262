// The trained attribution model: three averaged perceptrons (cue tagger, source span scorer,
// content piece scorer) plus a provenance note, stored in one versioned, checksummed file
// (data/models/attrib.model, written by `attrib_tool train`).
//
// File layout (little-endian): "CTATTRIB" | u32 format version | u32 feature version |
// u64 payload bytes | u64 XXH64 of the payload | u64 compressed bytes | zlib(payload).
// Payload: u32 meta length, meta (UTF-8 text), u64 cue vocabulary size and its hashes, u64 skip
// vocabulary size and its hashes, then the three perceptrons (Perceptron::AppendTo).
// A file whose feature version differs from kFeatureVersion was trained for other feature
// templates and is refused (retrain). Immutable after loading; thread-safe to read.
//
//   CT_ASSIGN_OR_RETURN(attrib::Model m, attrib::Model::LoadFile(path));
//   CT_RETURN_IF_ERROR(m.SaveFile("/tmp/attrib.model"));
#ifndef CLAIMTRACE_ATTRIB_MODEL_H_
#define CLAIMTRACE_ATTRIB_MODEL_H_

#include <string>
#include <string_view>
#include <vector>

#include "attrib/perceptron.h"
#include "claimtrace/status.h"

namespace claimtrace::attrib {

// Bumped whenever a feature template changes meaning; models must then be retrained.
inline constexpr uint32_t kFeatureVersion = 2;
inline constexpr uint32_t kModelFormatVersion = 2;

// Label sets.
inline constexpr int kLabelO = 0;
inline constexpr int kLabelB = 1;
inline constexpr int kLabelI = 2;

struct Model {
  Perceptron cue;      // 3 labels (O, B, I) per token
  Perceptron source;   // 1 label: score of a candidate span (factorised)
  Perceptron content;  // 1 label: score of a candidate content piece (factorised)
  // Sorted hashes (DocView::WordHash) of the words that start gold cues often enough in
  // training (a feature of the cue tagger, and always scored).
  std::vector<uint64_t> cue_vocab;
  // Sorted hashes of frequent training words that (almost) never start a cue ("the", "of",
  // "government"): the cheap filter of the open cue candidate set. Every other word token —
  // including words never seen in training — is scored by the cue tagger.
  std::vector<uint64_t> skip_vocab;
  std::string meta;  // provenance: data, command, epochs

  bool InCueVocab(uint64_t word_hash) const;
  bool InSkipVocab(uint64_t word_hash) const;

  // Hash-set copies of the two vocabularies for inference (built by Deserialize); while empty
  // (a model being trained) the lookups binary-search the sorted vectors. model_test.cc checks
  // that both answer alike.
  void BuildVocabIndex();
  struct VocabIndex {
    std::vector<uint64_t> slots;  // open addressing, linear probing; 0 = empty
    bool has_zero = false;
    void Build(const std::vector<uint64_t>& words);
    bool Contains(uint64_t h) const;
  };
  VocabIndex cue_index, skip_index;

  // The source and content scorers' cue-independent span-shape score tables (ScoreCache
  // layout), computed once for inference by PrecomputeShapeTables (detector.h) instead of once
  // per document; empty: each document computes them. Derived data, not serialised.
  std::vector<float> source_tables, content_tables;

  // Fresh, untrained model with the standard shapes.
  static Model Empty();

  std::string Serialize() const;
  static Result<Model> Deserialize(std::string_view bytes);
  static Result<Model> LoadFile(const std::string& path);
  Status SaveFile(const std::string& path) const;
};

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_MODEL_H_
