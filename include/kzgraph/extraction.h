// Plain values produced by the extraction stages. Every one can be printed
// and compared, so each stage is tested alone (see src/README.md).
#ifndef KZGRAPH_EXTRACTION_H_
#define KZGRAPH_EXTRACTION_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace kzgraph {

// Half-open byte range [begin, end) into Article::text.
struct Span {
  uint32_t begin = 0;
  uint32_t end = 0;
  bool operator==(const Span&) const = default;
};

// One article as read from a file. For plain-text and HTML inputs `text` holds
// the file's bytes (invalid UTF-8 bytes replaced one for one, so offsets stay
// valid); for JSONL inputs it holds the record's "text" field.
struct Article {
  std::string id;            // stable id: the file name, or the JSONL "id"
  std::string source;        // path or URL it came from
  std::string title;
  std::string date;          // ISO 8601 publication date, or empty if unknown
  std::string lang;          // "fr", "en", or empty if unknown
  std::string content_hash;  // hex digest of `text`
  std::string text;
};

// A stretch of the article that belongs to its body (headline, lead,
// paragraphs, quotations), as opposed to navigation, teasers or comments.
struct Block {
  Span span;
  std::string role;  // "title", "lead", "paragraph", "quote"
};

struct Sentence {
  Span span;
  uint32_t block = 0;  // index into the article's blocks
};

// A stretch of text recognised as an actor.
struct Mention {
  Span span;
  std::string entity_id;  // canonical id after coreference
  std::string kind;       // person, organization, country, group, location
  std::string rule;       // why: "dict:alias", "dict:adjective", "discover:honorific", ...
  uint32_t sentence = 0;  // index into the sentence list
};

// One node of the article's graph.
struct Entity {
  std::string id;
  std::string name;
  std::string kind;
  std::vector<std::string> aliases;  // surface forms seen in the article
};

// One typed edge with its evidence.
struct Relation {
  std::string subject;    // Entity::id
  std::string predicate;  // a relation type of schema/ontology.json
  std::string object;     // Entity::id
  std::string sentence;   // the sentence text
  Span span;              // the sentence's bytes in Article::text
  std::string rule;       // the pattern that fired
  double confidence = 0;  // in (0, 1]
};

// The digest kept in Article::content_hash: FNV-1a 64 bits as 16 lower-case
// hex digits. ReadArticles fills it; the store uses it to see an unchanged
// article, and computes it for records that come without one.
std::string ContentHash(std::string_view bytes);

// Everything extracted from one article.
struct Extraction {
  Article article;
  std::vector<Block> blocks;
  std::vector<Sentence> sentences;
  std::vector<Mention> mentions;
  std::vector<Entity> entities;    // one per distinct id
  std::vector<Relation> relations; // one per distinct (subject, predicate, object)
  std::vector<std::string> warnings;
};

}  // namespace kzgraph

#endif  // KZGRAPH_EXTRACTION_H_
