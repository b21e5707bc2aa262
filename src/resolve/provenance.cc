// Chains are built per report; relay edges (relayer -> source) from all reports form a graph in
// which report origins that are only relays are followed upstream (with a visited set, since
// the graph may be circular), and Tarjan's algorithm finds the strongly connected components
// of two or more outlets: the relay cycles. Covered by src/resolve/provenance_test.cc and the
// golden cases in tests/golden/resolve/.
#include "resolve/provenance.h"

#include <algorithm>
#include <functional>
#include <map>
#include <set>

namespace claimtrace::resolve {
namespace {

bool IsPrimary(ViaRelation r) { return r == ViaRelation::kTold || r == ViaRelation::kInterview; }

// Tarjan's strongly connected components over a small graph.
class Scc {
 public:
  explicit Scc(const std::map<std::string, std::set<std::string>>& edges) : edges_(edges) {}

  std::vector<std::vector<std::string>> Components() {
    for (const auto& [node, _] : edges_) {
      if (!index_.count(node)) Visit(node);
    }
    return out_;
  }

 private:
  void Visit(const std::string& v) {
    index_[v] = low_[v] = next_++;
    stack_.push_back(v);
    on_stack_.insert(v);
    if (auto it = edges_.find(v); it != edges_.end()) {
      for (const std::string& w : it->second) {
        if (!index_.count(w)) {
          Visit(w);
          low_[v] = std::min(low_[v], low_[w]);
        } else if (on_stack_.count(w)) {
          low_[v] = std::min(low_[v], index_[w]);
        }
      }
    }
    if (low_[v] == index_[v]) {
      std::vector<std::string> comp;
      std::string w;
      do {
        w = stack_.back();
        stack_.pop_back();
        on_stack_.erase(w);
        comp.push_back(w);
      } while (w != v);
      if (comp.size() >= 2) {
        std::sort(comp.begin(), comp.end());
        out_.push_back(std::move(comp));
      }
    }
  }

  const std::map<std::string, std::set<std::string>>& edges_;
  std::map<std::string, int> index_, low_;
  std::vector<std::string> stack_;
  std::set<std::string> on_stack_;
  std::vector<std::vector<std::string>> out_;
  int next_ = 0;
};

std::string AsciiLower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// "…, the Harbor Times reported, citing an interview with Radio Ostra": the citing is a relay's
// (already a step: interview Radio Ostra), not a source the speaker relied on.
bool CitingNamesAVia(const ClaimReport& r) {
  const std::string citing = AsciiLower(r.citing);
  for (const ViaStep& v : r.via) {
    if (v.relation == ViaRelation::kCiting || v.name.empty()) continue;
    if (citing.find(AsciiLower(v.name)) != std::string::npos) return true;
  }
  return false;
}

}  // namespace

Provenance TraceProvenance(const Claim& claim, const std::vector<ClaimReport>& reports) {
  Provenance p;
  std::map<std::string, std::string> labels;            // outlet key -> first spelling
  std::map<std::string, std::set<std::string>> relays;  // relayer -> sources
  struct Origin {
    std::string key;
    bool primary;  // the speaker spoke to it directly
  };
  std::vector<Origin> origins;

  for (const ClaimReport& r : reports) {
    ProvenanceChain chain;
    chain.doc_id = r.doc_id;
    chain.statement = r.statement;
    if (!r.citing.empty() && !CitingNamesAVia(r)) {
      chain.steps.push_back({r.citing, "", "source"});
    }
    chain.steps.push_back({claim.speaker.empty() ? r.speaker : claim.speaker, "", "speaker"});
    // Outlet nodes from the innermost outwards (the speaker's own "citing" is not an outlet).
    std::vector<std::string> nodes;
    Origin origin{"", false};
    for (const ViaStep& v : r.via) {
      chain.steps.push_back({v.name, v.key, std::string(ToString(v.relation)), v.inferred});
      if (v.relation == ViaRelation::kCiting || v.key.empty()) continue;
      labels.emplace(v.key, v.name);
      if (nodes.empty() || nodes.back() != v.key) nodes.push_back(v.key);
      // The first outlet the speaker spoke to; failing that, the innermost relay.
      if (IsPrimary(v.relation)) {
        if (!origin.primary) origin = {v.key, true};
      } else if (origin.key.empty()) {
        origin = {v.key, false};
      }
    }
    const std::string outlet_key = r.outlet_key.empty() ? "doc:" + r.doc_id : r.outlet_key;
    labels.emplace(outlet_key, r.outlet.empty() ? r.doc_id : r.outlet);
    chain.steps.push_back({r.outlet.empty() ? r.doc_id : r.outlet, outlet_key, "published"});
    if (nodes.empty() || nodes.back() != outlet_key) nodes.push_back(outlet_key);
    if (origin.key.empty()) origin = {outlet_key, false};
    // Relay edges: each node relays the one inside it.
    for (size_t i = 1; i < nodes.size(); ++i) {
      if (nodes[i] != nodes[i - 1]) relays[nodes[i]].insert(nodes[i - 1]);
    }
    origins.push_back(origin);
    p.chains.push_back(std::move(chain));
  }

  // Copies of one article (a near-duplicate group: the same wire story run by two outlets) are
  // one source: a report with no primary route of its own takes the origin of the group's first
  // report (the root's, or the first copy's when the root did not report the claim).
  std::map<std::string, size_t> first_of_group;
  for (size_t i = 0; i < reports.size(); ++i) {
    const std::string group = reports[i].copy_of.empty() ? reports[i].doc_id : reports[i].copy_of;
    auto [it, inserted] = first_of_group.emplace(group, i);
    if (!inserted && !origins[i].primary) origins[i] = origins[it->second];
  }

  // A relay origin goes back to what it relayed (deterministic: smallest resolved key).
  std::map<std::string, std::string> memo;
  std::function<std::string(const std::string&, std::set<std::string>&)> resolve =
      [&](const std::string& node, std::set<std::string>& visiting) -> std::string {
    if (auto it = memo.find(node); it != memo.end()) return it->second;
    auto it = relays.find(node);
    if (it == relays.end() || !visiting.insert(node).second) return node;
    std::string best;
    for (const std::string& up : it->second) {
      if (visiting.count(up)) continue;  // circular: stop here
      std::string r = resolve(up, visiting);
      if (best.empty() || r < best) best = r;
    }
    visiting.erase(node);
    if (best.empty()) best = node;
    memo[node] = best;
    return best;
  };
  std::map<std::string, IndependentSource> sources;
  for (size_t i = 0; i < origins.size(); ++i) {
    std::set<std::string> visiting;
    const std::string root =
        origins[i].primary ? origins[i].key : resolve(origins[i].key, visiting);
    p.chains[i].origin_key = root;
    IndependentSource& s = sources[root];
    s.origin_key = root;
    s.origin_label = labels.count(root) ? labels[root] : root;
    if (std::find(s.doc_ids.begin(), s.doc_ids.end(), reports[i].doc_id) == s.doc_ids.end()) {
      s.doc_ids.push_back(reports[i].doc_id);
    }
  }
  for (auto& [key, s] : sources) p.sources.push_back(std::move(s));
  std::stable_sort(p.sources.begin(), p.sources.end(),
                   [](const IndependentSource& a, const IndependentSource& b) {
                     return a.doc_ids.size() > b.doc_ids.size();
                   });

  for (std::vector<std::string>& comp : Scc(relays).Components()) {
    std::vector<std::string> named;
    for (const std::string& k : comp) named.push_back(labels.count(k) ? labels[k] : k);
    p.cycles.push_back(std::move(named));
  }
  p.circular = !p.cycles.empty();
  return p;
}

}  // namespace claimtrace::resolve
