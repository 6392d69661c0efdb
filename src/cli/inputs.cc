#include "cli/inputs.h"

#include <iostream>

#include "kzgraph/extractor.h"

namespace kzgraph::cli {

int ForEachInputArticle(const std::vector<std::string>& args,
                        const std::function<void(Article&)>& fn) {
  std::vector<std::string> errors;
  const std::vector<std::string> files = ListInputs(args, &errors);
  int failures = static_cast<int>(errors.size());
  for (const std::string& e : errors) std::cerr << "kzgraph: " << e << "\n";
  for (const std::string& file : files) {
    std::vector<Article> articles;
    std::vector<std::string> warnings;
    Status s = ReadArticles(file, &articles, &warnings);
    for (const std::string& w : warnings) std::cerr << "kzgraph: warning: " << w << "\n";
    if (!s.ok()) {
      std::cerr << "kzgraph: " << s.message() << "\n";
      ++failures;
    }
    for (Article& a : articles) {
      fn(a);
      std::string().swap(a.text);  // done with it: free its bytes now
    }
  }
  return failures;
}

}  // namespace kzgraph::cli
