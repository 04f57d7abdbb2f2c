// Clauses: a sentence split after ，；： (and ASCII , ; : outside numbers),
// never at 、 (an enumeration) and never inside quotes or brackets. The
// separator and the closers right after it end the clause before them.
#ifndef MUBIAO_LIB_SEGMENT_CLAUSES_H_
#define MUBIAO_LIB_SEGMENT_CLAUSES_H_

#include <string_view>
#include <vector>

#include "mubiao/text.h"
#include "segment/sentences.h"

namespace mubiao::structure {

// Clause spans of one sentence, appended to out. brackets are those of the
// sentence's paragraph (see match_brackets).
void split_clauses(std::string_view text, Span sentence, const std::vector<Span>& markers,
                   const std::vector<BracketEvent>& brackets, std::vector<Span>& out);

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_CLAUSES_H_
