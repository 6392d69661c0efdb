#include "extract/entity_label_only.h"

#include <string>

namespace kzgraph::extract {

namespace {

bool EndsWith(const std::string& w, const char* tail, size_t n) {
  return w.size() >= n && w.compare(w.size() - n, n, tail) == 0;
}

bool IsList(const std::string& f) {
  return f == "list" || f == "lists" || f == "liste" || f == "listes";
}

}  // namespace

bool TerroristsLabelOnly(const std::vector<Word>& w, int b, int e) {
  const int n = static_cast<int>(w.size());
  if (b < 0 || e > n || e <= b) return false;
  bool plural = false;
  for (int k = b; k < e; ++k) {
    const std::string& f = w[k].fold;
    if (!w[k].word) continue;
    // "le terrorisme international" is the collective itself.
    if (f == "terrorisme" || f == "terrorism") return false;
    plural |= EndsWith(f, "s", 1) || EndsWith(f, "x", 1) || EndsWith(f, "men", 3);
  }
  if (!plural) return true;
  // "added to the terror list", "les listes terroristes de l'ONU", "la liste
  // des organisations terroristes": the list's entries, no actor.
  if (e < n && IsList(w[e].fold)) return true;
  for (int k = b - 1; k >= 0 && k >= b - 3; --k) {
    const std::string& f = w[k].fold;
    if (IsList(f)) return true;
    if (!(f == "de" || f == "des" || f == "d" || f == "of" || f == "the" || f == "les")) break;
  }
  return false;
}

bool CompassRegion(const std::vector<Word>& w, int b, int e) {
  const int n = static_cast<int>(w.size());
  if (b < 0 || e > n || e != b + 1) return false;
  auto compass = [&](int k) {
    if (k < 0 || k >= n) return false;
    const std::string& f = w[k].fold;
    return f == "est" || f == "ouest" || f == "nord" || f == "sud" || f == "centrale" ||
           f == "orientale" || f == "occidentale" || f == "meridionale" || f == "eastern" ||
           f == "western" || f == "central" || f == "northern" || f == "southern" ||
           f == "southeast" || f == "southeastern" || f == "northeast" || f == "northeastern" ||
           f == "northwest" || f == "southwest" || f == "east" || f == "west" || f == "north" ||
           f == "south";
  };
  // "Europe de l'Est", "Europe centrale", "Europe-Est", "Eastern Europe",
  // "Southeast Europe" (not "Europe's east", a genitive).
  if (e < n && (w[e].fold == "de" || w[e].fold == "du") && e + 2 < n && w[e + 1].fold == "l" &&
      compass(e + 2))
    return true;
  if (compass(e)) return !(e + 1 < n && w[e + 1].fold == "s");
  return compass(b - 1);
}

bool MenuItem(const std::string& text, size_t begin, size_t end) {
  // The nearest character that is no blank on each side: '|', '\n' or the
  // text's edge ('\0'). Bounded: a few blanks at most.
  auto before = [&]() -> char {
    for (size_t k = begin, n = 0; k > 0 && n < 8; --k, ++n) {
      const char c = text[k - 1];
      if (c != ' ' && c != '\t') return c;
    }
    return begin == 0 ? '\0' : 'x';
  };
  auto after = [&]() -> char {
    for (size_t k = end, n = 0; k < text.size() && n < 8; ++k, ++n) {
      const char c = text[k];
      if (c != ' ' && c != '\t') return c;
    }
    return end >= text.size() ? '\0' : 'x';
  };
  const char b = before(), a = after();
  auto edge = [](char c) { return c == '|' || c == '\n' || c == '\r' || c == '\0'; };
  // A name alone between the line's edges is a section label ("EUROPE").
  return edge(b) && edge(a);
}

}  // namespace kzgraph::extract
