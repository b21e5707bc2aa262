// Diagnostic sinks: a mutex keeps concurrent reports on whole lines.
// Covered by src/core/diagnostics_test.cc.
#include "claimtrace/diagnostics.h"

namespace claimtrace {

void StderrDiagnostics::Print(const char* level, const Status& status) {
  std::lock_guard<std::mutex> lock(mu_);
  if (before_print_) before_print_();
  std::string line = std::string("claimtrace: ") + level + ": " + status.ToString() + "\n";
  std::fwrite(line.data(), 1, line.size(), out_);
  std::fflush(out_);
}

void StderrDiagnostics::Error(const Status& status) {
  errors_.fetch_add(1);
  Print("error", status);
}

void StderrDiagnostics::Warning(const Status& status) {
  warnings_.fetch_add(1);
  Print("warning", status);
}

void CollectingDiagnostics::Error(const Status& status) {
  std::lock_guard<std::mutex> lock(mu_);
  errors_.push_back(status);
}

void CollectingDiagnostics::Warning(const Status& status) {
  std::lock_guard<std::mutex> lock(mu_);
  warnings_.push_back(status);
}

std::vector<Status> CollectingDiagnostics::errors() const {
  std::lock_guard<std::mutex> lock(mu_);
  return errors_;
}

std::vector<Status> CollectingDiagnostics::warnings() const {
  std::lock_guard<std::mutex> lock(mu_);
  return warnings_;
}

}  // namespace claimtrace
