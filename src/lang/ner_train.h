// Training the entity tagger: first the word table (ner_word_table.h) from the text of every
// selected document, labelled or not (`*.ids` lists of unlabelled html-dev pages); then a
// structured averaged perceptron over the features of ner_features.h and BILOU transitions,
// decoding candidate regions with Viterbi exactly as at run time; gold entities a region cannot
// represent are treated as O. Sources without MISC (UNER) are not penalised for predicting MISC
// where they say O. Documents are visited in a shuffled order drawn from a fixed seed with our own
// Fisher–Yates over std::mt19937_64, so a run is reproducible on any platform.
//
// Thread-compatible (no shared state); single-threaded by design.
//
//   NerTrainOptions o;  o.data_dir = "../shared/data/ner";  o.exclude = {"GUM_news_"};
//   CT_ASSIGN_OR_RETURN(NerModel model, TrainNerModel(o, *gazetteer, &report));
#ifndef CLAIMTRACE_LANG_NER_TRAIN_H_
#define CLAIMTRACE_LANG_NER_TRAIN_H_

#include <cstdint>
#include <string>
#include <vector>

#include "claimtrace/status.h"
#include "lang/gazetteer.h"
#include "lang/ner_corpus.h"
#include "lang/ner_model.h"

namespace claimtrace::lang {

struct NerTrainOptions {
  std::string data_dir;  // directory holding the .iob2 files
  std::vector<std::string> files = {"gum.iob2", "uner-ewt.iob2", "wnut17.iob2"};
  std::vector<std::string> include;  // keep only documents whose id contains one of these
  std::vector<std::string> exclude;  // then drop documents whose id contains one of these
  int epochs = 10;
  uint64_t seed = 1;
  int seeds = 1;           // average the weights of this many runs (seeds seed, seed+1, ...)
  float prune = 0.05f;     // drop feature rows whose largest |averaged weight| is below this
  int word_classes = 256;  // exchange classes of the word table (0: no word table)
  std::string provenance;  // free text recorded in the model (command line, data README)
};

struct NerTrainReport {
  size_t docs = 0;
  size_t unlabeled_docs = 0;  // distinct texts the word table was learnt from
  size_t tokens = 0;
  size_t entities = 0;
  size_t rows_before_prune = 0;
  size_t rows = 0;
  std::vector<double> epoch_errors;  // fraction of scored tokens mislabelled per epoch
  std::vector<Status> warnings;      // malformed input lines (skipped)
};

// Reads the selected documents (files, include, exclude) in file order.
Result<std::vector<CorpusDoc>> LoadNerCorpus(const NerTrainOptions& options,
                                             std::vector<Status>* warnings);

Result<NerModel> TrainNerModel(const NerTrainOptions& options, const Gazetteer& gazetteer,
                               NerTrainReport* report);

}  // namespace claimtrace::lang

#endif  // CLAIMTRACE_LANG_NER_TRAIN_H_
