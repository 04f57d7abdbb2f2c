// The one reader of the tab-separated tables in lib/data (target_*.tsv,
// codebook.tsv, research_*.tsv): one row per line, cells split at tabs,
// '#' lines and blank lines are comments, a row with an empty first cell is
// skipped. Rows keep as many cells as the line has.
#ifndef MUBIAO_LIB_DATA_TABLE_H_
#define MUBIAO_LIB_DATA_TABLE_H_

#include <string>
#include <string_view>
#include <vector>

namespace mubiao::data {

std::vector<std::vector<std::string>> rows(std::string_view table);

}  // namespace mubiao::data

#endif  // MUBIAO_LIB_DATA_TABLE_H_
