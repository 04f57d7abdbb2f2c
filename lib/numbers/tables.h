// The number recognizer's linguistic knowledge, parsed once from the embedded
// tables in lib/data/number_*.txt: units and measure words, qualifiers,
// non-numeric idioms and context cues.
#ifndef MUBIAO_LIB_NUMBERS_TABLES_H_
#define MUBIAO_LIB_NUMBERS_TABLES_H_

#include "numbers/lexicon.h"

namespace mubiao::numbers {

struct Tables {
  Lexicon units;             // word -> role (number_units.txt)
  Lexicon prefix_qualifiers;  // word -> qualifier name
  Lexicon inner_qualifiers;
  Lexicon suffix_qualifiers;
  Lexicon idioms;
  Lexicon ordinal_prefix, ordinal_suffix, party_congress_next, plan_suffix;
  Lexicon fraction_infix, multiple_prefix, multiple_suffix;
  Lexicon range, product, negative;
  Lexicon between, between_close;  // 20和30之间
  Lexicon bound_joiner;       // 大于10并小于20
  Lexicon list_suffix;        // 一是…, 十是…: enumeration, not quantity

  // The tables, parsed on first use (thread-safe) and shared.
  static const Tables& get();
};

}  // namespace mubiao::numbers

#endif  // MUBIAO_LIB_NUMBERS_TABLES_H_
