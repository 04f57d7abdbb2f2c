#include "numbers/han_skip.h"

#include "text/cpu.h"

// An AVX2 variant on little-endian x86-64, chosen at run time (text/cpu.h).
#if defined(MUBIAO_AVX2_VARIANTS) && defined(__BYTE_ORDER__) && \
    __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define MUBIAO_HAN_SKIP_AVX2 1
#include <immintrin.h>
#endif

namespace mubiao::numbers {

namespace {

#if defined(MUBIAO_HAN_SKIP_AVX2)
// Each 128-bit lane holds four characters (12 bytes) of the group: the
// first four from pos, the last four from pos + 12. A character's bytes
// b0 b1 b2 go to one 32-bit lane as b0 | b1 << 8 | b2 << 16, where the
// mask 0x3F0F gives Tables::any_bits_key (the low 4 bits of b0, the low 6
// of b1, as a 16-bit load of the two bytes masked), and b2's low 6 bits
// pick the bit of that 64-bit word: its half (bit 5) and the bit in it.
__attribute__((target("avx2"))) std::size_t skip_avx2(const unsigned char* p, std::size_t pos,
                                                      std::size_t stop, const std::uint64_t* bits) {
  const __m256i spread = _mm256_setr_epi8(0, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8, -1, 9, 10, 11, -1,  //
                                          0, 1, 2, -1, 3, 4, 5, -1, 6, 7, 8, -1, 9, 10, 11, -1);
  const __m256i lead_mask = _mm256_set1_epi32(0xF0), three = _mm256_set1_epi32(0xE0);
  const __m256i key_mask = _mm256_set1_epi32(0x3F0F), one = _mm256_set1_epi32(1);
  const __m256i low5 = _mm256_set1_epi32(31), zero = _mm256_setzero_si256();
  const auto* halves = reinterpret_cast<const int*>(bits);
  for (; pos + 28 <= stop; pos += 24) {
    const __m128i first = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
    const __m128i last = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos + 12));
    const __m256i c = _mm256_shuffle_epi8(
        _mm256_inserti128_si256(_mm256_castsi128_si256(first), last, 1), spread);
    // Characters of three bytes (a lead E0..EF; the text is valid), one bit
    // a lane. The lanes after one that is not are out of step with the
    // characters, and only those before it are used.
    const int three_bytes = _mm256_movemask_ps(
        _mm256_castsi256_ps(_mm256_cmpeq_epi32(_mm256_and_si256(c, lead_mask), three)));
    const __m256i b2 = _mm256_srli_epi32(c, 16);
    const __m256i half = _mm256_add_epi32(_mm256_slli_epi32(_mm256_and_si256(c, key_mask), 1),
                                          _mm256_and_si256(_mm256_srli_epi32(b2, 5), one));
    const __m256i words = _mm256_i32gather_epi32(halves, half, 4);
    const __m256i bit = _mm256_and_si256(_mm256_srlv_epi32(words, _mm256_and_si256(b2, low5)), one);
    const int clear = _mm256_movemask_ps(_mm256_castsi256_ps(_mm256_cmpeq_epi32(bit, zero)));
    const unsigned skip = static_cast<unsigned>(three_bytes & clear);
    // Up to the first character that is not skipped.
    if (skip != 0xFF) return pos + 3 * static_cast<std::size_t>(__builtin_ctz(~skip));
  }
  return pos;
}
#endif

}  // namespace

std::size_t skip_han_groups(const unsigned char* bytes, std::size_t pos, std::size_t stop,
                            const std::uint64_t* bits) {
#if defined(MUBIAO_HAN_SKIP_AVX2)
  if (has_avx2()) return skip_avx2(bytes, pos, stop, bits);
#else
  (void)bytes, (void)stop, (void)bits;
#endif
  return pos;
}

}  // namespace mubiao::numbers
