// Exporters: one interface, chosen by name (dot, gexf, graphml, csv, json,
// svg, png). They read any GraphReader (the RocksDB Store, a MemoryGraph, a
// query's subgraph). Output is deterministic: same graph, same bytes.
#ifndef KZGRAPH_EXPORTER_H_
#define KZGRAPH_EXPORTER_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/graph.h"
#include "kzgraph/status.h"

namespace kzgraph {

class Ontology;

struct ExportOptions {
  std::string gexf_version = "1.3";  // or "1.2" (the 1.2draft namespace, for older readers)
  // Filters. An edge is kept when its type is listed (empty: every type), its
  // weight is at least min_weight, and its [first_seen, last_seen] overlaps
  // [since, until] (ISO dates YYYY-MM-DD; empty: open). When any filter is
  // set, nodes left without a kept edge are dropped; without filters every
  // node is exported, isolated ones included.
  std::vector<std::string> types;
  std::string since, until;
  uint32_t min_weight = 0;

  // Drawing (dot, svg, png): graphs with more nodes than this get sfdp
  // layout hints and are rendered with sfdp instead of dot.
  size_t large_graph_nodes = 300;
  // Displayed labels longer than this many characters are shortened with an
  // ellipsis; the full name stays in the tooltip.
  size_t max_label_chars = 40;
  // Kind colours/shapes and type colours/styles. nullptr: the ontology of
  // SchemaDir() (Ontology::LoadDefault). Not owned; must outlive the call.
  const Ontology* ontology = nullptr;

  bool HasFilter() const {
    return !types.empty() || !since.empty() || !until.empty() || min_weight > 0;
  }
};

class Exporter {
 public:
  virtual ~Exporter() = default;

  // The format name given to MakeExporter ("gexf").
  virtual std::string_view format() const = 0;
  // True when the export is several files written into a folder (csv:
  // nodes.csv and relationships.csv); Write() then fails with
  // InvalidArgument and WriteToPath() takes a folder.
  virtual bool writes_directory() const { return false; }

  // Writes `graph`, filtered by `options`, to `out`. InvalidArgument for a
  // bad option (unknown relation type, malformed date, unknown GEXF
  // version), IOError if the stream or an external renderer fails, or the
  // reader's own error. On failure `out` may hold a partial export. The
  // caller owns all arguments.
  virtual Status Write(const GraphReader& graph, const ExportOptions& options,
                       std::ostream& out) const = 0;

  // Writes to the file `path` (replaced), or for writes_directory()
  // exporters into the folder `path` (created when missing). IOError names
  // the path that could not be written.
  virtual Status WriteToPath(const GraphReader& graph, const ExportOptions& options,
                             const std::string& path) const;
};

// The exporter named `format` (case-sensitive, one of ExportFormats()). On
// success *out owns it; InvalidArgument listing the known names otherwise.
Status MakeExporter(std::string_view format, std::unique_ptr<Exporter>* out);

// "dot", "gexf", "graphml", "csv", "json", "svg", "png".
std::vector<std::string> ExportFormats();

// The csv export as two streams, in the format of `neo4j-admin database
// import`: nodes (id:ID,name,kind,aliases:string[],:LABEL) and relationships
// (:START_ID,:END_ID,:TYPE,weight:int,first_seen:date,last_seen:date).
// Errors as Exporter::Write.
Status WriteNeo4jCsv(const GraphReader& graph, const ExportOptions& options, std::ostream& nodes,
                     std::ostream& relationships);

}  // namespace kzgraph

#endif  // KZGRAPH_EXPORTER_H_
