// Quotes and brackets, found in the layout scan's walk of each line for both
// passes that need them: layout repair asks how many a line leaves open (a quotation
// that spans lines joins them), the sentence and clause splitters ask which
// ones pair up in a paragraph (a terminal inside a pair ends nothing).
#ifndef MUBIAO_LIB_SEGMENT_BRACKETS_H_
#define MUBIAO_LIB_SEGMENT_BRACKETS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "mubiao/text.h"
#include "segment/bracket_marks.h"
#include "segment/layout_repair.h"

namespace mubiao::structure {

// The quotes and brackets of one paragraph that have a partner there, as
// depth changes (+1 at an opener, -1 at its closer) in text order.
// Unpartnered marks are ignored, so one stray “ cannot glue a paragraph
// into one sentence.
struct BracketEvent {
  std::size_t offset;
  int delta;
};

struct LineBrackets {
  // Per line: openers minus closers on its content, whatever their kind and
  // page markers included (enough to tell that a quotation opened on one
  // line closes on a later one).
  std::vector<long> balance;
  // The marks of every line's content outside page markers, in text order.
  std::vector<BracketMark> marks;
};

// Reads the marks scan_layout recorded (layout.brackets, taken: the marks
// kept are compacted in its memory) line by line; the text is not walked
// again.
LineBrackets scan_line_brackets(Layout& layout);

// Working space of match_brackets, reused from paragraph to paragraph.
struct BracketScratch {
  std::size_t next_mark = 0;  // the first of LineBrackets::marks not yet used
  std::vector<BracketMark> marks;
  std::vector<std::size_t> open;
};

// The pairs of the paragraph made of lines[first_line, end_line): the
// lines' marks from scan, and those in the layout between the lines
// (running heads a page break left there), walked as CharWalker walks.
// Paragraphs must come in text order (the scan's marks are read once).
void match_brackets(std::string_view text, const std::vector<Line>& lines, std::size_t first_line,
                    std::size_t end_line, const std::vector<Span>& markers,
                    const LineBrackets& scan, BracketScratch& scratch,
                    std::vector<BracketEvent>& out);

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_BRACKETS_H_
