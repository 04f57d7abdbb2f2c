// The research dataset on the shared reports (../shared, skipped when
// absent): codes of the headline records, report metadata, and the national
// GDP targets beside their outcomes.
#define BOOST_TEST_MODULE research_shared
#include <boost/test/unit_test.hpp>

#include <cstdio>

#include "mubiao/pipeline.h"
#include "mubiao/research.h"
#include "test_support.h"

namespace {

const mubiao::Pipeline& pipeline() {
  static const mubiao::Pipeline p;
  return p;
}

// Skips the whole program (ctest SKIP_RETURN_CODE 77) when ../shared is absent.
struct RequireShared {
  RequireShared() {
    mubiao::test::require_shared("corpus");
    mubiao::test::require_shared("seed");
  }
};
BOOST_TEST_GLOBAL_FIXTURE(RequireShared);

}  // namespace

// Must show: at least 95% of the headline records of the shared reports carry
// a code (the figure is printed for the README).
BOOST_AUTO_TEST_CASE(shared_headline_records_carry_a_code) {
  const auto files = mubiao::test::shared_reports();
  BOOST_TEST_REQUIRE(files.size() >= 12u);
  std::size_t headline = 0, coded = 0, reports = 0;
  for (const auto& f : files) {
    const std::string text = mubiao::test::read_file(f);
    std::size_t here = 0;
    for (const auto& s : pipeline().targets(text)) {
      if (!s.headline) continue;
      ++here;
      if (!s.code.empty()) ++coded;
      else BOOST_TEST_MESSAGE("uncoded headline record: " << s.indicator << " in " << f.filename());
    }
    headline += here;
    reports += here > 0;
  }
  std::printf("headline records with a code: %zu/%zu in %zu of %zu reports\n", coded, headline,
              reports, files.size());
  BOOST_TEST(reports == files.size());  // every shared report has a headline passage
  BOOST_TEST(coded * 100 >= headline * 95);
}
