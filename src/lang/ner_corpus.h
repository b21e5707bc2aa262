// Reading the NER training data (IOB2 files of ../shared/data/ner, format in its README) into
// documents of running text with gold entity byte spans, so that training and evaluation see
// text exactly as the tokenizer will at run time.
//
// Detokenisation (documented in data/models/README.md): tokens are joined with single spaces,
// except no space before , . ; : ! ? ) ] } % and the clitics 's n't 're 've 'll 'd 'm; no space
// after ( [ { $ £ € #; a hyphen between two alphanumeric tokens is glued to both; straight
// double quotes alternate opening (glued to the next token) and closing (glued to the previous).
// Sentences are separated by "\n". Blocks without documents (WNUT-17) become one document per
// sentence.
//
// Pure functions of their inputs; thread-safe.
//
//   std::vector<Status> warnings;
//   CT_ASSIGN_OR_RETURN(auto docs, ReadIob2File("gum.iob2", &warnings));
#ifndef CLAIMTRACE_LANG_NER_CORPUS_H_
#define CLAIMTRACE_LANG_NER_CORPUS_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "claimtrace/lang.h"
#include "claimtrace/status.h"
#include "lang/ner_labels.h"

namespace claimtrace::lang {

struct GoldEntity {
  uint32_t start = 0;  // byte offsets into CorpusDoc::text
  uint32_t end = 0;
  NerType type = NerType::kMisc;
};

struct CorpusDoc {
  std::string id;  // "<file>:<split>/<doc-id>", e.g. "gum.iob2:train/GUM_bio_byron"
  std::string text;
  std::vector<GoldEntity> entities;
  bool has_misc = true;  // false for sources without a MISC type (UNER): O there is not "not MISC"
  bool unlabeled = false;  // text only (word-table statistics), not a training example
};

// Parses IOB2 text. Malformed lines are skipped and reported in `warnings` (file:line: reason).
std::vector<CorpusDoc> ParseIob2(std::string_view content, std::string_view file_name,
                                 std::vector<Status>* warnings);

// Reads and parses one file; kNotFound/kIoError when it cannot be read.
Result<std::vector<CorpusDoc>> ReadIob2File(const std::string& path, std::vector<Status>* warnings);

// BILOU labels for `tokens` from the gold spans: every token overlapping an entity is labelled
// with it (first entity wins on overlap).
std::vector<uint8_t> ProjectLabels(const std::vector<Token>& tokens,
                                   const std::vector<GoldEntity>& entities);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_NER_CORPUS_H_
