#include "claimtrace/document.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

TEST(Document, IdIsStableHexOfCleanedText) {
  EXPECT_EQ(DocumentId("same text"), DocumentId("same text"));
  EXPECT_NE(DocumentId("same text"), DocumentId("same text."));
  EXPECT_EQ(DocumentId("x").size(), 16u);
  EXPECT_EQ(DocumentId("x").find_first_not_of("0123456789abcdef"), std::string::npos);
}

TEST(Document, EnumNamesRoundTrip) {
  for (auto t : {EntityType::kPerson, EntityType::kOrg, EntityType::kGpe, EntityType::kLoc,
                 EntityType::kNorp, EntityType::kEvent, EntityType::kWork, EntityType::kMisc}) {
    EntityType back = EntityType::kMisc;
    ASSERT_TRUE(Parse(ToString(t), &back));
    EXPECT_EQ(back, t);
  }
  SpeakerKind k = SpeakerKind::kUnknown;
  EXPECT_TRUE(Parse("anonymous_official", &k));
  EXPECT_EQ(k, SpeakerKind::kAnonymousOfficial);
  EXPECT_FALSE(Parse("Anonymous", &k));
  EXPECT_EQ(ToString(Qualifier::kAtLeast), "at_least");
  EXPECT_EQ(ToString(ViaRelation::kAccordingTo), "according_to");
}

TEST(Document, SliceUsesByteOffsets) {
  Document d;
  d.text = "Кирило said";
  EXPECT_EQ(d.Slice({0, 12}), "Кирило");
  EXPECT_EQ(d.Slice({13, 17}), "said");
}

}  // namespace
}  // namespace claimtrace
