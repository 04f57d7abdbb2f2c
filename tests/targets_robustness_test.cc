#define BOOST_TEST_MODULE targets_robustness
#include <boost/test/unit_test.hpp>

// Bad and extreme input for target extraction: errors or empty results,
// never a crash, a hang or quadratic time.

#include <cmath>
#include <string>
#include <vector>

#include "mubiao/pipeline.h"

using namespace mubiao;

namespace {
// What every record promises, whatever the input: its evidence, value and
// indicator lie inside the text and on character boundaries, the value
// mention inside the evidence, the value finite, a rule named, and an
// indicator that was read from the text is those bytes with the layout
// removed (Document::plain_text).
void check_record(const std::string& text, const Statement& s) {
  auto boundary = [&](std::size_t i) {
    return i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
  };
  BOOST_TEST_REQUIRE(s.span.start <= s.span.end);
  BOOST_TEST_REQUIRE(s.span.end <= text.size());
  BOOST_TEST((boundary(s.span.start) && boundary(s.span.end)));
  BOOST_TEST(!s.indicator.empty());
  BOOST_TEST(!s.rule.empty());
  BOOST_TEST((s.value.has_value() || !s.reference.empty()));
  if (s.value) {
    BOOST_TEST(std::isfinite(*s.value));
    BOOST_TEST(!s.value_span.empty());
    BOOST_TEST((s.span.start <= s.value_span.start && s.value_span.end <= s.span.end));
  }
  if (s.upper) BOOST_TEST((s.value && *s.upper >= *s.value));
  if (!s.indicator_span.empty()) {
    BOOST_TEST_REQUIRE(s.indicator_span.end <= text.size());
    // Those bytes with the layout (line breaks, page numbers) removed.
    static const Segmenter segmenter;
    BOOST_TEST(segmenter.segment(text).plain_text(s.indicator_span) == s.indicator);
  }
  BOOST_TEST(s.indicator.find('\n') == std::string::npos);
  BOOST_TEST(s.indicator.find('\0') == std::string::npos);
}
}  // namespace

BOOST_AUTO_TEST_CASE(empty_and_blank_input) {
  Pipeline p;
  BOOST_CHECK(p.targets("").empty());
  BOOST_CHECK(p.targets("\n\n   \n").empty());
  BOOST_CHECK(p.targets("，。、；：！").empty());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_an_error) {
  Pipeline p;
  BOOST_CHECK_THROW(p.targets(std::string("增长\xff"
                                          "5%")),
                    InvalidUtf8);
}

BOOST_AUTO_TEST_CASE(nul_bytes_and_garbage) {
  Pipeline p;
  // NUL is an ordinary character: the statement before it is read as usual,
  // and the garbage after it yields no record naming a NUL.
  static const char raw[] =
      "地区生产总值增长7%\0\0\0，％％％%%%——－－12345678901234567890123456789亿亿亿";
  std::string text(raw, sizeof raw - 1);
  const std::vector<Statement> v = p.targets(text);
  BOOST_TEST_REQUIRE(!v.empty());
  BOOST_TEST(v[0].indicator == "地区生产总值");
  BOOST_TEST(std::string(measure_name(v[0].measure)) == "growth");
  BOOST_TEST_REQUIRE(v[0].value.has_value());
  BOOST_TEST(*v[0].value == 7.0);
  BOOST_TEST(v[0].unit == "%");
  for (const Statement& s : v) check_record(text, s);
  // Printable ASCII noise has no Chinese indicator or cue: no record at all.
  std::string noise;
  for (int i = 0; i < 2000; ++i) noise += static_cast<char>(0x20 + (i * 37) % 90);
  const std::vector<Statement> w = p.targets(noise);
  for (const Statement& s : w) check_record(noise, s);
  BOOST_TEST(w.empty());
}

BOOST_AUTO_TEST_CASE(a_huge_line_is_read_in_linear_time) {
  Pipeline p;
  const std::string unit =
      "全市地区生产总值增长7%、力争实现7.5%，新建5个院士工作站，高于全国平均水平，";
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
  const std::vector<std::string> pieces = {"增长",
                                           "7%",
                                           "、",
                                           "，",
                                           "。",
                                           "；",
                                           "：",
                                           "力争",
                                           "确保",
                                           "分别",
                                           "均",
                                           "和",
                                           "以上",
                                           "左右",
                                           "以内",
                                           "控制在",
                                           "达到",
                                           "突破",
                                           "向",
                                           "迈进",
                                           "万亿元",
                                           "3000家",
                                           "6%－6.5%",
                                           "4.5%—5%",
                                           "地区生产总值",
                                           "城镇",
                                           "农村居民人均可支配收入",
                                           "高于",
                                           "全国平均水平",
                                           "与",
                                           "同步",
                                           "\n",
                                           "## 二、今后五年工作目标任务\n",
                                           "一、2021年工作回顾\n",
                                           "“",
                                           "”",
                                           "（",
                                           "）",
                                           "由",
                                           "提升至",
                                           "100%",
                                           "二十大",
                                           "1号线",
                                           "5G",
                                           "3岁以下",
                                           "的",
                                           "新建",
                                           "5个",
                                           "院士工作站",
                                           "年内",
                                           "到2025年",
                                           "“十五五”时期",
                                           "比上年",
                                           "去年",
                                           " ",
                                           "12",
                                           "×",
                                           "."};
  std::mt19937 rng(20261126);
  for (int round = 0; round < 300; ++round) {
    std::string text;
    const int n = 1 + static_cast<int>(rng() % 80);
    for (int i = 0; i < n; ++i) text += pieces[rng() % pieces.size()];
    const std::vector<Statement> v = p.targets(text);
    for (const Statement& s : v) check_record(text, s);
    // A soup holding a cue, an indicator and a percentage yields a record.
    if (text.find("地区生产总值增长7%") != std::string::npos) BOOST_TEST(!v.empty(), text);
  }
}

#include <thread>

// One Pipeline shared by several threads gives each the same records.
BOOST_AUTO_TEST_CASE(one_pipeline_many_threads) {
  const Pipeline p;
  const std::string text =
      "二、2022年工作安排\n今年地区生产总值增长7%、力争实现7.5%"
      "，城镇和农村居民人均可支配收入分别增长"
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
