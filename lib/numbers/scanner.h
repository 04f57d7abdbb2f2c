// The single left-to-right pass over text that finds numeric expressions:
// cheap byte tests skip ASCII that cannot start a number, idioms (一体化,
// 统一) are skipped whole, and read_expression runs wherever a numeral, 第,
// 翻 or 百分之 starts. Every step moves forward, so the pass is linear.
#ifndef MUBIAO_LIB_NUMBERS_SCANNER_H_
#define MUBIAO_LIB_NUMBERS_SCANNER_H_

#include <functional>
#include <string_view>
#include <vector>

#include "mubiao/text.h"
#include "numbers/expression.h"
#include "numbers/tables.h"

namespace mubiao::numbers {

// Expressions in text[range), in order and non-overlapping. Text must be
// valid UTF-8 (validated by the caller).
std::vector<Found> scan(const Tables& t, std::string_view text, Span range);
// The same, each expression handed to take as it is found (no vector of
// them all: a caller that keeps less of each keeps less memory).
void scan_each(const Tables& t, std::string_view text, Span range,
               const std::function<void(Found&&)>& take);

// The mentions of scan over the whole of text, which the caller has
// validated (a Document's plain text: its text with whole characters left
// out), so that no stage checks the same bytes twice.
std::vector<Mention> mentions_in_valid(std::string_view text);

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_SCANNER_H_
