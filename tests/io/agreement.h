// Agreement between the target records of a report read from another format
// and those of its UTF-8 text: F1 over the multiset of (stance, indicator,
// value, unit, comparator, modality), the fields a researcher analyses.
#ifndef MUBIAO_TESTS_IO_AGREEMENT_H_
#define MUBIAO_TESTS_IO_AGREEMENT_H_

#include <cstdio>
#include <map>
#include <string>
#include <tuple>
#include <vector>

#include "mubiao/pipeline.h"
#include "mubiao/targets.h"

namespace mubiao::test {

using RecordKey =
    std::tuple<std::string, std::string, std::string, std::string, std::string, std::string>;

inline std::map<RecordKey, int> record_keys(const Pipeline& p, const std::string& text) {
  std::map<RecordKey, int> keys;
  for (const Statement& s : p.targets(text)) {
    char value[64] = "";
    if (s.value) std::snprintf(value, sizeof value, "%.6g", *s.value);
    ++keys[{stance_name(s.stance), s.indicator, value, s.unit, comparator_name(s.comparator),
            modality_name(s.modality)}];
  }
  return keys;
}

struct Agreement {
  long matched = 0, expected = 0, found = 0;
  void add(const std::map<RecordKey, int>& want, const std::map<RecordKey, int>& got) {
    for (const auto& [k, n] : want) {
      expected += n;
      auto it = got.find(k);
      if (it != got.end()) matched += std::min(n, it->second);
    }
    for (const auto& kv : got) found += kv.second;
  }
  double f1() const {
    return expected + found == 0 ? 1.0 : 2.0 * matched / static_cast<double>(expected + found);
  }
};

}  // namespace mubiao::test

#endif  // MUBIAO_TESTS_IO_AGREEMENT_H_
