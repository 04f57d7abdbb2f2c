// Pieces of report metadata shared by meta.cc, periods.cc and manifest.cc.
#ifndef MUBIAO_LIB_RESEARCH_META_INTERNAL_H_
#define MUBIAO_LIB_RESEARCH_META_INTERNAL_H_

#include <string>
#include <string_view>
#include <vector>

#include "mubiao/research.h"
#include "mubiao/segment.h"

namespace mubiao::research {

// One row of lib/data/regions.tsv.
struct Region {
  std::string name;        // 凉山彝族自治州
  std::string level;       // provincial, prefecture, county
  std::string short_name;  // 凉山
  std::string province;    // 四川省
};
const std::vector<Region>& regions();
const Region* region_named(std::string_view name);
// "national" for 全国, the gazetteer's level, else the level the name's
// ending says (…县 -> county); "" when none.
std::string level_of_name(std::string_view name);
// The gazetteer's name of a region named in short (黔东南州 ->
// 黔东南苗族侗族自治州); name itself otherwise.
std::string canonical_region(std::string_view name);
// A year 1949..2100 written in four digits, else 0.
int parse_year(std::string_view digits);
// The report's year from its dateline, title or headings (not its file
// name); 0 when none tells. *source names which.
int report_year(std::string_view text, std::string* source);
// resolve_periods (mubiao/research.h) with the Document's parts already read.
void resolve_periods(const ReportParts& parts, const ReportMeta& meta,
                     std::vector<Statement>& statements);

}  // namespace mubiao::research

#endif  // MUBIAO_LIB_RESEARCH_META_INTERNAL_H_
