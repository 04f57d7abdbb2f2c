// Document segmentation: sections, paragraphs, sentences, clauses and words,
// every one a byte Span into the caller's text.
//
//   mubiao::Segmenter seg;                      // built-in lexicon; immutable
//   mubiao::Document doc = seg.segment(text);   // throws InvalidUtf8
//   for (const mubiao::Unit& s : doc.units(mubiao::Level::sentence))
//     std::cout << s.span.of(text) << " in " << doc.top_heading(s) << "\n";
//
// A Document views the caller's text: keep the text alive as long as the
// Document. Segmenter is immutable after construction and safe to share
// between threads.
#ifndef MUBIAO_SEGMENT_H_
#define MUBIAO_SEGMENT_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/text.h"

namespace mubiao {

enum class Level { section, paragraph, sentence, clause, word };
// "section", "paragraph", ... as in the CLI's --level and JSON "level".
const char* level_name(Level level);
std::optional<Level> parse_level(std::string_view name);

// A section: a heading and everything up to the next heading of the same or
// a higher rank. Text before the first top-level heading is a preamble
// section of depth 0 with an empty heading.
struct Section {
  Span span;               // heading and body
  Span heading;            // the heading's words: markdown '#' and '**' marks and
                           // a body run-in after the heading sentence excluded
  int depth = 0;           // 0 preamble, 1 top level (二、), 2 (（一）), ...
  std::size_t parent = 0;  // index of the enclosing section (itself at depth <= 1)
};

// A paragraph, sentence or clause. Layout damage is repaired: a sentence
// broken by a column or page break is one unit whose span covers the break;
// newspaper page markers such as "(上接第1版)" belong to no unit except where
// one interrupts a sentence, in which case Document::layout_noise() lists it.
struct Unit {
  Span span;
  std::size_t section = 0;  // index into Document::sections() of the innermost section
};

enum class TokenType { word, number, punct, latin };
// "word", "number", "punct", "latin" as in the JSON "type".
const char* token_type_name(TokenType type);

struct Token {
  Span span;
  TokenType type = TokenType::word;
};

// A Document's text with the layout removed, and for each of its bytes the
// byte of the Document's text it came from (see Document::plain()).
struct PlainText {
  std::string text;
  // The offset in the Document's text of byte i of text; i == text.size()
  // gives the end of the Document's text.
  std::size_t input_offset(std::size_t i) const;
  // The bytes of the Document's text that plain[span) came from (layout
  // inside it included).
  Span input_span(Span plain) const;
  // The span of plain text that holds what is left of input[span).
  Span plain_span(Span input) const;

  // The map behind input_offset, one entry per stretch of text copied
  // whole (a handful per page, not one per byte): from plain offset `plain`
  // up to the next run's, byte plain + k came from input byte input + k.
  // Sorted by plain; the first run starts at 0. Empty means the identity.
  struct Run {
    std::size_t plain = 0, input = 0;
  };
  std::vector<Run> runs;
};

class Document {
 public:
  Document() = default;

  std::string_view text() const { return text_; }
  const std::vector<Section>& sections() const { return sections_; }
  // Units of one level in document order, never overlapping. Level::word is
  // not stored: ask Segmenter::words().
  const std::vector<Unit>& units(Level level) const;
  // Page markers ("(上接第1版)"), page numbers ("— 3 —", "第3页"), running
  // heads repeated on every page, and line breaks and spaces inside
  // sentences: bytes that are layout, not language.
  const std::vector<Span>& layout_noise() const { return noise_; }

  // The text with the layout removed: page markers, page numbers and running
  // heads left out, and so are the line breaks (with the spaces around them)
  // and runs of spaces inside sentences, so that a number or word that a
  // wrap split ("39.6\n4%", "3500\n亿元", "人均可支配\n收入") reads whole. A
  // break between two Latin letters becomes one space. Line breaks between
  // sentences are kept. Text fields of later stages (a target's indicator)
  // are cut from this text, never from the raw bytes.
  PlainText plain() const;
  // The same for one span: the text a field shows for text()[span).
  std::string plain_text(Span span) const;

  // Index of the top-level section (depth <= 1) that holds a unit or section.
  std::size_t top_section(const Unit& unit) const;
  // Heading text of that top-level section; "" in the preamble.
  std::string_view top_heading(const Unit& unit) const;

 private:
  friend struct DocumentBuilder;  // lib/segment: fills the vectors below
  std::string_view text_;
  std::vector<Section> sections_;
  std::vector<Unit> section_units_, paragraphs_, sentences_, clauses_;
  std::vector<Span> noise_;
};

// The parts of a government work report: the review of past results and the
// plan of targets, and the period each speaks about. Read from the
// Document's headings, title lines ("2024年工作安排") and paragraph openers
// ("过去一年，…", "今后五年，…", "“十四五”时期…") against the section cues of
// lib/data/target_sections.tsv. Text before the first cue takes the part of
// that cue when it is a review: the genre reviews before it plans, so a
// fragment cut from the middle of a review stays a review.
//
//   mubiao::ReportParts parts(doc);
//   if (parts.part_at(unit.span.start) == mubiao::ReportPart::plan) ...
enum class ReportPart { unknown, review, plan };
// "unknown", "review", "plan".
const char* report_part_name(ReportPart part);

struct PartRegion {
  std::size_t start = 0;  // byte offset where it begins; it ends where the next begins
  ReportPart part = ReportPart::unknown;
  std::string period;  // "2022", "今后五年", "2021-2025", "" when none is named
};

class ReportParts {
 public:
  ReportParts() = default;
  explicit ReportParts(const Document& doc);

  // Regions in document order, never overlapping.
  const std::vector<PartRegion>& regions() const { return regions_; }
  ReportPart part_at(std::size_t offset) const;
  // The period of the part around offset; "" if none.
  const std::string& period_at(std::size_t offset) const;
  // The report's own year ("2022"), from its first plan heading or the year
  // after its review heading; "" when unknown.
  const std::string& year() const { return year_; }

 private:
  const PartRegion* region_at(std::size_t offset) const;
  std::vector<PartRegion> regions_;
  std::string year_;
};

// How a clause ends: at a comma, at a semicolon (which closes a whole item
// of a list of statements: "…增长7%；…下降3%。"), at a colon, or with its
// sentence.
enum class ClauseEnd { comma, semicolon, colon, sentence };
ClauseEnd clause_end(std::string_view text, const Unit& clause);

struct SegmenterOptions {
  // Words added to the built-in policy lexicon, e.g. local place names or
  // programme names ("太忻一体化经济区"). Entries that are not UTF-8, not
  // all Han characters, or a single character are ignored.
  std::vector<std::string> extra_words;
};

class Segmenter {
 public:
  Segmenter();
  explicit Segmenter(const SegmenterOptions& options);
  ~Segmenter();
  Segmenter(Segmenter&&) noexcept;
  Segmenter& operator=(Segmenter&&) noexcept;

  // Sections, paragraphs, sentences and clauses. Throws InvalidUtf8.
  Document segment(std::string_view text) const;
  // The same, built down to the units of finest only: Level::sentence (or
  // coarser) leaves out the clauses, whose units(Level::clause) is then
  // empty, for a caller that reads no clause (numbers through the layout,
  // which needs the sentences). Every unit built is the one segment(text)
  // builds, and so are layout_noise() and plain().
  Document segment(std::string_view text, Level finest) const;
  // The same for text already checked (a reader's text): not checked again.
  Document segment(CheckedText text, Level finest = Level::clause) const;

  // Word tokens of the whole text, or of text[range) (range is clamped to
  // the text). Whitespace is not a token. Numbers, dates and percentages are
  // single tokens. Offsets are into text. Throws InvalidUtf8.
  std::vector<Token> words(std::string_view text) const;
  std::vector<Token> words(std::string_view text, Span range) const;

  struct Impl;

 private:
  std::unique_ptr<Impl> impl_;
};

}  // namespace mubiao

#endif  // MUBIAO_SEGMENT_H_
