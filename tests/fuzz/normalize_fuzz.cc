// Fuzz target: normalize() and its output-to-input offset map.
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
    for (std::size_t i = 1; i < n.source.size(); ++i)
      fuzz::check(n.source[i - 1] <= n.source[i] && n.source[i] <= text.size(),
                  "source map not monotone", i);
  } catch (const InvalidUtf8& e) {
    fuzz::check(bad && *bad == e.offset(), "InvalidUtf8 offset", e.offset(), bad.value_or(0));
  }
  return 0;
}
