// Relation rules beyond the trigger frames, and the per-sentence relation pass.
#include <algorithm>
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

bool Engine::InterrogatedObjectAt(const Sent& s, int j) const {
  if (const int m = MentionAt(s, j); m >= 0 && s.men[m].b == j && s.men[m].kind == "person") {
    const int g = s.men[m].e;
    if (!(GenitiveS(s, g) && !s.w[g].elided)) return true;
  }
  // Past an article and up to two lower-case words: "two captured Russian soldiers".
  int q = Fold(s, j, "a") || Fold(s, j, "an") ? j + 1 : j;
  for (int step = 0; step < 2 && InSent(s, q) && s.w[q].word && !s.w[q].upper_initial &&
                     MentionAt(s, q) < 0 && StanceWordAt(s, q, "interrogated_person") == 0;
       ++step)
    ++q;
  const int m = MentionAt(s, q);
  if (m < 0 || s.men[m].b != q) return false;
  const int g = s.men[m].e;
  const bool owned = GenitiveS(s, g) && !s.w[g].elided;
  int p = owned ? g + 1 : s.men[m].e;
  if (owned && StanceWordAt(s, p, "interrogated_person") == 0 && InSent(s, p) && s.w[p].word &&
      !s.w[p].upper_initial && MentionAt(s, p) < 0)
    ++p;  // "Trump's former lawyer"
  return (owned || s.men[m].adj) && StanceWordAt(s, p, "interrogated_person") > 0;
}

bool Engine::VictimEventAt(const Sent& s, int k) const {
  const int vl = StanceWordAt(s, k, "victim_event");
  return vl > 0 && (Is(s, k + vl, c_.prep_de) || Fold(s, k + vl, "of"));
}

// The recall layer. A trigger whose frame lacked an argument still links the
// clause's subject (else the sentence's speaker) to the nearest actor after
// it in the clause, with a lower confidence: the frames are precise, this
// catches the phrasings they do not describe. Only relation types whose
// trigger alone says what happened; frames that need a cue (a label, an aid
// noun, troops, a passive agent) are not guessed.
void Engine::Fallback(Sent& s, int t, int len, const LexEntry& e, Form form) {
  const std::string& type = e.Get("type");
  const std::string& frame = e.Get("frame");
  if (!IsStanceType(type) && type != "meets") return;
  // "thank" and "supported_by" reverse their arguments: the recall layer
  // would not.
  if (frame == "qualify" || frame == "agent_accuse" || frame == "led_by" || frame == "thank" ||
      frame == "supported_by" || frame == "consequence" || frame == "stance_received" ||
      frame == "side" || frame == "call")
    return;
  // "summoned the ambassador, X": a target the frame reads (target=state) is not guessed.
  if (!e.Get("target").empty()) return;
  // A noun's arguments are its own complements ("la réunion des pays de
  // l'OTSC" is no meeting with the OTSC): only the noun frames read them.
  if (e.Get("pos") == "noun") return;
  if (frame_missing_.rfind("agent", 0) == 0 || frame_missing_.rfind("aid", 0) == 0 ||
      frame_missing_.rfind("troops", 0) == 0 || frame_missing_.rfind("no meeting", 0) == 0)
    return;
  // "the meeting brought together regional leaders and X": a gathering verb
  // (gather=1) with fewer than two persons after it names no pair.
  if (e.Get("gather") == "1" && frame_missing_.rfind("parties", 0) == 0) return;
  const int n = static_cast<int>(s.w.size());
  const int te = t + len;
  const int vb = VerbGroupStart(s, t);
  if (form == Form::kInfinitive && !InheritsSubject(s, t, vb, form)) return;  // "ready to", "to be"
  // "a interrogé un soldat" (clitic=se on "s'interroger"), "a pris à": a
  // verb without the clitic its entry needs is another verb.
  if (CliticMissing(s, vb, t, e)) return;
  // "aucune menace", "the threat": a verb form after a determiner is a noun.
  {
    int p = t - 1;
    while (P(s, p, '<') || P(s, p, '"')) --p;
    if (e.Get("pos") == "verb" && Is(s, p, c_.det)) return;
  }
  // Passives and participles used as adjectives ("des soulèvements soutenus
  // par l'Occident") are the frame's: without their agent nothing is known.
  if (form == Form::kPastParticiple) {
    bool active = Is(s, vb - 1, c_.coord);
    for (int k = vb; k < t; ++k) {
      if (Is(s, k, c_.etre) && !Fold(s, k, "est") && !Fold(s, k, "sont")) return;
      active |= Is(s, k, c_.aux) || (Fold(s, k, "s") && s.w[k].elided) || Fold(s, k, "se");
    }
    if (!active) return;
  }
  std::string how;
  std::vector<std::string> subj = Subject(s, t, &how);
  if (e.Get("pos") != "noun" && InheritsSubject(s, t, vb, form) && how != "relative") {
    std::vector<std::string> main = CoordinatedMainSubject(s, vb);  // "X and Y backed A and warned B"
    if (!main.empty()) {
      subj = main;
    } else if (how == "subject" && CoordinatedObject(s, vb, subj)) {
      return;  // "cautioned Israel ..., and warned Y" (s9args): not Israel
    }
  }
  // "X, qui réunit A et B": a relative's subject is its head (s9args).
  if (subj.empty() && RelativeOfNamedHead(s, vb)) return;
  // "..., but local columnists accused X" (s10prec): the clause has its own subject.
  if (subj.empty() && ConjoinedClauseCommonSubject(s, vb)) return;
  // "The war has turned favourable to Russia, NATO said": a clause opening
  // with a common noun (not a government word) has that noun as subject,
  // not the speaker.
  if (subj.empty() && !s.speaker.empty()) {
    int c = vb - 1;
    while (c >= 0 && c > vb - 8 && s.w[c].word && !Is(s, c, c_.que) && !Is(s, c, c_.qui)) --c;
    ++c;
    while (P(s, c, '<') || P(s, c, '"')) ++c;
    if (c < vb - 1 && Is(s, c, c_.det) && MentionAt(s, c) < 0 && MentionAt(s, c + 1) < 0 &&
        s.w[c + 1].word && !s.w[c + 1].upper_initial && !Is(s, c + 1, c_.govnoun) &&
        !Is(s, c + 1, c_.aux))
      return;
  }
  if (subj.empty() && !s.speaker.empty()) subj = s.speakers;
  if (subj.empty()) return;
  // parties=person ("a convoqué l'ambassadeur de X, Y"): persons on both sides.
  const bool persons_only = e.Get("parties") == "person";
  if (persons_only) {
    for (const std::string& id : subj) {
      const Actor* a = r_.dict.Find(id);
      const bool person = a != nullptr ? a->kind == "person"
                                       : std::any_of(s.men.begin(), s.men.end(), [&](const Men& m) {
                                           return m.id == id && m.kind == "person";
                                         });
      if (!person) return;
    }
  }
  if (type == "meets" && GathersMembers(s, t, subj)) return;
  // "l'alliance que des médias accusaient": the object is before, in the
  // antecedent, and the subject is often a description.
  for (int k = vb - 1; k >= 0 && k > vb - 8; --k) {
    if (P(s, k, ',') || P(s, k, '.')) break;
    if (Is(s, k, c_.que) && s.w[k].fold != "that") return;
  }
  std::vector<std::string> obj;
  // "a dénoncé mardi, dans un communiqué, l'attitude de X": past an incise.
  const int start = SkipIncise(s, te);
  int k = start;
  while (IsAdverb(s, k) || Is(s, k, c_.clitic)) ++k;
  // "police questioned Odinga": a person named right after the verb is
  // interrogated (bare=not_person; "questioned Odinga's motives" judges).
  if (e.Get("bare") == "not_person" && InterrogatedObjectAt(s, SkipDet(s, k))) return;
  // A victim's event read as an adverb ("l'emprisonnement de X", -ment): see below.
  for (int q = start; q < k; ++q)
    if (VictimEventAt(s, q)) return;
  if (Is(s, k, c_.possessive)) return;  // "justifié son appel": the subject's own act
  // "a accusé réception de", "accuse le coup", "l'économie accuse un recul":
  // "accuser" in its senses of acknowledging and showing charges no one
  // (stance_word role=idiom_object).
  if (type == "accuses" && AnyHit(s, c_.stance_word)) {
    if (const int il = StanceWordAt(s, k, "idiom_object");
        il > 0 && !(Fold(s, k + il, "d") && Fold(s, k + il + 1, "etat")))  // coup d'État
      return;
  }
  // "Paris regrette, Moscou applaudit", "London objected, Moscow did not": a
  // comma that opens no incise ends the verb's clause with no object.
  if (P(s, k, ',')) return;
  // The object is the first noun phrase: determiners, at most two plain
  // words and "de" complements ("les tirs du M23") lead to it; supporting,
  // warning or meeting X's thing is not said of X.
  const bool complements = type == "accuses" || type == "criticizes";
  const std::string& preps = e.Get("obj");
  int plain = 0;
  // "« Une honte », a fustigé X au sujet de la position de Y", "a averti X
  // à l'adresse des Occidentaux": a French topic preposition leads from the
  // (inverted) speaker to the stance's target. Its length with its "de", or 0.
  // (stance_word role=topic_prep, triggers_args_speech_adjuncts.tsv)
  auto topic_prep = [&](int j) -> int { return StanceWordAt(s, j, "topic_prep"); };
  for (; k < std::min(start + 12, n); ++k) {
    if (int al = HitLen(s, k, c_.adverb); al > 1) {  // "à plusieurs reprises"
      k += al - 1;
      continue;
    }
    if (int tl = type != "meets" ? topic_prep(k) : 0; tl > 0) {
      k += tl - 1;
      continue;
    }
    // "a condamné l'assassinat de Nasrallah", "se réjouit de la défaite de
    // la Russie": the actor after an event that befell it is its victim.
    if (MentionAt(s, k) < 0 && s.w[k].word && VictimEventAt(s, k)) return;
    if (MentionAt(s, k) < 0 && s.w[k].word) {
      bool allowed_prep = false;
      if (Is(s, k, c_.prep) || Is(s, k, c_.prep_de) || Fold(s, k, "of")) {
        const std::string& f = s.w[k].fold;
        allowed_prep =
            (complements && (Is(s, k, c_.prep_de) || f == "of")) ||
            (!f.empty() && preps.find(f) != std::string::npos && (f.size() > 1 || f == "a"));
        // (An accusation's "with"/"avec" names where it is lodged, "a
        // complaint with the Security Council", not the one accused.)
        const bool venue = type == "accuses" && (f == "with" || f == "avec");
        if (f == "a" || f == "au" || f == "aux" || f == "with" || f == "avec" || f == "to")
          allowed_prep |= (preps.find("direct") == std::string::npos && !venue) ||
                          preps.find(f == "a" ? "à" : f) != std::string::npos;
        if (!allowed_prep && k > start) break;
        if (!allowed_prep && k == start && !Is(s, k, c_.prep_de)) break;
      } else if (!Is(s, k, c_.det) && !IsAdverb(s, k) && !Is(s, k, c_.clitic) &&
                 HitLen(s, k, c_.trigger) == 0) {
        if (++plain > 3) break;
      }
    }
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
    // The object phrase ends at a comma, and a reason clause ("d'avoir",
    // "of being") names no second party.
    if (k > start &&
        (P(s, k, ',') || Fold(s, k, "avoir") || Fold(s, k, "etre") || Fold(s, k, "pour") ||
         Fold(s, k, "for") || Fold(s, k, "par") || Fold(s, k, "by") ||
         (s.w[k].word && !s.w[k].upper_initial && s.w[k].fold.size() > 4 &&
          s.w[k].fold.compare(s.w[k].fold.size() - 3, 3, "ing") == 0)))
      break;
    if (k > start && HitLen(s, k, c_.trigger) > 0) break;  // the next verb has its own arguments
    // "threatened military intervention to reinstate X": the purpose's
    // object is not the one threatened.
    // (right after a stance trigger too: "threatened military intervention
    // to"; a meeting verb's "to" may lead to its party).
    if (k >= (type == "meets" ? start + 1 : start) && (Fold(s, k, "to") || Fold(s, k, "afin")) && InSent(s, k + 1) &&
        s.w[k + 1].word && !s.w[k + 1].upper_initial && !Is(s, k + 1, c_.det) &&
        MentionAt(s, k + 1) < 0)
      break;
    // "accueille des troupes françaises": hosting troops is meeting no one.
    if (type == "meets" && MentionAt(s, k) < 0 && HitLen(s, k, c_.troop) > 0) break;
    // "welcomed the gesture but said Senegal ...": a contrast opens a new clause.
    if (k > start && (Fold(s, k, "but") || Fold(s, k, "mais"))) break;
    // "stood by as settlers attacked X": a subordinate clause has its own
    // arguments (stance_word role=clause_opener).
    if (MentionAt(s, k) < 0 && StanceWordAt(s, k, "clause_opener") > 0) break;
    // "Washington menace de sanctions et l'ONU condamne": a conjunct with a
    // verb of its own is another clause, its actor no object.
    if (k > start && Is(s, k, c_.coord)) {
      const int cm = MentionAt(s, SkipDet(s, k + 1));
      if (cm >= 0 && HitLen(s, s.men[cm].e, c_.trigger) > 0) break;
    }
    int mi = MentionAt(s, k);
    if (mi < 0) continue;
    const Men& m = s.men[mi];
    k = std::max(k, m.e - 1);
    if (m.implied || m.kind.empty() || m.pronoun || m.id.empty()) continue;
    if (m.kind == "location" && m.of.empty()) continue;
    if (type == "meets" && m.kind == "group") continue;
    if (InPlacePhrase(s, m)) continue;  // a place, not a party
    // "réunis à Djibouti", "à Singapour" (s9args): a state named with "à" and
    // no article is a city-state or an island, the venue of a meeting.
    if (type == "meets" && MeetingVenue(s, m)) continue;
    const std::string id = IdOf(s, mi);
    if (std::find(subj.begin(), subj.end(), id) != subj.end()) continue;
    // parties=person (a summons): the named envoy, past his state's title.
    if (persons_only && m.kind != "person") continue;
    // "spoke to UN Secretary-General Antonio Guterres", "NATO chief Jens
    // Stoltenberg": a body named before its officer's title qualifies him;
    // the person is the party met.
    if (type == "meets" && m.kind == "organization") {
      const int pm = MentionAt(s, m.e);
      if (pm >= 0 && pm != mi && s.men[pm].b == m.e && s.men[pm].kind == "person" &&
          !s.men[pm].role.empty() && !s.men[pm].id.empty() && !s.men[pm].pronoun) {
        obj = {IdOf(s, pm)};
        break;
      }
    }
    obj = Expand(s, mi, +1);
    break;
  }
  if (obj.empty()) return;
  Emit(s, subj, type, obj, "fallback:" + type, 0.6);
}

// Subject (engine_args.cc), answered from subject_memo_ when Relations
// keeps a trigger's subject for its several askers.
std::vector<std::string> Engine::Subject(Sent& s, int t, std::string* how) {
  if (t != subject_memo_at_ || &s != subject_memo_sent_) return FindSubject(s, t, how);
  if (!subject_memo_full_) {
    subject_memo_how_.clear();  // every answer's how is a non-empty word
    subject_memo_ = FindSubject(s, t, &subject_memo_how_);
    subject_memo_full_ = true;
  }
  if (!subject_memo_how_.empty()) *how = subject_memo_how_;
  return subject_memo_;
}

bool Engine::LooksParticiple(const Sent& s, int t, int te) const {
  // French: the participle carries é (accusé, accusée, accusés, accusées).
  const std::string& text = x_->article.text;
  for (int k = t; k < te; ++k) {
    const Span sp = s.w[k].span;
    std::string_view raw(text.data() + sp.begin, sp.end - sp.begin);
    for (std::string_view end : {"é", "ée", "és", "ées", "É", "ÉE", "ÉS", "ÉES"}) {
      if (raw.size() >= end.size() && raw.substr(raw.size() - end.size()) == end) return true;
    }
  }
  // English "accused": passive auxiliary, or "by" after a noun.
  for (int k = VerbGroupStart(s, t); k < t; ++k) {
    if (Is(s, k, c_.aux)) return true;
  }
  // "The Houthis denounced the raids by the US": a subject right before and
  // a direct object right after make the verb finite.
  if (int sm = MentionAt(s, VerbGroupStart(s, t) - 1); sm >= 0 && !s.men[sm].adj &&
                                                       !IsComplement(s, s.men[sm]) &&
                                                       Is(s, te, c_.det) && !Fold(s, te, "by"))
    return false;
  for (int k = te; k < std::min<int>(te + 3, s.w.size()); ++k) {
    // "accuse par ailleurs X" (s7args): "par" opening a multi-word adverb
    // is no agent; the unaccented form is the finite verb.
    if (Fold(s, k, "by") || (Fold(s, k, "par") && k == te && HitLen(s, k, c_.adverb) < 2))
      return true;
  }
  // "chaired at the time by X", "led since 2019 by X" (s6events): a time
  // phrase between the participle and its agent.
  return TimePhraseLen(s, te) > 0 && Fold(s, te + TimePhraseLen(s, te), "by");
}

// "des troupes biélorusses", "les forces russes envoyées au Kazakhstan", "les
// troupes conduites par Moscou et déployées au Kazakhstan": a troop noun with
// its nationality, in a sentence about a deployment.
void Engine::TroopRule(Sent& s) {
  // No cue or no troop noun: nothing below fires.
  if (!AnyHit(s, c_.deploy_cue) || !AnyHit(s, c_.troop)) return;
  const int n = static_cast<int>(s.w.size());
  int cue = -1;
  for (int i = 0; i < n && cue < 0; ++i) {
    if (HitLen(s, i, c_.deploy_cue) > 0) cue = i;
  }
  if (cue < 0) return;
  // Whether a mention starting in words [lo, hi] names the place `dest`
  // (itself or a territory it holds de jure); adjectives only if `adj_too`.
  auto names_place = [&](int lo, int hi, const std::string& dest, bool adj_too) {
    for (const Men& m : s.men) {
      if ((m.adj && !adj_too) || m.b < lo || m.b > hi || m.id.empty()) continue;
      const Actor* a = r_.dict.Find(m.id);
      if (m.id == dest || (a != nullptr && a->de_jure == dest)) return true;
    }
    return false;
  };
  // "des militaires russes de l'Africa Corps, la structure qui ..., ont
  // débarqué à Ouagadougou": past an apposition closed by a comma, the
  // troops' own verb of arrival names the place (only a place named after
  // it, not the page's guess).
  auto past_apposition = [&](int from, const std::vector<std::string>& senders) {
    std::vector<std::string> none;
    int open = -1;  // the comma opening the apposition, close after the troops
    for (int k = from; k < std::min(n, from + 6) && open < 0; ++k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':')) return none;
      if (P(s, k, ',')) open = k;
    }
    if (open < 0) return none;
    for (int k = open + 1; k < std::min(n, open + 35); ++k) {
      if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':')) return none;
      if (!P(s, k, ',')) continue;
      // The closing comma: the troops' verb of arrival right after it.
      for (int v = k + 1; v <= k + 3 && v < n; ++v) {
        const int len = HitLen(s, v, c_.deploy_cue);
        if (len == 0) continue;
        std::vector<std::string> dest = Destination(s, v + len, senders);
        if (!dest.empty() && names_place(v + len, v + len + 14, dest[0], true)) return dest;
        return none;
      }
      return none;
    }
    return none;
  };
  for (int i = 0; i < n; ++i) {
    int tl = HitLen(s, i, c_.troop);
    if (tl == 0) continue;
    // "deux avions militaires égyptiens", "military equipment": the troop
    // word inside a longer weapon phrase (stance.tsv role=weapon) that starts
    // before it names hardware, not soldiers.
    {
      bool hardware = false;
      for (int j = std::max(0, i - 3); j < i && !hardware; ++j) {
        const int wl = StanceWordAt(s, j, "weapon");
        hardware = wl > 0 && j + wl > i;
      }
      if (hardware) continue;
    }
    const bool codeployed = CoDeployedUnits(s, i, tl);  // "alongside units from A" (s10meets)
    {  // "fought alongside Congolese troops": the partner, not the sender.
      int b = i - 1;
      if (int bm = MentionAt(s, b); bm >= 0) b = s.men[bm].b - 1;
      while (b >= 0 && (Is(s, b, c_.det) || Is(s, b, c_.prep_de))) --b;
      if ((Fold(s, b, "alongside") || Fold(s, b, "cotes") || Fold(s, b, "with") ||
           Fold(s, b, "avec") || Fold(s, b, "help") || Fold(s, b, "aider") ||
           Fold(s, b, "helping") || Fold(s, b, "helped") || Fold(s, b, "aidant") ||
           Fold(s, b, "aident")) &&
          !DeployedWith(s, b) && !codeployed && !SentAlongside(s, b))
        continue;
    }
    std::vector<std::string> senders;
    int after = i + tl;
    bool body_sender = false;  // senders read from a troop body ("Russian peacekeepers")
    // Contingents counted per country: "2,000 Russian, 500 Belarusian and 70
    // Armenian soldiers", "2 000 soldats russes, 500 biélorusses et 70
    // arméniens". From the nationality at `k` (-1: leftwards, +1: rightwards)
    // over a comma or conjunction and a number to the next nationality, each
    // added to `ids`; returns the last position read.
    auto counted_nationalities = [&](int k, int dir, std::vector<std::string>* ids) {
      auto in_number = [&](int q) {
        return DigitWordAt(s, q) ||
               (P(s, q, ',') && DigitWordAt(s, q - 1) && DigitWordAt(s, q + 1));
      };
      for (int steps = 0; steps < 6; ++steps) {
        int q = k + dir;
        if (dir < 0) {
          // leftwards: this nationality's number, then ", " or " and "
          if (!DigitWordAt(s, q)) break;
          while (q >= 0 && in_number(q)) --q;
          if (!(P(s, q, ',') || Is(s, q, c_.coord))) break;
          if (Is(s, q, c_.coord) && P(s, q - 1, ',')) --q;
          --q;
        } else {
          if (!(P(s, q, ',') || Is(s, q, c_.coord))) break;
          if (P(s, q, ',') && Is(s, q + 1, c_.coord)) ++q;
          ++q;
          if (!DigitWordAt(s, q)) break;
          while (q < n && in_number(q)) ++q;
        }
        // the nationality there: a mention, or an adjective read alone
        std::string id;
        int b = q, e = q + 1;
        if (const int m = MentionAt(s, q); m >= 0) {
          // ("Nigerian" before a comma reads as a demonym)
          if (!(s.men[m].adj || s.men[m].rule == "dict:demonym") || s.men[m].kind != "country" ||
              s.men[m].id.empty())
            break;
          id = s.men[m].id, b = s.men[m].b, e = s.men[m].e;
          if (dir < 0 && e != q + 1) break;
        } else if (CountryAdjectiveAt(s, q, &id) != 1 || id.empty()) {
          break;
        }
        if (std::find(ids->begin(), ids->end(), id) == ids->end()) ids->push_back(id);
        k = dir < 0 ? b : e - 1;
      }
      return k;
    };
    int am = MentionAt(s, after);
    const int im = MentionAt(s, i);
    std::vector<std::string> body_states;  // "Russian peacekeepers": the body's state
    if (im >= 0 && s.men[im].rule == "discover:institution" && s.men[im].e >= after)
      body_states = TroopNationality(s, i, tl);
    if (!body_states.empty()) {
      // "Russian peacekeepers", "les soldats de la paix russes": the state
      // of a troop body read as one actor sends it.
      senders = std::move(body_states);
      after = s.men[im].e;
      body_sender = true;
    } else if (am >= 0 && s.men[am].adj) {
      senders = Expand(s, am, +1);
      after = s.men[am].e;
      if (senders.size() == 1) after = counted_nationalities(after - 1, +1, &senders) + 1;
      // Coordinated adjectives already expanded; skip to the end of the list.
      while (after < n && (P(s, after, ',') || Is(s, after, c_.coord) ||
                           (MentionAt(s, after) >= 0 && s.men[MentionAt(s, after)].adj)))
        ++after;
      // "les soldats russes de l'OTSC" (s8troops): the alliance of states
      // they serve in sends them as well as their country.
      if (Is(s, after, c_.prep_de)) {
        const int om = MentionAt(s, SkipDet(s, after + 1));
        if (om >= 0 && s.men[om].b > after && IsStatesBody(s, om)) {
          senders.push_back(s.men[om].id);
          after = s.men[om].e;
        }
      }
    } else if (Is(s, after, c_.prep_de) && !Fold(s, after, "des")) {
      int r = SkipDet(s, after + 1);
      int mi = MentionAt(s, r);
      if (mi >= 0 && s.men[mi].b > after && !s.men[mi].adj &&
          (s.men[mi].kind == "country" || s.men[mi].kind == "organization")) {
        senders = Expand(s, mi, +1);
        after = s.men[mi].e;
      }
    } else if (after > 0 && i > 0) {
      // English: "Russian troops"
      int bm = MentionAt(s, i - 1);
      // "Senegalese-led forces", "US-led troops": the state that leads the
      // troops sends them.
      if (bm < 0 && i > 1 && Fold(s, i - 1, "led") && s.w[i - 1].hyphen_before) {
        const int lm = MentionAt(s, i - 2);
        std::string nationality;  // "Senegalese" alone is no mention
        if (lm >= 0 && s.men[lm].e == i - 1 && s.men[lm].kind == "country" &&
            !s.men[lm].id.empty() && !s.men[lm].pronoun)
          senders = {s.men[lm].id};
        else if (lm < 0 && CountryAdjectiveAt(s, i - 2, &nationality) == 1 && !nationality.empty())
          senders = {nationality};
      }
      if (bm >= 0 && s.men[bm].adj) senders = Expand(s, bm, -1);
      if (bm >= 0 && s.men[bm].adj && senders.size() == 1)
        counted_nationalities(s.men[bm].b, -1, &senders);
      // "US troops", "2,000 US sailors": a country name used attributively,
      // not the complement of a preposition ("to Bahrain troops").
      if (bm >= 0 && !s.men[bm].adj && s.men[bm].kind == "country" && s.men[bm].e == i &&
          !s.men[bm].id.empty() && !Is(s, s.men[bm].b - 1, c_.prep) &&
          !Is(s, s.men[bm].b - 1, c_.prep_de))
        senders = {s.men[bm].id};
      // "Wagner mercenaries": hired fighters named after the body that
      // hires them (any other body before troops may be a rebel group's).
      if (bm >= 0 && !s.men[bm].adj && s.men[bm].kind == "organization" && s.men[bm].e == i &&
          !s.men[bm].id.empty() && HitLen(s, i, c_.hired) > 0 &&
          !Is(s, s.men[bm].b - 1, c_.prep) && !Is(s, s.men[bm].b - 1, c_.prep_de))
        senders = {s.men[bm].id};
      // "CSTO troops", "ECOWAS soldiers" (s8troops): a body of member states
      // named before its troops sends them.
      if (bm >= 0 && senders.empty() && IsStatesBody(s, bm) && s.men[bm].e == i &&
          !Is(s, s.men[bm].b - 1, c_.prep) && !Is(s, s.men[bm].b - 1, c_.prep_de))
        senders = {s.men[bm].id};
    }
    // "le Bélarus et l'Arménie, dont les soldats ont été déployés", "Belarus,
    // whose troops were deployed": the antecedent of a possessive relative
    // before the troops owns them.
    if (senders.empty()) {
      int b = i - 1;
      while (b >= 0 && (Is(s, b, c_.det) || Is(s, b, c_.quantity))) --b;
      if (b >= 2 && (Fold(s, b, "dont") || Fold(s, b, "whose")) && P(s, b - 1, ',')) {
        const int am2 = MentionAt(s, b - 2);
        if (am2 >= 0 && s.men[am2].e == b - 1 && !s.men[am2].adj && !s.men[am2].pronoun &&
            (s.men[am2].kind == "country" || s.men[am2].kind == "organization"))
          senders = Expand(s, am2, -1);
      }
    }
    // "2 000 militaires, russes pour l'essentiel, mais aussi biélorusses et
    // arméniens, ont été dépêchés", "2,000 troops, mostly Russian but also
    // Belarusian, were sent": nationalities apposed to the troops between
    // commas. Bounded: 20 words of adjectives, commas, conjunctions and
    // quantifying words.
    if (senders.empty() && P(s, after, ',')) {
      std::vector<std::string> apposed;
      int k = after + 1;
      for (; k < std::min(n, after + 21); ++k) {
        const int am2 = MentionAt(s, k);
        if (am2 >= 0 && s.men[am2].adj && s.men[am2].kind == "country" && !s.men[am2].id.empty()) {
          if (std::find(apposed.begin(), apposed.end(), s.men[am2].id) == apposed.end())
            apposed.push_back(s.men[am2].id);
          k = s.men[am2].e - 1;
          continue;
        }
        // "Kenyan", "tadjiks": a nationality alone, which the mention pass
        // leaves unread without its noun; its dictionary phrase.
        if (am2 < 0 || (s.men[am2].kind == "country" && s.men[am2].rule == "dict:demonym")) {
          const PhraseIndex::Match& d = DictAt(s, k);
          std::string nationality;
          for (int p : d.payloads) {
            const NameInfo& ni = r_.dict.name(p);
            const Actor& c = r_.dict.actors()[ni.actor];
            if (c.kind == "country" &&
                (ni.how == NameHow::kAdjective || ni.how == NameHow::kDemonym))
              nationality = c.id;
          }
          if (d.length > 0 && !nationality.empty()) {
            if (std::find(apposed.begin(), apposed.end(), nationality) == apposed.end())
              apposed.push_back(nationality);
            k += d.length - 1;
            continue;
          }
        }
        if (am2 >= 0) break;
        if (P(s, k, ',') || Is(s, k, c_.coord) || IsAdverb(s, k) || Is(s, k, c_.det)) continue;
        const std::string& f = s.w[k].fold;
        if (f == "pour" || f == "essentiel" || f == "mais" || f == "aussi" || f == "but" ||
            f == "also" || f == "en" || f == "majorite" || f == "grande" || f == "partie" ||
            f == "for" || f == "most" || f == "part" || f == "mostly" || f == "mainly" ||
            f == "largely" || f == "majoritairement" || f == "essentiellement" ||
            f == "principalement" || f == "surtout" || f == "notamment" || f == "including")
          continue;
        break;
      }
      // The apposition closes (a comma before the verb, or the verb group
      // itself: "were sent", "avaient été dépêchés").
      if (!apposed.empty() && k < n && k > after + 1 && P(s, k - 1, ',')) {
        senders = apposed;
        after = k - 1;
      }
    }
    // "soldiers from A", "des soldats venus de A": the origin's first word.
    int origin = -1;
    if (Fold(s, after, "from")) origin = after + 1;
    if ((Fold(s, after, "venus") || Fold(s, after, "venues")) && Is(s, after + 1, c_.prep_de))
      origin = after + 2;
    if (senders.empty() && origin > 0) {
      // "Troops from Belarus landed in ...": only troops that open the
      // clause ("withdrew troops from Syria" names where they leave).
      int b = i - 1;
      while (b >= 0 && (Is(s, b, c_.det) || Is(s, b, c_.quantity) || Is(s, b, c_.prep_de) ||
                        (s.w[b].word && std::isdigit(static_cast<unsigned char>(s.w[b].fold[0])))))
        --b;
      // "but also soldiers from Belarus", "notamment des soldats venus de":
      // a troop noun in a list of the troops sent.
      while (b >= 0 && (Fold(s, b, "also") || Fold(s, b, "but") || Fold(s, b, "aussi") ||
                        Fold(s, b, "mais") || Fold(s, b, "including") || Fold(s, b, "notamment")))
        --b;
      const bool listed = b < i - 1 && b >= 0 && HitLen(s, b, c_.troop) > 0;
      // "followed by smaller units from A and B", "suivis d'autres soldats
      // venus de": later troops joining the deployment.
      int f = b;
      while (f >= 0 && (Fold(s, f, "smaller") || Fold(s, f, "other") || Fold(s, f, "additional") ||
                        Fold(s, f, "further") || Fold(s, f, "autres") || Is(s, f, c_.det) ||
                        Is(s, f, c_.prep_de)))
        --f;
      const bool followed =
          f >= 1 && ((Fold(s, f, "by") && Fold(s, f - 1, "followed")) ||
                     ((Fold(s, f, "suivis") || Fold(s, f, "suivies")) && f + 1 <= b));
      // "troops from the CSTO": past the article.
      int oj = SkipDet(s, origin);
      // "troops from the Russian-led CSTO" (s11troops): past an "X-led"
      // compound to the body it qualifies.
      // "troops from the Russia-led CSTO": the state in the compound is a
      // mention of its own; past it too when "led" is glued to it.
      for (int j = oj; j < oj + 3; ++j) {
        if (Fold(s, j, "led") && (MentionAt(s, oj) < 0 || (j > oj && s.w[j].hyphen_before))) {
          oj = j + 1;
          break;
        }
      }
      // "contingents from fellow CSTO members Belarus, Armenia and
      // Tajikistan", "des soldats des pays membres de la Cedeao, le Sénégal
      // et le Ghana" (s11troops): past the bloc and its member noun
      // (stance_word role=member_word) to the states listed.
      {
        bool member_word = false;
        int j = oj;
        for (int steps = 0; steps < 8 && j < n; ++steps) {
          const int bm = MentionAt(s, j);
          int ml = 0;
          if (bm >= 0) {
            if (!IsStatesBody(s, bm)) break;
            j = s.men[bm].e;
          } else if ((ml = StanceWordAt(s, j, "member_word")) > 0) {
            member_word = true;
            j += ml;
          } else if (Is(s, j, c_.det) || Is(s, j, c_.prep_de) ||
                     (member_word && (P(s, j, ',') || P(s, j, ':'))) ||
                     (!member_word && s.w[j].word && !s.w[j].upper_initial)) {
            ++j;  // "fellow", "de la", "the bloc's"
          } else {
            break;
          }
        }
        if (const int cm = MentionAt(s, SkipDet(s, j));
            member_word && cm >= 0 && s.men[cm].kind == "country" && !s.men[cm].adj)
          oj = SkipDet(s, j);
      }
      int mi = MentionAt(s, oj);
      // "which had deployed troops from A, B and C", "comprises personnel
      // from A": the verb of a deployment or of its make-up.
      // "withdrew troops from Somalia" (s10meets): past a departure cue
      // (role=departure), "from" names the place left, not the origin.
      bool departure = false;
      if (b >= 0 && HitLen(s, b, c_.deploy_cue) > 0) {
        for (const auto& [entry, form] : LexAt(s, b, c_.deploy_cue).entries)
          departure |= r_.lex.entry(entry).Get("role") == "departure";
      }
      // "is made up of units from A": a multi-word cue that covers b and
      // ends before the troops (not a departure: "pulled out troops from
      // Syria" names the place left).
      bool cue_ends = false;
      for (int j = std::max(0, b - 3); j < b && !cue_ends; ++j) {
        const int cl = HitLen(s, j, c_.deploy_cue);
        if (j + cl <= b || j + cl > i) continue;
        cue_ends = true;
        for (const auto& [entry, form] : LexAt(s, j, c_.deploy_cue).entries)
          cue_ends &= r_.lex.entry(entry).Get("role") != "departure";
      }
      if ((b < 0 || P(s, b, ',') || listed || followed || codeployed || cue_ends ||
           (HitLen(s, b, c_.deploy_cue) > 0 && !departure)) &&
          mi >= 0 && !s.men[mi].adj &&
          (s.men[mi].kind == "country" || s.men[mi].kind == "organization")) {
        senders = Expand(s, mi, +1);
        after = s.men[mi].e;
      }
    }
    // "la force envoyée au Kazakhstan par l'OTSC" (s8troops): the agent of
    // the sending participle past its destination.
    if (senders.empty()) senders = TroopParticipleAgent(s, after);
    if (senders.empty()) {
      // "conduites par Moscou"
      for (int k = after; k < std::min(after + 3, n); ++k) {
        if (Fold(s, k, "par") || Fold(s, k, "by")) {
          std::vector<std::string> a = NP(s, k + 1);
          for (const std::string& id : a) {
            const Actor* act = r_.dict.Find(id);
            if (act && (act->kind == "country" || act->kind == "organization"))
              senders.push_back(id);
          }
          break;
        }
      }
    }
    // "soldats sud-africains engagés dans la mission de la SADC", "South
    // African soldiers, deployed in the SADC's mission in the DRC": the body
    // of states whose mission or force they serve in sends them too.
    if (!senders.empty()) {
      for (int q = after; q < std::min(n, after + 10); ++q) {
        if (P(s, q, '.') || P(s, q, ';')) break;
        if (!(Fold(s, q, "mission") || Fold(s, q, "force"))) continue;
        int bm = -1;
        if (Is(s, q + 1, c_.prep_de)) bm = MentionAt(s, SkipDet(s, q + 2));
        if (bm < 0 && GenitiveS(s, q - 1) && !s.w[q - 1].elided) bm = MentionAt(s, q - 2);
        if (bm < 0) bm = MentionAt(s, q - 1);
        if (bm >= 0 && !s.men[bm].adj && IsStatesBody(s, bm) &&
            std::find(senders.begin(), senders.end(), s.men[bm].id) == senders.end())
          senders.push_back(s.men[bm].id);
        break;
      }
    }
    if (senders.empty()) continue;
    // "des mercenaires syriens": hired fighters are sent by whoever hires
    // them, not by their nationality ("les mercenaires de Wagner" are).
    if (HitLen(s, i, c_.hired) > 0) {
      bool nationality = false;
      for (const Men& m : s.men) {
        nationality |= (m.adj || m.kind == "country") && m.b >= i - 2 && m.e <= after &&
                       (m.e <= i || m.b >= i + tl);
      }
      if (nationality) continue;
    }
    if (std::string why = TroopsNegated(s, i, after); !why.empty()) {
      if (tracing_) Log(s, "  blocked sends_troops:troops '" + Surface(s, i, after) + "': " + why);
      continue;
    }
    int vb = VerbGroupStart(s, cue);
    Form f = Form::kOther;
    Lexicon::Hit h = LexAt(s, cue, c_.trigger);
    if (!h.entries.empty()) f = h.entries[0].second;
    if (f == Form::kInfinitive) {
      // "a demandé à Moscou d'envoyer des troupes russes": requested only.
      bool request = false;
      for (int k = vb - 1; k >= 0 && k >= vb - 12 && !request; --k) {
        for (const auto& [entry, form] : LexAt(s, k, c_.trigger).entries)
          request |= r_.lex.entry(entry).Get("type") == "requests_aid" && form != Form::kOther;
      }
      if (request) {
        if (tracing_)
          Log(s, "  blocked sends_troops:troops '" + Surface(s, i, after) + "': requested");
        continue;
      }
    }
    if (std::string why = Blocked(s, vb, cue + 1, f); !why.empty()) {
      if (tracing_) Log(s, "  blocked sends_troops:troops '" + Surface(s, i, after) + "': " + why);
      continue;
    }
    if (std::string why = Promised(s, vb, "sends_troops"); !why.empty()) {
      if (tracing_) Log(s, "  blocked sends_troops:troops '" + Surface(s, i, after) + "': " + why);
      continue;
    }
    if (std::string why = NounBlocked(s, cue); !why.empty()) {
      if (tracing_) Log(s, "  blocked sends_troops:troops: " + why);
      continue;
    }
    // "les soldats russes « n'ont pas rempli leur mission »": a negated verb
    // right after the troops.
    {
      int q = after;
      while (P(s, q, '<') || P(s, q, '"')) ++q;
      if (Is(s, q, c_.neg_ne) || Is(s, q, c_.neg_en)) continue;
    }
    if (!ConditionAfter(s, cue + 1).empty()) continue;
    std::vector<std::string> dest;
    // "les soldats français ont quitté le Mali" (s10meets): the place left.
    if (std::string left = DepartureDestination(s, after);
        !left.empty() && std::find(senders.begin(), senders.end(), left) == senders.end())
      dest = {left};
    // "Kazakhstan received troops from Russia", "la Pologne accueille des
    // soldats américains": a receiving cue (role=received) has the
    // destination as its subject. It governs only the troops a few words
    // after it ("Turkey, which trains Somali forces, hosted talks" is none).
    bool received = false;
    for (const auto& [entry, form] : LexAt(s, cue, c_.deploy_cue).entries)
      received |= r_.lex.entry(entry).Get("role") == "received";
    if (received && !(cue < i && i - cue <= 6)) continue;
    if (dest.empty()) {
      if (received) {
        std::string how;
        for (const std::string& id : Subject(s, cue, &how)) {
          const Actor* a = r_.dict.Find(id);
          if (a != nullptr && a->kind == "country" &&
              std::find(senders.begin(), senders.end(), id) == senders.end())
            dest.push_back(id);
        }
      }
    }
    if (dest.empty()) dest = past_apposition(after, senders);
    if (dest.empty()) dest = Destination(s, after, senders);
    if (dest.empty()) continue;
    // A troop body named as an actor ("the Russian peacekeeping contingent,
    // deployed under the ceasefire, is failing") is mostly spoken of where
    // it stands: only a place named close after it sends it there, not the
    // page's country guessed for a bare deployment.
    if (body_sender && !names_place(i, after + 8, dest[0], false)) continue;
    // "troops from the CSTO, most of them Russian paratroopers": a country
    // whose troops the sentence names is an origin, not a destination.
    // Not the country that asked for them (s7troops): "sent at the request
    // of Maputo, ... alongside the Mozambican forces".
    if (dest.size() == 1 && TroopOrigin(s, dest[0]) && RequesterCountry(s) != dest[0]) continue;
    Emit(s, senders, "sends_troops", dest, "sends_troops:troops", 0.75);
  }
}

// "La Russie a fourni l'essentiel du contingent, aux côtés de soldats
// biélorusses et arméniens", "Kenya sent 400 officers alongside Jamaican
// troops" (s11troops): troops beside those a sending verb sent earlier in
// the clause were sent too (a country's own army beside them is a sender
// of nothing: Destination excludes it). b is the "alongside"/"côtés" word.
bool Engine::SentAlongside(const Sent& s, int b) const {
  if (!Fold(s, b, "alongside") && !(Fold(s, b, "cotes") && Fold(s, b - 1, "aux"))) return false;
  for (int k = b - 1; k >= 0 && k >= b - 20; --k) {
    if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.qui)) return false;
    for (const auto& [entry, form] : LexAt(s, k, c_.trigger).entries) {
      // A finite or compound-past sending only ("enverrait" sends nothing),
      // and not a presence ("has 900 troops in", dest=explicit): "accused X
      // of sending mercenaries to fight alongside Y forces" sends no Y.
      const auto& sending = r_.lex.entry(entry);
      if ((form == Form::kFinite || form == Form::kPastParticiple) &&
          sending.Get("type") == "sends_troops" && sending.Get("dest") != "explicit")
        return true;
    }
  }
  return false;
}

// Troops named as absent or as a question: "aucun soldat russe", "no sign
// that any US troops", "whether Kyrgyz soldiers should be used", "les
// soldats russes ne sont pas". [i, after) is the troop phrase.
std::string Engine::TroopsNegated(const Sent& s, int i, int after) const {
  int b = i - 1;
  if (int bm = MentionAt(s, b); bm >= 0) b = s.men[bm].b - 1;  // "any US troops"
  while (b >= 0 && (Is(s, b, c_.quantity) || Is(s, b, c_.prep_de) ||
                    (Is(s, b, c_.det) && !Fold(s, b, "aucun") && !Fold(s, b, "aucune") &&
                     !Fold(s, b, "no") && !Fold(s, b, "any")) ||
                    (s.w[b].word && std::isdigit(static_cast<unsigned char>(s.w[b].fold[0])))))
    --b;
  if (Fold(s, b, "aucun") || Fold(s, b, "aucune") || Fold(s, b, "no") || Fold(s, b, "any") ||
      Fold(s, b, "whether") || Fold(s, b, "sans") || Fold(s, b, "without") ||
      (Fold(s, b, "pas") && Is(s, b + 1, c_.prep_de)))
    return "negated (" + s.w[b].fold + ")";
  int q = after;
  while (P(s, q, '<') || P(s, q, '"') || P(s, q, '>')) ++q;
  if (Is(s, q, c_.modal) || Is(s, q, c_.neg_ne) || Is(s, q, c_.neg_en))
    return "hypothetical or negated (" + s.w[q].fold + " after)";
  return "";
}

// The author of a misdeed named as the subject of the clause that holds it:
// "Y was behind the attack", "Y avait commis des crimes", "Y must stop its
// provocations" (stance_word role=misdeed_link: a be-behind, commit or cease
// word before the misdeed, its determiner or possessive between). Only
// auxiliaries, modals and demand modals may stand between the subject and
// the link; a negation or an "if" before the misdeed gives no author.
std::vector<std::string> Engine::MisdeedClauseAuthor(const Sent& s, int i) const {
  int p = i - 1;
  // A stance word stops the walk below; a word of the rules' word lists
  // (kind=word_list, read through Resources::word_lists) is none here.
  auto stance_word = [&](int q) {
    const int len = HitLen(s, q, c_.stance_word);
    if (len != 1) return len > 0;
    for (const auto& [entry, form] : StanceHit(s, q).entries)
      if (r_.lex.entry(entry).Get("kind") != "word_list") return true;
    return false;
  };
  // "committed war crimes", "carried out deadly attacks": one or two plain
  // words of the misdeed's phrase.
  for (int k = 0; k < 2 && p > 0 && s.w[p].word && !s.w[p].upper_initial && MentionAt(s, p) < 0 &&
                  !stance_word(p) && !Is(s, p, c_.det) && !Is(s, p, c_.prep) &&
                  !Is(s, p, c_.prep_de) && !Is(s, p, c_.aux);
       ++k)
    --p;
  bool own = false;  // "its provocations": a cease word needs the author's own misdeed
  // (English "a" folds like the French preposition "à": an article here.)
  // An opening quote mark is stepped over too: 'had launched "an economic
  // war" against them' quotes the misdeed, not the link.
  while (p >= 0 && (Is(s, p, c_.det) || Is(s, p, c_.possessive) || P(s, p, '"') || P(s, p, '<') ||
                    (x_->article.lang != "fr" && (Fold(s, p, "a") || Fold(s, p, "an"))))) {
    own |= Is(s, p, c_.possessive) || Fold(s, p, "its") || Fold(s, p, "their") ||
           Fold(s, p, "ses") || Fold(s, p, "leurs") || Fold(s, p, "sa") || Fold(s, p, "son");
    --p;
  }
  // The link phrase ends at p: try the phrase starting a few words back.
  int link = -1;
  for (int b = p; b >= 0 && b >= p - 3 && link < 0; --b) {
    if (int l = StanceWordAt(s, b, "misdeed_link"); l > 0 && b + l == p + 1) link = b;
    if (int l = StanceWordAt(s, b, "misdeed_cease"); own && l > 0 && b + l == p + 1) link = b;
  }
  if (link < 0) return {};
  int q = link - 1;
  while (q >= 0 && q >= link - 3 && s.w[q].word && MentionAt(s, q) < 0 &&
         (Is(s, q, c_.aux) || Is(s, q, c_.modal) || StanceWordAt(s, q, "demand_modal") > 0 || Fold(s, q, "to") ||
          Is(s, q, c_.etre)))  // "Y was waging a war of aggression"
    --q;
  int mi = MentionAt(s, q);
  // "Eritrean troops had committed abuses" (s10accuse): a nationality's
  // troops name their state as the author.
  bool troops_of = false;
  if (mi < 0 && HitLen(s, q, c_.troop) == 1) {
    const int am = MentionAt(s, q - 1);
    troops_of = am >= 0 && s.men[am].adj && s.men[am].e == q;
    if (troops_of) mi = am;
  }
  if (mi < 0 || s.men[mi].pronoun || (s.men[mi].adj && !troops_of)) return {};
  for (int k = 0; k < i; ++k) {
    if (Is(s, k, c_.hypo_if)) return {};
    if (k >= s.men[mi].b && (Is(s, k, c_.neg_ne) || Is(s, k, c_.neg_en) ||
                             Is(s, k, c_.neg_after)))
      return {};
  }
  return Expand(s, mi, -1);
}

// A misdeed with its author ("une tentative de coup d'État menée par des
// combattants armés", "victime d'une agression du terrorisme international")
// in the words of a speaker: the speaker accuses the author.
void Engine::WrongdoingRule(Sent& s) {
  if (s.speaker.empty()) {
    // "a condamné l'ingérence de l'Algérie", "condemned Uganda's
    // interference", "slammed the aggression by X": a criticism verb (no verb
    // of speech) whose object is a misdeed of the actor it criticizes blames
    // that actor for the misdeed: the critic accuses it too. Only a criticism
    // edge this sentence already made, the misdeed's author read as below.
    if (!AnyHit(s, c_.wrongdoing)) return;
    std::vector<std::pair<std::string, std::string>> critics;  // copies: Emit grows relations_
    for (auto r = relations_.rbegin(); r != relations_.rend() && r->sent == s.index; ++r) {
      if (r->p == "criticizes" && r->rule.rfind("criticizes:svo", 0) == 0)
        critics.emplace_back(r->s, r->o);
    }
    if (critics.empty()) return;
    const int n = static_cast<int>(s.w.size());
    for (int i = 0; i < n; ++i) {
      const int wl = HitLen(s, i, c_.wrongdoing);
      if (wl == 0) continue;
      if (WrongdoingRole(s, i) == "victim_after" || WrongdoingRole(s, i) == "seizure") continue;
      int j = i + wl;
      while (P(s, j, '>') || P(s, j, '"') || P(s, j, '<')) ++j;
      std::vector<std::string> agent;
      if (const int am = MentionAt(s, j); am >= 0 && s.men[am].adj) {
        agent = Expand(s, am, +1);
      } else if (Is(s, j, c_.prep_de)) {
        const int mi = MentionAt(s, SkipDet(s, j + 1));
        if (mi >= 0 && !s.men[mi].pronoun) agent = Expand(s, mi, +1);
      } else if (const int ml = HitLen(s, j, c_.agent_marker); ml > 0) {
        agent = NP(s, SkipDet(s, j + ml));
      }
      if (agent.empty()) agent = MisdeedAgentBefore(s, i);  // "Uganda's interference"
      if (agent.empty() || HypotheticalMisdeed(s, i)) continue;
      for (const auto& [critic, target] : critics) {
        if (std::find(agent.begin(), agent.end(), target) == agent.end()) continue;
        EmitPair(s, critic, "accuses", target, "accuses:condemned-misdeed", 0.7);
      }
    }
    return;
  }
  const int n = static_cast<int>(s.w.size());
  // "« Le Rwanda agresse la RDC », a déclaré X", "X said Russia had invaded
  // Ukraine": a verb that is a misdeed (stance_word role=misdeed_verb) in the
  // speaker's words (quoted, or after "that"/"que") accuses its subject, an
  // actor right before the verb group and not of the speaker's side.
  if (AnyHit(s, c_.stance_word)) {
    for (int i : s.stance_word_at) {  // the stance words' positions, ascending
      // One word ("invaded") or a fixed phrase ("bears full responsibility").
      if (StanceWordAt(s, i, "misdeed_verb") <= 0) continue;
      const int vb = VerbGroupStart(s, i);
      const int am = MentionAt(s, vb - 1);
      // "the Bucha massacre": a place names no author.
      if (am < 0 || s.men[am].e != vb || s.men[am].adj || s.men[am].id.empty() ||
          s.men[am].kind == "location")
        continue;
      // "said Russia had invaded", "said the Philippines bore full
      // responsibility": the subject right after the verb of speech, its
      // article between.
      bool content = s.inq[i] != 0 || HitLen(s, BeforeDets(s, s.men[am].b), c_.speech) > 0;
      for (int k = s.speaker_pos + 1; !content && s.speaker_pos >= 0 && k < i; ++k)
        content = Is(s, k, c_.que) || Fold(s, k, "that");
      // "Selon X, la Russie a saboté ...", "Russia sabotaged the talks,
      // according to X": the whole clause is X's words.
      content = content || (s.speaker_pos >= 0 && WordHitLen(s, s.speaker_pos, c_.according) > 0);
      // "La Russie porte l'entière responsabilité de l'escalade, a déclaré
      // X", "Russia bore full responsibility, Kuleba said": the clause before
      // an incise of speech (its comma right before the verb group, or
      // before a subject right before it) is the speaker's.
      if (!content && s.speaker_pos > i) {
        int c = VerbGroupStart(s, s.speaker_pos) - 1;
        if (const int sm = MentionAt(s, c); sm >= 0 && !s.men[sm].adj) c = BeforeDets(s, s.men[sm].b);
        content = c > i && P(s, c, ',');
      }
      if (!content) continue;
      if (const std::string why = Blocked(s, vb, i + 1, Form::kFinite); !why.empty()) {
        if (tracing_) Log(s, "  blocked accuses:misdeed-verb: " + why);
        continue;
      }
      bool modal = false;
      for (int k = vb; k < i; ++k) modal |= Is(s, k, c_.modal) || Is(s, k, c_.hypo_if);
      if (modal) continue;
      const std::vector<std::string> author = NotOwnSide(s, {s.speaker}, Expand(s, am, -1));
      if (author.empty()) continue;
      Emit(s, {s.speaker}, "accuses", author, "accuses:misdeed-verb", 0.7);
    }
  }
  if (!AnyHit(s, c_.wrongdoing)) return;  // no misdeed: nothing below fires
  for (int i = 0; i < n; ++i) {
    int wl = HitLen(s, i, c_.wrongdoing);
    if (wl == 0) continue;
    int j = i + wl;
    while (P(s, j, '>') || P(s, j, '"') || P(s, j, '<')) ++j;
    while (j < n && s.w[j].word && !s.w[j].upper_initial && MentionAt(s, j) < 0 &&
           !Is(s, j, c_.prep_de) && !Is(s, j, c_.prep) && HitLen(s, j, c_.agent_marker) == 0 &&
           j < i + wl + 2)
      ++j;  // "extérieure", "armée"
    std::vector<std::string> agent;
    // "le génocide des Tutsi", "le génocide arménien" (role=victim_after) and
    // "l'occupation du Kazakhstan", "the invasion of Ukraine" (role=seizure):
    // what follows names the victims; only an author after par/by counts.
    const std::string role = WrongdoingRole(s, i);
    const bool victim_after = role == "victim_after";
    int am = victim_after ? -1 : MentionAt(s, j);
    if (am >= 0 && s.men[am].adj) {
      agent = Expand(s, am, +1);
    } else if (Is(s, j, c_.prep_de) && !victim_after && role != "seizure") {
      int r = SkipDet(s, j + 1);
      int mi = MentionAt(s, r);
      if (mi >= 0 && s.men[mi].b > j && !s.men[mi].pronoun) agent = Expand(s, mi, +1);
    } else if (int ml = HitLen(s, j, c_.agent_marker); ml > 0) {
      // "La Russie a été accusée de sabotage par la Pologne et la Lituanie",
      // "Russia was accused of sabotage by Poland": after a passive speech
      // verb, par/by names that verb's agent, not the misdeed's author.
      bool passive = false;
      if (s.speaker_pos >= 0 && s.speaker_pos < i && !s.inq[s.speaker_pos]) {
        const int vg = VerbGroupStart(s, s.speaker_pos);
        for (int k = vg; k < s.speaker_pos; ++k)
          passive |= Is(s, k, c_.etre) && !Is(s, k - 1, c_.clitic);
        // "a été arrêtée puis accusée de ... par", "was arrested and accused
        // of ... by": a bare participle after a coordinator shares the
        // first participle's auxiliary.
        if (!passive && vg == s.speaker_pos &&
            (Is(s, vg - 1, c_.coord) || Fold(s, vg - 1, "puis") || Fold(s, vg - 1, "then"))) {
          for (int k = vg - 2; k >= 0 && k > vg - 12; --k) {
            if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',')) break;
            if (Is(s, k, c_.etre)) {
              passive = !Is(s, k - 1, c_.clitic);
              break;
            }
            if (Is(s, k, c_.aux)) break;
          }
        }
      }
      if (passive) continue;
      int r = SkipDet(s, j + ml);
      while (P(s, r, '<') || P(s, r, '"')) ++r;
      agent = NP(s, r);
    }
    if (agent.empty()) agent = MisdeedAgentBefore(s, i);  // s10accuse
    if (agent.empty()) agent = MisdeedClauseAuthor(s, i);
    std::vector<std::string> kept;
    for (const std::string& a : agent) {
      if (a != s.speaker) kept.push_back(a);
    }
    if (kept.empty()) continue;
    // "warned that any Israeli attack would ...": a supposed misdeed.
    if (HypotheticalMisdeed(s, i)) {
      if (tracing_) Log(s, "  blocked accuses:wrongdoing: supposed (" + s.w[i].fold + ")");
      continue;
    }
    bool denied = false;
    for (int k = 0; k < i; ++k) denied |= Is(s, k, c_.deny);
    if (denied) {
      if (tracing_) Log(s, "  blocked accuses:wrongdoing: denial");
      continue;
    }
    // "n'a jamais décrit l'incident comme une provocation de X", "did not
    // denounce X's aggression" (s10accuse): the speaker's own verb negated.
    if (s.speaker_pos >= 0 && s.speaker_pos < i && !s.inq[s.speaker_pos]) {
      const std::string why =
          Blocked(s, VerbGroupStart(s, s.speaker_pos), s.speaker_pos + 1, Form::kFinite);
      if (why.rfind("negated", 0) == 0) {
        if (tracing_) Log(s, "  blocked accuses:wrongdoing: speaker's verb " + why);
        continue;
      }
    }
    Emit(s, {s.speaker}, "accuses", kept, "accuses:wrongdoing", 0.75);
  }
}

// A speaker who calls someone "terroristes" accuses the terrorists.
void Engine::LabelRule(Sent& s) {
  // "against what Damascus calls terrorist groups", "what he called
  // \"terrorist bands\"", "face à ce qu'il appelle des terroristes": the
  // actor of "what X calls" (stance_word role=calls) gives the label, speaker
  // or not. Bounded: a few words back from each "terrorists" mention.
  for (const Men& m : s.men) {
    if (m.id != "terrorists") continue;
    int k = m.b - 1;
    for (int step = 0; step < 3 && k > 0 && (P(s, k, '<') || P(s, k, '"') || Is(s, k, c_.det));
         ++step)
      --k;
    // "so-called" belongs to the label, not to the verb of calling.
    if (Fold(s, k - 1, "so")) continue;
    if (k <= 1 || StanceWordAt(s, k, "calls") != 1) continue;
    int a = k - 1;
    while (a > 0 && (IsAuxWord(s, a) || IsAdverb(s, a))) --a;  // "ce qu'il a appelé"
    const int lm = MentionAt(s, a);
    if (lm < 0 || s.men[lm].id == "terrorists") continue;
    const int w = s.men[lm].b - 1;
    const bool what = Fold(s, w, "what") || Fold(s, w, "whom") ||
                      ((Fold(s, w, "qu") || Fold(s, w, "que")) && Fold(s, w - 1, "ce"));
    if (!what) continue;
    // "Tokayev asked for help against what he called ...", "X has not named
    // Y, but he said ... whom he calls terrorists": a pronoun stands for the
    // sentence's one subject, else its speaker, else what coreference says.
    std::string by;
    if (s.men[lm].pronoun) {
      const std::vector<std::string> main = MainSubject(s, s.men[lm].b);
      if (main.size() == 1) by = main[0];
      if (by.empty()) by = s.speaker;
    }
    if (by.empty()) by = IdOf(s, lm);
    if (by.empty() || by == "terrorists") continue;
    Emit(s, {by}, "accuses", {"terrorists"}, "accuses:calls-label", 0.7);
    break;
  }
  if (s.speaker.empty()) return;
  for (const Men& m : s.men) {
    // "anti-terrorist measures", "counter-terrorism operation": a fight
    // against terrorism names no one as terrorist.
    if (m.id == "terrorists" && s.w[m.b].hyphen_before &&
        (Fold(s, m.b - 1, "anti") || Fold(s, m.b - 1, "counter") || Fold(s, m.b - 1, "contre")))
      continue;
    // "added to the US terrorist list", "les listes terroristes de l'ONU"
    // (s10accuse): the list's keeper labels the listed (frame terror_list),
    // not the speaker.
    // ("la liste des organisations terroristes", "the list of terrorist
    // groups": past the "de"/"of" and its article too.)
    int list_at = m.b - 1;
    while (list_at > 0 && list_at >= m.b - 3 &&
           (Is(s, list_at, c_.det) || Is(s, list_at, c_.prep_de) || Fold(s, list_at, "of")))
      --list_at;
    if (m.id == "terrorists" && (Fold(s, m.e, "list") || Fold(s, m.e, "lists") ||
                                 Fold(s, list_at, "liste") || Fold(s, list_at, "listes") ||
                                 Fold(s, list_at, "list") || Fold(s, list_at, "lists")))
      continue;
    // "les FDLR, un groupe armé fondé par ...": an apposition describes the
    // actor named before it; it labels no one else.
    if (m.id == "terrorists") {
      int k = m.b - 1;
      while (k >= 0 && Is(s, k, c_.det)) --k;
      const int before = P(s, k, ',') ? MentionAt(s, k - 1) : -1;
      if (before >= 0 && !s.men[before].id.empty() && s.men[before].id != "terrorists" &&
          (s.men[before].kind == "organization" || s.men[before].kind == "group"))
        continue;
    }
    if (m.id == "terrorists" && m.b > s.speaker_pos - 40) {
      // "would pose a threat if seized by terrorists", "si des terroristes
      // s'en emparaient": a condition names no one.
      bool condition = false;
      for (int k = m.b - 1; k >= 0 && k >= m.b - 8 && !condition; --k) {
        if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',')) break;
        condition = Fold(s, k, "if") || Fold(s, k, "unless") || Fold(s, k, "si");
      }
      if (condition) {
        if (tracing_) Log(s, "  blocked accuses:label: condition");
        continue;
      }
      // "the protesters were not terrorists", "ne sont pas des terroristes":
      // a label denied by a negated copula.
      bool copula = false, negated = false;
      for (int k = m.b - 1; k >= 0 && k >= m.b - 5; --k) {
        if (P(s, k, '.') || P(s, k, ';') || P(s, k, ',')) break;
        copula |= Is(s, k, c_.etre);
        negated |= NegationAt(s, k);
      }
      if (copula && negated) {
        if (tracing_) Log(s, "  blocked accuses:label: negated copula");
        continue;
      }
      // "des groupes armés génocidaires comme les FDLR", "terrorist groups
      // such as Boko Haram": the label's examples are the ones it names.
      int k = m.e;
      for (int step = 0;
           step < 2 && k < static_cast<int>(s.w.size()) && s.w[k].word && !s.w[k].upper_initial &&
           MentionAt(s, k) < 0 && HitLen(s, k, c_.list_intro) == 0 && !Is(s, k, c_.prep) &&
           !Is(s, k, c_.prep_de) && !Is(s, k, c_.coord) && !Is(s, k, c_.qui);
           ++step)
        ++k;
      int il = HitLen(s, k, c_.list_intro);
      if (il == 0 && (Fold(s, k, "tels") || Fold(s, k, "telles") || Fold(s, k, "tel")) &&
          Fold(s, k + 1, "que"))
        il = 2;
      if (il > 0 && !Fold(s, k, "dont") && !Fold(s, k, "soit")) {
        int r = SkipDet(s, k + il);
        int em = MentionAt(s, r);
        if (em >= 0 && !s.men[em].pronoun && !s.men[em].id.empty() &&
            s.men[em].id != "terrorists" && s.men[em].id != s.speaker &&
            (s.men[em].kind == "organization" || s.men[em].kind == "group")) {
          Emit(s, {s.speaker}, "accuses", Expand(s, em, +1), "accuses:label", 0.7);
          return;
        }
      }
      // Named examples above are labelled even in a fight ("fighting
      // terrorist groups such as Boko Haram"); the label alone is not.
      if (std::string why = LabelNotSpeakers(s, m); !why.empty()) {
        if (tracing_) Log(s, "  blocked accuses:label: " + why);
        continue;
      }
      if (LabelOfIndefiniteOthers(s, m)) {  // (s10prec)
        if (tracing_) Log(s, "  blocked accuses:label: an unnamed third party's label");
        continue;
      }
      Emit(s, {s.speaker}, "accuses", {"terrorists"}, "accuses:label", 0.7);
      return;
    }
  }
}

// "Russian warplanes struck", "des drones russes ont frappé", "American and
// British jets bombed": a subject of weapons or troops with no actor named
// in it is its nationality's (every nationality of a coordination). The
// subject ends at the verb group `vb`; a named actor, a clause boundary or
// a subject with no weapon gives nothing.
std::vector<std::string> Engine::ArmedSubjectNationality(const Sent& s, int vb) const {
  std::vector<std::string> ids;
  bool armed = false;
  for (int k = vb - 1; k >= 0 && k >= vb - 8; --k) {
    // "drones bought from Iranian firms": a complement is not the subject.
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || Is(s, k, c_.que) || Is(s, k, c_.qui) ||
        Is(s, k, c_.prep))
      break;
    if (int mi = MentionAt(s, k); mi >= 0 && !s.men[mi].adj) return {};
    std::string id;
    if (CountryAdjectiveAt(s, k, &id) > 0 && !id.empty()) {
      if (std::find(ids.begin(), ids.end(), id) == ids.end()) ids.push_back(id);
      continue;
    }
    armed |= StanceWordAt(s, k, "weapon") > 0 || HitLen(s, k, c_.troop) > 0;
    // Only the subject's own words: articles, "and", a comma of a list.
    if (!(s.w[k].word || P(s, k, ','))) break;
  }
  if (!armed) return {};
  return ids;
}

// Records who carried out the military or repressive acts of the sentence:
// an author named on the act ("l'attaque iranienne", "strikes by the US"),
// or the subject of a verb of attack ("Washington and London struck ...",
// "la junte a lancé une offensive"). A sentence that judges an act names
// no author of its own.
void Engine::RecordEventAuthors(Sent& s) {
  // Authors come only from an event noun or a verb of attack.
  if (!AnyHit(s, c_.event) && !AnyHit(s, c_.strike_verb)) return;
  int n = static_cast<int>(s.w.size());
  // A trigger's words start at one of s.trigger_at (ascending).
  for (const int i : s.trigger_at) {
    if (i >= n) break;
    if (HitLen(s, i, c_.trigger) > 0) {
      for (const auto& [entry, f] : LexAt(s, i, c_.trigger).entries) {
        const std::string& type = r_.lex.entry(entry).Get("type");
        // Acts told before the judgement keep their author ("Des
        // manifestants ont attaqué ..., reprochant aux Occidentaux").
        if (type == "criticizes" || type == "accuses" || type == "supports") n = i;
      }
    }
  }
  // An act judged with its author named on it ("criticized the Russian
  // strikes") is still that author's: a later "the incursion" refers to it.
  const int judged_from = n;
  n = static_cast<int>(s.w.size());
  // "la colère a tourné à l'émeute : des manifestants ont attaqué ...": a
  // colon or semicolon after the judgement opens a clause that tells an act.
  int told_from = n;
  for (int k = judged_from + 1; k < n; ++k) {
    if (P(s, k, ':') || P(s, k, ';')) {
      told_from = k + 1;
      break;
    }
  }
  // (up to a judgement of its own: "..., reprochant aux Occidentaux")
  int told_until = n;
  for (const int k : s.trigger_at) {
    if (k < told_from) continue;
    if (k >= told_until) break;
    if (HitLen(s, k, c_.trigger) == 0) continue;
    for (const auto& [entry, f] : LexAt(s, k, c_.trigger).entries) {
      const std::string& type = r_.lex.entry(entry).Get("type");
      if (type == "criticizes" || type == "accuses" || type == "supports") told_until = k;
    }
  }
  auto actors = [&](const std::vector<std::string>& ids) {
    std::vector<std::string> out;
    for (const std::string& id : ids) {
      const std::string kind = KindOf(s, id);
      // "Des manifestants ont attaqué ...": a group acts too.
      if (kind == "country" || kind == "organization" || kind == "group") out.push_back(id);
    }
    return out;
  };
  for (int i = 0; i < n; ++i) {
    std::vector<std::string> author;
    int act_noun = -1;  // the act noun whose author this is ("une offensive")
    // "ont attaqué" folds like "attaque": after an auxiliary it is the verb.
    if (int el = Is(s, i - 1, c_.aux) ? 0 : HitLen(s, i, c_.event); el > 0) {
      if (int am = MentionAt(s, i + el); am >= 0 && s.men[am].adj) {
        author = Expand(s, am, +1);
      } else if (int bm = MentionAt(s, i - 1); bm >= 0 && s.men[bm].adj) {
        author = Expand(s, bm, -1);
      } else {
        if (int ag = ByPhraseAgentAt(s, i + el, std::min(i + el + 4, n)); ag >= 0)
          author = NP(s, ag);
      }
      if (author.empty()) author = ActNounOwner(s, i, el);
      act_noun = i;
      i += el - 1;
    } else if ((i < judged_from || (i >= told_from && i < told_until)) &&
               HitLen(s, i, c_.strike_verb) > 0 && !Is(s, i - 1, c_.det)) {
      const int vb = VerbGroupStart(s, i);
      bool passive = false;
      for (int k = vb; k < i; ++k) passive |= Is(s, k, c_.etre);
      if (passive) continue;
      std::string how;
      author = Subject(s, i, &how);
      // "stormed the Saudi embassy and attacked ...": a verb coordinated
      // after an object has no subject of its own before it; the
      // adjectives there are the object's, not its author.
      if (Is(s, vb - 1, c_.coord)) {
        std::vector<std::string> named;
        for (const std::string& id : author) {
          bool noun = false;
          for (const Men& m : s.men) noun |= m.b < vb && !m.adj && m.id == id;
          if (noun) named.push_back(id);
        }
        author = named;
      }
      // "... forces crossed, hours after President Bush launched the war": a
      // person as the strike's subject names no state here; the adjectives
      // below may.
      if (actors(author).empty()) author.clear();
      if (author.empty() && !Is(s, vb - 1, c_.coord)) {
        // "American and British warplanes struck": the adjectives of the subject.
        for (const Men& m : s.men) {
          if (m.b >= vb) break;
          if (m.adj && !m.id.empty()) author.push_back(m.id);
        }
      }
      // A negated, denied or hypothetical strike has no author to blame.
      if (author.empty() && Blocked(s, vb, i + HitLen(s, i, c_.strike_verb), Form::kOther).empty())
        author = ArmedSubjectNationality(s, vb);
      // "le Tchad a lancé une offensive": the act noun it makes is its own.
      if (int q = SkipDet(s, i + HitLen(s, i, c_.strike_verb)); HitLen(s, q, c_.event) > 0)
        act_noun = q;
    }
    author = actors(author);
    if (act_noun >= 0) RememberActNoun(s, act_noun, author);
    if (!author.empty()) {
      NoteEventAuthorChange(author);
      event_author_ = author;
      event_author_sent_ = s.index;
      act_maker_ = author;
      act_maker_sent_ = s.index;
      event_history_.emplace_back(s.index, author);
      if (tracing_) {
        std::string list;
        for (const std::string& id : author) list += (list.empty() ? "" : ", ") + id;
        Log(s, "  event author: " + list);
      }
    }
  }
}

// How many sentences after its author was named "the strikes" still refers to it.
constexpr uint32_t kEventWindow = 6;

// Marks the page as telling acts of different authors when an act's author
// shares no actor with the last one recorded.
void Engine::NoteEventAuthorChange(const std::vector<std::string>& author) {
  if (event_author_.empty() || author.empty()) return;
  for (const std::string& id : author) {
    if (std::find(event_author_.begin(), event_author_.end(), id) != event_author_.end()) return;
  }
  event_authors_differ_ = true;
}

// "a condamné la répression", "condemned the strikes": a definite act with
// no author of its own is the one whose author was named last.
std::vector<std::string> Engine::EventAuthor(const Sent& s, int i) const {
  while (IsAdverb(s, i) || P(s, i, '<') || P(s, i, '"') || P(s, i, '>')) ++i;
  if (!(Fold(s, i, "le") || Fold(s, i, "la") || Fold(s, i, "les") || Fold(s, i, "l") ||
        Fold(s, i, "the") || Fold(s, i, "ce") || Fold(s, i, "cette") || Fold(s, i, "ces") ||
        Fold(s, i, "these") || Fold(s, i, "this") || Fold(s, i, "des") ||
        // "a dénoncé une « agression caractérisée »", "condemned an attack":
        // an act told without its author is the page's last one too.
        Fold(s, i, "une") || Fold(s, i, "un") ||
        (x_->article.lang != "fr" && (Fold(s, i, "a") || Fold(s, i, "an")))))
    return {};
  // The act noun, past opening quotes and one plain adjective ("une «
  // agression", "the latest strikes", "la brutale répression").
  int h = i + 1;
  while (P(s, h, '<') || P(s, h, '"')) ++h;
  int el = HitLen(s, h, c_.event);
  if (el == 0 && h + 1 < static_cast<int>(s.w.size()) && s.w[h].word && !s.w[h].upper_initial &&
      MentionAt(s, h) < 0 && HitLen(s, h, c_.trigger) == 0 && !Is(s, h, c_.prep) &&
      !Is(s, h, c_.prep_de) && !Is(s, h, c_.det)) {
    el = HitLen(s, h + 1, c_.event);
    if (el > 0) ++h;
  }
  if (el == 0) return {};
  const int det = i;
  i = h - 1;  // the code below reads the noun at i + 1
  const int ag = ByPhraseAgentAt(s, i + 1 + el, std::min<int>(i + el + 5, s.w.size()));
  if (ag == kWitness) return {};
  if (ag >= 0) {
    std::vector<std::string> own = NP(s, ag);
    if (!own.empty()) return own;
  }
  // "the shelling that Azerbaijan launched", "les frappes que la Russie a
  // menées", "the raids Israel carried out": the subject of a relative
  // clause whose verb is one of attack is the act's author. A verb that
  // reports or suffers the act ("that Kenya reported"), a negation or a
  // modal ("that Iran might launch") names none.
  {
    int r = i + 1 + el;
    const bool relative =
        Fold(s, r, "that") || Fold(s, r, "which") || Fold(s, r, "que") || Fold(s, r, "qu");
    if (relative) ++r;
    const int mi = MentionAt(s, SkipDet(s, r));
    // Without "that" only English drops the relative: "the raids Israel carried out".
    if (mi >= 0 && (relative || x_->article.lang == "en") && !s.men[mi].adj && !s.men[mi].pronoun &&
        !s.men[mi].id.empty() &&
        (s.men[mi].kind == "country" || s.men[mi].kind == "organization" ||
         s.men[mi].kind == "group")) {
      int v = s.men[mi].e;
      bool negated = false;
      while (v < static_cast<int>(s.w.size()) && v < s.men[mi].e + 4) {
        if (Is(s, v, c_.modal) || Is(s, v, c_.neg_ne) || Is(s, v, c_.neg_en) || Fold(s, v, "pas") ||
            Fold(s, v, "jamais"))
          negated = true;
        else if (!(IsAuxWord(s, v) || IsAdverb(s, v)))
          break;
        ++v;
      }
      if (!negated && HitLen(s, v, c_.strike_verb) > 0 && StanceWordAt(s, v, "act_report") == 0)
        return {s.men[mi].id};
    }
  }
  // "les violences contre les manifestants", "the attacks on Armenia": the
  // act's target is its victim, never the author an anaphor points back to.
  std::vector<std::string> victims;
  for (int k = i + 1 + el; k < std::min<int>(i + el + 4, s.w.size()); ++k) {
    if (!(Fold(s, k, "contre") || Fold(s, k, "against") || Fold(s, k, "on") || Fold(s, k, "sur") ||
          Fold(s, k, "visant") || Fold(s, k, "targeting")))
      continue;
    for (int q = SkipDet(s, k + 1); q < std::min<int>(k + 4, s.w.size()); ++q) {
      if (int mi = MentionAt(s, q); mi >= 0 && !s.men[mi].id.empty())
        victims.push_back(s.men[mi].id);
    }
    break;
  }
  // "l'offensive" named with its author earlier in the article (its own
  // window, kept open while the noun is repeated); a "des" or "une" act is another.
  const bool another = Fold(s, det, "des") || Fold(s, det, "un") || Fold(s, det, "une") ||
                       Fold(s, det, "a") || Fold(s, det, "an");
  const std::vector<std::string> remembered =
      another ? std::vector<std::string>{} : RememberedActAuthor(s, i + 1);
  const std::vector<std::string>& authors = remembered.empty() ? event_author_ : remembered;
  // "a dénoncé une « agression »" refers back only on a page whose acts all
  // had one author: after strikes by X and a crackdown by Y it is unknown.
  if (remembered.empty() && !Fold(s, det, "des") && another && event_authors_differ_) return {};
  if (remembered.empty()) {
  if (s.index > event_author_sent_ + kEventWindow) return {};
  // Acts of other authors told in the last three sentences ("Iranian
  // missiles ... Israeli jets struck back"): which one is meant is unknown.
  for (const auto& [sent, ids] : event_history_) {
    if (sent + 2 < s.index) continue;
    bool shared = false;
    for (const std::string& id : ids)
      shared |= std::find(event_author_.begin(), event_author_.end(), id) != event_author_.end();
    if (!shared) return {};
  }
  }
  // The critic: the persons named in the clause before the verb.
  std::vector<std::string> critics;
  for (int k = det - 1; k >= 0 && k >= det - 12; --k) {
    if (P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || P(s, k, '<') || P(s, k, '>') ||
        Is(s, k, c_.que) || Is(s, k, c_.qui))
      break;
    if (int mi = MentionAt(s, k); mi >= 0 && s.men[mi].kind == "person" && !s.men[mi].id.empty())
      critics.push_back(s.men[mi].id);
  }
  for (const std::string& id : victims) {
    if (std::find(authors.begin(), authors.end(), id) != authors.end()) return {};
  }
  return NotOwnSide(s, critics, authors);
}

// "Ukraine's president condemned the strikes" after Ukrainian strikes: a
// critic never blames the country or body he holds an office of.
std::vector<std::string> Engine::NotOwnSide(const Sent& s, const std::vector<std::string>& critics,
                                            const std::vector<std::string>& ids) const {
  std::vector<std::string> out;
  for (const std::string& target : ids) {
    bool own = false;
    for (const std::string& critic : critics) {
      if (const Actor* a = r_.dict.Find(critic)) {
        for (const Office& o : a->offices) own |= o.of == target;
      }
      for (const Men& m : s.men) own |= m.id == critic && m.of == target;
      for (const auto& r : relations_)
        own |= r.s == critic && r.o == target &&
               (r.p == "leads" || r.p == "official_of" || r.p == "member_of");
    }
    if (!own) out.push_back(target);
  }
  return out;
}

void Engine::Relations(Sent& s) {
  // The article's main country is the only state named (any mention, a
  // nationality adjective too) in the sentence and the ones just before and
  // after, and one of them names it outright.
  auto focus_named_near = [&]() {
    bool near = false;
    for (const Men& c : s.men) {
      if (c.kind != "country" || c.id.empty() || c.pronoun) continue;
      if (c.id != focus_) return false;
      near |= !c.adj;
    }
    const std::ptrdiff_t at = &s - sents_.data();
    const std::ptrdiff_t n = static_cast<std::ptrdiff_t>(sents_.size());
    for (std::ptrdiff_t d : {-1, 1}) {
      if (at + d < 0 || at + d >= n) continue;
      const Sent& o = sents_[at + d];
      if (static_cast<std::ptrdiff_t>(o.index) != static_cast<std::ptrdiff_t>(s.index) + d)
        continue;
      for (const Men& c : o.men) {
        if (c.kind != "country" || c.id.empty() || c.pronoun) continue;
        if (c.id != focus_) return false;  // another state in the window
        near |= !c.adj;
      }
    }
    return near;
  };
  // Titles: "le président russe Vladimir Poutine" -> Putin leads Russia.
  for (const Men& m : s.men) {
    if (m.role.empty() || m.rel.empty() || m.id.empty() || m.kind.empty()) continue;
    if (m.of.empty()) {
      // "La présidente Vjosa Osmani", "le ministre de l'Intérieur, X": a
      // state office with no country named is in the country the article is
      // clearly about, unless the dictionary places the person elsewhere.
      const bool state_title =
          m.role == "head_of_government" || m.role == "foreign_minister" ||
          m.role == "defense_minister" || m.role == "interior_minister" || m.role == "minister" ||
          (m.role == "head_of_state" &&
           (Fold(s, m.b, "president") || Fold(s, m.b, "presidente") || Fold(s, m.b, "roi") ||
            Fold(s, m.b, "reine") || Fold(s, m.b, "king") || Fold(s, m.b, "queen"))) ||
          m.state_office;
      const Actor* a = r_.dict.Find(m.id);
      // The dictionary places the person elsewhere when one of his terms is
      // of another state or body, or has begun by the article's date (the
      // office it names is his then). Terms all of the focus state and all
      // to come ("le porte-parole du gouvernement, X", its later minister)
      // do not.
      bool elsewhere = false;
      if (a != nullptr)
        for (const Office& o : a->offices)
          elsewhere |= o.of != focus_ || x_->article.date.empty() || o.from.empty() ||
                       o.from <= x_->article.date;
      if (state_title && m.rule == "title:apposition" && !elsewhere && !focus_.empty()) {
        if (focus_clear_) {
          EmitPair(s, m.id, m.rel, focus_, m.rel + ":title:focus", 0.6);
        } else if (!elsewhere && m.rel == "official_of" && focus_named_near()) {
          // Two states about equally named ("Le Tchad met fin à l'accord
          // avec la France ... le ministre des Affaires étrangères X"): the
          // main one, when the title's sentence names no other state and
          // it or a neighbour names the main one. Not a head's title:
          // "President X" may be a foreign head visiting.
          EmitPair(s, m.id, m.rel, focus_, m.rel + ":title:focus-near", 0.6);
        }
      }
      continue;
    }
    // A title giving membership ("the Frelimo candidate, X") is one in a
    // party or body: "Moscow's candidate" is no member of Russia.
    if (m.rel == "member_of") {
      const Actor* o = r_.dict.Find(m.of);
      if (!o || o->kind != "organization") continue;
    }
    EmitPair(s, m.id, m.rel, m.of, m.rel + ":" + m.rule, m.rule == "title:apposition" ? 0.95 : 0.8);
  }
  StackedTitleRule(s);
  ResolvePersonReferences(s);
  // The sentence's mentions are final: verb groups are found once per word.
  s.verb_groups_final = true;
  DictionaryContextRule(s);
  CountryHeadRule(s);
  FindSpeaker(s);
  // The roles of the sentence's stance words, read in one pass over them:
  // a family below that needs a role the sentence lacks (most sentences
  // lack all of them) is not called, rather than scanning the stance words
  // for that role and finding none.
  enum : uint32_t {
    kWeapon = 1u << 0,
    kDelivery = 1u << 1,
    kDocumentNoun = 1u << 2,
    kActVerb = 1u << 3,
    kActTaken = 1u << 4,
    kLabel = 1u << 5,  // threat_label or charge_label
    kComplicity = 1u << 6,
    kChargeEcho = 1u << 7,
    kVoice = 1u << 8,
    kRejectVerb = 1u << 9,
    kMisdeedVerb = 1u << 10,
    kSpokenDemand = 1u << 11,  // failure, entitled or demand_modal
  };
  // The union of the stance words' role bits (gathered once per sentence,
  // as StanceWordAt reads them), then one test per role.
  StanceRoleSet here;
  for (const int k : s.stance_word_at) {
    if (HitLen(s, k, c_.stance_word) == 0) continue;
    const StanceRoleSet& roles =
        static_cast<size_t>(k) < s.stance_hit_of.size() && s.stance_hit_of[k] >= 0
            ? s.stance_role_sets[s.stance_hit_of[k]]
            : NewStanceRoles(s, k);
    for (int w = 0; w < stance_roles::kWords; ++w) here.bits[w] |= roles.bits[w];
  }
  auto has = [&](StanceRole role, uint32_t bit) { return here.Has(role) ? bit : 0; };
  const uint32_t family_roles =
      has("weapon", kWeapon) | has("delivery", kDelivery) | has("document_noun", kDocumentNoun) |
      has("demand_modal", kSpokenDemand) | has("failure", kSpokenDemand) |
      has("entitled", kSpokenDemand) |
      has("misdeed_verb", kMisdeedVerb) | has("act_verb", kActVerb) | has("act_taken", kActTaken) |
      has("threat_label", kLabel) | has("charge_label", kLabel) | has("complicity", kComplicity) |
      has("charge_echo", kChargeEcho) | has("voice", kVoice) | has("reject_verb", kRejectVerb);
  if (family_roles & (kActVerb | kActTaken)) {
    RecordActAuthors(s);
  } else {
    acts_here_.clear();  // (RecordActAuthors's first step)
  }
  const size_t sentence_start = relations_.size();
  const int n = static_cast<int>(s.w.size());
  // The class mask and the words' hits are set before the rules run: read
  // them here without HitLen's per-call bounds tests.
  // "invoque la menace des FDLR", "a condamné les menaces contre X": a French
  // verb form after "la"/"les" not preceded by a subject ("Moscou la
  // menace", "qui les accuse") is a noun when "de" completes it or when
  // another stance verb governs it ("a renoué le dialogue avec" stays read).
  auto noun_after_article = [&](int i, int len) {
    if (i < 2 || !s.w[i - 2].word || MentionAt(s, i - 2) >= 0 || Is(s, i - 2, c_.pron_subj) ||
        Is(s, i - 2, c_.pron_plural) || Is(s, i - 2, c_.neg_ne) || Is(s, i - 2, c_.qui) ||
        Is(s, i - 2, c_.que) || Is(s, i - 2, c_.coord))
      return false;
    if (InSent(s, i + len) && Is(s, i + len, c_.prep_de)) return true;
    if (HitLen(s, i - 2, c_.trigger) == 0) return false;
    const std::string& own = s.w[i].fold;
    for (const auto& [entry, form] : LexAt(s, i - 2, c_.trigger).entries) {
      const LexEntry& ve = r_.lex.entry(entry);
      if (ve.Get("pos") == "verb" && !OtherLanguage(entry) && form != Form::kInfinitive &&
          s.w[i - 2].fold != own)
        return true;
    }
    return false;
  };
  const bool any_trigger = AnyHit(s, c_.trigger);
  // Whether a trigger after a comma is a past participle of an accusation
  // verb ("X, accused of"): the two charged-participle rules need one.
  bool charge_participle = false;
  size_t next_trigger = 0;
  for (int i = 0; i < n && any_trigger; ++i) {
    if ((i = NextAt(s.trigger_at, &next_trigger, i, n)) >= n) break;
    // most words: no Hit to build
    if (s.lex[i] == nullptr || s.hit_len[static_cast<size_t>(i) * kMaxClasses + c_.trigger] == 0)
      continue;
    Lexicon::Hit h = LexAt(s, i, c_.trigger);
    if (h.length == 0) continue;
    if (!charge_participle && P(s, i - 1, ',')) {
      for (const auto& [entry, form] : h.entries) {
        const LexEntry& ce = r_.lex.entry(entry);
        charge_participle |= form == Form::kPastParticiple && ce.Get("type") == "accuses" &&
                             ce.Get("pos") == "verb" && !OtherLanguage(entry);
      }
    }
    // A folded form may be finite or a participle ("accuse"/"accusé",
    // "accused"): the accent, or an auxiliary, decides.
    // By entry, ascending (a reused flat vector: no tree node per trigger).
    std::vector<std::pair<int, Form>>& chosen = chosen_forms_;
    chosen.clear();
    for (const auto& [entry, form] : h.entries) {
      if (OtherLanguage(entry)) continue;
      // "a charge Ankara denies", "the call": an English verb form after an
      // article is a noun (French "la", "les" may be object pronouns).
      if (r_.lex.entry(entry).Get("pos") == "verb" && r_.lex.entry(entry).Get("lang") == "en" &&
          (Fold(s, i - 1, "a") || Fold(s, i - 1, "an") || Fold(s, i - 1, "the")))
        continue;
      // "a day after talks in Beijing", "amid calls for": a finite English
      // verb form right after a preposition is a noun.
      if (form == Form::kFinite && r_.lex.entry(entry).Get("pos") == "verb" &&
          r_.lex.entry(entry).Get("lang") == "en" &&
          (Fold(s, i - 1, "after") || Fold(s, i - 1, "before") || Fold(s, i - 1, "during") ||
           Fold(s, i - 1, "amid") || Fold(s, i - 1, "following") || Fold(s, i - 1, "despite") ||
           Fold(s, i - 1, "of") || Fold(s, i - 1, "for") || Fold(s, i - 1, "in") ||
           Fold(s, i - 1, "at") || Fold(s, i - 1, "from")))
        continue;
      // "vaincre cette menace", "une critique", "aux appels": a French verb
      // form after a determiner that is never an object pronoun is a noun
      // ("l'un accuse l'autre": "un" is a pronoun there).
      if (r_.lex.entry(entry).Get("pos") == "verb" && r_.lex.entry(entry).Get("lang") == "fr" &&
          (Fold(s, i - 1, "cette") || Fold(s, i - 1, "cet") || Fold(s, i - 1, "ces") ||
           Fold(s, i - 1, "une") || Fold(s, i - 1, "du") || Fold(s, i - 1, "aux") ||
           Fold(s, i - 1, "des") || (Fold(s, i - 1, "un") && !Fold(s, i - 2, "l"))))
        continue;
      // "une réponse à la menace des FDLR", "face à la critique": after a
      // preposition, "la"/"le"/"les" are articles, and a finite French verb
      // form after them is a noun ("de les menacer" is an infinitive).
      if (form != Form::kInfinitive && r_.lex.entry(entry).Get("pos") == "verb" &&
          r_.lex.entry(entry).Get("lang") == "fr" &&
          (Fold(s, i - 1, "la") || Fold(s, i - 1, "le") || Fold(s, i - 1, "les")) &&
          (Is(s, i - 2, c_.prep) || Is(s, i - 2, c_.prep_de) || noun_after_article(i, h.length)))
        continue;
      // "Son envoyée spéciale", "sa déclaration": a verb form after a possessive is a noun.
      if (r_.lex.entry(entry).Get("pos") == "verb" && Is(s, i - 1, c_.possessive) &&
          !Fold(s, i - 1, "her"))
        continue;
      auto it = std::lower_bound(chosen.begin(), chosen.end(), entry,
                                 [](const std::pair<int, Form>& c, int e) { return c.first < e; });
      if (it == chosen.end() || it->first != entry) {
        chosen.insert(it, {entry, form});
      } else if (form == Form::kPastParticiple || it->second == Form::kPastParticiple) {
        it->second = LooksParticiple(s, i, i + h.length)
                         ? Form::kPastParticiple
                         : (form == Form::kPastParticiple ? it->second : form);
      }
    }
    // Several entries ask for the subject of the same word: found once.
    auto keep_subject = [&] {
      if (subject_memo_at_ == i && subject_memo_sent_ == &s) return;
      subject_memo_sent_ = &s;
      subject_memo_at_ = i;
      subject_memo_full_ = false;
    };
    if (chosen.size() > 1) keep_subject();
    // A verbal idiom of combat (military_idiom=1: "hit back at", "took aim
    // at", "s'en prendre à") tells fighting, not criticism, when armed forces
    // are its subject or a military target its object (words_military_idioms.tsv).
    auto military_use = [&](int t, int len) {
      auto military = [&](int k) {
        return HitLen(s, k, c_.troop) > 0 ? HitLen(s, k, c_.troop)
                                          : std::max(StanceWordAt(s, k, "military_force"),
                                                     StanceWordAt(s, k, "military_target"));
      };
      int vb = VerbGroupStart(s, t);
      // "les forces ukrainiennes s'en sont prises": past a French nationality.
      if (const int am = MentionAt(s, vb - 1); am >= 0 && s.men[am].adj && s.men[am].e == vb)
        vb = s.men[am].b;
      for (int k = std::max(0, vb - 3); k < vb; ++k) {
        // "Ukrainian forces pushed back"
        if (const int ml = military(k); ml > 0 && k + ml == vb) return true;
      }
      int j = t + len;
      while (IsAdverb(s, j)) ++j;
      if (Is(s, j, c_.prep)) ++j;
      for (int q = j; q < std::min<int>(j + 5, s.w.size()); ++q) {
        if (!s.w[q].word || Is(s, q, c_.prep_de) || (Is(s, q, c_.prep) && q > j) ||
            Is(s, q, c_.que))
          break;
        if (military(q) > 0) return true;  // "at the Russian army", "at Russian positions"
      }
      return false;
    };
    // "est tombé d'accord avec X sur", "agreed with X on a ceasefire",
    // "agreed with X to hold talks": reaching a deal (deal_sense=1 on the
    // trigger) is no agreement with X's views (stance_word role=deal_noun).
    auto deal_use = [&](int t, int len) {
      for (int k = t - 1; k >= 0 && k >= t - 3; --k) {
        const std::string& f = s.w[k].fold;
        if (f.rfind("tomb", 0) == 0 || f == "mis" || f == "mise" || f == "mises" || f == "mettre" ||
            f == "met" || f == "mettent" || f == "mettra" || f == "mettront")
          return true;
        if (!(IsAdverb(s, k) || Is(s, k, c_.aux) || Is(s, k, c_.etre) || Is(s, k, c_.clitic)))
          break;
      }
      int j = SkipDet(s, t + len);
      const int om = MentionAt(s, j);
      if (om < 0) return false;
      j = s.men[om].e;
      while (IsAdverb(s, j)) ++j;
      if (Fold(s, j, "on") || Fold(s, j, "sur") || Fold(s, j, "over")) {
        int q = SkipDet(s, j + 1);
        if (Fold(s, q, "a") || Fold(s, q, "an")) ++q;
        for (int step = 0; step < 2 && InSent(s, q); ++step, ++q) {
          if (StanceWordAt(s, q, "deal_noun") > 0) return true;
          if (!s.w[q].word || s.w[q].upper_initial || MentionAt(s, q) >= 0) break;
        }
      }
      // "agreed with X to hold talks" (an infinitive), not "to the plan"
      return Fold(s, j, "to") && InSent(s, j + 1) && s.w[j + 1].word &&
             !s.w[j + 1].upper_initial && !Is(s, j + 1, c_.det) && MentionAt(s, j + 1) < 0 &&
             !Is(s, j + 1, c_.possessive);
    };
    for (const auto& [entry, form] : chosen) {
      // "Surprise Doha meeting brings ...", "an emergency meeting of the
      // Council": an English -ing form after a noun or adjective is a noun.
      if (form == Form::kPresentParticiple && r_.lex.entry(entry).Get("type") == "meets" &&
          r_.lex.entry(entry).Get("lang") == "en" && i > 0 && s.w[i - 1].word &&
          !Is(s, i - 1, c_.aux) && !Is(s, i - 1, c_.prep) && !Is(s, i - 1, c_.coord) &&
          !IsAdverb(s, i - 1) && !Is(s, i - 1, c_.que) && !Is(s, i - 1, c_.qui) &&
          // "After meeting Putin", "before meeting": a gerund after a preposition.
          !Fold(s, i - 1, "after") && !Fold(s, i - 1, "before") && !Fold(s, i - 1, "upon") &&
          !Fold(s, i - 1, "while") && !Fold(s, i - 1, "since") && !Fold(s, i - 1, "without") &&
          (MentionAt(s, i - 1) >= 0 || !s.w[i - 1].upper_initial))
        continue;
      // "Dina Boluarte": a capitalised word of a name is no verb ("dîna",
      // a form of "dîner"), whatever the recall layers would make of it.
      if (const int name = i > 0 && s.w[i].upper_initial ? MentionAt(s, i) : -1;
          name >= 0 && !s.men[name].pronoun && r_.lex.entry(entry).Get("pos") == "verb")
        continue;
      // The two attributes have no slot (Get would scan the entry's
      // attributes once for each): both read in one scan, which ends at
      // the first key past "m" (the keys are in order).
      bool military_idiom = false, deal_sense = false;
      for (const auto& [key, value] : r_.lex.entry(entry).attrs) {
        if (!key.empty() && key[0] > 'm') break;
        if (key.size() == 14 && key == "military_idiom") military_idiom = value == "1";
        if (key.size() == 10 && key == "deal_sense") deal_sense = value == "1";
      }
      if (military_idiom && military_use(i, h.length)) continue;
      if (deal_sense && deal_use(i, h.length)) continue;
      frame_missing_.clear();
      const size_t before = relations_.size();
      Frame(s, i, h.length, r_.lex.entry(entry), form);
      if (relations_.size() == before) keep_subject();  // the recall layers ask next
      if (relations_.size() == before && !frame_missing_.empty())
        Fallback(s, i, h.length, r_.lex.entry(entry), form);
      if (relations_.size() == before) Backoff(s, i, h.length, r_.lex.entry(entry), form);
      if (relations_.size() == before) InvertedObject(s, i, h.length, r_.lex.entry(entry), form);
      if (relations_.size() == before)
        DescribedObjectRule(s, i, h.length, r_.lex.entry(entry), form);
    }
    subject_memo_at_ = -1;  // the next trigger's own
  }
  TroopRule(s);
  OwnedBodyRule(s);
  MentionMembershipRule(s);  // s11member
  // A misdeed verb (in a speaker's sentence) or a misdeed noun.
  if ((family_roles & kMisdeedVerb) || AnyHit(s, c_.wrongdoing)) WrongdoingRule(s);
  bool terrorists = false;  // a "terrorists" mention: the label rules' object
  for (size_t m = 0; m < s.men.size() && !terrorists; ++m) terrorists = s.men[m].id == "terrorists";
  if (terrorists) LabelRule(s);
  // Its label is a threat or charge label or a "terrorists" mention.
  if (terrorists || (family_roles & kLabel)) SpokenChargeRule(s);
  if (family_roles & kComplicity) ComplicityRule(s);
  if (charge_participle) SanctionedChargedRule(s);
  if (family_roles & kChargeEcho) EchoedChargeRule(s);
  if (family_roles & kDocumentNoun) DocumentSubjectRule(s);
  if ((family_roles & (kWeapon | kDelivery)) == (kWeapon | kDelivery)) ArmsRule(s);
  SpeakerOwnSideRule(s, sentence_start);
  if (family_roles & kVoice) VoiceRule(s, sentence_start);
  if (charge_participle) ChargedInSpeechRule(s);
  // A spoken failure or demand, or a label after a copula (an act noun's
  // pejorative or praise label).
  if ((family_roles & kSpokenDemand) || (AnyHit(s, c_.act) && AnyHit(s, c_.etre) &&
                                         (AnyHit(s, c_.pejorative) || AnyHit(s, c_.stance_word))))
    SpokenLabelRule(s);  // s11stance
  // The speakers of this sentence and the two before it, for "condemned the
  // remarks" (SpeechAnaphorAuthor); kept across chunks of one article.
  if (!s.speaker.empty()) recent_speakers_.emplace_back(s.index, s.speaker);
  while (!recent_speakers_.empty() && recent_speakers_.front().first + 2 < s.index)
    recent_speakers_.erase(recent_speakers_.begin());
  if (family_roles & kRejectVerb) RejectedClaimRelativeRule(s);  // s10crit
  RecordEventAuthors(s);
  // "Pyongyang has sent 10,000 troops ... condemned the deployment": the
  // sender of troops is the author of the deployment.
  for (size_t r = sentence_start; r < relations_.size(); ++r) {
    if (relations_[r].p != "sends_troops") continue;
    // "Saudi soldiers crossed ... the UAE sent 500 police officers ... Iran
    // condemned the deployment": the nouns of sending name this act over the
    // act noun window; the senders of one sentence share it.
    for (const char* key : {"deployment", "deploiement", "envoi"}) {
      if (ActNounMemory* m = FindActNoun(key); m == nullptr) {
        act_nouns_.push_back({key, {relations_[r].s}, s.index, s.index, false});
      } else if (m->recorded == s.index) {
        if (std::find(m->author.begin(), m->author.end(), relations_[r].s) == m->author.end())
          m->author.push_back(relations_[r].s);
      } else {
        m->Retell({relations_[r].s}, s.index);
      }
    }
    // A state sending troops to a war whose makers were just told (acts of
    // attack in the last sentences) is no maker of it: a later "condemned
    // the attack" blames the makers only. Troops sent into a maker's own
    // land ("Moscow had deployed 30,000 troops in Belarus") are no share
    // of that maker's war.
    auto maker = [&](const std::string& id) {
      return std::find(act_maker_.begin(), act_maker_.end(), id) != act_maker_.end();
    };
    if (!act_maker_.empty() && s.index <= act_maker_sent_ + kEventWindow &&
        !maker(relations_[r].s) && !maker(relations_[r].o))
      continue;
    NoteEventAuthorChange({relations_[r].s});
    if (event_author_sent_ != s.index) event_author_.clear();  // this sentence's acts win
    if (std::find(event_author_.begin(), event_author_.end(), relations_[r].s) ==
        event_author_.end())
      event_author_.push_back(relations_[r].s);
    event_author_sent_ = s.index;
  }
  if (event_author_sent_ == s.index && !event_author_.empty())
    event_history_.emplace_back(s.index, event_author_);
  while (!event_history_.empty() && event_history_.front().first + 2 < s.index)
    event_history_.erase(event_history_.begin());
  CommitActAuthors(s);
  // "l'ordre" named again ("« J'ai donné l'ordre de tirer », a-t-il dit")
  // keeps the remembered act in mind, as RememberActNoun does for military
  // acts: a later "a critiqué l'ordre" still refers to it. Not when a
  // complement names another author ("l'ordre de Moscou"); after the
  // sentence's relations, so the criticism itself never renews it.
  if (!act_nouns_.empty() && AnyHit(s, c_.act)) {
    for (int i = 1, wn = static_cast<int>(s.w.size()); i < wn; ++i) {
      const int al = HitLen(s, i, c_.act);
      if (al == 0) continue;
      const bool definite = Fold(s, i - 1, "the") || Fold(s, i - 1, "le") || Fold(s, i - 1, "la") ||
                            Fold(s, i - 1, "l") || StanceWordAt(s, i - 1, "demonstrative") > 0;
      const int k = i + al;
      if (definite && MentionAt(s, k) < 0 &&
          !((Fold(s, k, "of") || Is(s, k, c_.prep_de)) && !NP(s, k + 1).empty())) {
        RememberActNoun(s, i, {});  // no author: the act stays in mind
      }
      i = k - 1;
    }
  }
  RememberPersons(s);
  // The last person acting as a subject is the referent of a later "il".
  for (const Men& m : s.men) {
    if (!m.group.empty()) continue;  // "both generals": no single referent
    if (m.kind == "person" && !m.pronoun && !m.id.empty() && !IsComplement(s, m) && !m.implied) {
      if (last_person_.empty()) last_person_ = m.id;
    }
  }
  // A person named as a clause's subject stands closer to a later "he" than
  // one named sentences before (s7coref); a speaker or an act below still wins.
  if (const std::string named = NamedSubjectPerson(s); !named.empty()) {
    bool last_named = false;
    for (const Men& m : s.men) last_named |= m.id == last_person_ && !s.inq[m.b];
    if (!last_named) last_person_ = named;
  }
  if (!s.speaker.empty()) {
    for (const Men& m : s.men) {
      if (m.id == s.speaker && m.kind == "person") last_person_ = s.speaker;
    }
  }
  for (const Men& m : s.men) {  // a person subject at the start of a sentence
    if (m.kind == "person" && !m.pronoun && !m.id.empty() && m.b <= 3 && m.group.empty()) {
      last_person_ = m.id;
      break;
    }
  }
  // The person who last took a stance or met someone ("MARC LEFÈVRE : Oui,
  // Emmanuel Macron a condamné ...") is the referent of the next "il".
  for (size_t r = sentence_start; r < relations_.size(); ++r) {
    const PendingRelation& rel = relations_[r];
    if (rel.p == "leads" || rel.p == "official_of" || rel.p == "member_of") continue;
    if (rel.s == last_person_) continue;  // already the referent: no look-up
    bool person = false;
    if (const Actor* a = r_.dict.Find(rel.s)) {
      person = a->kind == "person";
    } else {
      for (const Men& m : s.men) person |= m.id == rel.s && m.kind == "person";
    }
    if (person) last_person_ = rel.s;
  }
  s.verb_groups_final = false;  // later sentences' rules compute afresh
  s.verb_group_start.clear();
}

}  // namespace kzgraph::extract::internal
