// Mentions: discovery of unknown organizations and persons, and the per-sentence
// mention scan.
#include <algorithm>
#include <cctype>
#include <set>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// "Outgoing Nordic Council chairman X", "Former Baltic Assembly head Y",
// "Ex-Arctic Council envoy Z", "Ancien Conseil ...": a capitalised word that
// qualifies the holder's title (time of office, not part of any name) opening
// a run of names. Such a word starts no name no dictionary knows; the name
// starts after it. "New", "Interim", "Nouveau/Nouvelle", "Intérim" also open
// names ("New Democratic Party", "Interim Government"): only before an
// acronym the dictionary knows ("New NATO chief X").
// (stance_word role=holder_time and holder_time_known_only,
// words_discovery_person_cues.tsv)
static bool HolderTimeModifier(const Resources& r, const Sent& s, int i, bool* before_known_only) {
  const uint32_t lists = r.WordLists(s.w[i].hash);
  *before_known_only = (lists & kHolderTimeKnownOnly) != 0;
  return (lists & (kHolderTimeKnownOnly | kHolderTimeModifier)) != 0;
}

// "(TPLF)" right after a name: the acronym's length in words (3 with the
// brackets), 0 if none. An acronym the dictionary knows is not new.
int Engine::AcronymAfter(const Sent& s, int e) const {
  if (!P(s, e, '(') || e + 2 >= static_cast<int>(s.w.size())) return 0;
  const Word& a = s.w[e + 1];
  // "(Minusca)": a known organization's acronym may be written as a word.
  if (!a.word || (!a.all_caps && !DictOrgAt(s, e + 1)) || a.fold.size() < 2 || a.fold.size() > 8)
    return 0;
  int k = e + 2;  // "(PNDS-Tarayya)", "(CSP-PSD)"
  while (k < e + 5 && k < static_cast<int>(s.w.size()) && s.w[k].hyphen_before && s.w[k].word) ++k;
  return P(s, k, ')') ? k + 1 - e : 0;
}

// "Volontaires pour la défense de la patrie (VDP)", "Front pour
// l'alternance et la concorde au Tchad (FACT)": plain words from a capital up
// to a bracketed acronym made of their initials, in order. The name's end
// (the bracket), 0 if none. The initials keep a person ("Jean Diallo (PDS)")
// or a sentence's first word ("Hier, ...") out.
int Engine::AcronymDefinedName(const Sent& s, int i) const {
  const int n = static_cast<int>(s.w.size());
  if (!s.has_bracket) return 0;
  if (!s.w[i].upper_initial || s.w[i].all_caps || Is(s, i, c_.det) || Is(s, i, c_.prep) ||
      Is(s, i, c_.prep_de) || Is(s, i, c_.not_name))
    return 0;
  // Words only, up to a bracket: most capitalised words meet a comma or a
  // full stop first, and this costs one test per word.
  int j = i;
  while (j < n && j - i < 14 && s.w[j].word) ++j;
  if (j - i < 2 || !P(s, j, '(') || AcronymAfter(s, j) == 0) return 0;
  for (int k = i; k < j; ++k) {
    // "à" folds like the auxiliary "a": "Mission d'appui à la sécurité"
    const bool a_grave = s.w[k].span.end - s.w[k].span.begin == 2 &&
                         x_->article.text.compare(s.w[k].span.begin, 2, "\u00E0") == 0;
    // "Front de défense de l'Est (FDE)": a capitalised "Est" is a name, not "est".
    if (Is(s, k, c_.qui) || Is(s, k, c_.que) ||
        (Is(s, k, c_.aux) && !a_grave && !(k > i && s.w[k].upper_initial)) ||
        HitLen(s, k, c_.speech) > 0)
      return 0;
  }
  const Word& a = s.w[j + 1];
  if (!a.all_caps || Is(s, j + 1, c_.common_acronym)) return 0;
  // "(RDC)": a state's acronym closes its own name, not a new body's.
  for (int p : DictAt(s, j + 1).payloads) {
    if (r_.dict.actors()[r_.dict.name(p).actor].kind != "organization") return 0;
  }
  const std::string& acr = a.fold;
  if (acr[0] != s.w[i].fold[0]) return 0;
  size_t matched = 0;
  for (int k = i; k < j && matched < acr.size(); ++k) {
    if (s.w[k].fold[0] == acr[matched]) ++matched;
  }
  // "Volunteers for the Defence of the Homeland (VDP)": an English name may
  // keep the French acronym, one letter off.
  const bool english_name = x_->article.lang == "en" && acr.size() >= 3;
  return matched == acr.size() || (english_name && matched + 1 == acr.size()) ? j : 0;
}

// "le Gouvernement d'union nationale (GNU)" where the dictionary's body of
// that name is the GNA: a dictionary organization's whole name [i, end),
// then a bracketed acronym that is not its acronym nor any known name,
// is another body, the one the text names by that acronym.
bool Engine::OtherBodysAcronym(const Sent& s, int i, int end, int dict_len) const {
  if (end - i != dict_len || !s.w[end + 1].all_caps || DictAt(s, end + 1).length > 0 ||
      AcronymAfter(s, end) == 0)
    return false;
  // The dictionary's body goes by an acronym (its id, "GNA") other than the text's.
  for (int p : DictAt(s, i).payloads) {
    const Actor& a = r_.dict.actors()[r_.dict.name(p).actor];
    if (a.kind != "organization" || a.id.size() < 2 || a.id.size() > 8) continue;
    bool caps = true;
    for (char c : a.id) caps &= (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (caps && FoldWord(a.id) != s.w[end + 1].fold) return true;
  }
  return false;
}

// "l'ONG Balai citoyen", "the rights group Justice Plus", "le mouvement
// M62", "le parti Les Transformateurs", "le groupe armé Zaïre": a class noun
// (words.tsv org_intro), maybe with one plain adjective, then a name no
// dictionary knows. The name's end, 0 if none.
int Engine::IntroNounBefore(const Sent& s, int i, bool* quoted) const {
  if (!AnyHit(s, c_.org_intro) || i < 2) return -1;
  bool near = false;  // a class noun among the four words before: one read each
  for (int k = std::max(0, i - 4); k < i && !near; ++k) near = HitLen(s, k, c_.org_intro) > 0;
  if (!near) return -1;
  int k = i - 1;
  *quoted = false;
  if (P(s, k, '<') || P(s, k, '"')) {  // "l'ONG « Tournons la page »"
    *quoted = true;
    --k;
  }
  // One plain adjective between: "le groupe armé", "l'ONG française".
  auto intro_end = [&](int end) {
    for (int b = end - 1; b >= 0 && b >= end - 2; --b) {
      if (HitLen(s, b, c_.org_intro) == end - b) return b;
    }
    return -1;
  };
  int b = intro_end(k + 1);
  auto plain = [&](int q) {
    return q > 1 && s.w[q].word && !s.w[q].upper_initial && !Is(s, q, c_.det) &&
           !Is(s, q, c_.prep) && !Is(s, q, c_.prep_de) && !Is(s, q, c_.aux) &&
           HitLen(s, q, c_.role) == 0 && HitLen(s, q, c_.speech) == 0 &&
           HitLen(s, q, c_.trigger) == 0 && !IsPersonNoun(s, q);
  };
  if (b < 0 && plain(k)) b = intro_end(k);
  // "la coalition de gangs Viv Ansanm", "le collectif d'avocats X": what the
  // body gathers between.
  if (b < 0 && plain(k) && (Fold(s, k - 1, "de") || Fold(s, k - 1, "d")) && !DictAt(s, k).length)
    b = intro_end(k - 1);
  if (b < 1) return -1;
  // The class noun heads a common noun phrase ("the rights group", "l'ONG"),
  // not the end of a name ("the Wagner Group X").
  if (s.w[b].upper_initial && !s.w[b].all_caps) return -1;
  if (!(Is(s, b - 1, c_.det) || (s.w[b - 1].word && !s.w[b - 1].upper_initial))) return -1;
  return b;
}

int Engine::IntroducedName(const Sent& s, int i, int* intro) const {
  bool quoted = false;
  const int b = IntroNounBefore(s, i, &quoted);
  if (b < 0) return 0;
  const int n = static_cast<int>(s.w.size());
  *intro = b;
  int e = i;
  if (quoted) {
    while (e < n && e - i < 7 && s.w[e].word) ++e;
    return e > i && (P(s, e, '>') || P(s, e, '"')) ? e : 0;
  }
  // "le parti Les Transformateurs": a capitalised article opens the name.
  if (Is(s, e, c_.det) && IsNameWord(s, e + 1)) ++e;
  int r = NameRun(s, e);
  if (r == 0 && s.w[e].upper_initial && s.w[e].word && !Is(s, e, c_.not_name) &&
      !Is(s, e, c_.common_acronym) &&
      (s.w[e].all_caps || s.w[e].fold.find_first_of("0123456789") != std::string::npos))
    r = 1;  // "M62", "CODECO"
  if (r == 0) return 0;
  e += r;
  for (int k2 = i; k2 < e; ++k2) {
    if (HitLen(s, k2, c_.role) > 0 || HitLen(s, k2, c_.rank) > 0 || Is(s, k2, c_.honorific))
      return 0;
  }
  if (DictAt(s, i).length >= e - i) return 0;  // "le groupe Wagner": the dictionary's
  // French names go on in lower case up to the verb or the clause's end:
  // "Balai citoyen a accusé", "Yerewolo Debout sur les remparts, qui".
  // (In a text of unknown language, only after a French class noun.)
  const bool french =
      x_->article.lang == "fr" ||
      (x_->article.lang.empty() &&
       (Fold(s, b, "ong") || Fold(s, b, "groupe") || Fold(s, b, "mouvement") ||
        Fold(s, b, "parti") || Fold(s, b, "collectif") || Fold(s, b, "plateforme") ||
        Fold(s, b, "milice") || Fold(s, b, "syndicat") || Fold(s, b, "organisation")));
  // Company names are capitalised: "la compagnie gazière X jusqu'en
  // janvier" ends at X (words.tsv org_intro lower_tail=0).
  const Lexicon::Hit intro_hit = LexAt(s, b, c_.org_intro);
  if (french && intro_hit.length > 0 &&
      r_.lex.entry(intro_hit.entries[0].first).Get("lower_tail") == "0")
    return e;
  if (french) {
    int q = e;
    while (q < n && q - e < 4 && s.w[q].word && !s.w[q].upper_initial && !Is(s, q, c_.aux) &&
           !Is(s, q, c_.qui) && !Is(s, q, c_.que) && !Is(s, q, c_.coord) &&
           !(Is(s, q, c_.clitic) && !Is(s, q, c_.det) && !Is(s, q, c_.prep)) &&
           !Is(s, q, c_.neg_ne) && !IsAdverb(s, q) && HitLen(s, q, c_.trigger) == 0 &&
           HitLen(s, q, c_.speech) == 0 && !DigitWordAt(s, q))
      ++q;
    for (; q > e; --q) {
      const bool open_end =
          Is(s, q - 1, c_.det) || Is(s, q - 1, c_.prep) || Is(s, q - 1, c_.prep_de);
      const bool closed = q >= n || P(s, q, ',') || P(s, q, '.') || P(s, q, '>') || P(s, q, ')') ||
                          Is(s, q, c_.aux) || Is(s, q, c_.neg_ne) || HitLen(s, q, c_.trigger) > 0 ||
                          HitLen(s, q, c_.speech) > 0;
      if (!open_end && closed) break;
    }
    e = q;
  }
  return e;
}

// "Emergency Lawyers, a rights group, said", "Wakit Tama, une coalition de
// partis": a name no dictionary knows, then a comma and an indefinite or
// definite class noun (words.tsv org_intro) after at most three plain
// words; not "X, a party member" nor "X, le chef du parti". The name's end,
// 0 if none.
int Engine::AppositionOrgName(const Sent& s, int i, int r) const {
  const int n = static_cast<int>(s.w.size());
  if (r == 0 || !AnyHit(s, c_.org_intro)) return 0;
  const int e = i + r;
  if (!P(s, e, ',') || e + 2 >= n) return 0;
  int k = e + 1;
  if (!(Fold(s, k, "a") || Fold(s, k, "an") || Fold(s, k, "un") || Fold(s, k, "une") ||
        Fold(s, k, "the") || Fold(s, k, "le") || Fold(s, k, "la") || Fold(s, k, "l")))
    return 0;
  ++k;
  for (int words = 0; k < n && words <= 3; ++words, ++k) {
    if (int il = HitLen(s, k, c_.org_intro); il > 0) {
      const int after = k + il;
      if (s.w[k + il - 1].elided) return 0;  // "the group's founder"
      if (after >= n || !s.w[after].word) return e;
      if (HitLen(s, after, c_.role) > 0 || HitLen(s, after, c_.rank) > 0 || IsPersonNoun(s, after))
        return 0;  // "a party member", "a rebel group commander", "a party figure"
      // The class noun ends its phrase: a preposition, a relative, a verb, a
      // participle or an adjective follows ("a rights group based in", "une
      // ONG locale"), not another noun ("a party veteran", "a group leader").
      const std::string& f = s.w[after].fold;
      auto ends = [&](const char* x) {
        const size_t l = std::char_traits<char>::length(x);
        return f.size() > l + 2 && f.compare(f.size() - l, l, x) == 0;
      };
      std::string adj;
      if (Is(s, after, c_.prep) || Is(s, after, c_.prep_de) || Is(s, after, c_.qui) ||
          Is(s, after, c_.que) || Is(s, after, c_.coord) || Is(s, after, c_.aux) ||
          Is(s, after, c_.det) || IsAdverb(s, after) || LooksAdjective(s, after) ||
          CountryAdjectiveAt(s, after, &adj) > 0 || ends("ed") || ends("ing") || ends("e") ||
          ends("es") || f == "active" || f == "actif" || f == "loyal" || f == "close")
        return e;
      return 0;
    }
    if (!s.w[k].word || s.w[k].upper_initial || Is(s, k, c_.det) || Is(s, k, c_.prep) ||
        Is(s, k, c_.prep_de) || Is(s, k, c_.aux) || HitLen(s, k, c_.role) > 0 ||
        HitLen(s, k, c_.rank) > 0 || IsPersonNoun(s, k))
      return 0;
  }
  return 0;
}

// Organizations no dictionary knows: a capitalised run ending with an
// English head word ("Lima Group", "OSCE Minsk Group", "Sovereign Council"),
// a capitalised French head with its complement ("Conseil de coordination",
// "Front de libération du peuple du Tigré"), or any capitalised name followed
// by a new acronym in brackets ("(EHRC)"). The longest reading wins over a
// dictionary name inside it ("Minsk" is Belarus, "Minsk Group" is not).
bool Engine::IsPersonNoun(const Sent& s, int i) const {
  if (i < 0 || i >= static_cast<int>(s.w.size()) || !s.w[i].word) return false;
  // stance_word role=person_noun (words_discovery_person_cues.tsv)
  return (r_.WordLists(s.w[i].hash) & kPersonNoun) != 0;
}

bool Engine::DictOrgAt(const Sent& s, int i) const {
  for (int p : DictAt(s, i).payloads) {
    // "pour la libération du peuple" is no mention of the daily Libération.
    const NameInfo& n = r_.dict.name(p);
    if (r_.dict.actors()[n.actor].kind == "organization" &&
        (s.w[i].upper_initial || !n.needs_capital))
      return true;
  }
  return false;
}

bool Engine::LooksAdjective(const Sent& s, int i) const {
  if (i < 0 || i >= static_cast<int>(s.w.size())) return false;
  const Word& w = s.w[i];
  if (!w.word || w.upper_initial || Is(s, i, c_.det) || Is(s, i, c_.prep_de) || Is(s, i, c_.prep) ||
      Is(s, i, c_.aux) || Is(s, i, c_.qui) || Is(s, i, c_.que) || Is(s, i, c_.coord) ||
      HitLen(s, i, c_.trigger) > 0 || HitLen(s, i, c_.speech) > 0)
    return false;
  static const char* const kEndings[] = {"ique", "iques", "enne", "ennes", "ien",  "iens",
                                         "ale",  "ales",  "aire", "aires", "elle", "elles",
                                         "ive",  "ives",  "oise", "aise",  "al"};
  const std::string& f = w.fold;
  for (const char* e : kEndings) {
    const size_t n = std::char_traits<char>::length(e);
    if (f.size() > n + 2 && f.compare(f.size() - n, n, e) == 0) return true;
  }
  return false;
}

// "la Cour pourra", "le Conseil devrait", "la Commission peut": a future,
// conditional or modal form, which no body's name holds.
bool Engine::FrenchFiniteVerbAfterName(const Sent& s, int j) const {
  const std::string& f = s.w[j].fold;
  auto ends = [&](const char* x) {
    const size_t k = __builtin_strlen(x);
    return f.size() > k + 2 && f.compare(f.size() - k, k, x) == 0;
  };
  return ends("ra") || ends("ront") || ends("rait") || ends("raient") || Is(s, j, c_.modal) ||
         Fold(s, j, "peut") || Fold(s, j, "peuvent") || Fold(s, j, "doit") ||
         Fold(s, j, "doivent") || Fold(s, j, "va") || Fold(s, j, "vont");
}

bool Engine::TryDiscoverOrg(Sent& s, int i, int* next) {
  if (s.shouting || !s.w[i].upper_initial || s.w[i].all_caps && s.w[i].fold.size() < 2)
    return false;
  const int n = static_cast<int>(s.w.size());
  if (i + 1 < n && s.w[i].word && !s.w[i].all_caps && (IsNameWord(s, i + 1) || s.w[i + 1].all_caps)) {
    bool known_only = false;
    if (HolderTimeModifier(r_, s, i, &known_only) &&
        (!known_only ||
         (s.w[i + 1].all_caps && DictAt(s, i + 1).length > 0 && DictPersonAt(s, i + 1) == 0)))
      return false;
  }
  // "l'université de Strasbourg", "l'université d'Alger 3", "the university
  // of Lomé": a lower-case university head, then "de"/"of" and a capitalised
  // place or name, is that university (not the place).
  if (i >= 2 && (Fold(s, i - 1, "de") || Fold(s, i - 1, "d") || Fold(s, i - 1, "of")) &&
      s.w[i - 2].word && !s.w[i - 2].upper_initial &&
      (Fold(s, i - 2, "universite") || Fold(s, i - 2, "university"))) {
    int e = i + std::max(NameRun(s, i), static_cast<int>(DictAt(s, i).length));
    if (e > i && DictPersonAt(s, i) == 0) {
      // with its number: "Alger 3", "Yaoundé II"
      if (e < n && s.w[e].word && !s.w[e].hyphen_before &&
          (std::isdigit(static_cast<unsigned char>(s.w[e].fold[0])) ||
           (s.w[e].all_caps && s.w[e].fold.find_first_not_of("ivx") == std::string::npos)))
        ++e;
      std::string id = Surface(s, i - 2, i - 1);
      id[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(id[0])));
      Men m;
      m.b = i - 2;
      m.e = e;
      m.id = id + " " + Surface(s, i - 1, e);
      m.kind = "organization";
      m.rule = "discover:organization";
      AddMention(s, std::move(m));
      *next = e;
      return true;
    }
  }
  const int dict_len = DictAt(s, i).length;
  int end = 0;  // exclusive end of the name
  // English: capitalised words (and "of", "for", "the", "and" between them) up to a head word.
  {
    int j = i, last_head = 0;
    while (j < n && j - i < 8) {
      // "Istanbul-based Syrian ...", "Russian-led ...": a compound modifier
      // is not part of the name that follows it.
      if (j > i && s.w[j].hyphen_before && s.w[j].word && !s.w[j].upper_initial &&
          IsNameWord(s, j + 1))
        break;
      // "Sudan People's Liberation Army": a possessive inside the name (not
      // a known actor's: "Kenya's Defence Forces" is Kenya's).
      if (j > i && Fold(s, j, "s") && s.w[j - 1].elided && IsNameWord(s, j + 1) &&
          DictAt(s, j - 1).length == 0) {
        ++j;
        continue;
      }
      // "the Organization of Islamic Cooperation Hissein Brahim Taha": a
      // known person's name ends the body's.
      if (j > i && s.dict[j].length > 0 && DictPersonAt(s, j) > 0) break;
      if (IsNameWord(s, j) || (s.w[j].all_caps && s.w[j].word && !Is(s, j, c_.not_name)) ||
          (j > i && s.w[j].hyphen_before && s.w[j].word)) {
        if (HitLen(s, j, c_.org_head_en) > 0 && s.w[j].upper_initial) last_head = j + 1;
        ++j;
        continue;
      }
      // "Committee to Protect Journalists"
      if (j > i &&
          (Fold(s, j, "of") || Fold(s, j, "for") || Fold(s, j, "and") || Fold(s, j, "to")) &&
          IsNameWord(s, j + 1)) {
        ++j;
        continue;
      }
      break;
    }
    // "Bureau for Human Rights": a complement of the head ends the name.
    if (last_head - i >= 2)
      end = AcronymAfter(s, j) > 0 || Fold(s, last_head, "for") || Fold(s, last_head, "of") ||
                    Fold(s, last_head, "to")
                ? j
                : last_head;
    // "the Centre for Eurasian Strategic Analysis": a head alone, then its
    // capitalised complement.
    // Also after a plain adjective: "the civilian Forces of Freedom and Change".
    const bool after_the = Fold(s, i - 1, "the") ||
                           (Fold(s, i - 2, "the") && s.w[i - 1].word && !s.w[i - 1].upper_initial);
    // "the Collective Against Impunity and Stigmatization": a capitalised
    // preposition of a title-case name.
    if (last_head == i + 1 && after_the && j > last_head + 1 &&
        (Fold(s, last_head, "for") || Fold(s, last_head, "of") || Fold(s, last_head, "to") ||
         (IsNameWord(s, last_head) && IsNameWord(s, last_head + 1) &&
          DictAt(s, last_head).length == 0)))
      end = j;
    // "Syrian Army", "Russian Forces": a nationality and a generic military
    // or state body is that country's, not a new name.
    std::string adj;
    if (end == i + 2 && CountryAdjectiveAt(s, i, &adj) == 1 &&
        (Fold(s, i + 1, "army") || Fold(s, i + 1, "forces") || Fold(s, i + 1, "military") ||
         Fold(s, i + 1, "guard") || Fold(s, i + 1, "administration") ||
         Fold(s, i + 1, "authorities") || Fold(s, i + 1, "authority")))
      end = 0;
    // "the U.S. Air Force", "the French Air Force": the country's air arm, as its army.
    // ("Air Force" alone, after "the U.S.": whose, the name before says).
    if (end == i + 2 && Fold(s, i, "air") && Fold(s, i + 1, "force")) end = 0;
    if (end > 0 && end == i + dict_len + 2 && Fold(s, end - 2, "air") &&
        Fold(s, end - 1, "force")) {
      for (int p : DictAt(s, i).payloads) {
        if (r_.dict.actors()[r_.dict.name(p).actor].kind == "country") end = 0;
      }
    }
  }
  // French: a capitalised head, then its complement up to a verb-like word.
  // "la Haute Cour du Kenya": a capitalised adjective before the head.
  const int head = Fold(s, i, "haute") || Fold(s, i, "haut") || Fold(s, i, "grande") ||
                           Fold(s, i, "grand") || Fold(s, i, "nouvelle") || Fold(s, i, "nouveau")
                       ? i + 1
                       : i;
  if (end == 0 && HitLen(s, head, c_.org_head_fr) == 1 && s.w[head].upper_initial &&
      !s.w[head].all_caps) {
    int j = head + 1, content = 0;
    std::string adj;
    // A research body's name goes on with its topic and region ("Centre
    // d'études sur les armées africaines", "Observatoire ... au Sahel").
    const bool topic_head =
        r_.lex.entry(LexAt(s, head, c_.org_head_fr).entries[0].first).Get("topic") == "1";
    while (j < n && j - i < (topic_head ? 12 : 9)) {
      if (Is(s, j, c_.prep_de) || Is(s, j, c_.det)) {
        ++j;
        continue;
      }
      // "Université Omar-Bongo", "Fondation Jean-Jaurès": a person's name
      // glued by hyphens names the body.
      if (topic_head && j == head + 1 && s.w[j].upper_initial && j + 1 < n &&
          s.w[j + 1].hyphen_before && s.w[j + 1].upper_initial) {
        while (j + 1 < n && s.w[j + 1].hyphen_before && s.w[j + 1].upper_initial) ++j;
        ++j;
        ++content;
        break;
      }
      if (topic_head && content > 0 &&
          (Fold(s, j, "sur") || Fold(s, j, "au") || Fold(s, j, "aux") || Fold(s, j, "en")) &&
          j + 1 < n && s.w[j + 1].word && !Is(s, j + 1, c_.aux) &&
          (!Is(s, j + 1, c_.clitic) || Is(s, j + 1, c_.det)) &&
          HitLen(s, j + 1, c_.trigger) == 0 && HitLen(s, j + 1, c_.speech) == 0 &&
          DictPersonAt(s, j + 1) == 0) {
        ++j;
        continue;
      }
      // "Union économique et monétaire ouest-africaine": "et" between two adjectives
      if (Is(s, j, c_.coord) && Fold(s, j, "et") && content > 0 && s.w[j + 1].word &&
          !s.w[j + 1].upper_initial && !Is(s, j + 1, c_.det) && !Is(s, j + 1, c_.prep_de)) {
        ++j;
        continue;
      }
      // "Ligue nationale pour la démocratie", "Union pour la République": a
      // purpose complement is part of the name.
      if (Fold(s, j, "pour") && Is(s, j + 1, c_.det) && j + 2 < n && s.w[j + 2].word &&
          HitLen(s, j + 2, c_.trigger) == 0 && !Is(s, j + 2, c_.aux)) {
        j += 3;  // the name ends with the purpose's noun and its adjectives
        ++content;
        // ("pour la transition démocratique", "pour la sécurité citoyenne")
        while (j < n && j - i < 12 && LooksAdjective(s, j)) ++j;
        // and its complements: "Comité pour la défense des droits de l'homme"
        while (j + 1 < n && j - i < 12 && Is(s, j, c_.prep_de) &&
               Surface(s, j, j + 1) != "d\u00E8s") {
          // with its article ("des droits", "de la femme"), not a charge ("de fraude")
          if (!Fold(s, j, "des") && !Fold(s, j, "du") && !Is(s, j + 1, c_.det)) break;
          const int q = SkipDet(s, j + 1);
          if (q >= n || !s.w[q].word || (s.w[q].upper_initial && !topic_head) ||
              Is(s, q, c_.aux) ||
              HitLen(s, q, c_.trigger) > 0 || HitLen(s, q, c_.speech) > 0 ||
              DictAt(s, q).length > 0 || IsAdverb(s, q) || s.w[q].fold[0] < 'a')
            break;
          j = q + 1;
          while (j < n && j - i < 12 && LooksAdjective(s, j)) ++j;
        }
        break;
      }
      // (a research body's topic is a noun after "de" or an article: "de
      // sécurité", "des conflits", not a verb)
      const bool topic_noun = topic_head && (Is(s, j - 1, c_.prep_de) || Is(s, j - 1, c_.det)) &&
                              !Is(s, j, c_.aux) && !LooksInfinitive(s, j);
      if (!s.w[j].word || Is(s, j, c_.qui) || Is(s, j, c_.que) || Is(s, j, c_.aux) ||
          Is(s, j, c_.coord) || Is(s, j, c_.prep) || (HitLen(s, j, c_.trigger) > 0 && !topic_noun) ||
          (s.dict[j].length > 0 && DictPersonAt(s, j) > 0) || HitLen(s, j, c_.speech) > 0 ||
          Is(s, j, c_.clitic) ||
          // "des forces de changement": a -ment word after "de" is a noun
          (IsAdverb(s, j) && !Is(s, j - 1, c_.prep_de) && !Is(s, j - 1, c_.det)))
        break;
      // "demandé au Conseil d'imposer des sanctions", "la Cour pourra": an
      // infinitive after "d'" and a verb right after the head end the name.
      if (!s.w[j].upper_initial && !Is(s, j, c_.clitic) &&
          (((Fold(s, j - 1, "d") || (Fold(s, j - 1, "de") && Is(s, j + 1, c_.det))) &&
            LooksInfinitive(s, j)) ||
           (j == head + 1 && FrenchFiniteVerbAfterName(s, j))))
        break;
      // a participle after the name starts its description: "chargé de"
      const std::string& f = s.w[j].fold;
      if (!s.w[j].upper_initial && f.size() > 3 && !topic_noun &&
          (f.compare(f.size() - 1, 1, "e") == 0 || f.compare(f.size() - 2, 2, "es") == 0) &&
          LooksParticiple(s, j, j + 1) && CountryAdjectiveAt(s, j, &adj) == 0)
        break;
      ++content;
      ++j;
    }
    while (j > head + 1 &&
           (Is(s, j - 1, c_.prep_de) || Is(s, j - 1, c_.det) || Is(s, j - 1, c_.coord) ||
            (topic_head && (Fold(s, j - 1, "sur") || Fold(s, j - 1, "au") ||
                            Fold(s, j - 1, "aux") || Fold(s, j - 1, "en")))))
      --j;
    // "les Forces rwandaises de défense de la RDC": a dictionary body's
    // whole name, then the country it acts in, is that body.
    if (int place_end = 0; dict_len >= 2 && j > i + dict_len && DictOrgAt(s, i) &&
                           !CountryPlaceAfter(s, i + dict_len, &place_end).empty())
      return false;
    // "Mission multinationale d'appui à la sécurité (MMAS)": a bracketed
    // acronym a few plain words on closes the whole name.
    for (int q = j; q < std::min(n, j + 7) && AcronymAfter(s, j) == 0; ++q) {
      if (AcronymAfter(s, q) > 0) {
        content += q - j;
        j = q;
        break;
      }
      // "d'", "la", and "à" (which folds like the auxiliary "a")
      if (Is(s, q, c_.prep_de) || Is(s, q, c_.det) || Surface(s, q, q + 1) == "\u00E0") continue;
      if (!s.w[q].word || Is(s, q, c_.qui) || Is(s, q, c_.que) || Is(s, q, c_.aux) ||
          Is(s, q, c_.coord) || HitLen(s, q, c_.speech) > 0 || DictPersonAt(s, q) > 0 ||
          DictOrgAt(s, q))
        break;
    }
    // Either a bracketed acronym follows, or the complement holds a name.
    bool named = AcronymAfter(s, j) > 0;
    for (int k = head + 1; k < j && !named; ++k) named = s.w[k].upper_initial;
    // A capital inside a sentence marks a proper name: "un Conseil de
    // coordination" (a sentence's first word proves nothing).
    named |= (Fold(s, i - 1, "un") || Fold(s, i - 1, "une") || Fold(s, i - 1, "le") ||
              Fold(s, i - 1, "la") || Fold(s, i - 1, "l") || Fold(s, i - 1, "au") ||
              Fold(s, i - 1, "du")) &&
             content <= 4 &&
             // "l'Union européenne des sanctions": a dictionary name then a
             // common noun is that name and its complement.
             dict_len == 0;
    // "les Forces de défense ougandaises", "aux Forces armées centrafricaines":
    // after a plural article, a state's body that ends with its nationality.
    named |= (Fold(s, i - 1, "les") || Fold(s, i - 1, "des") || Fold(s, i - 1, "aux")) &&
             content <= 3 && dict_len == 0 && j - 1 > head &&
             CountryAdjectiveAt(s, j - 1, &adj) == 1;
    if (content > 0 && named && j - head >= 2) end = j;
  }
  // Any capitalised name with a new acronym in brackets, whose letters are
  // initials of the name, in any order ("Patriotic Resistance Front of
  // Ituri (FRPI)"): not a person and the party after ("Moussa Faye (PDS)").
  const int run = NameRun(s, i);
  if (end == 0) {
    const int r = run;
    int j = i + r;
    if (r >= 2 && AcronymAfter(s, j) > 0) {
      bool initials = true;
      for (char c : s.w[j + 1].fold) {
        bool found = !std::isalpha(static_cast<unsigned char>(c));
        for (int k = i; k < j && !found; ++k) found = s.w[k].fold[0] == c;
        initials &= found;
      }
      if (initials || DictOrgAt(s, j + 1)) end = j;
    }
  }
  // "Mouvement pour la justice et le renouveau (MJR)": a name spelled out by
  // its bracketed acronym's initials runs past the "et"/"and" that ends a
  // head's complement above.
  if (int defined = AcronymDefinedName(s, i); defined > end) end = defined;
  int intro = -1;  // where the class noun introducing the name starts
  if (end == 0) end = IntroducedName(s, i, &intro);
  if (end == 0) end = AppositionOrgName(s, i, run);
  // "the ruling Pastef party", "the opposition Tisza party": a name before
  // a lower-case "party". A body's generic name the dictionary gives one
  // country ("the opposition Congress party") is the party's own name.
  auto generic = [&](int k) {
    return DictAt(s, k).length == 1 &&
           (HitLen(s, k, c_.org_head_en) == 1 || HitLen(s, k, c_.org_head_fr) == 1 ||
            HitLen(s, k, c_.institution) == 1);
  };
  if (end == 0 && (dict_len == 0 || generic(i)) && !s.w[i].all_caps &&
      (Fold(s, i - 1, "ruling") || Fold(s, i - 1, "opposition") || Fold(s, i - 1, "the"))) {
    int r = NameRun(s, i);
    if (r >= 1 && r <= 3 && Fold(s, i + r, "party") && !s.w[i + r].upper_initial) {
      bool known = false, named_generic = false;
      for (int k = i; k < i + r; ++k) {
        known |= DictAt(s, k).length > 0 && !generic(k);
        named_generic |= generic(k);
      }
      if (!known) {
        // The mention spans "ruling Pastef party", so that "of the ruling
        // Pastef party" reads as a complement, never as a subject.
        Men m;
        m.b = Fold(s, i - 1, "the") ? i : i - 1;
        m.e = i + r + 1;
        m.id = Surface(s, i, i + r) + (named_generic ? " Party" : "");
        m.kind = "organization";
        m.rule = "discover:organization";
        discovered_acronyms_[m.id] = m.id;
        AddMention(s, std::move(m));
        *next = i + r + 1;
        return true;
      }
    }
  }
  // "la KFOR", "the AFRICOM": an unknown acronym after an article, not a
  // common noun written in capitals ("le PIB"), nor a word of a title set in
  // capitals ("L'OBSERVATEUR DU MONDE": the article is in capitals too).
  if (end == 0 && dict_len == 0 && s.w[i].all_caps && s.w[i].word && s.w[i].fold.size() >= 3 &&
      s.w[i].fold.size() <= 7 && !Is(s, i, c_.not_name) && !Is(s, i, c_.common_acronym) &&
      i > 0 && !s.w[i - 1].all_caps &&
      (Fold(s, i - 1, "la") || Fold(s, i - 1, "le") || (Fold(s, i - 1, "l") && s.w[i - 1].elided) ||
       Fold(s, i - 1, "the") || Fold(s, i - 1, "du"))) {
    bool letters = true;
    for (char c : s.w[i].fold) letters &= std::isalpha(static_cast<unsigned char>(c)) != 0;
    if (letters && !s.w[i + 1].hyphen_before) end = i + 1;
  }
  if (end == 0 || (end - i <= dict_len && !OtherBodysAcronym(s, i, end, dict_len))) return false;
  // Every word already a dictionary name on its own ("Kazakh Security
  // Council" is new; "Russia Ukraine" is not a body): the head decides above.
  int e = end;
  std::string id = Surface(s, i, end);
  std::string acronym;
  if (int al = AcronymAfter(s, end); al > 0) {
    acronym = Surface(s, end + 1, end + al - 1);
    id = acronym;
    for (int p : DictAt(s, end + 1).payloads) {  // a known acronym names its actor
      id = r_.dict.actors()[r_.dict.name(p).actor].id;
      break;
    }
    e = end + al;
  }
  // A name the article used before keeps its id ("le TPLF" after "Front ... (TPLF)").
  Men m;
  m.b = i;
  // "of the Istanbul-based X": the mention spans the compound modifier, so
  // that it still reads as the complement it is.
  if (i >= 2 && s.w[i - 1].hyphen_before && s.w[i - 1].word && !s.w[i - 1].upper_initial) {
    m.b = i - 1;
    while (m.b > 0 && s.w[m.b].hyphen_before) --m.b;
  }
  // "chef de la coalition de gangs X": the mention spans its class noun, so
  // that a complement still reads as one.
  if (intro >= 0) m.b = intro;
  m.e = e;
  m.id = id;
  m.kind = "organization";
  m.rule = "discover:organization";
  if (!acronym.empty()) discovered_acronyms_[acronym] = id;
  discovered_acronyms_[Surface(s, i, end)] = id;
  AddMention(s, std::move(m));
  *next = e;
  return true;
}

// A name the article discovered earlier, used again ("TPLF", "Lima Group").
bool Engine::TryDiscoveredAcronym(Sent& s, int i, int* next) {
  if (discovered_acronyms_.empty() || !s.w[i].upper_initial) return false;
  for (int len = std::min<int>(8, s.w.size() - i); len >= 1; --len) {
    auto it = discovered_acronyms_.find(Surface(s, i, i + len));
    if (it == discovered_acronyms_.end()) continue;
    if (len <= DictAt(s, i).length) return false;
    // An acronym that is also a common word ("PAS", "MAIS") names the body
    // only after an article: "le PAS a accusé", not "ce n'est PAS le cas".
    if (len == 1 && (s.bits[i] != 0 || s.lex[i] != nullptr) && !Is(s, i - 1, c_.det) &&
        !Is(s, i - 1, c_.prep_de) && !Fold(s, i - 1, "au") && !Fold(s, i - 1, "aux"))
      return false;
    Men m;
    m.b = i;
    m.e = i + len;
    m.id = it->second;
    m.kind = "organization";
    m.rule = "discover:coreference";
    AddMention(s, std::move(m));
    *next = i + len;
    return true;
  }
  return false;
}

// Whether `a` and `b` (folded first names) may be spellings of one name:
// "dmitriy" and "dmitri", "sergey" and "serguei", "volodymir" and
// "volodymyr" (edit distance 1, or 2 for long names).
static bool SpellingOf(const std::string& a, const std::string& b) {
  if (a == b) return true;
  const size_t shorter = std::min(a.size(), b.size());
  const size_t allowed = shorter >= 7 ? 2 : shorter >= 4 ? 1 : 0;
  if (allowed == 0 || std::max(a.size(), b.size()) - shorter > allowed) return false;
  std::vector<size_t> row(b.size() + 1);
  for (size_t j = 0; j <= b.size(); ++j) row[j] = j;
  for (size_t i = 1; i <= a.size(); ++i) {
    size_t diag = row[0];
    row[0] = i;
    size_t best = row[0];
    for (size_t j = 1; j <= b.size(); ++j) {
      const size_t up = row[j];
      row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] == b[j - 1] ? 0 : 1)});
      diag = up;
      best = std::min(best, row[j]);
    }
    if (best > allowed) return false;
  }
  return row[b.size()] <= allowed;
}

int Engine::PersonWithGivenName(const Sent& s, int b, int k) const {
  int unknown = -1;
  bool firsts = false;  // not an initial, nor an elided particle ("N'Daw")
  for (int q = b; q < k; ++q) firsts |= !s.w[q].elided && s.w[q].fold.size() >= 2;
  for (int p : DictAt(s, k).payloads) {
    const NameInfo& n = r_.dict.name(p);
    if (r_.dict.actors()[n.actor].kind != "person") continue;
    auto it = r_.given_names.find(n.actor);
    if (it == r_.given_names.end() || !firsts) {
      if (unknown < 0) unknown = n.actor;
      continue;
    }
    for (int q = b; q < k; ++q) {  // "Kassym Jomart Tokayev": any of the first names
      for (const std::string& g : it->second) {
        if (SpellingOf(s.w[q].fold, g)) return n.actor;
      }
    }
  }
  return unknown;
}

bool Engine::OtherFirstName(const Person& p, const Sent& s, int b, int e) const {
  if (e - b < 2) return false;  // a surname alone names whoever bore it last
  // First names only: not an initial, nor an elided particle ("N'Daw").
  int firsts = 0;
  for (int q = b; q < e - 1; ++q) firsts += !s.w[q].elided && s.w[q].fold.size() >= 2;
  if (firsts == 0) return false;
  auto any_spelling = [&](const std::string& given) {
    for (int q = b; q < e - 1; ++q) {
      if (SpellingOf(s.w[q].fold, given)) return true;
    }
    return false;
  };
  if (const int actor = r_.dict.IndexOf(p.id); actor >= 0) {
    auto it = r_.given_names.find(actor);
    if (it == r_.given_names.end()) return false;
    for (const std::string& g : it->second) {
      if (any_spelling(g)) return false;
    }
    return true;
  }
  const size_t sp = p.id.find(' ');
  if (sp == std::string::npos) return false;
  return !any_spelling(FoldWord(std::string_view(p.id).substr(0, sp)));
}

// Persons no dictionary knows: two or three capitalised words ("Alfredo
// Romero", "Abbas Kamel") that act like a person - subject of a speech or
// trigger verb, named by an inverted speech verb ("said Yevgeny Zhovtis"), or
// followed by an apposition with a role ("Hiba Omar, membre du comité").
bool Engine::TryDiscoverPerson(Sent& s, int i, int* next) {
  if (s.shouting || !IsNameWord(s, i) || s.w[i].all_caps) return false;
  // "Lawmaker Issa Kaboré said": a profession noun opening the sentence
  // is no first name; the name starts after it.
  const bool opening = i == 0 || !s.w[i - 1].word;
  if (opening && IsPersonNoun(s, i) && IsNameWord(s, i + 1)) return false;
  // "For Amira Osman, ...": a capitalised first word of the sentence that is a
  // preposition or a determiner starts no name.
  if (Is(s, i, c_.prep) || Is(s, i, c_.det) || Is(s, i, c_.prep_de)) return false;
  const int n = static_cast<int>(s.w.size());
  // "Former Nordic Council chairman X": the modifier is no first name.
  if (bool known_only = false;
      i + 1 < n && HolderTimeModifier(r_, s, i, &known_only) && !known_only && IsNameWord(s, i + 1))
    return false;
  int r = NameRun(s, i);
  if (r > 4) return false;
  int spaced = 0;
  for (int k = i; k < i + r; ++k) {
    spaced += !s.w[k].hyphen_before;
    if (s.w[k].all_caps || s.w[k].fold.size() < 2 || IsAdverb(s, k) ||
        HitLen(s, k, c_.org_head_en) > 0 || HitLen(s, k, c_.org_head_fr) > 0 ||
        // "Amir Haddad": a title that is also a first name
        (HitLen(s, k, c_.role) > 0 &&
         !(k == i &&
           r_.lex.entry(LexAt(s, k, c_.role).entries[0].first).Get("given_name") == "1")) ||
        HitLen(s, k, c_.rank) > 0 || Is(s, k, c_.govnoun))
      return false;
    // A dictionary actor other than a person inside: a place or a body.
    const PhraseIndex::Match& m = DictAt(s, k);
    if (m.length > 0 && DictPersonActor(s, k) < 0) return false;
    // "Flight J2-8243", "Resolution 2719": a number is no part of a name.
    for (char c : s.w[k].fold)
      if (c >= '0' && c <= '9') return false;
  }
  if (spaced < 2) return false;
  const int dict_len = DictAt(s, i).length;
  if (r <= dict_len) return false;  // the dictionary's person (or a longer name)
  const int e = i + r;
  bool person = false;
  // A known person's surname after a first name: "Dmitriy Peskov" is a
  // spelling of the dictionary's Peskov; "Ousmane Kaboré" inside a sentence
  // is another person than the dictionary's Kaboré.
  for (int k = i + 1; k < e; ++k) {
    if (DictPersonAt(s, k) != e - k) continue;
    // "Le Bélarussien Alexandre Loukachenko": a full known name after a word.
    if (e - k > 1) return false;
    if (int actor = PersonWithGivenName(s, i, k); actor >= 0) {
      Men m;
      m.b = i;
      m.e = e;
      m.id = r_.dict.actors()[actor].id;
      m.kind = "person";
      m.rule = "dict:alias";
      AddMention(s, std::move(m));
      *next = e;
      return true;
    }
    person = i > 0 && s.w[i - 1].word && !Is(s, i - 1, c_.que);
    break;
  }
  // subject of a verb: "Alfredo Romero a dénoncé", "Zhovtis said"
  int j = e;
  while (j < n && (Is(s, j, c_.aux) || IsAdverb(s, j) || Is(s, j, c_.neg_ne) ||
                   Is(s, j, c_.neg_after) || Is(s, j, c_.clitic) || Is(s, j, c_.modal)))
    ++j;
  if (j < n && (HitLen(s, j, c_.speech) > 0 || HitLen(s, j, c_.trigger) > 0) &&
      !Is(s, i - 1, c_.prep) && !Is(s, i - 1, c_.prep_de))
    person = true;
  // a source of an opinion: "Pour Hélène Marchal, ...", "According to Tom Arno, ..."
  for (int k = i - 1; k >= std::max(0, i - 3) && !person && P(s, e, ','); --k) {
    if (HitLen(s, k, c_.according) == i - k && (k == 0 || !s.w[k - 1].word)) person = true;
  }
  // the head of a body: "led by Bobi Wine", "dirigé par Ousmane Sonko"
  if (!person && (Fold(s, i - 1, "by") || Fold(s, i - 1, "par"))) {
    // (stance_word role=led_by_participle, words_discovery_person_cues.tsv)
    person = StanceWordAt(s, std::max(0, i - 2), "led_by_participle") > 0 && i >= 2;
  }
  // inverted speech verb: "», a déclaré Aïgerim Seitkali", "said Yevgeny Zhovtis"
  for (int k = i - 1; k >= 0 && k >= i - 3 && !person; --k) {
    if (HitLen(s, k, c_.speech) == i - k) person = true;
  }
  // apposition: "Hiba Omar, membre du comité", "Juan Guaidó, the head of",
  // "Francisco Madeira, the AU special representative", "Park Seo-yeon, a
  // researcher at"
  if (!person && P(s, e, ',')) {
    for (int k = e + 1; k < std::min(e + 6, n); ++k) {
      if (!s.w[k].word) break;
      if (HitLen(s, k, c_.role) > 0 || IsPersonNoun(s, k)) {
        person = true;
        break;
      }
      const bool owner = s.w[k].all_caps || (DictAt(s, k).length > 0 && DictPersonAt(s, k) == 0);
      if (MentionAt(s, k) >= 0 || (s.w[k].upper_initial && !owner)) break;
    }
  }
  // An age: "Bamba Ndiaye, 34 ans, ...", "John Kamau, 34, said".
  if (!person && P(s, e, ',') && e + 2 < n && s.w[e + 1].word &&
      std::isdigit(static_cast<unsigned char>(s.w[e + 1].fold[0])) && s.w[e + 1].fold.size() <= 3 &&
      (Fold(s, e + 2, "ans") || (Fold(s, e + 2, "years") && Fold(s, e + 3, "old")) ||
       P(s, e + 2, ',')))
    person = true;
  // One of a plural of persons just named: "opposition leaders, including
  // Nika Gvaramia", "among them Jane Roe", "plusieurs opposants, dont Jean
  // Diallo", "parmi lesquels X". Not "the countries, including ..." nor "le
  // pays dont X est le président": a person noun or title must come first.
  if (!person && i >= 2) {
    int k = i - 1;
    if (Fold(s, k, "them") && Fold(s, k - 1, "among")) {
      k -= 2;
    } else if ((Fold(s, k, "eux") || Fold(s, k, "elles") || Fold(s, k, "lesquels") ||
                Fold(s, k, "lesquelles")) &&
               Fold(s, k - 1, "parmi")) {
      k -= 2;
    } else if (Fold(s, k, "including") || Fold(s, k, "dont") || Fold(s, k, "notamment")) {
      --k;
    } else {
      k = -1;
    }
    if (k >= 1 && P(s, k, ',')) --k;
    // (stance_word role=person_plural, words_discovery_person_cues.tsv)
    for (int q = k; q >= 0 && q >= k - 1 && !person; --q) {
      person = s.w[q].word && (StanceWordAt(s, q, "person_plural") > 0 ||
                               (HitLen(s, q, c_.role) > 0 && !s.w[q].upper_initial));
    }
  }
  // A list of names apposed to a plural of persons: "deux ressortissants
  // russes, Ivan Petrov et Oleg Sokolov", "three members of the European
  // Parliament, Ann Roe, Tom Poe and Eva Lind", "Deux autres gendres, X et
  // Y". Back over the list's earlier names to the comma that opens it, then
  // over the plural's noun phrase (a few lower-case words, an owner) to a
  // plural person noun (stance_word role=person_plural). "les pays, France
  // et Italie": the names are the dictionary's; "the talks, Kabul said": no
  // person noun.
  if (!person && i >= 3) {
    // a word of a name: capitalised, no mention or a person's
    auto name_word = [&](int q) {
      const int mq = MentionAt(s, q);
      return s.w[q].word && s.w[q].upper_initial && (mq < 0 || s.men[mq].kind == "person");
    };
    int k = i - 1;
    int opener = -1;
    for (int steps = 0; k >= 1 && steps < 16; --k, ++steps) {
      if (P(s, k, ',') && k + 1 < n && name_word(k + 1)) {
        // the comma before the list's first name, unless a name precedes it
        if (!name_word(k - 1)) {
          opener = k;
          break;
        }
        continue;
      }
      if (P(s, k, ',') || Is(s, k, c_.coord) || name_word(k)) continue;
      break;
    }
    for (int q = opener - 1; opener > 0 && q >= 0 && q >= opener - 8 && !person; --q) {
      if (!s.w[q].word || Is(s, q, c_.aux) || HitLen(s, q, c_.speech) > 0) break;
      if (StanceWordAt(s, q, "person_plural") > 0 && !s.w[q].upper_initial) person = true;
      if (const int mq = MentionAt(s, q); mq >= 0) q = s.men[mq].b;
    }
  }
  // "Marta Oleksiuk, who heads ...": only a person is "who". French "qui"
  // follows places and bodies too: not after a preposition or an article
  // ("la région de Haute Vallée, qui"), and a dictionary place is no name.
  if (!person && P(s, e, ',') && Fold(s, e + 1, "who")) person = true;
  if (!person && P(s, e, ',') && Fold(s, e + 1, "qui") && !Is(s, i - 1, c_.prep) &&
      !Is(s, i - 1, c_.prep_de) && !Is(s, i - 1, c_.det))
    person = true;
  // "X, à la tête du FPL depuis 2019": at the head of a body.
  // (stance_word role=at_head_of, roles.tsv)
  if (!person && P(s, e, ',') && StanceWordAt(s, e + 1, "at_head_of") > 0)
    person = true;
  // "X was appointed head of", "X a été élu président du", "X took over":
  // the subject of a verb of taking office (roles.tsv office_appoint).
  if (!person && j < n && RoleWordAt(s, j, "appoint") > 0 &&
      !Is(s, i - 1, c_.prep) && !Is(s, i - 1, c_.prep_de))
    person = true;
  // Between two commas after a description, before a verb or a participle:
  // "le chef des renseignements égyptiens, Abbas Kamel, a servi", "Armenia's
  // ombudsman, Arman Tatoyan, said". Not a list ("Paris, Lyon, et Nice").
  if (!person && P(s, i - 1, ',') && P(s, e, ',') && e + 1 < n && s.w[e + 1].word &&
      !s.w[e + 1].upper_initial && !Is(s, e + 1, c_.coord) && !Is(s, e + 1, c_.det) &&
      !Is(s, e + 1, c_.prep_de) && (!Is(s, e + 1, c_.prep) || Surface(s, e + 1, e + 2) == "a"))
    person = true;
  // A nickname: "Jimmy Chérizier, dit « Barbecue »", "Mohamed Hamdane Daglo,
  // dit « Hemedti »" (then the dictionary's person of that name).
  std::string nickname_of;
  if (P(s, e, ',') && (Fold(s, e + 1, "dit") || Fold(s, e + 1, "surnomme") ||
                       (Fold(s, e + 1, "known") && Fold(s, e + 2, "as")))) {
    int q = SkipDet(s, e + (Fold(s, e + 1, "known") ? 3 : 2));
    if (int dl = DictPersonAt(s, q); dl > 0)
      nickname_of = r_.dict.actors()[DictPersonActor(s, q)].id;
    person = true;
  }
  // After a kinship or profession noun, or a demonym: "Son neveu Samat
  // Abish", "la diplomate suisse Christine Schraner Burgener", "le Sénégalais
  // Mankeur Ndiaye".
  if (!person && i >= 1) {
    int b = i - 1;
    std::string adj;
    if (b >= 1 && CountryAdjectiveAt(s, b, &adj) == 1 && !s.w[b].upper_initial) --b;
    // "Democratic Reps. X and Y", "Sen. X": an abbreviated title, always
    // capitalised, before its period.
    const bool abbreviated =
        b >= 1 && P(s, b, '.') && s.w[b - 1].upper_initial &&
        (Fold(s, b - 1, "rep") || Fold(s, b - 1, "reps") || Fold(s, b - 1, "sen"));
    if (abbreviated) --b;
    if (IsPersonNoun(s, b) && (abbreviated || !s.w[b].upper_initial || b == 0 || !s.w[b - 1].word))
      person = true;
    for (int p : DictAt(s, i - 1).payloads) {
      if (r_.dict.name(p).how == NameHow::kDemonym && DictAt(s, i - 1).length == 1 &&
          s.w[i - 1].upper_initial && Is(s, i - 2, c_.det))
        person = true;
    }
  }
  if (!person) return false;
  std::string surname = s.w[e - 1].fold;
  std::string id = Surface(s, i, e);
  for (const Person& p : discovered_) {
    // "Ibrahim Maïga" after "Abdoulaye Maïga": another person of that name
    if (p.surname == surname && !OtherFirstName(p, s, i, e)) id = p.id;
  }
  if (!nickname_of.empty()) id = nickname_of;
  Men m;
  m.b = i;
  m.e = e;
  m.id = id;
  m.kind = "person";
  m.rule = nickname_of.empty() ? LiteralText("discover:person") : LiteralText("dict:nickname");
  AddMention(s, std::move(m));
  *next = e;
  return true;
}

// The words with which TryStateNoun finds a state noun at i without a
// dictionary name or a state noun starting at i: "Sandu's government", "her
// government", "the transitional government".
[[gnu::always_inline]] static inline bool MayOwnStateNoun(const Word& w) {
  // By length first: asked for most words that reach the mention chain.
  const std::string& f = w.fold;
  switch (f.size()) {
    case 1:
      return f[0] == 's';
    case 3:
      return f == "her" || f == "his";
    case 7:
      return f == "interim";
    case 8:
      return f == "military";
    case 12:
      return f == "transitional";
    default:
      return false;
  }
}

void Engine::FindMentions(Sent& s) {
  const int n = static_cast<int>(s.w.size());
  int words = 0, caps = 0;
  for (const Word& w : s.w) {
    words += w.word;
    caps += w.all_caps;
  }
  s.shouting = words >= 3 && caps * 10 > words * 6;
  // The classes whose phrases the Try chain below starts from (with a
  // capital, a dictionary name or MayOwnStateNoun): a word with none of
  // them, no capital and no name passes the whole chain false.
  uint64_t try_classes = 0;
  for (int cls : {c_.stance_word, c_.rank, c_.role, c_.institution, c_.ministry_name,
                  c_.ministry_head, c_.diplomacy, c_.security_forces, c_.media_head})
    try_classes |= uint64_t{1} << cls;
  for (int i = 0; i < n;) {
    const Word& w = s.w[i];
    int next = i + 1;
    if (!w.word || w.hashtag) {
      i = next;
      continue;
    }
    // Most words start no phrase, name nothing and belong to no class.
    if (!w.upper_initial && s.lex[i] == nullptr && s.dict[i].length == 0 && s.bits[i] == 0) {
      i = next;
      continue;
    }
    // Each Try runs only where its first tests can pass: a capitalised word,
    // a lexicon phrase of its class or a dictionary name starting here (or
    // the few words TryStateNoun reads itself). The others return false
    // before any effect, so skipping them changes nothing but the time.
    const bool upper = w.upper_initial;
    const bool dict = s.dict[i].length > 0;
    // The word's lexicon classes at once (Sent::hit_mask): most words here
    // start no phrase of a class the chain below asks for, and skip it in
    // one test.
    const uint64_t hits = s.hit_mask[i];
    auto has = [&](int cls) { return (hits >> cls & 1) != 0; };  // HitLen(s, i, cls) > 0
    auto hit = [&](int cls) -> int {
      return has(cls) ? s.hit_len[static_cast<size_t>(i) * kMaxClasses + cls] : 0;
    };
    if ((upper || dict || (hits & try_classes) != 0 || MayOwnStateNoun(w)) &&
        (((dict || has(c_.stance_word)) && AnyHit(s, c_.stance_word) &&
          TryExpertBody(s, i, &next)) ||
         (upper && Is(s, i, c_.honorific) && TryHonorific(s, i, &next)) ||
         (has(c_.rank) && TryRank(s, i, &next)) || (has(c_.role) && TryRole(s, i, &next)) ||
         ((dict || has(c_.institution) || has(c_.ministry_name)) && TryInstitution(s, i, &next)) ||
         ((dict || has(c_.institution) || has(c_.stance_word) || MayOwnStateNoun(w)) &&
          TryStateNoun(s, i, &next)) ||
         ((dict || has(c_.ministry_head) || has(c_.diplomacy) || has(c_.security_forces)) &&
          TryMinistry(s, i, &next)) ||
         (!upper && has(c_.media_head) && TryMedia(s, i, &next)) ||
         (upper && (TryDiscoveredAcronym(s, i, &next) || TryDiscoverOrg(s, i, &next) ||
                    TryDiscoverPerson(s, i, &next))) ||
         // "The Sudan People's Liberation Army": a name past the dictionary's "The Sudan"
         (dict && upper && Fold(s, i, "the") && IsNameWord(s, i + 1) &&
          TryDiscoverOrg(s, i + 1, &next) && next > i + s.dict[i].length) ||
         // "the Tripoli-based Government of National Unity (GNU)": a name
         // defined by its acronym past the dictionary's "Tripoli-based government"
         (dict && upper && s.has_bracket && i + 2 < n && s.w[i + 1].hyphen_before &&
          s.w[i + 1].word && !s.w[i + 1].upper_initial && s.dict[i].length > 2 &&
          AcronymDefinedName(s, i + 2) > i + s.dict[i].length && TryDiscoverOrg(s, i + 2, &next)) ||
         (dict && TryDict(s, i, &next)))) {
      i = next;
      continue;
    }
    // "l'alliance", "cette organisation": the last organization named.
    // "the military alliance", "the regional bloc": one adjective between.
    auto definite = [&](int k) {
      return Fold(s, k, "l") || Fold(s, k, "cette") || Fold(s, k, "le") || Fold(s, k, "la") ||
             Fold(s, k, "the");
    };
    if (int len = hit(c_.orgclass);
        len > 0 && !last_org_.empty() && i > 0 &&
        (definite(i - 1) ||
         (Fold(s, i - 2, "the") && s.w[i - 1].word && !s.w[i - 1].upper_initial &&
          MentionAt(s, i - 1) < 0 && !Is(s, i - 1, c_.det) && !Is(s, i - 1, c_.prep) &&
          !Is(s, i - 1, c_.prep_de) && !Is(s, i - 1, c_.aux) && !Is(s, i - 1, c_.coord) &&
          !Is(s, i - 1, c_.possessive)))) {
      int after = i + len;
      std::string adj;
      bool has_complement = Is(s, after, c_.prep_de) || CountryAdjectiveAt(s, after, &adj) > 0;
      // "l'organisation régionale", "l'alliance militaire": the class noun and its adjective.
      // "la mission", "the regional force": the body named so last.
      const char* noun = w.fold == "mission" ? "mission" : w.fold == "force" ? "force" : nullptr;
      // "the regional force", not "the new mission": an adjective that sets
      // it apart from the one named.
      const bool contrast =
          Fold(s, i - 1, "new") || Fold(s, i - 1, "next") || Fold(s, i - 1, "other") ||
          Fold(s, i - 1, "former") || Fold(s, i - 1, "previous") || Fold(s, i - 1, "future") ||
          Fold(s, i - 1, "nouvelle") || Fold(s, i - 1, "nouveau") || Fold(s, i - 1, "autre") ||
          Fold(s, i - 1, "ancienne") || Fold(s, i - 1, "prochaine") || Fold(s, i - 1, "precedente");
      std::string named;
      if (!has_complement && len <= 2 && noun != nullptr && !contrast && !Fold(s, i - 1, "cette") &&
          !(named = BodyNamedWith(s, i, noun)).empty()) {
        Men m;
        m.b = i;
        m.e = after;
        m.id = named;
        m.kind = "organization";
        m.rule = "coref:orgnoun";
        AddMention(s, std::move(m));
        i = after;
        continue;
      }
      // (stance_word role=org_anaphor, coref.tsv)
      if (!has_complement && len <= 2 && (r_.WordLists(w.hash) & kOrgAnaphor)) {
        Men m;
        m.b = i;
        m.e = after;
        m.id = w.fold == "alliance" && !last_alliance_.empty() ? last_alliance_ : last_org_;
        // "la Commission de la Cedeao ... l'organisation": the body the organ belongs to.
        if (const size_t sp = m.id.rfind(' '); sp != std::string::npos) {
          if (const Actor* parent = r_.dict.Find(m.id.substr(0, sp));
              parent != nullptr && parent->kind == "organization")
            m.id = parent->id;
        }
        m.kind = "organization";
        m.rule = "coref:orgnoun";
        AddMention(s, std::move(m));
        i = after;
        continue;
      }
    }
    // A surname of a person discovered earlier in the article.
    if (w.upper_initial && !Is(s, i, c_.not_name)) {
      bool found = false;
      for (const Person& p : discovered_) {
        if (p.surname == w.fold) {
          Men m;
          m.b = i;
          m.e = i + 1;
          m.id = p.id;
          m.kind = "person";
          m.rule = "coref:surname";
          AddMention(s, std::move(m));
          found = true;
          break;
        }
      }
      if (found) {
        ++i;
        continue;
      }
    }
    if (int dl = hit(c_.pron_demo); dl > 0) {
      // "Le Mali a accusé la France. Cette dernière a démenti", "the latter"
      // (s9args): the last actor named, a state or a body of that gender.
      if (const Men* last = LatterActor(s, i, dl)) {
        Men m;
        m.b = i;
        m.e = i + dl;
        m.id = last->id;
        m.kind = last->kind;
        m.rule = "coref:latter";
        AddMention(s, std::move(m));
        i += dl;
        continue;
      }
    }
    if (int dl = hit(c_.pron_demo); dl > 0 && DemonstrativeSubject(s, i, dl)) {
      Men m;
      m.b = i;
      m.e = i + dl;
      m.id = last_named_person_;
      m.kind = "person";
      m.rule = "coref:demonstrative";
      AddMention(s, std::move(m));
      i += dl;
      continue;
    }
    // "l'Arménie avait elle-même demandé", "la Russie elle-même a"
    // (s10support): an emphatic pronoun after an auxiliary or its actor
    // repeats the subject; it is no subject of its own.
    const bool emphatic = i + 1 < n && s.w[i + 1].hyphen_before &&
                          (Fold(s, i + 1, "meme") || Fold(s, i + 1, "memes")) &&
                          (Is(s, i - 1, c_.aux) || MentionAt(s, i - 1) >= 0);
    if (!emphatic && (Is(s, i, c_.pron_subj) || Is(s, i, c_.pron_plural) ||
                      (Is(s, i, c_.pron_obj) && Is(s, i - 1, c_.according)))) {
      Men m;
      m.b = i;
      m.e = i + 1;
      m.kind = "person";
      m.pronoun = true;
      m.plural = Is(s, i, c_.pron_plural);
      m.rule = "coref:pronoun";
      AddMention(s, std::move(m));
    }
    i = next;
  }
  prev_subject_org_ = SubjectOrgBefore(s, n);
  prev_subject_office_.clear();
  for (const Men& m : s.men) {
    if (m.implied || m.adj || m.kind.empty() || m.id.empty() || m.pronoun || s.inq[m.b]) continue;
    if (IsComplement(s, m) && !IsOrganOf(s, m)) continue;
    if (m.kind == "person") {
      if (!m.of.empty() && !m.rel.empty()) {
        prev_subject_office_ = m.of;
      } else if (const Office* o = OfficeOnDate(m)) {
        prev_subject_office_ = o->of;
      }
    }
    break;
  }
}

}  // namespace kzgraph::extract::internal
