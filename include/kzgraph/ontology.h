// Ontology: node kinds and relation types, read from schema/ontology.json so
// that a new type needs no recompilation.
#ifndef KZGRAPH_ONTOLOGY_H_
#define KZGRAPH_ONTOLOGY_H_

#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/status.h"

namespace kzgraph {

struct NodeKind {
  std::string name;   // "person"
  std::string color;  // "#rrggbb", for exports
  std::string shape;  // a Graphviz shape
};

struct RelationType {
  std::string name;         // "accuses"
  bool symmetric = false;   // "meets"
  std::string label_fr;     // "accuse"
  std::string label_en;     // "accuses"
  std::string color;        // "#rrggbb"
  std::string style;        // Graphviz style: solid, dashed, dotted, bold
};

class Ontology {
 public:
  // Reads `path` (schema/ontology.json). Fails with InvalidArgument naming the
  // file and the offending field.
  static Status Load(const std::string& path, Ontology* out);
  // The ontology of SchemaDir()/ontology.json.
  static Status LoadDefault(Ontology* out);

  const std::vector<NodeKind>& kinds() const { return kinds_; }
  const std::vector<RelationType>& relation_types() const { return types_; }
  // Case-insensitive lookups; nullptr when unknown.
  const NodeKind* FindKind(std::string_view name) const;
  const RelationType* FindType(std::string_view name) const;
  // The known names closest to `name` (edit distance), for "did you mean".
  std::vector<std::string> SuggestType(std::string_view name) const;
  std::vector<std::string> SuggestKind(std::string_view name) const;
  int version() const { return version_; }

 private:
  int version_ = 0;
  std::vector<NodeKind> kinds_;
  std::vector<RelationType> types_;
};

}  // namespace kzgraph

#endif  // KZGRAPH_ONTOLOGY_H_
