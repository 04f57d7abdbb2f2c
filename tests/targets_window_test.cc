#define BOOST_TEST_MODULE targets_window
#include <boost/test/unit_test.hpp>

// TargetExtractor reads the plain text through a window that slides along it
// and scans its numbers a window at a time (lib/targets/extractor.cc),
// instead of a copy of the whole plain text and a vector of all its
// mentions. Its statements must be those of the same rules read over the
// whole of Document::plain: checked here against that reading (the
// extractor's loop before the window, kept as the oracle) on texts of many
// windows, hard-wrapped with page numbers, and on the shared reports joined
// into one document.

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "data/structure_tables.h"
#include "mubiao/numbers.h"
#include "mubiao/segment.h"
#include "numbers/scanner.h"
#include "segment/plain_stream.h"
#include "targets/clause_ends.h"
#include "targets/cues.h"
#include "targets/extractor.h"
#include "targets/phrase.h"
#include "targets/rules.h"
#include "targets/stance.h"
#include "test_support.h"
#include "text/utf8.h"

using namespace mubiao;

namespace {

// The statements of doc read over a copy of the whole plain text.
std::vector<Statement> read_whole(const Document& doc, const ReportParts& parts) {
  const targets::Cues& cues = targets::Cues::builtin();
  const PlainText plain = doc.plain();
  std::vector<Mention> mentions = numbers::mentions_in_valid(plain.text);
  mentions.erase(std::remove_if(mentions.begin(), mentions.end(),
                                [](const Mention& m) { return !m.representable; }),
                 mentions.end());
  std::vector<Statement> out;
  const std::string_view text = doc.text();
  const auto& sentences = doc.units(Level::sentence);
  const auto& clauses = doc.units(Level::clause);
  const auto& paragraphs = doc.units(Level::paragraph);
  std::size_t ci = 0, pi = 0, mi = 0;
  std::size_t paragraph = static_cast<std::size_t>(-1);
  std::string period;
  auto read_piece = [&](std::size_t si, const Unit& sentence, const std::vector<Span>& cl) {
    const std::string_view ptext = plain.text;
    const Span piece = targets::trim(ptext, Span{cl.front().start, cl.back().end});
    if (piece.empty()) return;
    while (mi < mentions.size() && mentions[mi].span.start < piece.start) ++mi;
    std::size_t mj = mi;
    while (mj < mentions.size() && mentions[mj].span.end <= piece.end) ++mj;
    const std::string_view pv = piece.of(ptext);
    const targets::Cues::PieceWords words = cues.piece_words(pv);
    if (mj > mi || words.may_hold_benchmark) {
      targets::SentenceInput in;
      in.text = ptext;
      in.span = piece;
      in.clauses = cl;
      in.sentence = si;
      in.section = sentence.section;
      const std::size_t at = plain.input_offset(piece.start);
      in.stance = targets::stance_of(parts.part_at(at), pv, words.holds_achievement, cues);
      in.horizon = period.empty() ? parts.period_at(at) : period;
      in.year = in.stance == Stance::achievement && !in.horizon.empty() ? in.horizon : parts.year();
      const std::size_t first = out.size();
      targets::read_sentence(in, mentions.data() + mi, mentions.data() + mj, cues, out);
      for (std::size_t k = first; k < out.size(); ++k) {
        Statement& s = out[k];
        s.span = plain.input_span(s.span);
        s.indicator_span = plain.input_span(s.indicator_span);
        s.value_span = plain.input_span(s.value_span);
      }
    }
    if (words.period) period = words.period.cue->value;
    mi = mj;
  };
  std::vector<Span> piece;
  for (std::size_t si = 0; si < sentences.size(); ++si) {
    const Unit& sentence = sentences[si];
    while (pi + 1 < paragraphs.size() && paragraphs[pi].span.end <= sentence.span.start) ++pi;
    if (pi != paragraph) {
      paragraph = pi;
      period.clear();
    }
    while (ci < clauses.size() && clauses[ci].span.start < sentence.span.start) ++ci;
    piece.clear();
    for (; ci < clauses.size() && clauses[ci].span.end <= sentence.span.end; ++ci) {
      const ClauseEnd end = clause_end(text, clauses[ci]);
      Span s = clauses[ci].span;
      if (end != ClauseEnd::sentence && !s.empty()) {
        std::size_t b = s.end;
        if (data::structure::is_clause_separator(utf8::decode_before(text, b))) s.end = b;
      }
      piece.push_back(plain.plain_span(s));
      if (end == ClauseEnd::semicolon) {
        read_piece(si, sentence, piece);
        piece.clear();
      }
    }
    if (!piece.empty()) read_piece(si, sentence, piece);
  }
  return out;
}

void same(const Statement& a, const Statement& b) {
  BOOST_TEST(a.span.start == b.span.start);
  BOOST_TEST(a.span.end == b.span.end);
  BOOST_TEST(a.indicator_span.start == b.indicator_span.start);
  BOOST_TEST(a.indicator_span.end == b.indicator_span.end);
  BOOST_TEST(a.value_span.start == b.value_span.start);
  BOOST_TEST(a.value_span.end == b.value_span.end);
  BOOST_TEST(a.sentence == b.sentence);
  BOOST_TEST(a.indicator == b.indicator);
  BOOST_TEST(a.exact == b.exact);
  BOOST_TEST(a.unit == b.unit);
  BOOST_TEST(a.horizon == b.horizon);
  BOOST_TEST(a.reference == b.reference);
  BOOST_TEST(a.rule == b.rule);
  BOOST_TEST(static_cast<int>(a.stance) == static_cast<int>(b.stance));
  BOOST_TEST(static_cast<int>(a.comparator) == static_cast<int>(b.comparator));
}

void check(const std::string& text, std::size_t min_statements) {
  const Document d = test::segmenter().segment(text, Level::clause);
  const ReportParts parts(d);
  const std::vector<Statement> want = read_whole(d, parts);
  BOOST_TEST_REQUIRE(want.size() >= min_statements);
  const std::vector<Statement> got = TargetExtractor().extract(d, parts);
  BOOST_TEST_REQUIRE(got.size() == want.size());
  for (std::size_t i = 0; i < got.size(); ++i) same(got[i], want[i]);
}

// About `bytes` of target sentences, wrapped every few dozen characters with
// a page number now and then, in paragraphs under a plan heading.
std::string wrapped_targets(std::size_t bytes, unsigned seed) {
  static const std::vector<std::string> kSentences = {
      "地区生产总值增长5.5%左右；一般公共预算收入增长6%。",
      "城镇新增就业1.3万人以上，城镇调查失业率控制在5.5%以内。",
      "居民人均可支配收入增长与经济增长同步，单位GDP能耗下降3%。",
      "今年全市经济社会发展的主要预期目标是：规上工业增加值增长8%，固定资产投资增长10%。",
      "力争到2026年，研发经费投入强度达到2.8%，新增高新技术企业300家以上。",
      "粮食产量稳定在25万吨以上，PM2.5平均浓度控制在35微克/立方米以内。",
      "未来五年，常住人口城镇化率提高到70%，森林覆盖率达到40%。",
      "过去一年，全市地区生产总值完成3500.6亿元，增长5.2%。",
  };
  return test::wrapped_paragraphs("政府工作报告\n\n二、2024年工作安排\n\n", kSentences, bytes,
                                  seed);
}

}  // namespace

BOOST_AUTO_TEST_CASE(the_window_reads_what_the_whole_plain_text_gives) {
  for (unsigned seed : {1u, 2u}) check(wrapped_targets(900000 + seed * 77777, seed), 10000);
}

BOOST_AUTO_TEST_CASE(one_long_sentence_wider_than_the_window) {
  // No sentence end for 600 KB: one piece larger than the window.
  std::string t = "今年的主要目标是：";
  while (t.size() < 600000) t += "地区生产总值增长5%，";
  t += "居民收入增长6%。";
  check(t, 1);
}

// The reader asks how each clause ends of its last character, with what
// clause_end says of each character kept (targets::ClauseEnds): compared
// with clause_end and a read of the separator on every clause of random
// texts full of closers, separators and marks, and on spans that end
// anywhere in them.
BOOST_AUTO_TEST_CASE(clause_ends_from_the_last_character_agree_with_clause_end) {
  const std::vector<std::string> pieces = {
      "增长7%", "，", "；", "：", "。", "）",   "」",  "”",       "”；", "）。",
      "、",     ";",  ",",  ":",  "a",  " ",    "\n",  "（",      "“",   "！",
      "？",     "﹔", "﹕", "…",  "——", "》，", "2.5", "主要目标"};
  std::mt19937 rng(7);
  std::size_t asked = 0, closers = 0;
  auto want_of = [](std::string_view text, const Unit& u) {
    targets::ClauseEnds::Ending e{clause_end(text, u), u.span};
    if (e.end != ClauseEnd::sentence && !e.span.empty()) {
      std::size_t b = e.span.end;
      if (data::structure::is_clause_separator(utf8::decode_before(text, b))) e.span.end = b;
    }
    return e;
  };
  for (int round = 0; round < 400; ++round) {
    const std::string t = test::random_concat(rng, pieces, 1 + rng() % 60);
    const Document d = test::segmenter().segment(t);
    std::vector<Unit> units = d.units(Level::clause);
    // And spans from anywhere to any character's end.
    for (int k = 0; k < 20; ++k) {
      std::size_t a = rng() % (t.size() + 1), b = rng() % (t.size() + 1);
      if (a > b) std::swap(a, b);
      while (a > 0 && a < t.size() && (static_cast<unsigned char>(t[a]) & 0xC0) == 0x80) --a;
      while (b > 0 && b < t.size() && (static_cast<unsigned char>(t[b]) & 0xC0) == 0x80) --b;
      units.push_back(Unit{Span{a, std::max(a, b)}});
    }
    targets::ClauseEnds ends(t);
    for (const Unit& u : units) {
      const targets::ClauseEnds::Ending want = want_of(t, u), got = ends.of(u);
      ++asked;
      std::size_t b = u.span.end;
      closers += !u.span.empty() && data::structure::is_closer(utf8::decode_before(t, b));
      BOOST_TEST_REQUIRE((got.end == want.end && got.span.start == want.span.start &&
                          got.span.end == want.span.end),
                         "clause [" << u.span.start << ", " << u.span.end << ") of " << t);
    }
  }
  BOOST_TEST(asked > 10000u);
  BOOST_TEST(closers > 1000u);
}

// The map between plain and input offsets searched from a cursor (the run
// of the last answer), forwards and backwards, answers as the search from
// the start, and so does a stretch between breaks for the spans it holds:
// spans asked near each other, in and out of order, on laid-out random
// texts.
BOOST_AUTO_TEST_CASE(a_cursor_answers_as_the_search_from_the_start) {
  const std::vector<std::string> pieces = {
      "发展", "增长7%", "。",        "，", "\n", "\n\n", "  ", " ",    "— 3 —\n",
      "PM",   "2.5",    "\n第2页\n", "a",  "b",  "\r\n", "；", "亿元", "（上接第1版）"};
  std::mt19937 rng(13);
  std::size_t backwards = 0, far = 0, shifted = 0, shifted_back = 0;
  for (int round = 0; round < 200; ++round) {
    const std::string t = test::random_concat(rng, pieces, 50 + rng() % 400);
    const Document d = test::segmenter().segment(t);
    const PlainText p = d.plain();
    std::size_t to_input = 0, to_plain = 0, to_stretch = 0;
    std::size_t last = 0;
    for (int k = 0; k < 300; ++k) {
      // Mostly near the last span asked, before or after it; now and then anywhere.
      const std::size_t size = p.text.size() + 1;
      std::size_t a = rng() % 4 ? (last + size + rng() % 64 - 40) % size : rng() % size;
      backwards += a < last;
      far += a + 200 < last;
      last = a;
      const std::size_t b = std::min(p.text.size(), a + rng() % 30);
      const Span plain{a, b};
      const Span in = plain_input_span(p.runs, plain, &to_input);
      const Span in_want = plain_input_span(p.runs, plain, nullptr);
      BOOST_TEST_REQUIRE((in.start == in_want.start && in.end == in_want.end));
      const std::size_t ia = std::min(t.size(), a), ib = std::min(t.size(), b + rng() % 9);
      const Span back = input_plain_span(p.runs, p.text.size(), Span{ia, ib}, &to_plain);
      const Span back_want = p.plain_span(Span{ia, ib});
      BOOST_TEST_REQUIRE((back.start == back_want.start && back.end == back_want.end));
      // A stretch between breaks maps the spans it holds by a shift.
      const PlainStretch st = input_stretch(p.runs, p.text.size(), ia, &to_stretch);
      if (st.holds_input(Span{ia, ib})) {
        ++shifted;
        const Span s = st.to_plain(Span{ia, ib});
        BOOST_TEST_REQUIRE((s.start == back_want.start && s.end == back_want.end));
      }
      const PlainStretch sp = input_stretch(p.runs, p.text.size(), in_want.start, nullptr);
      if (sp.holds_plain(plain)) {
        ++shifted_back;
        const Span s = sp.to_input(plain);
        BOOST_TEST_REQUIRE((s.start == in_want.start && s.end == in_want.end));
      }
    }
  }
  BOOST_TEST(backwards > 10000u);
  BOOST_TEST(far > 500u);
  BOOST_TEST(shifted > 5000u);
  BOOST_TEST(shifted_back > 5000u);
}

// Last: without the shared reports the program ends here with ctest's skip.
BOOST_AUTO_TEST_CASE(the_shared_reports_joined_into_one_document) {
  test::require_shared("corpus");
  std::string t;
  for (const auto& path : test::shared_reports()) t += test::read_file(path) + "\n";
  BOOST_TEST_REQUIRE(t.size() > 600000u);
  check(t, 1000);
}
