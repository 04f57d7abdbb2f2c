// Small character helpers shared by the expression readers: width-folded
// code points before and after a position, Latin letters, numeral
// characters, and matching a table word with spaces allowed inside it.
#ifndef MUBIAO_LIB_NUMBERS_CHARS_H_
#define MUBIAO_LIB_NUMBERS_CHARS_H_

#include <cstddef>
#include <string_view>

#include "numbers/grammar.h"
#include "numbers/lexicon.h"
#include "text/utf8.h"

namespace mubiao::numbers {

// The width-folded code point at i (0 at end) and where the next one starts.
inline char32_t at(std::string_view text, std::size_t i, std::size_t& next) {
  next = i;
  if (i >= text.size()) return 0;
  return utf8::fold_width(utf8::decode(text, next));
}

inline char32_t at(std::string_view text, std::size_t i) {
  std::size_t n;
  return at(text, i, n);
}

// The code point at i as written, not width-folded (0 at end): what the
// word lists are keyed by (Lexicon::may_start).
inline char32_t raw_at(std::string_view text, std::size_t i) {
  return i < text.size() ? utf8::decode(text, i) : 0;
}

inline char32_t before(std::string_view text, std::size_t i, std::size_t floor) {
  if (i <= floor) return 0;
  return utf8::fold_width(utf8::decode_before(text, i));
}

inline bool is_alpha(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

inline bool is_alnum(char32_t c) { return is_alpha(c) || (c >= U'0' && c <= U'9'); }

inline bool is_numeral_char(char32_t c) { return classify(c).kind != NumChar::none; }

inline const LexEntry* match(const Lexicon& lex, std::string_view text, std::size_t i) {
  return lex.match(text, i);
}

// The end of `word` at pos, allowing ASCII spaces before and between its
// characters (百 分 之, 个 百 分点), or npos.
inline std::size_t loose(std::string_view text, std::size_t pos, std::string_view word) {
  std::size_t i = pos, w = 0;
  while (w < word.size()) {
    while (i < text.size() && text[i] == ' ') ++i;
    std::size_t wn = w, tn = i;
    char32_t want = utf8::decode(word, wn);
    if (at(text, i, tn) != utf8::fold_width(want)) return std::string_view::npos;
    i = tn;
    w = wn;
  }
  return i;
}

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_CHARS_H_
