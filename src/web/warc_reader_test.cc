// WarcReader on archives generated here: plain and per-record gzip, every record type, HTTP
// payload encodings, and damaged records of each kind, checking that each damage costs exactly
// one error (with the record's offset) and the records after it still come through.
#include <gtest/gtest.h>
#include <sys/resource.h>
#include <unistd.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <optional>
#include <string>
#include <vector>

#include "claimtrace/warc.h"
#include "core/test_gzip.h"

namespace claimtrace {
namespace {

using testing_support::Gzip;

std::string Http(const std::string& body, const std::string& headers = "") {
  return "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=UTF-8\r\n" + headers +
         "Content-Length: " + std::to_string(body.size()) + "\r\n\r\n" + body;
}

std::string Record(const std::string& type, const std::string& uri, const std::string& block,
                   const std::string& content_type = "application/http; msgtype=response",
                   std::optional<std::string> length = std::nullopt,
                   const std::string& version = "WARC/1.1") {
  std::string r = version + "\r\nWARC-Type: " + type + "\r\nWARC-Target-URI: " + uri +
                  "\r\nWARC-Date: 2024-03-12T10:00:00Z\r\nWARC-Record-ID: <urn:uuid:" + type +
                  ">\r\nContent-Type: " + content_type + "\r\n";
  if (length) {
    if (!length->empty()) r += "Content-Length: " + *length + "\r\n";
  } else {
    r += "Content-Length: " + std::to_string(block.size()) + "\r\n";
  }
  return r + "\r\n" + block + "\r\n\r\n";
}

std::string Page(int i) {
  return "<html><body><p>Page number " + std::to_string(i) + "</p></body></html>";
}

class TempFile {
 public:
  explicit TempFile(const std::string& data) {
    static int counter = 0;
    path_ = (std::filesystem::temp_directory_path() /
             ("ct_warc_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + ".warc"))
                .string();
    std::ofstream(path_, std::ios::binary) << data;
  }
  ~TempFile() { std::remove(path_.c_str()); }
  const std::string& path() const { return path_; }

 private:
  std::string path_;
};

struct Item {
  bool ok;
  WarcRecord record;
  Status status;
};

std::vector<Item> ReadAll(const std::string& path, uint64_t max = 64u << 20) {
  std::vector<Item> items;
  Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(path, max);
  EXPECT_TRUE(reader.ok()) << reader.status().ToString();
  if (!reader.ok()) return items;
  WarcRecord rec;
  for (int guard = 0; guard < 100000; ++guard) {
    Result<bool> more = (*reader)->Next(&rec);
    if (!more.ok()) {
      items.push_back({false, {}, more.status()});
      continue;
    }
    if (!*more) break;
    items.push_back({true, rec, Status()});
  }
  return items;
}

std::string Summary(const std::vector<Item>& items) {
  std::string s;
  for (const Item& i : items) {
    s += i.ok ? i.record.type + "@" + std::to_string(i.record.offset)
              : "error@" + std::to_string(i.status.where().byte);
    s += " ";
  }
  return s;
}

TEST(WebWarc, ReadsEveryRecordTypeOfAPlainArchive) {
  const std::string r0 = Record("warcinfo", "", "software: test\r\n", "application/warc-fields");
  const std::string r1 = Record("request", "https://a.example/1", "GET /1 HTTP/1.1\r\n\r\n",
                                "application/http; msgtype=request");
  const std::string r2 =
      Record("response", "<https://a.example/1>", Http(Page(1), "X-Test: yes\r\n"));
  const std::string r3 =
      Record("resource", "https://a.example/2", Page(2), "text/html; charset=iso-8859-1");
  const std::string r4 = Record("metadata", "https://a.example/1", "outlinks: x\r\n",
                                "application/warc-fields", std::nullopt, "WARC/1.0");
  TempFile f(r0 + r1 + r2 + r3 + r4);
  const std::vector<Item> items = ReadAll(f.path());
  ASSERT_EQ(items.size(), 5u) << Summary(items);
  for (const Item& i : items) ASSERT_TRUE(i.ok) << i.status.ToString();
  EXPECT_EQ(items[0].record.type, "warcinfo");
  EXPECT_EQ(items[0].record.offset, 0u);
  EXPECT_EQ(items[1].record.offset, r0.size());
  const WarcRecord& resp = items[2].record;
  EXPECT_EQ(resp.offset, r0.size() + r1.size());
  EXPECT_EQ(resp.target_uri, "https://a.example/1");
  EXPECT_EQ(resp.date, "2024-03-12T10:00:00Z");
  EXPECT_EQ(resp.record_id, "<urn:uuid:response>");
  EXPECT_EQ(resp.version, "WARC/1.1");
  EXPECT_EQ(resp.http_status, 200);
  EXPECT_EQ(resp.content_type, "text/html");
  EXPECT_EQ(resp.charset, "UTF-8");
  EXPECT_TRUE(resp.IsHtml());
  EXPECT_EQ(resp.body, Page(1));
  EXPECT_EQ(items[3].record.content_type, "text/html");
  EXPECT_EQ(items[3].record.charset, "iso-8859-1");
  EXPECT_EQ(items[3].record.body, Page(2));
  EXPECT_EQ(items[4].record.version, "WARC/1.0");
}

TEST(WebWarc, ReadsPerRecordGzipMembersWithTheirOffsets) {
  std::string data;
  std::vector<uint64_t> offsets;
  for (int i = 0; i < 5; ++i) {
    offsets.push_back(data.size());
    data += Gzip(Record("response", "https://a.example/" + std::to_string(i), Http(Page(i))));
  }
  TempFile f(data);
  Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(f.path());
  ASSERT_TRUE(reader.ok());
  WarcRecord rec;
  for (int i = 0; i < 5; ++i) {
    Result<bool> more = (*reader)->Next(&rec);
    ASSERT_TRUE(more.ok()) << more.status().ToString();
    ASSERT_TRUE(*more);
    EXPECT_EQ(rec.offset, offsets[static_cast<size_t>(i)]);
    EXPECT_EQ(rec.body, Page(i));
  }
  Result<bool> end = (*reader)->Next(&rec);
  ASSERT_TRUE(end.ok());
  EXPECT_FALSE(*end);
  EXPECT_EQ((*reader)->bytes_consumed(), data.size());
}

TEST(WebWarc, UndoesChunkingAndContentEncoding) {
  const std::string gz = Gzip(Page(7));
  char size[16];
  std::snprintf(size, sizeof size, "%zx\r\n", gz.size());
  const std::string block =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: "
      "chunked\r\nContent-Encoding: gzip\r\n\r\n" +
      std::string(size) + gz + "\r\n0\r\n\r\n";
  TempFile f(Gzip(Record("response", "https://a.example/7", block)));
  const std::vector<Item> items = ReadAll(f.path());
  ASSERT_EQ(items.size(), 1u);
  ASSERT_TRUE(items[0].ok) << items[0].status.ToString();
  EXPECT_EQ(items[0].record.body, Page(7));
}

// One damaged record between good ones, in a plain archive.
std::vector<Item> PlainWithDamage(const std::string& bad, uint64_t* bad_offset) {
  const std::string a = Record("response", "https://a.example/a", Http(Page(1)));
  const std::string c = Record("response", "https://a.example/c", Http(Page(3)));
  *bad_offset = a.size();
  TempFile f(a + bad + c);
  return ReadAll(f.path());
}

void ExpectOneErrorBetween(const std::vector<Item>& items, const uint64_t& bad_offset,
                           const std::string& reason) {
  ASSERT_EQ(items.size(), 3u) << Summary(items);
  EXPECT_TRUE(items[0].ok);
  ASSERT_FALSE(items[1].ok);
  EXPECT_EQ(items[1].status.where().byte, static_cast<int64_t>(bad_offset));
  EXPECT_NE(items[1].status.message().find(reason), std::string::npos)
      << items[1].status.ToString();
  EXPECT_FALSE(items[1].status.where().file.empty());
  ASSERT_TRUE(items[2].ok);
  EXPECT_EQ(items[2].record.body, Page(3));
}

TEST(WebWarc, BadContentLengthCostsOneRecord) {
  uint64_t off = 0;
  ExpectOneErrorBetween(
      PlainWithDamage(Record("response", "u", Http(Page(2)), "application/http", "12x"), &off), off,
      "bad Content-Length");
}

TEST(WebWarc, MissingContentLengthCostsOneRecord) {
  uint64_t off = 0;
  ExpectOneErrorBetween(
      PlainWithDamage(Record("response", "u", Http(Page(2)), "application/http", ""), &off), off,
      "missing Content-Length");
}

TEST(WebWarc, BadHeaderLineCostsOneRecord) {
  uint64_t off = 0;
  std::string bad = Record("response", "u", Http(Page(2)));
  bad.insert(bad.find("WARC-Date"), "this line has no colon\r\n");
  ExpectOneErrorBetween(PlainWithDamage(bad, &off), off, "bad header line");
}

TEST(WebWarc, GarbageInsteadOfARecordCostsOneError) {
  uint64_t off = 0;
  ExpectOneErrorBetween(PlainWithDamage("this is not a record at all\r\n\r\n", &off), off,
                        "not a WARC record");
}

TEST(WebWarc, ContentLengthTooLongDoesNotSwallowTheNextRecord) {
  uint64_t off = 0;
  const std::string block = Http(Page(2));
  const std::string bad =
      Record("response", "u", block, "application/http", std::to_string(block.size() + 40));
  ExpectOneErrorBetween(PlainWithDamage(bad, &off), off, "record boundary");
}

TEST(WebWarc, ContentLengthTooShortCostsOneRecord) {
  uint64_t off = 0;
  const std::string block = Http(Page(2));
  const std::string bad =
      Record("response", "u", block, "application/http", std::to_string(block.size() - 10));
  ExpectOneErrorBetween(PlainWithDamage(bad, &off), off, "record boundary");
}

TEST(WebWarc, BlockPastTheEndOfTheFileIsReported) {
  const std::string a = Record("response", "https://a.example/a", Http(Page(1)));
  const std::string block = Http(Page(2));
  const std::string b =
      Record("response", "u", block, "application/http", std::to_string(block.size() + 5000));
  TempFile f(a + b);
  const std::vector<Item> items = ReadAll(f.path());
  ASSERT_EQ(items.size(), 2u) << Summary(items);
  EXPECT_TRUE(items[0].ok);
  ASSERT_FALSE(items[1].ok);
  EXPECT_EQ(items[1].status.where().byte, static_cast<int64_t>(a.size()));
  EXPECT_NE(items[1].status.message().find("truncated"), std::string::npos);
}

TEST(WebWarc, BadHttpPayloadCostsOnlyItsRecord) {
  uint64_t off = 0;
  ExpectOneErrorBetween(PlainWithDamage(Record("response", "u",
                                               "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" +
                                                   Gzip(Page(2)).substr(0, 20)),
                                        &off),
                        off, "bad HTTP payload");
}

TEST(WebWarc, RecordsOverTheLimitAreSkippedWithoutBuffering) {
  const std::string big = Record("response", "https://a.example/big", Http(std::string(5000, 'x')));
  const std::string small = Record("response", "https://a.example/s", Http(Page(1)));
  TempFile f(small + big + small);
  const std::vector<Item> items = ReadAll(f.path(), 2000);
  ASSERT_EQ(items.size(), 3u) << Summary(items);
  EXPECT_TRUE(items[0].ok);
  ASSERT_FALSE(items[1].ok);
  EXPECT_EQ(items[1].status.code(), StatusCode::kResourceExhausted);
  EXPECT_EQ(items[1].status.where().byte, static_cast<int64_t>(small.size()));
  EXPECT_TRUE(items[2].ok);
}

// Three gzip members; the middle one damaged by `damage`.
std::vector<Item> GzipWithDamage(void (*damage)(std::string*), uint64_t* bad_offset) {
  const std::string a = Gzip(Record("response", "https://a.example/a", Http(Page(1))));
  std::string b =
      Gzip(Record("response", "https://a.example/b", Http(Page(2) + std::string(3000, ' '))));
  const std::string c = Gzip(Record("response", "https://a.example/c", Http(Page(3))));
  damage(&b);
  *bad_offset = a.size();
  TempFile f(a + b + c);
  return ReadAll(f.path());
}

TEST(WebWarc, TruncatedGzipMemberCostsOneRecord) {
  uint64_t off = 0;
  const auto items = GzipWithDamage([](std::string* b) { b->resize(b->size() / 2); }, &off);
  ExpectOneErrorBetween(items, off, "gzip");
}

TEST(WebWarc, CorruptGzipMemberCostsOneRecord) {
  uint64_t off = 0;
  const auto items = GzipWithDamage(
      [](std::string* b) {
        for (size_t i = 20; i < 60 && i < b->size(); ++i) (*b)[i] = static_cast<char>(0xA5 ^ i);
      },
      &off);
  ExpectOneErrorBetween(items, off, "gzip");
}

TEST(WebWarc, GarbageBetweenGzipMembersCostsOneError) {
  uint64_t off = 0;
  const auto items = GzipWithDamage([](std::string* b) { *b = "garbage bytes, not gzip"; }, &off);
  ExpectOneErrorBetween(items, off, "gzip");
}

TEST(WebWarc, WrongContentLengthInsideAGzipMember) {
  uint64_t off = 0;
  const auto items = GzipWithDamage(
      [](std::string* b) {
        const std::string block = Http(Page(2));
        *b = Gzip(
            Record("response", "u", block, "application/http", std::to_string(block.size() + 100)));
      },
      &off);
  ExpectOneErrorBetween(items, off, "Content-Length");
}

TEST(WebWarc, MissingAndEmptyFiles) {
  Result<std::unique_ptr<WarcReader>> missing = WarcReader::Open("/nonexistent/x.warc.gz");
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  TempFile empty("");
  EXPECT_TRUE(ReadAll(empty.path()).empty());
}

long MaxRssKb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

TEST(WebWarc, MemoryStaysFlatOnALargeArchive) {
  // ~120 MB of records (compressed to a few MB): the reader must not grow with the archive.
  const std::string path =
      (std::filesystem::temp_directory_path() / ("ct_warc_big_" + std::to_string(::getpid())))
          .string();
  {
    std::ofstream out(path, std::ios::binary);
    const std::string filler(40000, 'a');
    for (int i = 0; i < 3000; ++i) {
      out << Gzip(
          Record("response", "https://a.example/" + std::to_string(i), Http(Page(i) + filler)));
    }
  }
  const long before = MaxRssKb();
  Result<std::unique_ptr<WarcReader>> reader = WarcReader::Open(path);
  ASSERT_TRUE(reader.ok());
  WarcRecord rec;
  int count = 0;
  uint64_t total = 0;
  while (true) {
    Result<bool> more = (*reader)->Next(&rec);
    ASSERT_TRUE(more.ok()) << more.status().ToString();
    if (!*more) break;
    ++count;
    total += rec.body.size();
  }
  std::remove(path.c_str());
  EXPECT_EQ(count, 3000);
  EXPECT_GT(total, 100u << 20);
  EXPECT_LT(MaxRssKb() - before, 16 * 1024) << "peak RSS grew by more than 16 MB";
}

}  // namespace
}  // namespace claimtrace
