// Word tokenization.
//
// Design (and why it is not "ICU, then fix up"):
//  1. One linear scan splits the text into what needs no dictionary:
//     whitespace (dropped), numbers/dates/percentages (word_numbers.h),
//     latin runs, punctuation; and Han runs.
//  2. Each Han run is cut by jieba's method: every dictionary word starting
//     at every character forms a DAG, and the path of maximum probability
//     (sum of ln P) wins. The dictionary is jieba's frequency list, compiled
//     at build time into a trie blob (word_dict.h), plus the policy lexicon
//     and the caller's extra words (word_lexicon.h), plus Chinese-numeral
//     dates ("二〇二四年", "十二月") as candidates of their own.
//  3. Characters the best path leaves single are, where several follow each
//     other and do not form a known word, re-cut by jieba's character HMM
//     (word_hmm.h): that is the out-of-vocabulary strategy (names, new terms).
// ICU's dictionary break iterator was the obvious base, but it over-splits
// policy vocabulary and numerals and cannot be told about new words; fixing
// its output costs a second pass over every token. A frequency dictionary
// with a DAG is both more accurate on news/policy text (SIGHAN 2005, see
// tests/conformance/sighan_test.cc) and faster, and start-up is only the
// policy lexicon (a few hundred words), because the big list is read in place.
#include "segment/word_breaker.h"

#include <vector>

#include "data/embedded.h"
#include "segment/layout_repair.h"
#include "segment/word_chars.h"
#include "segment/word_dict.h"
#include "segment/word_hmm.h"
#include "segment/word_lexicon.h"
#include "segment/word_numbers.h"
#include "text/numerals.h"
#include "text/utf8.h"

MUBIAO_EMBEDDED_TEXT(policy_lexicon)

namespace mubiao {

namespace {

using namespace wordchars;

// ln P given to a Chinese-numeral date candidate: about as likely as a common
// word, so "十二月" beats 十二/月 but "统一月" stays 统一/月.
constexpr double kChineseDateLogp = -8.0;

bool is_beside_numeral_zero(const char32_t* cps, std::size_t n, std::size_t k) {
  if (!(numerals::numeral(cps[k]).use & numerals::kBesideNumeralsOnly)) return false;
  // ○ is a zero only next to other numerals: "二○○一年".
  auto numeral = [&](std::size_t j) { return j < n && is_chinese_numeral(cps[j]); };
  return (k > 0 && numeral(k - 1)) || numeral(k + 1);
}

// Split from the rare case above so that it is inlined: it is asked at
// every character of a Han run.
inline bool is_han_class(const char32_t* cps, std::size_t n, std::size_t k) {
  return utf8::is_han(cps[k]) || is_beside_numeral_zero(cps, n, k);
}

// Arrays of tokens() kept by each thread from call to call: sentence after
// sentence, they are allocated once instead of five times a sentence
// (allocation and its first touch were a tenth of the word level's
// instructions). Code points and their offsets take 12 bytes a character;
// what one very long text grew is given back (kKeptCodePoints).
struct Scratch {
  std::vector<char32_t> cps;
  std::vector<std::size_t> offs;
  std::vector<double> score;
  std::vector<std::size_t> end;
  std::vector<std::size_t> ends;
  WordDict::Memo memo;
};
constexpr std::size_t kKeptCodePoints = std::size_t{1} << 20;

// Cuts the Han runs of one tokens() call.
class Cutter {
 public:
  Cutter(const WordDict& dict, const WordLexicon& added, Scratch& scratch, std::vector<Token>& out)
      : dict_(dict),
        added_(added),
        cps_(scratch.cps.data()),
        offs_(scratch.offs.data()),
        out_(out),
        memo_(scratch.memo),
        score_(scratch.score),
        end_(scratch.end),
        ends_(scratch.ends) {}

  // Tokens of the Han run cps[a, b).
  void cut(std::size_t a, std::size_t b) {
    const std::size_t m = b - a;
    const char32_t* run = cps_ + a;
    // Every entry below m is written before it is read.
    if (score_.size() < m + 1) {
      score_.resize(m + 1);
      end_.resize(m + 1);
    }
    score_[m] = 0.0;
    for (std::size_t i = m; i-- > 0;) {
      double best = dict_.unknown_logp() + word_bonus(1) + score_[i + 1];
      std::size_t end = i + 1;
      auto consider = [&](std::size_t len, double lp) {
        const double s = lp + word_bonus(len) + score_[i + len];
        if (s >= best) {  // ties go to the longer word, as in jieba
          best = s;
          end = i + len;
        }
      };
      dict_.for_each_prefix_word(run + i, m - i, memo_, consider);
      if (!added_.empty()) added_.for_each_prefix_word(run + i, m - i, consider);
      if (is_chinese_numeral(run[i])) {
        const std::size_t e = match_chinese_date(run, m, i);
        if (e > i) consider(e - i, kChineseDateLogp);
      }
      score_[i] = best;
      end_[i] = end;
    }
    // Walk the best path; runs of single characters go to the HMM.
    std::size_t single_from = 0;
    for (std::size_t i = 0; i < m;) {
      const std::size_t j = end_[i];
      if (j - i > 1) {
        flush_singles(a, single_from, i);
        emit(a, i, j);
        single_from = j;
      }
      i = j;
    }
    flush_singles(a, single_from, m);
  }

 private:
  bool known(const char32_t* w, std::size_t n) const {
    return dict_.word_logp(w, n) != 0.0f || added_.contains(w, n);
  }

  // Characters run[s, e) were left single by the dictionary path.
  void flush_singles(std::size_t a, std::size_t s, std::size_t e) {
    const char32_t* run = cps_ + a;
    if (e - s > 1 && !known(run + s, e - s)) {
      ends_.clear();
      hmm_cut(dict_, run + s, e - s, ends_);
      std::size_t from = s;
      for (std::size_t end : ends_) {
        emit(a, from, s + end);
        from = s + end;
      }
      return;
    }
    for (std::size_t i = s; i < e; ++i) emit(a, i, i + 1);
  }

  void emit(std::size_t a, std::size_t i, std::size_t j) {
    const char32_t* run = cps_ + a;
    const std::size_t k = numeral_measure_split(run + i, j - i);
    if (k > 0 && match_chinese_date(run, j, i) != j) {
      emit_one(a, i, i + k);
      emit_one(a, i + k, j);
      return;
    }
    emit_one(a, i, j);
  }

  void emit_one(std::size_t a, std::size_t i, std::size_t j) {
    const char32_t* run = cps_ + a;
    // Numbers and dates start with a numeral; most words do not.
    bool number = false;
    if (is_chinese_numeral(run[i])) {
      bool numeral = true;
      for (std::size_t k = i + 1; k < j && numeral; ++k) numeral = is_chinese_numeral(run[k]);
      // All numerals is a number ("二十", "三千万") unless the lexicon says it
      // is a name ("十四五", the 14th Five-Year Plan).
      number = (numeral && !added_.contains(run + i, j - i)) || match_chinese_date(run, j, i) == j;
    }
    out_.push_back(
        Token{Span{offs_[a + i], offs_[a + j]}, number ? TokenType::number : TokenType::word});
  }

  const WordDict& dict_;
  const WordLexicon& added_;
  const char32_t* cps_;
  const std::size_t* offs_;
  std::vector<Token>& out_;
  WordDict::Memo& memo_;
  std::vector<double>& score_;
  std::vector<std::size_t>& end_;
  std::vector<std::size_t>& ends_;
};

// End of a latin run: letters and digits, and a point between digits
// ("PM2.5", "Wi-Fi" is three tokens: hyphens separate).
std::size_t latin_end(const char32_t* cps, std::size_t n, std::size_t k) {
  std::size_t e = k;
  while (e < n) {
    if (is_letter(cps[e]) || is_digit(cps[e])) {
      ++e;
    } else if (e + 1 < n && e > k && utf8::fold_width(cps[e]) == U'.' && is_digit(cps[e - 1]) &&
               is_digit(cps[e + 1])) {
      e += 2;
    } else {
      break;
    }
  }
  return e;
}

bool is_sign_position(const char32_t* cps, std::size_t n, std::size_t k) {
  if (k + 1 >= n || !is_digit(cps[k + 1])) return false;
  if (k > 0 && (is_digit(cps[k - 1]) || is_letter(cps[k - 1]))) return false;  // "1-2": a dash
  return match_arabic_number(cps, n, k) > k;
}

}  // namespace

struct WordBreaker::Impl {
  explicit Impl(const std::vector<std::string>& extra)
      : dict(WordDict::builtin()), added(dict, data::policy_lexicon_text(), extra) {}
  const WordDict& dict;
  WordLexicon added;
};

WordBreaker::WordBreaker(const std::vector<std::string>& extra_words)
    : impl_(std::make_unique<Impl>(extra_words)) {}
WordBreaker::~WordBreaker() = default;

std::vector<Token> WordBreaker::tokens(std::string_view text, Span range) const {
  std::vector<Token> out;
  thread_local Scratch scratch;
  // Code points of the range and their byte offsets (offs[n] = range.end).
  std::vector<char32_t>& cps = scratch.cps;
  std::vector<std::size_t>& offs = scratch.offs;
  // Counted first (SIMD), then written in place: no capacity check per
  // character, and only growth is zero-filled.
  const std::size_t n = structure::count_chars_upto(text, range, range.size());
  if (offs.size() < n + 1) {  // cps.size() + 1 == offs.size()
    cps.resize(n);
    offs.resize(n + 1);
  }
  for (std::size_t i = range.start, k = 0; k < n; ++k) {
    offs[k] = i;
    cps[k] = utf8::decode(text, i);
  }
  offs[n] = range.end;
  // Reports run at 0.53-0.56 tokens a character: n / 2 made the vector
  // double at the very end (twice the memory first-touched, the tokens
  // copied). Reserved memory is touched only as used.
  out.reserve(n / 8 * 5 + 16);

  Cutter cutter(impl_->dict, impl_->added, scratch, out);
  auto emit = [&](std::size_t i, std::size_t j, TokenType type) {
    out.push_back(Token{Span{offs[i], offs[j]}, type});
  };
  for (std::size_t k = 0; k < n;) {
    const char32_t c = cps[k];
    std::size_t e = k + 1;
    if (is_space(c)) {
      k = e;
      continue;
    }
    if (is_digit(c) || is_sign_position(cps.data(), n, k)) {
      std::size_t d = is_digit(c) ? k : k + 1;
      while (d < n && is_digit(cps[d])) ++d;
      if (is_digit(c) && d < n && is_letter(cps[d])) {
        // Digits glued to letters are a code or model name: "5G", "3D".
        e = latin_end(cps.data(), n, k);
        emit(k, e, TokenType::latin);
      } else {
        e = match_arabic_number(cps.data(), n, k);
        emit(k, e, TokenType::number);
      }
    } else if (is_letter(c)) {
      e = latin_end(cps.data(), n, k);
      emit(k, e, TokenType::latin);
    } else if (is_han_class(cps.data(), n, k)) {
      while (e < n && is_han_class(cps.data(), n, e)) ++e;
      cutter.cut(k, e);
    } else {
      if (is_run_punct(c))
        while (e < n && cps[e] == c) ++e;
      emit(k, e, TokenType::punct);
    }
    k = e;
  }
  if (cps.capacity() > kKeptCodePoints) {
    cps = {};
    offs = {};
    scratch.score = {};
    scratch.end = {};
  }
  return out;
}

}  // namespace mubiao
