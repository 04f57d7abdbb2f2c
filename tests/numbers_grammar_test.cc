#define BOOST_TEST_MODULE numbers_grammar
#include <boost/test/unit_test.hpp>

// scan_numeral alone: the value of one numeral and where it ends.

#include <string>

#include "numbers/grammar.h"
#include "numbers/tables.h"

namespace {
using mubiao::numbers::Numeral;
Numeral scan(const std::string& s) {
  return mubiao::numbers::scan_numeral(s, 0, s.size(), mubiao::numbers::Tables::get().units);
}
std::string value(const std::string& s) {
  Numeral n = scan(s);
  return n.ok ? n.value.str() : "fail";
}
}  // namespace

BOOST_AUTO_TEST_CASE(chinese_values) {
  BOOST_TEST(value("一百零一") == "101");
  BOOST_TEST(value("一千零十一") == "1011");
  BOOST_TEST(value("一亿五千万零六千三百五十五") == "150006355");
  BOOST_TEST(value("拾亿零六万零五百零六") == "1000060506");
  BOOST_TEST(value("七十八萬五佰零六") == "780506");
  BOOST_TEST(value("一百二十万三") == "1203000");
  BOOST_TEST(value("百三") == "130");
  BOOST_TEST(value("千一") == "1100");
  BOOST_TEST(value("两千三点一") == "2300.1");
  BOOST_TEST(value("十点二三三") == "10.233");
  BOOST_TEST(value("一七二零点一三四") == "1720.134");
  BOOST_TEST(value("零十") == "10");
  BOOST_TEST(value("10万万") == "1000000000");
  BOOST_TEST(value("四十五亿零四百零四万") == "4504040000");
}

BOOST_AUTO_TEST_CASE(arabic_and_mixed) {
  BOOST_TEST(value("1,100万") == "11000000");
  BOOST_TEST(value("100万三千") == "1003000");
  BOOST_TEST(value("200亿零四千230") == "20000004230");
  BOOST_TEST(value("1百01") == "101");
  BOOST_TEST(value("12.32e+14") == "1232000000000000");
  BOOST_TEST(value("１１１，１１１") == "111111");
  BOOST_TEST(value("1，234") == "1");  // an ASCII number and a clause comma
}

BOOST_AUTO_TEST_CASE(ends_and_failures) {
  Numeral n = scan("五十千");
  BOOST_TEST(n.ok);
  BOOST_TEST(n.value.str() == "50");
  BOOST_TEST(n.end == std::string("五十").size());
  Numeral mag = scan("万万万");  // never one number (万万 at most)
  BOOST_TEST((!mag.ok || mag.end < std::string("万万万").size()));
  BOOST_TEST(value("十五六") == "15");  // a vague pair: lower end
  BOOST_TEST(scan("十五六").upper->str() == "16");
  Numeral kw = scan("100万千瓦");
  BOOST_TEST(kw.value.str() == "1000000");  // 千瓦 is a unit, not 千
  Numeral bare = scan("25万千升");          // 千 with no digit after 万 is no next place
  BOOST_TEST(bare.value.str() == "250000");
  BOOST_TEST(bare.end == std::string("25万").size());
  BOOST_TEST(value("一万一千") == "11000");
  Numeral empty = scan("abc");
  BOOST_TEST(empty.end == 0u);
}
