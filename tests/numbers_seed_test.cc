#define BOOST_TEST_MODULE numbers_seed
#include <boost/test/unit_test.hpp>

// The recognizer against our own annotation of the seed report
// (tests/data/numbers/taiyuan-2022-work-report.tsv): every numeric
// expression with span, kind, value, unit and qualifier. Prints span-level
// and full-record precision/recall and fails below the committed floors.

#include <cstdio>
#include <set>
#include <sstream>
#include <string>
#include <tuple>
#include <vector>

#include "mubiao/numbers.h"
#include "test_support.h"

namespace {

using Key = std::tuple<std::size_t, std::size_t>;
using Record =
    std::tuple<std::size_t, std::size_t, std::string, std::string, std::string, std::string>;

std::vector<std::string> split(const std::string& line) {
  std::vector<std::string> out;
  std::stringstream ss(line);
  std::string cell;
  while (std::getline(ss, cell, '\t')) out.push_back(cell);
  if (!line.empty() && line.back() == '\t') out.emplace_back();
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(seed_precision_recall) {
  mubiao::test::require_shared("seed/taiyuan-2022-work-report.txt");
  const std::string text =
      mubiao::test::read_file(mubiao::test::shared_dir() / "seed/taiyuan-2022-work-report.txt");
  std::stringstream tsv(mubiao::test::read_file(mubiao::test::test_data_dir() /
                                                "numbers/taiyuan-2022-work-report.tsv"));
  std::set<Key> gold_spans;
  std::set<Record> gold;
  std::string line;
  while (std::getline(tsv, line)) {
    if (line.empty() || line[0] == '#' || line.rfind("start\t", 0) == 0) continue;
    auto c = split(line);
    BOOST_REQUIRE_GE(c.size(), 7u);
    std::size_t s = std::stoul(c[0]), e = std::stoul(c[1]);
    // The annotation must describe the text it claims to.
    BOOST_CHECK_EQUAL(text.substr(s, e - s), c[2]);
    gold_spans.insert({s, e});
    gold.insert({s, e, c[3], c[4], c[5], c[6]});
  }
  BOOST_REQUIRE(!gold.empty());

  mubiao::NumberRecognizer rec;
  std::set<Key> got_spans;
  std::set<Record> got;
  for (const mubiao::Mention& m : rec.find(text)) {
    got_spans.insert({m.span.start, m.span.end});
    got.insert({m.span.start, m.span.end, mubiao::number_kind_name(m.kind),
                m.representable ? m.exact : "null", m.unit, mubiao::qualifier_name(m.qualifier)});
  }
  auto score = [](const auto& g, const auto& p, const char* what) {
    std::size_t tp = 0;
    for (const auto& x : p) tp += g.count(x);
    double prec = p.empty() ? 0 : double(tp) / p.size(), rec = double(tp) / g.size();
    std::printf("%-8s gold %4zu  found %4zu  correct %4zu  P %.3f  R %.3f\n", what, g.size(),
                p.size(), tp, prec, rec);
    for (const auto& x : g)
      if (!p.count(x)) std::printf("  missed %zu-%zu\n", std::get<0>(x), std::get<1>(x));
    for (const auto& x : p)
      if (!g.count(x)) std::printf("  extra  %zu-%zu\n", std::get<0>(x), std::get<1>(x));
    return std::make_pair(prec, rec);
  };
  auto spans = score(gold_spans, got_spans, "spans");
  auto full = score(gold, got, "records");
  BOOST_TEST(spans.first >= 0.97);
  BOOST_TEST(spans.second >= 0.97);
  BOOST_TEST(full.first >= 0.95);
  BOOST_TEST(full.second >= 0.95);
}
