#include "util/read_file.h"

#include <fstream>

namespace kzgraph {

bool ReadWholeFile(const std::string& path, std::string* data) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return false;
  // Its size first: one read into the string, no regrowth or copy.
  in.seekg(0, std::ios::end);
  const std::streamoff size = in.tellg();
  in.seekg(0, std::ios::beg);
  if (size > 0) {
    data->resize(static_cast<size_t>(size));
    in.read(data->data(), size);
    data->resize(static_cast<size_t>(in.gcount()));
  } else {
    data->clear();
  }
  // Anything past the size seen (a file still growing, a pipe): read on.
  char chunk[1 << 12];
  in.clear();
  while (in.read(chunk, sizeof chunk) || in.gcount() > 0) data->append(chunk, in.gcount());
  return true;
}

}  // namespace kzgraph
