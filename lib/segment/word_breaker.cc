// PLACEHOLDER: one token per character. Replaced by the real word breaker.
#include "segment/word_breaker.h"

#include "text/utf8.h"

namespace mubiao {

struct WordBreaker::Impl {};

WordBreaker::WordBreaker(const std::vector<std::string>&) : impl_(std::make_unique<Impl>()) {}
WordBreaker::~WordBreaker() = default;

std::vector<Token> WordBreaker::tokens(std::string_view text, Span range) const {
  std::vector<Token> out;
  std::size_t i = range.start;
  while (i < range.end) {
    std::size_t s = i;
    char32_t c = utf8::decode(text, i);
    if (c == U' ' || c == U'\n' || c == U'\r' || c == U'\t' || c == 0x3000) continue;
    out.push_back(Token{Span{s, i}, utf8::is_han(c) ? TokenType::word : TokenType::punct});
  }
  return out;
}

}  // namespace mubiao
