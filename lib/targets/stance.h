// Which part of a report a position is in: the review of past results or the
// plan of targets, and the period that part speaks about. Read from heading
// lines (## 二、今后五年工作目标任务, 一、2018年工作回顾) and paragraph openers
// (过去一年，… / 今后五年，…) against lib/data/target_sections.tsv. Text
// before the first cue takes the part of that first cue, because the genre
// always reviews before it plans: a fragment cut from the middle of a review
// (no heading of its own) stays a review until the plan begins.
#ifndef MUBIAO_LIB_TARGETS_STANCE_H_
#define MUBIAO_LIB_TARGETS_STANCE_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/targets.h"
#include "targets/cues.h"

namespace mubiao::targets {

enum class Part { unknown, review, plan };

class ReportParts {
 public:
  ReportParts(std::string_view text, const Cues& cues);

  Part part_at(std::size_t offset) const;
  // The period of the part around offset ("2022", "今后五年"), "" if none.
  const std::string& horizon_at(std::size_t offset) const;
  // The report's own year ("2022"), from its first plan heading; "" unknown.
  const std::string& year() const { return year_; }

 private:
  struct Region {
    std::size_t start = 0;
    Part part = Part::unknown;
    std::string horizon;
  };
  const Region* region_at(std::size_t offset) const;
  std::vector<Region> regions_;
  std::string year_;
};

// The stance of a statement: its part, overridden by the sentence's own cues
// (去年 or 已达 in a plan part report a result; with no part known, 同比 or
// 比上年 do too; otherwise a statement is a target).
Stance stance_of(Part part, std::string_view sentence, const Cues& cues);

// A 4-digit year written as "2022年" in text, or "".
std::string year_in(std::string_view text);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_STANCE_H_
