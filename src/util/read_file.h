// Reading whole files into memory, shared by the vocabulary loaders.
#ifndef KZGRAPH_SRC_UTIL_READ_FILE_H_
#define KZGRAPH_SRC_UTIL_READ_FILE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/status.h"

namespace kzgraph {

// Replaces *data with the whole of the file at `path`: sized first and read
// in one call, then read on to the end (a file still growing, a FIFO).
// False, with *data unspecified, if the file cannot be opened.
bool ReadWholeFile(const std::string& path, std::string* data);

// The files of the folder `dir` whose names end in `extension` (".tsv"), in
// name order, each read whole: (*texts)[k] is the text of (*files)[k].
// Reading them all first lets a loader size its tables once from their line
// counts. OK with no files when `dir` is not a folder; InvalidArgument naming
// the file if one cannot be opened.
Status ReadFolder(const std::string& dir, std::string_view extension,
                  std::vector<std::string>* files, std::vector<std::string>* texts);

// The lines of `data` (a last line without '\n' counts).
size_t CountLines(std::string_view data);

}  // namespace kzgraph

#endif  // KZGRAPH_SRC_UTIL_READ_FILE_H_
