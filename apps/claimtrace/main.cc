// claimtrace: the command-line front end. Parses arguments into option structs and calls the
// library's commands (src/cli/); no pipeline logic lives here.
#include <CLI/CLI.hpp>

#include <cstdio>
#include <string>

#include "claimtrace/cli/extract.h"

namespace {

using namespace claimtrace::cli;  // NOLINT(google-build-using-namespace)

void AddCommonOptions(CLI::App* cmd, CommonOptions* common) {
  cmd->add_option("--data-dir", common->data_dir, "Directory with models and lexicons");
  cmd->add_option("--threads", common->threads, "Worker threads (0 = one per core)")
      ->check(CLI::Range(0, 256));
  cmd->add_flag("-q,--quiet", common->quiet, "No progress bar or summary");
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app{"claimtrace: trace who said what, to whom, relayed by whom, across news articles",
               "claimtrace"};
  app.set_version_flag("--version", "claimtrace 0.1.0");
  app.require_subcommand(1);
  int status = kExitOk;

  ExtractOptions extract;
  CLI::App* extract_cmd =
      app.add_subcommand("extract", "Extract annotations as JSON Lines on stdout (no database)");
  AddCommonOptions(extract_cmd, &extract.common);
  extract_cmd->add_option("inputs", extract.inputs, "Files, directories, or - for stdin")
      ->required();
  extract_cmd->add_option("--published", extract.published,
                          "Publication date (YYYY-MM-DD) for inputs that have none");
  extract_cmd->add_flag("!--no-annotate", extract.annotate, "Only ingest and clean");
  extract_cmd->callback([&] { status = RunExtract(extract); });

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
  return status;
}
