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

// How far one expression may read from where it starts: a run of numeral
// characters longer than this is no quantity (it is read as several, each
// malformed or unrepresentable). The bound lets the scan walk a text
// through a window (scan_part) with the same result as over the whole.
constexpr std::size_t kMaxExpressionBytes = 32 * 1024;
// How far before its start an expression may look (prefix qualifiers, the
// character before, PM before 2.5): far more than the longest cue word.
constexpr std::size_t kMaxLookBehind = 1024;

// Where a scan stands: the next byte to look at, and the end of the last
// expression found (no prefix qualifier reaches back past it). With
// `rewrites`, each Found carries the Arabic rewrites normalize() applies;
// without, only its mention (what every other caller keeps).
struct ScanState {
  std::size_t pos = 0, floor = 0;
  bool rewrites = false;
};

// Scans on from state while state.pos < stop, reading no byte at or past
// end (the end of the text, or more than kMaxExpressionBytes + 3 past stop) nor
// more than kMaxLookBehind before state.pos, except at the text's start
// `first` (the start of its range). The expressions found are the ones a
// scan of the whole text finds there.
void scan_part(const Tables& t, std::string_view text, std::size_t first, std::size_t end,
               std::size_t stop, ScanState& state, const std::function<void(Found&&)>& take);

// Expressions in text[range), in order and non-overlapping, with their
// rewrites. Text must be valid UTF-8 (validated by the caller).
std::vector<Found> scan(const Tables& t, std::string_view text, Span range);
// The same without rewrites, each expression handed to take as it is found
// (no vector of them all: a caller that keeps less of each keeps less memory).
void scan_each(const Tables& t, std::string_view text, Span range,
               const std::function<void(Found&&)>& take);

// The mentions of scan over the whole of text, which the caller has
// validated (a Document's plain text: its text with whole characters left
// out), so that no stage checks the same bytes twice.
std::vector<Mention> mentions_in_valid(std::string_view text);

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_SCANNER_H_
