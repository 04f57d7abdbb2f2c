// Fuzz target: NumberRecognizer::find, over the whole text and over a middle
// range of it.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "invariants.h"
#include "mubiao/numbers.h"

using namespace mubiao;

namespace {

// strtod of an exact decimal agrees with the double it came with (relative
// 1e-9: the double is the rounded exact value). Exact values beyond the
// double range ("1e+400") are not compared.
void check_exact(const std::string& exact, double value, const char* what) {
  char* end = nullptr;
  const double parsed = std::strtod(exact.c_str(), &end);
  fuzz::check(end == exact.c_str() + exact.size(), what, exact.size());
  if (!std::isfinite(parsed)) return;
  const double scale = std::max(1.0, std::max(std::fabs(parsed), std::fabs(value)));
  fuzz::check(std::fabs(parsed - value) <= 1e-9 * scale, what);
}

void check_mentions(std::string_view text, const std::vector<Mention>& mentions, Span range) {
  fuzz::check_ordered(
      text, mentions, [](const Mention& m) { return m.span; }, "mention");
  for (const Mention& m : mentions) {
    fuzz::check(range.contains(m.span), "mention outside the range", m.span.start, m.span.end);
    fuzz::check(!m.span.empty(), "empty mention", m.span.start);
    fuzz::check(static_cast<int>(m.kind) >= 0 && m.kind <= NumberKind::duration, "kind",
                m.span.start);
    fuzz::check(static_cast<int>(m.qualifier) >= 0 && m.qualifier <= Qualifier::nearly, "qualifier",
                m.span.start);
    fuzz::check(number_kind_name(m.kind) != nullptr && qualifier_name(m.qualifier) != nullptr,
                "enum name");
    fuzz::check_finite(m.value, "mention value");
    if (m.upper) fuzz::check_finite(*m.upper, "mention upper");
    fuzz::check(m.representable == !m.exact.empty(), "exact iff representable", m.span.start);
    if (!m.representable) fuzz::check(m.value == 0, "unrepresentable value not 0", m.span.start);
    if (m.representable) check_exact(m.exact, m.value, "exact != value");
    fuzz::check(m.exact_upper.empty() || m.upper, "exact_upper without upper", m.span.start);
    if (m.upper && !m.exact_upper.empty())
      check_exact(m.exact_upper, *m.upper, "exact_upper != upper");
    // A range never runs downwards (numbers.h: value is the low end).
    if (m.upper && m.representable && !m.exact_upper.empty())
      fuzz::check(*m.upper >= m.value, "range upper below value", m.span.start, m.span.end);
    fuzz::check(!find_invalid_utf8(m.unit), "unit not UTF-8", m.span.start);
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const NumberRecognizer recognizer;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  auto bad = find_invalid_utf8(text);
  try {
    auto mentions = recognizer.find(text);
    fuzz::check(!bad, "invalid UTF-8 was scanned");
    check_mentions(text, mentions, Span{0, text.size()});
    // A middle third: ends moved inwards onto character boundaries, as
    // numbers.h promises; every mention lies inside.
    Span range{size / 3, size - size / 3};
    while (range.start < range.end && !fuzz::on_boundary(text, range.start)) ++range.start;
    while (range.end > range.start && !fuzz::on_boundary(text, range.end)) --range.end;
    check_mentions(text, recognizer.find(text, Span{size / 3, size - size / 3}), range);
  } catch (const InvalidUtf8& e) {
    fuzz::check(bad && *bad == e.offset(), "InvalidUtf8 offset", e.offset(), bad.value_or(0));
  }
  return 0;
}
