// Partial quotations ("scare quotes"): a journalist quotes a few words of a
// statement inside a sentence of their own ("a exprimé sa « pleine
// solidarité » avec la Grèce", "issued a "stern warning" to NATO",
// "qualified the protesters as "terrorists""). The marks say whose wording
// it is, not where a phrase or a clause ends, so trigger phrases and
// argument walks must read through them.
#ifndef KZGRAPH_SRC_EXTRACT_PARTIAL_QUOTES_H_
#define KZGRAPH_SRC_EXTRACT_PARTIAL_QUOTES_H_

#include <functional>
#include <string>
#include <vector>

#include "extract/words.h"

namespace kzgraph::extract {

// Removes from *w (the words of one sentence of `text`) the marks of every
// short quotation that sits inside the sentence's own wording and touches a
// relation phrase: opened after a word (or after a comma for a one- or
// two-word apposition going on with the sentence), at most kMaxPartialQuoteWords words
// long, holding no sentence break, with a word inside it, or the word just
// before or after it, that `classify` calls kRelationWord (it is called on the
// sentence's words with every quotation mark left out, so that a phrase reads
// across the marks: it starts a trigger, an aid
// or troop noun: the quotation is part of the relation's phrase). A
// quotation holding a kChargeWord (a misdeed or a pejorative: "dénoncé une
// « tentative de coup d'État »") is the speaker's charge, which the stance
// rules read with its marks: it keeps them, and so does one holding a
// kNameWord, an actor's one-word name ("des forces « terroristes »": the
// quoted name is a label of the group) or a kClauseWord, a first-person
// pronoun ("« si on nous la demande »": the speaker's own clause), as do
// quotations
// opening the sentence or follow a comma or a colon (reported speech,
// whose marks the speaker rules read), long ones, labels after a naming verb
// ("called the protesters "terrorists"", "qualifié de « bandits »", read as
// labels by the stance rules), and those naming a word or a title ("the
// word "invasion"", "le film « ... »") keep their marks.
void DropPartialQuoteMarks(const std::string& text,
                           const std::function<int(const std::vector<Word>&, int)>& classify,
                           std::vector<Word>* w);

inline constexpr int kMaxPartialQuoteWords = 6;
inline constexpr int kRelationWord = 1;
inline constexpr int kChargeWord = 2;
inline constexpr int kNameWord = 4;
inline constexpr int kClauseWord = 8;
// A noun after which a quotation names a word or a title ("the word",
// "le film"), and a verb that gives a label ("called", "qualifié"): the
// lexicon's stance_word roles quote_mention_noun and quote_naming_verb.
inline constexpr int kMentionNoun = 16;
inline constexpr int kNamingVerb = 32;

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_PARTIAL_QUOTES_H_
