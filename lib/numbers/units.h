// Units and signs after a number: the unit table (number_units.tsv) with
// Latin-word guards, percent signs and 个百分点 (also spaced), Latin
// magnitudes (40k), trailing 万/亿, and whether a numeral looks like a year.
#ifndef MUBIAO_LIB_NUMBERS_UNITS_H_
#define MUBIAO_LIB_NUMBERS_UNITS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

#include "mubiao/numbers.h"
#include "numbers/decimal.h"
#include "numbers/expression.h"
#include "numbers/grammar.h"
#include "numbers/tables.h"

namespace mubiao::numbers {

// A unit at i, unless it is Latin letters running on into a word (5G网络
// has no unit "G"; 5Gbps does).
const LexEntry* unit_at(const Tables& t, std::string_view text, std::size_t i);
// A percent sign, permille sign or 个百分点.
bool is_sign(const LexEntry* u);
// A percent sign, 个百分点 or tenth (成, 折) after a number, also when spaces
// separate them (６ 个 百 分点, １０ 成); sets end past it. `unit` is
// unit_at(t, text, q), which the caller has looked up (and asks again).
const LexEntry* sign_at(const Tables& t, std::string_view text, std::size_t q, const LexEntry* unit,
                        std::size_t& end);
// Power of ten of the magnitude characters ending a numeral (3万 -> 4).
int trailing_magnitude(std::string_view text, std::size_t start, std::size_t end);
// Latin magnitudes after Arabic digits: 40k, 3M, .0012G (5G stays a name).
int latin_magnitude(std::string_view text, const Numeral& n, std::size_t& q);
// A four-digit Arabic or Chinese whole number: 2022, 二〇二四.
bool year_like(const Numeral& n);
// The kind a unit gives (年 -> year or duration, 月份 -> month, 成 -> percent
// …) and the value changes it implies (七成 = 70%, 五打 = 60).
void apply_unit_role(const LexEntry& unit, const Numeral& n, const Decimal& v,
                     const std::optional<Decimal>& up, bool after_month, Mention& m);

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_UNITS_H_
