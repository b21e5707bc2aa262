// ct_web_train: trains the learned block filter (block_filter.h) on pages with gold main text
// (a folder shaped like ../shared/data/html-dev: html/NNNN.html.gz + ground-truth/NNNN.json).
//
//   ct_web_train --data DIR --ids 1-300 --folds
//       2-fold check inside the id range: train on odd ids and score even ones, and the
//       reverse; prints mean word F1 (before the text cleaner) without and with the filter for
//       a grid of thresholds and drop caps.
//   ct_web_train --data DIR --ids 1-300 --threshold T --max-share S --out FILE
//       trains on every page in the range and writes the model file.
//
// Examples are the paragraphs the hand rules keep (ExtractArticle with the filter off and an
// observer); pages whose text comes from the JSON-LD articleBody fallback are skipped. A
// developer tool, not part of the claimtrace CLI. Deterministic.

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <unordered_map>
#include <vector>

#include "claimtrace/html.h"
#include "core/input_stream.h"
#include "web/block_filter.h"
#include "web/block_filter_train.h"

namespace {

using claimtrace::web::BlockFeatureVector;

// A whole page or ground-truth file, gzip undone (pages are at most a few MB).
bool ReadFile(const std::string& path, std::string* out) {
  claimtrace::Result<std::string> text = claimtrace::InputStream::ReadFile(path, 256u << 20);
  if (!text.ok()) return false;
  *out = std::move(*text);
  return true;
}

// One page: the container's candidate paragraphs (what the filter judges) and which of them
// the hand rules kept (what it may drop from).
struct Page {
  int id = 0;
  std::vector<BlockFeatureVector> features;
  std::vector<std::string> blocks;
  std::vector<uint32_t> words;
  std::vector<char> rule_kept;
  std::string gold;
  std::vector<double> gains;  // the training signal per candidate (see Label)
};

class Collector : public claimtrace::web::BlockObserver {
 public:
  void OnKept(const claimtrace::web::BlockContext& ctx,
              const std::vector<uint32_t>& kept) override {
    page_->features = claimtrace::web::BlockFeatures(ctx);
    page_->blocks.clear();
    page_->words.clear();
    page_->rule_kept.clear();
    size_t j = 0;
    for (uint32_t k : *ctx.kept) {
      page_->blocks.push_back(ctx.tree->paras[k].text);
      page_->words.push_back(ctx.tree->paras[k].words);
      while (j < kept.size() && kept[j] < k) ++j;
      page_->rule_kept.push_back(j < kept.size() && kept[j] == k);
    }
  }
  Page* page_ = nullptr;
};

// Training signal per candidate. "share": +w (boilerplate) when less than half of its tokens
// are in the gold multiset, -w otherwise, w = its token count / page tokens (so each page
// weighs about the same). "gain" (the default): against the paragraphs the rules kept, the F1
// change when it alone is removed (kept ones) or, negated, added (ones the rules cut).
enum class Label { kShare, kGain };
Label g_label = Label::kGain;

std::vector<double> ShareSignal(const std::vector<std::string>& blocks,
                                const std::string& gold_text);

std::vector<double> Signal(const Page& p) {
  if (g_label == Label::kGain) {
    // Against what the rules kept: for a kept paragraph, the F1 change when it alone is
    // removed; for one the rules cut, the F1 change when it alone is added, negated.
    std::vector<char> cut(p.blocks.size());
    for (size_t i = 0; i < cut.size(); ++i) cut[i] = !p.rule_kept[i];
    const double base = claimtrace::web::F1WithDrops(p.blocks, cut, p.gold);
    std::vector<double> out;
    for (size_t i = 0; i < cut.size(); ++i) {
      cut[i] = !cut[i];
      const double f = claimtrace::web::F1WithDrops(p.blocks, cut, p.gold);
      cut[i] = !cut[i];
      out.push_back(p.rule_kept[i] ? f - base : base - f);
    }
    return out;
  }
  return ShareSignal(p.blocks, p.gold);
}

std::vector<double> ShareSignal(const std::vector<std::string>& blocks,
                                const std::string& gold_text) {
  std::unordered_map<std::string, int> gold;
  for (std::string& t : claimtrace::web::ScoreTokens(gold_text)) ++gold[t];
  std::vector<std::vector<std::string>> toks;
  double total = 0;
  for (const std::string& b : blocks) {
    toks.push_back(claimtrace::web::ScoreTokens(b));
    total += double(toks.back().size());
  }
  std::vector<double> out;
  for (const auto& t : toks) {
    std::unordered_map<std::string, int> mine;
    for (const std::string& w : t) ++mine[w];
    double found = 0;
    for (const auto& [w, n] : mine) {
      auto it = gold.find(w);
      if (it != gold.end()) found += std::min(n, it->second);
    }
    const double weight = double(t.size()) / std::max(total, 1.0);
    if (t.empty()) {
      out.push_back(0.0);
    } else {
      out.push_back(found * 2 < double(t.size()) ? weight : -weight);
    }
  }
  return out;
}

std::vector<char> FinalDrops(const Page& p, const std::vector<double>& prob, double t, double s) {
  std::vector<double> pr;
  std::vector<uint32_t> w;
  std::vector<size_t> idx;
  for (size_t i = 0; i < p.blocks.size(); ++i) {
    if (!p.rule_kept[i]) continue;
    pr.push_back(prob[i]);
    w.push_back(p.words[i]);
    idx.push_back(i);
  }
  const std::vector<char> sub = claimtrace::web::ChooseDrops(pr, w, t, s);
  std::vector<char> drop(p.blocks.size(), 1);
  for (size_t i = 0; i < idx.size(); ++i) drop[idx[i]] = sub[i];
  return drop;
}

bool LoadPage(const std::string& data, int id, Page* page) {
  char name[32];
  std::snprintf(name, sizeof name, "%04d", id);
  std::string html, gt_text;
  if (!ReadFile(data + "/html/" + name + ".html.gz", &html)) return false;
  if (!ReadFile(data + "/ground-truth/" + name + ".json", &gt_text)) return false;
  const nlohmann::json gt = nlohmann::json::parse(gt_text, nullptr, false);
  if (gt.is_discarded() || !gt.contains("ground_truth")) {
    std::cerr << name << ".json: not a ground-truth file\n";
    return false;
  }
  const nlohmann::json& truth = gt["ground_truth"];
  if (!truth.contains("main_content") || !truth["main_content"].is_string()) return false;
  page->id = id;
  page->gold = truth["main_content"].get<std::string>();
  claimtrace::HtmlOptions options;
  if (gt.contains("url") && gt["url"].is_string()) options.url = gt["url"].get<std::string>();
  options.use_block_filter = false;
  Collector collector;
  collector.page_ = page;
  options.block_observer = &collector;
  auto result = claimtrace::ExtractArticle(html, options);
  if (!result.ok() || page->blocks.empty()) return false;
  std::string joined;
  for (size_t i = 0; i < page->blocks.size(); ++i) {
    if (!page->rule_kept[i]) continue;
    if (!joined.empty()) joined += "\n\n";
    joined += page->blocks[i];
  }
  if (joined != result->text) return false;  // articleBody fallback: not the blocks
  page->gains = Signal(*page);

  return true;
}

std::vector<claimtrace::web::TrainExample> Examples(const std::vector<Page>& pages, int parity) {
  std::vector<claimtrace::web::TrainExample> out;
  for (const Page& p : pages) {
    if (parity >= 0 && p.id % 2 != parity) continue;
    for (size_t i = 0; i < p.features.size(); ++i) out.push_back({p.features[i], p.gains[i]});
  }
  return out;
}

// Mean page F1 over pages of `parity`, without and with the model at each setting.
void ScoreFold(const std::vector<Page>& pages, int parity, const claimtrace::web::BlockFilter& m,
               const std::vector<double>& thresholds, const std::vector<double>& shares) {
  double base = 0, oracle = 0;
  size_t n = 0, positive = 0;
  for (const Page& p : pages) {
    if (p.id % 2 != parity) continue;
    const std::vector<double> none(p.blocks.size(), 0.0);
    base += claimtrace::web::F1WithDrops(p.blocks, FinalDrops(p, none, 2.0, 0.0), p.gold);
    std::vector<double> ideal;
    for (double g : p.gains) ideal.push_back(g > 0 ? 1.0 : 0.0);
    const std::vector<char> d = FinalDrops(p, ideal, 0.5, 1.0);
    for (size_t i = 0; i < d.size(); ++i) positive += d[i] && p.rule_kept[i];
    oracle += claimtrace::web::F1WithDrops(p.blocks, d, p.gold);
    ++n;
  }
  std::printf("  test %s half: %zu pages, no filter %.4f, oracle (labels as drops, %zu) %+.4f\n",
              parity ? "odd" : "even", n, base / std::max<size_t>(n, 1), positive,
              (oracle - base) / std::max<size_t>(n, 1));
  for (double s : shares) {
    std::printf("    share %.2f:", s);
    for (double t : thresholds) {
      double sum = 0;
      size_t dropped = 0;
      for (const Page& p : pages) {
        if (p.id % 2 != parity) continue;
        std::vector<double> pr;
        for (const auto& f : p.features) pr.push_back(m.DropProbability(f));
        const std::vector<char> drop = FinalDrops(p, pr, t, s);
        for (size_t i = 0; i < drop.size(); ++i) dropped += drop[i] && p.rule_kept[i];
        sum += claimtrace::web::F1WithDrops(p.blocks, drop, p.gold);
      }
      std::printf("  t%.2f %+.4f (%zu)", t, (sum - base) / std::max<size_t>(n, 1), dropped);
    }
    std::printf("\n");
  }
}

double Number(const std::string& flag, const std::string& v) {
  double x = 0;
  const auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), x);
  if (ec != std::errc() || p != v.data() + v.size()) {
    std::cerr << flag << ": not a number: '" << v << "'\n";
    std::exit(2);
  }
  return x;
}

}  // namespace

int main(int argc, char** argv) {
  std::string data = "../shared/data/html-dev";
  std::string out;
  int lo = 1, hi = 300;
  bool folds = false;
  bool no_rules = false;
  int train_parity = -1;  // --out: train on all ids (-1), or only odd (1) / even (0) ones
  claimtrace::web::TrainOptions options;
  for (int i = 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto next = [&]() -> std::string {
      if (i + 1 >= argc) {
        std::cerr << a << " needs a value\n";
        std::exit(2);
      }
      return argv[++i];
    };
    if (a == "--data") {
      data = next();
    } else if (a == "--ids") {
      const std::string v = next();
      if (std::sscanf(v.c_str(), "%d-%d", &lo, &hi) != 2) {
        std::cerr << "--ids wants LO-HI\n";
        return 2;
      }
    } else if (a == "--folds") {
      folds = true;
    } else if (a == "--train-parity") {
      train_parity = next() == "odd" ? 1 : 0;
    } else if (a == "--no-rules") {
      no_rules = true;
    } else if (a == "--threshold") {
      options.threshold = Number(a, next());
    } else if (a == "--max-share") {
      options.max_drop_share = Number(a, next());
    } else if (a == "--l2") {
      options.l2 = Number(a, next());
    } else if (a == "--label") {
      const std::string v = next();
      g_label = v == "share" ? Label::kShare : Label::kGain;
    } else if (a == "--out") {
      out = next();
    } else {
      std::cerr << "usage: ct_web_train --data DIR --ids LO-HI (--folds | --out FILE "
                   "[--threshold T] [--max-share S] [--l2 L])\n";
      return 2;
    }
  }
  std::vector<Page> pages;
  int missing = 0;
  for (int id = lo; id <= hi; ++id) {
    Page p;
    if (LoadPage(data, id, &p)) {
      pages.push_back(std::move(p));
    } else {
      ++missing;
    }
  }
  size_t blocks = 0;
  for (const Page& p : pages) blocks += p.blocks.size();
  std::fprintf(stderr, "%zu pages (%zu paragraphs) in %d-%d, %d ids absent or skipped\n",
               pages.size(), blocks, lo, hi, missing);
  if (folds) {
    const std::vector<double> thresholds = {0.5, 0.6, 0.7, 0.8, 0.9, 0.95};
    const std::vector<double> shares = {0.1, 0.3};
    for (int train_parity : {1, 0}) {
      const auto m = claimtrace::web::TrainBlockFilter(Examples(pages, train_parity), options);
      std::printf("train on %s ids:\n", train_parity ? "odd" : "even");
      ScoreFold(pages, 1 - train_parity, m, thresholds, shares);
      if (no_rules) {
        // How much of the hand rules' effect the model recovers on its own.
        std::vector<Page> bare = pages;
        for (Page& p : bare) std::fill(p.rule_kept.begin(), p.rule_kept.end(), 1);
        std::printf("  without the text rules:\n");
        ScoreFold(bare, 1 - train_parity, m, thresholds, shares);
      }
    }
  }
  if (!out.empty()) {
    size_t n_train = 0, b_train = 0;
    for (const Page& p : pages) {
      if (train_parity >= 0 && p.id % 2 != train_parity) continue;
      ++n_train;
      b_train += p.blocks.size();
    }
    char note[240];
    std::snprintf(note, sizeof note,
                  "trained by ct_web_train on %zu pages (ids %d-%d%s), %zu paragraphs, l2 %g, "
                  "labels %s",
                  n_train, lo, hi,
                  train_parity < 0 ? ""
                  : train_parity   ? ", odd ids only"
                                   : ", even ids only",
                  b_train, options.l2, g_label == Label::kGain ? "gain" : "share");
    options.comment = note;
    const auto m = claimtrace::web::TrainBlockFilter(Examples(pages, train_parity), options);
    std::ofstream f(out, std::ios::binary);
    f << m.Serialize();
    if (!f) {
      std::cerr << out << ": cannot write\n";
      return 1;
    }
    std::fprintf(stderr, "wrote %s\n", out.c_str());
  }
  return 0;
}
