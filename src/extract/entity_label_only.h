// A generic group word that describes or labels an actor, or qualifies a
// thing, names no actor of its own: "the FDLR, an armed group founded by ...",
// "regards the RNC as a terrorist organisation", "un acte terroriste", "les
// listes terroristes de l'ONU". The group "terrorists" (GUIDELINES.md) is the
// collective a text calls terrorists or armed bands; such a mention is no
// entity of the article (its rules may still read it as a label).
#ifndef KZGRAPH_SRC_EXTRACT_ENTITY_LABEL_ONLY_H_
#define KZGRAPH_SRC_EXTRACT_ENTITY_LABEL_ONLY_H_

#include <string>
#include <vector>

#include "extract/words.h"

namespace kzgraph::extract {

// Whether the "terrorists" mention over words [b, e) of a sentence only
// labels or qualifies: a singular form ("terroriste", "armed group",
// "organisation terroriste": one group, already named, or an adjective) or a
// terror list's ("terror list", "listes terroristes"). "International
// terrorism" and plurals stay actors.
bool TerroristsLabelOnly(const std::vector<Word>& w, int b, int e);

// Whether the one-word name at word b is a region of it, a compass word
// glued to it: "Europe de l'Est", "Europe centrale", "Eastern Europe",
// "Southeast Europe". The region is a place, no actor.
bool CompassRegion(const std::vector<Word>& w, int b, int e);

// Whether text[begin, end) is an item of a page's navigation menu or section
// bar ("Afrique | Europe | Amériques", "Fil | Europe | Russie") or a section
// label alone on its line ("EUROPE"): a '|' or the line's edge on both sides.
// A menu names no actor.
bool MenuItem(const std::string& text, size_t begin, size_t end);

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_ENTITY_LABEL_ONLY_H_
