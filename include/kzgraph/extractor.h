// Extractor: articles in, actors and typed edges out.
#ifndef KZGRAPH_EXTRACTOR_H_
#define KZGRAPH_EXTRACTOR_H_

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "kzgraph/extraction.h"
#include "kzgraph/status.h"

namespace kzgraph {

// Reads the articles of one file: plain text, HTML, or JSONL with
// {"id","title","date","url","lang","text"} per line. Appends to *articles.
// Fails with InvalidArgument (missing path, empty or binary file, no article),
// naming the file; a bad JSONL line is skipped with a warning naming the line.
// Warnings (repaired bytes, skipped lines) are appended to *warnings.
Status ReadArticles(const std::string& path, std::vector<Article>* articles,
                    std::vector<std::string>* warnings);

// Expands FILE|DIR arguments into the files to read, sorted, skipping hidden
// files. "-" stands for standard input. A missing path is reported in *errors
// ("path: no such file or directory") and the others are still listed.
std::vector<std::string> ListInputs(const std::vector<std::string>& args,
                                    std::vector<std::string>* errors);

struct ExtractorOptions {
  std::string schema_dir;               // empty: the default (see SchemaDir())
  std::vector<std::string> extra_dicts; // user dictionaries, same JSONL format
  // false: Extraction::mentions stays empty (entities, aliases and relations
  // are unchanged); for callers that do not read mentions, it bounds memory
  // on very long texts.
  bool keep_mentions = true;
  // A folder for a binary copy of the loaded schema (see README, "Schema
  // cache"): a later Open with the same inputs and build reads it instead of
  // parsing the schema. Empty: no cache. The CLI passes
  // DefaultSchemaCacheDir().
  std::string schema_cache_dir;
};

// The per-user schema cache folder: $KZGRAPH_SCHEMA_CACHE if set ("" when it
// is off, 0, no or false), else $XDG_CACHE_HOME/kzgraph, else
// $HOME/.cache/kzgraph ("" when neither is set).
std::string DefaultSchemaCacheDir();

// The schema folder: $KZGRAPH_SCHEMA if set, else the source tree's schema/
// when it exists, else the installed share/kzgraph/schema.
std::string SchemaDir();

class Extractor {
 public:
  // Loads dictionaries and trigger lexicons. On success *out owns a ready
  // extractor; on failure *out is untouched and the Status names the file and
  // line that could not be read.
  static Status Open(const ExtractorOptions& options, std::unique_ptr<Extractor>* out);
  virtual ~Extractor();

  // Cleans, splits and analyses one article. Never fails on odd text: the
  // worst case is an Extraction with warnings and no relations. Thread-safe.
  virtual Status Extract(const Article& article, Extraction* out) const = 0;
  // The same, taking `article` over instead of copying it into
  // out->article (its text may be long); `article` is left valid but
  // unspecified.
  Status Extract(Article&& article, Extraction* out) const {
    return ExtractOwned(std::move(article), out);
  }

  // Human-readable trace, sentence by sentence: the mentions found and the
  // rules that fired or were blocked (negation, missing argument).
  virtual Status Explain(const Article& article, std::string* report) const = 0;

 protected:
  // Extract(Article&&); by default a copy through Extract(const Article&).
  virtual Status ExtractOwned(Article&& article, Extraction* out) const {
    const Article owned = std::move(article);
    return Extract(owned, out);
  }
};

}  // namespace kzgraph

#endif  // KZGRAPH_EXTRACTOR_H_
