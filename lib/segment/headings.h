// Heading recognition: which lines are headings ("二、…", "（一）…", "1.",
// "第一章", markdown '#', bold lead sentences "**…**", "附件1"), their rank,
// and which bytes are the heading's words.
#ifndef MUBIAO_LIB_SEGMENT_HEADINGS_H_
#define MUBIAO_LIB_SEGMENT_HEADINGS_H_

#include <optional>
#include <string_view>

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

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_HEADINGS_H_
