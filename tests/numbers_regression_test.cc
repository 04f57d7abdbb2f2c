#define BOOST_TEST_MODULE numbers_regression
#include <boost/test/unit_test.hpp>

// One test per finding of tests/fuzz/numbers_fuzzer and normalize_fuzzer; the
// minimized input itself is kept in tests/fuzz/corpus/<target>/crash-<what>
// and replayed by ctest. These tests say what the right answer is.

#include <string>
#include <vector>

#include "mubiao/numbers.h"

using mubiao::Mention;
using mubiao::NumberKind;

namespace {

const mubiao::NumberRecognizer kRecognizer;

void check_spans(const std::string& text, const std::vector<Mention>& ms) {
  std::size_t last = 0;
  for (const Mention& m : ms) {
    BOOST_TEST(m.span.start >= last);
    BOOST_TEST(m.span.start < m.span.end);
    BOOST_TEST(m.span.end <= text.size());
    last = m.span.end;
  }
}

}  // namespace

// crash-double-fullwidth-minus: "－－6.5%" was read as a double negation,
// value +6.5 with the exact text "--6.5". A sign before another sign is not a
// sign; the second one reads as in "--6.5" (ASCII), giving -6.5.
BOOST_AUTO_TEST_CASE(sign_before_a_sign_is_no_double_negation) {
  for (const std::string text : {"－－6.5%", "6%－－6.5%", "负－3", "--6.5"}) {
    std::vector<Mention> ms = kRecognizer.find(text);
    check_spans(text, ms);
    BOOST_REQUIRE(!ms.empty());
    const Mention& m = ms.back();
    BOOST_TEST(m.value < 0, text);
    BOOST_TEST(m.exact.find("--") == std::string::npos, text << ": " << m.exact);
    BOOST_TEST(std::stod(m.exact) == m.value, text);
  }
  BOOST_TEST(kRecognizer.find("负3.9%").at(0).value == -3.9);
}

// crash-ten-before-tens-char: in "五十卅" the run 五十卅 is no number, and the
// retry that keeps its longest leading part dropped only the 十 half of 卅,
// leaving its 三 with no end: a span [3, 0) reading 十卅 as 13. The 卅
// is one character and stays whole: 五十 then 卅.
BOOST_AUTO_TEST_CASE(tens_character_is_kept_or_dropped_whole) {
  const std::string text = "五十卅";
  std::vector<Mention> ms = kRecognizer.find(text);
  check_spans(text, ms);
  BOOST_REQUIRE_EQUAL(ms.size(), 2u);
  BOOST_TEST(ms[0].span.of(text) == "五十");
  BOOST_TEST(ms[0].value == 50);
  BOOST_TEST(ms[1].span.of(text) == "卅");
  BOOST_TEST(ms[1].value == 30);
  for (const std::string t : {"十卅", "a十卅个", "五十廿万"}) check_spans(t, kRecognizer.find(t));
  mubiao::Normalized n = mubiao::normalize(kRecognizer, "五十卅个");
  BOOST_TEST(n.text == "5030个");
  for (std::size_t i = 1; i < n.source.size(); ++i) BOOST_TEST(n.source[i - 1] <= n.source[i]);
}

// crash-signed-fraction-after-sign: in "－3千分之－5" the numerator carries a
// sign of its own, and the sign before the whole fraction prepended another
// to the exact text ("--0.001…") while the value, negated twice, was
// positive. The exact text and the normalized form follow the value.
BOOST_AUTO_TEST_CASE(sign_before_a_signed_fraction_negates_it) {
  for (const std::string text : {"－3千分之－5", "-2分之-1", "负5分之－1"}) {
    std::vector<Mention> ms = kRecognizer.find(text);
    BOOST_REQUIRE_EQUAL(ms.size(), 1u);
    BOOST_TEST((ms[0].kind == NumberKind::fraction));
    BOOST_TEST(ms[0].value > 0, text);
    BOOST_TEST(ms[0].exact[0] != '-', text << ": " << ms[0].exact);
    BOOST_TEST(std::stod(ms[0].exact) == ms[0].value, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(mubiao::normalize(kRecognizer, text).text.find("--") == std::string::npos);
  }
  BOOST_TEST(mubiao::normalize(kRecognizer, "-2分之-1").text == "1/2");
}

// crash-huge-whole-and-half: a whole part beyond the double range before a
// fraction ("1e999 1半", 1e999又三分之一) gave the value inf and the exact
// text "inf". Such a value is unrepresentable, as the whole part alone is.
BOOST_AUTO_TEST_CASE(huge_whole_before_a_fraction_is_unrepresentable) {
  for (const std::string text : {"1e999 1半", "1e999又三分之一"}) {
    std::vector<Mention> ms = kRecognizer.find(text);
    BOOST_REQUIRE_EQUAL(ms.size(), 1u);
    BOOST_TEST((ms[0].kind == NumberKind::fraction));
    BOOST_TEST(!ms[0].representable);
    BOOST_TEST(ms[0].value == 0);
    BOOST_TEST(ms[0].exact.empty());
  }
  const Mention m = kRecognizer.find("3又2分之1").at(0);
  BOOST_TEST(m.value == 3.5);
  BOOST_TEST(m.exact == "3.5");
}

// crash-fullwidth-latin-magnitude: a full-width Latin magnitude (9Ｍ, 40ｋ)
// was taken as one byte long, so the mention ended inside the letter.
BOOST_AUTO_TEST_CASE(fullwidth_latin_magnitude_is_a_whole_character) {
  for (const std::string text : {"9Ｍ", "３Ｍ元", "40ｋ人", "1.5Ｇ"}) {
    std::vector<Mention> ms = kRecognizer.find(text);
    check_spans(text, ms);
    BOOST_REQUIRE_EQUAL(ms.size(), 1u);
    BOOST_TEST(ms[0].span.start == 0u);
    BOOST_TEST(ms[0].span.end == text.size(), text);
  }
  BOOST_TEST(kRecognizer.find("9Ｍ").at(0).value == 9e6);
  BOOST_TEST(kRecognizer.find("40ｋ人").at(0).unit == "人");
  BOOST_TEST(kRecognizer.find("3Ｍａ").empty());  // a name, as 3Ma is
}
