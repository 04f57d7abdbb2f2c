#define BOOST_TEST_MODULE wetext
#include <boost/test/unit_test.hpp>

// WeTextProcessing's Chinese inverse text normalization cases (spoken =>
// written), run through normalize(): a case passes when the rewrite equals
// the written form. This library rewrites numbers only; it does not drop
// fillers (呃, 啊), spell out dates as 2001/03/04, or read phone numbers
// digit by digit with 幺, so those cases fail by design and the floors are
// set on what it does claim. The text-normalization files (written =>
// spoken) are run in reverse.

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <sstream>
#include <string>

#include "conformance/conformance_table.h"
#include "mubiao/numbers.h"
#include "test_support.h"

namespace {
std::string trim(std::string s) {
  while (!s.empty() && (s.back() == ' ' || s.back() == '\r' || s.back() == '\n')) s.pop_back();
  std::size_t i = 0;
  while (i < s.size() && s[i] == ' ') ++i;
  return s.substr(i);
}
}  // namespace

BOOST_AUTO_TEST_CASE(itn_and_tn_cases) {
  namespace fs = std::filesystem;
  mubiao::test::require_shared("anchors/wetextprocessing/itn/chinese/test/data/number.txt");
  const bool verbose = std::getenv("MUBIAO_VERBOSE") != nullptr;
  mubiao::NumberRecognizer rec;
  mubiao::test::PassTable table;
  const char* itn[] = {"number", "cardinal", "fraction", "measure",
                       "money",  "math",     "date",     "time"};
  const char* tn[] = {"number", "cardinal", "fraction", "measure", "money", "math"};
  auto run = [&](const fs::path& file, const std::string& group, bool reverse) {
    std::stringstream in(mubiao::test::read_file(file));
    std::string line;
    while (std::getline(in, line)) {
      std::size_t arrow = line.find("=>");
      if (arrow == std::string::npos) continue;
      std::string a = trim(line.substr(0, arrow)), b = trim(line.substr(arrow + 2));
      if (reverse) std::swap(a, b);
      std::string out;
      try {
        out = mubiao::normalize(rec, a).text;
      } catch (const std::exception&) {
      }
      bool ok = out == b;
      table.add(group, ok);
      if (!ok && verbose)
        std::printf("  FAIL %s: %s -> %s (want %s)\n", group.c_str(), a.c_str(), out.c_str(),
                    b.c_str());
    }
  };
  auto base = mubiao::test::shared_dir() / "anchors/wetextprocessing";
  for (const char* f : itn)
    run(base / "itn/chinese/test/data" / (std::string(f) + ".txt"), std::string("itn/") + f, false);
  for (const char* f : tn)
    run(base / "tn/chinese/test/data" / (std::string(f) + ".txt"), std::string("tn-reversed/") + f,
        true);
  table.print("WeTextProcessing");
  BOOST_TEST(table.rate("itn/number") >= 0.90);
  BOOST_TEST(table.rate("tn-reversed/number") >= 0.95);
  BOOST_TEST(table.rate("itn/fraction") >= 1.0);
}
