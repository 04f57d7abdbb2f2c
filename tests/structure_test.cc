#define BOOST_TEST_MODULE structure
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "mubiao/segment.h"
#include "test_support.h"

using mubiao::Document;
using mubiao::Level;
using mubiao::Section;
using mubiao::Span;
using mubiao::Unit;

namespace {

using mubiao::test::segmenter;

bool is_space_at_edge(std::string_view t, bool front) {
  static const std::string_view kSpaces[] = {
      " ", "\t", "\r", "\n", "\xE3\x80\x80" /* U+3000 */, "\xE2\x80\x8B" /* U+200B */};
  for (std::string_view s : kSpaces) {
    if (t.size() < s.size()) continue;
    if (front ? t.substr(0, s.size()) == s : t.substr(t.size() - s.size()) == s) return true;
  }
  return false;
}

// Properties every document must have, whatever the input.
void check_invariants(const Document& d) {
  const std::string_view text = d.text();
  for (Level level : {Level::section, Level::paragraph, Level::sentence, Level::clause}) {
    std::size_t prev_end = 0;
    bool first = true;
    for (const Unit& u : d.units(level)) {
      BOOST_TEST_REQUIRE(u.span.start < u.span.end);
      BOOST_TEST_REQUIRE(u.span.end <= text.size());
      BOOST_TEST(u.section < d.sections().size());
      if (level != Level::section) {
        BOOST_TEST((first || u.span.start >= prev_end), "units overlap at " << u.span.start);
        const Section& s = d.sections()[u.section];
        BOOST_TEST((s.span.start <= u.span.start && u.span.start < s.span.end));
      }
      BOOST_TEST(!is_space_at_edge(u.span.of(text), true));
      BOOST_TEST(!is_space_at_edge(u.span.of(text), false));
      prev_end = u.span.end;
      first = false;
    }
  }
  // Sections nest inside their parents; units(section) mirrors sections().
  BOOST_TEST(d.units(Level::section).size() == d.sections().size());
  for (std::size_t i = 0; i < d.sections().size(); ++i) {
    const Section& s = d.sections()[i];
    BOOST_TEST((d.units(Level::section)[i].span == s.span));
    BOOST_TEST(d.units(Level::section)[i].section == i);
    BOOST_TEST(s.span.contains(s.heading));
    if (s.depth > 1) {
      BOOST_TEST_REQUIRE(s.parent < i);
      BOOST_TEST(d.sections()[s.parent].span.contains(s.span));
    }
  }
  // Clauses lie inside sentences, sentences inside paragraphs.
  auto inside = [&](Level inner, Level outer) {
    const auto& out = d.units(outer);
    std::size_t j = 0;
    for (const Unit& u : d.units(inner)) {
      while (j < out.size() && out[j].span.end < u.span.end) ++j;
      BOOST_TEST_REQUIRE(j < out.size());
      BOOST_TEST(out[j].span.contains(u.span));
    }
  };
  inside(Level::clause, Level::sentence);
  inside(Level::sentence, Level::paragraph);
}

std::vector<std::string> texts(const Document& d, Level level) {
  std::vector<std::string> out;
  for (const Unit& u : d.units(level)) out.emplace_back(u.span.of(d.text()));
  return out;
}

std::vector<std::string> headings(const Document& d) {
  std::vector<std::string> out;
  for (const Section& s : d.sections()) out.emplace_back(s.heading.of(d.text()));
  return out;
}

std::vector<int> depths(const Document& d) {
  std::vector<int> out;
  for (const Section& s : d.sections()) out.push_back(s.depth);
  return out;
}

// A Document views its text, so the texts of a test run stay alive here.
Document seg(std::string text) {
  static std::deque<std::string> kept;
  kept.push_back(std::move(text));
  Document d = segmenter().segment(kept.back());
  check_invariants(d);
  return d;
}

using Strings = std::vector<std::string>;

}  // namespace

// ---- Adversarial input -----------------------------------------------------

BOOST_AUTO_TEST_CASE(empty_and_blank_input_give_nothing) {
  for (const char* t : {"", "   ", "\n\n\r\n", "\xE3\x80\x80\xE3\x80\x80\n\t"}) {
    std::string text = t;
    Document d = seg(text);
    BOOST_TEST(d.sections().empty());
    BOOST_TEST(d.units(Level::sentence).empty());
    BOOST_TEST(d.units(Level::paragraph).empty());
  }
}

BOOST_AUTO_TEST_CASE(only_punctuation_is_one_sentence) {
  const std::string text = "。。。！？";
  Document d = seg(text);
  BOOST_TEST(texts(d, Level::sentence) == Strings{"。。。！？"});
  BOOST_TEST(d.sections().size() == 1u);
  BOOST_TEST(d.sections()[0].depth == 0);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_reports_its_offset) {
  const std::string text = "增长7%\xFF。";
  try {
    segmenter().segment(text);
    BOOST_FAIL("no exception");
  } catch (const mubiao::InvalidUtf8& e) {
    BOOST_TEST(e.offset() == 8u);  // 增 and 长 are 3 bytes each
  }
}

BOOST_AUTO_TEST_CASE(hostile_input_stays_fast) {
  std::string nested;
  for (int i = 0; i < 100000; ++i) nested += "（";
  nested += "。";
  for (int i = 0; i < 100000; ++i) nested += "）";
  std::string periods;
  for (int i = 0; i < 1000000; ++i) periods += "。";
  std::string long_line(10 * 1024 * 1024, 'a');
  std::string quotes;
  for (int i = 0; i < 100000; ++i) quotes += "“甲。";
  for (const std::string* t : {&nested, &periods, &long_line, &quotes}) {
    // Linear time is guarded by these sizes and the ctest TIMEOUT (no timing).
    Document d = segmenter().segment(*t);
    BOOST_TEST(!d.units(Level::sentence).empty());
    // Cover the text: the first unit starts at 0, the last ends at the end.
    BOOST_TEST(d.units(Level::sentence).front().span.start == 0u);
    BOOST_TEST(d.units(Level::sentence).back().span.end == t->size());
  }
  // A million terminals in one run are one end; stray quotes end nothing.
  BOOST_TEST(segmenter().segment(periods).units(Level::sentence).size() == 1u);
  BOOST_TEST(segmenter().segment(quotes).units(Level::sentence).size() == 100000u);
}

BOOST_AUTO_TEST_CASE(random_punctuation_soup_keeps_every_invariant) {
  // Pieces that stress each rule: brackets, terminals, markers, headings,
  // markup, line breaks, full-width spaces and numbers.
  const char* pieces[] = {"（",
                          "）",
                          "“",
                          "”",
                          "‘",
                          "’",
                          "《",
                          "》",
                          "。",
                          "！",
                          "？",
                          "，",
                          "；",
                          "：",
                          "、",
                          "\n",
                          "\n\n",
                          "\r\n",
                          " ",
                          "　",
                          "一、",
                          "（一）",
                          "1.",
                          "2.5",
                          "**",
                          "# ",
                          "## 二、",
                          "(上接第1版)",
                          "（下转第三版）",
                          "附件1",
                          "字",
                          "文字",
                          "PM",
                          "\xE2\x80\x8B"};
  std::uint32_t state = 12345;
  for (int doc = 0; doc < 300; ++doc) {
    std::string text;
    const int n = 1 + doc % 60;
    for (int i = 0; i < n; ++i) {
      state = state * 1664525u + 1013904223u;
      text += pieces[(state >> 8) % (sizeof pieces / sizeof *pieces)];
    }
    BOOST_TEST_CONTEXT(text) { seg(text); }
  }
}

// ---- Sentences -------------------------------------------------------------

BOOST_AUTO_TEST_CASE(sentences_end_at_terminals_and_runs) {
  Document d = seg("增长7%。力争7.5%！能行吗？！能。");
  BOOST_TEST(texts(d, Level::sentence) ==
             (Strings{"增长7%。", "力争7.5%！", "能行吗？！", "能。"}));
}

BOOST_AUTO_TEST_CASE(decimals_list_markers_and_full_width_dots_do_not_split) {
  Document d = seg("1. 目标是5.5%，扩大２．５倍，Ver. 2 发布。下一句。");
  BOOST_TEST(texts(d, Level::sentence) ==
             (Strings{"1. 目标是5.5%，扩大２．５倍，Ver. 2 发布。", "下一句。"}));
}

BOOST_AUTO_TEST_CASE(semicolons_and_colons_are_clauses_not_sentences) {
  Document d = seg("目标是：增长5%；力争6%。");
  BOOST_TEST(texts(d, Level::sentence) == Strings{"目标是：增长5%；力争6%。"});
  BOOST_TEST(texts(d, Level::clause) == (Strings{"目标是：", "增长5%；", "力争6%。"}));
}

BOOST_AUTO_TEST_CASE(closers_join_the_sentence_they_close) {
  Document d = seg("他说：“要干。”然后走了。（详见附件。）再见》。");
  BOOST_TEST(texts(d, Level::sentence) ==
             (Strings{"他说：“要干。”", "然后走了。", "（详见附件。）", "再见》。"}));
}

BOOST_AUTO_TEST_CASE(terminal_inside_quotes_does_not_end_the_sentence) {
  Document d = seg("提出“稳字当头。稳中求进”的要求。完成（含新建。改建）任务。");
  BOOST_TEST(texts(d, Level::sentence) ==
             (Strings{"提出“稳字当头。稳中求进”的要求。", "完成（含新建。改建）任务。"}));
}

BOOST_AUTO_TEST_CASE(nested_quotes_close_together) {
  Document d = seg("他说：“我们要‘干。’”好。“外‘内（深。）’层”完。");
  BOOST_TEST(texts(d, Level::sentence) ==
             (Strings{"他说：“我们要‘干。’”", "好。", "“外‘内（深。）’层”完。"}));
}

BOOST_AUTO_TEST_CASE(a_stray_quote_does_not_swallow_the_paragraph) {
  Document d = seg("他说“好。然后。再见”。");
  // The “ and ” pair up, so the terminals between them end nothing...
  BOOST_TEST(texts(d, Level::sentence) == Strings{"他说“好。然后。再见”。"});
  // ...but an opener without a partner is ignored.
  Document e = seg("他说“好。然后。再见。");
  BOOST_TEST(texts(e, Level::sentence) == (Strings{"他说“好。", "然后。", "再见。"}));
}

BOOST_AUTO_TEST_CASE(sentences_never_start_or_end_with_whitespace_or_bold_marks) {
  Document d = seg("　　**坚持生态优先，“四治”一体取得新进展。**东、西山提质扩容。 \n");
  BOOST_TEST(texts(d, Level::sentence) ==
             (Strings{"坚持生态优先，“四治”一体取得新进展。", "东、西山提质扩容。"}));
}

// ---- Clauses -----------------------------------------------------------------

BOOST_AUTO_TEST_CASE(clauses_split_at_commas_but_not_enumerations) {
  Document d = seg("完成营造林46万亩，绿化覆盖率、绿地率分别达到44.77%、39.64%。");
  BOOST_TEST(texts(d, Level::clause) ==
             (Strings{"完成营造林46万亩，", "绿化覆盖率、绿地率分别达到44.77%、39.64%。"}));
}

BOOST_AUTO_TEST_CASE(clauses_keep_brackets_quotes_and_numbers_whole) {
  Document d = seg("建设（含新建，改建）项目，“一网通，一窗办”，投资1,000万元, 时间09:45。");
  BOOST_TEST(texts(d, Level::clause) == (Strings{"建设（含新建，改建）项目，", "“一网通，一窗办”，",
                                                 "投资1,000万元,", "时间09:45。"}));
}

// ---- Paragraphs and layout repair ------------------------------------------------

BOOST_AUTO_TEST_CASE(column_breaks_are_repaired) {
  Document d = seg("建设一流创新平台，转化一流\n\n科技成果。抢抓机遇、倒\n\n逼提速。\n\n下一段。");
  BOOST_TEST(texts(d, Level::sentence) == (Strings{"建设一流创新平台，转化一流\n\n科技成果。",
                                                   "抢抓机遇、倒\n\n逼提速。", "下一段。"}));
  BOOST_TEST(d.units(Level::paragraph).size() == 2u);
  // The breaks inside sentences are layout noise.
  BOOST_TEST(d.layout_noise().size() == 2u);
  BOOST_TEST(d.layout_noise()[0].of(d.text()) == "\n\n");
}

BOOST_AUTO_TEST_CASE(hard_line_breaks_inside_a_sentence_are_repaired) {
  Document d = seg("今年经济社会发展的\n主要预期目标\n是：增长5%。\n各位代表！");
  BOOST_TEST(texts(d, Level::sentence) ==
             (Strings{"今年经济社会发展的\n主要预期目标\n是：增长5%。", "各位代表！"}));
}

BOOST_AUTO_TEST_CASE(a_blank_line_after_a_terminal_ends_the_paragraph) {
  Document d = seg("甲。\n\n乙。\n丙。");
  BOOST_TEST(texts(d, Level::paragraph) == (Strings{"甲。", "乙。", "丙。"}));
}

BOOST_AUTO_TEST_CASE(a_line_starting_with_a_closer_continues) {
  Document d = seg("细颗粒物（PM\n2.5\n）浓度下降。根据《\n著作权法\n》第五条\n。");
  BOOST_TEST(texts(d, Level::sentence) ==
             (Strings{"细颗粒物（PM\n2.5\n）浓度下降。", "根据《\n著作权法\n》第五条\n。"}));
}

BOOST_AUTO_TEST_CASE(short_debris_lines_stand_alone) {
  Document d = seg("下载\n打印\n各位代表：\n现在开会。");
  BOOST_TEST(texts(d, Level::paragraph) == (Strings{"下载", "打印", "各位代表：", "现在开会。"}));
}

BOOST_AUTO_TEST_CASE(page_markers_are_outside_every_unit) {
  const std::string text =
      "(上接第1版)文旅产业深度融合。抢抓机遇、倒\n\n（下转第三版）\n\n逼提速。\n\n【接A2版】";
  Document d = seg(text);
  BOOST_TEST(texts(d, Level::sentence) ==
             (Strings{"文旅产业深度融合。", "抢抓机遇、倒\n\n（下转第三版）\n\n逼提速。"}));
  for (Level level : {Level::paragraph, Level::sentence, Level::clause})
    for (const Unit& u : d.units(level)) {
      const std::string_view t = u.span.of(text);
      BOOST_TEST(t.find("上接") == std::string_view::npos);
      BOOST_TEST(t.find("A2") == std::string_view::npos);
    }
  std::vector<std::string> noise;
  for (const Span& s : d.layout_noise()) noise.emplace_back(s.of(text));
  BOOST_TEST(noise == (Strings{"(上接第1版)", "\n\n", "（下转第三版）", "\n\n", "【接A2版】"}));
}

BOOST_AUTO_TEST_CASE(a_page_break_between_lines_is_repaired) {
  Document d = seg("我们要抢抓机遇、倒(下转第3版)\n(上接第1版)逼提速、聚集资源。");
  BOOST_TEST(texts(d, Level::sentence) ==
             Strings{"我们要抢抓机遇、倒(下转第3版)\n(上接第1版)逼提速、聚集资源。"});
  BOOST_TEST(texts(d, Level::clause) ==
             Strings{"我们要抢抓机遇、倒(下转第3版)\n(上接第1版)逼提速、聚集资源。"});
  std::vector<std::string> noise;
  for (const Span& s : d.layout_noise()) noise.emplace_back(s.of(d.text()));
  BOOST_TEST(noise == (Strings{"(下转第3版)", "\n", "(上接第1版)"}));
}

BOOST_AUTO_TEST_CASE(an_edition_note_is_not_a_page_marker) {
  Document d = seg("出版《手册》（第2版）。");
  BOOST_TEST(texts(d, Level::sentence) == Strings{"出版《手册》（第2版）。"});
  BOOST_TEST(d.layout_noise().empty());
}

BOOST_AUTO_TEST_CASE(crlf_line_endings) {
  Document d = seg("一、标题\r\n\r\n正文一。\r\n这是一句，被硬换行打断的正文\r\n后半。\r\n");
  BOOST_TEST(texts(d, Level::sentence) ==
             (Strings{"一、标题", "正文一。", "这是一句，被硬换行打断的正文\r\n后半。"}));
  BOOST_TEST(headings(d) == Strings{"一、标题"});
}

BOOST_AUTO_TEST_CASE(lone_carriage_returns_end_lines) {
  Document d = seg("一、标题\r正文一。\r二、标题\r正文二。");
  BOOST_TEST(headings(d) == (Strings{"一、标题", "二、标题"}));
  BOOST_TEST(texts(d, Level::paragraph).size() == 4u);
}

BOOST_AUTO_TEST_CASE(bare_markup_lines_make_no_sentences) {
  Document d = seg("#######\n\n**\n\n##\n\n正文。");
  BOOST_TEST(texts(d, Level::sentence) == Strings{"正文。"});
  for (const std::string& h : headings(d)) BOOST_TEST(h.empty());
}

BOOST_AUTO_TEST_CASE(full_width_spaces_indent_headings_and_paragraphs) {
  Document d = seg("　　一、工作回顾\n　　过去一年。\n　　二、目标\n　　今年。");
  BOOST_TEST(headings(d) == (Strings{"一、工作回顾", "二、目标"}));
  BOOST_TEST(texts(d, Level::paragraph) ==
             (Strings{"一、工作回顾", "过去一年。", "二、目标", "今年。"}));
}

// ---- Sections --------------------------------------------------------------

BOOST_AUTO_TEST_CASE(markdown_numbered_and_bold_headings_nest) {
  const std::string text =
      "# 政府工作报告\n\n前言。\n\n**坚持生态优先。**回顾。\n\n## "
      "二、目标\n\n**打造高地。**正文。\n\n"
      "## 三、安排\n\n(一)**真抓实干。**正文。\n\n**推进布局。**正文。\n\n(二)坚定转型\n\n正文。";
  Document d = seg(text);
  BOOST_TEST(headings(d) == (Strings{"", "坚持生态优先。", "二、目标", "打造高地。", "三、安排",
                                     "真抓实干。", "推进布局。", "(二)坚定转型"}));
  BOOST_TEST(depths(d) == (std::vector<int>{0, 2, 1, 2, 1, 2, 3, 2}));
  const auto& s = d.sections();
  BOOST_TEST(s[1].parent == 0u);
  BOOST_TEST(s[3].parent == 2u);
  BOOST_TEST(s[6].parent == 5u);
  BOOST_TEST(s[7].parent == 4u);
  // Each sentence knows its top-level heading; the preamble's is "".
  std::vector<std::string> tops;
  for (const Unit& u : d.units(Level::sentence)) tops.emplace_back(d.top_heading(u));
  BOOST_TEST(tops ==
             (Strings{"", "", "", "", "二、目标", "二、目标", "二、目标", "三、安排", "三、安排",
                      "三、安排", "三、安排", "三、安排", "三、安排", "三、安排"}));
}

BOOST_AUTO_TEST_CASE(a_lone_top_markdown_heading_is_the_title_but_repeated_ones_are_sections) {
  Document title = seg("# 报告\n\n正文。\n\n## 一、回顾\n\n正文。");
  BOOST_TEST(headings(title) == (Strings{"", "一、回顾"}));
  Document parts = seg("# 甲\n\n正文。\n\n# 乙\n\n正文。");
  BOOST_TEST(headings(parts) == (Strings{"甲", "乙"}));
  BOOST_TEST(depths(parts) == (std::vector<int>{1, 1}));
}

BOOST_AUTO_TEST_CASE(run_in_heading_stops_at_its_first_terminal) {
  Document d = seg("一、回顾\n（一）创新宏观调控，保持经济运行在合理区间。面对压力，我们坚持。\n");
  BOOST_TEST(headings(d) == (Strings{"一、回顾", "（一）创新宏观调控，保持经济运行在合理区间。"}));
  BOOST_TEST(depths(d) == (std::vector<int>{1, 2}));
  BOOST_TEST(texts(d, Level::sentence).size() == 3u);
}

BOOST_AUTO_TEST_CASE(long_numbered_prose_is_not_a_heading) {
  std::string line = "一、";
  for (int i = 0; i < 70; ++i) line += "字";
  line += "。";
  Document d = seg("前言。\n" + line + "\n二、目标\n正文。");
  BOOST_TEST(headings(d) == (Strings{"", "二、目标"}));
}

BOOST_AUTO_TEST_CASE(enumerations_and_decimals_are_not_headings) {
  Document d = seg("一、二、三产业协同发展。\n2.5\n1、2号线开通。");
  BOOST_TEST(headings(d) == Strings{""});
  BOOST_TEST(depths(d) == std::vector<int>{0});
}

BOOST_AUTO_TEST_CASE(heading_with_no_body) {
  Document d = seg("一、甲\n二、乙\n正文。\n三、丙");
  BOOST_TEST(headings(d) == (Strings{"一、甲", "二、乙", "三、丙"}));
  BOOST_TEST(d.sections()[0].span.of(d.text()) == "一、甲");
  BOOST_TEST(d.sections()[1].span.of(d.text()) == "二、乙\n正文。");
  BOOST_TEST(d.sections()[2].span.of(d.text()) == "三、丙");
}

BOOST_AUTO_TEST_CASE(top_level_is_the_highest_numbering_present) {
  Document d = seg("前言。\n（一）甲\n正文。\n（二）乙\n正文。");
  BOOST_TEST(depths(d) == (std::vector<int>{0, 1, 1}));
  Document e = seg("前言。\n（一）预备\n正文。\n一、甲\n（一）子\n1.细项\n正文。\n二、乙");
  BOOST_TEST(depths(e) == (std::vector<int>{0, 2, 1, 2, 3, 1}));
  BOOST_TEST(e.sections()[1].parent == 0u);  // a preamble sub-heading
}

BOOST_AUTO_TEST_CASE(markdown_level_takes_its_numbering_rank) {
  Document d = seg("## 二、甲\n\n（一）乙\n\n正文。\n\n## 三、丙\n\n正文。\n\n### 附注\n\n说明。");
  BOOST_TEST(headings(d) == (Strings{"二、甲", "（一）乙", "三、丙", "附注"}));
  BOOST_TEST(depths(d) == (std::vector<int>{1, 2, 1, 2}));
}

BOOST_AUTO_TEST_CASE(appendix_encloses_its_own_numbered_list) {
  Document d =
      seg("一、甲\n正文。\n二、乙\n正文。\n附件1\n民生实事\n一、提高低保。\n正文。\n二、长期护理。"
          "\n正文。");
  BOOST_TEST(headings(d) ==
             (Strings{"一、甲", "二、乙", "附件1", "一、提高低保。", "二、长期护理。"}));
  BOOST_TEST(depths(d) == (std::vector<int>{1, 1, 1, 2, 2}));
  BOOST_TEST(d.sections()[3].parent == 2u);
}

BOOST_AUTO_TEST_CASE(chapters_enclose_numbered_headings) {
  Document d = seg("第一章 总则\n一、目标\n正文。\n第二章 任务\n一、安排\n正文。");
  BOOST_TEST(depths(d) == (std::vector<int>{1, 2, 1, 2}));
  std::vector<std::string> tops;
  for (const Unit& u : d.units(Level::sentence)) tops.emplace_back(d.top_heading(u));
  BOOST_TEST(tops.back() == "第二章 任务");
}

BOOST_AUTO_TEST_CASE(units_record_their_innermost_section) {
  Document d = seg("一、甲\n（一）子\n正文。\n二、乙\n正文。");
  const auto& sentences = d.units(Level::sentence);
  BOOST_TEST_REQUIRE(sentences.size() == 5u);
  BOOST_TEST(sentences[2].section == 1u);
  BOOST_TEST(d.top_section(sentences[2]) == 0u);
  BOOST_TEST(sentences[4].section == 2u);
}
