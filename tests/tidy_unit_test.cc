// tidy_unit (segment/sentences.h), which tells the edges of a unit by their
// bytes where it can, against the reading that decodes every edge
// character: every span between character boundaries of random texts made
// of whitespace of one to three bytes, bold marks, terminals and Han text.
#define BOOST_TEST_MODULE tidy_unit
#include <boost/test/unit_test.hpp>

#include <random>
#include <string>
#include <vector>

#include "data/structure_tables.h"
#include "segment/sentences.h"
#include "test_support.h"
#include "text/utf8.h"

namespace tables = mubiao::data::structure;
using mubiao::Span;

namespace {

// The earlier reading: whitespace decoded at both edges, then a bold mark
// whose partner lies outside the unit.
Span reference_tidy(std::string_view text, Span s) {
  const std::string_view mark = tables::kBoldMark;
  for (;;) {
    while (s.start < s.end) {
      std::size_t w = s.start;
      if (!tables::is_whitespace(mubiao::utf8::decode(text, w))) break;
      s.start = w;
    }
    while (s.end > s.start) {
      std::size_t b = s.end;
      if (!tables::is_whitespace(mubiao::utf8::decode_before(text, b))) break;
      s.end = b;
    }
    const std::string_view t = s.of(text);
    if (t.size() >= mark.size() && t.substr(0, mark.size()) == mark &&
        t.find(mark, mark.size()) == std::string_view::npos) {
      s.start += mark.size();
      continue;
    }
    if (t.size() >= mark.size() && t.substr(t.size() - mark.size()) == mark &&
        t.substr(0, t.size() - mark.size()).find(mark) == std::string_view::npos) {
      s.end -= mark.size();
      continue;
    }
    return s;
  }
}

const std::vector<std::string> kPieces = {
    "发展",   "经济",   "。",     "，",     "；",     "、",     "“",      "”",      "**",
    "*",      " ",      "\t",     "\n",     "a",      "7",      "！",     "\u3000", "\u00A0",
    "\u2003", "\u200B", "\uFEFF", "\u1680", "\u3001", "\uFF0C", "\u2028", "〇"};

}  // namespace

BOOST_AUTO_TEST_CASE(byte_edges_trim_as_decoded_edges_do) {
  std::mt19937 rng(21);
  std::size_t checked = 0, trimmed = 0;
  for (int round = 0; round < 400; ++round) {
    const std::string text = mubiao::test::random_concat(rng, kPieces, 1 + round % 24);
    std::vector<std::size_t> bounds;
    for (std::size_t i = 0; i < text.size(); mubiao::utf8::decode(text, i)) bounds.push_back(i);
    bounds.push_back(text.size());
    for (std::size_t a = 0; a < bounds.size(); ++a)
      for (std::size_t b = a; b < bounds.size(); ++b) {
        const Span s{bounds[a], bounds[b]};
        const Span got = mubiao::structure::tidy_unit(text, s);
        const Span want = reference_tidy(text, s);
        BOOST_REQUIRE_EQUAL(got.start, want.start);
        BOOST_REQUIRE_EQUAL(got.end, want.end);
        ++checked;
        trimmed += got.start != s.start || got.end != s.end;
      }
  }
  BOOST_TEST(checked > 10000u);
  BOOST_TEST(trimmed > 1000u);
}
