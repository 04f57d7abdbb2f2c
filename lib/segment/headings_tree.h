// Section tree: ranks the recognised headings of a document, drops a lone
// title, and nests sections (depth, parent, span) below a preamble.
#ifndef MUBIAO_LIB_SEGMENT_HEADINGS_TREE_H_
#define MUBIAO_LIB_SEGMENT_HEADINGS_TREE_H_

#include <vector>

#include "mubiao/segment.h"
#include "segment/headings.h"
#include "segment/layout_repair.h"

namespace mubiao::structure {

// headings holds the heading that begins each line that has one. Sections come in
// document order; parents precede their children.
//
// Depth 1 ("top level") is the highest-ranking numbering style present (or
// back matter such as "附件1"); a lower-ranking heading before the first
// top-level one lies in the preamble (depth 2, parent 0). The first heading
// is the document's title, not a section, when it is an unnumbered markdown
// heading whose level no other heading uses ("# 政府工作报告").
std::vector<Section> build_sections(const std::vector<Line>& lines, const LineHeadings& headings);

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_HEADINGS_TREE_H_
