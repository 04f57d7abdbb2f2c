// Target enums from their JSON spellings ("growth" -> Measure::growth), the
// inverse of measure_name() and friends, for values read from the tables.
#ifndef MUBIAO_LIB_TARGETS_ENUM_NAMES_H_
#define MUBIAO_LIB_TARGETS_ENUM_NAMES_H_

#include <string_view>

#include "mubiao/targets.h"

namespace mubiao::targets {

// The value of E whose name_of() is name, or fallback. count: number of values.
template <typename E>
E from_name(std::string_view name, const char* (*name_of)(E), int count, E fallback) {
  for (int i = 0; i < count; ++i)
    if (name == name_of(static_cast<E>(i))) return static_cast<E>(i);
  return fallback;
}

inline Measure measure_from(std::string_view name) {
  return from_name(name, measure_name, 6, Measure::level);
}
inline Comparator comparator_from(std::string_view name) {
  return from_name(name, comparator_name, 8, Comparator::eq);
}

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_ENUM_NAMES_H_
