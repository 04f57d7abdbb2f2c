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
