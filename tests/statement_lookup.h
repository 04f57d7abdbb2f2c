// Looking up a statement in the targets of a test text, shared by the
// targets tests: by indicator and value (nullopt: a benchmark), or by value.
#ifndef MUBIAO_TESTS_STATEMENT_LOOKUP_H_
#define MUBIAO_TESTS_STATEMENT_LOOKUP_H_

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "mubiao/targets.h"

namespace mubiao::test {

// The statement on indicator with value (nullopt: a benchmark), or null.
inline const Statement* find(const std::vector<Statement>& v, const std::string& indicator,
                             std::optional<double> value) {
  for (const Statement& s : v) {
    if (s.indicator != indicator) continue;
    if (!value && !s.value) return &s;
    if (value && s.value && std::fabs(*s.value - *value) < 1e-9) return &s;
  }
  return nullptr;
}

inline bool has_value(const std::vector<Statement>& v, double value) {
  return std::any_of(v.begin(), v.end(), [&](const Statement& s) {
    return s.value && std::fabs(*s.value - value) < 1e-9;
  });
}

}  // namespace mubiao::test

// Declares name as the statement on indicator with value, and stops the test
// case when there is none (for files that include Boost.Test first).
#define REQUIRE_STATEMENT(name, v, indicator, value)               \
  const Statement* name = mubiao::test::find(v, indicator, value); \
  BOOST_REQUIRE_MESSAGE(name != nullptr, "no statement " << indicator)

#endif  // MUBIAO_TESTS_STATEMENT_LOOKUP_H_
