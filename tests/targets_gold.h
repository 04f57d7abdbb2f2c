// Reading the hand-made target annotations of tests/data/targets/*.tsv and
// scoring extracted statements against them (used by the eval test).
#ifndef MUBIAO_TESTS_TARGETS_GOLD_H_
#define MUBIAO_TESTS_TARGETS_GOLD_H_

#include <cmath>
#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

#include "mubiao/targets.h"

namespace mubiao::test {

struct GoldRecord {
  std::string file, evidence, indicator, measure, comparator;
  std::optional<double> value, upper;
  std::string unit, modality, stance, reference;
  bool headline = false;  // column 12: part of the 主要预期目标 passage
};

struct GoldFile {
  bool file_scope = false;         // "# scope: file": every record of the stance in a file counts
  Stance stance = Stance::target;  // "# stance: achievement": the records scored
  // "# from: TEXT" / "# to: TEXT": the annotated part of the file runs from the
  // first occurrence of `from` to the next occurrence of `to` (or the end);
  // precision is scored over the records inside it (city annotations).
  std::string part_from, part_to;
  std::string batch;  // "# batch: NAME": annotation round (city annotations)
  std::vector<GoldRecord> records;
};

inline std::vector<std::string> split_tabs(const std::string& line) {
  std::vector<std::string> out;
  std::string cell;
  std::istringstream in(line);
  while (std::getline(in, cell, '\t')) out.push_back(cell);
  if (!line.empty() && line.back() == '\t') out.emplace_back();
  return out;
}

inline GoldFile read_gold(const std::string& path) {
  GoldFile g;
  std::ifstream in(path);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (line.rfind("# scope: file", 0) == 0) g.file_scope = true;
    if (line.rfind("# stance: achievement", 0) == 0) g.stance = Stance::achievement;
    if (line.rfind("# from: ", 0) == 0) g.part_from = line.substr(8);
    if (line.rfind("# to: ", 0) == 0) g.part_to = line.substr(6);
    if (line.rfind("# batch: ", 0) == 0) g.batch = line.substr(9);
    if (line.empty() || line[0] == '#') continue;
    if (header) {
      header = false;
      continue;
    }
    auto c = split_tabs(line);
    c.resize(12);
    GoldRecord r;
    r.file = c[0];
    r.evidence = c[1];
    r.indicator = c[2];
    r.measure = c[3];
    r.comparator = c[4];
    if (!c[5].empty()) r.value = std::stod(c[5]);
    if (!c[6].empty()) r.upper = std::stod(c[6]);
    r.unit = c[7];
    r.modality = c[8];
    r.stance = c[9];
    r.reference = c[10];
    r.headline = c[11] == "1";
    g.records.push_back(r);
  }
  return g;
}

// Share of character bigrams in common (Dice), 1 when one contains the other.
inline double indicator_similarity(const std::string& a, const std::string& b) {
  if (a.empty() || b.empty()) return 0;
  if (a.find(b) != std::string::npos || b.find(a) != std::string::npos) return 1;
  auto chars = [](const std::string& s) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < s.size();) {
      std::size_t n = 1;
      const auto c = static_cast<unsigned char>(s[i]);
      if (c >= 0xF0)
        n = 4;
      else if (c >= 0xE0)
        n = 3;
      else if (c >= 0xC0)
        n = 2;
      out.push_back(s.substr(i, n));
      i += n;
    }
    return out;
  };
  auto ca = chars(a), cb = chars(b);
  std::vector<std::string> ba, bb;
  for (std::size_t i = 0; i + 1 < ca.size(); ++i) ba.push_back(ca[i] + ca[i + 1]);
  for (std::size_t i = 0; i + 1 < cb.size(); ++i) bb.push_back(cb[i] + cb[i + 1]);
  if (ba.empty() || bb.empty()) return 0;
  std::size_t common = 0;
  std::vector<bool> used(bb.size());
  for (const auto& x : ba)
    for (std::size_t j = 0; j < bb.size(); ++j)
      if (!used[j] && bb[j] == x) {
        used[j] = true;
        ++common;
        break;
      }
  return 2.0 * common / (ba.size() + bb.size());
}

inline bool same_value(const std::optional<double>& a, const std::optional<double>& b) {
  if (!a || !b) return !a && !b;
  return std::fabs(*a - *b) <= 1e-9 * std::max(1.0, std::fabs(*a));
}

}  // namespace mubiao::test

#endif  // MUBIAO_TESTS_TARGETS_GOLD_H_
