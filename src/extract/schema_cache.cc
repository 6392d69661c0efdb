#include "extract/schema_cache.h"

#include <fcntl.h>
#include <link.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <memory>
#include <string_view>
#include <type_traits>
#include <utility>

#include "extract/dictionary.h"
#include "extract/lexicon.h"
#include "extract/phrase_index.h"
#include "kzgraph/extractor.h"

namespace kzgraph {

std::string DefaultSchemaCacheDir() {
  if (const char* env = std::getenv("KZGRAPH_SCHEMA_CACHE"); env != nullptr && *env != '\0') {
    const std::string_view v(env);
    if (v == "off" || v == "0" || v == "no" || v == "false") return "";
    return std::string(v);
  }
  if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg != nullptr && xdg[0] == '/')
    return std::string(xdg) + "/kzgraph";
  if (const char* home = std::getenv("HOME"); home != nullptr && *home != '\0')
    return std::string(home) + "/.cache/kzgraph";
  return "";
}

namespace extract {
namespace {

constexpr char kMagic[8] = {'K', 'Z', 'G', 'S', 'C', 'H', 'M', '\0'};

// Fletcher-style sums over 32-bit lanes, 64 bytes a step in four
// independent pairs of sums: a flipped or moved byte anywhere changes it,
// at a few instructions per 64 bytes (the payload is megabytes, read at
// every warm start). `n` is a multiple of 64.
uint64_t Checksum(const char* p, size_t n) {
  typedef uint32_t V4 __attribute__((vector_size(16)));
  V4 a0 = {1, 2, 3, 4}, a1 = {5, 6, 7, 8}, a2 = {9, 10, 11, 12}, a3 = {13, 14, 15, 16};
  V4 b0 = {}, b1 = {}, b2 = {}, b3 = {};
  for (const char *at = p, *end = p + n; at != end; at += 64) {
    V4 w0, w1, w2, w3;
    std::memcpy(&w0, at, 16);
    std::memcpy(&w1, at + 16, 16);
    std::memcpy(&w2, at + 32, 16);
    std::memcpy(&w3, at + 48, 16);
    a0 += w0;
    a1 += w1;
    a2 += w2;
    a3 += w3;
    b0 += a0;
    b1 += a1;
    b2 += a2;
    b3 += a3;
  }
  uint64_t h = n;
  for (const V4& v : {a0, a1, a2, a3, b0, b1, b2, b3}) {
    for (int j = 0; j < 4; ++j) h = (h ^ v[j]) * 0x100000001b3ull;
  }
  return h;
}

// The build identity of the code that loads the schema: the GNU build-id
// of the object holding this function (a hash of its bytes, written by the
// linker), else that file's size and mtime.
struct BuildIdSearch {
  uintptr_t address;
  std::string id;
};

int FindBuildId(dl_phdr_info* info, size_t, void* data) {
  auto* search = static_cast<BuildIdSearch*>(data);
  bool mine = false;
  for (int k = 0; k < info->dlpi_phnum; ++k) {
    const auto& ph = info->dlpi_phdr[k];
    const uintptr_t begin = info->dlpi_addr + ph.p_vaddr;
    if (ph.p_type == PT_LOAD && search->address >= begin && search->address < begin + ph.p_memsz)
      mine = true;
  }
  if (!mine) return 0;
  for (int k = 0; k < info->dlpi_phnum; ++k) {
    const auto& ph = info->dlpi_phdr[k];
    if (ph.p_type != PT_NOTE) continue;
    const char* at = reinterpret_cast<const char*>(info->dlpi_addr + ph.p_vaddr);
    const char* end = at + ph.p_memsz;
    while (at + sizeof(ElfW(Nhdr)) <= end) {
      ElfW(Nhdr) note;
      std::memcpy(&note, at, sizeof note);
      const char* name = at + sizeof note;
      const char* desc = name + ((note.n_namesz + 3) & ~3u);
      if (note.n_type == NT_GNU_BUILD_ID && note.n_namesz == 4 &&
          std::memcmp(name, "GNU", 4) == 0 && desc + note.n_descsz <= end) {
        search->id.assign("build-id:").append(desc, note.n_descsz);
        return 1;
      }
      at = desc + ((note.n_descsz + 3) & ~3u);
    }
  }
  const std::string file =
      info->dlpi_name != nullptr && info->dlpi_name[0] != '\0' ? info->dlpi_name : "/proc/self/exe";
  struct stat st;
  if (::stat(file.c_str(), &st) == 0) {
    search->id.assign("file:");
    search->id.append(reinterpret_cast<const char*>(&st.st_size), sizeof st.st_size);
    search->id.append(reinterpret_cast<const char*>(&st.st_mtim), sizeof st.st_mtim);
  }
  return 1;
}

const std::string& BuildIdentity() {
  static const std::string id = [] {
    BuildIdSearch search{reinterpret_cast<uintptr_t>(&FindBuildId), ""};
    dl_iterate_phdr(FindBuildId, &search);
    return search.id;
  }();
  return id;
}

void PutU32(std::string* out, uint32_t v) { out->append(reinterpret_cast<const char*>(&v), 4); }
void PutU64(std::string* out, uint64_t v) { out->append(reinterpret_cast<const char*>(&v), 8); }
void PutStr(std::string* out, std::string_view s) {
  PutU32(out, static_cast<uint32_t>(s.size()));
  out->append(s);
}

// One input file in the key: the path as given (it is in the lexicon's
// "FILE:LINE" explanations), the canonical path, size, times and inode.
// False when it cannot be read: the loader then reports it, uncached.
// (A folder's files need no canonical path of their own: their folder's is
// in the key, and stat reads the file a link points to.)
bool PutFile(std::string* key, const std::string& path, bool canonical = true) {
  struct stat st;
  if (::stat(path.c_str(), &st) != 0) return false;
  PutStr(key, path);
  if (canonical) {
    std::error_code ec;
    PutStr(key, std::filesystem::canonical(path, ec).string());
    if (ec) return false;
  }
  PutU64(key, static_cast<uint64_t>(st.st_size));
  PutU64(key, static_cast<uint64_t>(st.st_mtim.tv_sec));
  PutU64(key, static_cast<uint64_t>(st.st_mtim.tv_nsec));
  PutU64(key, static_cast<uint64_t>(st.st_ctim.tv_sec));
  PutU64(key, static_cast<uint64_t>(st.st_ctim.tv_nsec));
  PutU64(key, static_cast<uint64_t>(st.st_ino));
  PutU64(key, static_cast<uint64_t>(st.st_dev));
  return true;
}

// The files the loaders read from `dir` (util/read_file.cc ReadFolder: the
// entries whose extension is `extension`, in name order) into the key.
bool PutFolder(std::string* key, const std::string& dir, std::string_view extension) {
  namespace fs = std::filesystem;
  std::vector<std::string> files;
  std::error_code ec;
  PutStr(key, dir);
  if (fs::is_directory(dir, ec)) {
    for (const auto& entry : fs::directory_iterator(dir, ec)) {
      if (entry.path().extension() == extension) files.push_back(entry.path().string());
    }
    if (ec) return false;
    PutStr(key, fs::canonical(dir, ec).string());
    if (ec) return false;
  }
  std::sort(files.begin(), files.end());
  PutU64(key, files.size());
  for (const std::string& f : files) {
    if (!PutFile(key, f, false)) return false;
  }
  return true;
}

// Values copied as bytes: plain structs, and pairs of them (std::pair is
// not trivially copyable, for its assignment operators, but its bytes are
// its two members').
template <typename T>
struct Flat : std::is_trivially_copyable<T> {};
template <typename A, typename B>
struct Flat<std::pair<A, B>>
    : std::bool_constant<std::is_trivially_copyable_v<A> && std::is_trivially_copyable_v<B>> {};

uint64_t Fnv(std::string_view s) {
  uint64_t h = 0xcbf29ce484222325ull;
  for (unsigned char c : s) h = (h ^ c) * 0x100000001b3ull;
  return h;
}

}  // namespace

SchemaCacheKey MakeSchemaCacheKey(const std::string& cache_dir, const std::string& schema_dir,
                                  const std::vector<std::string>& extra_dicts) {
  SchemaCacheKey key;
  if (cache_dir.empty() || BuildIdentity().empty()) return key;
  std::string& k = key.bytes;
  PutU32(&k, kSchemaCacheVersion);
  PutStr(&k, BuildIdentity());
  if (!PutFolder(&k, schema_dir + "/dict", ".jsonl")) return {};
  PutU64(&k, extra_dicts.size());
  for (const std::string& f : extra_dicts) {
    if (!PutFile(&k, f)) return {};
  }
  if (!PutFolder(&k, schema_dir + "/lexicon", ".tsv")) return {};
  // One file per set of inputs (their canonical paths): a new build or an
  // edited file replaces it rather than adding files.
  std::error_code ec;
  std::string paths = std::filesystem::canonical(schema_dir, ec).string();
  if (ec) return {};
  for (const std::string& f : extra_dicts) {
    paths.append("\n").append(std::filesystem::canonical(f, ec).string());
    if (ec) return {};
  }
  char name[40];
  std::snprintf(name, sizeof name, "/schema-%016llx.bin",
                static_cast<unsigned long long>(Fnv(paths)));
  key.file = cache_dir + name;
  return key;
}

// The writer and reader of the payload: they are friends of the classes
// whose loaded state they copy.
class SchemaCacheIO {
 public:
  // ---- writing ----
  class Writer {
   public:
    void U32(uint32_t v) { PutU32(&out_, v); }
    void U64(uint64_t v) { PutU64(&out_, v); }
    void I32(int v) { U32(static_cast<uint32_t>(v)); }
    void Str(std::string_view s) { PutStr(&out_, s); }
    // A vector of plain values: its count, then its bytes 8-aligned.
    template <typename T>
    void Pod(const T* data, size_t n) {
      static_assert(Flat<T>::value);
      U64(n);
      Align();
      out_.append(reinterpret_cast<const char*>(data), n * sizeof(T));
      Align();
    }
    void Align(size_t to = 8) {
      while (out_.size() % to != 0) out_.push_back('\0');
    }
    std::string& out() { return out_; }

   private:
    std::string out_;
  };

  // ---- reading: every read bounds-checked; a failed read sets ok() false ----
  class Reader {
   public:
    Reader(const char* p, const char* end) : p_(p), end_(end), begin_(p) {}
    bool ok() const { return ok_; }
    bool done() const { return ok_ && p_ == end_; }
    uint32_t U32() { return Get<uint32_t>(); }
    uint64_t U64() { return Get<uint64_t>(); }
    int I32() { return static_cast<int>(Get<uint32_t>()); }
    // Into an empty string (most of the empty ones cost nothing).
    void Str(std::string* s) {
      const uint32_t n = U32();
      if (n == 0 || !Need(n)) return;
      s->append(p_, n);  // (no temporary, and no assign's checks for overlap)
      p_ += n;
    }
    std::string_view View() {
      const uint32_t n = U32();
      if (!Need(n)) return {};
      std::string_view v(p_, n);
      p_ += n;
      return v;
    }
    // A count that cannot exceed the bytes left (each item takes >= min_bytes).
    size_t Count(size_t min_bytes) {
      const uint64_t n = U64();
      if (!ok_ || n > static_cast<uint64_t>(end_ - p_) / min_bytes) {
        ok_ = false;
        return 0;
      }
      return static_cast<size_t>(n);
    }
    template <typename T>
    void Pod(std::vector<T>* v) {
      static_assert(Flat<T>::value);
      const size_t n = Count(1);
      Align();
      if (!Need(n * sizeof(T))) return;
      if constexpr (std::is_trivially_copyable_v<T> && alignof(T) <= 8) {
        // Copied once, with no zeroing first (the buffer is 8-aligned).
        const T* from = reinterpret_cast<const T*>(p_);
        v->assign(from, from + n);
      } else {
        v->resize(n);
        if (n != 0) std::memcpy(static_cast<void*>(v->data()), p_, n * sizeof(T));
      }
      p_ += n * sizeof(T);
      Align();
    }
    void PodString(std::string* s) {
      const size_t n = Count(1);
      Align();
      if (!Need(n)) return;
      s->assign(p_, n);
      p_ += n;
      Align();
    }
    void Align() {
      const size_t at = static_cast<size_t>(p_ - begin_);
      const size_t pad = (8 - at % 8) % 8;
      if (Need(pad)) p_ += pad;
    }
    bool Need(size_t n) {
      if (!ok_ || n > static_cast<size_t>(end_ - p_)) ok_ = false;
      return ok_;
    }
    void Fail() { ok_ = false; }

   private:
    template <typename T>
    T Get() {
      T v{};
      if (!Need(sizeof v)) return v;
      std::memcpy(&v, p_, sizeof v);
      p_ += sizeof v;
      return v;
    }
    const char* p_;
    const char* end_;
    const char* begin_;
    bool ok_ = true;
  };

  // The built index only: its buckets, their offsets and first words. The
  // phrases as added (phrases_, words_, chars_) are left out; an Add after
  // loading takes them back from the buckets (phrase_index.cc).
  static void Write(const PhraseIndex& x, Writer* w) {
    x.EnsureBuilt();
    w->Pod(x.arena_.data(), x.arena_.size());
    w->Pod(x.bucket_at_.data(), x.bucket_at_.size());
    // The first words: their sizes, then their bytes end to end.
    std::vector<uint32_t> sizes;
    std::string bytes;
    sizes.reserve(x.firsts_.size());
    for (const std::string& f : x.firsts_) {
      sizes.push_back(static_cast<uint32_t>(f.size()));
      bytes.append(f);
    }
    w->Pod(sizes.data(), sizes.size());
    w->Pod(bytes.data(), bytes.size());
  }

  static bool Read(Reader* r, PhraseIndex* x) {
    r->Pod(&x->arena_);
    r->Pod(&x->bucket_at_);
    std::vector<uint32_t> sizes;
    r->Pod(&sizes);
    std::string bytes;
    r->PodString(&bytes);
    if (!r->ok() || sizes.size() != x->bucket_at_.size()) return false;
    x->firsts_.resize(sizes.size());
    x->by_first_.Reserve(sizes.size());
    size_t at = 0;
    for (size_t k = 0; k < sizes.size(); ++k) {
      if (sizes[k] > bytes.size() - at || x->bucket_at_[k] >= x->arena_.size()) return false;
      x->firsts_[k].assign(bytes.data() + at, sizes[k]);
      at += sizes[k];
      x->by_first_[x->firsts_[k]] = static_cast<uint32_t>(k + 1);
    }
    x->stale_ = false;
    return at == bytes.size();
  }

  static void Write(const Dictionary& d, Writer* w) {
    w->U64(d.actors_.size());
    for (const Actor& a : d.actors_) {
      w->Str(a.id);
      w->Str(a.kind);
      w->Str(a.name);
      w->Str(a.name_fr);
      w->Str(a.adj_en);
      w->Str(a.gender);
      w->Str(a.in_country);
      w->Str(a.de_jure);
      w->U32(a.disputed ? 1 : 0);
      w->U32(static_cast<uint32_t>(a.offices.size()));
      for (const Office& o : a.offices) {
        w->Str(o.role);
        w->Str(o.of);
        w->Str(o.from);
        w->Str(o.to);
      }
      w->U32(static_cast<uint32_t>(a.members.size()));
      for (const std::string& m : a.members) w->Str(m);
    }
    w->Pod(d.names_.data(), d.names_.size());
    Write(d.index_, w);
    w->U64(d.office_holders_.size());
    for (const auto& [key, holders] : d.office_holders_) {
      w->Str(key.first);
      w->Str(key.second);
      w->Pod(holders.data(), holders.size());
    }
    w->U64(d.acronyms_.size());
    for (const auto& [surface, names] : d.acronyms_) {
      w->Str(surface);
      w->Pod(names.data(), names.size());
    }
    std::vector<uint64_t> folds(d.acronym_folds_.begin(), d.acronym_folds_.end());
    w->Pod(folds.data(), folds.size());
    w->Pod(d.acronym_bloom_, 64);
  }

  static bool Read(Reader* r, Dictionary* d) {
    const size_t actors = r->Count(8 * 4 + 12);
    d->actors_.resize(actors);
    d->by_id_.Reserve(actors);
    for (size_t k = 0; k < actors && r->ok(); ++k) {
      Actor& a = d->actors_[k];
      r->Str(&a.id);
      r->Str(&a.kind);
      r->Str(&a.name);
      r->Str(&a.name_fr);
      r->Str(&a.adj_en);
      r->Str(&a.gender);
      r->Str(&a.in_country);
      r->Str(&a.de_jure);
      a.disputed = r->U32() != 0;
      const uint32_t offices = r->U32();
      if (!r->Need(size_t{16} * offices)) return false;
      a.offices.resize(offices);
      for (Office& o : a.offices) {
        r->Str(&o.role);
        r->Str(&o.of);
        r->Str(&o.from);
        r->Str(&o.to);
      }
      const uint32_t members = r->U32();
      if (!r->Need(size_t{4} * members)) return false;
      a.members.resize(members);
      for (std::string& m : a.members) r->Str(&m);
      d->by_id_[a.id] = static_cast<int>(k + 1);
    }
    r->Pod(&d->names_);
    if (!r->ok() || !Read(r, &d->index_)) return false;
    const size_t groups = r->Count(16);
    for (size_t k = 0; k < groups && r->ok(); ++k) {
      std::pair<std::string, std::string> key;
      r->Str(&key.first);
      r->Str(&key.second);
      std::vector<int> holders;
      r->Pod(&holders);
      d->office_holders_.emplace_hint(d->office_holders_.end(), std::move(key), std::move(holders));
    }
    const size_t acronyms = r->Count(12);
    d->acronyms_.reserve(acronyms);
    for (size_t k = 0; k < acronyms && r->ok(); ++k) {
      std::string surface;
      r->Str(&surface);
      r->Pod(&d->acronyms_[std::move(surface)]);
    }
    std::vector<uint64_t> folds;
    r->Pod(&folds);
    d->acronym_folds_.insert(folds.begin(), folds.end());
    std::vector<uint64_t> bloom;
    r->Pod(&bloom);
    if (!r->ok() || bloom.size() != 64) return false;
    std::memcpy(d->acronym_bloom_, bloom.data(), sizeof d->acronym_bloom_);
    return r->ok();
  }

  static void Write(const Lexicon& l, Writer* w) {
    w->U64(l.entries_.size());
    for (const LexEntry& e : l.entries_) {
      w->I32(e.cls);
      w->Str(e.phrase);
      w->Str(e.where);
      w->U32(static_cast<uint32_t>(e.attrs.size()));
      for (const auto& [key, value] : e.attrs) {
        w->Str(key);
        w->Str(value);
        w->I32(lex_keys::SlotOf(key));  // Resolve()'s slot, found once here
      }
    }
    w->Pod(l.forms_.data(), l.forms_.size());
    w->U64(l.class_ids_.size());
    for (const auto& [name, id] : l.class_ids_) {
      w->Str(name);
      w->I32(id);
    }
    Write(l.index_, w);
  }

  static bool Read(Reader* r, Lexicon* l) {
    const size_t entries = r->Count(16);
    l->entries_.resize(entries);
    for (size_t k = 0; k < entries && r->ok(); ++k) {
      LexEntry& e = l->entries_[k];
      e.cls = r->I32();
      r->Str(&e.phrase);
      r->Str(&e.where);
      const uint32_t attrs = r->U32();
      for (uint32_t a = 0; a < attrs && r->ok(); ++a) {
        const std::string_view key = r->View();
        auto it = e.attrs.emplace_hint(e.attrs.end(), key, std::string());
        r->Str(&it->second);
        const int slot = r->I32();
        if (slot >= LexEntry::kKnown) return false;
        if (slot >= 0) e.known_[slot] = it->second;
      }
    }
    r->Pod(&l->forms_);
    const size_t classes = r->Count(8);
    for (size_t k = 0; k < classes && r->ok(); ++k) {
      std::string name;
      r->Str(&name);
      l->class_ids_[std::move(name)] = r->I32();
    }
    return r->ok() && Read(r, &l->index_);
  }
};

namespace {

// The file: magic, version, the key's size and bytes, the payload's size
// and checksum, padding to 16, the payload (storage_format.md).
constexpr size_t kHeadBytes = 8 + 4 + 4;

bool WriteAll(int fd, const char* p, size_t n) {
  while (n > 0) {
    const ssize_t put = ::write(fd, p, n);
    if (put < 0 && errno == EINTR) continue;
    if (put <= 0) return false;
    p += put;
    n -= static_cast<size_t>(put);
  }
  return true;
}

}  // namespace

bool LoadSchemaCache(const SchemaCacheKey& key, Dictionary* dict, Lexicon* lex) {
  if (key.file.empty()) return false;
  const int fd = ::open(key.file.c_str(), O_RDONLY | O_CLOEXEC);
  if (fd < 0) return false;
  struct stat st;
  if (::fstat(fd, &st) != 0 || st.st_size < static_cast<off_t>(kHeadBytes)) {
    ::close(fd);
    return false;
  }
  const size_t size = static_cast<size_t>(st.st_size);
  // Mapped, not read into the heap: no copy, and the pages go back to the
  // system after, not to the allocator (which would have to zero them again
  // for the word table's calloc).
  void* const map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
  ::close(fd);
  if (map == MAP_FAILED) return false;
  struct Unmap {
    void* p;
    size_t n;
    ~Unmap() { ::munmap(p, n); }
  } unmap{map, size};
  const char* const data = static_cast<const char*>(map);
  uint32_t version, key_size;
  std::memcpy(&version, data + 8, 4);
  std::memcpy(&key_size, data + 12, 4);
  if (std::memcmp(data, kMagic, 8) != 0 || version != kSchemaCacheVersion ||
      key_size != key.bytes.size() || size < kHeadBytes + key_size + 16 ||
      std::memcmp(data + kHeadBytes, key.bytes.data(), key_size) != 0)
    return false;
  size_t at = kHeadBytes + key_size;
  uint64_t payload_size, checksum;
  std::memcpy(&payload_size, data + at, 8);
  std::memcpy(&checksum, data + at + 8, 8);
  at = (at + 16 + 15) & ~size_t{15};
  if (at > size || payload_size != size - at || payload_size % 64 != 0 ||
      Checksum(data + at, payload_size) != checksum)
    return false;
  SchemaCacheIO::Reader r(data + at, data + size);
  if (!SchemaCacheIO::Read(&r, dict) || !SchemaCacheIO::Read(&r, lex)) return false;
  r.Align();
  // Only the padding to 64 may be left.
  return r.ok();
}

bool SaveSchemaCache(const SchemaCacheKey& key, const Dictionary& dict, const Lexicon& lex) {
  if (key.file.empty()) return false;
  SchemaCacheIO::Writer w;
  SchemaCacheIO::Write(dict, &w);
  SchemaCacheIO::Write(lex, &w);
  w.Align(64);
  const std::string& payload = w.out();
  std::string head(kMagic, 8);
  PutU32(&head, kSchemaCacheVersion);
  PutU32(&head, static_cast<uint32_t>(key.bytes.size()));
  head.append(key.bytes);
  PutU64(&head, payload.size());
  PutU64(&head, Checksum(payload.data(), payload.size()));
  while (head.size() % 16 != 0) head.push_back('\0');

  const std::string dir = std::filesystem::path(key.file).parent_path().string();
  std::error_code ec;
  std::filesystem::create_directories(dir, ec);
  const std::string tmp = key.file + ".tmp" + std::to_string(::getpid());
  const int fd = ::open(tmp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  bool ok = WriteAll(fd, head.data(), head.size()) && WriteAll(fd, payload.data(), payload.size());
  ok = ::close(fd) == 0 && ok;
  if (ok) ok = ::rename(tmp.c_str(), key.file.c_str()) == 0;
  if (!ok) ::unlink(tmp.c_str());
  return ok;
}

}  // namespace extract
}  // namespace kzgraph
