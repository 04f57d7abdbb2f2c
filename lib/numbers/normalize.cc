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

Normalized normalize(const NumberRecognizer& recognizer, std::string_view text) {
  (void)recognizer;  // the recognizer holds no state beyond the shared tables
  require_utf8(text);
  Normalized n;
  n.text.reserve(text.size());
  n.source.reserve(text.size() + 1);
  std::size_t pos = 0;
  auto copy_to = [&](std::size_t upto) {
    for (; pos < upto; ++pos) {
      n.text += text[pos];
      n.source.push_back(pos);
    }
  };
  for (numbers::Found& f : numbers::scan(numbers::Tables::get(), text, Span{0, text.size()})) {
    std::sort(f.rewrites.begin(), f.rewrites.end(),
              [](const numbers::Rewrite& a, const numbers::Rewrite& b) { return a.input.start < b.input.start; });
    for (const numbers::Rewrite& rw : f.rewrites) {
      if (rw.input.start < pos) continue;
      copy_to(rw.input.start);
      // Every byte of a replacement maps to the start of what it replaces.
      for (char c : rw.text) {
        n.text += c;
        n.source.push_back(rw.input.start);
      }
      pos = rw.input.end;
    }
  }
  copy_to(text.size());
  n.source.push_back(text.size());
  return n;
}

}  // namespace mubiao
