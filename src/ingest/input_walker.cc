// Input walking with POSIX lstat/stat/opendir: depth-first, each directory's names read fully,
// sorted, then visited; the (device, inode) pairs of the directories on the current path guard
// against link loops. Covered by src/ingest/reader_test.cc (bad paths, links, pipes, order).
#include "ingest/input_walker.h"

#include <dirent.h>
#include <sys/stat.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <utility>

#include "ingest/format.h"

namespace claimtrace {
namespace {

std::string KindName(mode_t mode) {
  if (S_ISFIFO(mode)) return "named pipe";
  if (S_ISSOCK(mode)) return "socket";
  if (S_ISCHR(mode)) return "character device";
  if (S_ISBLK(mode)) return "block device";
  return "special file";
}

class Walker {
 public:
  Walker(bool follow, const std::function<void(InputEntry&&)>& on_file,
         const std::function<void(const Status&, bool)>& on_problem, uint64_t* skipped)
      : follow_(follow), on_file_(on_file), on_problem_(on_problem), skipped_(skipped) {}

  void Explicit(const std::string& path) {
    if (path == "-") {
      on_file_(InputEntry{.path = "-", .size = 0, .is_stdin = true, .regular = false});
      return;
    }
    struct stat st;
    if (::stat(path.c_str(), &st) != 0) {
      const int err = errno;
      struct stat lst;
      if ((err == ENOENT || err == ELOOP) && ::lstat(path.c_str(), &lst) == 0 &&
          S_ISLNK(lst.st_mode)) {
        Error(NotFoundError(err == ELOOP ? "symbolic link loop" : "dangling symbolic link",
                            {.file = path}));
      } else {
        Problem(err, path);
      }
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      const uint64_t before = files_;
      Directory(path, st);
      if (files_ == before) {
        on_problem_(NotFoundError("directory has no files to read", {.file = path}), false);
      }
      return;
    }
    if (S_ISREG(st.st_mode)) {
      ++files_;
      on_file_(InputEntry{.path = path, .size = static_cast<uint64_t>(st.st_size)});
      return;
    }
    if (S_ISFIFO(st.st_mode) || S_ISCHR(st.st_mode)) {
      ++files_;
      on_file_(InputEntry{.path = path, .size = 0, .is_stdin = false, .regular = false});
      return;
    }
    Error(UnsupportedError("not a regular file (" + KindName(st.st_mode) + ")", {.file = path}));
  }

 private:
  void Directory(const std::string& path, const struct stat& st) {
    const std::pair<dev_t, ino_t> id{st.st_dev, st.st_ino};
    if (std::find(ancestors_.begin(), ancestors_.end(), id) != ancestors_.end()) {
      Error(UnsupportedError("directory loop (a symbolic link points back to a parent)",
                             {.file = path}));
      return;
    }
    DIR* dir = ::opendir(path.c_str());
    if (dir == nullptr) {
      Error(IoError(std::string("cannot read directory: ") + std::strerror(errno), {.file = path}));
      return;
    }
    std::vector<std::string> names;
    errno = 0;
    while (struct dirent* e = ::readdir(dir)) {
      std::string name = e->d_name;
      if (name.empty() || name[0] == '.') {
        if (name != "." && name != "..") ++*skipped_;  // hidden
        continue;
      }
      names.push_back(std::move(name));
    }
    const int err = errno;
    ::closedir(dir);
    if (err != 0) {
      Error(IoError(std::string("cannot read directory: ") + std::strerror(err), {.file = path}));
    }
    std::sort(names.begin(), names.end());
    ancestors_.push_back(id);
    const std::string prefix = (!path.empty() && path.back() == '/') ? path : path + "/";
    for (const std::string& name : names) Entry(prefix + name, name);
    ancestors_.pop_back();
  }

  void Entry(const std::string& path, const std::string& name) {
    struct stat lst;
    if (::lstat(path.c_str(), &lst) != 0) {
      Problem(errno, path);  // vanished since the listing, or unreadable
      return;
    }
    struct stat st = lst;
    const bool link = S_ISLNK(lst.st_mode);
    if (link && ::stat(path.c_str(), &st) != 0) {
      const int err = errno;
      Error(NotFoundError(err == ELOOP
                              ? "symbolic link loop"
                              : std::string("dangling symbolic link (") + std::strerror(err) + ")",
                          {.file = path}));
      return;
    }
    if (S_ISDIR(st.st_mode)) {
      if (link && !follow_) {
        on_problem_(UnsupportedError("symbolic link to a directory, not followed", {.file = path}),
                    false);
        ++*skipped_;
        return;
      }
      Directory(path, st);
      return;
    }
    if (!S_ISREG(st.st_mode)) {
      Error(UnsupportedError("not a regular file (" + KindName(st.st_mode) + ")", {.file = path}));
      return;
    }
    if (IsDocumentationFile(name)) {
      ++*skipped_;
      return;
    }
    ++files_;
    on_file_(InputEntry{.path = path, .size = static_cast<uint64_t>(st.st_size)});
  }

  void Problem(int err, const std::string& path) {
    if (err == ENOENT || err == ENOTDIR) {
      Error(NotFoundError("no such file or directory", {.file = path}));
    } else {
      Error(IoError(std::string("cannot access: ") + std::strerror(err), {.file = path}));
    }
  }

  void Error(const Status& s) { on_problem_(s, true); }

  bool follow_;
  const std::function<void(InputEntry&&)>& on_file_;
  const std::function<void(const Status&, bool)>& on_problem_;
  uint64_t* skipped_;
  std::vector<std::pair<dev_t, ino_t>> ancestors_;
  uint64_t files_ = 0;
};

}  // namespace

void WalkInputs(const std::vector<std::string>& inputs, bool follow_symlinks,
                const std::function<void(InputEntry&&)>& on_file,
                const std::function<void(const Status&, bool is_error)>& on_problem,
                uint64_t* skipped) {
  uint64_t ignored = 0;
  Walker walker(follow_symlinks, on_file, on_problem, skipped ? skipped : &ignored);
  for (const std::string& input : inputs) walker.Explicit(input);
}

}  // namespace claimtrace
