// Stance targets named in a clause other than the criticism verb's own
// object.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// The actor a clause starting at q is about: its first actor mention past a
// "que"/"that" and determiners ("accusé Minsk de", "said Rwanda must",
// "warned that the Russian government's actions"), a nationality adjective
// only before a government, act or troop noun; a bare "the government" is
// the article's clear focus country. Not the subject's own side.
std::vector<std::string> Engine::ClauseTopicActor(const Sent& s, int q,
                                                  const std::vector<std::string>& subj,
                                                  bool object) const {
  const int n = static_cast<int>(s.w.size());
  while (q < n && IsAdverb(s, q) && MentionAt(s, q) < 0) ++q;
  const bool that = Fold(s, q, "that") || Fold(s, q, "que") || Fold(s, q, "qu");
  if (that) ++q;
  // A verb's own object may follow "à"/"aux" ("reproché aux capitales").
  if (object && !that && (Fold(s, q, "a") || Fold(s, q, "au") || Fold(s, q, "aux")) &&
      Is(s, q, c_.prep))
    ++q;
  while (q < n && (P(s, q, '<') || P(s, q, '"'))) ++q;
  const int k = SkipDet(s, q);
  const int mi = MentionAt(s, k);
  if (mi < 0) {
    // "the government's conduct", "le gouvernement a": the state in focus.
    if (Is(s, k, c_.govnoun) && k > q && Is(s, k - 1, c_.det) && !Is(s, k - 1, c_.possessive) &&
        focus_clear_ && !focus_.empty() && MentionAt(s, k + 1) < 0 && !IsNameWord(s, k + 1) &&
        !Is(s, k + 1, c_.prep_de) && !Fold(s, k + 1, "of"))
      return NotOwnSide(s, subj, {focus_});
    return {};
  }
  const Men& m = s.men[mi];
  if (m.id.empty() || m.pronoun || m.implied || s.men[mi].b != k) return {};
  if (!IsPartyKind(m.kind)) return {};
  if (m.adj &&
      !(HitLen(s, m.e, c_.act) > 0 || HitLen(s, m.e, c_.troop) > 0 || Is(s, m.e, c_.govnoun)))
    return {};
  const std::string id = IdOf(s, mi);
  if (std::find(subj.begin(), subj.end(), id) != subj.end()) return {};
  for (const std::string& who : subj) {
    if (InOwnBloc({who}, id)) return {};
  }
  return NotOwnSide(s, subj, {id});
}

// "a averti que X lui-même pourrait être visé", "warned that X could be
// indicted": a person the threatened act would strike is warned; not "X
// could pay a price" (a forecast) nor one holding an office of the subject.
std::vector<std::string> Engine::WarnedPersonTarget(const Sent& s, int q, int mi,
                                                    const std::vector<std::string>& subj) const {
  const int n = static_cast<int>(s.w.size());
  bool passive = false;
  for (int k = s.men[mi].e; k < std::min(n, s.men[mi].e + 5) && !passive; ++k) {
    if (!s.w[k].word || MentionAt(s, k) >= 0) break;
    passive = (Fold(s, k, "etre") || Fold(s, k, "be") || Fold(s, k, "ete") || Fold(s, k, "been")) &&
              k + 1 < n && s.w[k + 1].word && !s.w[k + 1].upper_initial && !Is(s, k + 1, c_.det) &&
              !Is(s, k + 1, c_.prep) && !Is(s, k + 1, c_.prep_de);
  }
  if (!passive) return {};
  if (ServesAny(s.men[mi].id, subj)) return {};
  return ClauseTopicActor(s, q, subj);
}

// "a condamné « l'usage de la force » et accusé Bakou de ...", "condemned
// the crackdown and warned that the Belarusian government's ...", "denounced
// the offensive, saying Kigali must ...": a criticism whose object is an act
// with no owner named, coordinated with a speech, accusation or warning of
// the same subject; the actor that clause is about is the act's author.
std::vector<std::string> Engine::CoordinatedClauseTarget(
    const Sent& s, int te, const std::vector<std::string>& subj) const {
  if (!AnyHit(s, c_.speech) && !AnyHit(s, c_.trigger)) return {};
  const int n = static_cast<int>(s.w.size());
  for (int k = te; k < std::min(n, te + 16); ++k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.qui)) return {};
    const bool comma = P(s, k, ',') && !s.inq[k];
    if (!comma && !(Is(s, k, c_.coord) && !s.inq[k])) continue;
    int v = k + 1;
    while (v < n && (Is(s, v, c_.aux) || IsAdverb(s, v)) && v < k + 4) ++v;
    // An accusation or a warning first ("accuser" is a speech verb too); a
    // criticism verb there has its own object.
    int len = 0;
    Form form = Form::kFinite;
    std::string trigger_type;
    if (const int tl = HitLen(s, v, c_.trigger); tl > 0) {
      for (const auto& [entry, f2] : LexAt(s, v, c_.trigger).entries) {
        const LexEntry& le = r_.lex.entry(entry);
        const std::string& t = le.Get("type");
        // "appelé X à cesser" asks something of X: not a clause about X.
        if ((t == "accuses" || t == "warns") && le.Get("then").empty()) {
          len = tl;
          form = f2;
          trigger_type = t;
        }
      }
    }
    if (len == 0 && HitLen(s, v, c_.speech) > 0) {
      len = HitLen(s, v, c_.speech);
      const Lexicon::Hit h = LexAt(s, v, c_.speech);
      if (!h.entries.empty()) form = h.entries[0].second;
    }
    // An incise, a coordinated object ("« une attaque » et « un acte de
    // guerre »") or another predicate: the clause goes on.
    if (len == 0) continue;
    // ", accusant", ", saying": only a participle follows a comma.
    const std::string& f = s.w[v].fold;
    if (comma && !(f.size() > 4 && (f.ends_with("ant") || f.ends_with("ing")))) return {};
    // "and Russia accused", "et la France a dit": a new subject is another's clause.
    for (int j = k + 1; j < v; ++j) {
      if (MentionAt(s, j) >= 0) return {};
    }
    // Negated, hypothetical or denied second predicate: no target from it.
    if (form == Form::kConditional || !Blocked(s, VerbGroupStart(s, v), v + len, form).empty())
      return {};
    // A speech verb's clause: "a dit que X", "said X must"; never its
    // addressee ("told the Council that", "a appelé X à").
    const int c = v + len;
    const bool speech = trigger_type.empty();
    if (speech && !(Fold(s, c, "que") || Fold(s, c, "qu") || Fold(s, c, "that") ||
                    (x_->article.lang != "fr" && (f == "said" || f == "says" || f == "saying" ||
                                                  f == "added" || f == "adding"))))
      return {};
    return ClauseTopicActor(s, c, subj, !speech);
  }
  return {};
}

// "La Transnistrie appelle Moscou à la rescousse, Chisinau dénonce une
// « opération de propagande »", "U.S.-led forces pour into Iraq; Chirac,
// Schroeder and Putin condemn war": a headline tells an act, then another
// actor's objectless criticism of it; the act's author, the subject opening
// the first clause (past a topic "Syrie :"), is criticized. t is the
// criticism verb; its subject (subj) opens the second clause.
std::vector<std::string> Engine::HeadlineFirstClauseTarget(
    const Sent& s, int t, const std::vector<std::string>& subj,
    std::vector<std::string>* critics) const {
  if (subj.empty()) return {};
  // A headline: the title block, or a short line without a final stop
  // (a page's title the scrape did not mark).
  const int n = static_cast<int>(s.w.size());
  if (!IsHeadline(s) && (n == 0 || n > 30 || P(s, n - 1, '.') || P(s, n - 1, '?') ||
                         P(s, n - 1, '!') || P(s, n - 1, '"') || P(s, n - 1, '>')))
    return {};
  // Back over the subject's list ("Chirac, Schroeder and Putin") to the
  // clause boundary: a ';', or the ',' before the list (after a plain word
  // or an actor outside the subject: "Russia strikes Kyiv, Zelensky ...").
  int k = t - 1;
  while (k >= 0 && IsAdverb(s, k)) --k;
  int boundary = -1, comma = -1;
  bool named = false;
  std::vector<std::string> list;
  for (; k >= 0; --k) {
    if (const int mi = MentionAt(s, k); mi >= 0) {
      const std::string id = IdOf(s, mi);
      // "...; Moscow, Baku object": a name right after the ';' opens the list.
      int before = s.men[mi].b - 1;
      while (before >= 0 && Is(s, before, c_.det)) --before;
      if (std::find(subj.begin(), subj.end(), id) == subj.end() &&
          !(comma >= 0 && before >= 0 && P(s, before, ';')))
        break;
      named = true;
      if (!s.men[mi].adj && !s.men[mi].pronoun && !id.empty() &&
          std::find(list.begin(), list.end(), id) == list.end())
        list.push_back(id);
      k = s.men[mi].b;
      continue;
    }
    if (Is(s, k, c_.det) || Is(s, k, c_.coord)) continue;
    if (P(s, k, ';')) {
      boundary = k;
      break;
    }
    if (!P(s, k, ',')) break;
    comma = k;
  }
  if (boundary < 0) boundary = comma;
  if (boundary < 0 || !named) return {};
  // The first clause opens at the sentence start, after a topic or a
  // dateline ("Syrie :"); its subject is the actor there (its owner:
  // "Iran's drones"), followed by at least a verb before the boundary.
  int start = std::max(0, DatelineEnd(s));
  for (int q = start; q < boundary; ++q) {
    if (P(s, q, ':')) start = q + 1;
    // "X invokes ...; bloc sends ...; India calls ...": of three clauses,
    // which act is criticized is unclear.
    if (P(s, q, ';')) return {};
  }
  start = SkipDet(s, start);
  const int fm = MentionAt(s, start);
  if (fm < 0 || s.men[fm].b != start || s.men[fm].pronoun || s.men[fm].id.empty() ||
      !IsPartyKind(s.men[fm].kind) || s.men[fm].e + 1 >= boundary)
    return {};
  // A nationality opens the clause only with its troops or a "-led" body
  // ("U.S.-led forces"): "Russian media say" names no act of Russia's.
  if (s.men[fm].adj && s.men[fm].kind != "country") return {};
  // "Philippines says Chinese coast guard ...": a speaker's clause tells
  // another's act.
  int v = s.men[fm].e;
  while (v < boundary && IsAdverb(s, v)) ++v;
  if (HitLen(s, v, c_.speech) > 0) return {};
  const std::vector<std::string> first = Expand(s, fm, +1);
  std::vector<std::string> out = NotOwnSide(s, list, first);
  if (!out.empty() && critics != nullptr) *critics = list;
  return out;
}

// "une accusation que Kinshasa a rejetée comme « mensongère »", "a charge
// that Moscow dismissed": the actor rejecting, in a relative clause on a
// claim noun (stance.tsv role=claim_noun), criticizes the author of the claim,
// the speaker of the sentence. A denial verb (deny, démentir) is no rejection.
void Engine::RejectedClaimRelativeRule(Sent& s) {
  if (s.speaker.empty() || !AnyHit(s, c_.stance_word) || !AnyIs(s, c_.que)) return;
  for (int i : s.stance_word_at) {  // the verb is a stance word: only their positions
    if (i < 2) continue;
    const int rl = StanceWordAt(s, i, "reject_verb");
    if (rl == 0) continue;
    // The relative pronoun, at most five words before the verb.
    int q = -1;
    for (int j = i - 1; j >= std::max(0, i - 6); --j) {
      if (P(s, j, ',') || P(s, j, '.') || Is(s, j, c_.qui)) break;
      if (Is(s, j, c_.que) || Fold(s, j, "which") || Fold(s, j, "that")) {
        q = j;
        break;
      }
    }
    if (q < 1) continue;
    int c = q - 1;
    while (c > 0 && (P(s, c, '>') || P(s, c, '"'))) --c;
    // The claim noun ends right before the pronoun ("accusation",
    // "allegations" are one-word entries).
    if (StanceWordAt(s, c, "claim_noun") == 0) continue;
    // Its subject: the one actor between the pronoun and the verb.
    std::vector<std::string> rejecter;
    for (int j = q + 1; j < i; ++j) {
      const int mi = MentionAt(s, j);
      if (mi < 0) continue;
      const Men& m = s.men[mi];
      if (m.id.empty() || m.pronoun || m.adj || !rejecter.empty() ||
          !(m.kind == "country" || m.kind == "organization" || m.kind == "person"))
        return;
      rejecter = {IdOf(s, mi)};
      j = m.e - 1;
    }
    if (rejecter.empty() || rejecter[0] == s.speaker) continue;
    if (const std::string why = Blocked(s, VerbGroupStart(s, i), i + rl, Form::kFinite);
        !why.empty()) {
      if (tracing_) Log(s, "  blocked criticizes:rejected-claim: " + why);
      continue;
    }
    if (NotOwnSide(s, rejecter, {s.speaker}).empty()) continue;
    Emit(s, rejecter, "criticizes", {s.speaker}, "criticizes:rejected-claim", 0.75);
  }
}

// "Russia's foreign ministry called the comment offensive", "a dénoncé ces
// propos", "condemned the remarks": the object is words (stance.tsv
// role=claim_noun) after an article or a demonstrative, with no holder named
// after them; their author is the last speaker of the one or two sentences
// before that is neither the subject nor of its side.
std::vector<std::string> Engine::SpeechAnaphorAuthor(const Sent& s, int te,
                                                     const std::vector<std::string>& subj) const {
  if (recent_speakers_.empty() || !AnyHit(s, c_.stance_word)) return {};
  const int n = static_cast<int>(s.w.size());
  int k = te;
  while (k < n && (IsAdverb(s, k) || P(s, k, '<') || P(s, k, '"'))) ++k;
  // A definite or demonstrative article: "des allégations", "a remark"
  // are words not yet named, unless a qualifier tells them again ("a dénoncé
  // des propos « grossiers »", "des propos qui reflètent ...", "denounced
  // \"insulting\" remarks" has no article and stays out).
  if (!Is(s, k, c_.det) || Is(s, k, c_.possessive) || Fold(s, k, "an") || Fold(s, k, "some"))
    return {};
  const bool indefinite = Fold(s, k, "des") || Fold(s, k, "un") || Fold(s, k, "une");
  ++k;
  const int open = k;
  while (k < n && (P(s, k, '<') || P(s, k, '"'))) ++k;
  const int cl = StanceWordAt(s, k, "claim_noun");
  if (cl == 0) return {};
  int a = k + cl;
  if (indefinite && k == open && !P(s, a, '<') && !P(s, a, '"') && !Is(s, a, c_.qui)) return {};
  while (a < n && (P(s, a, '>') || P(s, a, '"'))) ++a;
  // "des propos « grossiers » de X": the holder past a short quoted label.
  if (indefinite && P(s, a, '<')) {
    for (int q = a + 1; q < std::min(n, a + 8); ++q) {
      if (P(s, q, '>')) {
        a = q + 1;
        break;
      }
    }
  }
  // "the remarks of X", "les propos de X", "ces propos russes": a holder named.
  // ("a qualifié ces propos d'« outranciers »": that "de" is the label's.)
  const bool label_de = Is(s, a, c_.prep_de) && (P(s, a + 1, '<') || P(s, a + 1, '"') ||
                                                 HitLen(s, a + 1, c_.pejorative) > 0);
  if ((Is(s, a, c_.prep_de) && !label_de) || Fold(s, a, "of") || Fold(s, a, "by") ||
      Fold(s, a, "par") || Fold(s, a, "that") || Is(s, a, c_.que) || MentionAt(s, a) >= 0)
    return {};
  for (auto r = recent_speakers_.rbegin(); r != recent_speakers_.rend(); ++r) {
    if (r->first >= s.index) continue;
    if (r->first + 2 < s.index) break;
    // Words told again with an indefinite article: only the sentence before's.
    if (indefinite && r->first + 1 < s.index) break;
    const std::string& id = r->second;
    if (std::find(subj.begin(), subj.end(), id) != subj.end()) return {};
    // The subject's own official or leader ("Lavrov said ...; the ministry
    // condemned the remarks" cannot be read so).
    if (ServesAny(id, subj)) return {};
    return NotOwnSide(s, subj, {id});
  }
  return {};
}

bool Engine::ServesAny(const std::string& id, const std::vector<std::string>& sides) const {
  auto among = [&](const std::string& x) {
    return std::find(sides.begin(), sides.end(), x) != sides.end();
  };
  if (const Actor* a = r_.dict.Find(id)) {
    for (const Office& o : a->offices) {
      if (among(o.of)) return true;
    }
  }
  for (const PendingRelation& r : relations_) {
    if (r.s == id && (r.p == "leads" || r.p == "official_of") && among(r.o)) return true;
  }
  return false;
}

}  // namespace kzgraph::extract::internal
