// Helpers shared by the export tests: the fixture graphs, a temp folder,
// running external readers, and finding the schema files.
#ifndef KZGRAPH_TESTS_EXPORT_UTIL_H_
#define KZGRAPH_TESTS_EXPORT_UTIL_H_

#include <filesystem>
#include <string>

#include "kzgraph/exporter.h"
#include "kzgraph/memory_graph.h"

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

// A fresh folder under the system temp dir, removed on destruction.
class TempDir {
 public:
  TempDir();
  ~TempDir();
  const std::filesystem::path& path() const { return path_; }
  std::string File(const std::string& name) const { return (path_ / name).string(); }

 private:
  std::filesystem::path path_;
};

// Runs `command` through /bin/sh with stderr merged into stdout; returns the
// exit code and stores the output.
int RunCommand(const std::string& command, std::string* output);
// `text` single-quoted for /bin/sh.
std::string ShellQuote(const std::string& text);

// Writes `graph` in `format` to the file `path`; REQUIREs success.
void ExportToFile(const GraphReader& graph, const std::string& format, const ExportOptions& options,
                  const std::string& path);
std::string ExportToString(const GraphReader& graph, const std::string& format,
                           const ExportOptions& options = {});

std::string ReadFile(const std::string& path);
void WriteFile(const std::string& path, const std::string& content);

// Folder holding the schema set `name` ("gexf-1.3", "gexf-1.2draft",
// "graphml"): tests/schemas/<name> in the repo, else ../shared/schemas/<name>
// beside it; empty when neither exists.
std::string SchemaFolder(const std::string& name);

}  // namespace kzgraph::export_test

#endif  // KZGRAPH_TESTS_EXPORT_UTIL_H_
