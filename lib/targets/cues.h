// The linguistic knowledge of target extraction, loaded once from the
// embedded tables lib/data/target_*.tsv: cue words and their roles, scope
// words stripped from indicators, section-title cues, benchmark shapes and
// false-friend suffixes. Immutable after construction.
#ifndef MUBIAO_LIB_TARGETS_CUES_H_
#define MUBIAO_LIB_TARGETS_CUES_H_

#include <bitset>
#include <cstddef>
#include <optional>
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
  std::string value;       // a threshold the words state (正增长: 0), "" when none
  std::string unit;        // its unit (%)
  // The reference must name who set the target (省下达, 省定): shapes of
  // completing an assigned target, whose reference ends in a common word
  // (任务, 目标) that alone would say nothing.
  bool assigned() const { return rule.rfind("assigned", 0) == 0; }
};

// A found cue: where it starts and ends inside the searched text.
struct Hit {
  const Cue* cue = nullptr;
  std::size_t start = 0;
  std::size_t end = 0;
  explicit operator bool() const { return cue != nullptr; }
};

// The rows of one table, indexed by their first and last character so that
// a lookup costs a bit test per position, whatever the table's size.
class Table {
 public:
  // known_roles, when given, are the roles the table's schema lists: asking
  // for any other role is a misspelling and throws data::TableError.
  explicit Table(std::vector<Cue> rows, std::vector<std::string> known_roles = {});
  Table(const Table&) = delete;
  Table& operator=(const Table&) = delete;

  const std::vector<Cue>& rows() const { return rows_; }
  auto begin() const { return rows_.begin(); }
  auto end() const { return rows_.end(); }
  std::size_t size() const { return rows_.size(); }

  // The rightmost row of role in text (longest on ties), or an empty Hit.
  // ("" here names the rows without a role.)
  Hit last(std::string_view text, std::string_view role) const;
  // The leftmost row of role in text (longest on ties).
  Hit first(std::string_view text, std::string_view role) const;
  // The leftmost row of any role in text (longest on ties).
  Hit first_of_any(std::string_view text) const;
  // Whether text holds a row of role a and a row of role b (one walk).
  bool holds_both(std::string_view text, std::string_view a, std::string_view b) const;
  // The longest row of role that text starts / ends with ("" role: any).
  Hit prefix(std::string_view text, std::string_view role = {}) const;
  Hit suffix(std::string_view text, std::string_view role = {}) const;
  // The rows of one role, in table order (longest first).
  const std::vector<const Cue*>& with_role(std::string_view role) const;
  // Reads text left to right as rows: at each position the longest row of
  // any role that starts there is reported and skipped.
  template <typename F>
  void each(std::string_view text, F&& f) const {
    for (std::size_t i = 0; i < text.size();) {
      Hit h = at(text, i, kAnyRole);
      if (h) {
        f(h);
        i = h.end;
      } else
        next_char(text, i);
    }
  }

 private:
  static constexpr int kAnyRole = -1, kNoRole = -2;
  // Rows by the first (last) character of their word, longest first. The
  // bitset answers "no row starts with this character" without a lookup,
  // which is the common case.
  struct Index {
    std::bitset<0x10000> any;  // by the character's low 16 bits
    std::vector<std::pair<char32_t, std::vector<const Cue*>>> buckets;  // sorted
    void add(char32_t c, const Cue* cue);
    const std::vector<const Cue*>* find(char32_t c) const;
  };
  struct Role {
    std::string name;
    std::vector<const Cue*> rows;
    std::bitset<0x10000> starts;  // first characters of its rows (low 16 bits)
  };
  // The longest row of role (kAnyRole: any) that starts at text[i].
  Hit at(std::string_view text, std::size_t i, int role) const;
  static void next_char(std::string_view text, std::size_t& i);
  int named_role(std::string_view role) const;  // the role so named, or kNoRole
  int role_id(std::string_view role) const;     // also kAnyRole for ""
  int role_of(const Cue* c) const { return row_role_[static_cast<std::size_t>(c - rows_.data())]; }
  std::vector<Cue> rows_;      // longest first
  std::vector<int> row_role_;  // role id of each row
  Index by_first_, by_last_;
  std::vector<Role> roles_;
  std::vector<std::string> known_roles_;
};

class Cues {
 public:
  // The built-in tables.
  static const Cues& builtin();
  // The built-in tables are read through data/tables.h.
  Cues();

  Hit last(std::string_view text, std::string_view role) const { return cues_.last(text, role); }
  Hit first(std::string_view text, std::string_view role) const { return cues_.first(text, role); }
  Hit prefix(std::string_view text, std::string_view role) const {
    return cues_.prefix(text, role);
  }
  Hit suffix(std::string_view text, std::string_view role) const {
    return cues_.suffix(text, role);
  }

  const Table& cues() const { return cues_; }
  const Table& scope() const { return scope_; }
  const Table& sections() const { return sections_; }
  const Table& false_friends() const { return false_friends_; }
  const std::vector<Benchmark>& benchmarks() const { return benchmarks_; }
  // Whether text holds the opening word of some benchmark shape and some
  // head word: no shape can match without both.
  bool may_hold_benchmark(std::string_view text) const {
    return benchmark_words_->holds_both(text, "open", "head");
  }
  const std::vector<std::string>& benchmark_heads() const { return heads_; }
  // Words naming who assigns a target (下达, 省定), rows "assigner<TAB>word".
  const std::vector<std::string>& assigners() const { return assigners_; }
  // Heads that make a whole reference alone (与全省保持一致), rows "place".
  const std::vector<std::string>& places() const { return places_; }

 private:
  Table cues_, scope_, sections_, false_friends_;
  std::vector<Benchmark> benchmarks_;
  std::optional<Table> benchmark_words_;  // roles "open" and "head"
  std::vector<std::string> heads_, assigners_, places_;
};

// Lookups in a table other than the cue words (scope words, false friends).
inline Hit find_last(std::string_view text, const Table& t, std::string_view role) {
  return t.last(text, role);
}
inline Hit find_prefix(std::string_view text, const Table& t, std::string_view role) {
  return t.prefix(text, role);
}
inline Hit find_suffix(std::string_view text, const Table& t, std::string_view role) {
  return t.suffix(text, role);
}

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_CUES_H_
