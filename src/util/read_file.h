// Reading a whole file into memory, shared by the vocabulary loaders.
#ifndef KZGRAPH_SRC_UTIL_READ_FILE_H_
#define KZGRAPH_SRC_UTIL_READ_FILE_H_

#include <string>

namespace kzgraph {

// Replaces *data with the whole of the file at `path`: sized first and read
// in one call, then read on to the end (a file still growing, a FIFO).
// False, with *data unspecified, if the file cannot be opened.
bool ReadWholeFile(const std::string& path, std::string* data);

}  // namespace kzgraph

#endif  // KZGRAPH_SRC_UTIL_READ_FILE_H_
