// First cut of the extractor: runs the text stage and finds nothing yet. The
// extraction issue replaces it with dictionaries, discovery and relations.
#include "kzgraph/extractor.h"

#include "text/text.h"

namespace kzgraph {

Extractor::~Extractor() = default;

namespace {

class PlainExtractor : public Extractor {
 public:
  Status Extract(const Article& article, Extraction* out) const override {
    text::Document doc;
    text::Analyze(article, &doc);
    out->article = article;
    if (out->article.title.empty()) out->article.title = doc.title;
    if (out->article.date.empty()) out->article.date = doc.date;
    out->blocks = doc.blocks;
    out->sentences = doc.sentences;
    return Status::OK();
  }
  Status Explain(const Article& article, std::string* report) const override {
    Extraction x;
    Status s = Extract(article, &x);
    *report = std::to_string(x.sentences.size()) + " sentences\n";
    return s;
  }
};

}  // namespace

Status Extractor::Open(const ExtractorOptions&, std::unique_ptr<Extractor>* out) {
  *out = std::make_unique<PlainExtractor>();
  return Status::OK();
}

}  // namespace kzgraph
