// CleanText: NFC -> line normalisation -> paragraphs (text_normalize.h, paragraphs.h), then
// the removal rules in a fixed order: whole-paragraph boilerplate anywhere, boilerplate that
// depends on position (head: first 8 kept paragraphs; tail: last 4), teaser lists, repeats.
// Kept paragraphs are joined with "\n\n"; removed ones are reported in input order, a teaser
// block as one piece. Covered by src/clean/cleaner_test.cc and src/clean/golden_test.cc
// (tests/golden/clean/).
#include "claimtrace/clean.h"
#include "clean/boilerplate_rules.h"
#include "clean/paragraph.h"
#include "clean/paragraphs.h"
#include "clean/repeats.h"
#include "clean/teasers.h"
#include "clean/text_normalize.h"

namespace claimtrace {
namespace {

constexpr size_t kHead = 8;
constexpr size_t kTail = 4;

}  // namespace

CleanedText CleanText(std::string_view text) {
  const std::string nfc = ToNfc(text);
  std::vector<Paragraph> ps;
  for (std::string& p : FormParagraphs(SplitLines(nfc)))
    ps.push_back(Paragraph{.text = std::move(p)});

  // Position-independent boilerplate first, so head and tail are counted among what is left.
  for (Paragraph& p : ps) {
    if (std::optional<BoilerplateMatch> m = MatchBoilerplate(p.text, {})) {
      p.Remove(RemovalReason::kBoilerplate, m->rule);
    }
  }
  std::vector<size_t> kept;
  for (size_t i = 0; i < ps.size(); ++i) {
    if (!ps[i].removed) kept.push_back(i);
  }
  for (size_t k = 0; k < kept.size(); ++k) {
    const ParagraphPosition pos{.head = k < kHead, .tail = k + kTail >= kept.size()};
    if (!pos.head && !pos.tail) continue;  // already matched with no position above
    Paragraph& p = ps[kept[k]];
    if (std::optional<BoilerplateMatch> m = MatchBoilerplate(p.text, pos)) {
      p.Remove(RemovalReason::kBoilerplate, m->rule);
    }
  }
  int next_group = 0;
  MarkTeaserLists(&ps, &next_group);
  MarkRepeats(&ps);

  CleanedText out;
  out.text.reserve(nfc.size());
  for (size_t i = 0; i < ps.size(); ++i) {
    Paragraph& p = ps[i];
    if (!p.removed) {
      if (!out.text.empty()) out.text += "\n\n";
      out.text += p.text;
      continue;
    }
    if (p.group >= 0 && i > 0 && ps[i - 1].removed && ps[i - 1].group == p.group) {
      out.removed.back().text += "\n\n";
      out.removed.back().text += p.text;
      continue;
    }
    out.removed.push_back(RemovedPiece{std::move(p.text), p.reason, std::string(p.rule)});
  }
  return out;
}

}  // namespace claimtrace
