// The commands behind tools/attrib_tool: training the attribution model on PolNeAR and writing
// predictions for scripts/eval/polnear_eval.py. Library functions so the tool stays thin.
//
// Each call is self-contained (loads the language analyzer, lexicons, model); not re-entrant
// with respect to the output file.
//
//   CT_RETURN_IF_ERROR(attrib::RunTrain({.polnear_dir = dir + "/train", .out = "m.model"}));
//   CT_RETURN_IF_ERROR(attrib::RunPredict({.polnear_dir = dir + "/dev", .out = "pred.jsonl"}));
#ifndef CLAIMTRACE_ATTRIB_ATTRIB_COMMANDS_H_
#define CLAIMTRACE_ATTRIB_ATTRIB_COMMANDS_H_

#include <cstdint>
#include <string>
#include <vector>

#include "attrib/polnear.h"
#include "claimtrace/status.h"

namespace claimtrace::attrib {

struct TrainCommandOptions {
  std::string polnear_dir;  // a split directory: attributions/, text/
  PolnearSelection selection;
  std::string out;  // model file to write
  std::string data_dir;
  int epochs = 10;
  uint32_t seed = 7;
};

struct PredictCommandOptions {
  std::string polnear_dir;
  PolnearSelection selection;
  std::string out;  // JSON Lines for polnear_eval.py ("-" = stdout)
  std::string data_dir;
  std::string model_path;  // default: the data dir's models/attrib.model
  // Analysis aid: use the gold cues instead of the cue tagger (source and content still
  // predicted), to separate cue errors from span errors. Never for reported numbers.
  bool oracle_cues = false;
};

struct ShowCommandOptions {
  std::vector<std::string> files;  // plain-text articles
  std::string data_dir;
  std::string model_path;
};

Status RunTrain(const TrainCommandOptions& options);
// Prints every detected cue with its source and content pieces, and every statement (for
// development and for checking articles by eye).
Status RunShow(const ShowCommandOptions& options);
Status RunPredict(const PredictCommandOptions& options);

// Parses "K/N" into a selection (exclude stays as given).
bool ParseSlice(const std::string& spec, PolnearSelection* selection);

}  // namespace claimtrace::attrib

#endif  // CLAIMTRACE_ATTRIB_ATTRIB_COMMANDS_H_
