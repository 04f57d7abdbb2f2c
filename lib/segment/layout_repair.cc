#include "segment/layout_repair.h"

#include <algorithm>
#include <cstring>
#include <map>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

#include "data/structure_tables.h"
#include "segment/lead_scan.h"
#include "text/utf8.h"

namespace mubiao::structure {

namespace tables = data::structure;

std::size_t whitespace_at(std::string_view text, std::size_t pos) {
  std::size_t next = pos;
  return tables::is_whitespace(utf8::decode(text, next)) ? next - pos : 0;
}

namespace {

bool starts_with_at(std::string_view text, std::size_t pos, std::size_t limit,
                    std::string_view word) {
  return pos + word.size() <= limit && text.compare(pos, word.size(), word) == 0;
}

// Skips spaces inside a marker ("（ 下转第 3 版 ）").
std::size_t skip_spaces(std::string_view text, std::size_t pos, std::size_t limit) {
  while (pos < limit) {
    std::size_t w = whitespace_at(text, pos);
    if (w == 0 || text[pos] == '\n' || text[pos] == '\r') break;
    pos += w;
  }
  return pos;
}

// Moves i past the first of words found at text[i]; false when none is.
template <std::size_t N>
bool consume_one_of(std::string_view text, std::size_t& i, std::size_t limit,
                    const std::string_view (&words)[N]) {
  for (std::string_view w : words) {
    if (starts_with_at(text, i, limit, w)) {
      i += w.size();
      return true;
    }
  }
  return false;
}

}  // namespace

std::size_t page_marker_at(std::string_view text, std::size_t pos, std::size_t limit) {
  limit = std::min({limit, text.size(), pos + tables::kMaxPageMarkerBytes});
  std::size_t i = pos;
  if (i >= limit || !tables::in(tables::kPageMarkerOpeners, utf8::decode(text, i))) return 0;
  i = skip_spaces(text, i, limit);
  if (!consume_one_of(text, i, limit, tables::kPageMarkerLeads)) return 0;
  i = skip_spaces(text, i, limit);
  if (starts_with_at(text, i, limit, tables::kPageMarkerOrdinal))
    i += tables::kPageMarkerOrdinal.size();
  if (i < limit && text[i] >= 'A' && text[i] <= 'Z') ++i;  // section letter of "A2版"
  std::size_t numerals = 0;
  while (i < limit) {
    std::size_t next = i;
    char32_t c = utf8::decode(text, next);
    if (next > limit || !(tables::is_arabic_digit(c) || tables::is_han_numeral(c))) break;
    i = next;
    ++numerals;
  }
  if (numerals == 0) return 0;
  i = skip_spaces(text, i, limit);
  if (!consume_one_of(text, i, limit, tables::kPageMarkerUnits)) return 0;
  i = skip_spaces(text, i, limit);
  if (i >= limit) return 0;
  std::size_t next = i;
  if (!tables::in(tables::kPageMarkerClosers, utf8::decode(text, next)) || next > limit) return 0;
  return next - pos;
}

std::size_t skip_whitespace(std::string_view text, std::size_t pos, std::size_t end) {
  while (pos < end) {
    std::size_t w = whitespace_at(text, pos);
    if (w == 0) break;
    pos += w;
  }
  return pos;
}

namespace {

// Moves i past a run of at most kMaxPageNumberDigits ASCII or full-width
// digits; false when there is none.
bool consume_digits(std::string_view text, std::size_t& i, std::size_t end) {
  std::size_t n = 0, j = i;
  while (j < end) {
    std::size_t next = j;
    if (!tables::is_arabic_digit(utf8::decode(text, next))) break;
    j = next;
    ++n;
  }
  if (n == 0 || n > tables::kMaxPageNumberDigits) return false;
  i = j;
  return true;
}

bool consume_dashes(std::string_view text, std::size_t& i, std::size_t end) {
  std::size_t j = i;
  while (j < end) {
    std::size_t next = j;
    if (!tables::in(tables::kPageNumberDashes, utf8::decode(text, next))) break;
    j = next;
  }
  const bool any = j != i;
  i = j;
  return any;
}

bool consume_word(std::string_view text, std::size_t& i, std::size_t end, std::string_view w) {
  if (i + w.size() > end || text.compare(i, w.size(), w) != 0) return false;
  i += w.size();
  return true;
}

// The words of "第3页 共20页".
constexpr std::string_view kTotalWord = "共", kOrdinalWord = "第", kPageWord = "页";

// "第3页", "第 3 页 共 20 页", "共20页 第3页" from i.
bool consume_page_words(std::string_view text, std::size_t& i, std::size_t end) {
  std::size_t j = i;
  bool total_first = false;
  if (consume_word(text, j, end, kTotalWord)) {
    j = skip_whitespace(text, j, end);
    if (!consume_digits(text, j, end)) return false;
    j = skip_whitespace(text, j, end);
    if (!consume_word(text, j, end, kPageWord)) return false;
    j = skip_whitespace(text, j, end);
    total_first = true;
  }
  if (!consume_word(text, j, end, kOrdinalWord)) return false;
  j = skip_whitespace(text, j, end);
  if (!consume_digits(text, j, end)) return false;
  j = skip_whitespace(text, j, end);
  if (!consume_word(text, j, end, kPageWord)) return false;
  if (!total_first) {
    std::size_t k = skip_whitespace(text, j, end);
    if (consume_word(text, k, end, kTotalWord)) {
      k = skip_whitespace(text, k, end);
      if (consume_digits(text, k, end)) {
        k = skip_whitespace(text, k, end);
        if (consume_word(text, k, end, kPageWord)) j = k;
      }
    }
  }
  i = j;
  return true;
}

}  // namespace

bool is_page_number(std::string_view text, Span line, bool at_page_break) {
  std::size_t i = line.start;
  const std::size_t end = line.end;
  // Nearly every line opens with a character no page number opens with
  // (every line of a report is asked): told by it at once.
  if (i < end) {
    std::size_t next = i;
    const char32_t c = utf8::decode(text, next);
    const std::string_view first = text.substr(i, next - i);
    if (first != kTotalWord && first != kOrdinalWord && !tables::in(tables::kPageNumberDashes, c) &&
        !tables::is_whitespace(c) && !tables::is_arabic_digit(c))
      return false;
  }
  if (consume_page_words(text, i, end)) return skip_whitespace(text, i, end) == end;
  // "— 3 —", "- 12 -", "3/20", and a bare "3" next to a form feed.
  const bool lead = consume_dashes(text, i, end);
  i = skip_whitespace(text, i, end);
  if (!consume_digits(text, i, end)) return false;
  i = skip_whitespace(text, i, end);
  if (lead) {
    if (!consume_dashes(text, i, end)) return false;
    return skip_whitespace(text, i, end) == end;
  }
  if (i < end && text[i] == '/')
    ++i;
  else if (!consume_word(text, i, end, "／"))
    return i == end && at_page_break;
  i = skip_whitespace(text, i, end);
  return consume_digits(text, i, end) && skip_whitespace(text, i, end) == end;
}

std::size_t count_chars_upto(std::string_view text, Span s, std::size_t most) {
  // Valid UTF-8 has one character per byte that is not a continuation
  // byte, and 4 * most bytes hold at least most characters: the count runs
  // over a bounded stretch without an exit in the loop. Every line of a
  // report is counted (twice), so 16 bytes are counted at a time (SSE2;
  // GCC's -O2 left the byte loop scalar).
  // A stretch of 4 * most bytes or more holds most characters at least,
  // uncounted: a quarter of a report's lines are whole paragraphs (every
  // line is asked about 120 characters, and the running heads' 30).
  if (s.end >= s.start && s.end - s.start >= 4 * most) return most;
  const std::size_t end = std::min(s.end, s.start + 4 * most);
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  std::size_t n = 0, i = s.start;
#if defined(__SSE2__)
  const __m128i top = _mm_set1_epi8(static_cast<char>(0xC0));
  const __m128i continuation = _mm_set1_epi8(static_cast<char>(0x80));
  const __m128i one = _mm_set1_epi8(1);
  for (; i + 16 <= end; i += 16) {
    const __m128i x = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + i));
    // 1 per continuation byte, summed by psadbw into two 64-bit halves
    // (x86-64's baseline has no popcnt: __builtin_popcount is a call).
    const __m128i cont = _mm_and_si128(_mm_cmpeq_epi8(_mm_and_si128(x, top), continuation), one);
    const __m128i sums = _mm_sad_epu8(cont, _mm_setzero_si128());
    n += 16 - static_cast<std::size_t>(_mm_cvtsi128_si32(sums) + _mm_extract_epi16(sums, 4));
  }
#endif
  for (; i < end; ++i) n += (p[i] & 0xC0) != 0x80;
  return std::min(n, most);
}

std::vector<bool> full_lines(std::string_view text, const std::vector<Line>& lines) {
  const std::size_t n = lines.size();
  // A byte a line (counts stop past kMaxWrappedLineChars), not eight: the
  // vector is fresh memory, first touched a page at a time.
  static_assert(tables::kMaxWrappedLineChars + 1 <= UINT8_MAX, "a count fits a byte");
  std::vector<std::uint8_t> chars(n);
  for (std::size_t i = 0; i < n; ++i)
    chars[i] = static_cast<std::uint8_t>(
        count_chars_upto(text, lines[i].content, tables::kMaxWrappedLineChars + 1));
  // Whether chars[i] is about the width of the longest of the lines in
  // [from, to): within kFullLinePercent of it, and not far longer.
  auto fills = [&](std::size_t i, std::size_t from, std::size_t to) {
    std::size_t width = 0;
    for (std::size_t j = from; j < to; ++j)
      if (chars[j] <= tables::kMaxWrappedLineChars) width = std::max<std::size_t>(width, chars[j]);
    return width >= tables::kMinWrapChars &&
           std::size_t{chars[i]} * 100 >= width * tables::kFullLinePercent &&
           chars[i] * tables::kFullLinePercent <= width * 100;
  };
  std::vector<bool> full(n, false);
  const std::size_t k = tables::kWrapNeighbourLines;
  for (std::size_t i = 0; i < n; ++i) {
    if (chars[i] > tables::kMaxWrappedLineChars || chars[i] < tables::kShortLineChars) continue;
    full[i] = fills(i, i >= k ? i - k : 0, i) || fills(i, i + 1, std::min(n, i + 1 + k));
  }
  return full;
}

namespace {

// The layout scan looks for page markers only at the brackets it records.
constexpr bool page_marker_openers_are_openers() {
  for (char32_t c : tables::kPageMarkerOpeners)
    if (tables::opener_index(c) < 0) return false;
  return true;
}
static_assert(page_marker_openers_are_openers(), "every page marker opens with a bracket");

class LayoutScanner {
 public:
  LayoutScanner(std::string_view text, const LayoutOptions& options)
      : text_(text),
        offsets_(options.offsets && offsets_fit(text)),
        separators_(offsets_ && options.separators),
        acted_on_(separators_ ? &tables::kLayoutStopSet : &tables::kSentenceStopSet) {}

  Layout run() {
    const std::size_t n = text_.size();
    // Room for a line per 64 bytes (report lines are longer): reserved
    // memory is touched only as used, while a doubling vector first-touches
    // twice its final size.
    out_.lines.reserve(n / 64);
    // And for a quote or bracket per 128 bytes (reports hold about one per
    // 250).
    out_.brackets.reserve(n / 128);
    // And for a sentence stop per 16 bytes (reports hold one per 60 or so).
    if (offsets_) out_.stops.reserve(n / 16);
    // And for a clause separator per 16 bytes (reports hold one per 75).
    if (separators_) out_.separators.reserve(n / 16);
    out_.offsets = offsets_;
    walk();
    return std::move(out_);
  }

 private:
  // One walk over the whole text, from one character a pass acts on to the
  // next: every sentence stop and clause separator is recorded
  // (Layout::stops, Layout::separators), every quote and bracket too
  // (Layout::brackets), a page marker is looked for at each opener that can
  // begin one outside the markers found before it, and the line breaks and
  // form feeds (whitespace: the walk stops there) end and mark the lines.
  // 、 and the rest that share their first bytes are skipped in the scan.
  void walk() {
    const std::size_t n = text_.size();
    const auto* u = reinterpret_cast<const unsigned char*>(text_.data());
    std::size_t start = 0;                           // of the line
    std::size_t first_marker = out_.markers.size();  // the line's first
    std::size_t marker_end = 0;
    bool form_feed = false;  // in the line
    for (std::size_t i = next_acted_on(text_, 0, n, tables::kStructuralLeads, *acted_on_); i < n;
         i = next_acted_on(text_, i, n, tables::kStructuralLeads, *acted_on_)) {
      const std::size_t at = i;
      if (tables::leads_three_bytes(u[at])) {
        // A separator (，；：) is no sentence stop; whitespace and
        // terminals (。) are nothing but stops.
        if (separators_ && tables::kClauseSeparatorSet.holds(u + at)) {
          out_.separators.push_back(offset(at));
          i += 3;
          continue;
        }
        stop(at);
        if (!tables::kBracketSet.holds(u + at)) {
          i += 3;
          continue;
        }
      } else {
        stop(at);
        // A line ends at "\n", "\r\n" or a lone "\r" (the break is
        // whitespace: the sentence walk stops there too).
        if (u[at] == '\n' || u[at] == '\r') {
          line(start, at, first_marker, form_feed);
          i = at + 1;
          if (u[at] == '\r' && i < n && u[i] == '\n') stop(i++);
          start = i;
          first_marker = out_.markers.size();
          form_feed = false;
          continue;
        }
        if (u[at] == '\f') form_feed = true;
      }
      const char32_t c = utf8::decode(text_, i);
      if (tables::is_clause_separator(c)) {  // , ; :
        if (separators_) out_.separators.push_back(offset(at));
        continue;
      }
      const int o = tables::opener_index(c);
      const int k = o >= 0 ? -1 : tables::closer_index(c);
      if (o < 0 && k < 0) continue;
      out_.brackets.push_back(bracket_mark(at, o >= 0 ? o : k, o >= 0));
      if (at < marker_end || !tables::in(tables::kPageMarkerOpeners, c)) continue;
      // A page marker holds no line break (its spaces stop at one): the
      // end of the text bounds it as the end of its line would.
      if (std::size_t m = page_marker_at(text_, at, n)) {
        out_.markers.push_back(Span{at, at + m});
        marker_end = at + m;
      }
    }
    if (start < n) line(start, n, first_marker, form_feed);
  }

  void stop(std::size_t at) {
    if (offsets_) out_.stops.push_back(offset(at));
  }
  // Offsets are recorded only when the text is short enough for them.
  static std::uint32_t offset(std::size_t at) { return static_cast<std::uint32_t>(at); }

  // The line text[start, end), whose page markers the walk found (from
  // first_marker on): trimmed, or counted as blank.
  void line(std::size_t start, std::size_t end, std::size_t first_marker, bool form_feed) {
    const std::size_t last_marker = out_.markers.size();
    const bool has_markers = last_marker > first_marker;

    // Trim whitespace and edge markers from the front...
    std::size_t s = start, m = first_marker;
    for (;;) {
      while (s < end && whitespace_at(text_, s)) s += whitespace_at(text_, s);
      if (m < last_marker && out_.markers[m].start == s) {
        s = out_.markers[m++].end;
        pending_marker_ = true;
        continue;
      }
      break;
    }
    // ...and from the back.
    std::size_t e = end, k = last_marker;
    bool trailing_marker = false;
    for (;;) {
      while (e > s) {
        std::size_t b = e;
        if (!data::structure::is_whitespace(utf8::decode_before(text_, b))) break;
        e = b;
      }
      if (k > m && out_.markers[k - 1].end == e) {
        e = out_.markers[--k].start;
        trailing_marker = true;
        continue;
      }
      break;
    }
    // A form feed starts a page; a line holding only a page number is noise.
    if (s < e && is_page_number(text_, Span{s, e}, form_feed || next_line_has_form_feed(end))) {
      out_.markers.push_back(Span{s, e});
      s = e;
    }
    if (form_feed) pending_marker_ = true;
    if (s >= e) {
      ++blanks_;
      pending_marker_ = pending_marker_ || has_markers || out_.markers.size() > last_marker;
      return;
    }
    out_.lines.push_back(Line{Span{s, e}, blank_count(blanks_), pending_marker_});
    blanks_ = 0;
    pending_marker_ = trailing_marker;
  }

  // Whether the line after the line break at end holds a form feed before
  // its first other character.
  bool next_line_has_form_feed(std::size_t end) const {
    std::size_t i = end;
    if (i < text_.size() && text_[i] == '\r') ++i;
    if (i < text_.size() && text_[i] == '\n') ++i;
    while (i < text_.size() &&
           (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r'))
      ++i;
    return i < text_.size() && text_[i] == '\f';
  }

  std::string_view text_;
  const bool offsets_, separators_;
  const tables::ThreeByteSet* acted_on_;
  Layout out_;
  std::size_t blanks_ = 0;
  bool pending_marker_ = false;
};

// Running heads and feet: a short line that comes right after or right
// before a page break (a page number, a form feed, a page marker) on at
// least kMinRunningHeadRepeats pages is noise, like the page number.
void drop_running_heads(std::string_view text, Layout& layout) {
  std::vector<Line>& lines = layout.lines;
  // Heads are titles: a line that ends a sentence ("万人。") is text.
  // (The page break first: most lines are next to none.)
  auto at_break = [&](std::size_t i) {
    if (!(i == 0 || lines[i].marker_before || (i + 1 < lines.size() && lines[i + 1].marker_before)))
      return false;
    Span c = lines[i].content;
    std::size_t b = c.end;
    const char32_t last = utf8::decode_before(text, b);
    return !tables::is_terminal(last) && !tables::is_clause_separator(last);
  };
  std::map<std::string_view, std::size_t> repeats;
  for (std::size_t i = 0; i < lines.size(); ++i)
    if (at_break(i) && count_chars_upto(text, lines[i].content, tables::kMaxRunningHeadChars + 1) <=
                           tables::kMaxRunningHeadChars)
      ++repeats[lines[i].content.of(text)];
  bool any = false;
  for (const auto& [line, count] : repeats) any = any || count >= tables::kMinRunningHeadRepeats;
  if (!any) return;
  // The kept lines move down in place (a copy was fresh memory as large as
  // the lines): at_break(i) reads lines i and i + 1, never a slot already
  // written, as kept only ever trails i.
  std::size_t kept = 0, blanks = 0;
  bool marker = false;
  for (std::size_t i = 0; i < lines.size(); ++i) {
    const Line line = lines[i];
    if (at_break(i) && repeats[line.content.of(text)] >= tables::kMinRunningHeadRepeats) {
      layout.markers.push_back(line.content);
      blanks += std::size_t{line.blank_before} + 1;
      marker = true;
      continue;
    }
    lines[kept++] =
        Line{line.content, blank_count(line.blank_before + blanks), line.marker_before || marker};
    blanks = 0;
    marker = false;
  }
  lines.resize(kept);
  std::sort(layout.markers.begin(), layout.markers.end());
}

}  // namespace

bool offsets_fit(std::string_view text) { return text.size() <= UINT32_MAX; }

Layout scan_layout(std::string_view text, const LayoutOptions& options) {
  Layout layout = LayoutScanner(text, options).run();
  drop_running_heads(text, layout);
  return layout;
}

}  // namespace mubiao::structure
