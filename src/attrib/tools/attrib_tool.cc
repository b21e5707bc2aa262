// attrib_tool: trains the attribution model on PolNeAR and writes predictions for
// scripts/eval/polnear_eval.py. Argument parsing only; the work is in attrib/attrib_commands.cc.
//
//   attrib_tool train --polnear /work/shared/data/polnear/train --out data/models/attrib.model
//   attrib_tool predict --polnear /work/shared/data/polnear/dev --out /tmp/pred.jsonl
#include <CLI/CLI.hpp>
#include <iostream>

#include "attrib/attrib_commands.h"

int main(int argc, char** argv) {
  using namespace claimtrace::attrib;  // NOLINT(google-build-using-namespace)
  CLI::App app{"attrib_tool: train and evaluate claimtrace's attribution model on PolNeAR"};
  app.require_subcommand(1);
  claimtrace::Status status;

  TrainCommandOptions train;
  std::string train_slice;
  CLI::App* t = app.add_subcommand("train", "Train the model on a PolNeAR split");
  t->add_option("--polnear", train.polnear_dir, "PolNeAR split directory")->required();
  t->add_option("--out", train.out, "Model file to write")->required();
  t->add_option("--slice", train_slice, "Use only documents K mod N (K/N)");
  t->add_flag("--exclude", train.selection.exclude, "With --slice: use all but that slice");
  t->add_option("--epochs", train.epochs, "Training epochs")->check(CLI::Range(1, 100));
  t->add_option("--seed", train.seed, "Shuffling seed");
  t->add_option("--data-dir", train.data_dir, "Directory with models and lexicons");

  PredictCommandOptions pred;
  std::string pred_slice;
  CLI::App* p = app.add_subcommand("predict", "Write predictions (JSON Lines) for a split");
  p->add_option("--polnear", pred.polnear_dir, "PolNeAR split directory")->required();
  p->add_option("--out", pred.out, "Output file, - for stdout")->required();
  p->add_option("--slice", pred_slice, "Only documents K mod N (K/N)");
  p->add_flag("--exclude", pred.selection.exclude, "With --slice: all but that slice");
  p->add_option("--model", pred.model_path, "Model file");
  p->add_flag("--oracle-cues", pred.oracle_cues, "Analysis: use the gold cues");
  p->add_option("--data-dir", pred.data_dir, "Directory with models and lexicons");

  ShowCommandOptions show;
  CLI::App* s = app.add_subcommand("show", "Print the attributions found in text files");
  s->add_option("files", show.files, "Plain-text articles")->required();
  s->add_option("--model", show.model_path, "Model file");
  s->add_option("--data-dir", show.data_dir, "Directory with models and lexicons");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    return app.exit(e) == 0 ? 0 : 2;
  }
  if (t->parsed()) {
    if (!train_slice.empty() && !ParseSlice(train_slice, &train.selection)) {
      std::cerr << "attrib_tool: error: --slice must be K/N with 0 <= K < N\n";
      return 2;
    }
    status = RunTrain(train);
  } else if (s->parsed()) {
    status = RunShow(show);
  } else {
    if (!pred_slice.empty() && !ParseSlice(pred_slice, &pred.selection)) {
      std::cerr << "attrib_tool: error: --slice must be K/N with 0 <= K < N\n";
      return 2;
    }
    status = RunPredict(pred);
  }
  if (!status.ok()) {
    std::cerr << "attrib_tool: error: " << status.ToString() << "\n";
    return 1;
  }
  return 0;
}
