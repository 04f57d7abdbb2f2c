#define BOOST_TEST_MODULE recognizers_text
#include <boost/test/unit_test.hpp>

// Microsoft Recognizers-Text Chinese number specs, scored at value level: a
// case passes when every expected result is matched by a mention that
// overlaps its span and has the same value (ranges: the same bounds). Cases
// the reference .NET implementation itself fails (NotSupported: dotnet) are
// left out. Deliberate divergences, counted as failures here:
// - 个百分点 is kind "points" here, "percentage" there; values agree, so
//   these pass at value level.
// - A lone Chinese digit inside Han text (这不是五这是…) is not a number in
//   report text (一体化, 统一); Recognizers-Text reads it.
// - Pairs count pairs (三双 = 3), as here; 打 (a dozen) multiplies. Duckling
//   counts items (五雙 = 10); see duckling_test.cc for the measured conflict.
// Not implemented: circumfix comparisons (比三十大, 比 170 低), spaced
// comparison words (小于 或 等于), 半 (半成, 半百), 对折, powers (2^5),
// spaced digit strings (九 九 折), ordinal ranges (第十和第十五之间).

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "json_mini.h"
#include "mubiao/numbers.h"
#include "test_support.h"

namespace {

using mubiao::Mention;
using mubiao::test::json::Value;

struct Bounds {
  double lo = -INFINITY, hi = INFINITY;
};

// Byte offset of each code point index (and one past the end).
std::vector<std::size_t> char_offsets(const std::string& s) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < s.size(); ++i)
    if ((static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) out.push_back(i);
  out.push_back(s.size());
  return out;
}

bool same(double a, double b) {
  if (std::isinf(a) || std::isinf(b)) return a == b;
  return std::fabs(a - b) <= 1e-9 * std::max(1.0, std::fabs(b));
}

// "[20,100)", "(500,)", "[1535,1535]" -> bounds.
bool parse_interval(std::string v, Bounds& b) {
  if (v.size() < 3 || (v[0] != '[' && v[0] != '(')) return false;
  std::size_t comma = v.find(',');
  if (comma == std::string::npos) return false;
  std::string lo = v.substr(1, comma - 1), hi = v.substr(comma + 1, v.size() - comma - 2);
  b.lo = lo.empty() ? -INFINITY : std::strtod(lo.c_str(), nullptr);
  b.hi = hi.empty() ? INFINITY : std::strtod(hi.c_str(), nullptr);
  return true;
}

Bounds bounds_of(const Mention& m) {
  Bounds b;
  switch (m.qualifier) {
    case mubiao::Qualifier::over:
    case mubiao::Qualifier::at_least: b.lo = m.value; break;
    case mubiao::Qualifier::at_most:
    case mubiao::Qualifier::nearly: b.hi = m.value; break;
    default: b.lo = m.value; b.hi = m.upper ? *m.upper : m.value;
  }
  return b;
}

struct Tally {
  int cases = 0, skipped = 0, passed = 0, exact_nothing = 0;
};

Tally run_file(const mubiao::NumberRecognizer& rec, const std::string& name, bool range_model,
               bool verbose) {
  Tally t;
  auto path = mubiao::test::shared_dir() / "anchors/recognizers-text/Specs/Number/Chinese" / name;
  Value doc = mubiao::test::json::parse(mubiao::test::read_file(path));
  for (const Value& c : doc.items) {
    if (c.str("NotSupported").find("dotnet") != std::string::npos) {
      ++t.skipped;
      continue;
    }
    ++t.cases;
    const std::string input = c.str("Input");
    std::vector<Mention> found;
    try {
      found = rec.find(input);
    } catch (const std::exception&) {
    }
    const Value* results = c.get("Results");
    std::vector<std::size_t> off = char_offsets(input);
    bool ok = true;
    for (const Value& r : results ? results->items : std::vector<Value>{}) {
      std::size_t s = std::strtoul(r.str("Start").c_str(), nullptr, 10);
      std::size_t e = std::strtoul(r.str("End").c_str(), nullptr, 10) + 1;
      if (e >= off.size()) e = off.size() - 1;
      if (s > e) s = e;
      mubiao::Span span{off[s], off[e]};
      const Value* res = r.get("Resolution");
      std::string v = res ? res->str("value") : std::string();
      bool ignore = c.get("IgnoreResolution") != nullptr;
      bool matched = false;
      for (const Mention& m : found) {
        if (m.span.end <= span.start || span.end <= m.span.start) continue;
        if (ignore) {
          matched = true;
          break;
        }
        if (range_model) {
          Bounds want, got = bounds_of(m);
          if (parse_interval(v, want) && same(want.lo, got.lo) && same(want.hi, got.hi))
            matched = true;
        } else {
          std::string num = v;
          if (!num.empty() && num.back() == '%') num.pop_back();
          if (!num.empty() && same(m.value, std::strtod(num.c_str(), nullptr))) matched = true;
        }
        if (matched) break;
      }
      if (!matched) ok = false;
    }
    if (ok) ++t.passed;
    if ((!results || results->items.empty()) && found.empty()) ++t.exact_nothing;
    if (!ok && verbose) {
      std::printf("  FAIL %s:", input.c_str());
      for (const Mention& m : found)
        std::printf(" [%s=%s]", std::string(m.span.of(input)).c_str(), m.exact.c_str());
      std::printf("\n");
    }
  }
  return t;
}

}  // namespace

BOOST_AUTO_TEST_CASE(pass_rates_stay_above_floors) {
  mubiao::test::require_shared("anchors/recognizers-text/Specs/Number/Chinese/NumberModel.json");
  const bool verbose = std::getenv("MUBIAO_VERBOSE") != nullptr;
  struct File {
    const char* name;
    bool range;
    double floor;  // committed minimum pass rate
  };
  const File files[] = {
      {"NumberModel.json", false, 0.92},
      {"PercentModel.json", false, 0.94},
      {"OrdinalModel.json", false, 1.0},
      {"NumberRangeModel.json", true, 0.85},
  };
  mubiao::NumberRecognizer rec;
  int all_cases = 0, all_passed = 0;
  std::printf("%-24s %6s %6s %6s %7s\n", "file", "cases", "skip", "pass", "rate");
  for (const File& f : files) {
    Tally t = run_file(rec, f.name, f.range, verbose);
    double rate = t.cases ? double(t.passed) / t.cases : 1.0;
    std::printf("%-24s %6d %6d %6d %6.1f%%\n", f.name, t.cases, t.skipped, t.passed, 100 * rate);
    BOOST_TEST(rate >= f.floor, f.name << " pass rate " << rate << " below floor " << f.floor);
    all_cases += t.cases;
    all_passed += t.passed;
  }
  double total = all_cases ? double(all_passed) / all_cases : 1.0;
  std::printf("%-24s %6d %6s %6d %6.1f%%\n", "total", all_cases, "", all_passed, 100 * total);
  BOOST_TEST(total >= 0.90);
}
