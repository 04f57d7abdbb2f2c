// Helpers of the report-parts reader (ReportParts, include/mubiao/segment.h)
// that the target rules share: years written in text.
#ifndef MUBIAO_LIB_SEGMENT_REPORT_PARTS_H_
#define MUBIAO_LIB_SEGMENT_REPORT_PARTS_H_

#include <string>
#include <string_view>

namespace mubiao::structure {

// The first 4-digit year written as "2022年" (ASCII or full-width digits) in
// text, or "".
std::string year_in(std::string_view text);

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_REPORT_PARTS_H_
