#include "targets/phrase.h"

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
}  // namespace

Span trim(std::string_view text, Span s) {
  while (s.start < s.end) {
    std::size_t k = s.start;
    if (!trimmable(utf8::decode(text, k))) break;
    s.start = k;
  }
  while (s.end > s.start) {
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

std::size_t name_chars(std::string_view text, Span s) {
  std::size_t n = 0, latin = 0;
  for (std::size_t i = s.start; i < s.end;) {
    const char32_t c = utf8::fold_width(utf8::decode(text, i));
    if (utf8::is_han(c)) ++n;
    const bool letter = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    latin = letter ? latin + 1 : 0;
    if (latin == 2) n += 2;  // a word in Latin letters (GDP, CPI) names a thing
    if (latin > 2) ++n;
  }
  return n;
}

char32_t char_at(std::string_view text, std::size_t i) {
  if (i >= text.size()) return 0;
  return utf8::decode(text, i);
}

char32_t char_before(std::string_view text, std::size_t i) {
  if (i == 0 || i > text.size()) return 0;
  return utf8::decode_before(text, i);
}

bool is_digit_like(char32_t c) {
  c = utf8::fold_width(c);
  return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == U'×' ||
         c == '.' || c == '*' || c == '+' || c == '/';
}

}  // namespace mubiao::targets
