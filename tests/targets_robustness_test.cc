#define BOOST_TEST_MODULE targets_robustness
#include <boost/test/unit_test.hpp>

// Bad and extreme input for target extraction: errors or empty results,
// never a crash, a hang or quadratic time.

#include <string>

#include "mubiao/pipeline.h"

using namespace mubiao;

BOOST_AUTO_TEST_CASE(empty_and_blank_input) {
  Pipeline p;
  BOOST_CHECK(p.targets("").empty());
  BOOST_CHECK(p.targets("\n\n   \n").empty());
  BOOST_CHECK(p.targets("，。、；：！").empty());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_an_error) {
  Pipeline p;
  BOOST_CHECK_THROW(p.targets(std::string("增长\xff" "5%")), InvalidUtf8);
}

BOOST_AUTO_TEST_CASE(nul_bytes_and_garbage) {
  Pipeline p;
  static const char raw[] = "地区生产总值增长7%\0\0\0，％％％%%%——－－12345678901234567890123456789亿亿亿";
  std::string text(raw, sizeof raw - 1);
  BOOST_CHECK_NO_THROW(p.targets(text));
  std::string noise;
  for (int i = 0; i < 2000; ++i) noise += static_cast<char>(0x20 + (i * 37) % 90);
  BOOST_CHECK_NO_THROW(p.targets(noise));
}

BOOST_AUTO_TEST_CASE(a_huge_line_is_read_in_linear_time) {
  Pipeline p;
  const std::string unit = "全市地区生产总值增长7%、力争实现7.5%，新建5个院士工作站，高于全国平均水平，";
  // 40000 units (4.6 MB on one line): a quadratic path would run far past
  // the ctest TIMEOUT; linear time is guarded that way, not by timing.
  std::string text;
  for (int i = 0; i < 40000; ++i) text += unit;
  BOOST_CHECK_GE(p.targets(text).size(), static_cast<std::size_t>(40000));
}

#include <random>
#include <vector>

// Random soups of cue words, numbers and punctuation: every record stays
// inside the text and names an indicator.
BOOST_AUTO_TEST_CASE(random_soups_keep_the_invariants) {
  Pipeline p;
  const std::vector<std::string> pieces = {
      "增长", "7%", "、", "，", "。", "；", "：", "力争", "确保", "分别", "均", "和", "以上", "左右",
      "以内", "控制在", "达到", "突破", "向", "迈进", "万亿元", "3000家", "6%－6.5%", "4.5%—5%",
      "地区生产总值", "城镇", "农村居民人均可支配收入", "高于", "全国平均水平", "与", "同步",
      "\n", "## 二、今后五年工作目标任务\n", "一、2021年工作回顾\n", "“", "”", "（", "）", "由",
      "提升至", "100%", "二十大", "1号线", "5G", "3岁以下", "的", "新建", "5个", "院士工作站",
      "年内", "到2025年", "“十五五”时期", "比上年", "去年", " ", "12", "×", "."};
  std::mt19937 rng(20261126);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 80);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    std::vector<Statement> v;
    BOOST_REQUIRE_NO_THROW(v = p.targets(text));
    for (const Statement& s : v) {
      BOOST_REQUIRE_LE(s.span.end, text.size());
      BOOST_CHECK_LE(s.span.start, s.span.end);
      BOOST_CHECK(!s.indicator.empty());
      BOOST_CHECK(!s.rule.empty());
      BOOST_CHECK(s.value.has_value() || !s.reference.empty());
      if (s.value) BOOST_CHECK_LE(s.value_span.end, text.size());
    }
  }
}

#include <thread>

// One Pipeline shared by several threads gives each the same records.
BOOST_AUTO_TEST_CASE(one_pipeline_many_threads) {
  const Pipeline p;
  const std::string text =
      "二、2022年工作安排\n今年地区生产总值增长7%、力争实现7.5%，城镇和农村居民人均可支配收入分别增长"
      "7.5%、8%，居民收入增长与经济增长基本同步。\n";
  const std::size_t expected = p.targets(text).size();
  BOOST_REQUIRE_EQUAL(expected, 5u);
  std::vector<std::size_t> got(4);
  std::vector<std::thread> threads;
  for (std::size_t t = 0; t < got.size(); ++t)
    threads.emplace_back([&, t] {
      for (int i = 0; i < 200; ++i) got[t] += p.targets(text).size();
    });
  for (auto& th : threads) th.join();
  for (std::size_t n : got) BOOST_CHECK_EQUAL(n, 200 * expected);
}
