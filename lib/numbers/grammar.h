// The value of one numeral: Arabic (55992, 1,100, 1.5, full-width １２３．５),
// Chinese (一百二十三, 两千, 十万零一千, 二〇二四, 壹贰叁, 廿, 三点五) and mixed
// (1.3万, 5.66万亿, 13万2). Magnitudes 万/亿/兆 fold as a stack, so 万亿 is
// 10^12 and 三亿五千万 is 350000000; a trailing digit after a unit is the
// next place down (两千五 = 2500, 一万三 = 13000).
//
// scan_numeral reads the longest numeral at a position in one pass and never
// looks back, so a run of any length costs linear time; runs too long to be a
// quantity are consumed and reported as malformed.
#ifndef MUBIAO_LIB_NUMBERS_GRAMMAR_H_
#define MUBIAO_LIB_NUMBERS_GRAMMAR_H_

#include <cstddef>
#include <optional>
#include <string_view>

#include "numbers/decimal.h"
#include "numbers/lexicon.h"
#include "text/numerals.h"

namespace mubiao::numbers {

// What a code point (already width-folded) means inside a numeral: the one
// table of numeral characters, lib/text/numerals.h.
using NumChar = numerals::NumeralKind;
using NumCharInfo = numerals::Numeral;
constexpr NumCharInfo classify(char32_t c) { return numerals::numeral(c); }

struct Numeral {
  std::size_t start = 0, end = 0;  // bytes of the numeral
  bool ok = false;                 // parsed to a value
  Decimal value;
  std::optional<Decimal> upper;  // 三四十万: 300000..400000
  bool approximate = false;      // 十几万, 三四十万
  bool arabic = false;           // has Arabic digits
  bool chinese = false;          // has Chinese numeral characters
  bool scaled = false;           // has 十百千万亿 (or 廿卅)
  bool sequence = false;         // Chinese digits without units: 二〇二四
  bool point = false;            // has a decimal point
  bool digits = false;           // has a digit (not only 十百千万亿)
  int int_digits = 0;            // digits before the point when written digit by digit
  int chars = 0;                 // code points in the numeral
};

// Reads the numeral starting at pos (< end). `units` stops the numeral before
// a unit that begins with a numeral character (千瓦, 千米, 千克), and `idioms`
// before a word that only looks numeric (千万 as "by all means" is left to the
// caller). Returns a Numeral with end == pos when nothing numeric starts there.
Numeral scan_numeral(std::string_view text, std::size_t pos, std::size_t end, const Lexicon& units);
// The same read token by token, without scan_numeral's fast path for plain
// ASCII numerals (what the fast path is tested against).
Numeral scan_numeral_tokens(std::string_view text, std::size_t pos, std::size_t end,
                            const Lexicon& units);

// Reads a run of magnitude characters (万, 亿, 万亿 …) at pos; returns the total
// power of ten (0 when none) and sets end_out.
int scan_magnitudes(std::string_view text, std::size_t pos, std::size_t end, const Lexicon& units,
                    std::size_t& end_out);

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_GRAMMAR_H_
