#include "claimtrace/status.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

TEST(Status, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
  EXPECT_EQ(s.ToString(), "OK");
}

TEST(Status, ToStringNamesFileLineByteAndFragment) {
  Status s = ParseError("expected a JSON object",
                        {.file = "in.jsonl", .line = 7, .byte = 120, .fragment = "[1,2"});
  EXPECT_EQ(s.ToString(), "in.jsonl:7: byte 120: expected a JSON object (near \"[1,2\")");
}

TEST(Status, WithFileFillsOnlyUnsetFields) {
  Status s = IoError("read failed", {.line = 3});
  Status t = s.WithFile("a.txt", 9, 40);
  EXPECT_EQ(t.where().file, "a.txt");
  EXPECT_EQ(t.where().line, 3);
  EXPECT_EQ(t.where().byte, 40);
  EXPECT_TRUE(Status().WithFile("x").ok());
}

TEST(Status, CopyIsDeep) {
  Status a = NotFoundError("gone", {.file = "f"});
  Status b = a;
  a = Status();
  EXPECT_FALSE(b.ok());
  EXPECT_EQ(b.message(), "gone");
}

TEST(Status, MakeFragmentCutsOnUtf8BoundaryAndHidesControls) {
  EXPECT_EQ(MakeFragment("a\nb"), "a b");
  // "é" is two bytes; a 2-byte limit must not split it.
  EXPECT_EQ(MakeFragment("a\xC3\xA9", 2), "a");
}

Result<int> Half(int x) {
  if (x % 2) return InvalidArgumentError("odd");
  return x / 2;
}

Result<int> Quarter(int x) {
  CT_ASSIGN_OR_RETURN(int h, Half(x));
  CT_ASSIGN_OR_RETURN(int q, Half(h));
  return q;
}

TEST(Result, PropagatesErrorsThroughAssignOrReturn) {
  EXPECT_EQ(*Quarter(8), 2);
  Result<int> bad = Quarter(6);
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.status().message(), "odd");
  EXPECT_EQ(bad.value_or(-1), -1);
}

TEST(Result, OkStatusBecomesInternalError) {
  Result<int> r{Status()};
  EXPECT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kInternal);
}

TEST(ResultDeathTest, ValueOfErrorAborts) {
  Result<int> r = NotFoundError("nope");
  EXPECT_DEATH(r.value(), "nope");
}

}  // namespace
}  // namespace claimtrace
