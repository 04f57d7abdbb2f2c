// Pass-rate bookkeeping shared by the conformance tests: counts per group,
// a printed table, and the committed floors.
#ifndef MUBIAO_TESTS_CONFORMANCE_CONFORMANCE_TABLE_H_
#define MUBIAO_TESTS_CONFORMANCE_CONFORMANCE_TABLE_H_

#include <cstdio>
#include <map>
#include <string>

namespace mubiao::test {

class PassTable {
 public:
  void add(const std::string& group, bool passed) {
    auto& [cases, ok] = rows_[group];
    ++cases;
    ok += passed;
  }
  double rate(const std::string& group) const {
    auto it = rows_.find(group);
    return it == rows_.end() || it->second.first == 0
               ? 1.0
               : double(it->second.second) / it->second.first;
  }
  double total_rate() const {
    int c = 0, p = 0;
    for (const auto& [g, r] : rows_) c += r.first, p += r.second;
    return c ? double(p) / c : 1.0;
  }
  void print(const char* title) const {
    std::printf("%s\n%-28s %6s %6s %7s\n", title, "group", "cases", "pass", "rate");
    int c = 0, p = 0;
    for (const auto& [g, r] : rows_) {
      std::printf("%-28s %6d %6d %6.1f%%\n", g.c_str(), r.first, r.second,
                  100.0 * r.second / r.first);
      c += r.first;
      p += r.second;
    }
    std::printf("%-28s %6d %6d %6.1f%%\n", "total", c, p, c ? 100.0 * p / c : 100.0);
  }

 private:
  std::map<std::string, std::pair<int, int>> rows_;
};

}  // namespace mubiao::test

#endif  // MUBIAO_TESTS_CONFORMANCE_CONFORMANCE_TABLE_H_
