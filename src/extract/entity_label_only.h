// A generic group word that describes or labels an actor, or qualifies a
// thing, names no actor of its own: "the FDLR, an armed group founded by ...",
// "regards the RNC as a terrorist organisation", "un acte terroriste", "les
// listes terroristes de l'ONU". The group "terrorists" (GUIDELINES.md) is the
// collective a text calls terrorists or armed bands; such a mention is no
// entity of the article (its rules may still read it as a label).
#ifndef KZGRAPH_SRC_EXTRACT_ENTITY_LABEL_ONLY_H_
#define KZGRAPH_SRC_EXTRACT_ENTITY_LABEL_ONLY_H_

#include <vector>

#include "extract/words.h"

namespace kzgraph::extract {

// Whether the "terrorists" mention over words [b, e) of a sentence only
// labels or qualifies: a singular form ("terroriste", "armed group",
// "organisation terroriste": one group, already named, or an adjective) or a
// terror list's ("terror list", "listes terroristes"). "International
// terrorism" and plurals stay actors.
bool TerroristsLabelOnly(const std::vector<Word>& w, int b, int e);

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_ENTITY_LABEL_ONLY_H_
