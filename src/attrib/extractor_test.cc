// End-to-end tests of AttributionExtractor with the shipped model: the statement forms of
// issue 5 on short sentences written for these tests, and negative cases.
#include <gtest/gtest.h>

#include <cstring>
#include <memory>

#include "attrib/content_finder.h"
#include "attrib/detector.h"
#include "attrib/model.h"
#include "attrib/source_finder.h"
#include "attrib/test_util.h"
#include "claimtrace/attribution.h"
#include "core/data_path.h"

namespace claimtrace {
namespace {

const AttributionExtractor& Extractor() {
  static const AttributionExtractor* ex = [] {
    Result<std::unique_ptr<AttributionExtractor>> r = AttributionExtractor::Load({});
    if (!r.ok()) {
      ADD_FAILURE() << r.status().ToString();
      std::abort();
    }
    return r->release();
  }();
  return *ex;
}

struct Extracted {
  explicit Extracted(std::string text) {
    doc.text = std::move(text);
    TextAnalysis a = attrib::TestAnalyzer().Analyze(&doc);
    Extractor().Annotate(a, &doc, &parts);
  }
  std::string T(ByteSpan s) const { return std::string(doc.Slice(s)); }
  std::string T(const std::optional<ByteSpan>& s) const { return s ? T(*s) : std::string("-"); }
  // The statement whose content contains `needle`.
  const Statement* With(std::string_view needle) const {
    for (const Statement& s : doc.statements) {
      if (doc.Slice(s.content).find(needle) != std::string_view::npos) return &s;
    }
    return nullptr;
  }
  Document doc;
  std::vector<StatementParts> parts;
};

TEST(Attrib, ExtractsDirectQuoteWithTrailingAttribution) {
  Extracted r(
      "\xE2\x80\x9CThe war is lost,\xE2\x80\x9D said Christo Grozev, a Bellingcat investigator.");
  const Statement* s = r.With("The war is lost");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, StatementType::kDirect);
  EXPECT_EQ(r.T(s->cue), "said");
  EXPECT_NE(r.T(s->speaker.span).find("Christo Grozev"), std::string::npos);
  EXPECT_EQ(s->speaker.kind, SpeakerKind::kPerson);
}

TEST(Attrib, ExtractsIndirectSpeechWithThat) {
  Extracted r("The defence minister warned that the offensive would begin within days.");
  const Statement* s = r.With("the offensive would begin");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, StatementType::kIndirect);
  EXPECT_EQ(r.T(s->speaker.span), "The defence minister");
  EXPECT_EQ(s->speaker.kind, SpeakerKind::kAnonymousOfficial);
}

TEST(Attrib, ExtractsAccordingTo) {
  Extracted r("The convoy was seized near the border, according to a senior US official.");
  const Statement* s = r.With("The convoy was seized");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.T(s->cue), "according to");
  EXPECT_EQ(r.T(s->speaker.span), "a senior US official");
  EXPECT_EQ(s->speaker.kind, SpeakerKind::kAnonymousOfficial);
}

TEST(Attrib, ExtractsToldWithVia) {
  Extracted r(
      "Ukraine's military intelligence chief told Sky News that a coup was already underway.");
  const Statement* s = r.With("a coup was already underway");
  ASSERT_NE(s, nullptr);
  ASSERT_EQ(s->via.size(), 1u);
  EXPECT_EQ(s->via[0].relation, ViaRelation::kTold);
  EXPECT_EQ(r.T(s->via[0].span), "told Sky News");
}

TEST(Attrib, ExtractsBelief) {
  Extracted r("Western officials believe the Russian advance has stalled.");
  const Statement* s = r.With("the Russian advance has stalled");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, StatementType::kBelief);
  EXPECT_EQ(s->speaker.kind, SpeakerKind::kAnonymousOfficial);
}

TEST(Attrib, ExtractsAccusation) {
  // The person is introduced by full name as news copy does: whether a bare surname in a
  // one-sentence text is a person is the language core's call, not what this test is about.
  Extracted r(
      "President Volodymyr Zelensky accused Russian forces of seizing a humanitarian convoy.");
  const Statement* s = r.With("seizing a humanitarian convoy");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.T(s->cue), "accused");
  EXPECT_EQ(s->speaker.kind, SpeakerKind::kPerson);
}

TEST(Attrib, ExtractsMixedQuote) {
  Extracted r(
      "Grozev said the security services \xE2\x80\x9Cunderstand that the war is lost.\xE2\x80\x9D");
  const Statement* s = r.With("understand that the war is lost");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(s->type, StatementType::kMixed);
}

TEST(Attrib, MultiParagraphQuoteIsOneContent) {
  Extracted r(
      "The mayor said: \xE2\x80\x9CWe have no water and no power.\n\n"
      "\xE2\x80\x9CWe need help now.\xE2\x80\x9D\n\nThe siege continues.");
  const Statement* s = r.With("no water");
  ASSERT_NE(s, nullptr);
  EXPECT_NE(r.T(s->content).find("We need help now"), std::string::npos);
  EXPECT_EQ(s->type, StatementType::kDirect);
}

TEST(Attrib, ReportedSpeechWithoutSpeaker) {
  Extracted r("The Russian president is said to blame the FSB for the failure.");
  const Statement* s = r.With("blame the FSB");
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->hedged);
  EXPECT_FALSE(s->speaker.span);
}

TEST(Attrib, PlainNarrationHasNoStatements) {
  Extracted r("The bridge was destroyed on Monday. Trains stopped running and schools closed.");
  EXPECT_TRUE(r.doc.statements.empty()) << r.T(r.doc.statements[0].content);
}

TEST(Attrib, SaidInsideAQuoteIsNotTheOuterCue) {
  Extracted r("\xE2\x80\x9CThey said it would be quick,\xE2\x80\x9D the commander told reporters.");
  const Statement* outer = nullptr;
  for (const Statement& s : r.doc.statements) {
    if (r.T(s.speaker.span) == "the commander") outer = &s;
  }
  ASSERT_NE(outer, nullptr);
  EXPECT_EQ(r.T(outer->cue), "told");
  EXPECT_NE(r.T(outer->content).find("They said it would be quick"), std::string::npos);
  ASSERT_EQ(outer->via.size(), 1u);
  EXPECT_EQ(r.T(outer->via[0].span), "told reporters");
  // A statement reported inside the quote, if found, does not inherit the outer path.
  for (const Statement& s : r.doc.statements) {
    if (&s != outer) {
      EXPECT_TRUE(s.via.empty()) << r.T(s.content);
    }
  }
}

TEST(Attrib, EmptyAndOddInputs) {
  for (const char* text : {"", "\xE2\x80\x9C", "said", "\xE2\x80\x9C\xE2\x80\x9D said he.",
                           "- \n- \n", "According to"}) {
    Extracted r(text);  // must not crash; whatever is found has valid spans
    for (const Statement& s : r.doc.statements) {
      EXPECT_LE(s.content.end, r.doc.text.size());
      EXPECT_LT(s.content.start, s.content.end);
    }
  }
}

TEST(Attrib, AnnotateIsRepeatableAndFillsParts) {
  Extracted a("\xE2\x80\x9CIt is over,\xE2\x80\x9D he said. Officials said the talks failed.");
  Extracted b("\xE2\x80\x9CIt is over,\xE2\x80\x9D he said. Officials said the talks failed.");
  ASSERT_EQ(a.doc.statements.size(), b.doc.statements.size());
  ASSERT_EQ(a.parts.size(), a.doc.statements.size());
  for (size_t i = 0; i < a.doc.statements.size(); ++i) {
    EXPECT_EQ(a.doc.statements[i].content, b.doc.statements[i].content);
    ASSERT_FALSE(a.parts[i].content_parts.empty());
    EXPECT_EQ(a.parts[i].content_parts.front().start, a.doc.statements[i].content.start);
    EXPECT_EQ(a.parts[i].content_parts.back().end, a.doc.statements[i].content.end);
  }
}

// Differential: precomputed span-shape tables (the extractor's fast path) give the same
// attributions as tables computed per document, and the tables themselves are equal.
TEST(Attrib, PrecomputedShapeTablesChangeNothing) {
  Result<std::string> path = FindDataFile("models/attrib.model", "");
  ASSERT_TRUE(path.ok()) << path.status().ToString();
  Result<attrib::Model> plain = attrib::Model::LoadFile(*path);
  ASSERT_TRUE(plain.ok()) << plain.status().ToString();
  attrib::Model fast = *plain;
  attrib::PrecomputeShapeTables(&fast);
  ASSERT_FALSE(fast.source_tables.empty());
  ASSERT_FALSE(fast.content_tables.empty());
  ASSERT_TRUE(plain->source_tables.empty());
  const attrib::TestDoc d(
      "\u201cWe will not retreat,\u201d the commander said on Monday. Officials believe the "
      "attack was planned. According to Reuters, the talks failed.\n\nShe told the BBC that "
      "the plan, which he called \u201creckless\u201d, would cost millions, a source said.");
  const std::vector<attrib::Attribution> a = attrib::DetectAttributions(*d.view, *plain);
  const std::vector<attrib::Attribution> b = attrib::DetectAttributions(*d.view, fast);
  ASSERT_EQ(a.size(), b.size());
  EXPECT_GE(a.size(), 3u);
  for (size_t i = 0; i < a.size(); ++i) {
    EXPECT_EQ(a[i].cue, b[i].cue);
    EXPECT_EQ(a[i].source, b[i].source);
    EXPECT_EQ(a[i].content, b[i].content);
  }
  // The tables a document computes lazily are the precomputed ones, bit for bit.
  attrib::ScoreCache cache(d.view->size(), d.view->sentences.size(), d.view->blocks.size());
  for (const attrib::Attribution& x : a) {
    attrib::FindSource(*d.view, *plain, x.cue, nullptr, nullptr, &cache);
    attrib::FindContent(*d.view, *plain, x.cue, std::nullopt, {x.cue}, nullptr, nullptr, nullptr,
                        &cache);
  }
  EXPECT_EQ(cache.source_tables.size(), fast.source_tables.size());
  EXPECT_EQ(cache.content_tables.size(), fast.content_tables.size());
  EXPECT_EQ(0, std::memcmp(cache.source_tables.data(), fast.source_tables.data(),
                           fast.source_tables.size() * sizeof(float)));
  EXPECT_EQ(0, std::memcmp(cache.content_tables.data(), fast.content_tables.data(),
                           fast.content_tables.size() * sizeof(float)));
}

TEST(Attrib, FactObjectStatementsCarryTheFigureWithTheSpeaker) {
  Extracted r(
      "Moldova acknowledges just two wounded border guards. Transnistrian authorities also claim "
      "to have captured eleven Moldovan soldiers. The operator put the amount lost at about 300 "
      "litres.");
  const Statement* a = r.With("two wounded border guards");
  ASSERT_NE(a, nullptr);
  EXPECT_EQ(r.T(a->content), "just two wounded border guards");
  EXPECT_EQ(r.T(a->speaker.span), "Moldova");
  EXPECT_EQ(a->type, StatementType::kIndirect);
  const Statement* b = r.With("eleven Moldovan soldiers");
  ASSERT_NE(b, nullptr);
  EXPECT_EQ(r.T(b->content), "to have captured eleven Moldovan soldiers");
  EXPECT_EQ(r.T(b->speaker.span), "Transnistrian authorities");
  EXPECT_TRUE(b->hedged);
  const Statement* c = r.With("300");
  ASSERT_NE(c, nullptr);
  EXPECT_EQ(r.T(c->cue), "put");
  EXPECT_EQ(r.T(c->speaker.span), "The operator");
}

TEST(Attrib, NestedStatementDoesNotCutTheOuterContent) {
  Extracted r(
      "Ion Rusu, who represents the dock workers, said staff had complained about the "
      "cranes for months.");
  const Statement* s = r.With("staff had complained about the cranes for months");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.T(s->cue), "said");
}

TEST(Attrib, NestedTopicCueMakesNoFragmentStatement) {
  Extracted r(
      "Ion Rusu, who represents the dock workers, said staff had complained about the "
      "cranes for months.");
  ASSERT_NE(r.With("staff had complained about the cranes for months"), nullptr);
  for (const Statement& s : r.doc.statements) {
    EXPECT_NE(r.T(s.speaker.span), "staff") << "fragment: " << r.T(s.content);
  }
}

TEST(Attrib, NestedStatementAfterAPrepositionDoesNotCutTheOuterContent) {
  // The nested speaker starts one word after the cut ("because inspectors had … described").
  Extracted r(
      "The mayor said she was worried because inspectors had repeatedly described the cranes "
      "as unsafe.");
  const Statement* s = r.With("she was worried because inspectors");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.T(s->cue), "said");
  EXPECT_NE(r.T(s->content).find("the cranes as unsafe"), std::string::npos) << r.T(s->content);
}

TEST(Attrib, CoordinatedCueSharesTheSubjectOfTheFirst) {
  Extracted r(
      "A spokeswoman for the labour office confirmed that an inspection had taken place in "
      "January but declined to say what it had found.");
  ASSERT_GE(r.doc.statements.size(), 1u);
  for (const Statement& s : r.doc.statements) {
    EXPECT_EQ(r.T(s.speaker.span), "A spokeswoman for the labour office") << r.T(s.cue);
  }
  // "…, and Jones said": a new subject keeps its own statement.
  Extracted j("Smith said the plan was sound, and Jones said it would fail.");
  const Statement* s = j.With("it would fail");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(j.T(s->speaker.span), "Jones");
}

TEST(Attrib, AccordingToDocumentsDataAndPollsButNotPlans) {
  Extracted r(
      "London was the financial capital of the world in 2015, according to one global "
      "index. The rate fell to 4 percent, according to a report by the central bank.");
  const Statement* s = r.With("London was the financial capital");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.T(s->cue), "according to");
  EXPECT_EQ(r.T(s->speaker.span), "one global index");
  const Statement* d = r.With("The rate fell to 4 percent");
  ASSERT_NE(d, nullptr);
  EXPECT_EQ(r.T(d->speaker.span), "a report");
  EXPECT_EQ(d->speaker.kind, SpeakerKind::kDocument);
  Extracted p("The evacuation went according to plan and the roads reopened.");
  for (const Statement& st : p.doc.statements) {
    EXPECT_EQ(p.T(st.cue).find("according"), std::string::npos) << p.T(st.content);
  }
}

TEST(Attrib, CueDoesNotEndInAPrepositionBeforeADay) {
  Extracted r("The port authority said in a statement on Friday that the cranes were safe.");
  const Statement* s = r.With("the cranes were safe");
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(r.T(s->cue) == "said" || r.T(s->cue) == "said in a statement") << r.T(s->cue);
}

TEST(Attrib, NonSpeechCuesMakeNoStatements) {
  Extracted r(
      "\"The guards wrote it down,\" Rusu said. The hearing goes on without him. He was a man "
      "wanted for questioning. Nine people had been admitted to hospitals in the region, the "
      "ministry said.");
  for (const Statement& s : r.doc.statements) {
    const std::string cue = r.T(s.cue);
    EXPECT_EQ(cue.find("wrote"), std::string::npos);
    EXPECT_EQ(cue.find("goes"), std::string::npos);
    EXPECT_EQ(cue.find("wanted"), std::string::npos);
    EXPECT_EQ(cue.find("admitted"), std::string::npos);
  }
  const Statement* s = r.With("Nine people had been admitted to hospitals in the region");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.T(s->speaker.span), "the ministry");
}

TEST(Attrib, SharedReportIsTheSpeakersStatementCitingTheSource) {
  Extracted r(
      "Talking to Radio Prut, Ion Rusu - a lawyer known for his work on smuggling - has shared "
      "updates from a contact inside the customs service that suggests bribes are rising.");
  const Statement* s = r.With("bribes are rising");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.T(s->speaker.span), "Ion Rusu");
  ASSERT_TRUE(s->citing.has_value());
  EXPECT_EQ(r.T(*s->citing), "a contact inside the customs service");
  ASSERT_EQ(s->via.size(), 1u);
  EXPECT_EQ(s->via[0].relation, ViaRelation::kInterview);
}

TEST(Attrib, NotAuthorisedToTalkToThePressIsNoRoute) {
  Extracted r(
      "A senior official at the port authority, speaking on condition of anonymity because he "
      "was not authorised to talk to the press, said the crane had failed twice. Speaking to "
      "Radio Prut, the harbour master said the berth would reopen on Monday.");
  const Statement* s = r.With("the crane had failed twice");
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->via.empty()) << r.T(s->via.front().span);
  const Statement* t = r.With("the berth would reopen on Monday");
  ASSERT_NE(t, nullptr);
  ASSERT_EQ(t->via.size(), 1u);
  EXPECT_EQ(t->via[0].relation, ViaRelation::kInterview);
}

TEST(Attrib, CitedInterviewIsTheCitingNotTheContentOrTheSpeakersOwnPath) {
  Extracted r(
      "The Valley Courier reported, citing an interview with Radio Prut, that the dam had been "
      "closed twice. A guard, who asked not to be named, said the gates were rusted.");
  const Statement* s = r.With("the dam had been closed twice");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.T(s->content), "that the dam had been closed twice");
  EXPECT_EQ(r.T(s->speaker.span), "The Valley Courier");
  ASSERT_TRUE(s->citing.has_value());
  EXPECT_EQ(r.T(*s->citing), "an interview with Radio Prut");
  for (const Via& via : s->via) EXPECT_NE(via.relation, ViaRelation::kInterview);
  for (const Statement& t : r.doc.statements) {
    EXPECT_NE(r.T(t.cue), "citing");
    EXPECT_EQ(r.T(t.content).find("not to be named"), std::string::npos);
  }
}

TEST(Attrib, SentenceFinalCueTakesTheWordsAfterTheCommaAsSpeaker) {
  Extracted r("Pumps were never tested, dam engineer admits\n\nThe dam held.");
  const Statement* s = r.With("Pumps were never tested");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.T(s->content), "Pumps were never tested");
  EXPECT_EQ(r.T(s->speaker.span), "dam engineer");
}

TEST(Attrib, SubjectPronounIsNotTheObjectOfAnEarlierPreposition) {
  Extracted r(
      "Ion Rusu, the mayor, said the bridge was safe. Speaking to Radio Prut, he put the repair "
      "bill at about 40,000 euros.");
  const Statement* s = r.With("the repair bill at about 40,000 euros");
  ASSERT_NE(s, nullptr);
  ASSERT_TRUE(s->speaker.name.has_value());
  EXPECT_EQ(*s->speaker.name, "Ion Rusu");
}

TEST(Attrib, PassiveReportWithATrailingSpeakerIsThatSpeakersStatement) {
  Extracted r(
      "The bridge will be 400 metres long and is expected to cost 90 million euros, the roads "
      "agency said.");
  ASSERT_EQ(r.doc.statements.size(), 1u);
  const Statement& s = r.doc.statements[0];
  EXPECT_EQ(r.T(s.content),
            "The bridge will be 400 metres long and is expected to cost 90 million euros");
  EXPECT_EQ(r.T(s.speaker.span), "the roads agency");
}

TEST(Attrib, TrailingSpeakerTakesTheWholeClauseBeforeTheComma) {
  Extracted r(
      "Work is due to start in May, and the first trains could run in 2030, the agency said.");
  const Statement* s = r.With("the first trains could run in 2030");
  ASSERT_NE(s, nullptr);
  EXPECT_EQ(r.T(s->content), "Work is due to start in May, and the first trains could run in 2030");
  EXPECT_EQ(r.T(s->speaker.span), "the agency");
}

TEST(Attrib, MissingModelIsAClearError) {
  Result<std::unique_ptr<AttributionExtractor>> r =
      AttributionExtractor::Load({.model_path = "/nonexistent/attrib.model"});
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), StatusCode::kNotFound);
}

}  // namespace
}  // namespace claimtrace
