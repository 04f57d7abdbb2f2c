// The panel (one headline target per report x code) and target-outcome
// pairs with `met`, on reports written for the test.
#define BOOST_TEST_MODULE research_panel
#include <boost/test/unit_test.hpp>

#include <map>

#include "mubiao/pipeline.h"
#include "mubiao/research.h"

namespace {

const mubiao::Pipeline& pipeline() {
  static const mubiao::Pipeline p;
  return p;
}

mubiao::Report report(const std::string& text, const std::string& name, int year) {
  mubiao::Report r;
  const auto doc = pipeline().segment(text);
  r.statements = pipeline().targets(text, doc);
  r.meta = mubiao::report_meta(text, doc, name);
  r.meta.region = "甲市";
  r.meta.year = year;
  mubiao::resolve_periods(doc, r.meta, r.statements);
  return r;
}

// Texts must outlive the Reports' evidence spans: kept here.
const std::string k2022 =
    "一、2021年工作回顾\n全市地区生产总值增长7.5%。\n二、2022年工作安排\n"
    "今年经济社会发展的主要预期目标是：地区生产总值增长7%、力争实现7.5%，"
    "在实际工作中努力争取更好结果；居民消费价格涨幅3%左右；城镇调查失业率5.5%以内；"
    "固定资产投资增长6%—7%；单位地区生产总值能耗下降3%左右。到2025年，地区生产总值年均增长8%。\n"
    "（三）重点工作\n新建学校10所。\n";
const std::string k2023 =
    "一、2022年工作回顾\n全市地区生产总值增长6.8%，居民消费价格上涨2.1%，"
    "城镇调查失业率5.6%，固定资产投资增长6.5%，单位地区生产总值能耗下降3.2%。\n"
    "二、2023年工作安排\n主要预期目标是：地区生产总值增长6%左右。\n";

}  // namespace

BOOST_AUTO_TEST_CASE(one_row_per_code_with_strive_and_upside) {
  const auto r = report(k2022, "a.txt", 2022);
  const auto rows = mubiao::panel(r.meta, r.statements);
  std::vector<std::string> codes;
  for (const auto& row : rows) codes.push_back(row.code);
  const std::vector<std::string> expected = {"gdp", "cpi", "unemployment_surveyed", "fai",
                                             "energy_intensity"};
  BOOST_TEST(codes == expected, boost::test_tools::per_element());
  const auto& gdp = rows.at(0).target;
  BOOST_TEST(*gdp.value == 7.0);  // the plain figure, not the 力争 one nor the 年均
  BOOST_TEST((gdp.modality == mubiao::Modality::plain));
  BOOST_TEST(*gdp.strive == 7.5);
  BOOST_TEST(rows.at(0).meta.region == "甲市");
  BOOST_TEST((rows.at(3).target.comparator == mubiao::Comparator::range));
  BOOST_TEST(*rows.at(3).target.upper == 7.0);
}

BOOST_AUTO_TEST_CASE(outcomes_pair_the_target_with_next_years_review) {
  std::vector<mubiao::Report> reports = {report(k2023, "b.txt", 2023),
                                         report(k2022, "a.txt", 2022)};
  const auto rows = mubiao::outcomes(reports);
  std::map<std::string, const mubiao::OutcomeRow*> by_code;
  for (const auto& row : rows) {
    BOOST_TEST(row.year == 2022);  // 2023's target has no outcome among the reports
    by_code[row.code] = &row;
  }
  BOOST_TEST_REQUIRE(by_code.size() == 5u);
  // gdp: eq 7, outcome 6.8: not met (up: at least the figure).
  BOOST_TEST(*by_code["gdp"]->outcome.value == 6.8);
  BOOST_TEST(*by_code["gdp"]->met == false);
  BOOST_TEST(by_code["gdp"]->outcome_report == &reports[0]);
  BOOST_TEST(by_code["gdp"]->target_report == &reports[1]);
  // cpi: approx 3, outcome 2.1: met (down: at most the figure).
  BOOST_TEST(*by_code["cpi"]->met == true);
  // unemployment: le 5.5, outcome 5.6: not met.
  BOOST_TEST(*by_code["unemployment_surveyed"]->met == false);
  // fai: range 6-7, outcome 6.5: met (up: at least the low end).
  BOOST_TEST(*by_code["fai"]->met == true);
  // energy intensity: a decline of 3 asked, 3.2 achieved: met.
  BOOST_TEST(*by_code["energy_intensity"]->met == true);
}

BOOST_AUTO_TEST_CASE(no_outcome_across_regions) {
  std::vector<mubiao::Report> reports = {report(k2023, "b.txt", 2023),
                                         report(k2022, "a.txt", 2022)};
  reports[0].meta.region = "乙市";
  BOOST_TEST(mubiao::outcomes(reports).empty());
}
