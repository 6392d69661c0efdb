// Relation frames: blocking, passive and participial uses, membership.
#include <algorithm>
#include <cctype>
#include <string>
#include <string_view>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// Where to look for a trigger's predicate word (then=) after the trigger
// ending before te: past an incise between commas right after it ("ont
// paraphé, en présence du secrétaire d'État américain X, un texte", "signed,
// on Monday in Doha, a deal"), whose length would push the object out of the
// search window; else te + 1.
int ThenSearchStart(const Sent& s, int te) {
  const int n = static_cast<int>(s.w.size());
  if (te >= n || s.w[te].punct != ',') return te + 1;
  for (int k = te + 1; k < std::min(te + 16, n); ++k) {
    if (s.w[k].punct == '.' || s.w[k].punct == ';') break;
    if (s.w[k].punct == ',') return k + 1;
  }
  return te + 1;
}

namespace {

// Whether the `then` word of a trigger's entry ("responsable|responsables")
// follows the trigger ending at te in its sentence, within ten words, and is
// not directly followed by one of its `then_not` words ("days of ceasefire"
// is no time limit, "days to agree" is).
bool ThenFollows(const Sent& s, int te, const LexEntry& e) {
  const std::string& then = e.Get("then");
  const std::string& then_not = e.Get("then_not");
  auto in = [&](int k, const std::string& words) {
    return k < static_cast<int>(s.w.size()) && ListHas(words, s.w[k].fold);
  };
  const int n = s.w.size();
  const int start = ThenSearchStart(s, te);
  for (int k = start; k < std::min(start + 9, n); ++k) {
    if (s.w[k].punct == '.' || s.w[k].punct == ';') return false;
    if (in(k, then)) return then_not.empty() || !in(k + 1, then_not);
  }
  return false;
}

}  // namespace

void Engine::Frame(Sent& s, int t, int len, const LexEntry& e, Form form) {
  const std::string& type = e.Get("type");
  const std::string& frame = e.Get("frame");
  const std::string& preps = e.Get("obj");
  const int te = t + len;
  // "with Turkish backing", "avec le soutien turc", "avec l'appui russe": a
  // nationality adjective on a support noun after with/avec names the state
  // that backs the clause's subject (as "avec le soutien de la Turquie",
  // frame supported_by).
  if (type == "supports" && len == 1 &&
      (Fold(s, t, "support") || Fold(s, t, "backing") || Fold(s, t, "soutien") ||
       Fold(s, t, "appui"))) {
    int holder = -1;
    const int before = MentionAt(s, t - 1);
    if (before >= 0 && s.men[before].adj && s.men[before].e == t && s.men[before].b >= 1 &&
        Fold(s, s.men[before].b - 1, "with"))
      holder = before;
    const int after = MentionAt(s, te);
    if (holder < 0 && after >= 0 && s.men[after].adj && s.men[after].b == te && t >= 2 &&
        Is(s, t - 1, c_.det) && Fold(s, t - 2, "avec"))
      holder = after;
    if (holder >= 0 && !s.men[holder].id.empty() && s.men[holder].kind == "country") {
      const int with_at = holder == before ? s.men[before].b - 1 : t - 2;
      std::vector<std::string> supported = MainSubject(s, with_at);
      std::erase_if(supported, [&](const std::string& id) { return id == s.men[holder].id; });
      // Only the sentence's opening actor ("Le gouvernement malien, avec
      // ..."), not an actor named later in the clause ("battling Syrian
      // forces with Turkish support"); a negated clause gives nothing.
      int first = -1;
      for (int mi = 0; mi < static_cast<int>(s.men.size()); ++mi)
        if (first < 0 || s.men[mi].b < s.men[first].b) first = mi;
      if (first < 0 || s.men[first].b > 3 ||
          std::find(supported.begin(), supported.end(), s.men[first].id) == supported.end() ||
          !Blocked(s, s.men[first].e, with_at, Form::kFinite).empty())
        supported.clear();
      // "the GNA, which, with Turkish backing, pushed ...": a relative
      // pronoun right before names its antecedent as the one backed.
      int r = with_at - 1;
      if (P(s, r, ',')) --r;
      if (supported.empty() && r >= 2 &&
          (Fold(s, r, "which") || Fold(s, r, "who") || Is(s, r, c_.qui)) && P(s, r - 1, ',')) {
        const int am = MentionAt(s, r - 2);
        if (am >= 0 && s.men[am].e == r - 1 && !s.men[am].adj && !s.men[am].pronoun &&
            !s.men[am].id.empty() && IsPartyKind(s.men[am].kind) &&
            s.men[am].id != s.men[holder].id &&
            Blocked(s, r + 1, with_at, Form::kFinite).empty())
          supported = {s.men[am].id};
      }
      if (!supported.empty()) {
        Emit(s, {s.men[holder].id}, type, supported, type + ":with-national-backing", 0.7);
        return;
      }
    }
  }
  // "The deal was signed by A and B in the presence of C", "le texte,
  // paraphé par A et par B, en présence de C": a signing verb (meet frame,
  // reciprocal=1) in the passive, its document (then=) before it; the
  // coordinated agents and the witnesses meet one another.
  // (Bounded: five words back, thirty forward, within the clause.)
  auto signed_by = [&]() -> bool {
    const int n = static_cast<int>(s.w.size());
    if (te >= n || !(form == Form::kPastParticiple || form == Form::kFinite)) return false;
    // The document right before: "the deal was", "le texte a été", "le texte,".
    const std::string& then = e.Get("then");
    auto is_doc = [&](int k) { return ListHas(then, s.w[k].fold); };
    int k = t - 1;
    // (a word in -ment may be the document, "agreement", before an adverb)
    while (k >= 0 && k >= t - 5 && !is_doc(k) &&
           (IsAuxWord(s, k) || Fold(s, k, "been") || Fold(s, k, "ete") || P(s, k, ',') ||
            IsAdverb(s, k)))
      --k;
    if (k < 0 || !is_doc(k)) return false;
    // The agent's preposition, past a time or place adjunct.
    int by = te;
    while (by < n && by < te + 8 && !(Fold(s, by, "by") || Fold(s, by, "par"))) {
      if (P(s, by, ',') || P(s, by, '.') || P(s, by, ';') || P(s, by, ':') || IsAuxWord(s, by))
        return false;
      ++by;
    }
    if (by >= n || !(Fold(s, by, "by") || Fold(s, by, "par"))) return false;
    if (!Blocked(s, VerbGroupStart(s, t), te, form).empty()) return false;
    // One party per conjunct: the first actor after "by"/"par" or after
    // "and"/"et"; a name inside a conjunct's apposition ("A, adviser to
    // Prime Minister X, and B") is none.
    std::vector<std::string> parties, witnesses;
    std::vector<std::string>* into = &parties;
    bool open = true;
    int commas = 0, witness_from = -1;
    for (int q = by + 1; q < n && q < by + 30; ++q) {
      if (P(s, q, '.') || P(s, q, ';') || P(s, q, ':') || P(s, q, '"') ||
          Fold(s, q, "who") || Fold(s, q, "qui") || Fold(s, q, "which") ||
          Is(s, q, c_.que) || IsAuxWord(s, q))
        break;
      if (Fold(s, q, "and") || Fold(s, q, "et")) {
        open = true;
        continue;
      }
      // "A, adviser to X, and B, spokesman of Y, said": the second comma
      // after a conjunct closes its apposition; the list goes on only with
      // a conjunction or the witnesses.
      if (P(s, q, ',') && !open && ++commas >= 2 &&
          !(Fold(s, q + 1, "and") || Fold(s, q + 1, "et") || Fold(s, q + 1, "in") ||
            Fold(s, q + 1, "en")))
        break;
      if (Fold(s, q, "presence") && (Fold(s, q - 1, "en") || Fold(s, q - 1, "the"))) {
        if (into == &witnesses) break;
        into = &witnesses;
        open = true;
        if (Fold(s, q + 1, "of") || Is(s, q + 1, c_.prep_de)) ++q;  // "of X" is the witness
        witness_from = q + 1;
        continue;
      }
      if (MentionAt(s, q) < 0) continue;
      // A title is read as its holder ("Foreign Minister X" -> X), not as
      // the state it names; a nationality word before a title is no party.
      int party = -1;
      int after = q;
      for (size_t mi = 0; mi < s.men.size(); ++mi) {
        const Men& m = s.men[mi];
        if (m.b != q || m.adj || m.pronoun || m.id.empty()) continue;
        after = std::max(after, m.e - 1);
        const std::string_view how = m.rule;
        if (how == "title:of" || how == "dict:demonym" || how == "dict:adjective") continue;
        // (m.kind, not the dictionary's: a discovered person has no entry)
        if (!(m.kind == "person" || m.kind == "country" || m.kind == "organization")) continue;
        if (party < 0 || m.kind == "person") party = static_cast<int>(mi);
      }
      // "U.S. Secretary of State X": a state before a title qualifies it.
      if (party >= 0 && s.men[party].kind != "person") {
        const int next = s.men[party].e;
        for (const Men& m : s.men)
          if (m.b == next && m.kind == "person" && !m.pronoun && !m.id.empty()) {
            party = -1;
            if (q == witness_from) witness_from = next;
            break;
          }
      }
      if (open && party >= 0 &&
          (q == witness_from || !(Is(s, q - 1, c_.prep_de) || Fold(s, q - 1, "of")))) {
        into->push_back(IdOf(s, party));
        open = false;
        commas = 0;
      }
      q = after;
    }
    if (parties.size() < 2) return false;
    parties.insert(parties.end(), witnesses.begin(), witnesses.end());
    for (size_t a = 0; a < parties.size(); ++a)
      for (size_t b = a + 1; b < parties.size(); ++b)
        if (parties[a] != parties[b])
          Emit(s, {parties[a]}, "meets", {parties[b]}, "meets:signed-by", 0.75);
    return true;
  };
  if (type == "meets" && frame == "meet" && e.Get("reciprocal") == "1" && !e.Get("then").empty() &&
      signed_by())
    return;
  // A trigger whose predicate word is absent (then=) is no trigger here: leave
  // before any other test (s10support; the same test below stays for its note).
  if (const std::string& then = e.Get("then");
      !then.empty() && frame != "thank" && !ThenFollows(s, te, e))
    return;
  const int vb = VerbGroupStart(s, t);
  std::string rule;  // type:frame, built with one allocation at most
  rule.reserve(type.size() + 1 + frame.size());
  rule.append(type).append(1, ':').append(frame);
  if (CliticMissing(s, vb, t, e)) return;
  if (InsideMeetVerbPhrase(s, t, e)) {
    if (tracing_) Log(s, "  blocked " + rule + ": inside a longer meeting verb");
    return;
  }
  // Why the trigger gives no edge here ("" if none): negation, hypothesis,
  // a promise, a meeting sought or planned.
  auto blocked_why = [&]() -> std::string {
    std::string why = Blocked(s, vb, te, form);
    // Where "would" is no hypothesis, what else blocks the verb: Blocked looks
    // from one word before its verb group, so past the modal.
    auto would_at = [&] {
      int modal = vb - 1;
      while (modal < te && !Fold(s, modal, "would")) ++modal;
      return modal;
    };
    auto blocked_past_would = [&] { return Blocked(s, would_at() + 2, te, form); };
    if (why == "hypothetical (would)" && (type == "sends_troops" || frame == "member_list")) {
      // "the alliance said it would dispatch a force", "announced that the
      // bloc would send troops", "said the coalition would bring together A,
      // B and C": a reported decision, not a hypothesis; a negation or a
      // condition still blocks.
      const int modal = would_at();
      bool reported = false;
      int steps = 0;
      for (int v = modal - 1; v >= 0 && steps < 6 && !reported; --v, ++steps) {
        // "said the mission, named X, would": past a short incise that ends
        // right before the modal.
        if (v == modal - 1 && P(s, v, ',')) {
          int o = v - 1;
          while (o >= 0 && o > v - 9 && s.w[o].word) --o;
          if (o < v - 1 && P(s, o, ',')) {
            v = o;
            continue;
          }
        }
        if (P(s, v, '.') || P(s, v, ';') || P(s, v, ',') || P(s, v, '"') || Is(s, v, c_.hypo_if))
          break;
        reported = HitLen(s, v, c_.speech) > 0 || Is(s, v, c_.order_verb) ||
                   StanceWordAt(s, v, "act_verb") > 0;
      }
      // "... would bring together A and B if the talks succeed": a condition
      // after the members keeps the hypothesis.
      if (reported && frame == "member_list" && !ConditionAfter(s, te).empty()) reported = false;
      if (reported) why = blocked_past_would();
    }
    // "a annoncé que l'alliance réunirait A et B", "said that the bloc would
    // comprise A and B": the make-up of a body reported as the future of a
    // past statement (a condition after it still blocks).
    if ((why == "hypothetical (conditional)" || why == "hypothetical (would)") &&
        frame == "member_list" && FutureInThePast(s, vb) && ConditionAfter(s, te).empty())
      why = why == "hypothetical (conditional)" ? Blocked(s, vb, te, Form::kFinite)
                                                : blocked_past_would();
    // "a promis que Pékin soutiendrait X", "said that Kenya would back X": a
    // stance reported as the future of a past statement is held, not supposed;
    // a negation or a condition, before or after ("if the talks failed"), still
    // blocks.
    if ((why == "hypothetical (conditional)" || why == "hypothetical (would)") &&
        IsStanceType(type) && FutureInThePast(s, vb) && ConditionAfter(s, te).empty()) {
      if (why == "hypothetical (conditional)") {
        why = Blocked(s, vb, te, Form::kFinite);
      } else {
        why = blocked_past_would();
      }
    }
    // "will not tolerate", "ne tolérera pas": a trigger whose phrase holds its
    // own negation (neg=inside) is blocked only by what lies past the phrase.
    if (!why.empty() && why.rfind("negated", 0) == 0 && e.Get("neg") == "inside")
      why = Blocked(s, te + 1, te + 1, form);
    // "Peru would face consequences": the conditional is the warning's own
    // (frame consequence); the speaker's verb is checked by the speaker rules.
    if (why == "hypothetical (would)" && frame == "consequence") why.clear();
    if (why.empty()) why = Promised(s, vb, type);  // "pledged to send", "promised to meet"
    if (why.empty() && type == "meets") why = MeetingSought(s, t, e);
    if (why.empty() && type == "leads") why = MeetingPlanned(s, t, e);  // "prendra la tête de"
    // "appelle à faire bloc autour de X": a call word of the readiness class
    // that is also a request verb makes the infinitive a call for support,
    // read below as the caller's own support (as "called on everyone to rally
    // around X" is); the call's own negation is checked there.
    if (type == "supports" && frame == "svo" && form == Form::kInfinitive &&
        why.rfind("hypothetical (", 0) == 0) {
      for (int k = vb - 1; k >= 0 && k >= vb - 3; --k) {
        if (!Is(s, k, c_.readiness) || why != "hypothetical (" + s.w[k].fold + ")") continue;
        for (const auto& [entry, f] : LexAt(s, k, c_.trigger).entries) {
          if (r_.lex.entry(entry).Get("type") == "requests_aid" && f != Form::kOther) why.clear();
        }
        break;
      }
    }
    return why;
  };
  // A frame that finds no party (most of them) needs no blocking test: when
  // not tracing (the trace says which test blocked), the tests wait for the
  // frame's first EmitPair (frame_gate_), which they may still refuse. Not
  // where a blocked frame must leave frame_missing_ empty (the recall layers
  // Fallback and DescribedObjectRule read it), nor for troops sent (their
  // destination is remembered for later sentences; the send and send_noun
  // frames are all of that type). The frames' bodies have no other effect
  // than their emits (caches aside).
  // (The commonest frame, a verb's svo, is settled by the first two tests.)
  bool defer_blocks = false;
  if (const std::string& pos = e.Get("pos");
      !tracing_ && !(frame == "svo" && pos == "verb") && type != "sends_troops") {
    const bool fallback_reads =
        pos != "noun" && (IsStanceType(type) || type == "meets") && e.Get("target").empty() &&
        frame != "qualify" && frame != "agent_accuse" && frame != "led_by" && frame != "thank" &&
        frame != "consequence" && frame != "stance_received" && frame != "side" &&
        frame != "call";
    defer_blocks = !fallback_reads;
  }
  auto gate = [&]() -> bool {
    if (!blocked_why().empty()) return false;
    return !(frame_gate_meeting_noun_ && !MeetingNounBlocked(s, t, te).empty());
  };
  struct GateScope {
    bool (*&fn)(void*);
    void*& ctx;
    int& state;
    bool& meeting_noun;
    ~GateScope() {
      fn = nullptr;
      ctx = nullptr;
      state = 0;
      meeting_noun = false;
    }
  } gate_scope{frame_gate_, frame_gate_ctx_, frame_gate_state_, frame_gate_meeting_noun_};
  if (defer_blocks) {
    frame_gate_ = [](void* g) { return (*static_cast<decltype(gate)*>(g))(); };
    frame_gate_ctx_ = &gate;
    frame_gate_state_ = 0;
  }
  const std::string why = defer_blocks ? std::string() : blocked_why();
  if (!why.empty()) {
    if (tracing_) Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': " + why);
    return;
  }
  if ((type == "leads" || type == "official_of") && e.Get("pos") == "verb") {
    // "who headed the KNB until January 6", "qui a dirigé le pays jusqu'en
    // 2019": an office that ended is a former one.
    // "the then Government of National Accord, headed by X": the office's
    // body existed then, not on the page's date.
    for (int k = t - 1; k >= 1 && k >= t - 12; --k) {
      if (P(s, k, '.') || P(s, k, ';') || (P(s, k, ',') && k != t - 1)) break;
      if (Fold(s, k, "then") && Fold(s, k - 1, "the")) {
        if (tracing_)
          Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': former (the then)");
        return;
      }
    }
    // "the former president who ruled Kazakhstan", "l'ancien président qui
    // a dirigé le pays": the relative's antecedent is a past holder.
    for (int k = t - 1; k >= 1 && k >= t - 6; --k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      if (!(Fold(s, k, "who") || Fold(s, k, "qui"))) continue;
      // "who now heads": a new office ("the former rebel leader who now heads").
      if (Fold(s, k + 1, "now") || Fold(s, k + 1, "currently") || Fold(s, k + 1, "desormais") ||
          Fold(s, k + 1, "actuellement"))
        break;
      // The past holder's title is a head's ("a former police officer who
      // heads the G9" held another office).
      bool head_title = false;
      for (int b = k - 1; b >= 0 && b >= k - 3 && !head_title; --b) {
        for (const auto& [entry, f] : LexAt(s, b, c_.role).entries)
          head_title |= r_.lex.entry(entry).Get("rel") == "leads";
      }
      for (int a = k - 1; a >= 0 && a >= k - 4 && head_title; --a) {
        if (P(s, a, ',') && a != k - 1) break;
        if (Fold(s, a, "former") || Fold(s, a, "ancien") || Fold(s, a, "ancienne") ||
            Fold(s, a, "ex") || Fold(s, a, "late") || Fold(s, a, "feu") ||
            Fold(s, a, "defunt") || Fold(s, a, "defunte")) {
          if (tracing_)
            Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': former (" + s.w[a].fold +
                       ")");
          return;
        }
      }
      break;
    }
    // "who ruled Syria for 24 years", "qui a dirigé le pays pendant trente
    // ans", "from 1991 to 2019", "de 1991 à 2019": a term that ended (not
    // "has led X for three years", still running).
    // "who, until last week, chaired the Security Council", "qui, jusqu'à
    // la semaine dernière, présidait X": an end named before the verb.
    for (int k = t - 1; k >= 0 && k >= t - 7; --k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':')) break;
      if (Fold(s, k, "until") || Fold(s, k, "jusqu")) {
        if (tracing_)
          Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': former (" + s.w[k].fold +
                     " before)");
        return;
      }
    }
    const bool perfect = Fold(s, t - 1, "has") || Fold(s, t - 1, "have") ||
                         Fold(s, t - 2, "has") || Fold(s, t - 2, "have");
    auto year = [&](int k) {
      return InSent(s, k) && s.w[k].fold.size() == 4 && std::isdigit(static_cast<unsigned char>(s.w[k].fold[0])) &&
             std::isdigit(static_cast<unsigned char>(s.w[k].fold[3]));
    };
    for (int k = te; k < std::min<int>(te + 10, s.w.size()); ++k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',')) break;
      bool ended = (Fold(s, k, "from") || Fold(s, k, "de") || Fold(s, k, "entre")) && year(k + 1) &&
                   (Fold(s, k + 2, "to") || Fold(s, k + 2, "until") || FoldAccented(s, k + 2, "a") ||
                    Fold(s, k + 2, "et") || Fold(s, k + 2, "au")) &&
                   year(k + 3);
      if ((Fold(s, k, "for") && !perfect) || Fold(s, k, "pendant") || Fold(s, k, "durant")) {
        for (int u = k + 1; u < std::min<int>(k + 5, s.w.size()) && !ended; ++u)
          ended = Fold(s, u, "years") || Fold(s, u, "decades") || Fold(s, u, "ans") ||
                  Fold(s, u, "annees") || Fold(s, u, "decennies");
      }
      if (ended) {
        if (tracing_)
          Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': former (term ended)");
        return;
      }
      // "France led Germany 2-1", "Trump led Biden by five points", "mène
      // dans les sondages": a score or a poll, no office.
      auto digits = [&](int w) {
        return InSent(s, w) && !s.w[w].fold.empty() &&
               std::isdigit(static_cast<unsigned char>(s.w[w].fold[0]));
      };
      if ((digits(k) && digits(k + 1) && s.w[k + 1].hyphen_before) || Fold(s, k, "points") ||
          Fold(s, k, "polls") || Fold(s, k, "sondages") || Fold(s, k, "goals") ||
          Fold(s, k, "buts")) {
        if (tracing_)
          Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': a score or a poll");
        return;
      }
      if (Fold(s, k, "until") || Fold(s, k, "jusqu")) {
        if (tracing_)
          Log(s,
              "  blocked " + rule + " '" + Surface(s, t, te) + "': former (" + s.w[k].fold + ")");
        return;
      }
    }
  }
  // "accusing it of backing the jihadists": an English gerund after "of" or
  // "for" is the content of the charge, like a French infinitive.
  if ((form == Form::kInfinitive ||
       (form == Form::kPresentParticiple && (Fold(s, vb - 1, "of") || Fold(s, vb - 1, "for")))) &&
      type != "accuses") {
    // "accuse Paris de soutenir les terroristes": an allegation, not a fact.
    // The whole complement of an accusation is alleged ("accuse Moscou
    // d'avoir livré des avions de combat MiG-29 et Su-24 pour appuyer X");
    // past twelve words a comma ends the search, except before "of" + gerund
    // or "de" + infinitive, whose governor may stand before a relative clause
    // ("accused X, which leads the consortium ..., of bankrolling Y",
    // "accuse X, dont l'immunité a été levée, de soutenir Y").
    const bool of_gerund =
        (form == Form::kPresentParticiple && Fold(s, vb - 1, "of")) ||
        (form == Form::kInfinitive && (Fold(s, vb - 1, "de") || Fold(s, vb - 1, "d")));
    for (int k = vb - 1; k >= 0 && k >= vb - 25; --k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':')) break;
      if (k < vb - 12 && P(s, k, ',') && !of_gerund) break;
      Lexicon::Hit h = LexAt(s, k, c_.trigger);
      bool accusation = false;
      for (const auto& [entry, f] : h.entries) {
        // "s'est rendu à Moscou pour rencontrer": "rendre" accuses only with
        // its "responsable".
        const LexEntry& le = r_.lex.entry(entry);
        accusation |= le.Get("type") == "accuses" &&
                      (le.Get("then").empty() || ThenFollows(s, k + h.length, le));
      }
      // "asked Russia to send troops", "a demandé à la Russie d'envoyer",
      // "called on everyone to rally around X": a request, not the act yet
      // ("s'est tourné vers X pour solliciter son aide" is the request itself).
      bool request = false;
      Form request_form = Form::kFinite;
      for (const auto& [entry, f] : h.entries) {
        if (r_.lex.entry(entry).Get("type") == "requests_aid" && f != Form::kOther &&
            type != "requests_aid") {
          request = true;
          request_form = f;
        }
      }
      if (request) {
        if (tracing_)
          Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': requested (under " +
                     s.w[k].fold + ")");
        // "called on everyone to rally around X", "appelait la population à
        // soutenir X": who calls for support of X backs X himself.
        // The call's own negation or condition blocks it; the object is the
        // support verb's, never the caller's own side.
        if (type == "supports" && frame == "svo" &&
            Blocked(s, VerbGroupStart(s, k), k + h.length, request_form).empty()) {
          std::vector<std::string> obj = Object(s, te, preps);
          std::string how;
          const std::vector<std::string> subj = obj.empty() ? obj : Subject(s, k, &how);
          if (!subj.empty()) obj = NotOwnSide(s, subj, obj);
          if (!subj.empty() && !obj.empty())
            Emit(s, subj, "supports", obj, "supports:called-to-support", 0.7);
        }
        return;
      }
      if (accusation || Is(s, k, c_.deny)) {
        if (tracing_)
          Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': allegation (under " +
                     s.w[k].fold + ")");
        return;
      }
    }
  }
  // A verb that means the relation only with its predicate ("désigner ...
  // responsable", "hold ... responsible") needs it on every path: "médiateur
  // désigné par l'UA" designates no culprit.
  // (The thank frame checks its support noun itself, past an apposition.)
  if (const std::string& then = e.Get("then");
      !then.empty() && frame != "thank" && !ThenFollows(s, te, e))
    return;
  FrameCall call{t, te, vb, e, form, type, frame, preps, rule};
  call.rel_head = IndirectRelativeHead(s, vb, &call.rel_prep);
  // "was received by", "drew criticism from": the frame reads its own
  // holder, never as a passive agent (s6lex2).
  if (frame == "stance_received") {
    StanceReceivedFrame(s, call);
    return;
  }
  if (frame == "terror_list") {  // s10accuse: "inscrit sur la liste terroriste de X"
    TerrorListFrame(s, call);
    return;
  }
  if (frame == "side") {  // s8support: "se tenait « aux côtés » de X"
    SideFrame(s, call);
    return;
  }
  if (frame == "call") {  // s8support: "a appelé X" (a person): a phone call
    CallFrame(s, call);
    return;
  }
  auto missing = [&](const char* what) { Missing(s, call, what); };
  // The state or body a one-word name before the hyphen names ("Moscow-led"),
  // when no mention covers it any more (a description spans the compound).
  auto compound_leader = [&](int k) -> std::string {
    if (DictAt(s, k).length != 1) return "";
    for (int p : DictAt(s, k).payloads) {
      const NameInfo& n = r_.dict.name(p);
      const Actor& a = r_.dict.actors()[n.actor];
      if ((a.kind == "country" || a.kind == "organization") && n.how != NameHow::kDemonym)
        return a.id;
    }
    return "";
  };
  // The only body the article names whose name holds `kind` ("mission",
  // "operation"): what a bare "the mission" led by X refers to. One pass
  // over the article's mentions, for a leads trigger without a named body.
  auto article_body = [&](const char* kind) -> std::string {
    std::string found;
    for (const Sent& o : sents_) {
      for (const Men& m : o.men) {
        if (m.kind != "organization" || m.id.empty() || m.adj || m.id == found) continue;
        const Actor* a = r_.dict.Find(m.id);
        if (a == nullptr) continue;
        bool named = false;
        for (const std::string* name : {&a->name, &a->name_fr}) {
          std::string low;
          for (char c : *name) low += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
          // (the French "opération" folds to no ASCII match: its English name serves)
          named |= low.find(kind) != std::string::npos;
        }
        if (!named) continue;
        if (!found.empty()) return "";  // two: which one is meant is unknown
        found = m.id;
      }
    }
    return found;
  };
  // The only military alliance the page names that has `member` among its
  // members (schema/dict "members"): a treaty organization, an alliance or
  // a pact ("Collective Security Treaty Organization"). "" for none or two.
  auto member_alliance = [&](const std::string& member) -> std::string {
    std::string found;
    for (const Sent& o : sents_) {
      for (const Men& m : o.men) {
        if (m.kind != "organization" || m.id.empty() || m.adj || m.id == found) continue;
        const Actor* a = r_.dict.Find(m.id);
        if (a == nullptr ||
            std::find(a->members.begin(), a->members.end(), member) == a->members.end())
          continue;
        bool alliance = false;
        for (const std::string* name : {&a->name, &a->name_fr}) {
          for (const char* word : {"Treaty", "traité", "Alliance", "Pact"})
            alliance |= name->find(word) != std::string::npos;
        }
        if (!alliance) continue;
        if (!found.empty()) return "";  // two: which one is meant is unknown
        found = m.id;
      }
    }
    return found;
  };
  if (std::string tmp; type == "leads" && s.w[t].hyphen_before &&
                       (MentionAt(s, t - 1) >= 0 || CountryAdjectiveAt(s, t - 1, &tmp) > 0 ||
                        !compound_leader(t - 1).empty())) {
    // "the Russian-led CSTO", "la coalition dirigée par ...": in a compound
    // the leader is the word before the hyphen, not the clause's subject.
    int lm = MentionAt(s, t - 1);
    std::string leader;
    if (lm >= 0 && (s.men[lm].kind == "country" || s.men[lm].kind == "organization")) {
      leader = IdOf(s, lm);
    } else if (lm < 0) {
      leader = compound_leader(t - 1);  // "Russian-led", "Moscow-led": no mention of its own
    }
    if (leader.empty()) return;
    std::vector<std::string> body;
    bool class_noun = false;  // "a Moscow-led military alliance", "Russian-led bloc"
    for (int k = te; k < std::min<int>(te + 6, s.w.size()) && body.empty(); ++k) {
      if (P(s, k, ',') || P(s, k, '.') || Is(s, k, c_.prep)) break;
      int om = MentionAt(s, k);
      if (om >= 0 && s.men[om].kind == "organization" && !s.men[om].id.empty())
        body = {s.men[om].id};
      class_noun |= om < 0 && (Fold(s, k, "alliance") || Fold(s, k, "bloc") ||
                               Fold(s, k, "coalition") || Fold(s, k, "pact"));
    }
    if (body.empty() && class_noun) {
      if (std::string id = AllianceNear(s, t); !id.empty()) body = {id};
    }
    // "a Russia-led military alliance", "the Russian-led bloc": the
    // alliance the article names.
    for (int k = te; k < std::min<int>(te + 3, s.w.size()) && body.empty(); ++k) {
      if (MentionAt(s, k) >= 0 || !s.w[k].word || s.w[k].upper_initial) break;
      if (Fold(s, k, "alliance") || Fold(s, k, "bloc")) {
        if (std::string alliance = ArticleAlliance(); !alliance.empty()) body = {alliance};
      }
    }
    // "the Combined Maritime Forces, a US-led partnership": the compound in
    // an apposition qualifies the body named before the comma.
    if (body.empty()) {
      int d = t - 1;
      if (const int lm2 = MentionAt(s, d); lm2 >= 0) d = s.men[lm2].b;
      --d;
      if (Is(s, d, c_.det) || Fold(s, d, "a") || Fold(s, d, "an")) --d;
      if (P(s, d, ',')) {
        const int om = MentionAt(s, d - 1);
        if (om >= 0 && s.men[om].e == d && s.men[om].kind == "organization" &&
            !s.men[om].adj && !s.men[om].pronoun && !s.men[om].id.empty())
          body = {IdOf(s, om)};
      }
    }
    // "a Kenyan-led multinational mission": a mission or operation the
    // compound does not name is the only
    // body of that kind the article names ("the Multinational Security
    // Support Mission").
    for (int k = te; k < std::min<int>(te + 4, s.w.size()) && body.empty(); ++k) {
      if (P(s, k, ',') || P(s, k, '.') || MentionAt(s, k) >= 0) break;
      // (Not "force": "the Russia-led force" is no unit named "... Forces".)
      const char* kind = Fold(s, k, "mission") || Fold(s, k, "missions") ? "mission"
                         : Fold(s, k, "operation")                       ? "operation"
                                                                          : nullptr;
      if (kind == nullptr) continue;
      if (std::string found = article_body(kind); !found.empty()) body = {found};
      break;
    }
    // "the Russia-led troops", "a Russian-led contingent": troops no name
    // follows are the military alliance's the page names, of which the
    // leader is a member (the CSTO's for Russia), when it names one only.
    for (int k = te; k < std::min<int>(te + 3, s.w.size()) && body.empty(); ++k) {
      if (MentionAt(s, k) >= 0 || !s.w[k].word || s.w[k].upper_initial) break;
      if (HitLen(s, k, c_.troop) == 0) continue;
      if (std::string id = member_alliance(leader); !id.empty()) body = {id};
      break;
    }
    if (body.empty()) return missing("organization");
    Emit(s, {leader}, "leads", body, "leads:compound", 0.8);
    return;
  }
  // "the Russian-backed separatists", "Iran-backed militias" (s5prec): a
  // stance participle after a hyphen is an adjective; its agent is the word
  // before the hyphen, never the clause's subject, and its object the noun
  // it qualifies.
  if (type != "leads" && s.w[t].hyphen_before && t > 0 && s.w[t - 1].word) {
    std::string agent;
    if (int am = MentionAt(s, t - 1); am >= 0 && !s.men[am].pronoun) {
      if (s.men[am].kind == "country" || s.men[am].kind == "organization") agent = IdOf(s, am);
    } else if (am < 0 && CountryAdjectiveAt(s, t - 1, &agent) == 0) {
      agent = compound_leader(t - 1);
    }
    // No fallback to the clause's subject: log and give no edge.
    if (agent.empty()) {
      Log(s, "  no edge " + rule + " '" + Surface(s, t, te) + "': compound without an actor");
      return;
    }
    // The noun qualified comes at once or after one modifier ("Iran-backed
    // Houthi rebels"); "a NATO-backed uprising toppled Gaddafi" qualifies
    // the uprising, not the verb's object.
    for (int k = te; k < std::min<int>(te + 2, s.w.size()); ++k) {
      if (P(s, k, ',') || P(s, k, '.') || Is(s, k, c_.prep) || Is(s, k, c_.prep_de)) break;
      if (int om = MentionAt(s, k); om >= 0 && !s.men[om].pronoun && !s.men[om].id.empty()) {
        Emit(s, {agent}, type, Expand(s, om, +1), rule + "/compound", 0.75);
        return;
      }
    }
    if (type == "supports") {
      // "Srpska Lista, the main Belgrade-backed party, ...", "le M23, un
      // groupe Kigali-backed" (s10support): a compound in an apposition
      // qualifies the name the apposition describes.
      const int am = MentionAt(s, t - 1);
      int b = (am >= 0 ? s.men[am].b : t - 1) - 1;
      while (b >= 0 && b > t - 6 && s.w[b].word && !s.w[b].upper_initial && MentionAt(s, b) < 0 &&
             !Is(s, b, c_.prep) && !Is(s, b, c_.prep_de) && !Is(s, b, c_.aux) &&
             HitLen(s, b, c_.trigger) == 0)
        --b;
      // (the name itself, not a title read over it: "the vice-president of
      // X, the main Y-backed party")
      int hm = -1;
      for (int mi = 0; P(s, b, ',') && mi < static_cast<int>(s.men.size()); ++mi) {
        const Men& m = s.men[mi];
        if (m.e == b && !m.pronoun && !m.adj && !m.implied && !m.id.empty() &&
            m.rule.compare(0, 5, "title") != 0)
          hm = mi;
      }
      if (hm >= 0 && IdOf(s, hm) != agent) {
        Emit(s, {agent}, type, {IdOf(s, hm)}, rule + "/compound-apposition", 0.7);
        return;
      }
    }
    Log(s, "  no edge " + rule + " '" + Surface(s, t, te) + "': compound without an object");
    return;
  }
  // "the Tuareg-led rebels", "a student-led movement": the compound names
  // its leader, and no actor is it; the clause's subject is none (s5struct).
  if (type == "leads" && s.w[t].hyphen_before && t > 0 && s.w[t - 1].word) {
    return missing("leader (the compound's first word is no actor)");
  }
  // A participle after a noun that LeftHead leaves out: "Karabakh's
  // separatist authorities, led by X" (a group headed by a person) and
  // "Malian units backed by Y" (troops named by their nationality).
  auto participle_head = [&](const std::vector<std::string>& agent) -> std::vector<std::string> {
    int k = t - 1;
    if (P(s, k, ',')) --k;
    if (type == "leads") {
      int mi = MentionAt(s, k);
      if (mi < 0 || s.men[mi].kind != "group" || s.men[mi].adj || s.men[mi].id.empty()) return {};
      for (const std::string& id : agent) {
        const Actor* a = r_.dict.Find(id);
        if (!a || a->kind != "person") return {};
      }
      return {s.men[mi].id};
    }
    if (type != "supports") return {};
    for (int j = k; j >= std::max(0, k - 2); --j) {
      if (HitLen(s, j, c_.troop) != k - j + 1) continue;
      int am = MentionAt(s, j - 1);
      if (am >= 0 && s.men[am].e == j && s.men[am].kind == "country" && !s.men[am].id.empty())
        return {s.men[am].id};
    }
    return {};
  };
  // Passive and participial uses of a verb: "O est accusé par S",
  // "une alliance dirigée par Moscou".
  // (A visit's purpose verb, key visit=1, is an infinitive: never passive.)
  const bool participle =
      form == Form::kPastParticiple && e.Get("pos") == "verb" && e.Get("visit") != "1";
  bool passive = false;
  int carried_aux = -1;  // the first participle's auxiliary, when it carries a passive
  if (participle) {
    for (int k = vb; k < t; ++k) passive |= Is(s, k, c_.etre);
    bool avoir = false, been = false;
    for (int k = vb; k < t; ++k) {
      // "avait été critiqué", "has been accused": a compound passive.
      been |= Fold(s, k, "ete") || Fold(s, k, "been");
      avoir |= Is(s, k, c_.aux) && !Is(s, k, c_.etre);
      // "s'en est pris à", "s'est entretenu avec": a pronominal verb is active.
      avoir |= (Fold(s, k, "s") && s.w[k].elided) || Fold(s, k, "se");
    }
    // "», a-t-il dénoncé": the auxiliary before the inverted pronoun.
    if (int pm = MentionAt(s, vb - 1); pm >= 0 && s.men[pm].pronoun && s.w[vb - 1].hyphen_before) {
      const int j = Fold(s, vb - 2, "t") && s.w[vb - 2].hyphen_before ? vb - 3 : vb - 2;
      if (Is(s, j, c_.etre)) {
        passive = true;
      } else if (Is(s, j, c_.aux)) {
        avoir = true;
      }
    }
    if (been) avoir = false;
    if (!avoir && !passive &&
        (Is(s, vb - 1, c_.coord) || Fold(s, vb - 1, "puis") || Fold(s, vb - 1, "then") ||
         Fold(s, vb - 1, "mais") || Fold(s, vb - 1, "but"))) {
      // "a jugé le bilan ... et accusé la France", "a salué X mais averti
      // que": the auxiliary of the first participle carries the second. A passive one ("a été
      // arrêté et accusé de trahison par X", "was arrested and accused of treason by X") carries
      // its voice, when the second has an agent of its own. (A participle with its own auxiliary,
      // "et est accusé", has its own.)
      for (int k = vb - 2; k >= 0 && k > vb - 25 && !avoir && !passive; --k) {
        if (P(s, k, ';') || P(s, k, '.')) break;
        if (Is(s, k, c_.etre) && !Is(s, k - 1, c_.clitic) && !(Fold(s, k - 1, "s") && s.w[k - 1].elided) &&
            !Fold(s, k - 1, "se")) {
          if (Agent(s, te, 8).empty()) break;
          passive = true;
          carried_aux = k;
          break;
        }
        avoir = Is(s, k, c_.aux) && !Is(s, k, c_.etre);
      }
    }
    if (!avoir && !passive) {
      // "Zakharova slammed remarks by Blinken": a noun between the verb and
      // the by-phrase owns it; the verb is a finite active one. ("chaired
      // at the time by X": a time phrase first is no such noun.)
      for (int k = te + TimePhraseLen(s, te); k < std::min<int>(te + 8, s.w.size()); ++k) {
        if (Fold(s, k, "par") || Fold(s, k, "by") || P(s, k, ',') || P(s, k, '.')) break;
        if (Is(s, k, c_.det) || HitLen(s, k, c_.act) > 0) {
          avoir = true;
          break;
        }
      }
    }
    if (!avoir && frame != "member_list" && frame != "meet" && frame != "meet_noun" &&
        frame != "thank") {
      std::vector<std::string> agent = Agent(s, te, 8);
      if (agent.empty() && frame == "send" && type == "sends_troops") {
        // "2 000 soldats ont été dépêchés au Kazakhstan, dont une écrasante
        // majorité de Russes": the nationality the troops are counted by
        // after "dont" sends them.
        const int n = static_cast<int>(s.w.size());
        for (int k = te; k < std::min(n, te + 14); ++k) {
          if (P(s, k, '.') || P(s, k, ';')) break;
          if (!Fold(s, k, "dont")) continue;
          // Past the count ("une écrasante majorité de", "500", "la
          // plupart des") to the first actor, a demonym ("Russes").
          for (int q = k + 1; q < std::min(n, k + 8); ++q) {
            const int mi = MentionAt(s, q);
            if (mi < 0) continue;
            if (s.men[mi].kind == "country" && !s.men[mi].id.empty() &&
                s.men[mi].rule == "dict:demonym") {
              const std::vector<std::string> sender = {s.men[mi].id};
              std::vector<std::string> dest = Destination(s, te, sender);
              if (!dest.empty() && dest[0] != sender[0] && Blocked(s, vb, te, form).empty())
                Emit(s, sender, type, dest, rule + "/counted", 0.75);
            }
            break;
          }
          break;
        }
      }
      if (agent.empty() && frame == "qualify" && form == Form::kPastParticiple &&
          P(s, vb - 1, ',')) {
        // "Il a rejeté tout dialogue avec les protestataires, qualifiés de
        // « criminels »": a charge label in apposition, with no agent, in
        // the words of the clause's subject who speaks in the sentence.
        const int pm = MentionAt(s, vb - 2);
        int j = te;
        if (Is(s, j, c_.prep_de) || Fold(s, j, "as")) ++j;
        while (P(s, j, '<') || P(s, j, '"')) ++j;
        j = SkipDet(s, j);
        const int lm = MentionAt(s, j);
        const bool charge = StanceWordAt(s, j, "charge_label") > 0 ||
                            (lm >= 0 && s.men[lm].id == "terrorists" && !s.men[lm].adj);
        if (pm >= 0 && charge && !s.men[pm].adj && !s.men[pm].pronoun && !s.men[pm].id.empty() &&
            IsPartyKind(s.men[pm].kind) && !s.speaker.empty() && Blocked(s, vb, te, form).empty()) {
          const std::vector<std::string> main = MainSubject(s, s.men[pm].b);
          std::vector<std::string> patient = Expand(s, pm, -1);
          if (!main.empty() && main[0] == s.speaker &&
              std::find(patient.begin(), patient.end(), s.speaker) == patient.end()) {
            Emit(s, {s.speaker}, "accuses", patient, "accuses:qualify/apposition", 0.7);
            return;
          }
        }
      }
      if (agent.empty()) {
        if (frame != "ask") {
          missing("agent (par X)");
          return;
        }
      } else {
        std::vector<std::string> patient;
        std::string how;
        // "le M23, que l'ONU dit soutenu par le Rwanda", "the M23, which the
        // UN says is backed by Rwanda": the one said to be backed is the
        // relative's head, never the speaker of the reporting verb.
        // The head of a relative whose pronoun is at q ("le M23, que ...",
        // "la force, dont ..."): its actors, or none.
        auto relative_head = [&](int q) -> std::vector<std::string> {
          const int hm = MentionAt(s, P(s, q - 1, ',') ? q - 2 : q - 1);
          if (hm < 0 || s.men[hm].adj || s.men[hm].pronoun || s.men[hm].id.empty()) return {};
          return Expand(s, hm, -1);
        };
        std::vector<std::string> reported;
        if (IsStanceType(type)) {
          int k = std::min(vb, t) - 1;
          while (k >= 0 && k > std::min(vb, t) - 4 &&
                 (Is(s, k, c_.aux) || Is(s, k, c_.etre) || Fold(s, k, "d") || Fold(s, k, "de") ||
                  Fold(s, k, "to") || Fold(s, k, "be") || Fold(s, k, "etre") || IsAdverb(s, k)))
            --k;
          if (k > 0 && HitLen(s, k, c_.speech) > 0 && MentionAt(s, k - 1) >= 0) {
            // back over the speakers ("que Kinshasa et l'ONU disent")
            for (int q = s.men[MentionAt(s, k - 1)].b - 1; q >= 0 && q > k - 12; --q) {
              if (Is(s, q, c_.det) || Is(s, q, c_.coord) || P(s, q, ',')) continue;
              if (const int sm = MentionAt(s, q); sm >= 0 && !Is(s, q, c_.que)) {
                q = s.men[sm].b;
                continue;
              }
              if (Is(s, q, c_.que) || Fold(s, q, "which")) reported = relative_head(q);
              break;
            }
          }
        }
        if (!reported.empty()) {
          patient = reported;
        } else if (passive) {
          patient = Subject(s, vb, &how);
          if (patient.empty() && carried_aux >= 0) patient = Subject(s, VerbGroupStart(s, carried_aux), &how);
          // "la force, dont le mandat avait été approuvé par X": what is
          // approved is the head's own noun; the head, or no one.
          for (int q = vb - 1; q >= 0 && q >= vb - 5; --q) {
            if (MentionAt(s, q) >= 0 || P(s, q, ',') || P(s, q, '.')) break;
            if (Fold(s, q, "dont") || Fold(s, q, "whose")) {
              patient = relative_head(q);
              break;
            }
          }
          // "le contingent russe est commandé par le général X", "the Kenyan
          // contingent is led by X": a state's troops' commander does not
          // lead the state.
          for (const Men& m : s.men) {
            if (type != "leads" || patient.size() != 1 || m.b >= vb || m.id != patient[0] ||
                m.kind != "country")
              continue;
            if (HitLen(s, m.e, c_.troop) > 0 || (m.b > 0 && WordHitLen(s, m.b - 1, c_.troop) > 0))
              patient.clear();
          }
          // "La décision du Togo a été condamnée par le Ghana" (s6lex).
          if (patient.empty() && IsStanceType(type)) patient = PassiveActOwner(s, vb);
          // "Ces propos ont été critiqués par X", "the remarks were condemned
          // by X": words of the last speaker of the sentences before.
          if (patient.empty() && type == "criticizes") {
            int b = ClauseSubjectStart(s, vb);  // past the article, which is read
            if (b > 0 && Is(s, b - 1, c_.det)) --b;
            if (b < vb) patient = SpeechAnaphorAuthor(s, b, agent);
          }
        } else {
          patient = LeftHead(s, t, type == "leads" ? "org_or_country" : nullptr);
          // "an ECOWAS delegation led by X", "une délégation de la CEDEAO
          // conduite par X": X heads the delegation, not the body that sent
          // it (roles.tsv office_led_unit).
          if (type == "leads" && !patient.empty()) {
            for (int k = t - 1; k >= 0 && k >= t - 8; --k) {
              if (RoleWordAt(s, k, "led_unit") > 0) {
                missing("a body's delegation, not the body");
                return;
              }
              if (P(s, k, ',')) break;
              if (const int mi = MentionAt(s, k); mi >= 0) {
                // the body named after the unit's noun ("de la CEDEAO")
                k = s.men[mi].b;
                if (!Is(s, k - 1, c_.det) && !Is(s, k - 1, c_.prep_de) && !Fold(s, k - 1, "of"))
                  break;
              }
            }
          }
          if (patient.empty()) patient = participle_head(agent);
          if (patient.empty() && type == "leads") patient = LedBody(s, vb, te, &agent);
          // "a multinational security mission led by Kenya", "la mission
          // multinationale dirigée par le Kenya": a bare mission or
          // operation is the only one the article names.
          if (patient.empty() && type == "leads" && !agent.empty()) {
            for (int k = t - 1; k >= 0 && k >= t - 4; --k) {
              if (!s.w[k].word || MentionAt(s, k) >= 0 || s.w[k].upper_initial) break;
              const char* kind = Fold(s, k, "mission") ? "mission"
                                 : Fold(s, k, "operation") ? "operation"
                                                           : nullptr;
              if (kind == nullptr) continue;
              // its determiner, past one or two modifiers ("a multinational security mission")
              int d = k - 1;
              while (d >= 0 && d >= k - 3 && s.w[d].word && !s.w[d].upper_initial &&
                     MentionAt(s, d) < 0 && !Is(s, d, c_.det) && !Fold(s, d, "a") &&
                     !Fold(s, d, "an"))
                --d;
              if (!(Is(s, d, c_.det) || Fold(s, d, "a") || Fold(s, d, "an"))) break;
              if (std::string found = article_body(kind); !found.empty()) patient = {found};
              break;
            }
          }
          // "les troupes dirigées par la Russie", "the troops led by
          // Russia": troops no name qualifies are its military alliance's,
          // as with "the Russia-led troops" (member_alliance).
          if (patient.empty() && type == "leads" && agent.size() == 1) {
            for (int k = t - 1; k >= 0 && k >= t - 3; --k) {
              if (!s.w[k].word || MentionAt(s, k) >= 0 || s.w[k].upper_initial) break;
              if (const int tl = HitLen(s, k, c_.troop); tl == 0 || k + tl != t) continue;
              if (std::string id = member_alliance(agent[0]); !id.empty()) patient = {id};
              break;
            }
          }
          // "la force de maintien de la paix dirigée par l'OTAN, la KFOR":
          // the name in apposition after the agent is the head's.
          if (patient.empty() && type == "leads") {
            int k = te;
            while (k < static_cast<int>(s.w.size()) && k < te + 8 && !P(s, k, ',') &&
                   !P(s, k, '.') && !P(s, k, ';'))
              ++k;
            if (P(s, k, ',') && !Is(s, t - 1, c_.det)) {
              const int om = MentionAt(s, SkipDet(s, k + 1));
              if (om >= 0 && s.men[om].kind == "organization" && !s.men[om].adj &&
                  !s.men[om].id.empty() &&
                  std::find(agent.begin(), agent.end(), s.men[om].id) == agent.end() &&
                  (P(s, s.men[om].e, ',') || P(s, s.men[om].e, '.')) && s.w[t - 1].word &&
                  !s.w[t - 1].upper_initial)
                patient = {s.men[om].id};
            }
          }
          // "le GNA, reconnu par l'ONU et dirigé par X": coordinated
          // participles share their head.
          for (int k = vb - 2; patient.empty() && Is(s, vb - 1, c_.coord) && k >= 0 && k > vb - 14;
               --k) {
            if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.qui) || Is(s, k, c_.que)) break;
            if (!(Fold(s, k, "par") || Fold(s, k, "by"))) continue;
            int p = k - 1;
            while (IsAdverb(s, p)) --p;
            if (p >= 0 && s.w[p].word && !s.w[p].upper_initial && MentionAt(s, p) < 0)
              patient = LeftHead(s, p, type == "leads" ? "org_or_country" : nullptr);
            break;
          }
          // "Reçue par son homologue X, la ministre Y a ...", "Received by
          // X on Friday, Y said": a participle opening the sentence
          // describes the main clause's subject, past the adjunct's comma.
          if (patient.empty() && vb == DatelineEnd(s) && type == "meets") {
            patient = OpeningParticipleHead(s, te, agent);
            // The main clause's subject is the one acting next ("Elle").
            if (!patient.empty()) {
              Emit(s, patient, type, agent, "meets:opening-participle", 0.8);
              return;
            }
          }
          // "Critiqué par Amnesty, Tokaïev maintient ...", "Backed by Moscow,
          // Tokayev ...": a stance participle opening the sentence falls on
          // the main clause's subject, past the adjunct's comma.
          if (patient.empty() && vb == DatelineEnd(s) && IsStanceType(type) && frame == "svo" &&
              !agent.empty()) {
            patient = OpeningParticipleHead(s, te, agent);
            if (!patient.empty()) {
              Emit(s, agent, type, patient, type + ":opening-participle", 0.75);
              return;
            }
          }
        }
        if (frame == "agent_accuse") {
          std::vector<std::string> speaker;
          if (!s.speaker.empty()) speaker = {s.speaker};
          if (speaker.empty()) {
            missing("speaker (selon X)");
            return;
          }
          Emit(s, speaker, "accuses", agent, "accuses:agent", 0.75);
          return;
        }
        if (frame == "ask") {
          // "l'assistance demandée par S, O" / "demandée par S à O"
          int k = t - 1;
          while (IsAdverb(s, k)) --k;
          if (HitLen(s, k, c_.aid) == 0) {
            // "Pakistan was asked by Riyadh to send troops", "le Pakistan,
            // sollicité par Riyad pour envoyer des troupes": the one asked is
            // the passive's subject or the participle's head, when what is
            // asked after the agent is help (an aid verb, a sending, or
            // "for" and help).
            if (patient.empty()) return;
            const int n = static_cast<int>(s.w.size());
            int by = te;
            while (by < n && by < te + 3 && !Fold(s, by, "par") && !Fold(s, by, "by")) ++by;
            const int am = MentionAt(s, SkipDet(s, by + 1));
            if (by >= n || am < 0) return;
            const int a = s.men[am].e;
            bool help = false;
            if (Fold(s, a, "to") || Fold(s, a, "pour") || Fold(s, a, "de") || Fold(s, a, "d") ||
                FoldAccented(s, a, "a")) {
              int v = a + 1;
              while (v < a + 3 && Is(s, v, c_.clitic) && !Fold(s, v, "se") && !Fold(s, v, "s")) ++v;
              help = StanceWordAt(s, v, "aid_verb") > 0;
              for (const auto& [entry, f2] : LexAt(s, v, c_.trigger).entries)
                help |= r_.lex.entry(entry).Get("type") == "sends_troops";
            } else if (Fold(s, a, "for")) {
              help = HitLen(s, SkipDet(s, a + 1), c_.aid) > 0;
            }
            if (!help) return missing("help asked for");
            std::erase_if(patient, [&](const std::string& id) {
              return std::find(agent.begin(), agent.end(), id) != agent.end();
            });
            if (patient.empty()) return;
            Emit(s, agent, "requests_aid", patient, "requests_aid:passive", 0.7);
            return;
          }
          int after_agent = te;
          while (after_agent < static_cast<int>(s.w.size()) && !Fold(s, after_agent, "par") &&
                 !Fold(s, after_agent, "by"))
            ++after_agent;
          for (int j = after_agent + 1; j < std::min<int>(after_agent + 14, s.w.size()); ++j) {
            int mi = MentionAt(s, j);
            if (mi < 0 || s.men[mi].adj || s.men[mi].implied) continue;
            if (s.men[mi].kind == "organization" || s.men[mi].kind == "country") {
              if (std::find(agent.begin(), agent.end(), s.men[mi].id) != agent.end()) continue;
              if (!(P(s, s.men[mi].b - 1, ',') || Fold(s, s.men[mi].b - 1, "a") ||
                    Is(s, s.men[mi].b - 1, c_.det)))
                continue;
              Emit(s, agent, type, {s.men[mi].id}, "requests_aid:passive", 0.7);
              return;
            }
          }
          missing("recipient");
          return;
        }
        if (frame == "send") {
          // "200 soldiers were deployed to Kosovo by Britain": troops as the
          // passive subject, the sender in the by-phrase.
          bool troops = false;
          for (int k = std::max(0, vb - 8); k < vb && passive; ++k) {
            if (P(s, k, ',') || P(s, k, ';')) troops = false;
            // "Aucun soldat n'a été envoyé", "no troops were sent".
            if (HitLen(s, k, c_.troop) > 0)
              troops =
                  !(Fold(s, k - 1, "aucun") || Fold(s, k - 1, "aucune") || Fold(s, k - 1, "no"));
          }
          if (!troops) return;
          std::vector<std::string> senders;
          for (const std::string& id : agent) {
            const Actor* act = r_.dict.Find(id);
            if (act && (act->kind == "country" || act->kind == "organization"))
              senders.push_back(id);
          }
          if (senders.empty()) return;
          std::vector<std::string> dest = Destination(s, te, senders);
          if (dest.empty()) return missing("destination");
          Emit(s, senders, "sends_troops", dest, "sends_troops:passive", 0.8);
          return;
        }
        if (patient.empty() && type == "accuses" && frame == "svo" &&
            (preps.find("on") != std::string::npos || preps.find("à") != std::string::npos)) {
          // "the unrest was blamed by X on terrorists", "was blamed on Kyiv
          // by X", "les violences ont été imputées par X à Y": the passive's
          // subject is the deed, the one blamed follows on/à.
          const int n = static_cast<int>(s.w.size());
          for (int k = te; k < std::min(n, te + 12); ++k) {
            if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.que) ||
                Is(s, k, c_.qui))
              break;
            if (!(Fold(s, k, "on") || Fold(s, k, "a") || Fold(s, k, "au") || Fold(s, k, "aux")) ||
                !Is(s, k, c_.prep) || IsAuxWord(s, k))
              continue;
            std::vector<std::string> blamed = NP(s, k + 1);
            std::erase_if(blamed, [&](const std::string& id) {
              return std::find(agent.begin(), agent.end(), id) != agent.end();
            });
            if (!blamed.empty()) {
              Emit(s, agent, type, blamed, type + ":passive/blamed-on", 0.75);
              return;
            }
            break;
          }
        }
        // "une délégation américaine conduite par X", "a US delegation led
        // by X", "une délégation de diplomates français conduite par X": a
        // state's delegation is led by one of its officials.
        if (patient.empty() && type == "leads" && agent.size() == 1) {
          // (a person, known or discovered)
          const bool person = std::any_of(s.men.begin(), s.men.end(), [&](const Men& m) {
            return m.id == agent[0] && m.kind == "person" && m.b > t;
          });
          std::string state;
          bool unit = false;
          for (int k = t - 1; k >= 0 && k >= t - 5 && person; --k) {
            if (!s.w[k].word) break;
            if (RoleWordAt(s, k, "led_unit") > 0) {
              unit = true;
              // the state before the noun ("a US delegation")
              if (const int bm = MentionAt(s, k - 1); state.empty() && bm >= 0 &&
                                                      s.men[bm].kind == "country" &&
                                                      !s.men[bm].id.empty())
                state = s.men[bm].id;
              break;
            }
            if (const int mi = MentionAt(s, k); mi >= 0) {
              if (s.men[mi].kind != "country" || !s.men[mi].adj || !state.empty()) break;
              state = s.men[mi].id;  // "délégation (de diplomates) américaine"
              k = s.men[mi].b;
            }
          }
          if (unit && !state.empty()) {
            Emit(s, agent, "official_of", {state}, "official_of:led-delegation", 0.75);
            return;
          }
        }
        if (patient.empty()) {
          missing("patient");
          return;
        }
        if (frame == "qualify") {
          // "was called a traitor by X", "qualifié de traître par X": the
          // label comes before the agent; "the summit was called by X"
          // (convened) names none.
          bool label = false;
          for (int k = te; k < static_cast<int>(s.w.size()) && !label; ++k) {
            if (Fold(s, k, "par") || Fold(s, k, "by") || P(s, k, '.') || P(s, k, ';')) break;
            const int lm = MentionAt(s, k);
            label = HitLen(s, k, c_.pejorative) > 0 || P(s, k, '<') || P(s, k, '"') ||
                    (lm >= 0 && s.men[lm].id == "terrorists");
          }
          if (!label) {
            missing("label");
            return;
          }
        }
        // "X et Y, dirigés respectivement par A et B", "X and Y, led
        // respectively by A and B" (s9titles): each agent of the coordinated
        // by-phrase goes with the patient in the same place, titles between
        // the names ("par le général A et le capitaine B"); lists of unequal
        // length give nothing rather than a wrong pair.
        bool respective = false;
        for (int k = std::min(vb, t) - 2; k <= te; ++k)
          respective |= Fold(s, k, "respectivement") || Fold(s, k, "respectively");
        if (respective) {
          int by = te;
          while (by < static_cast<int>(s.w.size()) && by < te + 3 && !Fold(s, by, "par") &&
                 !Fold(s, by, "by"))
            ++by;
          std::vector<std::string> agents;
          for (int k = by + 1; k < static_cast<int>(s.w.size()); ++k) {
            if (P(s, k, ',') || P(s, k, '.') || P(s, k, ';') || P(s, k, ')')) break;
            const int mi = MentionAt(s, k);
            if (mi < 0 || s.men[mi].b != k || s.men[mi].implied || s.men[mi].adj ||
                s.men[mi].pronoun || s.men[mi].id.empty())
              continue;
            if (std::find(agents.begin(), agents.end(), s.men[mi].id) == agents.end())
              agents.push_back(s.men[mi].id);
            k = s.men[mi].e - 1;
          }
          if (passive || agents.size() < 2) return missing("respective agents");
          int pe = std::min(vb, t) - 1;
          while (pe >= 0 && (IsAdverb(s, pe) || P(s, pe, ',') || Fold(s, pe, "respectivement") ||
                             Fold(s, pe, "respectively")))
            --pe;
          const int pm = MentionAt(s, pe);
          std::vector<std::string> patients;
          if (pm >= 0 && !s.men[pm].adj) patients = Expand(s, pm, -1, false);
          if (patients.size() != agents.size()) return missing("respective patients");
          Emit(s, agents, type, patients, type + ":participle", 0.8);
          return;
        }
        // patient_kind= (triggers.tsv): "dominé par", "dominated by" leads
        // a body only; a country or a region dominated by a force ("the
        // north of Yemen, dominated by the Houthis") is held, not led.
        if (const std::string& pk = e.Get("patient_kind"); !pk.empty()) {
          std::erase_if(patient, [&](const std::string& id) {
            const Actor* a = r_.dict.Find(id);
            return a != nullptr && a->kind != pk;
          });
          if (patient.empty()) return missing("patient of the kind patient_kind= names");
        }
        Emit(s, agent, type, patient, type + (passive ? ":passive" : ":participle"), 0.8);
        return;
      }
    }
  }
  // Object relative with the subject after its verb: "l'alliance militaire
  // que domine la Russie", "the bloc that Nigeria chairs" is not handled.
  if ((frame == "svo" || frame == "led_by") && Is(s, vb - 1, c_.que) &&
      s.w[vb - 1].fold != "that" && form != Form::kInfinitive && form != Form::kPresentParticiple) {
    std::vector<std::string> agent = NP(s, te);
    std::vector<std::string> head =
        LeftHead(s, vb - 1, type == "leads" ? "org_or_country" : nullptr);
    if (!agent.empty() && !head.empty()) {
      Emit(s, agent, type, head, type + ":relative-inverted", 0.8);
      return;
    }
  }
  if (frame == "agent_accuse" || frame == "led_by") {
    return;  // only passive uses carry these
  }
  if (frame == "under") {  // "une Russie sous la direction de Poutine"
    std::vector<std::string> head = NP(s, te);
    std::vector<std::string> body = LeftHead(s, t, "org_or_country");
    // "Sous la direction de Vladimir Poutine, la Russie a ...": a fronted
    // phrase describes the clause's subject after its comma.
    if (body.empty() && !head.empty() && SkipDet(s, 0) >= t) {
      int k = te;
      while (k < static_cast<int>(s.w.size()) && k < te + 8 && !P(s, k, ',')) ++k;
      const int sm = P(s, k, ',') ? MentionAt(s, SkipDet(s, k + 1)) : -1;
      if (sm >= 0 && !s.men[sm].adj && !s.men[sm].id.empty() &&
          (s.men[sm].kind == "country" || s.men[sm].kind == "organization") &&
          std::find(head.begin(), head.end(), s.men[sm].id) == head.end())
        body = {s.men[sm].id};
    }
    // "l'OTSC, qui regroupe six ex-républiques soviétiques sous la houlette
    // de la Russie", "the bloc, which operates under the leadership of X":
    // the relative clause describes its antecedent.
    for (int k = t - 1; body.empty() && !head.empty() && k >= 1 && k >= t - 12; --k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || P(s, k, '"') || Is(s, k, c_.que))
        break;
      if (!Is(s, k, c_.qui)) continue;
      int a = k - 1;
      if (P(s, a, ',')) --a;
      if (P(s, a, ')')) --a;  // "l'Organisation ... (OTSC), qui"
      const int am = a >= 0 ? MentionAt(s, a) : -1;
      if (am >= 0 && !s.men[am].adj && !s.men[am].pronoun && !s.men[am].id.empty() &&
          s.men[am].kind == "organization" &&  // "le Soudan, qui négocie sous l'égide de": no
          std::find(head.begin(), head.end(), s.men[am].id) == head.end())
        body = {s.men[am].id};
      break;
    }
    if (head.empty() || body.empty()) return missing("argument");
    Emit(s, head, "leads", body, "leads:under", 0.75);
    return;
  }
  if (frame == "member_rel" || frame == "member_noun" || frame == "member_list" ||
      frame == "member_appos" || frame == "member_branch") {
    MemberFrame(s, call);
    return;
  }
  if (frame == "ally_appos") {
    AllyFrame(s, call);
    return;
  }
  if (frame == "member_holder" || frame == "member_partners" || frame == "member_within") {
    MembershipFrame(s, call);
    return;
  }
  if (frame == "presidency") {
    PresidencyFrame(s, call);
    return;
  }
  if (frame == "consequence") {
    ConsequenceFrame(s, call);
    return;
  }
  std::string how;
  std::vector<std::string> subj;
  // "son appel à l'aide", "sa rencontre avec": the sentence's subject.
  // '"Today I appealed to the CSTO," Tokayev said': a first person inside a
  // quotation is its speaker.
  int first = vb - 1;
  while (first >= 0 && IsAdverb(s, first)) --first;
  // French too (s9args): "« J'ai demandé à X de nous aider », a dit Y"; "nous"
  // opening the quoted clause (no object pronoun then).
  if (first >= 0 && s.inq[first] && !s.speakers.empty() &&
      (Fold(s, first, "i") || Fold(s, first, "we") || Fold(s, first, "je") ||
       (Fold(s, first, "j") && s.w[first].elided) ||
       (Fold(s, first, "nous") &&
        (first == 0 || P(s, first - 1, '<') || P(s, first - 1, '"') || P(s, first - 1, ','))))) {
    subj = s.speakers;
    how = "quoted-first-person";
  } else {
    subj = Subject(s, t, &how);
  }
  if (subj.empty()) {
    if (std::vector<std::string> main = FrontedAdjunctSubject(s, t); !main.empty()) {
      subj = main;
      how = "fronted";
    }
  }
  if (subj.empty() && e.Get("pos") != "noun" &&
      (form == Form::kInfinitive || Fold(s, t - 1, "to") || Fold(s, vb - 1, "to"))) {
    subj = RelativeHeadOfInfinitive(s, vb);  // s8support
    if (!subj.empty()) how = "relative-infinitive";
  }
  if (e.Get("pos") != "noun" && InheritsSubject(s, t, vb, form) && how != "relative") {
    std::vector<std::string> main = CoordinatedMainSubject(s, vb);  // "X and Y backed A and warned B"
    // "une affirmation que Kiev a contestée en accusant Minsk", "a claim that
    // Kyiv rejected by accusing Minsk" (s5prec): a gerund in a relative
    // clause shares the relative clause's own subject.
    if (form == Form::kPresentParticiple) {
      for (int k = vb - 1; k >= 1 && k >= vb - 10; --k) {
        if (P(s, k, ',') || P(s, k, ';') || P(s, k, '.') || P(s, k, ':')) break;
        if (!Is(s, k, c_.que) && !Fold(s, k, "that")) continue;
        const int rm = MentionAt(s, SkipDet(s, k + 1));
        if (rm >= 0 && !s.men[rm].pronoun && !s.men[rm].adj && !s.men[rm].id.empty() &&
            MentionAt(s, k - 1) < 0)
          main = Expand(s, rm, +1);
        break;
      }
    }
    if (!main.empty()) {
      subj = main;
      how = "inherited";
    } else if (how == "subject" && CoordinatedObject(s, vb, subj)) {
      // "X ... cautioned Israel ..., and warned Y" (s9args): the verb shares
      // a subject the clause does not name plainly, never the object before.
      subj.clear();
    }
  }
  // s10accuse: "with the State Department accusing Moscow of", the
  // gerund's own actor, not the main clause's subject.
  if (form == Form::kPresentParticiple && IsStanceType(type) && e.Get("pos") != "noun") {
    if (std::vector<std::string> own = WithClauseSubject(s, vb); !own.empty()) {
      subj = std::move(own);
      how = "with-clause";
    }
  }
  if (call.rel_head >= 0) {
    // "X a rencontré Y, à qui il a demandé": "il" is the main clause's
    // subject, not Y, the nearest person.
    const std::string head = IdOf(s, call.rel_head);
    // "X a demandé le départ de Y, à qui elles reprochaient": a plural
    // pronoun left unresolved is the main clause's subject too (s8speech).
    const int pm = MentionAt(s, vb - 1);
    const bool open_pronoun = subj.empty() && pm >= 0 && s.men[pm].pronoun;
    if (how == "pronoun" || open_pronoun ||
        std::find(subj.begin(), subj.end(), head) != subj.end()) {
      std::vector<std::string> main = MainSubject(s, s.men[call.rel_head].b);
      if (!main.empty() && std::find(main.begin(), main.end(), head) == main.end()) {
        subj = main;
        how = "relative-pronoun";
      }
    }
  }
  // s11stance: "des manifestants favorables à la junte": the actor named
  // right before an attitude phrase holds it.
  if (HitLen(s, t, c_.stance_word) > 0 && MentionAt(s, t - 1) >= 0 && IsStanceType(type) &&
      e.Get("pos") == "phrase") {
    if (std::vector<std::string> held = DescribedHolder(s, t); !held.empty()) {
      subj = std::move(held);
      how = "described";
    }
  }
  if (frame == "svo" && (type == "accuses" || type == "criticizes" || type == "warns") &&
      !s.inq[t] && form != Form::kInfinitive && form != Form::kPresentParticiple &&
      QuoteAttribution(s, call, subj, how))
    return;
  if (frame == "svo" || frame == "meet" || frame == "meet_noun" || frame == "qualify") {
    SvoFrame(s, call, &subj, &how);
    return;
  }
  ClauseFrame(s, call, &subj, &how);
}

// A stance verb attributing the quotation before it: "« La junte porte
// seule la responsabilité », a accusé X", '"Moscow is arming them," Borrell
// warned'. The speaker (after the verb when inverted) takes the stance
// against the actor the quotation opens with, else the agent of the act it
// describes ("une prise de contrôle par les mercenaires de Wagner").
bool Engine::QuoteAttribution(Sent& s, const FrameCall& f, const std::vector<std::string>& subj,
                              const std::string& how) {
  const int n = static_cast<int>(s.w.size());
  int start = f.vb;  // where the attribution clause starts
  bool inverted = true;
  std::vector<std::string> who;
  if (int pm = MentionAt(s, f.vb - 1);
      pm >= 0 && s.men[pm].pronoun && s.w[f.vb - 1].hyphen_before) {
    // "», a-t-il dénoncé": the pronoun after the auxiliary is the speaker.
    int j = f.vb - 2;
    if (Fold(s, j, "t") && s.w[j].hyphen_before) --j;
    if (!Is(s, j, c_.aux)) return false;
    start = j;
    const std::string p = !s.speaker.empty() ? s.speaker : ResolvePronoun(s, f.vb - 1);
    if (p.empty()) return false;
    who = {p};
  } else if (!subj.empty() && how == "subject") {
    // English order: '"...," Borrell warned', '"...," the ministry charged'.
    if (int sm = MentionAt(s, f.vb - 1); sm >= 0) {
      // '"...," NATO chief Jens Stoltenberg warned': the subject's words
      // back to the quotation.
      start = s.men[sm].b;
      for (int k = start - 1, steps = 0; k >= 0 && steps < 6 && s.w[k].word; --k, ++steps) {
        if (MentionAt(s, k) < 0 &&
            (Is(s, k, c_.coord) || Is(s, k, c_.que) || Is(s, k, c_.qui) || IsAuxWord(s, k) ||
             HitLen(s, k, c_.trigger) > 0 || HitLen(s, k, c_.speech) > 0))
          break;
        start = k;  // "the EU foreign policy chief"
      }
      inverted = false;
      who = subj;
    }
  }
  // The quotation closes right before: "», a accusé" or '," X warned'.
  int close = -1;
  if (P(s, start - 1, ',') && (P(s, start - 2, '>') || P(s, start - 2, '"')) && !s.inq[start - 2]) {
    close = start - 2;
  } else if ((P(s, start - 1, '>') || P(s, start - 1, '"')) && P(s, start - 2, ',') &&
             !s.inq[start - 1]) {
    close = start - 1;
  }
  int open = -1;
  if (close >= 0) {
    open = close - 1;
    while (open >= 0 && s.inq[open] && !(P(s, open, '<') || P(s, open, '"'))) --open;
    if (open < 0 || !s.inq[open]) return false;
    if (close - open < 4) {
      // "X mène une politique « irresponsable », a dénoncé Y": a short quoted
      // label inside the clause reported, which reads as unquoted (s9stance).
      if (!inverted || open == 0 || !P(s, start - 1, ',')) return false;
      open = -1;
      close = start - 1;
    }
  } else if (inverted && P(s, start - 1, ',') && start > 4) {
    // Without quotation marks: "Le Rwanda arme les rebelles, a accusé
    // Félix Tshisekedi." The clause reported runs from the sentence start.
    if (SplitAfterAux(s, start)) return false;  // "X a, mardi, accusé Y"
    // "Several states, including A and B, condemned X": the comma closes a
    // list of the subject's, not a clause reported.
    if (!InciseListSubject(s, start - 1).empty()) return false;
    close = start - 1;
    // Not after the subject's own apposition, name or relative clause ("Le
    // porte-parole, Dmitri Peskov, a critiqué X", "Moscou, qui ..., a ...").
    int prev = close - 1;
    while (prev >= 0 && !P(s, prev, ',')) --prev;
    if (prev >= 0) {
      // (s11args: "X, ainsi que Y, a dénoncé Z", "X, as well as Y, condemned
      // Z": a conjunct added between commas is the subject's too.)
      const int joined = HitLen(s, prev + 1, c_.coord);
      const int first = SkipDet(s, prev + 1 + (joined > 1 ? joined : 0));
      const int fm = MentionAt(s, first);
      if (Is(s, prev + 1, c_.qui) || Is(s, prev + 1, c_.que) || Fold(s, prev + 1, "dont") ||
          Fold(s, prev + 1, "whose") ||
          AppositionHead(s, close) >= 0 || (fm >= 0 && s.men[fm].e == close))
        return false;
    }
  } else {
    return false;
  }
  if (inverted && who.empty()) {
    // "», déplore-t-elle", "», dénonce-t-il": a simple tense inverts its
    // subject pronoun after the verb; the pronoun is the speaker (s8speech).
    int k = f.te;
    if (Fold(s, k, "t") && s.w[k].hyphen_before) ++k;
    if (int pm = MentionAt(s, k); pm >= 0 && s.men[pm].pronoun && s.w[k].hyphen_before) {
      const std::string p = !s.speaker.empty() ? s.speaker : ResolvePronoun(s, k);
      if (p.empty()) return false;
      who = {p};
    }
  }
  if (inverted && who.empty()) {
    // "a accusé Abdel-Fatau Musah", "a assuré à l'issue de l'entretien le
    // ministre X": the first actor after the verb that no preposition governs.
    for (int k = f.te; k < std::min(n, f.te + 10) && who.empty(); ++k) {
      if (!s.w[k].word && !P(s, k, '-')) break;
      int mi = MentionAt(s, k);
      if (mi < 0) continue;
      if (s.men[mi].implied && s.men[mi].kind == "country") {
        // "foreign minister" read as its country too: the title's holder.
        for (int pm = 0; pm < static_cast<int>(s.men.size()); ++pm) {
          if (s.men[pm].b == k && s.men[pm].kind == "person" && !s.men[pm].pronoun) mi = pm;
        }
      }
      const Men& m = s.men[mi];
      k = m.e - 1;
      if (m.pronoun || m.adj || m.id.empty() || m.kind.empty() || InPlacePhrase(s, m)) continue;
      if (IsComplement(s, m) && !IsOrganOf(s, m)) continue;
      // "the Congolese president X", "Ukraine's foreign minister X": the
      // title's country words, then its holder.
      if (m.kind == "country" && IsTitleCountryModifier(s, m.b)) {
        int q = m.e;
        while (q < n && q < m.e + 3 && IsTitleCountryModifier(s, q)) ++q;
        bool holder = false;  // the title's own mention may sit under its country's
        for (const Men& h : s.men) holder |= h.b == q && h.kind == "person" && !h.pronoun;
        if (holder) continue;
      }
      if (m.kind != "person" && m.kind != "organization" && m.kind != "country") return false;
      // Unquoted, "…, a accusé la France de trahison" is a second verb with
      // its object; "…, a dénoncé Moscou." inverts: the actor right after
      // the verb ends the sentence (a person may keep an apposition).
      if (open < 0) {
        for (int q = f.te; q < m.b; ++q) {  // right after the verb: "a accusé mercredi le ..."
          // "warned the Ukrainian president X": the title's country words.
          if (!IsAdverb(s, q) && !Is(s, q, c_.det) && !IsTitleCountryModifier(s, q)) return false;
        }
        if (m.kind != "person" && !(m.e >= n || P(s, m.e, '.'))) return false;
        if (Is(s, m.e, c_.prep_de) || Fold(s, m.e, "of")) return false;
        for (int q = m.e; q < n && !P(s, q, '.'); ++q) {
          if (IsAuxWord(s, q) || Is(s, q, c_.que) || Is(s, q, c_.qui) ||
              HitLen(s, q, c_.trigger) > 0 || q > m.e + 12)
            return false;
        }
      }
      who = {IdOf(s, mi)};
    }
  } else if (!inverted) {
    // Nothing but the end of the clause after the verb ("Borrell warned on
    // Monday."): an object after it is the verb's own.
    int k = f.te;
    while (IsAdverb(s, k)) ++k;
    if (!(k >= n || P(s, k, '.') || P(s, k, ',') || P(s, k, ';') || Fold(s, k, "on") ||
          Fold(s, k, "in") || Fold(s, k, "at")))
      return false;
  }
  if (who.empty()) return false;
  // The quotation's opening noun phrase, else the first agent in it;
  // unquoted, the subject of the clause reported.
  std::vector<std::string> target;
  if (open >= 0) {
    // "« Une fois que les Russes sont chez vous, ... », a ironisé X", "\"Once
    // the Russians are in your house ...\"": past an opening subordinator, the
    // subject of its clause.
    int q0 = open + 1;
    if (Fold(s, q0, "une") && Fold(s, q0 + 1, "fois") &&
        (Fold(s, q0 + 2, "que") || Fold(s, q0 + 2, "qu")))
      q0 += 3;
    else if (Fold(s, q0, "once") || Fold(s, q0, "if") || Fold(s, q0, "when") || Fold(s, q0, "si") ||
             Fold(s, q0, "quand") || Fold(s, q0, "lorsque") || Fold(s, q0, "lorsqu"))
      ++q0;
    target = NP(s, q0);
    if (int fm = MentionAt(s, SkipDet(s, q0)); fm >= 0 && s.men[fm].pronoun) target.clear();
    for (int k = open + 1; k < close && target.empty(); ++k) {
      if (Fold(s, k, "par") || Fold(s, k, "by")) target = NP(s, k + 1);
    }
    // "La Turquie « joue avec le feu », a averti X": the quotation only ends
    // the clause reported, whose subject opens the sentence (s9stance).
    if (target.empty() && open > 0) target = MainSubject(s, open);
    // "« Une leçon de l'histoire récente, c'est qu'une fois que les Russes
    // sont chez vous ... », a ironisé X": a criticism whose quotation names
    // one actor only (not the speaker's side) is aimed at it.
    if (target.empty() && f.type == "criticizes") {
      std::vector<std::string> named;
      for (int mi = 0; mi < static_cast<int>(s.men.size()); ++mi) {
        const Men& m = s.men[mi];
        // (not one after a preposition: "« Nous condamnons toute attaque
        // contre l'Arménie »" is aimed at no Armenian)
        if (m.b <= open || m.e > close || m.pronoun || m.implied || m.id.empty() ||
            !IsPartyKind(m.kind) || IsComplement(s, m))
          continue;
        const std::string id = IdOf(s, mi);
        if (std::find(named.begin(), named.end(), id) == named.end()) named.push_back(id);
      }
      if (named.size() == 1) target = named;
    }
  } else {
    target = MainSubject(s, close);
  }
  // Not the speaker, nor his own side: "« L'Ukraine ne cédera pas », a
  // averti Zelensky".
  std::vector<std::string> others;
  for (const std::string& id : target) {
    if (std::find(who.begin(), who.end(), id) == who.end()) others.push_back(id);
  }
  const std::vector<std::string> kept = NotOwnSide(s, who, others);
  if (kept.empty()) return false;
  Emit(s, who, f.type, kept, f.rule + (open >= 0 ? "/quote" : "/reported"), 0.8);
  return true;
}

// The trigger lacked an argument: say which (trace) and remember it for the
// recall layer.
void Engine::Missing(Sent& s, const FrameCall& f, const char* what) {
  // The message only when tracing: frames miss arguments often.
  if (tracing_) Log(s, "  no edge " + f.rule + " '" + Surface(s, f.t, f.te) + "': missing " + what);
  frame_missing_ = what;
}

namespace {

// "31e", "32nd", "first", "dernier": the rank of a member in "the 32nd member".
bool IsOrdinalWord(const Word& w) {
  if (!w.fold.empty() && std::isdigit(static_cast<unsigned char>(w.fold[0]))) {
    const std::string& f = w.fold;
    for (const char* end : {"e", "eme", "er", "st", "nd", "rd", "th"}) {
      const std::string e(end);
      if (f.size() > e.size() && f.compare(f.size() - e.size(), e.size(), e) == 0) return true;
    }
    return false;
  }
  for (const char* word : {"premier", "premiere", "dernier", "derniere", "nouveau", "nouvel",
                           "nouvelle", "first", "last", "latest", "newest", "new"}) {
    if (w.fold == word) return true;
  }
  return false;
}

bool IsBecomeVerb(const Word& w) {
  // Done or doing, not to come ("could become", "deviendra"): no future member.
  for (const char* word : {"devenu", "devenue", "devenus", "devenues", "devient", "deviennent",
                           "became", "becomes"}) {
    if (w.fold == word) return true;
  }
  return false;
}

}  // namespace

// Membership: "dont X est membre", "members of O", "composée de X, Y et Z".
void Engine::MemberFrame(Sent& s, const FrameCall& f) {
  const int t = f.t, te = f.te, vb = f.vb;
  const std::string &frame = f.frame, &preps = f.preps;
  auto missing = [&](const char* what) { Missing(s, f, what); };
  if (frame == "member_branch") {
    // A group named in apposition as another's branch or affiliate belongs
    // to it: "le Front al-Nosra, la branche syrienne d'Al-Qaïda", "JNIM,
    // al-Qaeda's affiliate in the Sahel", "le JNIM, affilié à Al-Qaïda".
    // Both sides organizations; the member is the name before the comma.
    const int n = static_cast<int>(s.w.size());
    auto org_at = [&](int k) -> int {
      const int mi = MentionAt(s, k);
      return mi >= 0 && !s.men[mi].adj && !s.men[mi].pronoun && !s.men[mi].id.empty() &&
                     s.men[mi].kind == "organization"
                 ? mi
                 : -1;
    };
    auto adjective = [&](int k) {
      const int mi = MentionAt(s, k);
      if (mi >= 0) return s.men[mi].adj ? s.men[mi].e - k : 0;
      return k < n && s.w[k].word && !s.w[k].upper_initial && !Is(s, k, c_.prep) &&
                     !Is(s, k, c_.prep_de) && !Is(s, k, c_.det) && !Is(s, k, c_.coord) &&
                     !Is(s, k, c_.aux) && !GenitiveS(s, k)
                 ? 1
                 : 0;
    };
    int org = -1, start = t;
    if (Is(s, te - 1, c_.prep) || Is(s, te - 1, c_.prep_de) || Fold(s, te - 1, "a")) {
      org = org_at(SkipDet(s, te));  // "affilié à X": the preposition is the trigger's
    } else {
      int q = te;
      if (const int al = adjective(q); al > 0 && al < 4) q += al;  // "branche syrienne d'"
      if (Is(s, q, c_.prep_de) || Fold(s, q, "of")) org = org_at(SkipDet(s, q + 1));
    }
    // Before the noun: an adjective, then the owner's genitive or an article.
    int b = t - 1;
    for (int step = 0; step < 2 && b >= 0; ++step) {
      const int mi = MentionAt(s, b);
      // ("Somali", or a region named attributively: "al-Qaeda's Sahel affiliate")
      if (mi >= 0 && (s.men[mi].adj || (s.men[mi].kind == "location" && !GenitiveS(s, b + 1)))) {
        b = s.men[mi].b - 1;
      } else if (mi < 0 && (adjective(b) == 1 || (s.w[b].word && s.w[b].upper_initial &&
                                                   b >= 1 && GenitiveS(s, b - 1)))) {
        --b;  // ("al-Qaeda's Somali affiliate": a nationality read without its noun)
      } else {
        break;
      }
    }
    if (org < 0 && b >= 1 && GenitiveS(s, b) && !s.w[b].elided) {
      org = org_at(b - 1);
      if (org >= 0) b = s.men[org].b - 1;
    }
    if (org < 0) return missing("organization");
    // "HTC, ancienne branche syrienne d'Al-Qaïda", "a former affiliate":
    // no longer a member.
    for (int k = std::max(0, b); k < t; ++k) {
      if (Fold(s, k, "former") || Fold(s, k, "ex") || Fold(s, k, "onetime") ||
          Fold(s, k, "erstwhile") || Fold(s, k, "ancienne") || Fold(s, k, "ancien") ||
          Fold(s, k, "anciennes") || Fold(s, k, "anciens"))
        return missing("former");
    }
    while (b >= 0 && Is(s, b, c_.det)) --b;
    start = b + 1;
    if (!P(s, start - 1, ',')) return missing("apposition");
    int me = start - 1;  // the member's last word is before the comma
    if (P(s, me - 1, ')')) {  // "(GSIM)": the acronym stands for it
      me -= 1;
    }
    int member = -1;
    for (int k = me - 1; k >= 0 && k >= me - 2 && member < 0; --k) {
      const int mi = org_at(k);
      // (a name that takes its acronym in, "le Groupe de soutien ... (JNIM)")
      if (mi >= 0 && (s.men[mi].e == me || s.men[mi].e == start - 1)) member = mi;
    }
    if (member < 0) return missing("member");
    if (s.men[member].id == s.men[org].id) return missing("member");
    Emit(s, {s.men[member].id}, "member_of", {s.men[org].id}, "member_of:branch", 0.8);
    return;
  }
  if (frame == "member_rel") {
    // "l'OTSC, dont l'Arménie est membre", "the bloc, of which Mali is a
    // member": the organization is the antecedent of the relative.
    int d = vb - 1;
    while (d >= 0 && !(Fold(s, d, "dont") || (Fold(s, d, "which") && Fold(s, d - 1, "of")))) {
      if (P(s, d, ',') || P(s, d, '.') || P(s, d, ';') || vb - d > 12) return;
      --d;
    }
    if (d < 0) return;
    auto state_or_body = [&](int mi) {
      return mi >= 0 && !s.men[mi].adj && !s.men[mi].pronoun && !s.men[mi].id.empty() &&
             (s.men[mi].kind == "country" || s.men[mi].kind == "organization");
    };
    std::vector<std::string> members;
    bool pronoun_member = false;
    for (int k = d + 1; k < vb && members.empty(); ++k) {
      int mi = MentionAt(s, k);
      if (state_or_body(mi)) members = Expand(s, mi, +1, false);
      // ("it" and "they" find no mention when no person is near)
      if ((mi >= 0 && s.men[mi].pronoun) || Fold(s, k, "it") || Fold(s, k, "they") ||
          Fold(s, k, "il") || Fold(s, k, "elle") || Fold(s, k, "ils") || Fold(s, k, "elles"))
        pronoun_member = true;
    }
    // "la coalition dont fait partie le M23": the member follows the verb.
    if (members.empty() && !pronoun_member && vb == t) {
      const int k = SkipDet(s, te);
      if (k < static_cast<int>(s.w.size()) && state_or_body(MentionAt(s, k)))
        members = Expand(s, MentionAt(s, k), +1, false);
    }
    int h = Fold(s, d, "which") ? d - 2 : d - 1;
    if (P(s, h, ',')) --h;
    if (P(s, h, ')')) h -= 2;  // "(OTSC)"
    int om = MentionAt(s, h);
    // "l'AFC, la coalition dont le M23 est membre", "a spokesman for the
    // Arab League, the bloc of which Egypt is a member": a class noun in
    // apposition stands for the body named before its comma.
    if (om < 0) {
      int q = h;
      while (q >= 0 && h - q < 6 && (P(s, q, '-') || (s.w[q].word && !s.w[q].upper_initial)) &&
             MentionAt(s, q) < 0)
        --q;
      if (q < h && P(s, q, ',')) {
        om = MentionAt(s, q - 1);
        if (om < 0 && P(s, q - 1, ')')) om = MentionAt(s, q - 3);  // "(AFC)"
        if (om >= 0 && s.men[om].implied && s.men[om].rule != "title:of") om = -1;
      }
    }
    if (om < 0 || s.men[om].kind != "organization" || s.men[om].id.empty()) return;
    // "L'Arménie a sollicité l'OTSC, dont elle est membre", "le M23 et
    // l'AFC, la coalition dont il fait partie": a subject pronoun in the
    // relative stands for the sentence's first state or body named before
    // the organization (its subject, or the name coordinated with it).
    if (members.empty() && pronoun_member) {
      for (int mi = 0; mi < static_cast<int>(s.men.size()); ++mi) {
        if (s.men[mi].b >= s.men[om].b) continue;
        if (state_or_body(mi) && s.men[mi].id != s.men[om].id) {
          members = {s.men[mi].id};
          break;
        }
      }
    }
    if (members.empty()) return;
    Emit(s, members, "member_of", {s.men[om].id}, "member_of:relative", 0.85);
    return;
  }
  if (frame == "member_noun") {
    // "a non-member of OPEC", "les pays non membres de l'UE", "ex-membre
    // de", "former member of": not (or no longer) a member.
    if (Fold(s, t - 1, "non") || Fold(s, t - 1, "ex") || Fold(s, t - 1, "former") ||
        Fold(s, t - 1, "ancien") || Fold(s, t - 1, "anciens") || Fold(s, t - 1, "ancienne")) {
      if (tracing_)
        Log(s, "  blocked " + f.rule + " '" + Surface(s, t, te) + "': not a member (" +
                   s.w[t - 1].fold + ")");
      return;
    }
    // "wants to become a member of", "aspire à devenir membre de".
    if (std::string why = MembershipPending(s, vb); !why.empty()) {
      if (tracing_) Log(s, "  blocked " + f.rule + " '" + Surface(s, t, te) + "': " + why);
      return;
    }
    std::vector<std::string> org = NP(s, te);
    // "a member of the SCO and of the CSTO", "membre de l'UE et de l'OTAN":
    // the preposition repeated before a second body.
    if (!org.empty()) {
      // (the end of the last body named: NP may take in "the Russia" of
      // "and of the Russia-led CSTO")
      int e = -1;
      for (int k = te; k < std::min<int>(te + 12, s.w.size()); ++k) {
        if (P(s, k, ',') || P(s, k, '.') || P(s, k, ';')) break;
        const int mi = MentionAt(s, k);
        if (mi >= 0 && s.men[mi].kind == "organization" &&
            std::find(org.begin(), org.end(), s.men[mi].id) != org.end()) {
          e = s.men[mi].e;
          k = e - 1;
        }
      }
      if (e >= 0 && P(s, e, ')')) ++e;
      if (e >= 0 && (Fold(s, e, "and") || Fold(s, e, "et")) &&
          (Fold(s, e + 1, "of") || Is(s, e + 1, c_.prep_de))) {
        // ("and of the Russia-led CSTO": past a compound modifier)
        for (int k = e + 2; k < std::min<int>(e + 7, s.w.size()); ++k) {
          if (P(s, k, ',') || P(s, k, '.') || P(s, k, ';')) break;
          const int mi = MentionAt(s, k);
          if (mi < 0 || s.men[mi].b != k || s.men[mi].kind != "organization" || s.men[mi].adj)
            continue;
          for (const std::string& id : NP(s, k)) {
            const Actor* a = r_.dict.Find(id);
            if (a && a->kind == "organization") org.push_back(id);
          }
          break;
        }
      }
    }
    // "deux pays membres de la SADC, l'Angola et la Zambie": the list in
    // apposition after the organization names its members, not more
    // organizations; states are no organization of a membership.
    if (org.size() > 1) {
      const Actor* first = r_.dict.Find(org[0]);
      if (!first || first->kind != "country") {
        std::erase_if(org, [&](const std::string& id) {
          const Actor* a = r_.dict.Find(id);
          return a && a->kind == "country";
        });
      }
    }
    if (org.empty()) {
      // "members of the 14-nation Lima Group": the first organization named
      // in the complement, past numbers and modifiers.
      for (int k = te; k < std::min<int>(te + 6, s.w.size()); ++k) {
        if (P(s, k, ',') || P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.prep)) break;
        int mi = MentionAt(s, k);
        if (mi < 0) continue;
        if (s.men[mi].kind == "organization" && !s.men[mi].adj && !s.men[mi].id.empty())
          org = {s.men[mi].id};
        break;
      }
    }
    if (org.empty()) {
      // "a founding member of the eight-nation bloc", "membre permanent du
      // Conseil": the body the page names nearest (s4member).
      if (std::string body = DescribedBody(s, te); !body.empty()) org = {body};
    }
    if (org.empty()) return missing("organization");
    int oe = te;
    while (oe < static_cast<int>(s.w.size()) &&
           (MentionAt(s, oe) < 0 || s.men[MentionAt(s, oe)].id != org[0]))
      ++oe;
    if (oe < static_cast<int>(s.w.size())) oe = s.men[MentionAt(s, oe)].e;
    // list after: ", à savoir la Russie, le Belarus ..." / ": X, Y" / "(X, Y)"
    int k = oe;
    bool intro = false;
    while (k < static_cast<int>(s.w.size()) && (P(s, k, ',') || P(s, k, ':') || P(s, k, '(') ||
                                                P(s, k, '-') || HitLen(s, k, c_.list_intro) > 0)) {
      intro = true;
      k += std::max(1, HitLen(s, k, c_.list_intro));
    }
    std::vector<std::string> members;
    if (intro) members = NP(s, k, 0, false);
    // "The six member states of the CSTO are Russia, Belarus ...", "les
    // membres de l'OTSC sont la Russie, ...": the states after the copula,
    // those the dictionary does not list as non-members.
    if (!intro && (Fold(s, k, "are") || Fold(s, k, "were") || Fold(s, k, "sont") ||
                   Fold(s, k, "etaient") || Fold(s, k, "include") || Fold(s, k, "comprennent"))) {
      const int j = SkipDet(s, k + 1);
      const int mi = MentionAt(s, j);
      if (mi >= 0 && s.men[mi].b == j && !s.men[mi].adj && !s.men[mi].pronoun &&
          s.men[mi].kind == "country") {
        members = NP(s, j, 0, false);
        std::erase_if(members, [&](const std::string& id) { return ListedNonMember(id, org[0]); });
      }
    }
    if (f.e.Get("after") == "only") {
      // "les pays de la Cedeao, dont le Sénégal" (s11member): a class noun
      // of states names members only in the list after the body, a body of
      // states the dictionary lists ("pays de l'ex-Union soviétique" names
      // no members).
      const Actor* body = r_.dict.Find(org[0]);
      if (!body || body->members.empty()) return missing("body of states");
      std::erase_if(members, [&](const std::string& id) {
        const Actor* a = r_.dict.Find(id);
        return !a || a->kind != "country" || ListedNonMember(id, org[0]);
      });
      if (members.empty()) return missing("members");
    }
    if (members.empty()) {
      // before: "X est membre de O", "X et Y, membres de O"
      int j = t - 1;
      // "X, l'un des six membres de O", "X, one of the 15 members of O"
      while (j >= 0 && (Is(s, j, c_.aux) || P(s, j, ',') || Is(s, j, c_.det) || IsAdverb(s, j) ||
                        Fold(s, j, "tous") || Fold(s, j, "deux") ||
                        // ("le pays" taken up as a state is the member itself.)
                        (Fold(s, j, "pays") && MentionAt(s, j) < 0) ||
                        Fold(s, j, "both") || Fold(s, j, "now") || CountAt(s, j) > 0 ||
                        Fold(s, j, "fellow") || Fold(s, j, "fellows") || Fold(s, j, "other") ||
                        Fold(s, j, "autres") || Fold(s, j, "autre") ||
                        ((Fold(s, j, "des") || Fold(s, j, "d")) &&
                         (Fold(s, j - 1, "un") || Fold(s, j - 1, "une"))) ||
                        Fold(s, j, "un") || Fold(s, j, "une") ||
                        (Fold(s, j, "of") && Fold(s, j - 1, "one")) || Fold(s, j, "one") ||
                        IsOrdinalWord(s.w[j]) ||
                        // "Dodik, the Serb member of the presidency": a
                        // nationality right before the noun.
                        (j == t - 1 && Is(s, j - 1, c_.det) && s.w[j].word &&
                         s.w[j].upper_initial &&
                         (MentionAt(s, j) < 0 || s.men[MentionAt(s, j)].adj ||
                          s.men[MentionAt(s, j)].rule == "dict:demonym"))))
        --j;
      int mi = MentionAt(s, j);
      if (mi >= 0 && !s.men[mi].adj &&
          (s.men[mi].kind == "country" || s.men[mi].kind == "organization" ||
           (s.men[mi].kind == "person" && P(s, j + 1, ','))))
        members = Expand(s, mi, -1, false);
      // "X est devenue le 31e membre de O", "Y became the 32nd member of O":
      // the subject of a verb of becoming before the member noun.
      if (members.empty() && j >= 1 && IsBecomeVerb(s.w[j])) {
        std::string how;
        for (const std::string& id : Subject(s, j, &how)) {
          const Actor* a = r_.dict.Find(id);
          if (a && (a->kind == "country" || a->kind == "organization")) members.push_back(id);
        }
      }
    }
    // ("X reste membre de O", "X remains a member of O": a copula verb, too.)
    if (members.empty() && (Is(s, t - 1, c_.aux) || Is(s, t - 2, c_.aux) ||
                            StanceWordAt(s, t - 1, "copula") > 0 ||
                            StanceWordAt(s, t - 2, "copula") > 0)) {
      // "Kazakhstan, the world's largest producer, is a member of": the
      // clause's subject.
      std::string how;
      for (const std::string& id : Subject(s, t, &how)) {
        const Actor* a = r_.dict.Find(id);
        if (a && (a->kind == "country" || a->kind == "organization")) members.push_back(id);
      }
    }
    // "Les trois pays restent membres de l'UEMOA": the countries the page
    // just listed (s5struct).
    if (members.empty()) members = CountedSubject(s, t);
    if (members.empty()) return missing("members");
    {  // "together with Russia, Armenia and Belarus", "aux côtés de X et Y"
      int k = te;
      while (k < static_cast<int>(s.w.size()) && k < te + 8 &&
             !(MentionAt(s, k) >= 0 && s.men[MentionAt(s, k)].id == org[0]))
        ++k;
      if (k < static_cast<int>(s.w.size()) && MentionAt(s, k) >= 0) k = s.men[MentionAt(s, k)].e;
      if ((Fold(s, k, "together") || Fold(s, k, "along")) && Fold(s, k + 1, "with")) {
        for (const std::string& id : NP(s, k + 2, 0, false)) members.push_back(id);
      } else if (Fold(s, k, "avec") ||
                 (Fold(s, k, "aux") && Fold(s, k + 1, "cotes") && Is(s, k + 2, c_.prep_de))) {
        for (const std::string& id : NP(s, Fold(s, k, "avec") ? k + 1 : k + 3, 0, false))
          members.push_back(id);
      }
    }
    // "Sudan, a founding member of the bloc" with the bloc read as a state's
    // own body (a ministry the page discovered): states join the
    // organizations the dictionary knows, not another state's institutions.
    if (const Actor* body = r_.dict.Find(org[0]); !body) {
      std::erase_if(members, [&](const std::string& id) {
        const Actor* a = r_.dict.Find(id);
        return a && a->kind == "country";
      });
      if (members.empty()) return missing("organization");
    }
    // "pays membres de la SADC, le Malawi et la Tanzanie": the listed
    // members are not organizations of each other.
    std::erase_if(org, [&](const std::string& id) {
      return std::find(members.begin(), members.end(), id) != members.end();
    });
    if (org.empty()) return missing("organization");
    Emit(s, members, "member_of", org, "member_of:member-noun", 0.85);
    return;
  }
  if (frame == "member_appos") {
    // "fellow CSTO members Belarus and Armenia", "NATO member states Poland,
    // Latvia": the organization names the member noun, the members follow
    // it in apposition (a comma or colon may open the list).
    // "ASEAN's member states Vietnam and Laos": the organization's possessive.
    // "NATO's newest member, Sweden,", "the bloc's 31st member": a rank
    // between the owner and the noun.
    int tr = t;
    while (tr > 1 && IsOrdinalWord(s.w[tr - 1]) && MentionAt(s, tr - 1) < 0) --tr;
    int owner_end = tr;
    if (GenitiveS(s, tr - 1) && MentionAt(s, tr - 1) < 0) owner_end = tr - 1;
    int om = owner_end > 0 ? MentionAt(s, owner_end - 1) : -1;
    std::string owner;
    if (om >= 0 && s.men[om].e == owner_end && s.men[om].kind == "organization" && !s.men[om].adj &&
        !s.men[om].implied && !s.men[om].id.empty())
      owner = s.men[om].id;
    // "the alliance's member states - X, Y", "ses États membres (X, Y)": a
    // described or possessive body, only when punctuation opens the list
    // (s9titles). The body is the one the page names (DescribedBody), or
    // for a possessive the last body of states named before.
    const bool opened = P(s, te, ':') || P(s, te, '-') || P(s, te, '(');
    // "ASEAN member states such as Vietnam" (s11member): the body named
    // through its members (s8subj) covers the noun; a list introducer follows.
    if (owner.empty() && om >= 0 && s.men[om].b < t && s.men[om].e >= te &&
        s.men[om].kind == "organization" && !s.men[om].id.empty() &&
        HitLen(s, P(s, te, ',') ? te + 1 : te, c_.list_intro) > 0)
      owner = s.men[om].id;
    const bool named = !owner.empty();
    // "the bloc's members, Russia, Belarus and Armenia, agreed", "NATO's
    // members, Poland and Lithuania among them": a comma opens the list when
    // a state follows it, one the dictionary lists in the body (checked below).
    const int cm = !opened && P(s, te, ',') ? MentionAt(s, SkipDet(s, te + 1)) : -1;
    const bool comma = cm >= 0 && s.men[cm].b == SkipDet(s, te + 1) && !s.men[cm].adj &&
                       !s.men[cm].pronoun && s.men[cm].kind == "country" && !s.men[cm].id.empty();
    if (owner.empty() && (opened || comma)) {
      if (om >= 0 && s.men[om].b < t && s.men[om].e >= te && s.men[om].kind == "organization" &&
          !s.men[om].id.empty()) {
        owner = s.men[om].id;  // a body named through its members (s8subj) covers the noun
      } else if (owner_end < tr) {
        owner = DescribedBody(s, Is(s, owner_end - 2, c_.det) ? owner_end - 2 : owner_end - 1);
      } else if (Is(s, tr - 1, c_.possessive) && !Fold(s, tr - 1, "his") &&
                 !Fold(s, tr - 1, "her") && !Fold(s, tr - 1, "son") && !Fold(s, tr - 1, "sa")) {
        const Sent* first = sents_.data();
        for (const Sent* p = &s; p >= first && p >= &s - 2 && owner.empty(); --p) {
          for (auto m = p->men.rbegin(); m != p->men.rend(); ++m) {
            if (p == &s && m->b >= t) continue;
            if (m->kind != "organization" || m->adj || m->implied || m->id.empty()) continue;
            const Actor* a = r_.dict.Find(m->id);
            if (a && !a->members.empty()) owner = m->id;
            break;
          }
        }
      }
    }
    if (owner.empty()) return;  // a member noun of its own ("one of its members"): no trace
    int k = te;
    // "the five SADC member states - Angola, Zambia ...": a dash or a
    // bracket may open the list too.
    if (P(s, k, ',') || P(s, k, ':') || P(s, k, '-') || P(s, k, '(')) ++k;
    // "EU member states such as Poland", "NATO members including Turkey"
    // (s11member): a list opened by its introducer.
    if (named) {
      if (const int l = HitLen(s, k, c_.list_intro); l > 0) k = SkipDet(s, k + l);
    }
    if ((opened || comma) && x_->article.lang != "en") k = SkipDet(s, k);  // "(la Russie, ...)"
    if (comma && !named) {
      const Actor* body = r_.dict.Find(owner);
      if (!body || body->members.empty() || ListedNonMember(s.men[cm].id, owner))
        return missing("listed member after the comma");
    }
    const int mi = MentionAt(s, k);
    // only names right after: "CSTO members have agreed", "NATO members'
    // troops" name no member.
    std::vector<std::string> members;
    if (mi >= 0 && s.men[mi].b == k && !s.men[mi].adj && !s.men[mi].pronoun &&
        (s.men[mi].kind == "country" || s.men[mi].kind == "organization")) {
      members = Expand(s, mi, +1, false);
    } else if (named) {
      // "Turkey, a NATO member,", "X and Y, both EU members" (s11member):
      // the names the apposition describes, states the list does not exclude.
      members = ApposedMembers(s, s.men[om].b);
      std::erase_if(members, [&](const std::string& id) { return ListedNonMember(id, owner); });
    }
    // "NATO allies X, Y": allies are members only when named right after the
    // noun and listed in the body ("its NATO allies, Russia said," names none).
    const bool allies = Fold(s, te - 1, "allies") || Fold(s, te - 1, "ally");
    if (allies && P(s, te, ',')) return missing("members");
    if (!named || allies)
      std::erase_if(members, [&](const std::string& id) { return ListedNonMember(id, owner); });
    if (members.empty()) return missing("members");
    Emit(s, members, "member_of", {owner}, "member_of:apposition", 0.85);
    return;
  }
  if (frame == "member_list") {  // "composée de X, Y et Z", "regroupant X et Y"
    std::vector<std::string> org;
    if (f.e.Get("subj") == "adjacent") {
      // "The CSTO groups Russia, Belarus ...": a verb of many senses gives
      // membership only with the organization as its own subject.
      int k = t - 1;
      while (k >= 0 && IsAdverb(s, k)) --k;
      // "l'OTAN, qui compte X", "The AES, composed of X" (a participle phrase)
      if (P(s, k, ',') && (Is(s, t, c_.qui) || f.e.Get("pos") == "phrase")) --k;
      if (P(s, k, ')')) --k;  // "(CSTO)"
      const int mi = MentionAt(s, k);
      if (mi < 0 || s.men[mi].kind != "organization" || s.men[mi].adj || s.men[mi].implied ||
          s.men[mi].id.empty())
        return missing("organization");
      org = {s.men[mi].id};
    }
    for (int k = t - 1; org.empty() && k >= 0 && k > t - 25; --k) {
      int mi = MentionAt(s, k);
      if (mi >= 0 && s.men[mi].kind == "organization" && !s.men[mi].implied) {
        org = {s.men[mi].id};
        break;
      }
      // "un porte-parole de l'AFC, la coalition dont fait partie le M23":
      // the body a title is of, as the antecedent of the relative.
      if (mi >= 0 && Fold(s, t, "dont") && s.men[mi].kind != "organization" &&
          !s.men[mi].of.empty()) {
        const Actor* a = r_.dict.Find(s.men[mi].of);
        if (a && a->kind == "organization") {
          org = {s.men[mi].of};
          break;
        }
      }
      if (P(s, k, ';') || Is(s, k, c_.que)) break;
    }
    if (org.empty()) return missing("organization");
    int k = te;
    while (IsAdverb(s, k) || HitLen(s, k, c_.adverb) > 0)
      k += std::max(1, HitLen(s, k, c_.adverb));  // "regroupe aujourd'hui"
    // "qui réunit depuis 2010 X", "which has included since 2017 X"
    // (s11member): a year phrase before the members.
    if ((Fold(s, k, "depuis") || Fold(s, k, "since") || Fold(s, k, "en") || Fold(s, k, "in")) &&
        k + 1 < static_cast<int>(s.w.size()) && s.w[k + 1].fold.size() == 4 &&
        std::isdigit(static_cast<unsigned char>(s.w[k + 1].fold[0])))
      k += 2;
    // "qui réunit autour de Moscou l'Arménie, le Bélarus ...", "which groups
    // around Russia X and Y": the state the body gathers around is a member.
    std::vector<std::string> hub;
    if (Fold(s, k, "autour") || Fold(s, k, "around")) {
      int j = k + 1;
      if (Fold(s, k, "autour") && (Is(s, j, c_.prep_de) || Fold(s, j, "du"))) ++j;
      j = SkipDet(s, j);
      const int hm = MentionAt(s, j);
      if (j > k + 1 && hm >= 0 && s.men[hm].b == j && !s.men[hm].adj && !s.men[hm].pronoun &&
          s.men[hm].kind == "country" && !s.men[hm].id.empty()) {
        hub = {s.men[hm].id};
        k = s.men[hm].e;
        if (P(s, k, ',')) ++k;
      }
    }
    std::vector<std::string> members = Object(s, k, preps.empty() ? "direct" : preps);
    // "regroupant leurs trois pays", "grouping the three countries": the
    // countries the page just listed, as many as counted.
    if (!members.empty()) {
      // only direct names: "des troupes biélorusses" are not members
      int j = SkipDet(s, Is(s, k, c_.prep_de) ? k + 1 : k);
      if (MentionAt(s, j) < 0 || s.men[MentionAt(s, j)].adj) members.clear();
      // "includes Russia's central bank": the owner of what is listed is no
      // member.
      if (const int jm = MentionAt(s, j); !members.empty() && jm >= 0) {
        const int g = s.men[jm].e;
        if (GenitiveS(s, g) && !s.w[g].elided) members.clear();
      }
    }
    // "groups six former Soviet republics: Russia, Belarus ...", "regroupe
    // huit pays : le Sénégal, le Mali ...": a class noun, then the list
    // after a colon or a dash.
    if (members.empty()) members = ListAfterColon(s, k);
    if (members.empty()) members = CountedCountries(s, Is(s, k, c_.prep_de) ? k + 1 : k);
    if (members.empty()) {
      for (int j = te; j < std::min<int>(te + 12, s.w.size()); ++j) {
        if (P(s, j, '.') || P(s, j, ';')) break;
        if (Fold(s, j, "dont") || Fold(s, j, "including")) {
          members = NP(s, j + 1, 0, false);
          break;
        }
      }
    }
    if (members.empty()) return missing("members");
    for (const std::string& id : hub) {
      if (std::find(members.begin(), members.end(), id) == members.end()) members.push_back(id);
    }
    Emit(s, members, "member_of", org, "member_of:list", 0.85);
    return;
  }
}

// "qui assure cette année la présidence de l'ASEAN", "qui en assure la
// présidence tournante", "which holds the rotating chairmanship of ECOWAS":
// the subject of the verb before the noun leads the body after it, or the
// organization "en" stands for (the one named last).
void Engine::PresidencyFrame(Sent& s, const FrameCall& f) {
  const int t = f.t, te = f.te;
  auto missing = [&](const char* what) { Missing(s, f, what); };
  int d = t - 1;
  // "who holds the bloc's rotating chairmanship": the body owns the noun.
  std::vector<std::string> owner_body;
  if (GenitiveS(s, d) && t >= 3) {
    const int om = MentionAt(s, d - 1);
    if (om >= 0 && !s.men[om].adj && s.men[om].kind == "organization" && !s.men[om].id.empty()) {
      owner_body = {s.men[om].id};
      d = s.men[om].b - 1;
    }
  }
  if (Is(s, d, c_.det)) --d;
  // The verb: a few words of time or manner may stand between ("assure
  // cette année", "assure depuis le 1er janvier", "held at the time").
  int v = -1;
  for (int k = d, steps = 0; k >= 0 && steps < 6 && v < 0; --k, ++steps) {
    for (int start = k; start >= 0 && start > k - 2; --start) {
      if (RoleWordAt(s, start, "presidency_verb") == k - start + 1) {
        v = start;
        break;
      }
    }
    if (v >= 0) break;
    if (P(s, k, ',') || P(s, k, ';') || P(s, k, '.') || Is(s, k, c_.qui) || Is(s, k, c_.que) ||
        (MentionAt(s, k) >= 0 && !s.men[MentionAt(s, k)].adj))
      break;
  }
  if (v < 0) return missing("verb (assurer, occuper, hold)");
  // verbs= (roles.tsv): a noun taken by some verbs only ("took the post
  // himself" is an office taken; "held the post" may be a former one).
  if (const std::string& verbs = f.e.Get("verbs");
      !verbs.empty() && !ListHasWord(verbs, s.w[v].fold))
    return missing("verb (taking the office)");
  const int vb = VerbGroupStart(s, v);
  if (std::string why = Blocked(s, vb, v + 1, Form::kOther); !why.empty()) {
    if (tracing_) Log(s, "  blocked " + f.rule + " '" + Surface(s, v, te) + "': " + why);
    return;
  }
  std::vector<std::string> body = owner_body;
  int k = te;
  while (IsAdverb(s, k)) ++k;
  if (!body.empty()) {
    // the body came with its possessive
  } else if (f.e.Get("anaphoric") == "1") {
    // "removed him as head of the Security Council and took the post
    // himself", "a pris lui-même le poste": the body of the office this
    // sentence named before the verb, when nothing follows the noun.
    if (!Is(s, k, c_.prep_de) && !Fold(s, k, "of")) {
      for (auto m = s.men.rbegin(); m != s.men.rend() && body.empty(); ++m) {
        if (m->b < v && m->kind == "organization" && !m->id.empty() && m->rule == "title:of")
          body = {m->id};
      }
    }
  } else if (Is(s, k, c_.prep_de) || Fold(s, k, "of")) {
    // The first organization of the complement, past its modifiers ("of the
    // military alliance", "de la conférence des chefs d'État de la Cedeao").
    for (int q = k + 1; q < std::min<int>(k + 10, s.w.size()) && body.empty(); ++q) {
      if (P(s, q, ',') || P(s, q, '.') || P(s, q, ';') || Is(s, q, c_.qui) || Is(s, q, c_.que))
        break;
      const int mi = MentionAt(s, q);
      if (mi < 0 || s.men[mi].adj || s.men[mi].id.empty()) continue;
      if (s.men[mi].kind != "organization") break;
      body = {s.men[mi].id};
    }
  } else {
    // "qui en assure la présidence": the organization named last.
    bool en = false;
    for (int q = vb; q < v; ++q) en |= Fold(s, q, "en") && Is(s, q, c_.clitic);
    if (en) {
      // Mentions are all found before any relation: walk back to the
      // organization named last before the verb.
      const Sent* first = sents_.data();
      for (const Sent* p = &s; p >= first && body.empty(); --p) {
        for (auto m = p->men.rbegin(); m != p->men.rend() && body.empty(); ++m) {
          if ((p != &s || m->b < v) && m->kind == "organization" && !m->id.empty() &&
              (!m->implied || m->rule == "title:of"))
            body = {m->id};
        }
      }
    }
  }
  if (body.empty()) return missing("body (de O)");
  // "Macron, dont le pays assure la présidence": a common noun is the
  // subject, not the actor named before it.
  if (int sb = vb - 1; sb >= 0 && s.w[sb].word && !s.w[sb].upper_initial && MentionAt(s, sb) < 0 &&
                       !Is(s, sb, c_.qui) && !Is(s, sb, c_.que) && !Is(s, sb, c_.clitic) &&
                       !Is(s, sb, c_.coord) && !Is(s, sb, c_.pron_subj) && !IsAdverb(s, sb))
    return missing("holder (a common noun)");
  std::string how;
  std::vector<std::string> subject = Subject(s, v, &how);
  // "removed X as head of Y and took the post himself": a coordinated verb
  // keeps the clause's subject, not the first verb's object.
  if (how != "relative" && InheritsSubject(s, v, vb, Form::kFinite)) {
    if (std::vector<std::string> main = MainSubject(s, vb); !main.empty()) {
      subject = std::move(main);
      how = "inherited";
    }
  }
  std::vector<std::string> holders;
  for (const std::string& id : subject) {
    const Actor* a = r_.dict.Find(id);
    if (std::find(body.begin(), body.end(), id) == body.end() &&
        (!a || a->kind == "person" || a->kind == "country" || a->kind == "organization"))
      holders.push_back(id);
  }
  if (holders.empty()) return missing("holder");
  Emit(s, holders, "leads", body, "leads:presidency/" + how, 0.8);
  // A state holding an organization's rotating presidency is one of its
  // members (s4member).
  std::erase_if(holders, [&](const std::string& id) {
    const Actor* a = r_.dict.Find(id);
    return !a || a->kind != "country";
  });
  if (!holders.empty() && MemberBodies(s, &body))
    Emit(s, holders, "member_of", body, "member_of:presidency", 0.75);
}

// The body a "led by" participle describes when no actor stands right
// before it: the head of a coordinated participle ("le GNA, reconnu par l'ONU
// et dirigé par X"), or an apposition after the agent ("la force de maintien
// de la paix dirigée par l'OTAN, la KFOR").
std::vector<std::string> Engine::LedBody(const Sent& s, int vb, int te,
                                         std::vector<std::string>* agent) const {
  if (Is(s, vb - 1, c_.coord)) {
    for (int k = vb - 2; k >= 0 && k > vb - 16; --k) {
      if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.qui) || Is(s, k, c_.que)) break;
      if (P(s, k, ',')) {
        std::vector<std::string> head = LeftHead(s, k, "org_or_country");
        if (!head.empty()) return head;
        break;
      }
    }
  }
  // "l'OTSC, une alliance de six anciennes républiques soviétiques dirigée
  // par Moscou", "the CSTO, an alliance of six former Soviet states led by
  // Moscow": the class noun of an apposition is what is led; the body is
  // the name before its comma (or before the acronym in brackets there).
  for (int k = vb - 1; k >= 1 && k > vb - 14; --k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.qui) || Is(s, k, c_.que) ||
        Fold(s, k, "which") || Fold(s, k, "that") || Fold(s, k, "who"))
      break;
    if (!P(s, k, ',')) continue;
    int noun = SkipDet(s, k + 1);
    if (noun == k + 1 || noun >= vb) break;  // a determiner first: "une alliance", "the bloc"
    if (StanceWordAt(s, noun, "member_body") == 0 && noun + 1 < vb &&
        StanceWordAt(s, noun + 1, "member_body") > 0)
      ++noun;  // one adjective first: "a military alliance", "une vaste coalition"
    if (StanceWordAt(s, noun, "member_body") == 0) break;
    int before = k - 1;
    if (P(s, before, ')')) {  // "(OTSC)": the name before the bracket
      while (before > 0 && !P(s, before, '(')) --before;
      --before;
    }
    const int om = before >= 0 ? MentionAt(s, before) : -1;
    if (om >= 0 && s.men[om].kind == "organization" && !s.men[om].adj &&
        !s.men[om].id.empty() && std::find(agent->begin(), agent->end(), s.men[om].id) == agent->end())
      return {s.men[om].id};
    break;
  }
  for (int k = te; k < std::min<int>(te + 3, s.w.size()); ++k) {
    if (!Fold(s, k, "par") && !Fold(s, k, "by")) continue;
    for (int q = k + 1; q < std::min<int>(k + 6, s.w.size()); ++q) {
      const int am = MentionAt(s, q);
      if (am < 0) continue;
      const int e = s.men[am].e;
      if (!P(s, e, ',')) break;
      const int om = MentionAt(s, SkipDet(s, e + 1));
      if (om >= 0 && s.men[om].kind == "organization" && !s.men[om].adj && !s.men[om].id.empty() &&
          s.men[om].id != s.men[am].id &&
          (P(s, s.men[om].e, ',') || P(s, s.men[om].e, '.') || Is(s, s.men[om].e, c_.coord))) {
        *agent = {s.men[am].id};  // not the apposition nor what is coordinated after it
        return {s.men[om].id};
      }
      break;
    }
    break;
  }
  return {};
}

// The alliance an unnamed "alliance" or "bloc" is ("a Moscow-led military
// alliance", "Russian-led bloc" in a headline): the treaty organization or
// regional bloc the page named last before it, else the one it names first
// after it (a few sentences either way).
std::string Engine::AllianceNear(const Sent& s, int t) const {
  auto alliance = [&](const Men& m) {
    // a body named in a title's complement counts ("chef de la Mission X")
    if (m.kind != "organization" || m.id.empty() || m.adj || (m.implied && m.rule != "title:of"))
      return false;
    const Actor* a = r_.dict.Find(m.id);
    if (a == nullptr) return false;
    for (const char* word : {"Treaty", "Alliance", "Pact", "Coalition", "Community", "Union",
                             "Organization", "traité", "Communauté"}) {
      if (a->name.find(word) != std::string::npos || a->name_fr.find(word) != std::string::npos)
        return true;
    }
    return false;
  };
  const Sent* first = sents_.data();
  const Sent* last = first + sents_.size() - 1;
  for (const Sent* p = &s; p >= first && p >= &s - 3; --p) {
    for (auto m = p->men.rbegin(); m != p->men.rend(); ++m) {
      if ((p != &s || m->b < t) && alliance(*m)) return m->id;
    }
  }
  for (const Sent* p = &s; p <= last && p <= &s + 3; ++p) {
    for (const Men& m : p->men) {
      if ((p != &s || m.b > t) && alliance(m)) return m.id;
    }
  }
  return "";
}

int Engine::CountAt(const Sent& s, int i) const {
  if (i < 0 || i >= static_cast<int>(s.w.size()) || !s.w[i].word) return 0;
  const std::string& f = s.w[i].fold;
  if (!f.empty() && f.size() <= 2 && f[0] >= '0' && f[0] <= '9') return std::atoi(f.c_str());
  if (RoleWordAt(s, i, "number") != 1) return 0;
  for (const auto& [entry, form] : StanceHit(s, i).entries) {
    if (r_.lex.entry(entry).Get("role") == "office_number")
      return std::atoi(r_.lex.entry(entry).Get("n").c_str());
  }
  return 0;
}

std::vector<std::string> Engine::CountedCountries(const Sent& s, int k, bool latest_only) const {
  k = SkipDet(s, k);
  if (Is(s, k, c_.possessive) || Fold(s, k, "ces") || Fold(s, k, "these") || Fold(s, k, "those"))
    ++k;
  const int n = CountAt(s, k);
  if (n < 2 || RoleWordAt(s, k + 1, "member_noun") == 0) return {};
  // The latest coordination of exactly n countries, in this sentence before
  // k or in the three sentences before.
  const Sent* first = sents_.data();
  for (const Sent* p = &s; p >= first && p >= &s - 3; --p) {
    std::vector<std::string> found;
    int covered_to = -1;  // a list's later members are not lists of their own
    for (int mi = 0; mi < static_cast<int>(p->men.size()); ++mi) {
      const Men& m = p->men[mi];
      if ((p == &s && m.b >= k) || m.kind != "country" || m.adj || m.implied || m.id.empty() ||
          m.b < covered_to)
        continue;
      std::vector<std::string> list = Expand(*p, mi, +1, false);
      // the words the list spans: up to its last member's mention
      for (int q = mi; q < static_cast<int>(p->men.size()); ++q) {
        if (!p->men[q].id.empty() && p->men[q].id == list.back()) {
          covered_to = p->men[q].e;
          break;
        }
      }
      if (static_cast<int>(list.size()) == n) {
        found = list;
      } else if (latest_only && list.size() >= 2) {
        found.clear();  // a later list of another size
      }
    }
    if (!found.empty()) return found;
    if (latest_only) {
      // a list of another size in this sentence: no older list
      for (const Men& m : p->men) {
        if ((p != &s || m.b < k) && m.kind == "country" && !m.adj && !m.implied && !m.id.empty() &&
            Expand(*p, static_cast<int>(&m - p->men.data()), +1, false).size() >= 2)
          return {};
      }
    }
  }
  return {};
}

std::vector<std::string> Engine::ListAfterColon(const Sent& s, int k) const {
  const int n = static_cast<int>(s.w.size());
  // A short class phrase ("six former Soviet republics", "huit pays"): no
  // name, no clause break, before the colon.
  for (int q = k; q < std::min(n, k + 8); ++q) {
    if (P(s, q, ':') || P(s, q, '-')) {
      if (q == k) return {};
      const int j = SkipDet(s, q + 1);
      const int mi = MentionAt(s, j);
      if (mi < 0 || s.men[mi].b != j || s.men[mi].adj || s.men[mi].pronoun ||
          (s.men[mi].kind != "country" && s.men[mi].kind != "organization"))
        return {};
      std::vector<std::string> list = NP(s, j, 0, false);
      if (list.size() < 2) return {};
      return list;
    }
    if (!s.w[q].word || MentionAt(s, q) >= 0 || Is(s, q, c_.qui) || Is(s, q, c_.que)) return {};
  }
  return {};
}

std::vector<std::string> Engine::CountedSubject(const Sent& s, int t) const {
  // "Les trois pays restent toutefois membres de": the counted noun, then at
  // most three words (a verb, an adverb) before the member noun.
  for (int q = t - 2; q >= 1 && q >= t - 6; --q) {
    if (!s.w[q + 1].word || MentionAt(s, q + 1) >= 0) return {};
    if (CountAt(s, q) < 2 || RoleWordAt(s, q + 1, "member_noun") == 0) continue;
    // a definite anaphor: "les trois pays", "the three countries", "ces
    // deux États"; "deux pays membres" names new countries.
    if (!Is(s, q - 1, c_.det) && !Is(s, q - 1, c_.possessive) && !Fold(s, q - 1, "ces") &&
        !Fold(s, q - 1, "these") && !Fold(s, q - 1, "those"))
      return {};
    if (t - (q + 2) > 3) return {};
    // Only the list named last: with another list between, the anaphor is
    // not safely resolved.
    return CountedCountries(s, q - 1, /*latest_only=*/true);
  }
  return {};
}

bool Engine::CliticMissing(const Sent& s, int vb, int t, const LexEntry& e) const {
  const std::string& clitic = e.Get("clitic");
  if (clitic == "en") {  // "s'en est (surtout) pris à", not "a pris à"
    for (int k = vb; k < t; ++k) {
      if (Fold(s, k, "en")) return false;
    }
    return true;
  }
  if (clitic == "se") {  // "s'est entretenu avec", not "entretient des relations avec"
    for (int k = std::max(0, vb - 1); k < t; ++k) {
      const std::string& f = s.w[k].fold;
      if (f == "se" || f == "s" || f == "me" || f == "m" || f == "te" || f == "t" || f == "nous" ||
          f == "vous")
        return false;
    }
    return true;
  }
  return false;
}

// "appelle à garder le fil du dialogue avec X", "would push for a summit
// with X", "a proposé une rencontre avec X" (s5prec): a meeting noun that a
// call, a proposal, a plan or a conditional governs is no meeting held. A
// verb form after a determiner ("le fil du dialogue") is its noun.
std::string Engine::MeetingSought(const Sent& s, int t, const LexEntry& e) const {
  if (std::string planned = MeetingPlanned(s, t, e); !planned.empty()) return planned;
  if (e.Get("pos") != "noun" && !Is(s, t - 1, c_.det) && !Fold(s, t - 1, "du")) return "";
  for (int k = t - 1; k >= 0 && k >= t - 7; --k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',') || P(s, k, ':')) break;
    // "called for calm after meeting in X" (s10meets): a past adjunct.
    if (Fold(s, k, "after") || Fold(s, k, "apres") || Fold(s, k, "following")) break;
    if (Is(s, k, c_.readiness) || Is(s, k, c_.modal) || HitLen(s, k, c_.readiness) > 0)
      return "proposed (" + s.w[k].fold + ")";
  }
  return "";
}

void Engine::OwnedBodyRule(Sent& s) {
  const int n = static_cast<int>(s.w.size());
  auto org_at = [&](int k) -> const Men* {
    const int mi = MentionAt(s, k);
    if (mi < 0 || s.men[mi].kind != "organization" || s.men[mi].adj || s.men[mi].implied ||
        s.men[mi].id.empty())
      return nullptr;
    return &s.men[mi];
  };
  for (size_t pi = 0; pi < s.men.size(); ++pi) {
    const Men& p = s.men[pi];
    if (p.kind != "person" || p.pronoun || p.implied || p.id.empty() || !p.role.empty()) continue;
    // The three cues first, in one test: most persons have none.
    const bool possessive = p.e + 1 < n && s.w[p.e - 1].elided && Fold(s, p.e, "s");
    const bool dont = P(s, p.e, ',') && (Fold(s, p.e + 1, "dont") || Fold(s, p.e + 1, "whose"));
    const bool ranked = p.b > 1 && (HitLen(s, p.b, c_.rank) > 0 ||
                                    HitLen(s, p.b - 1, c_.rank) > 0 || s.w[p.b - 1].abbrev);
    if (!possessive && !dont && !ranked) continue;
    // "the RSF of Gen. X", "les FSR du général X": a rank before the name.
    int b = p.b;
    bool rank = false;
    if (s.at[b] == static_cast<int>(pi) && HitLen(s, b, c_.rank) > 0) {
      rank = true;  // the rank is inside the mention ("général Abdel Fattah al-Burhane")
    } else {
      while (b > 0 &&
             (HitLen(s, b - 1, c_.rank) > 0 ||
              (s.w[b - 1].abbrev && s.w[b - 1].upper_initial && !Is(s, b - 1, c_.honorific)))) {
        --b;
        rank = true;
      }
    }
    if (rank && b >= 2 &&
        (Fold(s, b - 1, "of") || Fold(s, b - 1, "du") || Fold(s, b - 1, "de") ||
         Fold(s, b - 1, "d") || (Is(s, b - 1, c_.det) && Is(s, b - 2, c_.prep_de)))) {
      const int ob = Is(s, b - 1, c_.det) && Is(s, b - 2, c_.prep_de) ? b - 3 : b - 2;
      if (const Men* o = org_at(ob); o != nullptr && o->e == ob + 1) {
        Emit(s, {p.id}, "leads", {o->id}, "leads:owned/of", 0.75);
        continue;
      }
    }
    // "Pashinyan's CSTO remarks": a trigger that is only a noun (pos=noun,
    // a stance noun) after the body makes the body a modifier, not owned.
    auto NounTriggerOnly = [&](int k) {
      const auto& entries = LexAt(s, k, c_.trigger).entries;
      if (entries.empty()) return false;
      for (const auto& [entry, form] : entries) {
        if (r_.lex.entry(entry).Get("pos") != "noun") return false;
      }
      return true;
    };
    // "Hemedti's RSF", "Prigozhin's Wagner group": not "Biden's NATO allies".
    if (p.e + 1 < n && s.w[p.e - 1].elided && Fold(s, p.e, "s")) {
      if (const Men* o = org_at(p.e + 1); o != nullptr && o->b == p.e + 1) {
        const int after = o->e;
        const bool noun_after =
            after < n && s.w[after].word && !s.w[after].upper_initial && !Is(s, after, c_.aux) &&
            !Is(s, after, c_.prep) && !Is(s, after, c_.prep_de) && !Is(s, after, c_.coord) &&
            !Is(s, after, c_.qui) && !Is(s, after, c_.que) &&
            // "allies", "partners" are membership triggers and nouns (s4member)
            (HitLen(s, after, c_.trigger) == 0 || StanceWordAt(s, after, "member_partner") > 0 ||
             NounTriggerOnly(after)) &&
            // ("remarks", "comments", "statement": speech verbs and act nouns)
            (HitLen(s, after, c_.speech) == 0 || HitLen(s, after, c_.act) > 0);
        if (!noun_after) Emit(s, {p.id}, "leads", {o->id}, "leads:owned/possessive", 0.75);
        continue;
      }
    }
    // "Haftar, dont l'Armée nationale libyenne contrôle l'est", "Macron,
    // dont le pays assure la présidence": his force, his country.
    // s10roles: English "Haftar, whose Libyan National Army besieges the
    // capital" has no article.
    const bool dont_det = Fold(s, p.e + 1, "dont") && Is(s, p.e + 2, c_.det);
    if (P(s, p.e, ',') && (dont_det || Fold(s, p.e + 1, "whose"))) {
      const int k = p.e + (dont_det ? 3 : 2);
      if (const Men* o = org_at(k); o != nullptr && o->b == k) {
        // "Poutine, dont l'armée": a head of state's own state army is his
        // by office, no leadership the article tells.
        if (o->rule == "discover:institution" && !o->of.empty() && o->of == StateHeadedBy(p))
          continue;
        Emit(s, {p.id}, "leads", {o->id}, "leads:owned/dont", 0.75);
      } else if (Fold(s, k, "pays") || Fold(s, k, "country")) {
        if (const Office* office = OfficeOnDate(p.id, "");
            office != nullptr && IsHeadRole(office->role)) {
          const Actor* c = r_.dict.Find(office->of);
          if (c != nullptr && c->kind == "country")
            Emit(s, {p.id}, "leads", {office->of}, "leads:owned/dont", 0.75);
        }
      }
    }
  }
}

std::string Engine::BodyNamedWith(const Sent& s, int i, const char* noun) const {
  const std::string word = noun;
  std::string upper = word;
  upper[0] = static_cast<char>(upper[0] - 'a' + 'A');
  auto named = [&](const Sent& p, const Men& m) {
    // a body named in a title's complement counts ("chef de la Mission X")
    if (m.kind != "organization" || m.id.empty() || m.adj || (m.implied && m.rule != "title:of"))
      return false;
    for (int k = m.b; k < m.e; ++k) {  // words, not letters: "Commission" is no mission
      if (p.w[k].fold == word && (word == "mission" || p.w[k].upper_initial)) return true;
    }
    if (const Actor* a = r_.dict.Find(m.id)) {  // "ATMIS": its full name says it
      for (const std::string* name : {&a->name, &a->name_fr}) {
        if (name->find(upper + " ") != std::string::npos ||
            (name->size() > upper.size() &&
             name->compare(name->size() - upper.size() - 1, upper.size() + 1, " " + upper) == 0) ||
            (word == "mission" && name->find(" mission") != std::string::npos))
          return true;
      }
    }
    return false;
  };
  // Mentions are found sentence by sentence: the sentences before are complete.
  const Sent* first = sents_.data();
  for (const Sent* p = &s; p >= first; --p) {
    for (auto m = p->men.rbegin(); m != p->men.rend(); ++m) {
      if ((p != &s || m->b < i) && named(*p, *m)) return m->id;
    }
  }
  return "";
}

}  // namespace kzgraph::extract::internal
