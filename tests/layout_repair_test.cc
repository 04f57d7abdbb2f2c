#define BOOST_TEST_MODULE layout_repair
#include <boost/test/unit_test.hpp>

// Layout repair for text as PDF or web-page extraction leaves it (issue 10):
// hard wraps inside words, numbers and quotations; page numbers, form feeds
// and running heads between pages; pdftotext -layout indentation and column
// spaces. Spans keep pointing at the original bytes; Document::plain() and
// plain_text() give the text with the layout removed, which numbers and
// targets read.

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "mubiao/numbers.h"
#include "mubiao/pipeline.h"
#include "mubiao/segment.h"
#include "test_support.h"
#include "text/utf8.h"

using namespace mubiao;
using mubiao::test::segmenter;
using Strings = std::vector<std::string>;

namespace {

std::size_t chars(std::string_view s) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < s.size(); utf8::decode(s, i)) ++n;
  return n;
}

// The first n characters of s.
std::string take(std::string_view s, std::size_t n) {
  std::size_t i = 0;
  while (n-- > 0 && i < s.size()) utf8::decode(s, i);
  return std::string(s.substr(0, i));
}

// A paragraph hard-wrapped every width characters, as a PDF prints it, so
// that a line break falls between before and after: prose is put in front
// of before until the break lands there.
std::string wrapped(const std::string& before, const std::string& after, std::size_t width = 24) {
  static const std::string kProse =
      "全市上下坚持稳中求进工作总基调，完整准确全面贯彻新发展理念，着力推动高质量发展，"
      "统筹发展和安全，经济社会发展取得新成效，";
  std::string prose;
  const std::size_t need = (width - chars(before) % width) % width + width;
  while (chars(prose) < need) prose += kProse;
  // A sentence ends before the words under test begin.
  std::string paragraph = take(prose, need - 1) + "。" + before + after;
  std::string out;
  test::append_hard_wrapped(out, paragraph, width);
  return out;
}

// The plain text of the last sentence (the one the words under test are in).
std::string last_sentence(const Document& d) {
  BOOST_TEST_REQUIRE(!d.units(Level::sentence).empty());
  return d.plain_text(d.units(Level::sentence).back().span);
}

Strings texts(const Document& d, Level level) {
  Strings out;
  for (const Unit& u : d.units(level)) out.emplace_back(u.span.of(d.text()));
  return out;
}

Strings noise(const Document& d) {
  Strings out;
  for (const Span& s : d.layout_noise())
    if (!s.of(d.text()).empty() &&
        s.of(d.text()).find_first_not_of(" \n\r\t\f") != std::string::npos)
      out.emplace_back(s.of(d.text()));
  return out;
}

// Whether some unit of any level holds needle.
bool in_some_unit(const Document& d, std::string_view needle) {
  for (Level level : {Level::paragraph, Level::sentence, Level::clause})
    for (const Unit& u : d.units(level))
      if (u.span.of(d.text()).find(needle) != std::string_view::npos) return true;
  return false;
}

const Pipeline& pipeline() {
  static const Pipeline p;
  return p;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_wrapping_helper_breaks_where_asked) {
  const std::string t = wrapped("绿地率达到39.6", "4%。");
  BOOST_TEST(t.find("39.6\n4%") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_number_broken_by_a_wrap_is_one_mention) {
  const std::string t = wrapped("绿化覆盖率、绿地率分别达到44.77%、39.6", "4%，绿色遍染晋州大地。");
  const Document d = segmenter().segment(t);
  BOOST_TEST(last_sentence(d) == "绿化覆盖率、绿地率分别达到44.77%、39.64%，绿色遍染晋州大地。");
  bool found = false;
  for (const Mention& m : pipeline().numbers().find(d))
    if (m.kind == NumberKind::percent && m.exact == "39.64") {
      found = true;
      BOOST_TEST(m.span.of(t) == "39.6\n4%");  // the span covers the break
    }
  BOOST_TEST(found);
}

BOOST_AUTO_TEST_CASE(a_number_and_its_unit_broken_by_a_wrap_stay_together) {
  const std::string t = wrapped("全年完成固定资产投资3500", "亿元以上，增长10%。");
  const Document d = segmenter().segment(t);
  bool found = false;
  for (const Mention& m : pipeline().numbers().find(d))
    if (m.unit == "元") found = m.exact == "350000000000";
  BOOST_TEST(found);
  const auto v = pipeline().targets(t);
  BOOST_TEST_REQUIRE(!v.empty());
  BOOST_TEST(v.front().unit == "元");
  BOOST_TEST(v.front().indicator.find('\n') == std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_number_split_by_a_page_break_and_its_page_number) {
  // "5." at the foot of page 3, "5%左右" at the head of page 4.
  const std::string t = wrapped("今年全市地区生产总值增长5.", "\n\n— 3 —\n\f5%左右。") + "\n";
  const Document d = segmenter().segment(t);
  BOOST_TEST(noise(d) == Strings{"— 3 —"});
  BOOST_TEST(last_sentence(d) == "今年全市地区生产总值增长5.5%左右。");  // across the page break
  BOOST_TEST(d.plain().text.find("— 3 —") == std::string::npos);
  const auto v = pipeline().targets(t);
  BOOST_TEST_REQUIRE(v.size() == 1u);
  BOOST_TEST(v[0].indicator == "地区生产总值");
  BOOST_TEST(v[0].exact == "5.5");
  BOOST_TEST(std::string(comparator_name(v[0].comparator)) == "approx");
}

BOOST_AUTO_TEST_CASE(page_numbers_in_every_printed_form_are_noise) {
  for (const char* page : {"— 12 —", "—12—", "- 12 -", "第12页", "第 12 页 共 20 页",
                           "共20页 第12页", "12/20", "12／20"}) {
    const std::string t =
        wrapped("城镇新增就业5.3万人，", "\n" + std::string(page) + "\n调查失业率控制在5.5%以内。");
    const Document d = segmenter().segment(t);
    BOOST_TEST(noise(d) == Strings{page}, page);
    for (const Unit& u : d.units(Level::sentence))
      BOOST_TEST(d.plain_text(u.span).find(page) == std::string::npos, page);
    BOOST_TEST(d.plain().text.find(page) == std::string::npos, page);
  }
}

BOOST_AUTO_TEST_CASE(a_bare_page_number_counts_only_at_a_form_feed) {
  const std::string at_break =
      wrapped("城镇新增就业5.3万人，", "\n\n7\n\f调查失业率控制在5.5%以内。");
  BOOST_TEST(noise(segmenter().segment(at_break)) == Strings{"7"});
  // "附件\n2" or a lone number in prose is no page number.
  const Document d = segmenter().segment("一、附件\n2\n正文。");
  BOOST_TEST(
      noise(d).empty());  // A slash needs the page count after it, also where the text ends at it
  // (the page-number reader once read the byte past "5／").
  for (const char* t : {"5／", "正文。\n12／\n正文。", "正文。\n3／/20\n"})
    BOOST_TEST(noise(segmenter().segment(t)).empty(), t);
}

BOOST_AUTO_TEST_CASE(a_running_head_repeated_on_every_page_is_noise) {
  std::string t;
  for (int page = 1; page <= 4; ++page) {
    t += "\f太原市政府工作报告\n";
    t += wrapped("第" + std::to_string(page) + "页的正文，全市新增就业5", "万人。") + "\n";
    t += "— " + std::to_string(page) + " —\n";
  }
  const Document d = segmenter().segment(t);
  BOOST_TEST(!in_some_unit(d, "太原市政府工作报告"));
  BOOST_TEST(d.units(Level::sentence).size() == 8u);  // two a page, none across a head
  std::size_t heads = 0;
  for (const std::string& n : noise(d)) heads += n == "太原市政府工作报告";
  BOOST_TEST(heads == 4u);
}

BOOST_AUTO_TEST_CASE(a_title_line_said_twice_is_no_running_head) {
  const std::string t = "2024年工作安排\n今年要做好以下工作。\n2024年工作安排\n甲。\n";
  BOOST_TEST(noise(segmenter().segment(t)).empty());
}

BOOST_AUTO_TEST_CASE(a_quotation_or_name_broken_by_a_wrap_is_joined) {
  const std::string t = wrapped("科学编制“十四", "五”规划，推动太忻一体化经济区建设。");
  const Document d = segmenter().segment(t);
  BOOST_TEST(last_sentence(d) == "科学编制“十四五”规划，推动太忻一体化经济区建设。");
  const std::string u = wrapped("推动太忻一体", "化经济区建设取得新成效。");
  BOOST_TEST(segmenter().segment(u).plain().text.find("太忻一体化经济区") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(an_indicator_cut_by_a_wrap_is_read_whole) {
  const std::string t = wrapped("城镇和农", "村居民人均可支配收入分别增长8%、9.6%。");
  const auto v = pipeline().targets(t);
  BOOST_TEST_REQUIRE(v.size() == 2u);
  BOOST_TEST(v[0].indicator == "城镇居民人均可支配收入");
  BOOST_TEST(v[1].indicator == "农村居民人均可支配收入");
  const Document d = segmenter().segment(t);
  BOOST_TEST(d.plain_text(v[1].span).find('\n') == std::string::npos);
  BOOST_TEST(v[1].span.of(t).find('\n') != std::string_view::npos);  // offsets are the file's
}

BOOST_AUTO_TEST_CASE(a_heading_that_is_really_a_wrapped_line_is_no_heading) {
  // The wrap put "（一）" at a line start in the middle of a sentence.
  const std::string t = wrapped("认真贯彻落实中央", "（一）号文件精神，全面推进乡村振兴。") + "\n";
  const Document d = segmenter().segment(t);
  BOOST_TEST(d.sections().size() == 1u);  // the preamble only
  BOOST_TEST(last_sentence(d) == "认真贯彻落实中央（一）号文件精神，全面推进乡村振兴。");
}

BOOST_AUTO_TEST_CASE(a_real_short_heading_line_stays_a_heading) {
  const std::string t = wrapped("全年地区生产总值增长6.5", "%。") + "\n二、2024年工作安排\n" +
                        wrapped("今年地区生产总值增长", "6%左右。") + "\n";
  const Document d = segmenter().segment(t);
  bool heading = false;
  for (const Section& s : d.sections())
    heading = heading || s.heading.of(t) == "二、2024年工作安排";
  BOOST_TEST(heading);
  BOOST_TEST(texts(d, Level::paragraph).size() == 3u);
}

BOOST_AUTO_TEST_CASE(an_unnumbered_title_line_ends_its_paragraph) {
  // In wrapped text and in clean text alike.
  for (const std::string& body :
       {wrapped("今年地区生产总值增长", "6%左右。"),
        std::string(
            "今年地区生产总值增长6%左右，城镇新增就业5万人以上，居民收入增长与经济增长同步。")}) {
    const std::string t = "2024年工作安排\n" + body + "\n";
    const Document d = segmenter().segment(t);
    BOOST_TEST_REQUIRE(!d.units(Level::paragraph).empty());
    BOOST_TEST(d.units(Level::paragraph).front().span.of(t) == "2024年工作安排");
  }
}

BOOST_AUTO_TEST_CASE(the_short_last_line_of_a_wrapped_block_ends_it) {
  // A wrapped title block: its last line does not fill the width.
  const std::string t = wrapped("——2024年1月13日在马鞍山市第十七届人民代表大会第四次会议", "上") +
                        "\n市人民政府市长 葛斌\n";
  const Document d = segmenter().segment(t);
  BOOST_TEST(texts(d, Level::paragraph).back() == "市人民政府市长 葛斌");
}

BOOST_AUTO_TEST_CASE(short_lines_of_names_are_not_joined_across_an_empty_line) {
  const std::string t = "出席人员：\n\n张三丰\n\n李四光\n\n王五\n\n赵六明\n";
  const Document d = segmenter().segment(t);
  BOOST_TEST(texts(d, Level::sentence) ==
             (Strings{"出席人员：", "张三丰", "李四光", "王五", "赵六明"}));
}

BOOST_AUTO_TEST_CASE(pdftotext_layout_indentation_and_column_spaces) {
  // pdftotext -layout: a paragraph's first line indented, continuation lines
  // flush left, column-aligning runs of spaces inside a line.
  const std::string t =
      "   现在，我代表市人民政府，向大会报告工作，请予审议，并请市政协委员提出\n"
      "意见。\n"
      "   过去一年，全市地区生产总值增长6.5%，规模以上工业增加值增长8.1%，城\n"
      "乡居民人均可支配收入分别增长5.2%、   7.1%。\n";
  const Document d = segmenter().segment(t);
  BOOST_TEST(d.units(Level::paragraph).size() == 2u);
  const std::string plain = d.plain().text;
  BOOST_TEST(plain.find("城乡居民") != std::string::npos);
  BOOST_TEST(plain.find("5.2%、7.1%") != std::string::npos);
  const auto v = pipeline().targets(t);
  BOOST_TEST_REQUIRE(v.size() == 4u);
  // "城\n乡" read whole: 城乡居民 before 分别 is read as its members.
  BOOST_TEST(v[2].indicator == "城镇居民人均可支配收入");
  BOOST_TEST(v[3].indicator == "农村居民人均可支配收入");
}

BOOST_AUTO_TEST_CASE(latin_words_split_by_a_line_break_stay_apart) {
  const Document d =
      segmenter().segment("这是一段文字，其中包含Public\ndomain这一说法，用于测试。");
  BOOST_TEST(d.plain().text.find("Public domain") != std::string::npos);
  BOOST_TEST(d.plain_text(d.units(Level::sentence).front().span).find("Public domain") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(plain_offsets_map_back_to_the_original_bytes) {
  const std::string t = wrapped("绿地率达到39.6", "4%。");
  const Document d = segmenter().segment(t);
  const PlainText p = d.plain();
  BOOST_TEST_REQUIRE(p.input_offset(p.text.size()) == t.size());
  const std::size_t at = p.text.find("39.64%");
  const Span original = p.input_span(Span{at, at + 6});
  BOOST_TEST(original.of(t) == "39.6\n4%");
  BOOST_TEST(p.plain_span(original).of(p.text) == "39.64%");
  // Clean text is its own plain text.
  const Document c = segmenter().segment("地区生产总值增长6%。\n居民收入同步增长。");
  BOOST_TEST(c.plain().text == c.text());
}

// The compact source map (one run per stretch copied whole) against a
// byte-by-byte reading of it, on texts full of wraps, page numbers, Latin
// words split by breaks and runs of spaces: every plain byte is the input
// byte it maps to (or the space a break between Latin letters becomes),
// offsets rise strictly, and plain_span is the search over the byte map.
BOOST_AUTO_TEST_CASE(compact_source_map_agrees_with_a_byte_map) {
  const std::vector<std::string> pieces = {"发展",   "增长",   "7%",   "39.6",    "亿元",
                                           "。",     "，",     "；",   "\n",      "\n\n",
                                           "  ",     " ",      "\r\n", "— 3 —\n", "\n第2页\n",
                                           "Public", "domain", "PM",   "2.5",     "（上接第1版）"};
  std::mt19937 rng(11);
  std::size_t runs_seen = 0;
  for (int round = 0; round < 300; ++round) {
    std::string t = mubiao::test::random_concat(rng, pieces, 1 + round % 120);
    const Document d = segmenter().segment(t);
    const PlainText p = d.plain();
    BOOST_TEST_REQUIRE(!p.runs.empty());
    BOOST_TEST(p.runs.front().plain == 0u);
    runs_seen += p.runs.size();
    std::vector<std::size_t> source;
    for (std::size_t i = 0; i <= p.text.size(); ++i) source.push_back(p.input_offset(i));
    BOOST_TEST_REQUIRE(source.back() == t.size());
    for (std::size_t i = 0; i < p.text.size(); ++i) {
      BOOST_TEST_REQUIRE(source[i] < source[i + 1]);
      const bool same = p.text[i] == t[source[i]];
      auto latin = [](char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); };
      const bool space = p.text[i] == ' ' && i > 0 && latin(p.text[i - 1]) &&
                         i + 1 < p.text.size() && latin(p.text[i + 1]);
      BOOST_TEST_REQUIRE((same || space), "plain byte " << i << " of " << t);
    }
    for (std::size_t a = 0; a <= t.size(); a += 1 + a % 3) {
      for (std::size_t b = a; b <= t.size(); b += 1 + b % 7) {
        auto at = [&](std::size_t off) {
          return static_cast<std::size_t>(std::lower_bound(source.begin(), source.end() - 1, off) -
                                          source.begin());
        };
        const Span want{at(a), std::max(at(a), at(b))};
        const Span got = p.plain_span(Span{a, b});
        BOOST_TEST_REQUIRE((got.start == want.start && got.end == want.end));
      }
    }
    for (std::size_t a = 0; a <= p.text.size(); a += 1 + a % 5) {
      const Span in = p.input_span(Span{a, std::min(p.text.size(), a + 4)});
      BOOST_TEST_REQUIRE(in.start == source[a]);
    }
  }
  // Layout was removed often enough for runs to matter.
  BOOST_TEST(runs_seen > 600u);
}

// A Document built down to sentences (numbers read through the layout with
// it) is the full one without its clauses: the same sections, paragraphs,
// sentences, layout noise and plain text, on layout-heavy random text.
BOOST_AUTO_TEST_CASE(a_document_without_clauses_is_the_same_down_to_sentences) {
  const std::vector<std::string> pieces = {
      "发展", "增长",   "7%", "39.6", "亿元", "。", "，",   "；",      "：",        "（",
      "）",   "“",      "”",  "\n",   "\n\n", "  ", "\r\n", "— 3 —\n", "\n第2页\n", "（上接第1版）",
      "一、", "（二）", "3.", "\f",   "PM",   "2.5"};
  std::mt19937 rng(13);
  std::size_t clauses = 0, noisy = 0;
  auto spans = [](const Document& d, Level level) {
    std::vector<std::pair<std::size_t, std::size_t>> out;
    for (const Unit& u : d.units(level))
      out.emplace_back(u.span.start, u.span.end + 1000 * u.section);
    return out;
  };
  for (int round = 0; round < 300; ++round) {
    std::string t = mubiao::test::random_concat(rng, pieces, 1 + round % 150);
    const Document full = segmenter().segment(t);
    const Document light = segmenter().segment(t, Level::sentence);
    BOOST_TEST(light.units(Level::clause).empty());
    for (Level level : {Level::section, Level::paragraph, Level::sentence})
      BOOST_TEST_REQUIRE((spans(light, level) == spans(full, level)), t);
    BOOST_TEST_REQUIRE(light.sections().size() == full.sections().size());
    std::vector<std::pair<std::size_t, std::size_t>> a, b;
    for (const Span& s : light.layout_noise()) a.emplace_back(s.start, s.end);
    for (const Span& s : full.layout_noise()) b.emplace_back(s.start, s.end);
    BOOST_TEST_REQUIRE((a == b), t);
    BOOST_TEST_REQUIRE(light.plain().text == full.plain().text);
    // Asking for clauses (or words) builds them.
    BOOST_TEST(spans(segmenter().segment(t, Level::word), Level::clause) ==
               spans(full, Level::clause));
    clauses += full.units(Level::clause).size();
    noisy += !full.layout_noise().empty();
  }
  BOOST_TEST(clauses > 1000u);
  BOOST_TEST(noisy > 100u);
}
