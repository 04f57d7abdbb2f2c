// A research dataset from government work reports: which report (region,
// level, year), which indicator (a code from the codebook), the headline
// targets of each report as a panel, and each target beside what the next
// report says was achieved.
//
//   mubiao::Pipeline p;
//   mubiao::Document doc = p.segment(text);
//   std::vector<mubiao::Statement> st = p.targets(text, doc);  // code/real/headline set
//   mubiao::ReportMeta meta = mubiao::report_meta(text, doc, "national_2023.txt");
//   for (const mubiao::PanelRow& r : mubiao::panel(meta, st))
//     std::cout << r.meta.region << " " << *r.meta.year << " " << r.code << " "
//               << r.target.value.value_or(NAN) << "\n";
//
// Every function here is a pure function of its arguments and safe to call
// from many threads at once. The tables they read (lib/data/codebook.tsv,
// research_cues.tsv, regions.tsv) are compiled in.
#ifndef MUBIAO_RESEARCH_H_
#define MUBIAO_RESEARCH_H_

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "mubiao/segment.h"
#include "mubiao/targets.h"

namespace mubiao {

// --- Codebook ---------------------------------------------------------------

// One row of lib/data/codebook.tsv.
struct CodebookEntry {
  std::string code;                  // "gdp", "cpi", "unemployment_surveyed" ...
  std::string name_zh;               // 地区生产总值
  std::string name_en;               // Gross domestic (regional) product
  std::string unit;                  // the usual unit of the headline target ("%", "人")
  std::string kind;                  // the family: output, prices, labour, income ...
  std::string basis;                 // "real", "nominal" or "-"
  std::string better;                // "up" (more is better) or "down" (cpi, pm25 ...)
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

// --- Report metadata --------------------------------------------------------

struct ReportMeta {
  std::string doc;          // the file name as given
  std::string title;        // 政府工作报告, 2026年北京市政府工作报告 ...
  std::string region;       // 全国, 广东省, 太原市, 凉山彝族自治州 ...
  std::string level;        // "national", "provincial", "prefecture", "county", ""
  std::optional<int> year;  // the year the report is delivered and plans for
  std::string date;         // YYYY-MM-DD when stated, else ""
  std::string meeting;      // 第十四届全国人民代表大会第一次会议 ...
  // Where each field came from: "title", "dateline", "heading", "body",
  // "filename", "manifest", or "" when it could not be told.
  struct Sources {
    std::string title, region, level, year, date, meeting;
  } sources;
};

// What the report says about itself: title and dateline, headings
// (2023年工作回顾 -> 2024), body cues (我代表国务院 / 省人民政府 / 市人民政府,
// the most named city of the gazetteer), then the file name
// (national_2023_….txt, 太原.txt). text is valid UTF-8, doc its Document.
ReportMeta report_meta(std::string_view text, const Document& doc, std::string_view file_name = {});

// A manifest: CSV with a header row naming `doc` and any of title, region,
// level, year, date, meeting. A row applies to the report whose file name
// equals its doc, or whose base name (with or without extension) does.
struct ManifestRow {
  std::string doc;
  std::vector<std::pair<std::string, std::string>> fields;  // column -> value
};
// Throws std::invalid_argument naming the line for a malformed manifest (no
// doc column, an unknown column, a bad year or level, an unclosed quote).
std::vector<ManifestRow> parse_manifest(std::string_view csv);
// Values of the matching row override meta (source "manifest"). Returns
// whether a row matched.
bool apply_manifest(const std::vector<ManifestRow>& manifest, ReportMeta& meta);

// Rewrites relative horizons (今年, 全年 …) against meta.year: a plan part's
// 今年 is meta.year, a review part's is the year before.
// doc: the Document of the statements' text (its ReportParts).
void resolve_periods(const Document& doc, const ReportMeta& meta,
                     std::vector<Statement>& statements);

// The year a statement is about: its horizon when that is a year, else,
// for a reported result, the year before the report's; nullopt otherwise.
std::optional<int> statement_year(const Statement& s, const ReportMeta& meta);

// --- Panel and outcomes -----------------------------------------------------

// One report x indicator code: the headline target of the report's year.
// Candidates are the headline target records with a code whose year is the
// report's (a multi-year target, 年均增长 or 到2030年, is left out). When a
// code has several, the rule is: a record whose horizon names the year
// outranks one whose horizon is implied; a plain or firm record outranks a
// 力争 one (which is the `strive` of the record before it); then the first
// in the text.
struct PanelRow {
  ReportMeta meta;
  std::string code;
  Statement target;  // value/upper/comparator/unit/modality/span
};
std::vector<PanelRow> panel(const ReportMeta& meta, const std::vector<Statement>& statements);

struct Report {
  ReportMeta meta;
  std::vector<Statement> statements;
};

// A headline target of year Y beside the achievement for Y of the same
// region and code (same measure and unit) found in the reports, preferably
// in the review part of a report of Y+1.
struct OutcomeRow {
  std::string region, code;
  int year = 0;
  const Report* target_report = nullptr;  // points into the reports given
  Statement target;
  const Report* outcome_report = nullptr;
  Statement outcome;
  // Whether the outcome meets the target, by the comparator: ge/gt/le/lt
  // literally; eq, approx, toward and range on the codebook's `better` side
  // (gdp: at least the figure, or the low end of a range; cpi: at most it,
  // or the high end). nullopt when either value is missing.
  std::optional<bool> met;
};
std::vector<OutcomeRow> outcomes(const std::vector<Report>& reports);

}  // namespace mubiao

#endif  // MUBIAO_RESEARCH_H_
