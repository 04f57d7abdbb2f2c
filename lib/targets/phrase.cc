#include "targets/phrase.h"

#include <algorithm>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "data/structure_tables.h"
#include "text/utf8.h"

namespace mubiao::targets {
namespace {
bool trimmable(char32_t c) {
  switch (c) {
    case U' ':
    case U'\t':
    case U'\r':
    case U'\n':
    case U'*':
    case U'#':
    case 0x3000:
    case U'、':
    case U'，':
    case U',':
    case U'：':
    case U':':
    case U'；':
    case U';':
    case U'。':
    case U'.': return true;
    default: return false;
  }
}

// Whether the byte at i leads a character of the common Han block, which
// trim() keeps without decoding.
bool leads_han(std::string_view text, std::size_t i) {
  return data::structure::leads_han(static_cast<unsigned char>(text[i]));
}

}  // namespace

Span trim_edges(std::string_view text, Span s) {
  while (s.start < s.end) {
    if (leads_han(text, s.start)) break;
    std::size_t k = s.start;
    if (!trimmable(utf8::decode(text, k))) break;
    s.start = k;
  }
  while (s.end > s.start) {
    if (s.end - s.start >= 3 && leads_han(text, s.end - 3)) break;
    std::size_t k = s.end;
    if (!trimmable(utf8::decode_before(text, k))) break;
    s.end = k;
  }
  return s;
}

std::size_t han_count(std::string_view text, Span s) {
  std::size_t n = 0;
  for (std::size_t i = s.start; i < s.end;)
    if (utf8::is_han(utf8::decode(text, i))) ++n;
  return n;
}

std::size_t name_chars(std::string_view text, Span s) { return count_name(text, s).name; }

NameCount count_name(std::string_view text, Span s) {
  NameCount n;
  std::size_t latin = 0;
  for (std::size_t i = s.start; i < s.end;) {
    // Lead bytes E5..E9 start U+5000..U+9FFF, Han characters all: counted
    // without decoding (most of a phrase).
    if (const auto b = static_cast<unsigned char>(text[i]); b >= 0xE5 && b <= 0xE9) {
      ++n.han;
      ++n.name;
      latin = 0;
      i += 3;
      continue;
    }
    // fold_width() leaves Han characters as they are: one test for both.
    const char32_t c = utf8::fold_width(utf8::decode(text, i));
    if (utf8::is_han(c)) {
      ++n.han;
      ++n.name;
    }
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    latin = letter ? latin + 1 : 0;
    if (latin == 2) n.name += 2;
    if (latin > 2) ++n.name;
  }
  return n;
}

std::size_t last_digit(std::string_view v, std::size_t from, std::size_t to) {
  auto is_digit = [](char c) { return c >= '0' && c <= '9'; };
#if defined(__SSE2__)
  const __m128i below = _mm_set1_epi8('0' - 1), above = _mm_set1_epi8('9' + 1);
  // The digits of v[end - 16, end), one bit each. Bytes of 0x80 and up
  // compare as negative: never digits.
  auto digits_before = [&](std::size_t end) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v.data() + end - 16));
    return static_cast<unsigned>(
        _mm_movemask_epi8(_mm_and_si128(_mm_cmpgt_epi8(x, below), _mm_cmplt_epi8(x, above))));
  };
  for (; to >= from + 16; to -= 16)
    if (const unsigned digits = digits_before(to))
      return to - 16 + static_cast<std::size_t>(31 - __builtin_clz(digits));
  // The first places (fewer than 16) in one block of v that ends at `to`,
  // masked to them, rather than one by one.
  if (to > from && to >= 16) {
    const unsigned digits = digits_before(to) & ~((1u << (from - (to - 16))) - 1);
    if (digits) return to - 16 + static_cast<std::size_t>(31 - __builtin_clz(digits));
    return std::string_view::npos;
  }
#endif
  for (; to > from; --to)
    if (is_digit(v[to - 1])) return to - 1;
  return std::string_view::npos;
}

bool is_digit_like(char32_t c) {
  c = utf8::fold_width(c);
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == U'×' ||
         c == '.' || c == '*' || c == '+' || c == '/';
}

namespace {

// The places in the 16 at v + at whose first byte is w's first and whose
// byte n - 1 on is w's last, as bits (reads v[at, at + 16 + n - 1)).
#if defined(__SSE2__)
unsigned candidates(const char* v, std::size_t at, std::size_t n, __m128i first, __m128i last) {
  const __m128i x0 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v + at));
  const __m128i x1 = _mm_loadu_si128(reinterpret_cast<const __m128i*>(v + at + n - 1));
  return static_cast<unsigned>(
      _mm_movemask_epi8(_mm_and_si128(_mm_cmpeq_epi8(x0, first), _mm_cmpeq_epi8(x1, last))));
}
#endif

bool word_at(std::string_view v, std::size_t i, std::string_view w) {
  return std::memcmp(v.data() + i, w.data(), w.size()) == 0;
}

}  // namespace

std::size_t find_word(std::string_view v, std::string_view w, std::size_t from) {
  const std::size_t n = w.size(), len = v.size();
  if (n == 0) return from <= len ? from : std::string_view::npos;
  if (n > len || from > len - n) return std::string_view::npos;
  std::size_t i = from;
#if defined(__SSE2__)
  const __m128i first = _mm_set1_epi8(w.front()), last = _mm_set1_epi8(w.back());
  for (; i + 16 + n - 1 <= len; i += 16)
    for (unsigned places = candidates(v.data(), i, n, first, last); places; places &= places - 1)
      if (const std::size_t j = i + static_cast<std::size_t>(__builtin_ctz(places));
          word_at(v, j, w))
        return j;
  // The last places (fewer than 16) in one more block, which ends where v
  // does and overlaps the places already tested (masked out), rather than
  // one by one.
  if (len >= 16 + n - 1) {
    const std::size_t j0 = len - n + 1 - 16;  // j0 < i
    unsigned places = candidates(v.data(), j0, n, first, last) & (~0u << (i - j0));
    for (; places; places &= places - 1)
      if (const std::size_t j = j0 + static_cast<std::size_t>(__builtin_ctz(places));
          word_at(v, j, w))
        return j;
    return std::string_view::npos;
  }
#endif
  for (; i + n <= len; ++i)
    if (v[i] == w.front() && v[i + n - 1] == w.back() && word_at(v, i, w)) return i;
  return std::string_view::npos;
}

std::size_t rfind_word(std::string_view v, std::string_view w, std::size_t pos) {
  const std::size_t n = w.size(), len = v.size();
  if (n > len) return std::string_view::npos;
  if (n == 0) return std::min(len, pos);
  std::size_t end = std::min(len - n, pos) + 1;  // places [0, end) are left to test
#if defined(__SSE2__)
  const __m128i first = _mm_set1_epi8(w.front()), last = _mm_set1_epi8(w.back());
  for (; end >= 16; end -= 16)
    for (unsigned places = candidates(v.data(), end - 16, n, first, last); places;) {
      const unsigned k = 31u - static_cast<unsigned>(__builtin_clz(places));
      if (word_at(v, end - 16 + k, w)) return end - 16 + k;
      places &= ~(1u << k);
    }
  // The first places (fewer than 16) in one more block from v's start,
  // masked to them, rather than one by one.
  if (len >= 16 + n - 1) {
    for (unsigned places = candidates(v.data(), 0, n, first, last) & ((1u << end) - 1); places;) {
      const unsigned k = 31u - static_cast<unsigned>(__builtin_clz(places));
      if (word_at(v, k, w)) return k;
      places &= ~(1u << k);
    }
    return std::string_view::npos;
  }
#endif
  for (; end > 0; --end)
    if (v[end - 1] == w.front() && v[end - 1 + n - 1] == w.back() && word_at(v, end - 1, w))
      return end - 1;
  return std::string_view::npos;
}

}  // namespace mubiao::targets
