// ReadInputs end to end on real files in a temporary directory: every format, every bad-input
// case (each must give one diagnostic naming the input and the reason, and never stop the
// others), streaming limits, stdin and progress.
#include <fcntl.h>
#include <gtest/gtest.h>
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <fstream>
#include <string>
#include <thread>
#include <vector>

#include "claimtrace/ingest.h"
#include "core/test_gzip.h"

namespace claimtrace {
namespace {

using testing_support::Gzip;

class ReaderTest : public ::testing::Test {
 protected:
  void SetUp() override {
    char tmpl[] = "/tmp/ct_reader_XXXXXX";
    ASSERT_NE(mkdtemp(tmpl), nullptr);
    dir_ = tmpl;
  }
  void TearDown() override { std::system(("rm -rf '" + dir_ + "'").c_str()); }

  std::string P(const std::string& rel) const { return dir_ + "/" + rel; }

  std::string Write(const std::string& rel, std::string_view data) {
    const std::string path = P(rel);
    const size_t slash = path.find_last_of('/');
    std::system(("mkdir -p '" + path.substr(0, slash) + "'").c_str());
    std::ofstream(path, std::ios::binary)
        .write(data.data(), static_cast<std::streamsize>(data.size()));
    return path;
  }

  void Mkdir(const std::string& rel) { std::system(("mkdir -p '" + P(rel) + "'").c_str()); }

  // Runs ReadInputs, keeping articles and diagnostics.
  void Run(const std::vector<std::string>& inputs, IngestOptions options = {},
           const IngestProgress& progress = nullptr) {
    articles_.clear();
    diag_ = std::make_unique<CollectingDiagnostics>();
    stats_ = {};
    Status s = ReadInputs(
        inputs, options, *diag_, [&](RawArticle&& a) { articles_.push_back(std::move(a)); },
        &stats_, progress);
    ASSERT_TRUE(s.ok()) << s.ToString();
  }

  std::vector<std::string> Errors() const {
    std::vector<std::string> out;
    for (const Status& s : diag_->errors()) out.push_back(s.ToString());
    return out;
  }
  std::vector<std::string> Warnings() const {
    std::vector<std::string> out;
    for (const Status& s : diag_->warnings()) out.push_back(s.ToString());
    return out;
  }
  std::vector<std::string> Sources() const {
    std::vector<std::string> out;
    for (const RawArticle& a : articles_) out.push_back(a.source);
    return out;
  }

  static bool Has(const std::string& line, const std::string& part) {
    return line.find(part) != std::string::npos;
  }

  std::string dir_;
  std::vector<RawArticle> articles_;
  std::unique_ptr<CollectingDiagnostics> diag_;
  IngestStats stats_;
};

TEST_F(ReaderTest, PlainTextWithDetectedMetadata) {
  const std::string path = Write(
      "story.txt", "Dam breach floods valley\r\n\r\nBy Ann Lee\r\n\r\nWater rose overnight.\r\n");
  Run({path});
  ASSERT_EQ(articles_.size(), 1u);
  const RawArticle& a = articles_[0];
  EXPECT_EQ(a.source, path);
  EXPECT_EQ(a.format, BodyFormat::kText);
  EXPECT_EQ(a.title.value_or(""), "Dam breach floods valley");
  EXPECT_EQ(a.author.value_or(""), "Ann Lee");
  EXPECT_NE(a.body.find("Dam breach floods valley"), std::string::npos);  // kept in the body
  EXPECT_TRUE(Errors().empty());
  EXPECT_EQ(stats_.inputs, 1u);
  EXPECT_EQ(stats_.articles, 1u);
}

TEST_F(ReaderTest, DirectoriesAreWalkedSortedSkippingHiddenAndReadmes) {
  Write("c/b.txt", "Second story body.");
  Write("c/a/z.txt", "First story body.");
  Write("c/A.txt", "Capital first.");
  Write("c/.hidden.txt", "Hidden.");
  Write("c/.git/config.txt", "Hidden dir.");
  Write("c/README.md", "This folder holds stories.");
  Write("c/x.txt/inner.txt", "A directory named like a file is still a directory.");
  Run({P("c")});
  EXPECT_EQ(Sources(), (std::vector<std::string>{P("c/A.txt"), P("c/a/z.txt"), P("c/b.txt"),
                                                 P("c/x.txt/inner.txt")}));
  EXPECT_TRUE(Errors().empty());
  EXPECT_EQ(stats_.skipped, 3u);  // .hidden.txt, .git, README.md
}

TEST_F(ReaderTest, MissingPathIsOneErrorAndTheRestIsRead) {
  const std::string good = Write("good.txt", "Body.");
  Run({P("missing.txt"), good});
  ASSERT_EQ(Errors().size(), 1u);
  EXPECT_TRUE(Has(Errors()[0], P("missing.txt"))) << Errors()[0];
  EXPECT_TRUE(Has(Errors()[0], "no such file or directory")) << Errors()[0];
  EXPECT_EQ(Sources(), std::vector<std::string>{good});
  EXPECT_EQ(stats_.rejected, 1u);
}

TEST_F(ReaderTest, UnreadableEntriesInsideADirectory) {
  Write("d/ok.txt", "Fine.");
  ASSERT_EQ(symlink((dir_ + "/nowhere.txt").c_str(), P("d/dangling.txt").c_str()), 0);
  ASSERT_EQ(mkfifo(P("d/pipe.txt").c_str(), 0644), 0);
  ASSERT_EQ(symlink(P("d/loop2").c_str(), P("d/loop1").c_str()), 0);
  ASSERT_EQ(symlink(P("d/loop1").c_str(), P("d/loop2").c_str()), 0);
  Run({P("d")});
  const std::vector<std::string> errors = Errors();
  ASSERT_EQ(errors.size(), 4u);
  EXPECT_TRUE(Has(errors[0], P("d/dangling.txt")) && Has(errors[0], "dangling symbolic link"))
      << errors[0];
  EXPECT_TRUE(Has(errors[1], P("d/loop1")) && Has(errors[1], "symbolic link loop")) << errors[1];
  EXPECT_TRUE(Has(errors[2], P("d/loop2"))) << errors[2];
  EXPECT_TRUE(Has(errors[3], P("d/pipe.txt")) && Has(errors[3], "not a regular file (named pipe)"))
      << errors[3];
  EXPECT_EQ(Sources(), std::vector<std::string>{P("d/ok.txt")});
}

TEST_F(ReaderTest, ExplicitlyNamedPipeIsRead) {
  // As with `claimtrace extract <(zcat feed.jsonl.gz)`: a pipe the user names is read.
  const std::string fifo = P("feed.pipe");
  ASSERT_EQ(mkfifo(fifo.c_str(), 0644), 0);
  std::thread writer([&] {
    std::ofstream out(fifo);
    out << "{\"text\": \"Through a pipe.\"}\n";
  });
  Run({fifo});
  writer.join();
  EXPECT_EQ(Sources(), std::vector<std::string>{fifo + ":1"});
  EXPECT_TRUE(Errors().empty());
}

TEST_F(ReaderTest, SymlinkedDirectoriesFollowedOnlyWhenAsked) {
  Write("real/story.txt", "Linked story.");
  Mkdir("top");
  ASSERT_EQ(symlink(P("real").c_str(), P("top/link").c_str()), 0);
  ASSERT_EQ(symlink(P("top").c_str(), P("top/back").c_str()), 0);  // a loop when followed
  Run({P("top")});
  EXPECT_TRUE(articles_.empty());
  EXPECT_TRUE(Errors().empty());
  ASSERT_GE(Warnings().size(), 2u);
  EXPECT_TRUE(Has(Warnings()[0], "symbolic link to a directory, not followed")) << Warnings()[0];

  IngestOptions follow;
  follow.follow_symlinks = true;
  Run({P("top")}, follow);
  EXPECT_EQ(Sources(), std::vector<std::string>{P("top/link/story.txt")});
  ASSERT_EQ(Errors().size(), 1u);
  EXPECT_TRUE(Has(Errors()[0], "directory loop")) << Errors()[0];
}

TEST_F(ReaderTest, BinaryFilesAreRejected) {
  Write("img.jpg", std::string("\xFF\xD8\xFF\xE0\0\x10JFIF\0\x01\x01\0\0\x01", 17));
  Write("bad.jsonl", std::string("\x01\x02\x03\0\0{", 6));
  const std::string ok = Write("ok.txt", "Text.");
  Run({P("img.jpg"), P("bad.jsonl"), ok});
  ASSERT_EQ(Errors().size(), 2u);
  EXPECT_TRUE(Has(Errors()[0], P("img.jpg") + ": binary file, not text (starts with ff d8 ff e0"))
      << Errors()[0];
  EXPECT_TRUE(Has(Errors()[1], P("bad.jsonl")) && Has(Errors()[1], "binary file"));
  EXPECT_EQ(Sources(), std::vector<std::string>{ok});
}

TEST_F(ReaderTest, NulByteInOneJsonLineRejectsThatLineOnly) {
  const std::string path =
      Write("dump.jsonl", std::string("{\"text\": \"First record.\"}\n{\"text\": \"Bro\0ken\"}\n"
                                      "{\"text\": \"Third record.\"}\n",
                                      72));
  Run({path});
  ASSERT_EQ(articles_.size(), 2u);
  EXPECT_EQ(articles_[0].body, "First record.");
  EXPECT_EQ(articles_[1].body, "Third record.");
  ASSERT_EQ(Errors().size(), 1u);
  EXPECT_TRUE(Has(Errors()[0], path + ":2:")) << Errors()[0];
}

TEST_F(ReaderTest, InvalidUtf8IsRepairedWithAWarning) {
  const std::string path =
      Write("damaged.txt", "Caf\xE9 owners in K\xC3\xB6ln and M\xC3\xBCnchen closed the road.");
  Run({path});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].body,
            "Caf\xEF\xBF\xBD owners in K\xC3\xB6ln and M\xC3\xBCnchen closed the road.");
  ASSERT_EQ(Warnings().size(), 1u);
  EXPECT_TRUE(Has(Warnings()[0], path + ": byte 3: invalid UTF-8 at byte 3")) << Warnings()[0];
  EXPECT_TRUE(Errors().empty());
}

TEST_F(ReaderTest, LegacyCharsetTextIsDecodedWithAWarning) {
  const std::string path = Write("latin1.txt", "Caf\xE9 owners said the road was closed.");
  Run({path});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].body, "Caf\xC3\xA9 owners said the road was closed.");
  ASSERT_EQ(Warnings().size(), 1u);
  // (uchardet may call so short a sample another Latin set; the decoded text is what matters.)
  EXPECT_TRUE(Has(Warnings()[0], path + ": byte 3: not UTF-8: read as ")) << Warnings()[0];
  EXPECT_TRUE(Errors().empty());
}

TEST_F(ReaderTest, EmptyInputs) {
  Write("empty.txt", "");
  Write("blank.txt", " \n\t\n\xC2\xA0\n");
  Write("blank.jsonl", "\n\n  \n");
  Write("empty.html", "   ");
  Mkdir("emptydir");
  Run({P("empty.txt"), P("blank.txt"), P("blank.jsonl"), P("empty.html"), P("emptydir")});
  const std::vector<std::string> e = Errors();
  ASSERT_EQ(e.size(), 4u);
  EXPECT_TRUE(Has(e[0], P("empty.txt") + ": empty file")) << e[0];
  EXPECT_TRUE(Has(e[1], P("blank.txt") + ": empty file (only whitespace)")) << e[1];
  EXPECT_TRUE(Has(e[2], P("blank.jsonl") + ": empty file (no JSON lines)")) << e[2];
  EXPECT_TRUE(Has(e[3], P("empty.html") + ": empty file")) << e[3];
  ASSERT_EQ(Warnings().size(), 1u);
  EXPECT_TRUE(Has(Warnings()[0], P("emptydir") + ": directory has no files to read"));
  EXPECT_TRUE(articles_.empty());
}

TEST_F(ReaderTest, JsonLinesRecordsErrorsAndNormalisedDates) {
  const std::string path = Write(
      "feed.jsonl",
      "{\"id\": \"a\", \"title\": \"One\", \"published\": \"July 18, 2017\", \"text\": "
      "\"First.\"}\n"
      "\n"
      "{\"id\": \"b\", \"text\": \"Second\"  \n"
      "{\"id\": \"c\", \"published\": \"sometime soon\", \"text\": \"Third.\"}\r\n"
      "{\"id\": \"d\", \"title\": 7, \"text\": \"Fourth.\"}\n"
      "{\"id\": \"e\", \"text\": \"Caf\xE9.\"}\n"
      "{\"id\": \"f\", \"published\": \"Tue, 18 Jul 2017 10:00:00 GMT\", \"html\": \"<p>x</p>\"}");
  Run({path});
  // Line 5's numeric title is dropped with a warning; the article is kept.
  EXPECT_EQ(Sources(), (std::vector<std::string>{path + ":1", path + ":4", path + ":5", path + ":6",
                                                 path + ":7"}));
  ASSERT_EQ(articles_.size(), 5u);
  EXPECT_EQ(articles_[0].published.value_or(""), "2017-07-18");
  EXPECT_FALSE(articles_[0].published_inferred);
  EXPECT_FALSE(articles_[1].published.has_value());
  EXPECT_EQ(articles_[2].body, "Fourth.");
  EXPECT_EQ(articles_[3].body, "Caf\xC3\xA9.");  // a Latin-1 line: decoded, not U+FFFD
  EXPECT_EQ(articles_[4].format, BodyFormat::kHtml);
  EXPECT_EQ(articles_[4].published.value_or(""), "2017-07-18");
  const std::vector<std::string> e = Errors();
  ASSERT_EQ(e.size(), 1u);
  EXPECT_TRUE(Has(e[0], path + ":3: malformed JSON")) << e[0];
  const std::vector<std::string> w = Warnings();
  ASSERT_EQ(w.size(), 3u);
  EXPECT_TRUE(Has(w[0], path + ":4: unrecognised \"published\" date")) << w[0];
  EXPECT_TRUE(Has(w[1], path + ":5: field \"title\" must be a string, got a number; ignored"))
      << w[1];
  EXPECT_TRUE(Has(w[2], path + ":6: byte 24: not UTF-8: read as ")) << w[2];
  EXPECT_EQ(stats_.rejected, 1u);
  EXPECT_EQ(stats_.articles, 5u);
}

TEST_F(ReaderTest, AmbiguousDayMonthDateSaysSo) {
  // "04/02/2025" is 4 February or 2 April: left empty as before, but the warning says why.
  const std::string path = Write("dates.jsonl",
                                 "{\"published\": \"04/02/2025\", \"text\": \"One.\"}\n"
                                 "{\"published\": \"4.2.25x\", \"text\": \"Two.\"}\n"
                                 "{\"published\": \"13/02/2025\", \"text\": \"Three.\"}\n");
  Run({path});
  ASSERT_EQ(articles_.size(), 3u);
  EXPECT_FALSE(articles_[0].published.has_value());
  EXPECT_EQ(articles_[2].published.value_or(""), "2025-02-13");
  const std::vector<std::string> w = Warnings();
  ASSERT_EQ(w.size(), 2u);
  EXPECT_TRUE(Has(w[0], path + ":1: ambiguous \"published\" date (day and month")) << w[0];
  EXPECT_TRUE(Has(w[1], path + ":2: unrecognised \"published\" date")) << w[1];
}

TEST_F(ReaderTest, PrettyPrintedJsonIsOneErrorNotOnePerLine) {
  const std::string path = Write("doc.jsonl", "{\n  \"text\": \"Body.\"\n}\n");
  Run({path});
  ASSERT_EQ(Errors().size(), 1u);
  EXPECT_TRUE(Has(Errors()[0], path + ":1: looks like a JSON document, not JSON Lines"));
  EXPECT_TRUE(articles_.empty());
}

TEST_F(ReaderTest, UnknownExtensionsAreSniffed) {
  Write("feed.json", "{\"text\": \"From JSON.\"}\n{\"text\": \"Again.\"}\n");
  Write("page.asp", "<html><body><p>Hi</p></body></html>");
  Write("notes.log", "Just some text.");
  Write("dump.gz", Gzip("{\"text\": \"Compressed record.\"}\n"));
  Run({P("feed.json"), P("page.asp"), P("notes.log"), P("dump.gz")});
  ASSERT_EQ(articles_.size(), 5u);
  EXPECT_EQ(articles_[4].source, P("dump.gz") + ":1");
  EXPECT_EQ(articles_[0].source, P("feed.json") + ":1");
  EXPECT_EQ(articles_[2].format, BodyFormat::kHtml);
  EXPECT_EQ(articles_[3].format, BodyFormat::kText);
  EXPECT_TRUE(Errors().empty());
}

TEST_F(ReaderTest, HugeTextFileIsRejectedFromItsSizeWithoutReading) {
  const std::string path = P("huge.txt");
  {
    const int fd = ::open(path.c_str(), O_CREAT | O_WRONLY, 0644);
    ASSERT_GE(fd, 0);
    ASSERT_EQ(ftruncate(fd, off_t{1} << 30), 0);  // sparse 1 GiB of zeros
    ::close(fd);
  }
  const std::string ok = Write("ok.txt", "Small.");
  const auto start = std::chrono::steady_clock::now();
  Run({path, ok});
  const auto elapsed = std::chrono::steady_clock::now() - start;
  EXPECT_LT(elapsed, std::chrono::seconds(2));  // it was not read
  ASSERT_EQ(Errors().size(), 1u);
  EXPECT_TRUE(Has(Errors()[0], path + ": file is 1.0 GiB, over the 64.0 MiB limit")) << Errors()[0];
  EXPECT_EQ(Sources(), std::vector<std::string>{ok});
  EXPECT_EQ(stats_.bytes_read, (uint64_t{1} << 30) + 6);  // progress still counts it
}

TEST_F(ReaderTest, OverlongJsonLineIsSkippedAndTheNextOneRead) {
  std::string big = "{\"text\": \"" + std::string(3u << 20, 'x') + "\"}";
  const std::string data = "{\"text\": \"before.\"}\n" + big + "\n{\"text\": \"after.\"}\n";
  Write("big.jsonl", data);
  Write("big.jsonl.gz", Gzip(data));
  IngestOptions options;
  options.max_article_bytes = 1u << 20;
  Run({P("big.jsonl"), P("big.jsonl.gz")}, options);
  EXPECT_EQ(Sources(), (std::vector<std::string>{P("big.jsonl:1"), P("big.jsonl:3"),
                                                 P("big.jsonl.gz:1"), P("big.jsonl.gz:3")}));
  ASSERT_EQ(Errors().size(), 2u);
  EXPECT_TRUE(Has(Errors()[0], P("big.jsonl") + ":2: line is 3.0 MiB, over the 1.0 MiB limit"))
      << Errors()[0];
  EXPECT_TRUE(Has(Errors()[1], P("big.jsonl.gz") + ":2: line is 3.0 MiB")) << Errors()[1];
}

TEST_F(ReaderTest, GzipInputsAndTruncatedGzip) {
  Write("a.txt.gz", Gzip("Compressed headline here\n\nCompressed body."));
  std::string lines;
  for (int i = 0; i < 20000; ++i) lines += "{\"text\": \"Record " + std::to_string(i) + ".\"}\n";
  std::string gz = Gzip(lines);
  Write("cut.jsonl.gz", gz.substr(0, gz.size() * 2 / 3));
  Write("big.txt.gz", Gzip(std::string(5000, 'w')));
  IngestOptions options;
  options.max_article_bytes = 4096;
  Run({P("a.txt.gz"), P("cut.jsonl.gz"), P("big.txt.gz")}, options);
  ASSERT_GE(articles_.size(), 2u);
  EXPECT_EQ(articles_[0].title.value_or(""), "Compressed headline here");
  EXPECT_EQ(articles_[1].source, P("cut.jsonl.gz") + ":1");
  const std::vector<std::string> e = Errors();
  ASSERT_EQ(e.size(), 2u);
  EXPECT_TRUE(Has(e[0], P("cut.jsonl.gz")) && Has(e[0], "truncated gzip")) << e[0];
  EXPECT_TRUE(Has(e[1], P("big.txt.gz") + ": over the 4.0 KiB limit")) << e[1];
  EXPECT_GT(articles_.size(), 1000u);  // what came before the damage was kept
}

TEST_F(ReaderTest, HtmlFilesBecomeHtmlArticles) {
  const std::string html = "<html><head><title>T</title></head><body><p>B</p></body></html>";
  Write("p.html", html);
  Write("big.htm", std::string(2000, ' ') + "<p>x</p>");
  IngestOptions options;
  options.max_article_bytes = 1000;
  Run({P("p.html"), P("big.htm")}, options);
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].format, BodyFormat::kHtml);
  EXPECT_EQ(articles_[0].body, html);
  EXPECT_FALSE(articles_[0].title.has_value());  // the web stage reads HTML metadata
  ASSERT_EQ(Errors().size(), 1u);
  EXPECT_TRUE(Has(Errors()[0], P("big.htm") + ": file is 2.0 KiB, over the"));
}

TEST_F(ReaderTest, WarcResponseRecordsBecomeHtmlArticles) {
  const std::string page = "<html><body><p>Archived.</p></body></html>";
  const std::string http =
      "HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n"
      "Content-Length: " +
      std::to_string(page.size()) + "\r\n\r\n" + page;
  const std::string request = "GET / HTTP/1.1\r\nHost: example.com\r\n\r\n";
  auto record = [](std::string_view type, std::string_view content_type, std::string_view body) {
    return "WARC/1.1\r\nWARC-Type: " + std::string(type) +
           "\r\nWARC-Target-URI: https://example.com/a\r\nWARC-Date: 2024-03-13T10:00:00Z\r\n"
           "WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\nContent-Type: " +
           std::string(content_type) + "\r\nContent-Length: " + std::to_string(body.size()) +
           "\r\n\r\n" + std::string(body) + "\r\n\r\n";
  };
  const std::string path =
      Write("crawl.warc", record("request", "application/http; msgtype=request", request) +
                              record("response", "application/http; msgtype=response", http) +
                              record("response", "application/http; msgtype=response",
                                     "HTTP/1.1 404 Not Found\r\nContent-Type: text/html\r\n\r\n"
                                     "<p>Gone</p>"));
  Run({path});
  ASSERT_TRUE(Errors().empty()) << Errors()[0];
  ASSERT_EQ(articles_.size(), 1u);
  const RawArticle& a = articles_[0];
  EXPECT_EQ(a.format, BodyFormat::kHtml);
  EXPECT_EQ(a.url.value_or(""), "https://example.com/a");
  EXPECT_EQ(a.fetched.value_or(""), "2024-03-13T10:00:00Z");
  EXPECT_EQ(a.source.substr(0, path.size() + 1), path + "@");
  EXPECT_EQ(a.body, page);
  EXPECT_EQ(stats_.skipped, 2u);  // the request record and the 404 response
}

TEST_F(ReaderTest, DamagedWarcRecordIsOneErrorAndTheRestIsRead) {
  auto record = [](std::string_view uri, std::string_view body, std::string_view length) {
    const std::string http =
        "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n" + std::string(body);
    return "WARC/1.0\r\nWARC-Type: response\r\nWARC-Target-URI: " + std::string(uri) +
           "\r\nWARC-Date: 2024-03-13T10:00:00Z\r\nContent-Type: application/http; "
           "msgtype=response\r\nContent-Length: " +
           (length.empty() ? std::to_string(http.size()) : std::string(length)) + "\r\n\r\n" +
           http + "\r\n\r\n";
  };
  const std::string good1 = record("https://example.com/1", "<p>One</p>", "");
  const std::string bad = record("https://example.com/2", "<p>Two</p>", "not-a-number");
  const std::string good3 = record("https://example.com/3", "<p>Three</p>", "");
  const std::string path = Write("mixed.warc", good1 + bad + good3);
  Write("mixed.warc.gz", Gzip(good1) + Gzip(bad) + Gzip(good3));
  Run({path, P("mixed.warc.gz")});
  ASSERT_EQ(articles_.size(), 4u) << (Errors().empty() ? "" : Errors()[0]);
  EXPECT_EQ(articles_[0].url.value_or(""), "https://example.com/1");
  EXPECT_EQ(articles_[1].url.value_or(""), "https://example.com/3");
  EXPECT_EQ(articles_[2].source, P("mixed.warc.gz") + "@0");
  const std::vector<std::string> e = Errors();
  ASSERT_EQ(e.size(), 2u);
  EXPECT_TRUE(Has(e[0], path)) << e[0];
  EXPECT_TRUE(Has(e[1], P("mixed.warc.gz"))) << e[1];
}

TEST_F(ReaderTest, StdinIsSniffedAndNamedDash) {
  auto with_stdin = [&](const std::string& data, const std::vector<std::string>& inputs) {
    int fds[2];
    ASSERT_EQ(pipe(fds), 0);
    ASSERT_EQ(write(fds[1], data.data(), data.size()), static_cast<ssize_t>(data.size()));
    close(fds[1]);
    const int saved = dup(STDIN_FILENO);
    dup2(fds[0], STDIN_FILENO);
    close(fds[0]);
    Run(inputs);
    dup2(saved, STDIN_FILENO);
    close(saved);
  };
  with_stdin("{\"text\": \"One.\"}\nnot json\n{\"text\": \"Two.\"}\n", {"-"});
  EXPECT_EQ(Sources(), (std::vector<std::string>{"-:1", "-:3"}));
  ASSERT_EQ(Errors().size(), 1u);
  EXPECT_TRUE(Has(Errors()[0], "-:2: malformed JSON")) << Errors()[0];

  with_stdin(Gzip("Piped headline text\n\nPiped body."), {"-", "-"});
  ASSERT_EQ(articles_.size(), 1u);
  EXPECT_EQ(articles_[0].source, "-");
  EXPECT_EQ(articles_[0].title.value_or(""), "Piped headline text");
  ASSERT_EQ(Errors().size(), 1u);
  EXPECT_TRUE(Has(Errors()[0], "given more than once"));
}

TEST_F(ReaderTest, ProgressReportsBytesAgainstTheTotal) {
  Write("p/a.txt", std::string(1000, 'a'));
  std::string lines;
  for (int i = 0; i < 50; ++i) lines += "{\"text\": \"Record.\"}\n";
  Write("p/b.jsonl", lines);
  const uint64_t total_expected = 1000 + lines.size();
  std::vector<uint64_t> seen;
  uint64_t total_seen = 0;
  Run({P("p")}, {}, [&](const IngestStats& s, uint64_t total) {
    seen.push_back(s.bytes_read);
    total_seen = total;
  });
  EXPECT_EQ(total_seen, total_expected);
  ASSERT_GE(seen.size(), 51u);
  for (size_t i = 1; i < seen.size(); ++i) EXPECT_LE(seen[i - 1], seen[i]);
  EXPECT_EQ(seen.back(), total_expected);
  EXPECT_EQ(stats_.bytes_read, total_expected);
}

}  // namespace
}  // namespace claimtrace
