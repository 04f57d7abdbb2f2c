#include "numbers/fractions.h"

#include <cmath>
#include <string>

#include "numbers/chars.h"
#include "numbers/qualifiers.h"
#include "numbers/units.h"
#include "numbers/values.h"

namespace mubiao::numbers {

ReadResult fraction_mention(const Tables& t, std::string_view text, std::size_t pos,
                            std::size_t end, const Decimal& num, const Decimal& den,
                            std::size_t floor) {
  ReadResult r;
  if (den.is_zero()) return r;
  Found f;
  Mention& m = f.mention;
  const double value = num.to_double() / den.to_double();
  m.kind = NumberKind::fraction;
  m.value = std::isfinite(value) ? value : 0;
  m.representable = std::isfinite(value);
  m.exact = m.representable ? format_double(value) : "";
  m.span = Span{pos, end};
  m.span.end = suffix_qualifier(t, text, end, m);
  prefix_qualifier(t, text, floor, m);
  const std::string a = num.str(), b = den.str();
  if (!a.empty() && !b.empty()) f.rewrites.push_back(Rewrite{Span{pos, end}, a + "/" + b});
  r.found = std::move(f);
  r.next = r.found->mention.span.end;
  return r;
}

namespace {

bool whole(const Numeral& n) {
  return n.ok && !n.upper && !n.point && !n.approximate && n.value.is_integer();
}

}  // namespace

ReadResult bare_fraction(const Tables& t, std::string_view text, std::size_t pos,
                         const Numeral& den, std::size_t end, std::size_t floor, bool after_whole) {
  ReadResult r;
  const LexEntry* infix = match(t.bare_fraction_infix, text, den.end);
  if (!infix || !whole(den) || den.value.is_zero()) return r;
  if (infix->tagged("whole") && !after_whole) return r;  // 十分 alone is "very"
  const std::size_t a = den.end + infix->word.size();
  Numeral num = scan_numeral(text, a, end, t.units);
  if (num.end == a || !whole(num)) return r;
  // The numerator must stand alone: 三份一样, 三份1页, 一又十分一致, 3份1:1000,
  // 3份1-2 are not fractions.
  const char32_t next = at(text, num.end);
  if (utf8::is_han(next) || is_alnum(next) || is_numeral_char(next) || next == U'.' ||
      next == U':' || next == U'/' || unit_at(t, text, num.end) || match(t.range, text, num.end) ||
      match(t.product, text, num.end))
    return r;
  return fraction_mention(t, text, pos, num.end, num.value, den.value, floor);
}

const LexEntry* half_at(const Tables& t, std::string_view text, std::size_t pos) {
  // The usual answer (no word of the list starts here) from the index, not
  // a comparison with each word: read_expression asks at every numeral.
  if (!t.half.match(text, pos)) return nullptr;
  for (const LexEntry& e : t.half.entries()) {
    if (text.compare(pos, e.word.size(), e.word) != 0) continue;
    const std::size_t e_end = pos + e.word.size();
    bool crosses = false;
    for (std::size_t b = pos; !crosses && b < e_end;) {
      utf8::decode(text, b);
      if (b >= e_end) break;
      const LexEntry* idiom = t.idioms.match(text, b);
      crosses = idiom && b + idiom->word.size() > e_end;
    }
    if (!crosses) return &e;
  }
  return nullptr;
}

}  // namespace mubiao::numbers
