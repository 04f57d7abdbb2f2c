// Paragraphs, and the second half of layout repair: a line whose text does
// not end a sentence continues in the next line, across a newline, a blank
// line or a page marker, so that a sentence broken by a column or page
// break ("转化一流\n\n科技成果") stays one sentence.
#ifndef MUBIAO_LIB_SEGMENT_PARAGRAPHS_H_
#define MUBIAO_LIB_SEGMENT_PARAGRAPHS_H_

#include <string_view>
#include <vector>

#include "mubiao/segment.h"
#include "mubiao/text.h"
#include "segment/headings.h"
#include "segment/layout_repair.h"

namespace mubiao::structure {

// Paragraphs in document order, appended to out as units of section 0 (the
// Document's own vector: no copy of them is made). headings holds the
// heading that begins each line that has one: a heading line is never joined
// to the line before it, and a line holding only a heading is a paragraph of
// its own.
// full[i] tells whether lines[i] fills its wrap width (see full_lines): a
// title line, one that is short, does not end a sentence and does not fill
// the width, ends its paragraph when it starts it or ends a wrapped one.
// balance[i] is the bracket balance of lines[i] (LineBrackets::balance).
void build_paragraphs(std::string_view text, const std::vector<Line>& lines,
                      const LineHeadings& headings, const std::vector<bool>& full,
                      const std::vector<long>& balance, std::vector<Unit>& out);

// Whether text[line) is a title line: at most kMaxTitleLineChars, no
// sentence end, not filling a wrap width (full), not ending in 的/和/与 ….
bool is_title_line(std::string_view text, Span line, bool full);

// Whether a line that ends so goes on in the next line unless that line says
// otherwise: it ends no sentence and no list item (：；).
bool continues_in_next_line(std::string_view text, Span line);

// Whether text[start, end) ends with a sentence terminal, possibly followed
// by closing quotes, brackets or bold marks ("。”", "！）", "。**").
bool ends_sentence(std::string_view text, std::size_t start, std::size_t end);

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_PARAGRAPHS_H_
