// `claimtrace entities`: global entities with their aliases (ListGlobalEntities), as JSON Lines
// with --json or as a readable table. Covered by tests/cli/resolution_cli_test.cc.
#include <cstdio>
#include <string>

#include "claimtrace/cli/resolution.h"
#include "claimtrace/resolution.h"
#include "core/json_writer.h"
#include "store/resolution_json.h"

namespace claimtrace::cli {

int RunEntities(const EntitiesOptions& options) {
  StderrDiagnostics diag;
  EntityQuery query{.name = options.name, .limit = options.limit, .offset = options.offset};
  if (!options.type.empty()) {
    EntityType t;
    if (!Parse(options.type, &t)) {
      diag.Error(InvalidArgumentError("--type " + options.type +
                                      ": not an entity type (PERSON, ORG, GPE, LOC, NORP, EVENT,"
                                      " WORK, MISC)"));
      return kExitUsage;
    }
    query.type = t;
  }
  Result<std::unique_ptr<Store>> store =
      Store::Open(options.db, {.create_if_missing = false, .reads_only = true});
  if (!store.ok()) {
    diag.Error(store.status());
    return kExitUsage;
  }
  Result<std::vector<GlobalEntityRecord>> entities = ListGlobalEntities(**store, query);
  if (!entities.ok()) {
    diag.Error(entities.status());
    return kExitSomeRejected;
  }
  std::string line;
  for (const GlobalEntityRecord& e : *entities) {
    line.clear();
    if (options.json) {
      JsonWriter w(&line);
      WriteEntityJson(e, &w);
    } else {
      line = e.id + "\t" + std::string(ToString(e.type)) + "\t" + e.name + "\t" +
             std::to_string(e.documents) + " docs\t";
      for (size_t i = 0; i < e.aliases.size(); ++i) {
        if (i > 0) line += ", ";
        line += e.aliases[i].text + " (" + std::to_string(e.aliases[i].documents) + ")";
      }
    }
    line.push_back('\n');
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  if (!options.json && entities->empty()) std::printf("no global entities\n");
  if (std::fflush(stdout) != 0) {
    diag.Error(IoError("cannot write to standard output"));
    return kExitSomeRejected;
  }
  return kExitOk;
}

}  // namespace claimtrace::cli
