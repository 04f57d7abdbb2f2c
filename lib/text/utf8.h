// Internal UTF-8 helpers shared by every stage. Input is always validated
// first (require_utf8), so decode() may assume well-formed text.
#ifndef MUBIAO_LIB_TEXT_UTF8_H_
#define MUBIAO_LIB_TEXT_UTF8_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace mubiao::utf8 {

// Length of the well-formed sequence at p (at most n bytes available), or 0
// when the bytes there are not well-formed UTF-8.
inline std::size_t sequence_length(const unsigned char* p, std::size_t n) {
  const unsigned char b = p[0];
  if (b < 0x80) return 1;
  if (b < 0xC2) return 0;  // continuation byte or overlong 2-byte lead
  if (b < 0xE0) {
    return (n >= 2 && (p[1] & 0xC0) == 0x80) ? 2 : 0;
  }
  if (b < 0xF0) {
    if (n < 3 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80) return 0;
    if (b == 0xE0 && p[1] < 0xA0) return 0;   // overlong
    if (b == 0xED && p[1] >= 0xA0) return 0;  // surrogate
    return 3;
  }
  if (b < 0xF5) {
    if (n < 4 || (p[1] & 0xC0) != 0x80 || (p[2] & 0xC0) != 0x80 || (p[3] & 0xC0) != 0x80) return 0;
    if (b == 0xF0 && p[1] < 0x90) return 0;   // overlong
    if (b == 0xF4 && p[1] >= 0x90) return 0;  // above U+10FFFF
    return 4;
  }
  return 0;
}

// When text[i] continues a well-formed character that began before i, the
// offset just past that character; otherwise i. Used to move a range's edge
// off a cut character without stepping over stray bytes, which the range's
// validation then reports where they are.
inline std::size_t past_cut_character(std::string_view text, std::size_t i) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  auto continuation = [&](std::size_t k) { return k < text.size() && (p[k] & 0xC0) == 0x80; };
  if (!continuation(i)) return i;
  std::size_t lead = i;
  while (lead > 0 && i - lead < 3 && continuation(lead)) --lead;
  if (continuation(lead)) return i;
  const std::size_t len = sequence_length(p + lead, text.size() - lead);
  return len != 0 && lead + len > i ? lead + len : i;
}

// The start of the well-formed character that text[i] continues; i when
// text[i] starts a character or is a stray byte.
inline std::size_t start_of_cut_character(std::string_view text, std::size_t i) {
  const std::size_t past = past_cut_character(text, i);
  if (past == i) return i;
  std::size_t lead = i;
  while ((static_cast<unsigned char>(text[lead]) & 0xC0) == 0x80) --lead;
  return lead;
}

// A character's slot hash for the open-addressing tables keyed by a
// character (numbers' lexicons, the cue tables): mask the result to the
// table's power-of-two size.
inline std::size_t char_hash(char32_t c) { return (c * 0x9E3779B1u) >> 8; }

// Decodes the code point at text[i] of valid UTF-8 and advances i past it.
inline char32_t decode(std::string_view text, std::size_t& i) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data()) + i;
  const unsigned char b = p[0];
  if (b < 0x80) {
    i += 1;
    return b;
  }
  if (b < 0xE0) {
    i += 2;
    return (char32_t(b & 0x1F) << 6) | (p[1] & 0x3F);
  }
  if (b < 0xF0) {
    i += 3;
    return (char32_t(b & 0x0F) << 12) | (char32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F);
  }
  i += 4;
  return (char32_t(b & 0x07) << 18) | (char32_t(p[1] & 0x3F) << 12) | (char32_t(p[2] & 0x3F) << 6) |
         (p[3] & 0x3F);
}

// Decodes the code point that ends just before text[i] and moves i to its start.
inline char32_t decode_before(std::string_view text, std::size_t& i) {
  std::size_t j = i - 1;
  while (j > 0 && (static_cast<unsigned char>(text[j]) & 0xC0) == 0x80) --j;
  std::size_t k = j;
  char32_t c = decode(text, k);
  i = j;
  return c;
}

// Appends the UTF-8 encoding of c.
inline void append(std::string& out, char32_t c) {
  if (c < 0x80) {
    out += static_cast<char>(c);
  } else if (c < 0x800) {
    out += static_cast<char>(0xC0 | (c >> 6));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else if (c < 0x10000) {
    out += static_cast<char>(0xE0 | (c >> 12));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (c >> 18));
    out += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (c & 0x3F));
  }
}

// Full-width ASCII variants (U+FF01..U+FF5E) and the ideographic space map to
// ASCII; everything else is returned as is.
inline char32_t fold_width(char32_t c) {
  if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;
  if (c == 0x3000) return U' ';
  return c;
}

inline bool is_han(char32_t c) {
  return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || c == 0x3007 ||
         (c >= 0x20000 && c <= 0x2EBEF) || (c >= 0xF900 && c <= 0xFAFF);
}

}  // namespace mubiao::utf8

#endif  // MUBIAO_LIB_TEXT_UTF8_H_
