#define BOOST_TEST_MODULE targets_stance
#include <boost/test/unit_test.hpp>

// stance_of: the report part (ReportParts, tests/report_parts_test.cc) and
// the sentence's own cues (lib/targets/stance.cc).

#include <string>

#include "targets/stance.h"

using namespace mubiao;
using namespace mubiao::targets;

BOOST_AUTO_TEST_CASE(sentence_cues_override_weakly_or_strongly) {
  const Cues& c = Cues::builtin();
  BOOST_CHECK(stance_of(ReportPart::plan, "比上年增加1000亿元", c) == Stance::target);
  BOOST_CHECK(stance_of(ReportPart::unknown, "比上年增加1000亿元", c) == Stance::achievement);
  BOOST_CHECK(stance_of(ReportPart::plan, "去年粮食产量1.39万亿斤", c) == Stance::achievement);
  BOOST_CHECK(stance_of(ReportPart::plan, "赤字率拟按2.8%安排，比去年提高0.2个百分点", c) ==
              Stance::target);
  BOOST_CHECK(stance_of(ReportPart::review, "力争增长5%", c) == Stance::achievement);
  BOOST_CHECK(stance_of(ReportPart::unknown, "力争增长5%", c) == Stance::target);
}
