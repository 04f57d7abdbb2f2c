#define BOOST_TEST_MODULE segment_regression
#include <boost/test/unit_test.hpp>

// One test per finding of tests/fuzz/segment_fuzzer; the minimized input
// itself is kept in tests/fuzz/corpus/segment/crash-<what> and replayed by
// ctest (fuzz_replay_segment). These tests say what the right answer is.

#include <string_view>

#include "mubiao/segment.h"

using mubiao::Document;
using mubiao::Section;

namespace {

const mubiao::Segmenter kSegmenter;

void check_headings_well_formed(std::string_view text, const Document& d) {
  for (const Section& s : d.sections()) {
    BOOST_TEST(s.heading.start <= s.heading.end);
    BOOST_TEST(s.heading.end <= text.size());
    BOOST_TEST(s.span.contains(s.heading));
    if (s.depth > 0) BOOST_TEST(!s.heading.empty());
  }
}

}  // namespace

// Found by segment_fuzzer: bold marks around nothing but blanks ("** **")
// made a heading span whose start lay after its end (trimmed from both ends
// independently). Blank emphasis is no heading at all.
BOOST_AUTO_TEST_CASE(blank_bold_emphasis_is_no_heading) {
  for (std::string_view text : {std::string_view("** **"), std::string_view("     **    **   "),
                                std::string_view("**\u3000\u3000**\n正文。")}) {
    const Document d = kSegmenter.segment(text);
    check_headings_well_formed(text, d);
    for (const Section& s : d.sections()) BOOST_TEST(s.depth == 0);
  }
}

// The fix must not lose real bold lead sentences, blank-padded or not.
BOOST_AUTO_TEST_CASE(padded_bold_heading_keeps_its_words) {
  const std::string_view text = "** **\n**  坚持创新驱动。 **\n正文。";
  const Document d = kSegmenter.segment(text);
  check_headings_well_formed(text, d);
  bool found = false;
  for (const Section& s : d.sections())
    if (s.depth > 0) found = found || s.heading.of(text) == "坚持创新驱动。";
  BOOST_TEST(found);
}
