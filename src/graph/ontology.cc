#include "kzgraph/ontology.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "kzgraph/extractor.h"
#include "util/strings.h"

namespace kzgraph {
namespace {

template <typename T>
std::vector<std::string> Nearest(const std::vector<T>& items, std::string_view name) {
  const std::string key = AsciiLower(name);
  size_t best = std::string::npos;
  std::vector<std::string> out;
  for (const T& item : items) {
    size_t d = EditDistance(key, item.name);
    if (d < best) {
      best = d;
      out.clear();
    }
    if (d == best) out.push_back(item.name);
  }
  // Only plausible typos: at most a third of the word changed.
  if (best > std::max<size_t>(2, key.size() / 3)) out.clear();
  return out;
}

std::string GetString(const rapidjson::Value& obj, const char* field) {
  auto it = obj.FindMember(field);
  return it != obj.MemberEnd() && it->value.IsString() ? it->value.GetString() : "";
}

}  // namespace

Status Ontology::Load(const std::string& path, Ontology* out) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::IOError(path + ": cannot open");
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string text = buf.str();
  rapidjson::Document doc;
  doc.Parse(text.c_str(), text.size());
  if (doc.HasParseError()) {
    return Status::InvalidArgument(path + ": offset " + std::to_string(doc.GetErrorOffset()) +
                                   ": " + rapidjson::GetParseError_En(doc.GetParseError()));
  }
  if (!doc.IsObject() || !doc.HasMember("kinds") || !doc["kinds"].IsArray() ||
      !doc.HasMember("relation_types") || !doc["relation_types"].IsArray()) {
    return Status::InvalidArgument(path + ": needs arrays \"kinds\" and \"relation_types\"");
  }
  Ontology o;
  o.version_ = doc.HasMember("version") && doc["version"].IsInt() ? doc["version"].GetInt() : 0;
  for (const auto& k : doc["kinds"].GetArray()) {
    NodeKind kind{AsciiLower(GetString(k, "name")), GetString(k, "color"), GetString(k, "shape")};
    if (kind.name.empty()) return Status::InvalidArgument(path + ": a kind has no \"name\"");
    o.kinds_.push_back(std::move(kind));
  }
  for (const auto& t : doc["relation_types"].GetArray()) {
    RelationType type;
    type.name = AsciiLower(GetString(t, "name"));
    if (type.name.empty()) {
      return Status::InvalidArgument(path + ": a relation type has no \"name\"");
    }
    type.symmetric =
        t.HasMember("symmetric") && t["symmetric"].IsBool() && t["symmetric"].GetBool();
    type.label_fr = GetString(t, "label_fr");
    type.label_en = GetString(t, "label_en");
    type.color = GetString(t, "color");
    type.style = GetString(t, "style");
    o.types_.push_back(std::move(type));
  }
  *out = std::move(o);
  return Status::OK();
}

Status Ontology::LoadDefault(Ontology* out) { return Load(SchemaDir() + "/ontology.json", out); }

const NodeKind* Ontology::FindKind(std::string_view name) const {
  const std::string key = AsciiLower(name);
  for (const NodeKind& k : kinds_) {
    if (k.name == key) return &k;
  }
  return nullptr;
}

const RelationType* Ontology::FindType(std::string_view name) const {
  const std::string key = AsciiLower(name);
  for (const RelationType& t : types_) {
    if (t.name == key) return &t;
  }
  return nullptr;
}

std::vector<std::string> Ontology::SuggestType(std::string_view name) const {
  return Nearest(types_, name);
}

std::vector<std::string> Ontology::SuggestKind(std::string_view name) const {
  return Nearest(kinds_, name);
}

}  // namespace kzgraph
