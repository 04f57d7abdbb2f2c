// One numeric expression read at a position: the numeral, what surrounds it
// (第, 百分之, 翻…番, 分之, a range or product partner, magnitudes, the unit
// or measure word, qualifiers) and the resulting Mention. The scanner calls
// read_expression wherever a numeral may start.
#ifndef MUBIAO_LIB_NUMBERS_EXPRESSION_H_
#define MUBIAO_LIB_NUMBERS_EXPRESSION_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/numbers.h"
#include "numbers/tables.h"

namespace mubiao::numbers {

// A piece of input and the Arabic text that replaces it in normalize().
struct Rewrite {
  Span input;
  std::string text;
};

struct Found {
  Mention mention;
  std::vector<Rewrite> rewrites;  // in input order, inside mention.span
};

struct ReadResult {
  std::optional<Found> found;
  std::size_t next = 0;  // where scanning resumes; always > the start position
};

// Reads the expression starting at pos (< end). `floor` is the earliest
// byte a prefix qualifier may start at (the end of the previous mention).
// `depth` counts nested reads (a sign, 又, a second bound): beyond
// kMaxDepth they are not attempted, so 负负负… or 三又三又… cannot recurse
// without bound. `after_whole`: the read follows 又 after a whole number, where
// a fraction may be written X分Y (一又十分一). `rewrites`: whether to record
// the Arabic rewrites of the numerals (normalize() only; see ScanState).
constexpr int kMaxDepth = 2;
ReadResult read_expression(const Tables& t, std::string_view text, std::size_t pos, std::size_t end,
                           std::size_t floor, bool rewrites, int depth = 0,
                           bool after_whole = false);

// Joins a lower-bound mention with an upper-bound one right after it
// (大于10小于20) into a range; leaves `first` alone otherwise.
void merge_bounds(const Tables& t, std::string_view text, std::size_t end, Found& first, int depth,
                  bool rewrites);

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_EXPRESSION_H_
