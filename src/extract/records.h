// The JSONL records of `kzgraph extract --format jsonl` (see
// ../shared/eval/FORMAT.md): a "doc" header per article, then one "entity"
// per node and one "relation" per edge. `kzgraph load` reads them back, so an
// Extraction survives the round trip (text aside).
#ifndef KZGRAPH_SRC_EXTRACT_RECORDS_H_
#define KZGRAPH_SRC_EXTRACT_RECORDS_H_

#include <string>
#include <string_view>

#include "kzgraph/extraction.h"

namespace kzgraph {

// Appends the records of `x` to *out, one JSON object per line.
void AppendRecords(const Extraction& x, std::string* out);

// The same records, written into a buffer of the calling thread that the
// next call on this thread reuses: no copy for a caller that prints them.
std::string_view WriteRecords(const Extraction& x);

}  // namespace kzgraph

#endif  // KZGRAPH_SRC_EXTRACT_RECORDS_H_
