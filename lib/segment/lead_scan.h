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

// A few bytes (up to four) to look for: the first bytes of a short table
// of characters (the clause separators ，；：,;: and their small forms
// begin with one of four), compared 16 bytes at a time. Built at compile
// time from the table's LeadBytes; holds the last byte again when fewer.
struct ByteChoice {
  unsigned char byte[4] = {};
};
constexpr ByteChoice byte_choice(const data::structure::LeadBytes& leads) {
  ByteChoice out;
  int n = 0;
  for (int b = 0; b < 256; ++b) {
    if (!leads.has[b]) continue;
    // More than four bytes is a compile error: a constant expression may
    // not throw.
    if (n == 4) throw "a ByteChoice holds at most four bytes";
    out.byte[n++] = static_cast<unsigned char>(b);
  }
  for (int i = n; i < 4; ++i) out.byte[i] = n > 0 ? out.byte[n - 1] : 0;
  return out;
}

// The first offset in [pos, end) whose byte is one of choice and at which
// accept(offset) holds, or end. Bytes past end are never read (nor before
// pos, but for the tail: the 16 bytes before end, within the text).
template <typename Accept>
inline std::size_t next_byte_of(std::string_view text, std::size_t pos, std::size_t end,
                                const ByteChoice& choice, Accept accept) {
  const char* p = text.data();
#if defined(__SSE2__)
  const __m128i b0 = _mm_set1_epi8(static_cast<char>(choice.byte[0]));
  const __m128i b1 = _mm_set1_epi8(static_cast<char>(choice.byte[1]));
  const __m128i b2 = _mm_set1_epi8(static_cast<char>(choice.byte[2]));
  const __m128i b3 = _mm_set1_epi8(static_cast<char>(choice.byte[3]));
  while (pos + 16 <= end) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + pos));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, b0), _mm_cmpeq_epi8(x, b1)),
                                     _mm_or_si128(_mm_cmpeq_epi8(x, b2), _mm_cmpeq_epi8(x, b3)));
    unsigned candidates = static_cast<unsigned>(_mm_movemask_epi8(hit));
    while (candidates) {
      const std::size_t at = pos + static_cast<std::size_t>(__builtin_ctz(candidates));
      if (accept(at)) return at;
      candidates &= candidates - 1;
    }
    pos += 16;
  }
  // The last bytes (sentences and clauses are short: most calls end here)
  // as the 16 that end at end, those before pos masked off.
  if (pos < end && end >= 16) {
    const std::size_t base = end - 16;
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + base));
    const __m128i hit = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(x, b0), _mm_cmpeq_epi8(x, b1)),
                                     _mm_or_si128(_mm_cmpeq_epi8(x, b2), _mm_cmpeq_epi8(x, b3)));
    unsigned candidates = static_cast<unsigned>(_mm_movemask_epi8(hit)) & (0xFFFFu << (pos - base));
    while (candidates) {
      const std::size_t at = base + static_cast<std::size_t>(__builtin_ctz(candidates));
      if (accept(at)) return at;
      candidates &= candidates - 1;
    }
    return end;
  }
#endif
  for (; pos < end; ++pos) {
    const auto b = static_cast<unsigned char>(p[pos]);
    if ((b == choice.byte[0] || b == choice.byte[1] || b == choice.byte[2] ||
         b == choice.byte[3]) &&
        accept(pos))
      return pos;
  }
  return pos;
}

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_LEAD_SCAN_H_
