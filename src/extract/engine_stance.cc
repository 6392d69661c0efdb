// Stance targets that are not an actor named after the verb: an act of the
// actor ("la décision de la Russie", "the steps taken by Azerbaijan"), an
// anaphor of the last act ("cette décision", "the measure"), an object
// relative ("Belgium, which it accused"); and the authors of acts that such
// anaphors refer to.
#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// How many sentences after its verb "la fermeture" still names the act
// (role=act_nominal), as for the act nouns of engine_act_noun_memory.cc.
constexpr uint32_t kActNominalWindow = 20;

namespace {

// The number of a role named in stance_roles::kNames (-1: none), for the
// lexicon's entries: a table built once per process from the list.
int StanceRoleIdOfName(std::string_view name) {
  static const FoldTable<int>* const table = [] {
    auto* t = new FoldTable<int>();
    for (int k = 0; k < stance_roles::kCount; ++k) (*t)[stance_roles::kNames[k]] = k + 1;
    return t;
  }();
  const int* id = table->Find(name);
  return id == nullptr ? -1 : *id - 1;
}

// The same for an entry's role string, remembered by the string's address:
// the same entries start stance phrases sentence after sentence. A slot
// keeps a copy of the bytes it was asked, and answers only for those bytes.
int StanceRoleIdOf(const std::string& role) {
  struct Memo {
    const char* data = nullptr;
    uint32_t size = 0;
    int id = -1;
    char bytes[24];
  };
  static thread_local Memo memo[512];
  const size_t n = role.size();
  if (n > sizeof(Memo::bytes)) return StanceRoleIdOfName(role);
  Memo& m = memo[(reinterpret_cast<uintptr_t>(role.data()) * kFoldHashPrime) >> 55];
  if (m.data == role.data() && m.size == n && SameBytes(m.bytes, role.data(), n)) return m.id;
  m.data = role.data();
  m.size = static_cast<uint32_t>(n);
  std::memcpy(m.bytes, role.data(), n);
  m.id = StanceRoleIdOfName(role);
  return m.id;
}

}  // namespace

// StanceHit's first look-up of word i (or of a word that starts no phrase),
// with the roles of its entries for StanceWordAt.
const Lexicon::Hit& Engine::NewStanceHit(const Sent& s, int i) const {
  static const Lexicon::Hit kNone;
  if (HitLen(s, i, c_.stance_word) == 0) return kNone;
  if (s.stance_hit_of.empty()) s.stance_hit_of.assign(s.w.size(), -1);
  s.stance_hit_of[i] = static_cast<int>(s.stance_hits.size());
  s.stance_hits.push_back(LexAt(s, i, c_.stance_word));
  const Lexicon::Hit& h = s.stance_hits.back();
  StanceRoleSet& roles = s.stance_role_sets.emplace_back();
  roles.length = h.length;
  for (const auto& [entry, form] : h.entries) {
    if (const int id = StanceRoleIdOf(r_.lex.entry(entry).Get("role")); id >= 0)
      roles.bits[id >> 6] |= uint64_t{1} << (id & 63);
  }
  return h;
}

// StanceWordAt's first question about word i (HitLen > 0 there).
const StanceRoleSet& Engine::NewStanceRoles(const Sent& s, int i) const {
  NewStanceHit(s, i);
  return s.stance_role_sets[s.stance_hit_of[i]];
}

// A manner or time phrase between a stance verb and its object: "a condamné
// « avec la plus grande fermeté » la décision", "a soutenu sans réserve la
// ligne", "ont condamné en décembre le déploiement". Returns where the object
// starts, or k when no such phrase is there. The phrase names no actor.
int Engine::SkipManner(const Sent& s, int k) const {
  const int n = static_cast<int>(s.w.size());
  int q = k;
  while (IsAdverb(s, q)) ++q;
  if (P(s, q, '<') || P(s, q, '"')) {  // a quoted adverbial: « fermement »
    int c = q + 1;
    while (c < n && c < q + 9 && !P(s, c, '>') && !P(s, c, '"')) {
      if (MentionAt(s, c) >= 0 || P(s, c, '.') || P(s, c, ',')) return k;
      ++c;
    }
    if (c >= n || c == q + 9 || c == q + 1) return k;
    // Only an adverbial: what follows is the object's determiner.
    if (!Is(s, c + 1, c_.det)) return k;
    return c + 1;
  }
  // "condemned on Tuesday in a joint statement the strikes": English time
  // and source phrases before the object (only on this stance path: "on"
  // and "in" are too common for the lexicon's manner class).
  const bool english_adjunct = (Fold(s, q, "on") || Fold(s, q, "in")) && x_->article.lang != "fr" &&
                               q + 1 < n && s.w[q + 1].word;
  if (StanceWordAt(s, q, "manner") == 0 && !english_adjunct) return k;
  for (int j = q + 1; j < std::min(n, q + 7); ++j) {
    // "soutiennent sans réserve Tbilissi": a bare name after the phrase's
    // noun is the object (not one after an article or a preposition).
    if (const int jm = MentionAt(s, j); jm >= 0 && j > q + 1 && s.men[jm].b == j &&
                                        s.w[j].upper_initial && !s.men[jm].adj && s.w[j - 1].word &&
                                        !s.w[j - 1].upper_initial && !Is(s, j - 1, c_.det) &&
                                        !Is(s, j - 1, c_.prep) && !Is(s, j - 1, c_.prep_de) &&
                                        StanceWordAt(s, j - 1, "manner") == 0)
      return j;
    if (MentionAt(s, j) >= 0 || !s.w[j].word || Is(s, j, c_.que) || Is(s, j, c_.qui) ||
        HitLen(s, j, c_.trigger) > 0)
      return k;
    // The object's determiner ends the phrase: "en décembre le ...".
    if (Is(s, j, c_.det) && j > q + 1 && !Is(s, j - 1, c_.det) && !Is(s, j - 1, c_.prep) &&
        !Is(s, j - 1, c_.prep_de) && StanceWordAt(s, j - 1, "manner") == 0)
      return j;
  }
  return k;
}

// The object of a criticizes, supports or accuses verb when no actor follows
// it directly. `subj` is the verb's subject (never its own target).
std::vector<std::string> Engine::StanceObject(const Sent& s, int te, const std::string& type,
                                              const std::string& preps,
                                              const std::vector<std::string>& subj,
                                              std::string* how) const {
  const int n = static_cast<int>(s.w.size());
  auto own = [&](const std::vector<std::string>& ids) {
    std::vector<std::string> out;
    for (const std::string& id : ids) {
      if (std::find(subj.begin(), subj.end(), id) == subj.end()) out.push_back(id);
    }
    return out;
  };
  // The author the act noun at `at` was told with earlier in the article
  // (role=act_nominal), unless two were told close together or the window
  // has passed; the last memory of the noun wins.
  auto nominal_author = [&](int at) {
    std::vector<std::string> author;
    const std::string key = ActNounKey(s, at);
    for (const ActNounMemory& m : act_nouns_) {
      if (m.key == key && !m.ambiguous && s.index <= m.last + kActNominalWindow) author = m.author;
    }
    return author;
  };
  auto definite_article_at = [&](int k) {
    return Fold(s, k, "the") || Fold(s, k, "le") || Fold(s, k, "la") || Fold(s, k, "les") ||
           Fold(s, k, "l");
  };
  // "Romania voiced the same support", "a exprimé la même inquiétude": the
  // stance taken last, on the same target.
  if (te >= 3 && (Fold(s, te - 2, "same") || Fold(s, te - 2, "meme") || Fold(s, te - 2, "memes")) &&
      (Fold(s, te - 3, "the") || Fold(s, te - 3, "la") || Fold(s, te - 3, "le") ||
       Fold(s, te - 3, "les"))) {
    std::vector<std::string> same;
    uint32_t at = 0;
    for (auto r = relations_.rbegin(); r != relations_.rend(); ++r) {
      if (r->sent + 2 < s.index) break;
      if (r->p != type || (!same.empty() && r->sent != at)) continue;
      at = r->sent;
      if (std::find(same.begin(), same.end(), r->o) == same.end()) same.push_back(r->o);
    }
    if (std::vector<std::string> obj = own(same); !obj.empty()) {
      *how = "same-stance";
      return obj;
    }
  }
  if (type == "supports") {
    // "a salué un partenariat très fructueux avec X", "praised its
    // partnership with X": the other party of a bond (stance.tsv role=bond)
    // the subject praises, past the bond's determiner and modifiers.
    auto plain = [&](int q) {
      return q < n && s.w[q].word && !s.w[q].upper_initial && MentionAt(s, q) < 0 &&
             !Is(s, q, c_.prep) && !Is(s, q, c_.prep_de) && !Is(s, q, c_.que) &&
             !Is(s, q, c_.qui) && !Is(s, q, c_.coord) && HitLen(s, q, c_.trigger) == 0;
    };
    int q = te;
    for (int steps = 0; steps < 5 && StanceWordAt(s, q, "bond") == 0; ++steps, ++q) {
      if (!(Is(s, q, c_.det) || Is(s, q, c_.possessive) || P(s, q, '<') || P(s, q, '"') ||
            plain(q)))
        break;
    }
    if (const int bl = StanceWordAt(s, q, "bond"); bl > 0) {
      int w = q + bl;
      for (int steps = 0; steps < 5 && !Fold(s, w, "avec") && !Fold(s, w, "with"); ++steps, ++w) {
        if (!(P(s, w, '<') || P(s, w, '>') || P(s, w, '"') || plain(w))) break;
      }
      if (Fold(s, w, "avec") || Fold(s, w, "with")) {
        if (std::vector<std::string> obj = own(NP(s, w + 1)); !obj.empty()) {
          *how = "bond";
          return obj;
        }
      }
    }
  }
  int k = te;
  if (P(s, k, ',')) {
    // "a dénoncé, fin octobre, de « claires violations »": a short incise
    // that names nobody.
    for (int j = k + 1; j < std::min(n, k + 6); ++j) {
      if (MentionAt(s, j) >= 0 || P(s, j, '.') || P(s, j, ';') || HitLen(s, j, c_.trigger) > 0)
        break;
      if (P(s, j, ',')) {
        k = j + 1;
        break;
      }
    }
  }
  // "questioned the need for X's request", "questions about the nature of
  // this request", "a mis en doute le bien-fondé de la décision de X": an
  // aspect of an act (stance_word role=act_aspect) stands for the act.
  if (Is(s, k, c_.det) && !Is(s, k, c_.possessive)) {
    if (const int al = StanceWordAt(s, k + 1, "act_aspect"); al > 0) {
      const int p = k + 1 + al;
      if (Fold(s, p, "of") || Fold(s, p, "for") || (Is(s, p, c_.prep_de) && s.w[p].fold != "a"))
        k = p + 1;
    }
  }
  // "what it calls a terrorist movement", "ce qu'il appelle": the words of
  // the subject, then the object.
  if (Fold(s, k, "what")) {
    for (int j = k + 1; j < std::min(n, k + 4); ++j) {
      if (int cl = StanceWordAt(s, j, "calls"); cl > 0) {
        k = j + cl;
        break;
      }
    }
  }
  if (int m = SkipManner(s, k); m != k) {
    std::vector<std::string> obj = own(Object(s, m, preps));
    if (!obj.empty()) {
      *how = "manner";
      return obj;
    }
    k = m;
  } else if (k != te) {
    std::vector<std::string> obj = own(Object(s, k, preps));
    if (!obj.empty()) {
      *how = "called";
      return obj;
    }
    // "condemned what she called \"attacks by Azerbaijan on ...\"": the
    // agent of the act the quoted words name (s8speech).
    if (type != "supports" && (P(s, k, '"') || P(s, k, '<'))) {
      for (int j = k + 1; j < std::min(n, k + 10) && s.inq[j]; ++j) {
        if (MentionAt(s, j) >= 0 || P(s, j, ',')) break;
        if (!Fold(s, j, "by") && !Fold(s, j, "par")) continue;
        if (std::vector<std::string> agent = own(NP(s, j + 1)); !agent.empty()) {
          *how = "called-agent";
          return agent;
        }
        break;
      }
    }
  }
  int d = k;
  while (IsAdverb(s, d) || P(s, d, '<') || P(s, d, '"')) ++d;
  // English "a" is no determiner to the lexicon (French "a" is a verb): only
  // before a capitalised word ("a Ukrainian missile").
  // A partitive "de" too: "a dénoncé de « flagrantes violations »".
  // English "a" before a quoted label too: "denounced a \"unilateral\" decision".
  const bool article =
      Is(s, d, c_.det) ||
      (Fold(s, d, "a") && !s.w[d].upper_initial && d + 1 < n && s.w[d + 1].upper_initial) ||
      (Fold(s, d, "a") && x_->article.lang != "fr" && (P(s, d + 1, '"') || P(s, d + 1, '<'))) ||
      (Fold(s, d, "de") && d == k && d + 1 < n && MentionAt(s, d + 1) < 0 &&
       (P(s, d + 1, '<') || P(s, d + 1, '"') || (s.w[d + 1].word && !s.w[d + 1].upper_initial)));
  if (!article && type != "supports" && x_->article.lang != "fr") {
    // "condemned \"escalatory and irresponsible actions\" by Beijing",
    // "condemned attacks by X on": English names a bare plural act without
    // an article; its agent after "by", past the act noun, is the target.
    bool saw_act = false;
    for (int k = d; k < std::min(n, d + 8); ++k) {
      if (P(s, k, '"') || P(s, k, '>') || P(s, k, '<')) continue;
      if (!s.w[k].word || MentionAt(s, k) >= 0 || Is(s, k, c_.que) || Is(s, k, c_.qui) ||
          Is(s, k, c_.det) || HitLen(s, k, c_.trigger) > 0 || StanceWordAt(s, k, "act_report") > 0)
        break;
      if (Fold(s, k, "by")) {
        if (!saw_act) break;
        if (std::vector<std::string> obj = own(NP(s, k + 1)); !obj.empty()) {
          *how = "bare-act-agent";
          return obj;
        }
        break;
      }
      if (Is(s, k, c_.prep) || Is(s, k, c_.prep_de)) break;
      if (HitLen(s, k, c_.act) > 0 || HitLen(s, k, c_.event) > 0) saw_act = true;
    }
    return {};
  }
  if (!article || Is(s, d, c_.possessive)) return {};
  int a = d + 1;
  while (P(s, a, '<') || P(s, a, '"')) ++a;
  if (a > d + 1 && MentionAt(s, a) < 0 && HitLen(s, a, c_.trigger) == 0) {
    // "the \"paternalism\" of French officials": a quoted label of an act
    // or a trait; its owner is the target ("le « soutien indéfectible » de
    // X", a stance noun, names its holder: not here).
    int q = a;
    while (q < std::min(n, a + 4) && s.w[q].word && MentionAt(s, q) < 0) ++q;
    if (q > a && (P(s, q, '>') || P(s, q, '"')) &&
        (Fold(s, q + 1, "of") || (Is(s, q + 1, c_.prep_de) && s.w[q + 1].fold != "a"))) {
      if (std::vector<std::string> obj = own(NP(s, q + 2)); !obj.empty()) {
        *how = "label-owner";
        return obj;
      }
    }
  }
  if (type != "supports" && MentionAt(s, a) < 0) {
    // "blamed a Ukrainian air defense missile", "a dénoncé les provocations
    // arméniennes": the nationality of the thing blamed names its country.
    std::string country;
    // "a condamné « l'agression » israélienne": past the closing quote.
    const int adj = P(s, a + 1, '>') || P(s, a + 1, '"') ? a + 2 : a + 1;
    if (s.w[a].upper_initial && CountryAdjectiveAt(s, a, &country) > 0 && a + 1 < n &&
        s.w[a + 1].word && !s.w[a + 1].upper_initial) {
    } else if (s.w[a].word && !s.w[a].upper_initial && MentionAt(s, adj) < 0 &&
               CountryAdjectiveAt(s, adj, &country) > 0) {
    } else if (const int am = adj > a + 1 ? MentionAt(s, adj) : -1;
               am >= 0 && s.men[am].adj && s.men[am].kind == "country" && !s.men[am].id.empty()) {
      country = s.men[am].id;
    } else {
      country.clear();
    }
    if (std::vector<std::string> obj = own({country}); !country.empty() && !obj.empty()) {
      *how = "nationality";
      return obj;
    }
  }
  if (type != "supports") {
    // "a dénoncé le blocage par Israël du carburant", "des violations ...
    // commises par l'armée comme par les FSR", "de claires violations ... de
    // la part d'Israël": the agent of the act blamed, within its phrase.
    // "une « escalade » et une violation des résolutions du Conseil de
    // sécurité de l'ONU par Pyongyang": a long phrase of two acts reaches
    // further, but not past a comma.
    std::vector<std::string> agents;
    for (int k = a + 1; k < std::min(n, a + 22); ++k) {
      if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que) || Is(s, k, c_.qui) ||
          HitLen(s, k, c_.trigger) > 0 || StanceWordAt(s, k, "act_report") > 0 ||
          (k >= a + 14 && P(s, k, ',')))
        break;  // "the killings documented by the UN": a witness
      int from = -1;
      if (Fold(s, k, "par") || Fold(s, k, "by")) from = k + 1;
      if (Fold(s, k, "part") && Fold(s, k - 1, "la") && Is(s, k + 1, c_.prep_de)) from = k + 2;
      if (from < 0) continue;
      for (const std::string& id : NP(s, from)) {
        if (std::find(agents.begin(), agents.end(), id) == agents.end()) agents.push_back(id);
      }
      if (agents.empty()) break;
    }
    if (std::vector<std::string> obj = own(agents); !obj.empty()) {
      *how = "agent";
      return obj;
    }
  }
  // "praised the strikes", "a salué l'offensive": support of the author of
  // the military act told last (criticism has its own path).
  if (type == "supports" && MentionAt(s, a) < 0 && HitLen(s, a, c_.event) > 0) {
    std::vector<std::string> obj = own(NotOwnSide(s, subj, EventAuthor(s, d)));
    if (!obj.empty()) *how = "event";
    return obj;
  }
  // s11args: "a soutenu la candidature de X", "defended the right of X to",
  // "a salué le courage des manifestants": a stance on what an actor is,
  // has or seeks (stance_word role=attribute) is a stance on that actor,
  // named after de/of (past one plain adjective), or in apposition after a
  // possessive noun ("la candidature de son lieutenant, X").
  if ((type == "supports" || type == "criticizes") && MentionAt(s, a) < 0) {
    if (const int tl = StanceWordAt(s, a, "attribute"); tl > 0) {
      int j = a + tl;
      if (j < n && s.w[j].word && !s.w[j].upper_initial && MentionAt(s, j) < 0 &&
          !Is(s, j, c_.prep_de) && !Is(s, j, c_.prep) && !Is(s, j, c_.que) && !Is(s, j, c_.qui) &&
          !Is(s, j, c_.coord) && !Fold(s, j, "of"))
        ++j;  // "la souveraineté pleine de", "the territorial integrity of"
      if ((Is(s, j, c_.prep_de) && s.w[j].fold != "a") || Fold(s, j, "of")) {
        std::vector<std::string> holder = NP(s, j + 1);
        if (holder.empty() && Is(s, j + 1, c_.possessive)) holder = AppositiveObject(s, j + 1);
        if (std::vector<std::string> obj = own(holder); !obj.empty()) {
          *how = "attribute-holder";
          return obj;
        }
      }
    }
  }
  int al = HitLen(s, a, c_.act);
  if (al == 0 && a > d + 1) {
    // "denounced an \"illegal\" decision": a quoted label before a decision noun.
    for (int q = a + 1; q < std::min(n, a + 4); ++q) {
      if (!P(s, q, '>') && !P(s, q, '"')) continue;
      if (StanceWordAt(s, q + 1, "decision_noun") > 0 && HitLen(s, q + 1, c_.act) > 0) {
        a = q + 1;
        al = HitLen(s, a, c_.act);
      }
      break;
    }
  }
  // "condemned the shoot-to-kill order", "criticised the unilateral move":
  // one plain modifier (with the words hyphen-joined to it) between a
  // definite article or demonstrative and an act noun whose verb told its
  // author earlier (role=act_nominal, as below). Only through that memory:
  // a modified noun with no remembered author names no act.
  if (al == 0 && type == "criticizes" && !act_nouns_.empty() &&
      (StanceWordAt(s, d, "demonstrative") > 0 || definite_article_at(d)) && a < n && s.w[a].word &&
      !s.w[a].upper_initial && MentionAt(s, a) < 0 && HitLen(s, a, c_.trigger) == 0 &&
      !Is(s, a, c_.det) && !Is(s, a, c_.prep) && !Is(s, a, c_.prep_de) && !Is(s, a, c_.coord)) {
    int q = a + 1;
    while (q < n && s.w[q].hyphen_before) ++q;
    const int ql = HitLen(s, q, c_.act);
    // (a military act's author is EventAuthor's; a complement names its own)
    if (ql > 0 && HitLen(s, q, c_.event) == 0 && MentionAt(s, q + ql) < 0 &&
        !Fold(s, q + ql, "of") && !Fold(s, q + ql, "by") && !Is(s, q + ql, c_.prep_de) &&
        !Fold(s, q + ql, "par")) {
      if (std::vector<std::string> obj = own(NotOwnSide(s, subj, nominal_author(q)));
          !obj.empty()) {
        *how = "act-nominal-modified";
        return obj;
      }
    }
  }
  if (al == 0) return {};
  int after = a + al;
  // "the visits, which Orban described as", "la décision que Moscou a
  // prise": the subject of the relative clause on the act is its author.
  {
    int r = after;
    if (P(s, r, ',')) ++r;
    // (A military act's relative is EventAuthor's: only a verb of attack
    // names its author, "the attacks that Armenia suffered" none.)
    if ((Is(s, r, c_.que) || Fold(s, r, "which")) && HitLen(s, a, c_.event) == 0) {
      int q = SkipDet(s, r + 1);
      int mi = MentionAt(s, q);
      // Its verb past auxiliaries and adverbs: one that tells of the act
      // ("that Kenya reported", "que Kiev a signalées", "that Paris
      // condemned") has a witness for subject.
      bool witness = false;
      if (mi >= 0) {
        int v = s.men[mi].e;
        while (v < n && v < s.men[mi].e + 4 &&
               (IsAuxWord(s, v) || IsAdverb(s, v) || Fold(s, v, "has") || Fold(s, v, "had") ||
                Fold(s, v, "have") || Fold(s, v, "were") || Fold(s, v, "was")))
          ++v;
        // ("the decision that Minsk announced", "que Moscou a prise": acts;
        // "which Orban described as a peace mission": often the author's own)
        // "la décision que Minsk n'a pas prise", "that Rome might take": no act.
        for (int k = s.men[mi].e; k < std::min(n, s.men[mi].e + 6); ++k) {
          if (Is(s, k, c_.neg_ne) || Is(s, k, c_.neg_en) || Is(s, k, c_.modal) ||
              Fold(s, k, "pas") || Fold(s, k, "jamais"))
            witness = true;
          else if (!(IsAuxWord(s, k) || IsAdverb(s, k)))
            break;
        }
        witness = witness || (StanceWordAt(s, v, "act_report") > 0 || HitLen(s, v, c_.speech) > 0 ||
                              HitLen(s, v, c_.trigger) > 0) &&
                                 StanceWordAt(s, v, "act_verb") == 0 &&
                                 StanceWordAt(s, v, "act_taken") == 0 &&
                                 StanceWordAt(s, v, "calls") == 0;
      }
      if (mi >= 0 && !witness && !s.men[mi].adj && !s.men[mi].pronoun && !s.men[mi].id.empty() &&
          !s.men[mi].kind.empty() && !IsComplement(s, s.men[mi])) {
        std::vector<std::string> obj = own({IdOf(s, mi)});
        if (!obj.empty()) {
          *how = "act-relative";
          return obj;
        }
      }
    }
  }
  // "welcomed the measures taken by Brussels": the agent of the act.
  {
    int p = after;
    if (s.w[p].word && !s.w[p].upper_initial && MentionAt(s, p) < 0 &&
        StanceWordAt(s, p, "act_verb") == 0 && StanceWordAt(s, p, "act_taken") == 0)
      ++p;  // one adjective: "les mesures économiques prises par"
    int pl = StanceWordAt(s, p, "act_verb");
    if (pl == 0) pl = StanceWordAt(s, p, "act_taken");
    if (pl > 0) {
      if (std::vector<std::string> obj = own(ActTakenBy(s, p, pl)); !obj.empty()) {
        *how = "act-agent";
        return obj;
      }
    }
  }
  // s8crit: "the deployment of Russian troops", "l'envoi de soldats
  // rwandais": an act named by the troops it moves is their country's.
  if (type != "supports" && AnyHit(s, c_.troop) &&
      (Is(s, after, c_.prep_de) || Fold(s, after, "of"))) {
    int q = SkipDet(s, after + 1);
    const int am = MentionAt(s, q);  // English puts the nationality first
    if (am >= 0 && s.men[am].adj) q = s.men[am].e;
    if (const int tl = HitLen(s, q, c_.troop); tl > 0 && (am < 0 || s.men[am].adj)) {
      if (std::vector<std::string> obj = own(TroopNationality(s, q, tl)); !obj.empty()) {
        *how = "act-troops";
        return obj;
      }
    }
  }
  // A complement of its own ("la décision de X") is NP's: the act has an
  // author named elsewhere only without one.
  // "la fermeture de la frontière", "the closure of the crossing": a
  // complement naming no actor is the act's object, not its author.
  const bool object_complement = (Is(s, after, c_.prep_de) || Fold(s, after, "of")) &&
                                 NP(s, after + 1).empty() &&
                                 !Is(s, SkipDet(s, after + 1), c_.possessive);
  if ((Is(s, after, c_.prep_de) || Fold(s, after, "of") || Fold(s, after, "by") ||
       Fold(s, after, "par") || MentionAt(s, after) >= 0) &&
      !object_complement)
    return {};
  // "cette décision", "ces propos", "the measure": the author of the act
  // named last, in this sentence or the two before.
  const bool demonstrative = StanceWordAt(s, d, "demonstrative") > 0;
  // A military act ("ces frappes") has its own author: EventAuthor's.
  if (HitLen(s, a, c_.event) > 0) return {};
  // "la fermeture", "this expulsion": the act its verb told earlier in the
  // article (role=act_nominal), past the window of the last sentences.
  if (type == "criticizes" && (demonstrative || definite_article_at(d))) {
    // (Not RememberedActAuthor: a military act told since is no other
    // decision; only two authors of the noun told close together are.)
    if (std::vector<std::string> obj = own(NotOwnSide(s, subj, nominal_author(a))); !obj.empty()) {
      *how = "act-nominal";
      return obj;
    }
  }
  if (!demonstrative) {
    // "the decision", "la fermeture": a definite act of decision refers back
    // only when the last three sentences named one author of an act, and
    // only one.
    // "a dénoncé une décision « unilatérale »", "des mesures « injustifiées »",
    // "une décision prise sans débat", "une mesure qui ne résout rien",
    // "a salué une « décision souveraine »", "denounced an \"illegal\"
    // decision": news tells the decision just reported with an indefinite
    // article and a qualifier (a quoted label, a participle of taking, a
    // relative); a bare "une décision", "a decision to", names a new one.
    auto qualified_indefinite = [&]() {
      if (!(Fold(s, d, "un") || Fold(s, d, "une") || Fold(s, d, "des") || Fold(s, d, "a") ||
            Fold(s, d, "an")))
        return false;
      if (a > d + 1) return true;  // a quoted label before the noun
      int q = a + al;
      if (P(s, q, '<') || P(s, q, '"')) return true;
      if (Is(s, q, c_.qui) || Is(s, q, c_.que) || Fold(s, q, "that") || Fold(s, q, "which"))
        return true;
      return StanceWordAt(s, q, "act_taken") > 0 || StanceWordAt(s, q, "act_verb") > 0;
    };
    const bool definite = definite_article_at(d);
    if (StanceWordAt(s, a, "decision_noun") == 0 || !(definite || qualified_indefinite()))
      return {};
    std::vector<std::string> author;
    bool two = false;
    auto take = [&](const std::vector<std::string>& ids) {
      // (the coordinated subjects of one act are its authors together:
      // "Lithuania, Latvia and Estonia announced entry bans ... the move")
      if (!author.empty() && author != ids) two = true;
      author = ids;
    };
    // An indefinite one refers only to the sentence just before: an act
    // earlier in its own sentence ("Washington a suspendu ..., le département
    // d'État condamnant une décision") or two sentences back is often not
    // the decision meant.
    for (const auto& [sent, ids] : act_history_) {
      if (definite ? sent + 2 >= s.index : sent + 1 == s.index) take(ids);
    }
    for (const auto& [pos, ids] : acts_here_) {
      if (pos < te && definite) take(ids);
    }
    if (two) return {};
    std::vector<std::string> obj = own(NotOwnSide(s, subj, author));
    if (!obj.empty()) *how = "act-definite";
    return obj;
  }
  std::vector<std::string> author;
  for (const auto& [pos, ids] : acts_here_) {
    if (pos < te) author = ids;  // an act earlier in this sentence
  }
  if (author.empty() && !act_author_.empty() && s.index <= act_author_sent_ + 2)
    author = act_author_;
  std::vector<std::string> obj = own(NotOwnSide(s, subj, author));
  if (!obj.empty()) *how = "act-anaphor";
  return obj;
}

// "Belgium, which it accused of ...", "la France, que Bamako accuse de":
// an object relative on an actor, with its own subject before the verb.
bool Engine::ObjectRelative(const Sent& s, int vb, std::vector<std::string>* subj,
                            std::vector<std::string>* obj) const {
  int r = vb - 1;
  int sm = -1;
  bool pronoun = false;
  // "Tehran, which Riyadh and its allies accuse of": the named conjunct.
  // ("alliés" folds to "allies").
  if ((Fold(s, r, "allies") || Fold(s, r, "partners") || Fold(s, r, "partenaires")) &&
      Is(s, r - 1, c_.possessive) && Is(s, r - 2, c_.coord))
    r -= 3;
  // "qu'ils accusent": the French plural too (pron_subj holds the singular).
  if (Fold(s, r, "it") || Fold(s, r, "they") || Fold(s, r, "ils") || Fold(s, r, "elles") ||
      Is(s, r, c_.pron_subj)) {
    pronoun = true;
  } else if (int mi = MentionAt(s, r); mi >= 0 && !s.men[mi].adj && !s.men[mi].id.empty()) {
    sm = mi;
    r = s.men[mi].b;
    // "que le président Recep Tayyip Erdogan accuse": the title before the
    // name is the same subject (s8speech).
    for (const Men& m : s.men) {
      if (m.e == r && m.b < r && m.id == s.men[mi].id) r = m.b;
    }
    while (Is(s, r - 1, c_.det)) --r;
  } else {
    return false;
  }
  if (pronoun) --r;
  if (sm >= 0) --r;
  if (!(Fold(s, r, "which") || Fold(s, r, "whom") || Fold(s, r, "que") || Fold(s, r, "qu")))
    return false;
  int h = r - 1;
  if (!P(s, h, ',')) return false;  // "said that it accused": a conjunction
  --h;
  // "les diplomates de trois pays — l'Argentine, le Chili et le Pérou —,
  // qu'il accuse de": the actors listed between dashes are the head.
  std::vector<std::string> listed;
  if (const int close = h; P(s, close, '-')) {
    for (int c = close - 1; c >= 0 && c > close - 30; --c) {
      if (P(s, c, '.') || P(s, c, ';')) break;
      if (!P(s, c, '-')) continue;
      for (const Men& m : s.men) {
        if (m.b <= c || m.e > close || m.adj || m.pronoun || m.implied || m.id.empty() ||
            !IsPartyKind(m.kind))
          continue;
        if (std::find(listed.begin(), listed.end(), m.id) == listed.end()) listed.push_back(m.id);
        h = m.b;  // the head for the subject's search below
      }
      break;
    }
    if (listed.empty()) return false;
  }
  // "les FDS, dominées par les Kurdes, que X accuse": past a participle's
  // apposition with its agent, the head before it (s8speech); "James
  // Kabarebe, ministre rwandais de la Défense, qu'ils accusent": past a title.
  for (int c = h; listed.empty() && c >= 0 && c > h - 14; --c) {
    if (!P(s, c, ',')) continue;
    const int first = c + 1;
    bool agent = false;
    for (int q = first; q <= h; ++q) agent |= Fold(s, q, "par") || Fold(s, q, "by");
    const int role_at = Is(s, first, c_.det) ? first + 1 : first;  // "un général rwandais"
    const bool title = HitLen(s, role_at, c_.role) > 0 && !s.w[role_at].upper_initial &&
                       MentionAt(s, c - 1) >= 0 && s.men[MentionAt(s, c - 1)].kind == "person";
    if ((agent && c > h - 8 && s.w[first].word && !s.w[first].upper_initial &&
         MentionAt(s, first) < 0 && !Is(s, first, c_.det) && !Is(s, first, c_.qui) &&
         !Is(s, first, c_.que)) ||
        title)
      h = c - 1;
    break;
  }
  int hm = MentionAt(s, h);
  if (hm < 0 || s.men[hm].adj || s.men[hm].pronoun || s.men[hm].id.empty()) return false;
  std::vector<std::string> who;
  if (sm >= 0) {
    who = {IdOf(s, sm)};
  } else {
    // "la CIJ a annoncé que le Soudan avait déposé une requête contre les
    // Émirats, qu'il accuse de ...": the pronoun is the subject of the
    // clause the head belongs to, after its "que"/"that".
    for (int k = s.men[hm].b - 1; k >= 0 && who.empty(); --k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      if (!Is(s, k, c_.que)) continue;
      for (const Men& m : s.men) {
        if (m.b <= k || m.b >= s.men[hm].b) continue;
        if (m.adj || m.pronoun || m.implied || m.id.empty() || IsComplement(s, m)) continue;
        who = {m.id};
        break;
      }
      break;
    }
    if (who.empty()) who = MainSubject(s, s.men[hm].b);
  }
  if (who.empty()) return false;
  *subj = who;
  // "la Pologne et la Lituanie, qu'il accuse de", "the United States, Britain
  // and the EU, which it accuses of": the relative's head is the whole list.
  if (listed.empty()) {
    for (const std::string& id : Expand(s, hm, -1)) {
      if (std::find(who.begin(), who.end(), id) == who.end()) listed.push_back(id);
    }
    if (listed.empty()) return false;
  }
  *obj = listed;
  return true;
}

// Finds the authors of the acts the sentence reports ("Paris avait donné
// son accord", "the Treasury imposed sanctions"): the subject of a verb of
// decision or action. A later "cette décision" refers to it; call before the
// sentence's relations, and CommitActAuthors after them.
void Engine::RecordActAuthors(Sent& s) {
  acts_here_.clear();
  const int n = static_cast<int>(s.w.size());
  if (!AnyHit(s, c_.stance_word)) return;  // no act verb: nothing below fires
  size_t next_stance = 0;
  for (int i = 0; i < n; ++i) {
    if ((i = NextAt(s.stance_word_at, &next_stance, i, n)) >= n) break;
    // Both roles below are stance words: most words are none (one test).
    if (WordHitLen(s, i, c_.stance_word) == 0) continue;
    // An act noun ("la décision") is no verb: skip its role lookup.
    if (WordHitLen(s, i, c_.act) > 0) continue;
    const int verb_len = StanceWordAt(s, i, "act_verb");
    // "taken", "prises" only right after an act noun (a cheap class test first).
    const int len = verb_len > 0 ? verb_len
                    : (HitLen(s, i - 1, c_.act) > 0 || HitLen(s, i - 2, c_.act) > 0)
                        ? StanceWordAt(s, i, "act_taken")
                        : 0;
    if (len == 0) continue;
    if (std::vector<std::string> agent = ActTakenBy(s, i, len); !agent.empty()) {
      acts_here_.emplace_back(i, agent);
      if (tracing_) Log(s, "  act author: " + agent.front() + (agent.size() > 1 ? ", ..." : ""));
      i += len - 1;
      continue;
    }
    if (verb_len == 0 || Is(s, i - 1, c_.det)) continue;
    const int vb = VerbGroupStart(s, i);
    bool passive = false;
    for (int k = vb; k < i; ++k) passive |= Is(s, k, c_.etre);
    if (passive || !Blocked(s, vb, i + len, Form::kOther).empty()) continue;
    std::string how;
    std::vector<std::string> author = Subject(s, i, &how);
    std::vector<std::string> kept;
    for (const std::string& id : author) {
      std::string kind;
      for (const Men& m : s.men) {
        if (IdOf(s, static_cast<int>(&m - s.men.data())) == id) kind = m.kind;
      }
      if (const Actor* act = r_.dict.Find(id)) kind = act->kind;
      // "Les rebelles ont annoncé une trêve": a group decides and acts too.
      if (kind == "country" || kind == "organization" || kind == "person" || kind == "location" ||
          kind == "group")
        kept.push_back(id);
    }
    if (kept.empty()) continue;
    acts_here_.emplace_back(i, kept);
    // "a fermé sa frontière" names "la fermeture" for the act noun window
    // (role=act_nominal noun=...): a later "la fermeture" is this act.
    if (StanceWordAt(s, i, "act_nominal") > 0) {
      for (const auto& [entry, form] : StanceHit(s, i).entries) {
        const auto& en = r_.lex.entry(entry);
        if (en.Get("role") != "act_nominal") continue;
        const std::string& key = en.Get("noun");
        if (ActNounMemory* m = FindActNoun(key); m == nullptr) {
          act_nouns_.push_back({key, kept, s.index, s.index, false});
        } else if (m->recorded != s.index || m->author != kept) {  // (a sentence read twice)
          m->Retell(kept, s.index);
        }
      }
    }
    if (tracing_) {
      std::string list;
      for (const std::string& id : kept) list += (list.empty() ? "" : ", ") + id;
      Log(s, "  act author: " + list);
    }
    i += len - 1;
  }
}

// "les mesures prises par la Cédéao", "the steps taken by Azerbaijan",
// "les sanctions imposées par l'UE": an act noun right before the
// participle at p (length len), whose agent follows. Returns the agent
// (countries, organizations, persons), or nothing.
std::vector<std::string> Engine::ActTakenBy(const Sent& s, int p, int len) const {
  if (!(Fold(s, p + len, "par") || Fold(s, p + len, "by"))) return {};
  // The act noun ends right before, or one plain adjective before
  // ("les mesures économiques prises par").
  bool act = false;
  for (int j = std::max(0, p - 3); j < p && !act; ++j) {
    const int al = HitLen(s, j, c_.act);
    act = al > 0 && (j + al == p || (j + al == p - 1 && s.w[p - 1].word &&
                                     !s.w[p - 1].upper_initial && MentionAt(s, p - 1) < 0));
  }
  if (!act) return {};
  std::vector<std::string> kept;
  for (const std::string& id : NP(s, p + len + 1)) {
    const std::string kind = KindOf(s, id);
    if (IsPartyKind(kind)) kept.push_back(id);
  }
  return kept;
}

// The sentence's last act author is the referent of the next sentences'
// anaphors; every act author of the last three sentences is kept for a
// definite "the decision".
void Engine::CommitActAuthors(const Sent& s) {
  while (!act_history_.empty() && act_history_.front().first + 2 < s.index)
    act_history_.erase(act_history_.begin());
  if (acts_here_.empty()) return;
  act_author_ = acts_here_.back().second;
  act_author_sent_ = s.index;
  for (const auto& [pos, ids] : acts_here_) act_history_.emplace_back(s.index, ids);
  acts_here_.clear();
}

// Arms deliveries are support: "Paris avait donné son accord à la livraison
// d'équipements militaires à l'Arménie", "Patriot systems would be
// delivered to Ukraine", "the transfer of F-16 jets from Denmark". The
// recipient must be named (or have been named in the sentence before);
// allegations, denials, negations and hypotheses give nothing.
void Engine::ArmsRule(Sent& s) {
  if (!AnyHit(s, c_.stance_word)) return;  // no weapon word: nothing below fires
  const int n = static_cast<int>(s.w.size());
  auto kind_of = [&](const std::string& id) {
    if (const Actor* a = r_.dict.Find(id)) return a->kind;
    for (const Men& m : s.men) {
      if (m.id == id) return m.kind.str();
    }
    return std::string();
  };
  size_t next_stance = 0;
  for (int i = 0; i < n; ++i) {
    if ((i = NextAt(s.stance_word_at, &next_stance, i, n)) >= n) break;
    if (WordHitLen(s, i, c_.stance_word) == 0) continue;  // no weapon word (most words)
    if (WordHitLen(s, i, c_.act) > 0) continue;           // an act noun is no weapon
    const int wl = StanceWordAt(s, i, "weapon");
    if (wl == 0) continue;
    // The delivery word nearest the weapon, in the same clause.
    int cue = -1, cl = 0;
    for (int d = 1; d <= 8 && cue < 0; ++d) {
      for (int c : {i - d, i + wl - 1 + d}) {
        if (c < 0 || c >= n || cue >= 0) continue;
        bool crossed = false;
        for (int q = std::min(c, i); q < std::max(c, i); ++q)
          crossed |= P(s, q, '.') || P(s, q, ';');
        if (crossed) continue;
        if (int l = StanceWordAt(s, c, "delivery"); l > 0) {
          cue = c;
          cl = l;
        }
      }
    }
    if (cue < 0) continue;
    const int vb = VerbGroupStart(s, cue);
    // "announced that ... would be delivered": a future reported by the
    // one who decided it, not a hypothesis.
    bool reported = false;
    for (int k = vb - 1; k > 0 && k >= vb - 25 && !reported; --k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      if (!(Fold(s, k, "that") || Fold(s, k, "que") || Fold(s, k, "qu"))) continue;
      for (int v = k - 1; v >= 0 && v >= k - 15 && !reported; --v) {
        if (P(s, v, '.') || P(s, v, ';')) break;
        reported = Is(s, v, c_.order_verb) || HitLen(s, v, c_.speech) > 0 ||
                   StanceWordAt(s, v, "act_verb") > 0;
      }
      break;
    }
    bool modal_only = false;
    for (int k = vb; k < cue; ++k) modal_only |= Is(s, k, c_.modal);
    Form form = Form::kOther;
    if (std::string why = Blocked(s, vb, cue + cl, form);
        !why.empty() && !(reported && modal_only && why.rfind("hypothetical", 0) == 0)) {
      if (tracing_) Log(s, "  blocked supports:arms: " + why);
      continue;
    }
    if (std::string why = NounBlocked(s, std::min(cue, i)); !why.empty()) {
      if (tracing_) Log(s, "  blocked supports:arms: " + why);
      continue;
    }
    // "accusé ... de livrer des armes", "a démenti toute livraison": an
    // allegation or a denial earlier in the sentence.
    bool alleged = false;
    for (int k = std::min(cue, i) - 1; k >= 0 && k >= std::min(cue, i) - 20; --k) {
      if (P(s, k, '.') || P(s, k, ';')) break;
      alleged |= Is(s, k, c_.deny) || HitLen(s, k, c_.deny) > 0;
      for (const auto& [entry, f] : LexAt(s, k, c_.trigger).entries)
        alleged |= r_.lex.entry(entry).Get("type") == "accuses";
      alleged |= Is(s, k, c_.neg_ne) || Is(s, k, c_.neg_en) || Is(s, k, c_.hypo_if) ||
                 (Is(s, k, c_.modal) && !(reported && k >= vb));
    }
    if (alleged) {
      if (tracing_) Log(s, "  blocked supports:arms: allegation, denial or negation");
      continue;
    }
    const int from = std::max(cue + cl, i + wl);
    // The recipient: "à l'Arménie", "to Ukraine".
    std::vector<std::string> recipient;
    for (int k = std::min(cue, i); k < std::min(n, from + 12) && recipient.empty(); ++k) {
      if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.que) || Is(s, k, c_.qui)) break;
      if (!(Fold(s, k, "to") || Fold(s, k, "a") || Fold(s, k, "au") || Fold(s, k, "aux"))) continue;
      if (s.w[k].upper_initial) continue;
      if (Fold(s, k - 1, "according")) break;  // "according to a UN panel": a source
      for (const std::string& id : NP(s, k + 1, 0, false)) {
        const std::string kind = kind_of(id);
        // s8support: "the supply of weapons to Haftar": a warlord or a
        // leader armed in person.
        if (kind == "country" || kind == "organization" || kind == "person")
          recipient.push_back(id);
      }
    }
    if (recipient.empty() && !arms_recipient_.empty() && s.index == arms_recipient_sent_ + 1)
      recipient = arms_recipient_;
    if (recipient.empty()) continue;
    // The supplier: "from Denmark", the delivering verb's subject, else the
    // clause's subject with its partners ("announced with Germany ...").
    std::vector<std::string> supplier;
    for (int k = i + wl; k < std::min(n, i + wl + 3) && supplier.empty(); ++k) {
      if (Fold(s, k, "from")) supplier = NP(s, k + 1, 0, false);
    }
    // "des livraisons d'armes émiraties aux FSR", "Iranian drones sent to
    // Russia": the nationality of the weapons supplies them, not the one
    // who reports the delivery.
    if (std::string adj; supplier.empty()) {
      // (French adjectives after the noun in lower case, English ones before it)
      if (i + wl < n && !s.w[i + wl].upper_initial && CountryAdjectiveAt(s, i + wl, &adj) > 0) {
        supplier = {adj};
      } else if (i > 0 && s.w[i - 1].upper_initial && CountryAdjectiveAt(s, i - 1, &adj) == 1) {
        supplier = {adj};
      }
    }
    bool passive = false;
    for (int k = vb; k < cue; ++k) passive |= Is(s, k, c_.etre);
    if (supplier.empty() && passive) supplier = Agent(s, cue + cl, 6);
    if (supplier.empty()) {
      std::string how;
      supplier = passive ? MainSubject(s, vb) : Subject(s, std::min(cue, i), &how);
      if (!supplier.empty()) {
        // "announced with Germany, the Netherlands and Italy that ...".
        for (int k = 0; k < std::min(cue, i); ++k) {
          if ((Fold(s, k, "with") || Fold(s, k, "avec")) && MentionAt(s, k - 1) < 0) {
            for (const std::string& id : NP(s, k + 1, 0, false)) supplier.push_back(id);
            break;
          }
        }
      }
    }
    std::vector<std::string> kept;
    for (const std::string& id : supplier) {
      const std::string kind = kind_of(id);
      if ((kind == "country" || kind == "organization" || kind == "person") &&
          std::find(recipient.begin(), recipient.end(), id) == recipient.end())
        kept.push_back(id);
    }
    if (kept.empty()) continue;
    arms_recipient_ = recipient;
    arms_recipient_sent_ = s.index;
    Emit(s, kept, "supports", recipient, "supports:arms", 0.7);
    i = std::max(i, from);
  }
}

}  // namespace kzgraph::extract::internal
