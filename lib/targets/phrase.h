// Small helpers over byte spans of UTF-8 text used by the target rules:
// trimming, counting Han characters, quote depth.
#ifndef MUBIAO_LIB_TARGETS_PHRASE_H_
#define MUBIAO_LIB_TARGETS_PHRASE_H_

#include <cstddef>
#include <string_view>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "data/structure_tables.h"
#include "mubiao/text.h"
#include "text/utf8.h"

namespace mubiao::targets {

// Span without leading/trailing spaces, line breaks, markdown '*' and
// separators (、，：；).
Span trim_edges(std::string_view text, Span s);
// Most spans the rules trim open and close with Han characters, which stay:
// those are answered inline, with no call.
inline Span trim(std::string_view text, Span s) {
  if (s.end >= s.start + 3 &&
      data::structure::leads_han(static_cast<unsigned char>(text[s.start])) &&
      data::structure::leads_han(static_cast<unsigned char>(text[s.end - 3])))
    return s;
  return trim_edges(text, s);
}
std::size_t han_count(std::string_view text, Span s);
// Characters of a name: Han characters and the letters of Latin words of two
// or more letters (GDP增长: GDP names what is measured).
std::size_t name_chars(std::string_view text, Span s);
// han_count() and name_chars() of one span, in one walk.
struct NameCount {
  std::size_t han = 0, name = 0;
};
NameCount count_name(std::string_view text, Span s);
// The code point starting at / ending at a byte offset (0 when none).
// Inline: the rules ask it of the characters around every number.
inline char32_t char_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  return utf8::decode(text, i);
}
inline char32_t char_before(std::string_view text, std::size_t i) {
  if (i == 0 || i > text.size()) return 0;
  return utf8::decode_before(text, i);
}
bool is_digit_like(char32_t c);  // 0-9, full-width digits, ×, ., letters
// The place of the last ASCII digit of v[from, to), or npos. Digits are
// rare in the words before a number: 16 bytes are tested at a time, the
// last block read from v before `from` when v holds 16 bytes before `to`.
std::size_t last_digit(std::string_view v, std::size_t from, std::size_t to);
// v.find(w, from) and v.rfind(w, pos), the same answers, found by w's
// first and last bytes at 16 places at a time: std::string_view's compare
// a word of Chinese with memcmp at every place its lead byte (shared by a
// sixth of all Han characters) is, and rfind at every byte.
std::size_t find_word(std::string_view v, std::string_view w, std::size_t from = 0);
std::size_t rfind_word(std::string_view v, std::string_view w,
                       std::size_t pos = std::string_view::npos);
// Calls f(place, k) at each place of v where chars[k] starts, in order of
// place: one walk for a few characters of three bytes each (full-width
// punctuation, Han), 16 places at a time, where a find_word or rfind_word
// per character would walk v once for each.
template <std::size_t N, typename F>
void each_char3(std::string_view v, const std::string_view (&chars)[N], F&& f) {
  static_assert(N >= 1 && N <= 4, "a few characters");
  const auto* p = reinterpret_cast<const unsigned char*>(v.data());
  const std::size_t n = v.size();
  auto test = [&](std::size_t j) {  // j + 3 <= n
    for (std::size_t k = 0; k < N; ++k)
      if (p[j] == static_cast<unsigned char>(chars[k][0]) &&
          p[j + 1] == static_cast<unsigned char>(chars[k][1]) &&
          p[j + 2] == static_cast<unsigned char>(chars[k][2])) {
        f(j, k);
        return;
      }
  };
  std::size_t i = 0;
#if defined(__SSE2__)
  __m128i first[N], last[N];
  for (std::size_t k = 0; k < N; ++k) {
    first[k] = _mm_set1_epi8(chars[k][0]);
    last[k] = _mm_set1_epi8(chars[k][2]);
  }
  // Places j..j+15 whose first byte and third byte are some character's,
  // one bit each (j + 18 <= n).
  auto places = [&](std::size_t j) {
    const __m128i x0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j));
    const __m128i x2 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + j + 2));
    __m128i m = _mm_setzero_si128();
    for (std::size_t k = 0; k < N; ++k)
      m = _mm_or_si128(m, _mm_and_si128(_mm_cmpeq_epi8(x0, first[k]), _mm_cmpeq_epi8(x2, last[k])));
    return static_cast<unsigned>(_mm_movemask_epi8(m));
  };
  for (; i + 16 + 2 <= n; i += 16)
    for (unsigned bits = places(i); bits; bits &= bits - 1)
      test(i + static_cast<std::size_t>(__builtin_ctz(bits)));
  // The last places (fewer than 16) in one more block ending where v does,
  // the places already tested masked out.
  if (n >= 16 + 2) {
    const std::size_t j = n - 18;  // j < i
    for (unsigned bits = places(j) & (~0u << (i - j)); bits; bits &= bits - 1)
      test(j + static_cast<std::size_t>(__builtin_ctz(bits)));
    return;
  }
#endif
  for (; i + 3 <= n; ++i) test(i);
}

// Conjunctions joining the items of a list (示范村27个和优秀县2个).
inline constexpr std::string_view kConjunctions[] = {"和", "及", "以及", "与"};

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_PHRASE_H_
