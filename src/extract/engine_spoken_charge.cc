// Charges stated in reported speech: a charge label after the copula of the
// reported clause ("X said Y was a putschist"), and misdeeds only feared or
// ruled out, which charge no one ("warned that any attack by Y ...").
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

namespace {

// Whether a finite accusation frame ("accuses:svo...") fired in sentence
// `sent`, which the complicity and echo rules extend: the pending edges are
// appended sentence by sentence, so this sentence's are the last ones. Most
// sentences have none, and the rules then skip their phrase look-ups.
bool SvoAccusationPending(const std::vector<PendingRelation>& relations, uint32_t sent) {
  for (auto r = relations.rbegin(); r != relations.rend() && r->sent == sent; ++r) {
    if (r->p == "accuses" && r->rule.rfind("accuses:svo", 0) == 0) return true;
  }
  return false;
}

}  // namespace

// "any Israeli attack", "toute agression contre le Niger", "une éventuelle
// invasion russe", "a possible attack by X": up to three words before the
// misdeed (adjectives, a nationality, a determiner) hold a supposing word.
bool Engine::HypotheticalMisdeed(const Sent& s, int i) const {
  bool indefinite = false;
  for (int k = i - 1; k >= 0 && k >= i - 4; --k) {
    if (!s.w[k].word) break;
    if (StanceWordAt(s, k, "supposing") > 0) return true;  // triggers_charges.tsv
    if (Fold(s, k, "a") || Fold(s, k, "an") || Fold(s, k, "un") || Fold(s, k, "une")) {
      indefinite = true;
      break;
    }
    if (Is(s, k, c_.det) || Is(s, k, c_.possessive) || Is(s, k, c_.prep) || Is(s, k, c_.prep_de))
      break;
    const int mi = MentionAt(s, k);
    if (mi >= 0 && !s.men[mi].adj) break;
  }
  if (!indefinite) return false;
  // "an invasion by Russia would bring sanctions", "une attaque contre le
  // Niger pourrait ...": an indefinite misdeed with a modal in its clause
  // ("the attack by X could ..." is a charged one).
  const int n = static_cast<int>(s.w.size());
  for (int k = i + 1; k < n && k <= i + 10; ++k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || Is(s, k, c_.que) || Is(s, k, c_.qui))
      return false;
    if (Is(s, k, c_.modal)) return true;
  }
  return false;
}

// "Erdogan said Haftar was a putschist", "Singh told reporters that the North
// Korean soldiers were co-belligerents", "Zelensky a déclaré que la Russie
// était un État terroriste": after a verb of speech and "that"/"que" (or
// right after the verb), an actor, a copula and a charge label (stance_word
// role=charge_label, or the terrorist label): the speaker accuses the actor.
// A negation, a modal or a condition on the copula gives nothing. A threat
// label ("would be legitimate targets") warns the actor.
void Engine::SpokenChargeRule(Sent& s) {
  if (!AnyHit(s, c_.etre) && !AnyHit(s, c_.stance_word)) return;
  // The label after the copula is a threat or charge label (stance words) or
  // a "terrorists" mention: a copula can only be before the last of them, and
  // a sentence with none (most) costs one pass over its few stance words.
  int label_end = 0;  // one past the last word a label can start at
  for (int k : s.stance_word_at) {
    // Both roles in one pass over the word's entries (StanceWordAt reads one).
    for (const auto& [entry, form] : StanceHit(s, k).entries) {
      const std::string& r = r_.lex.entry(entry).Get("role");
      if (r == "threat_label" || r == "charge_label") {
        label_end = k + 1;
        break;
      }
    }
  }
  for (const Men& m : s.men) {
    if (m.id == "terrorists" && !m.adj) label_end = std::max(label_end, m.e);
  }
  if (label_end == 0) return;
  const int n = static_cast<int>(s.w.size());
  for (int cop = 1; cop + 1 < n && cop + 1 < label_end; ++cop) {
    // French future and conditional copulas ("seraient des cibles légitimes").
    // Only words in 's' or 'r' can be one: the first letter spares the compares.
    const char c0 = s.w[cop].fold.empty() ? '\0' : s.w[cop].fold[0];
    const bool cop_future = c0 == 's' && (Fold(s, cop, "serait") || Fold(s, cop, "seraient") ||
                                          Fold(s, cop, "sera") || Fold(s, cop, "seront"));
    // "would remain legitimate targets", "resteront des cibles": a threat
    // label only.
    const bool cop_remain = c0 == 'r' && (Fold(s, cop, "remain") || Fold(s, cop, "remains") ||
                                          Fold(s, cop, "restera") || Fold(s, cop, "resteront") ||
                                          Fold(s, cop, "resterait") || Fold(s, cop, "resteraient"));
    if (!Is(s, cop, c_.etre) && !cop_future && !cop_remain) continue;
    // The label: past quotes, adverbs and an article.
    int j = cop + 1;
    while (j < n && (P(s, j, '<') || P(s, j, '"') || IsAdverb(s, j))) ++j;
    j = SkipDet(s, j);
    if ((Fold(s, j, "a") || Fold(s, j, "an")) && x_->article.lang != "fr") j = SkipDet(s, j + 1);
    while (j < n && (P(s, j, '<') || P(s, j, '"'))) ++j;
    // "X said the troops would be legitimate targets" (stance_word
    // role=threat_label): a threat, which a modal or a condition shapes
    // rather than cancels.
    const int tl = StanceWordAt(s, j, "threat_label");
    int ll = tl > 0 ? tl : StanceWordAt(s, j, "charge_label");
    if (ll == 0) {
      const int lm = MentionAt(s, j);
      if (lm >= 0 && s.men[lm].id == "terrorists" && !s.men[lm].adj) ll = s.men[lm].e - j;
    }
    if (ll <= 0 || ((cop_future || cop_remain) && tl == 0)) continue;
    for (int k = cop + 1; k < j; ++k) {
      if (NegationAt(s, k)) return;
    }
    // The copula's subject: an actor right before its verb group, or a
    // nationality's troops ("the North Korean soldiers").
    const int vb = VerbGroupStart(s, cop);
    int q = vb - 1;
    int mi = MentionAt(s, q);
    // A threat also targets a state's ships, bases or interests (stance_word
    // role=threat_asset: "British ships would remain legitimate targets").
    auto owned_noun = [&](int k) {
      return HitLen(s, k, c_.troop) == 1 || (tl > 0 && StanceWordAt(s, k, "threat_asset") == 1);
    };
    if (mi < 0 && q > 0 && owned_noun(q)) {
      const int am = MentionAt(s, q - 1);
      if (am >= 0 && s.men[am].adj && s.men[am].e == q) mi = am;
    } else if (mi >= 0 && (s.men[mi].e != q + 1 ||
                           // "les instructeurs français": French troops' nationality after the noun
                           (s.men[mi].adj && !owned_noun(s.men[mi].b - 1)))) {
      mi = -1;
    }
    if (mi < 0 || s.men[mi].pronoun || s.men[mi].id.empty() || s.men[mi].id == "terrorists")
      continue;
    // Before the subject: "that"/"que", with a verb of speech at most four
    // words back ("told reporters that"), or the verb of speech itself.
    int b = s.men[mi].b - 1;
    if (s.men[mi].adj && owned_noun(b)) --b;  // the troop noun before
    while (b >= 0 && Is(s, b, c_.det)) --b;
    bool spoken = b >= 0 && HitLen(s, b, c_.speech) > 0;
    if (b >= 0 && (Is(s, b, c_.que) || Fold(s, b, "that"))) {
      for (int k = b - 1; k >= 0 && k >= b - 4 && !spoken; --k) {
        if (P(s, k, '.') || P(s, k, ';')) break;
        spoken = HitLen(s, k, c_.speech) > 0;
      }
    }
    // "Selon X, les émeutiers sont des terroristes", "According to X, Y is
    // ...": the clause's words are X's (the speaker). "X, selon qui Y est
    // ...": the relative's antecedent speaks.
    std::string says = s.speaker;
    if (!spoken && P(s, b, ',')) {
      const int am = MentionAt(s, b - 1);
      if (am >= 0) {
        const int a = BeforeDets(s, s.men[am].b);
        // "according to" is one class phrase: its last word before the name.
        spoken =
            a >= 0 && (Is(s, a, c_.according) || (Fold(s, a, "to") && Fold(s, a - 1, "according")));
      }
    }
    // "« Poutine est un criminel de guerre », a lancé X", "\"Putin is a war
    // criminal,\" Biden told reporters": the clause opens the quoted words of
    // the sentence's speaker.
    if (!spoken && s.inq[cop] != 0 && !s.speaker.empty() &&
        (b < 0 || P(s, b, '"') || P(s, b, '<')))
      spoken = true;
    if (!spoken && Is(s, b, c_.qui) && Is(s, b - 1, c_.according)) {
      int a = b - 2;
      if (P(s, a, ',')) --a;
      const int am = MentionAt(s, a);
      if (am >= 0 && !s.men[am].adj) {
        spoken = true;
        says = IdOf(s, am);
      }
    }
    if (!spoken || says.empty()) continue;
    std::string why;
    if (tl > 0) {
      for (int k = vb; k < cop && why.empty(); ++k) {
        if (NegationAt(s, k)) why = "negated";
      }
    } else {
      why = Blocked(s, vb, cop, Form::kFinite);
      for (int k = vb; k <= cop && why.empty(); ++k) {
        if (Is(s, k, c_.modal)) why = "hypothetical";
      }
      if (why.empty()) why = ConditionAfter(s, j + ll);
    }
    const char* type = tl > 0 ? "warns" : "accuses";
    if (!why.empty()) {
      if (tracing_) Log(s, std::string("  blocked ") + type + ":spoken-charge: " + why);
      continue;
    }
    const std::vector<std::string> subj =
        says != s.speaker || s.speakers.empty() ? std::vector<std::string>{says} : s.speakers;
    const std::vector<std::string> obj = NotOwnSide(s, subj, Expand(s, mi, -1));
    if (obj.empty()) continue;
    Emit(s, subj, type, obj, std::string(type) + ":spoken-charge", 0.75);
  }
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

// "a accusé la Cédéao de préparer une agression en collaboration avec des
// pays occidentaux", "accused Algeria of arming the rebels with the help of
// France": an accomplice named after a complicity phrase (stance_word
// role=complicity) inside the charge of an accusation verb earlier in the
// sentence is accused by whoever that verb's edges made accusers.
void Engine::ComplicityRule(Sent& s) {
  if (!AnyHit(s, c_.stance_word) || !AnyHit(s, c_.trigger) ||
      !SvoAccusationPending(relations_, s.index))
    return;
  const int n = static_cast<int>(s.w.size());
  for (int c : s.stance_word_at) {
    const int cl = StanceWordAt(s, c, "complicity");
    if (cl == 0) continue;
    // An accusation verb before the phrase, in the same sentence part.
    bool charge = false;
    for (int k = c - 1; k >= 0 && k >= c - 25 && !charge; --k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      if (HitLen(s, k, c_.trigger) == 0) continue;
      for (const auto& [entry, form] : LexAt(s, k, c_.trigger).entries) {
        const LexEntry& e = r_.lex.entry(entry);
        charge |= e.Get("type") == "accuses" && e.Get("pos") == "verb" && !OtherLanguage(entry);
      }
    }
    if (!charge) continue;
    int r = c + cl;
    while (r < n && (P(s, r, '<') || P(s, r, '"'))) ++r;
    r = SkipDet(s, r);
    int mi = MentionAt(s, r);
    // A nationality names its state only with a noun of states ("des pays
    // occidentaux", "Western powers"), not "des responsables nigériens".
    // (stance_word role=states_noun, triggers_charges.tsv)
    auto states_noun = [&](int k) {
      return k < n && (r_.WordLists(s.w[k].hash) & kStatesNoun) != 0;
    };
    if (mi >= 0 && s.men[mi].adj && !states_noun(s.men[mi].e) && !states_noun(s.men[mi].b - 1))
      mi = -1;
    if (mi < 0 && states_noun(r)) {
      const int am = MentionAt(s, r + 1);
      if (am >= 0 && s.men[am].adj) mi = am;
    }
    if (mi < 0 || s.men[mi].pronoun || s.men[mi].id.empty()) continue;
    std::vector<std::string> accusers;
    for (const PendingRelation& rel : relations_) {
      if (rel.sent != s.index || rel.p != "accuses" || rel.rule.rfind("accuses:svo", 0) != 0)
        continue;
      if (std::find(accusers.begin(), accusers.end(), rel.s) == accusers.end())
        accusers.push_back(rel.s);
    }
    if (accusers.empty()) continue;
    const std::vector<std::string> obj = Expand(s, mi, +1);
    Emit(s, accusers, "accuses", obj, "accuses:complicity", 0.7);
  }
}

// "Le Trésor américain a sanctionné X, accusé de soutenir le M23", "police
// arrested X, suspected of ...": an accusation participle after a comma,
// the charged actor right before it as the object of a sanctioning or
// arresting verb (stance_word role=sanction_verb): that verb's subject
// accuses him. A "par"/"by" agent in the charge names another accuser.
void Engine::SanctionedChargedRule(Sent& s) {
  if (!AnyHit(s, c_.trigger) || !AnyHit(s, c_.stance_word)) return;
  const int n = static_cast<int>(s.w.size());
  for (int i : s.trigger_at) {
    if (i < 3 || !P(s, i - 1, ',')) continue;
    const int te = ChargeParticipleEnd(s, i);
    if (te < 0) continue;
    bool agent = false;
    for (int k = te; k < n && k < te + 15 && !agent; ++k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      agent = Fold(s, k, "par") || Fold(s, k, "by");
    }
    if (agent) continue;
    const int mi = MentionAt(s, i - 2);
    if (mi < 0 || s.men[mi].e != i - 1 || s.men[mi].pronoun || s.men[mi].adj ||
        s.men[mi].id.empty())
      continue;
    // The verb right before the charged actor (past a determiner).
    int v = s.men[mi].b - 1;
    while (v >= 0 && Is(s, v, c_.det)) --v;
    int vb = -1;
    for (int b = v; b >= 0 && b >= v - 2 && vb < 0; --b) {
      if (const int l = StanceWordAt(s, b, "sanction_verb"); l > 0 && b + l == v + 1) vb = b;
    }
    if (vb < 0) continue;
    const std::string why = Blocked(s, VerbGroupStart(s, vb), vb, Form::kFinite);
    if (!why.empty()) {
      if (tracing_) Log(s, "  blocked accuses:sanctioned-charged: " + why);
      continue;
    }
    std::string how;
    std::vector<std::string> subj = Subject(s, vb, &how);
    if (subj.empty()) continue;
    Emit(s, subj, "accuses", {IdOf(s, mi)}, "accuses:sanctioned-charged", 0.7);
  }
}

// "Kinshasa accuse le Rwanda de soutenir le M23, ce que confirment les
// experts de l'ONU", "accused Rwanda of backing the M23, a charge echoed by a
// report of UN experts": the actor after a phrase of confirmation (stance_word
// role=charge_echo; up to three plain words such as "un rapport de" between)
// accuses whom the sentence's accusation verb accused.
void Engine::EchoedChargeRule(Sent& s) {
  if (!AnyHit(s, c_.stance_word) || !SvoAccusationPending(relations_, s.index)) return;
  const int n = static_cast<int>(s.w.size());
  for (int c : s.stance_word_at) {
    const int cl = StanceWordAt(s, c, "charge_echo");
    if (cl == 0) continue;
    int r = c + cl;
    int mi = -1;
    for (int words = 0; r < n && words < 5; ++r, ++words) {
      if (!s.w[r].word) break;
      mi = MentionAt(s, r);
      if (mi >= 0) break;
    }
    if (mi < 0 || s.men[mi].pronoun || s.men[mi].id.empty()) continue;
    const std::string echo = IdOf(s, mi);
    std::vector<std::string> accused;
    for (const PendingRelation& rel : relations_) {
      if (rel.sent != s.index || rel.p != "accuses" || rel.rule.rfind("accuses:svo", 0) != 0 ||
          rel.s == echo || rel.o == echo)
        continue;
      if (std::find(accused.begin(), accused.end(), rel.o) == accused.end())
        accused.push_back(rel.o);
    }
    if (accused.empty()) continue;
    Emit(s, {echo}, "accuses", accused, "accuses:echoed", 0.7);
  }
}

// "A statement from the Malian government accused France of ...", "The
// statement, issued by the Kremlin, accused Kyiv", "Le texte, lu à Niamey
// par le porte-parole du régime nigérien, accuse la Cédéao": a finite
// accusation or warning verb whose clause opens with a document noun
// (stance_word role=document_noun) and names no actor but the document's
// author, after "de"/"of"/"from"/"by"/"par", before the verb: the author
// accuses (or warns) the verb's direct object.
void Engine::DocumentSubjectRule(Sent& s) {
  if (!AnyHit(s, c_.trigger) || !AnyHit(s, c_.stance_word)) return;
  // No document noun among the stance words (most sentences): nothing fires.
  bool any_document = false;
  for (int k : s.stance_word_at) any_document |= StanceWordAt(s, k, "document_noun") > 0;
  if (!any_document) return;
  for (int t : s.trigger_at) {
    // The document noun is looked for first: few clauses open with one, and
    // reading the trigger's entries (a phrase look-up) costs more.
    const int vb = VerbGroupStart(s, t);
    // The clause's first words: a determiner and the document noun.
    int d = vb - 1;
    while (d > 0 && !P(s, d - 1, '.') && !P(s, d - 1, ';') && !P(s, d - 1, ':') && vb - d < 16) --d;
    if (d < 0 || vb - d >= 16) continue;
    while (P(s, d, '"') || P(s, d, '<')) ++d;
    const int doc = SkipDet(s, (Fold(s, d, "a") || Fold(s, d, "an")) ? d + 1 : d);
    const int dl = StanceWordAt(s, doc, "document_noun");
    if (dl == 0) continue;
    const Lexicon::Hit h = LexAt(s, t, c_.trigger);
    std::string type;
    for (const auto& [entry, form] : h.entries) {
      const LexEntry& e = r_.lex.entry(entry);
      if (form == Form::kFinite && e.Get("pos") == "verb" && e.Get("frame") == "svo" &&
          !OtherLanguage(entry) && (e.Get("type") == "accuses" || e.Get("type") == "warns") &&
          e.Get("then").empty() && e.Get("obj").find("direct") != std::string::npos)
        type = e.Get("type");
    }
    if (type.empty()) continue;
    // The author: the one actor between the noun and the verb, after a
    // preposition of origin.
    int author = -1, actors = 0;
    std::string last_id;
    for (int k = doc + dl; k < vb; ++k) {
      const int mi = MentionAt(s, k);
      if (mi < 0) continue;
      if (s.men[mi].id != last_id) ++actors;  // "par le porte-parole X": one actor
      last_id = s.men[mi].id;
      int p = s.men[mi].b - 1;
      while (p > doc && Is(s, p, c_.det)) --p;
      if (Is(s, p, c_.prep_de) || Fold(s, p, "from") || Fold(s, p, "by") || Fold(s, p, "par"))
        author = author < 0 ? mi : author;
      k = s.men[mi].e - 1;
    }
    if (author < 0 || actors > 3 || s.men[author].pronoun || s.men[author].id.empty()) continue;
    const std::string why = Blocked(s, vb, t + h.length - 1, Form::kFinite);
    if (!why.empty()) continue;
    std::vector<std::string> obj = Object(s, t + h.length, "direct");
    const std::string who = IdOf(s, author);
    obj.erase(std::remove(obj.begin(), obj.end(), who), obj.end());
    if (obj.empty()) continue;
    Emit(s, Expand(s, author, +1), type, obj, type + ":document", 0.7);
  }
}

}  // namespace kzgraph::extract::internal
