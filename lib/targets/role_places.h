// The places of one role's rows in a piece of text, found in one walk of
// it, that then answer CueTable::last for any span inside the piece with no
// walk. The rules ask the same role (the horizon words) of many
// overlapping spans of one piece: the words before each number, then each
// item again when a later statement looks back for a horizon.
#ifndef MUBIAO_LIB_TARGETS_ROLE_PLACES_H_
#define MUBIAO_LIB_TARGETS_ROLE_PLACES_H_

#include <string_view>
#include <vector>

#include "mubiao/text.h"
#include "targets/cues.h"

namespace mubiao::targets {

class RolePlaces {
 public:
  // Reads the places of role's rows in text[piece): at each place, the
  // longest row that ends inside the piece. Keeps the vector's memory (one
  // RolePlaces serves every piece of a thread).
  void read(const Table& table, Role role, std::string_view text, Span piece);
  // table.last(text[s], role), its offsets into text (not into the span):
  // for s inside the piece, from the places; for any other span (or where a
  // row at a place ends past s, when a shorter one may fit) by a walk of s.
  Hit last(Span s) const;
  // Whether some row of the role may lie in s: false only for a span inside
  // the piece where no place is.
  bool may_hold(Span s) const;

 private:
  const Table* table_ = nullptr;
  Role role_;
  std::string_view text_;
  Span piece_;
  std::vector<Hit> places_;  // offsets into text_, in order of place
};

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_ROLE_PLACES_H_
