#include "segment/layout_repair.h"

#include <algorithm>
#include <cstring>

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
  if (starts_with_at(text, i, limit, tables::kPageMarkerOrdinal)) i += tables::kPageMarkerOrdinal.size();
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

namespace {

class LayoutScanner {
 public:
  explicit LayoutScanner(std::string_view text) : text_(text) {}

  Layout run() {
    std::size_t pos = 0;
    const std::size_t n = text_.size();
    while (pos < n) {
      // The line ends at the first '\n' or '\r' (memchr: lines are long).
      const char* nl = static_cast<const char*>(std::memchr(text_.data() + pos, '\n', n - pos));
      std::size_t end = nl ? static_cast<std::size_t>(nl - text_.data()) : n;
      if (const void* cr = std::memchr(text_.data() + pos, '\r', end - pos))
        end = static_cast<std::size_t>(static_cast<const char*>(cr) - text_.data());
      line(pos, end);
      if (end < n && text_[end] == '\r' && end + 1 < n && text_[end + 1] == '\n') ++end;
      pos = end + 1;
    }
    return std::move(out_);
  }

 private:
  void line(std::size_t start, std::size_t end) {
    const std::size_t first_marker = out_.markers.size();
    for (std::size_t i = start; i < end;) {
      // Only a few first bytes can open a marker.
      i = next_lead(text_, i, end, tables::kPageMarkerOpenerLeads);
      if (i >= end) break;
      if (std::size_t m = page_marker_at(text_, i, end)) {
        out_.markers.push_back(Span{i, i + m});
        i += m;
        continue;
      }
      utf8::decode(text_, i);
    }
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
    if (s >= e) {
      ++blanks_;
      pending_marker_ = pending_marker_ || has_markers;
      return;
    }
    out_.lines.push_back(Line{Span{s, e}, blanks_, pending_marker_});
    blanks_ = 0;
    pending_marker_ = trailing_marker;
  }

  std::string_view text_;
  Layout out_;
  std::size_t blanks_ = 0;
  bool pending_marker_ = false;
};

}  // namespace

Layout scan_layout(std::string_view text) { return LayoutScanner(text).run(); }

}  // namespace mubiao::structure
