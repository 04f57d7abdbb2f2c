// Qualifiers around a number (约, 超过 … before; 余, 多 inside; 左右, 以上 …
// after), read from number_qualifiers.tsv, and what they mean as bounds.
#ifndef MUBIAO_LIB_NUMBERS_QUALIFIERS_H_
#define MUBIAO_LIB_NUMBERS_QUALIFIERS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "mubiao/numbers.h"
#include "numbers/decimal.h"
#include "numbers/expression.h"
#include "numbers/grammar.h"
#include "numbers/tables.h"

namespace mubiao::numbers {

// The Qualifier named in the table ("over", "at_least" …).
Qualifier qualifier_of(std::string_view name);
// Extends a mention over a suffix qualifier (左右, 以上 …) at q.
std::size_t suffix_qualifier(const Tables& t, std::string_view text, std::size_t q, Mention& m);
// Extends a mention back over a prefix qualifier (约, 超过, 不低于 …).
void prefix_qualifier(const Tables& t, std::string_view text, std::size_t floor, Mention& m);
// 余/多/来 between a number and its unit, and magnitudes after them (3千多万).
std::size_t inner_qualifier(const Tables& t, std::string_view text, std::size_t q, Decimal& v,
                            Qualifier& qual);
// Whether a qualifier makes the number a lower bound (超过, 以上) or an
// upper one (以下, 近).
bool lower_bound(Qualifier q);
bool upper_bound(Qualifier q);

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_QUALIFIERS_H_
