// Turns what an article says (an Extraction, or curated nodes and edges) into
// the Contribution the store adds and can later subtract exactly: validated
// against the ontology, one node per id, one edge per (source, type, target),
// sorted, with the content hash filled in.
#ifndef KZGRAPH_SRC_STORE_CONTRIBUTION_H_
#define KZGRAPH_SRC_STORE_CONTRIBUTION_H_

#include <string_view>
#include <vector>

#include "kzgraph/extraction.h"
#include "kzgraph/graph.h"
#include "kzgraph/ontology.h"
#include "kzgraph/status.h"
#include "store/records.h"

namespace kzgraph::store {

// Fails with InvalidArgument naming the article and the offending id, kind
// or type; outputs are then unspecified. Entities repeated under one id are
// merged (aliases united); relations repeated keep the most confident (a
// symmetric one given both ways is repeated); relation endpoints that are no
// entity become nodes of kind "unknown".
Status BuildContribution(const Extraction& x, const Ontology& ontology, ArticleInfo* article,
                         Contribution* c);
// Relation types marked "symmetric" in the ontology (e.g. meets) are stored
// in one direction, source <= target bytewise, so that "A meets B" and
// "B meets A" are one edge. True when `type` is such a type.
bool IsSymmetric(const Ontology& ontology, std::string_view type);
// Puts the symmetric edges of `c` in their stored direction; an edge the
// article gave both ways becomes one, with the more confident evidence.
// Returns whether anything changed (then c->edges is sorted again).
bool CanonicalizeSymmetric(const Ontology& ontology, Contribution* c);
Status BuildCuratedContribution(const ArticleInfo& in, const std::vector<Node>& nodes,
                                const std::vector<Edge>& edges, const Ontology& ontology,
                                ArticleInfo* article, Contribution* c);

}  // namespace kzgraph::store

#endif  // KZGRAPH_SRC_STORE_CONTRIBUTION_H_
