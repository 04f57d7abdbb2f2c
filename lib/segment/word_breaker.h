// Word tokenization: numbers, dates, percentages, latin runs and punctuation
// recognised first; Han runs cut on jieba's max-probability word path (its
// frequency list compiled in, plus the policy-domain lexicon and the
// caller's extra words), with jieba's HMM for unknown words. See
// word_breaker.cc for why.
#ifndef MUBIAO_LIB_SEGMENT_WORD_BREAKER_H_
#define MUBIAO_LIB_SEGMENT_WORD_BREAKER_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/segment.h"

namespace mubiao {

class WordBreaker {
 public:
  explicit WordBreaker(const std::vector<std::string>& extra_words);
  ~WordBreaker();
  // Tokens of text[range); text must be valid UTF-8 and range within it.
  std::vector<Token> tokens(std::string_view text, Span range) const;

 private:
  struct Impl;
  std::unique_ptr<Impl> impl_;
};

}  // namespace mubiao

#endif  // MUBIAO_LIB_SEGMENT_WORD_BREAKER_H_
