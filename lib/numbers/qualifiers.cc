#include "numbers/qualifiers.h"

#include <cmath>
#include <cstdio>

#include "numbers/chars.h"
#include "numbers/units.h"

namespace mubiao::numbers {

Qualifier qualifier_of(std::string_view name) {
  if (name == "over") return Qualifier::over;
  if (name == "about") return Qualifier::about;
  if (name == "at_least") return Qualifier::at_least;
  if (name == "at_most") return Qualifier::at_most;
  if (name == "nearly") return Qualifier::nearly;
  return Qualifier::none;
}

// Extends a mention over a suffix qualifier (左右, 以上 …) at q.
std::size_t suffix_qualifier(const Tables& t, std::string_view text, std::size_t q, Mention& m) {
  if (const LexEntry* e = match(t.suffix_qualifiers, text, q)) {
    if (m.qualifier == Qualifier::none) m.qualifier = qualifier_of(e->tag);
    return q + e->word.size();
  }
  return q;
}

// Extends a mention back over a prefix qualifier (约, 超过, 不低于 …).
void prefix_qualifier(const Tables& t, std::string_view text, std::size_t floor, Mention& m) {
  if (const LexEntry* e = t.prefix_qualifiers.match_before(text, m.span.start, floor)) {
    // 最近3年, 附近5公里: the qualifier's character ends another word.
    const LexEntry* w = t.not_prefix.match_before(text, m.span.start, floor);
    if (w && w->word.size() > e->word.size()) return;
    m.span.start -= e->word.size();
    if (m.qualifier == Qualifier::none) m.qualifier = qualifier_of(e->tag);
  }
}

// 余/多/来 between a number and its unit, and magnitudes after them (3千多万).
std::size_t inner_qualifier(const Tables& t, std::string_view text, std::size_t q, Decimal& v,
                            Qualifier& qual) {
  const LexEntry* e = match(t.inner_qualifiers, text, q);
  if (!e) return q;
  std::size_t a = q + e->word.size(), me;
  int p = scan_magnitudes(text, a, text.size(), t.units, me);
  bool unit_next = unit_at(t, text, me) != nullptr;
  // 余 always qualifies; 多/来 only before a unit or magnitude (多个 is a unit
  // use, 多种 a word of its own).
  if (!e->is("余") && p == 0 && !unit_next) return q;
  qual = qualifier_of(e->tag);
  if (p) v = v.shifted(p);
  return me;
}

bool lower_bound(Qualifier q) { return q == Qualifier::over || q == Qualifier::at_least; }

bool upper_bound(Qualifier q) { return q == Qualifier::at_most || q == Qualifier::nearly; }

}  // namespace mubiao::numbers
