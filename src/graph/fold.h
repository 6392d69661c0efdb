// FoldName() into a caller's buffer, for loops that fold many short strings.
#ifndef KZGRAPH_SRC_GRAPH_FOLD_H_
#define KZGRAPH_SRC_GRAPH_FOLD_H_

#include <string>
#include <string_view>

namespace kzgraph {

// Sets *folded to FoldName(name), reusing its capacity.
void FoldNameInto(std::string_view name, std::string* folded);

}  // namespace kzgraph

#endif  // KZGRAPH_SRC_GRAPH_FOLD_H_
