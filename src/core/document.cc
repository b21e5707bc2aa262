// Enum names of the export format and the content-derived document id (XXH3-64 of the cleaned
// text, hex). The tables below are the single source of the strings docs/export-format.md lists.
// Covered by src/core/document_test.cc.
#include "claimtrace/document.h"

#include <xxhash.h>

#include <array>
#include <utility>

namespace claimtrace {
namespace {

template <typename E, size_t N>
std::string_view NameOf(const std::array<std::pair<E, std::string_view>, N>& table, E v) {
  for (const auto& [value, name] : table) {
    if (value == v) return name;
  }
  return "unknown";
}

template <typename E, size_t N>
bool ValueOf(const std::array<std::pair<E, std::string_view>, N>& table, std::string_view s,
             E* out) {
  for (const auto& [value, name] : table) {
    if (name == s) {
      *out = value;
      return true;
    }
  }
  return false;
}

constexpr std::array<std::pair<RemovalReason, std::string_view>, 2> kRemovalReasons{{
    {RemovalReason::kBoilerplate, "boilerplate"},
    {RemovalReason::kRepeat, "repeat"},
}};
constexpr std::array<std::pair<EntityType, std::string_view>, 8> kEntityTypes{{
    {EntityType::kPerson, "PERSON"},
    {EntityType::kOrg, "ORG"},
    {EntityType::kGpe, "GPE"},
    {EntityType::kLoc, "LOC"},
    {EntityType::kNorp, "NORP"},
    {EntityType::kEvent, "EVENT"},
    {EntityType::kWork, "WORK"},
    {EntityType::kMisc, "MISC"},
}};
constexpr std::array<std::pair<StatementType, std::string_view>, 4> kStatementTypes{{
    {StatementType::kDirect, "direct"},
    {StatementType::kIndirect, "indirect"},
    {StatementType::kMixed, "mixed"},
    {StatementType::kBelief, "belief"},
}};
constexpr std::array<std::pair<SpeakerKind, std::string_view>, 8> kSpeakerKinds{{
    {SpeakerKind::kPerson, "person"},
    {SpeakerKind::kOrganization, "organization"},
    {SpeakerKind::kAnonymousOfficial, "anonymous_official"},
    {SpeakerKind::kAnonymousSource, "anonymous_source"},
    {SpeakerKind::kExpert, "expert"},
    {SpeakerKind::kDocument, "document"},
    {SpeakerKind::kPublication, "publication"},
    {SpeakerKind::kUnknown, "unknown"},
}};
constexpr std::array<std::pair<ViaRelation, std::string_view>, 7> kViaRelations{{
    {ViaRelation::kTold, "told"},
    {ViaRelation::kInterview, "interview"},
    {ViaRelation::kPer, "per"},
    {ViaRelation::kReported, "reported"},
    {ViaRelation::kCiting, "citing"},
    {ViaRelation::kAccordingTo, "according_to"},
    {ViaRelation::kOther, "other"},
}};
constexpr std::array<std::pair<Qualifier, std::string_view>, 5> kQualifiers{{
    {Qualifier::kExact, "exact"},
    {Qualifier::kApprox, "approx"},
    {Qualifier::kAtLeast, "at_least"},
    {Qualifier::kAtMost, "at_most"},
    {Qualifier::kRange, "range"},
}};
constexpr std::array<std::pair<TimeType, std::string_view>, 4> kTimeTypes{{
    {TimeType::kDate, "date"},
    {TimeType::kTime, "time"},
    {TimeType::kDuration, "duration"},
    {TimeType::kSet, "set"},
}};

}  // namespace

std::string DocumentId(std::string_view cleaned_text) {
  static constexpr char kHex[] = "0123456789abcdef";
  uint64_t h = XXH3_64bits(cleaned_text.data(), cleaned_text.size());
  std::string id(16, '0');
  for (int i = 15; i >= 0; --i, h >>= 4) id[i] = kHex[h & 0xF];
  return id;
}

std::string_view ToString(RemovalReason v) { return NameOf(kRemovalReasons, v); }
std::string_view ToString(EntityType v) { return NameOf(kEntityTypes, v); }
std::string_view ToString(StatementType v) { return NameOf(kStatementTypes, v); }
std::string_view ToString(SpeakerKind v) { return NameOf(kSpeakerKinds, v); }
std::string_view ToString(ViaRelation v) { return NameOf(kViaRelations, v); }
std::string_view ToString(Qualifier v) { return NameOf(kQualifiers, v); }
std::string_view ToString(TimeType v) { return NameOf(kTimeTypes, v); }

bool Parse(std::string_view s, RemovalReason* out) { return ValueOf(kRemovalReasons, s, out); }
bool Parse(std::string_view s, EntityType* out) { return ValueOf(kEntityTypes, s, out); }
bool Parse(std::string_view s, StatementType* out) { return ValueOf(kStatementTypes, s, out); }
bool Parse(std::string_view s, SpeakerKind* out) { return ValueOf(kSpeakerKinds, s, out); }
bool Parse(std::string_view s, ViaRelation* out) { return ValueOf(kViaRelations, s, out); }
bool Parse(std::string_view s, Qualifier* out) { return ValueOf(kQualifiers, s, out); }
bool Parse(std::string_view s, TimeType* out) { return ValueOf(kTimeTypes, s, out); }

}  // namespace claimtrace
