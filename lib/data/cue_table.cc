// Loading and searching a table of cue words (data/cue_table.h).
#include "data/cue_table.h"

#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <type_traits>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "text/cpu.h"
#include "text/utf8.h"

#if defined(MUBIAO_AVX2_VARIANTS)
#include <immintrin.h>
#define MUBIAO_CUE_WIDE_WALK 1
#endif

namespace mubiao::data {
namespace {

// The rows of a data table as cues: word, role, value (role-second tables).
std::vector<Cue> rows_of(const Table& table) {
  std::vector<Cue> out;
  for (const TableRow& r : table.rows())
    out.push_back(Cue{std::string(r.cell(0)), std::string(r.cell(1)), std::string(r.cell(2))});
  return out;
}

std::vector<std::string> roles_of(const Table& table) {
  return {table.schema().roles.begin(), table.schema().roles.end()};
}

char32_t first_char(std::string_view w) {
  std::size_t i = 0;
  return w.empty() ? 0 : utf8::decode(w, i);
}

char32_t last_char(std::string_view w) {
  // Most text ends in a 3-byte character (all of Han): read it directly.
  if (const std::size_t n = w.size();
      n >= 3 && (static_cast<unsigned char>(w[n - 3]) & 0xF0) == 0xE0)
    return (static_cast<char32_t>(w[n - 3] & 0x0F) << 12) |
           (static_cast<char32_t>(w[n - 2] & 0x3F) << 6) | static_cast<char32_t>(w[n - 1] & 0x3F);
  std::size_t i = w.size();
  return w.empty() ? 0 : utf8::decode_before(w, i);
}

// The character at text[i] of valid UTF-8, read directly when it has 3
// bytes (all of Han).
[[gnu::always_inline]] inline char32_t char_at(std::string_view text, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + i;
  if ((p[0] & 0xF0) == 0xE0 && i + 2 < text.size())
    return (static_cast<char32_t>(p[0] & 0x0F) << 12) | (static_cast<char32_t>(p[1] & 0x3F) << 6) |
           (p[2] & 0x3F);
  return utf8::decode(text, i);
}

// Whether text[i..) starts with word. A cue word or role name is a few
// characters and most candidates differ in the first bytes compared, so a
// loop here costs less than a call of memcmp (millions of them per report).
// (The first `same` bytes are known to be equal.)
bool holds_at(std::string_view text, std::size_t i, std::string_view word, std::size_t same = 0) {
  if (word.size() > text.size() - i) return false;
  const char* p = text.data() + i;
  for (std::size_t k = same; k < word.size(); ++k)
    if (p[k] != word[k]) return false;
  return true;
}

}  // namespace

namespace {
// Role names are a few ASCII letters: their length and first and last
// letters tell the dozen roles of a table apart well enough.
std::size_t role_hash(std::string_view name) {
  return name.empty() ? 0
                      : name.size() * 31u + static_cast<unsigned char>(name.front()) * 7u +
                            static_cast<unsigned char>(name.back());
}
}  // namespace

CueTable::CueTable(std::vector<Cue> rows, std::vector<std::string> known_roles)
    : rows_(std::move(rows)), known_roles_(std::move(known_roles)) {
  // Longest words first, so that the first match in a bucket is the longest.
  std::stable_sort(rows_.begin(), rows_.end(),
                   [](const Cue& a, const Cue& b) { return a.word.size() > b.word.size(); });
  row_role_.reserve(rows_.size());
  for (const Cue& c : rows_) {
    by_first_.index.add(first_char(c.word), &c);
    by_last_.add(last_char(c.word), &c);
    auto it =
        std::find_if(roles_.begin(), roles_.end(), [&](const Role& r) { return r.name == c.role; });
    if (it == roles_.end()) it = roles_.insert(roles_.end(), Role{c.role, {}, {}, {}});
    it->rows.push_back(&c);
    it->by_first.index.add(first_char(c.word), &c);
    it->by_last.add(last_char(c.word), &c);
    row_role_.push_back(static_cast<int>(it - roles_.begin()));
  }
  by_first_.seal();
  by_last_.seal();
  for (Role& r : roles_) {
    r.by_first.seal();
    r.by_last.seal();
  }
  std::size_t size = 8;
  while (size < 2 * roles_.size()) size *= 2;
  role_slots_.assign(size, -1);
  for (std::size_t r = 0; r < roles_.size(); ++r) {
    role_names_.push_back(roles_[r].name);
    std::size_t k = role_hash(roles_[r].name) & (size - 1);
    while (role_slots_[k] >= 0) k = (k + 1) & (size - 1);
    role_slots_[k] = static_cast<int>(r);
  }
}

void CueTable::Keyed::seal() {
  index.seal();
  starts = Starts::three_byte;
  index.each([&](char32_t c, const std::vector<const Cue*>&) {
    if (c >= 0x800 && c <= 0xFFFF) return;
    if (c < 0x80 && starts == Starts::three_byte) starts = Starts::ascii_or_three_byte;
    if (c >= 0x80) starts = Starts::any;
  });
  std::size_t keys = 0;
  index.each([&](char32_t, const std::vector<const Cue*>&) { ++keys; });
  pairs.assign((std::size_t{1} << (32 - kPairShift)) / 64, 0);
  open.assign((Index::kFilterMask + 1) / 64, 0);
  auto set = [](std::vector<std::uint64_t>& bits, std::size_t k) {
    bits[k >> 6] |= std::uint64_t{1} << (k & 63);
  };
  std::fill(std::begin(first_words), std::end(first_words), 0);
  index.each([&](char32_t c, const std::vector<const Cue*>& rows) {
    const std::size_t first = c & Index::kFilterMask;
    first_words[first >> 6] |= std::uint64_t{1} << (first & 63);
    for (const Cue* row : rows) {
      std::size_t i = 0;
      utf8::decode(row->word, i);
      if (i >= row->word.size()) {
        set(open, first);
        continue;
      }
      const std::size_t at = i;
      const char32_t d = utf8::decode(row->word, i);
      if (d < 0x80)
        set(pairs, pair_hash(first, 0x1000u | d));
      else if (i - at == 3)
        set(pairs, pair_hash(first, d & Index::kFilterMask));
      else
        set(open, first);
    }
  });
  // The groups of the wide walk: the keys' 12 bits in rising order, cut
  // into eight runs (neighbours share second bytes, so a group's entries
  // stay few).
  std::vector<std::size_t> bits;
  bits.reserve(keys);
  index.each(
      [&](char32_t c, const std::vector<const Cue*>&) { bits.push_back(c & Index::kFilterMask); });
  std::sort(bits.begin(), bits.end());
  bits.erase(std::unique(bits.begin(), bits.end()), bits.end());
  std::memset(groups_b1, 0, sizeof groups_b1);
  std::memset(groups_b2, 0, sizeof groups_b2);
  std::memset(ascii_low, 0, sizeof ascii_low);
  // Per group, the second and third bytes' payloads it holds, as bits: the
  // characters it passes are at most their product (groups may overlap).
  std::uint64_t seconds[8] = {}, thirds[8] = {};
  for (std::size_t k = 0; k < bits.size(); ++k) {
    const std::size_t g = k * 8 / bits.size(), b1 = bits[k] >> 6, b2 = bits[k] & 63;
    seconds[g] |= std::uint64_t{1} << b1;
    thirds[g] |= std::uint64_t{1} << b2;
    for (std::size_t lane : {0, 16}) {
      groups_b1[b1 >> 4][lane + (b1 & 15)] |= static_cast<unsigned char>(1u << g);
      groups_b2[b2 >> 4][lane + (b2 & 15)] |= static_cast<unsigned char>(1u << g);
      if (bits[k] < 0x80) ascii_low[lane + (bits[k] & 15)] |= 1u << (bits[k] >> 4);
    }
  }
  std::size_t passing = 0;  // of the 4096 values of 12 bits
  for (std::size_t g = 0; g < 8; ++g)
    passing += static_cast<std::size_t>(__builtin_popcountll(seconds[g])) *
               static_cast<std::size_t>(__builtin_popcountll(thirds[g]));
  wide = passing <= kWidePassing;
  few = 0;
  if (starts == Starts::three_byte && keys <= kFew)
    index.each([&](char32_t c, const std::vector<const Cue*>&) {
      // c is a 3-byte character (three_byte): its UTF-8 bytes.
      few_bytes[few][0] = static_cast<unsigned char>(0xE0 | (c >> 12));
      few_bytes[few][1] = static_cast<unsigned char>(0x80 | ((c >> 6) & 0x3F));
      few_bytes[few][2] = static_cast<unsigned char>(0x80 | (c & 0x3F));
      ++few;
    });
}

int CueTable::named_role(std::string_view role) const {
  const std::size_t mask = role_slots_.size() - 1;
  for (std::size_t k = role_hash(role) & mask; role_slots_[k] >= 0; k = (k + 1) & mask)
    if (const std::string& name = role_names_[static_cast<std::size_t>(role_slots_[k])];
        name.size() == role.size() && holds_at(role, 0, name))
      return role_slots_[k];
  if (!known_roles_.empty() &&
      std::find(known_roles_.begin(), known_roles_.end(), role) == known_roles_.end())
    throw data::TableError("no cue role '" + std::string(role) + "' in its table's schema");
  return kNoRole;
}

int CueTable::role_id(std::string_view role) const {
  return role.empty() ? kAnyRole : named_role(role);
}

const std::vector<const Cue*>& CueTable::with_role(CueRole role) const {
  static const std::vector<const Cue*> none;
  const int r = role.id_;
  return r >= 0 ? roles_[static_cast<std::size_t>(r)].rows : none;
}

Hit CueTable::at(std::string_view text, std::size_t i, int role) const {
  const auto* bucket = index_of(role).find(char_at(text, i));
  if (!bucket) return {};
  for (const Cue* c : *bucket)
    if (holds_at(text, i, c->word)) return Hit{c, i, i + c->word.size()};
  return {};
}

Hit CueTable::suffix(std::string_view text, CueRole role) const {
  const int r = role.id_;
  if (text.empty() || r == kNoRole) return {};
  const auto* bucket = (r == kAnyRole ? by_last_ : roles_[static_cast<std::size_t>(r)].by_last)
                           .find(last_char(text));
  if (!bucket) return {};
  for (const Cue* c : *bucket)
    if (text.size() >= c->word.size() && holds_at(text, text.size() - c->word.size(), c->word))
      return Hit{c, text.size() - c->word.size(), text.size()};
  return {};
}

namespace {
std::atomic<bool> wide_walks{true};
}  // namespace

void CueTable::use_wide_walks(bool on) { wide_walks.store(on, std::memory_order_relaxed); }

#if defined(MUBIAO_CUE_WIDE_WALK)
namespace {
bool wide_walk() { return has_avx2() && wide_walks.load(std::memory_order_relaxed); }

__attribute__((target("avx2"))) inline __m256i load32(const unsigned char* p) {
  return _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
}

// The entries of rows[4] (Keyed::groups_b1, groups_b2) for the payloads of
// the 32 bytes x: each row looked up by the low nibble, the row chosen by
// payload bits 4 and 5 (moved to the top bit of each byte, which is what
// blendv reads).
__attribute__((target("avx2"))) inline __m256i entries(const __m256i rows[4], __m256i x) {
  const __m256i low = _mm256_and_si256(x, _mm256_set1_epi8(0x0F));
  const __m256i bit4 = _mm256_slli_epi16(x, 3), bit5 = _mm256_slli_epi16(x, 2);
  const __m256i r01 = _mm256_blendv_epi8(_mm256_shuffle_epi8(rows[0], low),
                                         _mm256_shuffle_epi8(rows[1], low), bit4);
  const __m256i r23 = _mm256_blendv_epi8(_mm256_shuffle_epi8(rows[2], low),
                                         _mm256_shuffle_epi8(rows[3], low), bit4);
  return _mm256_blendv_epi8(r01, r23, bit5);
}
}  // namespace

// The places of a block that pass the groups (and, with kAscii, the ASCII
// bytes that pass the first filter) as bits, then each tested in full.
template <bool kAscii, typename F>
__attribute__((target("avx2"))) bool CueTable::each_start_avx2(const unsigned char* p,
                                                               std::size_t n, const Keyed& keyed,
                                                               F& f, std::size_t& from) {
  const __m256i b1[4] = {load32(keyed.groups_b1[0]), load32(keyed.groups_b1[1]),
                         load32(keyed.groups_b1[2]), load32(keyed.groups_b1[3])};
  const __m256i b2[4] = {load32(keyed.groups_b2[0]), load32(keyed.groups_b2[1]),
                         load32(keyed.groups_b2[2]), load32(keyed.groups_b2[3])};
  const __m256i ascii_low = load32(keyed.ascii_low);
  // Bit h for the ASCII bytes 16h..16h+15, none for bytes from 0x80.
  const __m256i high_bit = _mm256_setr_epi8(1, 2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0, 1,
                                            2, 4, 8, 16, 32, 64, -128, 0, 0, 0, 0, 0, 0, 0, 0);
  const __m256i zero = _mm256_setzero_si256();
  auto places = [&](const unsigned char* q) __attribute__((target("avx2"), always_inline)) {
    const __m256i x0 = load32(q);
    const __m256i lead = _mm256_cmpeq_epi8(_mm256_and_si256(x0, _mm256_set1_epi8(-16)),
                                           _mm256_set1_epi8(-32));  // E0..EF
    const __m256i shared = _mm256_and_si256(entries(b1, load32(q + 1)), entries(b2, load32(q + 2)));
    __m256i out = _mm256_andnot_si256(_mm256_cmpeq_epi8(shared, zero), lead);
    if (kAscii) {
      const __m256i high = _mm256_and_si256(_mm256_srli_epi16(x0, 4), _mm256_set1_epi8(0x0F));
      const __m256i ascii = _mm256_and_si256(
          _mm256_shuffle_epi8(ascii_low, _mm256_and_si256(x0, _mm256_set1_epi8(0x0F))),
          _mm256_shuffle_epi8(high_bit, high));
      out = _mm256_or_si256(out, _mm256_andnot_si256(_mm256_cmpeq_epi8(ascii, zero),
                                                     _mm256_cmpeq_epi8(ascii, ascii)));
    }
    return static_cast<std::uint32_t>(_mm256_movemask_epi8(out));
  };
  // A block reads 34 bytes: the last bytes of the text are read from a
  // copy with zeros after them (pieces are short: the walk of their last
  // bytes one place at a time was a fifth of the whole).
  unsigned char last[66];
  std::size_t copied = n;  // where the copy starts
  for (std::size_t i = from; i < n; i += 32) {
    const unsigned char* q = p + i;
    std::uint32_t keep = ~std::uint32_t{0};
    if (i + 34 > n) {
      if (copied == n) {
        copied = i;
        std::memset(last, 0, sizeof last);
        std::memcpy(last, p + i, n - i);
      }
      q = last + (i - copied);
      if (n - i < 32) keep = (std::uint32_t{1} << (n - i)) - 1;
    }
    for (std::uint32_t bits = places(q) & keep; bits; bits &= bits - 1) {
      const std::size_t j = i + static_cast<std::size_t>(__builtin_ctz(bits));
      if (keyed.may_start_at(p, j, n, kAscii) && f(j)) return true;
    }
  }
  from = n;
  return false;
}

// Each place's three bytes compared with each key's: a place found is where
// a key's first character is (where the 16-byte walk below compares one
// byte, which one character in 64 or so shares, and then the place whole).
template <std::size_t kKeys, typename F>
__attribute__((target("avx2"))) bool CueTable::each_few_avx2(const unsigned char* p, std::size_t n,
                                                             const Keyed& keyed, F& f,
                                                             std::size_t& at) {
  __m256i key[kKeys][3];
  for (std::size_t k = 0; k < kKeys; ++k)
    for (std::size_t b = 0; b < 3; ++b)
      key[k][b] = _mm256_set1_epi8(static_cast<char>(keyed.few_bytes[k][b]));
  for (; at + 34 <= n; at += 32) {
    const __m256i x0 = load32(p + at), x1 = load32(p + at + 1), x2 = load32(p + at + 2);
    __m256i hit = _mm256_setzero_si256();
    for (std::size_t k = 0; k < kKeys; ++k)
      hit = _mm256_or_si256(hit,
                            _mm256_and_si256(_mm256_cmpeq_epi8(x0, key[k][0]),
                                             _mm256_and_si256(_mm256_cmpeq_epi8(x1, key[k][1]),
                                                              _mm256_cmpeq_epi8(x2, key[k][2]))));
    for (auto places = static_cast<std::uint32_t>(_mm256_movemask_epi8(hit)); places;
         places &= places - 1)
      if (f(at + static_cast<std::size_t>(__builtin_ctz(places)))) return true;
  }
  return false;
}
#endif

// The walks below go over the text once; the role's own filter of first
// characters rejects almost every position without a lookup. (A word-by-word
// find() is slower on Chinese: the first byte of a 3-byte character is
// shared by a sixth of the text.) When every first character of the role is
// a 3-byte one, only the bytes that lead such a character are places, found
// 16 at a time (SSE2), and the filter is read from the two bytes after the
// lead, with no decoding; when some are ASCII (I类), the ASCII bytes are
// places too, whose filter bit is the byte itself. With AVX2, and keys few
// enough (Keyed::wide), the places of 32 bytes are first filtered at once by
// the groups (Keyed::groups_b1): the walk then tests a sixth of the Han
// characters, where it tested every one; the 16-byte walk reads the rest.
template <typename F>
bool CueTable::each_start(std::string_view text, const Keyed& keyed, F&& f) {
  const Index& idx = keyed.index;
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  if (keyed.starts == Starts::any) {
    for (std::size_t i = 0; i < n;) {
      const std::size_t here = i;
      if (idx.may_hold(utf8::decode(text, i)) && f(here)) return true;
    }
    return false;
  }
#if defined(__SSE2__)
  // A few first characters: found 16 places at a time (the 16 places at
  // `at`, from place `from` of them on) by the last byte of each, which
  // only one character in 64 or so shares; the places so found are then
  // compared whole. A place reads the two bytes after it: the last block
  // ends 2 bytes before the text does.
  if (keyed.few > 0 && n >= 18) {
    __m128i last_bytes[Keyed::kFew];
    for (std::size_t k = 0; k < keyed.few; ++k)
      last_bytes[k] = _mm_set1_epi8(static_cast<char>(keyed.few_bytes[k][2]));
    auto is_key = [&](std::size_t j) {
      for (std::size_t k = 0; k < keyed.few; ++k)
        if (p[j] == keyed.few_bytes[k][0] && p[j + 1] == keyed.few_bytes[k][1] &&
            p[j + 2] == keyed.few_bytes[k][2])
          return true;
      return false;
    };
    auto block = [&](std::size_t at, unsigned from) __attribute__((always_inline)) {
      const __m128i x2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at + 2));
      __m128i hit = _mm_cmpeq_epi8(x2, last_bytes[0]);
      for (std::size_t k = 1; k < keyed.few; ++k)
        hit = _mm_or_si128(hit, _mm_cmpeq_epi8(x2, last_bytes[k]));
      unsigned places = static_cast<unsigned>(_mm_movemask_epi8(hit)) & (0xFFFFu << from);
      while (places) {
        const std::size_t j = at + static_cast<std::size_t>(__builtin_ctz(places));
        places &= places - 1;
        if (is_key(j) && f(j)) return true;
      }
      return false;
    };
    std::size_t at = 0;
#if defined(MUBIAO_CUE_WIDE_WALK)
    static_assert(Keyed::kFew == 3);
    if (n >= 34 && wide_walk()) {
      const bool found = keyed.few == 1   ? each_few_avx2<1>(p, n, keyed, f, at)
                         : keyed.few == 2 ? each_few_avx2<2>(p, n, keyed, f, at)
                                          : each_few_avx2<3>(p, n, keyed, f, at);
      if (found) return true;
    }
#endif
    for (; at + 18 <= n; at += 16)
      if (block(at, 0)) return true;
    return at + 2 < n && block(n - 18, static_cast<unsigned>(at - (n - 18)));
  }
#endif
  // Whether ASCII bytes are places too: a constant in each of the two
  // walks below, so that the walk of Han keys tests nothing for them.
  auto walk = [&](auto ascii_places) __attribute__((always_inline)) {
    constexpr bool ascii = decltype(ascii_places)::value;
    // A lead byte E0..EF starts a character of valid UTF-8, with two bytes
    // after it; the filter's 12 bits are those two bytes' payloads. (Those
    // two bytes are inside the text for every place of a block that ends
    // 2 bytes or more before the text does: no test of j there.)
    auto test = [&](std::size_t j, auto inside) __attribute__((always_inline)) {
      if (ascii && p[j] < 0x80) return keyed.may_hold_ascii(p[j]);
      if (!decltype(inside)::value && j + 2 >= n) return false;
      const std::size_t first =
          (static_cast<std::size_t>(p[j + 1] & 0x3F) << 6) | (p[j + 2] & 0x3F);
      return keyed.may_hold(p[j + 1], p[j + 2]) && keyed.may_start(p, j + 3, n, first);
    };
    std::size_t i = 0;
#if defined(MUBIAO_CUE_WIDE_WALK)
    if (keyed.wide && wide_walk() && each_start_avx2<ascii>(p, n, keyed, f, i)) return true;
#endif
#if defined(__SSE2__)
    const __m128i high = _mm_set1_epi8(static_cast<char>(0xF0));
    const __m128i lead = _mm_set1_epi8(static_cast<char>(0xE0));
    // The places to test in the 16 bytes at `at`, from byte `from` of them on.
    auto block = [&](std::size_t at, unsigned from, auto inside) __attribute__((always_inline)) {
      const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at));
      unsigned starts =
          static_cast<unsigned>(_mm_movemask_epi8(_mm_cmpeq_epi8(_mm_and_si128(x, high), lead)));
      // The bytes below 0x80 are those whose top bit is clear.
      if (ascii) starts |= ~static_cast<unsigned>(_mm_movemask_epi8(x)) & 0xFFFFu;
      starts &= 0xFFFFu << from;
      while (starts) {
        const std::size_t j = at + static_cast<std::size_t>(__builtin_ctz(starts));
        starts &= starts - 1;
        if (test(j, inside) && f(j)) return true;
      }
      return false;
    };
    for (; i + 18 <= n; i += 16)
      if (block(i, 0, std::true_type{})) return true;
    for (; i + 16 <= n; i += 16)
      if (block(i, 0, std::false_type{})) return true;
    // The last bytes as the last 16 of the text, those already read left
    // out: pieces of text are short, and a byte-by-byte tail was a sixth of
    // a walk.
    if (i < n && n >= 16)
      return block(n - 16, static_cast<unsigned>(i - (n - 16)), std::false_type{});
#endif
    for (; i < n; ++i)
      if (((p[i] & 0xF0) == 0xE0 || (ascii && p[i] < 0x80)) && test(i, std::false_type{}) && f(i))
        return true;
    return false;
  };
  return keyed.starts == Starts::ascii_or_three_byte ? walk(std::true_type{})
                                                     : walk(std::false_type{});
}

Hit CueTable::last(std::string_view text, CueRole role) const {
  const int r = role.id_;
  if (r == kNoRole) return {};
  Hit best;
  each_start(
      text, roles_[static_cast<std::size_t>(r)].by_first,
      [&](std::size_t i) __attribute__((always_inline)) {
        if (Hit h = at(text, i, r); h && (!best || h.end > best.end)) best = h;
        return false;
      });
  return best;
}

Hit CueTable::last_word(std::string_view text, CueRole role) const {
  Hit best;
  last_words(text, &role, 1, &best);
  return best;
}

// The walks that read text as words (each(), last_words(), first_of_any())
// go from one place where some row may start to the next (each_start over
// every row's first characters), skipping the places inside a word read:
// a place no row starts at is passed over, as a walk character by
// character would pass it.
void CueTable::each_word(std::string_view text, void (*f)(void*, const Hit&), void* context) const {
  std::size_t next = 0;  // the end of the last word read
  each_start(
      text, by_first_, [&](std::size_t i) __attribute__((always_inline)) {
        if (i < next) return false;
        if (const Hit h = at(text, i, kAnyRole)) {
          f(context, h);
          next = h.end;
        }
        return false;
      });
}

void CueTable::last_words(std::string_view text, const CueRole* roles, std::size_t n,
                          Hit* out) const {
  std::fill(out, out + n, Hit{});
  bool any = false;
  for (std::size_t k = 0; k < n; ++k) any = any || roles[k].id_ != kNoRole;
  if (!any) return;
  each(text, [&](const Hit& word) { word_roles(text, word, roles, n, out); });
}

void CueTable::last_words(std::string_view text, const std::vector<Hit>& words,
                          const CueRole* roles, std::size_t n, Hit* out) const {
  std::fill(out, out + n, Hit{});
  for (const Hit& word : words) word_roles(text, word, roles, n, out);
}

void CueTable::word_roles(std::string_view text, const Hit& word, const CueRole* roles,
                          std::size_t n, Hit* out) const {
  for (std::size_t k = 0; k < n; ++k)
    if (roles[k].id_ != kNoRole)
      if (Hit h = at(text, word.start, roles[k].id_); h && h.end == word.end) out[k] = h;
}

Hit CueTable::first(std::string_view text, CueRole role) const {
  const int r = role.id_;
  if (r == kNoRole) return {};
  Hit found;
  each_start(
      text, roles_[static_cast<std::size_t>(r)].by_first,
      [&](std::size_t i)
          __attribute__((always_inline)) { return static_cast<bool>(found = at(text, i, r)); });
  return found;
}

Hit CueTable::first_of_any(std::string_view text) const {
  Hit found;
  each_start(
      text, by_first_, [&](std::size_t i) __attribute__((always_inline)) {
        return static_cast<bool>(found = at(text, i, kAnyRole));
      });
  return found;
}

CueTable::RoleSet CueTable::roles_in(std::string_view text, CueRole rightmost, Hit& last) const {
  last = Hit{};
  return read_roles(text, rightmost.id_, &last, kNoRole, nullptr);
}

CueTable::RoleSet CueTable::roles_in(std::string_view text, CueRole collect,
                                     std::vector<const Cue*>& out) const {
  return read_roles(text, kNoRole, nullptr, collect.id_, &out);
}

CueTable::RoleSet CueTable::roles_in(std::string_view text, CueRole rightmost, Hit& last,
                                     RoleSet places, std::vector<Hit>& out) const {
  last = Hit{};
  return read_roles(text, rightmost.id_, &last, kNoRole, nullptr, places, &out);
}

CueTable::RoleSet CueTable::read_roles(std::string_view text, int rightmost, Hit* last, int collect,
                                       std::vector<const Cue*>* out, RoleSet places,
                                       std::vector<Hit>* hits) const {
  RoleSet set = 0;
  each_start(
      text, by_first_, [&](std::size_t i) __attribute__((always_inline)) {
        const auto* bucket = by_first_.index.find(char_at(text, i));
        if (!bucket) return false;
        // The rows of the bucket start with the character at i: a 3-byte
        // one (all but ASCII keys here) need not be compared again.
        const std::size_t same = (static_cast<unsigned char>(text[i]) & 0xF0) == 0xE0 ? 3 : 0;
        bool right_here = false;  // the longest row of `rightmost` at i is the first
        for (const Cue* c : *bucket) {
          const int r = row_role(c);
          const RoleSet bit = r < 64 ? RoleSet{1} << r : 0;
          // A role found once is found: only `rightmost`, `collect` and
          // `places` are looked for further.
          const bool placed = (places & bit) != 0;
          if (((set & bit) != 0 && r != rightmost && r != collect && !placed) ||
              !holds_at(text, i, c->word, same))
            continue;
          set |= bit;
          if (r == collect) out->push_back(c);
          if (placed) hits->push_back(Hit{c, i, i + c->word.size()});
          if (r == rightmost && !right_here) {
            right_here = true;
            if (!*last || i + c->word.size() > last->end) *last = Hit{c, i, i + c->word.size()};
          }
        }
        return false;
      });
  return set;
}

CueTable cue_table(TableId id) {
  const Table& t = table(id);
  return CueTable(rows_of(t), roles_of(t));
}

}  // namespace mubiao::data
