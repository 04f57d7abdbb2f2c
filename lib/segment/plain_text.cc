// The text with the layout removed (Document::plain): the one place that
// turns a span of extracted text into the words a field shows.
#include <algorithm>

#include "data/structure_tables.h"
#include "mubiao/segment.h"
#include "segment/plain_stream.h"
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

}  // namespace

// Starts a stretch of plain text copied from input[input...) at the plain
// text's current end, unless it merely continues the last one.
void PlainStream::start_run(std::size_t input) {
  const std::size_t plain = made_;
  if (!runs_.empty() && runs_.back().plain == plain) runs_.pop_back();  // it held no byte
  if (!runs_.empty() && runs_.back().input + (plain - runs_.back().plain) == input) return;
  runs_.push_back(PlainText::Run{plain, input});
}

bool PlainStream::fill(std::string& out, std::size_t want) {
  std::size_t added = 0;
  while (!done_) {
    if (copy_end_ == npos) {
      // The text up to the next noise span that is left out (or the end).
      while (noise_at_ < noise_.size() &&
             (noise_[noise_at_].start < pos_ || !drops(noise_[noise_at_].of(text_))))
        ++noise_at_;
      copy_end_ = noise_at_ < noise_.size() ? noise_[noise_at_].start : text_.size();
      start_run(pos_);
    }
    const std::size_t k = std::min(copy_end_ - pos_, want - std::min(want, added));
    out.append(text_.substr(pos_, k));
    pos_ += k;
    made_ += k;
    added += k;
    if (pos_ < copy_end_) return true;  // `want` bytes made
    copy_end_ = npos;
    if (noise_at_ == noise_.size()) {
      done_ = true;
      break;
    }
    const Span& n = noise_[noise_at_++];
    // Latin words on either side of a break stay apart; the space maps to
    // the break's first byte.
    if (n.start > 0 && n.end < text_.size() && is_latin_letter(text_[n.start - 1]) &&
        is_latin_letter(text_[n.end])) {
      start_run(n.start);
      out.push_back(' ');
      ++made_;
      ++added;
    }
    pos_ = n.end;
    if (added >= want) return true;
  }
  return false;
}

// The spans asked for come in text order (the number scan's mentions): the
// search starts at the run of the last answer.
Span PlainStream::input_span(Span plain) const { return plain_input_span(runs_, plain, &run_at_); }

PlainText Document::plain() const {
  PlainText out;
  out.text.reserve(text_.size());
  advise_huge_pages(out.text.data(), out.text.capacity());
  PlainStream stream(text_, noise_);
  stream.fill(out.text, static_cast<std::size_t>(-1));
  out.runs = stream.take_runs();
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

namespace {

// The index of the first run whose offset Key (plain or input) is past
// off. Offsets asked in text order (a stream's reader) pass a cursor, the
// run of the last answer: the search starts there and steps a few runs on
// (or back, for an offset before the last one: a statement's indicator
// before its figure) before it bisects the rest, and the cursor moves to
// this answer's run. (A template on the offset, so that the common case,
// an offset in the cursor's run, costs a few compares where it is asked.)
template <std::size_t PlainText::Run::*Key>
inline std::size_t first_run_past(const std::vector<PlainText::Run>& runs, std::size_t off,
                                  std::size_t* cursor) {
  auto past = [off](const PlainText::Run& r) { return off < r.*Key; };
  const std::size_t n = runs.size();
  std::size_t next = 0;
  if (cursor && *cursor < n) {
    next = *cursor;
    if (!past(runs[next])) {
      ++next;
      for (int k = 0; k < 8 && next < n && !past(runs[next]); ++k) ++next;
    } else {
      // runs[*cursor] is past off, and so is every run after it.
      for (int k = 0; k < 8 && next > 0 && past(runs[next - 1]); ++k) --next;
      if (next > 0 && past(runs[next - 1]))
        next = static_cast<std::size_t>(
            std::upper_bound(runs.begin(), runs.begin() + static_cast<std::ptrdiff_t>(next), off,
                             [](std::size_t o, const PlainText::Run& r) { return o < r.*Key; }) -
            runs.begin());
    }
  }
  if (next < n && !past(runs[next]))
    next = static_cast<std::size_t>(
        std::upper_bound(runs.begin() + static_cast<std::ptrdiff_t>(next), runs.end(), off,
                         [](std::size_t o, const PlainText::Run& r) { return o < r.*Key; }) -
        runs.begin());
  if (cursor && next > 0) *cursor = next - 1;
  return next;
}

// The input offset of plain offset i, by the map of runs (not empty).
std::size_t input_offset_of(const std::vector<PlainText::Run>& runs, std::size_t i,
                            std::size_t* cursor) {
  // runs.front().plain == 0 <= i
  const PlainText::Run& r = runs[first_run_past<&PlainText::Run::plain>(runs, i, cursor) - 1];
  return r.input + (i - r.plain);
}

}  // namespace

Span plain_input_span(const std::vector<PlainText::Run>& runs, Span plain, std::size_t* cursor) {
  if (runs.empty()) return plain;
  const std::size_t start = input_offset_of(runs, plain.start, cursor);
  if (plain.empty()) return Span{start, start};
  return Span{start, input_offset_of(runs, plain.end - 1, cursor) + 1};
}

std::size_t PlainText::input_offset(std::size_t i) const {
  if (runs.empty()) return i;
  return input_offset_of(runs, i, nullptr);
}

Span PlainText::input_span(Span plain) const {
  if (runs.empty()) return plain;
  plain.end = std::min(plain.end, text.size());
  plain.start = std::min(plain.start, plain.end);
  return plain_input_span(runs, plain, nullptr);
}

Span input_plain_span(const std::vector<PlainText::Run>& runs, std::size_t plain_size, Span input,
                      std::size_t* run_at) {
  if (runs.empty()) return input;
  // The first plain offset below plain_size whose input offset is at
  // least off (plain_size when none is). Runs rise in input offset too,
  // each starting past the end of the one before: off is in the last run
  // that starts at or before it, or in the gap (dropped layout) after that
  // run, whose first byte at or after off is the next run's first.
  auto at = [&](std::size_t off) {
    // next: the first run that starts past off.
    const auto next = runs.begin() + static_cast<std::ptrdiff_t>(
                                         first_run_past<&PlainText::Run::input>(runs, off, run_at));
    if (next != runs.begin()) {
      const PlainText::Run& r = *(next - 1);
      const std::size_t end = next != runs.end() ? next->plain : plain_size;
      if (off - r.input < end - r.plain) return r.plain + (off - r.input);
    }
    return next != runs.end() ? next->plain : plain_size;
  };
  const std::size_t start = at(input.start);
  return Span{start, std::max(start, at(input.end))};
}

PlainStretch input_stretch(const std::vector<PlainText::Run>& runs, std::size_t plain_size,
                           std::size_t off, std::size_t* run_at) {
  PlainStretch out;
  if (runs.empty()) return out;
  const std::size_t next = first_run_past<&PlainText::Run::input>(runs, off, run_at);
  if (next == 0) return out;
  const PlainText::Run& r = runs[next - 1];
  out.input = r.input;
  out.plain = r.plain;
  out.size = (next < runs.size() ? runs[next].plain : plain_size) - r.plain;
  return out;
}

Span PlainText::plain_span(Span input) const {
  return input_plain_span(runs, text.size(), input, nullptr);
}

}  // namespace mubiao
