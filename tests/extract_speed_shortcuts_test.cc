// The shortcuts of the extractor's hot paths give the answers of the plain
// computations they skip.
#include <rapidjson/stringbuffer.h>
#include <rapidjson/writer.h>

#include <catch2/catch.hpp>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "extract/phrase_index.h"
#include "extract/records.h"
#include "extract/words.h"

namespace kzgraph::extract {
namespace {

// The plain rule: split the sentence's last space-separated token and ask
// its last word.
bool SplitTailEndsWithAbbrev(const std::string& text) {
  size_t e = text.size();
  while (e > 0 && (text[e - 1] == ' ' || text[e - 1] == '\n')) --e;
  size_t b = e;
  while (b > 0 && text[b - 1] != ' ' && text[b - 1] != '\n') --b;
  if (b == e) return false;
  std::vector<Word> words;
  SplitWords(text, {static_cast<uint32_t>(b), static_cast<uint32_t>(e)}, &words);
  return !words.empty() && words.back().abbrev;
}

std::string RapidJsonString(const std::string& s) {
  rapidjson::StringBuffer buf;
  rapidjson::Writer<rapidjson::StringBuffer> w(buf);
  w.String(s.data(), static_cast<rapidjson::SizeType>(s.size()));
  return std::string(buf.GetString(), buf.GetSize());
}

// Every entry of the bucket that matches at words[i], by a plain scan.
std::vector<const PhraseIndex::Entry*> PlainMatches(const std::vector<Word>& words, size_t i,
                                                    const PhraseIndex::Bucket& bucket) {
  std::vector<const PhraseIndex::Entry*> out;
  for (const PhraseIndex::Entry& e : bucket) {
    const auto rest = bucket.Rest(e);
    if (i + 1 + rest.size() > words.size()) continue;
    bool match = true;
    for (size_t k = 0; k < rest.size() && match; ++k) {
      const Word& w = words[i + 1 + k];
      match = w.word && !w.hashtag && w.fold == rest[k];
    }
    if (match) out.push_back(&e);
  }
  return out;
}

}  // namespace

TEST_CASE("phrase lookups that skip impossible entries find what a plain scan finds",
          "[extract][speed]") {
  // Many phrases over a small vocabulary, so that buckets are both small
  // (scanned) and large (indexed by second word), with shared tags.
  const std::vector<std::string> vocabulary = {
      "de",    "la",  "le",   "union", "conseil", "etat",   "republique", "du",
      "congo", "sud", "nord", "a",     "accuse",  "forces", "armee",      "x"};
  std::mt19937 rng(5);
  PhraseIndex index;
  for (int k = 0; k < 1500; ++k) {
    std::vector<std::string> phrase(1 + rng() % 4);
    for (std::string& w : phrase) w = vocabulary[rng() % (k < 600 ? 4 : vocabulary.size())];
    index.Add(phrase, static_cast<int>(rng() % 9), k);
  }
  std::string text;
  for (int k = 0; k < 3000; ++k) text += vocabulary[rng() % vocabulary.size()] + " ";
  std::vector<Word> words;
  SplitWords(text, {0, static_cast<uint32_t>(text.size())}, &words);
  int longer_seen = 0;
  for (size_t i = 0; i < words.size(); ++i) {
    const PhraseIndex::Bucket* bucket = index.Find(words[i].fold);
    if (bucket == nullptr) continue;
    const std::vector<const PhraseIndex::Entry*> plain = PlainMatches(words, i, *bucket);
    // Per tag, the longest match: from the longer candidates and the
    // one-word tags, as the engine reads them, and from the plain scan.
    int fast_len[9] = {}, plain_len[9] = {};
    PhraseIndex::ForEachLongerCandidate(words, i, *bucket, [&](const PhraseIndex::Entry& e) {
      const int len = static_cast<int>(bucket->Rest(e).size()) + 1;
      if (len > fast_len[e.tag] && PhraseIndex::RestMatches(words, i, *bucket, e))
        fast_len[e.tag] = len;
      return true;
    });
    for (int tag = 0; tag < 9; ++tag) {
      if (((bucket->single_tags >> tag) & 1) && fast_len[tag] == 0) fast_len[tag] = 1;
    }
    for (const PhraseIndex::Entry* e : plain) {
      const int len = static_cast<int>(bucket->Rest(*e).size()) + 1;
      plain_len[e->tag] = std::max(plain_len[e->tag], len);
      longer_seen += len > 1;
    }
    for (int tag = 0; tag < 9; ++tag) {
      INFO("word " << i << " '" << words[i].fold << "' tag " << tag);
      CHECK(fast_len[tag] == plain_len[tag]);
      // Longest: the longest length and every payload of that length in
      // the bucket's order.
      std::vector<int> payloads;
      int best = 0;
      for (const PhraseIndex::Entry* e : plain) {
        if (e->tag != tag) continue;
        const int len = static_cast<int>(bucket->Rest(*e).size()) + 1;
        if (len > best) {
          best = len;
          payloads.clear();
        }
        if (len == best) payloads.push_back(e->payload);
      }
      const PhraseIndex::Match m = index.Longest(words, i, tag, bucket);
      CHECK(m.length == best);
      CHECK(m.payloads == payloads);
      CHECK(PhraseIndex::LongestLength(words, i, tag, bucket) == best);
    }
  }
  CHECK(longer_seen > 100);
}

TEST_CASE("records write strings of every length as rapidjson does", "[extract][speed]") {
  // Lengths around the short copies (4, 8, 16, 32 bytes) and the 16-byte
  // escape scan, with an escape at every position or none at all.
  const std::string plain = "Kassym-Jomart Tokaïev a demandé l'aide de l'OTSC le 5 janvier";
  const std::string escapes[] = {"\"", "\\", "\n", std::string(1, '\x01'), "\x1f", "\t"};
  std::mt19937 rng(11);
  for (size_t n = 0; n <= plain.size(); ++n) {
    std::vector<std::string> variants = {plain.substr(0, n)};
    for (size_t at = 0; at < n; at += 3) {
      std::string v = plain.substr(0, n);
      v.replace(at, 1, escapes[rng() % std::size(escapes)]);
      variants.push_back(v);
    }
    for (const std::string& v : variants) {
      Extraction x;
      x.article.id = "doc";
      Relation r;
      r.subject = v;
      r.predicate = "warns";
      r.object = v + v;
      r.sentence = v;
      r.rule = v.substr(0, n / 2);
      r.confidence = 0.5 + static_cast<double>(n % 7) / 10;
      x.relations.push_back(r);
      const std::string records(WriteRecords(x));
      const std::string s = RapidJsonString(v);
      INFO("string: " << v);
      CHECK(records.find(",\"subject\":" + s + ",\"predicate\":\"warns\",\"object\":" +
                         RapidJsonString(v + v) + ",\"sentence\":" + s + ",") != std::string::npos);
      CHECK(records.find(",\"rule\":" + RapidJsonString(r.rule) + ",") != std::string::npos);
      std::string appended = "before\n";
      AppendRecords(x, &appended);
      CHECK(appended == "before\n" + records);
    }
  }
}

TEST_CASE("fold hashes and byte comparisons agree with memcpy and memcmp", "[extract][speed]") {
  // FoldHash as documented: 8-byte chunks in native order, the last one
  // zero-padded.
  auto reference_hash = [](std::string_view fold) {
    uint64_t h = 0;
    for (size_t k = 0; k < fold.size(); k += 8) {
      uint64_t chunk = 0;
      std::memcpy(&chunk, fold.data() + k, std::min<size_t>(8, fold.size() - k));
      h = FoldHashChunk(h, chunk);
    }
    return FoldHashFinish(h, fold.size());
  };
  const std::string text = "abcdefghijklmnopqrstuvwxyz0123456789\xc3\xa9\xff_ABC";
  for (size_t b = 0; b < 8; ++b) {
    for (size_t n = 0; b + n <= text.size(); ++n) {
      const std::string_view fold(text.data() + b, n);
      CHECK(FoldHash(fold) == reference_hash(fold));
      std::string other(fold);
      CHECK(SameBytes(fold.data(), other.data(), n));
      for (size_t at = 0; at < n; ++at) {
        std::string changed = other;
        changed[at] = static_cast<char>(changed[at] ^ 0x20);
        CHECK_FALSE(SameBytes(fold.data(), changed.data(), n));
      }
    }
  }
  // SplitWords hashes the folds it writes the same way.
  std::vector<Word> words;
  const std::string sentence = "Le Conseil de sécurité de l'ONU a condamné Kassym-Jomart Tokaïev";
  SplitWords(sentence, {0, static_cast<uint32_t>(sentence.size())}, &words);
  for (const Word& w : words) CHECK(w.hash == reference_hash(w.fold));
}

TEST_CASE("FoldPhrase's shortcut for plain names folds as SplitWords does", "[extract][speed]") {
  auto split_folds = [](const std::string& phrase) {
    std::vector<Word> words;
    SplitWords(phrase, {0, static_cast<uint32_t>(phrase.size())}, &words);
    std::vector<std::string> folds;
    for (const Word& w : words) {
      if (w.word && !w.fold.empty()) folds.push_back(w.fold);
    }
    return folds;
  };
  const std::vector<std::string> phrases = {"Kassym-Jomart Tokaïev",
                                            "République du Congo",
                                            "  deux  espaces ",
                                            "ÉTATS UNIS",
                                            "l'OTSC",
                                            "Œuvre Straße",
                                            "x×y",
                                            "Ærø",
                                            "M. Poutine",
                                            "U.S. Army",
                                            "2 030",
                                            "mot_clé",
                                            "Łódź",
                                            "Москва",
                                            "naïve\tcafé",
                                            "",
                                            " ",
                                            "ÿ Ÿ",
                                            std::string(70, 'a') + " b",
                                            std::string(40, 'a') + "éééééééééééééééééééé"};
  for (const std::string& phrase : phrases) {
    INFO("phrase: " << phrase);
    CHECK(FoldPhrase(phrase) == split_folds(phrase));
  }
  // Random phrases over plain and special pieces.
  const std::string pieces[] = {"a", "Z", "q", "0", "_", " ", "é",  "É", "ç",    "ß",  "œ",
                                "Ő", "×", "-", ".", "'", "’", "\t", "Ж", "\xc3", "ab", "TOKAÏEV"};
  std::mt19937 rng(3);
  for (int round = 0; round < 4000; ++round) {
    std::string phrase;
    const int count = static_cast<int>(rng() % 12);
    for (int k = 0; k < count; ++k) phrase += pieces[rng() % std::size(pieces)];
    INFO("phrase: " << phrase);
    CHECK(FoldPhrase(phrase) == split_folds(phrase));
  }
}

TEST_CASE("EndsWithAbbrev tells a title or an initial from a sentence end", "[extract][speed]") {
  auto ends = [](const std::string& s) {
    return EndsWithAbbrev(s, {0, static_cast<uint32_t>(s.size())});
  };
  CHECK(ends("Selon M."));
  CHECK(ends("Il a reçu V."));
  CHECK(ends("les forces des U.S."));
  CHECK(ends("a dit Mme. "));
  CHECK(ends("le Gén.\n"));
  CHECK_FALSE(ends("La Russie accuse le Kazakhstan."));
  CHECK_FALSE(ends("Il a tout dit."));
  CHECK_FALSE(ends("selon l'agence (AFP)."));
  CHECK_FALSE(ends("Il le dit à M.."));
  CHECK_FALSE(ends("2 %."));
  CHECK_FALSE(ends(""));
  CHECK_FALSE(ends("   "));

  // Every tail shape around the five-letter shortcut agrees with the split.
  const std::vector<std::string> tails = {
      "M.",     "MM.",      "Mlle.",    "Mmes.",        "Pr.",    "V.",      "v.",
      "U.S.",   "U.S.A.",   "a.b.",     "abcd.",        "abcde.", "abcdef.", "ABCDE.",
      "e.V.",   "Poutine.", "Tokaïev.", "Gén.",         "Jr.",    "x.y",     "site.com",
      "2.030.", "12345.",   "1234.",    "(M.)",         "M.)",    "«M.»",    "M.\xc2\xa0",
      "#Tag.",  "l'O.",     "Saint-M.", "a_b_c.",       ".",      "..",      "M..",
      "A.B",    "Dr",       "",         "\xc3\x89tat.", "fin .",  "Ééé.",    "aéàéa.",
      "é.",     "x×yz.",    "Mé.",      "«Abcde.»",     "ab’cde."};
  for (const std::string& tail : tails) {
    for (const std::string& head :
         {std::string(""), std::string("Texte avant "), std::string("ligne\n")}) {
      const std::string text = head + tail;
      INFO("text: " << text);
      CHECK(ends(text) == SplitTailEndsWithAbbrev(text));
    }
  }
}

}  // namespace kzgraph::extract
