// Text cleaning and escaping shared by the exporters. Names come from news
// pages and may hold anything: invalid UTF-8, control characters, quotes,
// backslashes, markup. Each writer escapes for its own syntax.
#ifndef KZGRAPH_SRC_EXPORT_ESCAPE_H_
#define KZGRAPH_SRC_EXPORT_ESCAPE_H_

#include <string>
#include <string_view>

namespace kzgraph::exporting {

// Valid UTF-8 without the characters XML 1.0 forbids: invalid byte sequences
// become U+FFFD, C0/C1 controls and U+FFFE/U+FFFF are removed. Tab, LF and CR
// are kept when `keep_breaks`, else each becomes one space.
std::string CleanText(std::string_view text, bool keep_breaks);

// `text` (already clean) for an XML attribute value in double quotes; line
// breaks and tabs become character references so readers keep them.
std::string XmlAttr(std::string_view text);
// `text` (already clean) for XML character data.
std::string XmlText(std::string_view text);

// `text` (already clean) inside a double-quoted DOT string used as an
// escString (label, tooltip): quotes and backslashes escaped, line breaks as
// \n, so Graphviz shows the characters themselves.
std::string DotString(std::string_view text);

// One CSV field, quoted when it holds a comma, quote or line break (quotes
// doubled), per RFC 4180.
std::string CsvField(std::string_view text);

// The first `max_chars` characters (code points) of clean UTF-8 `text`, with
// "…" appended when shortened.
std::string TruncateChars(std::string_view text, size_t max_chars);

}  // namespace kzgraph::exporting

#endif  // KZGRAPH_SRC_EXPORT_ESCAPE_H_
