// The backoff: a trigger whose frame and recall layer gave no edge still
// links the clause's subject (else the nearest actor before it in its clause,
// else the sentence's speaker) to the nearest actor after it in its clause,
// with a lower confidence. The frames describe phrasings one by one; this
// layer trades a little precision for the phrasings they do not describe.
// Every block of the frames still holds: negation, hypothesis, denial,
// allegation, questions; passives and infinitives stay the frames'.
#include <algorithm>
#include <cstdlib>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

namespace {

// Tuning knob read once from the environment (KZ_BACKOFF_<name>) for the
// threshold search (tools/fn_analysis.py); the defaults are the kept values.
int Knob(const char* name, int fallback) {
  const std::string var = std::string("KZ_BACKOFF_") + name;
  const char* v = std::getenv(var.c_str());
  return v ? std::atoi(v) : fallback;
}

bool Party(const std::string& kind) {
  return kind == "person" || kind == "country" || kind == "organization";
}

}  // namespace

void Engine::Backoff(Sent& s, int t, int len, const LexEntry& e, Form form) {
  static const int enabled = Knob("ON", 1);
  static const int max_obj = Knob("MAXOBJ", 6);    // words from the trigger to its object
  static const int max_subj = Knob("MAXSUBJ", 6);  // words from the nearest actor to the trigger
  static const int nouns = Knob("NOUNS", 0);       // noun triggers too
  static const int speaker_subj = Knob("SPEAKER", 1);
  static const int skip_third = Knob("THIRD", 0);  // look past an unsuitable actor
  static const int types = Knob("TYPES", 0x1f);    // bit per type below
  static const int max_plain = Knob("PLAIN", 2);   // plain words before the object
  static const int places = Knob("PLACE", 1);      // step over "à Bruxelles", "depuis mai"
  if (!enabled) return;
  const std::string& type = e.Get("type");
  static const char* kTypes[] = {"accuses", "criticizes", "supports",
                                 "warns",   "meets",      "requests_aid"};
  bool wanted = false;
  for (int b = 0; b < 6; ++b) wanted |= (types >> b & 1) && type == kTypes[b];
  if (!wanted) return;
  const std::string& frame = e.Get("frame");
  // "hold ... responsible", "take ... to task": the trigger needs its second
  // word, which only the frame checks.
  if (!e.Get("then").empty()) return;
  if (frame == "qualify" || frame == "agent_accuse" || frame == "led_by" || frame == "under" ||
      frame == "head_of" || frame.rfind("member", 0) == 0)
    return;
  const bool noun = e.Get("pos") == "noun";
  if (noun && !nouns) return;
  const int n = static_cast<int>(s.w.size());
  const int te = t + len;
  const int vb = VerbGroupStart(s, t);
  if (!Blocked(s, vb, te, form).empty() || !ConditionAfter(s, te).empty()) return;
  if (noun && !NounBlocked(s, t).empty()) return;
  // An infinitive's edge depends on its governing verb ("accuse X de
  // soutenir", "asked Y to send"), a participle's on its agent.
  if (form == Form::kInfinitive || form == Form::kConditional) return;
  if (form == Form::kPastParticiple) {
    bool active = false;
    for (int k = vb; k < t; ++k) {
      if (Is(s, k, c_.etre) && !Fold(s, k, "est") && !Fold(s, k, "sont")) return;
      active |= Is(s, k, c_.aux) || (Fold(s, k, "s") && s.w[k].elided) || Fold(s, k, "se");
    }
    if (!active) return;
  }
  if (e.Get("clitic") == "en") {
    bool clitic = false;
    for (int k = vb; k < t; ++k) clitic |= Fold(s, k, "en");
    if (!clitic) return;
  }
  if (!noun) {  // "aucune menace", "the threat": a verb form after a determiner is a noun
    int p = t - 1;
    while (P(s, p, '<') || P(s, p, '"')) --p;
    if (Is(s, p, c_.det)) return;
  }
  for (int k = te; k < n; ++k) {  // a question asks, it does not report
    if (P(s, k, '?')) return;
    if (P(s, k, '.') || P(s, k, ';')) break;
  }
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
  if (!noun && InheritsSubject(s, t, vb, form) && how != "relative") {
    std::vector<std::string> main = MainSubject(s, vb);
    if (!main.empty()) subj = main;
  }
  if (subj.empty()) {
    for (int k = vb - 1; k >= 0 && k >= vb - max_subj; --k) {
      if (boundary(k)) break;
      int mi = MentionAt(s, k);
      if (mi < 0) continue;
      const Men& m = s.men[mi];
      if (!usable(m) || m.pronoun || IsComplement(s, m)) break;
      subj = Expand(s, mi, -1);
      shape = "near";
      break;
    }
  }
  if (subj.empty() && speaker_subj && !s.speaker.empty()) {
    subj = s.speakers;
    shape = "speaker";
  }
  if (subj.empty()) return;
  // Object: the first actor after the trigger in its clause, reached through
  // determiners, adverbs, a few plain words and the trigger's own
  // prepositions; "de" complements only for a charge or a criticism ("les
  // tirs du M23"): supporting or meeting X's thing is not said of X.
  std::vector<std::string> obj;
  const std::string& preps = e.Get("obj");
  const bool complements = type == "accuses" || type == "criticizes";
  int plain = 0;
  for (int k = te; k < std::min(te + max_obj + 1, n); ++k) {
    if (int al = HitLen(s, k, c_.adverb); al > 1) {  // "à plusieurs reprises"
      k += al - 1;
      continue;
    }
    if (boundary(k)) break;
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
          if (places && pm >= 0 && !Is(s, k, c_.prep_de) &&
              (s.men[pm].kind == "location" || s.men[pm].rule == "dict:metonym")) {
            k = s.men[pm].e - 1;
            continue;
          }
          if (places && (f == "depuis" || f == "since" || f == "pendant" || f == "during") &&
              r < n && s.w[r].word && MentionAt(s, r) < 0) {
            k = r;
            continue;
          }
          break;
        }
      } else if (!Is(s, k, c_.det) && !IsAdverb(s, k) && !Is(s, k, c_.clitic)) {
        // "arming the rebels": an -ing form opens a clause of its own.
        if (f.size() > 4 && f.compare(f.size() - 3, 3, "ing") == 0) break;
        if (++plain > max_plain) break;
      }
    }
    if (k > te && HitLen(s, k, c_.trigger) > 0) break;  // the next verb has its own arguments
    // A reason clause ("d'avoir", "of being") names no second party.
    if (Fold(s, k, "avoir") || Fold(s, k, "etre") || Fold(s, k, "par") || Fold(s, k, "by")) break;
    int mi = MentionAt(s, k);
    if (mi < 0) continue;
    const Men& m = s.men[mi];
    k = std::max(k, m.e - 1);
    if (!usable(m) || m.pronoun) continue;
    {  // a place, not a party: "in Niamey", "en Pologne", "à Moscou"
      int p = m.b - 1;
      while (p >= 0 && Is(s, p, c_.det)) --p;
      if (Fold(s, p, "in") || Fold(s, p, "at") || Fold(s, p, "en") || Fold(s, p, "dans") ||
          Fold(s, p, "near") || Fold(s, p, "pres"))
        continue;
      if ((Fold(s, p, "a") || Fold(s, p, "au") || Fold(s, p, "aux")) &&
          (m.kind == "location" || m.rule == "dict:metonym"))
        continue;
    }
    const std::string id = IdOf(s, mi);
    if (std::find(subj.begin(), subj.end(), id) != subj.end()) continue;
    const std::string kind = m.kind == "location" ? "country" : m.kind;
    bool fits = kind == "group" ? type != "meets" && type != "requests_aid" : Party(kind);
    if (!fits) {
      if (skip_third) continue;
      break;
    }
    // "Yemen's sovereignty": the thing of X, not X.
    if (Fold(s, m.e, "s") && s.w[m.e].elided) break;
    obj = Expand(s, mi, +1);
    break;
  }
  if (obj.empty()) return;
  Log(s, "  backoff trigger '" + Surface(s, t, te) + "' (" + frame + ")");
  Emit(s, subj, type, obj, "backoff:" + type + ":" + shape, 0.5);
}

}  // namespace kzgraph::extract::internal
