// Model file reading/writing and validation (format in ner_model.h). Covered by
// ner_model_test.cc: round trip, and every kind of damage (truncation, bit flips, wrong magic,
// version, feature version) rejected with a kCorruption status naming the file.
#include "lang/ner_model.h"

#include <xxhash.h>

#include <cmath>
#include <cstring>

#include "core/data_path.h"
#include "lang/ner_features.h"

namespace claimtrace::lang {
namespace {

constexpr char kMagic[8] = {'C', 'T', 'N', 'E', 'R', 'M', 'D', 'L'};
constexpr size_t kHeader = 8 + 4 * 4 + 4 + 4;  // magic, 4 u32, f32 scale, u32 meta length

template <typename T>
void Put(std::string* out, T v) {
  char b[sizeof(T)];
  std::memcpy(b, &v, sizeof(T));
  out->append(b, sizeof(T));
}

template <typename T>
T Get(const char* p) {
  T v;
  std::memcpy(&v, p, sizeof(T));
  return v;
}

}  // namespace

NerModel NerModel::FromWeights(const std::vector<uint64_t>& keys, const std::vector<float>& weights,
                               std::string meta, NerWordTable words) {
  NerModel m;
  m.words_ = std::move(words);
  float max_abs = 0;
  for (float w : weights) max_abs = std::max(max_abs, std::fabs(w));
  m.scale_ = max_abs > 0 ? 32000.0f / max_abs : 1.0f;
  m.keys_ = keys;
  m.weights_.resize(weights.size());
  for (size_t i = 0; i < weights.size(); ++i) {
    m.weights_[i] = static_cast<int16_t>(std::lround(weights[i] * m.scale_));
  }
  m.meta_ = std::move(meta);
  m.BuildIndex();
  return m;
}

void NerModel::BuildIndex() {
  index_.Clear();
  index_.Reserve(keys_.size());
  for (size_t i = 0; i < keys_.size(); ++i) index_.Insert(keys_[i], static_cast<uint32_t>(i));
  size_t cap = 16;
  while (cap < keys_.size() * 2) cap <<= 1;
  table_.assign(cap, WeightSlot{});
  tags_.assign(cap, 0);
  for (size_t r = 0; r < keys_.size(); ++r) {
    const uint64_t key = FixKey(keys_[r]);
    size_t i = Home(key) & (cap - 1);
    while (table_[i].key != 0 && table_[i].key != key) i = (i + 1) & (cap - 1);
    if (table_[i].key == key) continue;  // a repeated key: the first row wins, as in index_
    table_[i].key = key;
    tags_[i] = TagOf(key);
    std::memcpy(table_[i].w, &weights_[r * kNerLabels], sizeof(int16_t) * kNerLabels);
  }
}

std::string NerModel::Serialize() const {
  std::string out;
  out.reserve(kHeader + meta_.size() + keys_.size() * (8 + 2 * kNerLabels) + 8);
  out.append(kMagic, 8);
  Put<uint32_t>(&out, kNerFormatVersion);
  Put<uint32_t>(&out, kNerFeatureVersion);
  Put<uint32_t>(&out, kNerLabels);
  Put<uint32_t>(&out, static_cast<uint32_t>(keys_.size()));
  Put<float>(&out, scale_);
  Put<uint32_t>(&out, static_cast<uint32_t>(meta_.size()));
  out += meta_;
  for (uint64_t k : keys_) Put<uint64_t>(&out, k);
  for (int16_t w : weights_) Put<int16_t>(&out, w);
  words_.Serialize(&out);
  Put<uint64_t>(&out, XXH3_64bits(out.data(), out.size()));
  return out;
}

Result<NerModel> NerModel::Parse(std::string_view bytes, std::string_view name) {
  auto bad = [&](const std::string& why) {
    return CorruptionError(
        "NER model is damaged or incompatible: " + why + " (retrain with `claimtrace train-ner`)",
        {.file = std::string(name)});
  };
  if (bytes.size() < kHeader + 8) return bad("file too short");
  if (std::memcmp(bytes.data(), kMagic, 8) != 0) return bad("not a claimtrace NER model");
  const char* p = bytes.data() + 8;
  uint32_t format = Get<uint32_t>(p);
  uint32_t features = Get<uint32_t>(p + 4);
  uint32_t labels = Get<uint32_t>(p + 8);
  uint32_t rows = Get<uint32_t>(p + 12);
  float scale = Get<float>(p + 16);
  uint32_t meta_len = Get<uint32_t>(p + 20);
  if (format != kNerFormatVersion) {
    return bad("format version " + std::to_string(format) + ", expected " +
               std::to_string(kNerFormatVersion));
  }
  if (features != kNerFeatureVersion) {
    return bad("feature version " + std::to_string(features) + ", expected " +
               std::to_string(kNerFeatureVersion));
  }
  if (labels != kNerLabels) return bad("label count " + std::to_string(labels));
  const uint64_t expect = static_cast<uint64_t>(kHeader) + meta_len +
                          static_cast<uint64_t>(rows) * (8 + 2 * kNerLabels) + 8 + 8;
  if (expect > bytes.size()) {
    return bad("size " + std::to_string(bytes.size()) + " bytes, header says at least " +
               std::to_string(expect));
  }
  uint64_t stored = Get<uint64_t>(bytes.data() + bytes.size() - 8);
  if (stored != XXH3_64bits(bytes.data(), bytes.size() - 8)) return bad("checksum mismatch");
  if (!(scale > 0) || !std::isfinite(scale)) return bad("bad weight scale");
  NerModel m;
  m.scale_ = scale;
  const char* q = bytes.data() + kHeader;
  m.meta_.assign(q, meta_len);
  q += meta_len;
  m.keys_.resize(rows);
  std::memcpy(m.keys_.data(), q, static_cast<size_t>(rows) * 8);
  q += static_cast<size_t>(rows) * 8;
  m.weights_.resize(static_cast<size_t>(rows) * kNerLabels);
  std::memcpy(m.weights_.data(), q, m.weights_.size() * 2);
  q += m.weights_.size() * 2;
  const char* end = bytes.data() + bytes.size() - 8;
  Result<NerWordTable> words = NerWordTable::Parse(&q, end);
  if (!words.ok()) return bad(std::string(words.status().message()));
  if (q != end) return bad("word table size does not match the file size");
  m.words_ = std::move(*words);
  m.BuildIndex();
  return m;
}

Result<NerModel> NerModel::Load(const std::string& path) {
  CT_ASSIGN_OR_RETURN(std::string bytes, ReadFileToString(path));
  return Parse(bytes, path);
}

}  // namespace claimtrace::lang
