// The section each unit lies in (Unit::section): the innermost section that
// holds the unit's start. Units come in text order, so every lookup moves
// forward.
#ifndef MUBIAO_LIB_SEGMENT_SECTION_LOCATOR_H_
#define MUBIAO_LIB_SEGMENT_SECTION_LOCATOR_H_

#include <cstddef>
#include <vector>

#include "mubiao/segment.h"

namespace mubiao::structure {

// The rule: the last section that starts by offset, or the nearest
// ancestor of it that holds offset (no higher than depth 1). Offsets must
// come in ascending order; each call climbs a few levels (depth is bounded
// by the number of heading ranks).
class SectionLocator {
 public:
  explicit SectionLocator(const std::vector<Section>& sections) : sections_(sections) {}

  std::size_t at(std::size_t offset) {
    while (next_ < sections_.size() && sections_[next_].span.start <= offset) ++next_;
    std::size_t s = next_ == 0 ? 0 : next_ - 1;
    while (!(sections_[s].span.start <= offset && offset < sections_[s].span.end) &&
           sections_[s].depth > 1 && sections_[s].parent < s)
      s = sections_[s].parent;
    return s;
  }

 private:
  const std::vector<Section>& sections_;
  std::size_t next_ = 0;
};

// The same answers, read off the stretches between section edges: the rule
// changes its answer only where a section starts or ends, so it is asked
// once per edge, not once per unit (a report has a few hundred sections and
// tens of thousands of units).
class SectionStretches {
 public:
  // Without sections, every offset gets 0.
  explicit SectionStretches(const std::vector<Section>& sections);

  // Offsets must come in ascending order (each cursor its own order). A
  // unit nearly always lies in the stretch of the unit before it: one
  // comparison with the next stretch's start.
  class Cursor {
   public:
    explicit Cursor(const SectionStretches& s) : s_(&s) { enter(0); }
    std::size_t at(std::size_t offset) {
      while (offset >= next_start_) enter(next_);
      return section_;
    }

   private:
    // Takes stretch k, which must exist (the first starts at 0).
    void enter(std::size_t k) {
      const std::vector<Stretch>& st = s_->stretches_;
      section_ = st[k].section;
      next_ = k + 1;
      next_start_ = next_ < st.size() ? st[next_].start : static_cast<std::size_t>(-1);
    }
    const SectionStretches* s_;
    std::size_t next_ = 0, next_start_ = 0, section_ = 0;
  };

 private:
  struct Stretch {
    std::size_t start, section;
  };
  std::vector<Stretch> stretches_;
};

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_SECTION_LOCATOR_H_
