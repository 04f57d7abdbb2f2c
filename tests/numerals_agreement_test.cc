// One table of numeral characters (lib/text/numerals.h): `numbers` and
// `segment --level word` must read every character of it alike. A digit
// string year written with any of the table's zeros and digits
// (二○二四年) is one year for the recognizer and one number token for the
// word breaker; every other numeral character lies inside a number mention
// and inside a number token.
#define BOOST_TEST_MODULE numerals_agreement
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <string>
#include <vector>

#include "mubiao/numbers.h"
#include "mubiao/segment.h"
#include "test_support.h"
#include "text/numerals.h"
#include "text/utf8.h"

using mubiao::numerals::kNumeralChars;
using mubiao::numerals::NumeralChar;
using mubiao::numerals::NumeralKind;

namespace {

const mubiao::NumberRecognizer& recognizer() {
  static const mubiao::NumberRecognizer r;
  return r;
}

std::string utf8_of(char32_t c) {
  std::string s;
  mubiao::utf8::append(s, c);
  return s;
}

std::string hex(char32_t c) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "U+%04X", static_cast<unsigned>(c));
  return buf;
}

// The word tokens of text that cover [start, end), each of type number.
bool inside_number_tokens(const std::vector<mubiao::Token>& tokens, std::size_t start,
                          std::size_t end) {
  bool covered = false;
  for (const mubiao::Token& t : tokens) {
    if (t.span.end <= start || t.span.start >= end) continue;
    if (t.type != mubiao::TokenType::number) return false;
    covered = true;
  }
  return covered;
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_issue_example) {
  const std::string text = "二○二四年";
  const auto mentions = recognizer().find(text);
  BOOST_TEST_REQUIRE(mentions.size() == 1u);
  BOOST_TEST(mentions[0].span.of(text) == text);
  BOOST_TEST(std::string(mubiao::number_kind_name(mentions[0].kind)) == "year");
  BOOST_TEST(mentions[0].exact == "2024");
  const auto tokens = mubiao::test::segmenter().words(text);
  BOOST_TEST_REQUIRE(tokens.size() == 1u);
  BOOST_TEST((tokens[0].type == mubiao::TokenType::number));
}

BOOST_AUTO_TEST_CASE(every_digit_string_digit_makes_one_year_in_both_stages) {
  std::size_t checked = 0;
  for (const NumeralChar& n : kNumeralChars) {
    if (!mubiao::numerals::is_sequence_digit(mubiao::numerals::numeral(n.c))) continue;
    ++checked;
    // 二X二四年, with X in the hundreds place: a year of the 2000s.
    const std::string year = "二" + utf8_of(n.c) + "二四年";
    const std::string text = "在" + year + "的工作";
    const std::size_t start = text.find(year), end = start + year.size();
    const std::string want = "2" + std::to_string(n.value) + "24";
    BOOST_TEST_CONTEXT(hex(n.c) << " " << year) {
      const auto mentions = recognizer().find(text);
      BOOST_TEST_REQUIRE(mentions.size() == 1u);
      BOOST_TEST(mentions[0].span.start == start);
      BOOST_TEST(mentions[0].span.end == end);
      BOOST_TEST(std::string(mubiao::number_kind_name(mentions[0].kind)) == "year");
      BOOST_TEST(mentions[0].exact == want);
      bool one_token = false;
      for (const mubiao::Token& t : mubiao::test::segmenter().words(text))
        one_token = one_token || (t.span.start == start && t.span.end == end &&
                                  t.type == mubiao::TokenType::number);
      BOOST_TEST(one_token);
    }
  }
  BOOST_TEST(checked >= 20u);
}

BOOST_AUTO_TEST_CASE(every_other_numeral_is_inside_a_number_in_both_stages) {
  std::size_t checked = 0;
  for (const NumeralChar& n : kNumeralChars) {
    const std::string c = utf8_of(n.c);
    std::string numeral;
    switch (n.kind) {
      case NumeralKind::small:
      case NumeralKind::magnitude: numeral = "三" + c; break;  // 三百, 三亿
      case NumeralKind::tens: numeral = c + "三"; break;       // 廿三
      case NumeralKind::digit:
        if (!(n.use & mubiao::numerals::kCounting)) continue;  // covered above
        numeral = c;                                           // 两
        break;
      default: continue;  // 几, 点 and the zeros are no number alone
    }
    ++checked;
    const std::string text = "共有" + numeral + "项";
    const std::size_t at = text.find(c);
    BOOST_TEST_CONTEXT(hex(n.c) << " " << text) {
      bool in_mention = false;
      for (const mubiao::Mention& m : recognizer().find(text))
        in_mention = in_mention || (m.span.start <= at && at + c.size() <= m.span.end);
      BOOST_TEST(in_mention);
      BOOST_TEST(inside_number_tokens(mubiao::test::segmenter().words(text), at, at + c.size()));
    }
  }
  BOOST_TEST(checked >= 15u);
}

BOOST_AUTO_TEST_CASE(a_lone_white_circle_is_no_number) {
  // ○ is a zero only beside other numerals, in both stages.
  const std::string text = "○ 推进重点工作";
  BOOST_TEST(recognizer().find(text).empty());
  for (const mubiao::Token& t : mubiao::test::segmenter().words(text))
    BOOST_TEST((t.type != mubiao::TokenType::number));
}
