// One quote or bracket of the text, as the layout scan records it and the
// bracket passes read it (segment/brackets.h).
#ifndef MUBIAO_LIB_SEGMENT_BRACKET_MARKS_H_
#define MUBIAO_LIB_SEGMENT_BRACKET_MARKS_H_

#include <cstddef>
#include <cstdint>

namespace mubiao::structure {

// One opener or closer: pair is its index in tables::kBracketPairs. Eight
// bytes: a document's marks are kept from the line walk to the paragraphs.
struct BracketMark {
  std::uint64_t offset : 57;
  std::uint64_t pair : 5;
  std::uint64_t open : 1;
  std::uint64_t matched : 1;  // set while a paragraph's pairs are matched
};
static_assert(sizeof(BracketMark) == 8, "a mark is one word");
inline BracketMark bracket_mark(std::size_t offset, int pair, bool open) {
  return BracketMark{offset, static_cast<std::uint64_t>(pair), open, false};
}

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_BRACKET_MARKS_H_
