// The research dataset on the shared reports (../shared, skipped when
// absent): codes of the headline records, report metadata, and the national
// GDP targets beside their outcomes.
#define BOOST_TEST_MODULE research_shared
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <iterator>
#include <map>

#include "mubiao/pipeline.h"
#include "mubiao/research.h"
#include "test_support.h"

namespace {

const mubiao::Pipeline& pipeline() {
  static const mubiao::Pipeline p;
  return p;
}

// Skips the whole program (ctest SKIP_RETURN_CODE 77) when ../shared is absent.
struct RequireShared {
  RequireShared() {
    mubiao::test::require_shared("corpus");
    mubiao::test::require_shared("seed");
    mubiao::test::require_shared("corpus/city2024");
  }
};
BOOST_TEST_GLOBAL_FIXTURE(RequireShared);

}  // namespace

// Must show: at least 95% of the headline records of the shared reports carry
// a code (the figure is printed for the README).
BOOST_AUTO_TEST_CASE(shared_headline_records_carry_a_code) {
  const auto files = mubiao::test::shared_reports();
  BOOST_TEST_REQUIRE(files.size() >= 12u);
  std::size_t headline = 0, coded = 0, reports = 0;
  for (const auto& f : files) {
    const std::string text = mubiao::test::read_file(f);
    std::size_t here = 0;
    for (const auto& s : pipeline().targets(text)) {
      if (!s.headline) continue;
      ++here;
      if (!s.code.empty())
        ++coded;
      else
        BOOST_TEST_MESSAGE("uncoded headline record: " << s.indicator << " in " << f.filename());
    }
    headline += here;
    reports += here > 0;
  }
  std::printf("headline records with a code: %zu/%zu in %zu of %zu reports\n", coded, headline,
              reports, files.size());
  BOOST_TEST(reports == files.size());  // every shared report has a headline passage
  BOOST_TEST(coded * 100 >= headline * 95);
}

namespace {

mubiao::Report load(const std::filesystem::path& file, std::vector<std::string>& texts) {
  texts.push_back(mubiao::test::read_file(file));
  const std::string& text = texts.back();
  mubiao::Report r;
  const auto doc = pipeline().segment(text);
  r.statements = pipeline().targets(text, doc);
  r.meta = mubiao::report_meta(text, doc, file.string());
  return r;
}

}  // namespace

// Must show: meta gives the right region, level, year and date for every
// shared report (read from the reports; the date is "" where none is stated).
BOOST_AUTO_TEST_CASE(meta_of_every_shared_report) {
  struct Expected {
    const char* file;
    const char* region;
    const char* level;
    int year;
    const char* date;
  };
  const Expected expected[] = {
      {"seed/taiyuan-2022-work-report.txt", "太原市", "prefecture", 2022, ""},
      {"corpus/national_2019_国务院政府工作报告.txt", "全国", "national", 2019, ""},
      {"corpus/national_2021_国务院政府工作报告.txt", "全国", "national", 2021, "2021-03-05"},
      {"corpus/national_2022_国务院政府工作报告.txt", "全国", "national", 2022, "2022-03-05"},
      {"corpus/national_2023_国务院政府工作报告.txt", "全国", "national", 2023, "2023-03-05"},
      {"corpus/national_2024_国务院政府工作报告.txt", "全国", "national", 2024, "2024-03-05"},
      {"corpus/national_2025_国务院政府工作报告.txt", "全国", "national", 2025, ""},
      {"corpus/provincial_2026_beijing_北京市政府工作报告.txt", "北京市", "provincial", 2026,
       "2026-01-25"},
      {"corpus/provincial_2026_guangdong_广东省政府工作报告.txt", "广东省", "provincial", 2026,
       "2026-01-26"},
      {"corpus/provincial_2026_ningxia_宁夏回族自治区政府工作报告.txt", "宁夏回族自治区",
       "provincial", 2026, "2026-02-03"},
      {"corpus/provincial_2026_shaanxi_陕西省政府工作报告.txt", "陕西省", "provincial", 2026,
       "2026-01-27"},
      {"corpus/provincial_2026_sichuan_四川省政府工作报告.txt", "四川省", "provincial", 2026,
       "2026-02-03"},
  };
  BOOST_TEST(mubiao::test::shared_reports().size() == std::size(expected));
  for (const Expected& e : expected) {
    BOOST_TEST_CONTEXT(e.file) {
      const std::string text = mubiao::test::read_file(mubiao::test::shared_dir() / e.file);
      // No file name: everything from the text itself.
      const auto m = mubiao::report_meta(text, pipeline().segment(text), "");
      BOOST_TEST(m.region == e.region);
      BOOST_TEST(m.level == e.level);
      BOOST_TEST_REQUIRE(m.year.has_value());
      BOOST_TEST(*m.year == e.year);
      BOOST_TEST(m.date == e.date);
      BOOST_TEST(!m.sources.region.empty());
    }
  }
}

// Must show: the national GDP targets beside their outcomes.
BOOST_AUTO_TEST_CASE(national_gdp_outcomes) {
  std::vector<std::string> texts;
  texts.reserve(16);
  std::vector<mubiao::Report> reports;
  for (const auto& f : mubiao::test::shared_reports())
    if (f.filename().string().rfind("national_", 0) == 0) reports.push_back(load(f, texts));
  BOOST_TEST_REQUIRE(reports.size() == 6u);
  struct Expected {
    int year;
    mubiao::Comparator comparator;
    double target, outcome;
    bool met;
  };
  const Expected expected[] = {{2021, mubiao::Comparator::ge, 6, 8.1, true},
                               {2022, mubiao::Comparator::approx, 5.5, 3, false},
                               {2023, mubiao::Comparator::approx, 5, 5.2, true},
                               {2024, mubiao::Comparator::approx, 5, 5, true}};
  std::vector<const mubiao::OutcomeRow*> gdp;
  const auto rows = mubiao::outcomes(reports);
  for (const auto& r : rows)
    if (r.code == "gdp") gdp.push_back(&r);
  BOOST_TEST_REQUIRE(gdp.size() == std::size(expected));  // 2019 and 2025 have no next report
  std::sort(gdp.begin(), gdp.end(), [](auto* a, auto* b) { return a->year < b->year; });
  for (std::size_t i = 0; i < gdp.size(); ++i) {
    const auto& r = *gdp[i];
    const Expected& e = expected[i];
    BOOST_TEST_CONTEXT(e.year) {
      BOOST_TEST(r.region == "全国");
      BOOST_TEST(r.year == e.year);
      BOOST_TEST((r.target.comparator == e.comparator));
      BOOST_TEST(*r.target.value == e.target);
      BOOST_TEST(*r.outcome.value == e.outcome);
      BOOST_TEST(*r.met == e.met);
      BOOST_TEST(*r.outcome_report->meta.year == e.year + 1);
      BOOST_TEST(r.target.headline);
      BOOST_TEST(!r.outcome.headline);
    }
  }
  std::printf("national outcomes: %zu rows, %zu for gdp\n", rows.size(), gdp.size());
}

// Must show: the city reports (which start at 各位代表：) get region and level
// from body cues, and from a manifest (tests/data/research/city2024_manifest.csv,
// written from the file names and checked against each report's own words).
BOOST_AUTO_TEST_CASE(city2024_region_and_level_by_body_cues_and_by_manifest) {
  const auto manifest = mubiao::parse_manifest(mubiao::test::read_file(
      mubiao::test::test_data_dir() / "research" / "city2024_manifest.csv"));
  BOOST_TEST(manifest.size() == 110u);
  std::size_t region_by_body = 0, level_by_body = 0, year_by_text = 0;
  for (const auto& row : manifest) {
    const auto path = mubiao::test::shared_dir() / "corpus" / "city2024" / row.doc;
    const std::string text = mubiao::test::read_file(path);
    BOOST_TEST_REQUIRE(!text.empty(), row.doc);
    const auto doc = pipeline().segment(text);
    std::map<std::string, std::string> want(row.fields.begin(), row.fields.end());
    // Body route: no file name, no manifest.
    const auto body = mubiao::report_meta(text, doc, "");
    region_by_body += body.region == want["region"];
    level_by_body += body.level == want["level"];
    year_by_text += body.year && std::to_string(*body.year) == want["year"];
    if (body.region != want["region"] || body.level != want["level"])
      BOOST_TEST_MESSAGE(row.doc << ": body says " << body.region << "/" << body.level);
    // Manifest route.
    auto m = mubiao::report_meta(text, doc, path.string());
    BOOST_TEST(mubiao::apply_manifest(manifest, m));
    BOOST_TEST(m.region == want["region"]);
    BOOST_TEST(m.level == want["level"]);
    BOOST_TEST(std::to_string(m.year.value_or(0)) == want["year"]);
    BOOST_TEST(m.sources.region == "manifest");
  }
  std::printf("city2024 by body cues: region %zu/110, level %zu/110, year %zu/110\n",
              region_by_body, level_by_body, year_by_text);
  // 黄山.txt is the report of 黄山区 (a district): its body names no region.
  BOOST_TEST(region_by_body >= 109u);
  BOOST_TEST(level_by_body == 110u);
  BOOST_TEST(year_by_text >= 109u);  // 益阳 names its year in no heading
}
