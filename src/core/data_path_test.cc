#include "core/data_path.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <fstream>

namespace claimtrace {
namespace {

TEST(DataPath, OverrideDirectoryWinsAndMissingFileSaysWhereItLooked) {
  auto dir = std::filesystem::temp_directory_path() / "ct_data_path_test";
  std::filesystem::create_directories(dir / "models");
  std::ofstream(dir / "models" / "m.bin") << "x";
  Result<std::string> found = FindDataFile("models/m.bin", dir.string());
  ASSERT_TRUE(found.ok()) << found.status().ToString();
  EXPECT_EQ(*found, (dir / "models" / "m.bin").string());
  Result<std::string> missing = FindDataFile("models/none.bin", dir.string());
  ASSERT_FALSE(missing.ok());
  EXPECT_EQ(missing.status().code(), StatusCode::kNotFound);
  EXPECT_NE(missing.status().message().find(dir.string()), std::string::npos);
  std::filesystem::remove_all(dir);
}

TEST(DataPath, ReadFileToStringReportsMissingPath) {
  Result<std::string> r = ReadFileToString("/nonexistent/claimtrace/file");
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
  EXPECT_EQ(r.status().where().file, "/nonexistent/claimtrace/file");
}

}  // namespace
}  // namespace claimtrace
