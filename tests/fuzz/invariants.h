// Invariants every fuzz target checks on whatever the library returns: the
// fuzzers look for wrong answers, not only crashes. A violated invariant
// aborts, which libFuzzer and the replay driver both report.
#ifndef MUBIAO_TESTS_FUZZ_INVARIANTS_H_
#define MUBIAO_TESTS_FUZZ_INVARIANTS_H_

#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "mubiao/text.h"

namespace mubiao::fuzz {

[[noreturn]] inline void fail(const char* what, std::size_t a = 0, std::size_t b = 0) {
  std::fprintf(stderr, "invariant violated: %s (%zu, %zu)\n", what, a, b);
  std::abort();
}

inline void check(bool ok, const char* what, std::size_t a = 0, std::size_t b = 0) {
  if (!ok) fail(what, a, b);
}

inline bool on_boundary(std::string_view text, std::size_t i) {
  return i == text.size() || (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
}

// In bounds, not inverted, on character boundaries.
inline void check_span(std::string_view text, Span s, const char* what) {
  check(s.start <= s.end && s.end <= text.size(), what, s.start, s.end);
  check(on_boundary(text, s.start) && on_boundary(text, s.end), what, s.start, s.end);
}

// Spans of one level: each valid, in order, non-overlapping.
template <class Items, class GetSpan>
void check_ordered(std::string_view text, const Items& items, GetSpan span, const char* what) {
  std::size_t last_end = 0;
  for (const auto& item : items) {
    Span s = span(item);
    check_span(text, s, what);
    check(s.start >= last_end, what, s.start, last_end);
    last_end = s.end;
  }
}

inline void check_finite(double v, const char* what) { check(std::isfinite(v), what); }

}  // namespace mubiao::fuzz

#endif  // MUBIAO_TESTS_FUZZ_INVARIANTS_H_
