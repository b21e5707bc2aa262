// JSON-LD: parse each block with nlohmann::json (exceptions off), collect candidate nodes from
// top-level objects, arrays, "@graph" and "mainEntity", rank them by @type (article-like >
// other creative works > web pages), and resolve "@id" references for authors and publishers.
// Covered by src/web/jsonld_test.cc.
#include "web/jsonld.h"

#include <nlohmann/json.hpp>
#include <string_view>
#include <unordered_map>

#include "web/text_util.h"

namespace claimtrace::web {
namespace {

using nlohmann::json;

std::string Clean(const std::string& s) { return CollapseWhitespace(DecodeEntities(s)); }

std::optional<std::string> StringField(const json& node, const char* key) {
  auto it = node.find(key);
  if (it == node.end()) return std::nullopt;
  if (it->is_string()) {
    std::string v = Clean(it->get_ref<const std::string&>());
    if (!v.empty()) return v;
  }
  if (it->is_array() && !it->empty() && (*it)[0].is_string()) {
    std::string v = Clean((*it)[0].get_ref<const std::string&>());
    if (!v.empty()) return v;
  }
  return std::nullopt;
}

bool TypeIs(const json& node, bool (*pred)(std::string_view)) {
  auto it = node.find("@type");
  if (it == node.end()) return false;
  if (it->is_string()) return pred(it->get_ref<const std::string&>());
  if (it->is_array()) {
    for (const json& t : *it) {
      if (t.is_string() && pred(t.get_ref<const std::string&>())) return true;
    }
  }
  return false;
}

std::string FirstType(const json& node) {
  auto it = node.find("@type");
  if (it == node.end()) return {};
  if (it->is_string()) return it->get<std::string>();
  if (it->is_array() && !it->empty() && (*it)[0].is_string()) return (*it)[0].get<std::string>();
  return {};
}

bool IsArticleType(std::string_view t) {
  return t.find("Article") != std::string_view::npos ||
         t.find("Posting") != std::string_view::npos || t == "Report";
}
bool IsWorkType(std::string_view t) {
  return t == "Review" || t == "HowTo" || t == "Recipe" || t == "CreativeWork" || t == "Guide" ||
         t == "Event";
}
bool IsPageType(std::string_view t) { return t.size() >= 4 && t.substr(t.size() - 4) == "Page"; }
bool IsSiteType(std::string_view t) { return t == "WebSite"; }

int Rank(const json& node) {
  if (TypeIs(node, IsArticleType)) return 3;
  if (TypeIs(node, IsWorkType)) return 2;
  if (TypeIs(node, IsPageType)) return 1;
  return 0;
}

void Collect(const json& v, std::vector<const json*>* nodes, int depth) {
  if (depth > 6) return;
  if (v.is_array()) {
    for (const json& e : v) Collect(e, nodes, depth + 1);
    return;
  }
  if (!v.is_object()) return;
  nodes->push_back(&v);
  if (auto g = v.find("@graph"); g != v.end()) Collect(*g, nodes, depth + 1);
  if (auto m = v.find("mainEntity"); m != v.end() && m->is_object()) Collect(*m, nodes, depth + 1);
}

class Resolver {
 public:
  explicit Resolver(const std::vector<const json*>& nodes) {
    for (const json* n : nodes) {
      auto id = n->find("@id");
      if (id != n->end() && id->is_string()) by_id_.emplace(id->get<std::string>(), n);
    }
  }

  // The node itself, or the node its "@id" refers to when it carries nothing else.
  const json& Deref(const json& v) const {
    if (!v.is_object()) return v;
    auto id = v.find("@id");
    if (id != v.end() && id->is_string() && v.find("name") == v.end()) {
      auto it = by_id_.find(id->get<std::string>());
      if (it != by_id_.end()) return *it->second;
    }
    return v;
  }

  std::optional<std::string> Name(const json& raw) const {
    const json& v = Deref(raw);
    if (v.is_string()) {
      std::string s = Clean(v.get<std::string>());
      if (s.empty() || s.rfind("http", 0) == 0) return std::nullopt;
      return s;
    }
    if (!v.is_object()) return std::nullopt;
    if (auto n = StringField(v, "name")) {
      if (n->rfind("http", 0) == 0) return std::nullopt;
      return n;
    }
    auto given = StringField(v, "givenName");
    auto family = StringField(v, "familyName");
    if (given && family) return *given + " " + *family;
    return std::nullopt;
  }

 private:
  std::unordered_map<std::string, const json*> by_id_;
};

std::string Sanitize(std::string_view block) {
  std::string s(block);
  for (char& c : s) {
    if (static_cast<unsigned char>(c) < 0x20) c = ' ';
  }
  std::string_view v = TrimAscii(s);
  for (std::string_view prefix : {"<!--", "//<![CDATA[", "/*<![CDATA[*/"}) {
    if (v.substr(0, prefix.size()) == prefix) v.remove_prefix(prefix.size());
  }
  v = TrimAscii(v);
  for (std::string_view suffix : {"-->", "//]]>", "/*]]>*/", ";"}) {
    if (v.size() >= suffix.size() && v.substr(v.size() - suffix.size()) == suffix) {
      v.remove_suffix(suffix.size());
    }
    v = TrimAscii(v);
  }
  return std::string(v);
}

}  // namespace

JsonLdInfo ParseJsonLd(const std::vector<std::string>& blocks) {
  JsonLdInfo info;
  std::vector<json> docs;
  docs.reserve(blocks.size());
  for (const std::string& b : blocks) {
    json doc = json::parse(Sanitize(b), nullptr, /*allow_exceptions=*/false);
    if (!doc.is_discarded()) docs.push_back(std::move(doc));
  }
  std::vector<const json*> nodes;
  for (const json& d : docs) Collect(d, &nodes, 0);
  if (nodes.empty()) return info;
  const Resolver resolver(nodes);

  const json* best = nullptr;
  int best_rank = 0;
  for (const json* n : nodes) {
    const int r = Rank(*n);
    if (r > best_rank) {
      best = n;
      best_rank = r;
    }
  }
  for (const json* n : nodes) {
    if (TypeIs(*n, IsSiteType) && !info.site_name) info.site_name = StringField(*n, "name");
  }
  if (best == nullptr) return info;
  const json& node = *best;
  info.type = FirstType(node);
  info.headline = StringField(node, "headline");
  if (!info.headline && best_rank >= 2) info.headline = StringField(node, "name");
  info.date_published = StringField(node, "datePublished");
  if (!info.date_published) info.date_published = StringField(node, "dateCreated");
  info.date_modified = StringField(node, "dateModified");
  if (!info.date_published) {
    // Some sites put the date only on the WebPage node.
    for (const json* n : nodes) {
      if (Rank(*n) >= 1) {
        if (auto d = StringField(*n, "datePublished")) {
          info.date_published = d;
          break;
        }
      }
    }
  }
  if (auto a = node.find("author"); a != node.end()) {
    if (a->is_array()) {
      for (const json& e : *a) {
        if (auto n = resolver.Name(e)) info.authors.push_back(*n);
      }
    } else if (auto n = resolver.Name(*a)) {
      info.authors.push_back(*n);
    }
  }
  if (auto p = node.find("publisher"); p != node.end()) {
    info.publisher = resolver.Name(p->is_array() && !p->empty() ? (*p)[0] : *p);
  }
  if (auto body = node.find("articleBody"); body != node.end() && body->is_string()) {
    info.article_body = DecodeEntities(body->get<std::string>());
  }
  if (auto lang = node.find("inLanguage"); lang != node.end()) {
    if (lang->is_string())
      info.language = lang->get<std::string>();
    else if (lang->is_object())
      info.language = StringField(*lang, "alternateName");
  }
  info.url = StringField(node, "url");
  if (!info.url) {
    if (auto m = node.find("mainEntityOfPage"); m != node.end()) {
      if (m->is_string())
        info.url = m->get<std::string>();
      else if (m->is_object()) {
        info.url = StringField(*m, "@id");
        if (!info.url) info.url = StringField(*m, "url");
      }
    }
  }
  return info;
}

}  // namespace claimtrace::web
