// MakeExporter: the format names and the Exporter each one maps to.
#include "kzgraph/exporter.h"

#include <filesystem>
#include <fstream>
#include <sstream>

#include "export/export_graph.h"
#include "export/writers.h"

namespace kzgraph {
namespace {

using exporting::BuildExportGraph;
using exporting::ExportGraph;

// Every single-stream format: build the filtered graph, then one writer.
class StreamExporter : public Exporter {
 public:
  using WriteFn = Status (*)(const ExportGraph&, const ExportOptions&, std::ostream&);
  StreamExporter(std::string_view format, WriteFn write) : format_(format), write_(write) {}

  std::string_view format() const override { return format_; }

  Status Write(const GraphReader& graph, const ExportOptions& options,
               std::ostream& out) const override {
    ExportGraph g;
    if (Status s = BuildExportGraph(graph, options, &g); !s.ok()) return s;
    if (Status s = write_(g, options, out); !s.ok()) return s;
    out.flush();
    if (!out) return Status::IOError(format_ + " export: write failed");
    return Status::OK();
  }

 private:
  std::string format_;
  WriteFn write_;
};

class CsvExporter : public Exporter {
 public:
  std::string_view format() const override { return "csv"; }
  bool writes_directory() const override { return true; }

  Status Write(const GraphReader&, const ExportOptions&, std::ostream&) const override {
    return Status::InvalidArgument(
        "csv export writes two files (nodes.csv, relationships.csv): give a folder with -o");
  }

  Status WriteToPath(const GraphReader& graph, const ExportOptions& options,
                     const std::string& path) const override {
    std::error_code ec;
    std::filesystem::create_directories(path, ec);
    if (ec) return Status::IOError(path + ": cannot create folder: " + ec.message());
    const std::string nodes_path = (std::filesystem::path(path) / "nodes.csv").string();
    const std::string edges_path = (std::filesystem::path(path) / "relationships.csv").string();
    std::ofstream nodes(nodes_path, std::ios::binary | std::ios::trunc);
    if (!nodes) return Status::IOError(nodes_path + ": cannot open for writing");
    std::ofstream edges(edges_path, std::ios::binary | std::ios::trunc);
    if (!edges) return Status::IOError(edges_path + ": cannot open for writing");
    if (Status s = WriteNeo4jCsv(graph, options, nodes, edges); !s.ok()) return s;
    nodes.close();
    edges.close();
    if (!nodes) return Status::IOError(nodes_path + ": write failed");
    if (!edges) return Status::IOError(edges_path + ": write failed");
    return Status::OK();
  }
};

Status WriteDotFormat(const ExportGraph& g, const ExportOptions& options, std::ostream& out) {
  exporting::WriteDot(g, options, out);
  return Status::OK();
}

Status WriteGexfFormat(const ExportGraph& g, const ExportOptions& options, std::ostream& out) {
  exporting::WriteGexf(g, options.gexf_version, out);
  return Status::OK();
}

Status WriteGraphmlFormat(const ExportGraph& g, const ExportOptions&, std::ostream& out) {
  exporting::WriteGraphml(g, out);
  return Status::OK();
}

Status WriteJsonFormat(const ExportGraph& g, const ExportOptions&, std::ostream& out) {
  exporting::WriteCytoscapeJson(g, out);
  return Status::OK();
}

// SVG and PNG: the DOT drawing rendered by Graphviz; sfdp for large graphs.
Status Render(const ExportGraph& g, const ExportOptions& options, const std::string& format,
              std::ostream& out) {
  std::ostringstream dot;
  exporting::WriteDot(g, options, dot);
  const std::string program = g.nodes.size() > options.large_graph_nodes ? "sfdp" : "dot";
  std::string rendered;
  if (Status s = exporting::RenderWithGraphviz(program, format, dot.str(), &rendered); !s.ok()) {
    return s;
  }
  out.write(rendered.data(), static_cast<std::streamsize>(rendered.size()));
  return Status::OK();
}

Status WriteSvgFormat(const ExportGraph& g, const ExportOptions& options, std::ostream& out) {
  return Render(g, options, "svg", out);
}

Status WritePngFormat(const ExportGraph& g, const ExportOptions& options, std::ostream& out) {
  return Render(g, options, "png", out);
}

}  // namespace

Status Exporter::WriteToPath(const GraphReader& graph, const ExportOptions& options,
                             const std::string& path) const {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  if (!out) return Status::IOError(path + ": cannot open for writing");
  if (Status s = Write(graph, options, out); !s.ok()) return s;
  out.close();
  if (!out) return Status::IOError(path + ": write failed");
  return Status::OK();
}

Status WriteNeo4jCsv(const GraphReader& graph, const ExportOptions& options, std::ostream& nodes,
                     std::ostream& relationships) {
  ExportGraph g;
  if (Status s = BuildExportGraph(graph, options, &g); !s.ok()) return s;
  exporting::WriteCsvNodes(g, nodes);
  exporting::WriteCsvRelationships(g, relationships);
  nodes.flush();
  relationships.flush();
  if (!nodes || !relationships) return Status::IOError("csv export: write failed");
  return Status::OK();
}

std::vector<std::string> ExportFormats() {
  return {"dot", "gexf", "graphml", "csv", "json", "svg", "png"};
}

Status MakeExporter(std::string_view format, std::unique_ptr<Exporter>* out) {
  if (format == "csv") {
    *out = std::make_unique<CsvExporter>();
    return Status::OK();
  }
  struct Entry {
    std::string_view name;
    StreamExporter::WriteFn write;
  };
  static constexpr Entry kEntries[] = {
      {"dot", WriteDotFormat},   {"gexf", WriteGexfFormat}, {"graphml", WriteGraphmlFormat},
      {"json", WriteJsonFormat}, {"svg", WriteSvgFormat},   {"png", WritePngFormat},
  };
  for (const Entry& e : kEntries) {
    if (e.name == format) {
      *out = std::make_unique<StreamExporter>(e.name, e.write);
      return Status::OK();
    }
  }
  std::string known;
  for (const std::string& name : ExportFormats()) known += (known.empty() ? "" : ", ") + name;
  return Status::InvalidArgument("unknown export format '" + std::string(format) +
                                 "' (known: " + known + ")");
}

}  // namespace kzgraph
