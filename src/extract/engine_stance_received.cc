// Stance received as a noun: "Togo's decision drew
// condemnation from Ghana", "Togo has faced growing criticism from Ghana",
// "le Togo s'est attiré les foudres du Ghana", "la décision du Togo a suscité
// la colère du Ghana": the actor after the stance noun disapproves of the
// clause's subject, or of the owner of the act that is the subject.
#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// The owner of any common noun opening the clause before vb: "Togo's order
// to troops drew ...", "l'ordre du Togo a suscité ..." (PassiveActOwner
// knows the act nouns only). Empty when the subject is a name or a pronoun.
std::vector<std::string> Engine::SubjectNounOwner(const Sent& s, int vb) const {
  const int b = ClauseSubjectStart(s, vb);
  if (b >= vb) return {};
  auto owner = [&](int m) -> std::vector<std::string> {
    if (m < 0 || s.men[m].pronoun || s.men[m].adj || s.men[m].id.empty() ||
        s.men[m].kind == "location")
      return {};
    return {IdOf(s, m)};
  };
  auto plain = [&](int q) { return q < vb && PlainWord(s, q); };
  if (const int m = MentionAt(s, b); m >= 0) {
    if (s.men[m].b != b) return {};
    const int g = s.men[m].e;
    if (GenitiveS(s, g) && !s.w[g].elided && plain(g + 1)) return owner(m);  // "Togo's order"
    return {};
  }
  int k = b;
  for (int steps = 0; steps < 3 && plain(k); ++steps) ++k;  // "l'ordre donné"
  if (k == b || !Is(s, k, c_.prep_de)) return {};
  const int m = MentionAt(s, SkipDet(s, k + 1));
  return owner(m);
}

// The trigger at f.t..f.te (frame stance_received) is a verb of receiving or
// provoking; its stance noun (nouns=) follows within a few words, past
// determiners, adverbs and adjectives ("growing", "vives", "internationale");
// the holder follows the noun after one of the obj= prepositions ("from",
// "by", "de"), past common nouns ("from rights groups and the EU"). The one
// disapproved of is the owner of the subject act (PassiveActOwner) or the
// clause's subject.
void Engine::StanceReceivedFrame(Sent& s, const FrameCall& f) {
  const int n = static_cast<int>(s.w.size());
  auto missing = [&](const char* what) { Missing(s, f, what); };
  const std::string& nouns = f.e.Get("nouns");
  // A claim the speaker made about an actor, which that actor denies: "X a
  // affirmé que le Burkina Faso avait conclu un accord avec Wagner, ce que
  // Ouagadougou a démenti", "X said Venezuela paid the rebels, a claim
  // Caracas denies": X accuses the one who denies. The denier must be named
  // in the claim ("X a affirmé que la réunion aurait lieu, ce que Y a
  // démenti" charges no one).
  if (f.type == "accuses" && ListHas(nouns, "accusations") && s.speaker_pos >= 0) {
    int p = f.t - 1;
    while (p > 0 && (IsAuxWord(s, p) || IsAdverb(s, p))) --p;
    const int dm = MentionAt(s, p);
    if (dm >= 0 && !s.men[dm].pronoun && !s.men[dm].id.empty() && IsPartyKind(s.men[dm].kind)) {
      int b = s.men[dm].b;
      // "les autorités burkinabè", "the government of Burkina Faso".
      if (b >= 2 && (Fold(s, b - 1, "of") || Is(s, b - 1, c_.prep_de)) && PlainWord(s, b - 2))
        b -= 2;
      static constexpr std::string_view kClaims[] = {
          "allegation", "allegations", "claim",       "claims",    "charge",
          "charges",    "accusation",  "accusations", "assertion", "assertions"};
      auto claim_noun = [&](int q) {
        return q >= 0 &&
               std::find(std::begin(kClaims), std::end(kClaims), s.w[q].fold) != std::end(kClaims);
      };
      while (b > 0 && Is(s, b - 1, c_.det)) --b;
      // "the government": a plain noun and its article before the name.
      while (b > 1 && PlainWord(s, b - 1) && !claim_noun(b - 1) && Is(s, b - 2, c_.det)) b -= 2;
      int comma = -1;
      if ((Fold(s, b - 1, "que") || Fold(s, b - 1, "qu")) && Fold(s, b - 2, "ce") &&
          P(s, b - 3, ','))
        comma = b - 3;
      int c = b - 1;
      if (claim_noun(c)) {
        --c;
        if (Fold(s, c, "an") || Fold(s, c, "a")) --c;
        if (P(s, c, ',')) comma = c;
      }
      const std::string denier = IdOf(s, dm);
      bool named = false;
      for (int mi = 0; comma > s.speaker_pos && mi < static_cast<int>(s.men.size()); ++mi) {
        if (s.men[mi].b > s.speaker_pos && s.men[mi].e <= comma && IdOf(s, mi) == denier)
          named = true;
      }
      // "Venezuelan payments to the rebels": a nationality adjective names it too.
      for (int q = s.speaker_pos + 1; !named && q < comma; ++q) {
        std::string country;
        if (CountryAdjectiveAt(s, q, &country) > 0 && country == denier) named = true;
      }
      const std::vector<std::string> subj =
          s.speakers.empty() ? std::vector<std::string>{s.speaker} : s.speakers;
      if (named && !s.speaker.empty() && Blocked(s, VerbGroupStart(s, f.t), f.te, f.form).empty()) {
        if (const std::vector<std::string> obj = NotOwnSide(s, subj, {denier}); !obj.empty()) {
          Emit(s, subj, "accuses", obj, "accuses:denied-claim", 0.7);
          return;
        }
      }
    }
  }
  auto plain = [&](int q) { return PlainWord(s, q); };
  int k = f.te;
  // "met with condemnation": the phrase holds its noun.
  int noun = ListHas(nouns, s.w[f.te - 1].fold) ? f.te - 1 : -1;
  if (noun >= 0) k = n;
  // "denied Armenia's accusations", "rejected Ukrainian allegations": the
  // holder named before the noun, as its owner or by a nationality.
  auto named_holder = [&](int m) {
    return m >= 0 && !s.men[m].pronoun && !s.men[m].id.empty() && s.men[m].kind != "location";
  };
  std::vector<std::string> owner;
  for (int steps = 0; k < n && steps < 5; ++steps, ++k) {
    if (P(s, k, '<') || P(s, k, '>') || P(s, k, '"') || Is(s, k, c_.det) ||
        Is(s, k, c_.possessive)) {
      continue;
    }
    if (const int m = MentionAt(s, k); owner.empty() && named_holder(m) && s.men[m].b == k) {
      const int g = s.men[m].e;
      // "Congolese accusations": a demonym right before the noun is one too.
      if (s.men[m].adj || (s.men[m].rule == "dict:demonym" && s.men[m].e < n &&
                           ListHas(nouns, s.w[s.men[m].e].fold))) {
        owner = {IdOf(s, m)};
        k = s.men[m].e - 1;
        continue;
      }
      if (GenitiveS(s, g) && !s.w[g].elided) {
        owner = {IdOf(s, m)};
        k = g;
        continue;
      }
    }
    if (ListHas(nouns, s.w[k].fold)) {
      noun = k;
      break;
    }
    // "fait l'objet de vives critiques": the noun's own "de" before it.
    if (Is(s, k, c_.prep_de) && k == f.te) continue;
    if (!plain(k)) break;
  }
  if (noun < 0) return missing("stance noun");
  // "under fire from rebels": shooting, not blame, when troops are the target
  // or armed groups the shooters.
  const bool fire = Fold(s, noun, "fire") || Fold(s, noun, "feu");
  // The holder: the obj= preposition right after the noun (or its
  // adjective), then the first actor before the clause ends.
  k = noun + 1;
  // "les accusations ukrainiennes": a nationality right after the noun.
  if (const int m = MentionAt(s, k);
      owner.empty() && named_holder(m) && s.men[m].adj && s.men[m].b == k)
    owner = {IdOf(s, m)};
  if (plain(k) && !ListHas(nouns, s.w[k].fold)) ++k;  // "les critiques acerbes de"
  if (owner.empty() && (k >= n || !ListHasWord(f.preps, s.w[k].fold)))
    return missing("holder preposition");
  ++k;
  if (Fold(s, k, "within") || Fold(s, k, "among")) ++k;  // "from within his own party"
  int holder_at = -1;
  for (int q = k; q < std::min(n, k + 8) && owner.empty(); ++q) {
    if (P(s, q, '.') || P(s, q, ';') || P(s, q, ',') || P(s, q, ':') || Is(s, q, c_.que) ||
        Is(s, q, c_.qui) || IsAuxWord(s, q))
      break;
    const int m = MentionAt(s, q);
    if (m < 0) continue;
    // "from within his own party": the possessive is not the holder.
    if (s.men[m].pronoun && (Is(s, q, c_.possessive) || Fold(s, q, "his") || Fold(s, q, "her") ||
                             Fold(s, q, "its") || Fold(s, q, "their")))
      continue;
    if (s.men[m].pronoun || s.men[m].id.empty() || s.men[m].kind == "location") break;
    holder_at = s.men[m].b;
    break;
  }
  if (holder_at < 0 && owner.empty()) return missing("holder");
  std::vector<std::string> holders = owner.empty() ? NP(s, holder_at) : owner;
  if (holders.empty()) return missing("holder");
  // "rejected Russia's accusations against Ukraine": the accusation has its
  // own target (the noun frame reads it); the one who rejects it is not.
  for (int q = noun + 1; q < std::min(n, noun + 10); ++q) {
    if (P(s, q, '.') || P(s, q, ';') || P(s, q, ',') || Is(s, q, c_.que) || Is(s, q, c_.qui)) break;
    if (Fold(s, q, "against") || Fold(s, q, "contre") || Fold(s, q, "envers"))
      return missing("target of the noun");
  }
  // "a démenti les accusations de X selon lesquelles Washington serait
  // derrière", "allegations that Kyiv had ...": the content names whom the
  // holder accuses; only a pronoun there (the one who denies) keeps the subject.
  const bool accusation = f.type == "accuses";
  std::string content;  // the actor the content names first, if any
  if (accusation) {
    for (int q = noun + 1; q < std::min(n, noun + 12); ++q) {
      if (P(s, q, '.') || P(s, q, ';') || P(s, q, ':')) break;
      if (!Fold(s, q, "that") && !Fold(s, q, "selon") && !Fold(s, q, "according") &&
          !Is(s, q, c_.que))
        continue;
      for (int r = q + 1; r < std::min(n, q + 6); ++r) {
        const int m = MentionAt(s, r);
        if (m < 0) continue;
        // (unless it names the one who denies: "Kyiv denied Moscow's
        // allegations that Ukrainian forces blew up the dam")
        if (!s.men[m].pronoun) content = IdOf(s, m);
        break;
      }
      break;
    }
  }
  if (fire) {
    for (const std::string& id : holders)
      for (const Men& m : s.men)
        if (m.id == id && m.kind == "group") return missing("holder (armed fire)");
    // Military targets and shooters beyond the troop nouns: "the Malian army
    // came under fire from the JNIM", "Ukrainian positions came under fire",
    // "drew fire from Russian artillery".
    static constexpr std::string_view kMilitary[] = {
        "army",      "armies",     "armee",     "armees",   "positions", "position",
        "convoy",    "convoys",    "convoi",    "convois",  "patrol",    "patrols",
        "patrouille", "patrouilles", "outpost", "outposts", "checkpoint", "base",
        "bases",     "vessel",     "vessels",   "ship",     "ships",     "navire",
        "navires",   "aircraft",   "helicopter", "helicopters", "helicoptere", "jets",
        "artillery", "artillerie", "gunmen",    "militants", "fighters", "combattants",
        "snipers",   "tireurs",    "rebels",    "rebelles", "insurgents", "jihadists",
        "jihadistes", "militia",   "militias",  "milice",   "milices",   "mortar",
        "mortars",   "rocket",     "rockets",   "tanks",    "drones",    "drone"};
    auto military = [&](int q) {
      return HitLen(s, q, c_.troop) > 0 ||
             std::find(std::begin(kMilitary), std::end(kMilitary), s.w[q].fold) !=
                 std::end(kMilitary);
    };
    for (int q = std::max(0, f.vb - 8); q < f.vb; ++q)
      if (military(q)) return missing("target (troops under fire)");
    for (int q = noun + 1; q < std::min(n, noun + 8); ++q) {
      if (P(s, q, '.') || P(s, q, ';') || P(s, q, ',') || Is(s, q, c_.que) || Is(s, q, c_.qui))
        break;
      if (military(q)) return missing("holder (armed fire)");
    }
  }
  // An accusation is denied by the clause's subject itself, not by the owner
  // of an act that "drew" it.
  std::vector<std::string> target =
      accusation ? std::vector<std::string>{} : PassiveActOwner(s, f.vb);
  if (target.empty() && !accusation) target = SubjectNounOwner(s, f.vb);
  if (target.empty()) {
    std::string how;
    target = Subject(s, f.t, &how);
    if (target.empty()) target = MainSubject(s, f.vb);
  }
  // "Yolande Makolo a rejeté les accusations de la RDC": an official denies
  // for the state; the accusation is the state's (PersonState, dictionary office).
  if (accusation) {
    for (std::string& id : target) {
      const Actor* a = r_.dict.Find(id);
      if (!a || a->kind != "person") continue;
      std::string state = PersonState(id);
      // No date to place the office on: the one state all its offices are of.
      if (state.empty() && !a->offices.empty()) {
        const std::string& of = a->offices[0].of;
        const Actor* st = r_.dict.Find(of);
        if (st && st->kind == "country" &&
            std::all_of(a->offices.begin(), a->offices.end(),
                        [&](const Office& o) { return o.of == of; }))
          state = of;
      }
      if (!state.empty()) id = state;
    }
  }
  std::erase_if(target, [&](const std::string& id) {
    return std::find(holders.begin(), holders.end(), id) != holders.end();
  });
  if (target.empty()) return missing("subject");
  if (!content.empty() && std::find(target.begin(), target.end(), content) == target.end())
    return missing("target in the content");
  Emit(s, holders, f.type, target, f.type + ":received", 0.75);
}

}  // namespace kzgraph::extract::internal
