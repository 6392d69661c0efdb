// The store's records and how they turn into the public Node/Edge values.
// Nodes and edges keep vote counts (how many supporting articles said each
// kind, name, alias, date, property value) instead of one chosen value, so
// taking an article out is an exact subtraction and the result does not
// depend on the order in which articles arrived.
#ifndef KZGRAPH_SRC_STORE_RECORDS_H_
#define KZGRAPH_SRC_STORE_RECORDS_H_

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/graph.h"

namespace kzgraph::store {

using Votes = std::map<std::string, uint32_t>;
using PropertyVotes = std::map<std::string, Votes>;

struct NodeRecord {
  uint32_t support = 0;  // articles contributing this node
  Votes kinds, names, aliases;
  PropertyVotes properties;
  bool operator==(const NodeRecord&) const = default;
};

// Format 3 keeps, of the supporting articles' dates, only the extremes and
// how many articles gave each: a record's size no longer grows with its
// weight. Undated articles count only in the weight. When a subtraction takes
// an extreme's count to 0, the extreme is recomputed from the edge's
// evidence records (which hold their article's date): see DatesFromEvidence.
struct EdgeRecord {
  uint32_t weight = 0;                       // supporting articles (= evidence records)
  std::string first, last;                   // smallest and largest article date ("" = none)
  uint32_t first_count = 0, last_count = 0;  // articles dated first / last
  PropertyVotes properties;
  bool operator==(const EdgeRecord&) const = default;
};

// What one article said about one node / one edge.
struct NodeContribution {
  std::string id, kind, name;
  std::set<std::string> aliases;
  std::map<std::string, std::string> properties;
};
struct EdgeContribution {
  std::string source, type, target;
  std::map<std::string, std::string> properties;
  Evidence evidence;  // kept in the evidence family, not in the contribution record
};
// Everything one article added, sorted by node id and edge key.
struct Contribution {
  std::vector<NodeContribution> nodes;
  std::vector<EdgeContribution> edges;
};

std::string EncodeNode(const NodeRecord& r);
bool DecodeNode(std::string_view in, NodeRecord* r);
std::string EncodeEdge(const EdgeRecord& r);
// Reads format 3 records and the format 1-2 ones (with every date voted).
bool DecodeEdge(std::string_view in, EdgeRecord* r);
std::string EncodeEvidence(const Evidence& e);  // article_id is in the key
bool DecodeEvidence(std::string_view in, Evidence* e);
std::string EncodeArticle(const ArticleInfo& a);  // id is the key
bool DecodeArticle(std::string_view in, ArticleInfo* a);
// with_evidence: also the evidence (for content hashes); the stored
// contribution record leaves it out.
std::string EncodeContribution(const Contribution& c, bool with_evidence);
bool DecodeContribution(std::string_view in, Contribution* c);

// Vote arithmetic. Subtract returns false when the vote is not there (the
// store is inconsistent). SubtractEdgeVotes sets *rescan_dates when the
// date taken out was the last one of its extreme: the caller must then set
// first/last from the remaining evidence (ResetDates + AddDate per record).
void AddNodeVotes(const NodeContribution& c, NodeRecord* r);
bool SubtractNodeVotes(const NodeContribution& c, NodeRecord* r);
void AddEdgeVotes(const EdgeContribution& c, std::string_view date, EdgeRecord* r);
bool SubtractEdgeVotes(const EdgeContribution& c, std::string_view date, EdgeRecord* r,
                       bool* rescan_dates);
// The date part alone: forget the extremes / count one article's date.
void ResetDates(EdgeRecord* r);
void AddDate(std::string_view date, EdgeRecord* r);

// The public views: the most voted value wins, ties go to the smallest;
// kind "unknown" loses to any known kind.
Node ToNode(std::string_view id, const NodeRecord& r);
Edge ToEdge(std::string_view source, std::string_view type, std::string_view target,
            const EdgeRecord& r);
// The kind ToNode gives, without building the node.
std::string KindOf(const NodeRecord& r);
// Whether adding / subtracting the contribution's votes would add / remove a
// string of IndexedStrings (a name or alias no other vote gives, or the whole
// node). Conservative: true means "maybe"; false means the strings stay.
bool AddChangesIndexedStrings(const NodeContribution& c, const NodeRecord& r);
bool SubtractChangesIndexedStrings(const NodeContribution& c, const NodeRecord& r);
// FoldName of the id, every name and every alias (empty folds left out).
std::set<std::string> IndexTerms(std::string_view id, const NodeRecord& r);
// The same strings unfolded: IndexTerms is their FoldName.
std::set<std::string> IndexedStrings(std::string_view id, const NodeRecord& r);

// Human-readable one-line forms for `kzgraph inspect`.
std::string DescribeNode(const NodeRecord& r);
std::string DescribeEdge(const EdgeRecord& r);
std::string DescribeEvidence(const Evidence& e);
std::string DescribeArticle(const ArticleInfo& a);
std::string DescribeContribution(const Contribution& c);

}  // namespace kzgraph::store

#endif  // KZGRAPH_SRC_STORE_RECORDS_H_
