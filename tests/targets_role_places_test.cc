// The places of a role's rows read once per piece (lib/targets/role_places.h)
// and the shortcuts of the horizon and quotation checks, against the walks
// they replace, on random text.
#define BOOST_TEST_MODULE targets_role_places_test
#include <boost/test/unit_test.hpp>

#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/numbers.h"
#include "mubiao/text.h"
#include "targets/cues.h"
#include "targets/horizon.h"
#include "targets/quantity.h"
#include "targets/role_places.h"
#include "test_support.h"
#include "text/utf8.h"

namespace {

using mubiao::Span;
namespace targets = mubiao::targets;
namespace utf8 = mubiao::utf8;

std::vector<std::size_t> char_bounds(std::string_view text) {
  std::vector<std::size_t> bounds;
  for (std::size_t i = 0; i < text.size(); utf8::decode(text, i)) bounds.push_back(i);
  bounds.push_back(text.size());
  return bounds;
}

// Every span of a piece of random text (and some reaching outside it):
// RolePlaces::last agrees with CueTable::last of the span, found by a walk.
void check_role(const targets::Table& table, targets::Role role,
                const std::vector<std::string>& pieces, unsigned seed) {
  std::mt19937 rng(seed);
  targets::RolePlaces places;
  for (int round = 0; round < 1500; ++round) {
    const std::string text = mubiao::test::random_concat(rng, pieces, round % 16);
    const std::vector<std::size_t> bounds = char_bounds(text);
    std::uniform_int_distribution<std::size_t> pick(0, bounds.size() - 1);
    std::size_t a = bounds[pick(rng)], b = bounds[pick(rng)];
    if (a > b) std::swap(a, b);
    const Span piece{a, b};
    places.read(table, role, text, piece);
    for (std::size_t i = 0; i < bounds.size(); ++i)
      for (std::size_t j = i; j < bounds.size(); ++j) {
        const Span s{bounds[i], bounds[j]};
        targets::Hit plain = table.last(s.of(text), role);
        if (plain) plain = targets::Hit{plain.cue, s.start + plain.start, s.start + plain.end};
        const targets::Hit fast = places.last(s);
        BOOST_TEST(fast.cue == plain.cue, text << " [" << s.start << ", " << s.end << ")");
        if (plain) {
          BOOST_TEST(fast.start == plain.start, text);
          BOOST_TEST(fast.end == plain.end, text);
        }
        if (plain) BOOST_TEST(places.may_hold(s), text << " [" << s.start << ", " << s.end << ")");
      }
  }
}

}  // namespace

// The horizon words (两年内 and 年内 end at one place: the earlier wins),
// and the measure words, of which many are the start of another (增长,
// 增长到): where the longest row at a place ends past the span, a shorter
// one may end inside it.
BOOST_AUTO_TEST_CASE(role_places_agree_with_a_walk_of_each_span) {
  const targets::Cues& cues = targets::Cues::builtin();
  check_role(cues.cues(), cues.role().horizon,
             {"年内", "两年内", "今年", "全年", "年底前", "年", "内", "两", "底", "前", "，", "1"},
             7);
  check_role(cues.cues(), cues.role().measure,
             {"年均增长", "增长", "到", "增", "长", "年均", "提高", "至", "新增", "a", "，"}, 8);
}

// With no 到/至 before a digit in the text, horizon_after() need not look
// for a year: the same horizon as horizon_in() for every span.
BOOST_AUTO_TEST_CASE(horizon_without_years_agrees_where_none_is_named) {
  const targets::Cues& cues = targets::Cues::builtin();
  const std::vector<std::string> pieces = {"到", "至", "2025", "年",   "今年",  "年内",
                                           "，", "1",  "20",   "增长", "两年内"};
  const std::string year = "2024";
  std::mt19937 rng(12);
  std::size_t without = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string text = mubiao::test::random_concat(rng, pieces, round % 12);
    const bool names = targets::names_to_year(text);
    bool plain_names = false;
    for (std::size_t k = 0; k + 3 < text.size(); ++k)
      plain_names =
          plain_names || ((text.compare(k, 3, "到") == 0 || text.compare(k, 3, "至") == 0) &&
                          text[k + 3] >= '0' && text[k + 3] <= '9');
    BOOST_TEST(names == plain_names, text);
    if (names) continue;
    ++without;
    const std::vector<std::size_t> bounds = char_bounds(text);
    for (std::size_t i = 0; i < bounds.size(); ++i)
      for (std::size_t j = i; j < bounds.size(); ++j) {
        const Span s{bounds[i], bounds[j]};
        targets::Hit word = cues.last(s.of(text), cues.role().horizon);
        if (word) word = targets::Hit{word.cue, s.start + word.start, s.start + word.end};
        BOOST_TEST(targets::horizon_after(text, s, s.end, word, year, false) ==
                       targets::horizon_in(text, s, s.end, cues, year),
                   text << " [" << s.start << ", " << s.end << ")");
      }
  }
  BOOST_TEST(without > 100u);
}

// A sentence with no “ where quotes_near() looks: every number of it is
// read alike whether use_of() looks for quotations or not.
BOOST_AUTO_TEST_CASE(use_of_without_quotes_agrees_where_none_is_near) {
  const targets::Cues& cues = targets::Cues::builtin();
  const std::vector<std::string> pieces = {"“",  "”",  "保", "8",    "争",     "9", "增长",
                                           "5%", "，", "个", "项目", "十四五", "年"};
  std::mt19937 rng(21);
  std::size_t compared = 0;
  for (int round = 0; round < 4000; ++round) {
    const std::string text = mubiao::test::random_concat(rng, pieces, 2 + round % 20);
    const std::vector<std::size_t> bounds = char_bounds(text);
    std::uniform_int_distribution<std::size_t> pick(0, bounds.size() - 1);
    std::size_t a = bounds[pick(rng)], b = bounds[pick(rng)];
    if (a > b) std::swap(a, b);
    const Span sentence{a, b};
    const std::size_t from = a - std::min<std::size_t>(a, 30);
    const bool plain_near = text.substr(from, b - from).find("“") != std::string::npos;
    BOOST_TEST(targets::quotes_near(text, sentence) == plain_near, text);
    if (plain_near) continue;
    // Each run of ASCII digits inside the sentence as a number.
    for (std::size_t i = a; i < b; ++i) {
      if (text[i] < '0' || text[i] > '9' || (i > a && text[i - 1] >= '0' && text[i - 1] <= '9'))
        continue;
      std::size_t j = i;
      while (j < b && text[j] >= '0' && text[j] <= '9') ++j;
      mubiao::Mention m;
      m.exact = text.substr(i, j - i);
      if (text.compare(j, 3, "个") == 0 && j + 3 <= b) {  // a count: the clause before is read
        m.unit = "个";
        j += 3;
      }
      m.span = Span{i, j};
      m.kind = mubiao::NumberKind::cardinal;
      m.value = std::stod(m.exact);
      targets::Hit q1, q2;
      const targets::Use with = targets::use_of(m, text, sentence, cues, &q1, true);
      const targets::Use without = targets::use_of(m, text, sentence, cues, &q2, false);
      BOOST_TEST((with == without), text);
      BOOST_TEST(q1.cue == q2.cue, text);
      ++compared;
    }
  }
  BOOST_TEST(compared > 100u);
}
