// claimtrace: the command-line front end. Parses arguments into option structs and calls the
// library's commands (src/cli/); no pipeline logic lives here. Each command is one Add*Command
// function below plus one line in main(): to add a command, copy one of them.
#include <CLI/CLI.hpp>
#include <memory>
#include <string>

#include "claimtrace/cli/export.h"
#include "claimtrace/cli/extract.h"
#include "claimtrace/cli/ingest.h"
#include "claimtrace/cli/train_ner.h"

namespace {

using namespace claimtrace::cli;  // NOLINT(google-build-using-namespace)

// Where a command's callback leaves its exit status.
struct Outcome {
  int status = kExitOk;
};

void AddCommonOptions(CLI::App* cmd, CommonOptions* common) {
  cmd->add_option("--threads", common->threads, "Pipeline worker threads, 0 = one per core")
      ->capture_default_str()
      ->check(CLI::Range(0, 256).description(""))
      ->type_name("N");
  cmd->add_option("--data-dir", common->data_dir, "Directory with models and lexicons")
      ->type_name("DIR");
  cmd->add_option("--max-article-mb", common->max_article_mb,
                  "Reject larger articles without reading them")
      ->capture_default_str()
      ->check(CLI::Range(1, 4096).description(""))
      ->type_name("MB");
  cmd->add_flag("-q,--quiet", common->quiet, "No progress bar or summary");
}

// --published: any full date form is accepted and normalised to YYYY-MM-DD.
void AddPublishedOption(CLI::App* cmd, std::optional<std::string>* published) {
  cmd->add_option_function<std::string>(
         "--published",
         [published](const std::string& value) {
           std::optional<std::string> iso = NormalizePublishedOption(value);
           if (!iso) throw CLI::ValidationError("--published", "not a date: " + value);
           *published = *iso;
         },
         "Publication date (e.g. 2022-03-23) for inputs that give none")
      ->type_name("DATE");
}

void AddExtractCommand(CLI::App& app, Outcome* outcome) {
  auto options = std::make_shared<ExtractOptions>();
  CLI::App* cmd = app.add_subcommand(
      "extract", "Extract annotations as JSON Lines on stdout (stateless, no database)");
  cmd->add_option("inputs", options->inputs, "Files, directories, or - for stdin")
      ->required()
      ->type_name("PATH");
  AddPublishedOption(cmd, &options->published);
  cmd->add_flag("!--no-annotate", options->annotate, "Only read and clean; no NLP stages");
  AddCommonOptions(cmd, &options->common);
  cmd->callback([options, outcome] { outcome->status = RunExtract(*options); });
}

void AddIngestCommand(CLI::App& app, Outcome* outcome) {
  auto options = std::make_shared<IngestCommandOptions>();
  CLI::App* cmd = app.add_subcommand(
      "ingest", "Extract annotations and store them in the database (re-ingesting is safe)");
  cmd->add_option("inputs", options->inputs, "Files, directories, or - for stdin")
      ->required()
      ->type_name("PATH");
  cmd->add_option("--db", options->db, "Database file (created if missing)")
      ->capture_default_str()
      ->type_name("FILE");
  AddPublishedOption(cmd, &options->published);
  cmd->add_option("--batch-size", options->batch_size,
                  "Documents per transaction (a batch also commits after 2 s)")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000).description(""))
      ->type_name("N");
  AddCommonOptions(cmd, &options->common);
  cmd->callback([options, outcome] { outcome->status = RunIngest(*options); });
}

void AddExportCommand(CLI::App& app, Outcome* outcome) {
  auto options = std::make_shared<ExportOptions>();
  CLI::App* cmd = app.add_subcommand(
      "export", "Write every stored document as JSON Lines on stdout, in ingest order");
  cmd->add_option("--db", options->db, "Database file")->capture_default_str()->type_name("FILE");
  cmd->callback([options, outcome] { outcome->status = RunExport(*options); });
}

void AddTrainNerCommand(CLI::App& app, Outcome* outcome, std::string command_line) {
  auto options = std::make_shared<TrainNerOptions>();
  CLI::App* cmd = app.add_subcommand(
      "train-ner", "Train the entity tagger from IOB2 files (or --predict with a model)");
  cmd->add_option("--data", options->data, "Directory with the .iob2 files")
      ->required()
      ->type_name("DIR");
  cmd->add_option("--out", options->out, "Model file to write")->type_name("FILE");
  cmd->add_option("--files", options->files, "IOB2 files to use (default: all three)");
  cmd->add_option("--include", options->include, "Keep documents whose id contains this");
  cmd->add_option("--exclude", options->exclude, "Drop documents whose id contains this");
  cmd->add_option("--epochs", options->epochs, "Training epochs")->capture_default_str();
  cmd->add_option("--seed", options->seed, "Shuffling seed")->capture_default_str();
  cmd->add_option("--seeds", options->seeds, "Average the weights of this many runs")
      ->capture_default_str();
  cmd->add_option("--prune", options->prune, "Drop weight rows below this")->capture_default_str();
  cmd->add_option("--predict", options->predict, "Write gold and predicted entities (JSONL)")
      ->type_name("FILE");
  cmd->add_option("--model", options->model, "Model for --predict")->type_name("FILE");
  cmd->add_option("--data-dir", options->common.data_dir, "Directory with models and lexicons");
  cmd->add_flag("-q,--quiet", options->common.quiet, "No summary");
  options->provenance = std::move(command_line);
  cmd->callback([options, outcome] { outcome->status = RunTrainNer(*options); });
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"claimtrace: trace who said what, to whom, relayed by whom, across news articles",
               "claimtrace"};
  app.set_version_flag("--version", "claimtrace 0.1.0");
  app.require_subcommand(1);
  Outcome outcome;

  AddExtractCommand(app, &outcome);
  AddIngestCommand(app, &outcome);
  AddExportCommand(app, &outcome);
  std::string command_line = "claimtrace";
  for (int i = 1; i < argc; ++i) command_line += std::string(" ") + argv[i];
  AddTrainNerCommand(app, &outcome, command_line);

  try {
    app.parse(argc, argv);
  } catch (const CLI::CallForHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForAllHelp& e) {
    return app.exit(e);
  } catch (const CLI::CallForVersion& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return kExitUsage;
  }
  return outcome.status;
}
