// Quantitative statements of a policy document as research-ready records:
// "地区生产总值增长7%、力争实现7.5%" -> two records on 地区生产总值, growth,
// 7 (plain) and 7.5 (strive), each pointing at its evidence in the text.
//
//   mubiao::Pipeline p;                       // see pipeline.h
//   for (const mubiao::Statement& s : p.targets(text))
//     std::cout << s.indicator << " " << s.value.value_or(NAN) << s.unit << "\n";
#ifndef MUBIAO_TARGETS_H_
#define MUBIAO_TARGETS_H_

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "mubiao/text.h"

namespace mubiao {

enum class Stance { target, achievement };
enum class Measure { level, growth, avg_growth, decline, increment, multiple };
enum class Comparator { eq, ge, gt, le, lt, approx, toward, range };
enum class Modality { plain, firm, strive };

// The JSON spellings of ../shared/spec/OUTPUT.md ("target", "avg_growth", ...).
const char* stance_name(Stance v);
const char* measure_name(Measure v);
const char* comparator_name(Comparator v);
const char* modality_name(Modality v);

struct Statement {
  Span span;                 // the evidence: the clause(s) the record was read from
  std::size_t sentence = 0;  // index into Document::units(Level::sentence)
  std::size_t section = 0;   // index into Document::sections() (innermost)
  Stance stance = Stance::target;
  std::string indicator;  // shortest phrase naming what is measured, with the
                          // layout removed (Document::plain_text): never a
                          // line break or a page number
  Span indicator_span;    // where it was read; empty when composed from
                          // coordinated parts ("城镇和农村居民…" -> 农村居民…)
  Measure measure = Measure::level;
  Comparator comparator = Comparator::eq;
  std::optional<double> value;  // nullopt for a benchmark with no number
  std::optional<double> upper;  // high end when comparator is range
  std::string exact;            // value as exact decimal text, "" when none
  std::string exact_upper;      // upper as exact decimal text, "" when none
  std::string unit;
  Span value_span;  // the number mention, empty when none
  Modality modality = Modality::plain;
  std::string horizon;    // "2022", "未来五年", "年内", "" ...
  std::string reference;  // benchmark phrase: "全国平均水平", "经济增长"
  std::string rule;       // name of the pattern that produced the record
  // Research fields (research.h; lib/data/codebook.tsv).
  std::string code;              // indicator code ("gdp", "cpi"), "" when unmapped
  bool real = false;             // growth stated as real (实际增长)
  bool headline = false;         // in the main-targets passage (主要预期目标)
  std::optional<double> strive;  // the 力争 figure that follows (增长7%、力争7.5% -> 7.5)
  bool upside = false;  // followed by 在实际工作中努力争取更好结果 or the like
};

}  // namespace mubiao

#endif  // MUBIAO_TARGETS_H_
