// Locates annotation strings in the text (whole words, longest spellings first) and fills a
// Document; the golden reader maps the compact JSON onto DocBuilder. Exercised by every resolve
// test that builds documents.
#include "resolve/test_documents.h"

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace claimtrace::resolve {
namespace {

bool IsWordByte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Every whole-word occurrence of `needle` in `text`.
std::vector<ByteSpan> FindAll(std::string_view text, std::string_view needle) {
  std::vector<ByteSpan> out;
  if (needle.empty()) return out;
  size_t pos = 0;
  while ((pos = text.find(needle, pos)) != std::string_view::npos) {
    const size_t end = pos + needle.size();
    const bool left = pos == 0 || !IsWordByte(text[pos - 1]) || !IsWordByte(needle.front());
    const bool right = end == text.size() || !IsWordByte(text[end]) || !IsWordByte(needle.back());
    if (left && right) {
      out.push_back({static_cast<uint32_t>(pos), static_cast<uint32_t>(end)});
    }
    pos += 1;
  }
  return out;
}

Result<ByteSpan> FindFirst(std::string_view text, std::string_view needle, const char* what) {
  const size_t pos = text.find(needle);
  if (needle.empty() || pos == std::string_view::npos) {
    return NotFoundError(std::string(what) + " \"" + std::string(needle) + "\" is not in the text");
  }
  return ByteSpan{static_cast<uint32_t>(pos), static_cast<uint32_t>(pos + needle.size())};
}

}  // namespace

DocBuilder::DocBuilder(std::string id, std::string text) {
  doc_.id = std::move(id);
  doc_.source = "test:" + doc_.id;
  doc_.text = std::move(text);
}

DocBuilder& DocBuilder::Outlet(std::string outlet) {
  doc_.outlet = std::move(outlet);
  return *this;
}
DocBuilder& DocBuilder::Published(std::string date) {
  doc_.published = std::move(date);
  return *this;
}
DocBuilder& DocBuilder::Title(std::string title) {
  doc_.title = std::move(title);
  return *this;
}
DocBuilder& DocBuilder::Language(std::string language) {
  doc_.language = std::move(language);
  return *this;
}
DocBuilder& DocBuilder::AddEntity(std::string name, EntityType type,
                                  std::vector<std::string> spellings,
                                  std::vector<std::string> roles) {
  if (spellings.empty()) spellings.push_back(name);
  entities_.push_back({std::move(name), type, std::move(spellings), std::move(roles)});
  return *this;
}
DocBuilder& DocBuilder::AddStatement(StatementSpec spec) {
  statements_.push_back(std::move(spec));
  return *this;
}
DocBuilder& DocBuilder::AddFigure(FigureSpec spec) {
  figures_.push_back(std::move(spec));
  return *this;
}

Result<Document> DocBuilder::Build() const {
  Document doc = doc_;
  const std::string_view text = doc.text;
  // Mentions: longest spellings claim bytes first.
  struct Want {
    size_t entity;
    std::string spelling;
  };
  std::vector<Want> wants;
  for (size_t i = 0; i < entities_.size(); ++i) {
    for (const std::string& s : entities_[i].spellings) wants.push_back({i, s});
  }
  std::stable_sort(wants.begin(), wants.end(), [](const Want& a, const Want& b) {
    return a.spelling.size() > b.spelling.size();
  });
  std::vector<std::vector<ByteSpan>> mentions(entities_.size());
  std::vector<ByteSpan> claimed;
  for (const Want& w : wants) {
    for (const ByteSpan& span : FindAll(text, w.spelling)) {
      const bool taken = std::any_of(claimed.begin(), claimed.end(),
                                     [&](const ByteSpan& c) { return c.Overlaps(span); });
      if (taken) continue;
      claimed.push_back(span);
      mentions[w.entity].push_back(span);
    }
  }
  for (size_t i = 0; i < entities_.size(); ++i) {
    Entity e;
    e.id = "e" + std::to_string(i + 1);
    e.name = entities_[i].name;
    e.type = entities_[i].type;
    e.mentions = mentions[i];
    std::sort(e.mentions.begin(), e.mentions.end());
    e.roles = entities_[i].roles;
    doc.entities.push_back(std::move(e));
  }
  for (const StatementSpec& s : statements_) {
    Statement st;
    st.type = s.type;
    CT_ASSIGN_OR_RETURN(st.content, FindFirst(text, s.content, "statement content"));
    if (s.cue) {
      CT_ASSIGN_OR_RETURN(ByteSpan cue, FindFirst(text, *s.cue, "cue"));
      st.cue = cue;
    }
    st.speaker.kind = s.speaker_kind;
    st.speaker.name = s.speaker_name;
    if (s.speaker_entity) {
      const std::string& id = *s.speaker_entity;
      auto it = std::find_if(doc.entities.begin(), doc.entities.end(),
                             [&](const Entity& e) { return e.id == id; });
      if (it == doc.entities.end()) return NotFoundError("speaker entity " + id + " is unknown");
      st.speaker.entity = id;
      if (!st.speaker.name) st.speaker.name = it->name;
      if (!it->mentions.empty()) st.speaker.span = it->mentions.front();
      if (st.speaker.kind == SpeakerKind::kUnknown) {
        st.speaker.kind =
            it->type == EntityType::kPerson ? SpeakerKind::kPerson : SpeakerKind::kOrganization;
      }
    }
    if (s.speaker_text) {
      CT_ASSIGN_OR_RETURN(ByteSpan sp, FindFirst(text, *s.speaker_text, "speaker"));
      st.speaker.span = sp;
    }
    for (const ViaSpec& v : s.via) {
      Via via;
      CT_ASSIGN_OR_RETURN(via.span, FindFirst(text, v.text, "via"));
      via.relation = v.relation;
      via.entity = v.entity;
      st.via.push_back(std::move(via));
    }
    if (s.citing) {
      CT_ASSIGN_OR_RETURN(ByteSpan c, FindFirst(text, *s.citing, "citing"));
      st.citing = c;
    }
    st.hedged = s.hedged;
    doc.statements.push_back(std::move(st));
  }
  for (const FigureSpec& f : figures_) {
    Figure fig;
    CT_ASSIGN_OR_RETURN(fig.span, FindFirst(text, f.text, "figure"));
    fig.low = f.low;
    fig.high = f.high;
    fig.qualifier = f.qualifier;
    fig.unit = f.unit;
    fig.what = f.what;
    if (f.statement &&
        (*f.statement < 0 || *f.statement >= static_cast<int>(doc.statements.size()))) {
      return InvalidArgumentError("figure statement index out of range");
    }
    fig.statement = f.statement;
    doc.figures.push_back(std::move(fig));
  }
  return doc;
}

namespace {

using Json = nlohmann::json;

std::optional<std::string> OptString(const Json& j, const char* key) {
  auto it = j.find(key);
  if (it == j.end() || !it->is_string()) return std::nullopt;
  return it->get<std::string>();
}

std::vector<std::string> StringList(const Json& j, const char* key) {
  std::vector<std::string> out;
  auto it = j.find(key);
  if (it == j.end() || !it->is_array()) return out;
  for (const Json& v : *it) {
    if (v.is_string()) out.push_back(v.get<std::string>());
  }
  return out;
}

}  // namespace

Result<Document> DocumentFromGoldenJson(std::string_view line) {
  Json j = Json::parse(line, nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded() || !j.is_object()) return ParseError("not a JSON object");
  auto id = OptString(j, "id");
  auto text = OptString(j, "text");
  if (!id || !text) return ParseError("a golden document needs \"id\" and \"text\"");
  DocBuilder b(*id, *text);
  if (auto v = OptString(j, "outlet")) b.Outlet(*v);
  if (auto v = OptString(j, "published")) b.Published(*v);
  if (auto v = OptString(j, "title")) b.Title(*v);
  if (auto v = OptString(j, "language")) b.Language(*v);
  if (auto it = j.find("entities"); it != j.end() && it->is_array()) {
    for (const Json& e : *it) {
      EntityType type = EntityType::kMisc;
      auto name = OptString(e, "name");
      if (!name) return ParseError("entity without a name");
      if (auto t = OptString(e, "type"); !t || !Parse(*t, &type)) {
        return ParseError("entity \"" + *name + "\" has no valid type");
      }
      b.AddEntity(*name, type, StringList(e, "spellings"), StringList(e, "roles"));
    }
  }
  if (auto it = j.find("statements"); it != j.end() && it->is_array()) {
    for (const Json& s : *it) {
      StatementSpec spec;
      auto content = OptString(s, "content");
      if (!content) return ParseError("statement without content");
      spec.content = *content;
      if (auto t = OptString(s, "type"); t && !Parse(*t, &spec.type)) {
        return ParseError("bad statement type " + *t);
      }
      spec.cue = OptString(s, "cue");
      if (auto sp = s.find("speaker"); sp != s.end()) {
        if (sp->is_string()) {
          spec.speaker_entity = sp->get<std::string>();
        } else if (sp->is_object()) {
          spec.speaker_text = OptString(*sp, "text");
          spec.speaker_name = OptString(*sp, "name");
          spec.speaker_entity = OptString(*sp, "entity");
          if (auto k = OptString(*sp, "kind"); k && !Parse(*k, &spec.speaker_kind)) {
            return ParseError("bad speaker kind " + *k);
          }
        }
      }
      if (auto via = s.find("via"); via != s.end() && via->is_array()) {
        for (const Json& v : *via) {
          ViaSpec vs;
          auto vt = OptString(v, "text");
          if (!vt) return ParseError("via without text");
          vs.text = *vt;
          if (auto r = OptString(v, "relation"); r && !Parse(*r, &vs.relation)) {
            return ParseError("bad via relation " + *r);
          }
          vs.entity = OptString(v, "entity");
          spec.via.push_back(std::move(vs));
        }
      }
      spec.citing = OptString(s, "citing");
      if (auto h = s.find("hedged"); h != s.end() && h->is_boolean()) spec.hedged = h->get<bool>();
      b.AddStatement(std::move(spec));
    }
  }
  if (auto it = j.find("figures"); it != j.end() && it->is_array()) {
    for (const Json& f : *it) {
      FigureSpec spec;
      auto text_of = OptString(f, "text");
      if (!text_of) return ParseError("figure without text");
      spec.text = *text_of;
      auto low = f.find("low"), high = f.find("high");
      if (low == f.end() || !low->is_number()) return ParseError("figure without low");
      spec.low = low->get<double>();
      spec.high = (high != f.end() && high->is_number()) ? high->get<double>() : spec.low;
      if (auto q = OptString(f, "qualifier"); q && !Parse(*q, &spec.qualifier)) {
        return ParseError("bad qualifier " + *q);
      }
      spec.unit = OptString(f, "unit");
      spec.what = OptString(f, "what");
      if (auto st = f.find("statement"); st != f.end() && st->is_number_integer()) {
        spec.statement = st->get<int>();
      }
      b.AddFigure(std::move(spec));
    }
  }
  return b.Build();
}

Result<std::vector<Document>> ReadGoldenDocuments(const std::string& path) {
  std::ifstream in(path);
  if (!in) return NotFoundError("cannot open " + path);
  std::vector<Document> docs;
  std::string line;
  int64_t line_no = 0;
  while (std::getline(in, line)) {
    ++line_no;
    if (line.empty() || line[0] == '#') continue;
    Result<Document> doc = DocumentFromGoldenJson(line);
    if (!doc.ok()) return doc.status().WithFile(path, line_no);
    docs.push_back(std::move(doc).value());
  }
  return docs;
}

}  // namespace claimtrace::resolve
