// Small helpers over byte spans of UTF-8 text used by the target rules:
// trimming, counting Han characters, quote depth.
#ifndef MUBIAO_LIB_TARGETS_PHRASE_H_
#define MUBIAO_LIB_TARGETS_PHRASE_H_

#include <cstddef>
#include <string_view>

#include "mubiao/text.h"
#include "text/utf8.h"

namespace mubiao::targets {

// Span without leading/trailing spaces, line breaks, markdown '*' and
// separators (、，：；).
Span trim(std::string_view text, Span s);
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
// v.find(w, from) and v.rfind(w, pos), the same answers, found by w's
// first and last bytes at 16 places at a time: std::string_view's compare
// a word of Chinese with memcmp at every place its lead byte (shared by a
// sixth of all Han characters) is, and rfind at every byte.
std::size_t find_word(std::string_view v, std::string_view w, std::size_t from = 0);
std::size_t rfind_word(std::string_view v, std::string_view w,
                       std::size_t pos = std::string_view::npos);
// Conjunctions joining the items of a list (示范村27个和优秀县2个).
inline constexpr std::string_view kConjunctions[] = {"和", "及", "以及", "与"};

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_PHRASE_H_
