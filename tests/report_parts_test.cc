#define BOOST_TEST_MODULE report_parts
#include <boost/test/unit_test.hpp>

// ReportParts: review and plan parts of a report, read from the Document's
// headings, title lines and paragraph openers (lib/segment/report_parts.cc).

#include <string>

#include "mubiao/segment.h"
#include "segment/report_parts.h"
#include "test_support.h"

using namespace mubiao;
using mubiao::test::segmenter;

namespace {
std::size_t at(const std::string& text, const char* word) { return text.find(word); }
}  // namespace

BOOST_AUTO_TEST_CASE(headings_switch_parts_and_name_the_year) {
  const std::string t =
      "各位代表：\n一、2018年工作回顾\n过去一年增长6.6%。\n"
      "二、2019年经济社会发展总体要求和政策取向\n今年增长6%。\n三、2019年政府工作任务\n任务。\n";
  const Document d = segmenter().segment(t);
  const ReportParts p(d);
  BOOST_CHECK_EQUAL(p.year(), "2019");
  BOOST_CHECK(p.part_at(at(t, "过去一年")) == ReportPart::review);
  BOOST_CHECK_EQUAL(p.period_at(at(t, "过去一年")), "2018");
  BOOST_CHECK(p.part_at(at(t, "今年增长")) == ReportPart::plan);
  BOOST_CHECK_EQUAL(p.period_at(at(t, "今年增长")), "2019");
  BOOST_CHECK(p.part_at(at(t, "任务。")) == ReportPart::plan);
}

BOOST_AUTO_TEST_CASE(no_cue_no_part) {
  const std::string t = "城镇新增就业8万人。\n";
  const Document d = segmenter().segment(t);
  const ReportParts p(d);
  BOOST_CHECK(p.part_at(0) == ReportPart::unknown);
  BOOST_CHECK_EQUAL(p.year(), "");
}

BOOST_AUTO_TEST_CASE(an_opener_counts_only_when_it_starts_with_the_cue) {
  const std::string t =
      "一、2025年工作回顾\n甲。\n各位代表！2025年目标任务顺利完成，标志着收官。\n乙。\n"
      "三、2026年重点工作\n丙。\n";
  const Document d = segmenter().segment(t);
  const ReportParts p(d);
  BOOST_CHECK(p.part_at(at(t, "乙")) == ReportPart::review);  // 目标任务 inside the opener
  BOOST_CHECK(p.part_at(at(t, "丙")) == ReportPart::plan);
}

BOOST_AUTO_TEST_CASE(year_from_a_review_heading_when_no_plan_heading_has_one) {
  const std::string t = "一、2022年工作回顾\n甲。\n二、对今年政府工作的建议\n乙。\n";
  const Document d = segmenter().segment(t);
  const ReportParts p(d);
  BOOST_CHECK_EQUAL(p.year(), "2023");
  BOOST_CHECK_EQUAL(p.period_at(at(t, "乙")), "2023");
}

BOOST_AUTO_TEST_CASE(a_title_line_without_punctuation_names_a_part) {
  // Unnumbered title lines, as city reports print them; the plan's title is
  // followed at once by its first paragraph.
  const std::string t =
      "2023年工作回顾\n过去一年，全市生产总值增长6%。\n2024年工作安排\n"
      "今年是关键之年，全市生产总值增长6%左右。\n";
  const Document d = segmenter().segment(t);
  const ReportParts p(d);
  BOOST_CHECK(p.part_at(at(t, "过去一年")) == ReportPart::review);
  BOOST_CHECK(p.part_at(at(t, "今年是")) == ReportPart::plan);
  BOOST_CHECK_EQUAL(p.period_at(at(t, "今年是")), "2024");
  BOOST_CHECK_EQUAL(p.year(), "2024");
  BOOST_CHECK_EQUAL(report_part_name(p.part_at(at(t, "今年是"))), "plan");
}

BOOST_AUTO_TEST_CASE(a_wrapped_report_has_the_parts_of_the_clean_one) {
  // The same report clean and as a PDF extraction leaves it: hard wraps, a
  // page number and a form feed between pages.
  const std::string clean =
      "2023年工作回顾\n过去一年，全市地区生产总值增长6%，规模以上工业增加值增长8%。\n"
      "2024年工作安排\n今年是关键之年，全市地区生产总值增长6%左右，规模以上工业增加值增长7%。\n";
  const std::string wrapped =
      "2023年工作回顾\n过去一年，全市地区生产总值增长6%，规模以\n上工业增加值增长8%。\n\n— 1 —\n\f"
      "2024年工作安排\n今年是关键之年，全市地区生产总值增长6%左右，\n规模以上工业增加值增长7%。\n";
  const Document a = segmenter().segment(clean), b = segmenter().segment(wrapped);
  const ReportParts pa(a), pb(b);
  BOOST_REQUIRE_EQUAL(pa.regions().size(), pb.regions().size());
  for (std::size_t i = 0; i < pa.regions().size(); ++i) {
    BOOST_CHECK(pa.regions()[i].part == pb.regions()[i].part);
    BOOST_CHECK_EQUAL(pa.regions()[i].period, pb.regions()[i].period);
  }
  BOOST_CHECK(pb.part_at(at(wrapped, "上工业增加值增长8")) == ReportPart::review);
  BOOST_CHECK(pb.part_at(at(wrapped, "规模以上工业增加值增长7")) == ReportPart::plan);
  BOOST_CHECK_EQUAL(pb.year(), "2024");
}

BOOST_AUTO_TEST_CASE(year_in_reads_four_digits_before_nian) {
  BOOST_CHECK_EQUAL(structure::year_in("三、2022年工作安排"), "2022");
  BOOST_CHECK_EQUAL(structure::year_in("12022年"), "");
  BOOST_CHECK_EQUAL(structure::year_in("第2022号"), "");
  BOOST_CHECK_EQUAL(structure::year_in("三、２０２２年工作安排"), "2022");
  BOOST_CHECK_EQUAL(structure::year_in("到2025年"), "2025");
}
