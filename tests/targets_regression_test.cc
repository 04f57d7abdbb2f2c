#define BOOST_TEST_MODULE targets_regression
#include <boost/test/unit_test.hpp>

// One test per finding of tests/fuzz/targets_fuzzer and capi_fuzzer; the
// minimized input itself is kept in tests/fuzz/corpus/<target>/crash-<what>
// and replayed by ctest. These tests say what the right answer is.

#include <string>
#include <vector>

#include "mubiao/pipeline.h"

using mubiao::Statement;

namespace {

const mubiao::Pipeline kPipeline;

}  // namespace

// crash-number-opening-with-point: in "\x01,.7我们" the number .7 opens its
// clause, and trimming the clause's punctuation cut the point off the
// evidence, leaving the value span [2, 4) outside the evidence [3, 10). The
// evidence always holds the number it was read from.
BOOST_AUTO_TEST_CASE(evidence_holds_a_number_opening_with_a_point) {
  for (const std::string& text : {std::string("\x01,.7我们"), std::string("完成，.5个项目")}) {
    std::vector<Statement> ss = kPipeline.targets(text);
    for (const Statement& s : ss) {
      BOOST_TEST(s.span.contains(s.value_span), text);
      BOOST_TEST(s.span.end <= text.size());
    }
  }
  std::vector<Statement> ss = kPipeline.targets(std::string("\x01,.7我们"));
  BOOST_REQUIRE_EQUAL(ss.size(), 1u);
  BOOST_TEST(ss[0].value_span.start == 2u);
  BOOST_TEST(ss[0].span.start == 2u);
  BOOST_TEST(*ss[0].value == 0.7);
}

namespace {

// "城镇和…农村居民收入分别增长7.5%、…": n conjuncts, n values.
std::string long_enumeration(std::size_t n) {
  std::string text;
  for (std::size_t i = 0; i < n; ++i) text += "城镇和";
  text += "农村居民收入分别增长";
  for (std::size_t i = 0; i < n; ++i) text += "7.5%、";
  return text + "。";
}

}  // namespace

// Found by timing the long-input fuzz session's shapes: a "respectively"
// enumeration with as many values as conjuncts re-read the whole clause
// before each value (its horizon and modality), quadratic time: 16000 values
// took 24 s. No timing here (performance lives in bench/): at 128000 values
// the quadratic version would need about 25 minutes, far past this test's
// ctest TIMEOUT (tests/CMakeLists.txt), while the linear one needs well
// under a second.
BOOST_AUTO_TEST_CASE(long_respectively_enumeration_is_linear) {
  BOOST_TEST(kPipeline.targets(long_enumeration(128000)).size() == 128000u);
}

// The modality read value by value is still the last cue before each value:
// 力争 between the values holds from there on, not before.
BOOST_AUTO_TEST_CASE(respectively_modality_follows_cues_between_values) {
  std::vector<Statement> ss =
      kPipeline.targets(std::string("城镇和农村居民人均可支配收入分别增长7%、力争8%。"));
  BOOST_REQUIRE_EQUAL(ss.size(), 2u);
  BOOST_TEST((ss[0].modality == mubiao::Modality::plain));
  BOOST_TEST((ss[1].modality == mubiao::Modality::strive));
  ss = kPipeline.targets(std::string("确保城镇和农村居民人均可支配收入分别增长7%、8%。"));
  BOOST_REQUIRE_EQUAL(ss.size(), 2u);
  BOOST_TEST((ss[0].modality == mubiao::Modality::firm));
  BOOST_TEST((ss[1].modality == mubiao::Modality::firm));
}

// Found by the same timing: before a number, the indicator is looked for
// after the last cut word (力争, 实现, a date), and again before it when
// nothing is left after it; a run of dates (到2025年到2025年…增长7%) made
// that one full scan per date, quadratic time. The look-back now passes
// over a bounded number of cuts.
BOOST_AUTO_TEST_CASE(long_run_of_cut_words_is_linear) {
  // 8000 dates took 21 s when quadratic; 64000 would take about 22 minutes,
  // past the ctest TIMEOUT (see the test above).
  std::string text;
  for (std::size_t i = 0; i < 64000; ++i) text += "到2025年";
  text += "增长7%。";
  BOOST_TEST(kPipeline.targets(text).size() <= 1u);
  // A few cuts in a row still reach the indicator before them.
  std::vector<Statement> ss =
      kPipeline.targets(std::string("地区生产总值力争到2025年实现增长7%。"));
  BOOST_REQUIRE_EQUAL(ss.size(), 1u);
  BOOST_TEST(ss[0].indicator == "地区生产总值");
}
