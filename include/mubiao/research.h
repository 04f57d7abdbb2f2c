// A research dataset from government work reports: which report (region,
// level, year), which indicator (a code from the codebook), the headline
// targets of each report as a panel, and each target beside what the next
// report says was achieved.
//
//   mubiao::Pipeline p;
//   mubiao::Document doc = p.segment(text);
//   std::vector<mubiao::Statement> st = p.targets(text, doc);  // code/real/headline set
//   for (const mubiao::Statement& s : st)
//     if (s.headline) std::cout << s.code << " " << s.value.value_or(NAN) << "\n";
//
// Every function here is a pure function of its arguments and safe to call
// from many threads at once. The tables they read (lib/data/codebook.tsv,
// research_cues.tsv) are compiled in.
#ifndef MUBIAO_RESEARCH_H_
#define MUBIAO_RESEARCH_H_

#include <string>
#include <string_view>
#include <vector>

#include "mubiao/segment.h"
#include "mubiao/targets.h"

namespace mubiao {

// --- Codebook ---------------------------------------------------------------

// One row of lib/data/codebook.tsv.
struct CodebookEntry {
  std::string code;     // "gdp", "cpi", "unemployment_surveyed" ...
  std::string name_zh;  // 地区生产总值
  std::string name_en;  // Gross domestic (regional) product
  std::string unit;     // the usual unit of the headline target ("%", "人")
  std::string kind;     // the family: output, prices, labour, income ...
  std::string basis;    // "real", "nominal" or "-"
  std::string better;   // "up" (more is better) or "down" (cpi, pm25 ...)
  std::vector<std::string> phrases;  // "=经济" matches only the whole word
};

// The compiled-in codebook, in table order.
const std::vector<CodebookEntry>& codebook();
// The entry of a code, nullptr when there is none.
const CodebookEntry* codebook_entry(std::string_view code);
// The code of an indicator phrase: the code of the longest phrase it
// contains; "" when none does.
std::string indicator_code(std::string_view indicator);

// Sets code, real, headline, strive and upside on the statements of text
// (Pipeline::targets already does this; call it on statements you built or
// changed yourself). doc is the Document of text.
void annotate(std::string_view text, const Document& doc, std::vector<Statement>& statements);

}  // namespace mubiao

#endif  // MUBIAO_RESEARCH_H_
