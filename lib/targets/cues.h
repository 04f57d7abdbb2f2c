// The linguistic knowledge of target extraction, loaded once from the
// embedded tables lib/data/target_*.tsv: cue words and their roles, scope
// words stripped from indicators, section-title cues, benchmark shapes and
// false-friend suffixes. Immutable after construction.
#ifndef MUBIAO_LIB_TARGETS_CUES_H_
#define MUBIAO_LIB_TARGETS_CUES_H_

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace mubiao::targets {

// One row of a table: a word and up to two values.
struct Cue {
  std::string word;
  std::string role;
  std::string value;
};

struct Benchmark {
  std::string comparator;  // "gt", "ge", "eq"
  std::string open;        // word before the reference (高于, 与)
  std::string close;       // word after it ("" when none: 同步, 以上)
  std::string rule;        // name of the shape
};

// A found cue: where it starts and ends inside the searched text.
struct Hit {
  const Cue* cue = nullptr;
  std::size_t start = 0;
  std::size_t end = 0;
  explicit operator bool() const { return cue != nullptr; }
};

class Cues {
 public:
  // The built-in tables.
  static const Cues& builtin();
  // Parses tables in the formats of lib/data (for tests).
  Cues(std::string_view cues, std::string_view scope, std::string_view sections,
       std::string_view benchmarks, std::string_view false_friends);

  // The rightmost cue of role in text (longest on ties), or an empty Hit.
  Hit last(std::string_view text, std::string_view role) const;
  // The leftmost cue of role in text (longest on ties).
  Hit first(std::string_view text, std::string_view role) const;
  // A cue of role that text starts with (longest), or an empty Hit.
  Hit prefix(std::string_view text, std::string_view role) const;
  // A cue of role that text ends with (longest), or an empty Hit.
  Hit suffix(std::string_view text, std::string_view role) const;

  const std::vector<Cue>& scope() const { return scope_; }
  const std::vector<Cue>& sections() const { return sections_; }
  const std::vector<Benchmark>& benchmarks() const { return benchmarks_; }
  const std::vector<std::string>& benchmark_heads() const { return heads_; }
  // The tables' words of one role/where: scope("lead"), false_friends("after").
  std::vector<std::string_view> words(const std::vector<Cue>& table, std::string_view role) const;
  const std::vector<Cue>& cues() const { return cues_; }
  const std::vector<Cue>& false_friends() const { return false_friends_; }

 private:
  Hit search(std::string_view text, const std::vector<Cue>& table, std::string_view role,
             bool rightmost) const;
  std::vector<Cue> cues_, scope_, sections_, false_friends_;
  std::vector<Benchmark> benchmarks_;
  std::vector<std::string> heads_;
};

// Hit search over an arbitrary table (scope words, false friends).
Hit find_last(std::string_view text, const std::vector<Cue>& table, std::string_view role);
Hit find_prefix(std::string_view text, const std::vector<Cue>& table, std::string_view role);
Hit find_suffix(std::string_view text, const std::vector<Cue>& table, std::string_view role);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_CUES_H_
