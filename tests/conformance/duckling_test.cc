#define BOOST_TEST_MODULE duckling
#include <boost/test/unit_test.hpp>

// Duckling's Chinese numeral corpus: each text must resolve, as a whole, to
// exactly one number with the given value. Handled here as general forms:
// Cantonese fractions without 之 (二份一, 十份十一; X分Y only after 又:
// 一又十分一) and halves (1半, 一半半). Divergences, counted as failures
// (5 of 124):
// - pairs (一對 = 2, 五雙 = 10 there): a pair counts one here, as in
//   Recognizers-Text (三双 = 3, span on 三 only), which is also what a
//   report's "结对帮扶120对" counts. The suites conflict case for case:
//   measured with 对/双/對/雙 as a times2 measure word, Duckling would gain
//   these 4 (119 -> 123 of 124) while Recognizers-Text NumberModel.json would
//   lose 14 (92.3% -> 88.5%, below its floor) and its total would drop to
//   89.8% (below 90%).
// - '- 1,200,000': a '-' standing apart from its number is a list bullet at
//   a line start ("- 1,200,000 元" in markdown) and a dash elsewhere, so only
//   a sign written against its number (-1,200,000) or a spaced 负 is negative.

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
  std::stringstream in(
      mubiao::test::read_file(mubiao::test::shared_dir() / "anchors/duckling-zh-numeral.tsv"));
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
      for (const auto& m : ms)
        std::printf(" [%s=%s]", std::string(m.span.of(text)).c_str(), m.exact.c_str());
      std::printf("\n");
    }
  }
  table.print("Duckling ZH numerals");
  BOOST_TEST(table.rate("Numeral/ZH") >= 0.95);  // 119/124 committed
}
