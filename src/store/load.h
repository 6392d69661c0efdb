// `kzgraph load`: merges JSONL records into the store with the same
// semantics as ingest. Two kinds of lines may be mixed in one file:
//  - the records of `kzgraph extract --format jsonl`: a "doc" header, then
//    its "entity" and "relation" records; each doc group becomes one
//    Extraction and one Store::Ingest;
//  - a plain graph curated by hand: {"type":"node","id","kind","name",
//    "aliases","properties"} and {"type":"edge","source","target","label"
//    (or "relation"/"predicate"),"properties"}; all of a file's curated lines
//    form one pseudo-article "curated:<file name>", replaced as a whole when
//    the file is loaded again and removable with `kzgraph remove`.
#ifndef KZGRAPH_SRC_STORE_LOAD_H_
#define KZGRAPH_SRC_STORE_LOAD_H_

#include <cstdint>
#include <functional>
#include <istream>
#include <string>

#include "kzgraph/ontology.h"
#include "kzgraph/store.h"

namespace kzgraph::store {

struct LoadCounts {
  uint64_t articles = 0;  // doc groups and curated pseudo-articles stored
  uint64_t added = 0, replaced = 0, unchanged = 0;
  uint64_t bad_lines = 0;  // lines (or doc groups) reported and skipped
};

// Reads `in` (called `file` in messages) into `store`. Each bad line is
// passed to `report` as "FILE:LINE: message" and skipped; everything else is
// kept. A doc group with a bad line is stored without it, under a content
// hash marked "+partial" so that loading a repaired file replaces it.
// Returns non-OK only when the store itself fails, and then stops there.
// `progress`, if set, is called with the bytes read so far after each line.
Status LoadJsonl(std::istream& in, const std::string& file, const Ontology& ontology, Store* store,
                 LoadCounts* counts, const std::function<void(const std::string&)>& report,
                 const std::function<void(uint64_t bytes, const LoadCounts&)>& progress = {});

// The fast path for a curated graph file (bulk_load.h): when `store` holds
// nothing yet and `file` (a path, not stdin) holds only valid curated node
// and edge lines, stores its pseudo-article exactly as LoadJsonl would, in
// one atomic ingestion of sorted table files, and sets *used (counting it
// in *counts). Otherwise *used is false and nothing was written: use
// LoadJsonl. Non-OK only when the store fails.
Status TryBulkLoadCurated(const std::string& file, const Ontology& ontology, Store* store,
                          LoadCounts* counts, bool* used);

}  // namespace kzgraph::store

#endif  // KZGRAPH_SRC_STORE_LOAD_H_
