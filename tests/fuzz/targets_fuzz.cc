// Fuzz target: Pipeline::targets.
#include <cstdint>
#include <string_view>

#include "invariants.h"
#include "mubiao/pipeline.h"

using namespace mubiao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Pipeline pipeline;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto bad = find_invalid_utf8(text);
  try {
    Document doc = pipeline.segment(text);
    auto statements = pipeline.targets(text, doc);
    fuzz::check(!bad, "invalid UTF-8 was extracted");
    for (const Statement& s : statements) {
      fuzz::check_span(text, s.span, "statement span");
      fuzz::check_span(text, s.value_span, "statement value span");
      fuzz::check(s.value_span.empty() || s.span.contains(s.value_span), "value outside evidence");
      fuzz::check(s.sentence < doc.units(Level::sentence).size(), "statement sentence index");
      if (s.value) fuzz::check_finite(*s.value, "statement value");
      if (s.upper) fuzz::check_finite(*s.upper, "statement upper");
      fuzz::check(!s.rule.empty(), "statement without rule");
      fuzz::check(!find_invalid_utf8(s.indicator), "indicator not UTF-8");
    }
  } catch (const InvalidUtf8& e) {
    fuzz::check(bad && *bad == e.offset(), "InvalidUtf8 offset", e.offset(), bad.value_or(0));
  }
  return 0;
}
