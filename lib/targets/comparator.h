// The comparator of a number: a range, toward (向…迈进, 冲击), the
// qualifier the number recognizer read (以上, 左右, 以内, 余), or a cue word
// just before (突破, 不低于) or after it (lib/data/target_cues.tsv).
#ifndef MUBIAO_LIB_TARGETS_COMPARATOR_H_
#define MUBIAO_LIB_TARGETS_COMPARATOR_H_

#include <string_view>

#include "mubiao/numbers.h"
#include "mubiao/targets.h"
#include "targets/cues.h"

namespace mubiao::targets {

// left, right: the words just before and after the number.
Comparator comparator_of(const Mention& m, std::string_view left, std::string_view right,
                         const Cues& cues);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_COMPARATOR_H_
