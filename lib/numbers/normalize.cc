// normalize(): the input with every recognized numeral rewritten in Arabic
// form, and for each output byte the input byte it came from.
#include <algorithm>

#include "mubiao/numbers.h"
#include "numbers/scanner.h"
#include "numbers/tables.h"

namespace mubiao {

Span Normalized::input_span(Span output) const {
  return Span{source.at(output.start), source.at(output.end)};
}

namespace {

// Walks the rewritten text: calls out(bytes, input_offset) for each piece of
// output, with the input offset of each of its bytes (copied text) or of
// the whole piece (a replacement maps to the start of what it replaces).
template <typename Out>
void rewrite(std::string_view text, Out&& out) {
  require_utf8(text);
  std::size_t pos = 0;
  for (numbers::Found& f : numbers::scan(numbers::Tables::get(), text, Span{0, text.size()})) {
    std::sort(f.rewrites.begin(), f.rewrites.end(),
              [](const numbers::Rewrite& a, const numbers::Rewrite& b) {
                return a.input.start < b.input.start;
              });
    for (const numbers::Rewrite& rw : f.rewrites) {
      if (rw.input.start < pos) continue;
      out(text.substr(pos, rw.input.start - pos), pos, true);
      out(std::string_view(rw.text), rw.input.start, false);
      pos = rw.input.end;
    }
  }
  out(text.substr(pos), pos, true);
}

}  // namespace

Normalized normalize(const NumberRecognizer& recognizer, std::string_view text) {
  (void)recognizer;  // the recognizer holds no state beyond the shared tables
  Normalized n;
  n.text.reserve(text.size());
  n.source.reserve(text.size() + 1);
  rewrite(text, [&](std::string_view piece, std::size_t from, bool copied) {
    n.text += piece;
    for (std::size_t k = 0; k < piece.size(); ++k) n.source.push_back(copied ? from + k : from);
  });
  n.source.push_back(text.size());
  return n;
}

std::string normalize_text(const NumberRecognizer& recognizer, std::string_view text) {
  (void)recognizer;
  std::string out;
  out.reserve(text.size());
  rewrite(text, [&](std::string_view piece, std::size_t, bool) { out += piece; });
  return out;
}

}  // namespace mubiao
