// Lexer: Cypher text -> tokens, each with its line, column and byte offset
// so that every later error can point at the spot.
#ifndef KZGRAPH_SRC_QUERY_LEXER_H_
#define KZGRAPH_SRC_QUERY_LEXER_H_

#include <string>
#include <string_view>
#include <vector>

#include "kzgraph/status.h"

namespace kzgraph::query {

enum class Tok {
  kEnd,
  kIdent,  // names and keywords (keywords are recognised by the parser)
  kInt,
  kFloat,
  kString,  // text holds the unescaped value
  kLParen,
  kRParen,
  kLBracket,
  kRBracket,
  kLBrace,
  kRBrace,
  kComma,
  kColon,
  kDot,
  kDotDot,
  kPipe,
  kStar,
  kPlus,
  kMinus,
  kSlash,
  kPercent,
  kCaret,
  kEq,
  kNe,
  kLt,
  kLe,
  kGt,
  kGe,
  kSemicolon,
  kDollar,
};

struct Token {
  Tok kind = Tok::kEnd;
  std::string text;     // as written (unescaped for strings, unquoted for `idents`)
  size_t offset = 0;    // byte offset in the query
  size_t end = 0;       // byte offset just past the token
  int line = 1;         // 1-based
  int column = 1;       // 1-based, in characters
  bool quoted = false;  // a `backquoted` identifier: never a keyword
};

const char* TokName(Tok kind);

// "line L, column C: message\n<the line>\n<spaces>^": the shape of every
// query error that has a position.
std::string PositionedMessage(std::string_view query, size_t offset, std::string_view message);
// Line and column (1-based; columns counted in characters) of byte `offset`.
void LineColumn(std::string_view query, size_t offset, int* line, int* column);

// Splits `query` into tokens ending with a kEnd token. InvalidArgument
// ("SyntaxError: ...", positioned) on an unterminated string or comment or a
// character that starts no token.
Status Tokenize(std::string_view query, std::vector<Token>* out);

}  // namespace kzgraph::query

#endif  // KZGRAPH_SRC_QUERY_LEXER_H_
