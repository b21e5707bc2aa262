// Tests for request parameter validation.
#include "serve/params.h"

#include <gtest/gtest.h>

namespace claimtrace::serve {
namespace {

Params Make(std::vector<std::pair<std::string, std::string>> v) {
  return Params(std::move(v), {"limit", "offset", "q", "from", "syntax"});
}

TEST(Serve, ParamsRejectUnknownRepeatedLongAndControlValues) {
  EXPECT_TRUE(Make({{"q", "putin"}, {"limit", "5"}}).Check().ok());
  Status unknown = Make({{"qq", "x"}}).Check();
  EXPECT_EQ(unknown.code(), StatusCode::kInvalidArgument);
  EXPECT_NE(unknown.message().find("unknown parameter 'qq'"), std::string::npos);
  EXPECT_FALSE(Make({{"q", "a"}, {"q", "b"}}).Check().ok());
  EXPECT_FALSE(Make({{"q", std::string(kMaxParamBytes + 1, 'a')}}).Check().ok());
  EXPECT_FALSE(Make({{"q", std::string("a\0b", 3)}}).Check().ok());
  EXPECT_FALSE(Make({{"q", "a\nb"}}).Check().ok());
}

TEST(Serve, ParamsParsePagesStrictly) {
  auto ok = Make({{"limit", "50"}, {"offset", "100"}}).Page();
  ASSERT_TRUE(ok.ok());
  EXPECT_EQ(ok->limit, 50);
  EXPECT_EQ(ok->offset, 100);
  auto defaults = Make({}).Page();
  ASSERT_TRUE(defaults.ok());
  EXPECT_EQ(defaults->limit, 20);
  for (const char* bad :
       {"", "abc", "-1", "0", "201", "1e3", " 5", "5 ", "+5", "0x10", "99999999999999999999999"}) {
    auto r = Make({{"limit", bad}}).Page();
    EXPECT_EQ(r.status().code(), StatusCode::kInvalidArgument) << "'" << bad << "'";
  }
  EXPECT_FALSE(Make({{"offset", "-3"}}).Page().ok());
}

TEST(Serve, ParamsCheckDatesSyntaxAndIds) {
  EXPECT_TRUE(Make({{"from", "2022-03-01"}}).Date("from").ok());
  EXPECT_FALSE(Make({{"from", "2022-3-1"}}).Date("from").ok());
  EXPECT_FALSE(Make({{"from", "yesterday"}}).Date("from").ok());
  // The right shape but no such day: refused, not an empty answer.
  EXPECT_FALSE(Make({{"from", "2025-02-31"}}).Date("from").ok());
  EXPECT_FALSE(Make({{"to", "2025-13-01"}}).Date("to").ok());
  EXPECT_FALSE(Make({{"to", "0000-01-01"}}).Date("to").ok());
  EXPECT_TRUE(Make({{"to", "2024-02-29"}}).Date("to").ok());
  EXPECT_EQ(*Make({{"syntax", "fts"}}).Syntax(), SearchSyntax::kFts5);
  EXPECT_EQ(*Make({}).Syntax(), SearchSyntax::kWords);
  EXPECT_FALSE(Make({{"syntax", "sql"}}).Syntax().ok());
  EXPECT_TRUE(IsDocumentId("0123456789abcdef"));
  EXPECT_FALSE(IsDocumentId("0123456789ABCDEF"));
  EXPECT_FALSE(IsDocumentId("0123456789abcde"));
  EXPECT_FALSE(IsDocumentId("1' OR '1'='1'--x"));
}

}  // namespace
}  // namespace claimtrace::serve
