// Statement linking: containment in a statement's content (innermost wins), then the sentence
// of a statement's cue, else none. Statements are built by hand (attribution is another stage).
#include "figures/statement_link.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "figures/test_util.h"

namespace claimtrace::figures {
namespace {

ByteSpan SpanOf(const Document& doc, const std::string& part, size_t from = 0) {
  const size_t at = doc.text.find(part, from);
  CT_CHECK(at != std::string::npos);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + part.size())};
}

TEST(StatementLink, FigureInsideContentBelongsToIt) {
  Document doc;
  doc.text = "NATO said 7,000 to 15,000 soldiers died. Kyiv said nothing.";
  doc.sentences = {SpanOf(doc, "NATO said 7,000 to 15,000 soldiers died."),
                   SpanOf(doc, "Kyiv said nothing.")};
  Statement outer;
  outer.content = SpanOf(doc, "7,000 to 15,000 soldiers died");
  outer.cue = SpanOf(doc, "said");
  doc.statements = {outer};
  EXPECT_EQ(StatementFor(doc, SpanOf(doc, "7,000 to 15,000")), 0);
}

TEST(StatementLink, InnermostContentWins) {
  Document doc;
  doc.text = "He said that she claimed 500 died.";
  doc.sentences = {SpanOf(doc, doc.text)};
  Statement outer, inner;
  outer.content = SpanOf(doc, "she claimed 500 died");
  inner.content = SpanOf(doc, "500 died");
  doc.statements = {outer, inner};
  EXPECT_EQ(StatementFor(doc, SpanOf(doc, "500")), 1);
}

TEST(StatementLink, SameSentenceAsCue) {
  Document doc;
  doc.text = "At least 121 children have died, prosecutors say. Another sentence with 5 cats.";
  doc.sentences = {SpanOf(doc, "At least 121 children have died, prosecutors say."),
                   SpanOf(doc, "Another sentence with 5 cats.")};
  Statement st;
  st.content = SpanOf(doc, "prosecutors");  // deliberately not covering the figure
  st.cue = SpanOf(doc, "say");
  doc.statements = {st};
  EXPECT_EQ(StatementFor(doc, SpanOf(doc, "At least 121")), 0);
  EXPECT_EQ(StatementFor(doc, SpanOf(doc, "5")), std::nullopt);
}

TEST(StatementLink, NoStatementsNoLink) {
  Document doc = testing::Extract("About 500 people gathered.");
  ASSERT_EQ(doc.figures.size(), 1u);
  EXPECT_EQ(doc.figures[0].statement, std::nullopt);
}

TEST(StatementLink, NotThroughSpeakerOrQuantitySpeaker) {
  Document doc;
  doc.text =
      "Nearly eight of 10 voters say they will watch, and 46 percent back Clinton while 5 "
      "percent prefer Johnson.";
  doc.sentences = {SpanOf(doc, doc.text)};
  Statement voters;
  voters.speaker.span = SpanOf(doc, "Nearly eight of 10 voters");
  voters.cue = SpanOf(doc, "say");
  voters.content = SpanOf(doc, "they will watch");
  Statement share;
  share.speaker.span = SpanOf(doc, "5 percent");
  share.cue = SpanOf(doc, "prefer");
  share.content = SpanOf(doc, "Johnson");
  doc.statements = {voters, share};
  const std::vector<ByteSpan> figures = {SpanOf(doc, "10"), SpanOf(doc, "46 percent"),
                                         SpanOf(doc, "5 percent")};
  // A figure in a speaker phrase belongs to no statement through that speaker.
  EXPECT_NE(StatementFor(doc, SpanOf(doc, "10"), figures), std::optional<int>(0));
  // "46 percent" is not given by the "5 percent" who prefer Johnson.
  EXPECT_NE(StatementFor(doc, SpanOf(doc, "46 percent"), figures), std::optional<int>(1));
}

// The indexed linker must answer exactly as the simple one, also on nested, touching, empty
// and overlapping spans (random documents; spans are byte ranges, text is irrelevant here).
TEST(StatementLink, IndexedLinkerAgreesWithSimpleLinker) {
  std::mt19937 rng(20261124);
  auto span = [&](uint32_t lo, uint32_t hi, uint32_t max_len) {
    const uint32_t start = lo + rng() % (hi - lo);
    return ByteSpan{start, std::min(hi, start + static_cast<uint32_t>(rng() % (max_len + 1)))};
  };
  size_t linked = 0;
  for (int round = 0; round < 300; ++round) {
    Document doc;
    const uint32_t size = 200 + rng() % 2000;
    doc.text.assign(size, 'x');
    for (uint32_t at = 0; at < size;) {
      const uint32_t end = std::min(size, at + 5 + static_cast<uint32_t>(rng() % 120));
      if (rng() % 8 != 0) doc.sentences.push_back({at, end});  // some text in no sentence
      at = end;
    }
    const int statements = static_cast<int>(rng() % 40);
    for (int i = 0; i < statements; ++i) {
      Statement st;
      st.content = span(0, size, rng() % 5 == 0 ? 600 : 80);
      if (rng() % 4 != 0) st.cue = span(0, size, 10);
      if (rng() % 3 != 0) st.speaker.span = span(0, size, 30);
      if (rng() % 4 == 0) st.via.push_back({.span = span(0, size, 20)});
      doc.statements.push_back(st);
    }
    std::vector<ByteSpan> figures;
    for (int i = static_cast<int>(rng() % 60); i > 0; --i) figures.push_back(span(0, size, 12));
    const StatementLinker linker(doc, figures);
    for (const ByteSpan& f : figures) {
      const std::optional<int> simple = StatementFor(doc, f, figures);
      ASSERT_EQ(linker.For(f), simple) << "round " << round << " figure " << f.start << "-" << f.end;
      linked += simple.has_value();
    }
  }
  EXPECT_GT(linked, 1000u);  // the comparison covered real links, not only "none"
}

}  // namespace
}  // namespace claimtrace::figures
