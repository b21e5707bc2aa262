// In-domain NER annotations kept as name lists: for each article of an outside corpus (the
// html-dev pages of ../shared/data/html-dev, whose ground-truth main_content is CC BY 4.0) the
// repository stores only which names occur with which type; the text stays outside and the
// names are projected onto it at training/evaluation time. Articles written by the project
// itself (data/ner-annotations/written-news/NNNN.txt) are read from the directory next to
// their list instead.
//
// List format (UTF-8 TSV, `#` lines are comments): `file_id <TAB> name <TAB> type` with type
// PER, ORG, LOC, MISC, or O ("this string is not a name here": it blocks shorter names inside it
// and is not projected). Projection: every case-sensitive occurrence of a name with no letter
// or digit right before or after it, longest names first, never overlapping an earlier one.
// Each article becomes one CorpusDoc "<list file name>:<file_id>" whose text is main_content.
//
// Pure functions apart from file reading; thread-safe.
//
//   CT_ASSIGN_OR_RETURN(auto names, ParseNameList(tsv, "html-dev-train.tsv"));
//   CorpusDoc d = ProjectNames("x:0031", text, names["0031"]);
#ifndef CLAIMTRACE_LANG_NER_ANNOTATIONS_H_
#define CLAIMTRACE_LANG_NER_ANNOTATIONS_H_

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/status.h"
#include "lang/ner_corpus.h"

namespace claimtrace::lang {

struct AnnotatedName {
  std::string name;
  NerType type = NerType::kMisc;
  bool blocked = false;  // type O
};

// file_id -> names, in file order. A malformed line is an error naming the list and line.
Result<std::map<std::string, std::vector<AnnotatedName>>> ParseNameList(std::string_view content,
                                                                        std::string_view source);

CorpusDoc ProjectNames(std::string id, std::string text, const std::vector<AnnotatedName>& names);

// The directory of article texts written for the project that belongs to a list: the list's
// path without ".tsv" ("data/ner-annotations/written-news.tsv" -> ".../written-news"); "" when
// the path does not end in ".tsv".
std::string ArticleTextDir(const std::string& list_path);

// Reads a name list and its articles. When ArticleTextDir(list_path) is a directory, article
// `id` is the plain text file `<that directory>/<id>.txt` (articles written for the project,
// stored next to their list), and a missing or unreadable file is an error naming the list
// line and the file. Otherwise the text is html-dev's main_content from
// `<html_dir>/ground-truth/<id>.json`, and a missing page is a warning (skipped). A malformed
// list is an error.
Result<std::vector<CorpusDoc>> ReadAnnotatedArticles(const std::string& list_path,
                                                     const std::string& html_dir,
                                                     std::vector<Status>* warnings);

// Unlabelled pages for the tagger's word table (ner_word_table.h): a list of html-dev page ids
// (`*.ids`, one id per line, `#` comments). Each page becomes a CorpusDoc "<list>:<id>" with
// `unlabeled` set. A line that is not an id is an error naming the list and line; a missing
// page is a warning.
Result<std::vector<CorpusDoc>> ReadUnlabeledArticles(const std::string& ids_path,
                                                     const std::string& html_dir,
                                                     std::vector<Status>* warnings);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_NER_ANNOTATIONS_H_
