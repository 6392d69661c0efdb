// `kzgraph inspect`: raw keys and values of the store, escaped and decoded
// where the family's record format is known, for debugging (like leveldb's
// dump tools).
#ifndef KZGRAPH_SRC_STORE_INSPECT_H_
#define KZGRAPH_SRC_STORE_INSPECT_H_

#include <cstdint>
#include <ostream>
#include <string>
#include <string_view>

#include "kzgraph/store.h"

namespace kzgraph::store {

// Writes "FAMILY<TAB>KEY<TAB>VALUE" lines for the keys of `family` (every
// family when empty; "meta" names the default one) starting with `prefix`,
// at most `limit` lines per family (0: no limit). `prefix` may spell bytes
// as \0, \xNN and \\. InvalidArgument for an unknown family or a store that
// is not a RocksDB store.
Status Inspect(const Store& store, std::string_view family, std::string_view prefix, uint64_t limit,
               std::ostream& out);

// Reverses Escape(): "\0" -> NUL, "\xNN" -> byte, "\\" -> backslash.
std::string Unescape(std::string_view text);

}  // namespace kzgraph::store

#endif  // KZGRAPH_SRC_STORE_INSPECT_H_
