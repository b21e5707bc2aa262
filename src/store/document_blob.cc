// Document JSON packing: a 4-byte tag and the length, then zlib (compress2, level 6: a 9 KB
// export object becomes about 2.7 KB). Unpacking checks tag, length and stream end, so a damaged
// blob is an error, never a wrong document. Covered by src/store/document_blob_test.cc and, through
// whole stores, by store_test.cc.
#include "store/document_blob.h"

#include <zlib.h>

#include <cstdint>

namespace claimtrace::store {
namespace {

constexpr std::string_view kTag = "CTZ1";
constexpr size_t kHeader = 8;

}  // namespace

std::string PackDocumentJson(std::string_view json) {
  uLongf bound = compressBound(static_cast<uLong>(json.size()));
  std::string out(kHeader + bound, '\0');
  out.replace(0, kTag.size(), kTag);
  const uint32_t n = static_cast<uint32_t>(json.size());
  for (int i = 0; i < 4; ++i) out[4 + i] = static_cast<char>((n >> (8 * i)) & 0xff);
  const int rc =
      compress2(reinterpret_cast<Bytef*>(out.data() + kHeader), &bound,
                reinterpret_cast<const Bytef*>(json.data()), static_cast<uLong>(json.size()), 6);
  CT_CHECK(rc == Z_OK);  // only fails on a wrong bound or out of memory
  out.resize(kHeader + bound);
  return out;
}

Result<std::string> UnpackDocumentJson(std::string_view blob) {
  if (blob.size() < kHeader || blob.substr(0, kTag.size()) != kTag) {
    return CorruptionError("stored document blob has no CTZ1 header");
  }
  uint32_t n = 0;
  for (int i = 0; i < 4; ++i) {
    n |= static_cast<uint32_t>(static_cast<uint8_t>(blob[4 + i])) << (8 * i);
  }
  // zlib expands at most ~1,000-fold: a larger length is a damaged header, not a document.
  if (n == 0 || n / 1100 > blob.size()) {
    return CorruptionError("stored document blob has an impossible length " + std::to_string(n));
  }
  std::string out(n, '\0');
  uLongf size = n;
  const int rc = uncompress(reinterpret_cast<Bytef*>(out.data()), &size,
                            reinterpret_cast<const Bytef*>(blob.data() + kHeader),
                            static_cast<uLong>(blob.size() - kHeader));
  if (rc != Z_OK || size != n) {
    return CorruptionError("stored document blob is damaged (zlib: " + std::string(zError(rc)) +
                           ", " + std::to_string(size) + " of " + std::to_string(n) + " bytes)");
  }
  return out;
}

Result<std::string> StoredDocumentJson(const SqlStatement& st, int column) {
  if (st.ColumnIsBlob(column)) return UnpackDocumentJson(st.ColumnBlob(column));
  return std::string(st.ColumnText(column));
}

}  // namespace claimtrace::store
