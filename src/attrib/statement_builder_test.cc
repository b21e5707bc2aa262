// Rule-level tests of the statement builder, speaker resolution and paths: the attributions are
// given by hand (token spans), so these tests do not depend on the trained model.
#include "attrib/statement_builder.h"

#include <gtest/gtest.h>

#include "attrib/test_util.h"

namespace claimtrace::attrib {
namespace {

struct Built {
  std::vector<Statement> statements;
  std::vector<StatementParts> parts;
};

// `nth` picks the occurrence of the cue; `source_nth` that of the source (default: same).
Attribution Make(const TestDoc& t, std::string_view cue, std::string_view source,
                 std::vector<std::string_view> content, int nth = 0, int source_nth = -1) {
  Attribution a;
  if (!cue.empty()) a.cue = t.Span(cue, nth);
  if (!source.empty()) a.source = t.Span(source, source_nth < 0 ? nth : source_nth);
  for (std::string_view c : content) a.content.push_back(t.Span(c));
  return a;
}

Built Build(const TestDoc& t, std::vector<Attribution> found) {
  Built b;
  BuildStatements(*t.view, std::move(found), &b.statements, &b.parts);
  return b;
}

std::string ViaText(const TestDoc& t, const Statement& s) {
  std::string out;
  for (const Via& v : s.via) {
    if (!out.empty()) out += " | ";
    out += std::string(ToString(v.relation)) + ":" + t.Text(v.span);
  }
  return out;
}

TEST(Attrib, TypesDirectIndirectMixedBelief) {
  TestDoc t(
      "\xE2\x80\x9CIt is lost,\xE2\x80\x9D Grozev said. Grozev said the war was over. "
      "Grozev said the war was \xE2\x80\x98lost\xE2\x80\x99. Officials believe the war is lost.");
  Built b = Build(t, {Make(t, "said", "Grozev", {"\xE2\x80\x9CIt is lost,\xE2\x80\x9D"}),
                      Make(t, "said", "Grozev", {"the war was over"}, 1),
                      Make(t, "said", "Grozev", {"the war was \xE2\x80\x98lost\xE2\x80\x99"}, 2),
                      Make(t, "believe", "Officials", {"the war is lost"})});
  ASSERT_EQ(b.statements.size(), 4u);
  EXPECT_EQ(b.statements[0].type, StatementType::kDirect);
  EXPECT_EQ(b.statements[1].type, StatementType::kIndirect);
  EXPECT_EQ(b.statements[2].type, StatementType::kMixed);
  EXPECT_EQ(b.statements[3].type, StatementType::kBelief);
  EXPECT_EQ(b.statements[3].speaker.kind, SpeakerKind::kAnonymousOfficial);
}

TEST(Attrib, SplitQuoteIsOneStatementWithTwoParts) {
  TestDoc t(
      "\xE2\x80\x9CWe will win,\xE2\x80\x9D he said, \xE2\x80\x9C"
      "but not soon.\xE2\x80\x9D");
  Built b = Build(t, {Make(t, "said", "he",
                           {"\xE2\x80\x9CWe will win,\xE2\x80\x9D",
                            "\xE2\x80\x9C"
                            "but not soon.\xE2\x80\x9D"})});
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_EQ(b.statements[0].type, StatementType::kDirect);
  ASSERT_EQ(b.parts[0].content_parts.size(), 2u);
  EXPECT_EQ(t.Text(b.parts[0].content_parts[1]),
            "\xE2\x80\x9C"
            "but not soon.\xE2\x80\x9D");
  // The exported content covers both parts (and the attribution between them).
  EXPECT_EQ(t.Text(b.statements[0].content), t.doc.text);
  // The statement itself lists the two quoted pieces without the attribution.
  ASSERT_EQ(b.statements[0].content_parts.size(), 2u);
  EXPECT_EQ(t.Text(b.statements[0].content_parts[0]), "\xE2\x80\x9CWe will win,\xE2\x80\x9D");
  EXPECT_EQ(t.Text(b.statements[0].content_parts[1]), t.Text(b.parts[0].content_parts[1]));
}

TEST(Attrib, OnePieceContentHasNoParts) {
  TestDoc t("Officials said the talks had failed.");
  Built b = Build(t, {Make(t, "said", "Officials", {"the talks had failed"})});
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_TRUE(b.statements[0].content_parts.empty());
}

TEST(Attrib, AnonymousSpeakerKinds) {
  const std::vector<std::pair<std::string, SpeakerKind>> cases = {
      {"A senior NATO military official", SpeakerKind::kAnonymousOfficial},
      {"Western officials", SpeakerKind::kAnonymousOfficial},
      {"A source close to the Kremlin", SpeakerKind::kAnonymousSource},
      {"An insider", SpeakerKind::kAnonymousSource},
      {"Experts", SpeakerKind::kExpert},
      {"Analysts at the bank", SpeakerKind::kExpert},
      {"A leaked report", SpeakerKind::kDocument},
      {"The statement", SpeakerKind::kDocument},
      {"The Times", SpeakerKind::kPublication},
      {"Sky News", SpeakerKind::kPublication},
  };
  for (const auto& [speaker, kind] : cases) {
    TestDoc t(speaker + " said the talks had failed.");
    Built b = Build(t, {Make(t, "said", speaker, {"the talks had failed"})});
    ASSERT_EQ(b.statements.size(), 1u) << speaker;
    EXPECT_EQ(b.statements[0].speaker.kind, kind) << speaker;
    ASSERT_TRUE(b.statements[0].speaker.span);
    EXPECT_EQ(t.Text(*b.statements[0].speaker.span), speaker);
  }
}

TEST(Attrib, PronounResolvesToThePreviousSpeaker) {
  TestDoc t(
      "Christo Grozev said the war was lost.\n\nThe elite is worried, he added.\n\n"
      "Putin met generals on Monday. \xE2\x80\x9CIt is fine,\xE2\x80\x9D she said.");
  Built b = Build(t, {Make(t, "said", "Christo Grozev", {"the war was lost"}),
                      Make(t, "added", "he", {"The elite is worried"}),
                      Make(t, "said", "she", {"\xE2\x80\x9CIt is fine,\xE2\x80\x9D"}, 1, 0)});
  ASSERT_EQ(b.statements.size(), 3u);
  EXPECT_EQ(b.statements[1].speaker.kind, SpeakerKind::kPerson);
  EXPECT_EQ(b.statements[1].speaker.name.value_or(""), b.statements[0].speaker.name.value_or("?"));
  EXPECT_NE(b.statements[0].speaker.name.value_or("").find("Grozev"), std::string::npos);
  EXPECT_EQ(t.Text(*b.statements[1].speaker.span), "he");
}

TEST(Attrib, PronounPrefersTheSubjectOfTheSentenceBefore) {
  TestDoc t(
      "Marta Kovalenko said the dam held.\n\n"
      "The town's mayor, Petro Dudnyk, gave a higher figure. About 900 people had left, he told "
      "reporters. Nobody was hurt, he added.");
  Built b = Build(t, {Make(t, "said", "Marta Kovalenko", {"the dam held"}),
                      Make(t, "told", "he", {"About 900 people had left"}),
                      Make(t, "added", "he", {"Nobody was hurt"}, 0, 1)});
  ASSERT_EQ(b.statements.size(), 3u);
  EXPECT_NE(b.statements[1].speaker.name.value_or("").find("Dudnyk"), std::string::npos);
  // Once Dudnyk has spoken, continuity keeps him.
  EXPECT_NE(b.statements[2].speaker.name.value_or("").find("Dudnyk"), std::string::npos);
}

TEST(Attrib, DescriptionResolvesToAnEarlierAnonymousSpeaker) {
  TestDoc t(
      "A senior NATO military official said the estimate was cautious.\n\n"
      "The official said 30,000 soldiers were killed.");
  Built b =
      Build(t, {Make(t, "said", "A senior NATO military official", {"the estimate was cautious"}),
                Make(t, "said", "The official", {"30,000 soldiers were killed"}, 1, 0)});
  ASSERT_EQ(b.statements.size(), 2u);
  EXPECT_EQ(b.statements[1].speaker.kind, SpeakerKind::kAnonymousOfficial);
  EXPECT_EQ(b.statements[1].speaker.name.value_or(""), "A senior NATO military official");
}

TEST(Attrib, OrganisationsCollectivesAndAbstractHeadsAreNotThePreviousPerson) {
  TestDoc t(
      "Ivan Petrenko said the dam held.\n\n"
      "The emergency service said roads were open. Staff said the pumps failed. The next day, "
      "he said, the water rose.\n\n"
      "The investigation said nothing.");
  Built b = Build(t, {Make(t, "said", "Ivan Petrenko", {"the dam held"}),
                      Make(t, "said", "The emergency service", {"roads were open"}, 1, 0),
                      Make(t, "said", "Staff", {"the pumps failed"}, 2, 0),
                      Make(t, "said", "he", {"the water rose"}, 3, 0),
                      Make(t, "said", "The investigation", {"nothing"}, 4, 0)});
  ASSERT_EQ(b.statements.size(), 5u);
  EXPECT_EQ(b.statements[1].speaker.kind, SpeakerKind::kOrganization);
  EXPECT_EQ(b.statements[1].speaker.name.value_or(""), "The emergency service");
  // "he" skips the collective "Staff" and goes back to the person.
  EXPECT_NE(b.statements[3].speaker.name.value_or("").find("Petrenko"), std::string::npos);
  // An abstract head is not resolved to the person by speaker continuity.
  EXPECT_EQ(b.statements[4].speaker.name.value_or("").find("Petrenko"), std::string::npos);
}

TEST(Attrib, SurnameLinksToTheFullNameWithoutEntities) {
  TestDoc t("Vladimir Osechkin said it was bad. Osechkin said it was worse.");
  t.doc.entities.clear();  // the rule must work from capitalised words alone
  for (Token& tok : t.analysis.tokens) tok.entity = -1;
  DocView view(t.doc, t.analysis, TestLexicon());
  std::vector<Statement> out;
  BuildStatements(view,
                  {Make(t, "said", "Vladimir Osechkin", {"it was bad"}),
                   Make(t, "said", "Osechkin", {"it was worse"}, 1, 1)},
                  &out, nullptr);
  ASSERT_EQ(out.size(), 2u);
  EXPECT_EQ(out[1].speaker.kind, SpeakerKind::kPerson);
  EXPECT_EQ(out[1].speaker.name.value_or(""), "Vladimir Osechkin");
}

TEST(Attrib, ViaToldInterviewPerAndCiting) {
  TestDoc t(
      "Citing his source, Osechkin told The Times that morale was low. "
      "The elite understands the war is lost, Grozev said in an interview with Radio Liberty, "
      "per Metro.");
  Built b = Build(t, {Make(t, "told", "Osechkin", {"that morale was low"}),
                      Make(t, "said", "Grozev", {"The elite understands the war is lost"})});
  ASSERT_EQ(b.statements.size(), 2u);
  EXPECT_EQ(ViaText(t, b.statements[0]), "told:told The Times");
  ASSERT_TRUE(b.statements[0].citing);
  EXPECT_EQ(t.Text(*b.statements[0].citing), "his source");
  EXPECT_EQ(ViaText(t, b.statements[1]),
            "interview:in an interview with Radio Liberty | per:per Metro");
}

TEST(Attrib, ViaChannelAndSpeakingTo) {
  TestDoc t(
      "Writing on Twitter, Grozev said the report was genuine. Speaking to Sky News, the minister "
      "said talks would resume.");
  Built b = Build(t, {Make(t, "said", "Grozev", {"the report was genuine"}),
                      Make(t, "said", "the minister", {"talks would resume"}, 1, 0)});
  ASSERT_EQ(b.statements.size(), 2u);
  EXPECT_EQ(ViaText(t, b.statements[0]), "other:Writing on Twitter");
  EXPECT_EQ(ViaText(t, b.statements[1]), "interview:Speaking to Sky News");
}

TEST(Attrib, RelayPropagatesToTheSameSpeaker) {
  TestDoc t(
      "The elite is scared, Grozev said, per Metro. Mobilisation would be a disaster, Grozev "
      "added, per Metro.\n\nSome are leaving, Grozev said.\n\nPrices rose, Smith said.");
  Built b = Build(t, {Make(t, "said", "Grozev", {"The elite is scared"}),
                      Make(t, "added", "Grozev", {"Mobilisation would be a disaster"}, 0, 1),
                      Make(t, "said", "Grozev", {"Some are leaving"}, 1, 2),
                      Make(t, "said", "Smith", {"Prices rose"}, 2, 0)});
  ASSERT_EQ(b.statements.size(), 4u);
  // Stated twice for Grozev: the article relays his interview; his third statement inherits it.
  EXPECT_EQ(ViaText(t, b.statements[2]), "per:per Metro");
  EXPECT_TRUE(b.statements[3].via.empty());  // another speaker does not
}

TEST(Attrib, InterviewInTheNextSentenceGivesTheEarlierStatementItsVia) {
  TestDoc t(
      "The dam was never inspected, mayor Ilona Varga said on Monday.\n\n"
      "Varga told Radio Tisza that the inspectors had been paid off.");
  Built b = Build(t, {Make(t, "said", "mayor Ilona Varga", {"The dam was never inspected"}),
                      Make(t, "told", "Varga", {"that the inspectors had been paid off"})});
  ASSERT_EQ(b.statements.size(), 2u);
  EXPECT_EQ(ViaText(t, b.statements[0]), "told:told Radio Tisza");
  EXPECT_EQ(ViaText(t, b.statements[1]), "told:told Radio Tisza");
}

TEST(Attrib, InterviewViaDoesNotCrossOccasionsDaysOrSpeakers) {
  // Each case: a statement, then (next paragraph) Varga's told statement, with `between` (a
  // time phrase or another statement) before it.
  auto first_via = [](std::string first, std::string first_speaker, std::string between) {
    TestDoc t(first + "\n\n" + between + "Varga told Radio Tisza that the gates had failed.");
    std::vector<Attribution> found = {
        Make(t, "said", first_speaker, {"The dam was not inspected"})};
    if (between.find("spoke") != std::string::npos) {
      found.push_back(Make(t, "spoke", "Kovacs", {"for an hour"}));
    }
    const int told_source = first_speaker == "Varga" && first.find("Varga") != std::string::npos;
    found.push_back(Make(t, "told", "Varga", {"that the gates had failed"}, 0, told_source));
    Built b = Build(t, std::move(found));
    return b.statements.empty() ? std::string("?") : ViaText(t, b.statements[0]);
  };
  EXPECT_EQ(first_via("The dam was not inspected, Varga said.", "Varga", ""),
            "told:told Radio Tisza");
  // An occasion of its own.
  EXPECT_EQ(first_via("The dam was not inspected, Varga said in a statement.", "Varga", ""), "");
  // Different days.
  EXPECT_EQ(first_via("The dam was not inspected, Varga said on Tuesday.", "Varga", "On Monday, "),
            "");
  // Another speaker.
  EXPECT_EQ(first_via("The dam was not inspected, Kovacs said.", "Kovacs", ""), "");
  // Another statement in between.
  EXPECT_EQ(
      first_via("The dam was not inspected, Varga said.", "Varga", "Kovacs spoke for an hour. "),
      "");
}

TEST(Attrib, NestedStatementInAPublicationsReportIsRelayed) {
  TestDoc t("Yahoo News reported that Grozev said the war was lost.");
  Built b = Build(t, {Make(t, "reported", "Yahoo News", {"that Grozev said the war was lost"}),
                      Make(t, "said", "Grozev", {"the war was lost"})});
  ASSERT_EQ(b.statements.size(), 2u);
  EXPECT_EQ(b.statements[0].speaker.kind, SpeakerKind::kPublication);
  EXPECT_EQ(ViaText(t, b.statements[1]), "reported:Yahoo News reported");
}

TEST(Attrib, HedgesAreDetected) {
  TestDoc t(
      "Putin is said to blame the FSB. Officials reportedly said the border was closed. The agents "
      "claimed it was fine. The agents said it was good.");
  Built b = Build(t, {Make(t, "is said", "", {"to blame the FSB"}),
                      Make(t, "said", "Officials", {"the border was closed"}, 1, 0),
                      Make(t, "claimed", "The agents", {"it was fine"}),
                      Make(t, "said", "The agents", {"it was good"}, 2, 1)});
  ASSERT_EQ(b.statements.size(), 4u);
  EXPECT_TRUE(b.statements[0].hedged);
  EXPECT_FALSE(b.statements[0].speaker.span);  // reported speech without a speaker
  EXPECT_EQ(b.statements[0].speaker.kind, SpeakerKind::kUnknown);
  EXPECT_TRUE(b.statements[1].hedged);
  EXPECT_TRUE(b.statements[2].hedged);
  EXPECT_FALSE(b.statements[3].hedged);
}

TEST(Attrib, HeadlineDashAttribution) {
  TestDoc t("Putin is losing his grip on power \xE2\x80\x93 intelligence chief\n\nMore text here.");
  Built b = Build(t, {});
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_FALSE(b.statements[0].cue);
  EXPECT_EQ(t.Text(b.statements[0].content), "Putin is losing his grip on power");
  EXPECT_EQ(t.Text(*b.statements[0].speaker.span), "intelligence chief");
  EXPECT_EQ(b.statements[0].speaker.kind, SpeakerKind::kAnonymousOfficial);
}

TEST(Attrib, QuoteParagraphContinuesTheSpeaker) {
  TestDoc t(
      "\xE2\x80\x9CWe are fighting,\xE2\x80\x9D Zelensky said.\n\n"
      "\xE2\x80\x9CWe will not give up.\xE2\x80\x9D\n\nThe war goes on.");
  Built b = Build(t, {Make(t, "said", "Zelensky", {"\xE2\x80\x9CWe are fighting,\xE2\x80\x9D"})});
  ASSERT_EQ(b.statements.size(), 2u);
  EXPECT_EQ(b.statements[1].type, StatementType::kDirect);
  EXPECT_FALSE(b.statements[1].cue);
  EXPECT_FALSE(b.statements[1].speaker.span);
  EXPECT_EQ(b.statements[1].speaker.name, b.statements[0].speaker.name);
  EXPECT_EQ(t.Text(b.statements[1].content), "\xE2\x80\x9CWe will not give up.\xE2\x80\x9D");
}

TEST(Attrib, PunctuationOnlyContentIsDropped) {
  TestDoc t("He said: \xE2\x80\x9C...\xE2\x80\x9D");
  Built b = Build(t, {Make(t, "said", "He", {"\xE2\x80\x9C...\xE2\x80\x9D"})});
  EXPECT_TRUE(b.statements.empty());
}

TEST(Attrib, SpeakerTextDropsRelativeClauseButDetectedSourceKeepsIt) {
  TestDoc t("Levine, who has given money to Rubio, said the race was over.");
  Built b =
      Build(t, {Make(t, "said", "Levine, who has given money to Rubio,", {"the race was over"})});
  ASSERT_EQ(b.statements.size(), 1u);
  ASSERT_TRUE(b.statements[0].speaker.span);
  EXPECT_EQ(t.Text(*b.statements[0].speaker.span), "Levine");
  // The PolNeAR-style span (what the evaluation scores) keeps the clause and the comma.
  ASSERT_TRUE(b.parts[0].source);
  EXPECT_EQ(t.Text(*b.parts[0].source), "Levine, who has given money to Rubio,");
}

TEST(Attrib, SpeakerTextStopsBeforeAParticipleOfSaying) {
  TestDoc t(
      "\"We expect power back by Thursday,\" said Marta Oleksiuk, a spokeswoman for Northgrid, "
      "adding that 40 engineers were on site.");
  Built b = Build(t, {Make(t, "said",
                           "Marta Oleksiuk, a spokeswoman for Northgrid, adding that 40 engineers "
                           "were on site",
                           {"\"We expect power back by Thursday,\""})});
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_EQ(t.Text(*b.statements[0].speaker.span), "Marta Oleksiuk, a spokeswoman for Northgrid");
}

TEST(Attrib, SpeakerTextDropsTimeWordsAndRelativeClauses) {
  TestDoc t("Ukrainian President Volodymyr Zelensky today said the line held.");
  Built b = Build(
      t, {Make(t, "said", "Ukrainian President Volodymyr Zelensky today", {"the line held"})});
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_EQ(t.Text(*b.statements[0].speaker.span), "Ukrainian President Volodymyr Zelensky");

  TestDoc r(
      "The defectors, most of whom fled in 1942, were Russian soldiers who, after being "
      "captured, said they would fight.");
  Built c = Build(r, {Make(r, "said", "who, after being captured,", {"they would fight"})});
  ASSERT_EQ(c.statements.size(), 1u);
  EXPECT_EQ(r.Text(*c.statements[0].speaker.span), "who");
}

TEST(Attrib, SpeakerTextDropsALeadingRelayAndAStrayClitic) {
  TestDoc t(
      "According to the Harbour Gazette, Professor Anna Berg, the chair of the panel, said "
      "the pier would close.");
  Built b = Build(t, {Make(t, "said",
                           "According to the Harbour Gazette, Professor Anna Berg, the chair of "
                           "the panel,",
                           {"the pier would close"})});
  ASSERT_EQ(b.statements.size(), 1u);
  EXPECT_EQ(t.Text(*b.statements[0].speaker.span), "Professor Anna Berg, the chair of the panel");

  TestDoc o("According to Radio Prut the pier would close.");
  Built c = Build(o, {Make(o, "", "According to Radio Prut", {"the pier would close"})});
  ASSERT_EQ(c.statements.size(), 1u);
  ASSERT_TRUE(c.statements[0].speaker.span);
  EXPECT_EQ(o.Text(*c.statements[0].speaker.span), "Radio Prut");

  // "'s" written apart from its noun ("The report 's authors"): no stray "s" in the speaker.
  TestDoc r("The report 's authors say the levels are low.");
  Built d = Build(r, {Make(r, "say", "s authors", {"the levels are low"})});
  ASSERT_EQ(d.statements.size(), 1u);
  EXPECT_EQ(r.Text(*d.statements[0].speaker.span), "authors");
}

TEST(Attrib, DefiniteDescriptionLinksToThePersonNamedInTheNextSentence) {
  TestDoc t(
      "Ukraine's military intelligence chief told Sky News that a coup was underway. "
      "\xE2\x80\x9CIt is impossible to stop it,\xE2\x80\x9D said Major General Kyrylo Budanov.");
  Built b = Build(
      t, {Make(t, "told", "Ukraine's military intelligence chief", {"that a coup was underway"}),
          Make(t, "said", "Major General Kyrylo Budanov",
               {"\xE2\x80\x9CIt is impossible to stop it,\xE2\x80\x9D"})});
  ASSERT_EQ(b.statements.size(), 2u);
  const Speaker& named = b.statements[1].speaker;
  ASSERT_EQ(named.kind, SpeakerKind::kPerson);
  ASSERT_TRUE(named.entity);
  EXPECT_EQ(b.statements[0].speaker.kind, SpeakerKind::kPerson);
  EXPECT_EQ(b.statements[0].speaker.entity, named.entity);
  EXPECT_EQ(b.statements[0].speaker.name, named.name);
  // As written, the speaker is still the description.
  EXPECT_EQ(t.Text(*b.statements[0].speaker.span), "Ukraine's military intelligence chief");
}

TEST(Attrib, IndefiniteOrDistantDescriptionsStayAnonymous) {
  TestDoc t(
      "A senior military official said the coup was underway. "
      "\xE2\x80\x9CIt is impossible to stop it,\xE2\x80\x9D said Major General Kyrylo Budanov.");
  Built b = Build(t, {Make(t, "said", "A senior military official", {"the coup was underway"}),
                      Make(t, "said", "Major General Kyrylo Budanov",
                           {"\xE2\x80\x9CIt is impossible to stop it,\xE2\x80\x9D"}, 1, 0)});
  ASSERT_EQ(b.statements.size(), 2u);
  EXPECT_EQ(b.statements[0].speaker.kind, SpeakerKind::kAnonymousOfficial);
  EXPECT_FALSE(b.statements[0].speaker.entity);

  TestDoc far(
      "The defence chief said the coup was underway. The weather was cold. Snow fell all day. "
      "\xE2\x80\x9CIt is over,\xE2\x80\x9D said Major General Kyrylo Budanov.");
  Built c = Build(far, {Make(far, "said", "The defence chief", {"the coup was underway"}),
                        Make(far, "said", "Major General Kyrylo Budanov",
                             {"\xE2\x80\x9CIt is over,\xE2\x80\x9D"}, 1, 0)});
  ASSERT_EQ(c.statements.size(), 2u);
  EXPECT_FALSE(c.statements[0].speaker.entity);

  // The next paragraph is another story.
  TestDoc para(
      "The Kremlin's UN ambassador accused the West of lying.\n\n"
      "Russian leader Vladimir Putin vowed to strengthen the army.");
  Built d = Build(
      para, {Make(para, "accused", "The Kremlin's UN ambassador", {"the West of lying"}),
             Make(para, "vowed", "Russian leader Vladimir Putin", {"to strengthen the army"})});
  ASSERT_EQ(d.statements.size(), 2u);
  EXPECT_FALSE(d.statements[0].speaker.entity);
}

TEST(Attrib, AppositiveNameWinsOverAResolvedDescription) {
  TestDoc t(
      "President Vladimir Putin said the war went well. The latest Western leader to visit "
      "Kyiv, Spanish Prime Minister Pedro Sanchez, said Spain would stand with Ukraine.");
  Built b = Build(t, {Make(t, "said", "President Vladimir Putin", {"the war went well"}),
                      Make(t, "said",
                           "The latest Western leader to visit Kyiv, Spanish Prime Minister Pedro "
                           "Sanchez,",
                           {"Spain would stand with Ukraine"}, 1, 0)});
  ASSERT_EQ(b.statements.size(), 2u);
  ASSERT_TRUE(b.statements[1].speaker.name);
  EXPECT_EQ(*b.statements[1].speaker.name, "Pedro Sanchez");
}

TEST(Attrib, RelativePronounSourceIsItsAntecedentWithItsPhrase) {
  TestDoc t(
      "Osechkin has shared updates from a source within the FSB that suggests anger is "
      "mounting.");
  Built b = Build(t, {Make(t, "suggests", "the FSB that", {"anger is mounting"})});
  ASSERT_EQ(b.statements.size(), 1u);
  const Statement& s = b.statements[0];
  ASSERT_TRUE(s.speaker.span);
  EXPECT_EQ(t.Text(*s.speaker.span), "a source within the FSB");
  EXPECT_EQ(s.speaker.kind, SpeakerKind::kAnonymousSource);
  // "from a source …" is not a citing of the speaker by itself.
  EXPECT_FALSE(s.citing);
}

}  // namespace
}  // namespace claimtrace::attrib
