// Heading recognition: which lines are headings ("二、…", "（一）…", "1.",
// "第一章", markdown '#', bold lead sentences "**…**", "附件1"), their rank,
// and which bytes are the heading's words.
#ifndef MUBIAO_LIB_SEGMENT_HEADINGS_H_
#define MUBIAO_LIB_SEGMENT_HEADINGS_H_

#include <algorithm>
#include <cstddef>
#include <optional>
#include <string_view>
#include <vector>

#include "mubiao/text.h"

namespace mubiao::structure {

enum class HeadingKind { numbered, markdown, bold, appendix };

// One per line of a document (most of them empty): the span first, so
// that the small fields pack behind it.
struct HeadingLine {
  Span heading;  // the heading's words: '#' and '**' marks and a run-in body excluded
  HeadingKind kind = HeadingKind::numbered;
  int numbering_rank = 0;    // rank of the numbering style; 0 when unnumbered
  int markdown_level = 0;    // count of leading '#'; 0 when none
  bool heading_only = true;  // nothing follows the heading on its line
};

// The heading that begins the trimmed line text[line), if any.
std::optional<HeadingLine> recognize_heading(std::string_view text, Span line);

// The headings of a document's lines, by line index. Few lines begin one,
// so only those are kept, with a bit per line: a slot per line (32 bytes)
// was a megabyte of freshly touched memory for a 12 MB report, and each
// first touch of a page is a fault of several microseconds.
class LineHeadings {
 public:
  // Room for a heading a line: reserved memory is touched only as used,
  // while a doubling vector first-touches twice its final size.
  explicit LineHeadings(std::size_t lines) : has_(lines, false) {
    lines_.reserve(lines);
    heads_.reserve(lines);
  }
  // Lines are added in ascending order.
  void add(std::size_t line, const HeadingLine& h) {
    has_[line] = true;
    lines_.push_back(line);
    heads_.push_back(h);
  }
  bool has(std::size_t line) const { return has_[line]; }
  // The heading of a line that has one.
  const HeadingLine& of(std::size_t line) const {
    return heads_[static_cast<std::size_t>(std::lower_bound(lines_.begin(), lines_.end(), line) -
                                           lines_.begin())];
  }
  // The k-th heading in line order, and its line.
  std::size_t size() const { return lines_.size(); }
  std::size_t line(std::size_t k) const { return lines_[k]; }
  const HeadingLine& heading(std::size_t k) const { return heads_[k]; }

 private:
  std::vector<bool> has_;
  std::vector<std::size_t> lines_;
  std::vector<HeadingLine> heads_;
};

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_HEADINGS_H_
