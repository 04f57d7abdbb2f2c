#define BOOST_TEST_MODULE targets_cues
#include <boost/test/unit_test.hpp>

// The embedded cue tables load, use only known roles and values, and are
// searched longest-first.

#include <algorithm>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "data/cue_table.h"
#include "targets/benchmark.h"
#include "targets/cues.h"
#include "targets/phrase.h"
#include "test_support.h"
#include "text/utf8.h"

using mubiao::targets::Cues;
using mubiao::targets::Hit;

BOOST_AUTO_TEST_CASE(tables_use_known_roles_and_values) {
  const Cues& c = Cues::builtin();
  BOOST_CHECK_GT(c.cues().size(), 50u);
  const std::set<std::string> roles = {
      "measure",     "before", "after",        "modality", "horizon", "period", "achievement",
      "skip_before", "skip",   "respectively", "word",     "time",    "stock",  "existing"};
  const std::set<std::string> measures = {"level",   "growth",    "avg_growth",
                                          "decline", "increment", "multiple"};
  const std::set<std::string> comparators = {"eq", "ge", "gt", "le", "lt", "approx", "toward"};
  for (const auto& cue : c.cues()) {
    BOOST_CHECK_MESSAGE(roles.count(cue.role), cue.word << ": role " << cue.role);
    if (cue.role == "measure") BOOST_CHECK_MESSAGE(measures.count(cue.value), cue.word);
    if (cue.role == "before" || cue.role == "after")
      BOOST_CHECK_MESSAGE(comparators.count(cue.value), cue.word);
    if (cue.role == "modality") BOOST_CHECK(cue.value == "strive" || cue.value == "firm");
  }
  for (const auto& s : mubiao::data::cue_table(mubiao::data::TableId::target_sections))
    BOOST_CHECK(s.role == "review" || s.role == "plan");
  for (const auto& b : c.benchmarks()) {
    BOOST_CHECK(comparators.count(b.comparator));
    // A threshold in words holds a number and its unit.
    if (!b.value.empty()) {
      BOOST_CHECK_NO_THROW(std::stod(b.value));
      BOOST_CHECK(!b.unit.empty());
    }
  }
  // Quality classes: a comparator where a word says one (以上: ge).
  for (const auto& k : c.classes())
    if (!k.value.empty()) BOOST_CHECK_MESSAGE(comparators.count(k.value), k.word);
  BOOST_CHECK(c.class_shape("eq") != nullptr);
  BOOST_CHECK(!c.benchmark_heads().empty());
  BOOST_CHECK(!c.assigners().empty());
  const std::set<std::string> friend_roles = {
      "after",        "unit",         "before",         "threshold_head", "capacity_unit",
      "time_measure", "fact_before",  "plan_before",    "count_unit",     "counter",
      "part_head",    "rate_head",    "work_head",      "policy_before",  "means_after",
      "rate_base",    "support_verb", "existing_after", "name_tail",      "light_verb",
      "measure_head", "quoted"};
  for (const auto& f : c.false_friends()) {
    BOOST_CHECK_MESSAGE(friend_roles.count(f.role), f.word << ": role " << f.role);
    if (f.role == "quoted") BOOST_CHECK(f.value == "strive" || f.value == "firm");
  }
}

BOOST_AUTO_TEST_CASE(longest_cue_wins) {
  const Cues& c = Cues::builtin();
  Hit h = c.last("研发经费投入年均增长", "measure");
  BOOST_REQUIRE(h);
  BOOST_CHECK_EQUAL(h.cue->value, "avg_growth");
  h = c.suffix("比例由75%提升至", "measure");
  BOOST_REQUIRE(h);
  BOOST_CHECK_EQUAL(h.cue->word, "提升至");
}

// The table format and its comment rules: tests/data_tables_test.cc.

#include "targets/enum_names.h"

BOOST_AUTO_TEST_CASE(enum_spellings_round_trip) {
  using namespace mubiao;
  for (int i = 0; i < 6; ++i)
    BOOST_CHECK(targets::measure_from(measure_name(Measure(i))) == Measure(i));
  for (int i = 0; i < 8; ++i)
    BOOST_CHECK(targets::comparator_from(comparator_name(Comparator(i))) == Comparator(i));
  BOOST_CHECK(targets::measure_from("no such") == Measure::level);
}

// find_word and rfind_word (targets/phrase.h) answer as std::string_view's
// find and rfind, on random texts of Chinese, ASCII and punctuation, for
// words of one to three characters and every start and end place.
BOOST_AUTO_TEST_CASE(find_word_answers_as_string_view_find) {
  const std::vector<std::string> pieces = {"年",   "的", "“", "”",    "、",
                                           "以上", "a",  "1", "全省", "平"};
  std::mt19937 rng(7);
  std::uniform_int_distribution<std::size_t> step(1, 5);
  for (int round = 0; round < 4000; ++round) {
    const std::string text = mubiao::test::random_concat(rng, pieces, round % 40),
                      word = mubiao::test::random_concat(rng, pieces, round % 4);
    const std::string_view v = text, w = word;
    for (std::size_t pos = 0; pos <= v.size() + 1; pos += step(rng)) {
      BOOST_TEST(mubiao::targets::find_word(v, w, pos) == v.find(w, pos), text << " / " << word);
      BOOST_TEST(mubiao::targets::rfind_word(v, w, pos) == v.rfind(w, pos), text << " / " << word);
    }
    BOOST_TEST(mubiao::targets::rfind_word(v, w) == v.rfind(w), text << " / " << word);
  }
}

// The rules ask benchmark_words() of clauses and items inside a piece; the
// extractor answers from the places piece_words() found in its one walk of
// the piece. Both must agree for every span of the piece: random text of
// opening words, head words, class verbs, classes, their first characters
// alone and other characters, at every pair of character boundaries.
BOOST_AUTO_TEST_CASE(benchmark_words_from_piece_places_agree_with_a_walk) {
  const Cues& c = Cues::builtin();
  const std::vector<std::string> pieces = {
      "高于", "与",     "和",       "同步",   "基本同步", "保持在", "以上",     "控制在", "以内",
      "在",   "内",     "完成",     "达到",   "正增长",   "全省",   "平均水平", "增长",   "目标",
      "任务", "省下达", "水平",     "保持",   "稳定",     "Ⅲ类",    "III类",    "V类",    "一类",
      "优良", "标准",   "未来五年", "比上年", "高",       "平",     "全",       "经济",   "，",
      "、",   "“",      "”",        "I",      "V",        "7%"};
  std::mt19937 rng(20261201);
  for (int round = 0; round < 300; ++round) {
    const std::string s = mubiao::test::random_concat(rng, pieces, 1 + round % 12);
    std::vector<Hit> words;
    const Cues::PieceWords with_places = c.piece_words(s, words);
    const Cues::PieceWords plain = c.piece_words(s);
    BOOST_TEST(with_places.may_hold_benchmark == plain.may_hold_benchmark);
    BOOST_TEST(with_places.holds_achievement == plain.holds_achievement);
    BOOST_TEST(with_places.period.start == plain.period.start);
    BOOST_TEST(with_places.period.end == plain.period.end);
    std::vector<std::size_t> bounds;
    for (std::size_t i = 0; i < s.size(); mubiao::utf8::decode(s, i)) bounds.push_back(i);
    bounds.push_back(s.size());
    for (std::size_t a = 0; a < bounds.size(); ++a)
      for (std::size_t b = a; b < bounds.size(); ++b) {
        const mubiao::Span span{bounds[a], bounds[b]};
        std::vector<const mubiao::targets::Cue*> walked, placed;
        const bool walked_class = c.benchmark_words(span.of(s), walked);
        const bool placed_class = c.benchmark_words(words, span, placed);
        BOOST_TEST(walked_class == placed_class,
                   s << " [" << span.start << ", " << span.end << ")");
        BOOST_TEST((walked == placed), s << " [" << span.start << ", " << span.end << ")");
      }
  }
}

// A piece that piece_words() says holds no benchmark holds none in any of
// its spans: its test asks for each shape's opening word, closing word and
// (for an assigned target) an assigner word, and find_benchmark finds no
// shape without them. Random pieces of those words, heads and others.
BOOST_AUTO_TEST_CASE(a_piece_without_benchmark_words_holds_no_benchmark) {
  const Cues& c = Cues::builtin();
  const std::vector<std::string> pieces = {
      "高于", "与",     "和",     "同",       "同步", "基本同步", "保持一致",  "相匹配",
      "以上", "以下",   "控制在", "以内",     "在",   "内",       "按照",      "完成",
      "达到", "正增长", "全省",   "平均水平", "增长", "目标",     "任务",      "省下达",
      "下达", "考核",   "要求",   "水平",     "保持", "Ⅲ类",      "经济",      "收入",
      "，",   "、",     "“",      "”",        "居民", "年度任务", "约束性指标"};
  std::mt19937 rng(1512);
  int without = 0;
  for (int round = 0; round < 3000; ++round) {
    const std::string s = mubiao::test::random_concat(rng, pieces, 1 + round % 10);
    if (c.piece_words(s).may_hold_benchmark) continue;
    ++without;
    std::vector<std::size_t> bounds;
    for (std::size_t i = 0; i < s.size(); mubiao::utf8::decode(s, i)) bounds.push_back(i);
    bounds.push_back(s.size());
    for (std::size_t a = 0; a < bounds.size(); ++a)
      for (std::size_t b = a + 1; b < bounds.size(); ++b)
        BOOST_TEST(!mubiao::targets::find_benchmark(s, mubiao::Span{bounds[a], bounds[b]}, c),
                   s << " [" << bounds[a] << ", " << bounds[b] << ")");
  }
  BOOST_TEST(without > 100);  // the test tests something
}

// The extractor asks gate_piece() first of a piece without a number, and
// reads it whole (piece_words()) only when the gate lets it pass: the gate
// must find the same period, and let pass every piece that piece_words()
// says may hold a benchmark. Random pieces of every table's words (each
// shape's opening and closing words, heads, assigners, classes and class
// verbs, periods), their first characters alone and other characters.
BOOST_AUTO_TEST_CASE(the_piece_gate_passes_every_piece_that_may_hold_a_benchmark) {
  const Cues& c = Cues::builtin();
  std::vector<std::string> pieces = {"，", "、", "“",  "”",  "I",    "V",    "7%",   "高",  "与",
                                     "同", "省", "国", "下", "经济", "发展", "今年", "未来"};
  for (const auto& b : c.benchmarks()) {
    pieces.push_back(b.open);
    if (!b.close.empty()) pieces.push_back(b.close);
  }
  for (const auto* words : {&c.benchmark_heads(), &c.assigned_heads(), &c.assigners()})
    pieces.insert(pieces.end(), words->begin(), words->end());
  for (const auto& row : c.classes()) pieces.push_back(row.word);
  for (const auto* row : c.cues().with_role(c.role().period)) pieces.push_back(row->word);
  for (const auto* row : c.cues().with_role(c.role().achievement)) pieces.push_back(row->word);
  std::mt19937 rng(20261201);
  int stopped = 0, passed_to_benchmark = 0;
  for (int round = 0; round < 20000; ++round) {
    const std::string s = mubiao::test::random_concat(rng, pieces, 1 + round % 6);
    const bool achievement = round % 2 == 1;
    const Cues::PieceGate gate = c.gate_piece(s, achievement);
    const Cues::PieceWords words = c.piece_words(s);
    BOOST_TEST(gate.period.start == words.period.start, s);
    BOOST_TEST(gate.period.end == words.period.end, s);
    BOOST_TEST((gate.period && gate.period.cue->value == words.period.cue->value) ==
                   static_cast<bool>(words.period),
               s);
    if (achievement) BOOST_TEST(gate.holds_achievement == words.holds_achievement, s);
    if (words.may_hold_benchmark) {
      BOOST_TEST(gate.may_hold_benchmark, s);
      ++passed_to_benchmark;
    }
    stopped += gate.may_hold_benchmark ? 0 : 1;
  }
  // The test tests something: pieces the gate stops, and pieces it must pass.
  BOOST_TEST(stopped > 2000);
  BOOST_TEST(passed_to_benchmark > 2000);
}

// The lookups of a cue table (first, last, each, roles_in) find the places
// a word may start at by filters read off the UTF-8 bytes, several
// characters at a time; they must answer as a plain reading that tries every
// row of the role at every character. Random text of every table's words,
// their first characters alone, characters that share a key's filter bits
// but start no word, ASCII, and characters of 2 and 4 bytes.
namespace {

using mubiao::data::CueRole;
using mubiao::data::CueTable;

// The longest row of role (any role: nullptr) that starts at text[i].
Hit plain_at(const CueTable& t, const std::string& text, std::size_t i, const CueRole* role) {
  for (const auto& c : t)
    if ((!role || t.has_role(&c, *role)) && text.compare(i, c.word.size(), c.word) == 0)
      return Hit{&c, i, i + c.word.size()};
  return {};
}

std::vector<std::size_t> char_starts(const std::string& text) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < text.size(); mubiao::utf8::decode(text, i)) out.push_back(i);
  return out;
}

bool same(const Hit& a, const Hit& b) {
  return a.cue == b.cue && (!a || (a.start == b.start && a.end == b.end));
}

void check_lookups(const CueTable& t, const std::string& text) {
  const std::vector<std::size_t> starts = char_starts(text);
  std::vector<std::string> names;
  for (const auto& c : t)
    if (std::find(names.begin(), names.end(), c.role) == names.end()) names.push_back(c.role);
  CueTable::RoleSet all = 0;
  for (const std::string& name : names) {
    const CueRole r = t.role(name);
    Hit first, last;
    for (std::size_t i : starts)
      if (const Hit h = plain_at(t, text, i, &r)) {
        if (!first) first = h;
        if (!last || h.end > last.end) last = h;
        all |= CueTable::set_of(r);
      }
    BOOST_TEST(same(t.first(text, r), first), text << " first " << name);
    BOOST_TEST(same(t.last(text, r), last), text << " last " << name);
  }
  for (const std::string& name : names) {
    Hit last;
    const CueTable::RoleSet set = t.roles_in(text, t.role(name), last);
    BOOST_TEST(set == all, text << " roles_in " << name);
    BOOST_TEST(same(last, t.last(text, t.role(name))), text << " roles_in last " << name);
  }
  std::vector<Hit> words, plain;
  t.words(text, words);
  for (std::size_t k = 0, next = 0; k < starts.size(); ++k)
    if (starts[k] >= next)
      if (const Hit h = plain_at(t, text, starts[k], nullptr)) plain.push_back(h), next = h.end;
  BOOST_TEST(words.size() == plain.size(), text);
  for (std::size_t k = 0; k < std::min(words.size(), plain.size()); ++k)
    BOOST_TEST(same(words[k], plain[k]), text << " word " << k);
  Hit any;
  for (std::size_t i : starts)
    if ((any = plain_at(t, text, i, nullptr))) break;
  BOOST_TEST(same(t.first_of_any(text), any), text << " first_of_any");
}

// Pieces of random text for table t: its words, their first characters,
// characters with a first character's low 12 bits (the filters' key) but
// another first byte, and others.
std::vector<std::string> pieces_for(const CueTable& t) {
  std::vector<std::string> out = {"经济", "，", "。", "1", "2.5", "%", "a",  " ",
                                  "é",    "𠀀", "I",  "V", "—",   "Ⅲ", "的", "年"};
  for (const auto& c : t) {
    out.push_back(c.word);
    std::size_t i = 0;
    const char32_t first = mubiao::utf8::decode(c.word, i);
    out.push_back(c.word.substr(0, i));
    if (first >= 0x1800 && first < 0xF000) {
      std::string twin;
      mubiao::utf8::append(twin, first ^ 0x1000);
      out.push_back(twin);
    }
  }
  return out;
}

}  // namespace

BOOST_AUTO_TEST_CASE(lookups_answer_as_a_plain_reading) {
  const Cues& c = Cues::builtin();
  // A table of few keys (a walk of its own), and one with ASCII keys.
  const CueTable few({{"未来五年", "period", ""}, {"今后五年", "period", ""}, {"同比", "a", ""}});
  const CueTable ascii({{"I类", "class", ""},
                        {"IV类", "class", ""},
                        {"与", "open", ""},
                        {"达到", "verb", ""},
                        {"a", "x", ""}});
  // The walk of 32 bytes at a time (where the processor has AVX2), and the
  // portable one.
  for (const bool wide : {true, false}) {
    CueTable::use_wide_walks(wide);
    std::mt19937 rng(20261201);
    for (const CueTable* t :
         {&c.cues(), &c.scope(), &c.false_friends(), &c.classes(), &few, &ascii}) {
      const std::vector<std::string> pieces = pieces_for(*t);
      for (int round = 0; round < 400; ++round)
        check_lookups(*t, mubiao::test::random_concat(rng, pieces, round % 30));
    }
  }
  CueTable::use_wide_walks(true);
}
