#include "store/records.h"

#include <sstream>

#include "store/codec.h"

namespace kzgraph::store {
namespace {

void PutVotes(std::string* out, const Votes& votes) {
  PutVarint(out, votes.size());
  for (const auto& [value, count] : votes) {
    PutString(out, value);
    PutVarint(out, count);
  }
}

bool GetVotes(Reader& in, Votes* votes) {
  uint64_t n = 0;
  if (!in.GetVarint(&n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    std::string value;
    uint32_t count = 0;
    if (!in.GetString(&value) || !in.GetVarint32(&count)) return false;
    (*votes)[std::move(value)] = count;
  }
  return true;
}

void PutPropertyVotes(std::string* out, const PropertyVotes& props) {
  PutVarint(out, props.size());
  for (const auto& [key, votes] : props) {
    PutString(out, key);
    PutVotes(out, votes);
  }
}

bool GetPropertyVotes(Reader& in, PropertyVotes* props) {
  uint64_t n = 0;
  if (!in.GetVarint(&n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    std::string key;
    if (!in.GetString(&key) || !GetVotes(in, &(*props)[key])) return false;
  }
  return true;
}

void PutMap(std::string* out, const std::map<std::string, std::string>& map) {
  PutVarint(out, map.size());
  for (const auto& [key, value] : map) {
    PutString(out, key);
    PutString(out, value);
  }
}

bool GetMap(Reader& in, std::map<std::string, std::string>* map) {
  uint64_t n = 0;
  if (!in.GetVarint(&n)) return false;
  for (uint64_t i = 0; i < n; ++i) {
    std::string key, value;
    if (!in.GetString(&key) || !in.GetString(&value)) return false;
    (*map)[std::move(key)] = std::move(value);
  }
  return true;
}

void AddVote(Votes* votes, const std::string& value) { ++(*votes)[value]; }

bool SubtractVote(Votes* votes, const std::string& value) {
  auto it = votes->find(value);
  if (it == votes->end() || it->second == 0) return false;
  if (--it->second == 0) votes->erase(it);
  return true;
}

void AddProperties(const std::map<std::string, std::string>& props, PropertyVotes* votes) {
  for (const auto& [key, value] : props) AddVote(&(*votes)[key], value);
}

bool SubtractProperties(const std::map<std::string, std::string>& props, PropertyVotes* votes) {
  bool ok = true;
  for (const auto& [key, value] : props) {
    auto it = votes->find(key);
    if (it == votes->end() || !SubtractVote(&it->second, value)) {
      ok = false;
      continue;
    }
    if (it->second.empty()) votes->erase(it);
  }
  return ok;
}

// Most voted value; ties go to the smallest (the map is ordered), and `skip`
// only wins when nothing else was voted.
std::string Winner(const Votes& votes, std::string_view skip = {}) {
  const std::string* best = nullptr;
  uint32_t best_count = 0;
  for (const auto& [value, count] : votes) {
    if (!skip.empty() && value == skip) continue;
    if (count > best_count) best = &value, best_count = count;
  }
  if (best != nullptr) return *best;
  return votes.empty() ? std::string() : votes.begin()->first;
}

std::map<std::string, std::string> PropertyWinners(const PropertyVotes& votes) {
  std::map<std::string, std::string> out;
  for (const auto& [key, values] : votes) {
    if (!values.empty()) out[key] = Winner(values);
  }
  return out;
}

void DescribeVotes(std::ostream& out, const char* label, const Votes& votes) {
  out << " " << label << "{";
  bool first = true;
  for (const auto& [value, count] : votes) {
    out << (first ? "" : ", ") << Escape(value) << ":" << count;
    first = false;
  }
  out << "}";
}

void DescribePropertyVotes(std::ostream& out, const PropertyVotes& props) {
  for (const auto& [key, votes] : props) DescribeVotes(out, ("prop:" + Escape(key)).c_str(), votes);
}

}  // namespace

std::string EncodeNode(const NodeRecord& r) {
  std::string out;
  out.reserve(256);  // most records fit: one allocation
  PutVarint(&out, r.support);
  PutVotes(&out, r.kinds);
  PutVotes(&out, r.names);
  PutVotes(&out, r.aliases);
  PutPropertyVotes(&out, r.properties);
  return out;
}

bool DecodeNode(std::string_view in, NodeRecord* r) {
  Reader reader(in);
  return reader.GetVarint32(&r->support) && GetVotes(reader, &r->kinds) &&
         GetVotes(reader, &r->names) && GetVotes(reader, &r->aliases) &&
         GetPropertyVotes(reader, &r->properties) && reader.done();
}

// A stored edge always has weight >= 1, so a format 1-2 record (varint
// weight first) never starts with a 0 byte; format 3 records do.
constexpr char kEdgeFormat3Tag = '\0';

std::string EncodeEdge(const EdgeRecord& r) {
  std::string out;
  out.reserve(32 + r.first.size() + r.last.size());
  out.push_back(kEdgeFormat3Tag);
  PutVarint(&out, r.weight);
  PutString(&out, r.first);
  PutVarint(&out, r.first_count);
  PutString(&out, r.last);
  PutVarint(&out, r.last_count);
  PutPropertyVotes(&out, r.properties);
  return out;
}

bool DecodeEdge(std::string_view in, EdgeRecord* r) {
  if (!in.empty() && in.front() == kEdgeFormat3Tag) {
    Reader reader(in.substr(1));
    return reader.GetVarint32(&r->weight) && reader.GetString(&r->first) &&
           reader.GetVarint32(&r->first_count) && reader.GetString(&r->last) &&
           reader.GetVarint32(&r->last_count) && GetPropertyVotes(reader, &r->properties) &&
           reader.done();
  }
  Reader reader(in);
  Votes dates;
  if (!reader.GetVarint32(&r->weight) || !GetVotes(reader, &dates) ||
      !GetPropertyVotes(reader, &r->properties) || !reader.done()) {
    return false;
  }
  ResetDates(r);
  dates.erase("");
  if (!dates.empty()) {
    r->first = dates.begin()->first, r->first_count = dates.begin()->second;
    r->last = dates.rbegin()->first, r->last_count = dates.rbegin()->second;
  }
  return true;
}

std::string EncodeEvidence(const Evidence& e) {
  std::string out;
  out.reserve(32 + e.date.size() + e.sentence.size() + e.rule.size());
  PutString(&out, e.date);
  PutString(&out, e.sentence);
  PutVarint(&out, e.span.begin);
  PutVarint(&out, e.span.end);
  PutString(&out, e.rule);
  PutDouble(&out, e.confidence);
  return out;
}

bool DecodeEvidence(std::string_view in, Evidence* e) {
  Reader reader(in);
  return reader.GetString(&e->date) && reader.GetString(&e->sentence) &&
         reader.GetVarint32(&e->span.begin) && reader.GetVarint32(&e->span.end) &&
         reader.GetString(&e->rule) && reader.GetDouble(&e->confidence) && reader.done();
}

std::string EncodeArticle(const ArticleInfo& a) {
  std::string out;
  PutString(&out, a.content_hash);
  PutString(&out, a.title);
  PutString(&out, a.date);
  PutString(&out, a.source);
  PutString(&out, a.lang);
  return out;
}

bool DecodeArticle(std::string_view in, ArticleInfo* a) {
  Reader reader(in);
  return reader.GetString(&a->content_hash) && reader.GetString(&a->title) &&
         reader.GetString(&a->date) && reader.GetString(&a->source) && reader.GetString(&a->lang) &&
         reader.done();
}

std::string EncodeContribution(const Contribution& c, bool with_evidence) {
  std::string out;
  out.reserve(64 * (c.nodes.size() + c.edges.size()) + 16);
  PutVarint(&out, c.nodes.size());
  for (const NodeContribution& n : c.nodes) {
    PutString(&out, n.id);
    PutString(&out, n.kind);
    PutString(&out, n.name);
    PutVarint(&out, n.aliases.size());
    for (const std::string& alias : n.aliases) PutString(&out, alias);
    PutMap(&out, n.properties);
  }
  PutVarint(&out, c.edges.size());
  for (const EdgeContribution& e : c.edges) {
    PutString(&out, e.source);
    PutString(&out, e.type);
    PutString(&out, e.target);
    PutMap(&out, e.properties);
    if (with_evidence) out += EncodeEvidence(e.evidence);
  }
  return out;
}

bool DecodeContribution(std::string_view in, Contribution* c) {
  Reader reader(in);
  uint64_t n = 0;
  if (!reader.GetVarint(&n)) return false;
  c->nodes.resize(n);
  for (NodeContribution& node : c->nodes) {
    uint64_t aliases = 0;
    if (!reader.GetString(&node.id) || !reader.GetString(&node.kind) ||
        !reader.GetString(&node.name) || !reader.GetVarint(&aliases)) {
      return false;
    }
    for (uint64_t i = 0; i < aliases; ++i) {
      std::string alias;
      if (!reader.GetString(&alias)) return false;
      node.aliases.insert(std::move(alias));
    }
    if (!GetMap(reader, &node.properties)) return false;
  }
  if (!reader.GetVarint(&n)) return false;
  c->edges.resize(n);
  for (EdgeContribution& edge : c->edges) {
    if (!reader.GetString(&edge.source) || !reader.GetString(&edge.type) ||
        !reader.GetString(&edge.target) || !GetMap(reader, &edge.properties)) {
      return false;
    }
  }
  return reader.done();
}

void AddNodeVotes(const NodeContribution& c, NodeRecord* r) {
  ++r->support;
  AddVote(&r->kinds, c.kind);
  if (!c.name.empty()) AddVote(&r->names, c.name);
  for (const std::string& alias : c.aliases) AddVote(&r->aliases, alias);
  AddProperties(c.properties, &r->properties);
}

bool SubtractNodeVotes(const NodeContribution& c, NodeRecord* r) {
  if (r->support == 0) return false;
  --r->support;
  bool ok = SubtractVote(&r->kinds, c.kind);
  if (!c.name.empty()) ok &= SubtractVote(&r->names, c.name);
  for (const std::string& alias : c.aliases) ok &= SubtractVote(&r->aliases, alias);
  ok &= SubtractProperties(c.properties, &r->properties);
  return ok;
}

void ResetDates(EdgeRecord* r) {
  r->first.clear(), r->last.clear();
  r->first_count = r->last_count = 0;
}

void AddDate(std::string_view date, EdgeRecord* r) {
  if (date.empty()) return;
  if (r->first_count == 0 || date < r->first) {
    r->first = date, r->first_count = 1;
  } else if (date == r->first) {
    ++r->first_count;
  }
  if (r->last_count == 0 || date > r->last) {
    r->last = date, r->last_count = 1;
  } else if (date == r->last) {
    ++r->last_count;
  }
}

void AddEdgeVotes(const EdgeContribution& c, std::string_view date, EdgeRecord* r) {
  ++r->weight;
  AddDate(date, r);
  AddProperties(c.properties, &r->properties);
}

bool SubtractEdgeVotes(const EdgeContribution& c, std::string_view date, EdgeRecord* r,
                       bool* rescan_dates) {
  if (r->weight == 0) return false;
  --r->weight;
  bool ok = true;
  if (!date.empty()) {
    if (r->first_count == 0 || date < r->first || date > r->last) ok = false;
    if (ok && date == r->first && --r->first_count == 0) *rescan_dates = true;
    if (ok && date == r->last && --r->last_count == 0) *rescan_dates = true;
  }
  ok &= SubtractProperties(c.properties, &r->properties);
  return ok;
}

std::string KindOf(const NodeRecord& r) { return Winner(r.kinds, "unknown"); }

bool AddChangesIndexedStrings(const NodeContribution& c, const NodeRecord& r) {
  if (r.support == 0) return true;
  if (!c.name.empty() && !r.names.count(c.name)) return true;
  for (const std::string& alias : c.aliases) {
    if (!r.aliases.count(alias)) return true;
  }
  return false;
}

bool SubtractChangesIndexedStrings(const NodeContribution& c, const NodeRecord& r) {
  auto last_vote = [](const Votes& votes, const std::string& value) {
    auto it = votes.find(value);
    return it == votes.end() || it->second <= 1;
  };
  if (r.support <= 1) return true;
  if (!c.name.empty() && last_vote(r.names, c.name)) return true;
  for (const std::string& alias : c.aliases) {
    if (last_vote(r.aliases, alias)) return true;
  }
  return false;
}

Node ToNode(std::string_view id, const NodeRecord& r) {
  Node node;
  node.id = std::string(id);
  node.kind = Winner(r.kinds, "unknown");
  node.name = Winner(r.names);
  if (node.name.empty()) node.name = node.id;
  std::set<std::string> aliases;
  for (const auto& [name, count] : r.names) aliases.insert(name);
  for (const auto& [alias, count] : r.aliases) aliases.insert(alias);
  aliases.erase(node.name);
  aliases.erase("");
  node.aliases.assign(aliases.begin(), aliases.end());
  node.properties = PropertyWinners(r.properties);
  return node;
}

Edge ToEdge(std::string_view source, std::string_view type, std::string_view target,
            const EdgeRecord& r) {
  Edge edge;
  edge.source = std::string(source);
  edge.type = std::string(type);
  edge.target = std::string(target);
  edge.weight = r.weight;
  edge.first_seen = r.first;
  edge.last_seen = r.last;
  edge.properties = PropertyWinners(r.properties);
  return edge;
}

std::set<std::string> IndexTerms(std::string_view id, const NodeRecord& r) {
  std::set<std::string> terms;
  auto add = [&terms](std::string_view name) {
    std::string folded = FoldName(name);
    if (!folded.empty()) terms.insert(std::move(folded));
  };
  add(id);
  for (const auto& [name, count] : r.names) add(name);
  for (const auto& [alias, count] : r.aliases) add(alias);
  return terms;
}

std::set<std::string> IndexedStrings(std::string_view id, const NodeRecord& r) {
  std::set<std::string> strings;
  strings.emplace(id);
  for (const auto& [name, count] : r.names) strings.insert(name);
  for (const auto& [alias, count] : r.aliases) strings.insert(alias);
  return strings;
}

std::string DescribeNode(const NodeRecord& r) {
  std::ostringstream out;
  out << "support=" << r.support;
  DescribeVotes(out, "kind", r.kinds);
  DescribeVotes(out, "name", r.names);
  DescribeVotes(out, "alias", r.aliases);
  DescribePropertyVotes(out, r.properties);
  return out.str();
}

std::string DescribeEdge(const EdgeRecord& r) {
  std::ostringstream out;
  out << "weight=" << r.weight;
  if (r.first_count > 0) {
    out << " first=" << Escape(r.first) << "x" << r.first_count << " last=" << Escape(r.last) << "x"
        << r.last_count;
  }
  DescribePropertyVotes(out, r.properties);
  return out.str();
}

std::string DescribeEvidence(const Evidence& e) {
  std::ostringstream out;
  out << "date=" << Escape(e.date) << " span=[" << e.span.begin << "," << e.span.end
      << ") rule=" << Escape(e.rule) << " confidence=" << e.confidence << " sentence=\""
      << Escape(e.sentence) << "\"";
  return out.str();
}

std::string DescribeArticle(const ArticleInfo& a) {
  return "hash=" + Escape(a.content_hash) + " date=" + Escape(a.date) + " lang=" + Escape(a.lang) +
         " source=" + Escape(a.source) + " title=\"" + Escape(a.title) + "\"";
}

std::string DescribeContribution(const Contribution& c) {
  std::ostringstream out;
  out << c.nodes.size() << " nodes [";
  for (size_t i = 0; i < c.nodes.size(); ++i) {
    out << (i ? ", " : "") << Escape(c.nodes[i].id) << ":" << Escape(c.nodes[i].kind);
  }
  out << "] " << c.edges.size() << " edges [";
  for (size_t i = 0; i < c.edges.size(); ++i) {
    const EdgeContribution& e = c.edges[i];
    out << (i ? ", " : "") << Escape(e.source) << " -" << Escape(e.type) << "-> "
        << Escape(e.target);
  }
  out << "]";
  return out.str();
}

}  // namespace kzgraph::store
