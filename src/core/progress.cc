// Progress bar: one mutex guards the counters and the terminal line; a ticker thread redraws
// every 100 ms so rate and ETA move even while one large document is processed. The ETA
// extrapolates the byte rate so far over the bytes left. Covered by src/core/progress_test.cc.
#include "core/progress.h"

#include <sys/ioctl.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>

namespace claimtrace {
namespace {

constexpr auto kRedrawInterval = std::chrono::milliseconds(100);

int TerminalWidth(std::FILE* out) {
  struct winsize ws {};
  if (ioctl(fileno(out), TIOCGWINSZ, &ws) == 0 && ws.ws_col > 10) return ws.ws_col;
  return 80;
}

std::string GroupThousands(uint64_t v) {
  std::string digits = std::to_string(v);
  std::string out;
  int n = static_cast<int>(digits.size());
  for (int i = 0; i < n; ++i) {
    if (i > 0 && (n - i) % 3 == 0) out.push_back(',');
    out.push_back(digits[i]);
  }
  return out;
}

std::string Fixed1(double v) {
  char buf[32];
  std::snprintf(buf, sizeof(buf), "%.1f", v);
  return buf;
}

}  // namespace

std::string FormatDuration(double seconds) {
  if (!(seconds >= 0) || std::isinf(seconds)) return "?";
  uint64_t s = static_cast<uint64_t>(seconds + 0.5);
  char buf[32];
  if (s >= 3600) {
    std::snprintf(buf, sizeof(buf), "%llu:%02llu:%02llu", static_cast<unsigned long long>(s / 3600),
                  static_cast<unsigned long long>(s / 60 % 60),
                  static_cast<unsigned long long>(s % 60));
  } else {
    std::snprintf(buf, sizeof(buf), "%llu:%02llu", static_cast<unsigned long long>(s / 60),
                  static_cast<unsigned long long>(s % 60));
  }
  return buf;
}

std::string FormatProgressLine(uint64_t documents, uint64_t bytes, uint64_t total_bytes,
                               double elapsed_seconds, int width) {
  const double mb = bytes / 1e6;
  const double rate = elapsed_seconds > 0 ? mb / elapsed_seconds : 0;
  const double docs_rate = elapsed_seconds > 0 ? documents / elapsed_seconds : 0;
  std::string head = GroupThousands(documents) + " docs  ";
  std::string tail;
  if (total_bytes > 0) {
    head += Fixed1(mb) + "/" + Fixed1(total_bytes / 1e6) + " MB";
    double fraction = std::min(1.0, static_cast<double>(bytes) / total_bytes);
    tail = "  " + std::to_string(static_cast<int>(fraction * 100)) + "%  " + Fixed1(rate) +
           " MB/s  " + GroupThousands(static_cast<uint64_t>(docs_rate)) + " docs/s  ETA ";
    if (bytes > 0 && elapsed_seconds > 0.5) {
      tail +=
          FormatDuration(elapsed_seconds * (total_bytes - std::min(bytes, total_bytes)) / bytes);
    } else {
      tail += "?";
    }
    // A bar between head and tail if there is room for at least 10 cells. Its width depends on
    // the terminal only (room left by a typical-length head and tail), so it does not jitter as
    // the numbers grow.
    constexpr int kTypicalText = 72;
    int room = width - 1 - kTypicalText - 4;
    if (room >= 10 && static_cast<int>(head.size() + tail.size()) + 4 + room < width) {
      int cells = std::min(room, 40);
      int filled = static_cast<int>(fraction * cells);
      head += "  [" + std::string(filled, '#') + std::string(cells - filled, '.') + "]";
    }
  } else {
    head += Fixed1(mb) + " MB";
    tail = "  " + Fixed1(rate) + " MB/s  " + GroupThousands(static_cast<uint64_t>(docs_rate)) +
           " docs/s  " + FormatDuration(elapsed_seconds);
  }
  std::string line = head + tail;
  if (width > 1 && static_cast<int>(line.size()) > width - 1) line.resize(width - 1);
  return line;
}

ProgressBar::ProgressBar(std::FILE* out, bool enabled)
    : out_(out), enabled_(enabled), start_(std::chrono::steady_clock::now()) {
  if (enabled_) ticker_ = std::thread([this] { Tick(); });
}

ProgressBar::~ProgressBar() { Finish(); }

bool ProgressBar::IsTerminal(std::FILE* stream) { return isatty(fileno(stream)) == 1; }

void ProgressBar::SetTotalBytes(uint64_t total_bytes) {
  std::lock_guard<std::mutex> lock(mu_);
  total_bytes_ = total_bytes;
}

void ProgressBar::SetDocuments(uint64_t documents) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  documents_ = documents;
  DrawLocked(false);
}

void ProgressBar::SetBytes(uint64_t bytes) {
  if (!enabled_) return;
  std::lock_guard<std::mutex> lock(mu_);
  bytes_ = bytes;
  DrawLocked(false);
}

void ProgressBar::PrintAbove(const std::function<void()>& print) {
  std::lock_guard<std::mutex> lock(mu_);
  ClearLocked();
  print();
  DrawLocked(true);
}

void ProgressBar::Finish() {
  {
    std::lock_guard<std::mutex> lock(mu_);
    if (stopped_) return;
    stopped_ = true;
    ClearLocked();
  }
  stop_cv_.notify_all();
  if (ticker_.joinable()) ticker_.join();
}

void ProgressBar::DrawLocked(bool force) {
  if (!enabled_ || stopped_) return;
  auto now = std::chrono::steady_clock::now();
  if (!force && visible_ && now - last_draw_ < kRedrawInterval) return;
  last_draw_ = now;
  double elapsed = std::chrono::duration<double>(now - start_).count();
  std::string line =
      "\r" + FormatProgressLine(documents_, bytes_, total_bytes_, elapsed, TerminalWidth(out_)) +
      "\x1b[K";
  std::fwrite(line.data(), 1, line.size(), out_);
  std::fflush(out_);
  visible_ = true;
}

void ProgressBar::ClearLocked() {
  if (!visible_) return;
  std::fputs("\r\x1b[K", out_);
  std::fflush(out_);
  visible_ = false;
}

void ProgressBar::Tick() {
  std::unique_lock<std::mutex> lock(mu_);
  while (!stopped_) {
    stop_cv_.wait_for(lock, kRedrawInterval);
    if (!stopped_) DrawLocked(true);
  }
}

void BarSafeDiagnostics::Error(const Status& status) {
  bar_->PrintAbove([&] { inner_->Error(status); });
}

void BarSafeDiagnostics::Warning(const Status& status) {
  bar_->PrintAbove([&] { inner_->Warning(status); });
}

}  // namespace claimtrace
