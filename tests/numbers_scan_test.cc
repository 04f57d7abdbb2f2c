#define BOOST_TEST_MODULE numbers_scan
#include <boost/test/unit_test.hpp>

// The number scan's shortcuts must not change an answer: the scanner's
// filter tables against the plain definition they stand for, and the
// scan's run of Han characters skipped several at a time against the
// same scan made a character or two at a time.

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "mubiao/numbers.h"
#include "numbers/grammar.h"
#include "numbers/scanner.h"
#include "numbers/tables.h"
#include "test_support.h"
#include "text/utf8.h"

namespace {

using mubiao::numbers::Tables;

bool starts_a_word(const mubiao::numbers::Lexicon& lex, char32_t c) {
  for (const mubiao::numbers::LexEntry& e : lex.entries()) {
    std::size_t i = 0;
    if (mubiao::utf8::decode(e.word, i) == c) return true;
  }
  return false;
}

bool same(const mubiao::Mention& a, const mubiao::Mention& b) {
  return a.span.start == b.span.start && a.span.end == b.span.end && a.kind == b.kind &&
         a.value == b.value && a.upper == b.upper && a.exact == b.exact &&
         a.exact_upper == b.exact_upper && a.representable == b.representable && a.unit == b.unit &&
         a.qualifier == b.qualifier && a.approximate == b.approximate;
}

// Scans s whole and then in steps of 1 to 5 bytes (the scan resumed where it
// stopped); checks that both find the same numbers and end at the same
// place. The number found.
std::size_t scan_whole_and_by_steps(const Tables& t, const std::string& s) {
  std::vector<mubiao::Mention> whole, steps;
  mubiao::numbers::ScanState all{0, 0};
  mubiao::numbers::scan_part(t, s, 0, s.size(), s.size(), all,
                             [&](mubiao::numbers::Found&& f) { whole.push_back(f.mention); });
  mubiao::numbers::ScanState part{0, 0};
  for (std::size_t step = 1; part.pos < s.size(); step = step % 5 + 1)
    mubiao::numbers::scan_part(t, s, 0, s.size(), std::min(s.size(), part.pos + step), part,
                               [&](mubiao::numbers::Found&& f) { steps.push_back(f.mention); });
  BOOST_TEST_REQUIRE(whole.size() == steps.size(), s);
  for (std::size_t k = 0; k < whole.size(); ++k) BOOST_TEST(same(whole[k], steps[k]), s);
  BOOST_TEST(all.pos == part.pos);
  return whole.size();
}

}  // namespace

// Tables::load marks the numeral characters from the numeral table (and
// their full-width forms), not by classifying every code point: the flags
// must be what that classification gives, at every code point of the BMP.
BOOST_AUTO_TEST_CASE(scan_flags_are_those_of_every_code_point) {
  const Tables& t = Tables::get();
  std::size_t numerals = 0;
  for (char32_t c = 0; c < 0x10000; ++c) {
    const auto k = mubiao::numbers::classify(mubiao::utf8::fold_width(c)).kind;
    const bool numeral =
        k != mubiao::numbers::NumChar::none && k != mubiao::numbers::NumChar::point;
    numerals += numeral;
    const bool may_start = numeral || c == U'.' || c == 0xFF0E ||
                           starts_a_word(t.ordinal_prefix, c) ||
                           starts_a_word(t.multiple_prefix, c) || starts_a_word(t.negative, c) ||
                           starts_a_word(t.half, c);
    const std::uint8_t want = (starts_a_word(t.idioms, c) ? Tables::kIdiomFirst : 0) |
                              (may_start ? Tables::kMayStart : 0);
    BOOST_TEST(t.first_flags(c) == want, "U+" << std::hex << static_cast<unsigned>(c));
  }
  BOOST_TEST(numerals > 60u);  // ASCII and full-width digits, the Chinese numerals
}

// The scan passes over runs of Han characters that start nothing several
// at a time (and only where the whole run lies before `stop`). Scanning
// random text in one call must find what scans of a byte or a few at a
// time find, where the run loops never get to run.
BOOST_AUTO_TEST_CASE(han_runs_skipped_whole_find_what_a_step_by_step_scan_finds) {
  const Tables& t = Tables::get();
  const std::vector<std::string> pieces = {
      "发", "展", "经", "济", "增", "长",   "高",    "于", "到", "质", "量",   "。",  "，",
      "一", "二", "十", "万", "亿", "第",   "翻",    "负", "半", "年", "元",   "%",   "以上",
      "约", "至", "7",  "0",  ".",  "-",    " ",     "\n", "a",  "é",  "𠀀",   "２",  "１",
      "统", "一", "体", "化", "百", "分之", "12345", "“",  "”",  "两", "千亿", "三四"};
  std::mt19937 rng(11);
  std::size_t mentions = 0;
  for (int round = 0; round < 2000; ++round) {
    const std::string s = mubiao::test::random_concat(rng, pieces, 1 + round % 60);
    mentions += scan_whole_and_by_steps(t, s);
  }
  BOOST_TEST(mentions > 3000u);
}

// The same with long runs of Han characters that start nothing, broken now
// and then by one that may (一, 第, 万 …), by digits, ASCII and characters of
// two and four bytes: the runs are skipped eight at a time (han_skip.h)
// where a character at a time would stop at the same places.
BOOST_AUTO_TEST_CASE(long_han_runs_find_what_a_step_by_step_scan_finds) {
  const Tables& t = Tables::get();
  std::vector<std::string> pieces;
  for (const char* plain : {"发", "展", "经", "济", "增", "长", "高", "质", "量", "。", "，", "龥",
                            "\u3000", "\ufe10", "\uffe5", "\u0800"})
    for (int k = 0; k < 12; ++k) pieces.push_back(plain);
  for (const char* other : {"一", "第", "万", "统", "两", "年", "7", "12", " ", "\n", "é", "𠀀",
                            "负3", "约5%", "百分之"})
    pieces.push_back(other);
  std::mt19937 rng(19);
  std::size_t mentions = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string s = mubiao::test::random_concat(rng, pieces, 1 + round % 200);
    mentions += scan_whole_and_by_steps(t, s);
  }
  BOOST_TEST(mentions > 3000u);
}

// The range, product and between words all start with a character that
// Tables::partner_may_start lets through (read_expression asks it first).
BOOST_AUTO_TEST_CASE(partner_filter_holds_every_partner_word) {
  const Tables& t = Tables::get();
  for (const mubiao::numbers::Lexicon* lex : {&t.range, &t.product, &t.between})
    for (const mubiao::numbers::LexEntry& e : lex->entries()) {
      std::size_t i = 0;
      BOOST_TEST(t.partner_may_start(mubiao::utf8::decode(e.word, i)), e.word);
    }
  BOOST_TEST(!t.partner_may_start(U'年'));  // no such word starts with the usual unit
}
