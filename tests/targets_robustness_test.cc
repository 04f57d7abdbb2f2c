#define BOOST_TEST_MODULE targets_robustness
#include <boost/test/unit_test.hpp>

// Bad and extreme input for target extraction: errors or empty results,
// never a crash, a hang or quadratic time.

#include <chrono>
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
  auto timed = [&](int n) {
    std::string text;
    for (int i = 0; i < n; ++i) text += unit;
    auto t0 = std::chrono::steady_clock::now();
    auto v = p.targets(text);
    auto dt = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    BOOST_CHECK_GE(v.size(), static_cast<std::size_t>(n));
    return dt;
  };
  const double small = timed(2000), big = timed(8000);
  BOOST_TEST_MESSAGE("2000 units " << small << " s, 8000 units " << big << " s");
  BOOST_CHECK_LT(big, 10 * small + 0.5);  // 4x the input, far from 16x
}
