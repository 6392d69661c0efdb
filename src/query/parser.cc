#include "query/parser.h"

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstdlib>

#include "query/lexer.h"

namespace kzgraph::query {
namespace {

constexpr int kMaxDepth = 200;

std::string Upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return out;
}

bool IsReserved(const std::string& upper) {
  static const char* const kWords[] = {
      "MATCH", "OPTIONAL",  "WHERE",      "RETURN",   "WITH",  "UNWIND", "CALL",
      "YIELD", "CREATE",    "ORDER",      "BY",       "SKIP",  "LIMIT",  "ASC",
      "DESC",  "ASCENDING", "DESCENDING", "DISTINCT", "AND",   "OR",     "XOR",
      "NOT",   "IN",        "IS",         "NULL",     "TRUE",  "FALSE",  "STARTS",
      "ENDS",  "CONTAINS",  "AS",         "CASE",     "WHEN",  "THEN",   "ELSE",
      "END",   "UNION",     "DELETE",     "SET",      "MERGE", "REMOVE", "DETACH"};
  for (const char* w : kWords) {
    if (upper == w) return true;
  }
  return false;
}

class Parser {
 public:
  Parser(std::string_view text, std::vector<Token> tokens)
      : text_(text), tokens_(std::move(tokens)) {}

  Status ParseQuery(Query* out) {
    if (Peek().kind == Tok::kEnd) return Error(Peek(), "empty query");
    if (IsKeyword("EXPLAIN")) Next();  // accepted for familiarity; --explain does the work
    while (Peek().kind != Tok::kEnd && Peek().kind != Tok::kSemicolon) {
      Clause clause;
      if (Status s = ParseClause(&clause); !s.ok()) return s;
      out->clauses.push_back(std::move(clause));
    }
    if (Peek().kind == Tok::kSemicolon) Next();
    if (Peek().kind != Tok::kEnd) return Error(Peek(), "only one query is allowed");
    return Status::OK();
  }

 private:
  const Token& Peek(size_t ahead = 0) const {
    size_t i = std::min(pos_ + ahead, tokens_.size() - 1);
    return tokens_[i];
  }
  const Token& Next() {
    const Token& t = tokens_[pos_];
    if (pos_ + 1 < tokens_.size()) ++pos_;
    return t;
  }
  bool IsKeyword(const char* word, size_t ahead = 0) const {
    const Token& t = Peek(ahead);
    return t.kind == Tok::kIdent && !t.quoted && Upper(t.text) == word;
  }
  bool AcceptKeyword(const char* word) {
    if (!IsKeyword(word)) return false;
    Next();
    return true;
  }
  bool Accept(Tok kind) {
    if (Peek().kind != kind) return false;
    Next();
    return true;
  }
  static std::string Shown(const Token& t) {
    if (t.kind == Tok::kEnd) return "end of input";
    if (t.kind == Tok::kString) return "the string '" + t.text + "'";
    return "'" + t.text + "'";
  }
  Status Error(const Token& at, const std::string& msg) const {
    size_t offset = at.offset;
    // "found end of input" points just past the last token, not at trailing blank lines.
    if (at.kind == Tok::kEnd && tokens_.size() > 1) offset = tokens_[tokens_.size() - 2].end;
    return Status::InvalidArgument("SyntaxError: " + PositionedMessage(text_, offset, msg));
  }
  Status Expected(const std::string& what) const {
    return Error(Peek(), "expected " + what + " but found " + Shown(Peek()));
  }
  Status Expect(Tok kind) {
    if (Accept(kind)) return Status::OK();
    return Expected(TokName(kind));
  }
  Status ExpectKeyword(const char* word) {
    if (AcceptKeyword(word)) return Status::OK();
    return Expected(word);
  }
  // A variable or other symbolic name that is not a reserved word.
  Status ParseName(const char* what, std::string* out) {
    const Token& t = Peek();
    if (t.kind != Tok::kIdent) return Expected(what);
    if (!t.quoted && IsReserved(Upper(t.text))) {
      return Error(t, "expected " + std::string(what) + " but found the keyword " + Upper(t.text));
    }
    *out = Next().text;
    return Status::OK();
  }
  // Label, type and property names may be keywords (n.end, :LIMIT).
  Status ParseSymbol(const char* what, std::string* out) {
    if (Peek().kind != Tok::kIdent) return Expected(what);
    *out = Next().text;
    return Status::OK();
  }

  Status ParseClause(Clause* c) {
    const Token& start = Peek();
    c->begin = start.offset;
    if (AcceptKeyword("MATCH")) {
      c->kind = Clause::Kind::kMatch;
      return ParseMatchBody(c);
    }
    if (AcceptKeyword("OPTIONAL")) {
      if (Status s = ExpectKeyword("MATCH"); !s.ok()) return s;
      c->kind = Clause::Kind::kMatch;
      c->optional = true;
      return ParseMatchBody(c);
    }
    if (AcceptKeyword("WITH")) {
      c->kind = Clause::Kind::kWith;
      if (Status s = ParseProjection(&c->projection); !s.ok()) return s;
      if (AcceptKeyword("WHERE")) return ParseExpr(&c->projection.where);
      return Status::OK();
    }
    if (AcceptKeyword("RETURN")) {
      c->kind = Clause::Kind::kReturn;
      return ParseProjection(&c->projection);
    }
    if (AcceptKeyword("UNWIND")) {
      c->kind = Clause::Kind::kUnwind;
      if (Status s = ParseExpr(&c->unwind); !s.ok()) return s;
      if (Status s = ExpectKeyword("AS"); !s.ok()) return s;
      return ParseName("a variable", &c->alias);
    }
    if (AcceptKeyword("CALL")) {
      c->kind = Clause::Kind::kCall;
      return ParseCall(c);
    }
    if (AcceptKeyword("CREATE")) {
      c->kind = Clause::Kind::kCreate;
      return ParsePatterns(c);
    }
    if (start.kind == Tok::kIdent &&
        (IsKeyword("DELETE") || IsKeyword("SET") || IsKeyword("MERGE") || IsKeyword("REMOVE") ||
         IsKeyword("DETACH"))) {
      return Error(start, Upper(start.text) + " is not supported: queries only read the graph");
    }
    return Error(start,
                 "expected a clause (MATCH, OPTIONAL MATCH, WITH, RETURN, UNWIND, CALL) "
                 "but found " +
                     Shown(start));
  }

  Status ParseMatchBody(Clause* c) {
    if (Status s = ParsePatterns(c); !s.ok()) return s;
    if (AcceptKeyword("WHERE")) return ParseExpr(&c->where);
    return Status::OK();
  }

  Status ParsePatterns(Clause* c) {
    do {
      PathPattern p;
      if (Status s = ParsePathPattern(&p); !s.ok()) return s;
      c->patterns.push_back(std::move(p));
    } while (Accept(Tok::kComma));
    return Status::OK();
  }

  Status ParsePathPattern(PathPattern* p) {
    p->begin = Peek().offset;
    if (Peek().kind == Tok::kIdent && Peek(1).kind == Tok::kEq) {
      if (Status s = ParseName("a path variable", &p->path_var); !s.ok()) return s;
      Next();  // '='
    }
    bool shortest = false;
    if (Peek().kind == Tok::kIdent && Peek(1).kind == Tok::kLParen) {
      std::string word = Upper(Peek().text);
      if (word == "SHORTESTPATH" || word == "ALLSHORTESTPATHS") {
        p->kind =
            word == "SHORTESTPATH" ? PathPattern::Kind::kShortest : PathPattern::Kind::kAllShortest;
        Next();
        Next();
        shortest = true;
      } else {
        return Error(Peek(), "expected a pattern '(' but found " + Shown(Peek()));
      }
    }
    if (Status s = ParseChain(p); !s.ok()) return s;
    if (shortest) {
      if (p->rels.size() != 1) {
        return Error(tokens_[pos_ > 0 ? pos_ - 1 : 0],
                     "shortestPath needs exactly one relationship, as in (a)-[*..4]-(b)");
      }
      if (Status s = Expect(Tok::kRParen); !s.ok()) return s;
    }
    return Status::OK();
  }

  Status ParseChain(PathPattern* p) {
    NodePattern first;
    if (Status s = ParseNode(&first); !s.ok()) return s;
    p->nodes.push_back(std::move(first));
    while (Peek().kind == Tok::kMinus || (Peek().kind == Tok::kLt && Peek(1).kind == Tok::kMinus)) {
      RelPattern r;
      if (Status s = ParseRel(&r); !s.ok()) return s;
      p->rels.push_back(std::move(r));
      NodePattern n;
      if (Status s = ParseNode(&n); !s.ok()) return s;
      p->nodes.push_back(std::move(n));
    }
    return Status::OK();
  }

  Status ParseNode(NodePattern* n) {
    n->begin = Peek().offset;
    if (Peek().kind != Tok::kLParen) return Expected("a node pattern '('");
    Next();
    if (Peek().kind == Tok::kIdent) {
      if (Status s = ParseName("a variable", &n->var); !s.ok()) return s;
    }
    while (Accept(Tok::kColon)) {
      std::string label;
      if (Status s = ParseSymbol("a label", &label); !s.ok()) return s;
      n->labels.push_back(std::move(label));
    }
    if (Peek().kind == Tok::kLBrace) {
      if (Status s = ParsePropertyMap(&n->props); !s.ok()) return s;
    }
    return Expect(Tok::kRParen);
  }

  Status ParseRel(RelPattern* r) {
    r->begin = Peek().offset;
    bool left = Accept(Tok::kLt);
    if (Status s = Expect(Tok::kMinus); !s.ok()) return s;
    if (Accept(Tok::kLBracket)) {
      if (Peek().kind == Tok::kIdent) {
        if (Status s = ParseName("a variable", &r->var); !s.ok()) return s;
      }
      if (Accept(Tok::kColon)) {
        do {
          Accept(Tok::kColon);  // [:a|:b] is accepted like [:a|b]
          r->type_offsets.push_back(Peek().offset);
          std::string type;
          if (Status s = ParseSymbol("a relationship type", &type); !s.ok()) return s;
          r->types.push_back(std::move(type));
        } while (Accept(Tok::kPipe));
      }
      if (Peek().kind == Tok::kStar) {
        const Token& star = Next();
        r->var_length = true;
        r->min_hops = 1;
        r->max_hops = -1;
        if (Peek().kind == Tok::kInt) {
          if (Status s = ParseHops(&r->min_hops); !s.ok()) return s;
          r->max_hops = r->min_hops;
        }
        if (Accept(Tok::kDotDot)) {
          r->max_hops = -1;
          if (Peek().kind == Tok::kInt) {
            if (Status s = ParseHops(&r->max_hops); !s.ok()) return s;
          }
        }
        if (r->max_hops >= 0 && r->max_hops < r->min_hops) {
          return Error(star, "the upper bound of a variable length is below its lower bound");
        }
      }
      if (Peek().kind == Tok::kLBrace) {
        if (Status s = ParsePropertyMap(&r->props); !s.ok()) return s;
      }
      if (Status s = Expect(Tok::kRBracket); !s.ok()) return s;
    }
    if (Status s = Expect(Tok::kMinus); !s.ok()) return s;
    bool right = Accept(Tok::kGt);
    if (left && right) return Error(tokens_[pos_ - 1], "a relationship cannot point both ways");
    r->dir = left ? Direction::kIn : (right ? Direction::kOut : Direction::kBoth);
    return Status::OK();
  }

  Status ParseHops(int64_t* out) {
    const Token& t = Next();
    int64_t v = 0;
    auto [ptr, ec] = std::from_chars(t.text.data(), t.text.data() + t.text.size(), v);
    if (ec != std::errc() || ptr != t.text.data() + t.text.size()) {
      return Error(t, "bad hop count " + t.text);
    }
    *out = v;
    return Status::OK();
  }

  Status ParsePropertyMap(std::vector<std::pair<std::string, ExprPtr>>* props) {
    if (Status s = Expect(Tok::kLBrace); !s.ok()) return s;
    if (Accept(Tok::kRBrace)) return Status::OK();
    do {
      std::string key;
      if (Status s = ParseSymbol("a property name", &key); !s.ok()) return s;
      if (Status s = Expect(Tok::kColon); !s.ok()) return s;
      ExprPtr value;
      if (Status s = ParseExpr(&value); !s.ok()) return s;
      props->emplace_back(std::move(key), std::move(value));
    } while (Accept(Tok::kComma));
    return Expect(Tok::kRBrace);
  }

  Status ParseProjection(Projection* p) {
    if (AcceptKeyword("DISTINCT")) p->distinct = true;
    if (Accept(Tok::kStar)) {
      p->star = true;
      if (!Accept(Tok::kComma)) return ParseProjectionTail(p);
    }
    do {
      ReturnItem item;
      size_t begin = Peek().offset;
      if (Status s = ParseExpr(&item.expr); !s.ok()) return s;
      size_t end = tokens_[pos_ - 1].end;
      if (AcceptKeyword("AS")) {
        if (Status s = ParseName("a name after AS", &item.alias); !s.ok()) return s;
        item.has_alias = true;
      } else {
        item.alias = std::string(text_.substr(begin, end - begin));
      }
      p->items.push_back(std::move(item));
    } while (Accept(Tok::kComma));
    return ParseProjectionTail(p);
  }

  Status ParseProjectionTail(Projection* p) {
    if (AcceptKeyword("ORDER")) {
      if (Status s = ExpectKeyword("BY"); !s.ok()) return s;
      do {
        SortItem item;
        if (Status s = ParseExpr(&item.expr); !s.ok()) return s;
        if (AcceptKeyword("DESC") || AcceptKeyword("DESCENDING")) {
          item.descending = true;
        } else if (!AcceptKeyword("ASC")) {
          AcceptKeyword("ASCENDING");
        }
        p->order.push_back(std::move(item));
      } while (Accept(Tok::kComma));
    }
    if (AcceptKeyword("SKIP")) {
      if (Status s = ParseExpr(&p->skip); !s.ok()) return s;
    }
    if (AcceptKeyword("LIMIT")) {
      if (Status s = ParseExpr(&p->limit); !s.ok()) return s;
    }
    return Status::OK();
  }

  Status ParseCall(Clause* c) {
    std::string name;
    if (Status s = ParseSymbol("a procedure name", &name); !s.ok()) return s;
    while (Accept(Tok::kDot)) {
      std::string part;
      if (Status s = ParseSymbol("a procedure name", &part); !s.ok()) return s;
      name += "." + part;
    }
    c->procedure = name;
    if (Accept(Tok::kLParen)) {
      if (!Accept(Tok::kRParen)) {
        do {
          ExprPtr arg;
          if (Status s = ParseExpr(&arg); !s.ok()) return s;
          c->arguments.push_back(std::move(arg));
        } while (Accept(Tok::kComma));
        if (Status s = Expect(Tok::kRParen); !s.ok()) return s;
      }
    }
    if (AcceptKeyword("YIELD")) {
      c->yield_all = false;
      do {
        std::string column, var;
        if (Status s = ParseName("a column to yield", &column); !s.ok()) return s;
        var = column;
        if (AcceptKeyword("AS")) {
          if (Status s = ParseName("a variable", &var); !s.ok()) return s;
        }
        c->yields.emplace_back(column, var);
      } while (Accept(Tok::kComma));
    }
    return Status::OK();
  }

  // ---- expressions, lowest precedence first ----

  ExprPtr Make(Expr::Kind kind, size_t begin) {
    auto e = std::make_unique<Expr>();
    e->kind = kind;
    e->begin = begin;
    e->end = tokens_[pos_ > 0 ? pos_ - 1 : 0].end;
    return e;
  }
  ExprPtr MakeBinary(Op op, ExprPtr a, ExprPtr b) {
    size_t begin = a->begin;
    auto e = Make(Expr::Kind::kBinary, begin);
    e->op = op;
    e->args.push_back(std::move(a));
    e->args.push_back(std::move(b));
    return e;
  }

  Status ParseExpr(ExprPtr* out) {
    if (++depth_ > kMaxDepth) return Error(Peek(), "expression nested too deeply");
    Status s = ParseOr(out);
    --depth_;
    return s;
  }

  Status ParseOr(ExprPtr* out) {
    if (Status s = ParseXor(out); !s.ok()) return s;
    while (AcceptKeyword("OR")) {
      ExprPtr rhs;
      if (Status s = ParseXor(&rhs); !s.ok()) return s;
      *out = MakeBinary(Op::kOr, std::move(*out), std::move(rhs));
    }
    return Status::OK();
  }
  Status ParseXor(ExprPtr* out) {
    if (Status s = ParseAnd(out); !s.ok()) return s;
    while (AcceptKeyword("XOR")) {
      ExprPtr rhs;
      if (Status s = ParseAnd(&rhs); !s.ok()) return s;
      *out = MakeBinary(Op::kXor, std::move(*out), std::move(rhs));
    }
    return Status::OK();
  }
  Status ParseAnd(ExprPtr* out) {
    if (Status s = ParseNot(out); !s.ok()) return s;
    while (AcceptKeyword("AND")) {
      ExprPtr rhs;
      if (Status s = ParseNot(&rhs); !s.ok()) return s;
      *out = MakeBinary(Op::kAnd, std::move(*out), std::move(rhs));
    }
    return Status::OK();
  }
  Status ParseNot(ExprPtr* out) {
    if (IsKeyword("NOT")) {
      size_t begin = Next().offset;
      if (++depth_ > kMaxDepth) return Error(Peek(), "expression nested too deeply");
      ExprPtr inner;
      Status s = ParseNot(&inner);
      --depth_;
      if (!s.ok()) return s;
      *out = Make(Expr::Kind::kUnary, begin);
      (*out)->op = Op::kNot;
      (*out)->args.push_back(std::move(inner));
      return Status::OK();
    }
    return ParseComparison(out);
  }
  Status ParseComparison(ExprPtr* out) {
    if (Status s = ParsePredicates(out); !s.ok()) return s;
    // a < b <= c means a < b AND b <= c; the middle operand is shared, so it
    // is parsed once per use (chains are short).
    ExprPtr chain;
    size_t prev_begin = 0;
    while (true) {
      Op op;
      switch (Peek().kind) {
        case Tok::kEq:
          op = Op::kEq;
          break;
        case Tok::kNe:
          op = Op::kNe;
          break;
        case Tok::kLt:
          op = Op::kLt;
          break;
        case Tok::kLe:
          op = Op::kLe;
          break;
        case Tok::kGt:
          op = Op::kGt;
          break;
        case Tok::kGe:
          op = Op::kGe;
          break;
        default: {
          if (chain) *out = std::move(chain);
          return Status::OK();
        }
      }
      Next();
      size_t rhs_begin = pos_;
      ExprPtr rhs;
      if (Status s = ParsePredicates(&rhs); !s.ok()) return s;
      if (!chain) {
        chain = MakeBinary(op, std::move(*out), std::move(rhs));
      } else {
        // Re-parse the previous right operand as this comparison's left side.
        size_t save = pos_;
        pos_ = prev_begin;
        ExprPtr lhs;
        if (Status s = ParsePredicates(&lhs); !s.ok()) return s;
        pos_ = save;
        chain =
            MakeBinary(Op::kAnd, std::move(chain), MakeBinary(op, std::move(lhs), std::move(rhs)));
      }
      prev_begin = rhs_begin;
    }
  }
  Status ParsePredicates(ExprPtr* out) {
    if (Status s = ParseAdditive(out); !s.ok()) return s;
    while (true) {
      Op op;
      if (IsKeyword("IN")) {
        op = Op::kIn;
        Next();
      } else if (IsKeyword("STARTS") && IsKeyword("WITH", 1)) {
        op = Op::kStartsWith;
        Next();
        Next();
      } else if (IsKeyword("ENDS") && IsKeyword("WITH", 1)) {
        op = Op::kEndsWith;
        Next();
        Next();
      } else if (IsKeyword("CONTAINS")) {
        op = Op::kContains;
        Next();
      } else if (IsKeyword("IS")) {
        Next();
        bool negated = AcceptKeyword("NOT");
        if (Status s = ExpectKeyword("NULL"); !s.ok()) return s;
        size_t begin = (*out)->begin;
        ExprPtr e = Make(Expr::Kind::kUnary, begin);
        e->op = negated ? Op::kIsNotNull : Op::kIsNull;
        e->args.push_back(std::move(*out));
        *out = std::move(e);
        continue;
      } else {
        return Status::OK();
      }
      ExprPtr rhs;
      if (Status s = ParseAdditive(&rhs); !s.ok()) return s;
      *out = MakeBinary(op, std::move(*out), std::move(rhs));
    }
  }
  Status ParseAdditive(ExprPtr* out) {
    if (Status s = ParseMultiplicative(out); !s.ok()) return s;
    while (Peek().kind == Tok::kPlus || Peek().kind == Tok::kMinus) {
      Op op = Next().kind == Tok::kPlus ? Op::kAdd : Op::kSub;
      ExprPtr rhs;
      if (Status s = ParseMultiplicative(&rhs); !s.ok()) return s;
      *out = MakeBinary(op, std::move(*out), std::move(rhs));
    }
    return Status::OK();
  }
  Status ParseMultiplicative(ExprPtr* out) {
    if (Status s = ParsePower(out); !s.ok()) return s;
    while (Peek().kind == Tok::kStar || Peek().kind == Tok::kSlash ||
           Peek().kind == Tok::kPercent) {
      Tok k = Next().kind;
      Op op = k == Tok::kStar ? Op::kMul : (k == Tok::kSlash ? Op::kDiv : Op::kMod);
      ExprPtr rhs;
      if (Status s = ParsePower(&rhs); !s.ok()) return s;
      *out = MakeBinary(op, std::move(*out), std::move(rhs));
    }
    return Status::OK();
  }
  Status ParsePower(ExprPtr* out) {
    if (Status s = ParseUnary(out); !s.ok()) return s;
    while (Accept(Tok::kCaret)) {
      ExprPtr rhs;
      if (Status s = ParseUnary(&rhs); !s.ok()) return s;
      *out = MakeBinary(Op::kPow, std::move(*out), std::move(rhs));
    }
    return Status::OK();
  }
  Status ParseUnary(ExprPtr* out) {
    if (Peek().kind == Tok::kMinus || Peek().kind == Tok::kPlus) {
      const Token& t = Next();
      if (++depth_ > kMaxDepth) return Error(Peek(), "expression nested too deeply");
      ExprPtr inner;
      Status s = ParseUnary(&inner);
      --depth_;
      if (!s.ok()) return s;
      // Fold -literal so that -9223372036854775808 and ORDER BY -1 stay literals.
      if (t.kind == Tok::kMinus && inner->kind == Expr::Kind::kLiteral &&
          inner->literal.is_number()) {
        inner->literal = inner->literal.type() == Value::Type::kInt
                             ? Value(static_cast<int64_t>(0ULL - uint64_t(inner->literal.as_int())))
                             : Value(-inner->literal.as_float());
        inner->begin = t.offset;
        *out = std::move(inner);
        return Status::OK();
      }
      *out = Make(Expr::Kind::kUnary, t.offset);
      (*out)->op = t.kind == Tok::kMinus ? Op::kNeg : Op::kPos;
      (*out)->args.push_back(std::move(inner));
      return Status::OK();
    }
    return ParsePostfix(out);
  }
  Status ParsePostfix(ExprPtr* out) {
    if (Status s = ParseAtom(out); !s.ok()) return s;
    while (true) {
      if (Peek().kind == Tok::kDot) {
        Next();
        std::string key;
        if (Status s = ParseSymbol("a property name", &key); !s.ok()) return s;
        size_t begin = (*out)->begin;
        ExprPtr e = Make(Expr::Kind::kProperty, begin);
        e->name = key;
        e->args.push_back(std::move(*out));
        *out = std::move(e);
      } else if (Peek().kind == Tok::kLBracket) {
        Next();
        ExprPtr index;
        if (Status s = ParseExpr(&index); !s.ok()) return s;
        if (Status s = Expect(Tok::kRBracket); !s.ok()) return s;
        size_t begin = (*out)->begin;
        ExprPtr e = Make(Expr::Kind::kIndex, begin);
        e->args.push_back(std::move(*out));
        e->args.push_back(std::move(index));
        *out = std::move(e);
      } else {
        return Status::OK();
      }
    }
  }

  Status ParseAtom(ExprPtr* out) {
    const Token& t = Peek();
    size_t begin = t.offset;
    switch (t.kind) {
      case Tok::kInt: {
        Next();
        int64_t v = 0;
        const char* first = t.text.data();
        const char* last = first + t.text.size();
        int base = 10;
        if (t.text.size() > 2 && (t.text[1] == 'x' || t.text[1] == 'X')) {
          first += 2;
          base = 16;
        }
        auto [ptr, ec] = std::from_chars(first, last, v, base);
        if (ec != std::errc() || ptr != last) {
          // 9223372036854775808 is only valid negated.
          if (t.text == "9223372036854775808") {
            *out = Make(Expr::Kind::kLiteral, begin);
            (*out)->literal = Value(static_cast<int64_t>(INT64_MIN));
            return Status::OK();
          }
          return Error(t, "integer too large: " + t.text);
        }
        *out = Make(Expr::Kind::kLiteral, begin);
        (*out)->literal = Value(v);
        return Status::OK();
      }
      case Tok::kFloat: {
        Next();
        *out = Make(Expr::Kind::kLiteral, begin);
        (*out)->literal = Value(std::strtod(t.text.c_str(), nullptr));
        return Status::OK();
      }
      case Tok::kString: {
        Next();
        *out = Make(Expr::Kind::kLiteral, begin);
        (*out)->literal = Value(t.text);
        return Status::OK();
      }
      case Tok::kLParen: {
        Next();
        if (Status s = ParseExpr(out); !s.ok()) return s;
        if (Peek().kind == Tok::kMinus || (Peek().kind == Tok::kLt)) {
          if (Peek(1).kind == Tok::kMinus || Peek(1).kind == Tok::kLBracket ||
              Peek(1).kind == Tok::kGt) {
            return Error(t, "pattern expressions are not supported in expressions; use MATCH");
          }
        }
        if (Status s = Expect(Tok::kRParen); !s.ok()) return s;
        return Status::OK();
      }
      case Tok::kLBracket:
        return ParseListOrComprehension(out);
      case Tok::kLBrace: {
        Next();
        *out = Make(Expr::Kind::kMap, begin);
        if (!Accept(Tok::kRBrace)) {
          do {
            std::string key;
            if (Status s = ParseSymbol("a map key", &key); !s.ok()) return s;
            if (Status s = Expect(Tok::kColon); !s.ok()) return s;
            ExprPtr value;
            if (Status s = ParseExpr(&value); !s.ok()) return s;
            (*out)->keys.push_back(std::move(key));
            (*out)->args.push_back(std::move(value));
          } while (Accept(Tok::kComma));
          if (Status s = Expect(Tok::kRBrace); !s.ok()) return s;
        }
        (*out)->end = tokens_[pos_ - 1].end;
        return Status::OK();
      }
      case Tok::kDollar:
        return Error(t, "parameters ($name) are not supported");
      case Tok::kIdent:
        break;
      default:
        return Expected("an expression");
    }
    std::string upper = t.quoted ? "" : Upper(t.text);
    if (upper == "TRUE" || upper == "FALSE") {
      Next();
      *out = Make(Expr::Kind::kLiteral, begin);
      (*out)->literal = Value(upper == "TRUE");
      return Status::OK();
    }
    if (upper == "NULL") {
      Next();
      *out = Make(Expr::Kind::kLiteral, begin);
      return Status::OK();
    }
    if (upper == "CASE") return ParseCase(out);
    if (Peek(1).kind == Tok::kLParen && !t.quoted) {
      Next();
      Next();
      if (upper == "COUNT" && Peek().kind == Tok::kStar) {
        Next();
        if (Status s = Expect(Tok::kRParen); !s.ok()) return s;
        *out = Make(Expr::Kind::kCountStar, begin);
        return Status::OK();
      }
      if (upper == "SHORTESTPATH" || upper == "ALLSHORTESTPATHS" || upper == "EXISTS") {
        return Error(t, t.text + "(...) is only supported in MATCH");
      }
      auto call = std::make_unique<Expr>();
      call->kind = Expr::Kind::kCall;
      call->name = std::string(t.text);
      for (char& c : call->name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
      call->begin = begin;
      if (AcceptKeyword("DISTINCT")) call->distinct = true;
      if (!Accept(Tok::kRParen)) {
        do {
          ExprPtr arg;
          if (Status s = ParseExpr(&arg); !s.ok()) return s;
          call->args.push_back(std::move(arg));
        } while (Accept(Tok::kComma));
        if (Status s = Expect(Tok::kRParen); !s.ok()) return s;
      }
      call->end = tokens_[pos_ - 1].end;
      *out = std::move(call);
      return Status::OK();
    }
    std::string name;
    if (Status s = ParseName("an expression", &name); !s.ok()) return s;
    *out = Make(Expr::Kind::kVariable, begin);
    (*out)->name = name;
    return Status::OK();
  }

  Status ParseListOrComprehension(ExprPtr* out) {
    size_t begin = Next().offset;  // '['
    // [x IN list WHERE pred | expr]
    if (Peek().kind == Tok::kIdent && IsKeyword("IN", 1)) {
      auto e = std::make_unique<Expr>();
      e->kind = Expr::Kind::kListComp;
      e->begin = begin;
      if (Status s = ParseName("a variable", &e->name); !s.ok()) return s;
      Next();  // IN
      ExprPtr list, where, map;
      if (Status s = ParseExpr(&list); !s.ok()) return s;
      if (AcceptKeyword("WHERE")) {
        if (Status s = ParseExpr(&where); !s.ok()) return s;
      }
      if (Accept(Tok::kPipe)) {
        if (Status s = ParseExpr(&map); !s.ok()) return s;
      }
      if (Status s = Expect(Tok::kRBracket); !s.ok()) return s;
      e->args.push_back(std::move(list));
      e->args.push_back(std::move(where));
      e->args.push_back(std::move(map));
      e->end = tokens_[pos_ - 1].end;
      *out = std::move(e);
      return Status::OK();
    }
    auto e = std::make_unique<Expr>();
    e->kind = Expr::Kind::kList;
    e->begin = begin;
    if (!Accept(Tok::kRBracket)) {
      do {
        ExprPtr item;
        if (Status s = ParseExpr(&item); !s.ok()) return s;
        e->args.push_back(std::move(item));
      } while (Accept(Tok::kComma));
      if (Status s = Expect(Tok::kRBracket); !s.ok()) return s;
    }
    e->end = tokens_[pos_ - 1].end;
    *out = std::move(e);
    return Status::OK();
  }

  Status ParseCase(ExprPtr* out) {
    size_t begin = Next().offset;  // CASE
    auto e = std::make_unique<Expr>();
    e->kind = Expr::Kind::kCase;
    e->begin = begin;
    if (!IsKeyword("WHEN")) {
      ExprPtr subject;
      if (Status s = ParseExpr(&subject); !s.ok()) return s;
      e->args.push_back(std::move(subject));
      e->has_subject = true;
    }
    if (!IsKeyword("WHEN")) return Expected("WHEN");
    while (AcceptKeyword("WHEN")) {
      ExprPtr when, then;
      if (Status s = ParseExpr(&when); !s.ok()) return s;
      if (Status s = ExpectKeyword("THEN"); !s.ok()) return s;
      if (Status s = ParseExpr(&then); !s.ok()) return s;
      e->args.push_back(std::move(when));
      e->args.push_back(std::move(then));
    }
    if (AcceptKeyword("ELSE")) {
      ExprPtr otherwise;
      if (Status s = ParseExpr(&otherwise); !s.ok()) return s;
      e->args.push_back(std::move(otherwise));
      e->has_else = true;
    }
    if (Status s = ExpectKeyword("END"); !s.ok()) return s;
    e->end = tokens_[pos_ - 1].end;
    *out = std::move(e);
    return Status::OK();
  }

  std::string_view text_;
  std::vector<Token> tokens_;
  size_t pos_ = 0;
  int depth_ = 0;
};

}  // namespace

Status Parse(std::string_view text, Query* out) {
  std::vector<Token> tokens;
  if (Status s = Tokenize(text, &tokens); !s.ok()) return s;
  Parser parser(text, std::move(tokens));
  Query q;
  if (Status s = parser.ParseQuery(&q); !s.ok()) return s;
  *out = std::move(q);
  return Status::OK();
}

bool LooksLikeCypher(std::string_view text) {
  size_t i = 0;
  while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
  if (text.substr(i, 2) == "//" || text.substr(i, 2) == "/*") return true;
  size_t j = i;
  while (j < text.size() && std::isalpha(static_cast<unsigned char>(text[j]))) ++j;
  const std::string word = Upper(text.substr(i, j - i));
  // The next character must end the keyword: "Matches of Putin" is a question.
  bool ends =
      j >= text.size() || std::isspace(static_cast<unsigned char>(text[j])) || text[j] == '(';
  static const char* const kStarts[] = {"MATCH",  "OPTIONAL", "WITH",   "RETURN",
                                        "UNWIND", "CALL",     "CREATE", "EXPLAIN"};
  for (const char* k : kStarts) {
    if (word == k && ends) return true;
  }
  return false;
}

}  // namespace kzgraph::query
