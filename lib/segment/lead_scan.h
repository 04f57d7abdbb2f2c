// Finding the next character that a structure pass acts on. Nearly all of a
// report is Han text and the passes only look at punctuation, whitespace and
// a few marks, so they jump from one such character to the next instead of
// decoding every character in between.
#ifndef MUBIAO_LIB_SEGMENT_LEAD_SCAN_H_
#define MUBIAO_LIB_SEGMENT_LEAD_SCAN_H_

#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "data/structure_tables.h"

namespace mubiao::structure {

// The first offset in [pos, end) whose byte is in leads, or end. leads holds
// first bytes only (never a continuation byte 80..BF), so the answer is
// always a character boundary and the scan may go byte by byte. Bytes that
// lead Han characters (E4..E9) must not be in leads either: 16 bytes at a
// time are dismissed when all are continuation or Han-lead bytes.
inline std::size_t next_lead(std::string_view text, std::size_t pos, std::size_t end,
                             const data::structure::LeadBytes& leads) {
  const char* p = text.data();
#if defined(__SSE2__)
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i cont_lo = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i cont_n = _mm_set1_epi8(static_cast<char>(0x40 ^ 0x80));
  const __m128i han_lo = _mm_set1_epi8(static_cast<char>(0xE4));
  const __m128i han_n = _mm_set1_epi8(static_cast<char>(0x06 ^ 0x80));
  while (pos + 16 <= end) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
    // Unsigned x - lo < n, as a signed comparison with the top bits flipped.
    const __m128i cont = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(x, cont_lo), flip), cont_n);
    const __m128i han = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(x, han_lo), flip), han_n);
    unsigned candidates =
        ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(cont, han))) & 0xFFFFu;
    while (candidates) {
      const std::size_t at = pos + static_cast<std::size_t>(__builtin_ctz(candidates));
      if (leads(p[at])) return at;
      candidates &= candidates - 1;
    }
    pos += 16;
  }
#endif
  while (pos < end && !leads(p[pos])) ++pos;
  return pos;
}

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_LEAD_SCAN_H_
