// The research commands of the mubiao tool: meta, panel, outcomes.
#ifndef MUBIAO_CLI_RESEARCH_MAIN_H_
#define MUBIAO_CLI_RESEARCH_MAIN_H_

#include "input.h"
#include "options.h"

namespace mubiao::cli {

// Runs o.command (meta, panel or outcomes) over o.files; the exit status.
int run_research(const Options& o);

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_RESEARCH_MAIN_H_
