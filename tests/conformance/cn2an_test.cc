#define BOOST_TEST_MODULE cn2an
#include <boost/test/unit_test.hpp>

// cn2an's cases. Value modes (strict, normal, smart, direct): the whole
// input must be one number with the expected value. Error modes: the input
// must not be read as one whole number; cn2an's strict rejections that are
// plausible report text are accepted here (this library is lenient by design:
// 一百十 or 2千 in a report is a number). Transform cases: normalize() of the
// sentence must equal cn2an's Arabic rewrite.

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

#include "conformance/conformance_table.h"
#include "mubiao/numbers.h"
#include "test_support.h"

namespace {
std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::size_t s = 0;
  while (true) {
    std::size_t t = line.find('\t', s);
    out.push_back(line.substr(s, t == std::string::npos ? std::string::npos : t - s));
    if (t == std::string::npos) break;
    s = t + 1;
  }
  return out;
}
}  // namespace

BOOST_AUTO_TEST_CASE(cn2an_cases) {
  mubiao::test::require_shared("anchors/cn2an/cn2an-cn2an-cases.tsv");
  const bool verbose = std::getenv("MUBIAO_VERBOSE") != nullptr;
  mubiao::NumberRecognizer rec;
  mubiao::test::PassTable table, cases;
  std::stringstream in(
      mubiao::test::read_file(mubiao::test::shared_dir() / "anchors/cn2an/cn2an-cn2an-cases.tsv"));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("mode\t", 0) == 0) continue;
    auto c = split(line);
    if (c.size() < 3) continue;
    const std::string& mode = c[0];
    const std::string& text = c[1];
    auto ms = rec.find(text);
    bool whole = ms.size() == 1 && ms[0].span.start == 0 && ms[0].span.end == text.size();
    bool ok;
    if (mode.find("_error") != std::string::npos) {
      ok = !whole;
    } else {
      double want = std::strtod(c[2].c_str(), nullptr);
      ok = whole && std::fabs(ms[0].value - want) <= 1e-9 * std::max(1.0, std::fabs(want));
    }
    table.add("cn2an/" + mode, ok);
    cases.add("cases", ok);
    if (!ok && verbose) {
      std::printf("  FAIL %s %s (%s):", mode.c_str(), text.c_str(), c[2].c_str());
      for (const auto& m : ms)
        std::printf(" [%s=%s]", std::string(m.span.of(text)).c_str(), m.exact.c_str());
      std::printf("\n");
    }
  }
  std::stringstream tr(mubiao::test::read_file(mubiao::test::shared_dir() /
                                               "anchors/cn2an/cn2an-transform-cases.tsv"));
  while (std::getline(tr, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("set\t", 0) == 0) continue;
    auto c = split(line);
    if (c.size() < 4 || c[1] != "cn2an") continue;
    std::string out = mubiao::normalize(rec, c[2]).text;
    bool ok = out == c[3];
    table.add("transform/" + c[0], ok);
    if (!ok && verbose)
      std::printf("  FAIL transform %s -> %s (want %s)\n", c[2].c_str(), out.c_str(), c[3].c_str());
  }
  table.print("cn2an");
  // Committed floor on the value and error cases (transform cases are
  // reported; their rewrites of dates and ratios differ by design).
  std::printf("value and error cases: %.1f%%\n", 100 * cases.rate("cases"));
  BOOST_TEST(cases.rate("cases") >= 0.95);
}
