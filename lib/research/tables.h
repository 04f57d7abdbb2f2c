// The research tables compiled into the library, loaded once: the codebook
// (lib/data/codebook.tsv) and the research cue words (research_cues.tsv).
#ifndef MUBIAO_LIB_RESEARCH_TABLES_H_
#define MUBIAO_LIB_RESEARCH_TABLES_H_

#include "mubiao/research.h"
#include "targets/cues.h"

namespace mubiao::research {

// research_cues.tsv as a cue table (roles headline, lead, link, real,
// upside, period).
const targets::Table& cues();

}  // namespace mubiao::research

#endif  // MUBIAO_LIB_RESEARCH_TABLES_H_
