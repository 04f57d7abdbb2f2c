#define BOOST_TEST_MODULE targets_cli
#include <boost/test/unit_test.hpp>

// `mubiao targets --format csv|tsv|jsonl`: a header row, RFC 4180 quoting,
// one row per record, the same fields as JSON.

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "cli_run.h"
#include "test_support.h"

namespace {

std::string run_cli(const std::string& args) {
  std::string out;
  FILE* p = popen((std::string(MUBIAO_CLI) + " " + args).c_str(), "r");
  BOOST_REQUIRE(p != nullptr);
  char buf[4096];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, p)) > 0) out.append(buf, n);
  BOOST_CHECK_EQUAL(pclose(p), 0);
  return out;
}

// RFC 4180 records (CRLF line ends, "" escapes inside quoted fields).
std::vector<std::vector<std::string>> parse_csv(const std::string& s) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quoted) {
      if (c == '"' && i + 1 < s.size() && s[i + 1] == '"') {
        field += '"';
        ++i;
      } else if (c == '"')
        quoted = false;
      else
        field += c;
    } else if (c == '"') {
      quoted = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
    } else if (c == '\r' && i + 1 < s.size() && s[i + 1] == '\n') {
      rows.back().push_back(field);
      field.clear();
      rows.emplace_back();
      ++i;
    } else {
      field += c;
    }
  }
  if (rows.back().empty()) rows.pop_back();
  return rows;
}

// In this test process's own folder: two test runs at once (two build
// trees) must not write each other's input.
std::string write_temp(const std::string& text) {
  return mubiao::test::write_temp("report.txt", text).string();
}

const char* kText =
    "三、2022年工作安排\n\n今年地区生产总值增长7%、力争实现7.5%，新增\"小巨人\"企业50家以上，"
    "居民收入增长与经济增长基本同步。\n";

}  // namespace

BOOST_AUTO_TEST_CASE(csv_has_a_header_and_quotes_per_rfc4180) {
  const std::string file = write_temp(kText);
  const auto rows = parse_csv(run_cli("targets --format csv " + file));
  BOOST_REQUIRE_EQUAL(rows.size(), 5u);  // header + 4 records
  const auto& h = rows[0];
  const std::vector<std::string> required = {
      "doc",        "start", "end",  "text",     "section", "stance",    "indicator", "measure",
      "comparator", "value", "unit", "modality", "horizon", "reference", "rule"};
  for (const auto& f : required)
    BOOST_CHECK_MESSAGE(std::find(h.begin(), h.end(), f) != h.end(), "no column " << f);
  for (const auto& r : rows) BOOST_CHECK_EQUAL(r.size(), h.size());
  auto col = [&](const std::string& name) {
    return static_cast<std::size_t>(std::find(h.begin(), h.end(), name) - h.begin());
  };
  BOOST_CHECK_EQUAL(rows[3][col("indicator")], "\"小巨人\"企业");
  BOOST_CHECK_EQUAL(rows[2][col("modality")], "strive");
  BOOST_CHECK_EQUAL(rows[4][col("value")], "");  // a benchmark: no number
  BOOST_CHECK_EQUAL(rows[4][col("reference")], "经济增长");
  BOOST_CHECK_EQUAL(rows[1][col("horizon")], "2022");
  BOOST_CHECK(!rows[1][col("rule")].empty());
}

BOOST_AUTO_TEST_CASE(the_same_records_in_every_format) {
  const std::string file = write_temp(kText);
  const std::string jsonl = run_cli("targets " + file);
  const std::string tsv = run_cli("targets --format tsv " + file);
  const auto lines = [](const std::string& s) {
    return static_cast<std::size_t>(std::count(s.begin(), s.end(), '\n'));
  };
  BOOST_CHECK_EQUAL(lines(jsonl), 4u);
  BOOST_CHECK_EQUAL(lines(tsv), 5u);
  BOOST_CHECK_NE(jsonl.find("\"value\":null"), std::string::npos);
  BOOST_CHECK_NE(jsonl.find("\"reference\":\"经济增长\""), std::string::npos);
  BOOST_CHECK_EQUAL(tsv.find('\r'), std::string::npos);
}

BOOST_AUTO_TEST_CASE(header_even_without_records) {
  const std::string file = write_temp("没有数字的句子。\n");
  const auto rows = parse_csv(run_cli("targets --format csv " + file));
  BOOST_REQUIRE_EQUAL(rows.size(), 1u);
  BOOST_CHECK_EQUAL(rows[0][0], "doc");
}
