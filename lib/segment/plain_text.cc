// The text with the layout removed (Document::plain): the one place that
// turns a span of extracted text into the words a field shows.
#include <algorithm>

#include "data/structure_tables.h"
#include "mubiao/segment.h"
#include "text/huge_pages.h"
#include "text/utf8.h"

namespace mubiao {

namespace {

bool is_line_break(char c) { return c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool is_latin_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

// Whether a noise span is left out of the plain text. Page markers, page
// numbers and running heads are; so are whitespace runs that hold a line
// break or more than one character. A single space inside a line ("市长
// 葛斌", "PM 2.5") is language, and stays.
bool drops(std::string_view noise) {
  if (noise.empty()) return false;
  for (char c : noise)
    if (is_line_break(c)) return true;
  std::size_t i = 0;
  const char32_t first = utf8::decode(noise, i);
  return i < noise.size() || !data::structure::is_whitespace(first);
}

// Starts a stretch of plain text copied from input[input...) at the plain
// text's current end, unless it merely continues the last one.
void start_run(PlainText& out, std::size_t input) {
  const std::size_t plain = out.text.size();
  std::vector<PlainText::Run>& runs = out.runs;
  if (!runs.empty() && runs.back().plain == plain) runs.pop_back();  // it held no byte
  if (!runs.empty() && runs.back().input + (plain - runs.back().plain) == input) return;
  runs.push_back(PlainText::Run{plain, input});
}

}  // namespace

PlainText Document::plain() const {
  PlainText out;
  out.text.reserve(text_.size());
  advise_huge_pages(out.text.data(), out.text.capacity());
  std::size_t pos = 0;
  auto copy = [&](std::size_t from, std::size_t to) {
    start_run(out, from);
    out.text.append(text_.substr(from, to - from));
  };
  for (const Span& n : noise_) {
    if (n.start < pos || !drops(n.of(text_))) continue;
    copy(pos, n.start);
    // Latin words on either side of a break stay apart; the space maps to
    // the break's first byte.
    if (n.start > 0 && n.end < text_.size() && is_latin_letter(text_[n.start - 1]) &&
        is_latin_letter(text_[n.end])) {
      start_run(out, n.start);
      out.text.push_back(' ');
    }
    pos = n.end;
  }
  copy(pos, text_.size());
  return out;
}

std::string Document::plain_text(Span span) const {
  span.end = std::min(span.end, text_.size());
  span.start = std::min(span.start, span.end);
  std::string out;
  auto first = std::lower_bound(noise_.begin(), noise_.end(), span.start,
                                [](const Span& n, std::size_t off) { return n.end <= off; });
  std::size_t pos = span.start;
  for (auto it = first; it != noise_.end() && it->start < span.end; ++it) {
    if (!drops(it->of(text_))) continue;
    const std::size_t cut = std::max(it->start, pos);
    out.append(text_.substr(pos, cut - pos));
    if (it->start > span.start && it->end < span.end && is_latin_letter(text_[it->start - 1]) &&
        is_latin_letter(text_[it->end]))
      out.push_back(' ');
    pos = std::min(std::max(pos, it->end), span.end);
  }
  out.append(text_.substr(pos, span.end - pos));
  return out;
}

std::size_t PlainText::input_offset(std::size_t i) const {
  if (runs.empty()) return i;
  auto after = std::upper_bound(runs.begin(), runs.end(), i,
                                [](std::size_t off, const Run& r) { return off < r.plain; });
  const Run& r = *(after - 1);  // runs.front().plain == 0 <= i
  return r.input + (i - r.plain);
}

Span PlainText::input_span(Span plain) const {
  if (runs.empty()) return plain;
  plain.end = std::min(plain.end, text.size());
  plain.start = std::min(plain.start, plain.end);
  const std::size_t start = input_offset(plain.start);
  if (plain.empty()) return Span{start, start};
  return Span{start, input_offset(plain.end - 1) + 1};
}

Span PlainText::plain_span(Span input) const {
  if (runs.empty()) return input;
  // The first plain offset below text.size() whose input offset is at
  // least off (text.size() when none is). Runs rise in input offset too,
  // each starting past the end of the one before: off is in the last run
  // that starts at or before it, or in the gap (dropped layout) after that
  // run, whose first byte at or after off is the next run's first.
  auto at = [&](std::size_t off) {
    auto next = std::upper_bound(runs.begin(), runs.end(), off,
                                 [](std::size_t o, const Run& r) { return o < r.input; });
    if (next != runs.begin()) {
      const Run& r = *(next - 1);
      const std::size_t end = next != runs.end() ? next->plain : text.size();
      if (off - r.input < end - r.plain) return r.plain + (off - r.input);
    }
    return next != runs.end() ? next->plain : text.size();
  };
  const std::size_t start = at(input.start);
  return Span{start, std::max(start, at(input.end))};
}

}  // namespace mubiao
