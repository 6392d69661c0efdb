#include "store/load.h"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>

#include <filesystem>
#include <fstream>
#include <optional>

#include "store/bulk_load.h"
#include "store/rocks_store.h"

namespace kzgraph::store {
namespace {

using Json = rapidjson::Value;

// A field's string value; false (with *error set) when present but not a
// string. Absent fields read as "".
bool GetString(const Json& obj, const char* key, std::string* out, std::string* error) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) {
    out->clear();
    return true;
  }
  if (!it->value.IsString()) {
    *error = std::string("\"") + key + "\" must be a string";
    return false;
  }
  out->assign(it->value.GetString(), it->value.GetStringLength());
  return true;
}

bool GetRequired(const Json& obj, const char* key, std::string* out, std::string* error) {
  if (!GetString(obj, key, out, error)) return false;
  if (out->empty()) {
    *error = std::string("missing \"") + key + "\"";
    return false;
  }
  return true;
}

bool GetStrings(const Json& obj, const char* key, std::vector<std::string>* out,
                std::string* error) {
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || it->value.IsNull()) return true;
  if (!it->value.IsArray()) {
    *error = std::string("\"") + key + "\" must be an array of strings";
    return false;
  }
  for (const Json& v : it->value.GetArray()) {
    if (!v.IsString()) {
      *error = std::string("\"") + key + "\" must be an array of strings";
      return false;
    }
    out->emplace_back(v.GetString(), v.GetStringLength());
  }
  return true;
}

// Property values may be strings, numbers or booleans; all are kept as text.
bool GetProperties(const Json& obj, std::map<std::string, std::string>* out, std::string* error) {
  auto it = obj.FindMember("properties");
  if (it == obj.MemberEnd() || it->value.IsNull()) return true;
  if (!it->value.IsObject()) {
    *error = "\"properties\" must be an object";
    return false;
  }
  for (const auto& m : it->value.GetObject()) {
    std::string key(m.name.GetString(), m.name.GetStringLength());
    const Json& v = m.value;
    if (v.IsString()) {
      (*out)[key].assign(v.GetString(), v.GetStringLength());
    } else if (v.IsBool()) {
      (*out)[key] = v.GetBool() ? "true" : "false";
    } else if (v.IsInt64()) {
      (*out)[key] = std::to_string(v.GetInt64());
    } else if (v.IsNumber()) {
      (*out)[key] = std::to_string(v.GetDouble());
    } else {
      *error = "property \"" + key + "\" must be a string, number or boolean";
      return false;
    }
  }
  return true;
}

std::string Suggest(const std::vector<std::string>& names) {
  return names.empty() ? std::string() : " (did you mean " + names.front() + "?)";
}

bool CheckKind(const Ontology& o, const std::string& kind, std::string* error) {
  if (kind.empty() || kind == "unknown" || o.FindKind(kind) != nullptr) return true;
  *error = "unknown node kind '" + kind + "'" + Suggest(o.SuggestKind(kind));
  return false;
}

bool CheckType(const Ontology& o, const std::string& type, std::string* error) {
  if (o.FindType(type) != nullptr) return true;
  *error = "unknown relation type '" + type + "'" + Suggest(o.SuggestType(type));
  return false;
}

ArticleInfo CuratedArticle(const std::string& file) {
  ArticleInfo article;
  const bool stdin_input = file == "-";
  article.id = "curated:" + (stdin_input ? std::string("stdin")
                                         : std::filesystem::path(file).filename().string());
  article.title = "facts curated in " + (stdin_input ? std::string("stdin") : file);
  article.source = stdin_input ? "stdin" : file;
  return article;
}

class Loader {
 public:
  Loader(const std::string& file, const Ontology& ontology, Store* store, LoadCounts* counts,
         const std::function<void(const std::string&)>& report)
      : file_(file), ontology_(ontology), store_(store), counts_(counts), report_(report) {}

  // Bulk mode: curated lines go to `bulk`; any other record or bad line
  // abandons the bulk path (nothing reported: the normal pass will).
  void UseBulk(CuratedBulkBuilder* bulk) { bulk_ = bulk; }
  bool bulk_abandoned() const { return bulk_abandoned_; }

  // Returns non-OK only for a store failure.
  Status Line(std::string_view line, uint64_t line_no) {
    line_no_ = line_no;
    if (line.find_first_not_of(" \t\r") == std::string_view::npos) return Status::OK();
    rapidjson::Document doc;
    doc.Parse(line.data(), line.size());
    if (doc.HasParseError()) {
      return Bad(std::string("invalid JSON: ") + rapidjson::GetParseError_En(doc.GetParseError()) +
                 " at column " + std::to_string(doc.GetErrorOffset() + 1));
    }
    if (!doc.IsObject()) return Bad("not a JSON object");
    std::string type, error;
    if (!GetRequired(doc, "type", &type, &error)) return Bad(error);
    if (type == "doc") return Doc(doc);
    if (type == "entity") return EntityRecord(doc);
    if (type == "relation") return RelationRecord(doc);
    if (type == "node") return CuratedNode(doc);
    if (type == "edge") return CuratedEdge(doc, "");
    if (ontology_.FindType(type) != nullptr && doc.HasMember("source"))
      return CuratedEdge(doc, type);
    return Bad("unknown record type '" + type + "'");
  }

  Status Finish() {
    if (Status s = FlushDoc(); !s.ok()) return s;
    if (curated_nodes_.empty() && curated_edges_.empty()) return Status::OK();
    const ArticleInfo article = CuratedArticle(file_);
    IngestOutcome outcome;
    Status s = store_->IngestCurated(article, curated_nodes_, curated_edges_, &outcome);
    if (s.IsInvalidArgument()) {
      ++counts_->bad_lines;
      report_(Where(curated_first_line_) + s.message());
      return Status::OK();
    }
    if (!s.ok()) return s;
    Count(outcome);
    return Status::OK();
  }

 private:
  std::string Where(uint64_t line) const {
    return (file_ == "-" ? std::string("stdin") : file_) + ":" + std::to_string(line) + ": ";
  }

  Status Bad(const std::string& message) {
    if (bulk_ != nullptr) {
      bulk_abandoned_ = true;
      return Status::OK();
    }
    ++counts_->bad_lines;
    report_(Where(line_no_) + message);
    return Status::OK();
  }

  // A bad line of the current doc group: the group is stored without it.
  Status BadInGroup(const std::string& message) {
    group_->bad = true;
    return Bad(message);
  }

  void Count(IngestOutcome outcome) {
    ++counts_->articles;
    if (outcome == IngestOutcome::kAdded) ++counts_->added;
    if (outcome == IngestOutcome::kReplaced) ++counts_->replaced;
    if (outcome == IngestOutcome::kUnchanged) ++counts_->unchanged;
  }

  Status Doc(const Json& doc) {
    if (bulk_ != nullptr) return Bad("extract records: not a curated graph");
    if (Status s = FlushDoc(); !s.ok()) return s;
    Group g;
    g.line = line_no_;
    Article& a = g.x.article;
    std::string error, hash;
    if (!GetString(doc, "doc", &g.name, &error) || !GetString(doc, "id", &a.id, &error) ||
        !GetString(doc, "title", &a.title, &error) || !GetString(doc, "date", &a.date, &error) ||
        !GetString(doc, "lang", &a.lang, &error) ||
        !GetString(doc, "hash", &a.content_hash, &error) ||
        !GetString(doc, "source", &a.source, &error)) {
      return BadHeader(error);
    }
    if (a.id.empty()) a.id = g.name;
    if (g.name.empty()) g.name = a.id;
    if (a.id.empty()) return BadHeader("doc record without \"id\" or \"doc\"");
    group_ = std::move(g);
    return Status::OK();
  }

  // A bad header: its entity and relation records have nowhere to go, so
  // they are reported too (as outside any doc group).
  Status BadHeader(const std::string& error) {
    group_.reset();
    return Bad(error);
  }

  bool InGroup(const Json& record, std::string* error) {
    std::string doc;
    if (!GetString(record, "doc", &doc, error)) return false;
    if (!group_ || (!doc.empty() && doc != group_->name)) {
      *error = "record for doc '" + doc + "' outside its doc group (no \"doc\" header before it)";
      return false;
    }
    return true;
  }

  Status EntityRecord(const Json& record) {
    std::string error;
    Entity e;
    if (!InGroup(record, &error)) return Bad(error);
    if (!GetRequired(record, "id", &e.id, &error) || !GetString(record, "name", &e.name, &error) ||
        !GetString(record, "kind", &e.kind, &error) ||
        !GetStrings(record, "aliases", &e.aliases, &error) ||
        !CheckKind(ontology_, e.kind, &error)) {
      return BadInGroup(error);
    }
    group_->x.entities.push_back(std::move(e));
    return Status::OK();
  }

  Status RelationRecord(const Json& record) {
    std::string error;
    Relation r;
    if (!InGroup(record, &error)) return Bad(error);
    if (!GetRequired(record, "subject", &r.subject, &error) ||
        !GetRequired(record, "predicate", &r.predicate, &error) ||
        !GetRequired(record, "object", &r.object, &error) ||
        !GetString(record, "sentence", &r.sentence, &error) ||
        !GetString(record, "rule", &r.rule, &error) || !CheckType(ontology_, r.predicate, &error)) {
      return BadInGroup(error);
    }
    for (auto [key, field] : {std::pair{"start", &r.span.begin}, std::pair{"end", &r.span.end}}) {
      auto it = record.FindMember(key);
      if (it == record.MemberEnd()) continue;
      if (!it->value.IsUint())
        return BadInGroup(std::string("\"") + key + "\" must be a byte offset");
      *field = it->value.GetUint();
    }
    if (auto it = record.FindMember("confidence"); it != record.MemberEnd()) {
      if (!it->value.IsNumber()) return BadInGroup("\"confidence\" must be a number");
      r.confidence = it->value.GetDouble();
    }
    group_->x.relations.push_back(std::move(r));
    return Status::OK();
  }

  Status CuratedNode(const Json& record) {
    std::string error;
    Node n;
    if (!GetRequired(record, "id", &n.id, &error) || !GetString(record, "kind", &n.kind, &error) ||
        !GetString(record, "name", &n.name, &error) ||
        !GetStrings(record, "aliases", &n.aliases, &error) ||
        !GetProperties(record, &n.properties, &error) || !CheckKind(ontology_, n.kind, &error)) {
      return Bad(error);
    }
    if (curated_first_line_ == 0) curated_first_line_ = line_no_;
    if (bulk_ != nullptr) return bulk_->AddNode(std::move(n), &error) ? Status::OK() : Bad(error);
    curated_nodes_.push_back(std::move(n));
    return Status::OK();
  }

  Status CuratedEdge(const Json& record, const std::string& type_from_record) {
    std::string error;
    Edge e;
    e.type = type_from_record;
    for (const char* key : {"label", "relation", "predicate"}) {
      if (!e.type.empty()) break;
      if (!GetString(record, key, &e.type, &error)) return Bad(error);
    }
    if (e.type.empty()) return Bad("edge without \"label\"");
    if (!GetRequired(record, "source", &e.source, &error) ||
        !GetRequired(record, "target", &e.target, &error) ||
        !GetProperties(record, &e.properties, &error) || !CheckType(ontology_, e.type, &error)) {
      return Bad(error);
    }
    if (curated_first_line_ == 0) curated_first_line_ = line_no_;
    if (bulk_ != nullptr) return bulk_->AddEdge(e, &error) ? Status::OK() : Bad(error);
    curated_edges_.push_back(std::move(e));
    return Status::OK();
  }

  Status FlushDoc() {
    if (!group_) return Status::OK();
    Group g = std::move(*group_);
    group_.reset();
    if (g.bad && !g.x.article.content_hash.empty()) g.x.article.content_hash += "+partial";
    IngestOutcome outcome;
    Status s = store_->Ingest(g.x, &outcome);
    if (s.IsInvalidArgument()) {
      ++counts_->bad_lines;
      report_(Where(g.line) + s.message());
      return Status::OK();
    }
    if (!s.ok()) return s;
    Count(outcome);
    return Status::OK();
  }

  struct Group {
    std::string name;  // the records' "doc" key
    uint64_t line = 0;
    bool bad = false;
    Extraction x;
  };

  const std::string& file_;
  const Ontology& ontology_;
  Store* store_;
  LoadCounts* counts_;
  const std::function<void(const std::string&)>& report_;
  uint64_t line_no_ = 0;
  std::optional<Group> group_;
  std::vector<Node> curated_nodes_;
  std::vector<Edge> curated_edges_;
  CuratedBulkBuilder* bulk_ = nullptr;
  bool bulk_abandoned_ = false;
  uint64_t curated_first_line_ = 0;
};

}  // namespace

Status LoadJsonl(std::istream& in, const std::string& file, const Ontology& ontology, Store* store,
                 LoadCounts* counts, const std::function<void(const std::string&)>& report,
                 const std::function<void(uint64_t bytes, const LoadCounts&)>& progress) {
  try {
    Loader loader(file, ontology, store, counts, report);
    std::string line;
    uint64_t line_no = 0, bytes = 0;
    while (std::getline(in, line)) {
      bytes += line.size() + 1;
      if (Status s = loader.Line(line, ++line_no); !s.ok()) return s;
      if (progress) progress(bytes, *counts);
    }
    if (in.bad()) return Status::IOError(file + ": read error");
    return loader.Finish();
  } catch (const std::exception& e) {
    return Status::IOError(file + ": " + e.what());
  }
}

Status TryBulkLoadCurated(const std::string& file, const Ontology& ontology, Store* store,
                          LoadCounts* counts, bool* used) {
  *used = false;
  auto* rocks = dynamic_cast<RocksStore*>(store);
  if (rocks == nullptr || file == "-") return Status::OK();
  try {
    bool empty = false;
    if (Status s = rocks->HoldsNothing(&empty); !s.ok() || !empty) return s;
    std::ifstream in(file, std::ios::binary);
    if (!in) return Status::OK();  // the normal path reports it
    CuratedBulkBuilder bulk(ontology);
    LoadCounts ignored;
    const std::function<void(const std::string&)> report = [](const std::string&) {};
    Loader loader(file, ontology, store, &ignored, report);
    loader.UseBulk(&bulk);
    std::string line;
    uint64_t line_no = 0;
    while (!loader.bulk_abandoned() && std::getline(in, line)) {
      if (Status s = loader.Line(line, ++line_no); !s.ok()) return s;
    }
    if (loader.bulk_abandoned() || in.bad() || bulk.empty()) return Status::OK();
    if (Status s = bulk.Write(CuratedArticle(file), rocks, used); !s.ok()) return s;
    if (*used) ++counts->articles, ++counts->added;
    return Status::OK();
  } catch (const std::exception& e) {
    return Status::IOError(file + ": " + e.what());
  }
}

}  // namespace kzgraph::store
