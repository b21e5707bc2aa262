// Expanding the inputs a user names into the files to read, in a deterministic order.
//
// Explicit inputs are visited in the order given: "-" is stdin; a file is read (a named pipe
// or character device given explicitly is read too, e.g. `<(zcat x.gz)`); a directory is
// walked recursively with its entries in byte-wise sorted order, skipping hidden entries (".x")
// and documentation files (README, LICENSE, ...), which are counted as skipped, not reported.
// Inside directories, symbolic links to files are read; links to directories are followed only
// with follow_symlinks (with loop detection), else a warning says so. Every problem is reported
// once, naming the path: missing path, dangling or looping link, unreadable directory, a
// named pipe/socket/device inside a directory. Memory: one directory listing at a time.
// Reentrant; not thread-safe per call.
//
//   WalkInputs({"corpus/", "-"}, false, [&](InputEntry&& e) { Read(e); },
//              [&](const Status& s, bool error) { error ? sink.Error(s) : sink.Warning(s); },
//              &skipped);
#ifndef CLAIMTRACE_INGEST_INPUT_WALKER_H_
#define CLAIMTRACE_INGEST_INPUT_WALKER_H_

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace {

struct InputEntry {
  std::string path;   // as given, or joined below a given directory; "-" for stdin
  uint64_t size = 0;  // bytes, for regular files; 0 for stdin, pipes and devices
  bool is_stdin = false;
  bool regular = true;  // false for an explicitly named pipe or character device
};

void WalkInputs(const std::vector<std::string>& inputs, bool follow_symlinks,
                const std::function<void(InputEntry&&)>& on_file,
                const std::function<void(const Status&, bool is_error)>& on_problem,
                uint64_t* skipped);

}  // namespace claimtrace

#endif  // CLAIMTRACE_INGEST_INPUT_WALKER_H_
