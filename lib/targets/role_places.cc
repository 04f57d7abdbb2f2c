// Places of one role's rows in a piece (see role_places.h).
#include "targets/role_places.h"

#include <algorithm>

#include "text/utf8.h"

namespace mubiao::targets {

void RolePlaces::read(const Table& table, Role role, std::string_view text, Span piece) {
  table_ = &table;
  role_ = role;
  text_ = text;
  piece_ = piece;
  places_.clear();
  const std::string_view v = piece.of(text);
  // Each first() finds the leftmost place at or after `from` and, there,
  // the longest row that fits in the piece; the next search starts one
  // character on (rows may overlap).
  for (std::size_t from = 0; from < v.size();) {
    const Hit h = table.first(v.substr(from), role);
    if (!h) break;
    places_.push_back(Hit{h.cue, piece.start + from + h.start, piece.start + from + h.end});
    from += h.start;
    utf8::decode(v, from);
  }
}

Hit RolePlaces::last(Span s) const {
  auto walk = [&] {
    Hit h = table_->last(s.of(text_), role_);
    if (h) h = Hit{h.cue, s.start + h.start, s.start + h.end};
    return h;
  };
  if (s.start < piece_.start || s.end > piece_.end) return walk();
  auto it = std::lower_bound(places_.begin(), places_.end(), s.start,
                             [](const Hit& h, std::size_t pos) { return h.start < pos; });
  // last(): the row that ends last, the earliest place on ties.
  Hit best;
  for (; it != places_.end() && it->start < s.end; ++it) {
    if (it->end > s.end) return walk();  // a shorter row at this place may end inside s
    if (!best || it->end > best.end) best = *it;
  }
  return best;
}

bool RolePlaces::may_hold(Span s) const {
  if (s.start < piece_.start || s.end > piece_.end) return true;
  auto it = std::lower_bound(places_.begin(), places_.end(), s.start,
                             [](const Hit& h, std::size_t pos) { return h.start < pos; });
  return it != places_.end() && it->start < s.end;
}

}  // namespace mubiao::targets
