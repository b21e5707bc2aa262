// Placeholder until the web-ingestion issue lands: WARC input is answered "not supported yet".
#include "claimtrace/warc.h"

namespace claimtrace {

struct WarcReader::Impl {};

WarcReader::WarcReader() : impl_(std::make_unique<Impl>()) {}
WarcReader::~WarcReader() = default;

Result<std::unique_ptr<WarcReader>> WarcReader::Open(const std::string& path, uint64_t) {
  return UnsupportedError("WARC input is not supported yet", {.file = path});
}

Result<bool> WarcReader::Next(WarcRecord*) { return false; }

uint64_t WarcReader::bytes_consumed() const { return 0; }

}  // namespace claimtrace
