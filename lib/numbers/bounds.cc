// Lower and upper bounds joined into one range (大于10小于20).
#include <cstddef>
#include <string_view>

#include "numbers/chars.h"
#include "numbers/expression.h"
#include "numbers/qualifiers.h"

namespace mubiao::numbers {

namespace {
bool same_family(NumberKind a, NumberKind b) {
  auto plain = [](NumberKind k) { return k == NumberKind::cardinal || k == NumberKind::decimal; };
  return a == b || (plain(a) && plain(b));
}
}  // namespace

// 大于10小于20, 1000以上、1500以下, 最多100最少20: a lower and an upper bound
// of the same unit joined into one range.
void merge_bounds(const Tables& t, std::string_view text, std::size_t end, Found& first, int depth,
                  bool rewrites) {
  Mention& a = first.mention;
  if (a.upper || !a.representable || !(lower_bound(a.qualifier) || upper_bound(a.qualifier)))
    return;
  std::size_t p = a.span.end;
  for (int k = 0; k < 4; ++k) {
    while (p < end && text[p] == ' ') ++p;
    const LexEntry* j = match(t.bound_joiner, text.substr(0, end), p);
    if (!j) break;
    p += j->word.size();
  }
  while (p < end && text[p] == ' ') ++p;
  std::size_t num = p;
  if (const LexEntry* q = t.prefix_qualifiers.match(text.substr(0, end), p))
    num = p + q->word.size();
  if (num >= end) return;
  // The second bound is read without merging further (kMaxDepth).
  ReadResult b = read_expression(t, text, num, end, p, rewrites, kMaxDepth);
  (void)depth;
  if (!b.found) return;
  const Mention& c = b.found->mention;
  // The unit may be written once, on the second bound (最多100最少20个).
  if (c.span.start != p || c.upper || !c.representable || (c.unit != a.unit && !a.unit.empty()) ||
      !same_family(a.kind, c.kind))
    return;
  const Mention *lo = nullptr, *hi = nullptr;
  if (lower_bound(a.qualifier) && upper_bound(c.qualifier) && a.value < c.value)
    lo = &a, hi = &c;
  else if (upper_bound(a.qualifier) && lower_bound(c.qualifier) && c.value < a.value)
    lo = &c, hi = &a;
  if (!lo) return;
  Mention merged = a;
  merged.value = lo->value;
  merged.exact = lo->exact;
  merged.upper = hi->value;
  merged.exact_upper = hi->exact;
  merged.kind = NumberKind::range;
  merged.qualifier = Qualifier::none;
  merged.span.end = c.span.end;
  merged.unit = c.unit;
  for (const Rewrite& rw : b.found->rewrites) first.rewrites.push_back(rw);
  first.mention = merged;
}

}  // namespace mubiao::numbers
