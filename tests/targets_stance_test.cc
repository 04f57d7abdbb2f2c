#define BOOST_TEST_MODULE targets_stance
#include <boost/test/unit_test.hpp>

// ReportParts: review and plan parts of a report from headings and
// paragraph openers (lib/targets/stance.cc).

#include <string>

#include "targets/stance.h"

using namespace mubiao;
using namespace mubiao::targets;

namespace {
std::size_t at(const std::string& text, const char* word) { return text.find(word); }
}  // namespace

BOOST_AUTO_TEST_CASE(headings_switch_parts_and_name_the_year) {
  const std::string t =
      "各位代表：\n一、2018年工作回顾\n过去一年增长6.6%。\n"
      "二、2019年经济社会发展总体要求和政策取向\n今年增长6%。\n三、2019年政府工作任务\n任务。\n";
  ReportParts p(t, Cues::builtin());
  BOOST_CHECK_EQUAL(p.year(), "2019");
  BOOST_CHECK(p.part_at(at(t, "过去一年")) == Part::review);
  BOOST_CHECK_EQUAL(p.horizon_at(at(t, "过去一年")), "2018");
  BOOST_CHECK(p.part_at(at(t, "今年增长")) == Part::plan);
  BOOST_CHECK_EQUAL(p.horizon_at(at(t, "今年增长")), "2019");
  BOOST_CHECK(p.part_at(at(t, "任务。")) == Part::plan);
}

BOOST_AUTO_TEST_CASE(no_cue_no_part) {
  const std::string t = "城镇新增就业8万人。\n";
  ReportParts p(t, Cues::builtin());
  BOOST_CHECK(p.part_at(0) == Part::unknown);
  BOOST_CHECK_EQUAL(p.year(), "");
}

BOOST_AUTO_TEST_CASE(an_opener_counts_only_when_it_starts_with_the_cue) {
  const std::string t =
      "一、2025年工作回顾\n甲。\n各位代表！2025年目标任务顺利完成，标志着收官。\n乙。\n"
      "三、2026年重点工作\n丙。\n";
  ReportParts p(t, Cues::builtin());
  BOOST_CHECK(p.part_at(at(t, "乙")) == Part::review);  // 目标任务 inside the opener
  BOOST_CHECK(p.part_at(at(t, "丙")) == Part::plan);
}

BOOST_AUTO_TEST_CASE(year_from_a_review_heading_when_no_plan_heading_has_one) {
  const std::string t = "一、2022年工作回顾\n甲。\n二、对今年政府工作的建议\n乙。\n";
  ReportParts p(t, Cues::builtin());
  BOOST_CHECK_EQUAL(p.year(), "2023");
  BOOST_CHECK_EQUAL(p.horizon_at(at(t, "乙")), "2023");
}

BOOST_AUTO_TEST_CASE(sentence_cues_override_weakly_or_strongly) {
  const Cues& c = Cues::builtin();
  BOOST_CHECK(stance_of(Part::plan, "比上年增加1000亿元", c) == Stance::target);
  BOOST_CHECK(stance_of(Part::unknown, "比上年增加1000亿元", c) == Stance::achievement);
  BOOST_CHECK(stance_of(Part::plan, "去年粮食产量1.39万亿斤", c) == Stance::achievement);
  BOOST_CHECK(stance_of(Part::plan, "赤字率拟按2.8%安排，比去年提高0.2个百分点", c) == Stance::target);
  BOOST_CHECK(stance_of(Part::review, "力争增长5%", c) == Stance::achievement);
  BOOST_CHECK(stance_of(Part::unknown, "力争增长5%", c) == Stance::target);
}

BOOST_AUTO_TEST_CASE(year_in_reads_four_digits_before_nian) {
  BOOST_CHECK_EQUAL(year_in("三、2022年工作安排"), "2022");
  BOOST_CHECK_EQUAL(year_in("12022年"), "");
  BOOST_CHECK_EQUAL(year_in("第2022号"), "");
  BOOST_CHECK_EQUAL(year_in("三、２０２２年工作安排"), "2022");
  BOOST_CHECK_EQUAL(year_in("到2025年"), "2025");
}
