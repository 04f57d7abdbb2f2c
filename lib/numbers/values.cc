#include "numbers/values.h"

#include <cmath>
#include <cstdio>

#include "numbers/chars.h"

namespace mubiao::numbers {

bool plain_ascii(std::string_view s) {
  for (char c : s)
    if (!((c >= '0' && c <= '9') || c == '.')) return false;
  return true;
}

std::string format_double(double v) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.15g", v);
  return buf;
}

void set_value(Mention& m, const Decimal& v) {
  m.exact = v.str();
  m.value = v.to_double();
  m.representable = !v.overflow() && std::isfinite(m.value);
  if (!m.representable) {
    m.exact.clear();
    m.value = 0;
  }
}

void set_upper(Mention& m, const Decimal& v) {
  double d = v.to_double();
  if (v.overflow() || !std::isfinite(d)) {
    m.representable = false;
    m.exact.clear();
    m.value = 0;
    return;
  }
  m.upper = d;
  m.exact_upper = v.str();
}

void rewrite_numeral(Found& f, std::string_view text, const Numeral& n, std::string replacement) {
  if (plain_ascii(text.substr(n.start, n.end - n.start)) && replacement.empty()) return;
  if (replacement.empty()) replacement = n.value.str();
  if (replacement.empty()) return;  // unrepresentable: keep the original
  if (text.substr(n.start, n.end - n.start) == replacement) return;
  f.rewrites.push_back(Rewrite{Span{n.start, n.end}, std::move(replacement)});
}

}  // namespace mubiao::numbers
