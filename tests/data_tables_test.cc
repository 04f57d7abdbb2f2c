// The data tables of lib/data: one format, one loader, validated. Every
// embedded table loads and every role its schema lists has rows; a row with
// an unknown role, a role asked for that no schema lists, a row with too
// many cells are errors naming the table and the line.
#define BOOST_TEST_MODULE data_tables
#include <boost/test/unit_test.hpp>

#include <random>
#include <string>
#include <vector>

#include "data/cue_table.h"
#include "data/table.h"
#include "data/tables.h"
#include "targets/cues.h"
#include "test_support.h"

using mubiao::data::Table;
using mubiao::data::TableError;
using mubiao::data::TableSchema;

namespace {

// The message of the TableError f throws, or "" when it throws none.
template <typename F>
std::string error_of(F&& f) {
  try {
    f();
  } catch (const TableError& e) {
    return e.what();
  }
  return "";
}

const TableSchema kSchema{"example.tsv", 1, {"measure", "modality"}, 2, 3};

}  // namespace

BOOST_AUTO_TEST_CASE(every_embedded_table_loads_and_every_role_has_rows) {
  for (mubiao::data::TableId id : mubiao::data::all_tables()) {
    const Table& t = mubiao::data::table(id);
    BOOST_TEST_CONTEXT(t.schema().name) {
      BOOST_TEST(t.rows().size() > 0u);
      for (std::string_view role : t.schema().roles)
        if (!role.empty()) BOOST_TEST(t.with_role(role).size() > 0u, role);
      for (const auto& row : t.rows()) BOOST_TEST(!row.cell(t.schema().role_column == 0).empty());
    }
  }
}

BOOST_AUTO_TEST_CASE(the_format) {
  // '#' opens a comment only at the start of a line; blank lines and a
  // trailing '\r' are nothing; trailing empty cells may be left out.
  const Table t(kSchema,
                "# comment\n\n增长\tmeasure\tgrowth\r\n力争\tmodality\tstrive\t\n号#1\tmeasure\n");
  BOOST_TEST_REQUIRE(t.rows().size() == 3u);
  BOOST_TEST(t.rows()[0].cell(2) == "growth");
  BOOST_TEST(t.rows()[0].line == 3u);
  BOOST_TEST(t.rows()[1].cells.size() == 3u);
  BOOST_TEST(t.rows()[2].cell(0) == "号#1");
  BOOST_TEST(t.rows()[2].cell(2) == "");
  BOOST_TEST(t.with_role("modality").size() == 1u);
}

BOOST_AUTO_TEST_CASE(a_misspelled_role_in_a_table_is_an_error_with_its_line) {
  const std::string e =
      error_of([] { Table(kSchema, "增长\tmeasure\tgrowth\n确保\tmodalty\tfirm\n"); });
  BOOST_TEST(e.find("lib/data/example.tsv line 2") != std::string::npos, e);
  BOOST_TEST(e.find("unknown role 'modalty'") != std::string::npos, e);
}

BOOST_AUTO_TEST_CASE(malformed_rows_are_errors) {
  BOOST_TEST(error_of([] { Table(kSchema, "增长\tmeasure\tgrowth\textra\n"); }).find("4 cells") !=
             std::string::npos);
  BOOST_TEST(error_of([] { Table(kSchema, "增长\n"); }).find("1 cells") != std::string::npos);
  BOOST_TEST(error_of([] { Table(kSchema, "增长 \tmeasure\n"); }).find("space") !=
             std::string::npos);
  BOOST_TEST(error_of([] { Table(kSchema, "\tmeasure\n"); }).find("empty word") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_misspelled_role_in_code_is_an_error) {
  const Table t(kSchema, "增长\tmeasure\tgrowth\n");
  BOOST_TEST(error_of([&] { t.with_role("measur"); }).find("no role 'measur'") !=
             std::string::npos);
  // A listed role without rows is an empty list, not an error.
  BOOST_TEST(t.with_role("modality").empty());
  // The same through the target extractor's cue tables.
  const auto& cues = mubiao::targets::Cues::builtin();
  BOOST_TEST(error_of([&] { cues.last("地区生产总值增长7%", "measur"); }) != "");
  BOOST_TEST(error_of([&] { cues.scope().prefix("全市地区生产总值", "lead"); }) == "");
}

BOOST_AUTO_TEST_CASE(last_word_reads_the_text_as_words) {
  const mubiao::data::CueTable t({{"力争", "modality", "strive"},
                                  {"争创", "modality", "strive"},
                                  {"创建", "measure", "increment"}});
  // last() finds every occurrence; last_word() only the words of a greedy
  // left-to-right reading, longest first.
  BOOST_TEST(t.last("力争创建示范区", "modality").cue->word == "争创");
  const mubiao::data::Hit h = t.last_word("力争创建示范区", "modality");
  BOOST_REQUIRE(h);
  BOOST_TEST(h.cue->word == "力争");
  BOOST_TEST(!t.last_word("创建示范区", "modality"));
  BOOST_TEST(t.last_word("争创示范区", "modality").cue->word == "争创");
}

BOOST_AUTO_TEST_CASE(role_ids_answer_as_role_names) {
  const mubiao::data::CueTable t({{"力争", "modality", "strive"},
                                  {"争创", "modality", "strive"},
                                  {"创建", "measure", "increment"},
                                  {"创建示范", "measure", "increment"}});
  const mubiao::data::CueRole modality = t.role("modality"), measure = t.role("measure");
  const std::string_view text = "力争创建示范区，争创一流";
  BOOST_TEST(t.last(text, modality).start == t.last(text, "modality").start);
  BOOST_TEST(t.first(text, measure).cue == t.first(text, "measure").cue);
  BOOST_TEST(t.has_role(t.first(text, measure).cue, measure));
  BOOST_TEST(!t.has_role(t.first(text, measure).cue, modality));
  BOOST_TEST((t.role_of(t.first(text, modality).cue) == modality));
  // A role no row has finds nothing.
  BOOST_TEST(!t.last(text, mubiao::data::CueRole{}));
  // last_words: last_word of each role in one reading.
  const mubiao::data::CueRole roles[] = {modality, measure, mubiao::data::CueRole{}};
  mubiao::data::Hit found[3];
  t.last_words(text, roles, 3, found);
  BOOST_TEST(found[0].start == t.last_word(text, modality).start);
  BOOST_TEST(found[0].cue->word == "争创");
  BOOST_TEST(found[1].cue->word == "创建示范");
  BOOST_TEST(!found[2]);
  // roles_in collects every row of the role at every place, not only the
  // longest.
  std::vector<const mubiao::data::Cue*> rows;
  t.roles_in(text, measure, rows);
  BOOST_REQUIRE(rows.size() == 2u);
  BOOST_TEST(rows[0]->word == "创建示范");
  BOOST_TEST(rows[1]->word == "创建");
}

// The walks' filters (first character, first two characters) only pass
// over places where no row starts: on random texts of keys' characters,
// single-character keys, ASCII, 2- and 4-byte second characters, every
// lookup agrees with a search at every character.
BOOST_AUTO_TEST_CASE(lookups_agree_with_a_search_at_every_character) {
  using mubiao::data::CueRole;
  using mubiao::data::Hit;
  const mubiao::data::CueTable t({{"与", "open", ""},
                                  {"与其", "head", ""},
                                  {"上年", "head", ""},
                                  {"上A", "open", ""},
                                  {"全é", "head", ""},
                                  {"全𠀀年", "open", ""},
                                  {"I类", "head", ""},
                                  {"同比增长", "open", ""},
                                  {"同比", "head", ""}});
  const std::vector<std::string> pieces = {"与", "其", "上", "年", "A",  "全", "é", "𠀀",
                                           "I",  "类", "同", "比", "增", "长", "，"};
  std::mt19937 rng(12345);
  // The longest row of role r (nullptr: any) at i.
  auto at = [&](std::string_view text, std::size_t i, const CueRole* r) {
    Hit best;
    for (const auto& c : t.rows())
      if ((!r || t.has_role(&c, *r)) && text.substr(i, c.word.size()) == c.word &&
          (!best || c.word.size() > best.end - best.start))
        best = Hit{&c, i, i + c.word.size()};
    return best;
  };
  for (int round = 0; round < 3000; ++round) {
    const std::string text = mubiao::test::random_concat(rng, pieces, round % 24);
    for (const char* name : {"open", "head"}) {
      const CueRole r = t.role(name);
      Hit first, last;
      for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        const Hit h = at(text, i, &r);
        if (h && !first) first = h;
        if (h && (!last || h.end > last.end)) last = h;
      }
      const Hit f = t.first(text, r), l = t.last(text, r);
      BOOST_TEST(f.cue == first.cue, text << " first " << name);
      BOOST_TEST(f.start == first.start, text << " first " << name);
      BOOST_TEST(l.cue == last.cue, text << " last " << name);
      BOOST_TEST(l.start == last.start, text << " last " << name);
    }
    // each() reads words left to right, longest first.
    std::string words, expected;
    t.each(text, [&](const Hit& h) { words += std::to_string(h.start) + h.cue->word + " "; });
    for (std::size_t i = 0; i < text.size();) {
      if (const Hit h = at(text, i, nullptr)) {
        expected += std::to_string(h.start) + h.cue->word + " ";
        i = h.end;
      } else {
        ++i;
      }
    }
    BOOST_TEST(words == expected, text);
  }
}

// A role whose words start with a few characters (主要, 预期; 任务) is walked
// by the last byte of those characters, 16 places at a time, and the places
// found compared whole (one with more, 三年 …年底, by the first-character
// filter as before): on random texts long enough for the
// 16-place blocks, of the keys' characters and of characters that share
// their last byte (乻, 任 end in BB as 主 does) or their first two (丼),
// first() and last() agree with a search at every character.
BOOST_AUTO_TEST_CASE(few_first_characters_agree_with_a_search_at_every_character) {
  using mubiao::data::CueRole;
  using mubiao::data::Hit;
  const mubiao::data::CueTable t({{"主要目标", "headline", ""},
                                  {"主要", "headline", ""},
                                  {"预期", "headline", ""},
                                  {"任务", "lead", ""},
                                  {"主", "other", ""},
                                  {"三年", "horizon", ""},
                                  {"两年", "horizon", ""},
                                  {"五年", "horizon", ""},
                                  {"今年", "horizon", ""},
                                  {"全年", "horizon", ""},
                                  {"年底", "horizon", ""}});
  const std::vector<std::string> pieces = {"主", "要", "目", "标", "预", "期", "任", "务",
                                           "乻", "丼", "A",  "，", "发", "三", "两", "五",
                                           "今", "全", "年", "底", "义", "令"};
  std::mt19937 rng(20261201);
  auto at = [&](std::string_view text, std::size_t i, CueRole r) {
    Hit best;
    for (const auto& c : t.rows())
      if (t.has_role(&c, r) && text.substr(i, c.word.size()) == c.word &&
          (!best || c.word.size() > best.end - best.start))
        best = Hit{&c, i, i + c.word.size()};
    return best;
  };
  for (int round = 0; round < 3000; ++round) {
    const std::string text = mubiao::test::random_concat(rng, pieces, round % 40);
    for (const char* name : {"headline", "lead", "horizon"}) {
      const CueRole r = t.role(name);
      Hit first, last;
      for (std::size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        const Hit h = at(text, i, r);
        if (h && !first) first = h;
        if (h && (!last || h.end > last.end)) last = h;
      }
      const Hit f = t.first(text, r), l = t.last(text, r);
      BOOST_TEST(f.cue == first.cue, text << " first " << name);
      BOOST_TEST(f.start == first.start, text << " first " << name);
      BOOST_TEST(l.cue == last.cue, text << " last " << name);
      BOOST_TEST(l.start == last.start, text << " last " << name);
    }
  }
}
