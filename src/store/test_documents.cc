// Builds annotated test documents by locating substrings, so offsets always match the text.
#include "store/test_documents.h"

#include <string>

namespace claimtrace::store {
namespace {

ByteSpan Find(const std::string& text, std::string_view needle) {
  size_t at = text.find(needle);
  return {static_cast<uint32_t>(at), static_cast<uint32_t>(at + needle.size())};
}

}  // namespace

Document MakeAnnotatedDocument(int n) {
  Document doc;
  const std::string count = std::to_string(1000 + n);
  doc.text = "Mayor Ilona Kravets told the Harbour Gazette that " + count +
             " households lost power on Tuesday.\n\nKravets said crews in Lviv would work "
             "overnight. Ремонт триває.";
  doc.id = DocumentId(doc.text);
  doc.source = "test/doc" + std::to_string(n) + ".txt";
  doc.outlet = "Harbour Gazette";
  doc.title = "Power cut " + count;
  doc.published = "2024-03-0" + std::to_string(1 + n % 9);
  doc.removed.push_back(
      {.text = "Leave a comment", .reason = RemovalReason::kBoilerplate, .rule = "comment_prompt"});
  doc.sentences = {Find(doc.text, "Mayor Ilona Kravets told the Harbour Gazette that " + count +
                                      " households lost power on Tuesday."),
                   Find(doc.text, "Kravets said crews in Lviv would work overnight."),
                   Find(doc.text, "Ремонт триває.")};
  doc.entities.push_back(
      {.id = "e1",
       .name = "Ilona Kravets",
       .type = EntityType::kPerson,
       .mentions = {Find(doc.text, "Ilona Kravets"), Find(doc.text, "Kravets said")},
       .roles = {"Mayor"}});
  doc.entities[0].mentions[1].end = doc.entities[0].mentions[1].start + 7;
  doc.entities.push_back({.id = "e2",
                          .name = "Harbour Gazette",
                          .type = EntityType::kOrg,
                          .mentions = {Find(doc.text, "Harbour Gazette")}});
  Statement st;
  st.type = StatementType::kIndirect;
  st.content = Find(doc.text, count + " households lost power on Tuesday");
  st.cue = Find(doc.text, "told");
  st.speaker = {.span = Find(doc.text, "Mayor Ilona Kravets"),
                .name = "Ilona Kravets",
                .entity = "e1",
                .kind = SpeakerKind::kPerson};
  st.via.push_back({.span = Find(doc.text, "told the Harbour Gazette"),
                    .relation = ViaRelation::kTold,
                    .entity = "e2"});
  doc.statements.push_back(st);
  doc.figures.push_back({.span = Find(doc.text, count + " households"),
                         .low = 1000.0 + n,
                         .high = 1000.0 + n,
                         .unit = "households",
                         .what = "households lost power",
                         .statement = 0});
  doc.times.push_back(
      {.span = Find(doc.text, "Tuesday"), .type = TimeType::kDate, .value = "2024-03-05"});
  return doc;
}

}  // namespace claimtrace::store
