// UTF-8 validation (RFC 3629). A table-free decoder: the rules are short and
// the loop's fast path for ASCII covers most bytes of mixed text. Where SSE2
// is there, 16 bytes at a time are checked first, 32 with AVX2 (see
// find_invalid_in_blocks).
#include <string>

#include <cstdint>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif
#include "text/cpu.h"
// An AVX2 variant, chosen at run time (text/cpu.h).
#if defined(__SSE2__) && defined(MUBIAO_AVX2_VARIANTS)
#define MUBIAO_UTF8_AVX2 1
#include <immintrin.h>
#endif

#include "mubiao/text.h"
#include "text/utf8.h"

namespace mubiao {

namespace {

#if defined(__SSE2__)
// The classes of the bytes of a block, one bit per byte: ASCII, continuation
// bytes, and leads of 3-byte characters E1..EC and EE..EF (no overlong,
// surrogate or out-of-range form starts with those, so such a lead and two
// continuation bytes are valid whatever their values). In each, an unsigned
// x - lo < n is a signed comparison with the top bits flipped.
struct BlockClasses {
  std::uint64_t ascii, cont, lead;
};

struct Sse2Block {
  static constexpr std::size_t kBytes = 16;
  static BlockClasses classify(const unsigned char* p) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
    const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
    const auto in = [&](unsigned char lo, unsigned char n) {
      const __m128i shifted =
          _mm_xor_si128(_mm_sub_epi8(x, _mm_set1_epi8(static_cast<char>(lo))), flip);
      return static_cast<std::uint64_t>(static_cast<unsigned>(
          _mm_movemask_epi8(_mm_cmplt_epi8(shifted, _mm_set1_epi8(static_cast<char>(n ^ 0x80))))));
    };
    const auto ed = static_cast<std::uint64_t>(static_cast<unsigned>(
        _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xED))))));
    const auto high = static_cast<std::uint64_t>(static_cast<unsigned>(_mm_movemask_epi8(x)));
    return {high ^ 0xFFFFu, in(0x80, 0x40), in(0xE1, 0x0F) & ~ed};
  }
};

#if defined(MUBIAO_UTF8_AVX2)
// The same on 32 bytes, for processors with AVX2 (chosen at run time).
struct Avx2Block {
  static constexpr std::size_t kBytes = 32;
  __attribute__((target("avx2"))) static BlockClasses classify(const unsigned char* p) {
    const __m256i x = _mm256_loadu_si256(reinterpret_cast<const __m256i*>(p));
    const __m256i flip = _mm256_set1_epi8(static_cast<char>(0x80));
    const auto mask = [](__m256i v) __attribute__((target("avx2"))) {
      return static_cast<std::uint64_t>(static_cast<std::uint32_t>(_mm256_movemask_epi8(v)));
    };
    const auto in = [&](unsigned char lo, unsigned char n) __attribute__((target("avx2"))) {
      const __m256i shifted =
          _mm256_xor_si256(_mm256_sub_epi8(x, _mm256_set1_epi8(static_cast<char>(lo))), flip);
      return mask(_mm256_cmpgt_epi8(_mm256_set1_epi8(static_cast<char>(n ^ 0x80)), shifted));
    };
    const std::uint64_t ed = mask(_mm256_cmpeq_epi8(x, _mm256_set1_epi8(static_cast<char>(0xED))));
    return {mask(x) ^ 0xFFFFFFFFu, in(0x80, 0x40), in(0xE1, 0x0F) & ~ed};
  }
};
#endif
#endif

// Reads text[i..) character by character up to at least stop (the last
// character may reach past it); returns the offset of an invalid byte, or
// n when there is none, leaving i at a character boundary.
inline std::size_t check_characters(const unsigned char* p, std::size_t n, std::size_t& i,
                                    std::size_t stop) {
  while (i < stop) {
    // Fast path for the common cases: ASCII, and 3-byte characters led by
    // E1..EC (all of CJK; no overlong or surrogate form starts with them).
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    if (p[i] >= 0xE1 && p[i] <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
        (p[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    const std::size_t len = utf8::sequence_length(p + i, n - i);
    if (len == 0) return i;
    i += len;
  }
  return n;
}

#if defined(__SSE2__)
// Blocks of Block::kBytes at a time while they hold only ASCII and the
// 3-byte characters above: every lead is followed by two continuation
// bytes, and every continuation byte follows a lead by one or two. A
// character may cross from one block into the next (`carry`: the
// continuation bytes the leads at the block's last two bytes expect in the
// next). A block holding anything else is read character by character, from
// the start of the character the block starts in, which also finds the
// exact offset of an error.
template <class Block>
__attribute__((always_inline)) inline std::size_t find_invalid_in_blocks(const unsigned char* p,
                                                                         std::size_t n) {
  constexpr std::size_t W = Block::kBytes;
  constexpr std::uint64_t kAll = (std::uint64_t{1} << W) - 1;
  constexpr std::uint64_t kLast = std::uint64_t{1} << (W - 1);
  std::size_t i = 0;
  std::uint64_t carry = 0, last_lead = 0;
  while (i < n) {
    if (i + W <= n) {
      const BlockClasses c = Block::classify(p + i);
      const std::uint64_t follow = c.lead << 1 | c.lead << 2;
      if ((c.ascii | c.cont | c.lead) == kAll && ((follow & kAll) | carry) == c.cont) {
        carry = follow >> W;
        last_lead = c.lead;
        i += W;
        continue;
      }
    }
    if (carry) i -= last_lead & kLast ? 1 : 2;  // back to the character's lead
    carry = 0;
    if (const std::size_t bad = check_characters(p, n, i, i + W < n ? i + W : n); bad != n)
      return bad;
  }
  // The last block ended the text inside a character it started.
  if (carry) return n - (last_lead & kLast ? 1 : 2);
  return n;
}

#if defined(MUBIAO_UTF8_AVX2)
__attribute__((target("avx2"))) std::size_t find_invalid_avx2(const unsigned char* p,
                                                              std::size_t n) {
  return find_invalid_in_blocks<Avx2Block>(p, n);
}
#endif
#endif

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
#if defined(MUBIAO_UTF8_AVX2)
  const std::size_t bad =
      has_avx2() ? find_invalid_avx2(p, n) : find_invalid_in_blocks<Sse2Block>(p, n);
#elif defined(__SSE2__)
  const std::size_t bad = find_invalid_in_blocks<Sse2Block>(p, n);
#else
  std::size_t i = 0;
  const std::size_t bad = check_characters(p, n, i, n);
#endif
  if (bad != n) return bad;
  return std::nullopt;
}

InvalidUtf8::InvalidUtf8(std::size_t offset)
    : std::runtime_error("invalid UTF-8 at byte " + std::to_string(offset)), offset_(offset) {}

void require_utf8(std::string_view text) {
  if (auto bad = find_invalid_utf8(text)) throw InvalidUtf8(*bad);
}

CheckedText CheckedText::check(std::string_view text) {
  require_utf8(text);
  return CheckedText(text);
}

}  // namespace mubiao
