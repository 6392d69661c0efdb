#include "text/html.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <string>

#include "text/chars.h"
#include "util/strings.h"

namespace kzgraph::text {
namespace {

char Lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c | 0x20) : c; }

bool StartsWithNoCase(std::string_view s, size_t i, std::string_view prefix) {
  if (i + prefix.size() > s.size()) return false;
  for (size_t k = 0; k < prefix.size(); ++k) {
    if (Lower(s[i + k]) != prefix[k]) return false;
  }
  return true;
}

// Elements whose whole content is page furniture, not article text.
constexpr std::array<std::string_view, 15> kSkippedElements = {
    "script", "style",  "noscript", "head",   "nav",    "footer", "aside", "form",
    "svg",    "iframe", "template", "select", "button", "title",  "object"};

constexpr std::array<std::string_view, 33> kBlockElements = {
    "p",      "div",        "br",   "h1",      "h2",     "h3",     "h4",    "h5",      "h6",
    "li",     "ul",         "ol",   "tr",      "td",     "th",     "table", "section", "article",
    "header", "blockquote", "pre",  "hr",      "dd",     "dt",     "dl",    "figure",  "figcaption",
    "main",   "body",       "html", "address", "center", "caption"};

bool Contains(const auto& list, std::string_view name) {
  return std::find(list.begin(), list.end(), name) != list.end();
}

struct NamedEntity {
  const char* name;
  uint32_t cp;
};
constexpr NamedEntity kEntities[] = {
    {"amp", '&'},      {"lt", '<'},       {"gt", '>'},        {"quot", '"'},     {"apos", '\''},
    {"nbsp", 0xA0},    {"laquo", 0xAB},   {"raquo", 0xBB},    {"rsquo", 0x2019}, {"lsquo", 0x2018},
    {"ldquo", 0x201C}, {"rdquo", 0x201D}, {"hellip", 0x2026}, {"ndash", 0x2013}, {"mdash", 0x2014},
    {"eacute", 0xE9},  {"egrave", 0xE8},  {"ecirc", 0xEA},    {"euml", 0xEB},    {"agrave", 0xE0},
    {"acirc", 0xE2},   {"ccedil", 0xE7},  {"ocirc", 0xF4},    {"ucirc", 0xFB},   {"ugrave", 0xF9},
    {"icirc", 0xEE},   {"iuml", 0xEF},    {"oelig", 0x153},   {"Eacute", 0xC9},  {"Egrave", 0xC8},
    {"Agrave", 0xC0},  {"Ccedil", 0xC7},  {"Ecirc", 0xCA},    {"OElig", 0x152},  {"copy", 0xA9},
    {"deg", 0xB0},     {"euro", 0x20AC},  {"thinsp", 0x2009}, {"shy", 0xAD},
};

// Decodes the entity at html[i] ('&'); returns its length, 0 if none.
size_t DecodeEntity(std::string_view html, size_t i, uint32_t* cp) {
  size_t semi = html.find(';', i + 1);
  if (semi == std::string_view::npos || semi - i > 10 || semi == i + 1) return 0;
  std::string_view body = html.substr(i + 1, semi - i - 1);
  if (body[0] == '#') {
    uint32_t v = 0;
    bool hex = body.size() > 1 && (body[1] == 'x' || body[1] == 'X');
    size_t k = hex ? 2 : 1;
    if (k >= body.size()) return 0;
    for (; k < body.size(); ++k) {
      char c = body[k];
      int d = (c >= '0' && c <= '9')                        ? c - '0'
              : hex && (Lower(c) >= 'a' && Lower(c) <= 'f') ? Lower(c) - 'a' + 10
                                                            : -1;
      if (d < 0) return 0;
      v = v * (hex ? 16 : 10) + d;
      if (v > 0x10FFFF) return 0;
    }
    if (v == 0 || (v >= 0xD800 && v <= 0xDFFF)) return 0;
    *cp = v;
    return semi - i + 1;
  }
  for (const NamedEntity& e : kEntities) {
    if (body == e.name) {
      *cp = e.cp;
      return semi - i + 1;
    }
  }
  return 0;
}

// End (one past '>') of the tag opening at html[i], skipping quoted values.
size_t TagEnd(std::string_view html, size_t i) {
  char quote = 0;
  for (size_t k = i + 1; k < html.size(); ++k) {
    char c = html[k];
    if (quote) {
      if (c == quote) quote = 0;
    } else if (c == '"' || c == '\'') {
      quote = c;
    } else if (c == '>') {
      return k + 1;
    }
  }
  return html.size();
}

}  // namespace

bool LooksLikeHtml(std::string_view text) {
  std::string_view head = text.substr(0, 1024);
  size_t i = 0;
  if (head.substr(0, 3) == "\xEF\xBB\xBF") i = 3;
  while (i < head.size() && IsAsciiSpace(head[i])) ++i;
  if (i >= head.size() || head[i] != '<') return false;
  for (std::string_view marker :
       {"<!doctype html", "<html", "<head", "<body", "<p>", "<div", "<article", "<meta", "<!--"}) {
    for (size_t k = i; k + marker.size() <= head.size(); ++k) {
      if (head[k] == '<' && StartsWithNoCase(head, k, marker)) return true;
    }
  }
  return false;
}

void HtmlToView(std::string_view html, std::string* view) {
  view->assign(html.data(), html.size());
  std::string& v = *view;
  const size_t n = html.size();
  auto blank = [&](size_t from, size_t to) { std::memset(&v[from], kPad, to - from); };
  size_t i = 0;
  while (i < n) {
    char c = html[i];
    if (c == '\n' || c == '\r' || c == '\t') {
      v[i++] = ' ';
    } else if (c == '&') {
      uint32_t cp = 0;
      size_t len = DecodeEntity(html, i, &cp);
      if (len == 0) {
        ++i;
        continue;
      }
      std::string utf8;
      AppendUtf8(cp, &utf8);  // never longer than the entity it replaces
      blank(i, i + len);
      std::memcpy(&v[i], utf8.data(), utf8.size());
      i += len;
    } else if (c == '<') {
      if (StartsWithNoCase(html, i, "<!--")) {
        size_t end = html.find("-->", i + 4);
        end = end == std::string_view::npos ? n : end + 3;
        blank(i, end);
        i = end;
        continue;
      }
      size_t k = i + 1;
      bool closing = k < n && html[k] == '/';
      if (closing) ++k;
      size_t name_begin = k;
      while (k < n && (std::isalnum(static_cast<unsigned char>(html[k])))) ++k;
      if (k == name_begin && !(k < n && (html[k] == '!' || html[k] == '?'))) {
        ++i;  // a lone '<' in text
        continue;
      }
      std::string name;
      for (size_t m = name_begin; m < k; ++m) name.push_back(Lower(html[m]));
      size_t end = TagEnd(html, i);
      bool self_closing = end >= 2 && html[end - 2] == '/';
      if (!closing && !self_closing && Contains(kSkippedElements, name)) {
        // Skip to the matching close tag, counting nested ones of the same name.
        std::string open = "<" + name, close = "</" + name;
        int depth = 1;
        size_t m = end;
        while (m < n && depth > 0) {
          size_t lt = html.find('<', m);
          if (lt == std::string_view::npos) {
            m = n;
            break;
          }
          auto boundary = [&](size_t at) {
            return at >= n || !std::isalnum(static_cast<unsigned char>(html[at]));
          };
          if (StartsWithNoCase(html, lt, close) && boundary(lt + close.size())) {
            --depth;
          } else if (name != "script" && name != "style" && StartsWithNoCase(html, lt, open) &&
                     boundary(lt + open.size())) {
            ++depth;
          }
          m = TagEnd(html, lt);
        }
        end = m;
      }
      blank(i, end);
      if (Contains(kBlockElements, name) || Contains(kSkippedElements, name)) {
        v[i] = '\n';
        if (end - i > 1) v[i + 1] = '\n';
      }
      i = end;
    } else {
      ++i;
    }
  }
}

std::string HtmlMetaDate(std::string_view html) {
  for (std::string_view key :
       {"article:published_time", "\"datePublished\"", "datetime=", "name=\"date\"", "pubdate"}) {
    size_t at = html.find(key);
    if (at == std::string_view::npos) continue;
    // The first YYYY-MM-DD within the next 200 bytes.
    std::string_view rest = html.substr(at, 200);
    for (size_t k = 0; k + 10 <= rest.size(); ++k) {
      auto d = [&](size_t m) { return rest[k + m] >= '0' && rest[k + m] <= '9'; };
      if (d(0) && d(1) && d(2) && d(3) && rest[k + 4] == '-' && d(5) && d(6) &&
          rest[k + 7] == '-' && d(8) && d(9)) {
        return std::string(rest.substr(k, 10));
      }
    }
  }
  return "";
}

}  // namespace kzgraph::text
