// Horizons written in a sentence (see horizon.h).
#include "targets/horizon.h"

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "segment/report_parts.h"

namespace mubiao::targets {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

// The last ASCII digit of v[from, to), or npos. Digits are rare in the
// words before a number: 16 bytes are tested at a time (SSE2).
std::size_t last_digit(std::string_view v, std::size_t from, std::size_t to) {
#if defined(__SSE2__)
  const __m128i below = _mm_set1_epi8('0' - 1), above = _mm_set1_epi8('9' + 1);
  for (; to >= from + 16; to -= 16) {
    // Bytes of 0x80 and up compare as negative: never digits.
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v.data() + to - 16));
    const auto digits = static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(x, below), _mm_cmplt_epi8(x, above))));
    if (digits) return to - 16 + static_cast<std::size_t>(31 - __builtin_clz(digits));
  }
#endif
  for (; to > from; --to)
    if (is_digit(v[to - 1])) return to - 1;
  return std::string_view::npos;
}

}  // namespace

std::string horizon_in(std::string_view text, Span s, std::size_t pos, const Cues& cues,
                       const std::string& year) {
  std::string_view before = text.substr(s.start, pos - s.start);
  std::string found;
  std::size_t at = 0;
  if (Hit h = cues.last(before, cues.role().horizon)) {
    found = h.cue->value == "@year" ? (year.empty() ? h.cue->word : year) : h.cue->value;
    at = h.end;
  }
  // 到2025年 / 至2025年: the last one written before pos (found from its
  // digits, which are rare, rather than from every byte).
  for (std::size_t end = before.size();;) {
    const std::size_t k = last_digit(before, at + 3, end);
    if (k == std::string_view::npos) break;
    std::size_t d = k;  // start of the digit run
    while (d > 0 && is_digit(before[d - 1])) --d;
    if (d >= at + 3 && k - d == 3) {
      std::string_view w = before.substr(d - 3, 3);
      std::string y = structure::year_in(before.substr(d, 7));
      if ((w == "到" || w == "至") && !y.empty()) {
        found = y + "年";
        break;
      }
    }
    end = d;
  }
  return found;
}

}  // namespace mubiao::targets
