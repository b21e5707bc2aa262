#include "web/http_response.h"
#include "core/test_gzip.h"

#include <gtest/gtest.h>

#include <string>

namespace claimtrace::web {
namespace {

using testing_support::Gzip;

TEST(WebHttpResponse, ParsesStatusHeadersAndBody) {
  Result<HttpResponse> r = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nContent-Type: text/HTML; charset=ISO-8859-1\r\nX-Long: a\r\n b\r\n\r\n"
      "<p>hi</p>",
      1 << 20);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(r->content_type, "text/html");
  EXPECT_EQ(r->charset, "ISO-8859-1");
  EXPECT_EQ(r->Header("x-long"), "a b");
  EXPECT_EQ(r->body, "<p>hi</p>");
}

TEST(WebHttpResponse, RemovesChunkingAndCompression) {
  const std::string html = "<html><body><p>compressed page</p></body></html>";
  const std::string gz = Gzip(html);
  std::string chunked;
  const size_t half = gz.size() / 2;
  char size_line[32];
  std::snprintf(size_line, sizeof size_line, "%zx;ext=1\r\n", half);
  chunked += size_line + gz.substr(0, half) + "\r\n";
  std::snprintf(size_line, sizeof size_line, "%zX\r\n", gz.size() - half);
  chunked += size_line + gz.substr(half) + "\r\n0\r\nTrailer: x\r\n\r\n";
  Result<HttpResponse> r = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n" + chunked,
      1 << 20);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->body, html);
  Result<HttpResponse> d = ParseHttpResponse(
      "HTTP/1.0 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + Gzip(html, 15), 1 << 20);
  ASSERT_TRUE(d.ok());
  EXPECT_EQ(d->body, html);
  Result<HttpResponse> raw = ParseHttpResponse(
      "HTTP/1.0 200 OK\r\nContent-Encoding: deflate\r\n\r\n" + Gzip(html, -15), 1 << 20);
  ASSERT_TRUE(raw.ok());
  EXPECT_EQ(raw->body, html);
}

TEST(WebHttpResponse, PayloadsStoredDecodedAreTakenAsTheyAre) {
  Result<HttpResponse> r = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nContent-Encoding: gzip\r\n\r\n<p>plain</p>",
      1 << 20);
  ASSERT_TRUE(r.ok()) << r.status().ToString();
  EXPECT_EQ(r->body, "<p>plain</p>");
}

TEST(WebHttpResponse, BadInput) {
  EXPECT_FALSE(ParseHttpResponse("<html>no status line", 1 << 20).ok());
  EXPECT_FALSE(ParseHttpResponse("HTTP/1.1 abc OK\r\n\r\n", 1 << 20).ok());
  EXPECT_FALSE(ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n", 1 << 20).ok());
  Result<HttpResponse> br =
      ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: br\r\n\r\nxx", 100);
  ASSERT_FALSE(br.ok());
  EXPECT_EQ(br.status().code(), StatusCode::kUnsupported);
  const std::string gz = Gzip(std::string(4000, 'a'));
  Result<HttpResponse> bomb =
      ParseHttpResponse("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gz, 1000);
  ASSERT_FALSE(bomb.ok());
  EXPECT_EQ(bomb.status().code(), StatusCode::kResourceExhausted);
  Result<HttpResponse> cut = ParseHttpResponse(
      "HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\n\r\n" + gz.substr(0, gz.size() / 2), 1 << 20);
  ASSERT_FALSE(cut.ok());
  EXPECT_NE(cut.status().message().find("truncated"), std::string::npos);
}

TEST(WebHttpResponse, DechunkHandlesTruncationAndGarbage) {
  std::string out;
  EXPECT_TRUE(Dechunk("5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n", 100, &out));
  EXPECT_EQ(out, "hello world");
  EXPECT_TRUE(Dechunk("5\r\nhel", 100, &out));  // cut in the middle: keep what is there
  EXPECT_EQ(out, "hel");
  EXPECT_FALSE(Dechunk("<html>", 100, &out));
  EXPECT_FALSE(Dechunk("ff\r\n" + std::string(255, 'x'), 10, &out));
}

}  // namespace
}  // namespace claimtrace::web
