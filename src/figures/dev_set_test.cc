// Regression guard on the development set (tests/eval/figures/dev.txt, sentences written for
// this project and used to develop the rules): value-level figure F1 and the share of time
// values right must not drop below the thresholds. This is the tuning set, so it checks for
// regressions only; quality on held-out text is measured by scripts/eval/figures_eval.py.
// The set format is described at the top of dev.txt.
#include <gtest/gtest.h>

#include <charconv>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "figures/test_util.h"

namespace claimtrace::figures {
namespace {

struct GoldFigure {
  std::string span;
  double low = 0, high = 0;
  std::string qualifier;
  std::optional<std::string> unit;
};

struct GoldTime {
  std::string span;
  std::optional<std::string> value;
};

struct Item {
  std::string id;
  std::optional<std::string> published;
  std::string text;
  std::vector<GoldFigure> figures;
  std::vector<GoldTime> times;
};

std::vector<std::string> SplitBar(const std::string& s) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t bar = s.find('|', start);
    std::string part = s.substr(start, bar == std::string::npos ? std::string::npos : bar - start);
    while (!part.empty() && part.front() == ' ') part.erase(0, 1);
    while (!part.empty() && part.back() == ' ') part.pop_back();
    out.push_back(part);
    if (bar == std::string::npos) break;
    start = bar + 1;
  }
  return out;
}

std::vector<std::string> Words(const std::string& s) {
  std::vector<std::string> out;
  std::istringstream in(s);
  for (std::string w; in >> w;) out.push_back(w);
  return out;
}

double ToDouble(const std::string& s) {
  double v = 0;
  std::from_chars(s.data(), s.data() + s.size(), v);
  return v;
}

std::vector<Item> LoadDevSet() {
  const std::filesystem::path path =
      std::filesystem::path(CLAIMTRACE_SOURCE_DIR) / "tests" / "eval" / "figures" / "dev.txt";
  std::ifstream in(path);
  std::vector<Item> items;
  std::vector<std::string> lines;
  auto flush = [&] {
    if (items.empty()) return;
    while (!lines.empty() && lines.back().empty()) lines.pop_back();
    std::string text;
    for (size_t k = 0; k < lines.size(); ++k) text += (k ? "\n" : "") + lines[k];
    items.back().text = text;
    lines.clear();
  };
  for (std::string line; std::getline(in, line);) {
    if (line.rfind("@ ", 0) == 0) {
      flush();
      std::vector<std::string> w = Words(line);
      Item it;
      it.id = w[1];
      if (w[2] != "-") it.published = w[2];
      items.push_back(it);
    } else if (items.empty()) {
      continue;
    } else if (line.rfind("F|", 0) == 0) {
      std::vector<std::string> f = SplitBar(line.substr(2));
      std::vector<std::string> v = Words(f[1]);
      items.back().figures.push_back(
          {f[0], ToDouble(v[0]), ToDouble(v[1]), v[2],
           v[3] == "-" ? std::nullopt : std::optional<std::string>(v[3])});
    } else if (line.rfind("T|", 0) == 0) {
      std::vector<std::string> f = SplitBar(line.substr(2));
      std::vector<std::string> v = Words(f[1]);
      items.back().times.push_back(
          {f[0], v[1] == "null" ? std::nullopt : std::optional<std::string>(v[1])});
    } else if (line.rfind("P|", 0) != 0) {
      lines.push_back(line);
    }
  }
  flush();
  return items;
}

// Finds `span` in `text` from `*pos` on; returns its byte span and advances `*pos`.
std::optional<ByteSpan> Locate(const std::string& text, const std::string& span, size_t* pos) {
  size_t at = text.find(span, *pos);
  if (at == std::string::npos) at = text.find(span);
  if (at == std::string::npos) return std::nullopt;
  *pos = at + 1;
  return ByteSpan{static_cast<uint32_t>(at), static_cast<uint32_t>(at + span.size())};
}

bool Close(double a, double b) { return std::fabs(a - b) <= 0.01 + 1e-9 * std::fabs(a); }

TEST(FiguresDevSet, ValueScoresStayAboveThresholds) {
  const std::vector<Item> items = LoadDevSet();
  ASSERT_GE(items.size(), 100u);
  size_t gold_figs = 0, sys_figs = 0, fig_ok = 0, gold_times = 0, time_ok = 0;
  for (const Item& it : items) {
    const Document doc = testing::Extract(it.text, it.published);
    sys_figs += doc.figures.size();
    std::vector<bool> used(doc.figures.size());
    size_t pos = 0;
    for (const GoldFigure& g : it.figures) {
      ++gold_figs;
      std::optional<ByteSpan> span = Locate(doc.text, g.span, &pos);
      ASSERT_TRUE(span) << it.id << ": " << g.span;
      for (size_t k = 0; k < doc.figures.size(); ++k) {
        const Figure& f = doc.figures[k];
        if (used[k] || !f.span.Overlaps(*span)) continue;
        used[k] = true;
        if (Close(f.low, g.low) && Close(f.high, g.high) && ToString(f.qualifier) == g.qualifier &&
            f.unit == g.unit) {
          ++fig_ok;
        }
        break;
      }
    }
    std::vector<bool> tused(doc.times.size());
    pos = 0;
    for (const GoldTime& g : it.times) {
      ++gold_times;
      std::optional<ByteSpan> span = Locate(doc.text, g.span, &pos);
      ASSERT_TRUE(span) << it.id << ": " << g.span;
      for (size_t k = 0; k < doc.times.size(); ++k) {
        if (tused[k] || !doc.times[k].span.Overlaps(*span)) continue;
        tused[k] = true;
        if (doc.times[k].value == g.value) ++time_ok;
        break;
      }
    }
  }
  const double p = sys_figs ? double(fig_ok) / sys_figs : 0;
  const double r = gold_figs ? double(fig_ok) / gold_figs : 0;
  const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0;
  const double time_acc = gold_times ? double(time_ok) / gold_times : 0;
  EXPECT_GE(gold_figs, 150u);
  EXPECT_GE(gold_times, 150u);
  EXPECT_GE(f1, 0.97) << "figure value F1 " << f1;
  EXPECT_GE(time_acc, 0.97) << "time values right " << time_acc;
}

}  // namespace
}  // namespace claimtrace::figures
