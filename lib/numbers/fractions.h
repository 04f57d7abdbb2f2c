// Fractions and halves written in words: 三分之一 (the shared mention
// builder), the Cantonese forms without 之 (二份一 = 1/2, 一又十分一 = 1.1),
// and half words (一半, 1半, 半个) that do not swallow the head of an idiom.
#ifndef MUBIAO_LIB_NUMBERS_FRACTIONS_H_
#define MUBIAO_LIB_NUMBERS_FRACTIONS_H_

#include <cstddef>
#include <string_view>

#include "numbers/decimal.h"
#include "numbers/expression.h"
#include "numbers/grammar.h"
#include "numbers/tables.h"

namespace mubiao::numbers {

// The fraction num/den spanning [pos, end) with its qualifiers, or nothing
// when den is zero; records the rewrite "num/den".
ReadResult fraction_mention(const Tables& t, std::string_view text, std::size_t pos,
                            std::size_t end, const Decimal& num, const Decimal& den,
                            std::size_t floor);
// X份Y (and, with after_whole, X分Y): Y/X. `den` is the numeral X, q where
// it ends. Nothing unless both are whole numbers and what follows Y is not
// Han, a letter or digit, or a unit (三份文件, 三份一样 stay counts).
ReadResult bare_fraction(const Tables& t, std::string_view text, std::size_t pos,
                         const Numeral& den, std::size_t end, std::size_t floor, bool after_whole);
// The longest half word at pos (一半半, 一半, 1半, 半个) that does not end
// inside an idiom starting within it (一半半导体 is 一半 + 半导体).
const LexEntry* half_at(const Tables& t, std::string_view text, std::size_t pos);

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_FRACTIONS_H_
