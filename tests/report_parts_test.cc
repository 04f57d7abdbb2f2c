#define BOOST_TEST_MODULE report_parts
#include <boost/test/unit_test.hpp>

// ReportParts: review and plan parts of a report, read from the Document's
// headings, title lines and paragraph openers (lib/segment/report_parts.cc).

#include <random>
#include <string>
#include <vector>

#include "mubiao/segment.h"
#include "segment/report_parts.h"
#include "test_support.h"

using namespace mubiao;
using mubiao::test::segmenter;

namespace {
std::size_t at(const std::string& text, const char* word) { return text.find(word); }
}  // namespace

BOOST_AUTO_TEST_CASE(headings_switch_parts_and_name_the_year) {
  const std::string t =
      "各位代表：\n一、2018年工作回顾\n过去一年增长6.6%。\n"
      "二、2019年经济社会发展总体要求和政策取向\n今年增长6%。\n三、2019年政府工作任务\n任务。\n";
  const Document d = segmenter().segment(t);
  const ReportParts p(d);
  BOOST_CHECK_EQUAL(p.year(), "2019");
  BOOST_CHECK(p.part_at(at(t, "过去一年")) == ReportPart::review);
  BOOST_CHECK_EQUAL(p.period_at(at(t, "过去一年")), "2018");
  BOOST_CHECK(p.part_at(at(t, "今年增长")) == ReportPart::plan);
  BOOST_CHECK_EQUAL(p.period_at(at(t, "今年增长")), "2019");
  BOOST_CHECK(p.part_at(at(t, "任务。")) == ReportPart::plan);
}

BOOST_AUTO_TEST_CASE(no_cue_no_part) {
  const std::string t = "城镇新增就业8万人。\n";
  const Document d = segmenter().segment(t);
  const ReportParts p(d);
  BOOST_CHECK(p.part_at(0) == ReportPart::unknown);
  BOOST_CHECK_EQUAL(p.year(), "");
}

BOOST_AUTO_TEST_CASE(an_opener_counts_only_when_it_starts_with_the_cue) {
  const std::string t =
      "一、2025年工作回顾\n甲。\n各位代表！2025年目标任务顺利完成，标志着收官。\n乙。\n"
      "三、2026年重点工作\n丙。\n";
  const Document d = segmenter().segment(t);
  const ReportParts p(d);
  BOOST_CHECK(p.part_at(at(t, "乙")) == ReportPart::review);  // 目标任务 inside the opener
  BOOST_CHECK(p.part_at(at(t, "丙")) == ReportPart::plan);
}

BOOST_AUTO_TEST_CASE(year_from_a_review_heading_when_no_plan_heading_has_one) {
  const std::string t = "一、2022年工作回顾\n甲。\n二、对今年政府工作的建议\n乙。\n";
  const Document d = segmenter().segment(t);
  const ReportParts p(d);
  BOOST_CHECK_EQUAL(p.year(), "2023");
  BOOST_CHECK_EQUAL(p.period_at(at(t, "乙")), "2023");
}

BOOST_AUTO_TEST_CASE(a_title_line_without_punctuation_names_a_part) {
  // Unnumbered title lines, as city reports print them; the plan's title is
  // followed at once by its first paragraph.
  const std::string t =
      "2023年工作回顾\n过去一年，全市生产总值增长6%。\n2024年工作安排\n"
      "今年是关键之年，全市生产总值增长6%左右。\n";
  const Document d = segmenter().segment(t);
  const ReportParts p(d);
  BOOST_CHECK(p.part_at(at(t, "过去一年")) == ReportPart::review);
  BOOST_CHECK(p.part_at(at(t, "今年是")) == ReportPart::plan);
  BOOST_CHECK_EQUAL(p.period_at(at(t, "今年是")), "2024");
  BOOST_CHECK_EQUAL(p.year(), "2024");
  BOOST_CHECK_EQUAL(report_part_name(p.part_at(at(t, "今年是"))), "plan");
}

BOOST_AUTO_TEST_CASE(a_wrapped_report_has_the_parts_of_the_clean_one) {
  // The same report clean and as a PDF extraction leaves it: hard wraps, a
  // page number and a form feed between pages.
  const std::string clean =
      "2023年工作回顾\n过去一年，全市地区生产总值增长6%，规模以上工业增加值增长8%。\n"
      "2024年工作安排\n今年是关键之年，全市地区生产总值增长6%左右，规模以上工业增加值增长7%。\n";
  const std::string wrapped =
      "2023年工作回顾\n过去一年，全市地区生产总值增长6%，规模以\n上工业增加值增长8%。\n\n— 1 —\n\f"
      "2024年工作安排\n今年是关键之年，全市地区生产总值增长6%左右，\n规模以上工业增加值增长7%。\n";
  const Document a = segmenter().segment(clean), b = segmenter().segment(wrapped);
  const ReportParts pa(a), pb(b);
  BOOST_REQUIRE_EQUAL(pa.regions().size(), pb.regions().size());
  for (std::size_t i = 0; i < pa.regions().size(); ++i) {
    BOOST_CHECK(pa.regions()[i].part == pb.regions()[i].part);
    BOOST_CHECK_EQUAL(pa.regions()[i].period, pb.regions()[i].period);
  }
  BOOST_CHECK(pb.part_at(at(wrapped, "上工业增加值增长8")) == ReportPart::review);
  BOOST_CHECK(pb.part_at(at(wrapped, "规模以上工业增加值增长7")) == ReportPart::plan);
  BOOST_CHECK_EQUAL(pb.year(), "2024");
}

BOOST_AUTO_TEST_CASE(year_in_reads_four_digits_before_nian) {
  BOOST_CHECK_EQUAL(structure::year_in("三、2022年工作安排"), "2022");
  BOOST_CHECK_EQUAL(structure::year_in("12022年"), "");
  BOOST_CHECK_EQUAL(structure::year_in("第2022号"), "");
  BOOST_CHECK_EQUAL(structure::year_in("三、２０２２年工作安排"), "2022");
  BOOST_CHECK_EQUAL(structure::year_in("到2025年"), "2025");
}

namespace {

// What the part reader reads of a paragraph's plain text: without leading
// blanks and # * marks and trailing blanks and * marks.
std::string_view trimmed(std::string_view s) {
  auto blank = [](char32_t c, bool leading) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == 0x3000 || c == '*' ||
           (leading && c == '#');
  };
  std::size_t i = 0;
  while (i < s.size()) {
    std::size_t k = i;
    if (!blank(utf8::decode(s, k), true)) break;
    i = k;
  }
  std::size_t j = s.size();
  while (j > i) {
    std::size_t k = j;
    if (!blank(utf8::decode_before(s, k), false)) break;
    j = k;
  }
  return s.substr(i, j - i);
}

}  // namespace

// paragraph_opening reads a long paragraph's start in place, or makes it
// plain: compared with the whole paragraph's plain text (Document::plain_text)
// on random laid-out texts (hard-wrapped lines, page numbers, running heads,
// salutations, blanks and marks), it is that text, or a prefix of it whose
// trimmed text is a prefix of the whole one's and long enough to decide
// the opener and the title line.
BOOST_AUTO_TEST_CASE(paragraph_opening_agrees_with_the_whole_plain_text) {
  const std::vector<std::string> pieces = {
      "各位代表！", "今年", "经济增长", "，", "。", "：", "！", "  ", "　", "\n", "\n\n", "**",
      "# ", "PM", " 2.5", "\n— 12 —\n", "\n- 3 -\n", "\f", "一、", "2024年工作安排", "abc",
      "过去一年", "十四五时期", "\r\n", "主要目标", "目标任务顺利完成",
      // Long stretches of layout: the first bytes of a paragraph may make
      // little plain text.
      std::string(40, ' '), "　　　　　　　　", "\n　　— 7 —　　\n"};
  std::mt19937 rng(20261201);
  std::size_t cut = 0, copied = 0, whole_made = 0, paragraphs = 0;
  for (int round = 0; round < 300; ++round) {
    const std::string text = test::random_concat(rng, pieces, 20 + rng() % 400);
    const Document d = segmenter().segment(text);
    std::size_t noise_at = 0;
    std::string buffer;
    for (const Unit& p : d.units(Level::paragraph)) {
      ++paragraphs;
      const std::string whole = d.plain_text(p.span);
      const std::string_view got = structure::paragraph_opening(d, p.span, noise_at, buffer);
      if (got.data() == buffer.data()) ++copied;
      if (got == whole) {
        whole_made += got.data() == buffer.data() && p.span.end - p.span.start > 256;
        continue;
      }
      ++cut;
      BOOST_TEST_CONTEXT("paragraph [" << p.span.start << ", " << p.span.end << ") of " << text) {
        BOOST_TEST(whole.compare(0, got.size(), got) == 0);
        const std::string_view t = trimmed(got);
        BOOST_TEST(t.size() >= 87u);
        BOOST_TEST(trimmed(whole).substr(0, t.size()) == t);
      }
    }
  }
  // Both ways were taken: cut paragraphs, and copies made for layout.
  BOOST_TEST(cut > 100u);
  BOOST_TEST(copied > 100u);
  BOOST_TEST(whole_made > 10u);  // long paragraphs whose start is mostly layout
  BOOST_TEST_MESSAGE(paragraphs << " paragraphs, " << cut << " cut, " << copied << " copied, "
                                << whole_made << " made whole");
}
