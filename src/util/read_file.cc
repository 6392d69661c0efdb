#include "util/read_file.h"

#include <algorithm>
#include <filesystem>
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

Status ReadFolder(const std::string& dir, std::string_view extension,
                  std::vector<std::string>* files, std::vector<std::string>* texts) {
  namespace fs = std::filesystem;
  files->clear();
  texts->clear();
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) return Status::OK();
  for (const auto& entry : fs::directory_iterator(dir, ec)) {
    if (entry.path().extension() == extension) files->push_back(entry.path().string());
  }
  std::sort(files->begin(), files->end());
  texts->resize(files->size());
  for (size_t k = 0; k < files->size(); ++k) {
    if (!ReadWholeFile((*files)[k], &(*texts)[k]))
      return Status::InvalidArgument((*files)[k] + ": cannot open");
  }
  return Status::OK();
}

size_t CountLines(std::string_view data) {
  size_t lines = 0;
  for (size_t at = 0; at < data.size(); ++lines) {
    const size_t eol = data.find('\n', at);
    at = eol == std::string_view::npos ? data.size() : eol + 1;
  }
  return lines;
}

}  // namespace kzgraph
