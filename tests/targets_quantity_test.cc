#define BOOST_TEST_MODULE targets_quantity
#include <boost/test/unit_test.hpp>

// Which numbers are quantities (lib/targets/quantity.cc), on the real
// number recognizer's mentions.

#include <string>

#include "mubiao/numbers.h"
#include "targets/quantity.h"

using namespace mubiao;
using namespace mubiao::targets;

namespace {
// The use of the first mention whose text is number in sentence.
Use use(const std::string& sentence, const std::string& number) {
  static const NumberRecognizer rec;
  for (const Mention& m : rec.find(sentence))
    if (m.span.of(sentence).substr(0, number.size()) == number)
      return use_of(m, sentence, Span{0, sentence.size()}, Cues::builtin());
  BOOST_FAIL("no mention " << number << " in " << sentence);
  return Use::skip;
}
}  // namespace

BOOST_AUTO_TEST_CASE(quantities) {
  BOOST_CHECK(use("地区生产总值增长7%", "7") == Use::value);
  BOOST_CHECK(use("新建5G基站3000座以上", "3000") == Use::value);
  BOOST_CHECK(use("经济总量向万亿元迈进", "万亿") == Use::value);
}

BOOST_AUTO_TEST_CASE(names_codes_and_slogans) {
  BOOST_CHECK(use("累计建成3岁以下婴幼儿托育机构", "3") == Use::skip);
  BOOST_CHECK(use("推进城南2×100万千瓦煤电", "2") == Use::skip);
  BOOST_CHECK(use("打造3小时高铁交通圈", "3") == Use::skip);
  BOOST_CHECK(use("对6家水泥熟料生产企业实施错峰生产", "6") == Use::skip);
}

BOOST_AUTO_TEST_CASE(starting_points) {
  BOOST_CHECK(use("比例由75%提升至100%", "75") == Use::start_point);
  BOOST_CHECK(use("比例由75%提升至100%", "100") == Use::value);
}
