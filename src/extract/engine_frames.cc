// Relation frames: blocking, passive and participial uses, membership.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

namespace {

// Whether one of the words of `then` ("responsable|responsables") follows
// the trigger ending at te in its sentence, within ten words.
bool ThenFollows(const Sent& s, int te, const std::string& then) {
  for (int k = te + 1; k < std::min<int>(te + 10, s.w.size()); ++k) {
    if (s.w[k].punct == '.' || s.w[k].punct == ';') return false;
    for (size_t b = 0; b <= then.size();) {
      size_t x = then.find('|', b);
      if (x == std::string::npos) x = then.size();
      if (std::string_view(s.w[k].fold) == std::string_view(then).substr(b, x - b)) return true;
      b = x + 1;
    }
  }
  return false;
}

}  // namespace

void Engine::Frame(Sent& s, int t, int len, const LexEntry& e, Form form) {
  const std::string& type = e.Get("type");
  const std::string& frame = e.Get("frame");
  const std::string& preps = e.Get("obj");
  const int te = t + len;
  const int vb = VerbGroupStart(s, t);
  const std::string rule = type + ":" + frame;
  if (e.Get("clitic") == "en") {  // "s'en est (surtout) pris à", not "a pris à"
    bool clitic = false;
    for (int k = vb; k < t; ++k) clitic |= Fold(s, k, "en");
    if (!clitic) return;
  }
  std::string why = Blocked(s, vb, te, form);
  if (why == "hypothetical (would)" && type == "sends_troops") {
    // "the alliance said it would dispatch a force", "announced that the
    // bloc would send troops": a reported decision, not a hypothesis; a
    // negation or a condition still blocks.
    int modal = vb - 1;
    while (modal < te && !Fold(s, modal, "would")) ++modal;
    bool reported = false;
    for (int v = modal - 1; v >= 0 && v >= modal - 6 && !reported; --v) {
      if (P(s, v, '.') || P(s, v, ';') || P(s, v, ',') || P(s, v, '"') || Is(s, v, c_.hypo_if))
        break;
      reported = HitLen(s, v, c_.speech) > 0 || Is(s, v, c_.order_verb) ||
                 StanceWordAt(s, v, "act_verb") > 0;
    }
    // Blocked looks from one word before its verb group: past the modal.
    if (reported) why = Blocked(s, modal + 2, te, form);
  }
  if (!why.empty()) {
    Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': " + why);
    return;
  }
  if ((type == "leads" || type == "official_of") && e.Get("pos") == "verb") {
    // "who headed the KNB until January 6", "qui a dirigé le pays jusqu'en
    // 2019": an office that ended is a former one.
    for (int k = te; k < std::min<int>(te + 10, s.w.size()); ++k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',')) break;
      if (Fold(s, k, "until") || Fold(s, k, "jusqu")) {
        Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': former (" + s.w[k].fold + ")");
        return;
      }
    }
  }
  if (form == Form::kInfinitive && type != "accuses") {
    // "accuse Paris de soutenir les terroristes": an allegation, not a fact.
    // "accuse Moscou d'avoir livré des avions de combat MiG-29 et Su-24 pour
    // appuyer X": the allegation holds to the end of its clause; past twelve
    // words a comma ends the search.
    for (int k = vb - 1; k >= 0 && k >= vb - 25; --k) {
      if (k < vb - 12 && (P(s, k, '.') || P(s, k, ';') || P(s, k, ','))) break;
      Lexicon::Hit h = LexAt(s, k, c_.trigger);
      bool accusation = false;
      for (const auto& [entry, f] : h.entries) {
        // "s'est rendu à Moscou pour rencontrer": "rendre" accuses only with
        // its "responsable".
        const LexEntry& le = r_.lex.entry(entry);
        accusation |= le.Get("type") == "accuses" &&
                      (le.Get("then").empty() || ThenFollows(s, k + h.length, le.Get("then")));
      }
      // "asked Russia to send troops", "a demandé à la Russie d'envoyer",
      // "called on everyone to rally around X": a request, not the act yet
      // ("s'est tourné vers X pour solliciter son aide" is the request itself).
      bool request = false;
      for (const auto& [entry, f] : h.entries)
        request |= r_.lex.entry(entry).Get("type") == "requests_aid" && f != Form::kOther &&
                   type != "requests_aid";
      if (request) {
        Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': requested (under " +
                   s.w[k].fold + ")");
        return;
      }
      if (accusation || Is(s, k, c_.deny)) {
        Log(s, "  blocked " + rule + " '" + Surface(s, t, te) + "': allegation (under " +
                   s.w[k].fold + ")");
        return;
      }
    }
  }
  // A verb that means the relation only with its predicate ("désigner ...
  // responsable", "hold ... responsible") needs it on every path: "médiateur
  // désigné par l'UA" designates no culprit.
  if (const std::string& then = e.Get("then"); !then.empty() && !ThenFollows(s, te, then)) return;
  const FrameCall call{t, te, vb, e, form, type, frame, preps, rule};
  auto missing = [&](const char* what) { Missing(s, call, what); };
  if (std::string tmp; type == "leads" && s.w[t].hyphen_before &&
                       (MentionAt(s, t - 1) >= 0 || CountryAdjectiveAt(s, t - 1, &tmp) > 0)) {
    // "the Russian-led CSTO", "la coalition dirigée par ...": in a compound
    // the leader is the word before the hyphen, not the clause's subject.
    int lm = MentionAt(s, t - 1);
    std::string leader;
    if (lm >= 0 && (s.men[lm].kind == "country" || s.men[lm].kind == "organization")) {
      leader = IdOf(s, lm);
    } else if (lm < 0) {
      CountryAdjectiveAt(s, t - 1, &leader);  // "Russian-led": no mention of its own
    }
    if (leader.empty()) return;
    std::vector<std::string> body;
    for (int k = te; k < std::min<int>(te + 6, s.w.size()) && body.empty(); ++k) {
      if (P(s, k, ',') || P(s, k, '.') || Is(s, k, c_.prep)) break;
      int om = MentionAt(s, k);
      if (om >= 0 && s.men[om].kind == "organization" && !s.men[om].id.empty())
        body = {s.men[om].id};
    }
    // "a Russia-led military alliance", "the Russian-led bloc": the
    // alliance the article names.
    for (int k = te; k < std::min<int>(te + 3, s.w.size()) && body.empty(); ++k) {
      if (MentionAt(s, k) >= 0 || !s.w[k].word || s.w[k].upper_initial) break;
      if (Fold(s, k, "alliance") || Fold(s, k, "bloc")) {
        if (std::string alliance = ArticleAlliance(); !alliance.empty()) body = {alliance};
      }
    }
    if (body.empty()) return missing("organization");
    Emit(s, {leader}, "leads", body, "leads:compound", 0.8);
    return;
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
  const bool participle = form == Form::kPastParticiple && e.Get("pos") == "verb";
  bool passive = false;
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
    if (been) avoir = false;
    if (!avoir && Is(s, vb - 1, c_.coord)) {
      // "a jugé le bilan ... et accusé la France": the auxiliary of the
      // first participle carries the second.
      for (int k = vb - 2; k >= 0 && k > vb - 25 && !avoir; --k) {
        if (P(s, k, ';') || P(s, k, '.')) break;
        avoir = Is(s, k, c_.aux) && !Is(s, k, c_.etre);
      }
    }
    if (!avoir && !passive) {
      // "Zakharova slammed remarks by Blinken": a noun between the verb and
      // the by-phrase owns it; the verb is a finite active one.
      for (int k = te; k < std::min<int>(te + 8, s.w.size()); ++k) {
        if (Fold(s, k, "par") || Fold(s, k, "by") || P(s, k, ',') || P(s, k, '.')) break;
        if (Is(s, k, c_.det) || HitLen(s, k, c_.act) > 0) {
          avoir = true;
          break;
        }
      }
    }
    if (!avoir && frame != "member_list" && frame != "meet" && frame != "meet_noun") {
      std::vector<std::string> agent = Agent(s, te, 8);
      if (agent.empty()) {
        if (frame != "ask") {
          missing("agent (par X)");
          return;
        }
      } else {
        std::vector<std::string> patient;
        std::string how;
        if (passive) {
          patient = Subject(s, vb, &how);
        } else {
          patient = LeftHead(s, t, type == "leads" ? "org_or_country" : nullptr);
          if (patient.empty()) patient = participle_head(agent);
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
          if (HitLen(s, k, c_.aid) == 0) return;
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
    if (head.empty() || body.empty()) return missing("argument");
    Emit(s, head, "leads", body, "leads:under", 0.75);
    return;
  }
  if (frame == "member_rel" || frame == "member_noun" || frame == "member_list") {
    MemberFrame(s, call);
    return;
  }
  std::string how;
  std::vector<std::string> subj;
  // "son appel à l'aide", "sa rencontre avec": the sentence's subject.
  // '"Today I appealed to the CSTO," Tokayev said': a first person inside a
  // quotation is its speaker.
  int first = vb - 1;
  while (first >= 0 && IsAdverb(s, first)) --first;
  if (first >= 0 && s.inq[first] && !s.speakers.empty() &&
      (Fold(s, first, "i") || Fold(s, first, "we"))) {
    subj = s.speakers;
    how = "quoted-first-person";
  } else {
    subj = Subject(s, t, &how);
  }
  if (e.Get("pos") != "noun" && InheritsSubject(s, t, vb, form) && how != "relative") {
    std::vector<std::string> main = MainSubject(s, vb);
    if (!main.empty()) {
      subj = main;
      how = "inherited";
    }
  }
  if (frame == "svo" || frame == "meet" || frame == "meet_noun" || frame == "qualify") {
    SvoFrame(s, call, &subj, &how);
    return;
  }
  ClauseFrame(s, call, &subj, &how);
}

// The trigger lacked an argument: say which (trace) and remember it for the
// recall layer.
void Engine::Missing(Sent& s, const FrameCall& f, const char* what) {
  Log(s, "  no edge " + f.rule + " '" + Surface(s, f.t, f.te) + "': missing " + what);
  frame_missing_ = what;
}

// Membership: "dont X est membre", "members of O", "composée de X, Y et Z".
void Engine::MemberFrame(Sent& s, const FrameCall& f) {
  const int t = f.t, te = f.te, vb = f.vb;
  const std::string &frame = f.frame, &preps = f.preps;
  auto missing = [&](const char* what) { Missing(s, f, what); };
  if (frame == "member_rel") {
    // "l'OTSC, dont l'Arménie est membre", "the bloc, of which Mali is a
    // member": the organization is the antecedent of the relative.
    int d = vb - 1;
    while (d >= 0 && !(Fold(s, d, "dont") || (Fold(s, d, "which") && Fold(s, d - 1, "of")))) {
      if (P(s, d, ',') || P(s, d, '.') || P(s, d, ';') || vb - d > 12) return;
      --d;
    }
    if (d < 0) return;
    std::vector<std::string> members;
    for (int k = d + 1; k < vb && members.empty(); ++k) {
      int mi = MentionAt(s, k);
      if (mi >= 0 && !s.men[mi].adj && !s.men[mi].pronoun && !s.men[mi].id.empty() &&
          (s.men[mi].kind == "country" || s.men[mi].kind == "organization"))
        members = Expand(s, mi, +1, false);
    }
    int h = Fold(s, d, "which") ? d - 2 : d - 1;
    if (P(s, h, ',')) --h;
    if (P(s, h, ')')) h -= 2;  // "(OTSC)"
    int om = MentionAt(s, h);
    if (om < 0 || s.men[om].kind != "organization" || s.men[om].id.empty() || members.empty())
      return;
    Emit(s, members, "member_of", {s.men[om].id}, "member_of:relative", 0.85);
    return;
  }
  if (frame == "member_noun") {
    std::vector<std::string> org = NP(s, te);
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
    if (org.empty()) return missing("organization");
    int oe = te;
    while (oe < static_cast<int>(s.w.size()) &&
           (MentionAt(s, oe) < 0 || s.men[MentionAt(s, oe)].id != org[0]))
      ++oe;
    if (oe < static_cast<int>(s.w.size())) oe = s.men[MentionAt(s, oe)].e;
    // list after: ", à savoir la Russie, le Belarus ..." / ": X, Y" / "(X, Y)"
    int k = oe;
    bool intro = false;
    while (k < static_cast<int>(s.w.size()) &&
           (P(s, k, ',') || P(s, k, ':') || P(s, k, '(') || HitLen(s, k, c_.list_intro) > 0)) {
      intro = true;
      k += std::max(1, HitLen(s, k, c_.list_intro));
    }
    std::vector<std::string> members;
    if (intro) members = NP(s, k, 0, false);
    if (members.empty()) {
      // before: "X est membre de O", "X et Y, membres de O"
      int j = t - 1;
      while (j >= 0 && (Is(s, j, c_.aux) || P(s, j, ',') || Is(s, j, c_.det) || IsAdverb(s, j) ||
                        Fold(s, j, "tous") || Fold(s, j, "deux") || Fold(s, j, "pays") ||
                        Fold(s, j, "both") || Fold(s, j, "now")))
        --j;
      int mi = MentionAt(s, j);
      if (mi >= 0 && !s.men[mi].adj &&
          (s.men[mi].kind == "country" || s.men[mi].kind == "organization" ||
           (s.men[mi].kind == "person" && P(s, j + 1, ','))))
        members = Expand(s, mi, -1, false);
    }
    if (members.empty() && (Is(s, t - 1, c_.aux) || Is(s, t - 2, c_.aux))) {
      // "Kazakhstan, the world's largest producer, is a member of": the
      // clause's subject.
      std::string how;
      for (const std::string& id : Subject(s, t, &how)) {
        const Actor* a = r_.dict.Find(id);
        if (a && (a->kind == "country" || a->kind == "organization")) members.push_back(id);
      }
    }
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
    Emit(s, members, "member_of", org, "member_of:member-noun", 0.85);
    return;
  }
  if (frame == "member_list") {  // "composée de X, Y et Z", "regroupant X et Y"
    std::vector<std::string> org;
    for (int k = t - 1; k >= 0 && k > t - 25; --k) {
      int mi = MentionAt(s, k);
      if (mi >= 0 && s.men[mi].kind == "organization" && !s.men[mi].implied) {
        org = {s.men[mi].id};
        break;
      }
      if (P(s, k, ';') || Is(s, k, c_.que)) break;
    }
    if (org.empty()) return missing("organization");
    int k = te;
    while (IsAdverb(s, k) || HitLen(s, k, c_.adverb) > 0)
      k += std::max(1, HitLen(s, k, c_.adverb));  // "regroupe aujourd'hui"
    std::vector<std::string> members = Object(s, k, preps.empty() ? "direct" : preps);
    if (!members.empty()) {
      // only direct names: "des troupes biélorusses" are not members
      int j = SkipDet(s, Is(s, k, c_.prep_de) ? k + 1 : k);
      if (MentionAt(s, j) < 0 || s.men[MentionAt(s, j)].adj) members.clear();
    }
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
    Emit(s, members, "member_of", org, "member_of:list", 0.85);
    return;
  }
}

}  // namespace kzgraph::extract::internal
