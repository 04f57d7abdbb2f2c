#define BOOST_TEST_MODULE duckling
#include <boost/test/unit_test.hpp>

// Duckling's Chinese numeral corpus: each text must resolve, as a whole, to
// exactly one number with the given value. Divergences (counted as failures):
// - pairs: 一對 is 2 there; here a pair counts one, as in Recognizers-Text
//   (三双 = 3), which is what a report's "5对" means;
// - Cantonese fractions (二份一, 十份十一, 一又十分一);
// - 半 beside a number (1半, 一半半);
// - '- 1,200,000': a bare '-' apart from its number is a dash in report text.

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>

#include "conformance/conformance_table.h"
#include "mubiao/numbers.h"
#include "test_support.h"

BOOST_AUTO_TEST_CASE(zh_numerals) {
  mubiao::test::require_shared("anchors/duckling-zh-numeral.tsv");
  std::stringstream in(mubiao::test::read_file(mubiao::test::shared_dir() / "anchors/duckling-zh-numeral.tsv"));
  const bool verbose = std::getenv("MUBIAO_VERBOSE") != nullptr;
  mubiao::NumberRecognizer rec;
  mubiao::test::PassTable table;
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("text\t", 0) == 0) continue;
    std::size_t tab = line.find('\t');
    if (tab == std::string::npos) continue;
    std::string text = line.substr(0, tab);
    double want = std::strtod(line.c_str() + tab + 1, nullptr);
    auto ms = rec.find(text);
    bool ok = ms.size() == 1 && ms[0].span.start == 0 && ms[0].span.end == text.size() &&
              std::fabs(ms[0].value - want) <= 1e-9 * std::max(1.0, std::fabs(want));
    table.add("Numeral/ZH", ok);
    if (!ok && verbose) {
      std::printf("  FAIL %s (%g):", text.c_str(), want);
      for (const auto& m : ms) std::printf(" [%s=%s]", std::string(m.span.of(text)).c_str(), m.exact.c_str());
      std::printf("\n");
    }
  }
  table.print("Duckling ZH numerals");
  BOOST_TEST(table.rate("Numeral/ZH") >= 0.91);
}
