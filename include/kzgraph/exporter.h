// Exporters: one interface, chosen by name (dot, gexf, graphml, csv, json,
// svg, png). Output is deterministic: same graph, same bytes.
#ifndef KZGRAPH_EXPORTER_H_
#define KZGRAPH_EXPORTER_H_

#include <memory>
#include <ostream>
#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/graph.h"
#include "kzgraph/status.h"

namespace kzgraph {

struct ExportOptions {
  std::string gexf_version = "1.3";  // or "1.2"
  std::vector<std::string> types;     // keep only these relation types (empty: all)
  std::string since, until;           // keep edges seen within [since, until] (ISO dates)
  uint32_t min_weight = 0;
};

class Exporter {
 public:
  virtual ~Exporter() = default;
  // Writes `graph`, filtered by `options`, to `out`. IOError if the stream
  // fails; the caller owns both.
  virtual Status Write(const GraphReader& graph, const ExportOptions& options,
                       std::ostream& out) const = 0;
};

// The exporter named `format`; InvalidArgument listing the known names.
Status MakeExporter(std::string_view format, std::unique_ptr<Exporter>* out);

}  // namespace kzgraph

#endif  // KZGRAPH_EXPORTER_H_
