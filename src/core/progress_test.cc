// Tests for the progress line and for diagnostics printed while a bar is shown.
#include "core/progress.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace claimtrace {
namespace {

TEST(Progress, LineShowsDocumentsMegabytesRateAndEta) {
  std::string line = FormatProgressLine(1234, 50'000'000, 200'000'000, 10.0, 120);
  EXPECT_NE(line.find("1,234 docs"), std::string::npos) << line;
  EXPECT_NE(line.find("50.0/200.0 MB"), std::string::npos) << line;
  EXPECT_NE(line.find("25%"), std::string::npos) << line;
  EXPECT_NE(line.find("5.0 MB/s"), std::string::npos) << line;
  EXPECT_NE(line.find("123 docs/s"), std::string::npos) << line;
  EXPECT_NE(line.find("ETA 0:30"), std::string::npos) << line;  // 150 MB left at 5 MB/s
  EXPECT_NE(line.find("[##########"), std::string::npos) << line;
  EXPECT_LE(line.size(), 119u);
}

TEST(Progress, UnknownTotalHasNoEtaAndNarrowTerminalsAreRespected) {
  std::string line = FormatProgressLine(3, 1'500'000, 0, 65.0, 80);
  EXPECT_EQ(line.find("ETA"), std::string::npos) << line;
  EXPECT_EQ(line.find('%'), std::string::npos) << line;
  EXPECT_NE(line.find("1:05"), std::string::npos) << line;
  std::string narrow = FormatProgressLine(3, 1'500'000, 9'000'000, 2.0, 30);
  EXPECT_LE(narrow.size(), 29u);
  EXPECT_EQ(narrow.find('['), std::string::npos);
}

TEST(Progress, FormatsDurations) {
  EXPECT_EQ(FormatDuration(0), "0:00");
  EXPECT_EQ(FormatDuration(59.6), "1:00");
  EXPECT_EQ(FormatDuration(3723), "1:02:03");
  EXPECT_EQ(FormatDuration(-1), "?");
}

TEST(Progress, DisabledBarWritesNothing) {
  std::FILE* f = std::tmpfile();
  {
    ProgressBar bar(f, false);
    bar.SetTotalBytes(100);
    bar.SetBytes(50);
    bar.SetDocuments(3);
    StderrDiagnostics inner(f);
    BarSafeDiagnostics diag(&inner, &bar);
    diag.Error(IoError("cannot read", {.file = "a.txt"}));
  }
  std::rewind(f);
  char buf[256] = {};
  size_t n = std::fread(buf, 1, sizeof(buf) - 1, f);
  std::fclose(f);
  EXPECT_EQ(std::string(buf, n), "claimtrace: error: a.txt: cannot read\n");
}

TEST(Progress, DiagnosticLinesClearTheBarAndStayWhole) {
  std::FILE* f = std::tmpfile();
  {
    ProgressBar bar(f, true);
    bar.SetTotalBytes(1000);
    bar.SetBytes(10);
    StderrDiagnostics inner(f);
    BarSafeDiagnostics diag(&inner, &bar);
    diag.Warning(ParseError("bad byte", {.file = "b.txt", .byte = 3}));
    bar.SetDocuments(1);
    bar.Finish();
  }
  std::rewind(f);
  std::string all;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof(buf), f)) > 0) all.append(buf, n);
  std::fclose(f);
  // The warning starts right after a line clear and is followed by a newline.
  size_t at = all.find("claimtrace: warning: b.txt: byte 3: bad byte\n");
  ASSERT_NE(at, std::string::npos) << all;
  ASSERT_GE(at, 4u);
  EXPECT_EQ(all.substr(at - 4, 4), "\r\x1b[K");
  // The bar was drawn and the output ends with the bar cleared.
  EXPECT_NE(all.find("docs"), std::string::npos);
  EXPECT_EQ(all.substr(all.size() - 4), "\r\x1b[K");
}

}  // namespace
}  // namespace claimtrace
