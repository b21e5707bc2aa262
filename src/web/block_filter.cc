// The model is a standardised logistic regression; model file format (text, one item per
// line, '#' lines are comments):
//
//   CTWEBBF 1
//   threshold 0.9
//   max_drop_share 0.3
//   bias -3.2
//   feature NAME MEAN SCALE WEIGHT      (kNumBlockFeatures lines, in BlockFeatureNames order)
//   end
//
// Covered by src/web/block_filter_test.cc.
#include "web/block_filter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace claimtrace::web {
namespace {

bool ParseDouble(std::string_view s, double* out) {
  const char* b = s.data();
  const char* e = s.data() + s.size();
  auto [p, ec] = std::from_chars(b, e, *out);
  return ec == std::errc() && p == e && std::isfinite(*out);
}

}  // namespace

double StandardisedFeature(double value, double mean, double scale) {
  return std::clamp((value - mean) / scale, -kFeatureClip, kFeatureClip);
}

Result<BlockFilter> BlockFilter::Parse(std::string_view text, std::string_view name) {
  BlockFilter m;
  size_t pos = 0;
  int line_no = 0;
  int stage = 0;  // 0 header, 1 settings and features, 2 after "end"
  size_t next_feature = 0;
  bool have_threshold = false, have_share = false, have_bias = false;
  auto fail = [&](const std::string& why) {
    return CorruptionError("web block filter model: " + why,
                           {.file = std::string(name), .line = line_no});
  };
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view line = text.substr(pos, end - pos);
    pos = end + 1;
    ++line_no;
    while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
    if (line.empty() || line[0] == '#') {
      if (stage == 1 && line.size() > 2 && line[0] == '#') {
        if (!m.comment_.empty()) m.comment_ += '\n';
        m.comment_ += std::string(line.substr(line[1] == ' ' ? 2 : 1));
      }
      continue;
    }
    std::vector<std::string_view> parts;
    for (size_t i = 0; i < line.size();) {
      while (i < line.size() && line[i] == ' ') ++i;
      const size_t b = i;
      while (i < line.size() && line[i] != ' ') ++i;
      if (i > b) parts.push_back(line.substr(b, i - b));
    }
    if (stage == 0) {
      if (parts.size() != 2 || parts[0] != "CTWEBBF")
        return fail("not a model file (no CTWEBBF header)");
      if (parts[1] != "1") return fail("unsupported format version " + std::string(parts[1]));
      stage = 1;
      continue;
    }
    if (stage == 2) return fail("text after 'end'");
    const std::string_view key = parts[0];
    double v = 0.0;
    if (key == "end") {
      stage = 2;
      continue;
    }
    if (key == "threshold" || key == "max_drop_share" || key == "bias") {
      if (parts.size() != 2 || !ParseDouble(parts[1], &v))
        return fail("bad number for " + std::string(key));
      if (key == "threshold") {
        if (v <= 0.0 || v > 1.0) return fail("threshold must be in (0, 1]");
        m.threshold_ = v;
        have_threshold = true;
      } else if (key == "max_drop_share") {
        if (v < 0.0 || v > 1.0) return fail("max_drop_share must be in [0, 1]");
        m.max_drop_share_ = v;
        have_share = true;
      } else {
        m.bias_ = v;
        have_bias = true;
      }
      continue;
    }
    if (key == "feature") {
      if (parts.size() != 5) return fail("a feature line needs NAME MEAN SCALE WEIGHT");
      if (next_feature >= kNumBlockFeatures) return fail("more features than the code has");
      if (parts[1] != BlockFeatureNames()[next_feature]) {
        return fail("feature " + std::to_string(next_feature) + " is '" + std::string(parts[1]) +
                    "', expected '" + std::string(BlockFeatureNames()[next_feature]) + "'");
      }
      double mean = 0.0, scale = 0.0, weight = 0.0;
      if (!ParseDouble(parts[2], &mean) || !ParseDouble(parts[3], &scale) ||
          !ParseDouble(parts[4], &weight)) {
        return fail("bad number in feature '" + std::string(parts[1]) + "'");
      }
      if (scale <= 0.0) return fail("scale of feature '" + std::string(parts[1]) + "' must be > 0");
      m.mean_[next_feature] = static_cast<float>(mean);
      m.scale_[next_feature] = static_cast<float>(scale);
      m.weights_[next_feature] = static_cast<float>(weight);
      ++next_feature;
      continue;
    }
    return fail("unknown line '" + std::string(key) + "'");
  }
  if (stage == 0) return fail("empty model file");
  if (stage != 2) return fail("truncated (no 'end' line)");
  if (!have_threshold || !have_share || !have_bias) {
    return fail("missing threshold, max_drop_share or bias");
  }
  if (next_feature != kNumBlockFeatures) {
    return fail("has " + std::to_string(next_feature) + " features, the code has " +
                std::to_string(kNumBlockFeatures));
  }
  return m;
}

BlockFilter BlockFilter::FromWeights(const BlockFeatureVector& mean,
                                     const BlockFeatureVector& scale,
                                     const BlockFeatureVector& weights, double bias,
                                     double threshold, double max_drop_share,
                                     std::string_view comment) {
  BlockFilter m;
  m.mean_ = mean;
  m.scale_ = scale;
  m.weights_ = weights;
  m.bias_ = bias;
  m.threshold_ = threshold;
  m.max_drop_share_ = max_drop_share;
  m.comment_ = std::string(comment);
  return m;
}

std::string BlockFilter::Serialize() const {
  std::string out = "CTWEBBF 1\n";
  size_t b = 0;
  while (b < comment_.size()) {
    size_t e = comment_.find('\n', b);
    if (e == std::string::npos) e = comment_.size();
    out += "# " + comment_.substr(b, e - b) + "\n";
    b = e + 1;
  }
  char buf[160];
  std::snprintf(buf, sizeof buf, "threshold %.6g\nmax_drop_share %.6g\nbias %.9g\n", threshold_,
                max_drop_share_, bias_);
  out += buf;
  for (size_t i = 0; i < kNumBlockFeatures; ++i) {
    std::snprintf(buf, sizeof buf, "feature %s %.9g %.9g %.9g\n",
                  std::string(BlockFeatureNames()[i]).c_str(), double(mean_[i]), double(scale_[i]),
                  double(weights_[i]));
    out += buf;
  }
  out += "end\n";
  return out;
}

double BlockFilter::DropProbability(const BlockFeatureVector& f) const {
  double z = bias_;
  for (size_t i = 0; i < kNumBlockFeatures; ++i) {
    z += weights_[i] * StandardisedFeature(f[i], mean_[i], scale_[i]);
  }
  return 1.0 / (1.0 + std::exp(-z));
}

const BlockFilter& BlockFilter::Default() {
  static const BlockFilter* model = [] {
    static constexpr std::string_view kText =
#include "web_block_filter_model.inc"
        ;
    Result<BlockFilter> parsed = Parse(kText, "data/models/web_block_filter.model");
    // A damaged compiled-in model drops nothing (block_filter_test checks that it parses).
    return new BlockFilter(parsed.ok() ? std::move(*parsed) : BlockFilter());
  }();
  return *model;
}

std::vector<char> ChooseDrops(const std::vector<double>& prob, const std::vector<uint32_t>& words,
                              double threshold, double max_share) {
  const size_t n = prob.size();
  std::vector<char> drop(n, 0);
  if (n <= 1 || threshold > 1.0 || max_share <= 0.0) return drop;
  std::vector<std::pair<double, size_t>> candidates;
  double total = 0.0;
  for (size_t i = 0; i < n; ++i) {
    total += words[i];
    if (prob[i] >= threshold) candidates.emplace_back(-prob[i], i);
  }
  std::sort(candidates.begin(), candidates.end());
  double dropped_words = 0.0;
  size_t dropped = 0;
  for (const auto& [neg_p, i] : candidates) {
    if (dropped + 1 >= n) break;  // never the last paragraph
    if (dropped_words + words[i] > max_share * total) continue;
    drop[i] = 1;
    dropped_words += words[i];
    ++dropped;
  }
  return drop;
}

size_t ApplyBlockFilter(const BlockContext& ctx, const BlockFilter& filter,
                        std::vector<uint32_t>* kept) {
  const size_t n = kept->size();
  if (n <= 1 || filter.threshold() > 1.0 || filter.max_drop_share() <= 0.0) return 0;
  const std::vector<uint32_t>& judged = *ctx.kept;
  const std::vector<BlockFeatureVector> features = BlockFeatures(ctx);
  std::vector<double> prob(n, 0.0);
  std::vector<uint32_t> words(n);
  size_t j = 0;  // both lists are in paragraph order
  for (size_t i = 0; i < n; ++i) {
    const uint32_t k = (*kept)[i];
    while (j < judged.size() && judged[j] < k) ++j;
    if (j < judged.size() && judged[j] == k) prob[i] = filter.DropProbability(features[j]);
    words[i] = ctx.tree->paras[k].words;
  }
  const std::vector<char> drop =
      ChooseDrops(prob, words, filter.threshold(), filter.max_drop_share());
  size_t out = 0;
  for (size_t i = 0; i < n; ++i) {
    if (!drop[i]) (*kept)[out++] = (*kept)[i];
  }
  const size_t dropped = n - out;
  kept->resize(out);
  return dropped;
}

}  // namespace claimtrace::web
