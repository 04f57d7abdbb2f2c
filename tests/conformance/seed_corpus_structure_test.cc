#define BOOST_TEST_MODULE seed_corpus_structure
#include <boost/test/unit_test.hpp>

#include <string>
#include <vector>

#include "mubiao/segment.h"
#include "test_support.h"
#include "text/utf8.h"

using mubiao::Document;
using mubiao::Level;
using mubiao::Section;
using mubiao::Span;
using mubiao::Unit;

namespace {

using mubiao::test::segmenter;

struct Report {
  std::string name, text;
};

const std::vector<Report>& reports() {
  static const std::vector<Report> all = [] {
    mubiao::test::require_shared("seed/taiyuan-2022-work-report.txt");
    std::vector<Report> out;
    for (const auto& p : mubiao::test::shared_reports())
      out.push_back(Report{p.filename().string(), mubiao::test::read_file(p)});
    return out;
  }();
  return all;
}

const Report& seed() {
  for (const Report& r : reports())
    if (r.name == "taiyuan-2022-work-report.txt") return r;
  BOOST_FAIL("seed report missing");
  return reports().front();
}

std::u32string decode(std::string_view s) {
  std::u32string out;
  for (std::size_t i = 0; i < s.size();) out += mubiao::utf8::decode(s, i);
  return out;
}

bool is_space(char32_t c) {
  return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == U'\u3000' || c == U'\u200B' ||
         c == U'\u00A0' || c == U'\uFEFF';
}

bool is_digit(char32_t c) { return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９'); }

// Pairs checked independently of the library's own table.
constexpr std::u32string_view kOpen = U"“‘（(【《「『〔[";
constexpr std::u32string_view kClose = U"”’）)】》」』〕]";

// Whether a quotation or bracket opened in s is still open at its end.
bool ends_inside_pair(std::u32string_view s) {
  std::u32string stack;
  for (char32_t c : s) {
    if (auto o = kOpen.find(c); o != std::u32string_view::npos) {
      stack += kClose[o];
    } else if (kClose.find(c) != std::u32string_view::npos && !stack.empty() && stack.back() == c) {
      stack.pop_back();
    }
  }
  return !stack.empty();
}

// The first character at or after byte pos that is not a space within the
// line, or 0 (a line break separates numbers: "附件1\n2026年").
char32_t next_char(std::string_view text, std::size_t pos) {
  while (pos < text.size()) {
    char32_t c = mubiao::utf8::decode(text, pos);
    if (c == U'\n' || c == U'\r') return 0;
    if (!is_space(c)) return c;
  }
  return 0;
}

}  // namespace

BOOST_AUTO_TEST_CASE(seed_has_its_two_top_level_sections_and_a_preamble) {
  const Report& r = seed();
  Document d = segmenter().segment(r.text);
  std::vector<std::string> top;
  for (const Section& s : d.sections())
    if (s.depth == 1) top.emplace_back(s.heading.of(r.text));
  BOOST_TEST(top == (std::vector<std::string>{"二、今后五年工作目标任务", "三、2022年工作安排"}));
  // The title line is not a section; the review before 二、 is the preamble.
  BOOST_TEST_REQUIRE(!d.sections().empty());
  BOOST_TEST(d.sections()[0].depth == 0);
  BOOST_TEST(d.sections()[0].heading.empty());
  const auto& sentences = d.units(Level::sentence);
  BOOST_TEST_REQUIRE(!sentences.empty());
  BOOST_TEST(d.top_heading(sentences.front()) == "");
  BOOST_TEST(d.top_heading(sentences.back()) == "三、2022年工作安排");
  for (const Section& s : d.sections())
    BOOST_TEST(s.heading.of(r.text).find("政府工作报告") == std::string_view::npos);
  // Bold lead sentences are sub-headings below the numbered ones.
  std::size_t bold_under_top = 0;
  for (const Section& s : d.sections())
    if (s.depth >= 2 && d.sections()[s.parent].depth >= 1) ++bold_under_top;
  BOOST_TEST(bold_under_top > 20u);
}

BOOST_AUTO_TEST_CASE(seed_column_breaks_are_one_sentence) {
  const Report& r = seed();
  Document d = segmenter().segment(r.text);
  // Each pair is the text on either side of a blank line that cuts a sentence.
  const std::pair<std::string_view, std::string_view> breaks[] = {
      {"转化一流", "科技成果"}, {"抢抓机遇、倒", "逼提速"}, {"改革，打造", "“三无”"}};
  for (const auto& [before, after] : breaks) {
    bool found = false;
    for (const Unit& u : d.units(Level::sentence)) {
      std::string_view t = u.span.of(r.text);
      std::size_t b = t.find(before);
      if (b == std::string_view::npos) continue;
      found = true;
      BOOST_TEST(t.find(after, b) != std::string_view::npos, before << " / " << after);
    }
    BOOST_TEST(found, before);
  }
}

BOOST_AUTO_TEST_CASE(seed_page_markers_are_outside_every_sentence) {
  const Report& r = seed();
  Document d = segmenter().segment(r.text);
  std::vector<Span> markers;
  for (std::string_view m : {"(上接第1版)", "(下转第3版)"}) {
    std::size_t at = r.text.find(m);
    BOOST_TEST_REQUIRE(at != std::string::npos);
    markers.push_back(Span{at, at + m.size()});
  }
  for (const Span& m : markers) {
    for (Level level : {Level::paragraph, Level::sentence, Level::clause})
      for (const Unit& u : d.units(level))
        BOOST_TEST(!(u.span.start < m.end && m.start < u.span.end), "unit overlaps a marker");
    bool listed = false;
    for (const Span& n : d.layout_noise()) listed = listed || n == m;
    BOOST_TEST(listed);
  }
}

BOOST_AUTO_TEST_CASE(corpus_units_are_ordered_exact_and_trimmed) {
  for (const Report& r : reports()) {
    BOOST_TEST_CONTEXT(r.name) {
      Document d = segmenter().segment(r.text);
      BOOST_TEST(d.text().data() == r.text.data());
      for (Level level : {Level::paragraph, Level::sentence, Level::clause}) {
        const auto& units = d.units(level);
        BOOST_TEST(!units.empty());
        for (std::size_t i = 0; i < units.size(); ++i) {
          const Span s = units[i].span;
          BOOST_TEST_REQUIRE(s.start < s.end);
          BOOST_TEST_REQUIRE(s.end <= r.text.size());
          BOOST_TEST((s.of(d.text()) == std::string_view(r.text).substr(s.start, s.size())));
          if (i > 0) BOOST_TEST(units[i - 1].span.end <= s.start);
          const std::u32string t = decode(s.of(r.text));
          BOOST_TEST(!is_space(t.front()));
          BOOST_TEST(!is_space(t.back()));
        }
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(corpus_sentences_never_end_inside_a_number_quotation_or_bracket) {
  for (const Report& r : reports()) {
    BOOST_TEST_CONTEXT(r.name) {
      Document d = segmenter().segment(r.text);
      for (const Unit& u : d.units(Level::sentence)) {
        const std::u32string t = decode(u.span.of(r.text));
        BOOST_TEST(!ends_inside_pair(t), "open pair: " << u.span.of(r.text));
        const char32_t after = next_char(r.text, u.span.end);
        const bool number_cut =
            (is_digit(t.back()) || t.back() == U'.' || t.back() == U'．') && is_digit(after);
        BOOST_TEST(!number_cut, "number cut: " << u.span.of(r.text));
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(corpus_top_level_numbering_runs_in_order) {
  const std::u32string_view numerals = U"一二三四五六七八九十";
  for (const Report& r : reports()) {
    BOOST_TEST_CONTEXT(r.name) {
      Document d = segmenter().segment(r.text);
      std::size_t expected = 0, numbered = 0;
      for (const Section& s : d.sections()) {
        if (s.depth != 1) continue;
        const std::u32string h = decode(s.heading.of(r.text));
        if (h.size() < 2 || h[1] != U'、' || numerals.find(h[0]) == std::u32string_view::npos)
          continue;
        // Excerpts may start later than 一、, but never skip or go back.
        if (numbered == 0) expected = numerals.find(h[0]);
        BOOST_TEST(numerals.find(h[0]) == expected, "out of order: " << s.heading.of(r.text));
        ++expected;
        ++numbered;
      }
      BOOST_TEST(numbered >= 2u);
    }
  }
}

BOOST_AUTO_TEST_CASE(corpus_sections_nest_and_cover_their_units) {
  for (const Report& r : reports()) {
    BOOST_TEST_CONTEXT(r.name) {
      Document d = segmenter().segment(r.text);
      const auto& sections = d.sections();
      for (std::size_t i = 0; i < sections.size(); ++i) {
        const Section& s = sections[i];
        if (s.depth > 1) BOOST_TEST(sections[s.parent].span.contains(s.span));
        BOOST_TEST(s.span.contains(s.heading));
      }
      for (const Unit& u : d.units(Level::sentence)) {
        const Section& s = sections[u.section];
        BOOST_TEST(s.span.contains(u.span));
      }
    }
  }
}
