// Boilerplate recognisers for single paragraphs: prompts, teasers, footers, credits.
//
// A paragraph is boilerplate only as a whole: its words, lower-cased and stripped of
// surrounding punctuation, must match a rule's pattern entirely, so "He urged readers to leave
// a comment on the ministry's website" never matches "leave a comment". Rules (reason is
// always kBoilerplate): comment_prompt, review_prompt, subscribe_prompt, share_prompt,
// advertisement, read_more ("READ MORE: ...", "Related: ..."), source_footer (last paragraphs
// only: "Source: Read Full Article", "Source link"), photo_credit ("Photo: ...", "NAME/AFP via
// Getty Images"), byline (first paragraphs only) and dateline (a paragraph that is only a full
// date with its year, at the start or end). No paragraph of more than 80 words is ever boilerplate.
// MatchBoilerplate indexes the pattern table by first word; MatchBoilerplateSimple tries every
// rule in order and exists for the differential test. Both return the first rule, in table
// order, that matches. Pure functions, thread-safe (the index is built once, thread-safely).
//
//   MatchBoilerplate("Leave a Comment", {})->rule == "comment_prompt"
//   MatchBoilerplate("Source: Read Full Article", {.tail = true})->rule == "source_footer"
#ifndef CLAIMTRACE_CLEAN_BOILERPLATE_RULES_H_
#define CLAIMTRACE_CLEAN_BOILERPLATE_RULES_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace claimtrace {

struct BoilerplateMatch {
  std::string_view rule;  // static string
  friend bool operator==(const BoilerplateMatch&, const BoilerplateMatch&) = default;
};

// Where the paragraph sits: among the first few (head) or the last few (tail) paragraphs.
struct ParagraphPosition {
  bool head = false;
  bool tail = false;
};

std::optional<BoilerplateMatch> MatchBoilerplate(std::string_view paragraph,
                                                 ParagraphPosition position);
std::optional<BoilerplateMatch> MatchBoilerplateSimple(std::string_view paragraph,
                                                       ParagraphPosition position);

// A line that must stay on its own when hard-wrapped lines are joined (a prompt, a byline,
// a date line).
bool IsStandaloneLine(std::string_view line);

// Section labels that introduce lists of other stories: kStrong for explicit ones ("Related",
// "Most read", "More from X"), kWeak for a bare section name ("In World").
enum class TeaserLabel { kNone, kWeak, kStrong };
TeaserLabel MatchTeaserLabel(std::string_view paragraph);

// "-", "•", "* * *", "|": a paragraph with no letters or digits, at most 12 bytes.
bool IsSeparatorParagraph(std::string_view paragraph);

// The paragraph's words lower-cased, curly apostrophes straightened, surrounding punctuation
// and symbols stripped, empty words dropped (exposed for tests).
std::vector<std::string> KeyWords(std::string_view paragraph);

}  // namespace claimtrace

#endif  // CLAIMTRACE_CLEAN_BOILERPLATE_RULES_H_
