// The horizon a sentence names before a position: a cue of
// lib/data/target_cues.tsv (年内, 两年内, 今年 -> the report's year) or
// 到2025年 / 至2025年.
#ifndef MUBIAO_LIB_TARGETS_HORIZON_H_
#define MUBIAO_LIB_TARGETS_HORIZON_H_

#include <string>
#include <string_view>

#include "mubiao/text.h"
#include "targets/cues.h"

namespace mubiao::targets {

// The last horizon written in text[s.start, pos); "" when none. year: what
// 今年/全年 stand for ("" keeps the word).
std::string horizon_in(std::string_view text, Span s, std::size_t pos, const Cues& cues,
                       const std::string& year);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_HORIZON_H_
