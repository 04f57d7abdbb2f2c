// Filling a Mention's value fields from exact decimals, and recording the
// Arabic rewrites that normalize() applies.
#ifndef MUBIAO_LIB_NUMBERS_VALUES_H_
#define MUBIAO_LIB_NUMBERS_VALUES_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "mubiao/numbers.h"
#include "numbers/decimal.h"
#include "numbers/expression.h"
#include "numbers/grammar.h"
#include "numbers/tables.h"

namespace mubiao::numbers {

// Only ASCII digits and points: already Arabic, nothing to rewrite.
bool plain_ascii(std::string_view s);
// A double with 15 significant digits (for fractions, which have no exact
// decimal form).
std::string format_double(double v);
// value, exact and representable from an exact decimal; an unrepresentable
// value leaves value 0 and exact empty.
void set_value(Mention& m, const Decimal& v);
void set_upper(Mention& m, const Decimal& v);
// Records the Arabic form of numeral n for normalize() (its value, or
// `replacement` when given), unless it is already written that way.
void rewrite_numeral(Found& f, std::string_view text, const Numeral& n, std::string replacement);

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_VALUES_H_
