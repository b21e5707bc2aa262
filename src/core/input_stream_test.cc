#include "core/input_stream.h"

#include <gtest/gtest.h>
#include <unistd.h>
#include <zlib.h>

#include <cstdlib>
#include <fstream>
#include <random>
#include <string>
#include <vector>

namespace claimtrace {
namespace {

std::string Gzip(std::string_view data) {
  z_stream zs{};
  EXPECT_EQ(deflateInit2(&zs, 6, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY), Z_OK);
  std::string out(deflateBound(&zs, data.size()) + 64, '\0');
  zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.data()));
  zs.avail_in = static_cast<uInt>(data.size());
  zs.next_out = reinterpret_cast<Bytef*>(out.data());
  zs.avail_out = static_cast<uInt>(out.size());
  EXPECT_EQ(deflate(&zs, Z_FINISH), Z_STREAM_END);
  out.resize(zs.total_out);
  deflateEnd(&zs);
  return out;
}

class InputStreamTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/ct_input_stream_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }

  std::string Write(const std::string& name, std::string_view data) {
    std::string path = dir_ + "/" + name;
    std::ofstream(path, std::ios::binary)
        .write(data.data(), static_cast<std::streamsize>(data.size()));
    return path;
  }

  static std::string ReadEverything(InputStream* in, size_t chunk, Status* error) {
    std::string out;
    std::vector<char> buf(chunk);
    for (;;) {
      Result<size_t> n = in->Read(buf.data(), buf.size());
      if (!n.ok()) {
        *error = n.status();
        return out;
      }
      if (*n == 0) return out;
      out.append(buf.data(), *n);
    }
  }

  std::string dir_;
};

TEST_F(InputStreamTest, ReadsPlainFilesInAnyChunkSize) {
  std::string data;
  for (int i = 0; i < 100000; ++i) data += "line " + std::to_string(i) + "\n";
  const std::string path = Write("a.txt", data);
  for (size_t chunk : {1u, 7u, 4096u, 1u << 20}) {
    auto in = InputStream::Open(path);
    ASSERT_TRUE(in.ok());
    Status err;
    EXPECT_EQ(ReadEverything(in->get(), chunk, &err), data);
    EXPECT_TRUE(err.ok()) << err.ToString();
    EXPECT_FALSE((*in)->gzip());
    EXPECT_EQ((*in)->raw_bytes_consumed(), data.size());
  }
}

TEST_F(InputStreamTest, InflatesGzipIncludingConcatenatedMembers) {
  std::string a(300000, 'a'), b = "second member\n";
  std::mt19937 rng(7);
  for (char& c : a) c = static_cast<char>('a' + rng() % 26);
  const std::string gz = Gzip(a) + Gzip(b);
  const std::string path = Write("a.txt.gz", gz);
  auto in = InputStream::Open(path);
  ASSERT_TRUE(in.ok());
  EXPECT_TRUE((*in)->gzip());
  Status err;
  EXPECT_EQ(ReadEverything(in->get(), 5000, &err), a + b);
  EXPECT_TRUE(err.ok()) << err.ToString();
  EXPECT_EQ((*in)->raw_bytes_consumed(), gz.size());
}

TEST_F(InputStreamTest, TruncatedGzipIsAnErrorAfterTheDataBeforeIt) {
  std::string data(200000, 'x');
  std::string gz = Gzip(data);
  gz.resize(gz.size() / 2);
  auto in = InputStream::Open(Write("t.gz", gz));
  ASSERT_TRUE(in.ok());
  Status err;
  std::string got = ReadEverything(in->get(), 4096, &err);
  EXPECT_FALSE(err.ok());
  EXPECT_EQ(err.code(), StatusCode::kParseError);
  EXPECT_NE(err.message().find("truncated gzip"), std::string::npos) << err.ToString();
  EXPECT_EQ(err.where().file, dir_ + "/t.gz");
  EXPECT_EQ(got, data.substr(0, got.size()));  // a correct prefix was delivered
}

TEST_F(InputStreamTest, CorruptGzipAndTrailingGarbageAreErrors) {
  std::string gz = Gzip(std::string(1000, 'y'));
  std::string corrupt = gz;
  corrupt[12] = static_cast<char>(corrupt[12] ^ 0x55);
  corrupt[13] = static_cast<char>(corrupt[13] ^ 0x55);
  auto in = InputStream::Open(Write("c.gz", corrupt));
  ASSERT_TRUE(in.ok());
  Status err;
  ReadEverything(in->get(), 4096, &err);
  EXPECT_EQ(err.code(), StatusCode::kParseError) << err.ToString();

  auto in2 = InputStream::Open(Write("g.gz", gz + "garbage"));
  ASSERT_TRUE(in2.ok());
  Status err2;
  EXPECT_EQ(ReadEverything(in2->get(), 4096, &err2), std::string(1000, 'y'));
  EXPECT_NE(err2.message().find("after the end of the gzip stream"), std::string::npos);

  auto in3 = InputStream::Open(Write("z.gz", gz + std::string(512, '\0')));
  ASSERT_TRUE(in3.ok());
  Status err3;
  EXPECT_EQ(ReadEverything(in3->get(), 4096, &err3), std::string(1000, 'y'));
  EXPECT_TRUE(err3.ok()) << err3.ToString();  // zero padding is tolerated
}

TEST_F(InputStreamTest, MissingFileIsNotFound) {
  auto in = InputStream::Open(dir_ + "/nope.txt");
  ASSERT_FALSE(in.ok());
  EXPECT_EQ(in.status().code(), StatusCode::kNotFound);
  EXPECT_NE(in.status().ToString().find("nope.txt"), std::string::npos);
}

TEST_F(InputStreamTest, ReadFileReadsPlainAndGzipAndNamesAMissingFile) {
  const std::string plain = Write("page.html", "<p>plain</p>");
  const std::string packed = Write("page.html.gz", Gzip("<p>packed</p>"));
  Result<std::string> a = InputStream::ReadFile(plain, 1000);
  ASSERT_TRUE(a.ok()) << a.status().ToString();
  EXPECT_EQ(*a, "<p>plain</p>");
  Result<std::string> b = InputStream::ReadFile(packed, 1000);
  ASSERT_TRUE(b.ok()) << b.status().ToString();
  EXPECT_EQ(*b, "<p>packed</p>");
  Result<std::string> big = InputStream::ReadFile(packed, 5);
  ASSERT_FALSE(big.ok());
  EXPECT_EQ(big.status().code(), StatusCode::kResourceExhausted);
  Result<std::string> missing = InputStream::ReadFile(dir_ + "/gone.html", 1000);
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().ToString().find("gone.html"), std::string::npos);
}

TEST_F(InputStreamTest, PeekDoesNotConsumeAndReadAllHonoursLimit) {
  const std::string path = Write("p.txt", "  {\"a\": 1}\n");
  auto in = InputStream::Open(path);
  ASSERT_TRUE(in.ok());
  Result<std::string_view> head = (*in)->Peek(4);
  ASSERT_TRUE(head.ok());
  EXPECT_EQ(*head, "  {\"");
  Result<std::string_view> more = (*in)->Peek(100);
  ASSERT_TRUE(more.ok());
  EXPECT_EQ(more->size(), 11u);
  Result<std::string> all = (*in)->ReadAll(100);
  ASSERT_TRUE(all.ok());
  EXPECT_EQ(*all, "  {\"a\": 1}\n");

  auto in2 = InputStream::Open(path);
  ASSERT_TRUE(in2.ok());
  Result<std::string> limited = (*in2)->ReadAll(5);
  ASSERT_FALSE(limited.ok());
  EXPECT_EQ(limited.status().code(), StatusCode::kResourceExhausted);
}

TEST_F(InputStreamTest, ReadsFromADescriptor) {
  int fds[2];
  ASSERT_EQ(pipe(fds), 0);
  const std::string gz = Gzip("from a pipe\n");
  ASSERT_EQ(write(fds[1], gz.data(), gz.size()), static_cast<ssize_t>(gz.size()));
  close(fds[1]);
  auto in = InputStream::FromFd(fds[0], "-");
  Status err;
  EXPECT_EQ(ReadEverything(in.get(), 3, &err), "from a pipe\n");
  EXPECT_TRUE(err.ok());
  EXPECT_EQ(in->name(), "-");
  close(fds[0]);
}

std::vector<std::string> AllLines(InputStream* in, size_t max, std::vector<bool>* too_long,
                                  std::vector<uint64_t>* bytes = nullptr) {
  LineReader reader(in, max);
  LineReader::Line line;
  std::vector<std::string> out;
  for (;;) {
    Result<bool> more = reader.Next(&line);
    EXPECT_TRUE(more.ok());
    if (!more.ok() || !*more) break;
    EXPECT_EQ(line.number, out.size() + 1);
    out.emplace_back(line.text);
    too_long->push_back(line.too_long);
    if (bytes) bytes->push_back(line.bytes);
  }
  return out;
}

TEST_F(InputStreamTest, LineReaderSplitsLinesAndCrLf) {
  auto in = InputStream::Open(Write("l.txt", "a\r\nbb\n\nlast"));
  ASSERT_TRUE(in.ok());
  std::vector<bool> too_long;
  EXPECT_EQ(AllLines(in->get(), 100, &too_long), (std::vector<std::string>{"a", "bb", "", "last"}));
}

TEST_F(InputStreamTest, LineReaderSkipsOverlongLinesWithoutBuffering) {
  std::string huge(3u << 20, 'h');  // 3 MiB line, limit 1 KiB
  std::string data = "short\n" + huge + "\nafter\n" + huge;
  auto in = InputStream::Open(Write("h.txt", data));
  ASSERT_TRUE(in.ok());
  std::vector<bool> too_long;
  std::vector<uint64_t> bytes;
  std::vector<std::string> lines = AllLines(in->get(), 1024, &too_long, &bytes);
  ASSERT_EQ(lines.size(), 4u);
  EXPECT_EQ(lines[0], "short");
  EXPECT_TRUE(too_long[1]);
  EXPECT_EQ(lines[1], "");
  EXPECT_EQ(bytes[1], huge.size());
  EXPECT_EQ(lines[2], "after");
  EXPECT_FALSE(too_long[2]);
  EXPECT_TRUE(too_long[3]);
  EXPECT_EQ(bytes[3], huge.size());
}

TEST_F(InputStreamTest, LineReaderAgreesWithSimpleSplitOnRandomInput) {
  std::mt19937 rng(3);
  for (int trial = 0; trial < 30; ++trial) {
    std::string data;
    const int n = static_cast<int>(rng() % 2000);
    for (int i = 0; i < n; ++i) {
      const int r = static_cast<int>(rng() % 100);
      data.push_back(r < 8 ? '\n' : static_cast<char>('a' + r % 26));
      if (r == 99) data.append(static_cast<size_t>(rng() % 600000), 'q');
    }
    const size_t max = 1 + rng() % 300000;
    auto in = InputStream::Open(Write("r.txt", data));
    ASSERT_TRUE(in.ok());
    std::vector<bool> too_long;
    std::vector<std::string> got = AllLines(in->get(), max, &too_long);
    std::vector<std::string> want;
    size_t start = 0;
    while (start < data.size()) {
      size_t nl = data.find('\n', start);
      if (nl == std::string::npos) nl = data.size();
      std::string line = data.substr(start, nl - start);
      want.push_back(line.size() > max ? "" : line);
      start = nl + 1;
    }
    ASSERT_EQ(got, want) << trial;
  }
}

}  // namespace
}  // namespace claimtrace
