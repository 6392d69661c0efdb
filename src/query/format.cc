#include "query/format.h"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include "query/value.h"

namespace kzgraph::query {
namespace {

std::string EvidenceText(const QueryResult& r, size_t row) {
  std::string s;
  if (row >= r.row_evidence.size()) return s;
  for (size_t i : r.row_evidence[row]) {
    const EdgeEvidence& e = r.evidence[i];
    for (const Evidence& ev : e.evidence) {
      if (!s.empty()) s += " | ";
      s += e.source + " -[" + e.type + "]-> " + e.target + ": " + ev.date + " " + ev.article_id +
           ": " + ev.sentence;
    }
  }
  return s;
}

std::string CsvField(const std::string& s) {
  if (s.find_first_of(",\"\r\n") == std::string::npos) return s;
  std::string out = "\"";
  for (char c : s) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + "\"";
}

std::string TsvField(std::string s) {
  for (char& c : s) {
    if (c == '\t' || c == '\n' || c == '\r') c = ' ';
  }
  return s;
}

std::string Pad(const std::string& s, size_t width) {
  size_t w = DisplayWidth(s);
  return s + std::string(width > w ? width - w : 0, ' ');
}

// Table cells stay on one line.
std::string OneLine(std::string s) {
  for (char& c : s) {
    if (c == '\n' || c == '\r' || c == '\t') c = ' ';
  }
  return s;
}

}  // namespace

size_t DisplayWidth(std::string_view text) {
  size_t width = 0;
  int32_t i = 0;
  const int32_t n = static_cast<int32_t>(text.size());
  const auto* bytes = reinterpret_cast<const uint8_t*>(text.data());
  while (i < n) {
    UChar32 c;
    U8_NEXT(bytes, i, n, c);
    if (c < 0) {
      ++width;  // an invalid byte shows as one replacement character
      continue;
    }
    int8_t category = static_cast<int8_t>(u_charType(c));
    if (category == U_NON_SPACING_MARK || category == U_ENCLOSING_MARK ||
        category == U_FORMAT_CHAR) {
      continue;
    }
    int ea = u_getIntPropertyValue(c, UCHAR_EAST_ASIAN_WIDTH);
    width += (ea == U_EA_WIDE || ea == U_EA_FULLWIDTH) ? 2 : 1;
  }
  return width;
}

Status FormatResult(const QueryResult& r, std::string_view format, std::string* out) {
  const bool evidence = !r.row_evidence.empty();
  out->clear();
  if (format == "json") {
    *out += "[";
    for (size_t i = 0; i < r.rows.size(); ++i) {
      *out += i ? ",\n " : "\n ";
      *out += "{";
      for (size_t c = 0; c < r.columns.size(); ++c) {
        if (c) *out += ",";
        AppendJsonString(r.columns[c], out);
        *out += ":" + r.rows[i][c].json;
      }
      if (evidence) {
        *out += ",\"evidence\":[";
        bool first = true;
        for (size_t k : r.row_evidence[i]) {
          const EdgeEvidence& e = r.evidence[k];
          for (const Evidence& ev : e.evidence) {
            if (!first) *out += ",";
            first = false;
            *out += "{\"source\":";
            AppendJsonString(e.source, out);
            *out += ",\"type\":";
            AppendJsonString(e.type, out);
            *out += ",\"target\":";
            AppendJsonString(e.target, out);
            *out += ",\"article_id\":";
            AppendJsonString(ev.article_id, out);
            *out += ",\"date\":";
            AppendJsonString(ev.date, out);
            *out += ",\"sentence\":";
            AppendJsonString(ev.sentence, out);
            *out += "}";
          }
        }
        *out += "]";
      }
      *out += "}";
    }
    *out += r.rows.empty() ? "]\n" : "\n]\n";
    return Status::OK();
  }
  if (format == "csv" || format == "tsv") {
    const bool csv = format == "csv";
    const char* sep = csv ? "," : "\t";
    const char* eol = csv ? "\r\n" : "\n";
    auto field = [&](const std::string& s) { return csv ? CsvField(s) : TsvField(s); };
    for (size_t c = 0; c < r.columns.size(); ++c) *out += (c ? sep : "") + field(r.columns[c]);
    if (evidence) *out += std::string(sep) + "evidence";
    *out += eol;
    for (size_t i = 0; i < r.rows.size(); ++i) {
      for (size_t c = 0; c < r.columns.size(); ++c) {
        *out += (c ? sep : "") + field(r.rows[i][c].text);
      }
      if (evidence) *out += std::string(sep) + field(EvidenceText(r, i));
      *out += eol;
    }
    return Status::OK();
  }
  if (format != "table") {
    return Status::InvalidArgument("unknown format '" + std::string(format) +
                                   "'; use table, json, csv or tsv");
  }
  std::vector<size_t> widths(r.columns.size());
  for (size_t c = 0; c < r.columns.size(); ++c) widths[c] = DisplayWidth(r.columns[c]);
  for (const auto& row : r.rows) {
    for (size_t c = 0; c < row.size(); ++c) {
      widths[c] = std::max(widths[c], DisplayWidth(OneLine(row[c].text)));
    }
  }
  auto line = [&](const std::vector<std::string>& cells) {
    std::string s;
    for (size_t c = 0; c < cells.size(); ++c) {
      if (c) s += " | ";
      s += c + 1 == cells.size() ? cells[c] : Pad(cells[c], widths[c]);
    }
    *out += s + "\n";
  };
  line(r.columns);
  std::string rule;
  for (size_t c = 0; c < widths.size(); ++c) {
    if (c) rule += "-+-";
    rule += std::string(widths[c], '-');
  }
  *out += rule + "\n";
  for (const auto& row : r.rows) {
    std::vector<std::string> cells;
    for (const Cell& cell : row) cells.push_back(OneLine(cell.text));
    line(cells);
  }
  *out += "(" + std::to_string(r.rows.size()) + (r.rows.size() == 1 ? " row)\n" : " rows)\n");
  if (evidence && !r.evidence.empty()) {
    *out += "\nEvidence:\n";
    for (const EdgeEvidence& e : r.evidence) {
      *out += "  " + e.source + " -[" + e.type + "]-> " + e.target + "\n";
      if (e.evidence.empty()) *out += "    (no evidence stored)\n";
      for (const Evidence& ev : e.evidence) {
        *out += "    " + ev.date + "  " + ev.article_id + "  " + OneLine(ev.sentence) + "\n";
      }
    }
  }
  return Status::OK();
}

}  // namespace kzgraph::query
