// Fuzz target: normalize() and its output-to-input offset map.
#include <algorithm>
#include <cstdint>
#include <string_view>

#include "invariants.h"
#include "mubiao/numbers.h"

using namespace mubiao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const NumberRecognizer recognizer;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto bad = find_invalid_utf8(text);
  try {
    Normalized n = normalize(recognizer, text);
    fuzz::check(!bad, "invalid UTF-8 was normalized");
    fuzz::check(!find_invalid_utf8(n.text), "normalized text is not UTF-8");
    fuzz::check(n.source.size() == n.text.size() + 1, "source map size");
    fuzz::check(n.source.back() == text.size(), "source map end");
    fuzz::check(n.source.front() == 0 || n.text.empty(), "source map start", n.source.front());
    for (std::size_t i = 1; i < n.source.size(); ++i)
      fuzz::check(n.source[i - 1] <= n.source[i] && n.source[i] <= text.size(),
                  "source map not monotone", i);
    // Every output character maps back to a character boundary of the input.
    for (std::size_t i = 0; i <= n.text.size(); ++i)
      if (fuzz::on_boundary(n.text, i))
        fuzz::check(fuzz::on_boundary(text, n.source[i]), "source off a boundary", i, n.source[i]);
    // input_span of an output span is the input bytes between its ends; the
    // whole output maps to the whole input.
    std::string_view out = n.text;
    std::size_t a = out.size() / 3, b = out.size() - out.size() / 3;
    while (!fuzz::on_boundary(out, a)) ++a;
    b = std::max(a, b);
    while (!fuzz::on_boundary(out, b)) ++b;
    Span in = n.input_span(Span{a, b});
    fuzz::check(in.start == n.source[a] && in.end == n.source[b], "input_span", in.start, in.end);
    fuzz::check_span(text, in, "input_span");
    Span all = n.input_span(Span{0, out.size()});
    fuzz::check(all.start == 0 && all.end == text.size(), "input_span of all", all.start, all.end);
    // Without a number mention normalization is the identity.
    if (recognizer.find(text).empty()) {
      fuzz::check(n.text == text, "text without numbers changed");
      for (std::size_t i = 0; i < n.source.size(); ++i)
        fuzz::check(n.source[i] == i, "identity map", i, n.source[i]);
    }
  } catch (const InvalidUtf8& e) {
    fuzz::check(bad && *bad == e.offset(), "InvalidUtf8 offset", e.offset(), bad.value_or(0));
  }
  return 0;
}
