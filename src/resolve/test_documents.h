// Test support (linked into resolve tests and the benchmark only): builds annotated Documents
// from plain strings, and reads the compact JSON Lines form used by tests/golden/resolve/.
//
// Spans are given as text and located in the document text: an entity's mentions are every
// whole-word occurrence of each of its spellings (longer spellings claim their bytes first, so
// "Budanov" inside "Kirill Budanov" is not counted twice); a statement's content, cue, speaker,
// via and citing, and a figure's text, are the first occurrence. A string that is not in the
// text is an error naming it. Not thread-safe; plain values.
//
//   Document d = DocBuilder("d1", "Kirill Budanov said ... Budanov added ...")
//                    .Outlet("Metro").Published("2023-02-20")
//                    .AddEntity("Kirill Budanov", EntityType::kPerson, {"Kirill Budanov",
//                    "Budanov"}) .Build().value();
#ifndef CLAIMTRACE_RESOLVE_TEST_DOCUMENTS_H_
#define CLAIMTRACE_RESOLVE_TEST_DOCUMENTS_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/document.h"
#include "claimtrace/status.h"

namespace claimtrace::resolve {

struct ViaSpec {
  std::string text;  // e.g. "told The Times"
  ViaRelation relation = ViaRelation::kOther;
  std::optional<std::string> entity;  // in-document entity id ("e3")
};

struct StatementSpec {
  std::string content;  // substring of the text
  StatementType type = StatementType::kIndirect;
  std::optional<std::string> cue;             // substring
  std::optional<std::string> speaker_entity;  // "e1"
  std::optional<std::string> speaker_text;    // substring, e.g. "a senior NATO official"
  std::optional<std::string> speaker_name;
  SpeakerKind speaker_kind = SpeakerKind::kUnknown;
  std::vector<ViaSpec> via;
  std::optional<std::string> citing;  // substring
  bool hedged = false;
};

struct FigureSpec {
  std::string text;  // substring
  double low = 0;
  double high = 0;
  Qualifier qualifier = Qualifier::kExact;
  std::optional<std::string> unit;
  std::optional<std::string> what;
  std::optional<int> statement;
};

class DocBuilder {
 public:
  DocBuilder(std::string id, std::string text);

  DocBuilder& Outlet(std::string outlet);
  DocBuilder& Published(std::string date);
  DocBuilder& Title(std::string title);
  DocBuilder& Language(std::string language);
  // Entity ids are "e1", "e2", ... in the order added.
  DocBuilder& AddEntity(std::string name, EntityType type, std::vector<std::string> spellings = {},
                        std::vector<std::string> roles = {});
  DocBuilder& AddStatement(StatementSpec spec);
  DocBuilder& AddFigure(FigureSpec spec);

  Result<Document> Build() const;

 private:
  struct EntitySpec {
    std::string name;
    EntityType type;
    std::vector<std::string> spellings;
    std::vector<std::string> roles;
  };
  Document doc_;
  std::vector<EntitySpec> entities_;
  std::vector<StatementSpec> statements_;
  std::vector<FigureSpec> figures_;
};

// Parses one line of the compact golden form:
// {"id", "outlet"?, "published"?, "title"?, "language"?, "text",
//  "entities": [{"name", "type", "spellings"?: [str], "roles"?: [str]}],
//  "statements": [{"content", "type"?, "cue"?, "speaker"?: "e1" | {"text", "kind", "name"?},
//                  "via"?: [{"text", "relation", "entity"?}], "citing"?, "hedged"?}],
//  "figures": [{"text", "low", "high", "qualifier"?, "unit"?, "what"?, "statement"?}]}
Result<Document> DocumentFromGoldenJson(std::string_view line);

// Reads a whole JSON Lines file of golden documents; an error names the file and line.
Result<std::vector<Document>> ReadGoldenDocuments(const std::string& path);

}  // namespace claimtrace::resolve

#endif  // CLAIMTRACE_RESOLVE_TEST_DOCUMENTS_H_
