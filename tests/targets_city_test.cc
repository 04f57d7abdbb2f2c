#define BOOST_TEST_MODULE targets_city
#include <boost/test/unit_test.hpp>

// The phenomena of city reports (issue 13), one test each, on short texts
// written for the test (not taken from the annotated reports).

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "mubiao/pipeline.h"
#include "statement_lookup.h"

using namespace mubiao;

namespace {

std::vector<Statement> run(const std::string& text) {
  static const Pipeline p;
  return p.targets(text);
}

using test::find;
using test::has_value;

}  // namespace

BOOST_AUTO_TEST_CASE(thresholds_inside_a_noun_phrase_are_categories) {
  auto v = run("全年新签约亿元以上工业项目120个，引进超5亿元项目8个，培育产值过20亿元企业3家。");
  BOOST_CHECK(!has_value(v, 1e8));
  BOOST_CHECK(!has_value(v, 5e8));
  BOOST_CHECK(!has_value(v, 2e9));
  BOOST_CHECK(has_value(v, 120));
  BOOST_CHECK(has_value(v, 8));
  BOOST_CHECK(has_value(v, 3));
}

BOOST_AUTO_TEST_CASE(spelled_round_numbers_are_targets_before_units_of_measure) {
  auto v =
      run("力争外贸进出口总额突破千亿元，粮食播种面积稳定在千万亩以上，"
          "推动农业总产值向千亿元迈进，实施百亿项目12个，服务千万市民。");
  REQUIRE_STATEMENT(a, v, "外贸进出口总额", 1e11);
  BOOST_CHECK(a->comparator == Comparator::gt);
  REQUIRE_STATEMENT(b, v, "粮食播种面积", 1e7);
  BOOST_CHECK(b->comparator == Comparator::ge);
  REQUIRE_STATEMENT(c, v, "农业总产值", 1e11);
  BOOST_CHECK(c->comparator == Comparator::toward);
  REQUIRE_STATEMENT(d, v, "百亿项目", 12.0);
  BOOST_CHECK(!has_value(v, 1e10));
  // A threshold crossed with no unit (gt: 跨越 crosses it, as the annotators
  // of 潜江 and 永州 read 跨越/突破…台阶/大关); the growth after it keeps the
  // subject.
  v = run("地区生产总值跨越千亿台阶，增长7%以上。");
  REQUIRE_STATEMENT(e, v, "地区生产总值", 1e11);
  BOOST_CHECK(e->comparator == Comparator::gt);
  REQUIRE_STATEMENT(f, v, "地区生产总值", 7.0);
  BOOST_CHECK(f->measure == Measure::growth);
}

BOOST_AUTO_TEST_CASE(strive_for_a_title_is_read_as_words) {
  // 争创 is strive; in 力争创建 the words are 力争 and 创建 (leftmost longest),
  // so the noun keeps its first character.
  auto v = run("争创省级现代农业产业园2个。");
  REQUIRE_STATEMENT(a, v, "省级现代农业产业园", 2.0);
  BOOST_CHECK(a->modality == Modality::strive);
  v = run("力争创建国家级示范区3个。");
  REQUIRE_STATEMENT(b, v, "国家级示范区", 3.0);
  BOOST_CHECK(b->modality == Modality::strive);
  for (const Statement& s : v) BOOST_CHECK(s.indicator.rfind("建", 0) != 0);
}

BOOST_AUTO_TEST_CASE(scope_of_a_modality_cue) {
  // A cue opening the clause holds to the end of the sentence...
  auto v = run("力争新增规上工业企业100家，新增高新技术企业50家。");
  REQUIRE_STATEMENT(a, v, "高新技术企业", 50.0);
  BOOST_CHECK(a->modality == Modality::strive);
  // ...unless a later clause opens with its own (a list of targets).
  v = run("力争完成电网建设投资200亿元，新增清洁能源装机60万千瓦，力争新增电力外送能力600万千瓦。");
  REQUIRE_STATEMENT(b, v, "清洁能源装机", 600000.0);
  BOOST_CHECK(b->modality == Modality::plain);
  REQUIRE_STATEMENT(c, v, "电力外送能力", 6000000.0);
  BOOST_CHECK(c->modality == Modality::strive);
  // A cue after the subject is said of its own item.
  v = run("PM2.5年均浓度力争降至15微克/立方米，空气质量优良天数比例保持在97%以上。");
  REQUIRE_STATEMENT(d, v, "空气质量优良天数比例", 97.0);
  BOOST_CHECK(d->modality == Modality::plain);
  // A cue in the items without numbers before the number is its own.
  v = run("力争乡镇、社区卫生机构能力达标比例75%以上。");
  REQUIRE_STATEMENT(e, v, "社区卫生机构能力达标比例", 75.0);
  BOOST_CHECK(e->modality == Modality::strive);
}

BOOST_AUTO_TEST_CASE(capacities_name_plants) {
  auto v = run("加快建设年产12万吨纸浆项目，推动8万吨铜箔一期投产，新增装机150万千瓦。");
  BOOST_CHECK(!has_value(v, 120000));
  BOOST_CHECK(!has_value(v, 80000));
  REQUIRE_STATEMENT(a, v, "装机", 1500000.0);
  BOOST_CHECK(a->measure == Measure::increment);
}

BOOST_AUTO_TEST_CASE(each_gives_one_statement_per_item) {
  auto v = run("新建充电桩、停车位各800个。");
  REQUIRE_STATEMENT(a, v, "充电桩", 800.0);
  REQUIRE_STATEMENT(b, v, "停车位", 800.0);
  for (const Statement& s : v) BOOST_CHECK(s.indicator.find("各") == std::string::npos);
  // Places that each do something are no list of indicators.
  v = run("支持各县（区）分别建设2个冷链物流中心。");
  REQUIRE_STATEMENT(c, v, "冷链物流中心", 2.0);
}

BOOST_AUTO_TEST_CASE(assigned_targets_have_no_value_and_a_reference) {
  auto v =
      run("一、2025年工作安排\n主要预期目标是：单位能耗、水环境质量等约束性指标完成省下达任务。\n");
  REQUIRE_STATEMENT(a, v, "单位能耗", std::nullopt);
  REQUIRE_STATEMENT(b, v, "水环境质量", std::nullopt);
  BOOST_CHECK_EQUAL(a->reference, "省下达任务");
  BOOST_CHECK(a->comparator == Comparator::eq);
  v = run("全面完成自治区下达的能耗强度和碳排放强度目标。");
  REQUIRE_STATEMENT(c, v, "能耗强度", std::nullopt);
  REQUIRE_STATEMENT(d, v, "碳排放强度", std::nullopt);
  v = run("主要污染物排放总量控制在省下达目标以内。");
  REQUIRE_STATEMENT(e, v, "主要污染物排放总量", std::nullopt);
  BOOST_CHECK(e->comparator == Comparator::le);
  // Completing something nobody assigned is no benchmark.
  BOOST_CHECK(run("全面完成年度整改任务。").empty());
}

BOOST_AUTO_TEST_CASE(relative_and_in_step_benchmarks) {
  auto v =
      run("财政收入、城乡居民收入与经济增长基本同步，外贸增速快于全省平均水平，"
          "城镇调查失业率与全省保持一致。");
  REQUIRE_STATEMENT(a, v, "财政收入", std::nullopt);
  REQUIRE_STATEMENT(b, v, "城乡居民收入", std::nullopt);
  BOOST_CHECK(a->measure == Measure::growth);
  BOOST_CHECK_EQUAL(a->reference, "经济增长");
  const Statement* c = nullptr;
  for (const Statement& s : v)
    if (s.reference == "全省平均水平") c = &s;
  BOOST_REQUIRE(c);
  BOOST_CHECK(c->comparator == Comparator::gt);
  REQUIRE_STATEMENT(d, v, "城镇调查失业率", std::nullopt);
  BOOST_CHECK_EQUAL(d->reference, "全省");
}

BOOST_AUTO_TEST_CASE(lists_inside_references_and_binding_indicators) {
  // A 、 inside the reference lists no indicators; one row per indicator
  // listed before the shape, each with the whole reference.
  auto v = run("确保城镇居民收入、农村居民收入增速高于全国、全省平均水平。");
  REQUIRE_STATEMENT(a, v, "城镇居民收入", std::nullopt);
  REQUIRE_STATEMENT(b, v, "农村居民收入", std::nullopt);
  BOOST_CHECK_EQUAL(b->reference, "全国、全省平均水平");
  BOOST_CHECK(b->modality == Modality::firm);
  BOOST_CHECK(b->measure == Measure::growth);
  // Two shapes are still two rows.
  v = run("居民收入增速高于经济增速、高于全国平均水平。");
  BOOST_CHECK_EQUAL(v.size(), 2u);
  v = run("各项约束性指标不折不扣完成国、省下达的目标任务。");
  REQUIRE_STATEMENT(c, v, "约束性指标", std::nullopt);
  // Binding indicators are assigned by definition: the indicators before
  // the word.
  v = run("全面完成节能减排降碳和环境质量改善约束性指标。");
  REQUIRE_STATEMENT(d, v, "节能减排降碳", std::nullopt);
  REQUIRE_STATEMENT(e, v, "环境质量改善", std::nullopt);
  BOOST_CHECK_EQUAL(e->reference, "约束性指标");
  // In step with the economy, the rate said by the closing word.
  v = run("居民收入与经济同步增长。");
  REQUIRE_STATEMENT(f, v, "居民收入", std::nullopt);
  BOOST_CHECK_EQUAL(f->reference, "经济");
  BOOST_CHECK(f->measure == Measure::growth);
}

BOOST_AUTO_TEST_CASE(zero_thresholds_in_words) {
  auto v = run("进出口总额保持正增长，粮食播种面积只增不减，较大事故“零增长”。");
  REQUIRE_STATEMENT(a, v, "进出口总额", 0.0);
  BOOST_CHECK(a->comparator == Comparator::gt);
  BOOST_CHECK_EQUAL(a->unit, "%");
  BOOST_CHECK(a->measure == Measure::growth);
  REQUIRE_STATEMENT(b, v, "粮食播种面积", 0.0);
  BOOST_CHECK(b->comparator == Comparator::ge);
  REQUIRE_STATEMENT(c, v, "较大事故", 0.0);
  BOOST_CHECK(c->comparator == Comparator::le);
  // A slogan in quotes is no target.
  BOOST_CHECK(run("落实“两个只增不减”要求。").empty());
}

BOOST_AUTO_TEST_CASE(work_done_is_an_increment) {
  auto v =
      run("新改建农村公路120公里，打通断头路6条，筹集保障性租赁住房900套，开展促消费活动50场。");
  for (double x : {120.0, 6.0, 900.0, 50.0}) {
    auto it = std::find_if(v.begin(), v.end(),
                           [&](const Statement& s) { return s.value && *s.value == x; });
    BOOST_REQUIRE(it != v.end());
    BOOST_CHECK_MESSAGE(it->measure == Measure::increment, x);
  }
  // 形成 N 项 counts what is formed, the noun after it (the subject before).
  v = run("推动自贸片区形成30项以上改革创新成果。");
  REQUIRE_STATEMENT(a, v, "改革创新成果", 30.0);
  BOOST_CHECK(a->measure == Measure::increment);
}

BOOST_AUTO_TEST_CASE(labels_and_background_counts) {
  auto v =
      run("开通第五航权[12]航线，建成318国道改造工程，引进世界500强企业，"
          "深入实施十大行动40个专项行动，办好2025国际马拉松。");
  for (double x : {12.0, 318.0, 500.0, 40.0, 2025.0}) BOOST_CHECK_MESSAGE(!has_value(v, x), x);
}

BOOST_AUTO_TEST_CASE(parts_of_a_programme_and_classes) {
  // The count of a programme's parts, with words between (市办, 省定,
  // 年度重点), and N大类 before a count are no targets; the count after is.
  auto v =
      run("今年安排了15件市办民生实事，办好13件年度重点民生实事，"
          "建设医药、金融等10大类40个总部经济集聚区。");
  for (double x : {15.0, 13.0, 10.0}) BOOST_CHECK_MESSAGE(!has_value(v, x), x);
  REQUIRE_STATEMENT(a, v, "总部经济集聚区", 40.0);
}

BOOST_AUTO_TEST_CASE(bare_digits_run_into_a_noun_name_it) {
  // Chinese counts with a measure word: digits with none, run into a noun,
  // are part of a name (120指挥调度平台, 985高校); with one they count.
  auto v = run("建成智慧门诊暨120指挥调度平台，推动011科创谷迭代升级，新增路灯2210盏。");
  for (double x : {120.0, 11.0}) BOOST_CHECK_MESSAGE(!has_value(v, x), x);
  REQUIRE_STATEMENT(a, v, "路灯", 2210.0);
  BOOST_CHECK_EQUAL(a->unit, "盏");
  // Sizes of a product line and rank thresholds are no amounts either.
  v = run("建设华润微电子12英寸生产线，新增14个学科进入ESI排名前1%。");
  for (double x : {12.0, 1.0}) BOOST_CHECK_MESSAGE(!has_value(v, x), x);
  BOOST_CHECK(has_value(v, 14.0));
  // A magnitude makes it an amount (10万农村人口进城).
  v = run("推动10万农村人口进城。");
  BOOST_CHECK(has_value(v, 100000.0));
}

BOOST_AUTO_TEST_CASE(a_rate_before_a_distributing_word) {
  // 增速 says what is measured, 达到 only that it is reached.
  auto v = run("制造业中长期贷款、普惠小微贷款增速均达到25%以上。");
  REQUIRE_STATEMENT(a, v, "普惠小微贷款", 25.0);
  BOOST_CHECK(a->measure == Measure::growth);
}

BOOST_AUTO_TEST_CASE(a_running_total_is_a_stock) {
  auto v = run("累计建成果蔬基地31万亩，新增公园16座、累计达到83座。");
  REQUIRE_STATEMENT(a, v, "果蔬基地", 310000.0);
  BOOST_CHECK(a->measure == Measure::level);
  REQUIRE_STATEMENT(b, v, "公园", 83.0);
  BOOST_CHECK(b->measure == Measure::level);
  REQUIRE_STATEMENT(c, v, "公园", 16.0);
  BOOST_CHECK(c->measure == Measure::increment);
}

BOOST_AUTO_TEST_CASE(a_list_closed_by_etc_is_the_indicator) {
  auto v = run("新引进知名品牌首店、体验店等30家以上。");
  BOOST_REQUIRE_EQUAL(v.size(), 1u);
  BOOST_CHECK(v[0].indicator.find("知名品牌首店、体验店") != std::string::npos);
  BOOST_CHECK(v[0].indicator.substr(v[0].indicator.size() - 3) != "等");
}

BOOST_AUTO_TEST_CASE(a_conjunction_begins_the_next_item) {
  auto v = run("创建示范村27个和重点帮扶优秀县2个。");
  REQUIRE_STATEMENT(a, v, "示范村", 27.0);
  REQUIRE_STATEMENT(b, v, "重点帮扶优秀县", 2.0);
  // 和美 is a word, not 和 joining two items.
  v = run("建设90个和美乡村省级中心村、30个精品村。");
  REQUIRE_STATEMENT(c, v, "美乡村省级中心村", 90.0);
}

BOOST_AUTO_TEST_CASE(levels_joined_and_places_a_rate_is_taken_over) {
  // Two administrative levels joined by 、 modify one noun.
  auto v = run("推动400个省、市重点项目加快建设。");
  REQUIRE_STATEMENT(a, v, "省、市重点项目", 400.0);
  // The count of places a rate is taken over is no target; the rate is.
  v = run("全市300条河流水体优良比例提升至75%以上。");
  BOOST_CHECK(!has_value(v, 300.0));
  BOOST_CHECK(has_value(v, 75.0));
}

BOOST_AUTO_TEST_CASE(a_time_alone_is_no_indicator) {
  auto v = run("确保新建项目开工率达到35%、上半年达到80%以上。");
  for (const Statement& s : v) BOOST_CHECK(s.indicator != "上半年");
  REQUIRE_STATEMENT(a, v, "项目开工率", 80.0);
}

BOOST_AUTO_TEST_CASE(numbers_listed_with_a_label_are_labels) {
  auto v = run("加速建设6、7、8号线，推进国道317、318沿线示范园区建设，新建公园12个。");
  for (double x : {6.0, 7.0, 317.0, 318.0}) BOOST_CHECK_MESSAGE(!has_value(v, x), x);
  REQUIRE_STATEMENT(a, v, "公园", 12.0);
  // A list ending in a count keeps its values (每月分别外出招商1、2、3次).
  v = run("新增绿道10、20公里。");
  BOOST_CHECK(has_value(v, 10.0));
}

BOOST_AUTO_TEST_CASE(unnumbered_plan_heading) {
  auto v = run(
      "2024年工作回顾\n地区生产总值增长5%。\n2025年总体目标和重点任务\n地区生产总值增长6%左右。\n");
  REQUIRE_STATEMENT(a, v, "地区生产总值", 5.0);
  REQUIRE_STATEMENT(b, v, "地区生产总值", 6.0);
  BOOST_CHECK(a->stance == Stance::achievement);
  BOOST_CHECK(b->stance == Stance::target);
}

BOOST_AUTO_TEST_CASE(spans_of_time_that_are_measured) {
  auto v = run("空气质量优良天数稳定在300天以上，工程建设项目审批时限压缩至45个工作日以内。");
  REQUIRE_STATEMENT(a, v, "空气质量优良天数", 300.0);
  BOOST_CHECK(a->comparator == Comparator::ge);
  // A span of time that measures nothing is no quantity.
  BOOST_CHECK(run("打造10分钟便民生活圈，用3年时间完成改造。").empty());
}

BOOST_AUTO_TEST_CASE(facts_about_projects_and_codes) {
  auto v = run("抓好总投资120亿元的25个重点项目，推进年度计划总投资40亿元的工业项目。");
  BOOST_CHECK(!has_value(v, 1.2e10));
  BOOST_CHECK(has_value(v, 25));
  BOOST_CHECK(has_value(v, 4e9));
  BOOST_CHECK(run("网站标识码：1234567890\n").empty());
}

BOOST_AUTO_TEST_CASE(counts_before_a_gloss_and_kinds) {
  auto v = run("建设筹措2万套（间）保障性租赁住房，竣工各类安置住房5000套。");
  REQUIRE_STATEMENT(a, v, "保障性租赁住房", 20000.0);
  const Statement* b = nullptr;
  for (const Statement& s : v)
    if (s.value && *s.value == 5000) b = &s;
  BOOST_REQUIRE(b);
  BOOST_CHECK(b->indicator.find("安置住房") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(more_benchmarks_in_words) {
  auto v = run("居民收入增长与经济增长保持同步，水资源等指标达到国家要求。");
  REQUIRE_STATEMENT(a, v, "居民收入", std::nullopt);
  BOOST_CHECK_EQUAL(a->reference, "经济增长");
  BOOST_CHECK(a->measure == Measure::growth);
  REQUIRE_STATEMENT(b, v, "水资源", std::nullopt);
  BOOST_CHECK_EQUAL(b->reference, "国家要求");
}

BOOST_AUTO_TEST_CASE(an_opener_does_not_turn_a_headed_review_into_a_plan) {
  auto v =
      run("一、2023年工作回顾\n\n今年，全市遭遇严重干旱，累计提水1.2亿方。\n\n"
          "二、2024年工作安排\n\n地区生产总值增长6%左右。\n");
  REQUIRE_STATEMENT(a, v, "提水", 1.2e8);
  BOOST_CHECK(a->stance == Stance::achievement);
  REQUIRE_STATEMENT(b, v, "地区生产总值", 6.0);
  BOOST_CHECK(b->stance == Stance::target);
}

BOOST_AUTO_TEST_CASE(values_listed_with_their_members) {
  auto v = run("力争电子商务、服务贸易、技术贸易额达到12亿元、25亿元和40亿元。");
  REQUIRE_STATEMENT(a, v, "电子商务", 1.2e9);
  REQUIRE_STATEMENT(b, v, "服务贸易", 2.5e9);
  REQUIRE_STATEMENT(c, v, "技术贸易额", 4e9);
  BOOST_CHECK_EQUAL(v.size(), 3u);
  // 亩均 is a word, not 均 distributing a value.
  v = run("园区亩均税收提高8%、营业收入提升6%。");
  REQUIRE_STATEMENT(d, v, "园区亩均税收", 8.0);
  REQUIRE_STATEMENT(e, v, "营业收入", 6.0);
}

BOOST_AUTO_TEST_CASE(places_that_each_do_it) {
  auto v = run("每个乡镇至少建成1所全县一流的标准化卫生院。");
  REQUIRE_STATEMENT(a, v, "标准化卫生院", 1.0);
  BOOST_CHECK(a->comparator == Comparator::ge);
}

BOOST_AUTO_TEST_CASE(latin_abbreviations_and_rates_after_points) {
  auto v = run("二、2025年工作安排\n\n主要预期目标是：GDP增长6%左右，CPI涨幅3%左右。\n");
  REQUIRE_STATEMENT(a, v, "GDP", 6.0);
  BOOST_CHECK(a->measure == Measure::growth);
  REQUIRE_STATEMENT(b, v, "CPI", 3.0);
  // A rate after a gap in points keeps the rate's measure.
  v = run("地区生产总值增速高于全省2个百分点、8%左右。");
  const Statement* c = nullptr;
  for (const Statement& s : v)
    if (s.value && *s.value == 8.0) c = &s;
  BOOST_REQUIRE(c);
  BOOST_CHECK(c->measure == Measure::growth);
}

BOOST_AUTO_TEST_CASE(a_plan_opener_after_a_lost_heading) {
  auto v =
      run("一、2024年工作回顾\n\n地区生产总值增长5%。\n\n"
          "做好今年政府工作的总体要求是：稳中求进。\n\n地区生产总值增长6%左右。\n");
  REQUIRE_STATEMENT(a, v, "地区生产总值", 6.0);
  BOOST_CHECK(a->stance == Stance::target);
}

BOOST_AUTO_TEST_CASE(a_code_opens_the_noun_counted) {
  auto v = run("建设10个5G全连接工厂。");
  REQUIRE_STATEMENT(a, v, "5G全连接工厂", 10.0);
  BOOST_CHECK(!has_value(v, 5));
}

BOOST_AUTO_TEST_CASE(thresholds_of_a_list_share_their_noun) {
  auto v = run("全年引进3个20亿元以上、8个5亿元以上先进制造业项目，推进20万吨PVC等项目建设。");
  REQUIRE_STATEMENT(a, v, "先进制造业项目", 3.0);
  REQUIRE_STATEMENT(b, v, "先进制造业项目", 8.0);
  BOOST_CHECK(!has_value(v, 2e9));
  BOOST_CHECK(!has_value(v, 5e8));
  BOOST_CHECK(!has_value(v, 200000));
}

BOOST_AUTO_TEST_CASE(bounds_that_name_a_category_or_a_base) {
  auto v =
      run("对年用电量10亿千瓦时以上的重点企业实行绿电供应，提升万人发明专利拥有量，"
          "完成20万亩以上高标准农田建设，全面落实方案明确的120项任务。");
  BOOST_CHECK(!has_value(v, 1e9));
  BOOST_CHECK(!has_value(v, 10000));
  BOOST_CHECK(!has_value(v, 120));
  BOOST_CHECK(has_value(v, 200000));
}

BOOST_AUTO_TEST_CASE(assigned_targets_done_as_required_or_ahead) {
  auto v = run("约束性指标按照省定要求全面完成，提前完成省下达的闲置土地处置、违法用地整改任务。");
  REQUIRE_STATEMENT(a, v, "约束性指标", std::nullopt);
  BOOST_CHECK_EQUAL(a->reference, "省定要求");
  REQUIRE_STATEMENT(b, v, "闲置土地处置", std::nullopt);
  REQUIRE_STATEMENT(c, v, "违法用地整改", std::nullopt);
  // Following a plan nobody assigned is no benchmark.
  BOOST_CHECK(run("按照规划完成年度任务。").empty());
  // A scope word before a name does not hide the name.
  v = run("提质发展8个全国重点实验室。");
  REQUIRE_STATEMENT(d, v, "重点实验室", 8.0);
}

BOOST_AUTO_TEST_CASE(targets_controlled_or_assessed_above_and_kept_below) {
  // 省控/市控 targets and 考核要求 of a level above are assigned targets.
  auto v = run("化学需氧量、氨氮排放量完成市控目标，地表水达标率达到国家考核要求。");
  REQUIRE_STATEMENT(a, v, "氨氮排放量", std::nullopt);
  BOOST_CHECK_EQUAL(a->reference, "市控目标");
  BOOST_CHECK(a->comparator == Comparator::eq);
  REQUIRE_STATEMENT(b, v, "地表水达标率", std::nullopt);
  BOOST_CHECK_EQUAL(b->reference, "国家考核要求");
  // Reaching a requirement nobody above set is still no benchmark.
  BOOST_CHECK(run("各项工作达到标准化建设要求。").empty());
  // A control range of a level above, said with 目标.
  v = run("商品房库存去化周期控制在市调控目标范围内。");
  REQUIRE_STATEMENT(c, v, "商品房库存去化周期", std::nullopt);
  BOOST_CHECK_EQUAL(c->reference, "市调控目标范围");
  BOOST_CHECK(c->comparator == Comparator::le);
  // Kept below a benchmark: at most it.
  v = run("企业综合融资成本保持在全国平均水平以下。");
  REQUIRE_STATEMENT(d, v, "企业综合融资成本", std::nullopt);
  BOOST_CHECK_EQUAL(d->reference, "全国平均水平");
  BOOST_CHECK(d->comparator == Comparator::le);
}

BOOST_AUTO_TEST_CASE(ordinal_sectors_before_respectively) {
  // 一、二、三产: each digit stands for its sector, written in full.
  auto v = run("主要预期目标是：其中一、二、三产增加值分别增长3％、7％、5％左右。");
  REQUIRE_STATEMENT(a, v, "第一产业增加值", 3.0);
  REQUIRE_STATEMENT(b, v, "第二产业增加值", 7.0);
  REQUIRE_STATEMENT(c, v, "第三产业增加值", 5.0);
  BOOST_CHECK(c->measure == Measure::growth);
  v = run("一、二、三产分别增长3.5%、6%、5.5%。");
  REQUIRE_STATEMENT(d, v, "第二产业", 6.0);
  // 三次产业: a collective noun read as its three members.
  v = run("三次产业分别增长3%、6.5%、8%以上。");
  REQUIRE_STATEMENT(e, v, "第一产业", 3.0);
  REQUIRE_STATEMENT(f, v, "第二产业", 6.5);
  REQUIRE_STATEMENT(g, v, "第三产业", 8.0);
  BOOST_CHECK(g->comparator == Comparator::ge);
  BOOST_CHECK(std::none_of(v.begin(), v.end(),
                           [](const Statement& s) { return s.indicator == "三次产业"; }));
}

BOOST_AUTO_TEST_CASE(counts_of_a_set_that_exists_are_background) {
  // A verb that acts on what exists (做强, 聚焦, 用好) governs a count of the
  // set, also over a list of named members; one that makes or adds counts work.
  auto v =
      run("做优做强6条重点产业链，聚焦12个特色园区开展精准招商，新引进企业45家。"
          "用好东湖、西山等17个文化场馆、老街等8个历史街区。新建社区食堂20个。");
  BOOST_CHECK(!has_value(v, 6));
  BOOST_CHECK(!has_value(v, 12));
  BOOST_CHECK(!has_value(v, 17));
  BOOST_CHECK(!has_value(v, 8));
  BOOST_CHECK(has_value(v, 45));
  REQUIRE_STATEMENT(b, v, "社区食堂", 20.0);
  BOOST_CHECK(b->measure == Measure::increment);
  // A later verb of work in the clause governs its own count; a count of
  // projects is work whatever the verb.
  v = run("围绕主导产业新建标准化厂房9栋，紧盯总投资300亿元的57个重点项目。");
  BOOST_CHECK(has_value(v, 9));
  REQUIRE_STATEMENT(d, v, "重点项目", 57.0);
}

BOOST_AUTO_TEST_CASE(a_bound_or_grade_after_a_count_names_its_noun) {
  // 40 villages of 30 households or more: the bound names a class; an
  // unbounded second count is a quantity of its own (households, persons).
  auto v =
      run("建成40个30户以上自然村寨供水管网，新建3个5万吨级散货泊位，帮扶1200户3600人稳定增收。");
  REQUIRE_STATEMENT(a, v, "自然村寨供水管网", 40.0);
  BOOST_CHECK(!has_value(v, 30));
  REQUIRE_STATEMENT(b, v, "散货泊位", 3.0);
  BOOST_CHECK(!has_value(v, 5e4));
  BOOST_CHECK(has_value(v, 1200));
  BOOST_CHECK(has_value(v, 3600));
}

BOOST_AUTO_TEST_CASE(items_of_a_policy_put_in_force_are_no_targets) {
  // 落实 acts on a policy that exists: its items are background.
  auto v = run("全面落实促进民营经济发展26条，落实建筑业“十二条”措施，新建各级各类托育机构15所。");
  BOOST_CHECK(!has_value(v, 26));
  REQUIRE_STATEMENT(a, v, "托育机构", 15.0);
}

BOOST_AUTO_TEST_CASE(policy_items_and_spelled_classes_are_no_targets) {
  // The items of a policy named right before their count, and a spelled
  // round number before a noun (a class or a slogan), are no quantities; a
  // spelled one that ends its phrase is.
  auto v =
      run("认真执行促进文旅消费发展18条，抓好年度工作要点35条，服务万家中小企业，"
          "开展文艺进万家活动，规上工业企业突破万家，新建城市道路18条。");
  BOOST_CHECK(!has_value(v, 35));
  auto count = [&](double x) {
    return std::count_if(v.begin(), v.end(),
                         [&](const Statement& s) { return s.value && *s.value == x; });
  };
  BOOST_CHECK_EQUAL(count(18), 1);
  BOOST_CHECK_EQUAL(count(1e4), 1);
  REQUIRE_STATEMENT(a, v, "规上工业企业", 1e4);
  BOOST_CHECK(a->comparator == Comparator::gt);
  REQUIRE_STATEMENT(b, v, "城市道路", 18.0);
}

BOOST_AUTO_TEST_CASE(bare_money_thresholds_and_sets_taken_as_means) {
  // 30亿以上 with its 元 left out still names a class of projects; a set
  // between 以 and 为载体 is the means of the work, not its object.
  auto v =
      run("新签约30亿以上先进制造业项目12个以上，新增百亿产业集群2个，"
          "以6个省级开发区为载体，新建标准化厂房40万平方米。");
  BOOST_CHECK(!has_value(v, 3e9));
  BOOST_CHECK(!has_value(v, 1e10));
  BOOST_CHECK(!has_value(v, 6));
  BOOST_CHECK(has_value(v, 12));
  BOOST_CHECK(has_value(v, 2));
  BOOST_CHECK(has_value(v, 4e5));
}

BOOST_AUTO_TEST_CASE(a_verb_of_what_exists_governs_its_own_clause_and_item) {
  // The count after a comma, or after a listed item holding the verb, is
  // not governed by it; 出台十二条措施 counts a policy's items.
  auto v =
      run("持续深化医药卫生体制改革，16个社区卫生服务站完成标准化建设。"
          "乡村道路、深化农村改革、养老服务等9项工作纳入省级考核，出台支持外贸发展十二条措施。");
  BOOST_CHECK(has_value(v, 16));
  BOOST_CHECK(has_value(v, 9));
  BOOST_CHECK(!has_value(v, 12));
}

BOOST_AUTO_TEST_CASE(a_supported_set_whose_own_development_follows_exists) {
  // Under 支持/推动/保障 a set followed by its own development (做大, 运行,
  // 融合 closing the clause) exists; the same verbs before work on a set
  // are work, and 融合 inside a noun names its kind.
  auto v =
      run("支持12家省级重点实验室多出成果，推动3个新区产城融合，保障25万户燃气设施安全运行，"
          "推动27条特色产业链做大做强。支持300家中小企业开展数字化改造，推动45户停产企业恢复生产，"
          "推进14家省级以上“两业”融合试点建设。");
  BOOST_CHECK(!has_value(v, 12));
  BOOST_CHECK(!has_value(v, 3));
  BOOST_CHECK(!has_value(v, 2.5e5));
  BOOST_CHECK(!has_value(v, 27));
  BOOST_CHECK(has_value(v, 300));
  BOOST_CHECK(has_value(v, 45));
  BOOST_CHECK(has_value(v, 14));
}

BOOST_AUTO_TEST_CASE(names_and_sizes_are_no_quantities) {
  // A voltage class, a place name with 万, a multiple or a radius before a
  // noun, the parts of a thing just named (及其): names and sizes.
  auto v =
      run("建成500kV变电站扩建工程，推进万载至上栗公路建设，实施3倍储备库扩容行动，"
          "建成2公里便民服务圈，治理西湖及其18条支流。");
  BOOST_CHECK(!has_value(v, 500));
  BOOST_CHECK(!has_value(v, 1e4));
  BOOST_CHECK(!has_value(v, 3));
  BOOST_CHECK(!has_value(v, 2));
  BOOST_CHECK(!has_value(v, 18));
  // 翻番 and a multiple before a bound stay targets.
  v = run("规上工业总产值增长2倍以上。");
  BOOST_CHECK(has_value(v, 2));
}

BOOST_AUTO_TEST_CASE(money_thresholds_before_a_count_name_its_class) {
  // 其中超50亿元12个: the noun left out, the amount names the class of the
  // count that follows it.
  auto v = run("新签约超10亿元项目60个以上，其中超50亿元12个、超100亿元5个。");
  BOOST_CHECK(!has_value(v, 5e9));
  BOOST_CHECK(!has_value(v, 1e10));
  REQUIRE_STATEMENT(a, v, "超50亿元", 12.0);
  BOOST_CHECK(a->measure == Measure::increment);
  BOOST_CHECK(has_value(v, 5));
}

BOOST_AUTO_TEST_CASE(batches_markers_and_press_verbs_frame_the_indicator) {
  auto v =
      run("遴选第二批25个村庄开展试点。（3）新开工城镇老旧小区改造8600户。"
          "力促户均经营性收入达到20万元。市县两级新上线800项政务服务事项。");
  REQUIRE_STATEMENT(a, v, "村庄", 25.0);
  REQUIRE_STATEMENT(b, v, "城镇老旧小区", 8600.0);
  BOOST_CHECK(b->indicator.find("（") == std::string::npos);
  REQUIRE_STATEMENT(c, v, "户均经营性收入", 2e5);
  BOOST_CHECK(c->indicator.find("力促") == std::string::npos);
  REQUIRE_STATEMENT(d, v, "政务服务事项", 800.0);
}

BOOST_AUTO_TEST_CASE(the_head_says_the_measure_when_no_verb_does) {
  // A task list (no verb) or 完成: areas, outputs and throughputs are levels,
  // investment and funds amounts of work; a percentage is never added.
  auto v =
      run("确保粮食播种面积150万亩以上，港口货物吞吐量800万吨，完成规上企业产值90亿元，"
          "年度投资320亿元，争取上级资金45亿元，治理面积30平方公里，新增政策主动推送率90%以上。");
  REQUIRE_STATEMENT(a, v, "粮食播种面积", 1.5e6);
  BOOST_CHECK(a->measure == Measure::level);
  REQUIRE_STATEMENT(b, v, "港口货物吞吐量", 8e6);
  BOOST_CHECK(b->measure == Measure::level);
  REQUIRE_STATEMENT(c, v, "规上企业产值", 9e9);
  BOOST_CHECK(c->measure == Measure::level);
  REQUIRE_STATEMENT(d, v, "年度投资", 3.2e10);
  BOOST_CHECK(d->measure == Measure::increment);
  REQUIRE_STATEMENT(e, v, "上级资金", 4.5e9);
  BOOST_CHECK(e->measure == Measure::increment);
  REQUIRE_STATEMENT(f, v, "治理面积", 30.0);
  BOOST_CHECK(f->measure == Measure::increment);
  REQUIRE_STATEMENT(g, v, "政策主动推送率", 90.0);
  BOOST_CHECK(g->measure == Measure::level);
}

BOOST_AUTO_TEST_CASE(registered_stocks_and_levels_grown_to) {
  // 入库 counts a registry (a level), 新增入库 adds to it; 发展到 reaches a
  // level; 比增 adds an amount; 完成产值 is an output, a level.
  auto v =
      run("入库科技型中小企业1800家以上，新增入库规上工业企业40户，专精特新企业发展到120家，"
          "固定资产投资比增80亿元，装备制造产业集群完成产值300亿元。");
  REQUIRE_STATEMENT(a, v, "科技型中小企业", 1800.0);
  BOOST_CHECK(a->measure == Measure::level);
  REQUIRE_STATEMENT(b, v, "规上工业企业", 40.0);
  BOOST_CHECK(b->measure == Measure::increment);
  REQUIRE_STATEMENT(c, v, "专精特新企业", 120.0);
  BOOST_CHECK(c->measure == Measure::level);
  REQUIRE_STATEMENT(d, v, "固定资产投资", 8e9);
  BOOST_CHECK(d->measure == Measure::increment);
  BOOST_CHECK(has_value(v, 3e10));
  for (const Statement& s : v)
    if (s.value && *s.value == 3e10) BOOST_CHECK(s.measure == Measure::level);
}

BOOST_AUTO_TEST_CASE(a_range_per_place_counts_the_noun_after_it) {
  // 引导各县（区）培育1—2个: each place a quota, the noun after the range
  // is what is counted, not the verb phrase before it.
  auto v = run("引导各县（区）因地制宜选择1—2个首位产业。");
  REQUIRE_STATEMENT(a, v, "首位产业", 1.0);
}

BOOST_AUTO_TEST_CASE(a_counter_binds_the_noun_right_after_it) {
  // 完成钢铁行业120台燃煤锅炉淘汰: the boilers are counted, not the sector
  // before them; a slogan of up to ~20 characters in quotes holds no target.
  auto v =
      run("全面完成钢铁行业120台燃煤锅炉淘汰。"
          "我们正处在实现“聚焦高质量、冲刺五千亿、建成新中心”的关键期。");
  REQUIRE_STATEMENT(a, v, "燃煤锅炉淘汰", 120.0);
  BOOST_CHECK(!has_value(v, 5e11));
}
