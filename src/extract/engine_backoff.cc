// The backoff: a trigger whose frame and recall layer gave no edge still
// links the clause's subject (else the nearest actor before it in its clause,
// else the sentence's speaker) to the nearest actor after it in its clause,
// with a lower confidence. The frames describe phrasings one by one; this
// layer trades a little precision for the phrasings they do not describe.
// Every block of the frames still holds: negation, hypothesis, denial,
// allegation, questions; passives and infinitives stay the frames'.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

namespace {

// Thresholds kept by the search over dev..dev5 (tools/fn_analysis.py; the
// mean relation F1 did not move between 4 and 10 words, nor between 0 and 4
// plain words: the clause boundaries decide).
constexpr int kMaxObjectWords = 6;   // from the trigger's end to its object
constexpr int kMaxSubjectWords = 6;  // from the nearest actor to the verb group
constexpr int kMaxPlainWords = 2;    // non-function words before the object

bool Party(const std::string& kind) {
  return kind == "person" || kind == "country" || kind == "organization";
}

}  // namespace

void Engine::Backoff(Sent& s, int t, int len, const LexEntry& e, Form form) {
  // Types whose trigger alone says what happened. A request needs its aid
  // noun ("appelé X à retirer ses troupes" asks for no help), a deployment
  // its troops, an office its title: the frames and rules keep those.
  const std::string& type = e.Get("type");
  if (!IsStanceType(type) && type != "meets") return;
  const std::string& frame = e.Get("frame");
  // "hold ... responsible", "take ... to task": the trigger needs its second
  // word, which only the frame checks.
  if (!e.Get("then").empty()) return;
  // "pour féliciter X" meets X only after a visit, which only the frame checks.
  if (e.Get("visit") == "1") return;
  if (frame == "qualify" || frame == "agent_accuse" || frame == "led_by" || frame == "under" ||
      frame == "consequence" || frame == "head_of" || frame == "stance_received" ||
      frame == "side" || frame == "call" || frame == "supported_by" ||
      frame.rfind("member", 0) == 0)
    return;  // (supported_by: the actor after it supports, not the subject)
  // A noun's arguments are its own complements, read by the noun frames
  // ("la réunion des pays de l'OTSC" is no meeting with the OTSC).
  if (e.Get("pos") == "noun") return;
  // "the foreign-backed rebels": a hyphenated compound is an adjective, its
  // agent the word before the hyphen (the frame read it); no clause subject.
  if (s.w[t].hyphen_before && t > 0 && s.w[t - 1].word) return;
  const int n = static_cast<int>(s.w.size());
  const int te = t + len;
  const int vb = VerbGroupStart(s, t);
  // The word tests first, the blocking tests (dearer) after them: each only
  // returns.
  // An infinitive's edge depends on its governing verb ("accuse X de
  // soutenir", "asked Y to send"), a participle's on its agent.
  if (form == Form::kInfinitive || form == Form::kConditional) return;
  // "accusing it of backing X": the gerund is the charge's content.
  if (form == Form::kPresentParticiple && (Fold(s, vb - 1, "of") || Fold(s, vb - 1, "for"))) return;
  if (form == Form::kPastParticiple) {
    bool active = false;
    for (int k = vb; k < t; ++k) {
      if (Is(s, k, c_.etre) && !Fold(s, k, "est") && !Fold(s, k, "sont")) return;
      active |= Is(s, k, c_.aux) || (Fold(s, k, "s") && s.w[k].elided) || Fold(s, k, "se");
    }
    if (!active) return;
  }
  {  // "aucune menace", "the threat": a verb form after a determiner is a noun
    int p = t - 1;
    while (P(s, p, '<') || P(s, p, '"')) --p;
    if (Is(s, p, c_.det)) return;
  }
  for (int k = te; k < n; ++k) {  // a question asks, it does not report
    if (P(s, k, '?')) return;
    if (P(s, k, '.') || P(s, k, ';')) break;
  }
  if (CliticMissing(s, vb, t, e)) return;
  if (InsideMeetVerbPhrase(s, t, e)) return;  // "held talks": the verb's
  if (!Blocked(s, vb, te, form).empty() || !ConditionAfter(s, te).empty()) return;
  if (type == "meets" && !MeetingSought(s, t, e).empty()) return;
  auto boundary = [&](int k) {
    return P(s, k, '.') || P(s, k, ';') || P(s, k, ':') || P(s, k, ',') || P(s, k, '?') ||
           Is(s, k, c_.que) || Is(s, k, c_.qui) || Fold(s, k, "mais") || Fold(s, k, "but");
  };
  auto usable = [&](const Men& m) {
    return !m.implied && !m.kind.empty() && !m.id.empty() &&
           !(m.kind == "location" && m.of.empty());
  };
  // "le parti que l'opposition soupçonne": the object is the antecedent,
  // before the verb; only the frames read it.
  for (int k = vb - 1; k >= 0 && k > vb - 8; --k) {
    if (boundary(k) && !Is(s, k, c_.que)) break;
    if (Is(s, k, c_.que) && s.w[k].fold != "that") return;
  }
  // Subject: the clause's, else the nearest actor before the trigger in its
  // clause, else the speaker.
  std::string shape = "svo";
  std::string how;
  std::vector<std::string> subj = Subject(s, t, &how);
  if (InheritsSubject(s, t, vb, form) && how != "relative") {
    std::vector<std::string> main = CoordinatedMainSubject(s, vb);  // "X and Y backed A and warned B"
    if (!main.empty()) {
      subj = main;
    } else if (how == "subject" && CoordinatedObject(s, vb, subj)) {
      return;  // "cautioned Israel ..., and warned Y" (s9args): not Israel
    }
  }
  if (subj.empty()) {
    for (int k = vb - 1; k >= 0 && k >= vb - kMaxSubjectWords; --k) {
      if (boundary(k)) break;
      int mi = MentionAt(s, k);
      if (mi < 0) continue;
      const Men& m = s.men[mi];
      if (!usable(m) || m.pronoun || IsComplement(s, m)) break;
      // "Sandu's government": the possessor is not the one who acts.
      if (Fold(s, m.e, "s") && !s.w[m.e].elided) break;
      subj = Expand(s, mi, -1);
      shape = "near";
      break;
    }
  }
  // "le Cemoc, qui réunit l'Algérie, le Mali ...": a relative's subject is its
  // head; with no actor found there, the speaker is not it (s9args).
  if (subj.empty() && RelativeOfNamedHead(s, vb)) return;
  // "..., but local columnists accused X" (s10prec): the clause's own subject.
  if (subj.empty() && ConjoinedClauseCommonSubject(s, vb)) return;
  // "The war has turned favourable to Russia, NATO said": a clause opening
  // with a common noun (not a government word) has that noun as subject,
  // not the speaker (as in the recall layer, engine_rules.cc).
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
  if (subj.empty() && !s.speaker.empty()) {
    subj = s.speakers;
    shape = "speaker";
  }
  if (subj.empty()) return;
  if (type == "meets" && GathersMembers(s, t, subj)) return;
  // Object: the first actor after the trigger in its clause, reached through
  // determiners, adverbs, a few plain words and the trigger's own
  // prepositions; "de" complements only for a charge or a criticism ("les
  // tirs du M23"): supporting or meeting X's thing is not said of X.
  std::vector<std::string> obj;
  const std::string& preps = e.Get("obj");
  const bool complements = type == "accuses" || type == "criticizes";
  int plain = 0;
  // "a dénoncé mardi, dans un communiqué, l'attitude de X": past an incise.
  const int start = SkipIncise(s, te);
  // "police questioned Odinga": a person named right after the verb is
  // interrogated (bare=not_person; "questioned Odinga's motives" judges).
  if (e.Get("bare") == "not_person") {
    int j = start;
    while (IsAdverb(s, j)) ++j;
    if (InterrogatedObjectAt(s, SkipDet(s, j))) return;
  }
  for (int k = start; k < std::min(start + kMaxObjectWords + 1, n); ++k) {
    if (int al = HitLen(s, k, c_.adverb); al > 1) {  // "à plusieurs reprises"
      k += al - 1;
      continue;
    }
    if (boundary(k)) break;
    // "a dénoncé la mort de Prigojine": the actor after an event that befell
    // it is its victim (stance_word role=victim_event).
    if (MentionAt(s, k) < 0 && s.w[k].word && VictimEventAt(s, k)) return;
    if (MentionAt(s, k) < 0 && s.w[k].word) {
      const std::string& f = s.w[k].fold;
      if (Is(s, k, c_.prep) || Is(s, k, c_.prep_de) || f == "of" || f == "as" || f == "comme") {
        const bool own = !f.empty() && (preps.find(f) != std::string::npos ||
                                        (f == "a" && preps.find("à") != std::string::npos));
        if (!own && !(complements && (Is(s, k, c_.prep_de) || f == "of"))) {
          // A place or a time between the verb and its object: "a rencontré
          // mardi à Bruxelles le chef ...", "accuse depuis novembre Asmara".
          const int r = SkipDet(s, k + 1);
          const int pm = MentionAt(s, r);
          if (pm >= 0 && !Is(s, k, c_.prep_de) &&
              (s.men[pm].kind == "location" || s.men[pm].rule == "dict:metonym")) {
            k = s.men[pm].e - 1;
            continue;
          }
          if ((f == "depuis" || f == "since" || f == "pendant" || f == "during") && r < n &&
              s.w[r].word && MentionAt(s, r) < 0) {
            k = r;
            continue;
          }
          break;
        }
      } else if (!Is(s, k, c_.det) && !IsAdverb(s, k) && !Is(s, k, c_.clitic)) {
        // "arming the rebels": an -ing form opens a clause of its own.
        if (f.size() > 4 && f.compare(f.size() - 3, 3, "ing") == 0) break;
        if (++plain > kMaxPlainWords) break;
      }
    }
    if (k > start && HitLen(s, k, c_.trigger) > 0) break;  // the next verb has its own arguments
    // "accueille des troupes françaises": hosting troops is meeting no one.
    if (type == "meets" && MentionAt(s, k) < 0 && HitLen(s, k, c_.troop) > 0) break;
    // A reason clause ("d'avoir", "of being") names no second party.
    if (Fold(s, k, "avoir") || Fold(s, k, "etre") || Fold(s, k, "par") || Fold(s, k, "by")) break;
    int mi = MentionAt(s, k);
    if (mi < 0) continue;
    const Men& m = s.men[mi];
    k = std::max(k, m.e - 1);
    if (!usable(m) || m.pronoun) continue;
    if (InPlacePhrase(s, m)) continue;  // a place, not a party
    // "réunis à Djibouti" (s9args): the venue of a meeting, no party.
    if (type == "meets" && MeetingVenue(s, m)) continue;
    const std::string id = IdOf(s, mi);
    if (std::find(subj.begin(), subj.end(), id) != subj.end()) continue;
    const std::string kind = m.kind == "location" ? "country" : m.kind;
    const bool fits = kind == "group" ? type != "meets" : Party(kind);  // groups meet no one
    if (!fits) break;  // a third actor stands between
    // "Yemen's sovereignty": the thing of X, not X.
    if (Fold(s, m.e, "s") && !s.w[m.e].elided) break;
    // "a réuni son cabinet de guerre", "met his advisers": convening one's
    // own body is no meeting of two parties.
    if (type == "meets" && Is(s, m.b - 1, c_.possessive)) break;
    obj = Expand(s, mi, +1);
    // "with Chinese Foreign Minister Wang Yi": a nationality before a title
    // names the title's holder, not the country.
    if (m.adj) {
      std::vector<std::string> holder = NP(s, m.b);
      if (!holder.empty() && !(holder.size() == 1 && holder[0] == m.id)) {
        obj = holder;
      } else if (type == "meets") {
        // "son homologue azerbaïdjanais", "his Azerbaijani counterpart" with
        // no holder found: a person unnamed, not the country met.
        bool title = HitLen(s, m.e, c_.role) > 0;
        for (int q = m.b - 1; q >= std::max(0, m.b - 3) && !title; --q)
          title = HitLen(s, q, c_.role) == m.b - q;
        if (title) obj.clear();
      }
    }
    break;
  }
  if (obj.empty()) return;
  if (tracing_) Log(s, "  backoff trigger '" + Surface(s, t, te) + "' (" + frame + ")");
  Emit(s, subj, type, obj, "backoff:" + type + ":" + shape, 0.5);
}

}  // namespace kzgraph::extract::internal
