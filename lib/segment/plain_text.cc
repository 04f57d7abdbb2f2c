// The text with the layout removed (Document::plain): the one place that
// turns a span of extracted text into the words a field shows.
#include <algorithm>

#include "data/structure_tables.h"
#include "mubiao/segment.h"
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

PlainText Document::plain() const {
  PlainText out;
  out.text.reserve(text_.size());
  out.source.reserve(text_.size() + 1);
  std::size_t pos = 0;
  auto copy = [&](std::size_t from, std::size_t to) {
    out.text.append(text_.substr(from, to - from));
    for (std::size_t i = from; i < to; ++i) out.source.push_back(i);
  };
  for (const Span& n : noise_) {
    if (n.start < pos || !drops(n.of(text_))) continue;
    copy(pos, n.start);
    // Latin words on either side of a break stay apart.
    if (n.start > 0 && n.end < text_.size() && is_latin_letter(text_[n.start - 1]) &&
        is_latin_letter(text_[n.end])) {
      out.text.push_back(' ');
      out.source.push_back(n.start);
    }
    pos = n.end;
  }
  copy(pos, text_.size());
  out.source.push_back(text_.size());
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

Span PlainText::input_span(Span plain) const {
  if (source.empty()) return plain;
  const std::size_t last = source.size() - 1;
  plain.end = std::min(plain.end, last);
  plain.start = std::min(plain.start, plain.end);
  if (plain.empty()) return Span{source[plain.start], source[plain.start]};
  return Span{source[plain.start], source[plain.end - 1] + 1};
}

Span PlainText::plain_span(Span input) const {
  if (source.empty()) return input;
  auto at = [&](std::size_t off) {
    return static_cast<std::size_t>(std::lower_bound(source.begin(), source.end() - 1, off) -
                                    source.begin());
  };
  const std::size_t start = at(input.start);
  return Span{start, std::max(start, at(input.end))};
}

}  // namespace mubiao
