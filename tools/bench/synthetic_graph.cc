#include "synthetic_graph.h"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <unordered_set>

namespace kzbench {
namespace {

enum Kind : uint8_t { kPerson, kOrganization, kCountry, kGroup, kKindCount };
constexpr const char* kKindNames[kKindCount] = {"person", "organization", "country", "group"};
constexpr const char* kKindLabels[kKindCount] = {"Person", "Organization", "Country", "Group"};
// Share of the nodes of each kind.
constexpr double kKindShare[kKindCount] = {0.60, 0.20, 0.10, 0.10};

struct TypeSpec {
  const char* name;
  double share;                    // of all edges
  std::vector<Kind> source_kinds;  // who can be the subject
  std::vector<Kind> target_kinds;  // who can be the object
  bool symmetric = false;          // as in schema/ontology.json: stored source < target
};

const std::vector<TypeSpec>& TypeSpecs() {
  static const std::vector<TypeSpec> specs = {
      {"accuses",
       0.14,
       {kPerson, kCountry, kOrganization, kGroup},
       {kPerson, kCountry, kOrganization, kGroup}},
      {"criticizes",
       0.16,
       {kPerson, kCountry, kOrganization, kGroup},
       {kPerson, kCountry, kOrganization, kGroup}},
      {"requests_aid", 0.05, {kCountry, kPerson}, {kCountry, kOrganization}},
      {"sends_troops", 0.03, {kCountry, kOrganization}, {kCountry}},
      {"warns",
       0.10,
       {kPerson, kCountry, kOrganization},
       {kPerson, kCountry, kOrganization, kGroup}},
      {"supports",
       0.16,
       {kPerson, kCountry, kOrganization, kGroup},
       {kPerson, kCountry, kOrganization, kGroup}},
      {"meets", 0.18, {kPerson}, {kPerson}, /*symmetric=*/true},
      {"leads", 0.03, {kPerson}, {kCountry, kOrganization}},
      {"official_of", 0.08, {kPerson}, {kCountry, kOrganization}},
      {"member_of", 0.07, {kCountry, kPerson}, {kOrganization}},
  };
  return specs;
}

// Draws ranks 0..n-1 with P(r) proportional to 1/(r+1)^s.
class ZipfSampler {
 public:
  ZipfSampler(size_t n, double s) : cdf_(n) {
    double total = 0;
    for (size_t r = 0; r < n; ++r) {
      total += 1.0 / std::pow(static_cast<double>(r + 1), s);
      cdf_[r] = total;
    }
    for (double& c : cdf_) c /= total;
  }
  template <class Rng>
  size_t operator()(Rng& rng) const {
    double u = std::uniform_real_distribution<double>(0.0, 1.0)(rng);
    size_t r = std::lower_bound(cdf_.begin(), cdf_.end(), u) - cdf_.begin();
    return std::min(r, cdf_.size() - 1);
  }

 private:
  std::vector<double> cdf_;
};

std::string IsoDate(int day_offset) {
  // Days from 2019-01-01, on a simple 12 x 28-day calendar: the dates only need
  // to be valid and ordered.
  int year = 2019 + day_offset / 336;
  int month = 1 + (day_offset % 336) / 28;
  int day = 1 + day_offset % 28;
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace

const std::vector<std::string>& RelationTypes() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> v;
    for (const TypeSpec& t : TypeSpecs()) v.emplace_back(t.name);
    return v;
  }();
  return names;
}

SynthGraph MakeGraph(const GraphSpec& spec) {
  std::mt19937_64 rng(spec.seed);
  SynthGraph g;
  const uint64_t node_count = std::max<uint64_t>(40, spec.edges / spec.nodes_per_edge_inverse);

  // Nodes of each kind; within a kind, a shuffled order gives each node its
  // popularity rank, so ids say nothing about degree.
  std::vector<uint32_t> by_kind[kKindCount];
  for (int k = 0; k < kKindCount; ++k) {
    uint64_t n = std::max<uint64_t>(4, static_cast<uint64_t>(node_count * kKindShare[k]));
    for (uint64_t i = 0; i < n; ++i) {
      char id[48], name[48];
      std::snprintf(id, sizeof id, "%s_%06llu", kKindNames[k], static_cast<unsigned long long>(i));
      std::snprintf(name, sizeof name, "%s %llu", kKindLabels[k],
                    static_cast<unsigned long long>(i));
      by_kind[k].push_back(static_cast<uint32_t>(g.nodes.size()));
      g.nodes.push_back({id, kKindNames[k], name});
    }
    std::shuffle(by_kind[k].begin(), by_kind[k].end(), rng);
  }
  std::vector<ZipfSampler> samplers;
  for (int k = 0; k < kKindCount; ++k) samplers.emplace_back(by_kind[k].size(), spec.zipf_exponent);

  auto draw = [&](const std::vector<Kind>& kinds) {
    double total = 0;
    for (Kind k : kinds) total += kKindShare[k];
    double u = std::uniform_real_distribution<double>(0.0, total)(rng);
    Kind chosen = kinds.back();
    for (Kind k : kinds) {
      if (u < kKindShare[k]) {
        chosen = k;
        break;
      }
      u -= kKindShare[k];
    }
    return by_kind[chosen][samplers[chosen](rng)];
  };

  const auto& types = TypeSpecs();
  std::vector<double> type_weights;
  for (const TypeSpec& t : types) type_weights.push_back(t.share);
  std::discrete_distribution<uint32_t> pick_type(type_weights.begin(), type_weights.end());
  std::uniform_int_distribution<int> pick_day(0, 1400);
  std::geometric_distribution<uint32_t> pick_extra_weight(0.6);

  std::unordered_set<uint64_t> seen;
  seen.reserve(spec.edges * 2);
  g.edges.reserve(spec.edges);
  uint64_t attempts = 0;
  const uint64_t max_attempts = spec.edges * 20;
  while (g.edges.size() < spec.edges && attempts++ < max_attempts) {
    uint32_t type = pick_type(rng);
    uint32_t source = draw(types[type].source_kinds);
    uint32_t target = draw(types[type].target_kinds);
    if (source == target) continue;
    // The store keeps one edge per unordered pair of a symmetric type, with
    // the smaller id first; generate it that way so answers can be checked.
    if (types[type].symmetric && g.nodes[target].id < g.nodes[source].id) {
      std::swap(source, target);
    }
    uint64_t key = (static_cast<uint64_t>(source) << 36) ^ (static_cast<uint64_t>(type) << 32) ^
                   (static_cast<uint64_t>(target) * 0x9E3779B97F4A7C15ULL);
    if (!seen.insert(key).second) continue;
    int a = pick_day(rng), b = pick_day(rng);
    g.edges.push_back({source, type, target, 1 + pick_extra_weight(rng), IsoDate(std::min(a, b)),
                       IsoDate(std::max(a, b))});
  }
  return g;
}

std::string EvidenceSentence(const SynthGraph& g, const SynthEdge& e) {
  return g.nodes[e.source].name + " " + RelationTypes()[e.type] + " " + g.nodes[e.target].name +
         ".";
}

}  // namespace kzbench
