#define BOOST_TEST_MODULE fast_paths
#include <boost/test/unit_test.hpp>

// The speed-ups of issue 7 must not change an answer: each fast path is
// checked here against a plain reference on random mixed text (Han,
// punctuation of every class, ASCII, whitespace, 2- and 4-byte characters).

#include <algorithm>
#include <cstring>
#include <iterator>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "data/structure_tables.h"
#include "mubiao/text.h"
#include "numbers/decimal.h"
#include "numbers/grammar.h"
#include "numbers/scanner.h"
#include "numbers/tables.h"
#include "segment/layout_repair.h"
#include "segment/lead_scan.h"
#include "targets/cues.h"
#include "test_support.h"
#include "text/utf8.h"

namespace tables = mubiao::data::structure;
using mubiao::targets::Cue;
using mubiao::targets::Hit;
using mubiao::targets::Table;

namespace {

const std::vector<std::string> kPieces = {
    "发", "展", "经", "济", "增", "长", "高", "于", "到",     "年",     "一",     "二",
    "。", "，", "、", "；", "：", "！", "？", "“",  "”",      "（",     "）",     "【",
    "】", "《", "》", "﹁", "﹐", "·",  "％", "．", "\u3000", "\u00a0", "\u2003", "\ufeff",
    " ",  "\n", "\r", "\t", "a",  "Z",  "7",  "0",  ",",      ";",      ":",      "(",
    ")",  "[",  "]",  "*",  "#",  "é",  "𠀀", "①",  "〇"};

std::string random_text(std::mt19937& rng, std::size_t pieces) {
  return mubiao::test::random_concat(rng, kPieces, pieces);
}

}  // namespace

BOOST_AUTO_TEST_CASE(next_lead_stops_where_a_byte_scan_stops) {
  std::mt19937 rng(7);
  for (int round = 0; round < 300; ++round) {
    const std::string s = random_text(rng, 1 + round % 90);
    for (std::size_t from = 0; from<s.size(); from = s.size()> from + 7 ? from + 7 : s.size()) {
      if ((static_cast<unsigned char>(s[from]) & 0xC0) == 0x80) continue;
      std::size_t naive = from;
      while (naive < s.size() && !tables::kStructuralLeads(s[naive])) ++naive;
      BOOST_TEST(mubiao::structure::next_lead(s, from, s.size(), tables::kStructuralLeads) ==
                 naive);
    }
  }
}

// next_acted_on stops where a walk by characters stops at the first
// character whose first byte is a lead and that, when of three bytes, is
// in the set; and each set of three-byte characters holds exactly what its
// pass acts on, over every code point of three bytes.
BOOST_AUTO_TEST_CASE(next_acted_on_stops_where_a_character_walk_stops) {
  const tables::ThreeByteSet* sets[] = {&tables::kBracketSet, &tables::kSentenceStopSet};
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    const std::string s = random_text(rng, 1 + round % 90);
    for (const tables::ThreeByteSet* set : sets) {
      for (std::size_t from = 0; from < s.size();) {
        std::size_t naive = from;
        while (naive < s.size()) {
          std::size_t next = naive;
          const char32_t c = mubiao::utf8::decode(s, next);
          const auto* u = reinterpret_cast<const unsigned char*>(s.data()) + naive;
          if (tables::kStructuralLeads(s[naive]) && (c < 0x800 || c > 0xFFFF || set->holds(u)))
            break;
          naive = next;
        }
        BOOST_TEST(mubiao::structure::next_acted_on(s, from, s.size(), tables::kStructuralLeads,
                                                    *set) == naive);
        mubiao::utf8::decode(s, from);  // every character boundary in turn
      }
    }
  }
}

BOOST_AUTO_TEST_CASE(three_byte_sets_hold_what_their_passes_act_on) {
  for (char32_t c = 0x800; c < 0x10000; ++c) {
    if (c >= 0xD800 && c < 0xE000) continue;
    std::string s;
    mubiao::utf8::append(s, c);
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    const bool bracket = tables::is_opener(c) || tables::is_closer(c);
    const bool marker_opener = tables::in(tables::kPageMarkerOpeners, c);
    BOOST_TEST(tables::kBracketSet.holds(u) == (bracket || marker_opener));
    BOOST_TEST(tables::kSentenceStopSet.holds(u) ==
               (bracket || marker_opener || tables::is_whitespace(c) || tables::is_terminal(c)));
    // A pass handed only these must be handed every character whose first
    // byte it waits for.
    if (tables::kSentenceStopSet.holds(u)) BOOST_TEST(tables::kStructuralLeads(s[0]));
    if (tables::kBracketSet.holds(u)) BOOST_TEST(tables::kStructuralLeads(s[0]));
  }
}

// The number scan passes over a character of three bytes when its bit is
// clear: the bit must be set for every character whose flags are not zero.
BOOST_AUTO_TEST_CASE(number_scan_bits_agree_with_the_flags) {
  const mubiao::numbers::Tables& t = mubiao::numbers::Tables::get();
  std::size_t set = 0;
  for (char32_t c = 0x800; c < 0x10000; ++c) {
    if (c >= 0xD800 && c < 0xE000) continue;
    std::string s;
    mubiao::utf8::append(s, c);
    const bool bit = mubiao::numbers::Tables::may_start3(
        reinterpret_cast<const unsigned char*>(s.data()), t.any_bits_.data());
    BOOST_TEST(bit == (t.first_flags(c) != 0));
    set += bit;
  }
  BOOST_TEST(set > 20u);  // the numerals at least
}

// scan_numeral reads a plain ASCII numeral (2025, 44.77) or one Chinese
// digit, with at most one 十百千 or 万亿 after it, without tokens:
// it must give the Numeral the token reader gives, at every position of
// random text rich in what may continue a numeral.
BOOST_AUTO_TEST_CASE(plain_numeral_fast_path_agrees_with_the_token_reader) {
  const mubiao::numbers::Tables& t = mubiao::numbers::Tables::get();
  const std::vector<std::string> pieces = {
      "0",  "1",  "2",      "5",    "9",    "12",   "2025", "007", ".",  ".",    ",",  ",",
      "e",  "E",  "+",      "-",    " ",    "%",    "万",   "亿",  "千", "千瓦", "十", "点",
      "一", "两", "〇",     "几",   "廿",   "年",   "个",   "a",   "k",  "G",    "１", "．",
      "，", "％", "\u3000", "/",    "。",   "：",   "\n",   "二",  "五", "壹",   "零", "○",
      "俩", "三", "百",     "千克", "千米", "亿元", "万亩", "萬",  "兆", "拾"};
  const auto same = [](const mubiao::numbers::Numeral& a, const mubiao::numbers::Numeral& b) {
    return a.start == b.start && a.end == b.end && a.ok == b.ok && a.value == b.value &&
           a.upper.has_value() == b.upper.has_value() && (!a.upper || *a.upper == *b.upper) &&
           a.approximate == b.approximate && a.arabic == b.arabic && a.chinese == b.chinese &&
           a.scaled == b.scaled && a.sequence == b.sequence && a.point == b.point &&
           a.digits == b.digits && a.int_digits == b.int_digits && a.chars == b.chars;
  };
  std::mt19937 rng(17);
  std::size_t plain = 0, chinese = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string s = mubiao::test::random_concat(rng, pieces, 1 + round % 30);
    for (std::size_t pos = 0; pos < s.size(); mubiao::utf8::decode(s, pos)) {
      const std::size_t end = pos + 1 + rng() % (s.size() - pos);
      const std::size_t cut = mubiao::utf8::start_of_cut_character(s, end);
      if (cut <= pos) continue;
      const mubiao::numbers::Numeral fast = mubiao::numbers::scan_numeral(s, pos, cut, t.units);
      const mubiao::numbers::Numeral tokens =
          mubiao::numbers::scan_numeral_tokens(s, pos, cut, t.units);
      BOOST_TEST(same(fast, tokens), "at " << pos << " of " << s.substr(0, cut));
      plain += s[pos] >= '0' && s[pos] <= '9';
      chinese += s.compare(pos, 3, "一") == 0 || s.compare(pos, 3, "两") == 0;
    }
  }
  BOOST_TEST(plain > 10000u);
  BOOST_TEST(chinese > 1000u);
  // An empty range at the very end of a buffer that has no byte after it
  // (a fuzzer's input, a mapped file): nothing past it is read (ASan in
  // .ci/sanitizers.sh), and the answer is the token reader's.
  for (const std::string_view digits : {"2025", "一", "99.5"}) {
    const std::unique_ptr<char[]> exact(new char[digits.size()]);
    std::memcpy(exact.get(), digits.data(), digits.size());
    const std::string_view v(exact.get(), digits.size());
    BOOST_TEST(same(mubiao::numbers::scan_numeral(v, v.size(), v.size(), t.units),
                    mubiao::numbers::scan_numeral_tokens(v, v.size(), v.size(), t.units)));
  }
}

// Decimal::from_digits trims the usual short numeral in a buffer and
// Decimal::of writes its digits without printing: both must give the
// plain notation of the digits, on runs rich in zeros.
BOOST_AUTO_TEST_CASE(decimal_from_short_digits_agrees_with_plain_notation) {
  std::mt19937 rng(23);
  const auto digits = [&](std::size_t most) {
    std::string s(rng() % (most + 1), '0');
    for (char& c : s)
      if (rng() % 3 == 0) c = static_cast<char>('0' + rng() % 10);
    return s;
  };
  for (int round = 0; round < 20000; ++round) {
    const std::string a = digits(round % 2 ? 40 : 8), b = digits(round % 3 ? 30 : 6);
    std::string want = a.substr(std::min(a.find_first_not_of('0'), a.size()));
    if (want.empty()) want = "0";
    const std::string frac = b.substr(0, b.find_last_not_of('0') + 1);
    if (!frac.empty()) want += "." + frac;
    BOOST_TEST(mubiao::numbers::Decimal::from_digits(a, b).str() == want, a << "." << b);
    const unsigned long v = static_cast<unsigned long>(rng()) * (round % 7 ? 1u : 1000u);
    BOOST_TEST(mubiao::numbers::Decimal::of(v).str() == std::to_string(v));
  }
  BOOST_TEST(mubiao::numbers::Decimal::of(0).is_zero());
}

// Lexicon::match filters by the first two characters before it compares
// words: it must find what a comparison with every word finds, on texts
// made of the lexicons' words, their first characters and other text.
BOOST_AUTO_TEST_CASE(lexicon_match_agrees_with_a_search_of_every_word) {
  const mubiao::numbers::Tables& t = mubiao::numbers::Tables::get();
  const mubiao::numbers::Lexicon* lexicons[] = {&t.units,
                                                &t.idioms,
                                                &t.prefix_qualifiers,
                                                &t.range,
                                                &t.suffix_qualifiers,
                                                &t.ordinal_prefix,
                                                &t.negative,
                                                &t.half};
  std::mt19937 rng(5);
  for (const mubiao::numbers::Lexicon* lex : lexicons) {
    std::vector<std::string> pieces = kPieces;
    for (const mubiao::numbers::LexEntry& e : lex->entries()) {
      pieces.push_back(e.word);
      std::size_t i = 0;
      mubiao::utf8::decode(e.word, i);
      pieces.push_back(e.word.substr(0, i));
    }
    for (int round = 0; round < 200; ++round) {
      const std::string s = mubiao::test::random_concat(rng, pieces, 1 + round % 40);
      for (std::size_t pos = 0; pos < s.size(); mubiao::utf8::decode(s, pos)) {
        const mubiao::numbers::LexEntry* naive = nullptr;
        for (const mubiao::numbers::LexEntry& e : lex->entries())  // longest first
          if (s.compare(pos, e.word.size(), e.word) == 0) {
            naive = &e;
            break;
          }
        const mubiao::numbers::LexEntry* found = lex->match(s, pos);
        BOOST_TEST((found ? found->word : "-") == (naive ? naive->word : "-"));
      }
    }
  }
}

// A scan for mentions only (the numbers, targets) records no rewrites: it
// must find the very mentions a scan with rewrites (normalize) finds, on
// random text rich in numerals, units, qualifiers, signs and joiners.
BOOST_AUTO_TEST_CASE(scan_without_rewrites_finds_the_same_mentions) {
  const mubiao::numbers::Tables& t = mubiao::numbers::Tables::get();
  const std::vector<std::string> pieces = {
      "2025", "44.77", "1,200",  "一",       "两",   "三百", "十五", "二〇二四", "万",
      "亿",   "千瓦",  "%",      "个百分点", "年",   "元",   "吨",   "以上",     "左右",
      "约",   "超过",  "不低于", "至",       "－",   "负",   "第",   "翻",       "番",
      "分之", "又",    "一半",   "和",       "之间", "/",    "。",   "，",       "“",
      "”",    " ",     "\n",     "增长",     "发展", "PM",   "5G",   "3.0版"};
  std::mt19937 rng(31);
  std::size_t mentions = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string s = mubiao::test::random_concat(rng, pieces, 1 + round % 40);
    const mubiao::Span all{0, s.size()};
    std::vector<mubiao::Mention> only;
    mubiao::numbers::scan_each(t, s, all,
                               [&](mubiao::numbers::Found&& f) { only.push_back(f.mention); });
    const std::vector<mubiao::numbers::Found> with = mubiao::numbers::scan(t, s, all);
    BOOST_TEST_REQUIRE(only.size() == with.size(), s);
    for (std::size_t k = 0; k < only.size(); ++k) {
      const mubiao::Mention &a = only[k], &b = with[k].mention;
      BOOST_TEST((a.span.start == b.span.start && a.span.end == b.span.end && a.kind == b.kind &&
                  a.value == b.value && a.upper == b.upper && a.exact == b.exact &&
                  a.exact_upper == b.exact_upper && a.representable == b.representable &&
                  a.unit == b.unit && a.qualifier == b.qualifier && a.approximate == b.approximate),
                 s);
    }
    mentions += only.size();
  }
  BOOST_TEST(mentions > 5000u);
}

// That each is_*() answers as its list does is a static_assert in
// structure_tables.h. What no static_assert covers: next_lead() skips every
// character whose first byte is not a structural lead, so every character
// any structure pass acts on, in all of Unicode, must have its first byte
// among the leads.
BOOST_AUTO_TEST_CASE(every_structural_character_has_a_structural_lead_byte) {
  std::size_t structural = 0;
  for (char32_t c = 0; c <= 0x10FFFF; ++c) {
    if (c >= 0xD800 && c <= 0xDFFF) continue;
    if (!(tables::is_whitespace(c) || tables::is_terminal(c) || tables::is_clause_separator(c) ||
          tables::is_non_starter(c) || tables::is_line_final_stop(c) ||
          tables::is_heading_terminal(c) || tables::is_opener(c) || tables::is_closer(c)))
      continue;
    ++structural;
    std::string one;
    mubiao::utf8::append(one, c);
    BOOST_TEST(tables::kStructuralLeads(one[0]), "U+" << std::hex << static_cast<unsigned>(c));
  }
  BOOST_TEST(structural >= std::size(tables::kWhitespace) + std::size(tables::kSentenceTerminals));
}

BOOST_AUTO_TEST_CASE(cue_search_matches_a_word_by_word_search) {
  // Rows of one role that overlap or share an end (济增长/增长, 到年/年)
  // exercise the tie rules.
  const Table t({{"增长", "measure", ""},
                 {"济增长", "measure", ""},
                 {"高于", "measure", ""},
                 {"到", "horizon", ""},
                 {"到年", "horizon", ""},
                 {"年", "horizon", ""},
                 {"经济增长", "word", ""},
                 {"增", "word", ""},
                 {"一二", "", ""},
                 // A role with first characters of other lengths (a, é, 𠀀):
                 // its walk reads every character.
                 {"a7", "mixed", ""},
                 {"é", "mixed", ""},
                 {"𠀀年", "mixed", ""},
                 {"展", "mixed", ""}});
  std::mt19937 rng(3);
  for (int round = 0; round < 500; ++round) {
    const std::string s = random_text(rng, 1 + round % 40);
    for (const char* role : {"measure", "horizon", "word", "", "mixed", "absent"}) {
      // Reference: every row of the role, found byte by byte.
      Hit last, first;
      for (const Cue& c : t) {
        if (c.role != role) continue;
        for (std::size_t k = s.find(c.word); k != std::string::npos; k = s.find(c.word, k + 1)) {
          const std::size_t end = k + c.word.size();
          if (!last || end > last.end || (end == last.end && k < last.start))
            last = Hit{&c, k, end};
          if (!first || k < first.start || (k == first.start && end > first.end))
            first = Hit{&c, k, end};
        }
      }
      if (*role == '\0') {  // and over every role at once
        Hit any;
        for (const Cue& c : t)
          if (std::size_t k = s.find(c.word);
              k != std::string::npos &&
              (!any || k < any.start || (k == any.start && k + c.word.size() > any.end)))
            any = Hit{&c, k, k + c.word.size()};
        const Hit a = t.first_of_any(s);
        BOOST_TEST(a.cue == any.cue);
        if (a && any) BOOST_TEST((a.start == any.start && a.end == any.end));
      }
      Hit unused;
      const Table::RoleSet set = t.roles_in(s, mubiao::data::CueRole{}, unused);
      BOOST_TEST((Table::holds(set, t.role(role)) && Table::holds(set, t.role("horizon"))) ==
                 (static_cast<bool>(t.first(s, role)) && static_cast<bool>(t.first(s, "horizon"))));
      const Hit l = t.last(s, role), f = t.first(s, role);
      BOOST_TEST(l.cue == last.cue);
      BOOST_TEST(f.cue == first.cue);
      if (l && last) BOOST_TEST((l.start == last.start && l.end == last.end));
      if (f && first) BOOST_TEST((f.start == first.start && f.end == first.end));
    }
  }
}

namespace {
// The first byte where the byte rules (utf8::sequence_length) find no
// well-formed character, or s.size().
std::size_t first_invalid_by_the_rules(const std::string& s) {
  std::size_t i = 0;
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  while (i < s.size()) {
    const std::size_t len = mubiao::utf8::sequence_length(p + i, s.size() - i);
    if (len == 0) return i;
    i += len;
  }
  return s.size();
}
}  // namespace

BOOST_AUTO_TEST_CASE(validation_fast_path_agrees_with_the_byte_rules) {
  std::mt19937 rng(5);
  std::uniform_int_distribution<int> byte(0, 255), at(0, 1000);
  for (int round = 0; round < 400; ++round) {
    std::string s = random_text(rng, 60);
    // Damage a few bytes, often inside 3-byte characters.
    for (int k = 0; k < round % 4; ++k)
      s[static_cast<std::size_t>(at(rng)) % s.size()] = static_cast<char>(byte(rng));
    const std::size_t bad = first_invalid_by_the_rules(s);
    const auto found = mubiao::find_invalid_utf8(s);
    BOOST_TEST(found.has_value() == (bad != s.size()));
    if (found) BOOST_TEST(*found == bad);
  }
}

// The 16-byte blocks: long runs of Han characters (the blocks' own case)
// with ASCII, other characters and damage at every offset a block can cut:
// a lead, continuation, surrogate (ED A0), overlong (E0 80) or stray byte.
BOOST_AUTO_TEST_CASE(validation_blocks_agree_with_the_byte_rules) {
  std::mt19937 rng(11);
  const std::vector<std::string> han = {"发", "展", "经", "济", "，", "。", "“", "”"};
  const std::vector<std::string> other = {"a", "7", " ", "\n", "é", "·", "𠀀", "\ufeff", "\uffff"};
  const std::vector<std::string> damage = {"\xe5", "\x80",     "\xed\xa0\x80", "\xe0\x80\x80",
                                           "\xff", "\xc0\xaf", "\xe5\x8f",     "\xf4\x90\x80\x80"};
  std::uniform_int_distribution<std::size_t> pick_han(0, han.size() - 1),
      pick_other(0, other.size() - 1), pick_damage(0, damage.size() - 1), run(0, 40);
  std::size_t invalid = 0;
  for (int round = 0; round < 3000; ++round) {
    std::string s;
    while (s.size() < 200 + static_cast<std::size_t>(round % 50)) {
      for (std::size_t k = run(rng); k > 0; --k) s += han[pick_han(rng)];
      s += other[pick_other(rng)];
    }
    if (round % 3 != 0) {
      const std::size_t where = static_cast<std::size_t>(round * 7) % s.size();
      s.insert(where, damage[pick_damage(rng)]);
    }
    const std::size_t bad = first_invalid_by_the_rules(s);
    const auto found = mubiao::find_invalid_utf8(s);
    BOOST_TEST(found.has_value() == (bad != s.size()));
    if (found) BOOST_TEST(*found == bad);
    invalid += bad != s.size();
  }
  BOOST_TEST(invalid > 1500u);  // both kinds of text were tried
}

// Text that ends inside a character, at every length: the end of a text may
// cut the last character of a block, which then has no next block to check
// it (a words range of 16 bytes ending in the lead of 产 was taken as valid).
BOOST_AUTO_TEST_CASE(validation_of_every_prefix_agrees_with_the_byte_rules) {
  const std::string text = "4提升至4448年度地区生产总值增长5%，居民收入𠀀同步é增长。发展经济";
  std::size_t cut = 0;
  for (std::size_t len = 0; len <= text.size(); ++len) {
    for (std::size_t from = 0; from < 3 && from <= len; ++from) {
      const std::string s = text.substr(from, len - from);
      const std::size_t bad = first_invalid_by_the_rules(s);
      const auto found = mubiao::find_invalid_utf8(s);
      BOOST_TEST(found.has_value() == (bad != s.size()), "length " << s.size() << " from " << from);
      if (found) BOOST_TEST(*found == bad);
      cut += bad != s.size();
    }
  }
  BOOST_TEST(cut > 100u);  // cut characters were tried
}

// The line widths of the wrap detection (16 bytes at a time): every span of
// random texts, most limits below and above the span's count.
BOOST_AUTO_TEST_CASE(character_count_agrees_with_a_count_by_characters) {
  std::mt19937 rng(11);
  for (int round = 0; round < 300; ++round) {
    const std::string s = random_text(rng, 1 + static_cast<std::size_t>(round) % 90);
    std::vector<std::size_t> starts;  // where characters start
    for (std::size_t i = 0; i < s.size(); mubiao::utf8::decode(s, i)) starts.push_back(i);
    starts.push_back(s.size());
    std::uniform_int_distribution<std::size_t> pick(0, starts.size() - 1);
    for (int k = 0; k < 20; ++k) {
      std::size_t a = starts[pick(rng)], b = starts[pick(rng)];
      if (a > b) std::swap(a, b);
      std::size_t chars = 0;
      for (std::size_t i = a; i < b; mubiao::utf8::decode(s, i)) ++chars;
      for (std::size_t most : {std::size_t{0}, std::size_t{1}, std::size_t{5}, chars / 2, chars,
                               chars + 1, std::size_t{100}})
        BOOST_TEST(mubiao::structure::count_chars_upto(s, mubiao::Span{a, b}, most) ==
                   std::min(chars, most));
    }
  }
}
