#include "query/lexer.h"

#include <cctype>

#include "util/strings.h"

namespace kzgraph::query {
namespace {

bool IsIdentStart(unsigned char c) { return std::isalpha(c) || c == '_' || c >= 0x80; }
bool IsIdentPart(unsigned char c) { return std::isalnum(c) || c == '_' || c >= 0x80; }

}  // namespace

const char* TokName(Tok kind) {
  switch (kind) {
    case Tok::kEnd:
      return "end of input";
    case Tok::kIdent:
      return "a name";
    case Tok::kInt:
      return "an integer";
    case Tok::kFloat:
      return "a number";
    case Tok::kString:
      return "a string";
    case Tok::kLParen:
      return "'('";
    case Tok::kRParen:
      return "')'";
    case Tok::kLBracket:
      return "'['";
    case Tok::kRBracket:
      return "']'";
    case Tok::kLBrace:
      return "'{'";
    case Tok::kRBrace:
      return "'}'";
    case Tok::kComma:
      return "','";
    case Tok::kColon:
      return "':'";
    case Tok::kDot:
      return "'.'";
    case Tok::kDotDot:
      return "'..'";
    case Tok::kPipe:
      return "'|'";
    case Tok::kStar:
      return "'*'";
    case Tok::kPlus:
      return "'+'";
    case Tok::kMinus:
      return "'-'";
    case Tok::kSlash:
      return "'/'";
    case Tok::kPercent:
      return "'%'";
    case Tok::kCaret:
      return "'^'";
    case Tok::kEq:
      return "'='";
    case Tok::kNe:
      return "'<>'";
    case Tok::kLt:
      return "'<'";
    case Tok::kLe:
      return "'<='";
    case Tok::kGt:
      return "'>'";
    case Tok::kGe:
      return "'>='";
    case Tok::kSemicolon:
      return "';'";
    case Tok::kDollar:
      return "'$'";
  }
  return "?";
}

void LineColumn(std::string_view query, size_t offset, int* line, int* column) {
  *line = 1;
  *column = 1;
  for (size_t i = 0; i < offset && i < query.size(); ++i) {
    unsigned char c = query[i];
    if (c == '\n') {
      ++*line;
      *column = 1;
    } else if ((c & 0xC0) != 0x80) {  // count characters, not continuation bytes
      ++*column;
    }
  }
}

std::string PositionedMessage(std::string_view query, size_t offset, std::string_view message) {
  if (offset > query.size()) offset = query.size();
  int line = 1, column = 1;
  LineColumn(query, offset, &line, &column);
  size_t begin = query.rfind('\n', offset == 0 ? 0 : offset - 1);
  begin = (begin == std::string_view::npos || begin >= offset) ? 0 : begin + 1;
  if (offset > 0 && query[offset - 1] == '\n' && offset == query.size()) begin = offset;
  size_t end = query.find('\n', begin);
  if (end == std::string_view::npos) end = query.size();
  std::string text(query.substr(begin, end - begin));
  for (char& c : text) {
    if (c == '\t' || c == '\r') c = ' ';
  }
  std::string out = "line " + std::to_string(line) + ", column " + std::to_string(column) + ": " +
                    std::string(message) + "\n  " + text + "\n  " +
                    std::string(static_cast<size_t>(column - 1), ' ') + "^";
  return out;
}

Status Tokenize(std::string_view q, std::vector<Token>* out) {
  out->clear();
  size_t i = 0;
  auto error = [&](size_t at, const std::string& msg) {
    return Status::InvalidArgument("SyntaxError: " + PositionedMessage(q, at, msg));
  };
  // Tracking line/column incrementally keeps tokenizing linear.
  int line = 1, column = 1;
  size_t mark = 0;
  auto advance_to = [&](size_t to) {
    for (; mark < to; ++mark) {
      unsigned char c = q[mark];
      if (c == '\n') {
        ++line;
        column = 1;
      } else if ((c & 0xC0) != 0x80) {
        ++column;
      }
    }
  };
  while (true) {
    // Whitespace and comments.
    while (i < q.size()) {
      unsigned char c = q[i];
      if (std::isspace(c)) {
        ++i;
      } else if (c == '/' && i + 1 < q.size() && q[i + 1] == '/') {
        while (i < q.size() && q[i] != '\n') ++i;
      } else if (c == '/' && i + 1 < q.size() && q[i + 1] == '*') {
        size_t close = q.find("*/", i + 2);
        if (close == std::string_view::npos) return error(i, "unterminated comment");
        i = close + 2;
      } else {
        break;
      }
    }
    advance_to(i);
    Token t;
    t.offset = i;
    t.line = line;
    t.column = column;
    if (i >= q.size()) {
      t.kind = Tok::kEnd;
      t.end = i;
      out->push_back(std::move(t));
      return Status::OK();
    }
    unsigned char c = q[i];
    auto two = [&](char next) { return i + 1 < q.size() && q[i + 1] == next; };
    if (IsIdentStart(c)) {
      size_t j = i;
      while (j < q.size() && IsIdentPart(q[j])) ++j;
      t.kind = Tok::kIdent;
      t.text = std::string(q.substr(i, j - i));
      i = j;
    } else if (c == '`') {
      size_t close = q.find('`', i + 1);
      if (close == std::string_view::npos) return error(i, "unterminated `name`");
      t.kind = Tok::kIdent;
      t.quoted = true;
      t.text = std::string(q.substr(i + 1, close - i - 1));
      if (t.text.empty()) return error(i, "empty `name`");
      i = close + 1;
    } else if (std::isdigit(c) ||
               (c == '.' && i + 1 < q.size() && std::isdigit((unsigned char)q[i + 1]))) {
      size_t j = i;
      bool is_float = false;
      if (c == '0' && j + 1 < q.size() && (q[j + 1] == 'x' || q[j + 1] == 'X')) {
        j += 2;
        while (j < q.size() && std::isxdigit((unsigned char)q[j])) ++j;
      } else {
        while (j < q.size() && std::isdigit((unsigned char)q[j])) ++j;
        // "1..3" is a range, not the float "1." followed by ".3".
        if (j + 1 < q.size() && q[j] == '.' && std::isdigit((unsigned char)q[j + 1])) {
          is_float = true;
          ++j;
          while (j < q.size() && std::isdigit((unsigned char)q[j])) ++j;
        }
        if (j < q.size() && (q[j] == 'e' || q[j] == 'E')) {
          size_t k = j + 1;
          if (k < q.size() && (q[k] == '+' || q[k] == '-')) ++k;
          if (k < q.size() && std::isdigit((unsigned char)q[k])) {
            is_float = true;
            j = k;
            while (j < q.size() && std::isdigit((unsigned char)q[j])) ++j;
          }
        }
      }
      if (j < q.size() && IsIdentStart(q[j])) return error(i, "malformed number");
      t.kind = is_float ? Tok::kFloat : Tok::kInt;
      t.text = std::string(q.substr(i, j - i));
      i = j;
    } else if (c == '\'' || c == '"') {
      size_t j = i + 1;
      std::string value;
      bool closed = false;
      while (j < q.size()) {
        char d = q[j];
        if (d == static_cast<char>(c)) {
          closed = true;
          ++j;
          break;
        }
        if (d == '\\') {
          if (j + 1 >= q.size()) break;
          char e = q[j + 1];
          j += 2;
          switch (e) {
            case 'n':
              value += '\n';
              break;
            case 't':
              value += '\t';
              break;
            case 'r':
              value += '\r';
              break;
            case 'b':
              value += '\b';
              break;
            case 'f':
              value += '\f';
              break;
            case '\\':
              value += '\\';
              break;
            case '\'':
              value += '\'';
              break;
            case '"':
              value += '"';
              break;
            case 'u': {
              if (j + 4 > q.size()) return error(j - 2, "bad \\u escape");
              uint32_t cp = 0;
              for (int k = 0; k < 4; ++k) {
                char h = q[j + k];
                if (!std::isxdigit((unsigned char)h)) return error(j - 2, "bad \\u escape");
                cp = cp * 16 +
                     (std::isdigit((unsigned char)h) ? h - '0' : (std::tolower(h) - 'a' + 10));
              }
              j += 4;
              AppendUtf8(cp, &value);
              break;
            }
            default:
              return error(j - 2, std::string("unknown escape \\") + e);
          }
          continue;
        }
        value.push_back(d);
        ++j;
      }
      if (!closed) return error(i, "unterminated string");
      t.kind = Tok::kString;
      t.text = std::move(value);
      i = j;
    } else {
      size_t len = 1;
      switch (c) {
        case '(':
          t.kind = Tok::kLParen;
          break;
        case ')':
          t.kind = Tok::kRParen;
          break;
        case '[':
          t.kind = Tok::kLBracket;
          break;
        case ']':
          t.kind = Tok::kRBracket;
          break;
        case '{':
          t.kind = Tok::kLBrace;
          break;
        case '}':
          t.kind = Tok::kRBrace;
          break;
        case ',':
          t.kind = Tok::kComma;
          break;
        case ':':
          t.kind = Tok::kColon;
          break;
        case ';':
          t.kind = Tok::kSemicolon;
          break;
        case '$':
          t.kind = Tok::kDollar;
          break;
        case '|':
          t.kind = Tok::kPipe;
          break;
        case '*':
          t.kind = Tok::kStar;
          break;
        case '+':
          t.kind = Tok::kPlus;
          break;
        case '-':
          t.kind = Tok::kMinus;
          break;
        case '/':
          t.kind = Tok::kSlash;
          break;
        case '%':
          t.kind = Tok::kPercent;
          break;
        case '^':
          t.kind = Tok::kCaret;
          break;
        case '=':
          t.kind = Tok::kEq;
          break;
        case '.':
          if (two('.')) {
            t.kind = Tok::kDotDot;
            len = 2;
          } else {
            t.kind = Tok::kDot;
          }
          break;
        case '<':
          // "<-" stays two tokens so that arrows parse; "<>" and "<=" are operators.
          if (two('>')) {
            t.kind = Tok::kNe;
            len = 2;
          } else if (two('=')) {
            t.kind = Tok::kLe;
            len = 2;
          } else {
            t.kind = Tok::kLt;
          }
          break;
        case '>':
          if (two('=')) {
            t.kind = Tok::kGe;
            len = 2;
          } else {
            t.kind = Tok::kGt;
          }
          break;
        case '!':
          if (two('=')) {
            t.kind = Tok::kNe;
            len = 2;
            break;
          }
          return error(i, "unexpected character '!' (use NOT or <>)");
        default: {
          std::string shown(1, static_cast<char>(c));
          return error(i, "unexpected character '" + shown + "'");
        }
      }
      t.text = std::string(q.substr(i, len));
      i += len;
    }
    t.end = i;
    out->push_back(std::move(t));
  }
}

}  // namespace kzgraph::query
