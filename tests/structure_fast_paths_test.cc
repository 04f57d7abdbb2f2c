#define BOOST_TEST_MODULE structure_fast_paths
#include <boost/test/unit_test.hpp>

// The structure passes' fast paths (issue 15) against the character walks
// they replace, on random text rich in what the passes act on: separators,
// quotes and brackets (paired and stray), whitespace, bold marks, ASCII
// tokens ("1,000", "09:45"), page markers, and characters sharing the
// separators' first bytes (（）％ with ，).

#include <cstdint>
#include <memory>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "data/structure_tables.h"
#include "mubiao/text.h"
#include "segment/brackets.h"
#include "segment/clauses.h"
#include "segment/layout_repair.h"
#include "segment/offset_cursor.h"
#include "segment/section_locator.h"
#include "segment/sentences.h"
#include "segment/structure.h"
#include "test_support.h"
#include "text/utf8.h"

namespace structure = mubiao::structure;
namespace tables = mubiao::data::structure;
using mubiao::Span;

namespace {

const std::vector<std::string> kPieces = {"发",
                                          "展",
                                          "经",
                                          "济",
                                          "增",
                                          "长",
                                          "高",
                                          "于",
                                          "。",
                                          "，",
                                          "，",
                                          "、",
                                          "；",
                                          "：",
                                          "！",
                                          "？",
                                          "“",
                                          "”",
                                          "‘",
                                          "’",
                                          "（",
                                          "）",
                                          "（",
                                          "）",
                                          "【",
                                          "】",
                                          "《",
                                          "》",
                                          "﹐",
                                          "﹔",
                                          "﹕",
                                          "％",
                                          "．",
                                          "\u3000",
                                          "\u00a0",
                                          "\ufeff",
                                          " ",
                                          "\n",
                                          "\t",
                                          "a",
                                          "Z",
                                          "7",
                                          "0",
                                          ",",
                                          ";",
                                          ":",
                                          "(",
                                          ")",
                                          "[",
                                          "]",
                                          "**",
                                          "#",
                                          "é",
                                          "𠀀",
                                          "①",
                                          "—",
                                          "（上接第1版）",
                                          "【下转第3版】",
                                          "\n— 3 —\n",
                                          "\n\n",
                                          "\r\n",
                                          "\r",
                                          "\f"};

// The text in a buffer of exactly its size, so that a read past the end is
// a read past the allocation (a std::string's NUL would hide it).
struct ExactText {
  explicit ExactText(const std::string& s) : bytes(new char[s.size() + 1]), size(s.size()) {
    s.copy(bytes.get(), s.size());
  }
  std::string_view view() const { return {bytes.get(), size}; }
  std::unique_ptr<char[]> bytes;
  std::size_t size;
};

// The clauses of sentences (in text order) by the separator reading, and
// sentence by sentence by the walk.
std::vector<Span> fast_clauses(std::string_view text, const std::vector<Span>& sentences,
                               const std::vector<Span>& markers,
                               const std::vector<structure::BracketEvent>& events,
                               const std::vector<std::uint32_t>& separators) {
  std::vector<mubiao::Unit> units;
  structure::OffsetCursor cursor(separators);
  structure::split_clauses(text, sentences, markers, events, &cursor, units);
  std::vector<Span> out;
  for (const mubiao::Unit& u : units) out.push_back(u.span);
  return out;
}
std::vector<Span> walked_clauses(std::string_view text, const std::vector<Span>& sentences,
                                 const std::vector<Span>& markers,
                                 const std::vector<structure::BracketEvent>& events) {
  std::vector<Span> out;
  for (const Span& s : sentences) structure::split_clauses_by_walk(text, s, markers, events, out);
  return out;
}

bool same(const std::vector<Span>& a, const std::vector<Span>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].start != b[i].start || a[i].end != b[i].end) return false;
  return true;
}

// A character boundary of text at or after pos.
std::size_t boundary(std::string_view text, std::size_t pos) {
  while (pos < text.size() && (static_cast<unsigned char>(text[pos]) & 0xC0) == 0x80) ++pos;
  return pos;
}

}  // namespace

// Every paragraph of random laid-out text (page markers, page-number
// lines, brackets across lines), sentences as split_sentences gives them and
// random spans besides: the separator reading gives the walk's clauses.
BOOST_AUTO_TEST_CASE(clauses_from_separators_agree_with_the_walk) {
  std::mt19937 rng(13);
  std::size_t compared = 0, split = 0;
  for (int round = 0; round < 3000; ++round) {
    const ExactText t(mubiao::test::random_concat(rng, kPieces, 1 + round % 120));
    const std::string_view text = t.view();
    structure::Layout layout = structure::scan_layout(text);
    if (layout.lines.empty()) continue;
    const structure::LineBrackets line_brackets = structure::scan_line_brackets(layout);
    structure::BracketScratch scratch;
    std::vector<structure::BracketEvent> events;
    // The whole text as one paragraph: its pairs may span lines.
    structure::match_brackets(text, layout.lines, 0, layout.lines.size(), layout.markers,
                              line_brackets, scratch, events);
    const Span paragraph{layout.lines.front().content.start, layout.lines.back().content.end};
    std::vector<Span> sentences, noise;
    structure::split_sentences(text, paragraph, layout.markers, events, sentences, noise);
    const std::vector<Span> walk = walked_clauses(text, sentences, layout.markers, events);
    BOOST_TEST(same(walk, fast_clauses(text, sentences, layout.markers, events, layout.separators)),
               "round " << round << " sentences of \"" << text << "\"");
    split += walk.size() > sentences.size();
    ++compared;
    // Random spans one at a time: the reading does not rely on where the
    // sentence splitter puts them.
    for (int k = 0; k < 4; ++k) {
      std::size_t a = boundary(text, paragraph.start + rng() % (paragraph.size() + 1));
      std::size_t b = boundary(text, paragraph.start + rng() % (paragraph.size() + 1));
      a = std::min(a, paragraph.end), b = std::min(b, paragraph.end);
      const std::vector<Span> one = {Span{std::min(a, b), std::max(a, b)}};
      BOOST_TEST(same(walked_clauses(text, one, layout.markers, events),
                      fast_clauses(text, one, layout.markers, events, layout.separators)),
                 "round " << round << " span [" << one[0].start << ", " << one[0].end << ") of \""
                          << text << "\"");
      ++compared;
    }
  }
  BOOST_TEST(compared > 10000u);
  BOOST_TEST(split > 1000u);  // the texts do split into clauses
}

// The sets the separator reading tells characters of three bytes by hold
// exactly the separators, and the separators and closers.
BOOST_AUTO_TEST_CASE(clause_sets_hold_what_the_walk_acts_on) {
  for (char32_t c = 0x800; c < 0x10000; ++c) {
    if (c >= 0xD800 && c < 0xE000) continue;
    std::string s;
    mubiao::utf8::append(s, c);
    const auto* u = reinterpret_cast<const unsigned char*>(s.data());
    BOOST_TEST(tables::kClauseSeparatorSet.holds(u) == tables::is_clause_separator(c));
    BOOST_TEST(tables::kClauseTailSet.holds(u) ==
               (tables::is_clause_separator(c) || tables::is_closer(c)));
    // The layout scan stops at both kinds and tells them apart.
    BOOST_TEST(tables::kLayoutStopSet.holds(u) ==
               (tables::kSentenceStopSet.holds(u) || tables::is_clause_separator(c)));
    BOOST_TEST(!(tables::kSentenceStopSet.holds(u) && tables::is_clause_separator(c)));
    if (tables::is_clause_separator(c)) BOOST_TEST(tables::kStructuralLeads(s[0]));
  }
}

// The layout scan records every offset at which the sentence walk's search
// (next_acted_on with kSentenceStopSet) stops, line breaks included, and
// every clause separator.
BOOST_AUTO_TEST_CASE(layout_stops_are_where_the_sentence_search_stops) {
  std::mt19937 rng(19);
  for (int round = 0; round < 2000; ++round) {
    const ExactText t(mubiao::test::random_concat(rng, kPieces, 1 + round % 120));
    const std::string_view text = t.view();
    const auto* u = reinterpret_cast<const unsigned char*>(text.data());
    std::vector<std::uint32_t> naive;
    for (std::size_t p = 0; p < text.size(); mubiao::utf8::decode(text, p))
      if (tables::kStructuralLeads(text[p]) &&
          (!tables::leads_three_bytes(u[p]) || tables::kSentenceStopSet.holds(u + p)))
        naive.push_back(static_cast<std::uint32_t>(p));
    std::vector<std::uint32_t> separators;
    for (std::size_t p = 0; p < text.size();) {
      const std::size_t at = p;
      if (tables::is_clause_separator(mubiao::utf8::decode(text, p)))
        separators.push_back(static_cast<std::uint32_t>(at));
    }
    const structure::Layout layout = structure::scan_layout(text);
    BOOST_TEST(layout.stops == naive, "round " << round);
    BOOST_TEST(layout.separators == separators, "round " << round);
  }
}

// Sentences and noise when the walk jumps between the recorded stops are
// those of the walk that searches for them: paragraph after paragraph (one
// cursor over the stops) and the whole text as one paragraph.
BOOST_AUTO_TEST_CASE(sentences_from_recorded_stops_agree_with_the_search) {
  std::mt19937 rng(23);
  std::size_t sentences_seen = 0;
  for (int round = 0; round < 3000; ++round) {
    const ExactText t(mubiao::test::random_concat(rng, kPieces, 1 + round % 120));
    const std::string_view text = t.view();
    structure::Layout layout = structure::scan_layout(text);
    if (layout.lines.empty()) continue;
    const std::vector<std::uint32_t> stops = layout.stops;
    const std::vector<Span> markers = layout.markers;
    const std::vector<structure::Line> lines = layout.lines;
    const structure::LineBrackets line_brackets = structure::scan_line_brackets(layout);
    std::vector<Span> paragraphs;
    for (std::size_t i = 0; i < lines.size();) {  // runs of one to three lines
      const std::size_t end = std::min(lines.size(), i + 1 + rng() % 3);
      paragraphs.push_back(Span{lines[i].content.start, lines[end - 1].content.end});
      i = end;
    }
    paragraphs.push_back(Span{lines.front().content.start, lines.back().content.end});
    structure::BracketScratch scratch;
    structure::OffsetCursor cursor(stops);
    std::vector<structure::BracketEvent> events;
    std::size_t line = 0;
    for (std::size_t k = 0; k < paragraphs.size(); ++k) {
      const Span p = paragraphs[k];
      if (k + 1 == paragraphs.size()) {  // the whole text: new cursors
        line = 0;
        scratch = structure::BracketScratch{};
        cursor = structure::OffsetCursor(stops);
      }
      std::size_t end_line = line + 1;
      while (end_line < lines.size() && lines[end_line].content.start < p.end) ++end_line;
      structure::match_brackets(text, lines, line, end_line, markers, line_brackets, scratch,
                                events);
      line = end_line;
      std::vector<Span> searched, searched_noise, jumped, jumped_noise;
      structure::split_sentences(text, p, markers, events, searched, searched_noise);
      structure::split_sentences(text, p, markers, events, jumped, jumped_noise, &cursor);
      BOOST_TEST((same(searched, jumped) && same(searched_noise, jumped_noise)),
                 "round " << round << " paragraph [" << p.start << ", " << p.end << ") of \""
                          << text << "\"");
      sentences_seen += searched.size();
    }
  }
  BOOST_TEST(sentences_seen > 10000u);
}

namespace {

bool same_units(const std::vector<mubiao::Unit>& a, const std::vector<mubiao::Unit>& b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i].span.start != b[i].span.start || a[i].span.end != b[i].span.end ||
        a[i].section != b[i].section)
      return false;
  return true;
}

// Everything a Document holds, level by level (clauses only when both have
// them).
bool same_document(const mubiao::Document& a, const mubiao::Document& b, bool clauses) {
  using mubiao::Level;
  if (a.sections().size() != b.sections().size()) return false;
  for (std::size_t i = 0; i < a.sections().size(); ++i) {
    const mubiao::Section &x = a.sections()[i], &y = b.sections()[i];
    if (x.span.start != y.span.start || x.span.end != y.span.end || x.parent != y.parent ||
        x.depth != y.depth)
      return false;
  }
  for (Level level : {Level::section, Level::paragraph, Level::sentence})
    if (!same_units(a.units(level), b.units(level))) return false;
  if (clauses && !same_units(a.units(Level::clause), b.units(Level::clause))) return false;
  return same(a.layout_noise(), b.layout_noise());
}

}  // namespace

// A text too long for 32-bit offsets (4 GiB and more) is read without the
// recorded stops and separators, and a sentence-level Document without the
// separators: the same Document either way, on random laid-out text.
BOOST_AUTO_TEST_CASE(documents_are_the_same_without_recorded_offsets_or_separators) {
  std::mt19937 rng(29);
  std::size_t clauses_seen = 0;
  for (int round = 0; round < 3000; ++round) {
    const ExactText t(mubiao::test::random_concat(rng, kPieces, 1 + round % 150));
    const std::string_view text = t.view();
    const mubiao::Document recorded = mubiao::DocumentBuilder::build(text, true, true);
    const mubiao::Document searched = mubiao::DocumentBuilder::build(text, true, false);
    const mubiao::Document sentences = mubiao::DocumentBuilder::build(text, false, true);
    BOOST_TEST(same_document(recorded, searched, true), "round " << round << " \"" << text << "\"");
    BOOST_TEST(same_document(recorded, sentences, false),
               "round " << round << " \"" << text << "\"");
    BOOST_TEST(sentences.units(mubiao::Level::clause).empty());
    clauses_seen += recorded.units(mubiao::Level::clause).size();
    // The scan without separators records all the rest as with them.
    structure::LayoutOptions no_separators;
    no_separators.separators = false;
    const structure::Layout with = structure::scan_layout(text);
    const structure::Layout without = structure::scan_layout(text, no_separators);
    BOOST_TEST((with.offsets && without.offsets && without.separators.empty()));
    BOOST_TEST((with.stops == without.stops && same(with.markers, without.markers) &&
                with.lines.size() == without.lines.size() &&
                with.brackets.size() == without.brackets.size()),
               "round " << round);
  }
  BOOST_TEST(clauses_seen > 10000u);
}

// Each unit's section read off the stretches between section edges is the
// one the rule (SectionLocator) gives for its start, and so is every offset
// of the text: random reports of headings at several ranks (numbered,
// markdown, bold, appendix) with paragraphs between them.
BOOST_AUTO_TEST_CASE(sections_from_stretches_agree_with_the_rule) {
  const std::vector<std::string> lines = {"一、总体要求",
                                          "二、主要目标",
                                          "（一）稳增长",
                                          "（二）调结构。",
                                          "1.扩大内需",
                                          "2. 稳定就业：",
                                          "# 政府工作报告",
                                          "## 分项",
                                          "**坚持生态优先。**",
                                          "附件1",
                                          "第三章 保障",
                                          "①加强领导",
                                          "经济增长5%左右，就业稳定。",
                                          "发展（高质量）经济。",
                                          "“十四五”时期，主要目标是：",
                                          "（上接第1版）继续推进。",
                                          "— 3 —",
                                          ""};
  std::mt19937 rng(31);
  std::size_t sections_seen = 0;
  for (int round = 0; round < 1500; ++round) {
    std::string s;
    const std::size_t n = 1 + round % 60;
    for (std::size_t i = 0; i < n; ++i) {
      s += lines[rng() % lines.size()];
      s += rng() % 4 == 0 ? "\n\n" : "\n";
    }
    const ExactText t(s);
    const std::string_view text = t.view();
    const mubiao::Document d = mubiao::DocumentBuilder::build(text);
    sections_seen += d.sections().size();
    for (mubiao::Level level :
         {mubiao::Level::paragraph, mubiao::Level::sentence, mubiao::Level::clause}) {
      structure::SectionLocator rule(d.sections());
      for (const mubiao::Unit& u : d.units(level)) {
        const std::size_t want = d.sections().empty() ? 0 : rule.at(u.span.start);
        BOOST_TEST(u.section == want, "round " << round << " unit at " << u.span.start);
      }
    }
    if (d.sections().empty()) continue;
    structure::SectionLocator rule(d.sections());
    const structure::SectionStretches stretches(d.sections());
    structure::SectionStretches::Cursor cursor(stretches);
    for (std::size_t o = 0; o <= text.size(); ++o)
      BOOST_TEST(cursor.at(o) == rule.at(o), "round " << round << " offset " << o);
  }
  BOOST_TEST(sections_seen > 5000u);
}
