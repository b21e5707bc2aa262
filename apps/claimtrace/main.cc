// claimtrace: the command-line front end. Parses arguments into option structs and calls the
// library's commands (src/cli/); no pipeline logic lives here. Each command is one Add*Command
// function below plus one line in main(): to add a command, copy one of them.
#include <CLI/CLI.hpp>
#include <cstdio>
#include <memory>
#include <string>

#include "claimtrace/cli/export.h"
#include "claimtrace/cli/extract.h"
#include "claimtrace/cli/ingest.h"
#include "claimtrace/cli/query.h"
#include "claimtrace/cli/resolution.h"
#include "claimtrace/cli/serve.h"
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

void AddServeCommand(CLI::App& app, Outcome* outcome) {
  auto options = std::make_shared<ServeOptions>();
  CLI::App* cmd = app.add_subcommand(
      "serve", "Serve the JSON API and the web interface over a database (until Ctrl-C)");
  cmd->add_option("--db", options->db, "Database file")->capture_default_str()->type_name("FILE");
  cmd->add_option("--host", options->host, "Address to listen on (loopback unless told)")
      ->capture_default_str();
  cmd->add_option("--port", options->port, "Port (0: any free port)")
      ->capture_default_str()
      ->check(CLI::Range(0, 65535).description(""));
  cmd->add_option("--static", options->static_dir, "Folder with the built web interface")
      ->type_name("DIR");
  cmd->add_option("--threads", options->threads, "Request threads")
      ->capture_default_str()
      ->check(CLI::Range(1, 256).description(""));
  cmd->add_flag("--log", options->log_requests, "Log one line per request on stderr");
  cmd->add_flag("!--no-cache", options->cache,
                "Compute every answer afresh (by default answers are kept until the data changes)");
  cmd->callback([options, outcome] { outcome->status = RunServe(*options); });
}

// search / entity / who-said share their options; `what` names the positional argument.
void AddQueryCommand(CLI::App& app, Outcome* outcome, const char* name, const char* help,
                     const char* what, int (*run)(const QueryOptions&), bool takes_type) {
  auto options = std::make_shared<QueryOptions>();
  CLI::App* cmd = app.add_subcommand(name, help);
  cmd->add_option(what, options->text, what)->required();
  cmd->add_option("--db", options->db, "Database file")->capture_default_str()->type_name("FILE");
  cmd->add_flag("--json", options->json, "JSON (as the HTTP API gives it) instead of a table");
  cmd->add_option("--limit", options->limit, "Results per page")
      ->capture_default_str()
      ->check(CLI::Range(1, 200).description(""));
  cmd->add_option("--offset", options->offset, "Skip this many results")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000000000).description(""));
  if (takes_type) {
    cmd->add_option("--type", options->type, "Entity type: PERSON, ORG, GPE, ...");
  } else {
    cmd->add_flag("--fts", options->fts,
                  "Read the query as SQLite FTS5 syntax (OR, NOT, \"phrase\", pre*)");
  }
  cmd->callback([options, outcome, run] { outcome->status = run(*options); });
}

// report / claims / entities / resolve: the across-article commands (claimtrace/cli/resolution.h).
void AddResolutionCommands(CLI::App& app, Outcome* outcome) {
  auto report = std::make_shared<ReportOptions>();
  CLI::App* cmd = app.add_subcommand("report",
                                     "Across articles: top entities with aliases, top claims with "
                                     "provenance, conflicting figures");
  cmd->add_option("--db", report->db, "Database file")->capture_default_str()->type_name("FILE");
  cmd->add_flag("--json", report->json, "One JSON object instead of text");
  cmd->add_option("--top", report->top, "Entries per section")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000).description(""));
  cmd->add_option("--width", report->width, "Text width (default 100)")
      ->check(CLI::Range(40, 1000).description(""));
  cmd->callback([report, outcome] { outcome->status = RunReport(*report); });

  auto claims = std::make_shared<ClaimsOptions>();
  cmd = app.add_subcommand("claims", "Claims across articles with all their reports");
  cmd->add_option("--db", claims->db, "Database file")->capture_default_str()->type_name("FILE");
  cmd->add_flag("--json", claims->json, "JSON Lines, one claim per line");
  cmd->add_option("--limit", claims->limit, "Claims to list")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000).description(""));
  cmd->add_option("--offset", claims->offset, "Skip this many")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000000000).description(""));
  cmd->add_option("--min-reports", claims->min_reports, "Only claims reported this often")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000).description(""));
  cmd->add_option("--speaker", claims->speaker,
                  "Only claims by this global entity (g12, or a name it carries)");
  cmd->add_option("--story", claims->story, "Only claims of this story (s3)");
  cmd->callback([claims, outcome] { outcome->status = RunClaims(*claims); });

  auto entities = std::make_shared<EntitiesOptions>();
  cmd = app.add_subcommand("entities", "Global entities across articles with every spelling");
  cmd->add_option("--db", entities->db, "Database file")->capture_default_str()->type_name("FILE");
  cmd->add_flag("--json", entities->json, "JSON Lines, one entity per line");
  cmd->add_option("--limit", entities->limit, "Entities to list")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000).description(""));
  cmd->add_option("--offset", entities->offset, "Skip this many")
      ->capture_default_str()
      ->check(CLI::Range(0, 1000000000).description(""));
  cmd->add_option("--type", entities->type, "Entity type: PERSON, ORG, GPE, ...");
  cmd->add_option("--name", entities->name, "Substring of the name or of a spelling");
  cmd->callback([entities, outcome] { outcome->status = RunEntities(*entities); });

  auto resolve = std::make_shared<ResolveOptions>();
  cmd = app.add_subcommand("resolve", "Resolve stored documents not resolved across articles yet");
  cmd->add_option("--db", resolve->db, "Database file")->capture_default_str()->type_name("FILE");
  cmd->add_option("--batch-size", resolve->batch_size, "Documents per transaction")
      ->capture_default_str()
      ->check(CLI::Range(1, 1000000).description(""));
  cmd->add_flag("--retry-failed", resolve->retry_failed, "Also retry documents that failed before");
  cmd->add_flag("-q,--quiet", resolve->quiet, "No progress bar or summary");
  cmd->callback([resolve, outcome] { outcome->status = RunResolve(*resolve); });
}

void AddTrainNerCommand(CLI::App& app, Outcome* outcome, std::string command_line) {
  auto options = std::make_shared<TrainNerOptions>();
  CLI::App* cmd = app.add_subcommand(
      "train-ner", "Train the entity tagger from IOB2 files (or --predict with a model)");
  cmd->add_option("--data", options->data, "Directory with the .iob2 files")
      ->required()
      ->type_name("DIR");
  cmd->add_option("--out", options->out, "Model file to write")->type_name("FILE");
  cmd->add_option("--files", options->files,
                  "IOB2 files, or name lists (*.tsv): a list with a directory of the same "
                  "name next to it reads NNNN.txt from there, otherwise html-dev pages from "
                  "$CLAIMTRACE_HTML_DEV_DIR or ../shared/data/html-dev (default: the three "
                  "IOB2 files)");
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
  AddServeCommand(app, &outcome);
  AddQueryCommand(app, &outcome, "search", "Full-text search over stored documents", "QUERY",
                  RunSearch, false);
  AddQueryCommand(app, &outcome, "entity",
                  "An entity: aliases, roles, what it said and what was said about it", "NAME",
                  RunEntity, true);
  AddQueryCommand(app, &outcome, "who-said", "Statements whose words or speaker match", "TEXT",
                  RunWhoSaid, false);
  AddResolutionCommands(app, &outcome);
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
    // One line in the same form as every other error ("--top: Value 0 not in range 1 to 1000").
    std::fprintf(stderr, "claimtrace: error: %s (see --help)\n", e.what());
    return kExitUsage;
  }
  return outcome.status;
}
