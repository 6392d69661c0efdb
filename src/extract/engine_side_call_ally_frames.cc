// Supports and meetings outside the plain verb frames: counterparts named in
// apposition, standing by an actor's side (frame side), telephone calls
// (frame call), an ally noun after a copula.
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// "with his Russian and Iranian counterparts, Sergey Lavrov and Abbas
// Araghchi", "avec ses homologues russe et iranien, X et Y": a title (often
// plural) whose holders are named in apposition after it. k is the word after
// with/avec. Empty unless the phrase is possessive/article, nationalities,
// a title word and then the persons.
std::vector<std::string> Engine::CounterpartNames(const Sent& s, int k) const {
  const int n = static_cast<int>(s.w.size());
  int q = k;
  if (Is(s, q, c_.possessive) || Is(s, q, c_.det) || Fold(s, q, "his") || Fold(s, q, "her") ||
      Fold(s, q, "their") || Fold(s, q, "its"))
    ++q;
  bool title = false;
  for (int steps = 0; q < n && steps < 8; ++steps) {
    if (const int hl = HitLen(s, q, c_.role); hl > 0 && !s.w[q].upper_initial) {
      title = true;
      q += hl;
      continue;
    }
    const int m = MentionAt(s, q);
    if (m >= 0 && s.men[m].adj) {
      q = std::max(q + 1, s.men[m].e);
      continue;
    }
    // A nationality the mention pass folded into a title of its own.
    if (std::string country; m < 0 || !s.men[m].adj) {
      if (const int al = CountryAdjectiveAt(s, q, &country); al > 0) {
        q += al;
        continue;
      }
    }
    // "russe et iranien", "Russian and Iranian": only between nationalities.
    if (!title && Is(s, q, c_.coord)) {
      ++q;
      continue;
    }
    break;
  }
  if (!title) return {};
  if (P(s, q, ',')) ++q;
  const int m = MentionAt(s, q);
  if (m < 0 || s.men[m].adj || s.men[m].pronoun || s.men[m].kind != "person" || s.men[m].id.empty())
    return {};
  std::vector<std::string> names = Expand(s, m, +1);
  std::erase_if(names, [&](const std::string& id) { return !IsPersonId(id); });
  return names;
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

// The trigger at f.t..f.te (frame side) is a side phrase ("aux côtés"); one
// of its verbs= (stance verbs: se tenir, rester, demeurer, être) comes right
// before it, past quotation marks and adverbs ("se tenait « fermement aux
// côtés » de Chisinau", "se tiendra « aux côtés de l'Ukraine »"); the object
// follows after one of the obj= prepositions. The verb's subject supports it.
void Engine::SideFrame(Sent& s, const FrameCall& f) {
  const int n = static_cast<int>(s.w.size());
  auto quote = [&](int q) { return P(s, q, '<') || P(s, q, '>') || P(s, q, '"'); };
  int v = f.t - 1;
  for (int steps = 0; v >= 0 && steps < 4 && (quote(v) || IsAdverb(s, v)); ++steps) --v;
  if (v < 0 || !s.w[v].word || !ListHasWord(f.e.Get("verbs"), s.w[v].fold))
    return Missing(s, f, "verb");
  int k = f.te;
  while (k < n && quote(k)) ++k;
  if (k >= n || !ListHasWord(f.preps, s.w[k].fold)) return Missing(s, f, "object");
  ++k;
  while (k < n && quote(k)) ++k;
  int om = MentionAt(s, SkipDet(s, k));
  // "aux côtés de ses camarades russes": comrades named by their nation.
  bool comrades = false;
  if (const int g = SkipDet(s, k); om < 0 && Is(s, g, c_.govnoun)) {
    om = MentionAt(s, g + 1);
    comrades = om >= 0 && s.men[om].adj && s.men[om].kind == "country";
    if (!comrades) om = -1;
  }
  if (om < 0 || s.men[om].pronoun || s.men[om].id.empty() || s.men[om].kind == "location")
    return Missing(s, f, "object");
  std::vector<std::string> obj = comrades ? std::vector<std::string>{IdOf(s, om)} : NP(s, k);
  if (obj.empty()) return Missing(s, f, "object");
  // The verb's own negation, condition or denial ("ne se tient pas").
  if (std::string why = Blocked(s, VerbGroupStart(s, v), v + 1, Form::kFinite); !why.empty()) {
    if (tracing_) Log(s, "  blocked " + f.rule + " '" + Surface(s, v, f.te) + "': " + why);
    return;
  }
  // "se tiendrait aux côtés de X": a conditional verb states a supposition,
  // unless it reports a past statement's future ("a assuré que son pays se
  // tiendrait aux côtés de X").
  if (const std::string& vf = s.w[v].fold;
      (vf.ends_with("rait") || vf.ends_with("raient")) &&
      !FutureInThePast(s, VerbGroupStart(s, v))) {
    if (tracing_)
      Log(s, "  blocked " + f.rule + " '" + Surface(s, v, f.te) + "': hypothetical (conditional)");
    return;
  }
  std::string how;
  std::vector<std::string> subj = Subject(s, v, &how);
  std::erase_if(obj, [&](const std::string& id) {
    return std::find(subj.begin(), subj.end(), id) != subj.end();
  });
  if (subj.empty()) return Missing(s, f, "subject");
  if (obj.empty()) return Missing(s, f, "object");
  Emit(s, subj, f.type, obj, f.type + ":side", 0.8);
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

// The trigger at f.t..f.te (frame call) is a verb of calling ("appeler")
// that is a telephone call only with a person as its direct object: "avait
// appelé Ilham Aliev pour exiger", "a appelé la semaine dernière Vladimir
// Poutine". Calling on someone to act ("appelé X à la retenue", "appelle
// la population à") or naming ("ce qu'il appelle") is not a call; the
// object may follow a short time phrase of plain words.
void Engine::CallFrame(Sent& s, const FrameCall& f) {
  const int n = static_cast<int>(s.w.size());
  // "X, welcomed by Y at the airport, ...": a participle in apposition to a
  // person's name, its agent right after it, is a passive as well ("X a,
  // lui, appelé Y" is not one).
  const int before = f.vb == f.t && f.vb > 1 && P(s, f.vb - 1, ',') ? MentionAt(s, f.vb - 2) : -1;
  const bool apposed = before >= 0 && s.men[before].kind == "person" && !s.men[before].pronoun &&
                       f.te < n && (Fold(s, f.te, "by") || Fold(s, f.te, "par"));
  bool passive = apposed;
  for (int k = f.vb; k < f.t && !passive; ++k) passive = Is(s, k, c_.etre);
  if (passive) {
    // "X was welcomed by Y in Riyadh", "a été appelé par Y": a person
    // visited, called or welcomed by a person met him; any other agent
    // ("the move was welcomed by X") is no meeting.
    // The agent: the person named right after by/par, past a determiner and
    // a nationality ("par le président français X", "by Defence Minister X").
    auto person_at = [&](int b) {
      for (int round = 0; round < 2 && b < n; ++round) {
        int adj = -1;
        for (int mi = 0; mi < static_cast<int>(s.men.size()); ++mi) {
          const Men& m = s.men[mi];
          if (m.b != b) continue;
          if (m.kind == "person" && !m.pronoun && !m.adj && !m.id.empty()) return mi;
          if (m.adj && m.kind == "country") adj = mi;
        }
        if (adj < 0) break;
        b = s.men[adj].e;
      }
      return -1;
    };
    int a = f.te;
    if (a < n && (Fold(s, a, "by") || Fold(s, a, "par"))) {
      int am = person_at(a + 1);
      if (am < 0 && a + 2 < n && Is(s, a + 1, c_.det)) am = person_at(a + 2);
      if (am >= 0) {
        std::string how;
        std::vector<std::string> subj;
        if (!apposed) {
          subj = Subject(s, f.t, &how);
        } else if (const int pm = MentionAt(s, f.vb - 2); pm >= 0 && !s.men[pm].id.empty()) {
          subj = {IdOf(s, pm)};  // the name right before the apposition's comma
        }
        const std::string& host = IdOf(s, am);
        std::erase_if(subj,
                      [&](const std::string& id) { return id == host || !IsPersonActor(s, id); });
        if (!subj.empty()) {
          Emit(s, {host}, f.type, subj, f.type + ":call/passive", 0.7);
          return;
        }
      }
    }
    return Missing(s, f, "active use");
  }
  // voice=passive: the entry is read in the passive only ("was welcomed by X";
  // "X welcomed Y" is mostly approval, which other entries read).
  if (f.e.Get("voice") == "passive") return Missing(s, f, "passive use");
  // "his visit", "the call": a noun, not the verb (s11meets).
  if (f.vb > 0 && Is(s, f.vb - 1, c_.det)) return Missing(s, f, "a noun");
  int k = f.te;
  for (int steps = 0; k < n && steps < 4 && MentionAt(s, k) < 0; ++steps, ++k) {
    if (!s.w[k].word || s.w[k].upper_initial || Is(s, k, c_.prep) || Is(s, k, c_.que) ||
        Fold(s, k, "a") || Fold(s, k, "au") || Fold(s, k, "aux") || Fold(s, k, "par") ||
        Fold(s, k, "out"))  // "called out X": criticism
      return Missing(s, f, "person object");
  }
  int om = MentionAt(s, k);
  // "visited Russian President Vladimir Putin": a nationality before the
  // title is the title's own adjective; the person it names is the object.
  if (om >= 0 && s.men[om].adj && s.men[om].kind == "country" && s.men[om].e < n) {
    if (const int pm = MentionAt(s, s.men[om].e); pm >= 0 && s.men[pm].kind == "person") {
      om = pm;
      k = s.men[pm].b;
    }
  }
  if (om < 0 || s.men[om].b != k || s.men[om].kind != "person" || s.men[om].pronoun ||
      s.men[om].adj || s.men[om].id.empty())
    return Missing(s, f, "person object");
  // "appelé Poutine à la retenue", "appelé X à cesser": an appeal.
  int e = s.men[om].e;
  while (e < n && MentionAt(s, e) >= 0 && s.men[MentionAt(s, e)].id == s.men[om].id)
    e = s.men[MentionAt(s, e)].e;  // the name after its title
  // "called X a liar", "called X's bluff", "called Y \"the aggressor\"",
  // "welcomed X's decision", "called X out": naming, an act of X's or
  // criticism, not a call or a visit (s11meets).
  // "calling X and Y \"criminals\"": past a coordinated list of names.
  int after = e;
  while (after + 1 < n && (Fold(s, after, "and") || Fold(s, after, "et") || P(s, after, ',')) &&
         MentionAt(s, after + 1) >= 0) {
    after = s.men[MentionAt(s, after + 1)].e;
  }
  for (int q : {e, after}) {
    if (q < n && ((Fold(s, q, "s") && !s.w[q].elided) || Fold(s, q, "an") || Fold(s, q, "the") ||
                  Fold(s, q, "out") || P(s, q, '"') || P(s, q, '<')))
      return Missing(s, f, "naming or an act of the object's");
  }
  for (int q = e; q < std::min(n, e + 3); ++q) {
    if (P(s, q, ',') || P(s, q, '.') || P(s, q, ';')) break;
    if (Fold(s, q, "a") || Fold(s, q, "au") || Fold(s, q, "aux") || Fold(s, q, "de") ||
        Fold(s, q, "d"))
      return Missing(s, f, "call, not an appeal");
  }
  std::string how;
  std::vector<std::string> subj = Subject(s, f.t, &how);
  const std::string& callee = IdOf(s, om);
  std::erase(subj, callee);
  if (subj.empty()) return Missing(s, f, "subject");
  Emit(s, subj, f.type, {callee}, f.type + ":call", 0.75);
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

bool Engine::CopularAlly(Sent& s, const FrameCall& f, int b,
                         const std::vector<std::string>& allied) {
  if (b < 0 || (!Is(s, b, c_.etre) && StanceWordAt(s, b, "copula") == 0)) return false;
  // "is not a reliable ally", "n'est plus l'allié de": the copula's own
  // negation or condition.
  if (std::string why = Blocked(s, VerbGroupStart(s, b), f.t, Form::kFinite); !why.empty()) {
    if (tracing_) Log(s, "  blocked " + f.rule + " '" + Surface(s, b, f.te) + "': " + why);
    return true;
  }
  std::string how;
  std::vector<std::string> who = Subject(s, b, &how);
  std::erase_if(who, [&](const std::string& id) {
    return std::find(allied.begin(), allied.end(), id) != allied.end();
  });
  if (who.empty()) return false;
  Emit(s, who, "supports", allied, "supports:ally-copula", 0.7);
  return true;
}

}  // namespace kzgraph::extract::internal

namespace kzgraph::extract::internal {

// "Orban, who traveled to Moscow to meet Putin", "X, qui s'est rendu à Moscou
// pour rencontrer Y": an infinitive in a relative clause whose only actors
// are places has the relative's head as its subject. vb is the infinitive's
// verb group; empty when another actor stands between (he asked X to meet).
std::vector<std::string> Engine::RelativeHeadOfInfinitive(const Sent& s, int vb) const {
  for (int k = vb - 1; k >= 1 && k >= vb - 15; --k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || P(s, k, '(') || P(s, k, ')')) return {};
    if (const int m = MentionAt(s, k); m >= 0) {
      if (s.men[m].adj || InPlacePhrase(s, s.men[m]) || IsComplement(s, s.men[m])) {
        k = s.men[m].b;
        continue;
      }
      return {};
    }
    if (P(s, k, ',')) return {};
    if (!Is(s, k, c_.qui) && !Fold(s, k, "who")) continue;
    const int h = P(s, k - 1, ',') ? k - 2 : k - 1;
    const int hm = MentionAt(s, h);
    if (hm < 0 || s.men[hm].e != h + 1 || s.men[hm].pronoun || s.men[hm].adj ||
        s.men[hm].id.empty() || s.men[hm].kind == "location")
      return {};
    return {IdOf(s, hm)};
  }
  return {};
}

}  // namespace kzgraph::extract::internal
