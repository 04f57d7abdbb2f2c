// JSON spellings of the target enums (../shared/spec/OUTPUT.md).
#include "mubiao/targets.h"

namespace mubiao {

const char* stance_name(Stance v) {
  static constexpr const char* k[] = {"target", "achievement"};
  return k[static_cast<int>(v)];
}
const char* measure_name(Measure v) {
  static constexpr const char* k[] = {"level",   "growth",    "avg_growth",
                                      "decline", "increment", "multiple"};
  return k[static_cast<int>(v)];
}
const char* comparator_name(Comparator v) {
  static constexpr const char* k[] = {"eq", "ge", "gt", "le", "lt", "approx", "toward", "range"};
  return k[static_cast<int>(v)];
}
const char* modality_name(Modality v) {
  static constexpr const char* k[] = {"plain", "firm", "strive"};
  return k[static_cast<int>(v)];
}

}  // namespace mubiao
