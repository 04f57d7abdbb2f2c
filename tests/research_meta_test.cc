// Report metadata (lib/research/meta.cc, manifest.cc, periods.cc): each
// source of a field on texts written for the test.
#define BOOST_TEST_MODULE research_meta
#include <boost/test/unit_test.hpp>

#include "mubiao/pipeline.h"
#include "mubiao/research.h"
#include "test_support.h"

namespace {

const mubiao::Pipeline& pipeline() {
  static const mubiao::Pipeline p;
  return p;
}

mubiao::ReportMeta meta(const std::string& text, const std::string& name = "") {
  return mubiao::report_meta(text, pipeline().segment(text), name);
}

const char kNational[] =
    "政府工作报告\n\n——2023年3月5日在第十四届全国\n人民代表大会第一次会议上\n\n国务院总理　李克强\n"
    "\n"
    "各位代表：\n现在，我代表国务院，向大会报告工作。\n一、过去一年工作回顾\n"
    "全年国内生产总值增长3%。\n二、对今年政府工作的建议\n今年发展主要预期目标是：国内生产总值增长5%"
    "左右。\n";

}  // namespace

BOOST_AUTO_TEST_CASE(title_and_dateline) {
  const auto m = meta(kNational);
  BOOST_TEST(m.title == "政府工作报告");
  BOOST_TEST(m.sources.title == "title");
  BOOST_TEST(m.date == "2023-03-05");  // the dateline is broken across lines
  BOOST_TEST(m.meeting == "第十四届全国人民代表大会第一次会议");
  BOOST_TEST(m.region == "全国");
  BOOST_TEST(m.level == "national");
  BOOST_TEST_REQUIRE(m.year.has_value());
  BOOST_TEST(*m.year == 2023);
  BOOST_TEST(m.sources.year == "dateline");
  BOOST_TEST(m.sources.region == "dateline");
}

BOOST_AUTO_TEST_CASE(provincial_dateline_and_title) {
  const auto m = meta(
      "2026年四川省人民政府工作报告\n2026年2月3日在四川省第十四届人民代表大会第五次会议上\n"
      "各位代表：\n现在，我代表省人民政府，向大会报告工作。\n");
  BOOST_TEST(m.title == "2026年四川省人民政府工作报告");
  BOOST_TEST(m.region == "四川省");
  BOOST_TEST(m.level == "provincial");
  BOOST_TEST(m.date == "2026-02-03");
  const auto t = meta("陕西省2026年政府工作报告\n各位代表：\n我代表省人民政府向大会报告工作。\n");
  BOOST_TEST(t.region == "陕西省");
  BOOST_TEST(t.sources.region == "title");
  BOOST_TEST(*t.year == 2026);
  BOOST_TEST(t.sources.year == "title");
}

BOOST_AUTO_TEST_CASE(body_cues_without_a_title) {
  // 我代表市人民政府 says prefecture (or county-level city); the city is the
  // one the text names most.
  const std::string city =
      "各位代表：\n现在，我代表市人民政府向大会报告工作。\n一、2023年工作回顾\n"
      "过去一年，十堰发展成果丰硕，全市上下团结奋进，十堰经济增长5%，十堰人民安居乐业。"
      "武汉都市圈协同推进。\n二、2024年工作安排\n全市经济增长6%。\n";
  auto m = meta(city);
  BOOST_TEST(m.region == "十堰市");
  BOOST_TEST(m.level == "prefecture");
  BOOST_TEST(m.sources.region == "body");
  BOOST_TEST_REQUIRE(m.year.has_value());
  BOOST_TEST(*m.year == 2024);
  BOOST_TEST(m.sources.year == "heading");
  BOOST_TEST(m.date == "");
  // A municipality says 市 too: the gazetteer knows its level.
  m = meta("各位代表：\n现在，我代表上海市人民政府，向大会报告工作。\n");
  BOOST_TEST(m.region == "上海市");
  BOOST_TEST(m.level == "provincial");
  m = meta("各位代表：\n现在，我代表州人民政府，向大会报告工作。\n全州上下……\n");
  BOOST_TEST(m.level == "prefecture");
  m = meta("各位代表：\n现在，我代表区人民政府，向大会报告工作。\n");
  BOOST_TEST(m.level == "county");
  BOOST_TEST(m.region == "");
  m = meta("各位主任、委员：\n下面，我代表行署作工作报告。\n");
  BOOST_TEST(m.level == "prefecture");
  m = meta("各位代表：\n现在，我代表自治区人民政府，向大会报告工作。\n");
  BOOST_TEST(m.level == "provincial");
}

BOOST_AUTO_TEST_CASE(year_from_headings_by_majority) {
  // A review heading of 2018 and a plan heading of 2019: a report of 2019.
  auto m = meta("一、2018年工作回顾\n过去一年……\n三、2019年政府工作任务\n今年……\n");
  BOOST_TEST(*m.year == 2019);
  // A single line with no breaks: the year still opens a sentence.
  m = meta("各位代表： 现在，我代表市人民政府向大会报告工作。2023年工作回顾2023年是关键之年。");
  BOOST_TEST(*m.year == 2024);
}

BOOST_AUTO_TEST_CASE(file_name_fills_what_the_text_does_not_tell) {
  auto m = meta("各位代表：\n一年来经济增长5%。\n", "reports/national_2019_国务院政府工作报告.txt");
  BOOST_TEST(m.region == "全国");
  BOOST_TEST(m.level == "national");
  BOOST_TEST(*m.year == 2019);
  BOOST_TEST(m.sources.year == "filename");
  BOOST_TEST(m.sources.region == "filename");
  m = meta("各位代表：\n一年来经济增长5%。\n", "city/凉山.txt");
  BOOST_TEST(m.region == "凉山彝族自治州");
  BOOST_TEST(m.level == "prefecture");
  BOOST_TEST(!m.year.has_value());
  m = meta("", "");
  BOOST_TEST(m.region == "");
  BOOST_TEST(m.level == "");
}

BOOST_AUTO_TEST_CASE(manifest_overrides_and_matches_by_base_name) {
  const auto manifest = mubiao::parse_manifest(
      "\xEF\xBB\xBF"
      "doc,region,year,title\r\n"
      "黄山.txt,黄山区,2024,\r\n"
      "\"a,b.txt\",太原市,2022,\"政府工作报告（\"\"全文\"\"）\"\r\n");
  BOOST_TEST_REQUIRE(manifest.size() == 2u);
  BOOST_TEST(manifest[1].doc == "a,b.txt");
  mubiao::ReportMeta m;
  m.doc = "/data/city2024/黄山.txt";
  m.title = "政府工作报告";
  m.sources.title = "title";
  BOOST_TEST(mubiao::apply_manifest(manifest, m));
  BOOST_TEST(m.region == "黄山区");
  BOOST_TEST(m.level == "county");  // the level its name says
  BOOST_TEST(m.sources.region == "manifest");
  BOOST_TEST(*m.year == 2024);
  BOOST_TEST(m.title == "政府工作报告");  // an empty cell keeps the report's value
  BOOST_TEST(m.sources.title == "title");
  mubiao::ReportMeta other;
  other.doc = "a,b.txt";
  BOOST_TEST(mubiao::apply_manifest(manifest, other));
  BOOST_TEST(other.title == "政府工作报告（\"全文\"）");
  mubiao::ReportMeta none;
  none.doc = "c.txt";
  BOOST_TEST(!mubiao::apply_manifest(manifest, none));
}

BOOST_AUTO_TEST_CASE(bad_manifests_name_the_line) {
  auto message = [](const std::string& csv) {
    try {
      mubiao::parse_manifest(csv);
    } catch (const std::invalid_argument& e) {
      return std::string(e.what());
    }
    return std::string("no error");
  };
  BOOST_TEST(message("") == "line 1: no header row");
  BOOST_TEST(message("region,year\n太原市,2022\n") == "line 1: no doc column");
  BOOST_TEST(message("doc,city\n").find("unknown column 'city'") != std::string::npos);
  BOOST_TEST(message("doc,year\na.txt,2022\nb.txt,22\n") == "line 3: year '22' is not a year");
  BOOST_TEST(message("doc,level\na.txt,city\n").find("line 2: level 'city'") == 0u);
  BOOST_TEST(message("doc,year\n\"a.txt,2022\n") == "line 2: unclosed quote");
  BOOST_TEST(message("doc,year\na.txt\n") == "line 2: 1 cells, header has 2");
}

BOOST_AUTO_TEST_CASE(relative_periods_resolve_against_the_year) {
  // No year in the text: 今年 stays; with the report's year from a manifest
  // it is the year in the plan and the year before in the review.
  const std::string text =
      "一、过去一年工作回顾\n全年全市地区生产总值增长3%。\n二、今年工作安排\n今年地区生产总值增长5%"
      "左右。\n";
  const auto doc = pipeline().segment(text);
  auto st = pipeline().targets(text, doc);
  BOOST_TEST_REQUIRE(st.size() == 2u);
  mubiao::ReportMeta m;
  m.year = 2023;
  mubiao::resolve_periods(doc, m, st);
  BOOST_TEST(st[0].horizon == "2022");
  BOOST_TEST(st[1].horizon == "2023");
  BOOST_TEST(*mubiao::statement_year(st[0], m) == 2022);
  BOOST_TEST(*mubiao::statement_year(st[1], m) == 2023);
  mubiao::Statement s;
  s.horizon = "未来五年";
  BOOST_TEST(!mubiao::statement_year(s, m).has_value());
  s.horizon = "2025年";
  BOOST_TEST(*mubiao::statement_year(s, m) == 2025);
}

BOOST_AUTO_TEST_CASE(pipeline_resolves_periods_with_the_dateline_year) {
  // The national 2023 report states no year in its plan heading: its 今年
  // is 2023 from the dateline.
  for (const auto& s : pipeline().targets(kNational)) {
    BOOST_TEST_CONTEXT(s.indicator) {
      BOOST_TEST(s.horizon == (s.stance == mubiao::Stance::target ? "2023" : "2022"));
    }
  }
}
