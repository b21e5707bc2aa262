// Clause rules: decisions about neighbouring attributions of one sentence that the learned
// finders make one cue at a time — a content that stops where a nested statement begins, a
// source that runs into its own predicate, a coordinated verb without a subject of its own, a
// nested cue whose content is only a topic. Pure functions over token spans; linear in the
// document; thread-safe.
//
//   std::vector<attrib::Attribution> found = ...;  // in cue order
//   attrib::ExtendOverNested(view, &found);  attrib::ShareCoordinatedSource(view, &found);
#ifndef CLAIMTRACE_ATTRIB_CLAUSE_RULES_H_
#define CLAIMTRACE_ATTRIB_CLAUSE_RULES_H_

#include <vector>

#include "attrib/doc_view.h"
#include "attrib/span.h"

namespace claimtrace::attrib {

// "… said staff had complained about the valve for months": the outer content, cut where the
// nested statement begins (at its speaker, or up to three words before it, never across
// punctuation, a dash or "and"/"but"/"or"), runs on to the end of the nested content.
void ExtendOverNested(const DocView& v, std::vector<Attribution>* found);

// A source before its cue ends before the first lower-case auxiliary or "said" after its first
// word (outside a relative clause) and loses trailing adverbs and conjunctions ("Mr. Ivanov, like
// most engineers, is still" -> "Mr. Ivanov, like most engineers,").
void TrimSourceTail(const DocView& v, Attribution* a);

// A source before its cue that contains an earlier cue of the sentence starts after that cue
// ("Rusu, who represents the dock workers, said staff had complained": the source of
// "had complained" is "staff", not everything from "Rusu"). `found` is in cue order.
void StartSourceAfterEarlierCue(const DocView& v, std::vector<Attribution>* found);

// A cue right after "and"/"but" ("confirmed that … but declined to say") takes the source of
// the sentence's earlier cue.
void ShareCoordinatedSource(const DocView& v, std::vector<Attribution>* found);

// Drops a nested cue inside another statement's content whose own content is a topic only
// ("complained about the valve"). Run after ExtendOverNested.
void DropNestedTopics(const DocView& v, std::vector<Attribution>* found);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_CLAUSE_RULES_H_
