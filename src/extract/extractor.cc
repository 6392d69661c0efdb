// The extractor: text stage, then the engine (mentions and relations) over
// the dictionaries of schema/dict and the lexicon of schema/lexicon.
#include "kzgraph/extractor.h"

#include <filesystem>

#include "extract/date_infer.h"
#include "extract/engine.h"
#include "extract/schema_cache.h"
#include "text/headline.h"
#include "text/text.h"

namespace kzgraph {

Extractor::~Extractor() = default;

namespace {

class RuleExtractor : public Extractor {
 public:
  explicit RuleExtractor(std::unique_ptr<extract::Resources> res) : res_(std::move(res)) {}

  Status Extract(const Article& article, Extraction* out) const override {
    *out = Extraction();
    out->article = article;
    Run(out, nullptr);
    return Status::OK();
  }

  Status Explain(const Article& article, std::string* report) const override {
    Extraction x;
    report->clear();
    x.article = article;
    Run(&x, report);
    *report += "relations:\n";
    for (const Relation& r : x.relations) {
      *report += "  " + r.subject + " -" + r.predicate + "-> " + r.object + "  [" + r.rule + ", " +
                 std::to_string(r.confidence).substr(0, 4) + "]\n";
    }
    if (x.relations.empty()) *report += "  (none)\n";
    return Status::OK();
  }

 private:
  // Runs over out->article, the only copy of the article.
  void Run(Extraction* out, std::string* trace) const {
    // A headline given apart from the body is read with it, as its first line.
    text::PutHeadlineAboveBody(out->article.title, &out->article.text);
    const Article& article = out->article;
    text::Document doc;
    // The engine splits its own words per sentence: no document-wide tokens.
    text::AnalyzeOptions options;
    options.tokens = false;
    text::Analyze(article, &doc, options);
    if (out->article.title.empty()) out->article.title = doc.title;
    if (out->article.date.empty()) out->article.date = doc.date;
    if (out->article.date.empty() && !doc.date_month_day.empty()) {
      // "7 janv.": the year from a weekday or the years the text mentions.
      out->article.date =
          extract::InferDate(doc.date_month_day, article.text, extract::CurrentYear());
    }
    out->blocks = std::move(doc.blocks);
    out->sentences = std::move(doc.sentences);
    extract::RunEngine(*res_, out, trace);
  }

  Status ExtractOwned(Article&& article, Extraction* out) const override {
    *out = Extraction();
    out->article = std::move(article);
    Run(out, nullptr);
    return Status::OK();
  }

  std::unique_ptr<extract::Resources> res_;
};

}  // namespace

Status Extractor::Open(const ExtractorOptions& options, std::unique_ptr<Extractor>* out) {
  try {
    auto res = std::make_unique<extract::Resources>();
    const std::string schema = options.schema_dir.empty() ? SchemaDir() : options.schema_dir;
    const extract::SchemaCacheKey key =
        options.schema_cache_dir.empty()
            ? extract::SchemaCacheKey()
            : extract::MakeSchemaCacheKey(options.schema_cache_dir, schema, options.extra_dicts);
    if (!extract::LoadSchemaCache(key, &res->dict, &res->lex)) {
      // Nothing of a failed read kept.
      if (!key.file.empty()) res = std::make_unique<extract::Resources>();
      if (Status s = res->dict.LoadDir(schema + "/dict"); !s.ok()) return s;
      for (const std::string& f : options.extra_dicts) {
        if (Status s = res->dict.LoadFile(f); !s.ok()) return s;
      }
      if (Status s = res->lex.LoadDir(schema + "/lexicon"); !s.ok()) return s;
      extract::SaveSchemaCache(key, res->dict, res->lex);
    }
    res->cls.Init(&res->lex);
    res->keep_mentions = options.keep_mentions;
    res->IndexWords();
    *out = std::make_unique<RuleExtractor>(std::move(res));
    return Status::OK();
  } catch (const std::exception& e) {
    return Status::IOError(std::string("cannot load the extractor's schema: ") + e.what());
  }
}

}  // namespace kzgraph
