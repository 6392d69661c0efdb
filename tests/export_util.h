// Helpers shared by the export tests: the fixture graphs, exporting to a
// file or string, and finding the schema files. Temp folders, file I/O and
// running commands come from test_util.h.
#ifndef KZGRAPH_TESTS_EXPORT_UTIL_H_
#define KZGRAPH_TESTS_EXPORT_UTIL_H_

#include <string>

#include "kzgraph/exporter.h"
#include "kzgraph/memory_graph.h"
#include "test_util.h"

namespace kzgraph::export_test {

// The January 2022 Kazakhstan unrest: 15 actors (one isolated), 15 typed
// edges with evidence from 5 articles dated 2022-01-05..2022-01-10.
MemoryGraph KazakhstanGraph();
// Names built to break writers: quotes, backslashes, <>&, line breaks,
// control characters, invalid UTF-8, emoji, a 10,000-character name, names
// differing only by case.
MemoryGraph HostileGraph();
// The 10,000-character name used in HostileGraph().
std::string LongName();

// Writes `graph` in `format` to the file `path`; REQUIREs success.
void ExportToFile(const GraphReader& graph, const std::string& format, const ExportOptions& options,
                  const std::string& path);
std::string ExportToString(const GraphReader& graph, const std::string& format,
                           const ExportOptions& options = {});

// Folder holding the schema set `name` ("gexf-1.3", "gexf-1.2draft",
// "graphml"): tests/schemas/<name> in the repo, else ../shared/schemas/<name>
// beside it; empty when neither exists.
std::string SchemaFolder(const std::string& name);

}  // namespace kzgraph::export_test

#endif  // KZGRAPH_TESTS_EXPORT_UTIL_H_
