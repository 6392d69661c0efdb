// Word segmentation for the extractor. The text stage gives sentences; the
// patterns need finer units than its tokens: hyphenated and elided forms
// split ("États-Unis" -> "etats" "unis", "l’Occident" -> "l'" "occident"),
// every quotation mark normalised, abbreviations kept whole ("M.", "V.").
// Splitting is idempotent, so a better upstream tokenizer changes nothing.
#ifndef KZGRAPH_SRC_EXTRACT_WORDS_H_
#define KZGRAPH_SRC_EXTRACT_WORDS_H_

#include <bit>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

#include "kzgraph/extraction.h"

namespace kzgraph::extract {

struct Word {
  Span span;
  std::string fold;            // lower case, no accents; punctuation: one char
  uint64_t hash = 0;           // FoldHash(fold): phrase matching compares it first
  bool word = false;           // letters or digits
  bool upper_initial = false;  // "Poutine", "OTSC"
  bool all_caps = false;       // at least two letters, all capitals
  bool elided = false;         // ended by an apostrophe ("l'", "qu'", "n'")
  bool hyphen_before = false;  // glued to the previous word by a hyphen
  bool abbrev = false;         // kept its final dot ("M.", "V.")
  bool hashtag = false;        // "#Libération_Palestine": never an actor
  char punct =
      0;  // punctuation: , . ( ) : ; - ! ? and '<' '>' '"' for quotes (opening, closing, either)
  // Pads Word to 64 bytes: the rules take s.w.size() for nearly every test,
  // and a power-of-two size makes that a shift instead of a division.
  uint64_t reserved_ = 0;
};
static_assert(sizeof(Word) == 64 || sizeof(void*) != 8, "Word is meant to be 64 bytes");

// Appends the words of text[span] to *out.
void SplitWords(const std::string& text, Span span, std::vector<Word>* out);

// Whether the last word of text[span] is an abbreviation kept with its dot
// ("M.", "V.", "U.S."), as SplitWords would tell.
bool EndsWithAbbrev(const std::string& text, Span span);

// Folds one name the way SplitWords folds words, then splits it into the
// word folds (for dictionary phrases): "l’Occident" -> {"l", "occident"}.
std::vector<std::string> FoldPhrase(std::string_view phrase);
// The same into *out (cleared first): the loaders fold tens of thousands of
// phrases into one reused vector.
void FoldPhraseInto(std::string_view phrase, std::vector<std::string>* out);

// Lower case without accents for one word (fast path over Latin scripts).
std::string FoldWord(std::string_view surface);

// A 64-bit digest of a fold, kept in Word::hash. It reads the fold eight
// bytes at a time (native byte order, the last chunk zero-padded: folds
// hold no NUL) so that SplitWords can hash the chunks it folds without a second
// pass. Process-internal: nothing stores it.
constexpr uint64_t kFoldHashPrime = 0x9E3779B97F4A7C15ull;
inline uint64_t FoldHashChunk(uint64_t h, uint64_t chunk) { return (h ^ chunk) * kFoldHashPrime; }
inline uint64_t FoldHashFinish(uint64_t h, size_t length) {
  h ^= length;
  h ^= h >> 29;
  h *= 0xBF58476D1CE4E5B9ull;
  return h ^ (h >> 32);
}
// The last 1..7 bytes of a fold as FoldHash reads them: memcpy'd into a
// zeroed chunk, by fixed-size loads where the byte order allows.
inline uint64_t FoldTailChunk(const char* p, size_t rest) {
  uint64_t chunk = 0;
  if constexpr (std::endian::native == std::endian::little) {
    unsigned shift = 0;
    if (rest & 4) {
      uint32_t v;
      std::memcpy(&v, p, 4);
      chunk = v;
      p += 4;
      shift = 32;
    }
    if (rest & 2) {
      uint16_t v;
      std::memcpy(&v, p, 2);
      chunk |= uint64_t{v} << shift;
      p += 2;
      shift += 16;
    }
    if (rest & 1) chunk |= uint64_t{static_cast<unsigned char>(*p)} << shift;
  } else {
    std::memcpy(&chunk, p, rest);
  }
  return chunk;
}
inline uint64_t FoldHash(std::string_view fold) {
  uint64_t h = 0;
  size_t k = 0;
  for (; k + 8 <= fold.size(); k += 8) {
    uint64_t chunk;
    std::memcpy(&chunk, fold.data() + k, 8);
    h = FoldHashChunk(h, chunk);
  }
  if (k < fold.size()) h = FoldHashChunk(h, FoldTailChunk(fold.data() + k, fold.size() - k));
  return FoldHashFinish(h, fold.size());
}

// Whether two folds of `size` bytes each with equal FoldHashes are equal
// without comparing their bytes: up to 8 bytes, FoldHash is one-to-one among
// folds of one size (the bytes are the one chunk, zero-padded at fixed
// places; the multiplication by an odd number, the xor with the size and
// FoldHashFinish's xor-shifts and odd multiplication are each invertible).
// Callers must check the sizes are equal: across sizes it proves nothing.
inline constexpr bool FoldHashSettles(size_t size) { return size <= 8; }

// Whether a[0, n) equals b[0, n): short strings by fixed-size loads, not a
// memcmp call.
[[gnu::always_inline]] inline bool SameBytes(const char* a, const char* b, size_t n) {
  if (n >= 8 && n <= 16) {
    uint64_t a0, a1, b0, b1;
    std::memcpy(&a0, a, 8);
    std::memcpy(&b0, b, 8);
    std::memcpy(&a1, a + n - 8, 8);
    std::memcpy(&b1, b + n - 8, 8);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n >= 4 && n < 8) {
    uint32_t a0, a1, b0, b1;
    std::memcpy(&a0, a, 4);
    std::memcpy(&b0, b, 4);
    std::memcpy(&a1, a + n - 4, 4);
    std::memcpy(&b1, b + n - 4, 4);
    return ((a0 ^ b0) | (a1 ^ b1)) == 0;
  }
  if (n < 4) {
    for (size_t k = 0; k < n; ++k) {
      if (a[k] != b[k]) return false;
    }
    return true;
  }
  return std::memcmp(a, b, n) == 0;
}

// A map from word folds to values, looked up with the hash SplitWords
// already computed (Word::hash): one probe and one compare per word, where a
// std::unordered_map<std::string, V> hashes the fold again. Open addressing,
// linear probing, at most half full. The keys' bytes sit in one pool, not in
// a std::string per slot: a slot is small (a cache line at most, aligned to
// it when it needs most of one), so a probe costs one line, and the pool of
// keys is dense.
template <typename V>
class FoldTable {
  // The slots are zeroed in one memset, not constructed one by one (the
  // resources' word table is megabytes, built at every start): a zero slot
  // is empty, and a zero V is its default (plain structs of numbers,
  // pointers and bools).
  static_assert(std::is_trivially_copyable_v<V>, "FoldTable values are copied as bytes");

 public:
  FoldTable() = default;
  FoldTable(const FoldTable& o) : keys_(o.keys_), size_(o.size_) { CopySlots(o); }
  FoldTable(FoldTable&& o) noexcept
      : raw_(std::move(o.raw_)), slots_(o.slots_), slot_count_(o.slot_count_),
        keys_(std::move(o.keys_)), size_(o.size_) {
    o.slots_ = nullptr;
    o.slot_count_ = o.size_ = 0;
  }
  FoldTable& operator=(const FoldTable& o) {
    if (this != &o) {
      keys_ = o.keys_;
      size_ = o.size_;
      CopySlots(o);
    }
    return *this;
  }
  FoldTable& operator=(FoldTable&& o) noexcept {
    if (this != &o) {
      raw_ = std::move(o.raw_);
      slots_ = o.slots_;
      slot_count_ = o.slot_count_;
      keys_ = std::move(o.keys_);
      size_ = o.size_;
      o.slots_ = nullptr;
      o.slot_count_ = o.size_ = 0;
    }
    return *this;
  }

  // The value of `fold`, inserted (value-initialised) if new.
  V& operator[](std::string_view fold) {
    if ((size_ + 1) * 2 > slot_count_) Grow();
    const uint64_t h = FoldHash(fold);
    Slot* slot = Probe(h, fold);
    if (slot->key_size == 0) {
      slot->hash = h;
      slot->key_at = static_cast<uint32_t>(keys_.size());
      slot->key_size = static_cast<uint32_t>(fold.size()) + 1;
      keys_.append(fold);
      ++size_;
    }
    return slot->value;
  }
  // The value of `w`'s fold, or nullptr.
  const V* Find(const Word& w) const { return Find(w.hash, w.fold); }
  const V* Find(std::string_view fold) const { return Find(FoldHash(fold), fold); }
  // The same when the caller has FoldHash(fold) already.
  const V* FindHashed(uint64_t hash, std::string_view fold) const { return Find(hash, fold); }
  size_t size() const { return size_; }
  // Room for n values without growing (a table grows by rehashing them all).
  void Reserve(size_t n) {
    size_t slots = slot_count_ == 0 ? 64 : slot_count_;
    while (n * 2 > slots) slots *= 2;
    if (slots > slot_count_) Rehash(slots);
  }
  void clear() {
    raw_.reset();
    slots_ = nullptr;
    slot_count_ = 0;
    keys_.clear();
    size_ = 0;
  }

 private:
  static constexpr size_t kSlotBytes = 16 + sizeof(V);
  // A slot of more than half a cache line is aligned to one: one line per probe.
  static constexpr size_t kSlotAlign = kSlotBytes > 32 && kSlotBytes <= 64
                                           ? 64
                                           : (alignof(V) > 8 ? alignof(V) : 8);
  struct alignas(kSlotAlign) Slot {
    uint64_t hash = 0;
    uint32_t key_at = 0;    // the key's first byte in keys_
    uint32_t key_size = 0;  // the key's length + 1; 0: an empty slot
    V value{};
  };
  static_assert(std::is_trivially_copyable_v<Slot>);
  struct FreeRaw {
    void operator()(void* p) const { std::free(p); }
  };
  using Raw = std::unique_ptr<void, FreeRaw>;
  // Points *slots at n slots of zero bytes in *raw, aligned (Slot is
  // trivially copyable: an implicit-lifetime type, so zeroed storage holds
  // n empty slots). calloc: a big table's fresh pages come zeroed from the
  // system, with no memset.
  static void ZeroSlots(size_t n, Raw* raw, Slot** slots) {
    void* p = std::calloc(n * sizeof(Slot) + alignof(Slot), 1);
    if (p == nullptr) throw std::bad_alloc();
    raw->reset(p);
    const uintptr_t at = (reinterpret_cast<uintptr_t>(p) + alignof(Slot) - 1) &
                         ~static_cast<uintptr_t>(alignof(Slot) - 1);
    *slots = std::launder(reinterpret_cast<Slot*>(at));
  }
  void CopySlots(const FoldTable& o) {
    slot_count_ = o.slot_count_;
    raw_.reset();
    slots_ = nullptr;
    if (slot_count_ == 0) return;
    ZeroSlots(slot_count_, &raw_, &slots_);
    std::memcpy(slots_, o.slots_, slot_count_ * sizeof(Slot));
  }
  // Equal hashes and sizes settle a fold of at most 8 bytes (FoldHashSettles):
  // only longer keys are compared in the pool, a second cache miss spared.
  bool Holds(const Slot& s, uint64_t h, std::string_view fold) const {
    return s.hash == h && s.key_size == fold.size() + 1 &&
           (FoldHashSettles(fold.size()) ||
            SameBytes(keys_.data() + s.key_at, fold.data(), fold.size()));
  }
  const V* Find(uint64_t h, std::string_view fold) const {
    if (slot_count_ == 0) return nullptr;
    const size_t mask = slot_count_ - 1;
    for (size_t k = Mix(h) & mask;; k = (k + 1) & mask) {
      const Slot& s = slots_[k];
      if (s.key_size == 0) return nullptr;
      if (Holds(s, h, fold)) return &s.value;
    }
  }
  Slot* Probe(uint64_t h, std::string_view fold) {
    const size_t mask = slot_count_ - 1;
    for (size_t k = Mix(h) & mask;; k = (k + 1) & mask) {
      Slot& s = slots_[k];
      if (s.key_size == 0 || Holds(s, h, fold)) return &s;
    }
  }
  // Probing for a slot while rehashing: the keys are distinct, so the first
  // empty slot is the place.
  Slot* EmptyFor(uint64_t h) {
    const size_t mask = slot_count_ - 1;
    for (size_t k = Mix(h) & mask;; k = (k + 1) & mask) {
      if (slots_[k].key_size == 0) return &slots_[k];
    }
  }
  // FNV-1a's low bits mix poorly for short strings: fold the high bits in.
  static size_t Mix(uint64_t h) { return static_cast<size_t>(h ^ (h >> 29) ^ (h >> 47)); }
  void Grow() { Rehash(slot_count_ == 0 ? 64 : slot_count_ * 2); }
  void Rehash(size_t slots) {
    Raw old_raw = std::move(raw_);
    const Slot* const old = slots_;
    const size_t old_count = slot_count_;
    ZeroSlots(slots, &raw_, &slots_);
    slot_count_ = slots;
    for (size_t k = 0; k < old_count; ++k) {
      if (old[k].key_size != 0) *EmptyFor(old[k].hash) = old[k];
    }
  }
  Raw raw_;               // the slots' allocation
  Slot* slots_ = nullptr;  // in raw_, aligned
  size_t slot_count_ = 0;  // a power of two, or 0
  std::string keys_;  // the keys' bytes, one after another
  size_t size_ = 0;
};

}  // namespace kzgraph::extract

#endif  // KZGRAPH_SRC_EXTRACT_WORDS_H_
