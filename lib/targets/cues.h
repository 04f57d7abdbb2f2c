// The linguistic knowledge of target extraction, loaded once from the
// embedded tables lib/data/target_*.tsv: cue words and their roles, scope
// words stripped from indicators, benchmark shapes and
// false-friend suffixes. Immutable after construction.
#ifndef MUBIAO_LIB_TARGETS_CUES_H_
#define MUBIAO_LIB_TARGETS_CUES_H_

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "data/cue_table.h"
#include "mubiao/text.h"

namespace mubiao::targets {

using Cue = data::Cue;
using Hit = data::Hit;
using Table = data::CueTable;
using Role = data::CueRole;

// The roles each table's lookups name, resolved once when the tables are
// loaded (a lookup by a role's name searches for the name on every call,
// millions of times per report). Rows of lib/data/target_cues.tsv:
struct CueRoles {
  Role achievement, after, before, existing, horizon, measure, modality, period, respectively, skip,
      skip_before, stock, time, word;
};
// lib/data/target_scope.tsv:
struct ScopeRoles {
  Role abbreviation, compare, cut, goal, head, lead, level, manner, members, not_noun, shared_head,
      trail;
};
// lib/data/target_false_friends.tsv:
struct FalseFriendRoles {
  Role after, before, capacity_unit, count_unit, counter, fact_before, means_after, part_head,
      plan_before, policy_before, rate_base, rate_head, threshold_head, time_measure, unit,
      work_head, support_verb, existing_after, name_tail, light_verb, measure_head, quoted;
};
// The quality classes of lib/data/target_benchmarks.tsv (classes()).
struct ClassRoles {
  Role class_, class_verb, class_adverb, class_tail;
};

struct Benchmark {
  std::string comparator;  // "gt", "ge", "eq"
  std::string open;        // word before the reference (高于, 与)
  std::string close;       // word after it ("" when none: 同步, 以上)
  std::string rule;        // name of the shape
  std::string value;       // a threshold the words state (正增长: 0), "" when none
  std::string unit;        // its unit (%)
  std::string measure;     // the measure the shape says, "" when the words before say it
  // The row of `open` among the opening words Cues::benchmark_words()
  // reports (a row of the table Cues::piece_words() reads): a shape is
  // tried when its row is among them (a pointer compared, not a string).
  const Cue* open_row = nullptr;
  // The row of `close` among the closing words Cues::piece_words() finds
  // (nullptr when the shape has none).
  const Cue* close_row = nullptr;
  // The reference must name who set the target (省下达, 省定): shapes of
  // completing an assigned target, whose reference ends in a common word
  // (任务, 目标) that alone would say nothing.
  bool assigned() const { return rule.rfind("assigned", 0) == 0; }
};

class Cues {
 public:
  // The built-in tables.
  static const Cues& builtin();
  // The built-in tables are read through data/tables.h.
  Cues();

  // Lookups in the cue words, by a role of role() (or a role's name).
  template <typename R>
  Hit last(std::string_view text, R role) const {
    return cues_.last(text, role);
  }
  template <typename R>
  Hit first(std::string_view text, R role) const {
    return cues_.first(text, role);
  }
  // The last cue of role among the words of text read left to right, longest
  // first (力争创建: 力争, not 争创).
  template <typename R>
  Hit last_word(std::string_view text, R role) const {
    return cues_.last_word(text, role);
  }
  // The same from words, the cue words of text (words()).
  Hit last_word(std::string_view text, const std::vector<Hit>& words, Role role) const {
    Hit h;
    cues_.last_words(text, words, &role, 1, &h);
    return h;
  }
  // The cue words of text as each() reads them, appended to out: for a
  // reader that asks several questions of them (the measure cue, the
  // modality, the words an indicator starts after), read once.
  void words(std::string_view text, std::vector<Hit>& out) const { cues_.words(text, out); }
  template <typename R>
  Hit prefix(std::string_view text, R role) const {
    return cues_.prefix(text, role);
  }
  template <typename R>
  Hit suffix(std::string_view text, R role) const {
    return cues_.suffix(text, role);
  }
  // Whether h, a hit of cues(), is a row of role r.
  bool is(const Hit& h, Role r) const { return cues_.has_role(h.cue, r); }
  // The roles of cues(), scope(), false_friends() and classes().
  const CueRoles& role() const { return role_; }
  const ScopeRoles& scope_role() const { return scope_role_; }
  const FalseFriendRoles& false_friend_role() const { return false_friend_role_; }
  const ClassRoles& class_role() const { return class_role_; }

  const Table& cues() const { return cues_; }
  const Table& scope() const { return scope_; }
  const Table& false_friends() const { return false_friends_; }
  const std::vector<Benchmark>& benchmarks() const { return benchmarks_; }
  // What the extractor asks of every piece, found in one walk of it: whether
  // a benchmark may match (no shape matches without a head word, its
  // opening word and its closing word if it has one: 与 alone opens none;
  // no assigned target without an assigner word, 完成 alone completes
  // none; no class without a verb before classes and a class), whether it holds
  // an achievement word, and its last period word (last(period)).
  struct PieceWords {
    bool may_hold_benchmark = false;
    bool holds_achievement = false;
    Hit period;
  };
  PieceWords piece_words(std::string_view text) const;
  // The same, and in the same walk the places of the words
  // benchmark_words() looks for, appended to words (offsets into text):
  // benchmark_words(words, …) then answers for any span of text.
  PieceWords piece_words(std::string_view text, std::vector<Hit>& words) const;
  // What the extractor asks of a piece that holds no number, found in a
  // walk of fewer and rarer words than piece_words() reads: its last period
  // word (as piece_words() finds it), and whether piece_words() may say it
  // may hold a benchmark. A shape of benchmarks() matches only with all of
  // its words, so the walk looks for one of each (the longer of its opening
  // and closing words; any assigner word for an assigned target) and for
  // the classes: a piece that holds none of them holds no benchmark,
  // whatever else it holds (与, 增长, 目标 and 保持 are in most pieces).
  // may_hold_benchmark false here: false in piece_words() too. With
  // achievement, whether the piece holds an achievement word is found in
  // the same walk (as piece_words() finds it), for a piece the rules read.
  struct PieceGate {
    bool may_hold_benchmark = true;
    bool holds_achievement = false;  // asked with achievement only
    Hit period;                      // a row of a table of its own, with the period's value
  };
  PieceGate gate_piece(std::string_view text, bool achievement = false) const;
  // Whether piece_words() of a piece speaks for every clause and item of
  // it: the piece is trimmed (phrase.h's trim), so this holds when no word
  // of a benchmark opens or ends with what trim removes.
  bool piece_holds_items() const { return piece_holds_items_; }
  // What find_benchmark asks of an item, found in one walk of it: the
  // opening words of benchmark shapes it holds, appended to opens, when it
  // also holds a head word (none otherwise: then no shape matches); and
  // whether it holds a verb before classes and a class (returned).
  bool benchmark_words(std::string_view text, std::vector<const Cue*>& opens) const;
  // The same for span of a text whose words piece_words() found (words:
  // offsets into that text, in order, all of them inside span or none of
  // them ending outside the text piece_words() read), with no walk.
  bool benchmark_words(const std::vector<Hit>& words, Span span,
                       std::vector<const Cue*>& opens) const;
  const std::vector<std::string>& benchmark_heads() const { return heads_; }
  // Heads that end the reference of an assigned target only (省定范围: a
  // range alone, 合理范围, names no benchmark), rows "head<TAB>word<TAB>assigned".
  const std::vector<std::string>& assigned_heads() const { return assigned_heads_; }
  // Words naming who assigns a target (下达, 省定), rows "assigner<TAB>word".
  const std::vector<std::string>& assigners() const { return assigners_; }
  // Assigner words that assign only as the whole reference (完成年度任务:
  // the year's share of a constraint; 完成年度化债任务 is the work itself),
  // rows "assigner<TAB>word<TAB>whole"; they are in assigners() too.
  bool assigns_whole_only(std::string_view word) const {
    for (const std::string& w : whole_assigners_)
      if (w == word) return true;
    return false;
  }
  // Heads that make a whole reference alone (与全省保持一致), rows "place".
  const std::vector<std::string>& places() const { return places_; }
  // Quality classes and grades (水质保持Ⅲ类): rows "class", "class_verb",
  // "class_adverb" and "class_tail", a comparator as value where one is said
  // (以上: ge); and the shape of such a benchmark (a level) with comparator c ("eq",
  // "ge"), nullptr when the table names none.
  const Table& classes() const { return *class_words_; }
  const Benchmark* class_shape(std::string_view c) const {
    for (const Benchmark& b : class_shapes_)
      if (b.comparator == c) return &b;
    return nullptr;
  }

 private:
  Table cues_, scope_, false_friends_;
  std::vector<Benchmark> benchmarks_;
  std::optional<Table> benchmark_words_;  // roles "open" and "head"
  std::optional<Table> class_words_;      // roles class, class_verb, class_adverb, class_tail
  std::vector<Benchmark> class_shapes_;
  std::vector<std::string> heads_, assigned_heads_, assigners_, whole_assigners_, places_;
  CueRoles role_;
  ScopeRoles scope_role_;
  FalseFriendRoles false_friend_role_;
  ClassRoles class_role_;
  Role open_, head_;  // of benchmark_words_
  // The rows piece_words() looks for: the opening and head words of
  // benchmark_words_, the closing words of benchmarks_, the assigners, the
  // class verbs and classes of class_words_, the period and achievement
  // words of cues_, each with its own role.
  std::optional<Table> piece_words_;
  bool piece_holds_items_ = true;
  Role piece_open_, piece_head_, piece_class_verb_, piece_class_, piece_period_, piece_achievement_,
      piece_close_, piece_assigner_;
  void build_piece_words();
  // The rows gate_piece() looks for: the period words of cues_, and for
  // each shape one word it cannot match without (role "needed"), with the
  // classes. Empty when opens_and_closes() could not say no for want of
  // room (then every piece passes).
  // The same with the achievement words (gate_achievement_).
  struct Gate {
    std::optional<Table> table;
    Role period, needed, achievement;
  };
  Gate gate_, gate_achievement_;
  void build_piece_gate();
  // Whether some shape has its opening word and its closing word (if any)
  // among words[from...), the places piece_words() found, and, for an
  // assigned target, an assigner word (assigner: the piece holds one).
  bool opens_and_closes(const std::vector<Hit>& words, std::size_t from, bool assigner) const;
  PieceWords read_piece(std::string_view text, Table::RoleSet places,
                        std::vector<Hit>& words) const;
  void resolve_roles();
};

// Lookups in a table other than the cue words (scope words, false friends).
template <typename R>
inline Hit find_last(std::string_view text, const Table& t, R role) {
  return t.last(text, role);
}
template <typename R>
inline Hit find_prefix(std::string_view text, const Table& t, R role) {
  return t.prefix(text, role);
}
template <typename R>
inline Hit find_suffix(std::string_view text, const Table& t, R role) {
  return t.suffix(text, role);
}
// Whether word is a whole row of role in t (a unit listed as a counter).
template <typename R>
inline bool is_row(std::string_view word, const Table& t, R role) {
  const Hit h = t.prefix(word, role);
  return h && h.end == word.size();
}

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_CUES_H_
