// Labels from single-block removal gains against the gold token multiset; logistic regression
// by Newton's method (gradient and Hessian over all examples, Cholesky solve with a small ridge
// for stability), weights |gain| floored at min_weight. Covered by src/web/block_filter_test.cc.
#include "web/block_filter_train.h"

#include <unicode/uchar.h>

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/utf8.h"

namespace claimtrace::web {
namespace {

using Counts = std::unordered_map<std::string, int>;

Counts Count(const std::vector<std::string>& tokens) {
  Counts c;
  for (const std::string& t : tokens) ++c[t];
  return c;
}

double F1(double overlap, double predicted, double gold) {
  const double p = predicted > 0 ? overlap / predicted : (gold == 0 ? 1.0 : 0.0);
  const double r = gold > 0 ? overlap / gold : 1.0;
  return p + r > 0 ? 2 * p * r / (p + r) : 0.0;
}

// Solves a x = b for a symmetric positive definite a (n x n, row-major), in place.
bool Cholesky(std::vector<double> a, std::vector<double>* b, size_t n) {
  for (size_t j = 0; j < n; ++j) {
    double d = a[j * n + j];
    for (size_t k = 0; k < j; ++k) d -= a[j * n + k] * a[j * n + k];
    if (d <= 0) return false;
    d = std::sqrt(d);
    a[j * n + j] = d;
    for (size_t i = j + 1; i < n; ++i) {
      double s = a[i * n + j];
      for (size_t k = 0; k < j; ++k) s -= a[i * n + k] * a[j * n + k];
      a[i * n + j] = s / d;
    }
  }
  std::vector<double>& x = *b;
  for (size_t i = 0; i < n; ++i) {
    double s = x[i];
    for (size_t k = 0; k < i; ++k) s -= a[i * n + k] * x[k];
    x[i] = s / a[i * n + i];
  }
  for (size_t i = n; i-- > 0;) {
    double s = x[i];
    for (size_t k = i + 1; k < n; ++k) s -= a[k * n + i] * x[k];
    x[i] = s / a[i * n + i];
  }
  return true;
}

}  // namespace

std::vector<std::string> ScoreTokens(std::string_view text) {
  std::vector<std::string> out;
  std::string word;
  size_t i = 0;
  while (i < text.size()) {
    const char32_t cp = DecodeUtf8(text, &i);
    const UChar32 c = static_cast<UChar32>(cp);
    if (u_isalnum(c)) {
      AppendUtf8(static_cast<char32_t>(u_tolower(c)), &word);
    } else if (!word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

double TokenF1(const std::vector<std::string>& predicted, const std::vector<std::string>& gold) {
  Counts g = Count(gold);
  double overlap = 0;
  for (const std::string& t : predicted) {
    auto it = g.find(t);
    if (it != g.end() && it->second > 0) {
      --it->second;
      ++overlap;
    }
  }
  return F1(overlap, double(predicted.size()), double(gold.size()));
}

std::vector<double> DropGains(const std::vector<std::string>& blocks, std::string_view gold) {
  const std::vector<std::string> gold_tokens = ScoreTokens(gold);
  const Counts g = Count(gold_tokens);
  std::vector<std::vector<std::string>> bt;
  Counts p;
  double np = 0;
  for (const std::string& b : blocks) {
    bt.push_back(ScoreTokens(b));
    for (const std::string& t : bt.back()) ++p[t];
    np += double(bt.back().size());
  }
  double overlap = 0;
  for (const auto& [t, n] : p) {
    auto it = g.find(t);
    if (it != g.end()) overlap += std::min(n, it->second);
  }
  const double ng = double(gold_tokens.size());
  const double base = F1(overlap, np, ng);
  std::vector<double> gains;
  for (const auto& tokens : bt) {
    Counts mine = Count(tokens);
    double lost = 0;
    for (const auto& [t, n] : mine) {
      auto it = g.find(t);
      if (it == g.end()) continue;
      const int have = p[t];
      lost += std::min(have, it->second) - std::min(have - n, it->second);
    }
    gains.push_back(F1(overlap - lost, np - double(tokens.size()), ng) - base);
  }
  return gains;
}

double F1WithDrops(const std::vector<std::string>& blocks, const std::vector<char>& drop,
                   std::string_view gold) {
  std::vector<std::string> predicted;
  for (size_t i = 0; i < blocks.size(); ++i) {
    if (i < drop.size() && drop[i]) continue;
    for (std::string& t : ScoreTokens(blocks[i])) predicted.push_back(std::move(t));
  }
  return TokenF1(predicted, ScoreTokens(gold));
}

BlockFilter TrainBlockFilter(const std::vector<TrainExample>& examples,
                             const TrainOptions& options) {
  constexpr size_t d = kNumBlockFeatures;
  BlockFeatureVector mean{}, scale{}, weights{};
  const double n = std::max<double>(double(examples.size()), 1.0);
  for (size_t j = 0; j < d; ++j) {
    double s = 0, s2 = 0;
    for (const TrainExample& e : examples) s += e.features[j];
    const double m = s / n;
    for (const TrainExample& e : examples) s2 += (e.features[j] - m) * (e.features[j] - m);
    const double sd = std::sqrt(s2 / n);
    mean[j] = static_cast<float>(m);
    scale[j] = static_cast<float>(sd > 1e-6 ? sd : 1.0);
  }
  // Example weights: |gain| with a floor, normalised to mean 1.
  std::vector<double> ew(examples.size());
  double total_w = 0;
  for (size_t i = 0; i < examples.size(); ++i) {
    ew[i] = std::max(std::abs(examples[i].gain), options.min_weight);
    total_w += ew[i];
  }
  for (double& w : ew) w *= n / std::max(total_w, 1e-12);

  const size_t m = d + 1;  // weights then bias
  std::vector<double> theta(m, 0.0);
  std::vector<double> x(m);
  for (int it = 0; it < options.iterations; ++it) {
    std::vector<double> grad(m, 0.0), hess(m * m, 0.0);
    for (size_t i = 0; i < examples.size(); ++i) {
      for (size_t j = 0; j < d; ++j)
        x[j] = StandardisedFeature(examples[i].features[j], mean[j], scale[j]);
      x[d] = 1.0;
      double z = 0;
      for (size_t j = 0; j < m; ++j) z += theta[j] * x[j];
      const double p = 1.0 / (1.0 + std::exp(-z));
      const double y = examples[i].gain > 0 ? 1.0 : 0.0;
      const double g = ew[i] * (p - y);
      const double h = ew[i] * std::max(p * (1 - p), 1e-9);
      for (size_t a = 0; a < m; ++a) {
        grad[a] += g * x[a];
        for (size_t b = 0; b <= a; ++b) hess[a * m + b] += h * x[a] * x[b];
      }
    }
    for (size_t a = 0; a < m; ++a) {
      for (size_t b = 0; b < a; ++b) hess[b * m + a] = hess[a * m + b];
      const double reg = a < d ? options.l2 : 1e-6;
      grad[a] += reg * theta[a];
      hess[a * m + a] += reg;
    }
    if (!Cholesky(hess, &grad, m)) break;
    double step = 0;
    for (size_t a = 0; a < m; ++a) {
      theta[a] -= grad[a];
      step = std::max(step, std::abs(grad[a]));
    }
    if (step < 1e-9) break;
  }
  for (size_t j = 0; j < d; ++j) weights[j] = static_cast<float>(theta[j]);
  return BlockFilter::FromWeights(mean, scale, weights, theta[d], options.threshold,
                                  options.max_drop_share, options.comment);
}

}  // namespace claimtrace::web
