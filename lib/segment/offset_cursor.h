// Offsets the layout scan recorded in text order (Layout::stops and
// Layout::separators), read by a pass that only moves forward: the passes
// after the scan jump from one recorded offset to the next instead of
// searching the text again.
#ifndef MUBIAO_LIB_SEGMENT_OFFSET_CURSOR_H_
#define MUBIAO_LIB_SEGMENT_OFFSET_CURSOR_H_

#include <cstddef>
#include <cstdint>
#include <vector>

namespace mubiao::structure {

class OffsetCursor {
 public:
  explicit OffsetCursor(const std::vector<std::uint32_t>& at) : at_(&at) {}
  // The first offset at or after pos (SIZE_MAX past the last); pos must
  // not go back from one call to the next.
  std::size_t from(std::size_t pos) {
    const std::vector<std::uint32_t>& at = *at_;
    while (next_ < at.size() && at[next_] < pos) ++next_;
    return next_ < at.size() ? at[next_] : static_cast<std::size_t>(-1);
  }

 private:
  const std::vector<std::uint32_t>* at_;
  std::size_t next_ = 0;
};

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_OFFSET_CURSOR_H_
