// The syntax tree of a Cypher query. The parser builds it; the binder fills
// in the slots (where each variable lives in a row) and canonical type and
// label names; the planner reads it. Print() renders it as an s-expression
// for tests and --explain.
#ifndef KZGRAPH_SRC_QUERY_AST_H_
#define KZGRAPH_SRC_QUERY_AST_H_

#include <cstdint>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "query/value.h"

namespace kzgraph::query {

enum class Op {
  kOr,
  kXor,
  kAnd,
  kNot,
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kIn,
  kStartsWith,
  kEndsWith,
  kContains,
  kIsNull,
  kIsNotNull,
  kAdd,
  kSub,
  kMul,
  kDiv,
  kMod,
  kPow,
  kNeg,
  kPos,
};
const char* OpName(Op op);

struct Expr;
using ExprPtr = std::unique_ptr<Expr>;

struct Expr {
  enum class Kind {
    kLiteral,    // literal
    kVariable,   // name -> slot
    kProperty,   // args[0].name
    kIndex,      // args[0][args[1]]
    kList,       // [args...]
    kMap,        // {keys[i]: args[i]}
    kUnary,      // op args[0]
    kBinary,     // args[0] op args[1]
    kCall,       // name(args...) ; distinct for count(DISTINCT x)
    kCountStar,  // count(*)
    kListComp,   // [name IN args[0] WHERE args[1] | args[2]] (null args when absent)
    kCase,       // CASE [args[0]] WHEN.. THEN.. ELSE: see Parser
    kAggRef,     // planner-made: the value of aggregate number `slot`
  };
  Kind kind = Kind::kLiteral;
  Value literal;
  std::string name;
  std::vector<std::string> keys;
  std::vector<ExprPtr> args;
  Op op = Op::kAnd;
  bool distinct = false;
  bool has_subject = false;   // kCase: CASE x WHEN ... (args[0] is x)
  bool has_else = false;      // kCase: the last arg is the ELSE value
  int slot = -1;              // bound variable slot (kVariable, kListComp)
  size_t begin = 0, end = 0;  // source bytes, for column names and errors
};

struct NodePattern {
  std::string var;  // empty: anonymous
  std::vector<std::string> labels;
  std::vector<std::pair<std::string, ExprPtr>> props;
  int slot = -1;
  size_t begin = 0;
};

enum class Direction { kOut, kIn, kBoth };  // (a)-->(b), (a)<--(b), (a)--(b)

struct RelPattern {
  std::string var;
  std::vector<std::string> types;  // alternatives; empty: any type
  std::vector<size_t> type_offsets;
  Direction dir = Direction::kBoth;
  bool var_length = false;
  int64_t min_hops = 1;
  int64_t max_hops = 1;  // -1: unbounded
  std::vector<std::pair<std::string, ExprPtr>> props;
  int slot = -1;
  size_t begin = 0;
};

struct PathPattern {
  enum class Kind { kPlain, kShortest, kAllShortest };
  Kind kind = Kind::kPlain;
  std::string path_var;
  int path_slot = -1;
  std::vector<NodePattern> nodes;  // nodes.size() == rels.size() + 1
  std::vector<RelPattern> rels;
  size_t begin = 0;
};

struct ReturnItem {
  ExprPtr expr;
  std::string alias;  // AS name, or the expression's text
  bool has_alias = false;
  int slot = -1;
};

struct SortItem {
  ExprPtr expr;
  bool descending = false;
};

struct Projection {
  bool distinct = false;
  bool star = false;  // RETURN * / WITH *
  std::vector<ReturnItem> items;
  std::vector<SortItem> order;
  ExprPtr skip, limit;
  ExprPtr where;  // WITH ... WHERE
};

struct Clause {
  enum class Kind { kMatch, kWith, kReturn, kUnwind, kCall, kCreate };
  Kind kind = Kind::kMatch;
  bool optional = false;              // OPTIONAL MATCH
  std::vector<PathPattern> patterns;  // MATCH, CREATE
  ExprPtr where;                      // MATCH ... WHERE
  Projection projection;              // WITH, RETURN
  ExprPtr unwind;                     // UNWIND expr AS alias
  std::string alias;
  int alias_slot = -1;
  std::string procedure;  // CALL kz.betweenness()
  std::vector<ExprPtr> arguments;
  std::vector<std::pair<std::string, std::string>> yields;  // (column, variable)
  bool yield_all = true;                                    // no YIELD: every column
  std::vector<int> yield_slots;
  size_t begin = 0;
  // Filled by the binder:
  std::vector<int> new_slots;  // MATCH: slots this clause binds (OPTIONAL fills them with null)
  std::vector<int> visible_before;  // WITH/RETURN: user variables in scope before projecting
  bool aggregates = false;          // WITH/RETURN: some item aggregates
};

struct Query {
  std::vector<Clause> clauses;
  int slot_count = 0;
  std::vector<std::string> slot_names;  // for plans and debugging
};

// Deterministic s-expression renderings.
std::string Print(const Expr& e);
std::string Print(const PathPattern& p);
std::string Print(const Query& q);

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_AST_H_
