// Layout repair, first pass: splits the input into lines, finds newspaper
// page markers ("(上接第1版)"), page-number lines ("— 3 —", "第3页"), form
// feeds and running heads repeated on every page, and trims whitespace and
// markers off every line, without moving a byte. The paragraph builder then decides which
// lines a column or page break tore apart.
#ifndef MUBIAO_LIB_SEGMENT_LAYOUT_REPAIR_H_
#define MUBIAO_LIB_SEGMENT_LAYOUT_REPAIR_H_

#include <cstddef>
#include <cstdint>
#include <string_view>
#include <vector>

#include "mubiao/text.h"
#include "segment/bracket_marks.h"

namespace mubiao::structure {

// One line of the input that holds more than whitespace and page markers.
struct Line {
  Span content;  // trimmed of whitespace and of page markers at either edge
  // Blank or marker-only lines since the previous Line, up to 2^32 - 1 (only
  // ever compared with small bounds; 24 bytes a Line, not 32).
  std::uint32_t blank_before = 0;
  bool marker_before = false;  // a page marker lies between this and the previous Line
};
inline std::uint32_t blank_count(std::size_t n) {
  return n > UINT32_MAX ? UINT32_MAX : static_cast<std::uint32_t>(n);
}

struct Layout {
  std::vector<Line> lines;
  std::vector<Span> markers;  // every page marker, page number and running head, in order
  // Every quote and bracket of every line (trimmed edges and page markers
  // included), in text order: page markers open with a bracket, so the walk
  // that looks for them records the marks the bracket passes need, and
  // those do not walk the text again.
  std::vector<BracketMark> brackets;
  // Every offset at which the sentence splitter's walk stops (see
  // split_sentences): whitespace, terminals, quotes and brackets, and every
  // other character whose first byte is structural and that is not of three
  // bytes; and every clause separator (tables::kClauseSeparators). The same
  // walk finds the brackets, so the splitters do not search the text again.
  // 32-bit offsets: half the memory first touched per document (a report
  // has a stop every 60 bytes or so); empty when not asked for
  // (LayoutOptions).
  std::vector<std::uint32_t> stops, separators;
  bool offsets = false;  // whether they were recorded (see LayoutOptions)
};

// What scan_layout records besides the lines, markers and brackets.
struct LayoutOptions {
  // Layout::stops and, with separators, Layout::separators; recorded only
  // for a text whose offsets fit them (offsets_fit): the splitters search
  // the others themselves.
  bool offsets = true;
  bool separators = true;  // only the clause splitter reads them
};
// Whether every offset of text fits Layout::stops (a text under 4 GiB).
bool offsets_fit(std::string_view text);

// Lines end at "\n", "\r\n" or a lone "\r". text must be valid UTF-8.
Layout scan_layout(std::string_view text, const LayoutOptions& options = {});

// Byte length of the page marker that starts at text[pos] and ends by
// limit, or 0 when there is none.
std::size_t page_marker_at(std::string_view text, std::size_t pos, std::size_t limit);

// Byte length of the whitespace character at text[pos], or 0.
std::size_t whitespace_at(std::string_view text, std::size_t pos);
// The first offset from pos (up to end) that is not whitespace.
std::size_t skip_whitespace(std::string_view text, std::size_t pos, std::size_t end);

// Whether the trimmed line text[line) is a page number as PDF extraction
// leaves it: "— 3 —", "- 12 -", "第3页", "第 3 页 共 20 页", "3/20"; a bare
// "3" only when at_page_break (next to a form feed).
bool is_page_number(std::string_view text, Span line, bool at_page_break);

// Characters of text[s), up to most.
std::size_t count_chars_upto(std::string_view text, Span s, std::size_t most);

// For each line, whether it fills the width the text around it is
// hard-wrapped to (see kFullLinePercent): a line of a PDF or web page cut
// by the wrap, not a title line or the last line of a paragraph. Lines of
// clean text (one paragraph a line) are never full.
std::vector<bool> full_lines(std::string_view text, const std::vector<Line>& lines);

}  // namespace mubiao::structure

#endif  // MUBIAO_LIB_SEGMENT_LAYOUT_REPAIR_H_
