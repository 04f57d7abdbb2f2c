#include "segment/headings.h"

#include <algorithm>

#include "data/structure_tables.h"
#include "segment/layout_repair.h"
#include "text/utf8.h"

namespace mubiao::structure {

namespace tables = data::structure;

namespace {

// An inline loop: the prefixes and suffixes of the numbering styles are a
// few bytes, tried at every line, where a call of memcmp cost more.
bool starts_with_at(std::string_view text, std::size_t pos, std::size_t end, std::string_view w) {
  if (pos + w.size() > end || pos + w.size() > text.size()) return false;
  for (std::size_t k = 0; k < w.size(); ++k)
    if (text[pos + k] != w[k]) return false;
  return true;
}

char32_t peek(std::string_view text, std::size_t pos, std::size_t end) {
  if (pos >= end) return 0;
  return utf8::decode(text, pos);
}

bool numeral_fits(tables::Numeral kind, char32_t c) {
  switch (kind) {
    case tables::Numeral::han: return tables::is_han_numeral(c);
    case tables::Numeral::arabic: return tables::is_arabic_digit(c);
    case tables::Numeral::any: return tables::is_han_numeral(c) || tables::is_arabic_digit(c);
    case tables::Numeral::circled: return tables::is_circled_number(c);
  }
  return false;
}

struct Numbering {
  std::size_t length = 0;
  int rank = 0;
};

// First bytes of the numbering prefixes ("第", "（", "(", "〔") and of the
// appendix words: a line whose first byte is none of them (most lines) is
// told so without trying each.
template <std::size_t N, typename Word>
constexpr tables::LeadBytes first_bytes(const Word (&rows)[N], std::string_view Word::*word) {
  tables::LeadBytes out;
  for (const Word& row : rows)
    if (!(row.*word).empty()) out.has[static_cast<unsigned char>((row.*word)[0])] = true;
  return out;
}
template <std::size_t N>
constexpr tables::LeadBytes first_bytes(const std::string_view (&words)[N]) {
  tables::LeadBytes out;
  for (std::string_view w : words)
    if (!w.empty()) out.has[static_cast<unsigned char>(w[0])] = true;
  return out;
}
constexpr tables::LeadBytes kPrefixFirstBytes =
    first_bytes(tables::kNumberingStyles, &tables::NumberingStyle::prefix);
constexpr tables::LeadBytes kAppendixFirstBytes = first_bytes(tables::kAppendixWords);

// The heading numbering ("二、", "（一）", "1.", "第三章", "①") at text[pos].
std::optional<Numbering> numbering_at(std::string_view text, std::size_t pos, std::size_t end) {
  // Asked at every line: a numbering starts with a numeral or a prefix,
  // and most lines start with neither.
  if (const char32_t c = peek(text, pos, end);
      !tables::is_han_numeral(c) && !tables::is_arabic_digit(c) && !tables::is_circled_number(c)) {
    if (pos >= end || !kPrefixFirstBytes(text[pos])) return std::nullopt;
    bool prefix = false;
    for (const tables::NumberingStyle& style : tables::kNumberingStyles)
      prefix = prefix || (!style.prefix.empty() && starts_with_at(text, pos, end, style.prefix));
    if (!prefix) return std::nullopt;
  }
  for (const tables::NumberingStyle& style : tables::kNumberingStyles) {
    std::size_t i = pos;
    if (!starts_with_at(text, i, end, style.prefix)) continue;
    i += style.prefix.size();
    const std::size_t most =
        style.numeral == tables::Numeral::circled ? 1 : tables::kMaxNumeralChars;
    std::size_t count = 0;
    while (i < end && count <= most) {
      std::size_t next = i;
      if (!numeral_fits(style.numeral, utf8::decode(text, next))) break;
      i = next;
      ++count;
    }
    if (count == 0 || count > most) continue;
    if (!starts_with_at(text, i, end, style.suffix)) continue;
    i += style.suffix.size();
    if (i >= end) continue;  // a number alone on its line is no heading
    const char32_t after = peek(text, i, end);
    // "2.5" and "1、2" are numbers, not list markers.
    if (style.numeral == tables::Numeral::arabic && tables::is_arabic_digit(after)) continue;
    // "一、二、三" enumerates; it does not number a heading.
    if (style.numeral == tables::Numeral::han && tables::is_han_numeral(after)) {
      std::size_t j = i;
      utf8::decode(text, j);
      if (starts_with_at(text, j, end, style.suffix) && !style.suffix.empty()) continue;
    }
    return Numbering{i - pos, style.rank};
  }
  return std::nullopt;
}

// End of the heading sentence that starts at pos: after the first heading
// terminal and the closers that follow it, or the end of the line. Returns
// npos when the sentence is longer than a heading can be.
std::size_t heading_sentence_end(std::string_view text, std::size_t pos, std::size_t end,
                                 bool unlimited) {
  std::size_t chars = 0;
  while (pos < end) {
    char32_t c = utf8::decode(text, pos);
    if (++chars > tables::kMaxHeadingChars && !unlimited) return std::string_view::npos;
    if (tables::is_heading_terminal(c)) {
      while (pos < end) {
        std::size_t next = pos;
        if (!tables::is_closer(utf8::decode(text, next))) break;
        pos = next;
      }
      return pos;
    }
  }
  return end;
}

std::size_t trim_back(std::string_view text, std::size_t start, std::size_t end) {
  while (end > start) {
    std::size_t b = end;
    if (!tables::is_whitespace(utf8::decode_before(text, b))) break;
    end = b;
  }
  return end;
}

// "**…**" starting with its opening mark at open: the emphasised words, when
// they read as a lead sentence (they end in a terminal or fill the line).
std::optional<HeadingLine> bold_heading(std::string_view text, std::size_t open, std::size_t end) {
  const std::size_t words = open + tables::kBoldMark.size();
  const std::size_t limit = std::min(end, words + tables::kMaxHeadingChars * 4 + 1);
  const std::size_t close = text.substr(0, limit).find(tables::kBoldMark, words);
  if (close == std::string_view::npos || close == words) return std::nullopt;
  std::size_t last = close;
  const char32_t final_char = utf8::decode_before(text, last);
  const std::size_t after = skip_whitespace(text, close + tables::kBoldMark.size(), end);
  if (!tables::is_heading_terminal(final_char) && after != end) return std::nullopt;
  std::size_t chars = 0;
  for (std::size_t i = words; i < close; utf8::decode(text, i)) ++chars;
  if (chars > tables::kMaxHeadingChars) return std::nullopt;
  HeadingLine h;
  h.kind = HeadingKind::bold;
  // Trim from both ends, the back only down to the trimmed front: emphasis
  // holding nothing but blanks ("** **") leaves an empty heading, not an
  // inverted span.
  const std::size_t first = skip_whitespace(text, words, close);
  h.heading = Span{first, trim_back(text, first, close)};
  h.heading_only = after == end;
  if (h.heading.empty()) return std::nullopt;
  return h;
}

std::optional<HeadingLine> appendix_heading(std::string_view text, std::size_t pos,
                                            std::size_t end) {
  if (pos >= end || !kAppendixFirstBytes(text[pos])) return std::nullopt;
  for (std::string_view w : tables::kAppendixWords) {
    if (!starts_with_at(text, pos, end, w)) continue;
    std::size_t i = pos + w.size();
    std::size_t count = 0;
    while (i < end && count < tables::kMaxNumeralChars) {
      std::size_t next = i;
      char32_t c = utf8::decode(text, next);
      if (!tables::is_arabic_digit(c) && !tables::is_han_numeral(c)) break;
      i = next;
      ++count;
    }
    i = skip_whitespace(text, i, end);
    if (i < end) {
      std::size_t next = i;
      char32_t c = utf8::decode(text, next);
      if (c == U'：' || c == U':') i = next;
    }
    if (i != end) continue;
    HeadingLine h;
    h.kind = HeadingKind::appendix;
    h.heading = Span{pos, end};
    return h;
  }
  return std::nullopt;
}

}  // namespace

std::optional<HeadingLine> recognize_heading(std::string_view text, Span line) {
  const std::size_t end = line.end;
  std::size_t pos = line.start;
  int level = 0;
  while (pos < end && text[pos] == tables::kMarkdownHeadingMark) ++pos, ++level;
  if (level > tables::kMaxMarkdownLevel) return std::nullopt;
  pos = skip_whitespace(text, pos, end);
  if (pos >= end) return std::nullopt;

  const bool bold_first = starts_with_at(text, pos, end, tables::kBoldMark);
  auto number = numbering_at(text, bold_first ? pos + tables::kBoldMark.size() : pos, end);
  const bool bold_after_number =
      !bold_first && number && starts_with_at(text, pos + number->length, end, tables::kBoldMark);

  if (bold_first || bold_after_number) {
    auto h = bold_heading(text, bold_first ? pos : pos + number->length, end);
    if (h) {
      if (number) h->numbering_rank = number->rank;
      if (number) h->kind = HeadingKind::numbered;
      if (level > 0) h->kind = HeadingKind::markdown;
      h->markdown_level = level;
      return h;
    }
    if (bold_first) number.reset();  // the numbering sat inside a failed bold run
  }
  if (number) {
    std::size_t stop = heading_sentence_end(text, pos, end, level > 0);
    if (stop == std::string_view::npos) return std::nullopt;
    HeadingLine h;
    h.kind = level > 0 ? HeadingKind::markdown : HeadingKind::numbered;
    h.numbering_rank = number->rank;
    h.markdown_level = level;
    h.heading = Span{pos, stop};
    h.heading_only = skip_whitespace(text, stop, end) == end;
    return h;
  }
  if (level > 0) {
    // An ATX closing sequence ("## 标题 ##") is not part of the heading.
    std::size_t stop = end;
    while (stop > pos && text[stop - 1] == tables::kMarkdownHeadingMark) --stop;
    if (stop != end && stop > pos && text[stop - 1] != ' ' && text[stop - 1] != '\t') stop = end;
    stop = trim_back(text, pos, stop);
    if (stop <= pos) return std::nullopt;
    HeadingLine h;
    h.kind = HeadingKind::markdown;
    h.markdown_level = level;
    h.heading = Span{pos, stop};
    return h;
  }
  return appendix_heading(text, pos, end);
}

}  // namespace mubiao::structure
