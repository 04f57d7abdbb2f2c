// UTF-8 validation (RFC 3629). A table-free decoder: the rules are short and
// the loop's fast path for ASCII covers most bytes of mixed text. Where SSE2
// is there, 16 bytes at a time are checked first (see find_invalid_utf8).
#include <string>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "mubiao/text.h"
#include "text/utf8.h"

namespace mubiao {

namespace {

#if defined(__SSE2__)
// The classes of the 16 bytes at p, one bit per byte: ASCII, continuation
// bytes, and leads of 3-byte characters E1..EC and EE..EF (no overlong,
// surrogate or out-of-range form starts with those, so such a lead and two
// continuation bytes are valid whatever their values).
struct BlockClasses {
  unsigned ascii, cont, lead;
};
inline BlockClasses classify_block(const unsigned char* p) {
  const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
  const __m128i flip = _mm_set1_epi8(static_cast<char>(0x80));
  // Unsigned x - lo < n, as a signed comparison with the top bits flipped.
  const auto in = [&](unsigned char lo, unsigned char n) {
    return _mm_cmplt_epi8(
        _mm_xor_si128(_mm_sub_epi8(x, _mm_set1_epi8(static_cast<char>(lo))), flip),
        _mm_set1_epi8(static_cast<char>(n ^ 0x80)));
  };
  const unsigned ed = static_cast<unsigned>(
      _mm_movemask_epi8(_mm_cmpeq_epi8(x, _mm_set1_epi8(static_cast<char>(0xED)))));
  return {static_cast<unsigned>(_mm_movemask_epi8(x)) ^ 0xFFFFu,
          static_cast<unsigned>(_mm_movemask_epi8(in(0x80, 0x40))),
          static_cast<unsigned>(_mm_movemask_epi8(in(0xE1, 0x0F))) & ~ed};
}
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

}  // namespace

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
#if defined(__SSE2__)
  // 16 bytes at a time while they hold only ASCII and the 3-byte characters
  // above: every lead is followed by two continuation bytes, and every
  // continuation byte follows a lead by one or two. A character may cross
  // from one block into the next (`carry`: the continuation bytes the leads
  // at 14 and 15 expect in the next block). A block holding anything else
  // is read character by character, from the start of the character the
  // block starts in, which also finds the exact offset of an error.
  unsigned carry = 0, last_lead = 0;
  while (i < n) {
    if (i + 16 <= n) {
      const BlockClasses c = classify_block(p + i);
      const unsigned expected = ((c.lead << 1 | c.lead << 2) & 0xFFFFu) | carry;
      if ((c.ascii | c.cont | c.lead) == 0xFFFFu && expected == c.cont) {
        carry = (c.lead << 1 | c.lead << 2) >> 16;
        last_lead = c.lead;
        i += 16;
        continue;
      }
    }
    if (carry) i -= last_lead & 0x8000u ? 1 : 2;  // back to the character's lead
    carry = 0;
    if (const std::size_t bad = check_characters(p, n, i, i + 16 < n ? i + 16 : n); bad != n)
      return bad;
  }
  // The last block ended the text inside a character it started.
  if (carry) return n - (last_lead & 0x8000u ? 1 : 2);
#else
  if (const std::size_t bad = check_characters(p, n, i, n); bad != n) return bad;
#endif
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
