// A paragraph of the text being cleaned, with the removal decision rules have made about it.
//
// The cleaner splits the normalised text into Paragraphs; each rule (boilerplate, teaser
// lists, repeats) may mark one as removed, giving the reason and the rule name. Consecutive
// paragraphs removed together as one block (a teaser list) share a `group`, so they are
// reported as one removed piece. Plain value type; not synchronised.
//
//   Paragraph p{.text = "Leave a Comment"};
//   p.Remove(RemovalReason::kBoilerplate, "comment_prompt");
#ifndef CLAIMTRACE_CLEAN_PARAGRAPH_H_
#define CLAIMTRACE_CLEAN_PARAGRAPH_H_

#include <string>
#include <string_view>

#include "claimtrace/document.h"

namespace claimtrace {

struct Paragraph {
  std::string text;
  bool removed = false;
  RemovalReason reason = RemovalReason::kBoilerplate;
  std::string_view rule;  // static string, e.g. "comment_prompt"
  int group = -1;         // >= 0: part of a block removed as one piece

  void Remove(RemovalReason why, std::string_view rule_name, int group_id = -1) {
    removed = true;
    reason = why;
    rule = rule_name;
    group = group_id;
  }
};

}  // namespace claimtrace

#endif  // CLAIMTRACE_CLEAN_PARAGRAPH_H_
