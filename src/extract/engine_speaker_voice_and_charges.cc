// Speaker attribution around stance: a body speaking through a person, a
// person charged in a speaker's words, a body described by its class noun.
#include <algorithm>
#include <string>
#include <vector>

#include "extract/engine_internal.h"

namespace kzgraph::extract::internal {

// "Le gouvernement congolais, par la voix de son porte-parole X, a accusé
// Y": a body or state speaking through a person (stance_word role=voice)
// takes its stance by that person's words, so the person holds each stance
// the body took in the sentence too. Only a person voices: "par la voix du
// département d'État" names the body's own organ, not a speaker of its own.
void Engine::VoiceRule(Sent& s, size_t sentence_start) {
  if (relations_.size() == sentence_start || !AnyHit(s, c_.stance_word)) return;
  bool stance = false;
  for (size_t r = sentence_start; r < relations_.size() && !stance; ++r)
    stance = IsStanceType(relations_[r].p);
  if (!stance) return;
  const int n = static_cast<int>(s.w.size());
  for (int i : s.stance_word_at) {
    // The phrase stands between the body and its verb ("X, par la voix de
    // Y, a accusé") or right after a compound verb ("X a répliqué par la
    // voix de Y"); a trailing adjunct ("X s'est dit favorable à ..., par la
    // voix de Y") voices that last clause only, whose edges are unknown here.
    // Tested first: cheaper than the phrase's roles. Every voice phrase of
    // the lexicon has four words ("par la voix de"): shorter hits are others.
    if (WordHitLen(s, i, c_.stance_word) < 4) continue;
    const bool after_subject = P(s, i - 1, ',') && MentionAt(s, i - 2) >= 0;
    const bool after_verb = MentionAt(s, i - 1) < 0 && IsAuxWord(s, i - 2);
    if (!after_subject && !after_verb) continue;
    const int len = StanceWordAt(s, i, "voice");
    if (len == 0) continue;
    // The voice: the first person named right after the phrase ("de son
    // porte-parole, Patrick Muyaya", "du président Emmanuel Macron").
    std::string voice;
    for (int k = i + len; k < n && k < i + len + 6 && voice.empty(); ++k) {
      if (P(s, k, '.') || P(s, k, ';') || Is(s, k, c_.qui) || Is(s, k, c_.aux)) break;
      const int mi = MentionAt(s, k);
      if (mi < 0) continue;
      for (const Men& m : s.men) {
        if (m.b < s.men[mi].b) continue;
        if (m.b > s.men[mi].b) break;
        if (m.kind == "person" && !m.pronoun && !m.implied && !m.id.empty()) voice = m.id;
      }
      if (voice.empty() && s.men[mi].kind != "person" && !s.men[mi].adj) break;  // an organ
    }
    if (voice.empty()) continue;
    // The body voiced: the subject before the phrase.
    const std::vector<std::string> body = MainSubject(s, i);
    if (body.empty() || std::find(body.begin(), body.end(), voice) != body.end()) continue;
    const size_t end = relations_.size();
    for (size_t r = sentence_start; r < end; ++r) {
      const PendingRelation rel = relations_[r];  // a copy: EmitPair grows the vector
      if (!IsStanceType(rel.p) || rel.o == voice) continue;
      if (std::find(body.begin(), body.end(), rel.s) == body.end()) continue;
      bool known = false;
      for (size_t q = sentence_start; q < relations_.size(); ++q) {
        known |= relations_[q].s == voice && relations_[q].p == rel.p && relations_[q].o == rel.o;
      }
      if (known) continue;
      if (tracing_) Log(s, "  voice " + voice + " speaks for " + rel.s);
      EmitPair(s, voice, rel.p, rel.o, rel.p + ":voice", rel.conf);
    }
  }
}

// "les invectives contre le ministre X et le chef d'état-major Y, leur
// reprochant ...", "accused X and Y ..., blaming them for": a plural object
// pronoun stands for the whole coordination its last actor (mention mi)
// closes, not for that last actor only. Returns those actors, mi's first
// (empty when mi closes no coordination of its kind).
std::vector<std::string> Engine::CoordinationEndingAt(const Sent& s, int mi) const {
  const std::string& kind = s.men[mi].kind;
  int first = mi;
  for (int guard = 0; guard < 8; ++guard) {
    // The conjunct's first word: a title and its holder's name are one.
    int b = s.men[first].b;
    for (bool moved = true; moved;) {
      moved = false;
      for (const Men& m : s.men) {
        if (m.e == b && m.b < b && m.id == s.men[first].id) {
          b = m.b;
          moved = true;
        }
      }
    }
    while (Is(s, b - 1, c_.det)) --b;
    if (!(Is(s, b - 1, c_.coord) || P(s, b - 1, ','))) break;
    int k = b - 2;
    while (k >= 0 && IsAdverb(s, k)) --k;
    const int prev = MentionAt(s, k);
    if (prev < 0 || s.men[prev].kind != kind || s.men[prev].pronoun || s.men[prev].adj ||
        s.men[prev].id.empty() || s.men[prev].e != k + 1)
      break;
    first = prev;
  }
  if (first == mi) return {};
  std::vector<std::string> out = Expand(s, first, +1);
  if (std::find(out.begin(), out.end(), IdOf(s, mi)) == out.end()) return {};
  return out;
}

int Engine::ChargeParticipleEnd(const Sent& s, int i) const {
  if (!P(s, i - 1, ',')) return -1;
  const Lexicon::Hit h = LexAt(s, i, c_.trigger);
  bool charged = false;
  for (const auto& [entry, form] : h.entries) {
    const LexEntry& e = r_.lex.entry(entry);
    charged |= form == Form::kPastParticiple && e.Get("type") == "accuses" &&
               e.Get("pos") == "verb" && !OtherLanguage(entry);
  }
  const int te = i + h.length;
  if (!charged || te >= static_cast<int>(s.w.size()) ||
      !(Is(s, te, c_.prep_de) || Fold(s, te, "of")))
    return -1;
  return te;
}

// "Le KNB a annoncé l'arrestation de son ancien patron, X, soupçonné de
// haute trahison", "X a été arrêté, soupçonné de ..., a annoncé le parquet",
// "police said X, accused of ...": a person charged in an appositive
// participle, in the words of the sentence's speaker, is charged by that
// speaker. A by-phrase names the accuser itself (the frame's, not here).
void Engine::ChargedInSpeechRule(Sent& s) {
  if (s.speaker.empty() || !AnyHit(s, c_.trigger)) return;
  const int n = static_cast<int>(s.w.size());
  for (int i : s.trigger_at) {
    if (i < 2 || s.inq[i] || !P(s, i - 1, ',')) continue;
    const int te = ChargeParticipleEnd(s, i);
    if (te < 0) continue;
    // The charged person: named right before the comma, past one apposition
    // with no verb ("X, un proche de Y, soupçonné"), else the clause's
    // subject when the comma closes its predicate ("X a été arrêté, soupçonné").
    std::string charged_id;
    int k = i - 1;  // the comma
    for (int step = 0; step < 2 && charged_id.empty(); ++step) {
      const int mi = MentionAt(s, k - 1);
      if (mi >= 0 && s.men[mi].e == k && s.men[mi].kind == "person" && !s.men[mi].pronoun &&
          !s.men[mi].implied && !s.men[mi].id.empty() && !IsComplement(s, s.men[mi])) {
        charged_id = IdOf(s, mi);
        break;
      }
      int c = k - 1;
      bool verb = false;
      while (c >= 0 && !P(s, c, ',') && k - c < 12) {
        verb |= IsAuxWord(s, c) || HitLen(s, c, c_.speech) > 0 || Is(s, c, c_.qui);
        --c;
      }
      if (c < 0 || !P(s, c, ',')) {
        if (verb && IsAuxWord(s, c + 1) == false) {
          // "X a été arrêté et placé en détention, soupçonné": the subject.
          const std::vector<std::string> main = MainSubject(s, k);
          if (main.size() == 1 && IsPersonActor(s, main[0])) charged_id = main[0];
        }
        break;
      }
      if (verb) {
        // The segment is the predicate: its subject is charged.
        bool aux_first = false;
        for (int q = c + 1; q < k && !aux_first; ++q) aux_first = IsAuxWord(s, q);
        if (!aux_first) break;
        // "…, X, a été arrêté, soupçonné": the subject named before it.
        const int sm = MentionAt(s, c - 1);
        if (sm >= 0 && s.men[sm].e == c && s.men[sm].kind == "person" && !s.men[sm].pronoun &&
            !s.men[sm].id.empty()) {
          charged_id = IdOf(s, sm);
        } else if (const std::vector<std::string> main = MainSubject(s, c + 1);
                   main.size() == 1 && IsPersonActor(s, main[0])) {
          charged_id = main[0];
        }
        break;
      }
      k = c;  // past the apposition
    }
    if (charged_id.empty() || charged_id == s.speaker) continue;
    if (std::find(s.speakers.begin(), s.speakers.end(), charged_id) != s.speakers.end()) continue;
    if (tracing_) Log(s, "  charged " + charged_id + " in the words of " + s.speaker);
    EmitPair(s, s.speaker, "accuses", charged_id, "accuses:charged-in-speech", 0.7);
  }
}

// "accusant l'organisation d'être instrumentalisée", "accusing the regional
// bloc of ...": a stance verb whose object is a body described by its class
// noun, not named; the body the page named last with such a noun
// (DescribedBody) is the object. Runs only when the frame lacked an object.
void Engine::DescribedObjectRule(Sent& s, int t, int len, const LexEntry& e, Form form) {
  if (frame_missing_ != "object" || e.Get("pos") != "verb" || e.Get("frame") != "svo") return;
  const std::string& type = e.Get("type");
  if (type != "accuses" && type != "criticizes" && type != "warns") return;
  if (form == Form::kPastParticiple || form == Form::kInfinitive || s.inq[t]) return;
  int k = t + len;
  while (IsAdverb(s, k) && MentionAt(s, k) < 0) ++k;
  if (!Is(s, k, c_.det)) return;  // "l'organisation", "the regional bloc"
  const std::string body = DescribedBody(s, k);
  if (body.empty()) return;
  const int vb = VerbGroupStart(s, t);
  if (!Blocked(s, vb, t + len, form).empty()) return;
  std::string how;
  std::vector<std::string> subj = Subject(s, t, &how);
  if (InheritsSubject(s, t, vb, form)) {
    std::vector<std::string> main = MainSubject(s, vb);
    if (!main.empty()) subj = std::move(main);
  }
  std::erase(subj, body);
  if (subj.empty()) return;
  Emit(s, subj, type, {body}, type + ":described-object", 0.75);
}

}  // namespace kzgraph::extract::internal
