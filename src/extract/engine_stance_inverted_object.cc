// Stance verbs whose object stands before the verb's subject, or in a
// complement fronted or added to its clause. Called for a
// stance verb that no frame, recall layer or backoff gave an edge:
// - a resumptive apposition closed by a relative: "X a retiré ses troupes,
//   une décision que Y a saluée", "X stopped short of apologising -- a stance
//   Y has criticized": Y takes its stance on X, the clause's subject whose
//   act the noun sums up;
// - an addressed message: "Dans un message à X, Y a salué ...", "Y warned in
//   a letter to X that ...": Y praises or warns X, the addressee, when the
//   verb names no actor of its own.
// Every block of the frames holds (negation, hypothesis, denial, allegation).
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

namespace {

bool Contains(const std::vector<std::string>& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

}  // namespace

// The actor whose act a resumptive apposition opening at `comma` sums up:
// the subject of a "when" clause right before it ("..., when X asked the UN
// for troops, a request Y endorsed"), else the clause's main subject; a
// modifier actor named again in apposition gives its way to the name ("A
// civilian EU monitoring mission, EUMA, has ...": EUMA).
std::vector<std::string> Engine::ResumedActor(const Sent& s, int comma) const {
  for (int k = comma - 1; k >= 0 && k > comma - 40; --k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || P(s, k, ',')) break;
    if (!Fold(s, k, "when") && !Fold(s, k, "quand") && !Fold(s, k, "lorsque") &&
        !Fold(s, k, "lorsqu"))
      continue;
    const int mi = MentionAt(s, SkipDet(s, k + 1));
    if (mi < 0 || s.men[mi].pronoun || s.men[mi].adj || s.men[mi].id.empty() ||
        s.men[mi].kind == "location")
      return {};
    return Expand(s, mi, +1);
  }
  std::vector<std::string> main = MainSubject(s, comma);
  if (main.size() != 1) return main;
  for (const Men& m : s.men) {
    if (m.b >= comma) break;
    if (m.id != main[0] || m.implied) continue;
    int k = m.e;
    for (int steps = 0; steps < 3 && PlainWord(s, k); ++steps) ++k;
    if (k == m.e || !P(s, k, ',')) break;
    const int am = MentionAt(s, k + 1);
    if (am >= 0 && s.men[am].b == k + 1 && P(s, s.men[am].e, ',') && !s.men[am].pronoun &&
        !s.men[am].adj && !s.men[am].id.empty())
      return {IdOf(s, am)};
    break;
  }
  return main;
}

void Engine::InvertedObject(Sent& s, int t, int len, const LexEntry& e, Form form) {
  // Both constructions need a word of their stance_word roles.
  if (!AnyHit(s, c_.stance_word)) return;
  const std::string& type = e.Get("type");
  if (!IsStanceType(type) || e.Get("pos") != "verb") return;
  const std::string& frame = e.Get("frame");
  if (frame != "svo" && frame != "qualify") return;
  if (!e.Get("then").empty()) return;
  if (form == Form::kInfinitive || form == Form::kConditional) return;
  const int n = static_cast<int>(s.w.size());
  const int te = t + len;
  const int vb = VerbGroupStart(s, t);
  // A participle must be active ("a salué", "has criticized"): a passive or
  // an adjective has its agent after it, the frames' business.
  if (form == Form::kPastParticiple) {
    bool active = false;
    for (int k = vb; k < t; ++k) {
      if (Is(s, k, c_.etre) && !Fold(s, k, "est") && !Fold(s, k, "sont")) return;
      active |= Is(s, k, c_.aux);
    }
    if (!active) return;
  }
  // Either construction needs its word (a resumptive noun; a message or call
  // noun for supports and warns) somewhere in the sentence: looked for
  // before the blocking tests, which most triggers here would pay for nothing.
  bool cue = false;
  const bool message_types = type == "supports" || type == "warns";
  for (size_t q = 0; q < s.stance_word_at.size() && !cue; ++q) {
    const int k = s.stance_word_at[q];
    cue = StanceWordAt(s, k, "resumptive") > 0 ||
          (message_types && (StanceWordAt(s, k, "addressed_message") > 0 ||
                             StanceWordAt(s, k, "addressed_call") > 0));
  }
  if (!cue) return;
  if (!Blocked(s, vb, te, form).empty() || !ConditionAfter(s, te).empty()) return;
  auto usable = [&](int mi) {
    if (mi < 0) return false;
    const Men& m = s.men[mi];
    return !m.implied && !m.adj && !m.pronoun && !m.id.empty() && !m.kind.empty() &&
           m.kind != "location" && !s.inq[m.b];
  };

  // 1. Resumptive apposition: [, or dash] a/an/un/une [<=2 modifiers] NOUN
  // [that|which|que] SUBJECT [aux] [adverbs] VERB.
  {
    int q = -1, ql = 0;
    for (int k = vb - 1; k >= 0 && k >= vb - 10; --k) {
      if (P(s, k, ',') || P(s, k, '-') || P(s, k, '.') || P(s, k, ';') || P(s, k, ':')) break;
      if (const int l = StanceWordAt(s, k, "resumptive"); l > 0 && k + l <= vb) {
        q = k;
        ql = l;
        break;
      }
    }
    if (q > 0) {
      int d = q - 1;
      for (int steps = 0; steps < 2 && PlainWord(s, d) && !Is(s, d, c_.det); ++steps) --d;
      const bool indefinite =
          Fold(s, d, "a") || Fold(s, d, "an") || Fold(s, d, "une") || Fold(s, d, "un");
      const int comma = d - 1;
      if (indefinite && (P(s, comma, ',') || P(s, comma, '-')) && comma > 0) {
        // The relative's subject stands between the noun and the verb.
        int from = q + ql;
        if (Is(s, from, c_.que) || Fold(s, from, "which")) ++from;
        std::string how;
        std::vector<std::string> subj = Subject(s, t, &how);
        bool subject_inside = false;
        for (int k = from; k < vb; ++k) {
          const int mi = MentionAt(s, k);
          if (mi < 0) continue;
          const Men& m = s.men[mi];
          subject_inside |= m.pronoun || (!m.id.empty() && Contains(subj, IdOf(s, mi)));
        }
        std::vector<std::string> obj = ResumedActor(s, comma);
        std::erase_if(obj, [&](const std::string& id) { return Contains(subj, id); });
        if (!subj.empty() && subject_inside && !obj.empty()) {
          Emit(s, subj, type, obj, type + ":resumptive", 0.7);
          return;
        }
      }
    }
  }

  // 2. Addressed message: "in/dans" + determiner + [modifiers] + message noun
  // + [adressé|addressed|sent] + to/à (with/avec after a call) + an actor, in
  // the verb's clause: opening it before the subject, or after the verb.
  if (type != "supports" && type != "warns") return;
  std::string how;
  std::vector<std::string> subj;
  for (int k = 0; k + 3 < n; ++k) {
    if (!Fold(s, k, "in") && !Fold(s, k, "dans")) continue;
    int j = k + 1;
    if (!Is(s, j, c_.det) && !Is(s, j, c_.possessive) && !Fold(s, j, "a")) continue;
    ++j;
    for (int steps = 0;
         steps < 2 && PlainWord(s, j) && StanceWordAt(s, j, "addressed_message") == 0 &&
         StanceWordAt(s, j, "addressed_call") == 0;
         ++steps)
      ++j;  // "a congratulatory message", "un long message"
    int ml = StanceWordAt(s, j, "addressed_message");
    const bool call = ml == 0 && (ml = StanceWordAt(s, j, "addressed_call")) > 0;
    if (ml == 0) continue;
    j += ml;
    if (Fold(s, j, "adresse") || Fold(s, j, "adressee") || Fold(s, j, "addressed") ||
        Fold(s, j, "sent") || Fold(s, j, "envoye") || Fold(s, j, "envoyee"))
      ++j;
    const bool to = Fold(s, j, "to") || Fold(s, j, "a") || Fold(s, j, "au") || Fold(s, j, "aux");
    const bool with = call && (Fold(s, j, "with") || Fold(s, j, "avec"));
    if (!to && !with) continue;
    int am = MentionAt(s, SkipDet(s, j + 1));
    if (!usable(am)) continue;
    // "to Ghana's president": the person the possessive qualifies.
    if (const int pm = PossessedPerson(s, am); pm >= 0) am = pm;
    // "to the Kazakh leader": a nationality before a title names its holder.
    if (s.men[am].kind == "country") {
      for (size_t q = 0; q < s.men.size(); ++q) {
        if (s.men[q].b == s.men[am].e && s.men[q].kind == "person" && !s.men[q].id.empty() &&
            !s.men[q].pronoun) {
          am = static_cast<int>(q);
          break;
        }
      }
    }
    const int pp_end = s.men[am].e;
    // The phrase belongs to the verb's clause: no sentence or clause end and
    // no other stance or speech verb between it and the verb.
    const int lo = std::min(pp_end, te), hi = std::max(k, vb);
    bool same_clause = true;
    for (int x = lo; x < hi && same_clause; ++x) {
      if (x >= vb && x < te) continue;
      same_clause = !(P(s, x, '.') || P(s, x, ';') || P(s, x, ':') || Is(s, x, c_.que) ||
                      Is(s, x, c_.qui) || (HitLen(s, x, c_.trigger) > 0 && x != t));
    }
    if (!same_clause) continue;
    if (subj.empty()) subj = Subject(s, t, &how);
    if (subj.empty()) return;
    const std::vector<std::string> addressee = Expand(s, am, +1);
    if (std::any_of(addressee.begin(), addressee.end(),
                    [&](const std::string& id) { return Contains(subj, id); }))
      continue;
    Emit(s, subj, type, addressee, type + ":addressee", 0.7);
    return;
  }
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

// A body's title whose holder is named after it with a title of his own:
// "Le médiateur de la Cédéao, l'ancien président nigérien X", "IGAD's
// chairman, Djibouti's President X", "the EU, whose foreign policy chief, X",
// "the organisation, whose chairman is Nigeria's President X". The title
// machinery binds the name to its nearer title (his country's); the body's
// title, with nobody right after its comma, found no holder.
void Engine::StackedTitleRule(Sent& s) {
  if (!AnyHit(s, c_.role)) return;
  // Most sentences with a title have neither a body's title nor a "whose":
  // one pass over the mentions, one over the words, then nothing.
  bool any_owned = false, any_whose = false;
  for (const Men& m : s.men) any_owned |= m.rule == "title:of" && m.kind == "organization";
  for (const Word& w : s.w) any_whose |= w.fold == "whose" || w.fold == "dont";
  if (!any_owned && !any_whose) return;
  const int n = static_cast<int>(s.w.size());
  for (int i = 0; i < n; ++i) {
    const int rl = WordHitLen(s, i, c_.role);
    if (rl == 0) continue;
    // "dont l'ancien chef", "its former chairman": a past holder.
    if (FormerHolderWord(s, i - 1)) continue;
    // "une réunion des chefs de la diplomatie de l'OCS, le ministre russe X":
    // a plural title names several holders, not the apposition after it.
    if (Fold(s, i - 1, "des") || Fold(s, i - 1, "les") || Fold(s, i - 1, "ces") ||
        Fold(s, i - 1, "aux") || Fold(s, i - 1, "leurs"))
      continue;
    // The body: the title's own complement or owner ("médiateur de la
    // Cédéao", "IGAD's chairman"), else the antecedent of "whose"/"dont".
    std::string body, bound;
    int end = i + rl;
    for (const Men& m : s.men) {
      if (m.b > i || !any_owned) break;
      if (m.b == i && m.rule == "title:of" && m.kind == "organization" && !m.id.empty()) {
        body = m.id;
        end = std::max(end, m.e);
      }
      if (m.b <= i && i < m.e && m.kind == "person" && !m.id.empty()) bound = m.id;
    }
    const bool owned = !body.empty();
    // A title already given its holder is the title machinery's.
    if (owned && !bound.empty()) continue;
    if (body.empty() && any_whose) {
      int w = i - 1;
      if (PlainWord(s, w) && !Fold(s, w, "whose")) --w;     // "whose current chairman"
      if (Is(s, w, c_.det) && Fold(s, w - 1, "dont")) --w;  // "dont le président"
      if ((Fold(s, w, "whose") || Fold(s, w, "dont")) && P(s, w - 1, ',')) {
        const int om = MentionAt(s, w - 2);
        if (om >= 0 && s.men[om].kind == "organization" && !s.men[om].id.empty() &&
            !s.men[om].pronoun)
          body = IdOf(s, om);
      }
    }
    if (body.empty()) continue;
    int k = end;
    const bool copula = Fold(s, k, "is") || Fold(s, k, "est");
    if (P(s, k, ',') || copula) {
      ++k;
    } else {
      continue;
    }
    // The holder: the first person named before the apposition ends, past
    // his own title, country and rank ("l'ancien président nigérien X").
    int limit = k;
    while (limit < n && limit < k + 10 && !P(s, limit, ',') && !P(s, limit, '.') &&
           !P(s, limit, ';') && !P(s, limit, ':') && !Is(s, limit, c_.coord) &&
           !Is(s, limit, c_.que) && !Is(s, limit, c_.qui) &&
           WordHitLen(s, limit, c_.trigger) == 0 && WordHitLen(s, limit, c_.speech) == 0)
      ++limit;
    std::string holder = bound;  // "whose foreign policy chief, X": bound to X
    for (const Men& m : s.men) {
      if (!holder.empty() || m.b >= limit) break;
      if (m.b < k) continue;
      if (m.kind == "person" && !m.id.empty() && !m.pronoun && !m.implied && m.group.empty()) {
        // After a body's own title, only a holder with a title of his own
        // (a bare name after the comma is the title machinery's).
        if (owned && m.role.empty()) break;
        // Only the holder's own title, country, rank and determiners stand
        // before him ("puis le président X" names a second actor).
        bool apposed = true;
        for (int q = k; q < m.b && apposed; ++q) {
          apposed =
              Is(s, q, c_.det) || FormerHolderWord(s, q) || MentionAt(s, q) >= 0 ||
              (GenitiveS(s, q) && !s.w[q].elided) || Fold(s, q, "l") ||
              WordHitLen(s, q, c_.rank) > 0 || WordHitLen(s, q, c_.role) > 0 ||
              // "dont le président est l'universitaire X": after the
              // copula, one common noun of description before him.
              (copula && q == m.b - 1 && q > k && s.w[q].word && !s.w[q].upper_initial &&
               (Is(s, q - 1, c_.det) || Fold(s, q - 1, "l")) && WordHitLen(s, q, c_.trigger) == 0);
        }
        if (!apposed) break;
        holder = m.id;
      }
    }
    if (holder.empty() || holder == body) continue;
    std::string rel;
    for (const auto& [entry, form] : LexAt(s, i, c_.role).entries) {
      const std::string& r = r_.lex.entry(entry).Get("rel");
      if (r == "leads" || r == "official_of") rel = r;
    }
    if (rel.empty()) continue;
    Emit(s, {holder}, rel, {body}, rel + ":title:stacked", 0.8);
    i = end - 1;
  }
}

}  // namespace kzgraph::extract::internal
