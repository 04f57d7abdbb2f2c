// The main-targets passage of a report (主要预期目标是：…): where the
// headline targets are. Read from the Document's paragraphs with the cue
// words of lib/data/research_cues.tsv (roles headline, link, lead).
#ifndef MUBIAO_LIB_RESEARCH_HEADLINE_H_
#define MUBIAO_LIB_RESEARCH_HEADLINE_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "mubiao/segment.h"

namespace mubiao::research {

// The passages, in document order: from a headline cue followed by a link
// word (主要预期目标 + 是) to the end of its paragraph, or of the next
// paragraph when the rest of this one holds no digit (the list follows).
// When the report names no such passage, a lead-in (综合考虑各方面因素)
// opens one the same way.
std::vector<Span> headline_passages(std::string_view text, const Document& doc);
// The same for a reader that asks of the offsets `asked` (ascending) only
// whether each is in a passage: the answer for each of them is the same,
// but paragraphs whose passages could hold none of them are not read.
std::vector<Span> headline_passages(std::string_view text, const Document& doc,
                                    const std::vector<std::size_t>& asked);

}  // namespace mubiao::research

#endif  // MUBIAO_LIB_RESEARCH_HEADLINE_H_
