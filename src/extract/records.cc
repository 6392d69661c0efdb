#include "extract/records.h"

#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

namespace kzgraph {
namespace {

using JsonWriter = rapidjson::Writer<rapidjson::StringBuffer>;

void Field(JsonWriter& w, const char* key, const std::string& value) {
  w.Key(key);
  w.String(value.data(), static_cast<rapidjson::SizeType>(value.size()));
}

void Line(rapidjson::StringBuffer& buf, std::string* out) {
  out->append(buf.GetString(), buf.GetSize());
  out->push_back('\n');
  buf.Clear();
}

}  // namespace

void AppendRecords(const Extraction& x, std::string* out) {
  const Article& a = x.article;
  const std::string& doc = a.source.empty() ? a.id : a.source;
  rapidjson::StringBuffer buf;
  {
    JsonWriter w(buf);
    w.StartObject();
    Field(w, "type", "doc");
    Field(w, "doc", doc);
    Field(w, "id", a.id);
    Field(w, "title", a.title);
    Field(w, "date", a.date);
    Field(w, "lang", a.lang);
    Field(w, "hash", a.content_hash);
    Field(w, "source", a.source);
    w.EndObject();
    Line(buf, out);
  }
  for (const Entity& e : x.entities) {
    JsonWriter w(buf);
    w.StartObject();
    Field(w, "type", "entity");
    Field(w, "doc", doc);
    Field(w, "id", e.id);
    Field(w, "name", e.name);
    Field(w, "kind", e.kind);
    w.Key("aliases");
    w.StartArray();
    for (const std::string& alias : e.aliases) w.String(alias.data(), alias.size());
    w.EndArray();
    w.EndObject();
    Line(buf, out);
  }
  for (const Relation& r : x.relations) {
    JsonWriter w(buf);
    w.StartObject();
    Field(w, "type", "relation");
    Field(w, "doc", doc);
    Field(w, "subject", r.subject);
    Field(w, "predicate", r.predicate);
    Field(w, "object", r.object);
    Field(w, "sentence", r.sentence);
    w.Key("start");
    w.Uint(r.span.begin);
    w.Key("end");
    w.Uint(r.span.end);
    Field(w, "rule", r.rule);
    w.Key("confidence");
    w.Double(r.confidence);
    w.EndObject();
    Line(buf, out);
  }
}

}  // namespace kzgraph
