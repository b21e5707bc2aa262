// posix_spawn + wait4 so the test sees the child's own rusage (peak RSS); a polling wait gives
// the timeout. With stderr_tty the child's stderr is the slave side of a pseudo-terminal (openpty)
// and the master side is drained while it runs.
#include "cli_runner.h"

#include <fcntl.h>
#include <poll.h>
#include <pty.h>
#include <signal.h>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <thread>

extern char** environ;

namespace claimtrace::testing {
namespace {

std::string Slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<char*> Argv(const std::string& binary, const std::vector<std::string>& args,
                        std::vector<std::string>* storage) {
  storage->clear();
  storage->push_back(binary);
  storage->insert(storage->end(), args.begin(), args.end());
  std::vector<char*> argv;
  for (std::string& s : *storage) argv.push_back(s.data());
  argv.push_back(nullptr);
  return argv;
}

std::vector<std::string> SplitLines(const std::string& text) {
  std::vector<std::string> lines;
  size_t start = 0;
  while (start < text.size()) {
    size_t end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    lines.push_back(text.substr(start, end - start));
    start = end + 1;
  }
  return lines;
}

}  // namespace

std::vector<std::string> RunResult::ErrLines(const std::string& needle) const {
  std::vector<std::string> out;
  for (const std::string& line : SplitLines(err)) {
    if (line.find(needle) != std::string::npos) out.push_back(line);
  }
  return out;
}

std::vector<std::string> RunResult::OutLines() const { return SplitLines(out); }

std::string ClaimtraceBinary() {
  const char* b = std::getenv("CLAIMTRACE_BINARY");
  if (b != nullptr && *b != '\0') return b;
#ifdef CLAIMTRACE_TEST_BINARY
  if (std::filesystem::exists(CLAIMTRACE_TEST_BINARY)) return CLAIMTRACE_TEST_BINARY;
#endif
  return {};
}

RunResult RunClaimtrace(const std::vector<std::string>& args, const RunOptions& options) {
  RunResult result;
  TempDir io;
  const std::string out_path = io.Path("stdout");
  const std::string err_path = io.Path("stderr");
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(
      &actions, 0, options.stdin_path.empty() ? "/dev/null" : options.stdin_path.c_str(), O_RDONLY,
      0);
  posix_spawn_file_actions_addopen(
      &actions, 1, options.stdout_path.empty() ? out_path.c_str() : options.stdout_path.c_str(),
      O_WRONLY | O_CREAT | O_TRUNC, 0644);
  int master = -1, slave = -1;
  if (options.stderr_tty) {
    struct winsize ws {};
    ws.ws_col = 100;
    ws.ws_row = 30;
    if (openpty(&master, &slave, nullptr, nullptr, &ws) != 0) return result;
    posix_spawn_file_actions_adddup2(&actions, slave, 2);
    posix_spawn_file_actions_addclose(&actions, master);
  } else {
    posix_spawn_file_actions_addopen(&actions, 2, err_path.c_str(), O_WRONLY | O_CREAT | O_TRUNC,
                                     0644);
  }
  if (!options.cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, options.cwd.c_str());
  std::vector<std::string> storage;
  std::vector<char*> argv = Argv(ClaimtraceBinary(), args, &storage);
  const auto start = std::chrono::steady_clock::now();
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  if (slave >= 0) close(slave);
  if (rc != 0) {
    result.err = "posix_spawn failed: " + std::to_string(rc);
    if (master >= 0) close(master);
    return result;
  }
  int status = 0;
  struct rusage usage {};
  while (true) {
    if (master >= 0) {
      // Drain the terminal so the child never blocks writing to it.
      struct pollfd p {
        master, POLLIN, 0
      };
      while (poll(&p, 1, 0) > 0 && (p.revents & POLLIN)) {
        char buf[4096];
        ssize_t n = read(master, buf, sizeof(buf));
        if (n <= 0) break;
        result.err.append(buf, static_cast<size_t>(n));
      }
    }
    pid_t done = wait4(pid, &status, WNOHANG, &usage);
    if (done == pid) break;
    if (std::chrono::steady_clock::now() - start > options.timeout) {
      result.timed_out = true;
      kill(pid, SIGKILL);
      wait4(pid, &status, 0, &usage);
      break;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (master >= 0) {
    char buf[4096];
    ssize_t n;
    while ((n = read(master, buf, sizeof(buf))) > 0) result.err.append(buf, static_cast<size_t>(n));
    close(master);
  } else {
    result.err = Slurp(err_path);
  }
  result.out = Slurp(out_path);
  result.max_rss_kb = usage.ru_maxrss;
  if (WIFEXITED(status)) {
    result.exit_code = WEXITSTATUS(status);
  } else if (WIFSIGNALED(status)) {
    result.signal = WTERMSIG(status);
  }
  return result;
}

pid_t SpawnClaimtrace(const std::vector<std::string>& args, const std::string& cwd) {
  posix_spawn_file_actions_t actions;
  posix_spawn_file_actions_init(&actions);
  posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0);
  posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0);
  if (!cwd.empty()) posix_spawn_file_actions_addchdir_np(&actions, cwd.c_str());
  std::vector<std::string> storage;
  std::vector<char*> argv = Argv(ClaimtraceBinary(), args, &storage);
  pid_t pid = -1;
  int rc = posix_spawn(&pid, argv[0], &actions, nullptr, argv.data(), environ);
  posix_spawn_file_actions_destroy(&actions);
  return rc == 0 ? pid : -1;
}

TempDir::TempDir() {
  std::string templ = (std::filesystem::temp_directory_path() / "claimtrace_cli_XXXXXX").string();
  char* made = mkdtemp(templ.data());
  path_ = made != nullptr ? std::string(made) : std::string();
}

TempDir::~TempDir() {
  std::error_code ec;
  std::filesystem::remove_all(path_, ec);
}

std::string TempDir::Write(const std::string& name, const std::string& content) const {
  std::string full = Path(name);
  std::filesystem::create_directories(std::filesystem::path(full).parent_path());
  std::ofstream(full, std::ios::binary) << content;
  return full;
}

std::string TempDir::Read(const std::string& name) const { return Slurp(Path(name)); }

}  // namespace claimtrace::testing
