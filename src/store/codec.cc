#include "store/codec.h"

#include <cstring>

namespace kzgraph::store {

void PutVarint(std::string* out, uint64_t v) {
  while (v >= 0x80) {
    out->push_back(static_cast<char>((v & 0x7f) | 0x80));
    v >>= 7;
  }
  out->push_back(static_cast<char>(v));
}

void PutString(std::string* out, std::string_view s) {
  PutVarint(out, s.size());
  out->append(s);
}

void PutFixed64(std::string* out, uint64_t v) {
  for (int i = 0; i < 8; ++i) out->push_back(static_cast<char>((v >> (8 * i)) & 0xff));
}

void PutDouble(std::string* out, double v) {
  uint64_t bits;
  std::memcpy(&bits, &v, sizeof bits);
  PutFixed64(out, bits);
}

bool Reader::GetVarint(uint64_t* v) {
  uint64_t result = 0;
  for (int shift = 0; shift <= 63 && !in_.empty(); shift += 7) {
    const auto byte = static_cast<unsigned char>(in_.front());
    in_.remove_prefix(1);
    result |= static_cast<uint64_t>(byte & 0x7f) << shift;
    if ((byte & 0x80) == 0) {
      *v = result;
      return true;
    }
  }
  failed_ = true;
  return false;
}

bool Reader::GetVarint32(uint32_t* v) {
  uint64_t wide = 0;
  if (!GetVarint(&wide) || wide > UINT32_MAX) return failed_ = true, false;
  *v = static_cast<uint32_t>(wide);
  return true;
}

bool Reader::GetString(std::string* s) {
  uint64_t size = 0;
  if (!GetVarint(&size) || size > in_.size()) return failed_ = true, false;
  s->assign(in_.data(), size);
  in_.remove_prefix(size);
  return true;
}

bool Reader::GetFixed64(uint64_t* v) {
  if (in_.size() < 8) return failed_ = true, false;
  uint64_t result = 0;
  for (int i = 0; i < 8; ++i)
    result |= static_cast<uint64_t>(static_cast<unsigned char>(in_[i])) << (8 * i);
  in_.remove_prefix(8);
  *v = result;
  return true;
}

bool Reader::GetDouble(double* v) {
  uint64_t bits = 0;
  if (!GetFixed64(&bits)) return false;
  std::memcpy(v, &bits, sizeof bits);
  return true;
}

std::string JoinKey(std::initializer_list<std::string_view> parts) {
  std::string key;
  size_t size = parts.size();
  for (std::string_view part : parts) size += part.size();
  key.reserve(size);
  bool first = true;
  for (std::string_view part : parts) {
    if (!first) key.push_back('\0');
    key.append(part);
    first = false;
  }
  return key;
}

std::vector<std::string_view> SplitKey(std::string_view key) {
  std::vector<std::string_view> parts;
  size_t start = 0;
  for (size_t i = 0; i <= key.size(); ++i) {
    if (i == key.size() || key[i] == '\0') {
      parts.push_back(key.substr(start, i - start));
      start = i + 1;
    }
  }
  return parts;
}

std::string PrefixUpperBound(std::string_view prefix) {
  std::string bound(prefix);
  while (!bound.empty()) {
    auto last = static_cast<unsigned char>(bound.back());
    if (last != 0xff) {
      bound.back() = static_cast<char>(last + 1);
      return bound;
    }
    bound.pop_back();
  }
  return bound;
}

std::string Escape(std::string_view bytes) {
  static const char kHex[] = "0123456789abcdef";
  std::string out;
  out.reserve(bytes.size());
  for (unsigned char c : bytes) {
    if (c == '\0') {
      out += "\\0";
    } else if (c == '\\') {
      out += "\\\\";
    } else if (c < 0x20 || c == 0x7f) {
      out += "\\x";
      out.push_back(kHex[c >> 4]);
      out.push_back(kHex[c & 15]);
    } else {
      out.push_back(static_cast<char>(c));
    }
  }
  return out;
}

}  // namespace kzgraph::store
