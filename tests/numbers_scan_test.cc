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
#include "numbers/chars.h"
#include "numbers/forms.h"
#include "numbers/fractions.h"
#include "numbers/grammar.h"
#include "numbers/qualifiers.h"
#include "numbers/scanner.h"
#include "numbers/tables.h"
#include "numbers/units.h"
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

// read_expression asks a word list (and the readers that start with one)
// only where Lexicon::may_start lets the character there through, read once
// as written. At random places of random text, wherever a list's filter
// stops the character, the full reading must find nothing: each list's
// match, and the readers the filter spares a call (half_at,
// inner_qualifier, suffix_qualifier, bare_fraction, the 分之 of a fraction,
// which spaces may precede), as well as sign_at without a unit where no
// space stands and per_part after a numeral with a digit.
BOOST_AUTO_TEST_CASE(list_filters_skip_only_where_the_full_reading_finds_nothing) {
  namespace n = mubiao::numbers;
  const Tables& t = Tables::get();
  const std::vector<const n::Lexicon*> lists = {&t.units,
                                                &t.prefix_qualifiers,
                                                &t.inner_qualifiers,
                                                &t.suffix_qualifiers,
                                                &t.not_prefix,
                                                &t.idioms,
                                                &t.ordinal_prefix,
                                                &t.ordinal_suffix,
                                                &t.plan_suffix,
                                                &t.fraction_infix,
                                                &t.multiple_prefix,
                                                &t.multiple_suffix,
                                                &t.bare_fraction_infix,
                                                &t.range,
                                                &t.product,
                                                &t.negative,
                                                &t.between,
                                                &t.between_close,
                                                &t.bound_joiner,
                                                &t.bare_magnitude_next,
                                                &t.money_subunit,
                                                &t.half,
                                                &t.list_suffix};
  // Every word's first character passes its list's filter.
  for (const n::Lexicon* lex : lists)
    for (const n::LexEntry& e : lex->entries()) {
      std::size_t i = 0;
      BOOST_TEST(lex->may_start(mubiao::utf8::decode(e.word, i)), e.word);
    }
  std::vector<std::string> pieces = {"发", "展", "年", "元",  "个",      "。", "，",     " ",
                                     "  ", "\n", "a",  "k",   "é",       "𠀀", "\u3000", "-",
                                     "/",  "3",  "25", "1.5", "一",      "三", "十",     "百",
                                     "千", "万", "亿", "两",  "二〇二四"};
  for (const n::Lexicon* lex : lists)
    for (const n::LexEntry& e : lex->entries()) pieces.push_back(e.word);
  std::mt19937 rng(23);
  std::size_t skipped = 0, found = 0;
  for (int round = 0; round < 1500; ++round) {
    const std::string s = mubiao::test::random_concat(rng, pieces, 1 + round % 24);
    for (std::size_t i = 0; i < s.size(); ++i) {
      if ((static_cast<unsigned char>(s[i]) & 0xC0) == 0x80) continue;
      const char32_t c = n::raw_at(s, i);
      for (const n::Lexicon* lex : lists) {
        const bool hit = lex->match(s, i) != nullptr;
        found += hit;
        if (!lex->may_start(c)) {
          ++skipped;
          BOOST_TEST(!hit, s << " @" << i);
        }
      }
      if (!t.half.may_start(c)) BOOST_TEST(!n::half_at(t, s, i), s << " @" << i);
      if (!t.inner_qualifiers.may_start(c)) {
        n::Decimal v = n::Decimal::of(3);
        mubiao::Qualifier q = mubiao::Qualifier::none;
        BOOST_TEST(n::inner_qualifier(t, s, i, v, q) == i, s << " @" << i);
      }
      if (!t.suffix_qualifiers.may_start(c)) {
        mubiao::Mention m;
        BOOST_TEST(n::suffix_qualifier(t, s, i, m) == i, s << " @" << i);
      }
      if (c != U' ' && !t.fraction_infix.may_start(c))
        for (const n::LexEntry& e : t.fraction_infix.entries())
          BOOST_TEST(n::loose(s, i, e.word) == std::string_view::npos, s << " @" << i);
      std::size_t end = 0;
      if (n::at(s, i) != U' ') BOOST_TEST(!n::sign_at(t, s, i, nullptr, end), s << " @" << i);
      const n::Numeral num = n::scan_numeral(s, i, s.size(), t.units);
      if (num.ok && num.end > i) {
        if (!t.bare_fraction_infix.may_start(n::raw_at(s, num.end)))
          BOOST_TEST(!n::bare_fraction(t, s, i, num, s.size(), 0, true).found, s << " @" << i);
        if (num.digits || num.upper)
          BOOST_TEST(!n::per_part(t, s, i, num, 0).found, s << " @" << i);
      }
    }
  }
  BOOST_TEST(skipped > 100000u);  // the filters do stop most characters
  BOOST_TEST(found > 10000u);     // and the lists' words are there to be found
}

// Lexicon::match_before answers from the filter of last characters inline
// and searches only past it: at every place of random text, for every list,
// it finds the longest word that ends there (and starts no earlier than the
// floor), as a search of every word finds it. Fails when the filter drops a
// word's last character.
BOOST_AUTO_TEST_CASE(match_before_finds_the_longest_word_ending_at_each_place) {
  namespace n = mubiao::numbers;
  const Tables& t = Tables::get();
  const std::vector<const n::Lexicon*> lists = {&t.prefix_qualifiers, &t.not_prefix,
                                                &t.bare_magnitude_prev, &t.party_congress_prev,
                                                &t.units};
  std::vector<std::string> pieces = {"发", "展", "年", "。", " ", "3", "一", "万", "a", "𠀀"};
  for (const n::Lexicon* lex : lists)
    for (const n::LexEntry& e : lex->entries()) pieces.push_back(e.word);
  std::mt19937 rng(29);
  std::size_t found = 0;
  for (int round = 0; round < 1000; ++round) {
    const std::string s = mubiao::test::random_concat(rng, pieces, 1 + round % 12);
    for (std::size_t pos = 0; pos <= s.size(); ++pos) {
      if (pos < s.size() && (static_cast<unsigned char>(s[pos]) & 0xC0) == 0x80) continue;
      const std::size_t floor = pos / 3;
      for (const n::Lexicon* lex : lists) {
        const n::LexEntry* want = nullptr;  // the longest word ending at pos, first in table order
        for (const n::LexEntry& e : lex->entries())
          if (e.word.size() <= pos - floor && (!want || e.word.size() > want->word.size()) &&
              s.compare(pos - e.word.size(), e.word.size(), e.word) == 0)
            want = &e;
        const n::LexEntry* got = lex->match_before(s, pos, floor);
        found += got != nullptr;
        BOOST_TEST((got ? got->word : "-") == (want ? want->word : "-"), s << " @" << pos);
      }
    }
  }
  BOOST_TEST(found > 5000u);
}
