// Character classes of the word level: what starts which kind of token.
#ifndef MUBIAO_LIB_SEGMENT_WORD_CHARS_H_
#define MUBIAO_LIB_SEGMENT_WORD_CHARS_H_

#include "text/utf8.h"

namespace mubiao::wordchars {

// Whitespace, control characters and invisible format characters: layout,
// never part of a token.
inline bool is_space(char32_t c) {
  if (c <= 0x20 || (c >= 0x7F && c <= 0xA0)) return true;
  return c == 0x3000 || c == 0x1680 || (c >= 0x2000 && c <= 0x200F) || c == 0x2028 || c == 0x2029 ||
         c == 0x202F || c == 0x205F || c == 0xFEFF;
}

// ASCII and full-width digits (the People's Daily corpora use both).
inline int digit_value(char32_t c) {
  c = utf8::fold_width(c);
  return (c >= U'0' && c <= U'9') ? static_cast<int>(c - U'0') : -1;
}
inline bool is_digit(char32_t c) { return digit_value(c) >= 0; }

// Letters of alphabetic scripts (ASCII, full-width, Latin-1/Extended, Greek,
// Cyrillic): a run of them is one latin token.
inline bool is_letter(char32_t c) {
  char32_t f = utf8::fold_width(c);
  if ((f >= U'A' && f <= U'Z') || (f >= U'a' && f <= U'z')) return true;
  if (c >= 0xC0 && c <= 0x24F) return c != 0xD7 && c != 0xF7;
  return (c >= 0x391 && c <= 0x3C9) || (c >= 0x400 && c <= 0x4FF);
}

// The Chinese marks written as a doubled character (GB/T 15834): the dash
// "——" and the ellipsis "……" are one mark each. Other repeated characters
// ("---", "...") are a mark each.
inline bool is_run_punct(char32_t c) { return c == 0x2014 || c == 0x2015 || c == 0x2026; }

}  // namespace mubiao::wordchars

#endif  // MUBIAO_LIB_SEGMENT_WORD_CHARS_H_
