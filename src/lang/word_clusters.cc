// Exchange clustering (see word_clusters.h). Bigram counts are kept per word as sorted
// (neighbour, count) lists in both directions; the class-bigram matrix M is dense (classes^2).
// Moving word w: take it out of its class (subtract its neighbour counts by class), evaluate
// the change of F for every target class touching only the rows/columns w's neighbours reach,
// put it into the best one (its own class on ties). Each move is exact, so F never decreases.
// Covered by word_clusters_test.cc (separates two context groups, F never decreases,
// deterministic).
#include "lang/word_clusters.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <utility>

namespace claimtrace::lang {
namespace {

class XLogX {
 public:
  XLogX() : table_(kTable) {
    for (size_t i = 1; i < kTable; ++i) table_[i] = static_cast<double>(i) * std::log(i);
  }
  double operator()(int64_t x) const {
    if (x < static_cast<int64_t>(kTable)) return x <= 0 ? 0.0 : table_[static_cast<size_t>(x)];
    return static_cast<double>(x) * std::log(static_cast<double>(x));
  }

 private:
  static constexpr size_t kTable = 1 << 16;
  std::vector<double> table_;
};

struct Neighbours {
  std::vector<uint32_t> begin;  // CSR offsets, vocab_size + 1
  std::vector<std::pair<uint32_t, int64_t>> items;
};

// pairs sorted by (key, other); builds per-key lists of (other, count).
Neighbours BuildLists(std::vector<std::pair<uint32_t, uint32_t>>& pairs, uint32_t vocab_size) {
  std::sort(pairs.begin(), pairs.end());
  Neighbours n;
  n.begin.assign(vocab_size + 1, 0);
  for (size_t i = 0; i < pairs.size();) {
    size_t j = i;
    while (j < pairs.size() && pairs[j] == pairs[i]) ++j;
    n.items.emplace_back(pairs[i].second, static_cast<int64_t>(j - i));
    ++n.begin[pairs[i].first + 1];
    i = j;
  }
  for (uint32_t w = 0; w < vocab_size; ++w) n.begin[w + 1] += n.begin[w];
  return n;
}

}  // namespace

std::vector<uint16_t> ExchangeClusters(const std::vector<uint32_t>& sequence, uint32_t vocab_size,
                                       uint32_t classes, int passes) {
  std::vector<uint16_t> cls(vocab_size, 0);
  if (classes < 2 || vocab_size == 0) return cls;
  std::vector<int64_t> freq(vocab_size, 0);
  std::vector<std::pair<uint32_t, uint32_t>> right_pairs, left_pairs;  // (w, u), (u, w)
  for (size_t i = 0; i < sequence.size(); ++i) {
    const uint32_t w = sequence[i];
    if (w == kClusterBoundary || w >= vocab_size) continue;
    ++freq[w];
    if (i + 1 < sequence.size()) {
      const uint32_t u = sequence[i + 1];
      if (u == kClusterBoundary || u >= vocab_size) continue;
      right_pairs.emplace_back(w, u);
      left_pairs.emplace_back(u, w);
    }
  }
  const Neighbours right = BuildLists(right_pairs, vocab_size);
  const Neighbours left = BuildLists(left_pairs, vocab_size);
  std::vector<int64_t> as_left(vocab_size, 0), as_right(vocab_size, 0), self(vocab_size, 0);
  for (uint32_t w = 0; w < vocab_size; ++w) {
    for (uint32_t k = right.begin[w]; k < right.begin[w + 1]; ++k) {
      as_left[w] += right.items[k].second;
      if (right.items[k].first == w) self[w] = right.items[k].second;
    }
    for (uint32_t k = left.begin[w]; k < left.begin[w + 1]; ++k)
      as_right[w] += left.items[k].second;
  }

  std::vector<uint32_t> order(vocab_size);
  std::iota(order.begin(), order.end(), 0u);
  std::stable_sort(order.begin(), order.end(),
                   [&](uint32_t a, uint32_t b) { return freq[a] > freq[b]; });
  for (uint32_t r = 0; r < vocab_size; ++r) {
    cls[order[r]] = freq[order[r]] > 0 ? static_cast<uint16_t>(r % classes) : 0;
  }

  const size_t c2 = static_cast<size_t>(classes);
  std::vector<int64_t> m(c2 * c2, 0), nl(c2, 0), nr(c2, 0);
  for (uint32_t w = 0; w < vocab_size; ++w) {
    for (uint32_t k = right.begin[w]; k < right.begin[w + 1]; ++k) {
      m[cls[w] * c2 + cls[right.items[k].first]] += right.items[k].second;
    }
    nl[cls[w]] += as_left[w];
    nr[cls[w]] += as_right[w];
  }

  const XLogX f;
  std::vector<int64_t> lw(c2, 0), rw(c2, 0);
  std::vector<uint32_t> nz_l, nz_r;
  for (int pass = 0; pass < passes; ++pass) {
    size_t moved = 0;
    for (uint32_t w : order) {
      if (freq[w] == 0) continue;
      const uint32_t a = cls[w];
      nz_l.clear();
      nz_r.clear();
      for (uint32_t k = left.begin[w]; k < left.begin[w + 1]; ++k) {
        const auto& [v, n] = left.items[k];
        if (v == w) continue;
        if (lw[cls[v]] == 0) nz_l.push_back(cls[v]);
        lw[cls[v]] += n;
      }
      for (uint32_t k = right.begin[w]; k < right.begin[w + 1]; ++k) {
        const auto& [u, n] = right.items[k];
        if (u == w) continue;
        if (rw[cls[u]] == 0) nz_r.push_back(cls[u]);
        rw[cls[u]] += n;
      }
      const int64_t s = self[w];
      auto apply = [&](uint32_t c, int64_t sign) {
        for (uint32_t x : nz_l) m[x * c2 + c] += sign * lw[x];
        for (uint32_t x : nz_r) m[c * c2 + x] += sign * rw[x];
        m[c * c2 + c] += sign * s;
        nl[c] += sign * as_left[w];
        nr[c] += sign * as_right[w];
      };
      apply(a, -1);
      uint32_t best = a;
      double best_gain = 0;
      bool have = false;
      for (uint32_t b = 0; b < classes; ++b) {
        double g = 0;
        for (uint32_t x : nz_l) {
          if (x == b) continue;
          const int64_t old = m[x * c2 + b];
          g += f(old + lw[x]) - f(old);
        }
        for (uint32_t x : nz_r) {
          if (x == b) continue;
          const int64_t old = m[b * c2 + x];
          g += f(old + rw[x]) - f(old);
        }
        const int64_t old_d = m[b * c2 + b];
        g += f(old_d + lw[b] + rw[b] + s) - f(old_d);
        g -= f(nl[b] + as_left[w]) - f(nl[b]);
        g -= f(nr[b] + as_right[w]) - f(nr[b]);
        if (b == a) g += 1e-9;  // stay on ties
        if (!have || g > best_gain) {
          best_gain = g;
          best = b;
          have = true;
        }
      }
      apply(best, +1);
      if (best != a) {
        cls[w] = static_cast<uint16_t>(best);
        ++moved;
      }
      for (uint32_t x : nz_l) lw[x] = 0;
      for (uint32_t x : nz_r) rw[x] = 0;
    }
    if (moved == 0) break;
  }
  return cls;
}

double ClusterLikelihood(const std::vector<uint32_t>& sequence,
                         const std::vector<uint16_t>& word_class, uint32_t classes) {
  const size_t c2 = classes;
  std::vector<int64_t> m(c2 * c2, 0), nl(c2, 0), nr(c2, 0);
  for (size_t i = 0; i + 1 < sequence.size(); ++i) {
    const uint32_t w = sequence[i], u = sequence[i + 1];
    if (w == kClusterBoundary || u == kClusterBoundary) continue;
    if (w >= word_class.size() || u >= word_class.size()) continue;
    ++m[word_class[w] * c2 + word_class[u]];
    ++nl[word_class[w]];
    ++nr[word_class[u]];
  }
  const XLogX f;
  double total = 0;
  for (int64_t x : m) total += f(x);
  for (int64_t x : nl) total -= f(x);
  for (int64_t x : nr) total -= f(x);
  return total;
}

}  // namespace claimtrace::lang
