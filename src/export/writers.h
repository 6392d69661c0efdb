// The writers behind MakeExporter, one per format, each turning an
// ExportGraph into bytes.
#ifndef KZGRAPH_SRC_EXPORT_WRITERS_H_
#define KZGRAPH_SRC_EXPORT_WRITERS_H_

#include <ostream>
#include <string>

#include "export/export_graph.h"
#include "kzgraph/exporter.h"

namespace kzgraph::exporting {

void WriteGexf(const ExportGraph& g, const std::string& version, std::ostream& out);
void WriteGraphml(const ExportGraph& g, std::ostream& out);
void WriteDot(const ExportGraph& g, const ExportOptions& options, std::ostream& out);
void WriteCytoscapeJson(const ExportGraph& g, std::ostream& out);
void WriteCsvNodes(const ExportGraph& g, std::ostream& out);
void WriteCsvRelationships(const ExportGraph& g, std::ostream& out);

// Pipes `dot_source` through Graphviz (`program` -T`format`) and appends its
// output to *rendered. IOError with the program's stderr when it cannot be
// started or fails.
Status RenderWithGraphviz(const std::string& program, const std::string& format,
                          const std::string& dot_source, std::string* rendered);

}  // namespace kzgraph::exporting

#endif  // KZGRAPH_SRC_EXPORT_WRITERS_H_
