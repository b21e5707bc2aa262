// Static path resolution: split the URL path on '/', refuse dot segments and separators a
// platform might honour, join under the root, canonicalise (std::filesystem::canonical follows
// symlinks) and check the canonical root is a prefix at a segment boundary. Covered by
// src/serve/static_files_test.cc and the hostile-request tests in tests/api/.
#include "serve/static_files.h"

#include <filesystem>
#include <system_error>

namespace claimtrace::serve {
namespace {

namespace fs = std::filesystem;

bool Inside(const fs::path& root, const fs::path& p) {
  const std::string r = root.string();
  const std::string s = p.string();
  return s.size() > r.size() && s.compare(0, r.size(), r) == 0 && s[r.size()] == '/';
}

bool HasExtension(std::string_view path) {
  size_t slash = path.rfind('/');
  std::string_view last = slash == std::string_view::npos ? path : path.substr(slash + 1);
  return last.find('.') != std::string_view::npos;
}

}  // namespace

Result<std::string> ResolveStaticPath(const std::string& root, std::string_view url_path) {
  if (url_path.empty() || url_path[0] != '/') {
    return InvalidArgumentError("path must start with '/'");
  }
  fs::path rel;
  size_t i = 1;
  while (i <= url_path.size()) {
    size_t next = url_path.find('/', i);
    if (next == std::string_view::npos) next = url_path.size();
    std::string_view seg = url_path.substr(i, next - i);
    if (seg == "." || seg == "..") return InvalidArgumentError("path holds a '.' or '..' segment");
    if (seg.find('\\') != std::string_view::npos || seg.find('\0') != std::string_view::npos) {
      return InvalidArgumentError("path holds a backslash or NUL byte");
    }
    if (!seg.empty()) rel /= std::string(seg);
    i = next + 1;
  }
  std::error_code ec;
  const fs::path canonical_root = fs::canonical(root, ec);
  if (ec) return NotFoundError("web interface folder " + root + " is missing");
  fs::path candidate = canonical_root / rel;
  if (rel.empty() || (!fs::exists(candidate, ec) && !HasExtension(url_path))) {
    candidate = canonical_root / "index.html";
  }
  const fs::path resolved = fs::canonical(candidate, ec);
  if (ec || !Inside(canonical_root, resolved) || !fs::is_regular_file(resolved, ec)) {
    return NotFoundError("no such file");
  }
  return resolved.string();
}

std::string_view ContentTypeFor(std::string_view file) {
  size_t dot = file.rfind('.');
  std::string_view ext = dot == std::string_view::npos ? "" : file.substr(dot + 1);
  if (ext == "html") return "text/html; charset=utf-8";
  if (ext == "js" || ext == "mjs") return "text/javascript; charset=utf-8";
  if (ext == "css") return "text/css; charset=utf-8";
  if (ext == "svg") return "image/svg+xml";
  if (ext == "json" || ext == "map") return "application/json";
  if (ext == "png") return "image/png";
  if (ext == "ico") return "image/x-icon";
  if (ext == "woff2") return "font/woff2";
  if (ext == "txt") return "text/plain; charset=utf-8";
  return "application/octet-stream";
}

}  // namespace claimtrace::serve
