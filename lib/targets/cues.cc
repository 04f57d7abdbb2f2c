// Loading and searching the cue tables (formats described in each table).
#include "targets/cues.h"

#include <algorithm>

namespace mubiao::data {
extern const char target_cues_tsv[];
extern const std::size_t target_cues_tsv_size;
extern const char target_scope_tsv[];
extern const std::size_t target_scope_tsv_size;
extern const char target_sections_tsv[];
extern const std::size_t target_sections_tsv_size;
extern const char target_benchmarks_tsv[];
extern const std::size_t target_benchmarks_tsv_size;
extern const char target_false_friends_tsv[];
extern const std::size_t target_false_friends_tsv_size;
}  // namespace mubiao::data

namespace mubiao::targets {
namespace {

// Rows of a tab-separated table; '#' lines and blank lines are comments.
std::vector<std::vector<std::string>> rows(std::string_view table) {
  std::vector<std::vector<std::string>> out;
  while (!table.empty()) {
    std::size_t nl = table.find('\n');
    std::string_view line = table.substr(0, nl);
    table = nl == std::string_view::npos ? std::string_view() : table.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    while (true) {
      std::size_t tab = line.find('\t');
      cells.emplace_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line = line.substr(tab + 1);
    }
    if (!cells[0].empty()) out.push_back(std::move(cells));
  }
  return out;
}

std::vector<Cue> cue_table(std::string_view table) {
  std::vector<Cue> out;
  for (auto& r : rows(table)) {
    r.resize(3);
    out.push_back(Cue{r[0], r[1], r[2]});
  }
  // Longest words first, so that the first match at a position is the longest.
  std::stable_sort(out.begin(), out.end(),
                   [](const Cue& a, const Cue& b) { return a.word.size() > b.word.size(); });
  return out;
}

Hit search_table(std::string_view text, const std::vector<Cue>& table, std::string_view role,
                 bool rightmost) {
  Hit best;
  for (const Cue& c : table) {
    if (c.role != role) continue;
    std::size_t at = rightmost ? text.rfind(c.word) : text.find(c.word);
    if (at == std::string_view::npos) continue;
    const std::size_t end = at + c.word.size();
    const bool better = !best || (rightmost ? (end > best.end || (end == best.end && at < best.start))
                                            : (at < best.start || (at == best.start && end > best.end)));
    if (better) best = Hit{&c, at, end};
  }
  return best;
}

}  // namespace

Hit find_last(std::string_view text, const std::vector<Cue>& table, std::string_view role) {
  return search_table(text, table, role, true);
}

Hit find_prefix(std::string_view text, const std::vector<Cue>& table, std::string_view role) {
  for (const Cue& c : table)  // longest first
    if (c.role == role && text.substr(0, c.word.size()) == c.word) return Hit{&c, 0, c.word.size()};
  return {};
}

Hit find_suffix(std::string_view text, const std::vector<Cue>& table, std::string_view role) {
  for (const Cue& c : table)
    if (c.role == role && text.size() >= c.word.size() &&
        text.substr(text.size() - c.word.size()) == c.word)
      return Hit{&c, text.size() - c.word.size(), text.size()};
  return {};
}

Cues::Cues(std::string_view cues, std::string_view scope, std::string_view sections,
           std::string_view benchmarks, std::string_view false_friends)
    : cues_(cue_table(cues)), scope_(cue_table(scope)), sections_(cue_table(sections)),
      false_friends_(cue_table(false_friends)) {
  for (auto& r : rows(benchmarks)) {
    r.resize(4);
    if (r[0] == "head") heads_.push_back(r[1]);
    else benchmarks_.push_back(Benchmark{r[0], r[1], r[2], r[3]});
  }
  // Shapes with a closing word first: 与…基本同步 before 高于….
  std::stable_sort(benchmarks_.begin(), benchmarks_.end(), [](const Benchmark& a, const Benchmark& b) {
    return a.close.size() > b.close.size();
  });
}

const Cues& Cues::builtin() {
  static const Cues cues(
      std::string_view(data::target_cues_tsv, data::target_cues_tsv_size),
      std::string_view(data::target_scope_tsv, data::target_scope_tsv_size),
      std::string_view(data::target_sections_tsv, data::target_sections_tsv_size),
      std::string_view(data::target_benchmarks_tsv, data::target_benchmarks_tsv_size),
      std::string_view(data::target_false_friends_tsv, data::target_false_friends_tsv_size));
  return cues;
}

Hit Cues::search(std::string_view text, const std::vector<Cue>& table, std::string_view role,
                 bool rightmost) const {
  return search_table(text, table, role, rightmost);
}
Hit Cues::last(std::string_view text, std::string_view role) const {
  return search(text, cues_, role, true);
}
Hit Cues::first(std::string_view text, std::string_view role) const {
  return search(text, cues_, role, false);
}
Hit Cues::prefix(std::string_view text, std::string_view role) const {
  return find_prefix(text, cues_, role);
}
Hit Cues::suffix(std::string_view text, std::string_view role) const {
  return find_suffix(text, cues_, role);
}

std::vector<std::string_view> Cues::words(const std::vector<Cue>& table,
                                          std::string_view role) const {
  std::vector<std::string_view> out;
  for (const Cue& c : table)
    if (c.role == role) out.push_back(c.word);
  return out;
}

}  // namespace mubiao::targets
