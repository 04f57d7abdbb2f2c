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

#define REQUIRE_STATEMENT(name, v, indicator, value) \
  const Statement* name = find(v, indicator, value); \
  BOOST_REQUIRE_MESSAGE(name != nullptr, "no statement " << indicator)

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
