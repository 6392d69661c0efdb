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
    if (!(f == "de" || f == "des" || f == "d" || f == "of" || f == "the" || f == "les"))
      break;
  }
  return false;
}

}  // namespace kzgraph::extract
