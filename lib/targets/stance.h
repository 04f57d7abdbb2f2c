// The stance of a statement: the part of the report it is in (ReportParts,
// read by lib/segment from the Document's headings and paragraph openers),
// overridden by the sentence's own cues.
#ifndef MUBIAO_LIB_TARGETS_STANCE_H_
#define MUBIAO_LIB_TARGETS_STANCE_H_

#include <string_view>

#include "mubiao/segment.h"
#include "mubiao/targets.h"
#include "targets/cues.h"

namespace mubiao::targets {

// 去年 or 已达 in a plan part report a result; with no part known, 同比 or
// 比上年 do too; otherwise a statement is a target.
Stance stance_of(ReportPart part, std::string_view sentence, const Cues& cues);
// The same when whether sentence holds an achievement word is known
// (Cues::piece_words): no walk for it.
Stance stance_of(ReportPart part, std::string_view sentence, bool holds_achievement,
                 const Cues& cues);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_STANCE_H_
