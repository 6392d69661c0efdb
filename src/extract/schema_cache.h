// A binary copy of the loaded schema (dictionaries, --dict files, lexicon),
// kept in a per-user cache folder. A warm start copies flat arrays back
// instead of parsing some 9k lines, folding 50k phrases and laying out two
// phrase indexes. Format and key: schema/storage_format.md, "Schema cache".
#ifndef KZGRAPH_SRC_EXTRACT_SCHEMA_CACHE_H_
#define KZGRAPH_SRC_EXTRACT_SCHEMA_CACHE_H_

#include <cstdint>
#include <string>
#include <vector>

namespace kzgraph::extract {

class Dictionary;
class Lexicon;

// What a cache file must have been written from: the format version, the
// build identity of the code that loads the schema, and every input file
// (the dictionary and lexicon folders' files, the extra dictionaries) by
// path as given, canonical path, size, mtime, ctime and inode. `file` is
// the cache file in `cache_dir` for this set of inputs ("" when the key
// cannot be made: then there is no caching).
struct SchemaCacheKey {
  std::string bytes;
  std::string file;
};
SchemaCacheKey MakeSchemaCacheKey(const std::string& cache_dir, const std::string& schema_dir,
                                  const std::vector<std::string>& extra_dicts);

// Fills the empty *dict and *lex from the cache file key.file if it holds
// exactly key.bytes and its checksum holds; false otherwise (a missing,
// stale, foreign, truncated or corrupt file), with *dict and *lex then in
// an unspecified state: the caller loads fresh ones.
bool LoadSchemaCache(const SchemaCacheKey& key, Dictionary* dict, Lexicon* lex);

// Writes the loaded *dict and *lex to key.file (a temporary file renamed
// over it, the folder made if need be). Failing costs only the next start's
// speed: false, and nothing printed.
bool SaveSchemaCache(const SchemaCacheKey& key, const Dictionary& dict, const Lexicon& lex);

// The format version of the cache file (storage_format.md).
inline constexpr uint32_t kSchemaCacheVersion = 1;

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_SCHEMA_CACHE_H_
