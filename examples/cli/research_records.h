// The records of `mubiao meta`, `panel` and `outcomes`
// (../shared/spec/OUTPUT.md), built with the same Record as targets.
#ifndef MUBIAO_CLI_RESEARCH_RECORDS_H_
#define MUBIAO_CLI_RESEARCH_RECORDS_H_

#include <string_view>

#include "mubiao/research.h"
#include "records.h"

namespace mubiao::cli {

Record meta_record(const ReportMeta& m);
// text: the report's text (for the evidence).
Record panel_record(const PanelRow& row, std::string_view text);
Record outcome_record(const OutcomeRow& row, std::string_view target_text,
                      std::string_view outcome_text);

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_RESEARCH_RECORDS_H_
