// Tests for static file confinement (dot segments, symlinks out of the folder, SPA fallback).
#include "serve/static_files.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>

namespace claimtrace::serve {
namespace {

namespace fs = std::filesystem;

class StaticFilesTest : public ::testing::Test {
 protected:
  void SetUp() override {
    base_ = fs::temp_directory_path() / ("ct_static_" + std::to_string(::getpid()));
    fs::remove_all(base_);
    fs::create_directories(base_ / "dist" / "assets");
    std::ofstream(base_ / "dist" / "index.html") << "<!doctype html>";
    std::ofstream(base_ / "dist" / "assets" / "app.js") << "1";
    std::ofstream(base_ / "secret.txt") << "secret";
    fs::create_symlink(base_ / "secret.txt", base_ / "dist" / "leak.txt");
    fs::create_directory_symlink(base_, base_ / "dist" / "up");
    root_ = (base_ / "dist").string();
  }
  void TearDown() override { fs::remove_all(base_); }
  fs::path base_;
  std::string root_;
};

TEST_F(StaticFilesTest, ServesFilesInsideAndFallsBackToIndex) {
  auto js = ResolveStaticPath(root_, "/assets/app.js");
  ASSERT_TRUE(js.ok()) << js.status().ToString();
  EXPECT_EQ(fs::path(*js).filename(), "app.js");
  for (const char* spa : {"/", "/entity", "/claims/c3", "/search"}) {
    auto r = ResolveStaticPath(root_, spa);
    ASSERT_TRUE(r.ok()) << spa;
    EXPECT_EQ(fs::path(*r).filename(), "index.html") << spa;
  }
  EXPECT_EQ(ResolveStaticPath(root_, "/assets/missing.js").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(ContentTypeFor(*js), "text/javascript; charset=utf-8");
}

TEST_F(StaticFilesTest, RefusesTraversalAndSymlinkEscapes) {
  for (const char* bad : {"/../secret.txt", "/assets/../../secret.txt", "/./index.html",
                          "/assets/..", "/..\\secret.txt"}) {
    EXPECT_EQ(ResolveStaticPath(root_, bad).status().code(), StatusCode::kInvalidArgument) << bad;
  }
  EXPECT_EQ(ResolveStaticPath(root_, std::string("/index.html\0.js", 15)).status().code(),
            StatusCode::kInvalidArgument);
  EXPECT_EQ(ResolveStaticPath(root_, "/leak.txt").status().code(), StatusCode::kNotFound);
  EXPECT_EQ(ResolveStaticPath(root_, "/up/secret.txt").status().code(), StatusCode::kNotFound);
  EXPECT_FALSE(ResolveStaticPath(root_, "relative").ok());
}

}  // namespace
}  // namespace claimtrace::serve
