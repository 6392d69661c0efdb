#include "store/inspect.h"

#include "store/codec.h"
#include "store/rocks_store.h"

namespace kzgraph::store {
namespace {

std::string DescribeValue(Family family, std::string_view key, std::string_view value) {
  switch (family) {
    case kMeta: {
      if (!key.starts_with(kCounterPrefix)) return Escape(value);
      Reader reader(value);
      uint64_t v = 0;
      return reader.GetFixed64(&v) ? std::to_string(v) : "(bad counter) " + Escape(value);
    }
    case kNodes: {
      NodeRecord r;
      return DecodeNode(value, &r) ? DescribeNode(r) : "(undecodable) " + Escape(value);
    }
    case kOut:
    case kIn:
    case kEdges: {
      EdgeRecord r;
      return DecodeEdge(value, &r) ? DescribeEdge(r) : "(undecodable) " + Escape(value);
    }
    case kEvidence: {
      Evidence e;
      return DecodeEvidence(value, &e) ? DescribeEvidence(e) : "(undecodable) " + Escape(value);
    }
    case kArticles: {
      ArticleInfo a;
      return DecodeArticle(value, &a) ? DescribeArticle(a) : "(undecodable) " + Escape(value);
    }
    case kContrib: {
      Contribution c;
      return DecodeContribution(value, &c) ? DescribeContribution(c)
                                           : "(undecodable) " + Escape(value);
    }
    default:
      return Escape(value);
  }
}

int HexValue(char c) {
  if (c >= '0' && c <= '9') return c - '0';
  if (c >= 'a' && c <= 'f') return c - 'a' + 10;
  if (c >= 'A' && c <= 'F') return c - 'A' + 10;
  return -1;
}

}  // namespace

std::string Unescape(std::string_view text) {
  std::string out;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != '\\' || i + 1 == text.size()) {
      out.push_back(text[i]);
    } else if (text[i + 1] == '0') {
      out.push_back('\0');
      ++i;
    } else if (text[i + 1] == '\\') {
      out.push_back('\\');
      ++i;
    } else if (text[i + 1] == 'x' && i + 3 < text.size() && HexValue(text[i + 2]) >= 0 &&
               HexValue(text[i + 3]) >= 0) {
      out.push_back(static_cast<char>(HexValue(text[i + 2]) * 16 + HexValue(text[i + 3])));
      i += 3;
    } else {
      out.push_back(text[i]);
    }
  }
  return out;
}

Status Inspect(const Store& store, std::string_view family, std::string_view prefix, uint64_t limit,
               std::ostream& out) {
  const auto* rocks = dynamic_cast<const RocksStore*>(&store);
  if (rocks == nullptr) return Status::InvalidArgument("not a RocksDB store");
  const std::string raw_prefix = Unescape(prefix);
  bool matched = false;
  for (int f = 0; f < kFamilies; ++f) {
    const auto fam = static_cast<Family>(f);
    const std::string name = fam == kMeta ? "meta" : FamilyName(fam);
    if (!family.empty() && family != name && family != FamilyName(fam)) continue;
    matched = true;
    uint64_t shown = 0;
    Status s = rocks->Scan(fam, raw_prefix, [&](std::string_view key, std::string_view value) {
      out << name << '\t' << Escape(key) << '\t' << DescribeValue(fam, key, value) << '\n';
      return limit == 0 || ++shown < limit;
    });
    if (!s.ok()) return s;
  }
  if (!matched) {
    return Status::InvalidArgument(
        "unknown column family '" + std::string(family) +
        "' (meta, nodes, names, out, in, edges, evidence, articles, contrib)");
  }
  return Status::OK();
}

}  // namespace kzgraph::store
