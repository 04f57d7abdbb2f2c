// The structure builder: layout scan, headings and sections, paragraphs
// (with column- and page-break repair), sentences, clauses, and the section
// each unit lies in.
#include "segment/structure.h"

#include <algorithm>

#include "segment/brackets.h"
#include "segment/clauses.h"
#include "segment/headings.h"
#include "segment/headings_tree.h"
#include "segment/layout_repair.h"
#include "segment/paragraphs.h"
#include "segment/section_locator.h"
#include "segment/sentences.h"
#include "text/huge_pages.h"

namespace mubiao {

Document DocumentBuilder::build(std::string_view text, bool with_clauses, bool recorded_offsets) {
  Document d;
  d.text_ = text;
  // The clause separators only when clauses are asked for (`numbers` reads
  // sentences alone): a tenth of the memory the scan first touches.
  structure::LayoutOptions options;
  options.offsets = recorded_offsets;
  options.separators = with_clauses;
  structure::Layout layout = structure::scan_layout(text, options);

  const std::vector<bool> full = structure::full_lines(text, layout.lines);
  structure::LineHeadings headings(layout.lines.size());
  for (std::size_t i = 0; i < layout.lines.size(); ++i) {
    const std::optional<structure::HeadingLine> h =
        structure::recognize_heading(text, layout.lines[i].content);
    if (!h) continue;
    // A numbering that a hard wrap put at a line start ("…重点抓好\n3.…")
    // continues the line before, which fills the width and ends nothing.
    if (h->kind == structure::HeadingKind::numbered && i > 0 && full[i - 1] &&
        !headings.has(i - 1) &&
        structure::continues_in_next_line(text, layout.lines[i - 1].content))
      continue;
    headings.add(i, *h);
  }

  d.sections_ = structure::build_sections(layout.lines, headings);
  d.section_units_.reserve(d.sections_.size());
  for (std::size_t i = 0; i < d.sections_.size(); ++i)
    d.section_units_.push_back(Unit{d.sections_[i].span, i});

  // The noise: the markers, and the whitespace runs inside sentences (a
  // hard-wrapped paragraph has one per line). Reserved, like the units
  // below, for about that many.
  std::vector<Span> noise;
  noise.reserve(layout.markers.size() + layout.lines.size());
  noise = layout.markers;
  // Room for the units of a report (about one sentence per 120 bytes and
  // one clause per 45): reserved memory is touched only as it is used,
  // while a vector that doubles first-touches twice its final size. Units
  // go straight into the Document: the spans of one paragraph pass through
  // small vectors that stay in the cache (a whole document's spans first,
  // copied into units after, touched a third more memory).
  d.sentences_.reserve(text.size() / 64);
  advise_huge_pages(d.sentences_.data(), d.sentences_.capacity() * sizeof(Unit));
  if (with_clauses) {
    d.clauses_.reserve(text.size() / 32);
    advise_huge_pages(d.clauses_.data(), d.clauses_.capacity() * sizeof(Unit));
  }
  std::vector<Span> sentences;                 // of one paragraph
  d.paragraphs_.reserve(layout.lines.size());  // a paragraph holds one line or more
  const structure::LineBrackets line_brackets = structure::scan_line_brackets(layout);
  structure::BracketScratch bracket_scratch;
  std::vector<structure::BracketEvent> brackets;  // of one paragraph
  std::size_t line = 0;                           // the paragraph's first line
  structure::OffsetCursor stops(layout.stops), separators(layout.separators);
  // A text too long for the recorded offsets is searched by the splitters.
  structure::OffsetCursor* const stops_read = layout.offsets ? &stops : nullptr;
  structure::OffsetCursor* const separators_read = layout.offsets ? &separators : nullptr;
  structure::build_paragraphs(text, layout.lines, headings, full, line_brackets.balance,
                              d.paragraphs_);
  // Each unit's section as it is made, while it is in the cache (a pass
  // over the units after re-read megabytes).
  const structure::SectionStretches section_stretches(d.sections_);
  structure::SectionStretches::Cursor paragraph_section(section_stretches),
      sentence_section(section_stretches), clause_section(section_stretches);
  for (Unit& paragraph : d.paragraphs_) {
    const Span p = paragraph.span;
    paragraph.section = paragraph_section.at(p.start);
    std::size_t end_line = line + 1;
    while (end_line < layout.lines.size() && layout.lines[end_line].content.start < p.end)
      ++end_line;
    structure::match_brackets(text, layout.lines, line, end_line, layout.markers, line_brackets,
                              bracket_scratch, brackets);
    line = end_line;
    sentences.clear();
    structure::split_sentences(text, p, layout.markers, brackets, sentences, noise, stops_read);
    for (const Span& s : sentences) d.sentences_.push_back(Unit{s, sentence_section.at(s.start)});
    if (with_clauses) {
      const std::size_t first = d.clauses_.size();
      structure::split_clauses(text, sentences, layout.markers, brackets, separators_read,
                               d.clauses_);
      for (auto c = d.clauses_.begin() + static_cast<std::ptrdiff_t>(first); c != d.clauses_.end();
           ++c)
        c->section = clause_section.at(c->span.start);
    }
  }
  std::sort(noise.begin(), noise.end());
  d.noise_ = std::move(noise);

  return d;
}

}  // namespace mubiao
