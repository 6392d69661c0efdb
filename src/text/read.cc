// First cut of article reading: plain text files only. The text issue adds
// HTML, JSONL, UTF-8 repair and binary detection.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "kzgraph/extractor.h"

namespace kzgraph {

Status ReadArticles(const std::string& path, std::vector<Article>* articles,
                    std::vector<std::string>* warnings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidArgument(path + ": cannot open");
  std::stringstream buf;
  buf << in.rdbuf();
  Article a;
  a.text = buf.str();
  if (a.text.empty()) return Status::InvalidArgument(path + ": empty file");
  a.source = path;
  a.id = std::filesystem::path(path).filename().string();
  articles->push_back(std::move(a));
  return Status::OK();
}

std::vector<std::string> ListInputs(const std::vector<std::string>& args,
                                    std::vector<std::string>* errors) {
  namespace fs = std::filesystem;
  std::vector<std::string> out;
  for (const std::string& arg : args) {
    std::error_code ec;
    if (arg == "-") {
      out.push_back(arg);
    } else if (fs::is_directory(arg, ec)) {
      std::vector<std::string> files;
      for (const auto& entry : fs::recursive_directory_iterator(arg, ec)) {
        if (entry.is_regular_file() && entry.path().filename().string()[0] != '.') {
          files.push_back(entry.path().string());
        }
      }
      std::sort(files.begin(), files.end());
      out.insert(out.end(), files.begin(), files.end());
    } else if (fs::exists(arg, ec)) {
      out.push_back(arg);
    } else {
      errors->push_back(arg + ": no such file or directory");
    }
  }
  return out;
}

}  // namespace kzgraph
