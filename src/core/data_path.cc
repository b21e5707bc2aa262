// Data-file lookup: a fixed list of candidate directories, first hit wins.
// Covered by src/core/data_path_test.cc.
#include "core/data_path.h"

#include <unistd.h>

#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace claimtrace {

#ifndef CLAIMTRACE_SOURCE_DIR
#define CLAIMTRACE_SOURCE_DIR "."
#endif

std::vector<std::string> DataDirectories(std::string_view override_dir) {
  std::vector<std::string> dirs;
  if (!override_dir.empty()) dirs.emplace_back(override_dir);
  if (const char* env = std::getenv("CLAIMTRACE_DATA_DIR"); env && *env) dirs.emplace_back(env);
  std::error_code ec;
  auto exe = std::filesystem::read_symlink("/proc/self/exe", ec);
  if (!ec) dirs.push_back((exe.parent_path() / ".." / "share" / "claimtrace").lexically_normal());
  dirs.push_back(std::string(CLAIMTRACE_SOURCE_DIR) + "/data");
  return dirs;
}

Result<std::string> FindDataFile(std::string_view relative, std::string_view override_dir) {
  std::string tried;
  for (const std::string& dir : DataDirectories(override_dir)) {
    std::filesystem::path p = std::filesystem::path(dir) / relative;
    std::error_code ec;
    if (std::filesystem::is_regular_file(p, ec)) return p.string();
    if (!tried.empty()) tried += ", ";
    tried += dir;
  }
  return NotFoundError("data file " + std::string(relative) + " not found (looked in " + tried +
                       "; set --data-dir or CLAIMTRACE_DATA_DIR)");
}

Result<std::string> ReadFileToString(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return (errno == ENOENT ? NotFoundError : IoError)(std::strerror(errno), {.file = path});
  }
  std::ostringstream ss;
  ss << in.rdbuf();
  if (in.bad()) return IoError("read failed", {.file = path});
  return std::move(ss).str();
}

}  // namespace claimtrace
