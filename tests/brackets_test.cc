// The marks the layout scan records, read line by line (segment/brackets.h),
// against the two walks they replaced: a line's balance counted over every
// character of it, and a paragraph's marks collected by one CharWalker over
// the whole paragraph (page markers skipped, the layout between its lines
// included).
#define BOOST_TEST_MODULE brackets
#include <boost/test/unit_test.hpp>

#include <random>
#include <string>
#include <vector>

#include "data/structure_tables.h"
#include "segment/brackets.h"
#include "segment/layout_repair.h"
#include "segment/sentences.h"
#include "test_support.h"
#include "text/utf8.h"

namespace tables = mubiao::data::structure;
using mubiao::Span;
using namespace mubiao::structure;

namespace {

long reference_balance(std::string_view text, Span s) {
  long balance = 0;
  for (std::size_t i = s.start; i < s.end;) {
    const char32_t c = mubiao::utf8::decode(text, i);
    balance += tables::is_opener(c) ? 1 : tables::is_closer(c) ? -1 : 0;
  }
  return balance;
}

std::vector<BracketEvent> reference_events(std::string_view text, Span paragraph,
                                           const std::vector<Span>& markers) {
  std::vector<BracketMark> marks;
  for (CharWalker w(text, paragraph, markers); !w.done();) {
    if (w.skip_plain() || w.skip_marker()) continue;
    const char32_t c = w.peek();
    if (int o = tables::opener_index(c); o >= 0)
      marks.push_back(bracket_mark(w.pos(), o, true));
    else if (int k = tables::closer_index(c); k >= 0)
      marks.push_back(bracket_mark(w.pos(), k, false));
    w.next();
  }
  std::vector<std::size_t> open;
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (marks[i].open) {
      open.push_back(i);
      continue;
    }
    const std::size_t reach = std::min(open.size(), tables::kBracketRecoveryDepth);
    for (std::size_t d = 1; d <= reach; ++d) {
      const std::size_t j = open[open.size() - d];
      if (marks[j].pair != marks[i].pair) continue;
      marks[j].matched = marks[i].matched = true;
      open.resize(open.size() - d);
      break;
    }
  }
  std::vector<BracketEvent> events;
  for (const BracketMark& m : marks)
    if (m.matched) events.push_back(BracketEvent{m.offset, m.open ? 1 : -1});
  return events;
}

// Pieces of reports as PDF extraction leaves them: page markers inside and
// at the edges of lines, page numbers, form feeds, running heads (some with
// brackets, some starting with a Han character), quotes across lines.
const std::vector<std::string> kPieces = {"发展",
                                          "经济",
                                          "增长",
                                          "。",
                                          "，",
                                          "“",
                                          "”",
                                          "（",
                                          "）",
                                          "《",
                                          "》",
                                          "【",
                                          "】",
                                          "(",
                                          ")",
                                          "[",
                                          "]",
                                          "‘",
                                          "’",
                                          "〔",
                                          "〕",
                                          "\n",
                                          "\n",
                                          "\n\n",
                                          " ",
                                          "\u3000",
                                          "\f",
                                          "！",
                                          "？",
                                          "*",
                                          "#",
                                          "a",
                                          "7",
                                          "（上接第1版）",
                                          "(下转第3版)",
                                          "【 转 第 A2 版 】",
                                          "\n— 3 —\n",
                                          "\n第3页\n",
                                          "\n报（二〇二四）\n",
                                          "\n北京日报（2024年）\n",
                                          "\n（日报）\n",
                                          "\n12\n\f"};

std::string random_text(std::mt19937& rng, std::size_t pieces) {
  return mubiao::test::random_concat(rng, kPieces, pieces);
}

}  // namespace

BOOST_AUTO_TEST_CASE(one_walk_per_line_finds_what_the_paragraph_walk_found) {
  std::mt19937 rng(15);
  std::size_t checked = 0, events = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = random_text(rng, 10 + round % 200);
    Layout layout = scan_layout(text);
    const LineBrackets scan = scan_line_brackets(layout);
    BOOST_REQUIRE_EQUAL(scan.balance.size(), layout.lines.size());
    for (std::size_t i = 0; i < layout.lines.size(); ++i)
      BOOST_REQUIRE_EQUAL(scan.balance[i], reference_balance(text, layout.lines[i].content));
    std::vector<BracketEvent> got;
    // Every run of up to five lines, as a paragraph.
    for (std::size_t a = 0; a < layout.lines.size(); ++a) {
      for (std::size_t b = a + 1; b <= layout.lines.size() && b <= a + 5; ++b) {
        const Span p{layout.lines[a].content.start, layout.lines[b - 1].content.end};
        BracketScratch scratch;  // a fresh one: these paragraphs overlap
        match_brackets(text, layout.lines, a, b, layout.markers, scan, scratch, got);
        const std::vector<BracketEvent> want = reference_events(text, p, layout.markers);
        BOOST_REQUIRE_EQUAL(got.size(), want.size());
        for (std::size_t k = 0; k < got.size(); ++k) {
          BOOST_REQUIRE_EQUAL(got[k].offset, want[k].offset);
          BOOST_REQUIRE_EQUAL(got[k].delta, want[k].delta);
        }
        ++checked;
        events += got.size();
      }
    }
    // And paragraphs in text order, as the Document builder asks: one
    // scratch reads the scan's marks once.
    BracketScratch scratch;
    for (std::size_t a = 0; a < layout.lines.size();) {
      const std::size_t b = std::min(layout.lines.size(), a + 1 + rng() % 4);
      const Span p{layout.lines[a].content.start, layout.lines[b - 1].content.end};
      match_brackets(text, layout.lines, a, b, layout.markers, scan, scratch, got);
      const std::vector<BracketEvent> want = reference_events(text, p, layout.markers);
      BOOST_REQUIRE_EQUAL(got.size(), want.size());
      for (std::size_t k = 0; k < got.size(); ++k)
        BOOST_REQUIRE_EQUAL(got[k].offset, want[k].offset);
      a = b;
    }
  }
  // The texts held paragraphs, and pairs in them.
  BOOST_TEST(checked > 10000u);
  BOOST_TEST(events > 10000u);
}
