// `claimtrace train-ner`: trains the entity tagger from IOB2 files (../shared/data/ner) and
// writes the model file that LanguageAnalyzer loads (data/models/ner.model by default); with
// --predict it instead runs the full language analysis with a given model over the selected
// documents and writes gold and predicted entities as JSON Lines for scripts/eval/ner_eval.py.
//
// Training is single-threaded and reproducible: the same data, options and seed give the same
// bytes. Progress and the summary go to stderr.
//
//   TrainNerOptions o;  o.data = "../shared/data/ner";  o.exclude = {"GUM_news_"};
//   int status = RunTrainNer(o);
#ifndef CLAIMTRACE_CLI_TRAIN_NER_H_
#define CLAIMTRACE_CLI_TRAIN_NER_H_

#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/cli/common.h"

namespace claimtrace::cli {

struct TrainNerOptions {
  CommonOptions common;              // --data-dir: lexicons (and the default model location)
  std::string data;                  // --data: directory with the .iob2 files
  std::string out;                   // --out: model file to write
  std::vector<std::string> files;    // --files: IOB2 files or html-dev name lists (*.tsv)
  std::vector<std::string> include;  // --include: keep documents whose id contains one of these
  std::vector<std::string> exclude;  // --exclude: drop documents whose id contains one of these
  int epochs = 10;                   // --epochs
  uint64_t seed = 1;                 // --seed
  int seeds = 1;                     // --seeds: average this many runs with seeds seed, seed+1...
  double prune = 0.05;               // --prune: drop weight rows smaller than this
  std::string predict;               // --predict FILE: write predictions instead of training
  std::string model;                 // --model: model file used by --predict
  std::string provenance;            // recorded in the model (main() passes the command line)
};

int RunTrainNer(const TrainNerOptions& options);

}  // namespace claimtrace::cli

#endif  // CLAIMTRACE_CLI_TRAIN_NER_H_
