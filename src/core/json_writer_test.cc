#include "core/json_writer.h"

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

namespace claimtrace {
namespace {

TEST(JsonWriter, WritesNestedValuesInOrder) {
  std::string out;
  JsonWriter w(&out);
  w.BeginObject();
  w.Key("b"); w.Int(1);
  w.Key("a"); w.BeginArray(); w.Double(1.5); w.Bool(true); w.Null(); w.EndArray();
  w.Key("s"); w.OptionalString(std::nullopt);
  w.EndObject();
  EXPECT_EQ(out, R"({"b":1,"a":[1.5,true,null],"s":null})");
}

TEST(JsonWriter, EscapesControlsQuotesAndKeepsUtf8) {
  std::string out;
  JsonWriter::AppendEscaped("a\"b\\c\n\x01 \xE2\x80\x9C", &out);
  EXPECT_EQ(out, "\"a\\\"b\\\\c\\n\\u0001 \xE2\x80\x9C\"");
  EXPECT_EQ(nlohmann::json::parse(out).get<std::string>(), "a\"b\\c\n\x01 \xE2\x80\x9C");
}

TEST(JsonWriter, DoublesAreShortestAndNonFiniteIsNull) {
  std::string out;
  JsonWriter w(&out);
  w.BeginArray();
  w.Double(7000); w.Double(0.88); w.Double(1.0 / 0.0); w.Double(100000); w.Double(1.5e9);
  w.Double(-2);
  w.EndArray();
  EXPECT_EQ(out, "[7000,0.88,null,100000,1500000000,-2]");
}

}  // namespace
}  // namespace claimtrace
