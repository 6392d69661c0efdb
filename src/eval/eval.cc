// Scoring with the matching rules of the shared scorer (score.py): the same
// name normalisation, catalog resolution, symmetric keys, optional items and
// micro-averaging, and the same printed table.
#include "kzgraph/eval.h"

#include <rapidjson/document.h>
#include <unicode/normalizer2.h>
#include <unicode/uchar.h>
#include <unicode/unistr.h>

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <set>
#include <sstream>
#include <tuple>
#include <unordered_map>

namespace kzgraph {

double Counts::precision() const { return tp + fp ? static_cast<double>(tp) / (tp + fp) : 0.0; }
double Counts::recall() const { return tp + fn ? static_cast<double>(tp) / (tp + fn) : 0.0; }
double Counts::f1() const {
  double p = precision(), r = recall();
  return p + r ? 2 * p * r / (p + r) : 0.0;
}

namespace {

using Triple = std::tuple<std::string, std::string, std::string>;

// score.py's norm(): NFKD, combining marks dropped, lower case, anything but
// [0-9a-z] a separator, leading titles dropped while more than one word.
std::string Norm(std::string_view text) {
  UErrorCode err = U_ZERO_ERROR;
  const icu::Normalizer2* nfkd = icu::Normalizer2::getNFKDInstance(err);
  icu::UnicodeString src = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  icu::UnicodeString decomposed = U_SUCCESS(err) ? nfkd->normalize(src, err) : src;
  std::vector<std::string> words;
  std::string word;
  for (int32_t i = 0; i < decomposed.length();) {
    UChar32 cp = decomposed.char32At(i);
    i += U16_LENGTH(cp);
    if (u_getCombiningClass(cp) != 0) continue;
    if (cp >= 'A' && cp <= 'Z') cp += 'a' - 'A';
    if ((cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9')) {
      word.push_back(static_cast<char>(cp));
    } else if (!word.empty()) {
      words.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) words.push_back(std::move(word));
  static const std::set<std::string> kTitles = {"m",  "mr", "mme", "mrs", "ms", "dr",
                                                "le", "la", "les", "l",   "the"};
  size_t first = 0;
  while (words.size() - first > 1 && kTitles.count(words[first])) ++first;
  std::string out;
  for (size_t i = first; i < words.size(); ++i) {
    if (!out.empty()) out.push_back(' ');
    out += words[i];
  }
  return out;
}

struct Catalog {
  std::unordered_map<std::string, std::string> by_alias;  // norm -> id (first wins)

  std::string Resolve(const std::vector<std::string>& names) const {
    for (const std::string& n : names) {
      if (n.empty()) continue;
      auto it = by_alias.find(Norm(n));
      if (it != by_alias.end()) return it->second;
    }
    for (const std::string& n : names) {
      if (!n.empty()) return "?" + Norm(n);
    }
    return "?";
  }
};

struct GoldArticle {
  std::string file;
  std::set<std::string> entities, optional_entities;
  std::vector<std::vector<std::string>> relations, optional_relations;
};

struct Gold {
  Catalog catalog;
  std::set<std::string> symmetric;
  std::vector<GoldArticle> articles;
};

std::vector<std::string> Strings(const rapidjson::Value& obj, const char* key) {
  std::vector<std::string> out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray()) {
    if (v.IsString()) out.emplace_back(v.GetString(), v.GetStringLength());
  }
  return out;
}

std::vector<std::vector<std::string>> Triples(const rapidjson::Value& obj, const char* key) {
  std::vector<std::vector<std::string>> out;
  auto it = obj.FindMember(key);
  if (it == obj.MemberEnd() || !it->value.IsArray()) return out;
  for (const auto& v : it->value.GetArray()) {
    std::vector<std::string> t;
    if (v.IsArray()) {
      for (const auto& x : v.GetArray()) {
        if (x.IsString()) t.emplace_back(x.GetString(), x.GetStringLength());
      }
    }
    if (t.size() == 3) out.push_back(std::move(t));
  }
  return out;
}

Status LoadGold(const std::string& path, Gold* gold) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidArgument(path + ": no such file or directory");
  std::stringstream buf;
  buf << in.rdbuf();
  const std::string bytes = buf.str();
  rapidjson::Document d;
  d.Parse(bytes.c_str(), bytes.size());
  if (d.HasParseError() || !d.IsObject()) {
    return Status::InvalidArgument(path + ": not a JSON gold file (byte " +
                                   std::to_string(d.GetErrorOffset()) + ")");
  }
  auto catalog = d.FindMember("catalog");
  auto articles = d.FindMember("articles");
  if (catalog == d.MemberEnd() || !catalog->value.IsArray() || articles == d.MemberEnd() ||
      !articles->value.IsArray()) {
    return Status::InvalidArgument(path + ": gold file needs \"catalog\" and \"articles\" arrays");
  }
  for (const auto& e : catalog->value.GetArray()) {
    if (!e.IsObject() || !e.HasMember("id") || !e["id"].IsString()) {
      return Status::InvalidArgument(path + ": a catalog entry has no string \"id\"");
    }
    std::vector<std::string> names = {e["id"].GetString()};
    for (std::string& a : Strings(e, "aliases")) names.push_back(std::move(a));
    for (const std::string& n : names) gold->catalog.by_alias.emplace(Norm(n), names[0]);
  }
  for (const std::string& s : Strings(d, "symmetric")) gold->symmetric.insert(s);
  for (const auto& a : articles->value.GetArray()) {
    if (!a.IsObject() || !a.HasMember("file") || !a["file"].IsString()) {
      return Status::InvalidArgument(path + ": an article has no string \"file\"");
    }
    GoldArticle g;
    g.file = a["file"].GetString();
    for (std::string& e : Strings(a, "entities")) g.entities.insert(std::move(e));
    for (std::string& e : Strings(a, "optional_entities")) g.optional_entities.insert(std::move(e));
    g.relations = Triples(a, "relations");
    g.optional_relations = Triples(a, "optional_relations");
    gold->articles.push_back(std::move(g));
  }
  return Status::OK();
}

Triple Key(Triple t, const std::set<std::string>& symmetric) {
  auto& [s, p, o] = t;
  if (symmetric.count(p) && o < s) std::swap(s, o);
  return t;
}

std::string DocName(const Article& a) {
  const std::string& doc = a.source.empty() ? a.id : a.source;
  return std::filesystem::path(doc).filename().string();
}

// Pads to `width` code points, as Python's format does.
std::string PadRight(const std::string& s, size_t width) {
  size_t points = 0;
  for (unsigned char c : s) points += (c & 0xC0) != 0x80;
  return points >= width ? s : s + std::string(width - points, ' ');
}

std::string Fixed(double v, int width, int decimals) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%*.*f", width, decimals, v);
  return buf;
}

std::string Int(int v, int width) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%*d", width, v);
  return buf;
}

// One article's predictions: entities by id (the last record wins, as in a
// Python dict), relations in order.
struct PredictedDoc {
  std::unordered_map<std::string, const Entity*> entities;
  std::vector<std::string> entity_order;
  std::vector<const Relation*> relations;
};

}  // namespace

Status Evaluate(const std::string& gold_path, const std::vector<Extraction>& extractions,
                EvalReport* report) {
  Gold gold;
  if (Status s = LoadGold(gold_path, &gold); !s.ok()) return s;
  std::unordered_map<std::string, PredictedDoc> docs;
  for (const Extraction& x : extractions) {
    PredictedDoc& d = docs[DocName(x.article)];
    for (const Entity& e : x.entities) {
      if (!d.entities.count(e.id)) d.entity_order.push_back(e.id);
      d.entities[e.id] = &e;
    }
    for (const Relation& r : x.relations) d.relations.push_back(&r);
  }
  const Catalog& cat = gold.catalog;
  const PredictedDoc empty;
  *report = EvalReport{};
  for (const GoldArticle& art : gold.articles) {
    auto found = docs.find(art.file);
    const PredictedDoc& pd = found == docs.end() ? empty : found->second;
    auto res = [&](const std::string& ref) {
      auto it = pd.entities.find(ref);
      if (it == pd.entities.end()) return cat.Resolve({ref});
      std::vector<std::string> names = {it->second->id, it->second->name};
      names.insert(names.end(), it->second->aliases.begin(), it->second->aliases.end());
      return cat.Resolve(names);
    };
    std::set<std::string> pred_e;
    for (const std::string& id : pd.entity_order) pred_e.insert(res(id));
    Counts ec;
    std::vector<std::string> e_fp, e_fn;
    for (const std::string& e : pred_e) {
      if (art.entities.count(e)) {
        ++ec.tp;
      } else if (!art.optional_entities.count(e)) {
        ++ec.fp;
        e_fp.push_back(e);
      }
    }
    for (const std::string& e : art.entities) {
      if (!pred_e.count(e)) {
        ++ec.fn;
        e_fn.push_back(e);
      }
    }
    auto gold_set = [&](const std::vector<std::vector<std::string>>& triples) {
      std::set<Triple> out;
      for (const auto& t : triples) {
        out.insert(Key({cat.Resolve({t[0]}), t[1], cat.Resolve({t[2]})}, gold.symmetric));
      }
      return out;
    };
    const std::set<Triple> gold_r = gold_set(art.relations);
    const std::set<Triple> opt_r = gold_set(art.optional_relations);
    std::set<Triple> pred_r;
    for (const Relation* r : pd.relations) {
      pred_r.insert(Key({res(r->subject), r->predicate, res(r->object)}, gold.symmetric));
    }
    Counts rc;
    std::vector<Triple> r_fp, r_fn;
    for (const Triple& t : pred_r) {
      if (gold_r.count(t)) {
        ++rc.tp;
        ++report->per_type[std::get<1>(t)].tp;
      } else if (!opt_r.count(t)) {
        ++rc.fp;
        ++report->per_type[std::get<1>(t)].fp;
        r_fp.push_back(t);
      }
    }
    for (const Triple& t : gold_r) {
      if (!pred_r.count(t)) {
        ++rc.fn;
        ++report->per_type[std::get<1>(t)].fn;
        r_fn.push_back(t);
      }
    }
    report->entities.tp += ec.tp, report->entities.fp += ec.fp, report->entities.fn += ec.fn;
    report->relations.tp += rc.tp, report->relations.fp += rc.fp, report->relations.fn += rc.fn;
    report->per_article.push_back({art.file, {ec, rc}});
    // The -v block, formatted as score.py prints it.
    std::string detail = "\n== " + art.file + "\n";
    auto list = [&](const char* name, const std::vector<std::string>& items) {
      if (items.empty()) return;
      detail += std::string("  ") + name + ": ";
      for (size_t i = 0; i < items.size(); ++i) detail += (i ? "; " : "") + items[i];
      detail += "\n";
    };
    auto triples = [](const std::vector<Triple>& ts) {
      std::vector<std::string> out;
      for (const auto& [s, p, o] : ts) out.push_back(s + " " + p + " " + o);
      return out;
    };
    list("entity_fp", e_fp);
    list("entity_fn", e_fn);
    list("relation_fp", triples(r_fp));
    list("relation_fn", triples(r_fn));
    report->details.push_back(detail);
  }
  return Status::OK();
}

std::string FormatReport(const EvalReport& report, bool verbose) {
  std::string out = PadRight("article", 32) + "  ent P  ent R ent F1    rel P  rel R rel F1\n";
  for (const auto& [name, counts] : report.per_article) {
    const Counts& e = counts.first;
    const Counts& r = counts.second;
    out += PadRight(name, 32) + " " + Fixed(e.precision(), 6, 2) + " " + Fixed(e.recall(), 6, 2) +
           " " + Fixed(e.f1(), 6, 2) + "   " + Fixed(r.precision(), 6, 2) + " " +
           Fixed(r.recall(), 6, 2) + " " + Fixed(r.f1(), 6, 2) + "\n";
  }
  out += "\n" + PadRight("relation type", 16) + "      P      R     F1  tp fp fn\n";
  for (const auto& [type, c] : report.per_type) {
    out += PadRight(type, 16) + " " + Fixed(c.precision(), 6, 2) + " " + Fixed(c.recall(), 6, 2) +
           " " + Fixed(c.f1(), 6, 2) + "  " + Int(c.tp, 2) + " " + Int(c.fp, 2) + " " +
           Int(c.fn, 2) + "\n";
  }
  if (verbose) {
    for (const std::string& d : report.details) out += d;
  }
  const Counts& e = report.entities;
  const Counts& r = report.relations;
  out += "\nentities P=" + Fixed(e.precision(), 0, 3) + " R=" + Fixed(e.recall(), 0, 3) +
         " F1=" + Fixed(e.f1(), 0, 3) + " | relations P=" + Fixed(r.precision(), 0, 3) +
         " R=" + Fixed(r.recall(), 0, 3) + " F1=" + Fixed(r.f1(), 0, 3) + "\n";
  return out;
}

Status ReadPredictions(const std::string& path, std::vector<Extraction>* out,
                       std::vector<std::string>* warnings) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::InvalidArgument(path + ": no such file or directory");
  std::unordered_map<std::string, size_t> index;  // doc file name -> position in *out
  std::string line;
  size_t number = 0;
  auto text = [](const rapidjson::Value& obj, const char* key, const char* missing) {
    auto it = obj.FindMember(key);
    if (it == obj.MemberEnd()) return std::string(missing);
    if (it->value.IsString())
      return std::string(it->value.GetString(), it->value.GetStringLength());
    if (it->value.IsInt64()) return std::to_string(it->value.GetInt64());
    return std::string(missing);
  };
  while (std::getline(in, line)) {
    ++number;
    if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
    rapidjson::Document d;
    d.Parse(line.c_str(), line.size());
    if (d.HasParseError()) {
      warnings->push_back(path + ":" + std::to_string(number) + ": not JSON, skipped");
      continue;
    }
    if (!d.IsObject() || !d.HasMember("doc")) continue;
    const std::string doc = std::filesystem::path(text(d, "doc", "")).filename().string();
    const std::string type = text(d, "type", "");
    if (type != "entity" && type != "relation") continue;
    auto [it, added] = index.emplace(doc, out->size());
    if (added) {
      out->emplace_back();
      out->back().article.id = doc;
    }
    Extraction& x = (*out)[it->second];
    if (type == "entity") {
      Entity e;
      e.id = d.HasMember("id") ? text(d, "id", "") : text(d, "name", "");
      e.name = text(d, "name", "");
      e.kind = text(d, "kind", "");
      for (const std::string& a : [&] {
             std::vector<std::string> v;
             auto al = d.FindMember("aliases");
             if (al != d.MemberEnd() && al->value.IsArray()) {
               for (const auto& s : al->value.GetArray()) {
                 if (s.IsString()) v.emplace_back(s.GetString(), s.GetStringLength());
               }
             }
             return v;
           }()) {
        e.aliases.push_back(a);
      }
      x.entities.push_back(std::move(e));
    } else {
      Relation r;
      r.subject = text(d, "subject", "");
      r.predicate = text(d, "predicate", "None");  // str(None), as score.py
      r.object = text(d, "object", "");
      x.relations.push_back(std::move(r));
    }
  }
  return Status::OK();
}

}  // namespace kzgraph
