// Compact binary encoding of the store's keys and values: LEB128 varints,
// length-prefixed strings, fixed 64-bit doubles, and NUL-separated key parts.
// Nothing here touches RocksDB, so every record round-trips in unit tests.
#ifndef KZGRAPH_SRC_STORE_CODEC_H_
#define KZGRAPH_SRC_STORE_CODEC_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kzgraph::store {

void PutVarint(std::string* out, uint64_t v);
void PutString(std::string* out, std::string_view s);
void PutDouble(std::string* out, double v);
void PutFixed64(std::string* out, uint64_t v);  // little endian, for counters

// Reads a value encoded by the Put* functions from the front of its input.
// Every Get returns false (and leaves the reader failed) on truncated input.
class Reader {
 public:
  explicit Reader(std::string_view in) : in_(in) {}
  bool GetVarint(uint64_t* v);
  bool GetVarint32(uint32_t* v);
  bool GetString(std::string* s);
  bool GetDouble(double* v);
  bool GetFixed64(uint64_t* v);
  bool done() const { return in_.empty(); }
  bool failed() const { return failed_; }

 private:
  std::string_view in_;
  bool failed_ = false;
};

// Key parts are joined with one NUL byte; ids and types never contain NUL
// (Ingest refuses them), so the parts split back unambiguously and a prefix
// ending in NUL selects exactly the keys whose leading parts are equal.
std::string JoinKey(std::initializer_list<std::string_view> parts);
std::vector<std::string_view> SplitKey(std::string_view key);
// The smallest key greater than every key starting with `prefix`; empty when
// there is none (prefix empty or all 0xff).
std::string PrefixUpperBound(std::string_view prefix);

// Printable form of raw bytes for `kzgraph inspect`: control bytes, DEL and
// backslash escaped (\0, \xNN, \\); UTF-8 text left readable.
std::string Escape(std::string_view bytes);

}  // namespace kzgraph::store

#endif  // KZGRAPH_SRC_STORE_CODEC_H_
