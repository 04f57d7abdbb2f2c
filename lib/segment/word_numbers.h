// Numbers, dates and percentages as single tokens. The conventions follow
// the one both People's Daily standards (PKU, MSR) share, which is also what
// number normalization wants: a numeral keeps its magnitude and percent sign
// ("3256.8亿", "7.5%", "１７％") and a calendar or clock unit whose value fits
// it ("2024年", "12月", "31日", "8时"; "二〇二四年", "十二月"), but not a
// measure word or a duration ("3 个", "10 年", "20 世纪", "3256.8亿 元").
#ifndef MUBIAO_LIB_SEGMENT_WORD_NUMBERS_H_
#define MUBIAO_LIB_SEGMENT_WORD_NUMBERS_H_

#include <cstddef>

#include "text/numerals.h"

namespace mubiao {

// End of the number token of Arabic digits (ASCII or full-width) that starts
// at cps[i], or i when none does. cps[i] is a digit or a sign before one.
std::size_t match_arabic_number(const char32_t* cps, std::size_t n, std::size_t i);

// End of a Chinese-numeral calendar expression that starts at cps[i]
// ("二〇二四年", "十二月", "三十一日"), or i when none does.
std::size_t match_chinese_date(const char32_t* cps, std::size_t n, std::size_t i);

// Chinese numeral characters (lib/text/numerals.h), including 〇 and the ○
// typed for it.
// Inline: the word breaker asks it at every Han character.
inline bool is_chinese_numeral(char32_t c) { return numerals::is_chinese_numeral(c); }

// Length of the numeral when the word w[0, n) is a numeral and the measure
// word it counts ("一个", "三年", "第一次", "两条"; also "一是" in "一是…
// 二是…"), which are two words (numeral, measure word); 0 otherwise.
// Idioms made of a bare 百/千/万 ("百年", "千家万户") are not counted.
std::size_t numeral_measure_split(const char32_t* w, std::size_t n);

}  // namespace mubiao

#endif  // MUBIAO_LIB_SEGMENT_WORD_NUMBERS_H_
