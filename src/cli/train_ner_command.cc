// `claimtrace train-ner`: LoadNerCorpus -> TrainNerModel -> NerModel::Serialize to --out, or,
// with --predict, LanguageAnalyzer over each selected document -> JSON Lines with the gold and
// predicted entities. --files may also name name lists (*.tsv, lang/ner_annotations.h): over
// html-dev pages, or over the project's own articles in the directory next to the list
// (data/ner-annotations/written-news.tsv + written-news/NNNN.txt). Covered by
// src/lang/ner_train_test.cc (training) and tests/cli (command line), and used by
// scripts/eval/ner_eval.py.
#include <chrono>
#include <cstdio>
#include <fstream>

#include "claimtrace/cli/train_ner.h"
#include "claimtrace/diagnostics.h"
#include "claimtrace/lang.h"
#include "core/data_path.h"
#include "core/json_writer.h"
#include "lang/gazetteer.h"
#include "lang/ner_train.h"

namespace claimtrace::cli {
namespace {

lang::NerTrainOptions ToLang(const TrainNerOptions& o) {
  lang::NerTrainOptions t;
  t.data_dir = o.data;
  if (!o.files.empty()) t.files = o.files;
  t.include = o.include;
  t.exclude = o.exclude;
  t.epochs = o.epochs;
  t.seed = o.seed;
  t.seeds = o.seeds;
  t.prune = static_cast<float>(o.prune);
  t.provenance = o.provenance;
  return t;
}

int Predict(const TrainNerOptions& o, StderrDiagnostics& diag) {
  std::vector<Status> warnings;
  Result<std::vector<lang::CorpusDoc>> docs = lang::LoadNerCorpus(ToLang(o), &warnings);
  for (const Status& w : warnings) diag.Warning(w);
  if (!docs.ok()) {
    diag.Error(docs.status());
    return kExitUsage;
  }
  Result<std::unique_ptr<LanguageAnalyzer>> analyzer =
      LanguageAnalyzer::Load({.data_dir = o.common.data_dir, .model_path = o.model});
  if (!analyzer.ok()) {
    diag.Error(analyzer.status());
    return kExitUsage;
  }
  std::ofstream out(o.predict, std::ios::binary);
  if (!out) {
    diag.Error(IoError("cannot write predictions", {.file = o.predict}));
    return kExitUsage;
  }
  std::string line;
  for (const lang::CorpusDoc& c : *docs) {
    Document doc;
    doc.text = c.text;
    (*analyzer)->Analyze(&doc);
    line.clear();
    JsonWriter w(&line);
    w.BeginObject();
    w.Key("id");
    w.String(c.id);
    w.Key("text");
    w.String(c.text);
    w.Key("has_misc");
    w.Bool(c.has_misc);
    w.Key("gold");
    w.BeginArray();
    for (const lang::GoldEntity& g : c.entities) {
      w.BeginArray();
      w.Int(g.start);
      w.Int(g.end);
      w.String(lang::NerTypeName(g.type));
      w.EndArray();
    }
    w.EndArray();
    w.Key("predicted");
    w.BeginArray();
    for (const Entity& e : doc.entities) {
      for (const ByteSpan& m : e.mentions) {
        w.BeginArray();
        w.Int(m.start);
        w.Int(m.end);
        w.String(ToString(e.type));
        w.EndArray();
      }
    }
    w.EndArray();
    w.EndObject();
    line.push_back('\n');
    out << line;
  }
  if (!out.flush()) {
    diag.Error(IoError("write failed", {.file = o.predict}));
    return kExitUsage;
  }
  return diag.errors() > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace

int RunTrainNer(const TrainNerOptions& o) {
  StderrDiagnostics diag;
  if (o.data.empty()) {
    diag.Error(InvalidArgumentError("--data DIR (the directory with the .iob2 files) is required"));
    return kExitUsage;
  }
  if (!o.predict.empty()) return Predict(o, diag);
  if (o.out.empty()) {
    diag.Error(InvalidArgumentError("--out FILE is required"));
    return kExitUsage;
  }
  Result<std::unique_ptr<lang::Gazetteer>> gaz = lang::Gazetteer::Load(o.common.data_dir);
  if (!gaz.ok()) {
    diag.Error(gaz.status());
    return kExitUsage;
  }
  auto t0 = std::chrono::steady_clock::now();
  lang::NerTrainReport report;
  Result<lang::NerModel> model = lang::TrainNerModel(ToLang(o), **gaz, &report);
  for (const Status& w : report.warnings) diag.Warning(w);
  if (!model.ok()) {
    diag.Error(model.status());
    return kExitUsage;
  }
  std::string bytes = model->Serialize();
  std::ofstream out(o.out, std::ios::binary | std::ios::trunc);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
  if (!out.flush()) {
    diag.Error(IoError("cannot write the model", {.file = o.out}));
    return kExitUsage;
  }
  double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
  if (!o.common.quiet) {
    std::fprintf(stderr,
                 "train-ner: %zu documents, %zu tokens, %zu entities; %d epochs (errors %.4f -> "
                 "%.4f); %zu of %zu feature rows kept; %zu bytes written to %s in %.1f s\n",
                 report.docs, report.tokens, report.entities, o.epochs,
                 report.epoch_errors.empty() ? 0.0 : report.epoch_errors.front(),
                 report.epoch_errors.empty() ? 0.0 : report.epoch_errors.back(), report.rows,
                 report.rows_before_prune, bytes.size(), o.out.c_str(), secs);
  }
  return diag.errors() > 0 ? kExitSomeRejected : kExitOk;
}

}  // namespace claimtrace::cli
