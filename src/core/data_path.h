// Locating the files claimtrace ships with: trained models and lexicons under `data/`.
//
// Search order for a relative name such as "models/ner.model": the directory given with
// --data-dir (if any), $CLAIMTRACE_DATA_DIR, <dir of the executable>/../share/claimtrace, and
// finally the source tree the binary was built from. Thread-safe.
//
//   CT_ASSIGN_OR_RETURN(std::string path, FindDataFile("lexicons/demonyms.tsv", options.data_dir));
#ifndef CLAIMTRACE_CORE_DATA_PATH_H_
#define CLAIMTRACE_CORE_DATA_PATH_H_

#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/status.h"

namespace claimtrace {

// Candidate data directories in search order (existing or not).
std::vector<std::string> DataDirectories(std::string_view override_dir);

// Full path of the first existing `relative` file, or kNotFound listing where it looked.
Result<std::string> FindDataFile(std::string_view relative, std::string_view override_dir);

// Reads a whole (small) file into memory. kNotFound / kIoError with the path on failure.
Result<std::string> ReadFileToString(const std::string& path);

}  // namespace claimtrace

#endif  // CLAIMTRACE_CORE_DATA_PATH_H_
