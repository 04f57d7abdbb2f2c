#define BOOST_TEST_MODULE word_breaker
#include <boost/test/unit_test.hpp>

#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "mubiao/segment.h"
#include "segment/word_chars.h"
#include "test_support.h"
#include "text/utf8.h"

namespace {

using mubiao::test::segmenter;

std::vector<std::string> texts(std::string_view text, const std::vector<mubiao::Token>& tokens) {
  std::vector<std::string> out;
  for (const auto& t : tokens) out.emplace_back(t.span.of(text));
  return out;
}

std::vector<std::string> words(std::string_view text) {
  return texts(text, segmenter().words(text));
}

bool has_token(std::string_view text, std::string_view token, mubiao::TokenType type,
               const mubiao::Segmenter& seg = segmenter()) {
  for (const auto& t : seg.words(text))
    if (t.span.of(text) == token && t.type == type) return true;
  return false;
}

// What the word level treats as layout (spaces, controls, BOM).
bool is_space(char32_t c) { return mubiao::wordchars::is_space(c); }

// The invariants of every result: in order, non-overlapping, non-empty,
// inside the range, no whitespace inside a token, and every character of the
// range that is not whitespace covered by a token.
void check_invariants(std::string_view text, mubiao::Span range,
                      const std::vector<mubiao::Token>& tokens) {
  std::size_t at = range.start;
  for (const auto& t : tokens) {
    BOOST_REQUIRE_LE(at, t.span.start);
    BOOST_REQUIRE_LT(t.span.start, t.span.end);
    BOOST_REQUIRE_LE(t.span.end, range.end);
    // The gap before the token is whitespace only.
    for (std::size_t i = at; i < t.span.start;)
      BOOST_REQUIRE(is_space(mubiao::utf8::decode(text, i)));
    for (std::size_t i = t.span.start; i < t.span.end;)
      BOOST_REQUIRE(!is_space(mubiao::utf8::decode(text, i)));
    at = t.span.end;
  }
  for (std::size_t i = at; i < range.end;) BOOST_REQUIRE(is_space(mubiao::utf8::decode(text, i)));
}

using mubiao::TokenType;
using V = std::vector<std::string>;

}  // namespace

BOOST_AUTO_TEST_CASE(years_dates_and_percentages_are_single_number_tokens) {
  BOOST_TEST(has_token("2024年全市经济增长", "2024年", TokenType::number));
  BOOST_TEST(has_token("二〇二四年全市经济增长", "二〇二四年", TokenType::number));
  BOOST_TEST(has_token("共同创造美好的新世纪——二○○一年新年贺词", "二○○一年", TokenType::number));
  BOOST_TEST(has_token("１９９７年香港回归", "１９９７年", TokenType::number));
  BOOST_TEST(has_token("增长7.5%以上", "7.5%", TokenType::number));
  BOOST_TEST(has_token("占世界总数的５％。", "５％", TokenType::number));
  BOOST_TEST(has_token("占总数的１７％", "１７％", TokenType::number));
  BOOST_TEST(has_token("气温－5℃", "－5", TokenType::number));
  BOOST_TEST(has_token("总人口1,234,567人", "1,234,567", TokenType::number));
  BOOST_TEST(words("（二○○○年十二月三十一日）") ==
             (V{"（", "二○○○年", "十二月", "三十一日", "）"}));
  BOOST_TEST(words("12月31日") == (V{"12月", "31日"}));
}

BOOST_AUTO_TEST_CASE(magnitudes_stay_with_the_numeral_units_do_not) {
  BOOST_TEST(words("1.3万") == (V{"1.3万"}));
  BOOST_TEST(words("收入3256.8亿元") == (V{"收入", "3256.8亿", "元"}));
  BOOST_TEST(has_token("投资1万亿", "1万亿", TokenType::number));
  BOOST_TEST(words("6600多万") == (V{"6600多万"}));
  BOOST_TEST(has_token("5000余台", "5000", TokenType::number));
  // Durations and counted things are a numeral and a measure word.
  BOOST_TEST(words("10年") == (V{"10", "年"}));
  BOOST_TEST(words("三个") == (V{"三", "个"}));
  BOOST_TEST(has_token("建设了三个园区", "三", TokenType::number));
  // A value that does not fit the unit is no date: "13月", "45日".
  BOOST_TEST(!has_token("13月", "13月", TokenType::number));
  BOOST_TEST(!has_token("45日", "45日", TokenType::number));
}

BOOST_AUTO_TEST_CASE(chinese_numeral_dates_do_not_steal_from_words) {
  BOOST_TEST(has_token("统一月度报表", "统一", TokenType::word));
  BOOST_TEST(has_token("今年十二月", "十二月", TokenType::number));
}

BOOST_AUTO_TEST_CASE(policy_words_are_whole) {
  const std::pair<const char*, const char*> cases[] = {
      {"森林覆盖率达到42%", "森林覆盖率"},
      {"5G网络覆盖率提高", "覆盖率"},
      {"全市地区生产总值增长6%", "地区生产总值"},
      {"一般公共预算收入完成", "一般公共预算收入"},  // not 一般/公共预算收入
      {"城镇调查失业率控制在5.5%以内", "城镇调查失业率"},
      {"新认定高新技术企业300家", "高新技术企业"},
      {"编制十四五规划", "十四五规划"},
  };
  for (const auto& [text, word] : cases)
    BOOST_TEST(has_token(text, word, TokenType::word), text << " has " << word);
}

BOOST_AUTO_TEST_CASE(extra_words_are_honoured) {
  const std::string text = "推进太忻一体化经济区建设";
  BOOST_TEST(!has_token(text, "太忻一体化经济区", TokenType::word));
  mubiao::SegmenterOptions options;
  options.extra_words = {"太忻一体化经济区", "", "\xFF\xFE", "GDP目标", "  晋创谷 "};
  const mubiao::Segmenter seg(options);
  BOOST_TEST(has_token(text, "太忻一体化经济区", TokenType::word, seg));
  BOOST_TEST(has_token("建设晋创谷太原区域", "晋创谷", TokenType::word, seg));
  // Other segmenters are not affected.
  BOOST_TEST(!has_token(text, "太忻一体化经济区", TokenType::word));
}

BOOST_AUTO_TEST_CASE(token_types) {
  const std::string text = "GDP增长5%，iPhone与PM2.5。";
  const auto tokens = segmenter().words(text);
  check_invariants(text, {0, text.size()}, tokens);
  BOOST_TEST(has_token(text, "GDP", TokenType::latin));
  BOOST_TEST(has_token(text, "增长", TokenType::word));
  BOOST_TEST(has_token(text, "5%", TokenType::number));
  BOOST_TEST(has_token(text, "，", TokenType::punct));
  BOOST_TEST(has_token(text, "iPhone", TokenType::latin));
  BOOST_TEST(has_token(text, "PM2.5", TokenType::latin));
  BOOST_TEST(has_token(text, "。", TokenType::punct));
}

BOOST_AUTO_TEST_CASE(empty_and_punctuation_only) {
  BOOST_TEST(segmenter().words("").empty());
  BOOST_TEST(segmenter().words(" \r\n\t\xE3\x80\x80").empty());  // U+3000
  BOOST_TEST(words("，。！？") == (V{"，", "。", "！", "？"}));
  for (const auto& t : segmenter().words("，。！？")) BOOST_TEST((t.type == TokenType::punct));
  // The dash and the ellipsis are written doubled and are one mark each.
  BOOST_TEST(words("——……") == (V{"——", "……"}));
  BOOST_TEST(words("---") == (V{"-", "-", "-"}));
}

BOOST_AUTO_TEST_CASE(whitespace_is_never_a_token) {
  const std::string text = "经济\r\n发展　质量 提升\t推进\xEF\xBB\xBF改革";  // CRLF, U+3000, BOM
  const auto tokens = segmenter().words(text);
  check_invariants(text, {0, text.size()}, tokens);
  BOOST_TEST(texts(text, tokens) == (V{"经济", "发展", "质量", "提升", "推进", "改革"}));
  const std::string nul("增长\0发展", 13);
  BOOST_TEST(words(nul) == (V{"增长", "发展"}));
}

BOOST_AUTO_TEST_CASE(ranges_give_offsets_into_the_whole_text) {
  const std::string text = "一、经济发展。二、社会事业。";
  const std::size_t start = text.find("二");
  const mubiao::Span range{start, text.size()};
  const auto tokens = segmenter().words(text, range);
  check_invariants(text, range, tokens);
  BOOST_REQUIRE(!tokens.empty());
  BOOST_TEST(tokens.front().span.start == start);
  BOOST_TEST(tokens.back().span.of(text) == "。");
  // Clamped to the text.
  BOOST_TEST(segmenter().words(text, {text.size() + 5, text.size() + 9}).empty());
}

BOOST_AUTO_TEST_CASE(invalid_utf8_throws_with_offset) {
  const std::string text = "增长\xFF发展";
  try {
    segmenter().words(text);
    BOOST_FAIL("no exception");
  } catch (const mubiao::InvalidUtf8& e) {
    BOOST_TEST(e.offset() == 6u);
  }
  // A range that cuts a character is invalid at its edge.
  BOOST_CHECK_THROW(segmenter().words("增长", {1, 6}), mubiao::InvalidUtf8);
}

BOOST_AUTO_TEST_CASE(garbage_and_long_runs_are_handled_in_linear_time) {
  std::mt19937 rng(42);
  std::string text;
  const char32_t pools[][2] = {{0x20, 0x7E},     {0x4E00, 0x9FFF},   {0x3000, 0x303F},
                               {0xFF01, 0xFF5E}, {0x1F300, 0x1F5FF}, {0x0, 0x1F}};
  for (int i = 0; i < 200000; ++i) {
    const auto& p = pools[rng() % 6];
    mubiao::utf8::append(text, p[0] + rng() % (p[1] - p[0] + 1));
  }
  check_invariants(text, {0, text.size()}, segmenter().words(text));

  // One 3 MB line of a single character: no word, one long HMM run.
  std::string run;
  for (int i = 0; i < 1000000; ++i) run += "的";
  // (Linear time is guarded by the input sizes and the ctest TIMEOUT, not by
  // timing: performance is measured in bench/.)
  const auto tokens = segmenter().words(run);
  check_invariants(run, {0, run.size()}, tokens);
  // Runs of Chinese numerals and of letters.
  for (const char* unit : {"一", "○", "a"}) {
    std::string line;
    for (int i = 0; i < 300000; ++i) line += unit;
    check_invariants(line, {0, line.size()}, segmenter().words(line));
  }
  // And digits: one number token.
  const std::string digits(1000000, '7');
  BOOST_TEST(segmenter().words(digits).size() == 1u);
}

// Reported as skipped, not passed, when the shared corpus is absent.
boost::test_tools::assertion_result shared_corpus_present(boost::unit_test::test_unit_id) {
  boost::test_tools::assertion_result r(!mubiao::test::shared_reports().empty());
  r.message() << "no shared reports under " << mubiao::test::shared_dir().string();
  return r;
}

BOOST_AUTO_TEST_CASE(shared_reports_keep_the_invariants,
                     *boost::unit_test::precondition(shared_corpus_present)) {
  const auto reports = mubiao::test::shared_reports();
  std::size_t tokens_seen = 0;
  for (const auto& path : reports) {
    const std::string text = mubiao::test::read_file(path);
    const auto tokens = segmenter().words(text);
    check_invariants(text, {0, text.size()}, tokens);
    tokens_seen += tokens.size();
  }
  BOOST_TEST(tokens_seen > 10000u);
}

BOOST_AUTO_TEST_CASE(one_segmenter_serves_several_threads) {
  std::string text;
  for (int i = 0; i < 200; ++i)
    text += "二〇二四年地区生产总值增长5.2%，城镇调查失业率平均为5.2%。";
  const auto expected = segmenter().words(text);
  std::vector<std::vector<mubiao::Token>> results(4);
  std::vector<std::thread> threads;
  for (auto& r : results) threads.emplace_back([&] { r = segmenter().words(text); });
  for (auto& t : threads) t.join();
  for (const auto& r : results) {
    BOOST_REQUIRE_EQUAL(r.size(), expected.size());
    for (std::size_t i = 0; i < r.size(); ++i) BOOST_REQUIRE(r[i].span == expected[i].span);
  }
}
