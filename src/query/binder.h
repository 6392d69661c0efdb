// Binder: checks a parsed Query against its scopes and the ontology, and
// annotates it for the planner: every variable gets a row slot, labels and
// relationship types get their canonical ontology names, and each clause
// records the slots it binds.
#ifndef KZGRAPH_SRC_QUERY_BINDER_H_
#define KZGRAPH_SRC_QUERY_BINDER_H_

#include <string_view>

#include "kzgraph/ontology.h"
#include "kzgraph/status.h"
#include "query/ast.h"

namespace kzgraph::query {

struct BindOptions {
  bool allow_create = false;  // only the test-fixture loader writes graphs
};

// Binds `query` in place. `ontology` may be null (then labels and types are
// taken as written, lower-cased). InvalidArgument "SemanticError: line L,
// column C: ..." for an undefined or clashing variable, an unknown label or
// relationship type ("did you mean accuses?"), an unknown function or
// procedure, or a misplaced aggregate.
Status Bind(std::string_view text, const Ontology* ontology, const BindOptions& options,
            Query* query);

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_BINDER_H_
