// Test support: gzip-compresses a string in memory, so tests can build .gz inputs and
// concatenated gzip members (WARC records) without files on disk. Not part of the library.
//
//   std::string member = testing_support::Gzip("WARC/1.1\r\n...");
//   Write("crawl.warc.gz", member + testing_support::Gzip(next_record));
#ifndef CLAIMTRACE_CORE_TEST_GZIP_H_
#define CLAIMTRACE_CORE_TEST_GZIP_H_

#include <string>
#include <string_view>

namespace claimtrace::testing_support {

// One complete gzip member (window_bits 15 + 16) or, with window_bits 15, a zlib stream;
// with -15 a raw deflate stream.
std::string Gzip(std::string_view data, int window_bits = 15 + 16);

}  // namespace claimtrace::testing_support

#endif  // CLAIMTRACE_CORE_TEST_GZIP_H_
