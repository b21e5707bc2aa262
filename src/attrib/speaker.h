// Speaker typing and resolution: from the source span as written ("Bellingcat's lead
// investigator Christo Grozev", "he", "the spy", "a senior NATO military official") to a
// Speaker — the article entity it refers to, a canonical name, and a kind (person,
// organization, publication, anonymous_official, anonymous_source, expert, document, unknown).
//
// Resolution model (documented in docs/quality.md, Attribution):
//  * Head: the span is cut at its first comma/dash/parenthesis/relative pronoun (the core noun
//    phrase; later segments are appositives) and the core at its first preposition; the head is
//    the last word before the cut. A PERSON entity heading the core or an appositive makes a
//    person; an ORG head an organization (a publication when it names a news outlet); a GPE head
//    an organization (a state acting); a listed head noun its listed kind.
//  * Pronouns (he/she/they/it) and definite descriptions ("the spy", "the Russian") resolve to
//    an earlier referent by salience: a compatible name earlier in the same sentence, outside
//    quotes ("Osechkin gained coverage when he published …"), then the speaker of the previous
//    statement within two paragraphs (speaker continuity), then entities whose roles contain the
//    head word,
//    then the most recent compatible entity mention within three sentences. A description with
//    an anonymous head ("the official") resolves to the latest anonymous speaker with that head.
//  * Without entities (no NER), capitalised word runs stand in for names; a surname alone links
//    to an earlier speaker whose name ends with it.
// Not thread-safe: one resolver per document, fed statements in text order.
//
//   attrib::SpeakerResolver r(view);
//   Speaker s = r.Resolve(source_span, cue_span);
#ifndef CLAIMTRACE_ATTRIB_SPEAKER_H_
#define CLAIMTRACE_ATTRIB_SPEAKER_H_

#include <optional>
#include <string>
#include <vector>

#include "attrib/doc_view.h"
#include "attrib/span.h"
#include "attrib/speaker_text.h"
#include "claimtrace/document.h"

namespace claimtrace::attrib {

// TrimSource (the speaker as shown) is in speaker_text.h.

// The noun phrase a relative pronoun at `rel` stands for ("two FSB contacts who …"): an entity
// mention or a listed speaker noun with its modifiers right before it (commas skipped).
// "a source within the FSB that …" gives the whole phrase (its head is AntecedentHead).
std::optional<TokSpan> RelativeAntecedent(const DocView& v, uint32_t rel);
// The head word of an antecedent: the word before its first preposition, else its last word.
uint32_t AntecedentHead(const DocView& v, TokSpan ante);

// Whether the capitalised run [s) looks like a news outlet name ("The Times", "Sky News").
bool LooksLikeOutlet(const DocView& v, TokSpan s);

class SpeakerResolver {
 public:
  explicit SpeakerResolver(const DocView& v);

  // Types and resolves the speaker of a statement whose (trimmed) source is `source` and whose
  // cue is at `anchor` (a token index used for recency). Records it for later pronouns.
  Speaker Resolve(std::optional<TokSpan> source, uint32_t anchor);

 private:
  struct Referent {
    uint32_t token;       // where it was mentioned (the anchor of its statement)
    int32_t entity = -1;  // index into Document::entities, -1 for unnamed
    std::string name;
    SpeakerKind kind = SpeakerKind::kUnknown;
    uint64_t head = 0;  // hash of the lower-case head word
    bool plural = false;
  };
  struct Head {
    uint32_t token = 0;
    bool found = false;
  };

  Speaker FromEntity(int32_t e, TokSpan span) const;
  Head FindHead(TokSpan seg) const;
  std::optional<Speaker> ResolvePronoun(Pronoun p, uint32_t at, uint32_t pronoun) const;
  std::optional<Speaker> ResolveDescription(TokSpan core, uint32_t head, uint32_t at) const;
  std::optional<Speaker> ResolveRelative(uint32_t rel) const;
  std::string SpanText(TokSpan s) const;
  void Remember(const Speaker& s, uint32_t anchor, uint64_t head, bool plural);

  const DocView& v_;
  std::vector<Referent> history_;  // resolved speakers, in text order
};

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_SPEAKER_H_
