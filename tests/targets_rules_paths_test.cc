// The shortcuts the target rules take (lib/targets) checked against the
// plain readings they replace, on random text.
#define BOOST_TEST_MODULE targets_rules_paths_test
#include <boost/test/unit_test.hpp>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/text.h"
#include "targets/phrase.h"
#include "test_support.h"
#include "text/utf8.h"

namespace {

using mubiao::Span;
namespace targets = mubiao::targets;
namespace utf8 = mubiao::utf8;

// Han characters counted character by character, and the name characters
// as phrase.h defines them: Han characters, and the letters of Latin words
// of two or more letters (full-width letters read as ASCII).
std::size_t plain_han(std::string_view v) {
  std::size_t n = 0;
  for (std::size_t i = 0; i < v.size();) n += utf8::is_han(utf8::decode(v, i));
  return n;
}

std::size_t plain_name(std::string_view v) {
  std::size_t n = 0, run = 0;
  auto end_run = [&] {
    if (run >= 2) n += run;
    run = 0;
  };
  for (std::size_t i = 0; i < v.size();) {
    const char32_t c = utf8::fold_width(utf8::decode(v, i));
    if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')) {
      ++run;
      continue;
    }
    end_run();
    n += utf8::is_han(c);
  }
  end_run();
  return n;
}

}  // namespace

// count_name() walks a span once for han_count() and name_chars(): both
// agree with a character-by-character count for every span of random text
// of Han characters, ASCII and full-width letters, digits and punctuation.
BOOST_AUTO_TEST_CASE(count_name_agrees_with_a_character_walk) {
  const std::vector<std::string> pieces = {"年", "增长", "G",  "D",  "P", "x",  "Ｇ",
                                           "Ｐ", "1",    "，", "、", " ", "〇", "𠀀"};
  std::mt19937 rng(11);
  for (int round = 0; round < 3000; ++round) {
    const std::string text = mubiao::test::random_concat(rng, pieces, round % 24);
    // Every span between character boundaries.
    std::vector<std::size_t> bounds;
    for (std::size_t i = 0; i < text.size(); utf8::decode(text, i)) bounds.push_back(i);
    bounds.push_back(text.size());
    for (std::size_t a = 0; a < bounds.size(); a += 1 + round % 3)
      for (std::size_t b = a; b < bounds.size(); ++b) {
        const Span s{bounds[a], bounds[b]};
        const std::string_view v = s.of(text);
        const targets::NameCount c = targets::count_name(text, s);
        BOOST_TEST(c.han == plain_han(v), text << " [" << s.start << ", " << s.end << ")");
        BOOST_TEST(c.name == plain_name(v), text << " [" << s.start << ", " << s.end << ")");
        BOOST_TEST(targets::han_count(text, s) == c.han);
        BOOST_TEST(targets::name_chars(text, s) == c.name);
      }
  }
}

// each_char3() reports every place of its characters, in order, as one
// find per character would: random text of the characters, others that
// share their first or last byte (平 with 年, ＂ with ：), ASCII and Han, at
// every length (the blocks of 16 places and the last, overlapping one).
BOOST_AUTO_TEST_CASE(each_char3_finds_every_place_in_order) {
  const std::vector<std::string> pieces = {"：", "）", "年", "平", "＂", "（", "a",
                                           "1",  "增", "，", "。", "“",  "”"};
  static constexpr std::string_view kChars[] = {"：", "）", "年"};
  std::mt19937 rng(5);
  for (int round = 0; round < 6000; ++round) {
    const std::string text = mubiao::test::random_concat(rng, pieces, round % 50);
    const std::string_view v = text;
    std::vector<std::pair<std::size_t, std::size_t>> plain, fast;
    for (std::size_t i = 0; i < v.size(); ++i)
      for (std::size_t k = 0; k < std::size(kChars); ++k)
        if (v.compare(i, kChars[k].size(), kChars[k]) == 0) plain.emplace_back(i, k);
    targets::each_char3(v, kChars, [&](std::size_t i, std::size_t k) { fast.emplace_back(i, k); });
    BOOST_TEST((fast == plain), text);
    // A view that ends inside the text: no place past its end.
    if (!v.empty()) {
      const std::string_view cut = v.substr(0, v.size() - 1);
      std::size_t last_end = 0;
      targets::each_char3(cut, kChars, [&](std::size_t i, std::size_t) { last_end = i + 3; });
      BOOST_TEST(last_end <= cut.size(), text);
    }
  }
}
