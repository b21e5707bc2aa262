// Train/predict commands: read PolNeAR, analyse each text with the language core (the same
// tokens and entities the product sees), align gold, train or run the extractor, write the
// model or the predictions. Covered by attrib_commands_test.cc on a tiny brat fixture.
#include "attrib/attrib_commands.h"

#include <algorithm>
#include <charconv>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>

#include "attrib/content_finder.h"
#include "attrib/detector.h"
#include "attrib/lexicon.h"
#include "attrib/source_finder.h"
#include "attrib/statement_builder.h"
#include "attrib/trainer.h"
#include "claimtrace/attribution.h"
#include "claimtrace/lang.h"
#include "core/data_path.h"

namespace claimtrace::attrib {
namespace {

void AppendSpans(std::string* out, const std::vector<ByteSpan>& spans) {
  *out += '[';
  for (size_t i = 0; i < spans.size(); ++i) {
    if (i) *out += ',';
    *out += '[' + std::to_string(spans[i].start) + ',' + std::to_string(spans[i].end) + ']';
  }
  *out += ']';
}

std::string JsonString(std::string_view s) {
  std::string out = "\"";
  for (char c : s) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += c;
    }
  }
  return out + "\"";
}

}  // namespace

bool ParseSlice(const std::string& spec, PolnearSelection* sel) {
  const size_t slash = spec.find('/');
  if (slash == std::string::npos) return false;
  int k = 0, n = 0;
  auto r1 = std::from_chars(spec.data(), spec.data() + slash, k);
  auto r2 = std::from_chars(spec.data() + slash + 1, spec.data() + spec.size(), n);
  if (r1.ec != std::errc() || r2.ec != std::errc() || r1.ptr != spec.data() + slash ||
      r2.ptr != spec.data() + spec.size() || n <= 0 || k < 0 || k >= n) {
    return false;
  }
  sel->slice_k = k;
  sel->slice_n = n;
  return true;
}

Status RunTrain(const TrainCommandOptions& o) {
  StderrDiagnostics diag;
  CT_ASSIGN_OR_RETURN(std::vector<PolnearDoc> docs,
                      ReadPolnearSplit(o.polnear_dir, o.selection, &diag));
  if (docs.empty()) return NotFoundError("no documents selected", {.file = o.polnear_dir});
  CT_ASSIGN_OR_RETURN(auto analyzer, LanguageAnalyzer::Load({.data_dir = o.data_dir}));
  CT_ASSIGN_OR_RETURN(Lexicon lexicon, Lexicon::Load(o.data_dir));
  std::vector<TrainExample> examples;
  examples.reserve(docs.size());
  for (PolnearDoc& d : docs) {
    TrainExample ex;
    ex.doc = std::make_unique<Document>();
    ex.doc->text = std::move(d.text);
    ex.analysis = std::make_unique<TextAnalysis>(analyzer->Analyze(ex.doc.get()));
    ex.view = std::make_unique<DocView>(*ex.doc, *ex.analysis, lexicon);
    ex.gold = AlignGold(*ex.view, d.gold);
    examples.push_back(std::move(ex));
  }
  TrainOptions to;
  to.epochs = o.epochs;
  to.seed = o.seed;
  to.meta = "attribution model; trained by: attrib_tool train --polnear " + o.polnear_dir +
            (o.selection.slice_n ? " --slice " + std::to_string(o.selection.slice_k) + "/" +
                                       std::to_string(o.selection.slice_n) +
                                       (o.selection.exclude ? " --exclude" : "")
                                 : std::string()) +
            " --epochs " + std::to_string(o.epochs) + " --seed " + std::to_string(o.seed) +
            "; documents: " + std::to_string(examples.size()) +
            "; feature version: " + std::to_string(kFeatureVersion);
  to.log = [](const std::string& line) { std::cerr << "attrib_tool: " << line << "\n"; };
  Model model = TrainModel(examples, to);
  std::cerr << "attrib_tool: non-zero weights: cue " << model.cue.NonZero() << ", source "
            << model.source.NonZero() << ", content " << model.content.NonZero()
            << "; cue vocabulary " << model.cue_vocab.size() << "\n";
  return model.SaveFile(o.out);
}

Status RunPredict(const PredictCommandOptions& o) {
  StderrDiagnostics diag;
  CT_ASSIGN_OR_RETURN(std::vector<PolnearDoc> docs,
                      ReadPolnearSplit(o.polnear_dir, o.selection, &diag));
  CT_ASSIGN_OR_RETURN(auto analyzer, LanguageAnalyzer::Load({.data_dir = o.data_dir}));
  CT_ASSIGN_OR_RETURN(auto extractor, AttributionExtractor::Load(
                                          {.data_dir = o.data_dir, .model_path = o.model_path}));
  std::optional<Lexicon> lexicon;
  std::optional<Model> model;
  if (o.oracle_cues) {
    CT_ASSIGN_OR_RETURN(lexicon, Lexicon::Load(o.data_dir));
    std::string path = o.model_path;
    if (path.empty()) {
      CT_ASSIGN_OR_RETURN(path, FindDataFile("models/attrib.model", o.data_dir));
    }
    CT_ASSIGN_OR_RETURN(model, Model::LoadFile(path));
  }
  std::ofstream file;
  std::ostream* out = &std::cout;
  if (o.out != "-") {
    file.open(o.out, std::ios::trunc);
    if (!file) return IoError("cannot write", {.file = o.out});
    out = &file;
  }
  for (PolnearDoc& d : docs) {
    Document doc;
    doc.text = std::move(d.text);
    TextAnalysis analysis = analyzer->Analyze(&doc);
    std::vector<StatementParts> parts;
    if (o.oracle_cues) {
      DocView view(doc, analysis, *lexicon);
      std::vector<Attribution> gold = AlignGold(view, d.gold);
      std::vector<TokSpan> cues;
      for (const Attribution& g : gold) {
        if (!g.cue.empty()) cues.push_back(g.cue);
      }
      std::sort(cues.begin(), cues.end(),
                [](const TokSpan& a, const TokSpan& b) { return a.begin < b.begin; });
      std::vector<Attribution> found;
      for (const TokSpan& c : cues) {
        Attribution a;
        a.cue = c;
        a.source = FindSource(view, *model, c);
        a.content = FindContent(view, *model, c, a.source, cues);
        found.push_back(std::move(a));
      }
      BuildStatements(view, std::move(found), &doc.statements, &parts);
    } else {
      extractor->Annotate(analysis, &doc, &parts);
    }
    std::string line =
        "{\"doc\":" + JsonString(d.name) + ",\"offsets\":\"byte\",\"attributions\":[";
    for (size_t i = 0; i < doc.statements.size(); ++i) {
      const Statement& s = doc.statements[i];
      if (i) line += ',';
      line += "{\"source\":";
      // The detected source (PolNeAR's span convention), else the speaker as written.
      const std::optional<ByteSpan> src = parts[i].source ? parts[i].source : s.speaker.span;
      AppendSpans(&line, src ? std::vector<ByteSpan>{*src} : std::vector<ByteSpan>{});
      line += ",\"cue\":";
      AppendSpans(&line, s.cue ? std::vector<ByteSpan>{*s.cue} : std::vector<ByteSpan>{});
      line += ",\"content\":";
      AppendSpans(&line, parts[i].content_parts);
      line += ",\"type\":\"" + std::string(ToString(s.type)) + "\",\"kind\":\"" +
              std::string(ToString(s.speaker.kind)) + "\"}";
    }
    line += "]}\n";
    *out << line;
  }
  out->flush();
  if (!*out) return IoError("write failed", {.file = o.out});
  return Status::Ok();
}

Status RunShow(const ShowCommandOptions& o) {
  CT_ASSIGN_OR_RETURN(auto analyzer, LanguageAnalyzer::Load({.data_dir = o.data_dir}));
  CT_ASSIGN_OR_RETURN(Lexicon lexicon, Lexicon::Load(o.data_dir));
  std::string path = o.model_path;
  if (path.empty()) {
    CT_ASSIGN_OR_RETURN(path, FindDataFile("models/attrib.model", o.data_dir));
  }
  CT_ASSIGN_OR_RETURN(Model model, Model::LoadFile(path));
  for (const std::string& file : o.files) {
    CT_ASSIGN_OR_RETURN(std::string text, ReadFileToString(file));
    Document doc;
    doc.text = std::move(text);
    TextAnalysis analysis = analyzer->Analyze(&doc);
    DocView view(doc, analysis, lexicon);
    auto slice = [&](TokSpan s) {
      std::string t(doc.Slice({view.tokens[s.begin].span.start, view.tokens[s.end - 1].span.end}));
      for (char& c : t)
        if (c == '\n') c = ' ';
      return t;
    };
    std::cout << "== " << file << ": " << analysis.tokens.size() << " tokens, "
              << analysis.sentence_tokens.size() << " sentences, " << doc.entities.size()
              << " entities\n";
    std::vector<Attribution> found = DetectAttributions(view, model);
    for (const Attribution& a : found) {
      std::cout << "CUE [" << slice(a.cue) << "] SRC [" << (a.source ? slice(*a.source) : "")
                << "]";
      for (const TokSpan& c : a.content) std::cout << " CON [" << slice(c) << "]";
      std::cout << "\n";
    }
    std::vector<Statement> statements;
    std::vector<StatementParts> parts;
    BuildStatements(view, std::move(found), &statements, &parts);
    for (const Statement& s : statements) {
      std::cout << "-- " << ToString(s.type) << " speaker=" << ToString(s.speaker.kind) << " ["
                << (s.speaker.span ? doc.Slice(*s.speaker.span) : "")
                << "] name=" << s.speaker.name.value_or("")
                << " entity=" << s.speaker.entity.value_or("") << (s.hedged ? " hedged" : "");
      for (const Via& via : s.via) {
        std::cout << " via(" << ToString(via.relation) << ": " << doc.Slice(via.span) << ")";
      }
      if (s.citing) std::cout << " citing[" << doc.Slice(*s.citing) << "]";
      std::cout << "\n";
    }
  }
  return Status::Ok();
}

}  // namespace claimtrace::attrib
