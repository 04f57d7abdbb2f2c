#define BOOST_TEST_MODULE targets_extract
#include <boost/test/unit_test.hpp>

// One test per phenomenon of target extraction (issue 4), run through the
// whole Pipeline on short texts.

#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "mubiao/pipeline.h"
#include "statement_lookup.h"

using namespace mubiao;

namespace {

const Pipeline& pipeline() {
  static const Pipeline p;
  return p;
}

std::vector<Statement> run(const std::string& text) { return pipeline().targets(text); }

using test::find;
using test::has_value;

}  // namespace

BOOST_AUTO_TEST_CASE(respectively_distributes_values_over_coordinated_indicators) {
  auto v = run("今年主要预期目标是：城镇和农村居民人均可支配收入分别增长7.5%、8%。");
  BOOST_CHECK_EQUAL(v.size(), 2u);
  REQUIRE_STATEMENT(a, v, "城镇居民人均可支配收入", 7.5);
  REQUIRE_STATEMENT(b, v, "农村居民人均可支配收入", 8.0);
  BOOST_CHECK(a->measure == Measure::growth);
  BOOST_CHECK(b->measure == Measure::growth);
  BOOST_CHECK_EQUAL(a->unit, "%");
  BOOST_CHECK_EQUAL(a->rule.substr(0, 12), "respectively");
  BOOST_CHECK(a->indicator_span.empty());  // composed: 城镇 + the head of the last conjunct
  BOOST_CHECK(!b->indicator_span.empty());
}

BOOST_AUTO_TEST_CASE(respectively_with_three_conjuncts_and_own_comparators) {
  auto v = run("一产、二产、三产增加值分别增长5%左右、5%以上、5%左右。");
  BOOST_REQUIRE_EQUAL(v.size(), 3u);
  BOOST_CHECK_EQUAL(v[0].indicator, "第一产业增加值");
  BOOST_CHECK_EQUAL(v[1].indicator, "第二产业增加值");
  BOOST_CHECK_EQUAL(v[2].indicator, "第三产业增加值");
  BOOST_CHECK(v[0].comparator == Comparator::approx);
  BOOST_CHECK(v[1].comparator == Comparator::ge);
  BOOST_CHECK(v[2].comparator == Comparator::approx);
}

BOOST_AUTO_TEST_CASE(complete_conjuncts_keep_their_own_head) {
  auto v = run("今年绿化覆盖率、绿地率分别达到45%、40%。");
  REQUIRE_STATEMENT(a, v, "绿化覆盖率", 45.0);
  REQUIRE_STATEMENT(b, v, "绿地率", 40.0);
  BOOST_CHECK(a->measure == Measure::level);
}

BOOST_AUTO_TEST_CASE(a_rate_said_of_an_enumeration_holds_for_each_member) {
  auto v = run("高新技术、科技型中小企业数量增长10%以上。");
  BOOST_REQUIRE_EQUAL(v.size(), 2u);
  BOOST_CHECK_EQUAL(v[0].indicator, "高新技术企业数量");
  BOOST_CHECK_EQUAL(v[1].indicator, "科技型中小企业数量");
  BOOST_CHECK(v[1].comparator == Comparator::ge);
  // A count is the members' total: one record.
  v = run("新增国家、省、市三级企业技术中心50个。");
  BOOST_REQUIRE_EQUAL(v.size(), 1u);
  BOOST_CHECK_EQUAL(*v[0].value, 50);
}

BOOST_AUTO_TEST_CASE(enumeration_gives_one_record_per_number_and_qualifier_binds_locally) {
  auto v = run("未来五年，培育新型研发机构350家、高新技术企业4500家以上。");
  BOOST_REQUIRE_EQUAL(v.size(), 2u);
  REQUIRE_STATEMENT(a, v, "新型研发机构", 350.0);
  REQUIRE_STATEMENT(b, v, "高新技术企业", 4500.0);
  BOOST_CHECK(a->comparator == Comparator::eq);
  BOOST_CHECK(b->comparator == Comparator::ge);
  BOOST_CHECK(a->measure == Measure::increment);
  BOOST_CHECK(b->measure == Measure::increment);  // carried over the 、
  BOOST_CHECK_EQUAL(a->unit, "家");
}

BOOST_AUTO_TEST_CASE(ellipsis_repeats_the_indicator_with_its_own_modality) {
  auto v = run("今年地区生产总值增长7%、力争实现7.5%，固定资产投资增长9%。");
  BOOST_REQUIRE_EQUAL(v.size(), 3u);
  REQUIRE_STATEMENT(a, v, "地区生产总值", 7.0);
  REQUIRE_STATEMENT(b, v, "地区生产总值", 7.5);
  REQUIRE_STATEMENT(c, v, "固定资产投资", 9.0);
  BOOST_CHECK(a->modality == Modality::plain);
  BOOST_CHECK(b->modality == Modality::strive);
  BOOST_CHECK(b->measure == Measure::growth);
  BOOST_CHECK_EQUAL(b->rule.substr(0, 8), "ellipsis");
  BOOST_CHECK(c->modality == Modality::plain);  // strive stays inside its item
}

BOOST_AUTO_TEST_CASE(modality_opening_a_clause_carries_over_commas) {
  auto v =
      run("力争两年内全市纳入培育库的企业达到100家以上，科技领军企业达到30家以上。"
          "新增公共停车位1万个。");
  REQUIRE_STATEMENT(a, v, "纳入培育库的企业", 100.0);
  REQUIRE_STATEMENT(b, v, "科技领军企业", 30.0);
  REQUIRE_STATEMENT(c, v, "公共停车位", 10000.0);
  BOOST_CHECK(a->modality == Modality::strive);
  BOOST_CHECK(b->modality == Modality::strive);
  BOOST_CHECK(c->modality == Modality::plain);  // not across the sentence end
  BOOST_CHECK_EQUAL(a->horizon, "两年内");
  BOOST_CHECK(a->comparator == Comparator::ge);
}

BOOST_AUTO_TEST_CASE(firm_modality) {
  auto v = run("确保粮食播种面积稳定在95.7万亩以上、粮食产量稳定在5亿斤以上。");
  REQUIRE_STATEMENT(a, v, "粮食播种面积", 957000.0);
  REQUIRE_STATEMENT(b, v, "粮食产量", 500000000.0);
  BOOST_CHECK(a->modality == Modality::firm);
  BOOST_CHECK(b->modality == Modality::firm);
  BOOST_CHECK_EQUAL(b->unit, "斤");
}

BOOST_AUTO_TEST_CASE(ranges_with_either_dash) {
  for (const char* text : {"国内生产总值增长6%－6.5%。", "地区生产总值增长4.5%—5%。"}) {
    auto v = run(text);
    BOOST_REQUIRE_EQUAL(v.size(), 1u);
    BOOST_CHECK(v[0].comparator == Comparator::range);
    BOOST_REQUIRE(v[0].upper.has_value());
    BOOST_CHECK_GT(*v[0].upper, *v[0].value);
    BOOST_CHECK_EQUAL(v[0].unit, "%");
  }
}

BOOST_AUTO_TEST_CASE(caps_and_approximations) {
  auto v = run("城镇登记失业率控制在4.5%以内，居民消费价格涨幅控制在3%左右。");
  REQUIRE_STATEMENT(a, v, "城镇登记失业率", 4.5);
  REQUIRE_STATEMENT(b, v, "居民消费价格", 3.0);
  BOOST_CHECK(a->comparator == Comparator::le);
  BOOST_CHECK(a->measure == Measure::level);
  BOOST_CHECK(b->comparator == Comparator::approx);
  BOOST_CHECK(b->measure == Measure::growth);  // 涨幅 says what is kept at 3%
}

BOOST_AUTO_TEST_CASE(toward_and_breakthrough) {
  auto v =
      run("未来五年，经济总量向万亿元迈进，规模以上工业企业数量向3000家奋进，"
          "服务业增加值总量突破6000亿元。");
  REQUIRE_STATEMENT(a, v, "经济总量", 1e12);
  REQUIRE_STATEMENT(b, v, "规模以上工业企业数量", 3000.0);
  REQUIRE_STATEMENT(c, v, "服务业增加值总量", 6e11);
  BOOST_CHECK(a->comparator == Comparator::toward);
  BOOST_CHECK(b->comparator == Comparator::toward);
  BOOST_CHECK(c->comparator == Comparator::gt);
  BOOST_CHECK_EQUAL(c->unit, "元");
  BOOST_CHECK_EQUAL(a->horizon, "未来五年");
}

BOOST_AUTO_TEST_CASE(benchmarks_without_a_number) {
  auto v =
      run("全社会研究与试验发展经费投入强度高于全国平均水平。居民收入增长与经济增长基本同步。");
  REQUIRE_STATEMENT(a, v, "研究与试验发展经费投入强度", std::nullopt);
  BOOST_CHECK(a->comparator == Comparator::gt);
  BOOST_CHECK_EQUAL(a->reference, "全国平均水平");
  BOOST_CHECK(a->value_span.empty());
  REQUIRE_STATEMENT(b, v, "居民收入", std::nullopt);
  BOOST_CHECK(b->comparator == Comparator::eq);
  BOOST_CHECK_EQUAL(b->reference, "经济增长");
  BOOST_CHECK(b->measure == Measure::growth);
  BOOST_CHECK_EQUAL(b->rule.substr(0, 10), "benchmark:");
}

BOOST_AUTO_TEST_CASE(benchmark_ellipsis_keeps_the_indicator) {
  auto v = run("居民收入增速高于经济增速、高于全国平均水平。");
  BOOST_REQUIRE_EQUAL(v.size(), 2u);
  BOOST_CHECK_EQUAL(v[0].indicator, "居民收入");
  BOOST_CHECK_EQUAL(v[1].indicator, "居民收入");
  BOOST_CHECK_EQUAL(v[0].reference, "经济增速");
  BOOST_CHECK_EQUAL(v[1].reference, "全国平均水平");
}

BOOST_AUTO_TEST_CASE(false_friends_stay_out) {
  BOOST_CHECK(run("五年来，我们主要做了以下工作。").empty());
  BOOST_CHECK(run("以优异成绩迎接党的二十大胜利召开。").empty());
  BOOST_CHECK(run("推进轨道交通1号线建设。").empty());
  BOOST_CHECK(run("以“六个百分之百”要求严格管控工地扬尘。").empty());
  auto v = run("累计建成3岁以下婴幼儿托育机构169家。");
  BOOST_CHECK(!has_value(v, 3));
  BOOST_CHECK(has_value(v, 169));
  v = run("新建5G基站3000座以上。");
  BOOST_REQUIRE_EQUAL(v.size(), 1u);
  BOOST_CHECK_EQUAL(*v[0].value, 3000);
  BOOST_CHECK_NE(v[0].indicator.find("5G基站"), std::string::npos);
}

BOOST_AUTO_TEST_CASE(counted_noun_after_the_number) {
  auto v = run("新建5个院士工作站，引进培养10名科技领军人才及团队，多点布局开发5000套人才公寓。");
  REQUIRE_STATEMENT(a, v, "院士工作站", 5.0);
  REQUIRE_STATEMENT(b, v, "科技领军人才及团队", 10.0);
  REQUIRE_STATEMENT(c, v, "人才公寓", 5000.0);
  BOOST_CHECK(a->measure == Measure::increment);
  BOOST_CHECK_EQUAL(a->rule.substr(0, 16), "verb-number-noun");
}

BOOST_AUTO_TEST_CASE(a_thin_frame_before_the_number_yields_to_the_noun_after) {
  auto v = run("坚决守住18亿亩耕地红线，使用1000亿元失业保险基金，新建中小学30所学校。");
  REQUIRE_STATEMENT(a, v, "耕地红线", 1.8e9);
  REQUIRE_STATEMENT(b, v, "失业保险基金", 1e11);
  REQUIRE_STATEMENT(c, v, "中小学", 30.0);  // 学校 only repeats what is counted
  BOOST_CHECK_EQUAL(a->unit, "亩");
}

BOOST_AUTO_TEST_CASE(scope_words_are_stripped) {
  auto v = run("全年新增各类市场主体10万户以上，力争全市各项招商引资指标均实现10%以上增长。");
  REQUIRE_STATEMENT(a, v, "市场主体", 100000.0);
  REQUIRE_STATEMENT(b, v, "招商引资指标", 10.0);
  BOOST_CHECK(b->measure == Measure::growth);  // the cue after the number
  BOOST_CHECK(b->modality == Modality::strive);
}

BOOST_AUTO_TEST_CASE(measures) {
  auto v =
      run("研发经费投入年均增长10%以上，单位国内生产总值能耗下降3%左右，"
          "技术合同成交额翻一番，城镇新增就业40万人，人均地区生产总值达到2万美元。");
  REQUIRE_STATEMENT(a, v, "研发经费投入", 10.0);
  REQUIRE_STATEMENT(b, v, "单位国内生产总值能耗", 3.0);
  REQUIRE_STATEMENT(c, v, "技术合同成交额", 2.0);
  REQUIRE_STATEMENT(d, v, "城镇新增就业", 400000.0);
  REQUIRE_STATEMENT(e, v, "人均地区生产总值", 20000.0);
  BOOST_CHECK(a->measure == Measure::avg_growth);
  BOOST_CHECK(b->measure == Measure::decline);
  BOOST_CHECK(c->measure == Measure::multiple);
  BOOST_CHECK_EQUAL(c->unit, "倍");
  BOOST_CHECK(d->measure == Measure::increment);
  BOOST_CHECK(e->measure == Measure::level);
  BOOST_CHECK_EQUAL(e->unit, "美元");
}

BOOST_AUTO_TEST_CASE(from_to_keeps_only_the_end_point) {
  auto v = run("将研发费用加计扣除比例由75%提升至100%。");
  BOOST_CHECK(!has_value(v, 75));
  REQUIRE_STATEMENT(a, v, "研发费用加计扣除比例", 100.0);
  BOOST_CHECK_EQUAL(a->rule.substr(0, 7), "from-to");
}

BOOST_AUTO_TEST_CASE(from_to_in_other_shapes) {
  auto v = run("集中供养孤儿基本生活保障最低标准从每人每月2375元提高到2423元。");
  BOOST_REQUIRE_EQUAL(v.size(), 1u);
  BOOST_CHECK_EQUAL(v[0].indicator, "集中供养孤儿基本生活保障最低标准");
  BOOST_CHECK_EQUAL(*v[0].value, 2423);
  v = run(
      "困难残疾人生活补贴、重度残疾人护理补贴标准分别从每人每月209元、280元提高到217元、290元。");
  REQUIRE_STATEMENT(a, v, "困难残疾人生活补贴", 217.0);
  REQUIRE_STATEMENT(b, v, "重度残疾人护理补贴标准", 290.0);
  BOOST_CHECK_EQUAL(v.size(), 2u);
  v = run("推动县中托管帮扶从15个县（市）扩大到57个。");
  REQUIRE_STATEMENT(c, v, "县中托管帮扶", 57.0);
  BOOST_CHECK_EQUAL(v.size(), 1u);
}

BOOST_AUTO_TEST_CASE(labels_and_dates_are_not_measured) {
  BOOST_CHECK(run("附件1\n").empty());
  // A date frames what follows it; it is no indicator.
  auto v = run("2026年省20个重点项目。");
  BOOST_REQUIRE_EQUAL(v.size(), 1u);
  BOOST_CHECK_EQUAL(v[0].indicator, "重点项目");
  // A programme's own parts are no target (十件民生实事, 34项重要民生实事).
  BOOST_CHECK(run("2026年省十件民生实事。").empty());
  BOOST_CHECK(run("办好34项重要民生实事。").empty());
}

BOOST_AUTO_TEST_CASE(stance_from_the_report_structure) {
  const std::string text =
      "一、2021年工作回顾\n\n全市地区生产总值增长8.5%，城镇新增就业9万人。\n\n"
      "二、2022年工作安排\n\n今年地区生产总值增长6%左右，城镇新增就业8万人。\n";
  auto v = run(text);
  REQUIRE_STATEMENT(a, v, "地区生产总值", 8.5);
  REQUIRE_STATEMENT(b, v, "地区生产总值", 6.0);
  BOOST_CHECK(a->stance == Stance::achievement);
  BOOST_CHECK(b->stance == Stance::target);
  BOOST_CHECK_EQUAL(a->horizon, "2021");
  BOOST_CHECK_EQUAL(b->horizon, "2022");
}

BOOST_AUTO_TEST_CASE(other_heading_wordings) {
  const std::string text =
      "一、过去五年工作回顾\n五年来，地区生产总值年均增长6.1%。\n"
      "二、2023年主要工作\n地区生产总值增长6%左右。\n";
  auto v = run(text);
  REQUIRE_STATEMENT(a, v, "地区生产总值", 6.1);
  REQUIRE_STATEMENT(b, v, "地区生产总值", 6.0);
  BOOST_CHECK(a->stance == Stance::achievement);
  BOOST_CHECK_EQUAL(a->horizon, "过去五年");
  BOOST_CHECK(b->stance == Stance::target);
  BOOST_CHECK_EQUAL(b->horizon, "2023");
}

BOOST_AUTO_TEST_CASE(a_fragment_without_heading_follows_the_genre_order) {
  // Cut from the middle of a review: no heading until the plan begins.
  const std::string text =
      "(上接第1版)完成营造林46万亩，农村地区清洁取暖覆盖率达到91%。\n\n"
      "过去一年，办理人大代表建议222件。\n\n"
      "## 二、今后五年工作目标任务\n\n未来五年，城镇新增就业40万人。\n";
  auto v = run(text);
  REQUIRE_STATEMENT(a, v, "营造林", 460000.0);
  REQUIRE_STATEMENT(b, v, "城镇新增就业", 400000.0);
  BOOST_CHECK(a->stance == Stance::achievement);
  BOOST_CHECK(b->stance == Stance::target);
  BOOST_CHECK_EQUAL(b->horizon, "未来五年");
}

BOOST_AUTO_TEST_CASE(five_year_plan_openers_by_report_year) {
  const std::string text =
      "一、2025年工作回顾\n地区生产总值增长5.2%。\n"
      "二、“十四五”时期发展成就和“十五五”时期主要目标任务\n"
      "“十四五”时期，地区生产总值年均增长5.5%。\n"
      "“十五五”时期，地区生产总值年均增长5%左右。\n"
      "三、2026年重点工作\n地区生产总值增长5%左右。\n";
  auto v = run(text);
  REQUIRE_STATEMENT(a, v, "地区生产总值", 5.5);
  REQUIRE_STATEMENT(b, v, "地区生产总值", 5.0);
  BOOST_CHECK(a->stance == Stance::achievement);
  BOOST_CHECK(b->stance == Stance::target);
}

BOOST_AUTO_TEST_CASE(a_lone_sentence_is_a_target_unless_it_reports) {
  BOOST_CHECK(run("城镇新增就业8万人。").at(0).stance == Stance::target);
  BOOST_CHECK(run("全市规上工业增加值同比增长6.3%。").at(0).stance == Stance::achievement);
}

BOOST_AUTO_TEST_CASE(comparisons_frame_plans_but_past_words_report) {
  const std::string text =
      "三、2024年政府工作任务\n赤字规模4.06万亿元，比上年年初预算增加1800亿元。"
      "去年全国粮食产量1.39万亿斤。\n";
  auto v = run(text);
  REQUIRE_STATEMENT(a, v, "赤字规模", 4.06e12);
  REQUIRE_STATEMENT(b, v, "赤字规模", 1.8e11);  // the comparison base is no indicator
  REQUIRE_STATEMENT(c, v, "粮食产量", 1.39e12);
  BOOST_CHECK(a->stance == Stance::target);
  BOOST_CHECK(b->stance == Stance::target);
  BOOST_CHECK(b->measure == Measure::increment);
  BOOST_CHECK(c->stance == Stance::achievement);
}

BOOST_AUTO_TEST_CASE(horizons_written_in_the_clause) {
  auto v = run("年内培育科技型中小企业1万家。到2025年，森林覆盖率达到25%。");
  REQUIRE_STATEMENT(a, v, "科技型中小企业", 10000.0);
  REQUIRE_STATEMENT(b, v, "森林覆盖率", 25.0);
  BOOST_CHECK_EQUAL(a->horizon, "年内");
  BOOST_CHECK_EQUAL(b->horizon, "2025年");
}

BOOST_AUTO_TEST_CASE(every_record_names_its_rule_and_points_into_the_text) {
  const std::string text =
      "今年经济社会发展主要预期指标是：地区生产总值增长7%、力争实现7.5%，居民消费价格指数涨幅"
      "控制在3%左右，城镇和农村居民人均可支配收入分别增长7.5%、8%，居民收入增长与经济增长同步。";
  auto v = run(text);
  BOOST_CHECK_EQUAL(v.size(), 6u);
  for (const Statement& s : v) {
    BOOST_CHECK(!s.rule.empty());
    BOOST_CHECK_LE(s.span.end, text.size());
    BOOST_CHECK_LT(s.span.start, s.span.end);
    if (!s.indicator_span.empty()) BOOST_CHECK_EQUAL(s.indicator_span.of(text), s.indicator);
    if (s.value) BOOST_CHECK(s.span.contains(s.value_span));
  }
}
