// Relation frames that take the clause's subject.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"
#include "extract/place_prepositions.h"

namespace kzgraph::extract::internal {

// "Ruto and Museveni meet in Nairobi", "X and Y shake hands" (s7args): an
// English present plural has the infinitive's form; not after "to".
bool Engine::EnglishBarePresent(const Sent& s, int vb, Form form) const {
  return form == Form::kInfinitive && x_->article.lang != "fr" && vb > 0 &&
         !Fold(s, vb - 1, "to") && MentionAt(s, vb - 1) >= 0;
}

// Subject-verb-object, meetings and qualifications: "X accuse Y", "X a rencontré Y".
std::string Engine::MeetingNounBlocked(const Sent& s, int t, int te) const {
  // "la rencontre ... a été annulée", "talks between X and Y were called
  // off": a meeting that did not take place (stance.tsv role=called_off).
  for (int k = te; k < std::min<int>(te + 16, s.w.size()); ++k) {
    if (P(s, k, '.') || P(s, k, ';')) break;
    if (StanceWordAt(s, k, "called_off") > 0) return "called off (" + s.w[k].fold + ")";
  }
  // "a annulé sa rencontre avec X", "called off his meeting with Y",
  // "the planned talks", "une éventuelle rencontre": a meeting undone or
  // still to come, said just before the noun (s11meets).
  if (std::string why = MeetingNounUndone(s, t); !why.empty()) return why;
  // "a rencontré des difficultés avec X", "ont échangé des tirs avec X":
  // after an auxiliary the word is the verb's participle (folded like
  // the noun); the verb's own entry reads it, the noun gives nothing.
  // (French auxiliaries only: "had talks with" is the English noun.)
  if (t >= 1 && s.w[t].span.end - s.w[t].span.begin > s.w[t].fold.size()) {
    int k = t - 1;
    while (k > 0 && IsAdverb(s, k)) --k;
    if (Fold(s, k, "a") || Fold(s, k, "ont") || Fold(s, k, "avait") || Fold(s, k, "avaient") ||
        Fold(s, k, "aura") || Fold(s, k, "auront") || Fold(s, k, "avoir") || Fold(s, k, "ayant"))
      return "a participle, not the noun";
  }
  // "had not held direct talks with X", "n'a eu aucun entretien avec X":
  // the governing verb's negation holds for the meeting noun.
  return NounBlocked(s, t);
}

void Engine::SvoFrame(Sent& s, const FrameCall& f, std::vector<std::string>* subject,
                      std::string* how_found) {
  const int t = f.t, te = f.te, vb = f.vb;
  const LexEntry& e = f.e;
  const Form form = f.form;
  const std::string &type = f.type, &frame = f.frame, &preps = f.preps, &rule = f.rule;
  auto missing = [&](const char* what) { Missing(s, f, what); };
  std::vector<std::string>& subj = *subject;
  std::string& how = *how_found;
  if (frame == "svo" || frame == "meet" || frame == "meet_noun" || frame == "qualify") {
    // "s'est rendu à Tbilissi pour féliciter X", "traveled to Washington to
    // present his plan to Y" (key visit=1): what a visitor came to do to a
    // person meets him; without the visit it may be done by letter or phone.
    if (e.Get("visit") == "1") {
      bool visit = false;
      const int mark = Fold(s, t - 1, "de") && Fold(s, t - 2, "afin") ? t - 2 : t - 1;
      if (Fold(s, mark, "pour") || Fold(s, mark, "to") || Fold(s, mark, "afin")) {
        for (int k = mark - 1; k >= 0 && k >= mark - 10 && !visit; --k) {
          if (P(s, k, '.') || P(s, k, ';')) break;
          for (const char* w : {"rendu", "rendue", "rendus", "rendues", "rend", "rendent",
                                "rendait", "rendra", "deplace", "deplacee", "venu", "venue",
                                "travelled", "traveled", "travels", "flew", "flies", "went",
                                "arrived", "arrives", "came", "journeyed", "headed"}) {
            if (s.w[k].fold == w) {
              visit = true;
              break;
            }
          }
        }
      }
      if (!visit) {
        if (tracing_) Log(s, "  blocked " + rule + ": no visit before the purpose");
        return;
      }
    }
    if (type == "meets" && e.Get("pos") == "noun") {
      if (frame_gate_ != nullptr) {
        // Deferred with Frame's own tests (frame_gate_): the emits from
        // here on wait for these too.
        frame_gate_meeting_noun_ = true;
        if (frame_gate_state_ > 0) frame_gate_state_ = 0;
      } else if (std::string why = MeetingNounBlocked(s, t, te); !why.empty()) {
        if (tracing_) Log(s, "  blocked " + rule + ": " + why);
        return;
      }
    }
    std::vector<std::string> obj;
    if (frame == "meet_noun") {
      // "X criticized NATO during talks with Y", "X a critiqué l'OTAN lors
      // d'un entretien avec Y": a meeting named in a time adjunct is the
      // clause subject's, not the last object's before it.
      int k = t - 1;
      while (k > 0 && (Is(s, k, c_.det) || Is(s, k, c_.prep_de))) --k;
      const bool adjunct = Fold(s, k, "during") || Fold(s, k, "lors") || Fold(s, k, "pendant") ||
                           Fold(s, k, "after") || Fold(s, k, "following") ||
                           Fold(s, k, "apres") ||
                           (Fold(s, k, "cours") && Fold(s, k - 1, "au"));
      // (A gerund, "after meeting in Nairobi", has its own adjunct reading.)
      const bool gerund = s.w[t].fold.size() > 4 &&
                          s.w[t].fold.compare(s.w[t].fold.size() - 3, 3, "ing") == 0 && k == t - 1;
      if (adjunct && !gerund && k > 0 && !P(s, k - 1, ',') &&
          how.find("adjunct") == std::string::npos) {
        const int limit = Fold(s, k, "cours") ? k - 1 : k;
        if (std::vector<std::string> main = CoordinatedMainSubject(s, limit); !main.empty())
          subj = main;
      }
    }
    if (frame == "meet") {
      // "ont échangé des tirs avec X", "exchanged fire with X": shots
      // traded are no talks (stance_word role=hostile_exchange).
      int j = te;
      while (IsAdverb(s, j)) ++j;
      if (StanceWordAt(s, SkipDet(s, j), "hostile_exchange") > 0)
        return missing("no meeting: fire exchanged");
    }
    if (frame == "meet_noun" || frame == "meet") {
      // "un entretien avec X": the trigger itself ends with the preposition.
      if (Fold(s, te - 1, "avec") || Fold(s, te - 1, "with")) {
        obj = NP(s, te);
        if (obj.empty()) obj = CounterpartNames(s, te);
      }
      // "s'est entretenue pendant plus de deux heures avec X": a time
      // phrase may come first.
      for (int k = te; k < std::min<int>(te + 8, s.w.size()) && obj.empty(); ++k) {
        if (Fold(s, k, "avec") || Fold(s, k, "with")) {
          obj = NP(s, k + 1);
          if (obj.empty()) obj = CounterpartNames(s, k + 1);
          break;
        }
        // "s'est entretenu à Addis-Abeba avec X": a place is no party.
        if (int pm = MentionAt(s, k); pm >= 0 && InPlacePhrase(s, s.men[pm])) {
          k = s.men[pm].e - 1;
          continue;
        }
        if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || MentionAt(s, k) >= 0 ||
            HitLen(s, k, c_.trigger) > 0)
          break;
      }
      if (obj.empty() && (f.rel_prep == "avec" || f.rel_prep == "with") && f.rel_head >= 0) {
        obj = {IdOf(s, f.rel_head)};  // "Blinken, avec qui il s'est entretenu"
        how = how.empty() || how == "subject" ? "indirect-relative" : how + "/indirect-relative";
      }
      if (!obj.empty()) {
        // "spoke by phone with Aliyev, urging him ..., and separately with
        // Pashinyan": the same verb with another party.
        for (int k = te + 1; k + 1 < static_cast<int>(s.w.size()) && k < te + 30; ++k) {
          if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que)) break;
          int j = k + 1;
          // "ainsi qu'avec X", "as well as with X"
          if (Fold(s, k, "ainsi") && (Fold(s, k + 1, "qu") || Fold(s, k + 1, "que"))) {
            j = k + 2;
          } else if (Fold(s, k, "as") && Fold(s, k + 1, "well") && Fold(s, k + 2, "as")) {
            j = k + 3;
          } else if (!(Fold(s, k, "and") || Fold(s, k, "et") || Fold(s, k, "puis") ||
                       Fold(s, k, "then"))) {
            continue;
          }
          while (IsAdverb(s, j) || P(s, j, ',')) ++j;
          if (!(Fold(s, j, "with") || Fold(s, j, "avec"))) continue;
          for (const std::string& id : NP(s, j + 1)) {
            if (std::find(obj.begin(), obj.end(), id) == obj.end()) obj.push_back(id);
          }
          break;
        }
      }
      if (frame == "meet_noun" && obj.empty() && Is(s, te, c_.prep_de)) {
        // "l'entretien de M. Macron avec M. Poutine": the noun's owner is
        // the first party, the actor after avec/with the other.
        const int om = MentionAt(s, SkipDet(s, te + 1));
        if (om >= 0 && !s.men[om].adj && !s.men[om].id.empty() &&
            (Fold(s, s.men[om].e, "avec") || Fold(s, s.men[om].e, "with"))) {
          obj = NP(s, s.men[om].e + 1);
          if (!obj.empty()) {
            subj = {IdOf(s, om)};
            how = "owner";
          }
        }
      }
      if (frame == "meet_noun" && obj.empty()) {
        // "a assuré à M. Pachinian, lors d'un entretien téléphonique": the
        // other party is the dative of the clause's verb.
        for (int k = t - 1; k >= 0 && k > t - 12; --k) {
          if (P(s, k, ';') || Is(s, k, c_.que)) break;
          if (Fold(s, k, "a") && !s.w[k].upper_initial) {
            int mi = MentionAt(s, k + 1);
            if (mi >= 0 && s.men[mi].kind == "person") obj = Expand(s, mi, +1);
            break;
          }
        }
      }
      if (frame == "meet_noun" && obj.empty()) {
        // "told his counterpart X in a phone call", "assured X during a
        // call", "a rassuré X lors d'un entretien téléphonique": the person
        // the clause's verb addresses, named right before the call.
        int k = t - 1;
        for (int steps = 0; steps < 6 && k >= 0 && MentionAt(s, k) < 0; ++steps, --k) {
          if (!(P(s, k, ',') || Is(s, k, c_.det) || Fold(s, k, "a") || Fold(s, k, "an") ||
                Fold(s, k, "in") || Fold(s, k, "during") ||
                Fold(s, k, "on") || Fold(s, k, "lors") || Fold(s, k, "d") || Fold(s, k, "de") ||
                Fold(s, k, "au") || Fold(s, k, "cours") || Fold(s, k, "pendant") ||
                Fold(s, k, "par")))
            break;
        }
        const int mi = k >= 0 && k < t - 1 ? MentionAt(s, k) : -1;
        if (mi >= 0 && s.men[mi].kind == "person" && !s.men[mi].pronoun &&
            !s.men[mi].id.empty()) {
          // The noun's own subject is that person; the caller is the
          // nearest other actor before it ("Xi wrote to X, and Wang Yi told
          // Y in a phone call": Wang Yi).
          const std::string callee = IdOf(s, mi);
          std::vector<std::string> caller;
          for (int q = s.men[mi].b - 1; q >= 0 && q > s.men[mi].b - 12 && caller.empty(); --q) {
            // "», a indiqué M. Poutine lors de cette réunion": a quotation
            // before names the speaker, not the one addressed.
            if (P(s, q, ';') || P(s, q, '.') || P(s, q, '"') || P(s, q, '>') || P(s, q, '<') ||
                Is(s, q, c_.que))
              break;
            const int cm = MentionAt(s, q);
            if (cm < 0 || s.men[cm].adj || s.men[cm].id.empty()) continue;
            if (s.men[cm].kind == "person" && IdOf(s, cm) != callee) caller = {IdOf(s, cm)};
          }
          if (!caller.empty() &&
              std::find(caller.begin(), caller.end(), callee) == caller.end()) {
            subj = caller;
            obj = {callee};
          }
        }
      }
      if (frame == "meet_noun" && obj.empty()) {
        // Headlines name a meeting by its two parties joined by a hyphen:
        // "Biden-Xi summit", "Blinken-Lavrov talks" right before the noun,
        // "tête-à-tête Macron-Poutine", "sommet Poutine-Kim" right after it.
        // Persons only: "Israel-Hamas talks" go through mediators.
        auto person = [&](int mi) {
          return mi >= 0 && !s.men[mi].adj && !s.men[mi].pronoun && !s.men[mi].id.empty() &&
                 s.men[mi].kind == "person";
        };
        // "Pas de rencontre Biden-Poutine", "No Biden-Putin meeting": none held.
        auto none_held = [&](int k) {
          if (Fold(s, k, "de") || Fold(s, k, "d")) --k;
          return Fold(s, k, "pas") || Fold(s, k, "aucun") || Fold(s, k, "aucune") ||
                 Fold(s, k, "sans") || Fold(s, k, "no") || Fold(s, k, "without");
        };
        auto pair_at = [&](int second) -> bool {  // second: the mention after the hyphen
          if (!person(second) || !s.w[s.men[second].b].hyphen_before) return false;
          const int first = MentionAt(s, s.men[second].b - 1);
          if (!person(first) || s.men[first].e != s.men[second].b ||
              s.men[first].id == s.men[second].id || none_held(std::min(s.men[first].b, t) - 1))
            return false;
          subj = {IdOf(s, first)};
          obj = {IdOf(s, second)};
          how = "name-pair";
          return true;
        };
        const int before = t >= 1 ? MentionAt(s, t - 1) : -1;
        if (!(before >= 0 && s.men[before].e == t && pair_at(before))) {
          const int after = MentionAt(s, te);
          if (after >= 0 && s.men[after].b == te) {
            const int next = MentionAt(s, s.men[after].e);
            if (next >= 0 && s.men[next].b == s.men[after].e) pair_at(next);
          }
        }
      }
      if (frame == "meet_noun" && subj.empty()) {
        // "lors d'une réunion avec" in a sentence whose subject comes after
        // the speech verb: take the sentence's speaker.
        if (!s.speaker.empty()) subj = {s.speaker};
      }
    } else if (frame == "qualify") {
      // "qualifier d'« effrontées » les remarques de X" / "qualifier X de terroriste"
      int k = te;
      // An accusation entry ("denounced the strikes as aggression") labels
      // with a charge only; a mere pejorative is the criticism entries' reading.
      const bool charge_only = type == "accuses";
      // A charge needs a label: a pejorative word, a charge act ("an act of
      // aggression") or a "terrorists" mention somewhere in the sentence.
      // Without any, every reading below ends at "charge label": say so
      // before looking for the object.
      if (charge_only && !AnyHit(s, c_.pejorative)) {
        bool label = false;
        for (const Men& m : s.men) label |= m.id == "terrorists";
        for (size_t q = 0; q < s.stance_word_at.size() && !label; ++q)
          label = StanceWordAt(s, s.stance_word_at[q], "charge_act") > 0;
        if (!label) return missing("charge label");
      }
      // s11stance: "called X's decision courageous": praise supports.
      if (type == "criticizes" && QualifyPraise(s, t, te, subj)) return;
      {  // "a jugé inacceptable la présence de X"
        int j = k;
        while (P(s, j, '<') || P(s, j, '"') || IsAdverb(s, j)) ++j;
        // "a dénoncé comme illégitime le scrutin": the label after comme.
        if (Fold(s, j, "comme") && HitLen(s, j + 1, c_.pejorative) > 0) ++j;
        // "found it regrettable that X ..." (s8crit): the dummy object.
        if (Fold(s, j, "it") && HitLen(s, j + 1, c_.pejorative) > 0) ++j;
        if (int pl = HitLen(s, j, c_.pejorative); pl > 0) {
          j += pl;
          while (P(s, j, '>') || P(s, j, '"')) ++j;
          // s8crit: "a jugé « regrettable » que X se déploie", "deemed it
          // unacceptable that X ...": the actor the clause is about.
          if (Is(s, j, c_.que) || Fold(s, j, "that")) {
            const int qm = MentionAt(s, SkipDet(s, j + 1));
            if (qm < 0 || s.men[qm].adj || s.men[qm].pronoun || s.men[qm].id.empty())
              return missing("object");
            ++j;
          }
          obj = NP(s, j);
          if (charge_only) return missing("charge label");
          if (subj.empty()) return missing("subject");
          if (obj.empty()) return missing("object");
          Emit(s, subj, type, obj, rule + "/label-first", 0.8);
          return;
        }
      }
      if (Is(s, k, c_.que) || Fold(s, k, "that")) {
        // s8crit: "a estimé que la décision de X était « inacceptable »":
        // an act of X's judged by a label after the copula of the clause.
        int oe = k + 1;
        std::vector<std::string> owners = LabelledActOwners(s, k + 1, &oe);
        int j = oe + 1;
        for (int steps = 0; steps < 6 && j < static_cast<int>(s.w.size()) &&
                            !Is(s, j, c_.etre) && s.w[j].word && !P(s, j, ',') &&
                            HitLen(s, j, c_.trigger) == 0;
             ++steps)
          ++j;  // the rest of the act's phrase: "de fermer sa frontière"
        if (!owners.empty() && Is(s, j, c_.etre)) {
          ++j;
          while (P(s, j, '<') || P(s, j, '"') || IsAdverb(s, j)) ++j;
          if (HitLen(s, j, c_.pejorative) > 0) {
            obj = NotOwnSide(s, subj, owners);
            if (charge_only) return missing("charge label");
            if (subj.empty()) return missing("subject");
            if (obj.empty()) return missing("object");
            Emit(s, subj, type, obj, rule + "/that-label", 0.8);
            return;
          }
        }
      }
      bool label_first = Is(s, k, c_.prep_de);
      if (label_first) {
        int j = SkipDet(s, k + 1);
        while (P(s, j, '>') || P(s, j, '<') || P(s, j, '"')) ++j;
        bool pej = HitLen(s, j, c_.pejorative) > 0;
        int lm = MentionAt(s, j);
        bool terror = lm >= 0 && s.men[lm].id == "terrorists";
        j += std::max(1, HitLen(s, j, c_.pejorative));
        while (P(s, j, '>') || P(s, j, '<') || P(s, j, '"')) ++j;
        if (terror) j = s.men[lm].e;
        obj = NP(s, j);
        if (!pej && !terror) obj.clear();
        if (terror && !obj.empty()) {
          Emit(s, subj, "accuses", obj, "accuses:qualify", 0.8);
          return;
        }
        if (charge_only) return missing("charge label");
        // "a qualifié de « regrettable » la fermeture de la frontière": an
        // act after the label with no actor of its own blames its author.
        if (pej && obj.empty() && type == "criticizes" && !subj.empty()) {
          std::string via;
          obj = NotOwnSide(s, subj, StanceObject(s, j, type, "direct", subj, &via));
        }
      } else {
        int oe = k;
        obj = Object(s, k, "direct", &oe);
        auto skip_article = [&](int q) {  // English "a"/"an" are no det class words
          q = SkipDet(s, q);
          if ((Fold(s, q, "a") || Fold(s, q, "an")) && x_->article.lang != "fr")
            q = SkipDet(s, q + 1);
          return q;
        };
        // "called the cooperation between X and Y a provocation", "qualifié
        // la politique de X d'irresponsable": the act's owners.
        if (obj.empty()) obj = LabelledActOwners(s, k, &oe);
        bool pej = false, terror = false;
        // "called Egypt's threats \"a declaration of war\"", "called the
        // Kremlin's move an act of aggression": an English label with no
        // preposition right after the act's owner, a grave misdeed
        // (stance_word role=charge_act), accuses the owner.
        if (x_->article.lang != "fr" && !obj.empty() && type == "criticizes") {
          int q = oe + 1;  // oe: the object's last word
          if (Fold(s, q, "s") && !s.w[q].elided) ++q;  // "Egypt's"
          // the owned act ("threats", "military move"), then the label
          for (int steps = 0; steps < 2 && PlainWord(s, q) && HitLen(s, q, c_.trigger) == 0 &&
                              StanceWordAt(s, q, "charge_act") == 0;
               ++steps)
            ++q;
          while (P(s, q, '"') || P(s, q, '<')) ++q;
          q = skip_article(q);
          if (StanceWordAt(s, q, "charge_act") > 0) terror = true;
        }
        for (int j = k; !terror && j < std::min<int>(k + 10, s.w.size()); ++j) {
          if (j > oe && HitLen(s, j, c_.pejorative) > 0) {
            // "jugé le bilan « inacceptable »", "calling the remarks 'offensive'";
            // "calling Pashinyan a traitor": a label that is a charge accuses.
            pej = true;
            terror = StanceWordAt(s, j, "charge_label") > 0;
            break;
          }
          if (!obj.empty() && MentionAt(s, SkipDet(s, oe)) >= 0 &&
              j == s.men[MentionAt(s, SkipDet(s, oe))].e) {
            // "designated Hamas a terrorist organization", "a classé le X
            // organisation terroriste": the label right after the object.
            int lm = MentionAt(s, skip_article(j));
            if (lm >= 0 && s.men[lm].id == "terrorists") {
              terror = true;
              break;
            }
          }
          if (Fold(s, j, "de") || Fold(s, j, "d") || Fold(s, j, "as") || Fold(s, j, "comme")) {
            int q = j + 1;
            while (P(s, q, '<') || P(s, q, '"')) ++q;
            // "designated X as a terrorist group", "comme une organisation terroriste".
            if (type == "accuses" && !Fold(s, j, "de") && !Fold(s, j, "d")) q = skip_article(q);
            // "described X as the main culprit", "comme le principal coupable"
            // (s7stance): an article and a degree word before the label.
            if (type != "accuses" && !Fold(s, j, "de") && !Fold(s, j, "d")) {
              const int a = skip_article(q);
              if (StanceWordAt(s, a, "label_degree") > 0 &&
                  StanceWordAt(s, a + 1, "charge_label") > 0)
                q = a + 1;
              else if (a > q && StanceWordAt(s, a, "charge_label") > 0)
                q = a;
            }
            pej = HitLen(s, q, c_.pejorative) > 0;
            // "qualifié le Pérou d'agresseur": a label that is a charge accuses.
            terror = (MentionAt(s, q) >= 0 && s.men[MentionAt(s, q)].id == "terrorists") ||
                     (pej && StanceWordAt(s, q, "charge_label") > 0);
            // "described the M23 as a terrorist group" (any labelling verb),
            // "qualifie le M23 de mouvement terroriste" (a head noun first).
            int tq = skip_article(q);
            for (int h = tq; h <= tq + 1 && !terror; ++h) {
              const int tm = MentionAt(s, h);
              terror = tm >= 0 && s.men[tm].id == "terrorists" && !s.men[tm].adj &&
                       (h == tq || (s.w[tq].word && !s.w[tq].upper_initial &&
                                    MentionAt(s, tq) < 0 && !Is(s, tq, c_.prep)));
            }
            // "called the strike an act of aggression", "a qualifié l'offensive
            // de « déclaration de guerre » du Rwanda" (stance_word
            // role=charge_act): a grave misdeed named as the label accuses
            // the act's author, or the actor the misdeed is said of.
            // "as absolutely unprovoked aggression": up to two modifiers first.
            int ca = tq;
            for (int step = 0; step < 2 && StanceWordAt(s, ca, "charge_act") == 0 &&
                               PlainWord(s, ca) && PlainWord(s, ca + 1);
                 ++step)
              ++ca;
            if (StanceWordAt(s, ca, "charge_act") > 0) tq = ca;
            if (int cl = StanceWordAt(s, tq, "charge_act"); cl > 0 && !terror) {
              terror = true;
              // The author after the label only for a labelled act ("l'offensive").
              if (obj.empty() && HitLen(s, SkipDet(s, k), c_.act) > 0) {
                int r = tq + cl;
                while (P(s, r, '>') || P(s, r, '"')) ++r;
                if (Is(s, r, c_.prep_de) || Fold(s, r, "by") || Fold(s, r, "par")) {
                  const int am = MentionAt(s, SkipDet(s, r + 1));
                  if (am >= 0 && !s.men[am].pronoun && !s.men[am].id.empty())
                    obj = Expand(s, am, +1);
                }
              }
            }
            if (pej || terror) break;
          }
        }
        if (terror && !obj.empty()) {
          Emit(s, subj, "accuses", obj, "accuses:qualify", 0.8);
          return;
        }
        if (charge_only) return missing("charge label");
        if ((!pej || obj.empty()) && type == "criticizes" && !subj.empty()) {
          // "rejected Pashinyan's claims": disapproval of the holder's words.
          if (std::vector<std::string> held = RejectedClaimsHolder(s, t, te, subj); !held.empty()) {
            Emit(s, subj, type, held, rule + "/rejected-claims", 0.75);
            return;
          }
          // s10crit: "called the comment \"offensive\"": a label on the words
          // of the speaker named just before.
          if (pej) {
            if (std::vector<std::string> author = SpeechAnaphorAuthor(s, te, subj);
                !author.empty()) {
              Emit(s, subj, type, author, rule + "/speech-anaphor", 0.75);
              return;
            }
            // "calling the attack 'shameful'", "a qualifié l'offensive
            // d'inacceptable": a label on an act told without its author
            // blames the author of the act told last. Only a single author:
            // a label is weaker than a verb of condemnation, and acts of two
            // sides told together ("North Korean troops ... Kyiv's incursion")
            // leave "the deployment" unclear.
            if (obj.empty()) {
              if (std::vector<std::string> author = NotOwnSide(s, subj, EventAuthor(s, te));
                  author.size() == 1) {
                Emit(s, subj, type, author, rule + "/event", 0.7);
                return;
              }
              // "Kigali called the measure \"unjustified\"", "a jugé cette
              // décision « inacceptable »": a label on a decision or a
              // demonstrative act blames its author as the verb of
              // condemnation would (StanceObject: the act's own agent, else
              // the single author of an act told in the last sentences).
              std::string via;
              if (std::vector<std::string> author =
                      NotOwnSide(s, subj, StanceObject(s, te, type, "direct", subj, &via));
                  !author.empty()) {
                Emit(s, subj, type, author, rule + "/" + via, 0.7);
                return;
              }
            }
          }
        }
        if (!pej) obj.clear();
      }
    } else if (f.RelativeFits(preps)) {
      // "Poutine, à qui il a reproché son attitude": the relative's head.
      obj = {IdOf(s, f.rel_head)};
      how = how.empty() || how == "subject" ? "indirect-relative" : how + "/indirect-relative";
      if (type == "member_of" && !subj.empty()) {
        // "to which Armenia belongs alongside Russia and Belarus": the
        // states named beside the member belong too (s5struct).
        int k = te;
        if (Fold(s, k, "alongside")) {
          k += 1;
        } else if ((Fold(s, k, "along") || Fold(s, k, "together")) && Fold(s, k + 1, "with")) {
          k += 2;
        } else if (Fold(s, k, "aux") && Fold(s, k + 1, "cotes") && Is(s, k + 2, c_.prep_de)) {
          k += 3;
        } else if (Fold(s, k, "avec")) {
          k += 1;
        } else {
          k = -1;
        }
        if (k > 0) {
          for (const std::string& id : NP(s, k, 0, false)) {
            const Actor* a = r_.dict.Find(id);
            if (a && a->kind == "country" && id != obj[0]) subj.push_back(id);
          }
        }
      }
    } else {
      obj = Object(s, te, preps);
      if (e.Get("target") == "state") {
        // "summoned Russia's ambassador, X", "the Peruvian envoy": the protest
        // targets the envoy's state, named before the office noun, not the envoy.
        std::vector<std::string> state;
        for (int j = te; j < std::min<int>(te + 4, s.w.size()) && state.empty(); ++j) {
          if (int m = MentionAt(s, j); m >= 0 && s.men[m].kind == "country" && !s.men[m].id.empty())
            state = {s.men[m].id};
          // "l'ambassadeur du Togo", "the ambassador of Togo": one mention,
          // an unnamed office holder of that state.
          else if (m >= 0 && s.men[m].id.empty() && !s.men[m].of.empty() && !s.men[m].role.empty())
            if (const Actor* a = r_.dict.Find(s.men[m].of); a && a->kind == "country")
              state = {s.men[m].of};
          // "l'ambassadeur de Russie, Oleg X", "the Russian ambassador" of a
          // known envoy: the office mention read as the person still names
          // the state (its own country mention over the same words).
          for (const Men& m : s.men) {
            if (!state.empty()) break;
            if (m.b != j || m.id.empty()) continue;
            if (m.kind == "country" && !m.pronoun) {
              state = {m.id};
            } else if (m.kind == "person" && !m.of.empty() && !m.role.empty()) {
              if (const Actor* a = r_.dict.Find(m.of); a && a->kind == "country") state = {m.of};
            }
          }
        }
        obj = state;
      }
      // "accueille des troupes françaises": hosting troops is meeting no one.
      if (type == "meets" && HitLen(s, SkipDet(s, te), c_.troop) > 0) obj.clear();
      // "a reçu le soutien de X", "received strong support from X": receiving
      // aid is X's support, not a meeting ("reçu un large soutien").
      // Past a mention that starts at j: where an owner's genitive "s" would
      // stand ("Putin's"); -1 when no mention starts at j.
      auto past_owner = [&](int j) {
        const int m = MentionAt(s, j);
        if (m < 0 || s.men[m].b != j) return -1;
        return s.men[m].e;
      };
      if (type == "meets" && !obj.empty() && AnyHit(s, c_.aid)) {
        int j = SkipDet(s, te);
        if (HitLen(s, j, c_.aid) > 0 ||
            (s.w.size() > static_cast<size_t>(j + 1) && s.w[j].word && MentionAt(s, j) < 0 &&
             !s.w[j].upper_initial && HitLen(s, j + 1, c_.aid) > 0))
          obj.clear();
        // "received Putin's backing": the aid noun after the giver's possessive.
        if (const int k = past_owner(j);
            k >= 0 && GenitiveS(s, k) &&
            (HitLen(s, k + 1, c_.aid) > 0 ||
             (s.w.size() > static_cast<size_t>(k + 2) && s.w[k + 1].word &&
              !s.w[k + 1].upper_initial && HitLen(s, k + 2, c_.aid) > 0)))
          return missing("no meeting: aid received");
      }
      // "met the demands of the protesters", "meets the conditions set by X":
      // "meet" with a requirement as its object is no meeting.
      if (type == "meets" && !obj.empty()) {
        int j = SkipDet(s, te);
        for (int step = 0; step < 3 && static_cast<size_t>(j) < s.w.size(); ++step, ++j) {
          if (StanceWordAt(s, j, "met_requirement") > 0)  // triggers_meeting_wording.tsv
            return missing("no meeting: a requirement met");
          // "met the Kazakh president's demands": past the owner's possessive.
          if (const int k = past_owner(j); k >= 0) {
            if (!GenitiveS(s, k)) break;
            j = k;
            continue;
          }
          if (!s.w[j].word || s.w[j].upper_initial) break;
        }
      }
      if (type == "meets" && !obj.empty()) MoreMeetingParties(s, te, &obj);
      if (e.Get("bare") == "not_person") {
        int j = te;
        while (IsAdverb(s, j)) ++j;
        if (InterrogatedObjectAt(s, SkipDet(s, j))) obj.clear();
      }
      if (type == "supports" && !obj.empty()) {
        // "praised the withdrawal of Russian troops", "a salué le départ des
        // soldats français": welcoming an actor's going (stance_word
        // role=removal) backs the act, not the actor who leaves.
        int j = te;
        while (IsAdverb(s, j)) ++j;
        j = SkipDet(s, j);
        if (Fold(s, j, "a") || Fold(s, j, "an")) j = SkipDet(s, j + 1);
        if (MentionAt(s, j) < 0) {
          if (const int rl = StanceWordAt(s, j, "removal");
              rl > 0 && (Is(s, j + rl, c_.prep_de) || Fold(s, j + rl, "of")))
            return missing("object: an actor's removal, not the actor");
        }
      }
      if (e.Get("parties") == "person" && !obj.empty()) {
        // "summoned Belarus's ambassador, Piotr Kovalev" (parties=person): a
        // summons meets the named envoy; a state that summons or whose
        // unnamed envoy is summoned holds no meeting.
        auto person = [&](const std::string& id) {  // a discovered one too
          const Actor* a = r_.dict.Find(id);
          if (a != nullptr) return a->kind == "person";
          return std::any_of(s.men.begin(), s.men.end(),
                             [&](const Men& m) { return m.id == id && m.kind == "person"; });
        };
        const bool persons = std::all_of(subj.begin(), subj.end(), person);
        std::erase_if(obj, [&](const std::string& id) { return !persons || !person(id); });
        // "l'ambassadeur de Russie à Séoul, Gueorgui Zinoviev": the title
        // names the state first, the envoy in apposition.
        for (const Men& m : s.men) {
          if (!persons || !obj.empty() || m.b < te || m.b >= te + 10) continue;
          if (P(s, m.b - 1, '.') || P(s, m.b - 1, ';')) break;
          if (!m.adj && !m.pronoun && m.kind == "person" && !m.id.empty()) obj = {m.id};
        }
      }
      if (e.Get("bare") == "1") {
        // "reconnaître la présence de X" admits a fact: only an actor named
        // right after the verb is recognised ("recognized Guaidó").
        int j = te;
        while (IsAdverb(s, j)) ++j;
        j = SkipDet(s, j);
        if (MentionAt(s, j) < 0 || s.men[MentionAt(s, j)].adj) obj.clear();
      }
      if (obj.empty() && preps.find('|') != std::string::npos) {
        // "blamed the attack on Azerbaijan": the direct object is no actor,
        // the prepositional one is.
        for (int k = te + 1; k < std::min<int>(te + 10, s.w.size()); ++k) {
          if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || Is(s, k, c_.que) || Is(s, k, c_.qui))
            break;
          if (!Is(s, k, c_.prep) || preps.find("direct") == std::string::npos) continue;
          std::vector<std::string> o = Object(s, k, preps);
          if (!o.empty()) {
            obj = o;
            break;
          }
        }
      }
      if (type == "accuses" &&
          (preps.find("on") != std::string::npos || preps.find("à") != std::string::npos)) {
        // "blames protests on Poland", "a imputé les violences à la Croatie":
        // the deed blamed is a common noun (even one naming a group), the
        // actor after the preposition is the one blamed.
        int d = te;
        while (IsAdverb(s, d)) ++d;
        d = SkipDet(s, d);
        // "fait porter la responsabilité de l'attaque au Togo": the trigger's
        // own noun takes the deed as its "de" complement (s6lex).
        if (Is(s, d, c_.prep_de) && te - t >= 3 && MentionAt(s, SkipDet(s, d + 1)) < 0)
          d = SkipDet(s, d + 1);
        const int dm = MentionAt(s, d);
        const bool deed = d < static_cast<int>(s.w.size()) && s.w[d].word &&
                          !s.w[d].upper_initial && (dm < 0 || !s.men[dm].adj) &&
                          !Is(s, d, c_.prep) && !Is(s, d, c_.prep_de) && !Is(s, d, c_.pron_obj);
        int reach = d + 8;
        for (int k = d + 1; deed && k < std::min<int>(reach, s.w.size()); ++k) {
          // "a imputé les violences, qui ont fait cent morts, à des
          // terroristes", "blamed the attack, which killed ten, on X": a
          // relative clause between commas on the deed is skipped.
          if (P(s, k, ',') && (Is(s, k + 1, c_.qui) || Fold(s, k + 1, "which") ||
                               Fold(s, k + 1, "dont") || Fold(s, k + 1, "that"))) {
            int c = k + 2;
            while (c < static_cast<int>(s.w.size()) && c < k + 20 && !P(s, c, ',') &&
                   !P(s, c, '.') && !P(s, c, ';') && !P(s, c, ':'))
              ++c;
            if (!P(s, c, ',')) break;
            reach += c - k;
            k = c;
            continue;
          }
          if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || P(s, k, ':') || Is(s, k, c_.que) ||
              Is(s, k, c_.qui) || HitLen(s, k, c_.trigger) > 0 || MentionAt(s, k) >= 0)
            break;
          if (!(Fold(s, k, "on") || Fold(s, k, "a") || Fold(s, k, "au") || Fold(s, k, "aux")) ||
              !Is(s, k, c_.prep) || IsAuxWord(s, k))
            continue;
          std::vector<std::string> o = NP(s, k + 1);
          if (!o.empty()) {
            obj = o;
            how = how.empty() || how == "subject" ? "blamed-on" : how + "/blamed-on";
          }
          break;
        }
      }
    }
    const bool stance = type == "criticizes" || type == "supports" || type == "accuses";
    if (stance && frame == "svo") {
      // "Belgium, which it accused of ...": subject and object of a relative.
      std::vector<std::string> rs, ro;
      if (ObjectRelative(s, vb, &rs, &ro)) {
        subj = rs;
        obj = ro;
        how = "object-relative";
        // "les FDLR, que Kigali accuse Kinshasa d'avoir intégrées": an actor
        // right after the verb is its object; the antecedent is the charge's.
        if (const int dm = MentionAt(s, SkipDet(s, te));
            dm >= 0 && !s.men[dm].adj && !s.men[dm].pronoun && !s.men[dm].id.empty() &&
            IsPartyKind(s.men[dm].kind) && !s.inq[s.men[dm].b]) {
          obj = Expand(s, dm, +1);
          how = "object-relative/own-object";
        }
      }
    }
    if (obj.empty() && (stance || type == "warns") && frame == "svo") {
      // "a rompu avec la France, l'accusant de ...", "lui reprochant": an
      // object pronoun in the verb group stands for the actor named last
      // before it that is not the subject.
      // English "accusing it of", "warned them": the pronoun after the verb.
      const bool person_pronoun = Fold(s, te, "him") || Fold(s, te, "her");
      const bool thing_pronoun = Fold(s, te, "it") || Fold(s, te, "them");
      bool clitic =
          preps.find("direct") != std::string::npos && (thing_pronoun || person_pronoun) &&
          !Is(s, te + 1, c_.det) &&
          !(te + 1 < static_cast<int>(s.w.size()) && s.w[te + 1].word && s.w[te + 1].upper_initial);
      int clitic_at = clitic ? te : -1;
      for (int k = vb; k < t && !clitic; ++k) {
        const std::string& w = s.w[k].fold;
        // "à la menace", "de la critique": an article before a noun.
        if (Is(s, k - 1, c_.prep) || Is(s, k - 1, c_.prep_de) || Is(s, k - 1, c_.det) ||
            Fold(s, k - 1, "a"))
          break;
        clitic = ((w == "l" && s.w[k].elided) || w == "le" || w == "la" || w == "les")
                     ? preps.find("direct") != std::string::npos
                     : (w == "lui" || w == "leur") && preps.find("à") != std::string::npos;
        if (clitic) clitic_at = k;
      }
      for (int mi = static_cast<int>(s.men.size()) - 1; clitic && mi >= 0; --mi) {
        const Men& m = s.men[mi];
        if (m.b >= vb || m.implied) continue;
        if (m.adj || m.pronoun || m.id.empty() || s.inq[m.b] ||
            !(m.kind == "person" || m.kind == "country" || m.kind == "organization"))
          continue;
        if ((person_pronoun && m.kind != "person") || (thing_pronoun && m.kind == "person"))
          continue;
        const std::string id = IdOf(s, mi);
        if (std::find(subj.begin(), subj.end(), id) != subj.end()) continue;
        obj = {id};
        // "leur reprochant", "blaming them": the whole coordination (s8speech).
        if (const std::string& pf = s.w[clitic_at].fold;
            pf == "leur" || pf == "les" || pf == "them") {
          std::vector<std::string> all = CoordinationEndingAt(s, mi);
          std::erase_if(all, [&](const std::string& a) {
            return std::find(subj.begin(), subj.end(), a) != subj.end();
          });
          if (all.size() > 1) obj = all;
        }
        how = how.empty() || how == "subject" ? "clitic" : how + "/clitic";
        break;
      }
      // s6stance: none in its sentence, the subject of the one before. The
      // pronoun opens the verb group ("l'accuse", "ne lui reprochent"): the
      // word before is the subject, "ne" or a clause opening, never a verb
      // ("avait donné l'alerte" holds an article).
      // An English pronoun ends its phrase ("criticized her for", "warned
      // them."): "praised her government" holds a possessive.
      const int before = clitic_at - 1, next = te + 1;
      const bool opens =
          (clitic_at == te &&
           (next >= static_cast<int>(s.w.size()) || !s.w[next].word || Is(s, next, c_.prep) ||
            Is(s, next, c_.coord) || Is(s, next, c_.adverb) || Fold(s, next, "of") ||
            Fold(s, next, "for") || Fold(s, next, "over") || Fold(s, next, "that") ||
            Fold(s, next, "as"))) ||
          (clitic_at >= 0 && clitic_at != te &&
           (before < 0 || MentionAt(s, before) >= 0 || IsNameWord(s, before) || !s.w[before].word ||
            Is(s, before, c_.neg_ne) || Is(s, before, c_.pron_subj) || Is(s, before, c_.qui) ||
            Is(s, before, c_.que) || Is(s, before, c_.coord)));
      if (clitic && obj.empty() && opens) {
        obj = CliticAntecedentBefore(s, clitic_at, subj);
        if (!obj.empty())
          how = how.empty() || how == "subject" ? "clitic-before" : how + "/clitic-before";
      }
    }
    if (obj.empty() && (stance || type == "warns") && frame == "svo" &&
        preps.find("direct") != std::string::npos) {
      // "withdrew its envoys from A, B and C, accusing their governments of
      // ...", "accusant leurs autorités de": a possessive government stands
      // for the state(s) named last before the verb that are not the subject.
      int d = te;
      while (IsAdverb(s, d)) ++d;
      const bool plural = Fold(s, d, "their") || Fold(s, d, "leurs") || Fold(s, d, "leur");
      if ((plural || Is(s, d, c_.possessive)) && Is(s, d + 1, c_.govnoun) &&
          MentionAt(s, d + 1) < 0 && !IsNameWord(s, d + 2) && MentionAt(s, d + 2) < 0) {
        for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0; --mi) {
          const Men& m = s.men[mi];
          if (m.b >= vb || m.implied) continue;
          if (m.pronoun || m.id.empty() || s.inq[m.b]) continue;
          if (m.kind != "country") break;  // the last actor named is no state
          const std::string id = IdOf(s, mi);
          if (std::find(subj.begin(), subj.end(), id) != subj.end()) break;
          std::vector<std::string> states =
              plural ? Expand(s, mi, -1) : std::vector<std::string>{id};
          // a single state needs a singular possessive, a list a plural one
          if (plural == (states.size() > 1) &&
              std::none_of(states.begin(), states.end(), [&](const std::string& x) {
                return std::find(subj.begin(), subj.end(), x) != subj.end();
              })) {
            obj = states;
            how = how.empty() || how == "subject" ? "their-government" : how + "/their-government";
          }
          break;
        }
      }
    }
    if (obj.empty() && stance && frame == "svo" && f.rel_prep == "de" && f.rel_head >= 0) {
      // "Loukachenko, dont il a dénoncé le soutien à Moscou": the stance is
      // on the head's act or words, a noun the relative's "dont" completes.
      int d = te;
      while (IsAdverb(s, d)) ++d;
      if (Is(s, d, c_.det) && !Is(s, d, c_.possessive) && d + 1 < static_cast<int>(s.w.size()) &&
          s.w[d + 1].word && !s.w[d + 1].upper_initial && MentionAt(s, d + 1) < 0 &&
          // "le régime, dont il accuse l'état-major d'être ...": an accused
          // noun of the head's, not its act, is someone else.
          (type != "accuses" || HitLen(s, d + 1, c_.act) > 0)) {
        obj = {IdOf(s, f.rel_head)};
        how = how.empty() || how == "subject" ? "dont" : how + "/dont";
      }
    }
    if (obj.empty() && stance && frame == "svo") {
      std::string via;
      obj = StanceObject(s, te, type, preps, subj, &via);
      // "questioned a Russian soldier": the nationality of a person
      // interrogated is not the one questioned (bare=not_person).
      if (via == "nationality" && e.Get("bare") == "not_person") {
        int j = te;
        while (IsAdverb(s, j)) ++j;
        j = SkipDet(s, j);
        if (Fold(s, j, "a") || Fold(s, j, "an")) j = SkipDet(s, j + 1);  // English articles
        // (past a number or a participle: "two captured Russian soldiers")
        std::string country;
        for (int step = 0; step < 3; ++step, ++j) {
          if (const int al = CountryAdjectiveAt(s, j, &country); al > 0) {
            if (StanceWordAt(s, j + al, "interrogated_person") > 0) obj.clear();
            break;
          }
          if (!InSent(s, j) || !s.w[j].word || s.w[j].upper_initial || MentionAt(s, j) >= 0) break;
        }
      }
      if (!obj.empty()) how = how.empty() || how == "subject" ? via : how + "/" + via;
    }
    if (obj.empty() && type == "supports" && frame == "svo" && form == Form::kInfinitive &&
        te - t >= 2) {
      // "called Maduro to express his support", "a téléphoné à X pour lui
      // exprimer son soutien": the one called is the one supported. Only a
      // phrase that names the support ("pour défendre" has an object of its own).
      std::vector<std::string> caller;
      obj = PurposeTarget(s, vb, &caller);
      if (!obj.empty()) {
        subj = caller;
        how = "purpose";
      }
    }
    if (obj.empty() && (type == "warns" || e.Get("that") == "1") && frame == "svo" &&
        !subj.empty()) {
      // s5stance: "alleged that Peru had armed the rebels" (key that=1) too.
      // "Kyiv has warned that any Russian attempt ... would be met with
      // force": the actor the that-clause is about, not the speaker's own.
      int k = te;
      while (IsAdverb(s, k) || P(s, k, ',') || HitLen(s, k, c_.adverb) > 1)
        k += std::max(1, HitLen(s, k, c_.adverb));  // "on Monday"
      // "a averti que si X attaquait", "prévient : « Si X préfère la
      // confrontation »" (s8troops): the actor of the threat's condition.
      obj = WarnedCondition(s, k, subj);
      if (!obj.empty()) how = how.empty() || how == "subject" ? "condition" : how + "/condition";
      if (obj.empty() && (Fold(s, k, "that") || Fold(s, k, "que") || Fold(s, k, "qu"))) {
        int q = SkipDet(s, k + 1);
        int mi = MentionAt(s, q);
        std::string adjective_country;
        if (int al = mi < 0 ? CountryAdjectiveAt(s, q, &adjective_country) : 0;
            al > 0 && (HitLen(s, q + al, c_.act) > 0 || HitLen(s, q + al, c_.troop) > 0 ||
                       Is(s, q + al, c_.govnoun))) {
          // "any Russian attempt", "toute incursion russe" is not read here.
          bool own = false;
          for (const std::string& id : subj) {
            if (const Actor* a = r_.dict.Find(id)) {
              for (const Office& o : a->offices) own |= o.of == adjective_country;
            }
          }
          if (!own && !adjective_country.empty()) {
            obj = {adjective_country};
            how = how.empty() || how == "subject" ? "that-clause" : how + "/that-clause";
          }
        }
        if (obj.empty() && mi >= 0 && !s.men[mi].id.empty() && !s.men[mi].pronoun &&
            (s.men[mi].kind == "country" || s.men[mi].kind == "organization") &&
            (!s.men[mi].adj || HitLen(s, s.men[mi].e, c_.act) > 0 ||
             HitLen(s, s.men[mi].e, c_.troop) > 0 || Is(s, s.men[mi].e, c_.govnoun))) {
          // Not the speaker's own country or body, by office or earlier edge,
          // nor a bloc of states the speaker's state belongs to ("prévenu
          // que l'OTSC ne permettrait pas": the alliance's resolve, s8troops).
          if (!NotOwnSide(s, subj, {s.men[mi].id}).empty() &&
              !InOwnBloc(subj, s.men[mi].id)) {
            obj = {s.men[mi].id};
            how = how.empty() || how == "subject" ? "that-clause" : how + "/that-clause";
          }
        }
        if (obj.empty() && mi < 0) obj = WarnedActAgent(s, q, subj);
        // s10crit: "a averti que X lui-même pourrait être visé", "warned that
        // X could be sanctioned": the person a threatened act would strike.
        if (obj.empty() && type == "warns" && mi >= 0 && s.men[mi].kind == "person" &&
            !s.men[mi].adj && !s.men[mi].pronoun)
          obj = WarnedPersonTarget(s, q, mi, subj);
        if (!obj.empty() && how.find("that-clause") == std::string::npos)
          how = how.empty() || how == "subject" ? "that-clause" : how + "/that-clause";
      }
    }
    if (obj.empty() && type == "warns" && frame == "svo" && !subj.empty()) {
      // "accused Belarus of X and warned that it would bear the
      // consequences", "a appelé Alger à revenir sur sa décision, en
      // avertissant que la France répondrait": a warning with only a
      // that-clause, coordinated with an earlier verb of the same speaker,
      // is addressed to that verb's object.
      int k = te;
      while (IsAdverb(s, k) || P(s, k, ',') || HitLen(s, k, c_.adverb) > 1)
        k += std::max(1, HitLen(s, k, c_.adverb));
      int c = std::min(vb, t) - 1;
      if (Fold(s, c, "en")) --c;  // "en avertissant"
      while (c >= 0 && (IsAuxWord(s, c) || IsAdverb(s, c))) --c;
      // "welcomed X's announcement but warned that", "a salué l'annonce
      // d'Abiy mais averti que": after a contrast, praise before the warning
      // names its addressee too.
      const bool contrast = Fold(s, c, "but") || Fold(s, c, "mais");
      const bool joined = Fold(s, c, "and") || Fold(s, c, "et") || P(s, c, ',') || contrast;
      if (joined && (Fold(s, k, "that") || Fold(s, k, "que") || Fold(s, k, "qu"))) {
        // The nearest earlier verb of blame or reproach with an object right
        // after it (other triggers between, "stalling the talks", are
        // passed): "met X and warned that" warns nobody named.
        for (int q = c - 1; q >= 0 && q > c - 24 && obj.empty(); --q) {
          // (A quoted word between, 'of "deliberately" allowing', is no stop.)
          if (P(s, q, '.') || P(s, q, ';') || Is(s, q, c_.que) || Is(s, q, c_.qui) ||
              Fold(s, q, "that"))
            break;
          if (MentionAt(s, q) >= 0 || HitLen(s, q, c_.trigger) == 0 || s.w[q].upper_initial)
            continue;
          bool blame = false;
          for (const auto& [entry, form] : LexAt(s, q, c_.trigger).entries) {
            const LexEntry& le = r_.lex.entry(entry);
            const std::string& ty = le.Get("type");
            const std::string& lang = le.Get("lang");
            // A verb that needs a later word has it ("a appelé X à revenir"),
            // not "met" of "mettre en cause" read in English.
            const std::string& then = le.Get("then");
            bool then_found = then.empty();
            for (int j = q + 1; j < c && j < q + 8 && !then_found; ++j)
              then_found = ListHasWord(then, s.w[j].fold);
            blame |= (ty == "accuses" || ty == "criticizes" || ty == "warns" ||
                      (contrast && ty == "supports")) &&
                     then_found &&
                     (lang.empty() || x_->article.lang.empty() || lang == x_->article.lang);
          }
          if (!blame) continue;
          // The object right after the verb, or the author or owner of the
          // act it names ("a critiqué un usage « disproportionné » de la
          // force par la Russie"), within the conjunct.
          for (int j = q + 1; j < c && j < q + 13; ++j) {
            if (P(s, j, ',') || P(s, j, ';') || Is(s, j, c_.que) || Is(s, j, c_.qui) ||
                HitLen(s, j, c_.trigger) > 0)
              break;
            const int mi = MentionAt(s, SkipDet(s, j));
            if (mi < 0) continue;
            const Men& m = s.men[mi];
            // Farther than the object's place, only the act's author or
            // owner ("par X", "de X", "by X", "of X"), not "pressure from X".
            if (j >= q + 5 && !(Fold(s, j - 1, "par") || Fold(s, j - 1, "by") ||
                                Is(s, j - 1, c_.prep_de) || Fold(s, j - 1, "of")))
              break;
            if (!m.adj && !m.pronoun && !m.id.empty() &&
                std::find(subj.begin(), subj.end(), m.id) == subj.end() &&
                !NotOwnSide(s, subj, {m.id}).empty())
              obj = {m.id};
            break;
          }
        }
        if (!obj.empty()) how = how.empty() || how == "subject" ? "coordinated" : how + "/coordinated";
      }
    }
    // s8crit: a coup word names the country it struck before an earlier
    // act's author is sought ("condemned the coup in Niger" after a sentence
    // on someone's strikes is about Niger).
    if (obj.empty() && type == "criticizes" && frame == "svo" && AnyHit(s, c_.stance_word)) {
      obj = CoupCountry(s, te, subj);
      if (!obj.empty()) how = how.empty() || how == "subject" ? "coup" : how + "/coup";
      // The coup's makers, when the page names that junta ("condamne le coup
      // d'État" on a page naming the CTRI): the author of the act, not the
      // state it struck, is criticized. An attempt ("la tentative de coup
      // d'État") is its makers' act only, never the state's.
      {
        const bool struck = !obj.empty();
        std::vector<std::string> makers = CoupMakers(s, te, subj);
        // Without a struck state, only a junta body of its own (a state
        // standing for its junta is no maker named).
        if (!struck && !makers.empty()) {
          const Actor* a = r_.dict.Find(makers[0]);
          if (a == nullptr || a->kind == "country") makers.clear();
        }
        bool named = !makers.empty() && entity_index_.Find(std::string_view(makers[0])) != nullptr;
        for (size_t k = 0; k < sents_.size() && !makers.empty() && !named; ++k) {
          for (const Men& m : sents_[k].men) named |= m.id == makers[0];
        }
        if (named) {
          obj = std::move(makers);
          how = struck                                ? how + "-makers"
                : how.empty() || how == "subject" ? "coup-makers"
                                                  : how + "/coup-makers";
        }
      }
    }
    if (obj.empty() && type == "criticizes" && frame == "svo") {
      obj = EventAuthor(s, te);
      if (!obj.empty()) how = how.empty() || how == "subject" ? "event" : how + "/event";
    }
    if (obj.empty() && type == "criticizes" && frame == "svo") {
      // s8crit: "questioned at the time why X needed outside help", "a
      // contesté pourquoi X": doubt about an actor's act names the actor
      // the why/whether clause is about (past a short time phrase).
      const int n = static_cast<int>(s.w.size());
      int k = te;
      for (int steps = 0; steps < 5 && k < n && s.w[k].word && MentionAt(s, k) < 0 &&
                          HitLen(s, k, c_.trigger) == 0 && !Fold(s, k, "why") &&
                          !Fold(s, k, "whether") && !Fold(s, k, "pourquoi");
           ++steps)
        ++k;
      if (Fold(s, k, "why") || Fold(s, k, "whether") || Fold(s, k, "pourquoi")) {
        const int mi = MentionAt(s, SkipDet(s, k + 1));
        if (mi >= 0 && !s.men[mi].adj && !s.men[mi].pronoun && !s.men[mi].id.empty() &&
            IsPartyKind(s.men[mi].kind)) {
          obj = NotOwnSide(s, subj, {IdOf(s, mi)});
          if (!obj.empty()) how = how.empty() || how == "subject" ? "why" : how + "/why";
        }
      }
    }
    if (obj.empty() && type == "criticizes" && frame == "svo" && !subj.empty()) {
      obj = ThatLabelledActOwners(s, te, subj);
      if (!obj.empty()) how = how.empty() || how == "subject" ? "that-label" : how + "/that-label";
    }
    if (obj.empty() && type == "criticizes" && frame == "svo" && !subj.empty()) {
      obj = SpeechAnaphorAuthor(s, te, subj);  // s10crit
      if (!obj.empty())
        how = how.empty() || how == "subject" ? "speech-anaphor" : how + "/speech-anaphor";
    }
    if (obj.empty() && type == "criticizes" && frame == "svo" && !subj.empty()) {
      obj = CoordinatedClauseTarget(s, te, subj);  // s10crit
      if (!obj.empty()) how = how.empty() || how == "subject" ? "coordinated" : how + "/coordinated";
    }
    if (obj.empty() && (type == "criticizes" || type == "supports") && frame == "svo" &&
        !subj.empty()) {
      std::vector<std::string> critics;
      obj = HeadlineFirstClauseTarget(s, t, subj, &critics);
      if (!obj.empty()) {
        if (!critics.empty()) subj = critics;
        how = how.empty() || how == "subject" ? "headline" : how + "/headline";
      }
    }
    if (obj.empty() && type == "supports" && frame == "svo") {
      obj = CoupMakers(s, te, subj);  // s6stance: "praised the takeover"
      if (!obj.empty())
        how = how.empty() || how == "subject" ? "coup-makers" : how + "/coup-makers";
    }
    // s10accuse: "accuse ses voisins, et plus largement l'OTAN, de ...".
    // With the object found, the insert is one more conjunct of it.
    if (type == "accuses" && frame == "svo" && preps.find("direct") != std::string::npos) {
      if (obj.empty()) {
        obj = InsertedConjunct(s, te);
        if (!obj.empty()) how = how.empty() || how == "subject" ? "insert" : how + "/insert";
      } else {
        for (std::string& id : InsertedConjunct(s, te)) {
          if (std::find(obj.begin(), obj.end(), id) == obj.end()) obj.push_back(std::move(id));
        }
      }
    }
    if (const std::string& then = e.Get("then"); !then.empty()) {
      // "held Azerbaijan responsible", "tient Moscou pour responsable": the
      // verb means this only with its predicate.
      bool found = false;
      const int start = ThenSearchStart(s, te);
      for (int k = start; k < std::min<int>(start + 9, s.w.size()) && !found; ++k) {
        if (P(s, k, '.') || P(s, k, ';')) break;
        found = ListHas(then, s.w[k].fold);
        // s8crit (key own=1): "to stop its offensive", "to stop inventing",
        // "à arrêter ses frappes": the act stopped is the object's own, not
        // someone else's ("called on the peacekeepers to stop the aggression").
        if (found && e.Get("own") == "1") {
          const std::string& next = k + 1 < static_cast<int>(s.w.size()) ? s.w[k + 1].fold : "";
          found = Is(s, k + 1, c_.possessive) ||
                  (next.size() > 4 && next.compare(next.size() - 3, 3, "ing") == 0);
        }
        // "urged X not to rescind", "l'a exhorté à ne pas annuler": the
        // predicate negated says the opposite.
        if (found) {
          const int q = Fold(s, k - 1, "to") ? k - 2 : k - 1;
          if (Fold(s, q, "not") || Fold(s, q, "never") || Fold(s, q, "pas") || Fold(s, q, "jamais"))
            return;
        }
      }
      if (!found) return;
      // "qui lui a assuré le soutien de Moscou": with a dative clitic the
      // complement of the support noun is its holder, not the one backed;
      // the one backed is the clitic's antecedent: the actor named last
      // before it that is not the verb's subject, else the subject opening
      // the sentence before.
      if (type == "supports" && frame == "svo") {
        int dative = -1;
        for (int k = vb; k < t && dative < 0; ++k)
          if (Fold(s, k, "lui") || Fold(s, k, "leur")) dative = k;
        if (dative >= 0) {
          std::vector<std::string> backed;
          for (int mi = static_cast<int>(s.men.size()) - 1; mi >= 0 && backed.empty(); --mi) {
            const Men& m = s.men[mi];
            if (m.b >= dative || m.implied || m.adj || m.pronoun || m.id.empty() || s.inq[m.b] ||
                !IsPartyKind(m.kind))
              continue;
            const std::string id = IdOf(s, mi);
            if (std::find(subj.begin(), subj.end(), id) == subj.end()) backed = {id};
          }
          if (backed.empty()) backed = CliticAntecedentBefore(s, dative, subj);
          if (backed.empty()) {
            if (tracing_) Log(s, "  blocked " + rule + ": dative clitic with no antecedent");
            return;
          }
          obj = backed;
          how = how.empty() || how == "subject" ? "dative" : how + "/dative";
        }
      }
    }
    // "réunissant à Doha X et Y", "brought together X and Y" (s10meets, key
    // gather=1): the host's guests meet one another, as "talks between".
    if (type == "meets" && (Fold(s, te - 1, "between") || Fold(s, te - 1, "entre") ||
                            e.Get("gather") == "1")) {
      // "talks between X and Y": each party meets the others.
      std::vector<std::string> parties = obj;
      // A host gathers persons; "brings together Chad and Niger" is a
      // body's membership.
      if (e.Get("gather") == "1")
        std::erase_if(parties, [&](const std::string& id) {
          const Actor* a = r_.dict.Find(id);
          return a == nullptr || a->kind != "person";
        });
      if (parties.size() < 2) return missing("parties");
      {
        for (size_t a = 0; a + 1 < parties.size(); ++a)
          Emit(s, {parties[a]}, type, {parties.begin() + a + 1, parties.end()}, rule + "/between",
               0.8);
        return;
      }
    }
    // "Putin, Xi meet in Beijing", "Blinken, Lavrov hold talks": a headline
    // names both parties as a comma pair that opens the sentence, right
    // before the verb; the pair is the subject.
    if (type == "meets" && obj.empty() && subj.size() == 1 && vb >= 3) {
      const int m1 = MentionAt(s, vb - 1);
      if (m1 >= 0 && !s.men[m1].adj && !s.men[m1].pronoun && s.men[m1].id == subj[0]) {
        const int b1 = s.men[m1].b;
        const int m0 = MentionAt(s, b1 - 2);
        // Persons only: a city before the comma is a dateline ("MOSCOW, Putin ...").
        const Actor* a0 = m0 >= 0 ? r_.dict.Find(s.men[m0].id) : nullptr;
        const Actor* a1 = r_.dict.Find(subj[0]);
        if (a0 != nullptr && a1 != nullptr && a0->kind == "person" && a1->kind == "person" &&
            P(s, b1 - 1, ',') && s.men[m0].b == 0 && !s.men[m0].adj && !s.men[m0].pronoun &&
            s.men[m0].id != subj[0])
          subj.insert(subj.begin(), s.men[m0].id);
      }
    }
    // "X and Y held talks", "X et Y ont eu un entretien": the meeting is the
    // object of a light verb (coref.tsv meet_light), between the subjects.
    bool light = false;
    if (frame == "meet_noun" && obj.empty() && subj.size() >= 2) {
      int k = t - 1;
      for (int steps = 0; steps < 3 && k >= 0 && StanceWordAt(s, k, "meet_light") == 0 &&
                          (Is(s, k, c_.det) || Fold(s, k, "de") || Fold(s, k, "d") ||
                           (s.w[k].word && !s.w[k].upper_initial && MentionAt(s, k) < 0));
           ++steps)
        --k;
      light = k >= 0 && StanceWordAt(s, k, "meet_light") > 0;
      // "n'ont pas eu d'entretien", "could hold talks": as its verb is.
      if (light) {
        const std::string why = Blocked(s, VerbGroupStart(s, k), k + 1, Form::kFinite);
        if (!why.empty()) {
          if (tracing_) Log(s, "  blocked " + rule + "/reciprocal: " + why);
          return;
        }
      }
    }
    // s10meets: parties named outside the subject slot (adjunct, conjunct, pair).
    if (type == "meets" && MeetingClauseParties(s, t, vb, rule, obj, &subj, &how)) return;
    // "ont paraphé, en présence de Marco Rubio, un accord", "signed the deal
    // in the presence of X": the persons witnessing a meeting or signing
    // meet its parties.
    auto emit_witnesses = [&](const std::vector<std::string>& parties) {
      const int n = static_cast<int>(s.w.size());
      for (int k = te; k < std::min(n, te + 16); ++k) {
        if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que)) break;
        if (!Fold(s, k, "presence")) continue;
        if (!(Fold(s, k - 1, "en") || (Fold(s, k - 1, "the") && Fold(s, k - 2, "in")))) continue;
        if (!(Is(s, k + 1, c_.prep_de) || Fold(s, k + 1, "of"))) break;
        for (const std::string& w : NP(s, SkipDet(s, k + 2))) {
          const Actor* a = r_.dict.Find(w);
          if (a == nullptr || a->kind != "person") continue;
          for (const std::string& p : parties)
            if (p != w) Emit(s, {p}, type, {w}, rule + "/presence", 0.75);
        }
        break;
      }
    };
    // "near the point where Jordan, Syria and Iraq meet": states or places
    // that meet after "where" are borders, not parties to a meeting.
    if (type == "meets" && obj.empty() && subj.size() >= 2) {
      bool places = true;
      int first = -1;
      for (const std::string& id : subj) {
        const Actor* a = r_.dict.Find(id);
        places &= a != nullptr && (a->kind == "country" || a->kind == "location");
      }
      for (const Men& m : s.men) {
        if (m.e <= vb && std::find(subj.begin(), subj.end(), m.id) != subj.end()) {
          first = m.b;
          break;
        }
      }
      if (places && first > 0 &&
          (Fold(s, first - 1, "where") || (Is(s, first - 1, c_.det) && Fold(s, first - 2, "where"))))
        return missing("places that meet");
    }
    // "Tokaïev et Poutine se sont rencontrés", "met each other".
    if (type == "meets" && obj.empty() && subj.size() >= 2 &&
        (light || Is(s, vb, c_.clitic) || Fold(s, te, "each") || Fold(s, te, "one") ||
         // "Ruto and Museveni discussed the dispute", "X et Y ont discuté
         // du conflit": a verb of talking together (reciprocal=1) with no
         // other party after avec/with.
         (frame == "meet" && e.Get("reciprocal") == "1" &&
          (form == Form::kFinite || EnglishBarePresent(s, vb, form) ||
           (form == Form::kPastParticiple && std::any_of(s.w.begin() + vb, s.w.begin() + t,
                                                         [&](const Word& w) {
                                                           return IsAuxWord(
                                                               s,
                                                               static_cast<int>(&w - s.w.data()));
                                                         })))) ||
         (frame == "svo" && preps.find("direct") != std::string::npos &&
          (form != Form::kInfinitive || EnglishBarePresent(s, vb, form)) &&
          form != Form::kPresentParticiple &&
          (te >= static_cast<int>(s.w.size()) || P(s, te, '.') || P(s, te, ',') ||
           // "Blinken, Lavrov meet as tensions mount", "... alors que": a
           // clause of time or contrast after the verb names no other party.
           Fold(s, te, "as") || Fold(s, te, "while") || Fold(s, te, "amid") ||
           Fold(s, te, "alors") || Fold(s, te, "tandis") ||
           ((Is(s, te, c_.prep) || IsAdverb(s, te) || HitLen(s, te, c_.adverb) > 1) &&
            !Fold(s, te, "with") && !Fold(s, te, "avec")))))) {
      for (size_t a = 0; a + 1 < subj.size(); ++a)
        Emit(s, {subj[a]}, type, {subj.begin() + a + 1, subj.end()}, rule + "/reciprocal", 0.8);
      emit_witnesses(subj);
      return;
    }
    // "Kyiv and Moscow blamed each other for ...", "Kiev et Moscou se sont
    // mutuellement accusés de ...", "s'accusent de ...": a stance between
    // the conjuncts, one edge each way.
    if (IsStanceType(type) && obj.empty() && subj.size() >= 2) {
      bool reciprocal = (Fold(s, te, "each") && Fold(s, te + 1, "other")) ||
                        (Fold(s, te, "one") && Fold(s, te + 1, "another"));
      // A bare reflexive only for the verbs with no pronominal sense of their
      // own ("se féliciter de" supports nobody in particular).
      const bool reflexive_reads =
          (type == "accuses" || type == "criticizes" || type == "warns") && e.Get("clitic").empty();
      for (int k = vb; k < std::min<int>(te + 2, s.w.size()) && !reciprocal; ++k)
        reciprocal = Fold(s, k, "mutuellement") || Fold(s, k, "reciproquement") ||
                     (reflexive_reads && k < t &&
                      (Fold(s, k, "se") || (Fold(s, k, "s") && s.w[k].elided)));
      if (reciprocal) {
        for (const std::string& a : subj)
          for (const std::string& b : subj)
            if (a != b) EmitPair(s, a, type, b, rule + "/reciprocal", 0.8);
        return;
      }
    }
    // "Several countries condemned the coup: Ghana, Kenya and Chile."
    if (subj.empty() && IsStanceType(type)) subj = ColonListActors(s, te, obj);
    // "Those three countries have joined O", "les deux pays ont rejoint O"
    // (s11member): the countries the page just listed, as many as counted.
    if (subj.empty() && type == "member_of") subj = CountedSubject(s, t);
    if (subj.empty() && type == "member_of") subj = CountedClauseSubject(s, vb);
    // "have formed their own Alliance", "ont créé leur propre alliance"
    // (s11member): the body past its owner's possessive.
    if (obj.empty() && type == "member_of" && (Is(s, te, c_.det) || Is(s, te, c_.possessive)) &&
        (Fold(s, te + 1, "own") || Fold(s, te + 1, "propre")))
      obj = NP(s, te + 2);
    if (subj.empty()) return missing("subject");
    if (obj.empty()) return missing("object");
    if (type == "member_of" && frame == "svo") {
      if (!MemberBodies(s, &obj)) return missing("organization");
      if (std::string why = MembershipPending(s, vb); !why.empty()) {
        if (tracing_) Log(s, "  blocked " + rule + ": " + why);
        return;
      }
      // "attacks by insurgents known as X and affiliated with O" (s11member):
      // a participle coordinated after another describes that noun, not
      // the subject of the clause's verb.
      if ((form == Form::kPastParticiple || form == Form::kOther) &&
          how.find("inherited") != std::string::npos &&
          !std::any_of(s.w.begin() + vb, s.w.begin() + t, [&](const Word& w) {
            return IsAuxWord(s, static_cast<int>(&w - s.w.data()));
          }))
        return missing("subject of the participle");
      // A verb of many senses (founding, forming: s11member) gives
      // membership only to states the dictionary lists in the body.
      if (e.Get("listed") == "1" && !ListedFounders(s, vb, obj[0], &subj))
        return missing("listed member");
    }
    if (type == "leads" && frame == "svo") {
      // "led the Ukrainian delegation", "a conduit la délégation russe": the
      // head of a state's delegation or team does not lead the state, as in
      // "a delegation led by X" (roles.tsv office_led_unit).
      for (int k = te; k < std::min<int>(te + 5, s.w.size());) {
        if (RoleWordAt(s, k, "led_unit") > 0) return missing("a body's delegation, not the body");
        if (const int mi = MentionAt(s, k); mi >= 0 && s.men[mi].adj) {
          k = s.men[mi].e;
        } else if (Is(s, k, c_.det) || Is(s, k, c_.possessive) ||
                   (x_->article.lang != "fr" && Surface(s, k, k + 1) == "a")) {
          ++k;  // "leading a Russian delegation" too
        } else {
          break;
        }
      }
      // "which co-chairs the Minsk Group with Russia and the United States":
      // the partners lead it too.
      for (int k = te + 1; k < std::min<int>(te + 10, s.w.size()); ++k) {
        if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || Is(s, k, c_.que) || Is(s, k, c_.qui) ||
            HitLen(s, k, c_.trigger) > 0)
          break;
        // "led Mali into the AES with Niger": a phrase between the object
        // and "with" makes the partners the phrase's, not the leader's.
        const bool with = Fold(s, k, "with") || Fold(s, k, "avec");
        if (!with && (Is(s, k, c_.prep) || Is(s, k, c_.prep_de)) && MentionAt(s, k) < 0 &&
            !Fold(s, k, "of") && !Fold(s, k, "de") && !Fold(s, k, "du") && !Fold(s, k, "des"))
          break;
        if (!with) continue;
        // A co-leader is of the leader's kind: a state beside a state, a
        // person beside a person ("Goita led Mali with Niger" names no leader).
        const Actor* lead = subj.empty() ? nullptr : r_.dict.Find(subj.front());
        for (const std::string& id : NP(s, k + 1, 0, false)) {
          const Actor* a = r_.dict.Find(id);
          if (a && lead && (a->kind == "person") != (lead->kind == "person")) continue;
          if (a && (a->kind == "country" || a->kind == "organization" || a->kind == "person") &&
              std::find(subj.begin(), subj.end(), id) == subj.end() &&
              std::find(obj.begin(), obj.end(), id) == obj.end())
            subj.push_back(id);
        }
        break;
      }
    }
    std::string full_rule = rule;  // rule/how, built in one string
    if (!(how == "subject" || how.empty())) full_rule.append(1, '/').append(how);
    Emit(s, subj, type, obj, full_rule, how.find("event") != std::string::npos ? 0.7 : 0.85);
    if (type == "meets") emit_witnesses(subj);
    // "a rencontré X, Y et Z", "hosted X and Y", "had met X and Y in Lviv":
    // the persons one host met together meet one another, unless the
    // sentence says they were met apart or in turn ("separately", "tour à
    // tour", "à Bamako puis à Ouagadougou", "Athens and then Ankara").
    if (type == "meets" && frame == "svo" && obj.size() >= 2 && e.Get("parties").empty()) {
      std::vector<std::string> guests;
      for (const std::string& id : obj) {
        const Actor* a = r_.dict.Find(id);
        if (a != nullptr && a->kind == "person" &&
            std::find(subj.begin(), subj.end(), id) == subj.end())
          guests.push_back(id);
      }
      bool apart = false;
      const int n = static_cast<int>(s.w.size());
      for (int k = 0; k < std::min(n, te + 30) && !apart && guests.size() >= 2; ++k) {
        if (P(s, k, '.') || P(s, k, ';')) break;
        apart = Fold(s, k, "separately") || Fold(s, k, "separement") ||
                Fold(s, k, "individually") || Fold(s, k, "individuellement") ||
                Fold(s, k, "respectively") || Fold(s, k, "respectivement") ||
                Fold(s, k, "successively") || Fold(s, k, "successivement") || Fold(s, k, "tour") ||
                Fold(s, k, "then") || Fold(s, k, "puis") || Fold(s, k, "ensuite") ||
                Fold(s, k, "later") || Fold(s, k, "each");
      }
      // Guests of one state came as one delegation ("met Prime Minister X
      // and Defence Minister Y"): only guests of known, different states.
      if (!apart)
        for (size_t a = 0; a + 1 < guests.size(); ++a) {
          const std::string sa = PersonState(guests[a]);
          for (size_t b = a + 1; b < guests.size() && !sa.empty(); ++b) {
            const std::string sb = PersonState(guests[b]);
            if (!sb.empty() && sb != sa)
              Emit(s, {guests[a]}, type, {guests[b]}, rule + "/guests", 0.75);
          }
        }
    }
    if (type == "meets" && !obj.empty()) {
      // "met President Zuma in Pretoria along with his two coalition
      // partners, X and Y", "a rencontré X, accompagné de Y": the persons
      // who came with the subject meet the one it met.
      const int n = static_cast<int>(s.w.size());
      std::vector<std::string> companions;
      for (int k = te; k + 1 < std::min(n, te + 16); ++k) {
        if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
        const bool with = ((Fold(s, k, "along") || Fold(s, k, "together")) && Fold(s, k + 1, "with")) ||
                          (Fold(s, k, "accompanied") && Fold(s, k + 1, "by")) ||
                          ((Fold(s, k, "accompagne") || Fold(s, k, "accompagnee") ||
                            Fold(s, k, "accompagnes")) && Is(s, k + 1, c_.prep_de)) ||
                          ((Fold(s, k, "compagnie") || Fold(s, k, "cotes")) &&
                           (Fold(s, k - 1, "en") || Fold(s, k - 1, "aux")) &&
                           Is(s, k + 1, c_.prep_de));
        if (!with) continue;
        // Past "his two coalition partners," to the first person named.
        for (int j = k + 2; j < std::min(n, k + 12); ++j) {
          if (P(s, j, '.') || P(s, j, ';')) break;
          int mi = MentionAt(s, j);
          if (mi < 0) continue;
          // "along with African Union chairman X", "along with the EU's X":
          // the person of the organization named first.
          if (s.men[mi].kind == "organization" && !s.men[mi].adj && s.men[mi].b == j) {
            int q = s.men[mi].e;
            if (s.w[q - 1].elided && Fold(s, q, "s")) ++q;
            if (const int pm = MentionAt(s, q);
                pm >= 0 && s.men[pm].b == q && s.men[pm].kind == "person")
              mi = pm;
          }
          const Men& m = s.men[mi];
          if (m.kind != "person" || m.pronoun || m.adj || m.id.empty()) break;
          for (const std::string& id : Expand(s, mi, +1)) {
            // (a person the page discovered has no dictionary entry)
            bool person = false;
            for (const Men& pm : s.men) person |= pm.id == id && pm.kind == "person";
            if (person &&
                std::find(subj.begin(), subj.end(), id) == subj.end() &&
                std::find(obj.begin(), obj.end(), id) == obj.end())
              companions.push_back(id);
          }
          break;
        }
        break;
      }
      if (!companions.empty()) Emit(s, companions, type, obj, rule + "/companions", 0.75);
    }
    if (type == "accuses" && frame == "svo" && preps.find("direct") != std::string::npos) {
      // "accuse le Togo d'armer les rebelles et le Bénin de les financer",
      // "accused Peru of X and Bolivia of Y": a second object with its own charge.
      if (std::vector<std::string> second = SecondChargedObject(s, te, subj, obj); !second.empty())
        Emit(s, subj, type, second, rule + "/second-charge", 0.8);
    }
    // "Cuba and Bolivia backed Maduro, as did Turkey", "..., tout comme le
    // Niger": the same edge for the actor of the elliptic clause.
    for (int k = te; k < std::min<int>(te + 14, s.w.size()); ++k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      // Only "as", "comme" and "tout" open one: most words end the test here.
      if (const size_t fs = s.w[k].fold.size(); fs != 2 && fs != 5 && fs != 4) continue;
      int from = -1;
      if (Fold(s, k, "as") && (Fold(s, k + 1, "did") || Fold(s, k + 1, "has") ||
                               Fold(s, k + 1, "have") || Fold(s, k + 1, "do")))
        from = k + 2;
      else if (Fold(s, k, "comme") && Fold(s, k + 1, "l") && Fold(s, k + 2, "a") &&
               Fold(s, k + 3, "fait"))
        from = k + 4;
      else if (Fold(s, k, "tout") && Fold(s, k + 1, "comme") && P(s, k - 1, ','))
        from = k + 2;
      if (from < 0) continue;
      std::vector<std::string> more = EllipsisActors(s, from);
      // "tout comme" may also compare objects: only an actor that is
      // neither the subject nor the object already.
      std::erase_if(more, [&](const std::string& id) {
        return std::find(obj.begin(), obj.end(), id) != obj.end() ||
               std::find(subj.begin(), subj.end(), id) != subj.end();
      });
      if (!more.empty()) Emit(s, more, type, obj, rule + "/ellipsis", 0.8);
      break;
    }
    return;
  }
}

// "a rencontré X, chef de l'Etat, puis Y", "met X and later Y": a meeting
// verb's next party after "then"/"later"/"puis"/"ensuite", past the last
// party's apposition.
void Engine::MoreMeetingParties(const Sent& s, int te, std::vector<std::string>* obj) const {
  const int n = static_cast<int>(s.w.size());
  for (int round = 0; round < 2; ++round) {
    int end = -1;
    for (int mi = 0; mi < static_cast<int>(s.men.size()); ++mi) {
      const Men& m = s.men[mi];
      if (m.b >= te && m.b < te + 30 &&
          std::find(obj->begin(), obj->end(), IdOf(s, mi)) != obj->end())
        end = std::max(end, m.e);
    }
    if (end < 0 || end >= n) return;
    int j = end;
    if (P(s, j, ',')) {
      // ", chef de l'Etat nigérien,", ", the German chancellor,": words, a
      // nationality or the same person's title, up to the closing comma.
      int q = j + 1;
      while (q < std::min(n, j + 10) && !P(s, q, ',') && !P(s, q, '.') && !P(s, q, ';')) ++q;
      if (P(s, q, ',')) {
        // a country is the title's ("chef de l'Etat nigérien"); another
        // person or a verb ends the list
        for (int r = j + 1; r < q; ++r) {
          const int qm = MentionAt(s, r);
          if (qm >= 0 &&
              !(s.men[qm].adj || s.men[qm].kind == "country" || IdOf(s, qm) == obj->back()))
            return;
          if (qm < 0 && (!s.w[r].word || Is(s, r, c_.aux) || Is(s, r, c_.que) || Is(s, r, c_.qui) ||
                         HitLen(s, r, c_.trigger) > 0))
            return;
        }
        j = q;
      }
      ++j;
    }
    if (Fold(s, j, "and") || Fold(s, j, "et")) ++j;
    if (!(Fold(s, j, "then") || Fold(s, j, "later") || Fold(s, j, "puis") || Fold(s, j, "ensuite")))
      return;
    ++j;
    if (Fold(s, j, "with") || Fold(s, j, "avec")) ++j;
    const int pm = MentionAt(s, SkipDet(s, j));
    if (pm < 0 || s.men[pm].adj || s.men[pm].pronoun) return;
    std::vector<std::string> more = NP(s, j);
    if (more.empty()) return;
    // "..., then Zelensky said": the name is the subject of a new clause.
    int last = -1;
    for (int mi = 0; mi < static_cast<int>(s.men.size()); ++mi)
      if (s.men[mi].b >= j && s.men[mi].b < j + 30 &&
          std::find(more.begin(), more.end(), IdOf(s, mi)) != more.end())
        last = std::max(last, s.men[mi].e);
    if (last < 0) return;
    if (last < n && s.w[last].word && !Is(s, last, c_.prep) && !Is(s, last, c_.prep_de) &&
        !Is(s, last, c_.coord))
      return;
    for (const std::string& id : more)
      if (std::find(obj->begin(), obj->end(), id) == obj->end()) obj->push_back(id);
  }
}

// The actors of an elliptic clause from `from` ("as did China's foreign
// ministry and the governments of Cuba and Bolivia"): each noun phrase of a
// coordination, not only the first.
std::vector<std::string> Engine::EllipsisActors(const Sent& s, int from) const {
  std::vector<std::string> out;
  const int n = static_cast<int>(s.w.size());
  for (int i = from, guard = 0; i < n && guard < 4; ++guard) {
    std::vector<std::string> part = NP(s, i);
    if (part.empty()) break;
    int end = -1;  // past the last mention of this phrase
    for (int mi = 0; mi < static_cast<int>(s.men.size()); ++mi) {
      const Men& m = s.men[mi];
      if (m.b < i || m.b >= i + 30) continue;
      if (std::find(part.begin(), part.end(), IdOf(s, mi)) != part.end()) end = std::max(end, m.e);
    }
    for (const std::string& id : part)
      if (std::find(out.begin(), out.end(), id) == out.end()) out.push_back(id);
    if (end < 0) break;
    if (P(s, end, ',') && Is(s, end + 1, c_.coord)) ++end;
    if (!(Fold(s, end, "and") || Fold(s, end, "et"))) break;
    i = end + 1;
  }
  return out;
}

// The actor a verb reached right before an infinitive of purpose ("called
// Maduro on Tuesday to ...", "a téléphoné à X pour lui ..."), with that
// verb's subject in `caller`; empty if the verb is negated or hypothetical.
std::vector<std::string> Engine::PurposeTarget(Sent& s, int vb, std::vector<std::string>* caller) {
  // "pour lui exprimer": the dative clitic stands for the one reached.
  const int p = Fold(s, vb - 1, "lui") || Fold(s, vb - 1, "leur") ? vb - 2 : vb - 1;
  if (!(Fold(s, p, "to") || Fold(s, p, "pour"))) return {};
  // The object, past a short time phrase ("on Tuesday", "samedi soir").
  int mi = -1;
  for (int k = p - 1; k >= 0 && k >= p - 5 && mi < 0; --k) {
    if (!s.w[k].word || Is(s, k, c_.que) || Is(s, k, c_.qui) || IsAuxWord(s, k)) return {};
    mi = MentionAt(s, k);
  }
  if (mi < 0) return {};
  const Men& o = s.men[mi];
  if (o.pronoun || o.adj || o.implied || o.id.empty() ||
      !(o.kind == "person" || o.kind == "country" || o.kind == "organization"))
    return {};
  // Its verb: right before it, or before "à", "with", "avec".
  int g = o.b - 1;
  // "the Kazakh president", "le président kazakh": the nationality is the title's.
  auto nationality = [&](int k) {
    const int am = MentionAt(s, k);
    return am >= 0 && (s.men[am].adj || s.men[am].rule == "dict:demonym") ? am : -1;
  };
  while (g >= 0 && (Is(s, g, c_.det) || nationality(g) >= 0))
    g = Is(s, g, c_.det) ? g - 1 : s.men[nationality(g)].b - 1;
  if (Fold(s, g, "a") || Fold(s, g, "au") || Fold(s, g, "with") || Fold(s, g, "avec")) --g;
  if (g < 0 || !s.w[g].word || s.w[g].upper_initial || MentionAt(s, g) >= 0 || Is(s, g, c_.det) ||
      Is(s, g, c_.prep) || Is(s, g, c_.prep_de) || Is(s, g, c_.coord))
    return {};
  if (!Blocked(s, VerbGroupStart(s, g), g + 1, Form::kOther).empty()) return {};
  std::string how;
  *caller = Subject(s, g, &how);
  const std::string target = IdOf(s, mi);
  if (caller->empty() || std::find(caller->begin(), caller->end(), target) != caller->end())
    return {};
  return {target};
}

// Support, criticism nouns, requests for aid, troops sent and leadership,
// with the clause's subject already found.
void Engine::ClauseFrame(Sent& s, const FrameCall& f, std::vector<std::string>* subject,
                         std::string* how_found) {
  const int t = f.t, te = f.te, vb = f.vb;
  const LexEntry& e = f.e;
  const std::string &type = f.type, &frame = f.frame, &preps = f.preps, &rule = f.rule;
  auto missing = [&](const char* what) { Missing(s, f, what); };
  std::vector<std::string>& subj = *subject;
  std::string& how = *how_found;
  // "l'Égypte et la Russie, principaux soutiens de X": the actors listed up
  // to mention hm, less those in `exclude` (the ones backed or criticized).
  auto listed_up_to = [&](int hm, const std::vector<std::string>& exclude) {
    std::vector<std::string> list = Expand(s, hm, -1, false);
    std::erase_if(list, [&](const std::string& id) {
      return std::find(exclude.begin(), exclude.end(), id) != exclude.end();
    });
    return list;
  };
  if (frame == "supported_by") {
    // "avec le soutien de la Russie", "with the backing of Moscow": the
    // actor after it supports the clause's subject.
    std::vector<std::string> supporter = NP(s, te);
    if (supporter.empty()) return missing("supporter");
    std::vector<std::string> supported = MainSubject(s, t);
    if (supported.empty()) supported = subj;
    if (!supported.empty()) {
      // "Macron a affirmé que le Mali avait agi avec le soutien de la Russie",
      // "He said they had struck with support from X": inside a complement
      // clause the phrase backs that clause's subject, not the main one.
      int c = -1;
      for (int k = t - 1; k >= 0 && k > t - 25; --k) {
        if (P(s, k, '.') || P(s, k, ';')) break;
        if (Is(s, k, c_.que) || Fold(s, k, "that") || HitLen(s, k, c_.speech) > 0) {
          c = k;
          break;
        }
      }
      // (The main subject named, or only meant as the speaker, before it.)
      bool inside = false;
      for (size_t mi = 0; c >= 0 && mi < s.men.size() && !inside; ++mi)
        inside = s.men[mi].b > c && s.men[mi].b < t && !s.men[mi].id.empty() &&
                 std::find(supported.begin(), supported.end(), IdOf(s, static_cast<int>(mi))) !=
                     supported.end();
      if (c >= 0 && !inside) {
        supported.clear();
        for (size_t mi = 0; mi < s.men.size(); ++mi) {
          const Men& m = s.men[mi];
          if (m.b <= c || m.b >= t || m.implied || m.adj || m.id.empty() || s.inq[m.b]) continue;
          if (IsComplement(s, m)) continue;
          if (IsPartyKind(m.kind) && !GenitiveS(s, m.e))
            supported = Expand(s, static_cast<int>(mi), +1);
          break;
        }
        if (supported.empty()) return missing("subject of its clause");
      }
    }
    // "Avec l'appui de l'Iran, les Houthis ont ...", "With Russia's backing,
    // Mali expelled ...": the phrase opens the sentence; the supported is the
    // main clause's subject, the first actor after the phrase's comma.
    if (supported.empty() && t == DatelineEnd(s)) {
      const int n = static_cast<int>(s.w.size());
      int comma = -1;
      for (int k = te; k < std::min(n, te + 15); ++k) {
        if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.qui) ||
            Is(s, k, c_.que) || IsAuxWord(s, k) || HitLen(s, k, c_.trigger) > 0)
          break;
        if (P(s, k, ',')) {
          comma = k;
          break;
        }
      }
      for (size_t mi = 0; comma >= 0 && mi < s.men.size(); ++mi) {
        const Men& m = s.men[mi];
        if (m.b <= comma || m.implied || m.adj || m.pronoun || m.id.empty() || s.inq[m.b])
          continue;
        if (IsComplement(s, m)) continue;
        if (IsPartyKind(m.kind) && !GenitiveS(s, m.e) &&
            std::find(supporter.begin(), supporter.end(), m.id) == supporter.end())
          supported = Expand(s, static_cast<int>(mi), +1);
        break;
      }
    }
    if (supported.empty()) return missing("subject");
    Emit(s, supporter, type, supported, type + ":supported-by", 0.75);
    return;
  }
  if (frame == "thank") {
    // "thanked Germany for its support", "a remercié la Russie pour son
    // soutien": the one thanked supports the subject. A passive ("was
    // thanked by") leaves "its" unclear: no edge.
    for (int k = vb; k < t; ++k)
      if (Is(s, k, c_.etre)) return missing("active use");
    std::vector<std::string> obj = Object(s, te, "direct");
    if (obj.empty()) return missing("object");
    int end = -1;
    for (int mi = 0; mi < static_cast<int>(s.men.size()); ++mi) {
      const Men& m = s.men[mi];
      if (m.b >= te && m.b < te + 20 && std::find(obj.begin(), obj.end(), IdOf(s, mi)) != obj.end())
        end = std::max(end, m.e);
    }
    if (end < 0) return missing("object");
    // "for its (continued) support", "pour son soutien", "de leur appui",
    // past the last party's apposition ("X, the Russian president, for").
    auto for_word = [&](int q) {
      return Fold(s, q, "for") || Fold(s, q, "pour") || Fold(s, q, "de") || Fold(s, q, "d");
    };
    const std::string& nouns = e.Get("then");
    // "for its (continued) support", "pour son « soutien sans faille »":
    // a support noun within three words after the preposition.
    auto support_after = [&](int q) {
      if (!for_word(q)) return false;
      ++q;
      if (Is(s, q, c_.det) || Is(s, q, c_.possessive) || Fold(s, q, "their") || Fold(s, q, "leur"))
        ++q;
      for (int step = 0; step < 3 && q < static_cast<int>(s.w.size()); ++step, ++q) {
        while (q + 1 < static_cast<int>(s.w.size()) && (P(s, q, '<') || P(s, q, '>') || P(s, q, '"')))
          ++q;
        if (!s.w[q].word || MentionAt(s, q) >= 0) return false;
        if (ListHas(nouns, s.w[q].fold)) return true;
      }
      return false;
    };
    // Past the last party's apposition ("X, the Russian president, for")
    // and more parties thanked ("thanked X, as well as the leaders of A, B
    // and C, for their support", "X ainsi que les dirigeants de A"): each
    // party listed after a comma, a conjunction or a leaders' noun is thanked.
    bool noun = false;
    for (int q = end; q < std::min<int>(end + 20, s.w.size()) && !noun; ++q) {
      if (support_after(q)) {
        noun = true;
        break;
      }
      if (Fold(s, q, "as") && Fold(s, q + 1, "well") && Fold(s, q + 2, "as")) {
        q += 2;
        continue;
      }
      if (P(s, q, '.') || P(s, q, ';') || P(s, q, ':') ||
          (Is(s, q, c_.que) && !Fold(s, q - 1, "ainsi")) || Is(s, q, c_.qui) || Is(s, q, c_.aux) ||
          Fold(s, q, "but") || Fold(s, q, "mais") || (q > end && HitLen(s, q, c_.trigger) > 0))
        break;
      const int mi = MentionAt(s, q);
      if (mi < 0 || s.men[mi].b != q) continue;
      const Men& m = s.men[mi];
      q = m.e - 1;
      if (m.adj || m.pronoun || m.id.empty() || !IsPartyKind(m.kind) || Fold(s, m.e, "s")) continue;
      int b = m.b - 1;
      while (b > 0 && Is(s, b, c_.det)) --b;
      const bool listed = P(s, b, ',') || Is(s, b, c_.coord) ||
                          (Fold(s, b, "as") && Fold(s, b - 1, "well")) ||
                          (Fold(s, b, "que") && Fold(s, b - 1, "ainsi"));
      const bool leaders_of = (Fold(s, b, "of") || Is(s, b, c_.prep_de)) &&
                              (Fold(s, b - 1, "leaders") || Fold(s, b - 1, "presidents") ||
                               Fold(s, b - 1, "dirigeants") || Fold(s, b - 1, "chefs") ||
                               Fold(s, b - 1, "governments") ||
                               Fold(s, b - 1, "gouvernements"));
      if ((listed || leaders_of) &&
          std::find(obj.begin(), obj.end(), IdOf(s, mi)) == obj.end())
        obj.push_back(IdOf(s, mi));
    }
    if (!noun) return missing("for support");
    if (subj.empty()) return missing("subject");
    std::erase_if(obj, [&](const std::string& id) {
      return std::find(subj.begin(), subj.end(), id) != subj.end();
    });
    if (obj.empty()) return missing("object");
    Emit(s, obj, type, subj, type + ":thanked", 0.75);
    return;
  }
  if (frame == "critic_noun") {
    // "Mahmoud Dicko, a leading critic of the junta": the person the
    // apposition describes criticizes the complement.
    std::vector<std::string> obj = NP(s, te);
    std::vector<std::string> who = subj;
    int b0 = t - 1;
    // "one of Peru's fiercest critics", "Maduro's staunchest supporters": the
    // owner before the noun, past its adjectives (a noun alone, no "of").
    if (obj.empty() && !Fold(s, te - 1, "of") && !Is(s, te - 1, c_.prep_de)) {
      int g = t - 1;
      while (g >= 0 && PlainWord(s, g) && !Fold(s, g, "s") && !Is(s, g, c_.det)) --g;
      if (g >= 1 && GenitiveS(s, g) && !s.w[g].elided) {
        const int om = MentionAt(s, g - 1);
        if (om >= 0 && s.men[om].e == g && !s.men[om].adj && !s.men[om].pronoun &&
            !s.men[om].id.empty() && IsPartyKind(s.men[om].kind)) {
          obj = {IdOf(s, om)};
          b0 = s.men[om].b - 1;
        }
      }
      if (obj.empty()) return missing("owner");
      // Only said of an actor: after a copula or in apposition ("dispersed
      // Maduro's supporters" says nothing of the subject's stance).
      int q = b0;
      while (q >= 0 && (Is(s, q, c_.det) || Fold(s, q, "one") || Fold(s, q, "of") ||
                        Fold(s, q, "among") || IsAdverb(s, q)))
        --q;
      if (!(P(s, q, ',') || Is(s, q, c_.etre) || StanceWordAt(s, q, "copula") > 0))
        return missing("copula or apposition");
    }
    if (int b = b0; true) {
      // ("a" before a noun trigger is the article, not French "a" = has.)
      while (b >= 0 &&
             (Is(s, b, c_.det) || Fold(s, b, "a") || Fold(s, b, "an") ||
              (s.w[b].word && !s.w[b].upper_initial && !Is(s, b, c_.aux) && MentionAt(s, b) < 0)))
        --b;
      if (P(s, b, ',')) {
        // "received imam X, a critic of Y" (s5prec): an apposition describes
        // the name right before its comma, even an object; never the
        // clause's subject.
        std::vector<std::string> head;
        if (const int hm = MentionAt(s, b - 1);
            hm >= 0 && s.men[hm].e == b && !s.men[hm].pronoun && !s.men[hm].id.empty()) {
          head = {s.men[hm].id};
          // "l'Égypte et la Russie, principaux soutiens de Haftar": a plural
          // noun has the whole list before the comma for its head.
          if (std::string_view(s.w[t].fold).ends_with("s") ||
              (te - 2 > t && std::string_view(s.w[te - 2].fold).ends_with("s"))) {
            if (std::vector<std::string> list = listed_up_to(hm, obj); !list.empty()) head = list;
          }
        }
        if (head.empty()) head = LeftHead(s, b, nullptr);
        if (head.empty()) return missing("apposition head");
        who = head;
        // "principal soutien de Haftar aux côtés de l'Égypte et de la
        // Russie", "Haftar's main backer alongside Egypt": those named
        // after "alongside" back too.
        if (type == "supports") AddNamedAlongside(s, te, 8, &who, obj);
      }
    }
    if (who.empty() || obj.empty()) return missing("argument");
    Emit(s, who, type, obj, type + ":critic-noun", 0.75);
    return;
  }
  if (frame == "at_request") {
    // "La Russie a envoyé des troupes à la demande de Tokaïev": the actor
    // who asked requests aid from the clause's subject (when help is sent).
    bool help = false;
    // "Rwandan soldiers arrived in X at the invitation of Y": troops said
    // to arrive or deploy are help too.
    const bool deployed = AnyHit(s, c_.deploy_cue);
    for (int k = 0; k < static_cast<int>(s.w.size()) && !help; ++k) {
      help = (HitLen(s, k, c_.aid) > 0 || (deployed && HitLen(s, k, c_.troop) > 0)) &&
             !Is(s, k - 1, c_.possessive);
      for (const auto& [entry, f] : LexAt(s, k, c_.trigger).entries)
        help |= r_.lex.entry(entry).Get("type") == "sends_troops";
    }
    if (!help) return missing("help sent");
    std::vector<std::string> asker =
        e.Get("asker") == "genitive" ? GenitiveAsker(s, t) : NP(s, te);
    // "la mission de l'OTSC, déployée à sa demande", "troops sent at his
    // request" (asker=possessive): the possessive stands for the clause's
    // main subject, a person or a state, or else the sentence's speaker.
    if (e.Get("asker") == "possessive") {
      asker.clear();
      for (const std::string& id : MainSubject(s, t)) {
        const Actor* a = r_.dict.Find(id);
        if (a != nullptr && (a->kind == "person" || a->kind == "country")) asker.push_back(id);
      }
      if (asker.empty() && !s.speaker.empty()) {
        const Actor* a = r_.dict.Find(s.speaker);
        if (a != nullptr && (a->kind == "person" || a->kind == "country")) asker = {s.speaker};
      }
    }
    // "at the request of Kiir's government", "à la demande du gouvernement
    // de Kiir": a leader's government is his state, which asks too.
    if (asker.size() == 1 && e.Get("asker").empty()) {
      const Actor* a = r_.dict.Find(asker[0]);
      bool governed = false;
      for (const Men& m : s.men) {
        if (m.id != asker[0] || m.b < te || m.b > te + 8) continue;
        governed =
            (GenitiveS(s, m.e) && !s.w[m.e].elided && HeadGovernmentAt(s, m.e + 1)) ||
            (Is(s, m.b - 1, c_.prep_de) && HeadGovernmentAt(s, m.b - 2)) ||
            (Is(s, m.b - 1, c_.det) && Is(s, m.b - 2, c_.prep_de) && HeadGovernmentAt(s, m.b - 3));
        break;
      }
      if (governed && a != nullptr && a->kind == "person") {
        if (std::string state = PersonState(asker[0]); !state.empty()) asker.push_back(state);
      }
    }
    if (asker.empty()) return missing("asker");
    std::vector<std::string> helper = subj;
    if (helper.empty()) helper = MainSubject(s, t);
    // "À l'appel de X, l'OTSC a envoyé des troupes": the main clause after
    // the fronted phrase. The English genitive fronts it too ("At Tokayev's
    // request, the CSTO sent ..."): the phrase starts before the owner.
    int front = t;
    if (e.Get("asker") == "genitive")
      while (front > 0 && t - front < 8 &&
             (GenitiveS(s, front - 1) || MentionAt(s, front - 1) >= 0 ||
              Is(s, front - 1, c_.det) || Fold(s, front - 1, "at") || Fold(s, front - 1, "on") ||
              Fold(s, front - 1, "upon")))
        --front;
    if (helper.empty() && front <= DatelineEnd(s)) {
      for (int k = te; k < std::min<int>(te + 12, s.w.size()); ++k) {
        if (P(s, k, '.') || P(s, k, ';')) break;
        if (!P(s, k, ',')) continue;
        helper = NP(s, k + 1);
        break;
      }
    }
    // "2,000 troops from the CSTO, most of them Russian ... deployed at the
    // request of X", "des militaires russes, biélorusses et arméniens
    // déployés à la demande de X": when the troops themselves are the
    // subject, X asked whoever sent them -- the organization they come
    // from, else for a coalition the alliance the page named -- not each
    // nationality among them.
    if (!helper.empty()) {
      int troops = -1;
      for (int k = vb - 1; k >= 0 && k > vb - 40; --k) {
        if (P(s, k, ';') || P(s, k, '.')) break;
        if (HitLen(s, k, c_.troop) > 0 && MentionAt(s, k) < 0) troops = k;
      }
      bool troops_first = troops >= 0;
      for (const Men& m : s.men) {
        if (troops < 0 || m.b >= troops) break;
        troops_first &= !(std::find(helper.begin(), helper.end(), m.id) != helper.end() && !m.adj &&
                          !IsComplement(s, m));
      }
      if (troops_first) {
        const int tl = HitLen(s, troops, c_.troop);
        int om = -1;
        if (Is(s, troops + tl, c_.prep_de) || Fold(s, troops + tl, "from") ||
            Fold(s, troops + tl, "of"))
          om = MentionAt(s, SkipDet(s, troops + tl + 1));
        // "Russian troops entered Kazakhstan at the invitation of X": the
        // one nationality of the troops sent them, not the clause's object.
        std::vector<std::string> nationality;
        if (om < 0) nationality = TroopNationality(s, troops, tl);
        if (nationality.size() == 1) helper = nationality;
        if (om >= 0 && s.men[om].kind == "organization" && !s.men[om].adj &&
            !s.men[om].id.empty()) {
          helper = {s.men[om].id};
        } else if (helper.size() > 1) {
          helper.clear();
          if (!last_alliance_.empty()) helper = {last_alliance_};
        }
      }
    }
    for (int k = t - 1; helper.empty() && k >= 0 && k > t - 30; --k) {
      // "les militaires de l'OTSC, déployés ... à la demande de X": the
      // troops' owner is the helper when the clause has no subject.
      if (int tl = HitLen(s, k, c_.troop); tl > 0 && Is(s, k + tl, c_.prep_de)) {
        int m = MentionAt(s, SkipDet(s, k + tl + 1));
        if (m >= 0 && !s.men[m].adj && !s.men[m].id.empty() &&
            (s.men[m].kind == "organization" || s.men[m].kind == "country"))
          helper = {s.men[m].id};
      }
    }
    // "Déployé en juillet, à la demande de Maputo, un contingent de soldats
    // rwandais a ...", "At the request of X, Kenyan police arrived": the
    // troops named after the fronted phrase were sent by their one nationality.
    for (int k = te, n = static_cast<int>(s.w.size()); helper.empty() && k < std::min(te + 20, n);
         ++k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      if (const int tl = HitLen(s, k, c_.troop); tl > 0) {
        std::vector<std::string> nationality = TroopNationality(s, k, tl);
        if (nationality.size() == 1 &&
            std::find(asker.begin(), asker.end(), nationality[0]) == asker.end())
          helper = nationality;
        k += tl - 1;
      }
    }
    // "The contingent was deployed at the request of X": the troops open
    // the clause with a definite article and no owner; they are the force of
    // the alliance the page named last, if the page has it sending troops.
    if (helper.empty() && !last_alliance_.empty()) {
      const int from = DatelineEnd(s);
      const int k = from + 1;
      if (k < t && Is(s, from, c_.det) && !Is(s, from, c_.possessive) &&
          HitLen(s, k, c_.troop) > 0 && MentionAt(s, k) < 0 &&
          TroopNationality(s, k, HitLen(s, k, c_.troop)).empty()) {
        for (const PendingRelation& r : relations_) {
          if (r.p == "sends_troops" && r.s == last_alliance_) {
            helper = {last_alliance_};
            break;
          }
        }
      }
    }
    if (helper.empty()) return missing("helper");
    Emit(s, asker, "requests_aid", helper, "requests_aid:at-request", 0.75);
    return;
  }
  if (frame == "ask") {
    // demander l'aide de O / demander à O une aide / asked O for help
    std::vector<std::string> obj;
    bool aid_seen = false;
    int end = std::min<int>(te + 30, s.w.size());
    // "after X asked it for help": the body or state named before.
    if (Fold(s, te, "it") && (Fold(s, te + 1, "for") || Fold(s, te + 1, "to"))) {
      obj = ItAntecedent(s, vb, subj);
      if (obj.empty()) return missing("antecedent of 'it'");
    }
    for (int k = te; k < end; ++k) {
      if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que) || (P(s, k, ',') && aid_seen)) break;
      if (P(s, k, '-')) {  // "– qui regroupe six pays ... –": an aside
        int q = k + 1;
        while (q < end && !P(s, q, '-')) ++q;
        if (q < end) k = q;
        continue;
      }
      if (int al = HitLen(s, k, c_.aid);
          al > 0 && !aid_seen && Is(s, k - 1, c_.possessive) && obj.empty() &&
          [&] {  // right after the verb, or past adverbs ("réclamé en vain son aide")
            int q = te;
            while (q < k - 1 && HitLen(s, q, c_.adverb) > 0) q += HitLen(s, q, c_.adverb);
            return q == k - 1;
          }()) {
        // "s'est tourné vers O pour solliciter son aide": "son" is O, named
        // before the purpose clause after vers/to.
        for (int j = vb - 1; j >= 0 && j > vb - 40 && obj.empty(); --j) {
          if (P(s, j, ';')) break;
          // English "to" after a verb of turning or going only: "deployed
          // advisers to Libya after X requested its help" names a place.
          const bool turned_to =
              Fold(s, j, "to") && (Fold(s, j - 1, "turned") || Fold(s, j - 1, "turn") ||
                                   Fold(s, j - 1, "turns") || Fold(s, j - 1, "turning") ||
                                   Fold(s, j - 1, "out") || Fold(s, j - 1, "went") ||
                                   Fold(s, j - 1, "gone") || Fold(s, j - 1, "came") ||
                                   Fold(s, j - 1, "appealed"));
          // "a écrit à l'OTSC pour solliciter son aide", "a adressé une
          // lettre au Conseil pour demander son assistance", "wrote to the
          // CSTO asking for its help": the addressee of a letter or message.
          bool written_to = false;
          if (FoldAccented(s, j, "a") || Fold(s, j, "au") || Fold(s, j, "aux") ||
              Fold(s, j, "to")) {
            for (int w = std::max(0, j - 3); w < j && !written_to; ++w)
              written_to = Fold(s, w, "ecrit") || Fold(s, w, "ecrite") || Fold(s, w, "adresse") ||
                           Fold(s, w, "adressee") || Fold(s, w, "lettre") ||
                           Fold(s, w, "courrier") || Fold(s, w, "missive") ||
                           Fold(s, w, "wrote") || Fold(s, w, "written") || Fold(s, w, "writes") ||
                           Fold(s, w, "letter") || Fold(s, w, "message");
          }
          if (Fold(s, j, "vers") || turned_to || written_to || Fold(s, j, "aupres")) {
            std::vector<std::string> o = NP(s, Fold(s, j, "aupres") ? j + 2 : j + 1);
            if (!o.empty()) obj = o;
          }
        }
        // "Ankara deployed soldiers after X requested its help": "its" is
        // the body or state named before, in English.
        // French "son", "sa", "leur" likewise ("l'OTSC n'a pas rempli ses
        // obligations lorsque Erevan avait réclamé son assistance").
        if (obj.empty() && (Fold(s, k - 1, "its") || Fold(s, k - 1, "son") ||
                            Fold(s, k - 1, "sa") || Fold(s, k - 1, "leur")))
          obj = ItAntecedent(s, vb, subj);
        aid_seen = !obj.empty();
        k += al - 1;
        continue;
      }
      if (int al = HitLen(s, k, c_.aid); al > 0 && !aid_seen) {
        // "appelé les forces rwandaises à cesser leur soutien au M23": help
        // to be stopped is not asked for.
        int v = k - 1;
        while (v >= 0 && (Is(s, v, c_.det) || Is(s, v, c_.possessive))) --v;
        // "urged Russia to withdraw troops", "retirer des troupes": so is
        // help to be taken away.
        if (Fold(s, v, "cesser") || Fold(s, v, "arreter") || Fold(s, v, "stop") ||
            Fold(s, v, "end") || Fold(s, v, "halt") || Fold(s, v, "suspendre") ||
            Fold(s, v, "withdraw") || Fold(s, v, "retirer") || Fold(s, v, "pull") ||
            Fold(s, v, "remove") || Fold(s, v, "reduce") || Fold(s, v, "reduire") ||
            // "appelé les rebelles à déposer les armes", "à faire taire les
            // armes", "to lay down their arms" (s8troops): arms given up.
            Fold(s, v, "deposer") || Fold(s, v, "taire") || Fold(s, v, "rendre") ||
            (Fold(s, v, "down") && (Fold(s, v - 1, "lay") || Fold(s, v - 1, "put"))) ||
            // "pressed Serbia to pull back troops", "de rapatrier ses soldats".
            ((Fold(s, v, "back") || Fold(s, v, "out") || Fold(s, v, "home")) &&
             (Fold(s, v - 1, "pull") || Fold(s, v - 1, "bring") || Fold(s, v - 1, "move"))) ||
            Fold(s, v, "rapatrier") || Fold(s, v, "replier") || Fold(s, v, "repatriate"))
          break;
        // "a demandé le départ des troupes françaises", "appelé au retrait
        // des troupes érythréennes", "demanded the withdrawal of Russian
        // troops": their removal (the removal nouns are lexicon data).
        int r = k - 1;
        while (r >= 0 && (Is(s, r, c_.det) || Is(s, r, c_.possessive) || Is(s, r, c_.prep_de) ||
                          Fold(s, r, "of") || (MentionAt(s, r) >= 0 && s.men[MentionAt(s, r)].adj)))
          --r;
        if (r < k - 1 && StanceWordAt(s, r, "removal") > 0) break;
      }
      if (int al = HitLen(s, k, c_.aid); al > 0 && !aid_seen && !Is(s, k - 1, c_.possessive)) {
        aid_seen = true;
        // "l'aide de O", "l'assistance militaire de O", "help from O"
        int j = k + al;
        while (j < end && s.w[j].word && !s.w[j].upper_initial && MentionAt(s, j) < 0 &&
               !Is(s, j, c_.prep_de) && !Is(s, j, c_.prep) && j < k + al + 2)
          ++j;
        if (obj.empty() && (Is(s, j, c_.prep_de) || Fold(s, j, "from") || Fold(s, j, "aupres"))) {
          obj = NP(s, j + (Fold(s, j, "aupres") ? 2 : 1));
          if (obj.empty()) obj = BodyOfLeaders(s, j + (Fold(s, j, "aupres") ? 2 : 1));
        }
        // "a appelé à l'aide l'OTSC", "appeler au secours la Russie"
        // (s8troops): the one called is named right after the call for help.
        if (obj.empty() && CallForHelpBefore(s, k)) obj = CalledForHelp(s, k + al);
        // "a demandé l'aide militaire russe": a nationality after the noun
        // names who gives it.
        if (const int am = MentionAt(s, j);
            obj.empty() && am >= 0 && s.men[am].adj && !s.men[am].id.empty())
          obj = Expand(s, am, +1);
        // "seeks Russian help", "appealed for EU help", "requested the
        // deployment of Russian troops": in English the giver's nationality or
        // name stands right before the aid noun.
        if (obj.empty() && x_->article.lang != "fr") {
          for (size_t mi = 0; mi < s.men.size(); ++mi) {
            const Men& m = s.men[mi];
            if (m.e != k || m.b >= k || m.id.empty() || m.pronoun ||
                (!m.adj && m.kind != "country" && m.kind != "organization"))
              continue;
            if (std::find(subj.begin(), subj.end(), m.id) == subj.end()) obj = {m.id};
            break;
          }
        }
        k = j - 1;
        continue;
      }
      // French "a exhorté O à intervenir", "a demandé à O d'intervenir".
      if ((Fold(s, k, "to") || (Fold(s, k, "a") && !s.w[k].upper_initial) || Fold(s, k, "d") ||
           Fold(s, k, "de")) &&
          !aid_seen && !obj.empty()) {
        // "called on the UN Security Council to intervene", "asked O to take
        // measures to protect", "to stop the aggression": the help is the
        // verb asked for (stopping another's wrongdoing, not one's own).
        // "a demandé à O de l'aider", "de nous aider" (s9args): past the
        // object pronouns of the verb asked for.
        int v = k + 1;
        while (v < k + 3 && Is(s, v, c_.clitic) && !Fold(s, v, "se") && !Fold(s, v, "s")) ++v;
        int vl = StanceWordAt(s, v, "aid_verb");
        if (vl > 0) vl += v - k - 1;
        if (int sl = StanceWordAt(s, k + 1, "aid_stop"); sl > 0) {
          int q = k + 1 + sl;
          while (P(s, q, '"') || P(s, q, '<')) ++q;
          if (HitLen(s, q, c_.wrongdoing) > 0) vl = q - k;
        }
        // "a demandé à l'Otan d'envoyer des navires", "asked NATO to deploy
        // warships": an infinitive of sending whose object is troops or
        // ships is help asked for.
        if (vl == 0) {
          bool sending = false;
          for (const auto& [entry, form] : LexAt(s, v, c_.trigger).entries)
            sending |= form == Form::kInfinitive &&
                       r_.lex.entry(entry).Get("type") == "sends_troops" &&
                       r_.lex.entry(entry).Get("departure") != "1";
          for (int q = v + 1; sending && q < std::min<int>(v + 6, s.w.size()); ++q) {
            if (P(s, q, '.') || P(s, q, ',') || P(s, q, ';')) break;
            if (HitLen(s, q, c_.troop) > 0 || StanceWordAt(s, q, "naval_troop") > 0 ||
                Fold(s, q, "navires") || Fold(s, q, "ships") || Fold(s, q, "vessels") ||
                Fold(s, q, "bateaux")) {
              vl = q - k;
              break;
            }
          }
        }
        if (vl > 0) {
          aid_seen = true;
          k += vl;
          continue;
        }
      }
      // "urged allies to keep weapons flowing to Kyiv" (s8troops): past the
      // help asked for, English "to" names where it goes, not who is asked.
      // The accented "à"; English "a" is an article ("for help in overcoming
      // what he called a terrorist threat"), French "a" the verb -- except
      // the article of the one appealed to ("appealed to a Russia-led bloc").
      if (obj.empty() &&
          (FoldAccented(s, k, "a") || (Fold(s, k, "a") && Fold(s, k - 1, "to")) ||
           Fold(s, k, "au") || Fold(s, k, "aux") ||
           (Fold(s, k, "to") && !aid_seen) ||
           (k == te && preps.find("direct") != std::string::npos) ||
           // "a sollicité en octobre auprès de l'ONU l'envoi d'une force":
           // the addressee past a time adjunct.
           (Fold(s, k, "aupres") && Is(s, k + 1, c_.prep_de) &&
            preps.find("aupr") != std::string::npos))) {
        const int np = Fold(s, k, "aupres") ? k + 2 : k == te && !Is(s, k, c_.prep) ? k : k + 1;
        std::vector<std::string> o = NP(s, np);
        // "appealed to the heads of state of the CSTO": the body they lead.
        if (int q = SkipDet(s, np), gl = HitLen(s, q, c_.govnoun);
            o.empty() && gl > 1 && Is(s, q + gl, c_.prep_de))
          o = NP(s, q + gl + 1);
        // "turned to \"the heads of the CSTO states\"", "aux dirigeants des
        // États membres de l'OTSC" (s11aidwarn): a body named through its
        // leaders and member states.
        if (o.empty()) o = BodyOfLeaders(s, np);
        if (!o.empty()) obj = o;
        // "a demandé au Conseil de sécurité de sanctionner Y", "urged the
        // court to order": a body that rules or arbitrates (stance_word
        // role=arbiter, s11aidwarn) is asked for its intervention, the help.
        if (!o.empty() && !aid_seen && ArbiterBodyAt(s, SkipDet(s, np))) aid_seen = true;
        // "appealed to the alliance", "s'est tourné vers Moscou" (key
        // bare_request=1, s11aidwarn): the appeal alone asks for help, unless
        // a purpose follows the one appealed to ("appealed to X for calm",
        // "to show restraint", "à la retenue", "pour qu'il").
        if (!o.empty() && !aid_seen && e.Get("bare_request") == "1")
          aid_seen = BareRequest(s, SkipDet(s, np));
      }
    }
    if (!aid_seen) return missing("aid noun (aide, assistance, troupes)");
    if (subj.empty()) return missing("subject");
    if (obj.empty() && (f.rel_prep == "a" || f.rel_prep == "to") && f.rel_head >= 0) {
      obj = {IdOf(s, f.rel_head)};  // "Blinken, à qui il a demandé une aide"
      how = how == "subject" ? "indirect-relative" : how + "/indirect-relative";
    }
    if (obj.empty()) return missing("recipient");
    Emit(s, subj, "requests_aid", obj, "requests_aid:ask" + (how == "subject" ? "" : "/" + how),
         0.85);
    return;
  }
  if (frame == "invoke") {
    // "Armenia invoked Article 4 of the CSTO treaty": a treaty's clause of
    // mutual defence invoked asks its organization for help.
    std::vector<std::string> body = InvokedTreatyBody(s, te);
    if (body.empty()) return missing("treaty article and body");
    if (subj.empty()) return missing("subject");
    Emit(s, subj, "requests_aid", body, "requests_aid:invoke", 0.8);
    return;
  }
  if (frame == "appeal_noun") {
    std::vector<std::string> obj, asker;
    bool asker_answered = false;
    // A bare request noun (key answered_only=1: "demande", "request") asks
    // for help only as the object of a verb of answering ("Ankara répond à
    // une demande formelle adressée par le GNA", "the deployment answered a
    // request from the Bahraini government"); its asker follows de/par/from.
    const bool answered_only = e.Get("answered_only") == "1";
    int obj_at = -1;  // where the addressee after à/to starts
    for (int k = te; k < std::min<int>(te + 8, s.w.size()); ++k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      if (answered_only && P(s, k, ',')) break;
      if (Is(s, k, c_.prep_de) && asker.empty() && obj.empty()) asker = NP(s, k + 1);
      if (answered_only) {
        // "adressée fin décembre par le GNA": the participle's agent, past
        // a date; "a request from X".
        if ((Fold(s, k, "par") || Fold(s, k, "by") || Fold(s, k, "from")) && k > te &&
            asker.empty())
          asker = NP(s, k + 1);
        continue;
      }
      // "la demande d'assistance formulée par X", "the request made by X":
      // the agent of the participle right after the noun asks.
      if ((Fold(s, k, "par") || Fold(s, k, "by")) && k <= te + 2 && asker.empty() && k > te &&
          s.w[k - 1].word && MentionAt(s, k - 1) < 0)
        asker = NP(s, k + 1);
      // "auprès de l'Union africaine": the addressee.
      if (Fold(s, k, "aupres") && Is(s, k + 1, c_.prep_de)) {
        obj = NP(s, k + 2);
        if (!obj.empty()) break;
      }
      // "an appeal to Russia", "a request for help from Russia"; English
      // "a" is an article ("in overcoming what he described as a terrorist
      // threat"), only the accented "à" a preposition.
      const bool a_grave = FoldAccented(s, k, "a");
      if (a_grave || Fold(s, k, "au") || Fold(s, k, "aux") || Fold(s, k, "to") ||
          Fold(s, k, "from")) {
        obj = NP(s, k + 1);
        if (!obj.empty()) {
          obj_at = k + 1;
          break;
        }
      }
    }
    // "Niger's request for French troops", "une demande de troupes
    // russes": a nationality on the help asked for names who is asked.
    for (int k = t + 1; obj.empty() && k < std::min<int>(te + 6, s.w.size()); ++k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',')) break;
      int hl = HitLen(s, k, c_.aid);
      if (hl == 0) hl = HitLen(s, k, c_.troop);
      if (hl == 0) continue;
      const int before = MentionAt(s, k - 1), after = MentionAt(s, k + hl);
      // (English "Argentine troops": a country's French name read as a noun;
      // "the request for CSTO help": a body named on the help it gives)
      if (k - 1 > t && before >= 0 && s.men[before].e == k && !s.men[before].id.empty() &&
          (s.men[before].adj || s.men[before].kind == "country" ||
           (s.men[before].kind == "organization" && !s.men[before].pronoun)) &&
          x_->article.lang != "fr")
        obj = Expand(s, before, -1);
      else if (after >= 0 && s.men[after].adj && !s.men[after].id.empty() &&
               s.men[after].b == k + hl)
        obj = Expand(s, after, +1);
      if (!obj.empty()) {
        obj_at = -2;  // names its help: no bare appeal
        if (asker == obj) asker.clear();
      }
      break;
    }
    // "son appel à l'OTSC", "Kyiv's appeal to Washington" (key
    // bare_request=1): an appeal with no purpose after a state or body it
    // is addressed to asks for its help; "l'appel de Paris à Moscou à la
    // retenue" asks for none.
    if (e.Get("bare_request") == "1" && obj_at != -2 &&
        (obj_at < 0 || Fold(s, obj_at - 1, "from") || !BareRequest(s, SkipDet(s, obj_at))))
      return missing("addressee of a bare appeal");
    // "Tokayev's request for assistance": the genitive before the noun asks.
    if (asker.empty() && GenitiveS(s, t - 1) && !s.w[t - 1].elided) {
      const int am = MentionAt(s, t - 2);
      if (am >= 0 && !s.men[am].adj && !s.men[am].pronoun && !s.men[am].id.empty())
        asker = {IdOf(s, am)};
    }
    // "Moscou a répondu à l'appel à l'aide du Kazakhstan", "the alliance
    // answered Tokayev's call for help" (s11aidwarn): the subject of a verb
    // of answering a named asker's request is the helper asked.
    if (obj.empty() && !asker.empty()) {
      int b = t - 1;
      while (b >= 0 && b > t - 8 &&
             (Is(s, b, c_.det) || Is(s, b, c_.prep_de) || FoldAccented(s, b, "a") ||
              Fold(s, b, "au") || Fold(s, b, "to") || (GenitiveS(s, b) && !s.w[b].elided) ||
              MentionAt(s, b) >= 0))
        --b;
      // "a répondu favorablement à la demande", "quickly answered X's call":
      // past the answer's adverbs.
      for (int step = 0; step < 2 && b > 0 && IsAdverb(s, b); ++step) --b;
      int r = b;
      while (r > 0 && r > b - 3 && StanceWordAt(s, r, "answer_request") == 0) --r;
      const int rl = StanceWordAt(s, r, "answer_request");
      bool negated = false;
      for (int q = std::max(0, r - 3); q < r; ++q)
        negated |= Is(s, q, c_.neg_en) || Is(s, q, c_.neg_ne) || Fold(s, q, "never");
      negated |= Is(s, r + rl, c_.neg_after);
      // The answering verb's own subject (the noun's is its asker).
      std::vector<std::string> helper;
      // ("Kyrgyzstan's parliament approved ..., hours after the CSTO agreed
      // to answer Tokayev's call": the answering clause's own subject first.)
      if (rl > 0 && r + rl > b && !negated) {
        // A name right before the answering verb group, over "to"/"de",
        // the governing verb and its adverbs (four lowercase words at most).
        int q = r - 1;
        for (int step = 0; step < 4 && q >= 0 && MentionAt(s, q) < 0 && s.w[q].word &&
                           !s.w[q].upper_initial && !Is(s, q, c_.que) && !Is(s, q, c_.qui) &&
                           !Is(s, q, c_.det) && !Is(s, q, c_.possessive);
             ++step)
          --q;
        if (const int hm = MentionAt(s, q); hm >= 0 && q < r - 1 && s.men[hm].e == q + 1 &&
                                            !s.men[hm].adj && !s.men[hm].pronoun &&
                                            !s.men[hm].id.empty() &&
                                            (s.men[hm].kind == "organization" ||
                                             s.men[hm].kind == "country"))
          helper = {IdOf(s, hm)};
        // "une décision qui répond à la demande du Congo", "la décision
        // répondait à une demande de X": a bare request answered by an act,
        // not an actor, names no helper.
        // (Past an opening quotation mark: 'qui « répond'.)
        if (answered_only && q >= 1 && !s.w[q].word && !P(s, q, ',') && !P(s, q, '.') &&
            !P(s, q, ';') && !P(s, q, ':'))
          --q;
        const bool act_subject =
            answered_only && q >= 0 &&
            (Is(s, q, c_.qui) || Is(s, q, c_.que) || Fold(s, q, "which") || Fold(s, q, "that") ||
             (Is(s, q, c_.det) && q + 1 < r && MentionAt(s, q + 1) < 0));
        if (helper.empty() && !act_subject) helper = MainSubject(s, r);
      }
      if (!helper.empty() && helper != asker) {
        obj = helper;
        asker_answered = true;
      }
    }
    // "a questionné la nécessité de l'appel à l'OTSC": a bare appeal's asker
    // is named or owns it ("son appel"), never the clause's subject alone.
    if (asker.empty() && e.Get("bare_request") == "1" &&
        !(Is(s, t - 1, c_.possessive) || Fold(s, t - 1, "leur") || Fold(s, t - 1, "their")))
      return missing("asker of a bare appeal");
    if (answered_only && !asker_answered) return missing("verb answering the request");
    if (asker.empty()) asker = subj;
    if (asker.empty()) return missing("subject");
    if (obj.empty()) return missing("recipient");
    // "n'a pas adressé de demande d'aide à X", "did not send a request for
    // help": the governing verb's negation or hypothesis holds for the noun
    // (a request refused or denied by its addressee was still made).
    if (std::string why = NounBlocked(s, t); !why.empty() && why.rfind("denied", 0) != 0) {
      if (tracing_) Log(s, "  blocked " + rule + ": " + why);
      return;
    }
    Emit(s, asker, "requests_aid", obj,
         asker_answered ? "requests_aid:appeal/answered" : "requests_aid:appeal", 0.8);
    return;
  }
  if (frame == "send") {
    int k = te;
    auto digit = [&](int q) {
      return q >= 0 && q < static_cast<int>(s.w.size()) && !s.w[q].fold.empty() &&
             std::isdigit(static_cast<unsigned char>(s.w[q].fold[0]));
    };
    while (IsAdverb(s, k) || Is(s, k, c_.det) || Is(s, k, c_.prep_de) || Is(s, k, c_.quantity) ||
           Fold(s, k, "of") || P(s, k, '<') || P(s, k, '"') || digit(k) ||
           (k == te && (Fold(s, k, "in") || Fold(s, k, "out"))) ||  // "flew in", "sent out"
           (Fold(s, k, "a") && Is(s, k + 1, c_.quantity)) ||        // "a few hundred"
           ((Fold(s, k, "a") || Fold(s, k, "an")) && digit(k + 1)) ||  // "a 200-strong force"
           // 'a "peacekeeping force"', "a contingent"
           ((Fold(s, k, "a") || Fold(s, k, "an")) && k == te &&
            (P(s, k + 1, '"') || HitLen(s, k + 1, c_.troop) > 0)) ||
           ((P(s, k, ',') || P(s, k, '.')) && digit(k - 1) && digit(k + 1)) ||  // "3,000"
           AmountBoundLen(s, k) > 0)
      k += std::max(1, AmountBoundLen(s, k));
    // "a déployé en Libye des militaires": the destination before the troops.
    if (int end = 0; k == te && !PlaceAt(s, k, &end).empty() && HitLen(s, end, c_.troop) == 0) {
      k = end;
      while (IsAdverb(s, k) || Is(s, k, c_.det) || Is(s, k, c_.prep_de) || Is(s, k, c_.quantity) ||
             digit(k) || Fold(s, k, "of") ||
             ((P(s, k, ',') || P(s, k, '.')) && digit(k - 1) && digit(k + 1)) ||
             AmountBoundLen(s, k) > 0)
        k += std::max(1, AmountBoundLen(s, k));
    }
    // "a symbolic contingent to", "elite paratroopers to": one or two plain
    // modifiers (no name, no function or trigger word) before a troop noun
    // that its destination follows ("ses capacités militaires et": a noun
    // and its adjective, no troops).
    if (HitLen(s, k, c_.troop) == 0) {
      const int before_det = k;
      if ((Is(s, k, c_.det) || Fold(s, k, "a") || Fold(s, k, "an")) && !Is(s, k + 1, c_.det)) ++k;
      auto modifier = [&](int q) {
        return InSent(s, q) && s.w[q].word && !s.w[q].upper_initial && MentionAt(s, q) < 0 &&
               !Is(s, q, c_.det) && !Is(s, q, c_.prep) && !Is(s, q, c_.prep_de) &&
               !Is(s, q, c_.coord) && !Is(s, q, c_.aux) && !Is(s, q, c_.que) &&
               !Is(s, q, c_.qui) && !NegationAt(s, q) && HitLen(s, q, c_.trigger) == 0;
      };
      const int at = k;
      for (int q = at; q < at + 2 && modifier(q); ++q) {
        const int len = HitLen(s, q + 1, c_.troop);
        if (len > 0 && InSent(s, q + 1 + len) && IsPlacePrepositionFold(s.w[q + 1 + len].fold)) {
          k = q + 1;
          break;
        }
      }
      if (HitLen(s, k, c_.troop) == 0) k = before_det;  // no troops there: as it was
    }
    int tl = HitLen(s, k, c_.troop);
    if (tl == 0) tl = StanceWordAt(s, k, "fighters");
    // "stationed tanks in Belarus", "a déployé des blindés au Tchad" (key
    // hardware=1, deploying verbs only): armour a state deploys is a
    // deployment; sent or supplied it may be arms.
    const bool hardware = e.Get("hardware") == "1";
    if (tl == 0 && hardware) tl = StanceWordAt(s, k, "deployed_hardware");
    // "Moscow sent Wagner fighters to Mali", "dispatched Barkhane troops",
    // "sent US troops" (s11troops): the troops' owner or nationality named
    // before them; the verb's subject still sends.
    if (const int om = tl == 0 ? MentionAt(s, k) : -1;
        om >= 0 && s.men[om].b == k && !s.men[om].pronoun && s.men[om].kind != "person") {
      const int after_owner = s.men[om].e;
      tl = HitLen(s, after_owner, c_.troop);
      if (tl == 0) tl = StanceWordAt(s, after_owner, "fighters");
      if (tl == 0 && hardware) tl = StanceWordAt(s, after_owner, "deployed_hardware");
      if (tl > 0) k = after_owner;
    }
    // "deploying warplanes and troops", "a déployé des avions, des
    // hélicoptères et 300 soldats": troops that close a short list of
    // equipment the verb sends are its object too.
    if (tl == 0) {
      for (int q = k; q < std::min<int>(k + 12, s.w.size()); ++q) {
        if (MentionAt(s, q) >= 0 || HitLen(s, q, c_.trigger) > 0 ||
            (s.w[q].word && s.w[q].upper_initial) ||
            (!s.w[q].word && !P(s, q, ',') && !(P(s, q, '.') && digit(q - 1) && digit(q + 1))))
          break;
        if (!Is(s, q, c_.coord) || q == k) continue;
        int r = q + 1;
        while (r < static_cast<int>(s.w.size()) &&
               (Is(s, r, c_.det) || Is(s, r, c_.prep_de) || Is(s, r, c_.quantity) ||
                IsAdverb(s, r) || digit(r) || Fold(s, r, "of") ||
                ((P(s, r, ',') || P(s, r, '.')) && digit(r - 1) && digit(r + 1))))
          ++r;
        if (const int rl = HitLen(s, r, c_.troop); rl > 0) {
          k = r;
          tl = rl;
        }
        break;
      }
    }
    // "la mission que la SADC a déployée en RDC", "the force which Kenya
    // sent to Haiti" (s11troops): the troops are the antecedent of an
    // object relative whose subject follows the relative word.
    // "the bloc deployed to Kazakhstan", "l'OTSC s'est déployée au
    // Kazakhstan", "the alliance had deployed under its collective defence
    // clause" (key intransitive=1): a state or body that deploys, with a
    // place or adjunct and no object, sends its own troops.
    auto deployed_intransitive = [&] {
      if (e.Get("intransitive") != "1" || subj.empty()) return false;
      // "no Turkish peacekeepers would be deployed": a passive's subject
      // is the troops, not their sender.
      // "s'est déployée" is reflexive, not passive.
      bool reflexive = false, passive = false;
      for (int q = vb; q < t; ++q) {
        reflexive |= Fold(s, q, "se") || (Fold(s, q, "s") && s.w[q].elided);
        passive |= Is(s, q, c_.etre) || Fold(s, q, "be") || Fold(s, q, "been") ||
                   Fold(s, q, "being") || Fold(s, q, "was") || Fold(s, q, "were") ||
                   Fold(s, q, "is") || Fold(s, q, "are");
      }
      if (passive && !reflexive) return false;
      for (const std::string& id : subj) {
        const Actor* a = r_.dict.Find(id);
        if (a == nullptr || (a->kind != "country" && a->kind != "organization")) return false;
      }
      if (te >= static_cast<int>(s.w.size()) || P(s, te, '.') || P(s, te, ',') || P(s, te, ';'))
        return true;
      return FoldAccented(s, te, "a") || Fold(s, te, "au") || Fold(s, te, "aux") ||
             Fold(s, te, "en") || Fold(s, te, "dans") || Fold(s, te, "vers") ||
             Fold(s, te, "sous") || Fold(s, te, "to") || Fold(s, te, "in") ||
             Fold(s, te, "into") || Fold(s, te, "under") || Fold(s, te, "towards");
    };
    if (tl == 0 && !subj.empty() && RelativeTroopAntecedent(s, vb)) k = te;
    else if (tl == 0 && !deployed_intransitive()) return missing("troops as object");
    else if (tl == 0) k = te;
    // "a apporté son soutien à la décision de déployer la force", "welcomed
    // the decision to send troops" (s11troops): a decision nobody owns in
    // the phrase is not the clause subject's.
    if (f.form == Form::kInfinitive && UnownedDecisionBefore(s, vb))
      return missing("whose decision");
    // "A, B and C are among the countries that have sent troops" (s10meets).
    if (subj.empty() && !(subj = AmongSenders(s, vb)).empty()) how = "among";
    if (subj.empty()) return missing("subject");
    // "n'envoie aucun soldat", "sent no troops" (s7troops): the negation
    // is the troops' determiner, past the verb.
    if (Fold(s, k - 1, "aucun") || Fold(s, k - 1, "aucune") || Fold(s, k - 1, "no")) {
      if (tracing_) Log(s, "  blocked " + rule + ": negated (" + s.w[k - 1].fold + ")");
      return;
    }
    if (std::string why = ConditionAfter(s, te); !why.empty()) {
      if (tracing_) Log(s, "  blocked " + rule + ": " + why);
      return;
    }
    // "doivent renforcer leurs contingents dans les prochaines semaines":
    // reinforced troops are already there (troops_there=1).
    if (std::string why = e.Get("troops_there") == "1" ? "" : SendingToCome(s, te); !why.empty()) {
      if (tracing_) Log(s, "  blocked " + rule + ": " + why);
      return;
    }
    // "Loukachenko, dont le pays a lui aussi dépêché des soldats",
    // "Lukashenko, whose country also sent troops": the person's state sends.
    for (int q = vb - 1; q >= 0 && q >= vb - 3; --q) {
      if (!(Fold(s, q, "pays") || Fold(s, q, "country"))) {
        if (IsAdverb(s, q)) continue;
        break;
      }
      int r = q - 1;
      if (Is(s, r, c_.det)) --r;
      if (!(Fold(s, r, "dont") || Fold(s, r, "whose"))) break;
      for (std::string& id : subj) {
        const Actor* a = r_.dict.Find(id);
        if (a == nullptr || a->kind != "person") continue;
        if (std::string state = PersonState(id); !state.empty()) id = state;
      }
      break;
    }
    // "Kyrgyzstan's parliament voted to approve sending its soldiers": a
    // country's institution sends its country's troops.
    for (std::string& id : subj) {
      for (const Men& m : s.men) {
        if (m.id == id && m.rule == "discover:institution" && !m.of.empty()) id = m.of;
      }
    }
    std::vector<std::string> dest;
    // "a retiré ses troupes du Mali", "withdrew its soldiers from Niger"
    // (key departure=1): troops withdrawn were sent to the place they leave,
    // named after "de"/"from"; with no place, the page's country.
    if (e.Get("departure") == "1") {
      // Only the subject's own troops ("ses troupes", "its soldiers"):
      // "pressure on Serbia to pull back troops it had massed", "began
      // withdrawing those peacekeepers" leave the owner or the place unsaid.
      bool owned = false;
      for (int q = te; q < k; ++q)
        owned |= Is(s, q, c_.possessive) || Fold(s, q, "leur") || Fold(s, q, "leurs") ||
                 Fold(s, q, "their") || Fold(s, q, "nos") || Fold(s, q, "our");
      if (!owned) return missing("possessive before the troops withdrawn");
      int j = k + tl;
      while (IsAdverb(s, j)) ++j;
      if (Fold(s, j, "out") && Fold(s, j + 1, "of")) j += 2;
      if (Fold(s, j, "of") || Fold(s, j, "from") || Is(s, j, c_.prep_de)) {
        j = SkipDet(s, j + 1);
        if (Fold(s, j, "country") || Fold(s, j, "pays")) {
          if (!focus_.empty()) dest = {focus_};
        } else if (const int mi = MentionAt(s, j); mi >= 0 && !s.men[mi].adj &&
                                                   !s.men[mi].id.empty()) {
          if (s.men[mi].kind == "country") {
            dest = {s.men[mi].id};
          } else if (s.men[mi].kind == "location") {
            const Actor* a = r_.dict.Find(s.men[mi].id);
            if (a != nullptr && !a->DestinationCountry().empty())
              dest = {a->DestinationCountry()};
          }
        }
        if (!dest.empty() && std::find(subj.begin(), subj.end(), dest[0]) != subj.end())
          return missing("foreign place left");
      }
    }
    if (dest.empty()) dest = Destination(s, k + tl, subj);
    if (dest.empty()) return missing("destination");
    // "France keeps 400 troops in Gabon", "compte 1 500 militaires déployés
    // au Niger": a verb of keeping or having sends only to a place named
    // after the troops, never to the page's country by default.
    if (e.Get("dest") == "explicit") {
      bool named = false;
      for (const Men& m : s.men) {
        named |= m.b >= k + tl && m.b < k + tl + 12 && !m.adj && m.id == dest[0];
      }
      if (!named) return missing("place named after the troops");
    }
    // "Belarus has sent around 500 servicemen, Tajikistan about 200 and
    // Armenia 100", "le Bélarus a envoyé 500 soldats, l'Arménie 100": states
    // that follow counted troops, each with a number and no verb of its own,
    // share the sending verb (gapping).
    if (k > te && digit(k - 1)) {
      for (int q = k + tl; q < std::min<int>(k + tl + 30, s.w.size()); ++q) {
        if (P(s, q, '.') || P(s, q, ';') || P(s, q, ':') || Is(s, q, c_.que) || Is(s, q, c_.qui))
          break;
        if (!P(s, q, ',') && !Is(s, q, c_.coord)) continue;
        const int mi = MentionAt(s, SkipDet(s, q + 1));
        if (mi < 0 || s.men[mi].adj || s.men[mi].pronoun || s.men[mi].kind != "country" ||
            s.men[mi].id.empty())
          continue;
        int r = s.men[mi].e;
        while (r < static_cast<int>(s.w.size()) &&
               (IsAdverb(s, r) || Is(s, r, c_.quantity) || Fold(s, r, "about") ||
                Fold(s, r, "around") || Fold(s, r, "some") || Fold(s, r, "environ") ||
                Fold(s, r, "quelque")))
          ++r;
        if (!digit(r)) continue;
        // A state with its count is a sender, not one more destination
        // ("to Chad, Benin about 200": the place list stops at Chad).
        const std::string id = IdOf(s, mi);
        if (dest.size() > 1) std::erase(dest, id);
        if (std::find(subj.begin(), subj.end(), id) == subj.end() &&
            std::find(dest.begin(), dest.end(), id) == dest.end())
          subj.push_back(id);
        q = s.men[mi].e;
      }
    }
    Emit(s, subj, "sends_troops", dest, "sends_troops:send" + (how == "subject" ? "" : "/" + how),
         0.85);
    return;
  }
  if (frame == "send_noun") {
    // "l'envoi de troupes russes", "le déploiement de la Biélorussie au Kazakhstan"
    int k = te;
    // "the CSTO's first deployment", "Russia's deployment of troops": the
    // owner of the deployment sends.
    std::vector<std::string> owner;
    {
      int q = t - 1;
      for (int step = 0; step < 2 && q >= 0 && s.w[q].word && MentionAt(s, q) < 0 &&
                         !Fold(s, q, "s") && !Is(s, q, c_.det);
           ++step)
        --q;
      if (GenitiveS(s, q) && !s.w[q].elided) {
        int om = MentionAt(s, q - 1);
        if (om >= 0 && !s.men[om].adj && !s.men[om].pronoun && !s.men[om].id.empty() &&
            (s.men[om].kind == "country" || s.men[om].kind == "organization"))
          owner = {IdOf(s, om)};
      }
    }
    if (!Is(s, k, c_.prep_de)) {
      if (owner.empty()) return missing("complement");
      if (std::string why = NounBlocked(s, t); !why.empty()) {
        if (tracing_) Log(s, "  blocked " + rule + ": " + why);
        return;
      }
      std::vector<std::string> dest = Destination(s, te, owner);
      if (dest.empty()) return missing("destination");
      Emit(s, owner, "sends_troops", dest, "sends_troops:noun/owner", 0.75);
      return;
    }
    int j = SkipDet(s, k + 1);
    std::vector<std::string> sender;
    {
      // "d'environ 200 soldats", "of some 2,000 troops": past the quantity.
      int q = j;
      auto number = [&](int x) {
        return x < static_cast<int>(s.w.size()) && !s.w[x].fold.empty() &&
               std::isdigit(static_cast<unsigned char>(s.w[x].fold[0]));
      };
      // "2,900" and "2.900" (a French thousands point) alike.
      while (q < j + 6 && (number(q) || Is(s, q, c_.quantity) || IsAdverb(s, q) ||
                           Is(s, q, c_.prep_de) ||
                           ((P(s, q, ',') || P(s, q, '.')) && number(q - 1) && number(q + 1))))
        ++q;
      if (q > j && HitLen(s, q, c_.troop) > 0) j = q;
    }
    int tl = HitLen(s, j, c_.troop);
    int after = j;
    if (tl > 0) {
      int q = j + tl;
      if (P(s, q, ',')) {
      }
      int am = MentionAt(s, q);
      if (am >= 0 && s.men[am].adj) {
        sender = Expand(s, am, +1);
        after = s.men[am].e;
      } else if (Is(s, q, c_.prep_de)) {
        int r = SkipDet(s, q + 1);
        int mi = MentionAt(s, r);
        if (mi >= 0 && (s.men[mi].kind == "country" || s.men[mi].kind == "organization")) {
          sender = Expand(s, mi, +1);
          after = s.men[mi].e;
        }
      }
    } else {
      int mi = MentionAt(s, j);
      if (mi >= 0 && s.men[mi].b > k &&
          (s.men[mi].kind == "country" || s.men[mi].kind == "organization") && !s.men[mi].adj) {
        sender = Expand(s, mi, +1);
        after = s.men[mi].e;
      }
    }
    if (sender.empty() && tl > 0 && !subj.empty()) {
      // "a annoncé le déploiement de 200 soldats": the subject of an
      // announcing or ordering verb sends its own troops.
      int v = t - 1;
      while (v >= 0 && (Is(s, v, c_.det) || IsAdverb(s, v))) --v;
      if (v >= 0 && Is(s, v, c_.order_verb)) {
        // "le Conseil de sécurité a autorisé le déploiement d'une force": a
        // body that authorizes sends only its own troops ("sa force").
        const bool others = StanceWordAt(s, v, "authorize") > 0 &&
                            !Is(s, SkipDet(s, k + 1) - 1, c_.possessive) &&
                            !Is(s, k + 1, c_.possessive);
        for (const std::string& id : subj) {
          const Actor* act = r_.dict.Find(id);
          if (act && (act->kind == "country" || (act->kind == "organization" && !others)))
            sender.push_back(id);
          // "Putin ordered the deployment of troops", "Lloyd Austin a
          // ordonné l'envoi de soldats": the state whose office the person
          // holds on the article's date sends them. Not one who announces
          // it ("Pachinian annonce l'envoi de troupes" may speak for a bloc).
          const std::string& vf = s.w[v].fold;
          const bool orders = vf.starts_with("ordon") || vf.starts_with("order") ||
                              vf.starts_with("approu") || vf.starts_with("approv") ||
                              vf.starts_with("autoris") || vf.starts_with("authori") ||
                              vf.starts_with("decid") || vf.starts_with("decre");
          if (act && act->kind == "person" && orders) {
            if (std::string state = PersonState(id);
                !state.empty() && std::find(sender.begin(), sender.end(), state) == sender.end())
              sender.push_back(state);
          }
        }
      }
    }
    if (sender.empty() && tl > 0) sender = owner;
    if (sender.empty()) {
      // "le déploiement de troupes étrangères dans l'est du Congo": no
      // sender, but a destination for the deployments that follow.
      for (int q = after; q < std::min<int>(after + 8, s.w.size()); ++q) {
        if (std::string d = PlaceAt(s, q); !d.empty()) {
          last_dest_ = d;
          dest_sentence_ = s.index;
          break;
        }
      }
      return missing("sender");
    }
    if (std::string why = NounBlocked(s, t); !why.empty()) {
      if (tracing_) Log(s, "  blocked " + rule + ": " + why);
      return;
    }
    std::vector<std::string> dest = Destination(s, after, sender);
    if (dest.empty()) return missing("destination");
    Emit(s, sender, "sends_troops", dest, "sends_troops:noun", 0.8);
    return;
  }
  if (frame == "support_noun") {
    // A stance noun: "le soutien de la France aux efforts de la Cedeao", "son
    // soutien à Kiev", "in a show of support for the junta", "les critiques
    // de Paris contre Moscou". The type and the prepositions that introduce
    // the target come from the lexicon (obj=).
    const std::string& type = e.Get("type");
    // "enjoys the backing of Egypt", "bénéficie du soutien de Paris": the
    // noun inside a longer "supported by" phrase, whose frame reads it.
    for (int k = std::max(0, t - 4); k < t; ++k) {
      Lexicon::Hit h = LexAt(s, k, c_.trigger);
      for (const auto& [entry, form] : h.entries) {
        const std::string& fr = r_.lex.entry(entry).Get("frame");
        if (fr == "supported_by" && k + h.length >= te) return;
        // "has faced growing criticism from X" (s6lex2): the verb's frame
        // reads the noun, whose holder is X.
        if (fr == "stance_received" && form != Form::kOther) return;
      }
    }
    // "a cessé son soutien à X", "to end its backing of the junta": a stance
    // that stops is not held by the one who stops it; one asked to stop
    // ("a appelé les forces rwandaises à cesser leur soutien au M23") is
    // held by the one asked.
    int stop_verb = -1;
    {
      int v = t - 1;
      while (v >= 0 && (Is(s, v, c_.det) || Is(s, v, c_.possessive))) --v;
      if (Fold(s, v, "cesser") || Fold(s, v, "cesse") || Fold(s, v, "arreter") ||
          Fold(s, v, "suspendre") || Fold(s, v, "stop") || Fold(s, v, "end") ||
          Fold(s, v, "halt") || Fold(s, v, "withdraw") || Fold(s, v, "retirer") ||
          Fold(s, v, "suspend") || Fold(s, v, "ended") || Fold(s, v, "stopped") ||
          // "cut its funding for X", "a gelé son aide financière au Niger":
          // help cut, blocked or frozen is help withheld.
          Fold(s, v, "cut") || Fold(s, v, "cuts") || Fold(s, v, "block") ||
          Fold(s, v, "blocked") || Fold(s, v, "blocks") || Fold(s, v, "freeze") ||
          Fold(s, v, "froze") || Fold(s, v, "frozen") || Fold(s, v, "suspended") ||
          Fold(s, v, "reduce") || Fold(s, v, "reduced") || Fold(s, v, "bloquer") ||
          Fold(s, v, "bloque") || Fold(s, v, "geler") || Fold(s, v, "gele") ||
          Fold(s, v, "couper") || Fold(s, v, "coupe") || Fold(s, v, "reduire") ||
          Fold(s, v, "reduit") || Fold(s, v, "suspendu"))
        stop_verb = v;
    }
    // "a demandé une aide financière au Chili", "asked for military aid
    // to ...": help asked for is the asker's request, not its support
    // (a help noun only: "a adressé un message à X" is no request).
    if (type == "supports" && HitLen(s, t, c_.aid) > 0) {
      int v = t - 1;
      while (v >= 0 && (Is(s, v, c_.det) || Is(s, v, c_.possessive) || IsAdverb(s, v) ||
                        Fold(s, v, "for")))
        --v;
      if (v >= 0 && HitLen(s, v, c_.trigger) > 0) {
        for (const auto& [entry, form] : LexAt(s, v, c_.trigger).entries) {
          if (r_.lex.entry(entry).Get("type") == "requests_aid" &&
              r_.lex.entry(entry).Get("pos") == "verb") {
            if (tracing_) Log(s, "  blocked " + rule + ": help asked for");
            return;
          }
        }
      }
    }
    bool direct = preps.find("direct") != std::string::npos;
    auto is_target_prep = [&](int k) {
      return k < static_cast<int>(s.w.size()) && ListHasWord(preps, s.w[k].fold);
    };
    // "à l'encontre de", "à l'égard de", "à l'adresse de": a target
    // preposition of four words.
    auto compound_prep = [&](int k) {
      return Fold(s, k, "a") && Fold(s, k + 1, "l") &&
             (Fold(s, k + 2, "encontre") || Fold(s, k + 2, "egard") || Fold(s, k + 2, "adresse")) &&
             Is(s, k + 3, c_.prep_de);
    };
    std::vector<std::string> holder, target;
    int k = te;
    const int n = static_cast<int>(s.w.size());
    // "le soutien « indéfectible » de la France à", "le soutien inébranlable
    // de Washington à": a qualifier (a quoted word or two, or up to two plain
    // adjectives) between the noun and its complement.
    int qualified = te;
    if ((P(s, t - 1, '<') || P(s, t - 1, '"')) && (P(s, te, '>') || P(s, te, '"'))) {
      qualified = te + 1;  // the noun quoted: le « soutien indéfectible » de X
    } else if ((P(s, te, '<') || P(s, te, '"'))) {
      int c = te + 1;
      while (c < std::min(n, te + 4) && s.w[c].word && !s.w[c].upper_initial && MentionAt(s, c) < 0)
        ++c;
      if (c > te + 1 && (P(s, c, '>') || P(s, c, '"'))) qualified = c + 1;
    } else {
      // "une mise en garde à peine voilée contre X", "un avertissement adressé
      // au Kazakhstan": "à peine" before the adjective, and the participle
      // of addressing, stand between the noun and its target too.
      int limit = te + 2;
      if (FoldAccented(s, te, "a") && Fold(s, te + 1, "peine")) qualified = te + 2, limit = te + 3;
      if (Fold(s, qualified, "adresse") || Fold(s, qualified, "adressee") ||
          Fold(s, qualified, "adresses") || Fold(s, qualified, "adressees") ||
          Fold(s, qualified, "addressed"))
        limit = ++qualified;
      while (qualified < std::min(n, limit) && s.w[qualified].word &&
             !s.w[qualified].upper_initial && MentionAt(s, qualified) < 0 &&
             !Is(s, qualified, c_.prep) && !Is(s, qualified, c_.prep_de) &&
             !Is(s, qualified, c_.det) && !Is(s, qualified, c_.aux) &&
             !Is(s, qualified, c_.coord) && !Is(s, qualified, c_.que) &&
             !Is(s, qualified, c_.qui) && HitLen(s, qualified, c_.trigger) == 0)
        ++qualified;
    }
    // French "de" after a stance noun names its holder, and a listed
    // preposition its target, even for an entry that also allows a direct
    // object ("son soutien indéfectible au Mali").
    const bool french_de = Fold(s, qualified, "de") || Fold(s, qualified, "du") ||
                           Fold(s, qualified, "des") || Fold(s, qualified, "d");
    // "..., a lancé X, dans une critique à peine voilée de Y", "X said ...,
    // in a thinly veiled criticism of Y", "..., a swipe at Y": an indefinite
    // criticism noun in apposition to the clause (after a comma, or "dans",
    // "in") is the stance of the clause's speaker; its complement is the
    // target, not the holder.
    if (type == "criticizes" && !s.speaker.empty() && s.speaker_pos < t) {
      int b = t - 1;
      while (b > t - 4 && b > 0 && s.w[b].word && !s.w[b].upper_initial && MentionAt(s, b) < 0 &&
             !Is(s, b, c_.det) && !Is(s, b, c_.prep) && !Is(s, b, c_.prep_de) &&
             !Fold(s, b, "a") && !Fold(s, b, "an"))
        --b;  // "a thinly veiled", "a sharp"
      const bool indefinite = Fold(s, b, "une") || Fold(s, b, "un") || Fold(s, b, "an") ||
                              (Fold(s, b, "a") && x_->article.lang != "fr");
      int c = b - 1;
      if (Fold(s, c, "dans") || Fold(s, c, "in")) --c;
      // The complement: French "de Y"; English phrases end with their
      // preposition ("criticism of", "swipe at").
      const bool english_prep = Fold(s, te - 1, "of") || Fold(s, te - 1, "at") ||
                                Fold(s, te - 1, "to") || Fold(s, te - 1, "against");
      if (indefinite && P(s, c, ',') && (french_de || english_prep)) {
        const std::vector<std::string> speaker =
            s.speakers.empty() ? std::vector<std::string>{s.speaker} : s.speakers;
        std::vector<std::string> aimed =
            NotOwnSide(s, speaker, NP(s, french_de ? qualified + 1 : te));
        if (!aimed.empty()) {
          Emit(s, speaker, type, aimed, type + ":noun/apposed-criticism", 0.75);
          return;
        }
      }
    }
    if (direct && (french_de || (qualified == te && Is(s, te, c_.prep) && is_target_prep(te))))
      direct = false;
    if (!direct) {
      // "le soutien (militaire) français à l'Ukraine", "les accusations russes
      // contre Kiev": a nationality after the noun names its holder; "la
      // condamnation par la France de l'invasion": so does par, and the de
      // complement after it is the target.
      int q = te;
      while (q < te + 2 && q < n && s.w[q].word && !s.w[q].upper_initial && MentionAt(s, q) < 0 &&
             !Is(s, q, c_.prep) && !Is(s, q, c_.prep_de) && !Is(s, q, c_.det) &&
             !Is(s, q, c_.aux) && HitLen(s, q, c_.trigger) == 0)
        ++q;
      if (const int am = MentionAt(s, q); am >= 0 && s.men[am].adj && !s.men[am].id.empty()) {
        holder = Expand(s, am, +1);
        k = s.men[am].e;
        while (k < n && (P(s, k, ',') || Is(s, k, c_.coord) ||
                         (MentionAt(s, k) >= 0 && s.men[MentionAt(s, k)].adj)))
          ++k;
      } else if (Fold(s, te, "par")) {
        int e = te + 1;
        while (e < std::min(te + 5, n) && MentionAt(s, e) < 0) ++e;
        if (const int pm = MentionAt(s, e); pm >= 0 && Is(s, s.men[pm].e, c_.prep_de)) {
          holder = NP(s, te + 1);
          target = Object(s, s.men[pm].e, "de|du|des|d'");
          k = s.men[pm].e;
          if (target.empty()) holder.clear();
        }
      }
    }
    if (!direct && holder.empty() && qualified > te &&
        (french_de || (Is(s, qualified, c_.prep) && is_target_prep(qualified))))
      k = qualified;
    // "answered criticism from Sweden", "a rebuke from Washington" (a noun
    // entry ending in "from"): the actor after "from" holds the stance and
    // the clause's subject, who answers or meets it, is its target.
    if (Fold(s, te - 1, "from")) {
      std::vector<std::string> by = NP(s, te);
      std::vector<std::string> to = subj;
      std::erase_if(to, [&](const std::string& id) {
        return std::find(by.begin(), by.end(), id) != by.end();
      });
      if (by.empty() || to.empty()) return missing("holder after from, or target");
      if (std::string why = NounBlocked(s, t); !why.empty()) {
        if (tracing_) Log(s, "  blocked " + rule + ": " + why);
        return;
      }
      Emit(s, by, type, to, type + ":noun/from-holder", 0.75);
      return;
    }
    // "support from Russia for Belarus", "accusations from Washington that":
    // English "from" after the noun names its holder, as French "de" does.
    if (const int from = Fold(s, te, "from") ? te : Fold(s, qualified, "from") ? qualified : -1;
        holder.empty() && from >= 0) {
      int end = from + 1;
      holder = Object(s, from, "from", &end);
      if (!holder.empty()) {
        direct = false;
        k = from + 1;
        while (k < n && k < qualified + 8 && !is_target_prep(k) && !compound_prep(k)) ++k;
      }
    }
    if (Is(s, k, c_.prep_de) && !direct && holder.empty()) {
      int end = k + 1;
      holder = Object(s, k, "de|du|des|d'", &end);
      // the holder's own "de" is no target preposition
      if (!holder.empty()) ++k;
      while (k < static_cast<int>(s.w.size()) && k < qualified + 8 && !is_target_prep(k) &&
             !compound_prep(k))
        ++k;
    }
    // "à la souveraineté de l'Ukraine", "for the security of Israel": a
    // state's attribute stands for the state.
    auto target_np = [&](int j) {
      std::vector<std::string> np = NP(s, j);
      // "voiced support for the strikes", "son soutien à l'offensive": a
      // definite military act with no author of its own is the one whose
      // author was named last (EventAuthor, as for the verbs' objects).
      // (Not criticism nouns: "unease over the crackdown" after troops sent
      // by allies is the crackdown's state's, which EventAuthor misses.)
      if (np.empty() && type == "supports" && AnyHit(s, c_.event)) {
        np = EventAuthor(s, j);
        if (!np.empty()) return np;
      }
      if (!np.empty() || !AnyHit(s, c_.stance_word)) return np;
      j = SkipDet(s, j);
      int al = StanceWordAt(s, j, "state_attribute");
      // "à la souveraineté et à l'intégrité territoriale de la Moldavie",
      // "the sovereignty and territorial integrity of Ukraine" (s10support):
      // coordinated attributes share the state.
      if (al > 0 && (Fold(s, j + al, "et") || Fold(s, j + al, "and"))) {
        int q = j + al + 1;
        if (Fold(s, q, "a") || Fold(s, q, "to")) ++q;
        q = SkipDet(s, q);
        if (const int al2 = StanceWordAt(s, q, "state_attribute"); al2 > 0) al = q + al2 - j;
      }
      if (al > 0 && Is(s, j + al, c_.prep_de)) np = NP(s, j + al + 1);
      return np;
    };
    if (!target.empty()) {
      // the par construction found both
    } else if (!direct && compound_prep(k)) {
      target = target_np(k + 4);
    } else if (!direct && is_target_prep(k)) {
      // "face à", "quant au", "vis-à-vis de": a preposition of two or four words.
      int j = k + 1;
      if (Fold(s, k, "vis") && Fold(s, j, "a") && Fold(s, j + 1, "vis") && Is(s, j + 2, c_.prep_de))
        j += 3;
      else if ((Fold(s, k, "face") || Fold(s, k, "quant")) &&
               (Fold(s, j, "a") || Fold(s, j, "au") || Fold(s, j, "aux")))
        ++j;
      target = target_np(j);
    } else if (direct) {
      target = target_np(k);
    }
    if ((direct && !target.empty()) || (!direct && target.empty() && !holder.empty())) {
      // "la condamnation de la Russie par la France", "condemnation of Russia
      // by France": the noun's complement is its target, the agent after it
      // its holder.
      int q = direct ? te : te + 1;
      while (q < std::min<int>(te + 5, s.w.size()) && MentionAt(s, q) < 0) ++q;
      if (const int cm = MentionAt(s, q); cm >= 0) {
        int after = s.men[cm].e;
        // "Condemnation of Hamas attack from Macron and Scholz": a headline
        // names the holder after "from", past one act noun of the target's.
        const bool from =
            x_->article.lang != "fr" &&
            (Fold(s, after, "from") || (HitLen(s, after, c_.act) == 1 && Fold(s, after + 1, "from")));
        if (from && !Fold(s, after, "from")) ++after;
        if (Fold(s, after, "par") || Fold(s, after, "by") || from) {
          std::vector<std::string> agent = NP(s, after + 1);
          if (from)
            std::erase_if(agent, [&](const std::string& id) {
              const Actor* a = r_.dict.Find(id);
              return a == nullptr || a->kind == "location";
            });
          if (!agent.empty()) {
            if (!direct) target = holder;
            holder = agent;
          }
        }
      }
    }
    // "expelled Russian diplomats in solidarity with Britain", "a déployé des
    // militaires en Libye, en soutien au gouvernement de X": an adverbial
    // phrase of support is held by the clause's subject, never by an actor
    // of the object or of a place complement before it.
    // "une manifestation de soutien aux putschistes", "a rally in support of
    // the junta": the demonstrators hold it, not the clause's subject.
    if (holder.empty() && type == "supports" && r_.dict.Find("protesters") != nullptr) {
      const int b = Is(s, t - 1, c_.prep_de) ? t - 2 : t - 1;
      if (Fold(s, b, "manifestation") || Fold(s, b, "manifestations") ||
          Fold(s, b, "rassemblement") || Fold(s, b, "rassemblements") || Fold(s, b, "marche") ||
          Fold(s, b, "marches") || Fold(s, b, "rally") || Fold(s, b, "rallies") ||
          Fold(s, b, "demonstration") || Fold(s, b, "demonstrations") || Fold(s, b, "march") ||
          Fold(s, b, "protest") || Fold(s, b, "protests"))
        holder = {"protesters"};
    }
    // (The phrase's own noun, "solidarity with" inside "in solidarity with",
    // reads it the same way.)
    int adv_at = -1;
    if ((Fold(s, t, "in") || Fold(s, t, "en")) && te > t + 1)
      adv_at = t;
    else if (t > 0 && (Fold(s, t - 1, "in") || Fold(s, t - 1, "en")))
      adv_at = t - 1;
    const bool adverbial = type == "supports" && adv_at >= 0;
    if (adverbial && holder.empty()) {
      // The clause's subject as found, less actors named before the phrase
      // only by a nationality ("Russian diplomats"); else the main subject.
      for (const std::string& id : subj) {
        for (const Men& m : s.men) {
          if (m.b < adv_at && !m.adj && !m.id.empty() && m.id == id) {
            holder.push_back(id);
            break;
          }
        }
      }
      if (holder.empty()) holder = MainSubject(s, adv_at);
      // "« Nous sommes en solidarité avec X », a dit Y", '"We stand in
      // solidarity with X," Y said': a quoted first person is the speaker.
      for (int q = adv_at - 1; holder.empty() && q >= 0 && q >= adv_at - 6 && s.inq[q]; --q) {
        if (MentionAt(s, q) >= 0 || !s.w[q].word) break;
        if (Fold(s, q, "we") || Fold(s, q, "nous") || Fold(s, q, "i") || Fold(s, q, "je") ||
            (Fold(s, q, "j") && s.w[q].elided))
          holder = s.speakers;
      }
      if (holder.empty()) return missing("supporter");
    }
    if (target.empty() && type == "supports" && !adverbial) {
      // "L'Iran, principal soutien du Hezbollah", "Erdogan, Azerbaijan's main
      // backer": the apposition's head backs the noun's complement or owner.
      std::vector<std::string> backed = holder;
      int b = t - 1;
      while (b >= 0 && s.w[b].word && !s.w[b].upper_initial && MentionAt(s, b) < 0 &&
             !Is(s, b, c_.aux) && !Is(s, b, c_.prep) && !Is(s, b, c_.prep_de) &&
             !Is(s, b, c_.coord) && HitLen(s, b, c_.trigger) == 0 && !Fold(s, b, "s") && b > t - 4)
        --b;  // "principal", "main", "a staunch"
      if (backed.empty() && GenitiveS(s, b)) {
        int om = MentionAt(s, b - 1);
        if (om >= 0 && !s.men[om].adj && !s.men[om].id.empty()) {
          backed = {IdOf(s, om)};
          b = s.men[om].b - 1;
        }
      }
      if (!backed.empty() && P(s, b, ',')) {
        std::vector<std::string> head = LeftHead(s, b, nullptr);
        // "Egypt and Russia, Haftar's main backers": a plural noun has the
        // whole list before the comma for its head.
        if (const int hm = MentionAt(s, b - 1);
            head.size() == 1 && hm >= 0 && s.men[hm].e == b && IdOf(s, hm) == head[0] &&
            std::string_view(s.w[te - 1].fold).ends_with("s")) {
          if (std::vector<std::string> list = listed_up_to(hm, backed); !list.empty()) head = list;
        }
        if (!head.empty() && head != backed) {
          // "the UAE, Haftar's main backer alongside Egypt and Russia",
          // "principal soutien de X aux côtés de l'Égypte": the actors named
          // after "alongside" back too.
          AddNamedAlongside(s, te, 6, &head, backed);
          Emit(s, head, type, backed, type + ":backer-noun", 0.75);
          return;
        }
      }
    }
    if (holder.empty()) {
      // "Russian accusations against Ukraine", "US support for Kyiv": a
      // nationality, or in English a country named before the noun.
      const int bm = MentionAt(s, t - 1);
      if (bm >= 0 && !s.men[bm].id.empty() && s.men[bm].e == t && !s.men[bm].pronoun &&
          (s.men[bm].adj ||
           (x_->article.lang != "fr" &&
            (s.men[bm].kind == "country" || s.men[bm].kind == "organization") &&
            !Is(s, s.men[bm].b - 1, c_.prep) && !Is(s, s.men[bm].b - 1, c_.prep_de))))
        holder = Expand(s, bm, -1);
    }
    if (holder.empty() && x_->article.lang != "fr") {
      // "Berlin's steadfast support for", "Washington's \"firm\" backing of":
      // the owner of the qualified noun holds it.
      int b = t - 1;
      while (b > t - 4 && b >= 0 &&
             (P(s, b, '<') || P(s, b, '"') ||
              (s.w[b].word && !s.w[b].upper_initial && MentionAt(s, b) < 0 && !Fold(s, b, "s") &&
               !Is(s, b, c_.det) && !Is(s, b, c_.prep) && !Is(s, b, c_.prep_de) &&
               !Is(s, b, c_.aux) && !Is(s, b, c_.coord) && HitLen(s, b, c_.trigger) == 0)))
        --b;
      if (b < t - 1 && GenitiveS(s, b) && !s.w[b].elided) {
        const int om = MentionAt(s, b - 1);
        if (om >= 0 && !s.men[om].adj && !s.men[om].pronoun && !s.men[om].id.empty() &&
            s.men[om].kind != "place")
          holder = {IdOf(s, om)};
      }
    }
    // "Zelensky, à qui il a réaffirmé le soutien de l'Allemagne": the
    // indirect relative's head is the target its preposition introduces.
    if (target.empty() && !direct) {
      if (f.RelativeFits(preps)) {
        target = {IdOf(s, f.rel_head)};
      } else if (t > 0) {
        // the noun is the object of the relative's verb ("a réaffirmé le soutien")
        int v = t - 1;
        while (v > 0 && (Is(s, v, c_.det) || P(s, v, '<') || P(s, v, '"') || IsAdverb(s, v))) --v;
        FrameCall verb_call = f;
        if (v < t - 1 && s.w[v].word && MentionAt(s, v) < 0) {
          verb_call.rel_head = IndirectRelativeHead(s, VerbGroupStart(s, v), &verb_call.rel_prep);
          if (verb_call.RelativeFits(preps)) target = {IdOf(s, verb_call.rel_head)};
        }
      }
    }
    if (target.empty() && !direct && stop_verb < 0 && type == "supports") {
      // "s'est entretenu avec X et lui a exprimé son soutien", "leur a
      // assuré son appui" (s10support): the dative clitic of the governing
      // verb names the actor named last before it that is not the holder.
      // Not a stressed pronoun ("avec lui") nor the possessive "leur soutien".
      std::vector<std::string> who = holder.empty() ? subj : holder;
      int clitic = -1;
      for (int k = t - 1; k >= 0 && k >= t - 7 && clitic < 0; --k) {
        if (P(s, k, '<') || P(s, k, '"')) continue;  // son « plein soutien »
        if (!s.w[k].word || MentionAt(s, k) >= 0 || Is(s, k, c_.que) || Is(s, k, c_.qui) ||
            Is(s, k, c_.coord))
          break;
        if ((Fold(s, k, "lui") || Fold(s, k, "leur")) && k + 1 < t && !Is(s, k + 1, c_.det) &&
            !Is(s, k - 1, c_.prep) && !Is(s, k - 1, c_.prep_de))
          clitic = k;
      }
      // "Poutine lui a assuré le soutien de Moscou": the one who gives the
      // assurance holds it, as the verb's reading has it.
      if (clitic >= 0 && !holder.empty() && !subj.empty() && te < n && Is(s, te, c_.prep_de))
        holder = who = subj;
      if (clitic >= 0 && holder.empty()) {
        // "X a reçu Y et lui a assuré son soutien": the clitic's verb's own
        // subject, inherited past the coordination, holds the support.
        int q = clitic + 1;
        while (Is(s, q, c_.aux)) ++q;
        const int vq = VerbGroupStart(s, q);
        std::string verb_how;
        std::vector<std::string> own = InheritsSubject(s, q, vq, Form::kPastParticiple)
                                           ? MainSubject(s, vq)
                                           : FindSubject(s, q, &verb_how);
        if (!own.empty()) holder = who = own;
      }
      for (int mi = static_cast<int>(s.men.size()) - 1; clitic >= 0 && mi >= 0; --mi) {
        const Men& m = s.men[mi];
        if (m.b >= clitic || m.implied || m.adj || m.pronoun || m.id.empty() || s.inq[m.b] ||
            !(m.kind == "person" || m.kind == "country" || m.kind == "organization"))
          continue;
        const std::string id = IdOf(s, mi);
        if (std::find(who.begin(), who.end(), id) != who.end()) continue;
        // the clitic's own verb's subject is never its dative ("Poutine lui
        // a assuré le soutien de Moscou": Moscou holds, Poutine speaks)
        if (std::find(subj.begin(), subj.end(), id) != subj.end()) continue;
        target = {id};
        if (Fold(s, clitic, "leur")) {
          std::vector<std::string> all = CoordinationEndingAt(s, mi);
          std::erase_if(all, [&](const std::string& a) {
            return std::find(who.begin(), who.end(), a) != who.end();
          });
          if (all.size() > 1) target = all;
        }
        break;
      }
      // "X a appelé Y. Y lui a apporté son soutien": none before it in the
      // sentence, the subject opening the sentence before.
      if (clitic >= 0 && target.empty()) {
        std::vector<std::string> not_it = who;
        not_it.insert(not_it.end(), subj.begin(), subj.end());
        target = CliticAntecedentBefore(s, clitic, not_it);
      }
    }
    // (the preposition "à", not the auxiliary of "a cessé")
    const bool asked =
        stop_verb >= 1 &&
        (Surface(s, stop_verb - 1, stop_verb) == "\u00E0" || Fold(s, stop_verb - 1, "de") ||
         Fold(s, stop_verb - 1, "d") || Fold(s, stop_verb - 1, "to"));
    if (stop_verb >= 0 && holder.empty() && asked) {
      // The addressee of the request: the actor named last before the verb.
      for (int q = stop_verb - 1; q >= 0 && q >= stop_verb - 10; --q) {
        if (P(s, q, '.') || P(s, q, ';')) break;
        const int mi = MentionAt(s, q);
        if (mi < 0 || s.men[mi].pronoun || s.men[mi].id.empty()) continue;
        holder = {IdOf(s, mi)};
        break;
      }
    }
    if (stop_verb >= 0 && holder.empty()) {
      if (tracing_) Log(s, "  blocked " + rule + ": stopped (" + s.w[stop_verb].fold + ")");
      return;
    }
    if (holder.empty() && type == "supports") {
      // "X et Y, dirigés respectivement par A et B, ont affiché une
      // solidarité totale avec Z" (s10support): the noun is the object of a
      // compound verb, whose subject steps over an incise that the noun's
      // own nearest-actor search would stop in.
      int v = t - 1;
      while (v > 0 && (Is(s, v, c_.det) || Is(s, v, c_.possessive) || P(s, v, '<') ||
                       P(s, v, '"') || IsAdverb(s, v)))
        --v;
      if (v > 0 && v < t - 1 && Is(s, v - 1, c_.aux) && s.w[v].word && MentionAt(s, v) < 0 &&
          P(s, v - 2, ',')) {
        std::string verb_how;
        holder = FindSubject(s, v, &verb_how);
      }
    }
    if (holder.empty() && (type == "warns" || type == "accuses")) {
      // "Mali condemned the threats against Niger", "a rejeté les accusations
      // contre X": a verb of another stance governing the noun makes its
      // subject no holder of the threat or charge.
      int v = t - 1;
      while (v > 0 && (Is(s, v, c_.det) || Is(s, v, c_.possessive) || P(s, v, '<') ||
                       P(s, v, '"') || IsAdverb(s, v)))
        --v;
      bool other = false;
      if (v >= 0 && v < t && HitLen(s, v, c_.trigger) > 0) {
        for (const auto& [entry, form] : LexAt(s, v, c_.trigger).entries) {
          const LexEntry& ve = r_.lex.entry(entry);
          other |= ve.Get("pos") == "verb" && ve.Get("type") != type && !OtherLanguage(entry);
        }
      }
      if (other) return missing("holder");
    }
    if (holder.empty() && (type == "warns" || type == "supports") && !s.speaker.empty() &&
        s.speaker_pos >= 0 && s.speaker_pos < t) {
      // "X a rappelé que ..., une mise en garde à peine voilée contre Y",
      // "X said ..., a clear warning to Y": an indefinite stance noun in
      // apposition after a comma sums up the speaker's words.
      int v = t - 1;
      for (int steps = 0; v > s.speaker_pos && steps < 2 && s.w[v].word &&
                          MentionAt(s, v) < 0 && !Is(s, v, c_.det) && !s.w[v].upper_initial;
           ++steps)
        --v;  // "un sévère avertissement", "a stern warning"
      if ((Fold(s, v, "un") || Fold(s, v, "une") || Fold(s, v, "a") || Fold(s, v, "an")) &&
          P(s, v - 1, ','))
        holder = s.speakers.empty() ? std::vector<std::string>{s.speaker} : s.speakers;
    }
    if (holder.empty() && type == "supports") {
      // "reports of outside support for M23", "un soutien extérieur aux
      // rebelles", "allegations of foreign backing for X": support given by
      // others unnamed, or only reported, is not the clause subject's.
      auto foreign = [&](int q) {
        return Fold(s, q, "outside") || Fold(s, q, "foreign") || Fold(s, q, "external") ||
               Fold(s, q, "exterieur") || Fold(s, q, "exterieure") || Fold(s, q, "etranger") ||
               Fold(s, q, "etrangere");
      };
      int b = t - 1;
      if (foreign(b)) --b;
      const bool reported =
          Fold(s, b, "of") && (Fold(s, b - 1, "reports") || Fold(s, b - 1, "allegations") ||
                               Fold(s, b - 1, "evidence") || Fold(s, b - 1, "claims") ||
                               Fold(s, b - 1, "accusations") || Fold(s, b - 1, "signs"));
      if (foreign(t - 1) || foreign(te) || reported) return missing("supporter named");
    }
    if (holder.empty()) holder = subj;
    // "Five leaders came to show their support for X: the presidents of A and B".
    if (holder.empty()) holder = ColonListActors(s, t, target);
    if (holder.empty()) return missing(type == "supports" ? "supporter" : "holder");
    if (target.empty()) return missing(type == "supports" ? "supported" : "target");
    // "n'a pas apporté son soutien à", "did not issue a warning to": the
    // governing verb's negation or hypothesis holds for the noun too.
    if (std::string why = NounBlocked(s, t); !why.empty()) {
      if (tracing_) Log(s, "  blocked " + rule + ": " + why);
      return;
    }
    Emit(s, holder, type, target, type + ":noun", 0.75);
    return;
  }
  if (frame == "head_of") {  // "X est à la tête de O"
    std::vector<std::string> obj = NP(s, te);
    if (subj.empty() && vb <= 1) {
      // "À la tête du Kazakhstan depuis 2019, Kassym-Jomart Tokaïev a ...":
      // the person after the fronted phrase.
      for (int k = te; k < std::min<int>(te + 12, s.w.size()); ++k) {
        if (P(s, k, '.') || P(s, k, ';')) break;
        if (!P(s, k, ',')) continue;
        int mi = MentionAt(s, k + 1);
        if (mi >= 0 && s.men[mi].kind == "person" && !s.men[mi].pronoun && !s.men[mi].id.empty())
          subj = {s.men[mi].id};
        break;
      }
    }
    // "the Kremlin official in charge of Ukraine": a common noun right
    // before the phrase holds it, the actor before that noun only names it
    // (the noun may be a title: "official", "envoy").
    const int title_before = t >= 1 ? MentionAt(s, t - 1) : -1;
    if (const int nm = MentionAt(s, t - 2);
        t >= 2 && s.w[t - 1].word && !s.w[t - 1].upper_initial &&
        (title_before < 0 || (s.men[title_before].b == t - 1 && !s.men[title_before].role.empty())) &&
        !Is(s, t - 1, c_.aux) && !IsAdverb(s, t - 1) && !Is(s, t - 1, c_.det) &&
        !Is(s, t - 1, c_.prep) && !Is(s, t - 1, c_.prep_de) && !Is(s, t - 1, c_.coord) &&
        !Is(s, t - 1, c_.qui) && !Is(s, t - 1, c_.que) && HitLen(s, t - 1, c_.trigger) == 0 &&
        !Fold(s, t - 1, "remains") && !Fold(s, t - 1, "remained") &&
        !Fold(s, t - 1, "stays") && !Fold(s, t - 1, "stayed") && !Fold(s, t - 1, "reste") &&
        !Fold(s, t - 1, "restait") && !Fold(s, t - 1, "demeure") && nm >= 0 &&
        s.men[nm].e == t - 1 && s.men[nm].kind != "person" &&
        std::find(subj.begin(), subj.end(), s.men[nm].id) != subj.end())
      return missing("holder (a noun the actor names)");
    if (subj.empty() || obj.empty()) return missing("argument");
    Emit(s, subj, "leads", obj, "leads:head-of", 0.8);
    return;
  }
}

// s5stance: after "accuse A de ...", the actor B of a later "et B de" / "and B
// of" in the same clause, with no verb of its own in between: the second
// object of the same accusation.
std::vector<std::string> Engine::SecondChargedObject(const Sent& s, int te,
                                                     const std::vector<std::string>& subj,
                                                     const std::vector<std::string>& obj) const {
  const int n = static_cast<int>(s.w.size());
  for (int k = te + 1; k < std::min(te + 30, n); ++k) {
    // A finite clause of its own ends the accusation; a verb inside the
    // charge ("of arming", "d'avoir soutenu") does not.
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.que) || Is(s, k, c_.qui) ||
        Fold(s, k, "but") || Fold(s, k, "mais") ||
        (Is(s, k, c_.aux) && !Fold(s, k - 1, "d") && !Fold(s, k - 1, "de") &&
         !Fold(s, k - 1, "of")))
      return {};
    if (!(Fold(s, k, "et") || Fold(s, k, "and"))) continue;
    const int m = MentionAt(s, SkipDet(s, k + 1));
    if (m < 0 || s.men[m].b != SkipDet(s, k + 1)) continue;
    const Men& men = s.men[m];
    if (men.pronoun || men.adj || men.implied || men.id.empty() || men.kind == "location" ||
        InPlacePhrase(s, men))
      continue;
    int after = men.e;
    // "et Ramaphosa lui-même de", "and Kagame himself of": an emphatic pronoun.
    if ((Fold(s, after, "lui") || Fold(s, after, "elle") || Fold(s, after, "eux") ||
         Fold(s, after, "elles")) &&
        InSent(s, after + 1) && s.w[after + 1].hyphen_before &&
        (Fold(s, after + 1, "meme") || Fold(s, after + 1, "memes")))
      after += 2;
    else if (Fold(s, after, "himself") || Fold(s, after, "herself") || Fold(s, after, "itself") ||
             Fold(s, after, "themselves"))
      after += 1;
    if (!(Fold(s, after, "de") || Fold(s, after, "d") || Fold(s, after, "of"))) continue;
    const std::string id = IdOf(s, m);
    if (std::find(subj.begin(), subj.end(), id) != subj.end() ||
        std::find(obj.begin(), obj.end(), id) != obj.end())
      return {};
    return {id};
  }
  return {};
}

// s5stance: the actors listed after a colon that closes the clause, for a
// stance whose subject names no actor ("Several countries condemned the coup:
// Ghana, Kenya and Chile", "cinq dirigeants ... : le président polonais X et
// le président lituanien Y"). Only a bare list up to the sentence's end: a
// clause after the colon ("...: Ghana's army seized power") gives nothing.
std::vector<std::string> Engine::ColonListActors(const Sent& s, int from,
                                                 const std::vector<std::string>& obj) const {
  const int n = static_cast<int>(s.w.size());
  int colon = -1;
  for (int k = from; k < std::min(from + 25, n); ++k) {
    if (P(s, k, '.') || P(s, k, ';')) return {};
    if (P(s, k, ':')) {
      colon = k;
      break;
    }
  }
  if (colon < 0) return {};
  std::vector<std::string> named, adjectives;
  int plain = 0;
  for (int k = colon + 1; k < n; ++k) {
    if (P(s, k, '.') || P(s, k, '!')) break;
    if (const int m = MentionAt(s, k); m >= 0) {
      const Men& men = s.men[m];
      if (men.pronoun || men.id.empty() || men.kind == "location") return {};
      const std::string id = IdOf(s, m);
      if (std::find(obj.begin(), obj.end(), id) == obj.end())
        (men.adj ? adjectives : named).push_back(id);
      k = std::max(k, men.e - 1);
      plain = 0;
      continue;
    }
    if (Fold(s, k, "ainsi") && Is(s, k + 1, c_.que)) {  // "ainsi que": and
      ++k;
      continue;
    }
    if (Fold(s, k, "as") && Fold(s, k + 1, "well") && Fold(s, k + 2, "as")) {
      k += 2;
      continue;
    }
    if (Is(s, k, c_.aux) || Is(s, k, c_.que) || Is(s, k, c_.qui) || HitLen(s, k, c_.trigger) > 0 ||
        P(s, k, ';') || P(s, k, ':'))
      return {};
    if (Is(s, k, c_.det) || Is(s, k, c_.coord) || Is(s, k, c_.prep_de) || P(s, k, ',') ||
        Fold(s, k, "of"))
      continue;
    // a title between names ("le président polonais", "the presidents of")
    if (!s.w[k].word || s.w[k].upper_initial || ++plain > 2) return {};
  }
  // The names once a title's nationality is followed by its holder.
  std::vector<std::string> out = named.empty() ? adjectives : named;
  if (out.size() < 2) return {};  // a list, not one word after a colon
  std::sort(out.begin(), out.end());
  out.erase(std::unique(out.begin(), out.end()), out.end());
  return out;
}


// "la mission que la SADC a déployée", "the force which Kenya sent": a troop
// phrase (with its nationality adjective) right before a relative word,
// then the verb's subject, then the verb group at vb.
bool Engine::RelativeTroopAntecedent(const Sent& s, int vb) const {
  int q = vb - 1;
  if (const int sm = MentionAt(s, q); sm >= 0 && !s.men[sm].adj) q = s.men[sm].b - 1;
  while (q >= 0 && Is(s, q, c_.det)) --q;
  if (q < 1 || !(Is(s, q, c_.que) || Is(s, q, c_.qui)) || q == vb - 1) return false;
  int a = q - 1;  // "le contingent kényan que"
  if (P(s, a, ',')) --a;
  if (const int am = MentionAt(s, a); am >= 0 && s.men[am].adj) a = s.men[am].b - 1;
  for (int j = std::max(0, a - 2); j <= a; ++j) {
    int tl = HitLen(s, j, c_.troop);
    if (tl == 0) tl = StanceWordAt(s, j, "sent_body");  // "la mission que"
    if (tl > 0 && j + tl == a + 1) return true;
  }
  return false;
}

// "la décision de déployer", "the decision to send": a decision noun
// (stance_word role=decision_noun) right before the infinitive at vb, with
// an article rather than a possessive, after no verb of taking or
// announcing it (role=decision_taker: "a pris la décision de").
bool Engine::UnownedDecisionBefore(const Sent& s, int vb) const {
  int k = vb - 1;
  if (!(Fold(s, k, "to") || Is(s, k, c_.prep_de))) return false;
  --k;
  if (k < 1 || StanceWordAt(s, k, "decision_noun") == 0) return false;
  const int det = k - 1;
  if (!Is(s, det, c_.det) || Is(s, det, c_.possessive)) return false;
  for (int q = det - 1; q >= 0 && q >= det - 3; --q) {
    if (StanceWordAt(s, q, "decision_taker") > 0) return false;
  }
  return true;
}

void Engine::AddNamedAlongside(const Sent& s, int from, int window,
                               std::vector<std::string>* backers,
                               const std::vector<std::string>& backed) const {
  const int n = static_cast<int>(s.w.size());
  for (int q = from; q < std::min(n, from + window); ++q) {
    if (P(s, q, ',') || P(s, q, '.') || P(s, q, ';') || Is(s, q, c_.qui) || Is(s, q, c_.que))
      return;
    int after = -1;
    if (Fold(s, q, "alongside"))
      after = q + 1;
    else if (Fold(s, q, "along") && Fold(s, q + 1, "with"))
      after = q + 2;
    else if (Fold(s, q, "aux") && Fold(s, q + 1, "cotes") && Is(s, q + 2, c_.prep_de))
      after = q + 3;
    if (after < 0) continue;
    for (const std::string& id : NP(s, after))
      if (std::find(backers->begin(), backers->end(), id) == backers->end() &&
          std::find(backed.begin(), backed.end(), id) == backed.end())
        backers->push_back(id);
    return;
  }
}

}  // namespace kzgraph::extract::internal
