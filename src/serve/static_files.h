// Static files of the web interface, confined to one folder.
//
// ResolveStaticPath maps a decoded URL path ("/assets/app.js") to a regular file inside `root`:
// "." / ".." segments, backslashes and NUL bytes are refused (kInvalidArgument), and the result
// is canonicalised (symlinks resolved) and must still lie inside the canonical root, so neither
// "../" (however encoded) nor a symlink can reach outside (kNotFound). Paths of the single-page
// app without a file extension ("/entity/…", "/claims/c3") resolve to index.html.
// Pure functions over the file system; thread-safe.
//
//   CT_ASSIGN_OR_RETURN(std::string file, ResolveStaticPath("/srv/web/dist", "/index.html"));
//   std::string_view type = ContentTypeFor(file);  // "text/html; charset=utf-8"
#ifndef CLAIMTRACE_SERVE_STATIC_FILES_H_
#define CLAIMTRACE_SERVE_STATIC_FILES_H_

#include <string>
#include <string_view>

#include "claimtrace/status.h"

namespace claimtrace::serve {

Result<std::string> ResolveStaticPath(const std::string& root, std::string_view url_path);

std::string_view ContentTypeFor(std::string_view file);

}  // namespace claimtrace::serve

#endif  // CLAIMTRACE_SERVE_STATIC_FILES_H_
