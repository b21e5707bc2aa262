// The claimtrace data model: one Document per article with every annotation the pipeline adds.
//
// A Document owns its cleaned text; every annotation refers to it by UTF-8 byte offsets
// (ByteSpan, half-open [start, end)). Text that the export format repeats next to an offset
// ("content": {"start", "end", "text"}) is not stored twice: the JSON writer slices it from
// `text`. Documents are plain values: copy, move and read them from any thread, mutate from one.
// The JSON form is specified in docs/export-format.md; fields are added, never renamed.
//
//   Document doc;  doc.text = "Putin said so.";
//   doc.entities.push_back({.id = "e1", .name = "Putin", .type = EntityType::kPerson,
//                           .mentions = {{0, 5}}});
#ifndef CLAIMTRACE_DOCUMENT_H_
#define CLAIMTRACE_DOCUMENT_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrace {

// Half-open byte range [start, end) into Document::text.
struct ByteSpan {
  uint32_t start = 0;
  uint32_t end = 0;

  uint32_t size() const { return end - start; }
  bool empty() const { return end <= start; }
  bool Contains(const ByteSpan& o) const { return start <= o.start && o.end <= end; }
  bool Overlaps(const ByteSpan& o) const { return start < o.end && o.start < end; }
  friend bool operator==(const ByteSpan&, const ByteSpan&) = default;
  friend auto operator<=>(const ByteSpan&, const ByteSpan&) = default;
};

// Why the cleaner dropped a piece of the input.
enum class RemovalReason : uint8_t {
  kBoilerplate,  // prompts, teasers, footers, unrelated-news lists
  kRepeat,       // a paragraph or caption repeating an earlier one verbatim
};

struct RemovedPiece {
  std::string text;    // the removed text exactly as it was (after Unicode normalisation)
  RemovalReason reason = RemovalReason::kBoilerplate;
  std::string rule;    // which rule fired, e.g. "comment_prompt", "teaser_list" (exported as "rule")
};

enum class EntityType : uint8_t { kPerson, kOrg, kGpe, kLoc, kNorp, kEvent, kWork, kMisc };

struct Entity {
  std::string id;                  // "e1", "e2", ... unique within the document
  std::string name;                // the fullest form found in the article
  EntityType type = EntityType::kMisc;
  std::vector<ByteSpan> mentions;  // sorted by start
  std::vector<std::string> roles;  // titles and appositive descriptions, e.g. "President"
  std::string global_id;           // cross-article id from the store; empty when not resolved
};

enum class StatementType : uint8_t { kDirect, kIndirect, kMixed, kBelief };

enum class SpeakerKind : uint8_t {
  kPerson,
  kOrganization,
  kAnonymousOfficial,
  kAnonymousSource,
  kExpert,
  kDocument,
  kPublication,
  kUnknown,
};

enum class ViaRelation : uint8_t { kTold, kInterview, kPer, kReported, kCiting, kAccordingTo, kOther };

struct Speaker {
  std::optional<ByteSpan> span;    // the speaker as written at the attribution ("he", "a source")
  std::optional<std::string> name; // resolved canonical name, e.g. the entity's name
  std::optional<std::string> entity;  // the Entity::id it resolves to, e.g. "e3"
  SpeakerKind kind = SpeakerKind::kUnknown;
};

struct Via {
  ByteSpan span;                   // e.g. "told The Times", "per Metro"
  ViaRelation relation = ViaRelation::kOther;
  std::optional<std::string> entity;  // the outlet/intermediary entity id when known
};

struct Statement {
  StatementType type = StatementType::kIndirect;
  ByteSpan content;
  // The quoted pieces when the content is split by the attribution ("“A,” he said, “B.”"), in
  // text order; empty when the content is one piece. `content` then spans all of them.
  std::vector<ByteSpan> content_parts;
  std::optional<ByteSpan> cue;     // "said", "according to"; absent for bare headline quotes
  Speaker speaker;
  std::vector<Via> via;            // innermost first: the outlet told, then relays
  std::optional<ByteSpan> citing;  // the source the speaker relies on ("an insider source")
  bool hedged = false;             // reportedly / allegedly / is said to / claimed
  std::string claim_id;            // cross-article claim id from the store; empty when unresolved
};

enum class Qualifier : uint8_t { kExact, kApprox, kAtLeast, kAtMost, kRange };

struct Figure {
  ByteSpan span;
  double low = 0;
  double high = 0;
  Qualifier qualifier = Qualifier::kExact;
  std::optional<std::string> unit;  // "people", "%", "USD", "km", ...
  std::optional<std::string> what;  // what is counted, e.g. "Russian soldiers killed"
  std::optional<int> statement;     // index into Document::statements
};

enum class TimeType : uint8_t { kDate, kTime, kDuration, kSet };

struct TimeExpression {
  ByteSpan span;
  TimeType type = TimeType::kDate;
  std::optional<std::string> value;  // TIMEX3 value: "2022-03-23", "2022-W12", "P4W", ...
  // TIMEX3 mod: "START", "MID", "END" ("in late September" -> END), "APPROX", "BEFORE",
  // "AFTER", "LESS_THAN", "MORE_THAN", ... Absent when the expression has no modifier.
  std::optional<std::string> mod;
};

struct Document {
  std::string id;       // stable, content-derived (see DocumentId)
  std::string source;   // where it was read from: path, "path:line", URL, "-:line"
  std::optional<std::string> input_id;   // the input's own id (JSON Lines "id"), if it had one
  std::optional<std::string> url;
  std::optional<std::string> outlet;
  std::optional<std::string> title;
  std::optional<std::string> published;  // "YYYY-MM-DD"
  bool published_inferred = false;       // true when `published` was read off the text itself
  std::optional<std::string> author;
  std::optional<std::string> canonical_url;
  std::string language = "en";
  std::string text;     // the cleaned article body; all offsets point into it
  std::vector<RemovedPiece> removed;
  std::optional<std::string> duplicate_of;
  std::vector<ByteSpan> sentences;
  std::vector<Entity> entities;
  std::vector<Statement> statements;
  std::vector<Figure> figures;
  std::vector<TimeExpression> times;

  std::string_view Slice(ByteSpan span) const {
    return std::string_view(text).substr(span.start, span.end - span.start);
  }
};

// Stable content-derived id: 16 lower-case hex digits of XXH3-64 over the cleaned text.
// Two inputs with the same cleaned text get the same id wherever they came from.
std::string DocumentId(std::string_view cleaned_text);

// Enum <-> export-format string ("PERSON", "direct", "anonymous_source", "at_least", ...).
std::string_view ToString(RemovalReason v);
std::string_view ToString(EntityType v);
std::string_view ToString(StatementType v);
std::string_view ToString(SpeakerKind v);
std::string_view ToString(ViaRelation v);
std::string_view ToString(Qualifier v);
std::string_view ToString(TimeType v);

// Parsing returns false on an unknown name and leaves `out` unchanged.
bool Parse(std::string_view s, RemovalReason* out);
bool Parse(std::string_view s, EntityType* out);
bool Parse(std::string_view s, StatementType* out);
bool Parse(std::string_view s, SpeakerKind* out);
bool Parse(std::string_view s, ViaRelation* out);
bool Parse(std::string_view s, Qualifier* out);
bool Parse(std::string_view s, TimeType* out);

}  // namespace claimtrace

#endif  // CLAIMTRACE_DOCUMENT_H_
