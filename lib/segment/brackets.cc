#include "segment/brackets.h"

#include <algorithm>

#include "data/structure_tables.h"
#include "segment/sentences.h"
#include "text/utf8.h"

namespace mubiao::structure {

namespace tables = data::structure;

LineBrackets scan_line_brackets(Layout& layout) {
  const std::vector<Line>& lines = layout.lines;
  const std::vector<Span>& markers = layout.markers;
  LineBrackets out;
  out.balance.reserve(lines.size());
  // The marks kept move down in place: kept never passes the mark read.
  std::vector<BracketMark>& marks = out.marks;
  marks = std::move(layout.brackets);
  std::size_t read = 0, kept = 0;
  std::size_t marker = 0;  // first marker not before the walk, as in CharWalker
  for (const Line& line : lines) {
    const Span s = line.content;
    long balance = 0;
    // The marks CharWalker meets in this content within its paragraph: those
    // outside every page marker it steps over (a marker inside a line
    // begins with an opener, so at a mark, and ends within the line).
    std::size_t skipped_to = s.start;
    // Marks outside every line's content (trimmed edges, dropped lines) go.
    while (read < marks.size() && marks[read].offset < s.start) ++read;
    for (; read < marks.size() && marks[read].offset < s.end; ++read) {
      const BracketMark mark = marks[read];
      const std::size_t at = mark.offset;
      balance += mark.open ? 1 : -1;
      if (at < skipped_to) continue;
      while (marker < markers.size() && markers[marker].start < at) ++marker;
      if (marker < markers.size() && markers[marker].start == at) {
        skipped_to = std::min(markers[marker++].end, s.end);
        continue;
      }
      marks[kept++] = mark;
    }
    out.balance.push_back(balance);
  }
  marks.resize(kept);
  return out;
}

namespace {

// The marks of text[range) that a CharWalker sees, appended to out.
void walk_marks(std::string_view text, Span range, const std::vector<Span>& markers,
                std::vector<BracketMark>& out) {
  for (CharWalker w(text, range, markers); !w.done();) {
    if (w.skip_plain() || w.skip_marker()) continue;
    const char32_t c = w.peek();
    if (int o = tables::opener_index(c); o >= 0)
      out.push_back(bracket_mark(w.pos(), o, true));
    else if (int k = tables::closer_index(c); k >= 0)
      out.push_back(bracket_mark(w.pos(), k, false));
    w.next();
  }
}

}  // namespace

void match_brackets(std::string_view text, const std::vector<Line>& lines, std::size_t first_line,
                    std::size_t end_line, const std::vector<Span>& markers,
                    const LineBrackets& scan, BracketScratch& scratch,
                    std::vector<BracketEvent>& out) {
  std::vector<BracketMark>& marks = scratch.marks;
  std::vector<std::size_t>& open = scratch.open;
  std::size_t& next = scratch.next_mark;
  marks.clear();
  open.clear();
  out.clear();
  for (std::size_t i = first_line; i < end_line; ++i) {
    if (i > first_line)
      walk_marks(text, Span{lines[i - 1].content.end, lines[i].content.start}, markers, marks);
    // Skipped lines (none, when the paragraphs cover every line) hold marks too.
    while (next < scan.marks.size() && scan.marks[next].offset < lines[i].content.start) ++next;
    for (; next < scan.marks.size() && scan.marks[next].offset < lines[i].content.end; ++next)
      marks.push_back(scan.marks[next]);
  }
  for (std::size_t i = 0; i < marks.size(); ++i) {
    if (marks[i].open) {
      open.push_back(i);
      continue;
    }
    // Look a few levels down for this closer's opener; the openers above it
    // stay unmatched. The bound keeps hostile nesting linear.
    const std::size_t reach = std::min(open.size(), tables::kBracketRecoveryDepth);
    for (std::size_t d = 1; d <= reach; ++d) {
      const std::size_t j = open[open.size() - d];
      if (marks[j].pair != marks[i].pair) continue;
      marks[j].matched = marks[i].matched = true;
      open.resize(open.size() - d);
      break;
    }
  }
  for (const BracketMark& m : marks)
    if (m.matched) out.push_back(BracketEvent{m.offset, m.open ? 1 : -1});
}

}  // namespace mubiao::structure
