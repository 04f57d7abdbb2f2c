// Clauses: a sentence split after ，；： (and ASCII , ; : outside numbers),
// never at 、 (an enumeration) and never inside quotes or brackets. The
// separator and the closers right after it end the clause before them.
#ifndef MUBIAO_LIB_SEGMENT_CLAUSES_H_
#define MUBIAO_LIB_SEGMENT_CLAUSES_H_

#include <string_view>
#include <vector>

#include "mubiao/segment.h"
#include "mubiao/text.h"
#include "segment/offset_cursor.h"
#include "segment/sentences.h"

namespace mubiao::structure {

// Clause units of a paragraph's sentences (in text order, as
// split_sentences gives them), appended to out. brackets are those of the
// paragraph (see match_brackets); separators reads Layout::separators. A
// sentence without a page marker is read from its separators alone (the
// brackets' depth from the events), the others as split_clauses_by_walk
// reads them, and every sentence without separators (nullptr: a text too
// long for the recorded offsets).
void split_clauses(std::string_view text, const std::vector<Span>& sentences,
                   const std::vector<Span>& markers, const std::vector<BracketEvent>& brackets,
                   OffsetCursor* separators, std::vector<Unit>& out);

// The clause spans of one sentence, read character by character
// (CharWalker): the reading that split_clauses gives for every sentence,
// kept for the sentences with page markers and as the reference of its
// test.
void split_clauses_by_walk(std::string_view text, Span sentence, const std::vector<Span>& markers,
                           const std::vector<BracketEvent>& brackets, std::vector<Span>& out);

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_CLAUSES_H_
