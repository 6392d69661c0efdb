// Relation arguments: subjects, objects, agents, places, and blocking contexts.
#include <algorithm>
#include <array>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "extract/engine_internal.h"
#include "extract/place_prepositions.h"

namespace kzgraph::extract::internal {

namespace {

// A court or tribunal: its name holds the word (English or French name).
// Appealing to a court, or bringing a case before it ("appealed to the ICJ",
// "a saisi la CPI", "a fait appel à la Cour de justice de la Cedeao"), is
// litigation, not a request for help.
bool IsCourt(const Actor* a) {
  if (!a || a->kind != "organization") return false;
  auto has_word = [](const std::string& name, std::string_view word) {
    for (size_t p = name.find(word); p != std::string::npos; p = name.find(word, p + 1)) {
      const size_t e = p + word.size();
      if ((p == 0 || name[p - 1] == ' ') && (e == name.size() || name[e] == ' ')) return true;
    }
    return false;
  };
  return has_word(a->name, "Court") || has_word(a->name, "Tribunal") ||
         has_word(a->name_fr, "Cour") || has_word(a->name_fr, "Tribunal");
}

}  // namespace

void Engine::Emit(Sent& s, const std::vector<std::string>& subj, const std::string& pred,
                  const std::vector<std::string>& obj, const std::string& rule, double conf) {
  if (subj.size() > 1 && subj.size() == obj.size()) {
    // "X, Y et Z, respectivement à la tête de A, B et C": pairs in the order
    // of the text, not every combination.
    bool respectively = false;
    for (const Word& w : s.w)
      respectively |= w.fold == "respectivement" || w.fold == "respectively";
    if (respectively) {
      auto position = [&](const std::string& id) {
        for (const Men& m : s.men) {
          if (m.id == id && !m.implied) return m.b;
        }
        return static_cast<int>(s.w.size());
      };
      auto by_position = [&](std::vector<std::string> ids) {
        std::stable_sort(ids.begin(), ids.end(), [&](const std::string& a, const std::string& b) {
          return position(a) < position(b);
        });
        return ids;
      };
      const std::vector<std::string> a = by_position(subj), b = by_position(obj);
      for (size_t k = 0; k < a.size(); ++k)
        Emit(s, {a[k]}, pred, {b[k]}, rule + "/respectively", conf);
      return;
    }
  }
  for (const std::string& a : subj) {
    for (const std::string& b : obj) EmitPair(s, a, pred, b, rule, conf);
  }
}

void Engine::EmitPair(Sent& s, const std::string& a, const std::string& pred, const std::string& b,
                      const std::string& rule, double conf) {
  if (a.empty() || b.empty() || a == b) return;
  if (frame_gate_ != nullptr && !FrameGateOpen()) return;  // a deferred block holds
  // The predicate as a view: its tests below compare lengths first.
  const std::string_view p = pred;
  if (p == std::string_view("leads") && IsPersonActor(s, b)) {
    // "led Erdogan to warn", "s'en sont pris au vieux dirigeant X": a
    // causative "lead" or a noun read as a verb; no one heads a person.
    if (tracing_) Log(s, "  dropped " + rule + ": " + a + " cannot lead the person " + b);
    return;
  }
  // (OwnStateObject drops only warnings and meetings.)
  if (p == std::string_view("warns") || p == std::string_view("meets")) {
    if (const std::string why = OwnStateObject(a, pred, b); !why.empty()) {
      if (tracing_) Log(s, "  dropped " + rule + ": " + why);
      return;
    }
  }
  if (p == std::string_view("requests_aid") && IsCourt(r_.dict.Find(b))) {
    // A court asked to act ("demande à la Cour d'ordonner des mesures",
    // "asked the court to order") is asked for help (the gold's reading);
    // the bare appeal or case is not.
    bool asked_to_act = false;
    for (const Men& m : s.men) {
      if (m.id != b || m.implied) continue;
      const int e = m.e;
      asked_to_act |= (Fold(s, e, "to") || Fold(s, e, "de") || Fold(s, e, "d")) &&
                      InSent(s, e + 1) && s.w[e + 1].word && !s.w[e + 1].upper_initial &&
                      MentionAt(s, e + 1) < 0 && !Is(s, e + 1, c_.det);
    }
    if (!asked_to_act) {
      if (tracing_) Log(s, "  dropped " + rule + ": " + b + " is a court (litigation, not aid)");
      return;
    }
  }
  // Built in place: no temporary moved in and destroyed.
  PendingRelation& r = relations_.emplace_back();
  r.s = a;
  r.p = pred;
  r.o = b;
  r.sent = s.index;
  r.rule = rule;
  r.conf = conf;
  if (p == std::string_view("meets")) {
    const Actor* met = r_.dict.Find(b);
    if (!met || met->kind == "person") last_met_person_ = b;
  }
  // The trace line is built only when traced: most runs keep no log.
  if (tracing_) Log(s, "  fired   " + rule + ": " + a + " -" + pred + "-> " + b);
  // "Son chef, X" of "le ministère tchadien des Affaires étrangères", "the
  // head of the Russian Defence Ministry": the person who heads a state's
  // ministry is a minister, an official of that state (the state named by
  // the ministry's adjective, among the page's countries).
  constexpr std::string_view kMinistry = " Ministry";
  if (p == std::string_view("leads") && b.size() > kMinistry.size() && b.ends_with(kMinistry) &&
      IsPersonActor(s, a)) {
    std::string state;
    for (const Sent& t : sents_) {
      for (const Men& m : t.men) {
        if (m.kind != "country" || m.id.empty()) continue;
        const Actor* c = r_.dict.Find(m.id);
        if (c && c->kind == "country" && !c->adj_en.empty() && b.size() > c->adj_en.size() &&
            b.compare(0, c->adj_en.size(), c->adj_en) == 0 && b[c->adj_en.size()] == ' ')
          state = c->id;
      }
      if (!state.empty()) break;
    }
    // "the Kenyan Foreign Ministry": the adjective is inside the ministry's
    // name, no mention of its own; the dictionary's countries (a rare path:
    // a person heading a ministry).
    for (size_t k = 0; state.empty() && k < r_.dict.actors().size(); ++k) {
      const Actor& c = r_.dict.actors()[k];
      if (c.kind == "country" && !c.adj_en.empty() && b.size() > c.adj_en.size() &&
          b.compare(0, c.adj_en.size(), c.adj_en) == 0 && b[c.adj_en.size()] == ' ')
        state = c.id;
    }
    // A person the dictionary gives offices of other states only: the
    // ministry was resolved to the wrong state.
    if (const Actor* p = r_.dict.Find(a); p && !p->offices.empty() && !state.empty()) {
      bool known = false;
      for (const Office& o : p->offices) known |= o.of == state || o.of == b;
      if (!known) state.clear();
    }
    if (!state.empty()) EmitPair(s, a, "official_of", state, "official_of:ministry-head", conf);
  }
}

// Start of the verb group ending at t: auxiliaries, adverbs, clitics and
// negation before the trigger.
int Engine::FindVerbGroupStart(const Sent& s, int t) const {
  int k = t;
  while (k > 0) {
    int p = k - 1;
    if (MentionAt(s, p) >= 0 && !s.men[MentionAt(s, p)].pronoun) break;
    if (s.men.size() && MentionAt(s, p) >= 0) break;  // pronoun subject
    if (Is(s, p, c_.aux) || IsAdverb(s, p) || Is(s, p, c_.clitic) || Is(s, p, c_.neg_ne) ||
        Is(s, p, c_.neg_after) || Is(s, p, c_.modal) || Is(s, p, c_.neg_en) ||
        (s.w[p].elided && (s.w[p].fold == "n" || s.w[p].fold == "s" || s.w[p].fold == "l"))) {
      k = p;
      continue;
    }
    // "a en revanche félicité", "in turn accuses", "no longer enjoys": a
    // multi-word adverb ending at p.
    int adverb_len = 0;
    for (int len = 2; len <= 4 && adverb_len == 0 && AnyHit(s, c_.adverb); ++len) {
      if (HitLen(s, p - len + 1, c_.adverb) == len) adverb_len = len;
    }
    if (adverb_len > 0) {
      k = p - adverb_len + 1;
      continue;
    }
    // "ont « condamné »", "a depuis dépêché": a quotation mark or "depuis"
    // right after an auxiliary stays inside the verb group.
    if ((P(s, p, '<') || P(s, p, '"') || Fold(s, p, "depuis")) && Is(s, p - 1, c_.aux)) {
      k = p;
      continue;
    }
    break;
  }
  return k;
}

// Why a trigger gives no edge: negation, denial or hypothesis; "" if none.
std::string Engine::Blocked(const Sent& s, int vb, int te, Form form) const {
  if (form == Form::kConditional) return "hypothetical (conditional)";
  for (int k = std::max(0, vb - 1); k < te && AnyIs(s, c_.modal); ++k) {
    if (Is(s, k, c_.modal)) return "hypothetical (" + s.w[k].fold + ")";
  }
  // ne ... pas/jamais/plus, not, never, n't, sans.
  // Every test below is of a word before te; the classes' masks skip the
  // two class tests in a sentence with no negation word.
  const bool any_negation = AnyIs(s, c_.neg_ne) || AnyIs(s, c_.neg_en);
  for (int k = std::max(0, vb - 1); k < std::min<int>(te, s.w.size()); ++k) {
    if (any_negation) {
      if (Is(s, k, c_.neg_ne)) {
        for (int q = k + 1; q < std::min<int>(te + 3, s.w.size()); ++q) {
          if (Is(s, q, c_.neg_after)) return "negated (ne ... " + s.w[q].fold + ")";
          // "ne reproche aucun incident à X", "n'a envoyé aucun soldat",
          // "n'accuse personne": a negative determiner or pronoun for object.
          if (q >= te && (Fold(s, q, "aucun") || Fold(s, q, "aucune") || Fold(s, q, "nul") ||
                          Fold(s, q, "nulle") || Fold(s, q, "personne")))
            return "negated (ne ... " + s.w[q].fold + ")";
        }
        // "Ni Paris ni Berlin n'ont accusé", "aucun pays n'a envoyé": the
        // negation's other half is in the subject, before "ne".
        for (int q = k - 1; q >= 0 && q >= k - 12; --q) {
          if (P(s, q, '.') || P(s, q, ';') || P(s, q, ':') || Is(s, q, c_.que) || Is(s, q, c_.qui))
            break;
          if (Fold(s, q, "ni") || Fold(s, q, "aucun") || Fold(s, q, "aucune") ||
              Fold(s, q, "nul") || Fold(s, q, "nulle"))
            return "negated (" + s.w[q].fold + " ... ne)";
        }
      }
      if (Is(s, k, c_.neg_en)) return "negated (" + s.w[k].fold + ")";
    }
    if (s.w[k].elided && s.w[k].fold.size() > 1 && s.w[k].fold.back() == 'n' && Fold(s, k + 1, "t"))
      return "negated (n't)";
  }
  if (Fold(s, vb - 1, "sans") || Fold(s, vb - 1, "without")) return "negated (sans)";
  // "blamed no one", "sent no troops", "accused none of its neighbours",
  // "sent not a single soldier": a negative object right after the verb.
  {
    int o = te;
    while (o < static_cast<int>(s.w.size()) && o < te + 2 && IsAdverb(s, o)) ++o;
    if (Fold(s, o, "no") || Fold(s, o, "none") || Fold(s, o, "nobody") || Fold(s, o, "nothing") ||
        (Fold(s, o, "not") && (Fold(s, o + 1, "a") || Fold(s, o + 1, "one") || Fold(s, o + 1, "any"))))
      return "negated (" + s.w[o].fold + ")";
  }
  // "Neither Armenia nor Tajikistan sent troops": the negation is in the
  // coordinated subject, before the verb.
  if (AnyIs(s, c_.neg_en)) {
    for (int k = vb - 1; k >= 0 && k >= vb - 10; --k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || P(s, k, ',') || Is(s, k, c_.que) ||
          Is(s, k, c_.qui))
        break;
      if (Fold(s, k, "neither") || Fold(s, k, "nor")) return "negated (" + s.w[k].fold + ")";
    }
  }
  // "ne permettra à personne de menacer X", "ne laissera personne menacer
  // X", "will not allow anyone to threaten X", "let no one threaten X": an
  // infinitive whose subject is nobody.
  {
    int p = vb - 1;
    if (Fold(s, p, "de") || Fold(s, p, "d") || Fold(s, p, "to")) --p;
    if (Fold(s, p, "personne") || Fold(s, p, "nobody") || Fold(s, p, "anyone") ||
        Fold(s, p, "anybody") || (Fold(s, p, "one") && Fold(s, p - 1, "no")))
      return "negated (" + s.w[p].fold + " as subject)";
  }
  // "urged the West not to blame Ukraine", "vowed never to": a negated
  // English infinitive (the loop above starts at "to").
  if (Fold(s, vb - 1, "to") && Is(s, vb - 2, c_.neg_en)) return "negated (not to)";
  // "n'ont pas, à ce stade, sollicité", "has not, so far, asked": the
  // negation stands before a short incise between commas.
  if (any_negation && P(s, vb - 1, ',')) {
    for (int q = vb - 2; q >= 1 && q >= vb - 6 && s.w[q].word; --q) {
      if (!P(s, q - 1, ',')) continue;
      if (Is(s, q - 2, c_.neg_en)) return "negated (" + s.w[q - 2].fold + ")";
      if (Is(s, q - 2, c_.neg_after)) {  // "n'ont pas", "ne l'a jamais"
        for (int n = q - 3; n >= 0 && n >= q - 5; --n) {
          if (Is(s, n, c_.neg_ne)) return "negated (ne ... " + s.w[q - 2].fold + ")";
        }
      }
      break;
    }
  }
  // "prêts à envoyer", "ready to send". Only a readiness word returns from
  // this loop: none in the sentence, no walk.
  for (int k = vb - 1; k >= 0 && k >= vb - 3 && AnyIs(s, c_.readiness); --k) {
    // "rejected the offer, accusing ...": past a comma the verb is its own.
    if (!s.w[k].word) break;
    if (!Is(s, k, c_.readiness)) continue;
    // "did not fail to", "never failed to", "n'a pas échoué à": the
    // negation asserts the act.
    if (NegationAsserts(s, k) &&
        (Is(s, k - 1, c_.neg_en) || Is(s, k - 1, c_.neg_after) ||
         (Fold(s, k - 1, "t") && k >= 2 && s.w[k - 2].elided)))
      break;
    // Its infinitive follows it ("a accepté, à l'issue d'un entretien" is
    // no plan to meet).
    // "devront également envoyer": adverbs may stand between.
    int next = k + 1;
    while (next < vb && IsAdverb(s, next)) ++next;
    if ((next == vb || Fold(s, k + 1, "a") || Fold(s, k + 1, "de") || Fold(s, k + 1, "d") ||
         Fold(s, k + 1, "to") || (Fold(s, k + 1, "with") && k + 2 == vb)))  // "tasked with"
      return "hypothetical (" + s.w[k].fold + ")";
  }
  // "offered in July last year to send", "a proposé l'an dernier d'envoyer":
  // a time adjunct (adverb phrases, years) between the readiness word and
  // the infinitive's marker leaves the offer an offer.
  if (vb >= 3 && AnyIs(s, c_.readiness) &&
      (Fold(s, vb - 1, "to") || Fold(s, vb - 1, "de") || Fold(s, vb - 1, "d"))) {
    for (int k = vb - 3; k >= 0 && k >= vb - 9; --k) {
      if (!s.w[k].word) break;
      if (!Is(s, k, c_.readiness)) continue;
      int next = k + 1;
      while (next < vb - 1) {
        if (const int len = HitLen(s, next, c_.adverb); len > 0) {
          next += len;
        } else if (IsAdverb(s, next) || Fold(s, next, "dernier") || Fold(s, next, "derniere") ||
                   Fold(s, next, "passe") || Fold(s, next, "passee") ||
                   (s.w[next].fold.size() == 4 && s.w[next].fold[0] >= '1' &&
                    s.w[next].fold[0] <= '2' && std::isdigit(s.w[next].fold[3]))) {
          ++next;
        } else if ((Fold(s, next, "in") || Fold(s, next, "en")) && next + 1 < vb - 1 &&
                   s.w[next + 1].fold.size() == 4 && std::isdigit(s.w[next + 1].fold[0])) {
          next += 2;  // "in 2023", "en 2023"
        } else {
          break;
        }
      }
      if (next == vb - 1) return "hypothetical (" + s.w[k].fold + ")";
      break;
    }
  }
  if (Fold(s, vb - 1, "jamais") || Fold(s, vb - 2, "jamais")) return "negated (jamais)";
  // "is far from supporting", "est loin de soutenir": the act is denied.
  if ((Fold(s, vb - 1, "from") && Fold(s, vb - 2, "far")) ||
      ((Fold(s, vb - 1, "de") || Fold(s, vb - 1, "d")) && Fold(s, vb - 2, "loin")))
    return "negated (far from)";
  // "selon des informations non confirmées", "according to unconfirmed
  // reports", "rumoured to have sent": an act the text does not vouch for.
  // Bounded: the words of the sentence within 20 of the trigger.
  if (AnyHit(s, c_.stance_word)) {
    const int lo = std::max(0, vb - 20), hi = te + 20;
    for (const int q : s.stance_word_at) {  // ascending
      if (q < lo) continue;
      if (q >= hi) break;
      if (StanceWordAt(s, q, "unconfirmed") > 0) return "unconfirmed (" + s.w[q].fold + ")";
    }
  }
  // "Il n'est pas question d'envoyer", "hors de question de": an infinitive
  // ruled out.
  if (Is(s, vb - 1, c_.prep_de)) {
    // ("Il n'est pas question, a-t-il précisé, de déployer": past an incise.)
    int q = vb - 2;
    if (P(s, q, ',')) {
      for (int r = q - 1; r >= 0 && r >= q - 7; --r) {
        if (P(s, r, ',')) {
          q = r - 1;
          break;
        }
        if (P(s, r, '.') || P(s, r, ';')) break;
      }
    }
    if (Fold(s, q, "question") &&
        (Is(s, q - 1, c_.neg_after) || (Fold(s, q - 1, "de") && Fold(s, q - 2, "hors"))))
      return "negated (pas question de)";
  }
  // Denial or condition earlier in the clause.
  bool own_subject = false;
  // Only a denial word returns from this loop: none in the sentence, no walk.
  const bool any_deny = AnyIs(s, c_.deny) || AnyHit(s, c_.deny);
  // Whether the verb at k is negated in its own verb group ("ne cesse", "n'a
  // pas cessé", "n'a jamais cessé", "has not stopped", "never stopped",
  // "hasn't stopped"): four words back over auxiliaries, clitics, adverbs.
  auto negated_verb = [&](int k) {
    for (int q = k - 1; q >= 0 && q >= k - 4 && s.w[q].word; --q) {
      if (Is(s, q, c_.neg_ne) || Is(s, q, c_.neg_after) || Is(s, q, c_.neg_en) ||
          (Fold(s, q, "t") && q > 0 && s.w[q - 1].elided))
        return true;
      if (!Is(s, q, c_.aux) && !Is(s, q, c_.clitic) && !IsAdverb(s, q)) return false;
    }
    return false;
  };
  for (int k = vb - 1; k >= 0 && k >= vb - 8 && any_deny; --k) {
    if (P(s, k, '.') || P(s, k, ';')) break;
    // ", en reprochant", "et accusé": a verb of its own, past the denial's
    // reach; unless the comma closes an incise right after the denial ("a
    // démenti, mercredi, avoir accusé").
    if (k == vb - 1 && P(s, k, ',')) {
      for (int q = k - 1; q >= 0 && q >= k - 6 && s.w[q].word; --q) {
        if (P(s, q - 1, ',') && (Is(s, q - 2, c_.deny) || HitLen(s, q - 2, c_.deny) > 0))
          return "denied (" + s.w[q - 2].fold + ")";
      }
      break;
    }
    if (k == vb - 1 && Is(s, k, c_.coord)) break;
    // "Kenya denied the report, while Rwanda accused ...": a clause with a
    // subject of its own starts after the comma or the conjunction.
    if (int mi = MentionAt(s, k); mi >= 0 && !s.men[mi].adj && !IsComplement(s, s.men[mi]))
      own_subject = true;
    if (own_subject && (P(s, k, ',') || Is(s, k, c_.coord) || Fold(s, k, "while") ||
                        Fold(s, k, "whereas") || Fold(s, k, "tandis")))
      break;
    // "the CSTO declined to send troops when Armenia sought its help",
    // "a refusé d'intervenir lorsque l'Arménie a demandé son aide": a
    // subordinate clause with a subject of its own is past the denial (a
    // name right before the verb: "after Kyiv accused", where "after" also
    // reads as a preposition).
    if ((own_subject || (k < vb - 1 && MentionAt(s, vb - 1) >= 0)) &&
        (Fold(s, k, "when") || Fold(s, k, "whenever") || Fold(s, k, "after") ||
                        Fold(s, k, "before") || Fold(s, k, "because") || Fold(s, k, "since") ||
                        Fold(s, k, "until") || Fold(s, k, "quand") || Fold(s, k, "lorsque") ||
                        Fold(s, k, "lorsqu") || Fold(s, k, "puisque") || Fold(s, k, "puisqu") ||
         ((Fold(s, k, "apres") || Fold(s, k, "avant")) && Is(s, k + 1, c_.que))))
      break;
    // "..., with Croatia accusing Belgrade": so does an absolute clause
    // (its subject reads as the complement of "with").
    if (Fold(s, k, "with") && P(s, k - 1, ',') && k + 1 < vb && MentionAt(s, k + 1) >= 0) break;
    // A word of an actor's name is no denial ("la garde républicaine
    // tchadienne a accusé": "garde" as in "se garde de").
    if (MentionAt(s, k) < 0 && (Is(s, k, c_.deny) || HitLen(s, k, c_.deny) > 0)) {
      // "n'a pas cessé de critiquer", "ne cesse de dénoncer", "never stopped
      // accusing": a negated cessation (negation_asserts) is a litote, the
      // act goes on; "a cessé de soutenir" stays denied.
      if (NegationAsserts(s, k) && negated_verb(k)) continue;
      return "denied (" + s.w[k].fold + ")";
    }
  }
  // "Did Ghana accuse Togo of ...?", "La Russie a-t-elle menacé Kiev ?": a
  // yes/no question asks whether the act happened. Bounded: the sentence
  // ends with "?" (its last three tokens), the clause starts within 15 words.
  {
    const int n = static_cast<int>(s.w.size());
    bool question = false;
    for (int k = n - 1; k >= 0 && k >= n - 3 && k >= te; --k) question |= P(s, k, '?');
    if (question) {
      int b = std::min(vb, n) - 1;
      while (b >= 0 && b > vb - 15 && !P(s, b, '.') && !P(s, b, '?') && !P(s, b, '!') &&
             !P(s, b, ';') && !P(s, b, ':') && !P(s, b, '<') && !P(s, b, '"'))
        --b;
      const int q = b + 1;
      if (Fold(s, q, "did") || Fold(s, q, "does") || Fold(s, q, "do") || Fold(s, q, "will") ||
          Fold(s, q, "would") || Fold(s, q, "could") || Fold(s, q, "can") ||
          Fold(s, q, "should") || Fold(s, q, "has") || Fold(s, q, "have") || Fold(s, q, "is") ||
          Fold(s, q, "are") || Fold(s, q, "was") || Fold(s, q, "were") ||
          (Fold(s, q, "est") && Fold(s, q + 1, "ce")))
        return "hypothetical (question)";
      // French inversion: "a-t-elle", "va-t-il", "peut-il", and after a
      // simple tense's verb itself: "accusera-t-il X ?", "demandera-t-elle l'aide ?".
      for (int k = q; k < std::min(te + 3, n); ++k) {
        if (s.w[k].hyphen_before && (Fold(s, k, "il") || Fold(s, k, "elle") ||
                                     Fold(s, k, "ils") || Fold(s, k, "elles")))
          return "hypothetical (question)";
      }
    }
  }
  // "to decide whether to open talks with X": a question, in its clause.
  // (Words past the sentence's end, when vb is, hold neither.)
  for (int k = std::min<int>(vb - 1, s.w.size() - 1); k >= 0 && k > vb - 12; --k) {
    const Word& w = s.w[k];
    if (w.punct == ',' || w.punct == ';' || w.punct == '.' || w.punct == ':') break;
    if (w.fold == "whether") return "hypothetical (whether)";
  }
  // "before it asks for American help", "until Kyiv requests troops": an
  // English present after "before"/"until" and its subject is a prospect.
  if (vb >= 2 && vb < static_cast<int>(s.w.size()) && s.w[vb].word &&
      s.w[vb].fold.size() > 3 && s.w[vb].fold.ends_with("s") && !s.w[vb].fold.ends_with("ss")) {
    // Only the subject between: a pronoun or an actor ("before the talks"
    // is a time, not a clause).
    auto subject_only = [&](int b) {
      for (int q = b; q < vb;) {
        if (Fold(s, q, "it") || Fold(s, q, "he") || Fold(s, q, "she") || Fold(s, q, "they") ||
            Fold(s, q, "we")) {
          ++q;
        } else if (const int mi = MentionAt(s, q); mi >= 0 && s.men[mi].e > q) {
          q = s.men[mi].e;
        } else {
          return false;
        }
      }
      return true;
    };
    for (int k = vb - 2; k >= 0 && k >= vb - 5 && s.w[k].word; --k) {
      if ((Fold(s, k, "before") || Fold(s, k, "until")) && subject_only(k + 1))
        return "hypothetical (" + s.w[k].fold + ")";
    }
  }
  for (int k = vb - 1; k >= 0 && AnyIs(s, c_.hypo_if); --k) {
    // A condition holds until the end of its own sentence, also inside a
    // long quotation read as one sentence ("If X were to ... . Lula has warned").
    if (P(s, k, ';') || P(s, k, '.') || P(s, k, '?') || P(s, k, '!')) break;
    // A condition inside a quotation closed before the verb stays there: in
    // "« Si ..., elles échoueront », a déclaré X, en accusant Y" the
    // reporting verb and what follows it are asserted, not hypothetical.
    if (s.inq[k] && vb < static_cast<int>(s.inq.size()) && !s.inq[vb]) continue;
    if (Is(s, k, c_.hypo_if) &&
        (s.w[k].fold == "si" || s.w[k].fold == "if" || s.w[k].fold == "unless") &&
        (k == 0 || P(s, k - 1, ',') || P(s, k - 1, '<') || P(s, k - 1, '"') || P(s, k - 1, '.') ||
         P(s, k - 1, '?') || P(s, k - 1, '!') ||  // in a long quotation
         Is(s, k - 1, c_.coord) || Is(s, k - 1, c_.que)))
      return "hypothetical (" + s.w[k].fold + ")";
  }
  if (std::string why = BlockedGoverned(s, vb); !why.empty()) return why;
  if (std::string why = BlockedByGovernorPastAgent(s, vb); !why.empty()) return why;
  return "";
}

// Whether the verb group at vb opens a clause reported by a past statement
// ("a promis que ...", "said on Friday that ...", "She said ..., and that
// ..."): a "que"/"that" before it in the sentence, with no sentence break or
// "if" between, after a past verb (an auxiliary before it, or an English
// -ed or irregular past) or after the sentence's past speech verb.
bool Engine::FutureInThePast(const Sent& s, int vb) const {
  auto past = [&](int v) {
    if (v < 0 || !s.w[v].word || MentionAt(s, v) >= 0) return false;
    const std::string& f = s.w[v].fold;
    return Is(s, v - 1, c_.aux) || (Is(s, v - 2, c_.aux) && IsAdverb(s, v - 1)) || f == "said" ||
           f == "told" || f == "wrote" || (f.size() > 4 && f.ends_with("ed")) ||
           // "telling Y that Beijing would support", "saying it would back"
           (f.size() > 5 && f.ends_with("ing") && HitLen(s, v, c_.speech) > 0);
  };
  // "said it would stand with X", "told reporters Kenya would back X":
  // English leaves "that" out; the verb group's subject (a pronoun or a
  // name) follows a past speech verb, or "told" and its addressee.
  if (vb >= 2 && Fold(s, vb, "would")) {
    int q = vb - 1;
    if (const int mi = MentionAt(s, q); mi >= 0 && !s.men[mi].pronoun) {
      q = s.men[mi].b - 1;
      if (Fold(s, q, "the")) --q;
    } else if (Fold(s, q, "it") || Fold(s, q, "he") || Fold(s, q, "she") || Fold(s, q, "they") ||
               Fold(s, q, "we")) {
      --q;
    } else {
      q = -1;
    }
    if (q >= 0 && ((past(q) && HitLen(s, q, c_.speech) > 0) || (q >= 1 && Fold(s, q - 1, "told"))))
      return true;
  }
  for (int q = vb - 1; q >= 0 && q >= vb - 30; --q) {
    if (P(s, q, '.') || P(s, q, ';') || P(s, q, ':') || P(s, q, '?') || Is(s, q, c_.hypo_if))
      return false;
    if (!(Is(s, q, c_.que) || Fold(s, q, "that"))) continue;
    // "said ... and that the US would stand with X": the second of two
    // coordinated complements; its verb of saying is the first's.
    if (Is(s, q - 1, c_.coord)) {
      for (int v = q - 2; v >= 0 && v >= q - 30; --v) {
        if (P(s, v, '.') || P(s, v, ';') || P(s, v, ':') || P(s, v, '?')) break;
        if (past(v) && HitLen(s, v, c_.speech) > 0) return true;
      }
      continue;
    }
    for (int v = q - 1; v >= 0 && v >= q - 4; --v) {
      if (past(v)) return true;
    }
    const int sp = s.speaker_pos;
    if (sp < 0 || sp >= q || !past(sp)) return false;
    for (int k = sp + 1; k < q; ++k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || P(s, k, '?')) return false;
    }
    return true;
  }
  return false;
}

int Engine::SkipIncise(const Sent& s, int k) const {
  int open = k;
  while (IsAdverb(s, open) || HitLen(s, open, c_.adverb) > 1)
    open += std::max(1, HitLen(s, open, c_.adverb));
  if (!P(s, open, ',')) return k;
  const int n = static_cast<int>(s.w.size());
  for (int j = open + 1; j < std::min(n, open + 9); ++j) {
    if (P(s, j, ',')) return j > open + 1 ? j + 1 : k;
    // "dans un entretien télévisé", "in a statement": a trigger noun after
    // its article is part of the incise, not a verb of its own (s8speech).
    const bool trigger_verb = HitLen(s, j, c_.trigger) > 0 && !Is(s, j - 1, c_.det);
    if (!s.w[j].word || MentionAt(s, j) >= 0 || trigger_verb || Is(s, j, c_.que) ||
        Is(s, j, c_.qui) || IsAuxWord(s, j) || Is(s, j, c_.coord))
      return k;
  }
  return k;
}

// A place, not a party: the preposition before the mention (past its
// determiners) locates the event.
bool Engine::InPlacePhrase(const Sent& s, const Men& m) const {
  const int p = BeforeDets(s, m.b);
  if (Fold(s, p, "in") || Fold(s, p, "at") || Fold(s, p, "en") || Fold(s, p, "dans") ||
      Fold(s, p, "near") || Fold(s, p, "pres"))
    return true;
  return (Fold(s, p, "a") || Fold(s, p, "au") || Fold(s, p, "aux")) &&
         (m.kind == "location" || m.rule == "dict:metonym");
}

// A mention is a complement when a preposition introduces it ("de la Russie",
// "au Kazakhstan", "selon X"): it cannot be a subject.
bool Engine::IsComplement(const Sent& s, const Men& m) const {
  int k = m.b - 1;
  // "contre le président Bazoum": the name after its title is where the title is.
  if (int tm = MentionAt(s, k); tm >= 0 && !s.men[tm].role.empty() && s.men[tm].e == m.b)
    k = s.men[tm].b - 1;
  while (k >= 0 && (Is(s, k, c_.det) || P(s, k, '<') || P(s, k, '"') || DigitWordAt(s, k) ||
                    (s.w[k].hyphen_before && DigitWordAt(s, k - 1)))) {  // "of the 14-nation X"
    if (Is(s, k, c_.prep_de) && (s.w[k].fold == "du" || s.w[k].fold == "des" ||
                                 s.w[k].fold == "de" || s.w[k].fold == "d")) {
      // "des" may be a determiner: then check what precedes it.
      // "Des manifestants ont attaqué": a sentence's first word is a determiner.
      if (s.w[k].fold == "des" && k == 0) return false;
      // ", et des manifestants ont défilé": after a comma and a conjunction
      // naming nobody before them, "des" opens a new clause's subject; after
      // a named conjunct ("de la France et des États-Unis") the list goes on.
      if (s.w[k].fold == "des" && k > 1 && Is(s, k - 1, c_.coord) && P(s, k - 2, ',') &&
          MentionAt(s, k - 3) < 0)
        return false;
      if (s.w[k].fold == "des" && k > 0 && !s.w[k - 1].word) {
        // "de la France, de la Belgique, des États-Unis": the list goes on.
        int pm = P(s, k - 1, ',') ? MentionAt(s, k - 2) : -1;
        return pm >= 0 && &s.men[pm] != &m && IsComplement(s, s.men[pm]);
      }
      return true;
    }
    --k;
  }
  if (k < 0) return false;
  if (Is(s, k, c_.prep_de) || Is(s, k, c_.prep) || Is(s, k, c_.according)) return true;
  return false;
}

// "le Conseil de sécurité collective de l'OTSC", "les autorités du
// Kazakhstan": the body belongs to the actor, which acts through it.
bool Engine::IsOrganOf(const Sent& s, const Men& m) const {
  int k = m.b - 1;
  while (k >= 0 && Is(s, k, c_.det) && !Is(s, k, c_.prep_de)) --k;
  if (!Is(s, k, c_.prep_de) || Fold(s, k, "des")) return false;
  for (int j = k - 1, steps = 0; j >= 0 && steps < 4; --j, ++steps) {
    if (MentionAt(s, j) >= 0 || !s.w[j].word) return false;
    if (HitLen(s, j, c_.orgclass) > 0 || Is(s, j, c_.govnoun)) {
      if (HitLen(s, j, c_.troop) > 0 || HitLen(s, j, c_.role) > 0) return false;
      int b = j - 1;
      return b < 0 || Is(s, b, c_.det);  // "le Conseil ...", "les autorités ..."
    }
    if (Is(s, j, c_.prep) || Is(s, j, c_.det) || Is(s, j, c_.aux)) return false;
  }
  return false;
}

// Coordinated mentions next to mention mi ("la Russie, le Belarus et
// l'Arménie"): dir -1 walks left, +1 right.
std::vector<std::string> Engine::Expand(const Sent& s, int mi, int dir, bool allow_adj) const {
  if (!s.men[mi].group.empty()) return s.men[mi].group;  // "both generals"
  // Moved in: a braced list would copy the id once more.
  std::vector<std::string> out;
  out.push_back(IdOf(s, mi));
  // A reference, not a copy: asked of every conjunct.
  auto kind_of = [](const Men& m) -> const std::string& {
    static const std::string kCountry = "country";
    return m.kind == "location" && !m.of.empty() ? kCountry : m.kind;
  };
  const std::string& kind = kind_of(s.men[mi]);
  // Headlines drop "and": "Tajikistan, Kyrgyzstan deploy troops", "Putin,
  // Tokayev hold talks". True when the word at k ends an actor that opens a
  // headline's clause (at its start, after its topic "Niger :" or after a
  // dateline), so that the comma after it joins conjuncts. Body prose keeps
  // "In Almaty, Russia ..." and "Moscow, Jan. 6 - Russia ..." as no list.
  auto headline_comma_conjunct = [&](int k) {
    if (!IsHeadline(s)) return false;
    const int pm = MentionAt(s, k);
    if (pm < 0 || s.men[pm].e != k + 1 || s.men[pm].adj || s.men[pm].pronoun) return false;
    int q = s.men[pm].b - 1;
    while (q >= 0 && MentionAt(s, q) < 0 && Is(s, q, c_.det)) --q;
    return q < 0 || P(s, q, ':') || (q >= 0 && q + 1 == DatelineEnd(s));
  };
  // One flag per conjunct of `out` (at most 13: the guard below), on the
  // stack: Expand runs for every subject and object.
  std::array<char, 16> comma_only{};
  size_t commas = 1;
  int cur = mi;
  for (int guard = 0; guard < 12; ++guard) {
    // "le Premier ministre suédois Ulf Kristersson et M. Stoltenberg": the
    // name after a title is the same conjunct.
    while (dir > 0) {
      const int same = MentionAt(s, s.men[cur].e);
      if (same < 0 || same == cur || s.men[same].id != s.men[cur].id) break;
      cur = same;
    }
    const Men& m = s.men[cur];
    int k = dir > 0 ? m.e : m.b - 1;
    // "the Russian peacekeepers and the UN Security Council": a nationality's
    // troops or government are one conjunct.
    if (dir > 0 && m.adj) {
      if (int hl = std::max(HitLen(s, k, c_.troop), Is(s, k, c_.govnoun) ? 1 : 0);
          hl > 0 && MentionAt(s, k) < 0)
        k += hl;
    }
    // "Presidents Paul Kagame of Rwanda, Yoweri Museveni of Uganda and ...":
    // a person's country after "of" belongs to that conjunct.
    if (dir > 0 && kind == "person" && Fold(s, k, "of")) {
      // the title rule may have made "of Rwanda" one mention, not indexed
      for (const Men& c : s.men) {
        if ((c.b == k || c.b == k + 1) && c.e > k + 1 && !c.adj && c.kind == "country") {
          k = c.e;
          break;
        }
      }
    }
    if (dir < 0 && guard == 0) {
      // "Tshisekedi and his Rwandan counterpart Paul Kagame", "X et son
      // homologue rwandais Y": the person's own title, nationality and
      // possessive stand between the conjuncts.
      int q = k;
      bool title = false;
      // A title is indexed by either of its mentions: the holder's or the
      // state's ("le ministre turc de la Défense X").
      auto holder_title = [&](int tm) {
        for (const Men& c : s.men)
          if (c.b == s.men[tm].b && c.e == s.men[tm].e && c.id == m.id) return true;
        return false;
      };
      bool named_title = false;  // dev10rec: a title of its own before the name
      int title_b = -1;          // s8support: where the person's own title begins
      // "X, et son homologue rwandais, Y": the title in apposition before
      // the name, between commas.
      if (P(s, q, ',') && q > 0 && MentionAt(s, q - 1) >= 0) {
        for (const Men& c : s.men)
          if (c.e == q && c.id == m.id && !c.role.empty()) {
            --q;
            break;
          }
      }
      while (q >= 0) {
        int tm = MentionAt(s, q);
        if (tm >= 0 && tm != cur && !s.men[tm].adj && s.men[tm].kind == "country" && title &&
            s.men[tm].e == title_b) {
          // "X and Somaliland President Y": the state named before the
          // person's title is part of that conjunct, as a nationality is.
          q = s.men[tm].b - 1;
        } else if (tm >= 0 && tm != cur && !s.men[tm].adj && s.men[tm].id != m.id &&
                   holder_title(tm)) {
          title = named_title = true;
          title_b = s.men[tm].b;
          q = s.men[tm].b - 1;
        } else if (tm >= 0 && tm != cur && (s.men[tm].adj || s.men[tm].id == m.id)) {
          title |= s.men[tm].id == m.id;
          named_title |= s.men[tm].id == m.id;
          if (s.men[tm].id == m.id) title_b = s.men[tm].b;
          q = s.men[tm].b - 1;
        } else if (tm < 0 && HitLen(s, q, c_.role) == 1 && !s.w[q].upper_initial) {
          title = true;  // "son homologue russe Vladimir Poutine"
          q -= 1;
        } else if (tm < 0 && Is(s, q, c_.possessive)) {
          q -= 1;
          if (title && Is(s, q, c_.coord)) k = q;
          break;
        } else if (const int om =
                       tm < 0 && GenitiveS(s, q) && !s.w[q].elided ? MentionAt(s, q - 1) : -1;
                   om >= 0 && s.men[om].kind == "country" && !s.men[om].adj &&
                   s.men[om].id != m.id) {
          // "X and Venezuela's Nicolás Maduro met" (s7args): the state owning
          // the second name stands between the conjuncts, as a title does.
          title = named_title = true;
          q = s.men[om].b - 1;
        } else {
          // "X et le ministre de la Défense Y", "X and Defence Minister Y":
          // the conjunction before the second person's title.
          int d = q;
          while (d >= 0 && MentionAt(s, d) < 0 && Is(s, d, c_.det)) --d;
          if (named_title && Is(s, d, c_.coord)) k = d;
          break;
        }
      }
    }
    if (dir < 0) {
      // "le président kényan William Ruto et le président ougandais Yoweri
      // Museveni ont discuté": the conjunct's own title before its name.
      if (const int tm = MentionAt(s, k); tm >= 0 && tm != cur && s.men[tm].id == m.id &&
                                          s.men[tm].e == m.b && !s.men[tm].role.empty())
        k = s.men[tm].b - 1;
      for (int fw = 0; fw < 2 && k >= 0 && MentionAt(s, k) < 0 &&
                       (Is(s, k, c_.det) || Is(s, k, c_.prep_de) || Fold(s, k, "au") ||
                        Fold(s, k, "aux") || Fold(s, k, "en"));
           ++fw)
        --k;
    }
    bool sep = false, coordinated = false;
    // separators: , et ou and (and a trailing ", et")
    // "par l'OTAN, la KFOR, et la Roumanie doit": in French a comma before
    // "et" joins clauses; the list ends there.
    if (dir > 0 && P(s, k, ',') && Fold(s, k + 1, "et") && !m.adj) {
      const int nm = MentionAt(s, SkipDet(s, k + 2));
      // ... when a verb follows the next name ("et la Roumanie doit").
      if (nm >= 0 && !s.men[nm].adj && s.men[nm].e < static_cast<int>(s.w.size()) &&
          s.w[s.men[nm].e].word && !s.w[s.men[nm].e].upper_initial &&
          !Is(s, s.men[nm].e, c_.coord) && !Is(s, s.men[nm].e, c_.prep_de))
        break;
    }
    // "held talks with X, and Gen. Y, chairman of Z, spoke with W", "met X,
    // and Y said": a name after ", and" / ", et" whose own reporting or
    // event verb follows (past an apposition between commas) is the subject
    // of a new clause, not one more conjunct.
    if (dir > 0 && P(s, k, ',') && (Fold(s, k + 1, "and") || Fold(s, k + 1, "et")) && !m.adj) {
      const int nm = MentionAt(s, SkipDet(s, k + 2));
      if (nm >= 0 && !s.men[nm].adj) {
        const int n = static_cast<int>(s.w.size());
        int j = s.men[nm].e;
        if (P(s, j, ',')) {
          int q = j + 1;
          while (q < n && q < j + 12 && !P(s, q, ',') && !P(s, q, '.') && !P(s, q, ';')) ++q;
          j = q < n && P(s, q, ',') ? q + 1 : n;
        }
        if (j < n && s.w[j].word && !s.w[j].upper_initial &&
            (HitLen(s, j, c_.trigger) > 0 || HitLen(s, j, c_.speech) > 0))
          break;
      }
    }
    // "au Tchad, où la France": the accented "où" opens a relative, it joins
    // no conjuncts (s8troops).
    while (k >= 0 && k < static_cast<int>(s.w.size())) {
      // s11args: "X, ainsi que Y", "X as well as Y": a coordinator of
      // several words (class coord) joins conjuncts as "et" does.
      int phrase = dir > 0 ? HitLen(s, k, c_.coord) : 0;
      for (int l = 2; dir < 0 && l <= 3 && phrase == 0; ++l)
        if (k - l + 1 >= 0 && HitLen(s, k - l + 1, c_.coord) == l) phrase = l;
      if (phrase > 1) {
        sep = coordinated = true;
        k += dir * phrase;
        continue;
      }
      if (!(P(s, k, ',') || (Is(s, k, c_.coord) && !IsWhereWord(s, k)))) break;
      sep = true;
      coordinated |= Is(s, k, c_.coord);
      k += dir;
    }
    if (!sep) break;
    // "..., la KFOR, et la Roumanie doit dépêcher": in French a comma before
    // "et" joins clauses, not the conjuncts of a list.
    if (dir < 0) {
      int q = m.b - 1;
      while (q >= 0 && MentionAt(s, q) < 0 && (Is(s, q, c_.det) || Is(s, q, c_.prep_de))) --q;
      if (Fold(s, q, "et") && P(s, q - 1, ',')) break;
      // "talked with X, and Y spoke with Z": in English the serial comma
      // joins lists too, so only when the names before it are the object of
      // a verb or of "with" (past titles, appositions and commas).
      if (Fold(s, q, "and") && P(s, q - 1, ',')) {
        int p = q - 2;
        for (int steps = 0; p >= 0 && steps < 16; ++steps) {
          const int pm = MentionAt(s, p);
          if (pm >= 0) {
            p = s.men[pm].b - 1;
          } else if (P(s, p, ',') || Is(s, p, c_.det) || Is(s, p, c_.possessive) ||
                     Is(s, p, c_.coord) || (HitLen(s, p, c_.role) > 0 && !s.w[p].upper_initial)) {
            --p;
          } else {
            break;
          }
        }
        if (p >= 0 && s.w[p].word && !s.w[p].upper_initial &&
            (Fold(s, p, "with") || HitLen(s, p, c_.trigger) > 0))
          break;
      }
    }
    // "X, Y verb": a comma alone before the subject starts no list, except
    // in a headline's telegraphic coordination ("Mali, Burkina Faso denounce
    // ECOWAS sanctions", "Niger : Paris, Berlin condamnent ..."), where the
    // first conjunct opens the clause.
    if (dir < 0 && out.size() == 1 && !coordinated && !headline_comma_conjunct(k)) break;
    // "la France, et plus largement l'UE,", "and especially Algeria" (s9args):
    // an adverb of extent or emphasis after the conjunction.
    if (dir > 0 && coordinated) k = SkipExtentAdverbs(s, k);
    // function words before the next conjunct: det, de/du/des, à/au, en
    int fw = 0;
    while (dir > 0 && k < static_cast<int>(s.w.size()) && fw < 2 &&
           (Is(s, k, c_.det) || Is(s, k, c_.prep_de) || Fold(s, k, "au") || Fold(s, k, "aux") ||
            Fold(s, k, "en") || Fold(s, k, "a")) &&
           MentionAt(s, k) < 0) {
      k += dir;
      ++fw;
    }
    int nm = MentionAt(s, k);
    if (nm < 0 || s.men[nm].pronoun) break;
    // "X and Azerbaijan's President Y": the conjunct is the person.
    if (int pm = dir > 0 && kind == "person" && s.men[nm].b == k ? PossessedPerson(s, nm) : -1;
        pm >= 0) {
      out.push_back(IdOf(s, pm));
      comma_only[commas++] = !coordinated;
      cur = pm;
      continue;
    }
    // "X and Basotho National Party leader Y", "X and the EU's Y": in a list
    // of persons, an organization right before a person's title or name is
    // that person's own, and the conjunct is the person.
    if (dir > 0 && kind == "person" && s.men[nm].b == k && s.men[nm].kind == "organization" &&
        !s.men[nm].adj) {
      int q = s.men[nm].e;
      if (s.w[q - 1].elided && Fold(s, q, "s")) ++q;  // "the EU's"
      const int pm = MentionAt(s, q);
      if (pm >= 0 && s.men[pm].b == q && s.men[pm].kind == "person" && !s.men[pm].pronoun &&
          !s.men[pm].id.empty()) {
        out.push_back(IdOf(s, pm));
        comma_only[commas++] = !coordinated;
        cur = pm;
        continue;
      }
    }
    // "hosted Rwandan President X and Congolese President Y": in a list of
    // persons, a nationality right before a person's title is that person's
    // own, and the conjunct is the person.
    if (dir > 0 && kind == "person" && s.men[nm].b == k &&
        (s.men[nm].adj || s.men[nm].rule == "dict:demonym")) {
      const int pm = MentionAt(s, s.men[nm].e);
      if (pm >= 0 && s.men[pm].b == s.men[nm].e && s.men[pm].kind == "person" &&
          !s.men[pm].pronoun && !s.men[pm].id.empty()) {
        out.push_back(IdOf(s, pm));
        comma_only[commas++] = !coordinated;
        cur = pm;
        continue;
      }
    }
    const std::string& next_kind = kind_of(s.men[nm]);
    // "Kyiv and the West", "Israel and Hamas": states, bodies and groups are
    // conjuncts of one another; persons only of persons.
    auto actor_kind = [](const std::string& k) {
      return k == "country" || k == "organization" || k == "group";
    };
    if (next_kind != kind && !(actor_kind(kind) && actor_kind(next_kind))) break;
    if (!allow_adj && s.men[nm].adj) break;
    if (dir < 0 && (s.men[nm].e != k + 1)) break;
    if (dir > 0 && s.men[nm].b != k) break;
    // "After the coup in Niamey, Burkina Faso and Mali warned": a place
    // joined by a comma alone ends the introductory phrase, not a conjunct.
    if (dir < 0 && !coordinated && InPlacePhrase(s, s.men[nm])) break;
    out.push_back(IdOf(s, nm));
    comma_only[commas++] = !coordinated;
    cur = nm;
  }
  // "by the United States, the UN, Turkey and others", "la France, le Mali
  // et d'autres", "X, Y, etc." (s10accuse): the list ends open, its commas
  // join conjuncts.
  auto open_end = [&] {
    int k = s.men[cur].e;
    if (P(s, k, ',')) ++k;
    if (Fold(s, k, "etc")) return true;
    if (!Is(s, k, c_.coord)) return false;
    const int o = Fold(s, k + 1, "d") || Fold(s, k + 1, "de") ? k + 2 : k + 1;
    // "..., Y and several smaller militias", "..., de Y et de plusieurs
    // milices": a last conjunct of indefinite quantity closes the list too.
    return Fold(s, o, "others") || Fold(s, o, "autres") || Fold(s, o, "several") ||
           Fold(s, o, "plusieurs") || Fold(s, o, "various") || Fold(s, o, "divers") ||
           Fold(s, o, "diverses") || Fold(s, o, "numerous") || Fold(s, o, "nombreux") ||
           Fold(s, o, "nombreuses") || Fold(s, o, "many") || Fold(s, o, "quelques") ||
           Fold(s, o, "some") || Fold(s, o, "other");
  };
  if (dir > 0 && !P(s, s.men[cur].e, ')') && !(comma_only[commas - 1] && open_end())) {
    // "accuse Kigali, la SADC renforce ...": a list ends with et/ou/and;
    // conjuncts after the last coordinator start another clause.
    while (out.size() > 1 && comma_only[commas - 1]) {
      out.pop_back();
      --commas;
    }
  }
  return out;
}

// The subject of the sentence's main clause: its first actor that is neither
// a complement ("selon X", "au Mali"), nor quoted, nor a bare adjective,
// within the clause that ends before `limit`.
int Engine::DatelineEnd(const Sent& s) const {
  const int n = static_cast<int>(s.w.size());
  const int mi = MentionAt(s, 0);
  if (mi < 0 || !P(s, s.men[mi].e, ',')) return 0;
  bool date = false;
  for (int j = s.men[mi].e + 1; j < std::min(n, s.men[mi].e + 10); ++j) {
    if (P(s, j, '-')) return date ? j + 1 : 0;
    if (P(s, j, '.') || P(s, j, ';') || P(s, j, ',') || Is(s, j, c_.aux) ||
        HitLen(s, j, c_.trigger) > 0)
      return 0;
    date |= DigitWordAt(s, j);
  }
  return 0;
}

std::vector<std::string> Engine::MainSubject(const Sent& s, int limit) const {
  // "KHARTOUM, June 15 — Sudan's army ...": the dateline's place is no subject.
  int from = DatelineEnd(s);
  if (from >= limit) from = 0;
  // The clause starts after a semicolon, after the end of a sentence quoted
  // inside this one, or after a headline's topic ("Centrafrique : Paris
  // gèle son aide et dénonce ...", not before a quotation it introduces).
  for (int k = limit - 1; k >= 0; --k) {
    if (P(s, k, ';') || P(s, k, '.') || P(s, k, '?') || P(s, k, '!') ||
        (P(s, k, ':') && k + 1 < limit && !s.inq[k + 1])) {
      from = k + 1;
      break;
    }
  }
  // "The US brokered talks, but Ethiopia walked away, accusing Washington",
  // "..., while opposition politicians criticised X, accusing him": a clause
  // coordinated after a comma, with a subject of its own, is the one a later
  // participle or verb continues.
  for (int k = limit - 1; k > from + 1; --k) {
    if (!P(s, k - 1, ',') || s.inq[k]) continue;
    const bool coord = Fold(s, k, "but") || Fold(s, k, "mais") || Fold(s, k, "while") ||
                       Fold(s, k, "whereas") ||
                       (Fold(s, k, "tandis") && (Fold(s, k + 1, "que") || Fold(s, k + 1, "qu")));
    if (!coord) continue;
    int q = k + 1;
    if (Fold(s, q, "que") || Fold(s, q, "qu")) ++q;
    const int cm = MentionAt(s, SkipDet(s, q));
    if (cm >= 0 && IsPartyKind(s.men[cm].kind) && !s.men[cm].pronoun && s.men[cm].e < limit)
      from = q;
    break;
  }
  // "As protests turned into riots, President X asked ..., describing",
  // "Alors que les manifestants ..., le président a ...": a fronted
  // subordinate clause holds no subject of the main clause; it ends at its
  // first comma.
  for (int q = from; q < limit && q < from + 10; ++q) {
    // "X, as protests grew, asked": the subject came first.
    if (const int pm = MentionAt(s, q); pm >= 0 && IsPartyKind(s.men[pm].kind)) break;
    if (q > from && !P(s, q - 1, ',')) continue;  // "On the night of X, as ..."
    const bool sub = Fold(s, q, "as") || Fold(s, q, "when") || Fold(s, q, "while") ||
                     Fold(s, q, "whereas") || Fold(s, q, "although") || Fold(s, q, "though") ||
                     Fold(s, q, "since") || Fold(s, q, "because") || Fold(s, q, "once") ||
                     Fold(s, q, "lorsque") || Fold(s, q, "lorsqu") || Fold(s, q, "quand") ||
                     Fold(s, q, "puisque") || Fold(s, q, "puisqu") ||
                     ((Fold(s, q, "alors") || Fold(s, q, "tandis") || Fold(s, q, "bien")) &&
                      (Fold(s, q + 1, "que") || Fold(s, q + 1, "qu")));
    if (sub && !s.inq[q]) {
      for (int k = q + 1; k < limit && k < q + 30; ++k) {
        if (P(s, k, ';') || P(s, k, '.') || P(s, k, '<') || P(s, k, '"')) break;
        if (P(s, k, ',')) {
          // "As Russia, Belarus and Armenia sent troops, ...": a list's comma.
          const int a = MentionAt(s, k - 1), b = MentionAt(s, SkipDet(s, k + 1));
          if (a >= 0 && b >= 0 && s.men[a].kind == s.men[b].kind &&
              (s.men[a].kind == "country" || s.men[a].kind == "organization"))
            continue;
          if (k + 1 < limit) from = k + 1;
          break;
        }
      }
      break;
    }
  }
  for (size_t mi = 0; mi < s.men.size(); ++mi) {
    const Men& m = s.men[mi];
    if (m.b < from || m.implied || m.kind.empty()) continue;
    if (m.b >= limit) break;
    if (m.adj) {
      // "Le gouvernement congolais, ..., a accusé X, tout en saluant Y": the
      // state of a government noun opening the clause is its subject.
      if (!m.id.empty() && m.kind == "country" && !s.inq[m.b] && Is(s, m.b - 1, c_.govnoun) &&
          MentionAt(s, m.b - 1) < 0 &&
          (Fold(s, m.b - 2, "le") || Fold(s, m.b - 2, "la") || Fold(s, m.b - 2, "les") ||
           Fold(s, m.b - 2, "l")) &&
          // after a fronted adjunct too: "Quelques semaines plus tôt, les
          // autorités burkinabè avaient ..." (s8speech)
          (m.b - 2 == from || (m.b - 3 >= from && P(s, m.b - 3, ','))))
        return {m.id};
      // English order: "(In January,) the Malian authorities tore up ...,
      // accusing X" (s8speech).
      if (!m.id.empty() && m.kind == "country" && !s.inq[m.b] && Is(s, m.e, c_.govnoun) &&
          MentionAt(s, m.e) < 0 && Fold(s, m.b - 1, "the") &&
          (m.b - 1 == from || (m.b - 2 >= from && P(s, m.b - 2, ','))))
        return {m.id};
      continue;
    }
    if (m.pronoun) {
      if (s.w[m.b].fold == "lui" || s.w[m.b].fold == "him" || m.plural) continue;
      std::string p = ResolvePronoun(s, m.b);
      if (p.empty()) return {};
      return {p};
    }
    if (m.id.empty() || s.inq[m.b]) continue;
    // "Hundreds of protesters", "des centaines de manifestants": the counted
    // group is the subject, not a complement (s5stance).
    const bool counted =
        m.kind == "group" && m.b >= 2 &&
        (Fold(s, m.b - 1, "of") || Fold(s, m.b - 1, "de") || Fold(s, m.b - 1, "d")) &&
        Is(s, m.b - 2, c_.quantity);
    if (IsComplement(s, m) && !IsOrganOf(s, m) && !counted) continue;
    if (ListedAfterComplement(s, m)) continue;  // (s10prec)
    // "X said ... but cautioned Israel ..., and warned Y" (s9args): the
    // object of an earlier verb of the clause is not its subject.
    if (ObjectOfTriggerVerb(s, m)) continue;
    // A possessive noun phrase names its owner, not the actor: "Blinken's
    // remarks"; but a state acts through its organs ("Mali's junta").
    if (GenitiveS(s, m.e) && !StateOrganAfter(s, m)) continue;
    // "U.S. President Joe Biden", "the UN special envoy, X": the country or
    // body qualifies the person's title.
    if (int tm = MentionAt(s, m.e); (m.kind == "country" || m.kind == "organization") && tm >= 0 &&
                                    tm != static_cast<int>(mi) && !s.men[tm].role.empty() &&
                                    s.men[tm].kind == "person" && !s.men[tm].id.empty())
      return {s.men[tm].id};
    return Expand(s, static_cast<int>(mi), -1);
  }
  return {};
}

// The organization or country that is the clause's subject before `limit`
// ("" if the subject is anything else).
std::string Engine::SubjectOrgBefore(const Sent& s, int limit) const {
  for (const Men& m : s.men) {
    if (m.b >= limit) break;
    // "Le gouvernement congolais, par la voix de son porte-parole": the state
    // of a government noun opening the sentence (as in MainSubject).
    if (m.adj && !m.implied && !m.id.empty() && m.kind == "country" && !s.inq[m.b] &&
        m.b == 2 && Is(s, 1, c_.govnoun) && MentionAt(s, 1) < 0 &&
        (Fold(s, 0, "le") || Fold(s, 0, "la") || Fold(s, 0, "les") || Fold(s, 0, "l")))
      return m.id;
    if (m.implied || m.adj || m.kind.empty() || m.id.empty() || m.pronoun || s.inq[m.b]) continue;
    if (IsComplement(s, m) && !IsOrganOf(s, m)) continue;
    if (m.kind == "organization" || m.kind == "country") return m.id;
    return "";
  }
  return "";
}

std::string Engine::ArticleAlliance() const {
  std::string found;
  for (const Sent& o : sents_) {
    for (const Men& m : o.men) {
      if (m.kind != "organization" || m.id.empty() || m.id == found) continue;
      const Actor* a = r_.dict.Find(m.id);
      if (a == nullptr) continue;
      bool alliance = false;
      for (const std::string* name : {&a->name, &a->name_fr}) {
        alliance |= name->find("Treaty") != std::string::npos ||
                    name->find("traité") != std::string::npos ||
                    name->find("Alliance") != std::string::npos;
      }
      if (!alliance) continue;
      if (!found.empty()) return "";  // two alliances: which one is meant is unknown
      found = m.id;
    }
  }
  return found;
}

std::string Engine::FrontedPlaceCountry(const Sent& s, int limit) const {
  int k = 0;
  // "Mercredi, à Washington, ...": a one-word time adjunct may come first.
  if (P(s, 1, ',') && s.w[0].word && MentionAt(s, 0) < 0) k = 2;
  if (!(Fold(s, k, "a") || Fold(s, k, "au") || Fold(s, k, "aux") || Fold(s, k, "en") ||
        Fold(s, k, "in")))
    return "";
  const int mi = MentionAt(s, SkipDet(s, k + 1));
  if (mi < 0) return "";
  const Men& m = s.men[mi];
  const bool place = m.kind == "location" && m.of == m.id;
  if ((m.kind != "country" && !place) || m.adj || m.id.empty() || m.e >= limit || !P(s, m.e, ','))
    return "";
  return m.id;
}

bool Engine::IsStateTitle(const Sent& s, int i, const std::string& role) const {
  return role == "head_of_government" || role == "foreign_minister" || role == "defense_minister" ||
         role == "interior_minister" || role == "minister" ||
         (role == "head_of_state" &&
          (Fold(s, i, "president") || Fold(s, i, "presidente") || Fold(s, i, "presidents") ||
           Fold(s, i, "roi") || Fold(s, i, "reine") || Fold(s, i, "king") || Fold(s, i, "queen")));
}

// A verb without a subject of its own takes the main clause's: coordinated
// ("a dénoncé X et reproché à Y", "rejected X and accused Y"), a gerund ("en
// reprochant à", "tout en accusant", ", accusing Nairobi"), or an infinitive of
// purpose ("pour solliciter son aide", "to seek help").
bool Engine::InheritsSubject(const Sent& s, int t, int vb, Form form) const {
  // "..., and on Thursday held talks with X", "et, lundi, s'est entretenu avec
  // X": a time adverb between the conjunction and the verb changes nothing.
  int c = vb - 1;
  while (c > 0 && c >= vb - 5 && (IsAdverb(s, c) || P(s, c, ',') || Fold(s, c, "on"))) --c;
  if (Is(s, c, c_.coord) && (s.w[c].fold == "et" || s.w[c].fold == "and")) return true;
  // "X a rencontré Y à Sotchi puis a critiqué Z": "puis" joins two verbs of
  // one subject as "et" does (a subject of its own would stand between).
  if (Fold(s, c, "puis") && form != Form::kInfinitive && form != Form::kPresentParticiple)
    return true;
  // "He thanked X and Y, but warned Russia": the contrasted verb keeps the
  // clause's subject, not the last object.
  if ((Fold(s, vb - 1, "but") || Fold(s, vb - 1, "mais")) && form != Form::kInfinitive &&
      form != Form::kPresentParticiple)
    return true;
  // "Le Mali a quitté la Cedeao, a accusé la France": a compound verb after
  // a comma that closes a whole clause (not an incise or a relative) shares
  // that clause's subject.
  if (form == Form::kPastParticiple && P(s, vb - 1, ',') && Is(s, vb, c_.aux)) {
    bool clause = false;
    for (int k = vb - 2; k >= 0; --k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':')) break;
      if (!s.w[k].word || Is(s, k, c_.qui) || Is(s, k, c_.que) || Fold(s, k, "dont")) return false;
      clause |= IsAuxWord(s, k);
    }
    if (clause) return true;
  }
  // "La Pologne soutient l'Ukraine, critique la Hongrie et met en garde la
  // Russie", "Poland backs Ukraine, criticizes Hungary and warns Russia": a
  // finite verb right after a comma that closes a clause with a trigger verb
  // of its own (no incise, relative or quotation between) continues a
  // series of verbs of one subject.
  if (form == Form::kFinite && P(s, vb - 1, ',') && !IsAuxWord(s, vb)) {
    bool verb = false;
    for (int k = vb - 2; k >= 0 && k > vb - 30; --k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':')) break;
      if (!s.w[k].word || Is(s, k, c_.qui) || Is(s, k, c_.que) || Fold(s, k, "dont"))
        return false;
      if (!verb && HitLen(s, k, c_.trigger) > 0 && MentionAt(s, k) < 0) {
        for (const auto& [entry, f] : LexAt(s, k, c_.trigger).entries)
          verb |= f == Form::kFinite;
      }
    }
    if (verb) return true;
  }
  if (form == Form::kPresentParticiple) {
    for (int k = vb - 1; k < t; ++k) {
      if (Fold(s, k, "en")) return true;
    }
    if (P(s, vb - 1, ',')) return true;
    // "..., while accusing X of", "rejected the offer by accusing X"
    // (s7stance): the English adjunct of manner or time shares the clause's
    // subject as "en accusant" does.
    // A second clause coordinated before it ("..., and Y justified it by
    // saying") has a subject of its own that MainSubject would skip: no guess.
    // "visited Beijing and Astana before warning the West": so do "before"
    // and "after".
    if (Fold(s, vb - 1, "while") || Fold(s, vb - 1, "by") || Fold(s, vb - 1, "before") ||
        Fold(s, vb - 1, "after")) {
      for (int k = 1; k < vb - 1; ++k) {
        if (!Fold(s, k, "and") && !Fold(s, k, "but")) continue;
        if (P(s, k - 1, ',')) return false;
        // "visited Beijing, Astana and Bishkek before warning": a list's
        // last name, followed by no verb of its own, opens no clause.
        if (const int am = MentionAt(s, SkipDet(s, k + 1)); am >= 0) {
          const int e = s.men[am].e;
          if (!(e >= vb - 1 || P(s, e, ',') || Is(s, e, c_.coord) || Is(s, e, c_.prep)))
            return false;
        }
      }
      return true;
    }
    // 'said the remark was "offensive," accusing X' (s7args): the English
    // comma inside the closing quotation mark.
    if ((P(s, vb - 1, '"') || P(s, vb - 1, '>')) && P(s, vb - 2, ',')) return true;
  }
  if (form == Form::kInfinitive) {
    // "s'est rendu à Pékin avant de mettre en garde l'Occident".
    if (Fold(s, vb - 1, "pour") || (Fold(s, vb - 1, "de") && Fold(s, vb - 2, "afin")) ||
        ((Fold(s, vb - 1, "de") || Fold(s, vb - 1, "d")) && Fold(s, vb - 2, "avant")) ||
        (Fold(s, vb - 1, "to") && Fold(s, vb - 2, "order")))
      return true;
  }
  return false;
}

bool Engine::StateOrganAfter(const Sent& s, const Men& m) const {
  if (m.kind != "country" || m.adj) return false;
  if (!GenitiveS(s, m.e) || s.w[m.e].elided) return false;
  const int j = m.e + 1;
  return MentionAt(s, j) < 0 && Is(s, j, c_.govnoun) && !s.w[j].upper_initial;
}

std::vector<std::string> Engine::FrontedAdjunctSubject(const Sent& s, int t) const {
  const int n = static_cast<int>(s.w.size());
  int from = DatelineEnd(s);
  // The adjunct opens the sentence with a time preposition or a participle
  // and ends at the first comma after the trigger.
  if (t < from) return {};
  auto time_opener = [&](int q) {
    return Fold(s, q, "apres") || Fold(s, q, "avant") || Fold(s, q, "lors") ||
           Fold(s, q, "pendant") || Fold(s, q, "en") || Fold(s, q, "after") ||
           Fold(s, q, "before") || Fold(s, q, "during") || Fold(s, q, "following") ||
           Fold(s, q, "upon") || Fold(s, q, "while") || Fold(s, q, "when");
  };
  // "Three days later, after ...", "Le 3 mars, après ..." (s8support): a
  // short time phrase that names no actor may come before the adjunct.
  for (int k = from; k < std::min(t, from + 6); ++k) {
    if (MentionAt(s, k) >= 0 || HitLen(s, k, c_.trigger) > 0 || P(s, k, '.') || P(s, k, ';')) break;
    if (P(s, k, ',')) {
      if (k > from && k + 1 < t && time_opener(k + 1)) from = k + 1;
      break;
    }
  }
  const Word& first = s.w[from];
  // "Dénonçant l'attitude de X, S a saisi l'ONU", "Condemning X's move, S
  // ...": the trigger itself, a present participle, opens the adjunct
  // (s9stance).
  bool participle = false;
  if (t == from) {
    for (const auto& [entry, form] : LexAt(s, t, c_.trigger).entries)
      participle |= form == Form::kPresentParticiple;
    if (!participle) return {};
  }
  const bool opener = participle || time_opener(from) ||
                      (first.word && first.fold.size() > 4 &&
                       (first.fold.compare(first.fold.size() - 3, 3, "ing") == 0 ||
                        first.fold.compare(first.fold.size() - 1, 1, "e") == 0 ||
                        first.fold.compare(first.fold.size() - 2, 2, "es") == 0) &&
                       HitLen(s, from, c_.trigger) > 0);  // "Speaking in Kyiv", "Interrogé sur"
  if (!opener) return {};
  // "After Kenya accused Rwanda, ...": an adjunct with a subject of its own.
  // ("travelling to Asmara to meet X": a place complement is no subject.)
  if (const int sm = MentionAt(s, VerbGroupStart(s, t) - 1); sm >= 0 && !IsComplement(s, s.men[sm]))
    return {};
  int comma = -1;
  for (int k = from + 1; k < std::min(n, t + 25); ++k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.qui) || Is(s, k, c_.que) ||
        (k > t && IsAuxWord(s, k)))
      return {};
    if (P(s, k, ',')) {
      if (k < t) return {};  // the trigger is past the adjunct
      comma = k;
      break;
    }
  }
  if (comma < 0) return {};
  // The main clause's subject: its first actor that no preposition governs.
  for (size_t mi = 0; mi < s.men.size(); ++mi) {
    const Men& m = s.men[mi];
    if (m.b <= comma || m.implied || m.adj || m.pronoun || m.id.empty() || m.kind.empty() ||
        s.inq[m.b])
      continue;
    if (IsComplement(s, m) && !IsOrganOf(s, m)) continue;
    if (Fold(s, m.e, "s") && !StateOrganAfter(s, m)) return {};
    if (m.kind != "person" && m.kind != "country" && m.kind != "organization") return {};
    return Expand(s, static_cast<int>(mi), +1);
  }
  return {};
}

std::vector<std::string> Engine::OpeningParticipleHead(
    const Sent& s, int te, const std::vector<std::string>& agent) const {
  const int n = static_cast<int>(s.w.size());
  int comma = -1;
  for (int k = te; k < std::min(n, te + 20); ++k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.qui) || Is(s, k, c_.que) ||
        IsAuxWord(s, k) || HitLen(s, k, c_.trigger) > 0)
      return {};
    if (P(s, k, ',')) {
      comma = k;
      break;
    }
  }
  if (comma < 0) return {};
  auto is_agent = [&](const std::string& id) {
    return std::find(agent.begin(), agent.end(), id) != agent.end();
  };
  for (size_t mi = 0; mi < s.men.size(); ++mi) {
    const Men& m = s.men[mi];
    if (m.b <= comma || m.implied || m.adj || m.pronoun || m.id.empty() || m.kind.empty() ||
        s.inq[m.b])
      continue;
    if (IsComplement(s, m)) continue;
    // A title names its holder: "la ministre nord-coréenne ..., Choe".
    size_t pick = mi;
    for (size_t q = mi; q < s.men.size() && s.men[q].b == m.b; ++q)
      if (s.men[q].kind == "person" && !s.men[q].id.empty()) pick = q;
    const Men& h = s.men[pick];
    if (is_agent(h.id)) continue;  // "Received by X, the Turkish leader, Y"
    if (h.kind != "person" && h.kind != "country" && h.kind != "organization") return {};
    if (GenitiveS(s, h.e)) return {};
    return {h.id};
  }
  return {};
}

// Whether the words between the "whose"/"dont" at q and the comma at comma
// are a determiner, a noun that names someone (a title) and, after a comma,
// a name: "whose spokesman, Maria Zakharova", "dont le porte-parole, X".
bool Engine::PossessedRelativeSubject(const Sent& s, int q, int comma) const {
  int k = SkipDet(s, q + 1);
  const int title = MentionAt(s, k);
  if (title < 0 || s.men[title].role.empty() || !P(s, s.men[title].e, ',')) return false;
  k = s.men[title].e + 1;
  const int name = MentionAt(s, k);
  return name >= 0 && s.men[name].kind == "person" && !s.men[name].pronoun &&
         s.men[name].e == comma;
}

int Engine::AppositionHead(const Sent& s, int comma) const {
  // The opening comma, past a description with no verb of its own.
  int open = -1;
  for (int q = comma - 1; q >= 0 && q > comma - 16; --q) {
    if (P(s, q, ',')) {
      open = q;
      break;
    }
    if (!s.w[q].word && !P(s, q, '-')) return -1;  // . ; : ( « "
    // A word of a name is no verb: "a spokesman for the State Department".
    if (s.w[q].upper_initial && MentionAt(s, q) >= 0 && MentionAt(s, q) == MentionAt(s, q - 1))
      continue;
    if (IsAuxWord(s, q) || Is(s, q, c_.que) || Is(s, q, c_.qui) || Fold(s, q, "dont") ||
        Fold(s, q, "whose") || HitLen(s, q, c_.speech) > 0)
      return -1;
  }
  if (open < 1 || open + 1 >= comma) return -1;
  // A description: a common noun or a title ("allié de", "chef du parti"),
  // a possessor's noun ("Serbia's closest partner"), "selon X"; not a name
  // ("Le porte-parole, Dmitri Peskov,": the name is the subject).
  const int d = SkipDet(s, open + 1);
  if (d >= comma) return -1;
  if (int dm = MentionAt(s, d); dm >= 0) {
    const Men& m = s.men[dm];
    const bool title = !m.role.empty() && m.b == d;
    const bool owner = GenitiveS(s, m.e);
    if (!title && !owner) return -1;
  } else if (!s.w[d].word || s.w[d].upper_initial) {
    return -1;
  }
  const int hm = MentionAt(s, open - 1);
  if (hm < 0) return -1;
  const Men& h = s.men[hm];
  if (h.adj || h.pronoun || h.implied || h.id.empty() || h.kind.empty() || s.inq[h.b]) return -1;
  if (IsComplement(s, h) && !IsOrganOf(s, h)) return -1;
  if (Fold(s, h.e, "s") && !s.w[h.e].elided) return -1;  // "Russia's army": the owner
  return hm;
}

int Engine::IndirectRelativeHead(const Sent& s, int vb, std::string* prep) const {
  int r = vb - 1;
  bool titled = false;  // "dont le président a dénoncé": an office of the head
  // The relative's own subject: "à qui il a demandé", "to whom Kuleba appealed".
  if (int sm = MentionAt(s, r); sm >= 0) {
    titled = !s.men[sm].role.empty() || s.men[sm].adj;
    r = s.men[sm].b - 1;
    while (Is(s, r, c_.det)) --r;
  } else if (Is(s, r, c_.pron_subj) || Fold(s, r, "he") || Fold(s, r, "she") || Fold(s, r, "it") ||
             Fold(s, r, "they")) {
    --r;
  } else {
    return -1;
  }
  int h = -1;
  if ((Fold(s, r, "qui") && (Fold(s, r - 1, "a") || Fold(s, r - 1, "avec"))) ||
      (Fold(s, r, "whom") && (Fold(s, r - 1, "to") || Fold(s, r - 1, "with")))) {
    *prep = s.w[r - 1].fold;
    h = r - 2;
  } else if (Fold(s, r, "auquel") || Fold(s, r, "auxquels") || Fold(s, r, "auxquelles")) {
    *prep = "a";
    h = r - 1;
  } else if (Fold(s, r, "laquelle") && Fold(s, r - 1, "a")) {
    *prep = "a";
    h = r - 2;
  } else if (Fold(s, r, "dont") && !titled) {
    *prep = "de";  // "Loukachenko, dont il a dénoncé le soutien à Moscou"
    h = r - 1;
  } else if (Fold(s, r, "which") && (Fold(s, r - 1, "to") || Fold(s, r - 1, "with"))) {
    *prep = s.w[r - 1].fold;  // "the bloc to which Armenia belongs"
    h = r - 2;
  } else {
    return -1;
  }
  if (P(s, h, ',')) --h;
  int hm = MentionAt(s, h);
  if (hm < 0 && h >= 0 && s.w[h].word && !s.w[h].upper_initial &&
      StanceWordAt(s, h, "member_body") > 0) {
    // "the CSTO, the Moscow-dominated bloc to which ...", "l'OTSC,
    // l'alliance à laquelle ...": a class noun in apposition to the name
    // before it stands for that name (s5struct).
    for (int q = h - 1; q >= 0 && q >= h - 8; --q) {
      if (P(s, q, ',')) {
        int a = q - 1;
        if (P(s, a, ')')) a -= 2;  // "(CSTO)"
        const int am = MentionAt(s, a);
        if (am >= 0 && s.men[am].kind == "organization" && !s.men[am].adj) hm = am;
        break;
      }
      if (!s.w[q].word && !P(s, q, '-')) break;  // "Moscow-dominated" may stand between
    }
  }
  if (hm < 0) return -1;
  const Men& m = s.men[hm];
  if (m.adj || m.pronoun || m.id.empty() || m.kind.empty()) return -1;
  return hm;
}

bool Engine::ObjectOfTriggerVerb(const Sent& s, const Men& m) const {
  const int p = BeforeDets(s, m.b);
  // Not "the Russian-led CSTO": a compound participle qualifies the name.
  if (p < 0 || !s.w[p].word || s.w[p].hyphen_before || MentionAt(s, p) >= 0 ||
      Is(s, p, c_.prep) || Is(s, p, c_.prep_de))
    return false;
  // A trigger verb phrase ending right before the object ("cautioned", "mis
  // en garde"); not an inverted one, whose subject follows it ("», a dénoncé
  // le ministre", "a répété le dirigeant").
  for (int j = std::max(0, p - 2); j <= p; ++j) {
    const int len = p + 1 - j;
    if (HitLen(s, j, c_.trigger) != len) continue;
    if (const int vg = VerbGroupStart(s, j);
        P(s, vg - 1, ',') || P(s, vg - 1, '>') || P(s, vg - 1, '"'))
      return false;
    for (const auto& [entry, form] : LexAt(s, j, c_.trigger).entries) {
      if (r_.lex.entry(entry).Get("pos") == "verb" &&
          (form == Form::kFinite || form == Form::kPastParticiple))
        return true;
    }
  }
  return false;
}

bool Engine::CoordinatedObject(const Sent& s, int vb, const std::vector<std::string>& subj) const {
  if (subj.size() != 1) return false;
  for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0; --mi) {
    const Men& m = s.men[mi];
    if (m.b >= vb || m.id != subj[0]) continue;
    return ObjectOfTriggerVerb(s, m);
  }
  return false;
}

bool Engine::Excepted(const Sent& s, const Men& m) const {
  const int p = BeforeDets(s, m.b);
  for (int j = std::max(0, p - 3); j <= p; ++j) {
    if (HitLen(s, j, c_.stance_word) > 0 && StanceWordAt(s, j, "exception") == p + 1 - j)
      return true;
  }
  return false;
}

bool Engine::PlaceObjectOfVerb(const Sent& s, const Men& m) const {
  if (m.adj || !(m.kind == "location" || m.rule == "dict:metonym")) return false;
  const int p = BeforeDets(s, m.b);
  // The object of a plain verb ("chose", "visited"); after a verb that asks
  // or urges ("urged Moscow to meet Kyiv") the place stands for its state,
  // the infinitive's subject.
  return p >= 0 && s.w[p].word && !s.w[p].upper_initial && MentionAt(s, p) < 0 &&
         !Is(s, p, c_.prep) && !Is(s, p, c_.prep_de) && !Is(s, p, c_.coord) && !Is(s, p, c_.que) &&
         !Is(s, p, c_.qui) && !Is(s, p, c_.readiness) && HitLen(s, p, c_.trigger) == 0 &&
         HitLen(s, p, c_.speech) == 0;
}

std::vector<std::string> Engine::FindSubject(const Sent& s, int t, std::string* how) const {
  int vb = VerbGroupStart(s, t);
  int k = vb - 1;
  while (k >= 0 && (P(s, k, '<') || P(s, k, '"'))) --k;  // « d'accord avec X »
  if (const int agent = NounComplementAgent(s, vb); agent >= 0) {  // (s10prec)
    SetTo(how, "noun-agent");
    return Expand(s, agent, -1);
  }
  if (Fold(s, k, "but") || Fold(s, k, "mais")) {
    // "He thanked X and Y, but warned Russia": the clause's subject, not
    // the last object before the contrast.
    std::vector<std::string> main = MainSubject(s, k);
    if (!main.empty()) {
      SetTo(how, "inherited");
      return main;
    }
  }
  // Relative clause: "M. Tokayev, qui a ordonné" ("à qui", "avec qui": not
  // the subject).
  if (Is(s, k, c_.qui) && !Fold(s, k - 1, "a") && !Fold(s, k - 1, "avec") &&
      !Fold(s, k - 1, "to") && !Fold(s, k - 1, "with")) {
    int q = k - 1;
    if (P(s, q, ',')) --q;
    if (P(s, q, ')')) --q;
    int mi = MentionAt(s, q);
    // "France, the former colonial power, which keeps", "Russia, a close
    // ally of Serbia, which backs" (s7args): the relative describes the name
    // the apposition before it describes, not the apposition's complement.
    if ((mi < 0 || IsComplement(s, s.men[mi])) && P(s, k - 1, ',')) {
      if (int head = AppositionHead(s, k - 1); head >= 0) {
        *how = "relative";
        return Expand(s, head, -1);
      }
    }
    // "Haftar, the eastern warlord who commands the LNA", "X, le chef de
    // guerre qui commande": the relative closes an apposition of the name.
    // (Not a past perfect: "X, a loyalist who had run the KNB" held it before.)
    if (mi < 0 && !P(s, k - 1, ',') && s.w[k - 1].word && !s.w[k - 1].upper_initial &&
        !Fold(s, k + 1, "had") && !Fold(s, k + 1, "avait") && !Fold(s, k + 1, "avaient")) {
      if (int head = AppositionHead(s, k); head >= 0) {
        *how = "relative";
        return Expand(s, head, -1);
      }
    }
    if (mi >= 0) {
      SetTo(how, "relative");
      return Expand(s, mi, -1);
    }
    return {};
  }
  if (k >= 0 && MentionAt(s, k) >= 0 && s.men[MentionAt(s, k)].plural) {
    SetTo(how, "pronoun");
    return s.speakers;  // "X and Y said they support Z"
  }
  // "..., with Washington blaming both sides": an absolute clause has its
  // own subject, right after "with".
  if (const int am = MentionAt(s, k); am >= 0 && Fold(s, s.men[am].b - 1, "with") &&
                                      !s.men[am].pronoun && !s.men[am].adj &&
                                      !s.men[am].id.empty() && s.w[t].fold.size() > 4 &&
                                      s.w[t].fold.compare(s.w[t].fold.size() - 3, 3, "ing") == 0) {
    SetTo(how, "absolute");
    return Expand(s, am, -1);
  }
  if (k >= 0 && MentionAt(s, k) >= 0 && s.men[MentionAt(s, k)].pronoun) {
    SetTo(how, "pronoun");
    std::string p = ResolvePronoun(s, k);
    if (p.empty()) return {};
    return {p};
  }
  if (P(s, k, ',')) {
    // "X, along with Y, sent", "X, ainsi que Y, a mis en garde", "Several
    // countries, including A, B and C, condemned": a list of actors between
    // commas right before the verb, opened by a coordinator, a comitative or
    // a list word, is (part of) the subject, not an apposition of it.
    if (std::vector<std::string> listed = InciseListSubject(s, k); !listed.empty()) {
      SetTo(how, "subject");
      return listed;
    }
    // "Loukachenko, toujours prompt à dénoncer l'Occident, a soutenu": an
    // incise with a verb of its own between the subject and its verb.
    bool verb = false;
    for (int q = k - 1; q >= 0 && q > k - 20; --q) {
      if (P(s, q, '.') || P(s, q, ';') || P(s, q, ':') || P(s, q, '<') || P(s, q, '>')) break;
      verb |= HitLen(s, q, c_.trigger) > 0 && MentionAt(s, q) < 0;
      if (!P(s, q, ',')) continue;
      int mi = MentionAt(s, q - 1);
      // "Le Caire, allié de longue date de l'état-major soudanais, soutient":
      // an apposition opening with a common noun describes the name before it.
      const int head = SkipDet(s, q + 1);
      const bool apposition = head < k && MentionAt(s, head) < 0 && s.w[head].word &&
                              !s.w[head].upper_initial && !Is(s, head, c_.qui) &&
                              !Is(s, head, c_.que) && !Is(s, head, c_.coord);
      if ((verb || apposition) && mi >= 0) {
        const Men& m = s.men[mi];
        if (!m.adj && !m.pronoun && !m.id.empty() && !m.kind.empty() && !s.inq[m.b] &&
            !IsComplement(s, m)) {
          SetTo(how, "subject");
          return Expand(s, mi, -1);
        }
      }
      break;
    }
    // "Le Caire, allié de longue date de l'armée soudanaise, soutient",
    // "Aukot, chef du parti X, reproche": a description between commas
    // names no subject of its own; its head does.
    if (int head = AppositionHead(s, k); head >= 0) {
      SetTo(how, "apposition");
      return Expand(s, head, -1);
    }
  }
  const bool trigger_quoted = s.inq[t];
  // "X chose Moscow to meet Y", "X a choisi Pékin pour rencontrer Y" (s9args):
  // a purpose infinitive's subject is the clause's, not a place its verb took.
  const bool purpose = Fold(s, vb - 1, "to") || Fold(s, vb - 1, "pour");
  bool conjoined_checked = false;
  for (int j = k, dist = 0; j >= 0 && dist < 30; --j, ++dist) {
    if (P(s, j, ',')) {
      // ", but local columnists accused X" (s10prec): the walk reaches the
      // comma only when no actor stands between it and the verb.
      if (!conjoined_checked) {
        conjoined_checked = true;
        if (ConjoinedClauseCommonSubject(s, vb)) return {};
      }
      // ", qui a mené le coup d'État contre X," / ", who led ...,": the
      // subject is the head before the relative clause.
      // The relative may hold appositions of its own (", qui a rencontré le
      // ministre serbe, Ivica Dačić, a défendu"): up to two inner commas.
      int inner_commas = 0;
      for (int q = j - 1; q >= 0 && q > j - 30; --q) {
        if (P(s, q, ';') || P(s, q, ':') || P(s, q, '.')) break;
        // The commas of a list of actors ("which groups Russia, Belarus,
        // Armenia and ...") are not the relative's own.
        const bool list_comma = MentionAt(s, q - 1) >= 0 && MentionAt(s, SkipDet(s, q + 1)) >= 0;
        if (P(s, q, ',') && !list_comma && ++inner_commas > 2) break;
        if ((Is(s, q, c_.qui) || Fold(s, q, "dont") || Fold(s, q, "whose")) && P(s, q - 1, ',')) {
          // ", whose spokesman, Wang Wenbin, accused", ", dont le porte-parole,
          // X, a accusé": only the possessed noun and its apposition stand
          // before the verb; they are the relative's own subject.
          if (!Is(s, q, c_.qui) && PossessedRelativeSubject(s, q, j)) break;
          j = q - 1;
          break;
        }
      }
      continue;
    }
    if (P(s, j, ';') || Is(s, j, c_.que)) break;
    if (P(s, j, ':') && !trigger_quoted) break;
    // "Russia flew troops in after the country's president asked ...": a
    // subordinate clause has its own subject, after its conjunction.
    if (Fold(s, j, "after") || Fold(s, j, "while") || Fold(s, j, "when") || Fold(s, j, "because") ||
        Fold(s, j, "although") || Fold(s, j, "whereas") || Fold(s, j, "quand") ||
        Fold(s, j, "lorsque") || Fold(s, j, "puisque"))
      break;
    int mi = MentionAt(s, j);
    if (mi < 0 && Is(s, j, c_.qui) && P(s, j - 1, ',')) {
      // "le statut de Rome de la Cour pénale internationale, qui a émis un
      // mandat": the relative's subject is its head, even a complement; with
      // no actor there, an actor before it is not the subject.
      int hm = MentionAt(s, j - 2);
      if (hm < 0 || s.men[hm].adj || s.men[hm].pronoun || s.men[hm].id.empty()) return {};
      SetTo(how, "relative");
      return Expand(s, hm, -1);
    }
    if (mi < 0) continue;
    const Men& m = s.men[mi];
    j = m.b;
    if (purpose && PlaceObjectOfVerb(s, m)) continue;
    if (Excepted(s, m)) continue;  // "all members except Hungary backed X" (s9args)
    if (m.plural) {
      SetTo(how, "pronoun");
      return s.speakers;
    }
    if (m.pronoun) {
      if (s.w[m.b].fold == "lui" || s.w[m.b].fold == "him") continue;
      SetTo(how, "pronoun");
      std::string p = ResolvePronoun(s, m.b);
      if (p.empty()) return {};
      return {p};
    }
    if (s.inq[m.b] && !trigger_quoted) continue;  // inside an earlier quotation
    // "appealed to A, B and C, and accused": not the list's end (s10prec).
    if (Is(s, vb - 1, c_.coord) && P(s, vb - 2, ',') && ListedAfterComplement(s, m)) continue;
    if (IsComplement(s, m) && !IsOrganOf(s, m)) {
      // "After Kenya accused Rwanda": a conjunction, not a preposition,
      // when the verb follows the mention.
      // "after President Tokayev asked": past the name's title too.
      int c = m.b - 1;
      if (const int tm = MentionAt(s, c); tm >= 0 && !s.men[tm].role.empty() && s.men[tm].e == m.b)
        c = s.men[tm].b - 1;
      while (Is(s, c, c_.det)) --c;
      if (!(m.e == vb && (Fold(s, c, "after") || Fold(s, c, "before") || Fold(s, c, "since") ||
                          Fold(s, c, "until") || Fold(s, c, "while") || Fold(s, c, "when") ||
                          Fold(s, c, "once"))))
        continue;
    }
    if (m.kind.empty() || m.id.empty()) continue;
    // "Kenyatta, the EAC's facilitator, travelled ...": an owner is not the
    // actor; an act or stance noun keeps its owner ("Washington's move was
    // backed", "Washington's backing").
    // "Zelensky's peace plan was endorsed": one modifier before the act noun.
    // Read only for an owner, after the cheaper tests.
    auto act_after_modifier = [&] {
      return m.e + 2 < static_cast<int>(s.w.size()) && s.w[m.e + 1].word &&
             !s.w[m.e + 1].upper_initial && MentionAt(s, m.e + 1) < 0 &&
             HitLen(s, m.e + 1, c_.trigger) == 0 && HitLen(s, m.e + 2, c_.act) > 0;
    };
    if (Fold(s, m.e, "s") && !s.w[m.e].elided && HitLen(s, m.e + 1, c_.act) == 0 &&
        HitLen(s, m.e + 1, c_.trigger) == 0 && HitLen(s, m.e + 1, c_.event) == 0 &&
        !StateOrganAfter(s, m) && !act_after_modifier())
      continue;
    SetTo(how, "subject");
    return Expand(s, mi, -1);
  }
  // "Three countries have sent troops to Kazakhstan: Russia, Belarus and
  // Armenia", "Quatre dirigeants se sont réunis à Grenade : A, B, C et D": a
  // plural subject with no name of its own, named by the list of actors after
  // a colon that ends the sentence. (Not an object's count: "condemned three
  // countries: A, B and C".)
  if (const int n = static_cast<int>(s.w.size()); k >= 1 && MentionAt(s, k) < 0 && s.w[k].word &&
                                                   !s.w[k].upper_initial && s.w[k].fold.size() > 3 &&
                                                   (s.w[k].fold.back() == 's' || s.w[k].fold.back() == 'x')) {
    int colon = -1;
    for (int j = t + 1; j < n && j < t + 25; ++j) {
      if (P(s, j, ':')) {
        colon = j;
        break;
      }
      if (P(s, j, '.') || P(s, j, ';') || P(s, j, '<') || P(s, j, '"') || Is(s, j, c_.que)) break;
    }
    const int pre = colon - 1;
    const bool count_object = pre > t && MentionAt(s, pre) < 0 && s.w[pre].word &&
                              (s.w[pre].fold.back() == 's' || s.w[pre].fold.back() == 'x');
    if (colon > 0 && !count_object) {
      std::vector<std::string> out;
      int i = colon + 1;
      while (i < n && !P(s, i, '.')) {
        while (i < n && MentionAt(s, i) < 0 && (Is(s, i, c_.det) || Is(s, i, c_.prep_de))) ++i;
        const int mi = MentionAt(s, i);
        if (mi < 0 || s.men[mi].b != i) return {};
        const Men& m = s.men[mi];
        if (m.pronoun || m.adj || m.id.empty() ||
            !(m.kind == "country" || m.kind == "organization" || m.kind == "group" ||
              m.kind == "person"))
          return {};
        out.push_back(IdOf(s, mi));
        i = m.e;
        if (i >= n || P(s, i, '.')) break;
        if (!P(s, i, ',') && !Is(s, i, c_.coord)) return {};
        ++i;
        if (i < n && Is(s, i, c_.coord)) ++i;
      }
      if (out.size() >= 2) {
        SetTo(how, "subject");
        return out;
      }
    }
  }
  return {};
}

// The actors of the noun phrase starting at i: a mention, or an act, troop
// or organization noun followed by "de X" / a nationality adjective.
int Engine::PossessedPerson(const Sent& s, int mi) const {
  const Men& m = s.men[mi];
  if (m.adj || m.pronoun || m.id.empty() ||
      (m.kind != "country" && m.kind != "organization" && m.kind != "person"))
    return -1;
  const int n = static_cast<int>(s.w.size());
  if (!GenitiveS(s, m.e)) return -1;
  int j = m.e + 1;
  for (int step = 0; step < 3 && j < n; ++step) {
    for (size_t q = 0; q < s.men.size(); ++q) {
      const Men& c = s.men[q];
      if (c.b == j && c.kind == "person" && !c.id.empty() && !c.pronoun && !c.adj && c.id != m.id)
        return static_cast<int>(q);
    }
    if (MentionAt(s, j) >= 0) return -1;
    // A rank ("Col.", "Field Marshal") or one lower-case noun ("son",
    // "adviser") before the name; nothing that opens another phrase.
    if (int rl = HitLen(s, j, c_.rank); rl > 0 || s.w[j].abbrev) {
      j += std::max(1, rl);
      if (P(s, j, '.')) ++j;  // "Capt." split from its point
      continue;
    }
    // The det class holds French "son", an English kin noun here.
    const bool det = Is(s, j, c_.det) && !(x_->article.lang != "fr" && Fold(s, j, "son"));
    if (!s.w[j].word || s.w[j].upper_initial || Is(s, j, c_.prep) || Is(s, j, c_.prep_de) || det ||
        Is(s, j, c_.coord) || Is(s, j, c_.aux) || Is(s, j, c_.qui) || Is(s, j, c_.que) ||
        HitLen(s, j, c_.trigger) > 0 || HitLen(s, j, c_.act) > 0)
      return -1;
    ++j;
  }
  return -1;
}

std::vector<std::string> Engine::NP(const Sent& s, int i, int depth, bool allow_adj) const {
  if (depth > 3) return {};
  const int start = i;
  i = SkipDet(s, i);
  while (IsAdverb(s, i) && depth == 0) i = SkipDet(s, i + 1);
  // "dirige l'ensemble de la force", "backs all of the rebels", "des
  // milliers de manifestants" (s7args): a quantity before "de"/"of" leaves
  // the phrase's actor to the noun after it.
  if (const int n = static_cast<int>(s.w.size());
      i + 1 < n && MentionAt(s, i) < 0 && Is(s, i, c_.quantity) && Is(s, i + 1, c_.prep_de))
    return NP(s, i + 2, depth + 1, allow_adj);
  if (i > start && i + 1 < static_cast<int>(s.w.size()) && Is(s, i, c_.prep_de) &&
      Is(s, i - 1, c_.det) && s.w[i].fold == "of")
    return NP(s, i + 1, depth + 1, allow_adj);
  // English "a", "an" are articles (French "a" is a verb: not in the det class).
  if ((Fold(s, i, "a") || Fold(s, i, "an")) && !s.w[i].upper_initial && x_->article.lang == "en")
    i = SkipDet(s, i + 1);
  int mi = MentionAt(s, i);
  // s10roles: "commands the self-styled Libyan National Army", "leads the
  // so-called Wagner Group": a hyphenated modifier before an organization.
  if (mi < 0) {
    if (const int h = HyphenModifierEnd(s, i); h > i) {
      if (const int om = MentionAt(s, h); om >= 0 && s.men[om].b == h &&
                                          s.men[om].kind == "organization" && !s.men[om].adj) {
        i = h;
        mi = om;
      }
    }
  }
  // "backs the separatist MNLA", "the jihadist JNIM": a lower-case word the
  // dictionary takes for a generic group qualifies the organization named
  // right after it, the phrase's head.
  if (mi >= 0 && s.men[mi].kind == "group" && s.men[mi].e == s.men[mi].b + 1 &&
      s.w[i].word && !s.w[i].upper_initial) {
    if (const int om = MentionAt(s, s.men[mi].e);
        om >= 0 && s.men[om].b == s.men[mi].e && s.men[om].kind == "organization" &&
        !s.men[om].adj && !s.men[om].id.empty()) {
      i = s.men[om].b;
      mi = om;
    }
  }
  // "heads the ruling Sovereign Council", "leads the civilian Taqaddum
  // coalition": one lower-case modifier (an -ing form, an organization
  // qualifier or modifier) before an organization's name.
  // Not a gerund right after a preposition: "by citing NATO expansion",
  // "after blaming Kyiv" open a clause whose object is no phrase head.
  const bool gerund = i == start && i > 0 && (Is(s, i - 1, c_.prep) || Fold(s, i - 1, "by"));
  if (mi < 0 && i + 1 < static_cast<int>(s.w.size()) && s.w[i].word && !s.w[i].upper_initial &&
      (Is(s, i, c_.org_qualifier) || RoleWordAt(s, i, "org_modifier") == 1 ||
       (!gerund && s.w[i].fold.size() > 5 &&
        s.w[i].fold.compare(s.w[i].fold.size() - 3, 3, "ing") == 0))) {
    if (int om = MentionAt(s, i + 1); om >= 0 && s.men[om].b == i + 1 &&
                                      s.men[om].kind == "organization" && !s.men[om].adj &&
                                      !s.men[om].id.empty()) {
      ++i;
      mi = om;
    }
  }
  // "l'ancien président François Bozizé", "the former president X": one
  // modifier before a person's title.
  if (mi < 0 && i + 1 < static_cast<int>(s.w.size()) && s.w[i].word && !s.w[i].upper_initial &&
      !Is(s, i, c_.prep) && !Is(s, i, c_.prep_de) && !Is(s, i, c_.coord) && !Is(s, i, c_.aux) &&
      !Is(s, i, c_.que) && !Is(s, i, c_.qui) && HitLen(s, i, c_.trigger) == 0) {
    if (int pm = MentionAt(s, i + 1); pm >= 0 && s.men[pm].b == i + 1 &&
                                      s.men[pm].kind == "person" && !s.men[pm].role.empty() &&
                                      !s.men[pm].id.empty()) {
      ++i;
      mi = pm;
    }
  }
  // "his Russian and Iranian counterparts, X and Y": coordinated adjectives
  // before a plural title stand for its holders (engine_coordinated_titles.cc).
  auto nationality = [&](int m) { return s.men[m].adj || s.men[m].rule == "dict:demonym"; };
  if (mi >= 0 && nationality(mi)) {
    int last = mi;
    for (int round = 0; round < 4; ++round) {
      const int e = s.men[last].e;
      const int nx = Is(s, e, c_.coord) || P(s, e, ',') ? MentionAt(s, e + 1) : -1;
      if (nx < 0 || !nationality(nx) || s.men[nx].b != e + 1) break;
      last = nx;
    }
    if (const int tm = last != mi ? MentionAt(s, s.men[last].e) : -1;
        tm >= 0 && s.men[tm].kind == "person" && !s.men[tm].role.empty() && !s.men[tm].id.empty())
      mi = last;
  }
  // ("the UN special envoy, X", "Kremlin spokesman X": an organization's
  // title before its holder's name, too.)
  if (int tm = mi >= 0 && (s.men[mi].adj || s.men[mi].kind == "country" ||
                           (s.men[mi].kind == "organization" && x_->article.lang != "fr"))
                   ? MentionAt(s, s.men[mi].e)
                   : -1;
      tm >= 0 && s.men[tm].kind == "person" && !s.men[tm].id.empty() && !s.men[tm].pronoun &&
      (!s.men[tm].role.empty() || s.men[mi].adj || s.men[mi].rule == "dict:demonym")) {
    // "the Venezuelan leader", "Kenyan Major General Jeff Nyagah": the
    // person, not the country.
    // dev10rec: "their Azerbaijani counterparts, X and Y": the names in
    // apposition after the title, with their list.
    if (int e = s.men[tm].e, nm = MentionAt(s, P(s, s.men[tm].e, ',') ? e + 1 : e);
        nm >= 0 && nm != tm && s.men[nm].id == s.men[tm].id && s.men[nm].kind == "person")
      return Expand(s, nm, +1, allow_adj);
    return {s.men[tm].id};
  }
  if (mi >= 0 && s.men[mi].adj &&
      (Fold(s, s.men[mi].e, "counterpart") || Fold(s, s.men[mi].e, "counterparts"))) {
    // "his Russian counterpart, Sergei Lavrov": the person, not the country.
    int j = s.men[mi].e + 1;
    if (P(s, j, ',')) ++j;
    int pm = MentionAt(s, j);
    if (pm >= 0 && s.men[pm].kind == "person" && !s.men[pm].id.empty()) return Expand(s, pm, +1);
    pm = MentionAt(s, s.men[mi].e);
    if (pm >= 0 && s.men[pm].kind == "person" && !s.men[pm].id.empty()) return {s.men[pm].id};
    return {};
  }
  if (mi >= 0 && s.men[mi].b >= start && s.men[mi].b <= i) {
    // "hosted Iran's President X", "received by Haftar's son X": the person.
    if (int pm = PossessedPerson(s, mi); pm >= 0) return Expand(s, pm, +1, allow_adj);
  }
  if (mi >= 0 && !s.men[mi].adj &&
      (s.men[mi].kind == "country" || s.men[mi].kind == "organization")) {
    // "heads Sudan's ruling Sovereign Council": the organization owned, not
    // its owner ("Russia's decision" keeps the owner: no organization).
    int j = s.men[mi].e;
    if (GenitiveS(s, j)) {
      ++j;
      for (int step = 0; step < 3 && j < static_cast<int>(s.w.size()) && MentionAt(s, j) < 0 &&
                         s.w[j].word && !s.w[j].upper_initial && !Is(s, j, c_.prep) &&
                         !Is(s, j, c_.prep_de) && !Is(s, j, c_.coord) && HitLen(s, j, c_.act) == 0;
           ++step)
        ++j;
      int om = MentionAt(s, j);
      // "backs Ukraine's EU bid", "Georgia's NATO membership bid": an
      // organization that only qualifies the owner's act (an act noun right
      // after it, or after one more lower-case noun) leaves the owner.
      bool qualifies_act = false;
      if (om >= 0 && om != mi) {
        const int e = s.men[om].e;
        qualifies_act = HitLen(s, e, c_.act) > 0 ||
                        (e + 1 < static_cast<int>(s.w.size()) && s.w[e].word &&
                         !s.w[e].upper_initial && MentionAt(s, e) < 0 && !Is(s, e, c_.prep) &&
                         !Is(s, e, c_.prep_de) && !Is(s, e, c_.coord) && HitLen(s, e + 1, c_.act) > 0);
      }
      if (om >= 0 && om != mi && s.men[om].kind == "organization" && !s.men[om].adj &&
          !s.men[om].id.empty() && !qualifies_act)
        return {s.men[om].id};
      // "accusing Libya's leaders – Haftar, Dbeibah and Saleh": the persons
      // the plural noun announces.
      if (om < 0 && j > s.men[mi].e + 1 && (P(s, j, '-') || P(s, j, ':') || P(s, j, ',')) &&
          s.w[j - 1].fold.size() > 3 && s.w[j - 1].fold.back() == 's') {
        if (int pm = MentionAt(s, j + 1);
            pm >= 0 && s.men[pm].kind == "person" && !s.men[pm].pronoun && !s.men[pm].id.empty())
          return Expand(s, pm, +1);
      }
      // "hosted Mali's Col. Assimi Goita": the person the state owns as
      // its leader or envoy, not the state.
      if (om >= 0 && om != mi && s.men[om].b == s.men[mi].e + 1 && s.men[om].kind == "person" &&
          !s.men[om].pronoun && !s.men[om].id.empty())
        return {s.men[om].id};
    }
  }
  if (const int n = static_cast<int>(s.w.size());
      mi >= 0 && s.men[mi].b >= start && s.men[mi].b <= i && s.men[mi].e + 1 < n &&
      s.w[s.men[mi].e].hyphen_before && !s.men[mi].adj) {
    // "a Russia-led alliance", "the US-brokered truce": a name glued to a
    // participle qualifies the noun after it, which is the phrase's actor.
    const std::string& f = s.w[s.men[mi].e].fold;
    if (f == "led" || f == "backed" || f == "brokered" || f == "based" || f == "dominated" ||
        f == "controlled" || f == "sponsored" || f == "funded" || f == "allied" || f == "aligned" ||
        f == "run" || f == "owned" || f == "supported" || f == "installed" || f == "trained" ||
        f == "armed" || f == "friendly") {
      int h = s.men[mi].e + 1;
      // one or two adjectives before the head noun ("Russia-led military alliance")
      for (int step = 0;
           step < 2 && h < n && MentionAt(s, h) < 0 && s.w[h].word && !s.w[h].upper_initial &&
           HitLen(s, h, c_.orgclass) == 0 && HitLen(s, h, c_.troop) == 0 && !Is(s, h, c_.govnoun);
           ++step)
        ++h;
      const int hm = MentionAt(s, h);
      if (hm >= 0 && s.men[hm].b == h && !s.men[hm].adj && !s.men[hm].id.empty())
        return Expand(s, hm, +1, allow_adj);
      for (int q = s.men[mi].e + 1; q < std::min(n, s.men[mi].e + 4); ++q) {
        if (MentionAt(s, q) >= 0 || !s.w[q].word || s.w[q].upper_initial) break;
        if (Fold(s, q, "alliance") || Fold(s, q, "bloc")) {
          if (std::string alliance = ArticleAlliance(); !alliance.empty()) return {alliance};
          break;
        }
      }
      return {};
    }
  }
  if (mi >= 0 && s.men[mi].b >= start && s.men[mi].b <= i && !s.men[mi].kind.empty() &&
      !s.men[mi].id.empty()) {
    if (!allow_adj && s.men[mi].adj) return {};
    return Expand(s, mi, +1, allow_adj);
  }
  if (i >= static_cast<int>(s.w.size()) || !s.w[i].word) return {};
  // "il a prévenu son interlocuteur", "he warned his counterpart": with no
  // name after it, the person the subject just met or called.
  if ((s.w[i].fold == "interlocuteur" || s.w[i].fold == "interlocutrice" ||
       s.w[i].fold == "homologue" || s.w[i].fold == "counterpart") &&
      Is(s, i - 1, c_.possessive) && !last_met_person_.empty() && MentionAt(s, i + 1) < 0 &&
      !P(s, i + 1, ',') && !IsNameWord(s, i + 1)) {
    bool person_met = false;
    for (const Men& m : s.men) person_met |= m.kind == "person" && m.id == last_met_person_;
    if (!person_met) return {last_met_person_};
  }
  // "son homologue russe Vladimir Poutine"
  if (s.w[i].fold == "homologue" || s.w[i].fold == "homologues" || s.w[i].fold == "counterpart") {
    int j = i + 1;
    std::string country;
    while (j < static_cast<int>(s.w.size()) && MentionAt(s, j) >= 0 && s.men[MentionAt(s, j)].adj) {
      country = s.men[MentionAt(s, j)].id;
      j = s.men[MentionAt(s, j)].e;
    }
    if (P(s, j, ',')) ++j;
    int pm = MentionAt(s, j);
    if (pm >= 0 && s.men[pm].kind == "person") return Expand(s, pm, +1);
    return {};
  }
  int len = std::max({HitLen(s, i, c_.act), HitLen(s, i, c_.troop), HitLen(s, i, c_.orgclass),
                      Is(s, i, c_.govnoun) ? 1 : 0});
  if (len == 0) return {};
  // An act with its agent: "le recours à la force par l'Azerbaïdjan".
  if (HitLen(s, i, c_.act) > 0) {
    if (int ag = ByPhraseAgentAt(s, i + len, std::min<int>(i + len + 6, s.w.size())); ag >= 0) {
      std::vector<std::string> agent = NP(s, ag, depth + 1, allow_adj);
      if (!agent.empty()) return agent;
    }
  }
  // "the invasion of Ukraine", "le blocus du Qatar": the actor in the "of"
  // complement of an event that befalls it (stance_word role=victim_event)
  // is its victim, not the phrase's actor ("l'invasion russe" keeps its
  // nationality).
  const bool victim_event = StanceWordAt(s, i, "victim_event") > 0;
  int j = i + len;
  // one plain adjective or "de + bare noun" modifier: "bloc de sécurité", "aide militaire"
  for (int skip = 0; skip < 2; ++skip) {
    // "les attaques « épouvantables » du Hamas": one quoted adjective.
    if ((P(s, j, '<') || P(s, j, '"')) && j + 2 < static_cast<int>(s.w.size()) && s.w[j + 1].word &&
        !s.w[j + 1].upper_initial && MentionAt(s, j + 1) < 0 &&
        (P(s, j + 2, '>') || P(s, j + 2, '"'))) {
      j += 3;
      continue;
    }
    int am = MentionAt(s, j);
    if (am >= 0 && s.men[am].adj) return allow_adj ? Expand(s, am, +1) : std::vector<std::string>{};
    if (j < static_cast<int>(s.w.size()) && s.w[j].word && !s.w[j].upper_initial &&
        MentionAt(s, j) < 0 && !Is(s, j, c_.prep_de) && !Is(s, j, c_.prep) && !Is(s, j, c_.que) &&
        !Is(s, j, c_.qui) && !Is(s, j, c_.det) && !Is(s, j, c_.coord) && !Is(s, j, c_.aux)) {
      ++j;
      continue;
    }
    if (Is(s, j, c_.prep_de) && s.w[j].fold == "de" && j + 1 < static_cast<int>(s.w.size()) &&
        s.w[j + 1].word && !Is(s, j + 1, c_.det) && MentionAt(s, j + 1) < 0 &&
        !s.w[j + 1].upper_initial) {
      j += 2;
      continue;
    }
    break;
  }
  int am = MentionAt(s, j);
  if (am >= 0 && s.men[am].adj) return allow_adj ? Expand(s, am, +1) : std::vector<std::string>{};
  if (Is(s, j, c_.prep_de) && !victim_event) return NP(s, j + 1, depth + 1, allow_adj);
  return {};
}

// "soutient depuis le début des années 1990 les séparatistes", "backs since
// 2014 the rebels", "a reçu le 12 mars le président X" (s7args): a dated
// adjunct between a verb and its direct object; the object's start after it,
// else i.
int Engine::DatedAdjunctEnd(const Sent& s, int i) const {
  const int n = static_cast<int>(s.w.size());
  auto number = [&](int q) {
    return q >= 0 && q < n && !s.w[q].fold.empty() &&
           std::isdigit(static_cast<unsigned char>(s.w[q].fold[0]));
  };
  if (i + 1 >= n) return i;
  int end = -1;
  if (Fold(s, i, "depuis") || Fold(s, i, "since") || Fold(s, i, "en") || Fold(s, i, "in")) {
    // up to five plain words ("le début des années") before the year
    for (int q = i + 1; q < std::min(n, i + 7); ++q) {
      if (number(q)) {
        end = q + 1;
        break;
      }
      if (!s.w[q].word || s.w[q].upper_initial || MentionAt(s, q) >= 0 ||
          HitLen(s, q, c_.trigger) > 0 || Is(s, q, c_.que) || Is(s, q, c_.qui))
        break;
    }
  } else if (Fold(s, i, "le") && number(i + 1) && s.w[i + 1].fold.size() <= 2 && i + 2 < n &&
             s.w[i + 2].word && !s.w[i + 2].upper_initial && !Is(s, i + 2, c_.det) &&
             MentionAt(s, i + 2) < 0) {
    end = i + 3;  // "le 12 mars"
    if (number(end)) ++end;
  }
  if (end < 0 || end >= n) return i;
  // The object opens right after: an article, a name or a quotation mark.
  if (Is(s, end, c_.det) || MentionAt(s, end) >= 0 || P(s, end, '<') || P(s, end, '"')) return end;
  return i;
}

// Object after position i, introduced as `preps` allows ("direct|à|avec").
std::vector<std::string> Engine::Object(const Sent& s, int i, const std::string& preps,
                                        int* end) const {
  // (before the clitic skip below: "le 12 mars" opens with "le")
  if (preps.empty() || preps.find("direct") != std::string::npos) i = DatedAdjunctEnd(s, i);
  while (IsAdverb(s, i) || P(s, i, '<') || P(s, i, '"') || Is(s, i, c_.clitic) ||
         HitLen(s, i, c_.adverb) > 1) {
    if (Is(s, i, c_.clitic) && MentionAt(s, i) >= 0) break;
    i += std::max(1, HitLen(s, i, c_.adverb));  // "aujourd'hui", "à nouveau"
  }
  const bool direct = preps.empty() || preps.find("direct") != std::string::npos;
  auto allowed_prep = [&](int k) { return ListHasWord(preps, s.w[k].fold); };
  // s11args: "a accusé mercredi, dans un entretien télévisé, les FSR", "met
  // on Tuesday, at the Kremlin, the Kazakh leader": a short incise between
  // commas that names nobody and holds no clause of its own (no subject
  // pronoun, auxiliary, relative or speech word; a trigger noun as in "lors
  // d'un entretien" is no clause) stands between the verb and its object,
  // which opens right after it. An English day may come first, after "on".
  if (const int c = (Fold(s, i, "on") && x_->article.lang != "fr" && InSent(s, i + 1) &&
                     s.w[i + 1].word && MentionAt(s, i + 1) < 0 && P(s, i + 2, ','))
                        ? i + 2
                        : i;
      P(s, c, ',')) {
    const int n = static_cast<int>(s.w.size());
    for (int j = c + 1; j < std::min(n, c + 9); ++j) {
      if (!s.w[j].word && !(P(s, j, ',') && j > c + 1)) break;
      if (MentionAt(s, j) >= 0 || Is(s, j, c_.que) || Is(s, j, c_.qui) || Is(s, j, c_.pron_subj) ||
          IsAuxWord(s, j) || HitLen(s, j, c_.speech) > 0)
        break;
      if (!P(s, j, ',')) continue;
      const int o = j + 1;
      const int om = MentionAt(s, SkipDet(s, Is(s, o, c_.prep) ? o + 1 : o));
      if (o < n && om >= 0 && !s.men[om].pronoun &&
          ((direct && (Is(s, o, c_.det) || MentionAt(s, o) >= 0)) ||
           (Is(s, o, c_.prep) && allowed_prep(o))))
        i = o;
      break;
    }
  }
  if (direct) i = DatedAdjunctEnd(s, i);
  // "received a South Korean delegation": the English article "a" folds as
  // the French preposition "à" (prep class); it opens the object as "the" does.
  const bool english_a = direct && x_->article.lang != "fr" &&
                         i + 1 < static_cast<int>(s.w.size()) && Surface(s, i, i + 1) == "a" &&
                         s.w[i + 1].word;
  if (direct && !english_a && i < static_cast<int>(s.w.size()) && Is(s, i, c_.prep) &&
      !allowed_prep(i)) {
    // "a reçu mardi au Kremlin le président X", "met in Beijing the Kazakh
    // leader": a place between the verb and its direct object.
    if (int pm = MentionAt(s, SkipDet(s, i + 1));
        pm >= 0 && InPlacePhrase(s, s.men[pm]) &&
        (Is(s, s.men[pm].e, c_.det) || MentionAt(s, s.men[pm].e) >= 0)) {
      i = s.men[pm].e;
      while (IsAdverb(s, i)) ++i;
    } else if (Fold(s, i, "in") || Fold(s, i, "at") || Fold(s, i, "dans") || Fold(s, i, "au")) {
      // "received in the Oval Office X", "a reçu dans le Bureau ovale X": a
      // named room or building the dictionary does not know, then a person.
      const int n = static_cast<int>(s.w.size());
      int q = SkipDet(s, i + 1);
      const int b = q;
      while (q < n && q < b + 3 && s.w[q].word && s.w[q].upper_initial && MentionAt(s, q) < 0) ++q;
      while (q < n && q > b && q < b + 4 && s.w[q].word && !s.w[q].upper_initial &&
             MentionAt(s, q) < 0 && LooksAdjective(s, q))
        ++q;  // "le Bureau ovale"
      const int om = q > b ? MentionAt(s, q) : -1;
      if (om >= 0 && s.men[om].b == q && s.men[om].kind == "person" && !s.men[om].adj &&
          !s.men[om].pronoun) {
        i = q;
      }
    }
  }
  if (!english_a && i < static_cast<int>(s.w.size()) &&
      (Is(s, i, c_.prep) || Is(s, i, c_.prep_de))) {
    std::string f = s.w[i].fold;
    const bool allowed = allowed_prep(i);
    if (allowed) {
      if (f == "aupres") ++i;  // auprès de
      return NP(s, i + 1);
    }
    if (!(direct && Is(s, i, c_.prep_de))) return {};  // "des troupes": partitive
  } else if (!direct) {
    return {};
  }
  if (english_a) ++i;
  if (end) *end = i;
  std::vector<std::string> np = NP(s, i);
  if (np.empty()) np = AppositiveObject(s, i);
  return np;
}

// "a reçu son principal allié, le président turc X.", "received his old
// ally, President X," (s7args): a short common noun phrase with no actor,
// then the actor's name in apposition, closing the clause.
std::vector<std::string> Engine::AppositiveObject(const Sent& s, int i) const {
  const int n = static_cast<int>(s.w.size());
  if (i >= n || !Is(s, i, c_.det)) return {};
  int k = i + 1;
  for (int words = 0; k < n && !P(s, k, ','); ++k, ++words) {
    if (words >= 3 || !s.w[k].word || s.w[k].upper_initial || MentionAt(s, k) >= 0 ||
        Is(s, k, c_.prep) || Is(s, k, c_.prep_de) || Is(s, k, c_.det) || Is(s, k, c_.coord) ||
        Is(s, k, c_.que) || Is(s, k, c_.qui) || IsAuxWord(s, k) || HitLen(s, k, c_.act) > 0)
      return {};
  }
  if (k == i + 1 || !P(s, k, ',')) return {};
  const int a = SkipDet(s, k + 1);
  // The name after its title ("le président turc X"): the phrase's last mention.
  int last = -1;
  for (int q = a; q < n && q < a + 8 && MentionAt(s, q) >= 0; q = s.men[MentionAt(s, q)].e)
    last = MentionAt(s, q);
  if (last < 0) return {};
  const int after = s.men[last].e;
  if (!(after >= n || P(s, after, '.') || P(s, after, ',') || P(s, after, ';'))) return {};
  return NP(s, k + 1);
}

// The agent of a passive: "par X" / "by X" within `window` words after from.
std::vector<std::string> Engine::Agent(const Sent& s, int from, int window) const {
  // The body troops named at j belong or are loyal to ("" if none): "army
  // units loyal to X", "des combattants fidèles à X", "les paramilitaires
  // russes de Wagner" (one modifier before the troop noun, a nationality after
  // it, the army they serve in: "des unités de l'armée fidèles à X").
  auto troop_body = [&](int j) -> std::string {
    const int n = static_cast<int>(s.w.size());
    if (j >= n || MentionAt(s, j) >= 0) return "";
    int tl = HitLen(s, j, c_.troop);
    if (tl == 0 && j + 1 < n && s.w[j].word && !s.w[j].upper_initial && MentionAt(s, j + 1) < 0)
      tl = HitLen(s, ++j, c_.troop);
    if (tl == 0) return "";
    int q = j + tl;
    if (const int am = MentionAt(s, q);
        am >= 0 && s.men[am].b == q && s.men[am].adj && s.men[am].kind == "country")
      q = s.men[am].e;
    // "de Wagner", "du groupe Wagner": the organization they belong to.
    if (Is(s, q, c_.prep_de) && q + 1 < n) {
      int o = SkipDet(s, q + 1);
      if (o < n && MentionAt(s, o) < 0) o += HitLen(s, o, c_.orgclass);
      if (const int om = MentionAt(s, o); om >= 0 && s.men[om].b == o &&
                                          s.men[om].kind == "organization" && !s.men[om].adj &&
                                          !s.men[om].id.empty())
        return s.men[om].id;
      // "des unités de l'armée fidèles à X": a common noun they serve in.
      if (o < n && MentionAt(s, o) < 0 && s.w[o].word && !s.w[o].upper_initial) q = o + 1;
    }
    const bool loyal = ((Fold(s, q, "loyal") && Fold(s, q + 1, "to")) ||
                        ((Fold(s, q, "fidele") || Fold(s, q, "fideles") || Fold(s, q, "loyaux") ||
                          Fold(s, q, "loyales") || Fold(s, q, "loyal") || Fold(s, q, "loyale")) &&
                         (Fold(s, q + 1, "a") || Fold(s, q + 1, "au") || Fold(s, q + 1, "aux"))));
    if (!loyal) return "";
    // Past a title ("to former president X"): the first person or body named.
    for (int k = q + 2; k < std::min(n, q + 8); ++k) {
      if (P(s, k, ',') || P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.coord)) break;
      const int mi = MentionAt(s, k);
      if (mi < 0) continue;
      const Men& m = s.men[mi];
      if (m.adj || m.pronoun || m.id.empty() || std::string_view(m.rule).starts_with("title:")) continue;
      if (m.kind == "person" || m.kind == "organization" || m.kind == "group" ||
          m.kind == "country")
        return m.id;
      return "";
    }
    return "";
  };
  for (int k = from; k < std::min<int>(from + window, s.w.size()); ++k) {
    if (P(s, k, '.') || P(s, k, ';')) break;
    if (Fold(s, k, "par") || Fold(s, k, "by")) {
      // "commanded by a Kenyan officer, Major General X", "par un officier
      // kényan, le général X": a descriptor (lower-case words, a nationality)
      // whose name follows in apposition is that person.
      {
        const int n = static_cast<int>(s.w.size());
        // (one person: after a singular article; the name closes its
        // apposition, "by several states, President X said" names none)
        int q = k + 1, nouns = 0;
        const bool singular = Fold(s, q, "a") || Fold(s, q, "an") || Fold(s, q, "un") ||
                              Fold(s, q, "une") || Fold(s, q, "the") || Fold(s, q, "le") ||
                              Fold(s, q, "la") || (Fold(s, q, "l") && s.w[q].elided);
        ++q;
        for (int step = 0; step < 4 && q < n && s.w[q].word; ++step) {
          const int qm = MentionAt(s, q);
          if (qm >= 0 && s.men[qm].b == q && s.men[qm].kind == "country" &&
              (s.men[qm].adj || s.men[qm].rule == "dict:demonym")) {
            q = s.men[qm].e;
            continue;
          }
          if (qm >= 0 || s.w[q].upper_initial || Is(s, q, c_.prep) || Is(s, q, c_.prep_de) ||
              Is(s, q, c_.aux) || Is(s, q, c_.qui) || Is(s, q, c_.que) || Is(s, q, c_.coord) ||
              HitLen(s, q, c_.trigger) > 0)
            break;
          ++nouns;
          ++q;
        }
        if (singular && nouns > 0 && P(s, q, ',')) {
          int p = SkipDet(s, q + 1);
          p += RankRun(s, p);
          if (const int pm = MentionAt(s, p); pm >= 0 && s.men[pm].kind == "person" &&
                                              !s.men[pm].pronoun && !s.men[pm].id.empty() &&
                                              (s.men[pm].e >= n || P(s, s.men[pm].e, ',') ||
                                               P(s, s.men[pm].e, '.') || P(s, s.men[pm].e, ';')))
            return {s.men[pm].id};
        }
      }
      // "commanded by Gen. Abdel Fattah al-Burhan", "par le général X": a
      // rank or title abbreviation the mention does not cover.
      int j = SkipDet(s, k + 1);
      // "led by former Zambian vice-president X", "par l'ancien ministre X":
      // the time of office before the holder's description.
      while (j + 1 < static_cast<int>(s.w.size()) && MentionAt(s, j) < 0 &&
             !s.w[j].upper_initial && FormerHolderWord(s, j))
        ++j;
      // "by Kenyan Major General X": the person, not the nationality before.
      // "by (former) Zambian vice-president X": a nationality, then the
      // title that names the person.
      if (const int am = MentionAt(s, j);
          am >= 0 && (s.men[am].adj || s.men[am].rule == "dict:demonym") && s.men[am].b == j &&
          s.men[am].kind == "country") {
        if (const int tm = MentionAt(s, s.men[am].e);
            tm >= 0 && s.men[tm].b == s.men[am].e && s.men[tm].kind == "person" &&
            s.men[tm].rule == "title:apposition" && !s.men[tm].id.empty())
          return NP(s, s.men[am].e);
      }
      if (std::string c; MentionAt(s, j) < 0 && DictAt(s, j).length > 0) {
        int cb = 0, ce = 0;
        if (PersonDescriptorRun(s, j, &c, &cb, &ce) > 0 && cb == j) {
          if (int pm = MentionAt(s, ce); pm >= 0 && s.men[pm].b == ce && s.men[pm].kind == "person")
            return NP(s, ce);
        }
      }
      bool skipped = false;
      for (int step = 0; step < 3 && j < static_cast<int>(s.w.size()) && MentionAt(s, j) < 0;
           ++step) {
        int rl = HitLen(s, j, c_.rank);
        if (rl == 0 && !s.w[j].abbrev) break;
        j += std::max(1, rl);
        skipped = true;
      }
      if (skipped && MentionAt(s, j) >= 0) return NP(s, j);
      // "backed by army units loyal to X", "appuyée par les paramilitaires
      // russes de Wagner", "par des unités de l'armée fidèles à X": the body
      // the troops belong or are loyal to acts, not their nationality (one
      // "par" phrase; coordinated ones go to FrenchAgents).
      if (std::string id = troop_body(j); !id.empty()) {
        bool more = false;
        for (int q = k + 1; q < std::min<int>(k + 30, s.w.size()) && !more; ++q) {
          if (P(s, q, '.') || P(s, q, ';')) break;
          more = (Fold(s, q, "par") || Fold(s, q, "by")) &&
                 (P(s, q - 1, ',') || Is(s, q - 1, c_.coord));
        }
        if (!more) return {id};
      }
      if (Fold(s, k, "par")) return FrenchAgents(s, k);
      // "by (Russian) paramilitaries from the Wagner group": the organization
      // the troops come from acts, not their nationality.
      if (int am = MentionAt(s, j); am < 0 || s.men[am].adj) {
        int e = am >= 0 ? s.men[am].e : j;
        int tl = HitLen(s, e, c_.troop);
        if (tl > 0 && (Fold(s, e + tl, "from") || Fold(s, e + tl, "of"))) {
          int om = MentionAt(s, SkipDet(s, e + tl + 1));
          if (om >= 0 && s.men[om].kind == "organization" && !s.men[om].adj &&
              !s.men[om].id.empty())
            return {s.men[om].id};
        }
      }
      return NP(s, k + 1);
    }
    // ", selon le Kremlin, par l'Occident": step over an incise
  }
  return {};
}

// French agents from the "par" at k: "par l'ONG Human Rights Watch" (a
// class noun before the name), and coordinated agents "par des milices, par
// des soldats burundais et par la SADC" (each "par" phrase, troops by their
// nationality).
std::vector<std::string> Engine::FrenchAgents(const Sent& s, int k) const {
  auto one = [&](int p) {
    int j = SkipDet(s, p + 1);
    if (j >= static_cast<int>(s.w.size())) return std::vector<std::string>{};
    // one class word ("l'ONG", "le parti") or an orgclass phrase
    if (int cl = std::max(HitLen(s, j, c_.orgclass), s.w[j].word ? 1 : 0);
        cl > 0 && MentionAt(s, j) < 0) {
      int m = MentionAt(s, j + cl);
      if (m >= 0 && s.men[m].b == j + cl && !s.men[m].adj && !s.men[m].id.empty() &&
          s.men[m].kind == "organization")
        return NP(s, j + cl);
    }
    if (HitLen(s, j, c_.troop) > 0) return NP(s, p + 1, 0, /*allow_adj=*/true);
    return NP(s, p + 1);
  };
  std::vector<std::string> agents = one(k);
  const int n = static_cast<int>(s.w.size());
  for (int q = k + 1; q < std::min(k + 30, n); ++q) {
    if (P(s, q, '.') || P(s, q, ';') || P(s, q, ':') || Is(s, q, c_.que) || Is(s, q, c_.qui) ||
        Fold(s, q, "dont") || Is(s, q, c_.aux))
      break;
    if (!Fold(s, q, "par") || !(P(s, q - 1, ',') || Is(s, q - 1, c_.coord))) continue;
    for (const std::string& a : one(q))
      if (std::find(agents.begin(), agents.end(), a) == agents.end()) agents.push_back(a);
  }
  return agents;
}

// The noun a participle modifies: the nearest actor on the left, stepping over
// an apposition ("l'OTSC, une alliance régionale dirigée par Moscou").
std::vector<std::string> Engine::LeftHead(const Sent& s, int t, const char* kind) const {
  for (int k = t - 1, steps = 0; k >= 0 && steps < 8; --k, ++steps) {
    int mi = MentionAt(s, k);
    if (mi >= 0) {
      const Men& m = s.men[mi];
      if (m.adj || m.pronoun || m.id.empty()) return {};
      if (kind && m.kind != kind &&
          !(std::string(kind) == "org_or_country" &&
            (m.kind == "organization" || m.kind == "country")))
        return {};
      if (IsComplement(s, m) && k != t - 1 && !(P(s, m.e, ',') || P(s, m.e, ')'))) return {};
      return {m.id};
    }
    const Word& w = s.w[k];
    if (Is(s, k, c_.prep) || Is(s, k, c_.prep_de)) return {};
    if (P(s, k, ',') || P(s, k, '(') || P(s, k, ')') || P(s, k, '-') || P(s, k, '<') ||
        P(s, k, '>') || P(s, k, '"') || Is(s, k, c_.det) || HitLen(s, k, c_.orgclass) > 0 ||
        Is(s, k, c_.coord) ||
        (w.word && !w.upper_initial && !Is(s, k, c_.prep) && !Is(s, k, c_.prep_de) &&
         !Is(s, k, c_.aux) && !Is(s, k, c_.que) && !Is(s, k, c_.qui) &&
         HitLen(s, k, c_.trigger) == 0)) {
      continue;
    }
    return {};
  }
  return {};
}

// A country introduced as a place at k ("au Mali", "en Russie", "to Mali",
// "dans l'est du Congo", "in eastern Congo"); "" if none.
std::string Engine::PlaceAt(const Sent& s, int k) const {
  int end = 0;
  return PlaceAt(s, k, &end);
}

// The first word of the place named after a place preposition at k,
// stepping over "l'est de", "la région de" (-1: no place preposition).
bool Engine::PlacePrepositionAt(const Sent& s, int k) const {
  if (k < 0 || k >= static_cast<int>(s.w.size())) return false;
  // A lowercase "a" without its accent is the English article or the French
  // verb ("led by a Kenyan commander"), never "à"; the capital stays, as
  // French often drops the accent there ("A Moscou, ...").
  if (s.w[k].fold == "a" && !s.w[k].upper_initial && !FoldAccented(s, k, "a")) return false;
  return IsPlacePrepositionFold(s.w[k].fold);
}

int Engine::PlaceNameAt(const Sent& s, int k) const {
  if (!PlacePrepositionAt(s, k)) return -1;
  int j = SkipDet(s, k + 1);
  // "dans l'est de la région de Koursk": a part, then a division; a name
  // that starts with one ("le Sud-Kivu", "South Sudan") is the place itself.
  for (int step = 0, rl = 0; step < 2 && (rl = HitLen(s, j, c_.region_part)) > 0; ++step) {
    if (int mi = MentionAt(s, j); mi >= 0 && s.men[mi].b == j) break;
    j += rl;
    if (Is(s, j, c_.prep_de)) j = SkipDet(s, j + 1);
  }
  return j;
}

std::string Engine::PlaceAt(const Sent& s, int k, int* end, bool regions) const {
  const int j = PlaceNameAt(s, k);
  const int mi = MentionAt(s, j);
  if (mi < 0 || s.men[mi].adj) return "";
  const Men& m = s.men[mi];
  if (m.kind == "country") {
    *end = m.e;
    return m.id;
  }
  // A region or city of the dictionary stands for the country it lies in
  // ("to the Kursk region": Russia); a disputed one names none.
  if (regions && m.kind == "location" && m.b == j) {
    const Actor* a = r_.dict.Find(m.id);
    // "to Crimea" (s11troops): a disputed place, the state it is recognised in.
    if (a != nullptr && a->kind == "location" && !a->DestinationCountry().empty()) {
      *end = m.e;
      return a->DestinationCountry();
    }
  }
  return "";
}

bool Engine::DisputedPlaceAt(const Sent& s, int k) const {
  const int mi = MentionAt(s, PlaceNameAt(s, k));
  if (mi < 0 || s.men[mi].kind != "location") return false;
  const Actor* a = r_.dict.Find(s.men[mi].id);
  return a != nullptr && a->disputed && a->de_jure.empty();
}

// How many sentences after a deployment's place a deployment without one
// still goes there.
constexpr uint32_t kDestinationWindow = 4;

// Where troops go: a place after `from` in the sentence, else one before it
// that is not a sender ("Au Mali, la Russie a déployé ..."), else the place
// of the previous sentence, else the article's main country.
bool Engine::OwnGroundAt(const Sent& s, int k) const {
  // A place preposition, then the possessive: "to its", "along their", "à sa".
  if (!(Is(s, k, c_.possessive) || Fold(s, k, "leur") || Fold(s, k, "leurs") ||
        Fold(s, k, "their")))
    return false;
  if (!(Is(s, k - 1, c_.prep) || Fold(s, k - 1, "along") ||
        (Is(s, k - 1, c_.prep_de) && Fold(s, k - 2, "long"))))
    return false;
  // "its eastern border", "sa frontière orientale", "their own soil".
  for (int j = k + 1; j <= k + 3 && InSent(s, j); ++j) {
    if (StanceWordAt(s, j, "own_ground") > 0) return true;
    if (!s.w[j].word || s.w[j].upper_initial || MentionAt(s, j) >= 0) return false;
  }
  return false;
}

std::vector<std::string> Engine::Destination(const Sent& s, int from,
                                             const std::vector<std::string>& senders) {
  auto sender = [&](const std::string& d) {
    if (std::find(senders.begin(), senders.end(), d) != senders.end()) return true;
    // "le président rwandais a salué les hommes qu'il y a déployés"
    // (s11troops): a person sending troops sends them out of the state
    // whose office he holds.
    for (const std::string& id : senders) {
      const Actor* a = r_.dict.Find(id);
      if (a == nullptr || a->kind != "person") continue;
      for (const Office& o : a->offices) {
        if (o.of == d) return true;
      }
    }
    // "l'armée libanaise" deploying in Lebanon sends no troops abroad.
    for (const Men& m : s.men) {
      if (m.of == d && m.role.empty() &&
          std::find(senders.begin(), senders.end(), m.id) != senders.end())
        return true;
    }
    return false;
  };
  for (int k = from; k < std::min<int>(from + 14, s.w.size()); ++k) {
    if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
    int end = 0;
    std::string d = PlaceAt(s, k, &end);
    // "crossed into Armenian territory", "sur le sol congolais", "en
    // territoire ukrainien", "on Ukrainian soil": a nationality's land is
    // its state's.
    // (A cue ending in its preposition, "crossed into", leaves the place first.)
    auto land_prep = [&](int q) {
      return Fold(s, q, "into") || Fold(s, q, "in") || Fold(s, q, "on") || Fold(s, q, "onto") ||
             Fold(s, q, "to") || Fold(s, q, "sur") || Fold(s, q, "en") || Fold(s, q, "dans") ||
             Fold(s, q, "vers");
    };
    if (d.empty() && (land_prep(k) || (k == from && land_prep(k - 1)))) {
      // "to the South Sudanese capital", "dans la capitale malienne": a
      // nationality's capital is its state's too.
      auto land = [&](int q) {
        return Fold(s, q, "territory") || Fold(s, q, "soil") || Fold(s, q, "territoire") ||
               Fold(s, q, "sol") || Fold(s, q, "capital") || Fold(s, q, "capitale");
      };
      const int j = SkipDet(s, land_prep(k) ? k + 1 : k);
      // The nationality as the dictionary spells it (CountryAdjectiveAt): an
      // adjective before a plain noun is no mention of its own. Only a
      // country's adjective names a state's land.
      auto adjective_country = [&](int q, int* len) -> std::string {
        std::string id;
        *len = CountryAdjectiveAt(s, q, &id);
        const Actor* a = *len > 0 ? r_.dict.Find(id) : nullptr;
        return a && a->kind == "country" ? id : "";
      };
      // An incursion on a state's land names no theatre for the sentences
      // after (last_dest_ is left as it was).
      int len = 0;
      std::string id = adjective_country(j, &len);
      if (id.empty() || !land(j + len)) id = land(j) ? adjective_country(j + 1, &len) : "";
      if (!id.empty()) return sender(id) ? std::vector<std::string>{} : std::vector{id};
    }
    if (d.empty() && (Fold(s, k, "for") || Fold(s, k, "pour")) &&
        (Fold(s, k - 1, "off") || Fold(s, k - 1, "left") || Fold(s, k - 1, "bound") ||
         Fold(s, k - 1, "headed") || Fold(s, k - 1, "departed") || Fold(s, k - 1, "partis") ||
         Fold(s, k - 1, "parties") || Fold(s, k - 1, "parti") || Fold(s, k - 1, "partie"))) {
      // "took off for Karabakh", "sont partis pour le Kazakhstan"
      int mi = MentionAt(s, SkipDet(s, k + 1));
      if (mi >= 0 && s.men[mi].kind == "country" && !s.men[mi].adj) {
        d = s.men[mi].id;
        end = s.men[mi].e;
      }
      // "took off for Nagorno-Karabakh" (s11troops): a region's state.
      if (const Actor* a = mi >= 0 && s.men[mi].kind == "location" && !s.men[mi].adj
                               ? r_.dict.Find(s.men[mi].id)
                               : nullptr;
          a != nullptr && !a->DestinationCountry().empty()) {
        d = a->DestinationCountry();
        end = s.men[mi].e;
      }
    }
    // "to Nagorno-Karabakh": whose land it is, is the issue; no country.
    if (d.empty() && DisputedPlaceAt(s, k)) return {};
    // "deployed troops to its border with Ukraine", "a déployé des soldats à
    // sa frontière" (s9args): the sender's own ground, no country sent to.
    if (d.empty() && k < from + 6 && OwnGroundAt(s, k)) return {};
    // "envoient des troupes à l'autre bout du monde", "troops stationed
    // abroad" (s11troops, stance_word role=no_country_place): a place that
    // is no country; the article's country is not meant.
    if (d.empty() && k < from + 6 && StanceWordAt(s, k, "no_country_place") > 0) return {};
    // "a frigate to the Red Sea", "une frégate en mer Rouge", "warships to
    // the Gulf of Aden" (stance_word role=sea_place): a sea is no country,
    // and the article's country is not meant either. The head word inside a
    // place name, or before a capitalised name ("mer Rouge", "golfe d'Aden").
    if (d.empty() && k < from + 6) {
      if (const int sl = StanceWordAt(s, k, "sea_place"); sl > 0) {
        const int mi = MentionAt(s, k);
        const int nx = Is(s, k + sl, c_.prep_de) ? k + sl + 1 : k + sl;
        if ((mi >= 0 && s.men[mi].kind == "location") ||
            (s.w[k].upper_initial && k > 0 && s.w[k - 1].upper_initial) ||
            (nx < static_cast<int>(s.w.size()) && s.w[nx].word && s.w[nx].upper_initial))
          return {};
      }
    }
    if (!d.empty() && sender(d)) return {};  // deployed at home: not sent
    if (!d.empty()) {
      // "en Pologne et en Roumanie", "to Poland and Romania"
      std::vector<std::string> out = {d};
      // Places joined by a comma alone since the last coordinator: "to
      // Chad, Benin said" ends the list at the comma, as Expand's lists do.
      size_t comma_joined = 0;
      while (P(s, end, ',') || Is(s, end, c_.coord)) {
        const bool by_comma = P(s, end, ',');
        int next = end;
        std::string more = PlaceAt(s, end + 1, &next);
        if (more.empty()) {
          int mi = MentionAt(s, end + 1 + (Is(s, end + 1, c_.det) ? 1 : 0));
          if (mi < 0 || s.men[mi].kind != "country" || s.men[mi].adj) break;
          more = s.men[mi].id;
          next = s.men[mi].e;
        }
        out.push_back(more);
        comma_joined = by_comma ? comma_joined + 1 : 0;
        end = next;
      }
      out.resize(out.size() - comma_joined);
      dest_sentence_ = s.index;
      last_dest_ = d;
      return out;
    }
  }
  // "to help the Congolese army", "aux côtés des forces maliennes": troops
  // sent to help a country's forces go to that country.
  for (int k = from; k < std::min<int>(from + 14, s.w.size()); ++k) {
    if (P(s, k, '.') || P(s, k, ';')) break;
    if (!(Fold(s, k, "help") || Fold(s, k, "aider") || Fold(s, k, "alongside") ||
          Fold(s, k, "support") || Fold(s, k, "soutenir") ||
          (Fold(s, k, "cotes") && Fold(s, k - 1, "aux"))))
      continue;
    // "aux côtés de soldats biélorusses" (s11troops): indefinite troops
    // beside the sent ones were sent too, not helped where they stand
    // (definite "aux côtés des forces maliennes" is the local army).
    if (Fold(s, k, "cotes") && Fold(s, k + 1, "de") && HitLen(s, k + 2, c_.troop) > 0) break;
    int j = SkipDet(s, k + 1 + (Is(s, k + 1, c_.prep_de) ? 1 : 0));
    j = SkipDet(s, j);
    int mi = MentionAt(s, j);
    if (mi < 0 && (Is(s, j, c_.govnoun) || HitLen(s, j, c_.troop) > 0))
      mi = MentionAt(s, j + std::max(1, HitLen(s, j, c_.troop)));
    // "aux côtés des militaires français de l'opération Sangaris", "alongside
    // US troops of Operation Inherent Resolve": troops of a named operation
    // or mission are deployed abroad themselves, not the local army.
    if (mi >= 0 && s.men[mi].adj) {
      const int e = s.men[mi].e;
      const int d = Is(s, e, c_.prep_de) || Fold(s, e, "of") ? SkipDet(s, e + 1) : -1;
      if (d > 0 && (Fold(s, d, "operation") || Fold(s, d, "mission"))) break;
    }
    std::string helped;
    if (mi >= 0 && s.men[mi].kind == "country") helped = s.men[mi].id;
    // "the Congolese army": an institution named with its country.
    if (mi >= 0 && s.men[mi].kind == "organization") {
      helped = s.men[mi].of;
      // Rare (only after "help", "alongside"): the country of that
      // adjective which the article names ("Congolese": DR Congo, not Congo).
      for (const Actor& a : r_.dict.actors()) {
        if (!helped.empty() || a.kind != "country" || a.adj_en.empty() ||
            FoldWord(a.adj_en) != s.w[s.men[mi].b].fold)
          continue;
        for (const Sent& o : sents_) {
          for (const Men& m : o.men) {
            if (m.id == a.id) helped = a.id;
          }
        }
      }
    }
    if (!helped.empty() && !sender(helped)) {
      dest_sentence_ = s.index;
      last_dest_ = helped;
      return {helped};
    }
    break;
  }
  for (int k = std::min<int>(from, s.w.size()) - 1; k >= 0; --k) {
    // Only a place of the deployment's own clause: past "which", "that",
    // "while", "tandis que" the place ("in the White House", "doit à la
    // Russie, qui ...") belongs to another clause.
    // "au Niger, où la Russie a déployé", "from Belarus, where Moscow had
    // deployed" (s8troops): the place the relative refers back to.
    if (std::string w = WhereAntecedentPlace(s, k); !w.empty()) {
      if (sender(w)) return {};
      dest_sentence_ = s.index;
      last_dest_ = w;
      return {w};
    }
    if (Is(s, k, c_.que) || Is(s, k, c_.qui) || Fold(s, k, "while") || Fold(s, k, "whereas") ||
        Fold(s, k, "tandis"))
      break;
    // "plus mesuré qu'au Niger : 400 militaires français sont stationnés
    // près de Libreville": a colon opens a clause of its own.
    if (P(s, k, ':')) break;
    std::string d = PlaceAt(s, k);
    if (!d.empty() && !sender(d)) {
      dest_sentence_ = s.index;
      last_dest_ = d;
      return {d};
    }
  }
  // "à la demande de Bamako, un contingent ... a été déployé", "deployed at
  // the request of Kinshasa" (s7troops): troops sent on a country's request
  // go to that country, wherever the phrase stands in the sentence.
  if (std::string asker = RequesterCountry(s); !asker.empty() && !sender(asker)) {
    dest_sentence_ = s.index;
    last_dest_ = asker;
    return {asker};
  }
  // "un cessez-le-feu négocié par le contingent russe de maintien de la paix
  // avec les séparatistes du Haut-Karabakh" (s11troops): a disputed region
  // the sentence names, without a place preposition, is where the troops
  // stand: the state it is recognised in.
  for (const Men& m : s.men) {
    if (m.kind != "location" || m.adj) continue;
    // "les forces arméniennes du Karabakh": the region's own troops, sent
    // nowhere.
    if (m.b - 1 == from && Is(s, from, c_.prep_de)) return {};
    const Actor* a = r_.dict.Find(m.id);
    if (a == nullptr || a->de_jure.empty() || sender(a->de_jure)) continue;
    dest_sentence_ = s.index;
    last_dest_ = a->de_jure;
    return {a->de_jure};
  }
  // "le déploiement de 5 000 soldats de l'armée libanaise au sud du fleuve
  // Litani": a country's own army with no foreign place named deploys at home.
  for (const Men& m : s.men) {
    if (!m.of.empty() && m.role.empty() && m.kind == "organization" &&
        std::find(senders.begin(), senders.end(), m.id) != senders.end())
      return {};
    // "the Lebanese army deploys 5,000 soldiers south of the river"
    // (s11troops): a sender named as its own army (coref_word kind=army:
    // "army", "armée", not the adjective "military") with no foreign place
    // deploys at home.
    // French order: "l'armée libanaise déploie"; a discovered army body
    // ("armée éthiopienne": its state in `of`).
    const bool names_sender =
        (m.adj && std::find(senders.begin(), senders.end(), m.id) != senders.end()) ||
        (m.kind == "organization" && m.role.empty() && !m.of.empty() &&
         std::find(senders.begin(), senders.end(), m.of) != senders.end());
    if (!names_sender) continue;
    for (const int k : {m.e, m.b - 1, m.b}) {
      if (HitLen(s, k, c_.coref_word) == 0) continue;
      for (const auto& [entry, form] : LexAt(s, k, c_.coref_word).entries) {
        if (r_.lex.entry(entry).Get("kind") == "army") return {};
      }
    }
  }
  // No place in the sentence: the previous deployment's if it is recent,
  // else the headline's country, else the article's main country (never a
  // sender). "déployés dans le pays", "in the country": the main country.
  bool the_country = false;
  for (int k = from; k + 2 < std::min<int>(from + 14, s.w.size()) && !the_country; ++k) {
    if (P(s, k, '.') || P(s, k, ';')) break;
    the_country = (Fold(s, k, "dans") || Fold(s, k, "in") || Fold(s, k, "to")) &&
                  (Fold(s, k + 1, "le") || Fold(s, k + 1, "the")) &&
                  (Fold(s, k + 2, "pays") || Fold(s, k + 2, "country"));
  }
  std::string recent = s.index <= dest_sentence_ + kDestinationWindow ? last_dest_ : "";
  // "Une alliance dominée par Moscou, l'OTSC, a envoyé des troupes": the
  // state this sentence says leads a sender is the senders' side, not the
  // place they are sent to (the sentence's own edges, found before).
  auto leads_sender = [&](const std::string& d) {
    const auto here = static_cast<uint32_t>(s.index);
    for (auto r = relations_.rbegin(); r != relations_.rend() && r->sent == here; ++r) {
      if (r->p == "leads" && r->s == d &&
          std::find(senders.begin(), senders.end(), r->o) != senders.end())
        return true;
    }
    return false;
  };
  // "have committed frigates", "a envoyé des navires de guerre"
  // (stance_word role=naval_troop): ships with no place named sail to a
  // sea, not to the headline's or the article's country.
  // (The ships around the verb, before or after `from`; soldiers named
  // with them make it a troop deployment.)
  bool naval = false, soldiers = false;
  for (int k = std::max(0, from - 4); k < std::min<int>(from + 5, s.w.size()); ++k) {
    if (P(s, k, '.') || P(s, k, ';')) break;
    if (StanceWordAt(s, k, "naval_troop") > 0) {
      naval = true;
    } else if (HitLen(s, k, c_.troop) > 0) {
      soldiers = true;
    }
  }
  naval = naval && !soldiers;
  for (const std::string* d : {&recent, &headline_, &focus_}) {
    if (the_country && d != &focus_) continue;
    if (naval && !the_country && d != &recent) continue;
    if (d == &focus_ && !the_country) {
      // The page's main country already sent troops somewhere ("Russian
      // paratroopers land in Kazakhstan" on a page that names Russia most):
      // the others' troops join its deployment, they are not sent to it.
      if (std::string joined = SenderDestination(focus_); !joined.empty()) {
        if (!sender(joined)) return {joined};
        return {};
      }
    }
    if (!d->empty() && !sender(*d) && !leads_sender(*d)) return {*d};
  }
  return {};
}

// "prêts à envoyer des soldats si l'organisation le décidait": a condition
// after the verb in its clause ("même si" concedes, it sets no condition).
std::string Engine::ConditionAfter(const Sent& s, int te) const {
  for (int k = te; k < std::min<int>(te + 15, s.w.size()); ++k) {
    if (P(s, k, '.') || P(s, k, ';')) break;
    if ((Fold(s, k, "si") || Fold(s, k, "if") || Fold(s, k, "unless")) && !Fold(s, k - 1, "meme") &&
        !Fold(s, k - 1, "even"))
      return "hypothetical (" + s.w[k].fold + " after)";
  }
  return "";
}

// A deployment noun governed by a negated, denied or hypothetical verb:
// "n'a pas demandé l'envoi de troupes", "a exclu l'envoi de soldats".
std::string Engine::NounBlocked(const Sent& s, int t) const {
  // "il n'y a pas eu d'annonce d'envoi", "aucune annonce d'envoi", "no
  // deployment": a negated noun phrase, in the clause before the noun.
  for (int k = t - 1; k >= 0 && k >= t - 8; --k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
    if (Fold(s, k, "aucun") || Fold(s, k, "aucune") || Fold(s, k, "no") || Fold(s, k, "sans") ||
        Fold(s, k, "without") || Fold(s, k, "not") || Fold(s, k, "never"))
      return "negated (" + s.w[k].fold + ")";
    if (Is(s, k, c_.neg_after)) {
      // (an incise may part them: "n'a, en revanche, pas demandé")
      for (int q = k - 1; q >= 0 && q >= k - 6; --q) {
        if (Is(s, q, c_.neg_ne)) return "negated (ne ... " + s.w[k].fold + ")";
      }
    }
  }
  // "rejetant tout dialogue avec", "ruled out any deployment": a meeting or
  // deployment in general, none that took place (s5struct).
  if (Fold(s, t - 1, "tout") || Fold(s, t - 1, "toute") || Fold(s, t - 1, "any"))
    return "none in particular (" + s.w[t - 1].fold + ")";
  // "un déploiement ... serait une escalade": the noun as the subject of a
  // ruling-out or hypothetical predicate (BlockedGoverned reads it).
  if (std::string why = BlockedGoverned(s, t);
      why.rfind("ruled out", 0) == 0 || why.rfind("hypothetical", 0) == 0)
    return why;
  int k = t - 1;
  while (k >= 0 && (Is(s, k, c_.det) || Is(s, k, c_.prep_de) || Fold(s, k, "a"))) --k;
  if (k < 0 || !s.w[k].word || MentionAt(s, k) >= 0) return "";
  if (Is(s, k, c_.deny)) return "denied (" + s.w[k].fold + ")";
  const int vb = VerbGroupStart(s, k);
  Form form = Form::kOther;
  Lexicon::Hit h = LexAt(s, k, c_.trigger);
  if (!h.entries.empty()) form = h.entries[0].second;
  return Blocked(s, vb, k + 1, form);
}

int Engine::ByPhraseAgentAt(const Sent& s, int from, int limit) const {
  for (int k = from; k < limit; ++k) {
    if (P(s, k, ',') || P(s, k, '.') || Is(s, k, c_.que) || Is(s, k, c_.qui)) return kNoAgent;
    if (StanceWordAt(s, k, "act_report") > 0) return kWitness;
    if (Fold(s, k, "par") || Fold(s, k, "by")) return k + 1;
  }
  return kNoAgent;
}


int Engine::SkipExtentAdverbs(const Sent& s, int k) const {
  const int n = static_cast<int>(s.w.size());
  for (int steps = 0; steps < 3 && k < n && MentionAt(s, k) < 0; ++steps) {
    if (const int al = HitLen(s, k, c_.adverb); al > 1) {
      k += al;
    } else if (const int el = StanceWordAt(s, k, "extent"); el > 0 || IsAdverb(s, k)) {
      k += std::max(1, el);
    } else {
      break;
    }
  }
  return k;
}

}  // namespace kzgraph::extract::internal
