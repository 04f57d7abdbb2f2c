#define BOOST_TEST_MODULE targets_lists
#include <boost/test/unit_test.hpp>

// Benchmarks without a number (quality classes and grades), lists and
// coordination in city reports (issue 13), on short texts written for the
// test (not taken from the annotated reports).

#include <optional>
#include <string>
#include <vector>

#include "mubiao/pipeline.h"
#include "statement_lookup.h"

using namespace mubiao;

namespace {

// Texts under a plan heading, so that their statements are targets.
std::vector<Statement> run(const std::string& text) {
  static const Pipeline p;
  return p.targets("二、2025年工作安排\n" + text + "\n");
}

using test::find;
using test::has_value;

}  // namespace

BOOST_AUTO_TEST_CASE(a_quality_class_to_keep_is_a_benchmark) {
  auto v =
      run("清水河水质保持Ⅱ类，确保城区空气质量稳定达到国家二级标准，力争白沙湖水质提升到IV类。");
  REQUIRE_STATEMENT(a, v, "清水河水质", std::nullopt);
  BOOST_CHECK(a->measure == Measure::level);
  BOOST_CHECK(a->comparator == Comparator::eq);
  BOOST_CHECK_EQUAL(a->reference, "Ⅱ类");
  BOOST_CHECK_EQUAL(a->rule, "benchmark:quality-class");
  REQUIRE_STATEMENT(b, v, "城区空气质量", std::nullopt);
  BOOST_CHECK_EQUAL(b->reference, "国家二级标准");
  BOOST_CHECK(b->modality == Modality::firm);
  REQUIRE_STATEMENT(c, v, "白沙湖水质", std::nullopt);
  BOOST_CHECK_EQUAL(c->reference, "IV类");
  BOOST_CHECK(c->modality == Modality::strive);
}

BOOST_AUTO_TEST_CASE(a_class_or_better_is_at_least_the_class) {
  auto v = run("推动近岸海域水质全面实现二类及以上，主要河流断面水质全部达到或好于Ⅲ类。");
  REQUIRE_STATEMENT(a, v, "近岸海域水质", std::nullopt);
  BOOST_CHECK(a->comparator == Comparator::ge);
  BOOST_CHECK_EQUAL(a->reference, "二类");
  // A verb of work before the class says no measure: a class is a level.
  BOOST_CHECK(a->measure == Measure::level);
  REQUIRE_STATEMENT(b, v, "主要河流断面水质", std::nullopt);
  BOOST_CHECK(b->comparator == Comparator::ge);
  BOOST_CHECK_EQUAL(b->reference, "Ⅲ类");
}

BOOST_AUTO_TEST_CASE(a_grade_said_of_a_list_is_one_row_per_member) {
  auto v = run("全县生态环境质量保持优良，森林、草地、湿地等质量总体保持优良。");
  REQUIRE_STATEMENT(a, v, "生态环境质量", std::nullopt);
  BOOST_CHECK_EQUAL(a->reference, "优良");
  for (const char* m : {"森林", "草地", "湿地"}) {
    const Statement* s = find(v, m, std::nullopt);
    BOOST_REQUIRE_MESSAGE(s != nullptr, "no statement " << m);
    BOOST_CHECK_EQUAL(s->reference, "优良");
  }
}

BOOST_AUTO_TEST_CASE(a_class_in_a_name_or_a_label_is_no_benchmark) {
  // Words after the class (a school of the first class), or no verb before
  // it (a class of enterprises).
  auto v = run("实现省级一类示范性幼儿园全覆盖，培育三类骨干企业，推动优良品种推广。");
  for (const Statement& s : v) BOOST_CHECK_MESSAGE(s.reference.empty(), s.indicator);
}

BOOST_AUTO_TEST_CASE(how_long_a_class_was_kept_is_no_part_of_the_indicator) {
  auto v = run("西江水质连续5年保持Ⅱ类，上半年保持Ⅲ类。");
  REQUIRE_STATEMENT(a, v, "西江水质", std::nullopt);
  BOOST_CHECK_EQUAL(a->reference, "Ⅱ类");
  // A time alone names no indicator: the previous one is meant.
  int classes = 0;
  for (const Statement& s : v) classes += s.indicator == "西江水质";
  BOOST_CHECK_EQUAL(classes, 2);
  BOOST_CHECK(find(v, "上半年", std::nullopt) == nullptr);
}

BOOST_AUTO_TEST_CASE(a_bound_after_the_last_of_listed_values_covers_the_list) {
  auto v = run("工业投资、技改投资分别增长12%、9%以上，城镇、农村居民收入分别增长5%和7%左右。");
  REQUIRE_STATEMENT(a, v, "工业投资", 12.0);
  BOOST_CHECK(a->comparator == Comparator::ge);
  REQUIRE_STATEMENT(b, v, "技改投资", 9.0);
  BOOST_CHECK(b->comparator == Comparator::ge);
  REQUIRE_STATEMENT(c, v, "城镇居民收入", 5.0);
  BOOST_CHECK(c->comparator == Comparator::approx);
  // Each value with its own bound, or a bound on one item only, stays as written.
  v = run(
      "蔬菜、水果产量分别达到80万吨左右、30万吨以上。新增高新技术企业50家、科技型企业20家以上。");
  REQUIRE_STATEMENT(d, v, "蔬菜产量", 8e5);
  BOOST_CHECK(d->comparator == Comparator::approx);
  REQUIRE_STATEMENT(e, v, "高新技术企业", 50.0);
  BOOST_CHECK(e->comparator == Comparator::eq);
}

BOOST_AUTO_TEST_CASE(a_fused_pair_is_read_as_its_members_before_a_distributing_word) {
  auto v = run("金融机构存贷款余额分别增长10%、8%，实际利用内外资均增长5%。");
  REQUIRE_STATEMENT(a, v, "金融机构存款余额", 10.0);
  REQUIRE_STATEMENT(b, v, "金融机构贷款余额", 8.0);
  REQUIRE_STATEMENT(c, v, "实际利用内资", 5.0);
  REQUIRE_STATEMENT(d, v, "实际利用外资", 5.0);
  // Without a distributing word the pair is one total.
  v = run("存贷款余额增长9%。");
  REQUIRE_STATEMENT(e, v, "存贷款余额", 9.0);
}

BOOST_AUTO_TEST_CASE(values_listed_after_a_distributed_list_go_to_its_members) {
  auto v = run("城镇、农村居民人均可支配收入分别达到4万元、2万元，分别增长5%、8%。");
  REQUIRE_STATEMENT(a, v, "城镇居民人均可支配收入", 5.0);
  BOOST_CHECK(a->measure == Measure::growth);
  REQUIRE_STATEMENT(b, v, "农村居民人均可支配收入", 8.0);
  v = run("小麦、玉米产量分别稳定在30万吨、5万吨，增长2%和3%。");
  REQUIRE_STATEMENT(c, v, "小麦产量", 2.0);
  REQUIRE_STATEMENT(d, v, "玉米产量", 3.0);
}

BOOST_AUTO_TEST_CASE(ordinals_with_di_share_the_rest_of_the_last_conjunct) {
  auto v = run("第一、二、三产业增加值分别增长3%、6%、5%，第一、第二产业投资分别增长2%、4%。");
  REQUIRE_STATEMENT(a, v, "第一产业增加值", 3.0);
  REQUIRE_STATEMENT(b, v, "第二产业增加值", 6.0);
  REQUIRE_STATEMENT(c, v, "第三产业增加值", 5.0);
  REQUIRE_STATEMENT(d, v, "第一产业投资", 2.0);
  REQUIRE_STATEMENT(e, v, "第二产业投资", 4.0);
}

BOOST_AUTO_TEST_CASE(benchmark_spellings_of_the_headline_passages) {
  // 平均 without 水平, a 、 that begins another predicate, a Latin rate.
  auto v = run("固定资产投资增幅高于全省平均、位次前移，服务业增加值增长高于GDP增速。");
  REQUIRE_STATEMENT(a, v, "固定资产投资", std::nullopt);
  BOOST_CHECK(a->comparator == Comparator::gt);
  BOOST_CHECK(a->measure == Measure::growth);
  BOOST_CHECK_EQUAL(a->reference, "全省平均");
  REQUIRE_STATEMENT(b, v, "服务业增加值", std::nullopt);
  BOOST_CHECK_EQUAL(b->reference, "GDP增速");
  // A range set by a level above, one row per indicator (及 lists too).
  v = run("城镇登记失业率、物价指数控制在省定范围内，能耗强度及水耗强度完成市下达目标任务。");
  for (const char* name : {"城镇登记失业率", "物价指数"}) {
    const Statement* s = find(v, name, std::nullopt);
    BOOST_REQUIRE_MESSAGE(s != nullptr, "no statement " << name);
    BOOST_CHECK(s->comparator == Comparator::le);
    BOOST_CHECK_EQUAL(s->reference, "省定范围");
  }
  BOOST_CHECK(find(v, "能耗强度", std::nullopt) != nullptr);
  BOOST_CHECK(find(v, "水耗强度", std::nullopt) != nullptr);
  // A range nobody set is no benchmark.
  v = run("把物价涨幅控制在合理范围内。");
  for (const Statement& s : v) BOOST_CHECK_MESSAGE(s.reference.empty(), s.indicator);
}

BOOST_AUTO_TEST_CASE(a_spelled_ten_thousand_yuan_before_a_noun_is_a_rate_base) {
  auto v = run("万元工业增加值用水量下降4%，培育亿元龙头企业5家，农业产值向千亿元迈进。");
  REQUIRE_STATEMENT(a, v, "万元工业增加值用水量", 4.0);
  BOOST_CHECK(!has_value(v, 1e4));
  BOOST_CHECK(!has_value(v, 1e8));
  REQUIRE_STATEMENT(b, v, "亿元龙头企业", 5.0);
  REQUIRE_STATEMENT(c, v, "农业产值", 1e11);
}

BOOST_AUTO_TEST_CASE(level_with_last_year_is_a_zero_growth) {
  auto v = run("税收收入与上年基本持平，经济运行保持平稳。");
  REQUIRE_STATEMENT(a, v, "税收收入", 0.0);
  BOOST_CHECK(a->measure == Measure::growth);
  BOOST_CHECK(a->comparator == Comparator::eq);
  BOOST_CHECK_EQUAL(a->unit, "%");
  BOOST_CHECK_EQUAL(v.size(), 1u);  // 保持平稳 holds no 持平
}

BOOST_AUTO_TEST_CASE(not_above_and_not_below_are_their_own_shapes) {
  auto v = run("物价涨幅不高于省控线，民生支出增速不低于全省平均，外贸增速高于省均。");
  REQUIRE_STATEMENT(a, v, "物价", std::nullopt);
  BOOST_CHECK(a->comparator == Comparator::le);
  REQUIRE_STATEMENT(b, v, "民生支出", std::nullopt);
  BOOST_CHECK(b->comparator == Comparator::ge);
  REQUIRE_STATEMENT(c, v, "外贸", std::nullopt);
  BOOST_CHECK(c->comparator == Comparator::gt);
  BOOST_CHECK_EQUAL(c->reference, "省均");
}

BOOST_AUTO_TEST_CASE(an_assigned_target_is_a_level_and_a_margin_between_rates_a_rate) {
  auto v = run(
      "单位工业增加值能耗下降率完成市下达目标，投资增速高于全省2个百分点，人均收入提高3个百分点。");
  REQUIRE_STATEMENT(a, v, "单位工业增加值能耗下降率", std::nullopt);
  BOOST_CHECK(a->measure == Measure::level);
  const Statement* b = nullptr;
  for (const Statement& s : v)
    if (s.value && *s.value == 2.0) b = &s;
  BOOST_REQUIRE(b != nullptr);
  BOOST_CHECK(b->measure == Measure::growth);
  BOOST_CHECK_EQUAL(b->unit, "百分点");
  REQUIRE_STATEMENT(c, v, "人均收入", 3.0);
  BOOST_CHECK(c->measure == Measure::increment);
}

BOOST_AUTO_TEST_CASE(a_long_list_keeps_its_first_member_whole) {
  auto v = run(
      "完成省下达的城镇新增就业人数、万元工业增加值用水量、耕地保有量、粮食播种面积、主要污染物排放"
      "等目标任务。");
  for (const char* m : {"城镇新增就业人数", "耕地保有量", "粮食播种面积", "主要污染物排放"})
    BOOST_CHECK_MESSAGE(find(v, m, std::nullopt) != nullptr, "no statement " << m);
}

BOOST_AUTO_TEST_CASE(a_bracketed_second_counter_does_not_hide_the_bound) {
  auto v = run("筹集公共租赁住房2万套（间）以上，新增托位500个（张）左右。");
  REQUIRE_STATEMENT(a, v, "公共租赁住房", 2e4);
  BOOST_CHECK(a->comparator == Comparator::ge);
  REQUIRE_STATEMENT(b, v, "托位", 500.0);
  BOOST_CHECK(b->comparator == Comparator::approx);
}

BOOST_AUTO_TEST_CASE(spellings_of_in_step_and_of_assigned_indicators) {
  auto v = run(
      "农民人均纯收入与经济增长相匹配；单位产值能耗和二氧化碳排放完成市下达指标；断面水质达到考核"
      "要求。");
  REQUIRE_STATEMENT(a, v, "农民人均纯收入", std::nullopt);
  BOOST_CHECK(a->measure == Measure::growth);
  BOOST_CHECK(a->comparator == Comparator::eq);
  BOOST_CHECK_EQUAL(a->reference, "经济增长");
  for (const char* m : {"单位产值能耗", "二氧化碳排放"}) {
    const Statement* s = find(v, m, std::nullopt);
    BOOST_REQUIRE_MESSAGE(s != nullptr, "no statement " << m);
    BOOST_CHECK(s->measure == Measure::level);
    BOOST_CHECK_EQUAL(s->reference, "市下达指标");
  }
  REQUIRE_STATEMENT(c, v, "断面水质", std::nullopt);
  BOOST_CHECK_EQUAL(c->reference, "考核要求");
  // 与…相匹配 without a benchmark head is no target (与产业体系相匹配的人才).
  auto w = run("建设与现代产业体系相匹配的人才队伍。");
  BOOST_CHECK(w.empty());
}

BOOST_AUTO_TEST_CASE(the_years_task_is_a_benchmark_only_after_its_indicator) {
  auto v = run("节能降碳完成年度任务，空气质量持续改善。");
  REQUIRE_STATEMENT(a, v, "节能降碳", std::nullopt);
  BOOST_CHECK(a->measure == Measure::level);
  BOOST_CHECK_EQUAL(a->reference, "年度任务");
  // The work itself (the task named inside), or a schedule after a task.
  auto w =
      run("确保完成年度债务化解任务。推进保障房项目建设，按期完成年度任务。完成农田年度建设任务。");
  BOOST_CHECK(w.empty());
  // In a review it reports the work done.
  static const Pipeline p;
  auto r = p.targets("一、2024年工作回顾\n闲置土地处置超额完成年度任务。\n");
  BOOST_CHECK(r.empty());
}

BOOST_AUTO_TEST_CASE(a_fraction_in_words_is_a_share) {
  auto v = run("优势产业营收力争占全市一半以上，审批时限压减三分之一，从立项到开工用时半个月。");
  REQUIRE_STATEMENT(a, v, "优势产业营收", 0.5);
  BOOST_CHECK(a->comparator == Comparator::ge);
  BOOST_CHECK(a->modality == Modality::strive);
  BOOST_CHECK(find(v, "审批时限", 1.0 / 3) != nullptr);
  // With a counter it is no share (半个月).
  for (const Statement& s : v) BOOST_CHECK(!s.value || *s.value != 0.5 || s.indicator != "用时");
}

BOOST_AUTO_TEST_CASE(computing_power_in_p_is_a_quantity) {
  auto v = run("智能算力规模提升至5000P以上，P2P网贷风险全面出清。");
  REQUIRE_STATEMENT(a, v, "智能算力规模", 5000.0);
  BOOST_CHECK_EQUAL(a->unit, "P");
  BOOST_CHECK(a->comparator == Comparator::ge);
  for (const Statement& s : v) BOOST_CHECK(!s.value || *s.value != 2.0);
}

BOOST_AUTO_TEST_CASE(a_class_target_may_end_in_target) {
  auto v = run("主要河流控制断面全面实现Ⅲ类及以上水质目标。");
  REQUIRE_STATEMENT(a, v, "主要河流控制断面", std::nullopt);
  BOOST_CHECK(a->comparator == Comparator::ge);
  BOOST_CHECK(a->rule == "benchmark:quality-class");
}

BOOST_AUTO_TEST_CASE(a_level_and_above_is_no_second_member) {
  auto v = run("力争市级及以上开发区营业收入、税收分别增长12%、8%。");
  REQUIRE_STATEMENT(a, v, "市级及以上开发区营业收入", 12.0);
  REQUIRE_STATEMENT(b, v, "税收", 8.0);
  BOOST_CHECK(b->modality == Modality::strive);
  BOOST_CHECK_EQUAL(v.size(), 2u);
}

BOOST_AUTO_TEST_CASE(values_after_a_comma_go_to_the_list_before_it) {
  auto v = run("力争招商项目履约率、投产率、资金到位率，分别达到85%、70%、40%以上。");
  REQUIRE_STATEMENT(a, v, "招商项目履约率", 85.0);
  BOOST_CHECK(a->modality == Modality::strive);
  REQUIRE_STATEMENT(b, v, "投产率", 70.0);
  REQUIRE_STATEMENT(c, v, "资金到位率", 40.0);
  BOOST_CHECK(c->comparator == Comparator::ge);
  // Members after 分别 are its own.
  auto w = run("稳定粮食生产，分别完成小麦、玉米播种面积10万亩、20万亩。");
  BOOST_CHECK(find(w, "稳定粮食生产", std::nullopt) == nullptr);
}

BOOST_AUTO_TEST_CASE(a_margin_said_of_a_list_holds_for_each_member) {
  auto v = run("园区工业投资、技改投资增速高于全省平均水平3个百分点以上。");
  for (const char* m : {"园区工业投资", "技改投资"}) {
    const Statement* s = find(v, m, 3.0);
    BOOST_REQUIRE_MESSAGE(s != nullptr, "no statement " << m);
    BOOST_CHECK(s->measure == Measure::growth);
    BOOST_CHECK_EQUAL(s->unit, "百分点");
    BOOST_CHECK(s->comparator == Comparator::ge);
  }
}

BOOST_AUTO_TEST_CASE(secure_one_number_strive_for_the_next_in_a_quotation) {
  auto v = run("工业增加值增速“保6争7”，打造“中国制造2025”示范区，实施“3个100”工程。");
  REQUIRE_STATEMENT(a, v, "工业增加值", 6.0);
  BOOST_CHECK(a->measure == Measure::growth);
  BOOST_CHECK(a->comparator == Comparator::ge);
  BOOST_CHECK(a->modality == Modality::firm);
  REQUIRE_STATEMENT(b, v, "工业增加值", 7.0);
  BOOST_CHECK(b->comparator == Comparator::eq);
  BOOST_CHECK(b->modality == Modality::strive);
  BOOST_CHECK(!has_value(v, 2025));
  BOOST_CHECK(!has_value(v, 100));
}
