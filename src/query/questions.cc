#include "query/questions.h"

#include <algorithm>
#include <fstream>
#include <set>
#include <sstream>

#include "kzgraph/extractor.h"
#include "query/value.h"
#include "util/strings.h"

namespace kzgraph::query {
namespace {

std::vector<std::string> SplitTabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : line) {
    if (c == '\t') {
      out.push_back(cur);
      cur.clear();
    } else if (c != '\r') {
      cur.push_back(c);
    }
  }
  out.push_back(cur);
  return out;
}

std::vector<std::string> SplitBars(const std::string& s) {
  std::vector<std::string> out;
  std::stringstream in(s);
  std::string part;
  while (std::getline(in, part, '|')) {
    if (!part.empty()) out.push_back(part);
  }
  return out;
}

bool IsSlot(const std::string& token) { return token.size() > 2 && token.front() == '{'; }

std::string Join(const std::vector<std::string>& words, size_t from = 0) {
  std::string s;
  for (size_t i = from; i < words.size(); ++i) s += (i > from ? " " : "") + words[i];
  return s;
}

std::string IdList(const std::vector<std::string>& ids) {
  std::string s = "[";
  for (size_t i = 0; i < ids.size(); ++i) s += (i ? ", " : "") + QuoteCypherString(ids[i]);
  return s + "]";
}

void ReplaceAll(std::string* s, const std::string& from, const std::string& to) {
  for (size_t pos = 0; (pos = s->find(from, pos)) != std::string::npos; pos += to.size()) {
    s->replace(pos, from.size(), to);
  }
}

}  // namespace

std::vector<std::string> FoldedWords(std::string_view text) {
  std::vector<std::string> out;
  std::stringstream in(FoldName(text));
  std::string w;
  while (in >> w) out.push_back(w);
  return out;
}

Status QuestionMapper::Load(const std::string& path, const Ontology* ontology,
                            QuestionMapper* out) {
  std::ifstream in(path);
  if (!in) return Status::IOError(path + ": cannot open");
  QuestionMapper m;
  std::string line;
  int number = 0;
  while (std::getline(in, line)) {
    ++number;
    if (line.empty() || line[0] == '#' || line == "\r") continue;
    std::vector<std::string> f = SplitTabs(line);
    auto bad = [&](const std::string& why) {
      return Status::InvalidArgument(path + ":" + std::to_string(number) + ": " + why);
    };
    if (f[0] == "verb") {
      if (f.size() != 5) return bad("a verb line has 5 tab-separated fields");
      if (f[3] != "3s" && f[3] != "base") return bad("verb form kind must be 3s or base");
      if (ontology != nullptr && ontology->FindType(f[1]) == nullptr) {
        return bad("unknown relation type " + f[1]);
      }
      for (const std::string& form : SplitBars(f[4])) {
        VerbForm v{f[1], f[2], f[3] == "base", FoldedWords(form)};
        if (v.tokens.empty()) return bad("empty verb form");
        m.verbs_.push_back(std::move(v));
      }
    } else if (f[0] == "strip") {
      if (f.size() != 3) return bad("a strip line has 3 tab-separated fields");
      m.strip_.emplace_back(f[1], SplitBars(f[2]));
    } else if (f[0] == "question") {
      if (f.size() != 4) return bad("a question line has 4 tab-separated fields");
      Template t;
      t.lang = f[1];
      std::stringstream words(f[2]);
      std::string w;
      while (words >> w) {
        if (!IsSlot(w)) {
          for (const std::string& x : FoldedWords(w)) t.pattern.push_back(x);
          continue;
        }
        if (w != "{V}" && w != "{VB}" && w != "{X}" && w != "{Y}") return bad("unknown slot " + w);
        t.pattern.push_back(w);
      }
      t.cypher = f[3];
      t.line = number;
      m.templates_.push_back(std::move(t));
    } else {
      return bad("expected verb, strip or question, found " + f[0]);
    }
  }
  // Longest verb forms first, so "sends troops to" wins over "sends troops".
  std::stable_sort(m.verbs_.begin(), m.verbs_.end(), [](const VerbForm& a, const VerbForm& b) {
    return a.tokens.size() > b.tokens.size();
  });
  if (ontology != nullptr) {
    for (const RelationType& t : ontology->relation_types())
      m.symmetric_.emplace_back(t.name, t.symmetric);
  }
  *out = std::move(m);
  return Status::OK();
}

Status QuestionMapper::LoadDefault(const Ontology* ontology, QuestionMapper* out) {
  return Load(SchemaDir() + "/questions.tsv", ontology, out);
}

void QuestionMapper::MatchFrom(const Template& t, const std::vector<std::string>& q, size_t pi,
                               size_t qi, Match& current, std::vector<Match>* out) const {
  if (out->size() > 64) return;  // enough alternatives to choose from
  if (pi == t.pattern.size()) {
    if (qi == q.size()) out->push_back(current);
    return;
  }
  const std::string& p = t.pattern[pi];
  if (p == "{V}" || p == "{VB}") {
    const bool base = p == "{VB}";
    for (const VerbForm& v : verbs_) {
      if (v.base != base || v.lang != t.lang || qi + v.tokens.size() > q.size()) continue;
      if (!std::equal(v.tokens.begin(), v.tokens.end(), q.begin() + static_cast<long>(qi)))
        continue;
      std::string saved = current.type;
      current.type = v.type;
      MatchFrom(t, q, pi + 1, qi + v.tokens.size(), current, out);
      current.type = saved;
    }
    return;
  }
  if (p == "{X}" || p == "{Y}") {
    std::vector<std::string>& name = p == "{X}" ? current.x : current.y;
    for (size_t end = qi + 1; end <= q.size(); ++end) {
      name.assign(q.begin() + static_cast<long>(qi), q.begin() + static_cast<long>(end));
      MatchFrom(t, q, pi + 1, end, current, out);
    }
    name.clear();
    return;
  }
  if (qi < q.size() && q[qi] == p) MatchFrom(t, q, pi + 1, qi + 1, current, out);
}

Status QuestionMapper::Resolve(const GraphReader& graph, const std::string& lang,
                               const std::vector<std::string>& tokens,
                               std::vector<std::string>* ids) const {
  std::vector<std::string> words = tokens;
  const std::vector<std::string>* strip = nullptr;
  for (const auto& [l, list] : strip_) {
    if (l == lang) strip = &list;
  }
  while (!words.empty()) {
    ids->clear();
    if (Status s = graph.FindNodes(Join(words), ids); !s.ok()) return s;
    if (!ids->empty()) {
      std::sort(ids->begin(), ids->end());
      ids->erase(std::unique(ids->begin(), ids->end()), ids->end());
      return Status::OK();
    }
    if (strip == nullptr || std::find(strip->begin(), strip->end(), words[0]) == strip->end())
      break;
    words.erase(words.begin());
  }
  // Not found: suggest the closest names (a scan, on the error path only).
  const std::string wanted = Join(words.empty() ? tokens : words);
  std::vector<std::pair<size_t, std::string>> near;
  size_t limit = std::max<size_t>(2, wanted.size() / 3);
  Status s = graph.ForEachNode([&](const Node& n) {
    size_t best = EditDistance(wanted, FoldName(n.name));
    best = std::min(best, EditDistance(wanted, FoldName(n.id)));
    for (const std::string& a : n.aliases) best = std::min(best, EditDistance(wanted, FoldName(a)));
    if (best <= limit) near.emplace_back(best, n.name == n.id ? n.id : n.name + " (" + n.id + ")");
    return true;
  });
  if (!s.ok()) return s;
  std::sort(near.begin(), near.end());
  std::string msg = "unknown actor '" + Join(tokens) + "'";
  if (!near.empty()) {
    msg += "; did you mean ";
    for (size_t i = 0; i < near.size() && i < 3; ++i) msg += (i ? ", " : "") + near[i].second;
    msg += "?";
  }
  return Status::NotFound(msg);
}

Status QuestionMapper::Map(const GraphReader& graph, std::string_view question,
                           std::string* cypher) const {
  const std::vector<std::string> q = FoldedWords(question);
  if (q.empty()) return Status::InvalidArgument("empty question\n" + Forms());
  Status first_failure;
  for (const Template& t : templates_) {
    std::vector<Match> matches;
    Match current;
    current.tmpl = &t;
    MatchFrom(t, q, 0, 0, current, &matches);
    for (const Match& m : matches) {
      std::vector<std::string> x, y;
      if (!m.x.empty()) {
        if (Status s = Resolve(graph, t.lang, m.x, &x); !s.ok()) {
          if (!s.IsNotFound()) return s;
          if (first_failure.ok()) first_failure = s;
          continue;
        }
      }
      if (!m.y.empty()) {
        if (Status s = Resolve(graph, t.lang, m.y, &y); !s.ok()) {
          if (!s.IsNotFound()) return s;
          if (first_failure.ok()) first_failure = s;
          continue;
        }
      }
      std::string out = t.cypher;
      bool symmetric = false;
      for (const auto& [type, sym] : symmetric_) {
        if (type == m.type) symmetric = sym;
      }
      ReplaceAll(&out, "{TYPE}", m.type);
      ReplaceAll(&out, "{ARROW}", symmetric ? "-" : "->");
      ReplaceAll(&out, "{X}", IdList(x));
      ReplaceAll(&out, "{Y}", IdList(y));
      *cypher = std::move(out);
      return Status::OK();
    }
  }
  if (!first_failure.ok()) return Status::InvalidArgument(first_failure.message());
  return Status::InvalidArgument("question not understood: \"" + std::string(question) + "\"\n" +
                                 Forms());
}

std::string QuestionMapper::Forms() const {
  std::string s = "Questions understood (X, Y: actor names; <verb>: a relation below):\n";
  std::set<std::string> shown;
  for (const Template& t : templates_) {
    std::string form;
    for (const std::string& p : t.pattern) {
      std::string w =
          p == "{V}" || p == "{VB}" ? "<verb>" : (p == "{X}" ? "X" : (p == "{Y}" ? "Y" : p));
      form += (form.empty() ? "" : " ") + w;
    }
    if (shown.insert(form).second) s += "  [" + t.lang + "] " + form + "\n";
  }
  std::set<std::string> types;
  for (const VerbForm& v : verbs_) {
    if (!v.base) types.insert(v.type + " (" + v.lang + ": " + Join(v.tokens) + ")");
  }
  s += "Relations (one verb form each; more in schema/questions.tsv):\n";
  std::set<std::string> seen_type_lang;
  for (const VerbForm& v : verbs_) {
    if (v.base) continue;
    if (!seen_type_lang.insert(v.type + "/" + v.lang).second) continue;
  }
  std::string line;
  std::set<std::string> listed;
  for (auto it = verbs_.rbegin(); it != verbs_.rend(); ++it) {
    // The shortest form of each type and language reads best.
    if (it->base || !listed.insert(it->type + "/" + it->lang).second) continue;
    s += "  " + it->type + " [" + it->lang + "]: " + Join(it->tokens) + "\n";
  }
  s += "Or write Cypher: MATCH (a)-[r:accuses]->(b) RETURN a.name, b.name";
  return s;
}

}  // namespace kzgraph::query
