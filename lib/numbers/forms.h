// Expressions that a word before the number shapes: 第十二次 (ordinal),
// 翻两番 (multiple), 百分之五十 / 千分之三 (parts per power of ten), 十四五
// (a five-year plan).
#ifndef MUBIAO_LIB_NUMBERS_FORMS_H_
#define MUBIAO_LIB_NUMBERS_FORMS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "mubiao/numbers.h"
#include "numbers/decimal.h"
#include "numbers/expression.h"
#include "numbers/grammar.h"
#include "numbers/tables.h"

namespace mubiao::numbers {

// 第十二次: the number after 第 is an ordinal, with its measure word.
ReadResult ordinal_after_prefix(const Tables& t, std::string_view text, std::size_t pos,
                                std::size_t q, std::size_t floor);
// 翻番 (2), 翻一番 (2), 翻两番 (4): doublings after 翻.
ReadResult multiple(const Tables& t, std::string_view text, std::size_t pos, std::size_t q);
// 百分之五十, 千分之三, 百万分之五, 百 分 之 2: a part per power of ten,
// as percent (千分之三 -> 0.3).
ReadResult per_part(const Tables& t, std::string_view text, std::size_t pos, const Numeral& base,
                    std::size_t floor);
// 十四五: the fourteenth five-year plan.
ReadResult plan(const Tables& t, std::string_view text, std::size_t pos);

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_FORMS_H_
