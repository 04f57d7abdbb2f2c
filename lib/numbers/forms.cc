#include "numbers/forms.h"

#include <cmath>
#include <cstdio>

#include "numbers/chars.h"
#include "numbers/qualifiers.h"
#include "numbers/units.h"
#include "numbers/values.h"

namespace mubiao::numbers {

ReadResult ordinal_after_prefix(const Tables& t, std::string_view text, std::size_t pos,
                                std::size_t q, std::size_t floor) {
  ReadResult r;
  r.next = q;
  Numeral n = scan_numeral(text, q, text.size(), t.units);
  if (!n.ok || n.upper || n.end == q) {
    if (n.end > q) r.next = n.end;
    return r;
  }
  Found f;
  Mention& m = f.mention;
  m.kind = NumberKind::ordinal;
  set_value(m, n.value);
  std::size_t e = n.end;
  if (const LexEntry* u = unit_at(t, text, e)) {
    m.unit = u->word;
    if (u->tagged("quarter") && n.value.small_int(4) >= 1) m.kind = NumberKind::quarter;
    e += u->word.size();
  } else if (const LexEntry* s = match(t.ordinal_suffix, text, e)) {
    m.unit = s->word;
    e += s->word.size();
  }
  m.span = Span{pos, e};
  rewrite_numeral(f, text, n, {});
  (void)floor;
  r.found = std::move(f);
  r.next = e;
  return r;
}

ReadResult multiple(const Tables& t, std::string_view text, std::size_t pos, std::size_t q) {
  ReadResult r;
  r.next = q;
  unsigned long times = 1;
  std::size_t e = q;
  Numeral n;
  if (const LexEntry* s = match(t.multiple_suffix, text, q)) {
    e = q + s->word.size();  // 翻番: doubled
  } else {
    n = scan_numeral(text, q, text.size(), t.units);
    long k = n.ok && !n.upper ? n.value.small_int(64) : -1;
    const LexEntry* s2 = n.ok ? match(t.multiple_suffix, text, n.end) : nullptr;
    if (k < 1 || !s2) return r;
    times = static_cast<unsigned long>(k);
    e = n.end + s2->word.size();
  }
  Found f;
  Mention& m = f.mention;
  m.kind = NumberKind::multiple;
  Decimal v = Decimal::of(1);
  for (unsigned long i = 0; i < times; ++i) v = v * Decimal::of(2);
  set_value(m, v);
  m.unit = "倍";
  m.span = Span{pos, e};
  if (n.ok) rewrite_numeral(f, text, n, {});
  r.found = std::move(f);
  r.next = e;
  return r;
}

// 百分之五十, 千分之三, 百万分之五, 百 分 之 2: a part per power of ten,
// as percent (千分之三 -> 0.3).
ReadResult per_part(const Tables& t, std::string_view text, std::size_t pos, const Numeral& base,
                    std::size_t floor) {
  ReadResult r;
  if (base.digits || base.upper) return r;  // before the value is printed
  const std::string b = base.value.str();
  if (b.size() < 3 || b[0] != '1' || b.find_first_not_of('0', 1) != std::string::npos) return r;
  std::size_t q = std::string_view::npos;
  for (const LexEntry& e : t.fraction_infix.entries())
    if ((q = loose(text, base.end, e.word)) != std::string_view::npos) break;
  if (q == std::string_view::npos) return r;
  while (q < text.size() && text[q] == ' ') ++q;
  const LexEntry* minus = match(t.negative, text, q);  // 百分之负三点八
  if (minus) q += minus->word.size();
  Numeral n = scan_numeral(text, q, text.size(), t.units);
  if (!n.ok || n.end == q) return r;
  std::size_t e = n.end;
  Decimal v = n.value.shifted(latin_magnitude(text, n, e));
  if (minus) v.negate();
  long scale = 2 - static_cast<long>(b.size() - 1);  // per 10^k -> percent
  Found f;
  Mention& m = f.mention;
  m.kind = NumberKind::percent;
  set_value(m, v.shifted(scale));
  m.unit = "%";
  m.approximate = n.approximate;
  if (n.upper) set_upper(m, n.upper->shifted(scale)), m.kind = NumberKind::range;
  m.span = Span{pos, e};
  m.span.end = suffix_qualifier(t, text, e, m);
  prefix_qualifier(t, text, floor, m);
  if (!m.exact.empty()) f.rewrites.push_back(Rewrite{Span{pos, e}, m.exact + "%"});
  r.found = std::move(f);
  r.next = m.span.end;
  return r;
}

// 十四五: the fourteenth five-year plan.
ReadResult plan(const Tables& t, std::string_view text, std::size_t pos) {
  ReadResult r;
  std::size_t a, b;
  if (at(text, pos, a) != U'十') return r;
  NumCharInfo d = classify(at(text, a, b));
  if (d.kind != NumChar::digit) return r;
  const LexEntry* s = match(t.plan_suffix, text, b);
  if (!s) return r;
  std::size_t e = b + s->word.size();
  if (is_numeral_char(at(text, e))) return r;
  Found f;
  f.mention.kind = NumberKind::ordinal;
  set_value(f.mention, Decimal::of(static_cast<unsigned long>(10 + d.value)));
  f.mention.span = Span{pos, e};
  r.found = std::move(f);
  r.next = e;
  return r;
}

}  // namespace mubiao::numbers
