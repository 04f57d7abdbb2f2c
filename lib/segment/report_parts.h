// Helpers of the report-parts reader (ReportParts, include/mubiao/segment.h)
// that the target rules share: years written in text.
#ifndef MUBIAO_LIB_SEGMENT_REPORT_PARTS_H_
#define MUBIAO_LIB_SEGMENT_REPORT_PARTS_H_

#include <cstddef>
#include <string>
#include <string_view>

#include "mubiao/segment.h"

namespace mubiao::structure {

// The first 4-digit year written as "2022年" (ASCII or full-width digits) in
// text, or "".
std::string year_in(std::string_view text);

// The start of the plain text of a paragraph (Document::plain_text), as
// much of it as the part reader reads: the whole when the paragraph is
// short, else a prefix whose text without leading and trailing blanks and
// marks is a prefix of the whole one's, long enough for a salutation and
// an opener (and too long for a title line). A view of the document's text
// when no layout noise is inside, else of buffer. noise_at: where the
// search of layout_noise() starts, 0 at first, for paragraphs asked in
// order.
std::string_view paragraph_opening(const Document& doc, Span paragraph, std::size_t& noise_at,
                                   std::string& buffer);

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_REPORT_PARTS_H_
