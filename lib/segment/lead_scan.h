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

// The first offset in [pos, end) at which stops(offset) holds, or end.
// stops may hold only at bytes outside continuation bytes (80..BF) and the
// first bytes of Han characters (E4..E9): 16 bytes at a time are dismissed
// when all are such bytes, the others are handed to stops one by one.
template <typename Stops>
inline std::size_t next_candidate(std::string_view text, std::size_t pos, std::size_t end,
                                  Stops stops) {
#if defined(__SSE2__)
  const char* p = text.data();
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i cont_lo = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i cont_n = _mm_set1_epi8(static_cast<char>(0x40 ^ 0x80));
  const __m128i han_lo = _mm_set1_epi8(static_cast<char>(data::structure::kHanLeadFirst));
  const __m128i han_n = _mm_set1_epi8(static_cast<char>(
      (data::structure::kHanLeadLast - data::structure::kHanLeadFirst + 1) ^ 0x80));
  while (pos + 16 <= end) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
    // Unsigned x - lo < n, as a signed comparison with the top bits flipped.
    const __m128i cont = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(x, cont_lo), flip), cont_n);
    const __m128i han = _mm_cmplt_epi8(_mm_xor_si128(_mm_sub_epi8(x, han_lo), flip), han_n);
    unsigned candidates =
        ~static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(cont, han))) & 0xFFFFu;
    while (candidates) {
      const std::size_t at = pos + static_cast<std::size_t>(__builtin_ctz(candidates));
      if (stops(at)) return at;
      candidates &= candidates - 1;
    }
    pos += 16;
  }
#endif
  while (pos < end && !stops(pos)) ++pos;
  return pos;
}

// The first offset in [pos, end) whose byte is in leads, or end. leads holds
// first bytes only (never a continuation byte), so the answer is always a
// character boundary; nor first bytes of Han characters.
inline std::size_t next_lead(std::string_view text, std::size_t pos, std::size_t end,
                             const data::structure::LeadBytes& leads) {
  return next_candidate(text, pos, end, [&](std::size_t at) { return leads(text[at]); });
}

// The same, where a character of three bytes stops the scan only when it is
// in acted_on too: a pass that acts on few of the characters sharing their
// first byte (the brackets among ，、。（）“”) skips the others here, in
// the same block, instead of being handed each one. leads must hold the
// first byte of every character of acted_on; text[pos, end) must be valid
// UTF-8 (a character that starts before end ends there).
inline std::size_t next_acted_on(std::string_view text, std::size_t pos, std::size_t end,
                                 const data::structure::LeadBytes& leads,
                                 const data::structure::ThreeByteSet& acted_on) {
  const auto* u = reinterpret_cast<const unsigned char*>(text.data());
  return next_candidate(text, pos, end, [&](std::size_t at) {
    return leads(text[at]) &&
           (!data::structure::leads_three_bytes(u[at]) || acted_on.holds(u + at));
  });
}

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_LEAD_SCAN_H_
