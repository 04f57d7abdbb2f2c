// Fuzz target: NumberRecognizer::find.
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
    auto mentions = recognizer.find(text);
    fuzz::check(!bad, "invalid UTF-8 was scanned");
    fuzz::check_ordered(text, mentions, [](const Mention& m) { return m.span; }, "mention");
    for (const Mention& m : mentions) {
      fuzz::check(!m.span.empty(), "empty mention", m.span.start);
      fuzz::check_finite(m.value, "mention value");
      if (m.upper) fuzz::check_finite(*m.upper, "mention upper");
      fuzz::check(m.representable == !m.exact.empty(), "exact iff representable", m.span.start);
    }
  } catch (const InvalidUtf8& e) {
    fuzz::check(bad && *bad == e.offset(), "InvalidUtf8 offset", e.offset(), bad.value_or(0));
  }
  return 0;
}
