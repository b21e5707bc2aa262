#include "clean/paragraphs.h"

#include <gtest/gtest.h>

namespace claimtrace {
namespace {

std::vector<std::string> Paras(std::string_view text) { return FormParagraphs(SplitLines(text)); }

TEST(CleanParagraphs, BlankLinesSeparateAndScrapedLinesStayParagraphs) {
  EXPECT_EQ(Paras("Title\n\nFirst paragraph here.\n\n\n\nSecond one."),
            (std::vector<std::string>{"Title", "First paragraph here.", "Second one."}));
  // One paragraph per line, as scraped pages come: long lines, each a complete paragraph.
  const std::string scraped =
      "Officials said on Tuesday that the evacuation of the eastern districts was complete and "
      "that residents could not return before the weekend at the earliest.\n"
      "The regional governor told reporters that the plant would remain closed while "
      "inspectors examined the ruptured tank and the valves around it.\n"
      "Short caption line\n"
      "Another long paragraph follows here, describing what the hospital staff saw when the "
      "first patients arrived with breathing problems late in the evening.\n";
  EXPECT_EQ(Paras(scraped).size(), 4u);
  EXPECT_FALSE(LooksHardWrapped(SplitLines(scraped)));
}

TEST(CleanParagraphs, HardWrappedTextIsJoined) {
  const std::string wrapped =
      "The port authority said on Friday that grain shipments had fallen by a\n"
      "third this week as dock workers kept up their strike over pay and\n"
      "conditions, the longest stoppage at the port in a decade.\n"
      "\n"
      "Union leaders said talks with the operator would resume on Monday. The\n"
      "operator declined to comment on the talks or on the union's demands.\n";
  const std::vector<std::string> ps = Paras(wrapped);
  ASSERT_EQ(ps.size(), 2u);
  EXPECT_EQ(ps[0],
            "The port authority said on Friday that grain shipments had fallen by a third this "
            "week as dock workers kept up their strike over pay and conditions, the longest "
            "stoppage at the port in a decade.");
  EXPECT_EQ(ps[1].substr(0, 72),
            "Union leaders said talks with the operator would resume on Monday. The o");
  EXPECT_TRUE(LooksHardWrapped(SplitLines(wrapped)));
}

TEST(CleanParagraphs, WrappedTextKeepsListsPromptsAndShortLastLines) {
  const std::string wrapped =
      "Residents of three districts were told to close their windows and stay\n"
      "indoors until the emergency service gave the all-clear on Wednesday.\n"
      "Schools in the area stayed closed for a second day running, officials\n"
      "said.\n"
      "- District one: evacuated in the night by bus and by the city's trams\n"
      "- District two: told to stay inside with the windows shut until noon\n"
      "Leave a Comment\n";
  const std::vector<std::string> ps = Paras(wrapped);
  // Without blank lines, a full line followed by a new sentence is still read as a wrap.
  ASSERT_EQ(ps.size(), 4u) << ps[0];
  EXPECT_NE(ps[0].find("on Wednesday. Schools in the area"), std::string::npos);
  EXPECT_EQ(ps[0].substr(ps[0].size() - 15), "officials said.");
  EXPECT_EQ(ps[1].substr(0, 14), "- District one");
  EXPECT_EQ(ps[2].substr(0, 14), "- District two");
  EXPECT_EQ(ps[3], "Leave a Comment");
}

TEST(CleanParagraphs, MidSentenceBreaksJoinEvenInScrapedText) {
  EXPECT_EQ(Paras("The ministry said the plant\nwould stay closed.\nNext paragraph."),
            (std::vector<std::string>{"The ministry said the plant would stay closed.",
                                      "Next paragraph."}));
  EXPECT_EQ(Paras("A long-term inter-\nnational plan."),
            (std::vector<std::string>{"A long-term inter-national plan."}));
  // A capital or a quote after the break is not joined outside hard-wrapped text.
  EXPECT_EQ(Paras("when he arrived home in 2018,\n\xE2\x80\x9C"
                  "everything had changed\xE2\x80\x9D")
                .size(),
            2u);
  EXPECT_EQ(Paras("Putin's Concern\nThe day after the election").size(), 2u);
}

}  // namespace
}  // namespace claimtrace
