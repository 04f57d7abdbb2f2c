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
  Span span;           // heading and body
  Span heading;        // the heading's words: markdown '#' and '**' marks and
                       // a body run-in after the heading sentence excluded
  int depth = 0;       // 0 preamble, 1 top level (二、), 2 (（一）), ...
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

class Document {
 public:
  Document() = default;

  std::string_view text() const { return text_; }
  const std::vector<Section>& sections() const { return sections_; }
  // Units of one level in document order, never overlapping. Level::word is
  // not stored: ask Segmenter::words().
  const std::vector<Unit>& units(Level level) const;
  // Page markers, and line breaks and spaces inside sentences: bytes that are
  // layout, not language.
  const std::vector<Span>& layout_noise() const { return noise_; }

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
