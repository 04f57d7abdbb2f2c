// Hostile input through every stage of the pipeline: whatever research tools
// scrape must give an answer or a clear error, in linear time. Sizes are a
// few MB so that anything quadratic blows the ctest TIMEOUT rather than
// passing slowly; the assertions check that the answers still make sense.
#define BOOST_TEST_MODULE hostile_input
#include <boost/test/unit_test.hpp>

#include <cmath>
#include <string>

#include "mubiao/mubiao.h"

using namespace mubiao;

namespace {

const Pipeline& pipeline() {
  static const Pipeline p;
  return p;
}

std::string repeat(const std::string& s, std::size_t n) {
  std::string out;
  out.reserve(s.size() * n);
  for (std::size_t i = 0; i < n; ++i) out += s;
  return out;
}

struct Outcome {
  std::size_t sentences = 0, words = 0, numbers = 0, targets = 0;
};

// Runs every stage; checks the invariants shared by all of them.
Outcome run_all(const std::string& text) {
  const Pipeline& p = pipeline();
  Outcome o;
  Document doc = p.segment(text);
  std::size_t last = 0;
  for (const Unit& s : doc.units(Level::sentence)) {
    BOOST_REQUIRE(s.span.start >= last && s.span.end <= text.size());
    last = s.span.end;
  }
  o.sentences = doc.units(Level::sentence).size();
  o.words = p.segmenter().words(text).size();
  for (const Mention& m : p.numbers().find(text)) {
    BOOST_REQUIRE(std::isfinite(m.value));
    BOOST_REQUIRE(m.span.end <= text.size());
    ++o.numbers;
  }
  Normalized n = normalize(p.numbers(), text);
  BOOST_REQUIRE(n.source.size() == n.text.size() + 1);
  for (const Statement& s : p.targets(text, doc)) {
    BOOST_REQUIRE(!s.value || std::isfinite(*s.value));
    ++o.targets;
  }
  return o;
}

}  // namespace

BOOST_AUTO_TEST_CASE(empty_and_whitespace_give_empty_results) {
  for (const std::string& t :
       {std::string(), std::string(" \n\r\t　\n\n"), std::string(1000, '\n')}) {
    Outcome o = run_all(t);
    BOOST_TEST(o.sentences == 0u);
    BOOST_TEST(o.words == 0u);
    BOOST_TEST(o.numbers == 0u);
    BOOST_TEST(o.targets == 0u);
  }
}

BOOST_AUTO_TEST_CASE(a_long_line_without_punctuation) {
  Outcome o = run_all(repeat("经济发展质量效益", 250000));  // 6 MB, one line
  BOOST_TEST(o.sentences == 1u);
  BOOST_TEST(o.words > 100000u);
}

BOOST_AUTO_TEST_CASE(a_million_full_stops) {
  Outcome o = run_all(repeat("。", 1000000));
  BOOST_TEST(o.numbers == 0u);
  BOOST_TEST(o.targets == 0u);
}

BOOST_AUTO_TEST_CASE(deeply_nested_brackets_and_quotes) {
  std::string t = repeat("（“", 100000) + "增长7%。" + repeat("”）", 100000);
  Outcome o = run_all(t);
  BOOST_TEST(o.numbers >= 1u);
  Outcome unbalanced = run_all(repeat("（", 100000) + "增长7%。");
  BOOST_TEST(unbalanced.numbers >= 1u);
}

BOOST_AUTO_TEST_CASE(runs_of_numerals_and_magnitudes) {
  run_all(repeat("一", 500000));
  run_all(repeat("万", 300000) + repeat("亿", 300000));
  run_all(repeat("一万", 200000));
  Outcome o = run_all(repeat("增长7%，", 200000));
  BOOST_TEST(o.numbers == 200000u);
}

BOOST_AUTO_TEST_CASE(numbers_with_hundreds_of_digits_stay_finite) {
  const std::string digits(400, '9');
  for (const std::string& t : {digits, digits + "亿亿亿元", "1" + std::string(400, '0') + "万亿",
                               "0." + std::string(400, '0') + "1%", "百分之" + digits}) {
    auto mentions = pipeline().numbers().find(t);
    BOOST_TEST_REQUIRE(!mentions.empty(), t.substr(0, 20));
    for (const Mention& m : mentions) {
      BOOST_TEST(std::isfinite(m.value));
      // Either an exact value or an honest "cannot represent".
      BOOST_TEST(m.representable == !m.exact.empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(control_characters_and_nul_are_ordinary_text) {
  std::string t(
      "地区生产总值\0增长\x01"
      "7%。\x7f后文。",
      31);
  BOOST_TEST_REQUIRE(t.size() == 31u);
  Document doc = pipeline().segment(t);
  BOOST_TEST_REQUIRE(!doc.units(Level::sentence).empty());
  BOOST_TEST(doc.units(Level::sentence).back().span.end == t.size());  // nothing lost after NUL
  bool found = false;
  for (const Mention& m : pipeline().numbers().find(t)) found |= m.span.of(t) == "7%";
  BOOST_TEST(found);
}

BOOST_AUTO_TEST_CASE(garbage_bytes_of_valid_utf8) {
  std::string t;
  std::uint32_t x = 12345;
  for (int i = 0; i < 300000; ++i) {
    x = x * 1103515245u + 12345u;
    char32_t c = 0x20 + (x >> 8) % 0x2FFF0;
    if (c >= 0xD800 && c <= 0xDFFF) c = U'。';
    std::string enc;
    if (c < 0x80)
      enc = static_cast<char>(c);
    else if (c < 0x800)
      enc = {static_cast<char>(0xC0 | (c >> 6)), static_cast<char>(0x80 | (c & 0x3F))};
    else if (c < 0x10000)
      enc = {static_cast<char>(0xE0 | (c >> 12)), static_cast<char>(0x80 | ((c >> 6) & 0x3F)),
             static_cast<char>(0x80 | (c & 0x3F))};
    else
      enc = {static_cast<char>(0xF0 | (c >> 18)), static_cast<char>(0x80 | ((c >> 12) & 0x3F)),
             static_cast<char>(0x80 | ((c >> 6) & 0x3F)), static_cast<char>(0x80 | (c & 0x3F))};
    t += enc;
  }
  BOOST_TEST_REQUIRE(!find_invalid_utf8(t));
  Outcome o = run_all(t);
  BOOST_TEST(o.words > 0u);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_refused_by_every_stage) {
  const std::string bad = "增长7%\xED\xA0\x80。";  // a surrogate at byte 8
  const Pipeline& p = pipeline();
  auto offset_of = [](auto&& call) -> long {
    try {
      call();
    } catch (const InvalidUtf8& e) {
      return static_cast<long>(e.offset());
    }
    return -1;
  };
  BOOST_TEST(offset_of([&] { p.segment(bad); }) == 8);
  BOOST_TEST(offset_of([&] { p.segmenter().words(bad); }) == 8);
  BOOST_TEST(offset_of([&] { p.numbers().find(bad); }) == 8);
  BOOST_TEST(offset_of([&] { normalize(p.numbers(), bad); }) == 8);
  BOOST_TEST(offset_of([&] { p.targets(bad); }) == 8);
}

BOOST_AUTO_TEST_CASE(ranges_are_validated_alone) {
  // Invalid bytes outside the range do not concern a call on the range.
  const std::string t =
      "增长7%。\xFF"
      "后文";
  const Pipeline& p = pipeline();
  auto mentions = p.numbers().find(t, Span{0, 11});
  BOOST_TEST_REQUIRE(mentions.size() == 1u);
  BOOST_TEST(mentions[0].span.of(t) == "7%");
  BOOST_TEST(p.segmenter().words(t, Span{0, 11}).size() >= 2u);
  try {
    p.numbers().find(t, Span{5, t.size()});
    BOOST_FAIL("no exception");
  } catch (const InvalidUtf8& e) {
    BOOST_TEST(e.offset() == 11u);
  }
}
