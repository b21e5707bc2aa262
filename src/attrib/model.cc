// Model file reading/writing: header checks (magic, versions, sizes, checksum) before any
// weight is trusted; zlib for the sparse weights. Covered by model_test.cc.
#include "attrib/model.h"

#include <xxhash.h>
#include <zlib.h>

#include <algorithm>
#include <fstream>

#include "core/data_path.h"

namespace claimtrace::attrib {
namespace {

constexpr std::string_view kMagic = "CTATTRIB";

}  // namespace

Model Model::Empty() {
  Model m;
  m.cue = Perceptron(3, 19);
  m.source = Perceptron(1, 18);
  m.content = Perceptron(1, 19);
  return m;
}

std::string Model::Serialize() const {
  std::string payload;
  PutU32(&payload, static_cast<uint32_t>(meta.size()));
  payload += meta;
  PutU64(&payload, cue_vocab.size());
  for (uint64_t h : cue_vocab) PutU64(&payload, h);
  PutU64(&payload, skip_vocab.size());
  for (uint64_t h : skip_vocab) PutU64(&payload, h);
  cue.AppendTo(&payload);
  source.AppendTo(&payload);
  content.AppendTo(&payload);

  uLongf bound = compressBound(payload.size());
  std::string packed(bound, '\0');
  int rc = compress2(reinterpret_cast<Bytef*>(packed.data()), &bound,
                     reinterpret_cast<const Bytef*>(payload.data()), payload.size(), 9);
  CT_CHECK(rc == Z_OK);
  packed.resize(bound);

  std::string out(kMagic);
  PutU32(&out, kModelFormatVersion);
  PutU32(&out, kFeatureVersion);
  PutU64(&out, payload.size());
  PutU64(&out, XXH64(payload.data(), payload.size(), 0));
  PutU64(&out, packed.size());
  out += packed;
  return out;
}

Result<Model> Model::Deserialize(std::string_view in) {
  if (in.size() < kMagic.size() || in.substr(0, kMagic.size()) != kMagic) {
    return CorruptionError("not a claimtrace attribution model (bad magic)");
  }
  in.remove_prefix(kMagic.size());
  uint32_t format, features;
  uint64_t payload_size, checksum, packed_size;
  if (!GetU32(&in, &format) || !GetU32(&in, &features) || !GetU64(&in, &payload_size) ||
      !GetU64(&in, &checksum) || !GetU64(&in, &packed_size)) {
    return CorruptionError("truncated model header");
  }
  if (format != kModelFormatVersion) {
    return CorruptionError("model format version " + std::to_string(format) + ", expected " +
                           std::to_string(kModelFormatVersion));
  }
  if (features != kFeatureVersion) {
    return CorruptionError("model trained for feature version " + std::to_string(features) +
                           ", this build uses " + std::to_string(kFeatureVersion) +
                           "; retrain with attrib_tool train");
  }
  if (packed_size != in.size() || payload_size > (1ull << 31)) {
    return CorruptionError("model size mismatch (truncated or trailing bytes)");
  }
  std::string payload(payload_size, '\0');
  uLongf dest_len = payload_size;
  int rc = uncompress(reinterpret_cast<Bytef*>(payload.data()), &dest_len,
                      reinterpret_cast<const Bytef*>(in.data()), in.size());
  if (rc != Z_OK || dest_len != payload_size) return CorruptionError("model does not decompress");
  if (XXH64(payload.data(), payload.size(), 0) != checksum) {
    return CorruptionError("model checksum mismatch");
  }
  std::string_view p(payload);
  Model m;
  uint32_t meta_len;
  if (!GetU32(&p, &meta_len) || meta_len > p.size()) return CorruptionError("bad model meta");
  m.meta = std::string(p.substr(0, meta_len));
  p.remove_prefix(meta_len);
  uint64_t vocab_size;
  if (!GetU64(&p, &vocab_size) || vocab_size > p.size() / 8)
    return CorruptionError("bad vocabulary");
  m.cue_vocab.resize(vocab_size);
  for (uint64_t& h : m.cue_vocab) GetU64(&p, &h);
  if (!std::is_sorted(m.cue_vocab.begin(), m.cue_vocab.end())) {
    return CorruptionError("cue vocabulary not sorted");
  }
  if (!GetU64(&p, &vocab_size) || vocab_size > p.size() / 8) {
    return CorruptionError("bad skip vocabulary");
  }
  m.skip_vocab.resize(vocab_size);
  for (uint64_t& h : m.skip_vocab) GetU64(&p, &h);
  if (!std::is_sorted(m.skip_vocab.begin(), m.skip_vocab.end())) {
    return CorruptionError("skip vocabulary not sorted");
  }
  CT_ASSIGN_OR_RETURN(m.cue, Perceptron::ReadFrom(&p));
  CT_ASSIGN_OR_RETURN(m.source, Perceptron::ReadFrom(&p));
  CT_ASSIGN_OR_RETURN(m.content, Perceptron::ReadFrom(&p));
  if (!p.empty()) return CorruptionError("trailing bytes in model payload");
  if (m.cue.labels() != 3 || m.source.labels() != 1 || m.content.labels() != 1) {
    return CorruptionError("model has unexpected label sets");
  }
  m.BuildVocabIndex();
  return m;
}

void Model::VocabIndex::Build(const std::vector<uint64_t>& words) {
  size_t cap = 16;
  while (cap < words.size() * 2) cap <<= 1;
  slots.assign(cap, 0);
  has_zero = false;
  const size_t mask = cap - 1;
  for (uint64_t h : words) {
    if (h == 0) {
      has_zero = true;
      continue;
    }
    size_t i = static_cast<size_t>(h ^ (h >> 32)) & mask;
    while (slots[i] != 0 && slots[i] != h) i = (i + 1) & mask;
    slots[i] = h;
  }
}

bool Model::VocabIndex::Contains(uint64_t h) const {
  if (h == 0) return has_zero;
  const size_t mask = slots.size() - 1;
  for (size_t i = static_cast<size_t>(h ^ (h >> 32)) & mask;; i = (i + 1) & mask) {
    if (slots[i] == h) return true;
    if (slots[i] == 0) return false;
  }
}

void Model::BuildVocabIndex() {
  cue_index.Build(cue_vocab);
  skip_index.Build(skip_vocab);
}

bool Model::InCueVocab(uint64_t word_hash) const {
  if (!cue_index.slots.empty()) return cue_index.Contains(word_hash);
  return std::binary_search(cue_vocab.begin(), cue_vocab.end(), word_hash);
}

bool Model::InSkipVocab(uint64_t word_hash) const {
  if (!skip_index.slots.empty()) return skip_index.Contains(word_hash);
  return std::binary_search(skip_vocab.begin(), skip_vocab.end(), word_hash);
}

Result<Model> Model::LoadFile(const std::string& path) {
  CT_ASSIGN_OR_RETURN(std::string bytes, ReadFileToString(path));
  Result<Model> m = Deserialize(bytes);
  if (!m.ok()) return m.status().WithFile(path);
  return m;
}

Status Model::SaveFile(const std::string& path) const {
  std::string bytes = Serialize();
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return IoError("cannot write model", {.file = path});
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  out.close();
  if (!out) return IoError("write failed", {.file = path});
  return Status::Ok();
}

}  // namespace claimtrace::attrib
