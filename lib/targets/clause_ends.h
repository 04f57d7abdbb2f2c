// How the clauses of a document end (clause_end) and their spans without
// the separator that ends them, for a reader that asks it of every clause:
// answered from the clause's last character, with what clause_end says of
// each character asked of it once.
#ifndef MUBIAO_LIB_TARGETS_CLAUSE_ENDS_H_
#define MUBIAO_LIB_TARGETS_CLAUSE_ENDS_H_

#include <cstddef>
#include <string_view>

#include "data/structure_tables.h"
#include "mubiao/segment.h"
#include "text/utf8.h"

namespace mubiao::targets {

class ClauseEnds {
 public:
  struct Ending {
    ClauseEnd end = ClauseEnd::sentence;
    // The clause without the separator that ends it ("增长7%，" -> "增长7%"),
    // unless it ends its sentence.
    Span span;
  };

  // text: the text the clauses are spans of (Document::text).
  explicit ClauseEnds(std::string_view text) : text_(text) {}

  Ending of(const Unit& clause) {
    const Span s = clause.span;
    if (s.empty() || s.end > text_.size()) return slow(clause);
    std::size_t b = s.end;
    const char32_t c = utf8::decode_before(text_, b);
    Slot& slot = slots_[c % kSlots];
    if (slot.c != c) slot = learn(c, b, s.end);
    // clause_end reads back over closers only: a clause that ends in any
    // other character ends as that character says.
    const ClauseEnd end = slot.closer ? clause_end(text_, clause) : slot.end;
    Ending out{end, s};
    if (end != ClauseEnd::sentence && slot.separator) out.span.end = b;
    return out;
  }

 private:
  struct Slot {
    char32_t c = static_cast<char32_t>(-1);  // no character
    ClauseEnd end = ClauseEnd::sentence;
    bool closer = false;
    bool separator = false;
  };
  static constexpr std::size_t kSlots = 64;

  // What clause_end says of c alone, at text[b, e).
  Slot learn(char32_t c, std::size_t b, std::size_t e) const {
    Slot out;
    out.c = c;
    out.closer = data::structure::is_closer(c);
    out.end = clause_end(text_, Unit{Span{b, e}});
    out.separator = data::structure::is_clause_separator(c);
    return out;
  }

  // An empty clause, or one past the text: as clause_end and a read of the
  // character before its end say.
  Ending slow(const Unit& clause) const {
    Ending out{clause_end(text_, clause), clause.span};
    if (out.end == ClauseEnd::sentence || out.span.empty()) return out;
    std::size_t b = out.span.end;
    if (data::structure::is_clause_separator(utf8::decode_before(text_, b))) out.span.end = b;
    return out;
  }

  std::string_view text_;
  Slot slots_[kSlots];
};

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_CLAUSE_ENDS_H_
