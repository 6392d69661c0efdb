#include "export/export_graph.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <map>
#include <set>
#include <tuple>

#include "export/escape.h"

namespace kzgraph::exporting {
namespace {

std::string Lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

// Days since 1970-01-01 of a valid "YYYY-MM-DD".
long DayNumber(const std::string& day) {
  const int y = std::stoi(day.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(day.substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(day.substr(8, 2)));
  const std::chrono::sys_days sd{std::chrono::year{y} / std::chrono::month{m} /
                                 std::chrono::day{d}};
  return sd.time_since_epoch().count();
}

// Sorted distinct days -> runs of consecutive days.
std::vector<DaySpan> DaysToSpans(const std::set<std::string>& days) {
  std::vector<DaySpan> spans;
  long previous = 0;
  for (const std::string& day : days) {
    const long n = DayNumber(day);
    if (!spans.empty() && n == previous + 1) {
      spans.back().second = day;
    } else {
      spans.emplace_back(day, day);
    }
    previous = n;
  }
  return spans;
}

Status CheckDateOption(const char* flag, const std::string& value) {
  if (value.empty() || (value.size() == 10 && IsoDay(value) == value)) return Status::OK();
  return Status::InvalidArgument(std::string(flag) + ": '" + value +
                                 "' is not a date (expected YYYY-MM-DD)");
}

Status ResolveTypes(const Ontology& ontology, const std::vector<std::string>& requested,
                    std::set<std::string>* types) {
  for (const std::string& raw : requested) {
    const std::string name = Lower(raw);
    if (name.empty()) continue;
    if (ontology.FindType(name) == nullptr) {
      std::string message = "--types: unknown relation type '" + raw + "'";
      const std::vector<std::string> near = ontology.SuggestType(name);
      if (!near.empty()) message += " (did you mean '" + near.front() + "'?)";
      message += "; known:";
      for (const RelationType& t : ontology.relation_types()) message += " " + t.name;
      return Status::InvalidArgument(message);
    }
    types->insert(name);
  }
  return Status::OK();
}

}  // namespace

std::string IsoDay(std::string_view text) {
  if (text.size() < 10) return "";
  for (size_t i : {0, 1, 2, 3, 5, 6, 8, 9}) {
    if (text[i] < '0' || text[i] > '9') return "";
  }
  if (text[4] != '-' || text[7] != '-') return "";
  if (text.size() > 10 && text[10] != 'T' && text[10] != ' ') return "";
  const std::string day(text.substr(0, 10));
  const int y = std::stoi(day.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(day.substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(day.substr(8, 2)));
  if (!(std::chrono::year{y} / std::chrono::month{m} / std::chrono::day{d}).ok()) return "";
  return day;
}

void ParseHexColor(std::string_view hex, int* r, int* g, int* b) {
  *r = *g = *b = 0x99;
  if (hex.size() != 7 || hex[0] != '#') return;
  int v[3];
  for (int k = 0; k < 3; ++k) {
    v[k] = 0;
    for (int j = 1 + 2 * k; j < 3 + 2 * k; ++j) {
      const char c = hex[j];
      int digit;
      if (c >= '0' && c <= '9') {
        digit = c - '0';
      } else if (c >= 'a' && c <= 'f') {
        digit = c - 'a' + 10;
      } else if (c >= 'A' && c <= 'F') {
        digit = c - 'A' + 10;
      } else {
        return;
      }
      v[k] = v[k] * 16 + digit;
    }
  }
  *r = v[0], *g = v[1], *b = v[2];
}

NodeKind KindStyle(const ExportGraph& g, std::string_view kind) {
  if (const NodeKind* k = g.ontology.FindKind(kind)) return *k;
  if (const NodeKind* k = g.ontology.FindKind("unknown")) {
    NodeKind copy = *k;
    copy.name = std::string(kind);
    return copy;
  }
  return NodeKind{std::string(kind), "#bab0ac", "ellipse"};
}

RelationType TypeStyle(const ExportGraph& g, std::string_view type) {
  if (const RelationType* t = g.ontology.FindType(type)) return *t;
  RelationType fallback;
  fallback.name = std::string(type);
  fallback.label_en = fallback.label_fr = fallback.name;
  fallback.color = "#555555";
  fallback.style = "solid";
  return fallback;
}

std::string FormatNumber(double value) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.2f", value);
  std::string s = buf;
  while (!s.empty() && s.back() == '0') s.pop_back();
  if (!s.empty() && s.back() == '.') s.pop_back();
  return s;
}

Status BuildExportGraph(const GraphReader& graph, const ExportOptions& options, ExportGraph* out) {
  ExportGraph g;
  if (options.ontology != nullptr) {
    g.ontology = *options.ontology;
  } else if (Status s = Ontology::LoadDefault(&g.ontology); !s.ok()) {
    return s;
  }
  if (options.gexf_version != "1.3" && options.gexf_version != "1.2") {
    return Status::InvalidArgument("--gexf-version: '" + options.gexf_version +
                                   "' is not supported (1.3 or 1.2)");
  }
  if (Status s = CheckDateOption("--since", options.since); !s.ok()) return s;
  if (Status s = CheckDateOption("--until", options.until); !s.ok()) return s;
  if (!options.since.empty() && !options.until.empty() && options.since > options.until) {
    return Status::InvalidArgument("--since " + options.since + " is after --until " +
                                   options.until);
  }
  std::set<std::string> wanted_types;
  if (Status s = ResolveTypes(g.ontology, options.types, &wanted_types); !s.ok()) return s;

  // Nodes, by id (std::map: sorted whatever order the reader gives).
  std::map<std::string, Node> nodes;
  Status status = graph.ForEachNode([&](const Node& n) {
    nodes[n.id] = n;
    return true;
  });
  if (!status.ok()) return status;

  // Edges, filtered, by (source, type, target).
  std::map<std::tuple<std::string, std::string, std::string>, ExportEdge> edges;
  status = graph.ForEachEdge("", [&](const Edge& e) {
    ExportEdge x;
    x.edge = e;
    x.type = Lower(CleanText(e.type, false));
    x.first_seen = IsoDay(e.first_seen);
    x.last_seen = IsoDay(e.last_seen);
    if (!wanted_types.empty() && wanted_types.count(x.type) == 0) return true;
    if (e.weight < options.min_weight) return true;
    edges.emplace(std::make_tuple(e.source, e.type, e.target), std::move(x));
    return true;
  });
  if (!status.ok()) return status;

  // Evidence: article ids and days of each edge; dates filter on the edge's
  // seen range (taken from the evidence when the edge lacks one).
  std::set<std::string> all_days;
  for (auto it = edges.begin(); it != edges.end();) {
    ExportEdge& x = it->second;
    std::vector<Evidence> evidence;
    status = graph.GetEvidence(x.edge.source, x.edge.type, x.edge.target, &evidence);
    if (!status.ok() && !status.IsNotFound()) return status;
    std::set<std::string> days, articles;
    for (const Evidence& ev : evidence) {
      if (!ev.article_id.empty()) articles.insert(CleanText(ev.article_id, false));
      if (std::string day = IsoDay(ev.date); !day.empty()) days.insert(day);
    }
    if (days.empty()) {
      if (!x.first_seen.empty()) days.insert(x.first_seen);
      if (!x.last_seen.empty()) days.insert(x.last_seen);
    }
    if (x.first_seen.empty() && !days.empty()) x.first_seen = *days.begin();
    if (x.last_seen.empty() && !days.empty()) x.last_seen = *days.rbegin();
    const bool before =
        !options.since.empty() && (x.last_seen.empty() || x.last_seen < options.since);
    const bool after =
        !options.until.empty() && (x.first_seen.empty() || x.first_seen > options.until);
    if (before || after) {
      it = edges.erase(it);
      continue;
    }
    x.articles.assign(articles.begin(), articles.end());
    x.spells = DaysToSpans(days);
    all_days.insert(days.begin(), days.end());
    ++it;
  }

  // Endpoints the reader did not list as nodes still get one.
  for (const auto& [key, x] : edges) {
    for (const std::string* id : {&x.edge.source, &x.edge.target}) {
      if (nodes.count(*id) == 0) nodes[*id] = Node{*id, "unknown", *id, {}, {}};
    }
  }

  // Node degree and articles come from their kept edges.
  std::map<std::string, std::set<std::string>> node_articles;
  std::map<std::string, uint32_t> degree;
  for (const auto& [key, x] : edges) {
    for (const std::string* id : {&x.edge.source, &x.edge.target}) {
      ++degree[*id];
      node_articles[*id].insert(x.articles.begin(), x.articles.end());
    }
  }
  if (!all_days.empty()) {
    g.first_day = *all_days.begin();
    g.last_day = *all_days.rbegin();
  }

  std::map<std::string, size_t> index;
  std::set<std::string> kinds, types;
  for (auto& [id, n] : nodes) {
    if (options.HasFilter() && degree.count(id) == 0) continue;
    ExportNode x;
    x.node = n;
    x.name = CleanText(n.name.empty() ? n.id : n.name, true);
    // Sorted: readers differ in the order they keep aliases in.
    for (const std::string& alias : n.aliases) x.aliases.push_back(CleanText(alias, false));
    std::sort(x.aliases.begin(), x.aliases.end());
    x.aliases.erase(std::unique(x.aliases.begin(), x.aliases.end()), x.aliases.end());
    x.kind = Lower(n.kind.empty() ? "unknown" : n.kind);
    x.degree = degree.count(id) ? degree[id] : 0;
    const std::set<std::string>& articles = node_articles[id];
    x.articles.assign(articles.begin(), articles.end());
    index[id] = g.nodes.size();
    kinds.insert(x.kind);
    g.nodes.push_back(std::move(x));
  }
  // Node spells: the union of its edges' runs, merged again.
  std::map<std::string, std::set<std::string>> node_all_days;
  for (const auto& [key, x] : edges) {
    for (const DaySpan& span : x.spells) {
      for (long n = DayNumber(span.first), end = DayNumber(span.second); n <= end; ++n) {
        const std::chrono::year_month_day ymd{std::chrono::sys_days{std::chrono::days{n}}};
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                      static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
        node_all_days[x.edge.source].insert(buf);
        node_all_days[x.edge.target].insert(buf);
      }
    }
  }
  for (ExportNode& x : g.nodes) {
    x.spells = DaysToSpans(node_all_days[x.node.id]);
    if (x.spells.empty() && !g.first_day.empty()) x.spells.emplace_back(g.first_day, g.last_day);
  }
  for (auto& [key, x] : edges) {
    x.source = index.at(x.edge.source);
    x.target = index.at(x.edge.target);
    types.insert(x.type);
    g.edges.push_back(std::move(x));
  }
  g.kinds.assign(kinds.begin(), kinds.end());
  g.types.assign(types.begin(), types.end());
  *out = std::move(g);
  return Status::OK();
}

}  // namespace kzgraph::exporting
