// QuestionMapper: plain-word questions (English, French) -> Cypher, driven by
// schema/questions.tsv (verb forms per relation type, question templates).
// Actor names resolve through the graph's alias index (FindNodes), so
// "Poutine" finds Putin and "l'OTSC" finds the CSTO.
#ifndef KZGRAPH_SRC_QUERY_QUESTIONS_H_
#define KZGRAPH_SRC_QUERY_QUESTIONS_H_

#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/graph.h"
#include "kzgraph/ontology.h"
#include "kzgraph/status.h"

namespace kzgraph::query {

class QuestionMapper {
 public:
  // Reads a questions file. InvalidArgument naming the file and line for a
  // malformed line or a verb of a type the ontology lacks (when given).
  static Status Load(const std::string& path, const Ontology* ontology, QuestionMapper* out);
  static Status LoadDefault(const Ontology* ontology, QuestionMapper* out);

  // Maps `question` to Cypher in *cypher. InvalidArgument: "unknown actor
  // 'X'; did you mean ...?" when a name resolves to no node, or "question not
  // understood" followed by the forms understood.
  Status Map(const GraphReader& graph, std::string_view question, std::string* cypher) const;

  // The forms understood, one per line ("who <verb> whom", ...).
  std::string Forms() const;

 private:
  struct VerbForm {
    std::string type;
    std::string lang;
    bool base = false;
    std::vector<std::string> tokens;
  };
  struct Template {
    std::string lang;
    std::vector<std::string> pattern;  // tokens and slots ({V}, {VB}, {X}, {Y})
    std::string cypher;
    int line = 0;
  };
  struct Match {
    const Template* tmpl = nullptr;
    std::string type;
    std::vector<std::string> x, y;  // the tokens of each name
  };
  void MatchFrom(const Template& t, const std::vector<std::string>& q, size_t pi, size_t qi,
                 Match& current, std::vector<Match>* out) const;
  Status Resolve(const GraphReader& graph, const std::string& lang,
                 const std::vector<std::string>& tokens, std::vector<std::string>* ids) const;

  std::vector<VerbForm> verbs_;
  std::vector<Template> templates_;
  std::vector<std::pair<std::string, std::vector<std::string>>> strip_;  // lang -> words
  std::vector<std::pair<std::string, bool>> symmetric_;                  // type -> symmetric
};

// Splits folded text into words.
std::vector<std::string> FoldedWords(std::string_view text);

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_QUESTIONS_H_
