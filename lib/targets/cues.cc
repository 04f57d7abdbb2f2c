// Loading and searching the cue tables (formats described in each table).
#include "targets/cues.h"

#include <algorithm>
#include <cstdint>

#include "data/tables.h"
#include "targets/phrase.h"

namespace mubiao::targets {
Cues::Cues()
    : cues_(data::cue_table(data::TableId::target_cues)),
      scope_(data::cue_table(data::TableId::target_scope)),
      false_friends_(data::cue_table(data::TableId::target_false_friends)) {
  // comparator<TAB>open<TAB>close<TAB>rule[<TAB>value<TAB>unit], and
  // head/assigner/place<TAB>word, and class*<TAB>word[<TAB>comparator].
  std::vector<Cue> classes;
  for (const data::TableRow& r : data::table(data::TableId::target_benchmarks).rows()) {
    if (r.cell(0).rfind("class", 0) == 0)
      classes.push_back(
          Cue{std::string(r.cell(1)), std::string(r.cell(0)), std::string(r.cell(2))});
    else if (r.cell(0) == "head")
      (r.cell(2) == "assigned" ? assigned_heads_ : heads_).emplace_back(r.cell(1));
    else if (r.cell(0) == "assigner")
      (r.cell(2) == "whole" ? whole_assigners_ : assigners_).emplace_back(r.cell(1));
    else if (r.cell(0) == "place")
      places_.emplace_back(r.cell(1)), heads_.emplace_back(r.cell(1));
    else
      benchmarks_.push_back(Benchmark{std::string(r.cell(0)), std::string(r.cell(1)),
                                      std::string(r.cell(2)), std::string(r.cell(3)),
                                      std::string(r.cell(4)), std::string(r.cell(5)), ""});
  }
  // Completing or keeping within what a level above set is a level
  // (单位GDP能耗降低率完成省下达任务: not a decline).
  for (Benchmark& b : benchmarks_)
    if (b.assigned()) b.measure = "level";
  std::vector<Cue> words;
  for (const Benchmark& b : benchmarks_) {
    words.push_back(Cue{b.open, "open", ""});
    // A threshold in words (正增长) needs no reference after it.
    if (!b.value.empty()) words.push_back(Cue{b.open, "head", ""});
  }
  // An assigner that must be the whole reference is looked for like any other.
  assigners_.insert(assigners_.end(), whole_assigners_.begin(), whole_assigners_.end());
  for (const auto* hs : {&heads_, &assigned_heads_})
    for (const std::string& h : *hs) words.push_back(Cue{h, "head", ""});
  benchmark_words_.emplace(std::move(words));
  // A quality class is eq unless a word says at least (以上, 好于).
  class_shapes_.push_back(Benchmark{"eq", "", "", "quality-class", "", "", "level"});
  for (const Cue& c : classes)
    if (!c.value.empty() && !class_shape(c.value))
      class_shapes_.push_back(Benchmark{c.value, "", "", "quality-class", "", "", "level"});
  class_words_.emplace(std::move(classes), std::vector<std::string>{"class", "class_verb",
                                                                    "class_adverb", "class_tail"});
  // Shapes with a closing word first (与…基本同步 before 高于…), then the
  // longer opening word (不高于 before 高于).
  resolve_roles();
  build_piece_words();
  for (Benchmark& b : benchmarks_)
    for (const Cue* c : piece_words_->with_role(piece_open_))
      if (c->word == b.open) b.open_row = c;
  for (Benchmark& b : benchmarks_)
    for (const Cue* c : piece_words_->with_role(piece_close_))
      if (c->word == b.close) b.close_row = c;
  build_piece_gate();
  std::stable_sort(benchmarks_.begin(), benchmarks_.end(),
                   [](const Benchmark& a, const Benchmark& b) {
                     if (a.close.size() != b.close.size()) return a.close.size() > b.close.size();
                     return a.open.size() > b.open.size();
                   });
}

// Each role by its name in its table: a name the table's schema does not
// list throws (data::TableError) here, at load time.
void Cues::resolve_roles() {
  role_.achievement = cues_.role("achievement");
  role_.after = cues_.role("after");
  role_.before = cues_.role("before");
  role_.existing = cues_.role("existing");
  role_.horizon = cues_.role("horizon");
  role_.measure = cues_.role("measure");
  role_.modality = cues_.role("modality");
  role_.period = cues_.role("period");
  role_.respectively = cues_.role("respectively");
  role_.skip = cues_.role("skip");
  role_.skip_before = cues_.role("skip_before");
  role_.stock = cues_.role("stock");
  role_.time = cues_.role("time");
  role_.word = cues_.role("word");
  scope_role_.abbreviation = scope_.role("abbreviation");
  scope_role_.compare = scope_.role("compare");
  scope_role_.cut = scope_.role("cut");
  scope_role_.goal = scope_.role("goal");
  scope_role_.head = scope_.role("head");
  scope_role_.lead = scope_.role("lead");
  scope_role_.level = scope_.role("level");
  scope_role_.manner = scope_.role("manner");
  scope_role_.members = scope_.role("members");
  scope_role_.not_noun = scope_.role("not_noun");
  scope_role_.shared_head = scope_.role("shared_head");
  scope_role_.trail = scope_.role("trail");
  false_friend_role_.after = false_friends_.role("after");
  false_friend_role_.before = false_friends_.role("before");
  false_friend_role_.capacity_unit = false_friends_.role("capacity_unit");
  false_friend_role_.count_unit = false_friends_.role("count_unit");
  false_friend_role_.counter = false_friends_.role("counter");
  false_friend_role_.fact_before = false_friends_.role("fact_before");
  false_friend_role_.means_after = false_friends_.role("means_after");
  false_friend_role_.part_head = false_friends_.role("part_head");
  false_friend_role_.plan_before = false_friends_.role("plan_before");
  false_friend_role_.policy_before = false_friends_.role("policy_before");
  false_friend_role_.support_verb = false_friends_.role("support_verb");
  false_friend_role_.existing_after = false_friends_.role("existing_after");
  false_friend_role_.name_tail = false_friends_.role("name_tail");
  false_friend_role_.light_verb = false_friends_.role("light_verb");
  false_friend_role_.measure_head = false_friends_.role("measure_head");
  false_friend_role_.quoted = false_friends_.role("quoted");
  false_friend_role_.rate_base = false_friends_.role("rate_base");
  false_friend_role_.rate_head = false_friends_.role("rate_head");
  false_friend_role_.threshold_head = false_friends_.role("threshold_head");
  false_friend_role_.time_measure = false_friends_.role("time_measure");
  false_friend_role_.unit = false_friends_.role("unit");
  false_friend_role_.work_head = false_friends_.role("work_head");
  class_role_.class_ = class_words_->role("class");
  class_role_.class_verb = class_words_->role("class_verb");
  class_role_.class_adverb = class_words_->role("class_adverb");
  class_role_.class_tail = class_words_->role("class_tail");
  open_ = benchmark_words_->role("open");
  head_ = benchmark_words_->role("head");
}

// The rows of the roles piece_words() and benchmark_words() ask about,
// copied under role names of their own (two tables may name a role alike).
void Cues::build_piece_words() {
  std::vector<Cue> rows;
  // A word is listed once per role (与 opens several shapes): the walk
  // tests each row at every place its first character is.
  auto add = [&](const Table& t, Role r, const char* as) {
    for (const Cue* c : t.with_role(r))
      if (std::none_of(rows.begin(), rows.end(),
                       [&](const Cue& o) { return o.word == c->word && o.role == as; }))
        rows.push_back(Cue{c->word, as, c->value});
  };
  add(*benchmark_words_, open_, "open");
  add(*benchmark_words_, head_, "head");
  add(*class_words_, class_role_.class_verb, "class_verb");
  add(*class_words_, class_role_.class_, "class");
  for (const Benchmark& b : benchmarks_)
    if (!b.close.empty() && std::none_of(rows.begin(), rows.end(), [&](const Cue& o) {
          return o.word == b.close && o.role == "close";
        }))
      rows.push_back(Cue{b.close, "close", ""});
  for (const std::string& a : assigners_)
    if (std::none_of(rows.begin(), rows.end(),
                     [&](const Cue& o) { return o.word == a && o.role == "assigner"; }))
      rows.push_back(Cue{a, "assigner", ""});
  for (const Cue& c : rows)
    piece_holds_items_ =
        piece_holds_items_ && trim(c.word, Span{0, c.word.size()}).size() == c.word.size();
  add(cues_, role_.period, "period");
  add(cues_, role_.achievement, "achievement");
  piece_words_.emplace(std::move(rows));
  piece_open_ = piece_words_->role("open");
  piece_head_ = piece_words_->role("head");
  piece_class_verb_ = piece_words_->role("class_verb");
  piece_class_ = piece_words_->role("class");
  piece_period_ = piece_words_->role("period");
  piece_achievement_ = piece_words_->role("achievement");
  piece_close_ = piece_words_->role("close");
  piece_assigner_ = piece_words_->role("assigner");
}

namespace {
// Rows of the piece table opens_and_closes() tells apart by their place
// (rows past it count as found).
constexpr std::size_t kPieceRows = 256;
}  // namespace

void Cues::build_piece_gate() {
  if (piece_words_->size() > kPieceRows) return;
  std::vector<Cue> rows;
  auto add = [&](const std::string& word, const char* role, const std::string& value) {
    if (std::none_of(rows.begin(), rows.end(),
                     [&](const Cue& o) { return o.word == word && o.role == role; }))
      rows.push_back(Cue{word, role, value});
  };
  for (const Cue* c : cues_.with_role(role_.period)) add(c->word, "period", c->value);
  // read_piece: a class verb and a class, or a shape's opening word, a
  // head word, its closing word if it has one and an assigner word if it
  // is assigned. The longer word of a shape is taken as the rarer.
  for (const Cue* c : class_words_->with_role(class_role_.class_)) add(c->word, "needed", "");
  bool assigned = false;
  for (const Benchmark& b : benchmarks_) {
    if (b.assigned()) {
      assigned = true;
      continue;
    }
    add(b.close.size() > b.open.size() ? b.close : b.open, "needed", "");
  }
  if (assigned)
    for (const std::string& a : assigners_) add(a, "needed", "");
  std::vector<Cue> with_achievement = rows;
  for (const Cue* c : cues_.with_role(role_.achievement))
    with_achievement.push_back(Cue{c->word, "achievement", ""});
  for (auto [gate, gate_rows] :
       {std::pair{&gate_, &rows}, {&gate_achievement_, &with_achievement}}) {
    gate->table.emplace(std::move(*gate_rows));
    gate->period = gate->table->role("period");
    gate->needed = gate->table->role("needed");
    gate->achievement = gate->table->role("achievement");
  }
}

Cues::PieceGate Cues::gate_piece(std::string_view text, bool achievement) const {
  PieceGate out;
  const Gate& gate = achievement ? gate_achievement_ : gate_;
  if (!gate.table) {
    const PieceWords words = piece_words(text);
    out.may_hold_benchmark = words.may_hold_benchmark;
    out.holds_achievement = achievement && words.holds_achievement;
    out.period = words.period;
    return out;
  }
  const Table::RoleSet set = gate.table->roles_in(text, gate.period, out.period);
  out.may_hold_benchmark = Table::holds(set, gate.needed);
  out.holds_achievement = Table::holds(set, gate.achievement);
  return out;
}

bool Cues::benchmark_words(std::string_view text, std::vector<const Cue*>& opens) const {
  const std::size_t from = opens.size();
  const Table::RoleSet set = piece_words_->roles_in(text, piece_open_, opens);
  if (!Table::holds(set, piece_head_)) opens.resize(from);
  return Table::holds(set, piece_class_verb_) && Table::holds(set, piece_class_);
}

bool Cues::benchmark_words(const std::vector<Hit>& words, Span span,
                           std::vector<const Cue*>& opens) const {
  const std::size_t from = opens.size();
  Table::RoleSet set = 0;
  for (const Hit& h : words) {
    if (h.start < span.start || h.end > span.end) continue;
    const Role r = piece_words_->role_of(h.cue);
    set |= Table::set_of(r);
    if (r == piece_open_) opens.push_back(h.cue);
  }
  if (!Table::holds(set, piece_head_)) opens.resize(from);
  return Table::holds(set, piece_class_verb_) && Table::holds(set, piece_class_);
}

Cues::PieceWords Cues::piece_words(std::string_view text) const {
  std::vector<Hit> words;  // the places of opening and closing words
  return read_piece(text, Table::set_of(piece_open_) | Table::set_of(piece_close_), words);
}

Cues::PieceWords Cues::piece_words(std::string_view text, std::vector<Hit>& words) const {
  return read_piece(text,
                    Table::set_of(piece_open_) | Table::set_of(piece_head_) |
                        Table::set_of(piece_class_verb_) | Table::set_of(piece_class_) |
                        Table::set_of(piece_close_),
                    words);
}

Cues::PieceWords Cues::read_piece(std::string_view text, Table::RoleSet places,
                                  std::vector<Hit>& words) const {
  PieceWords out;
  const std::size_t from = words.size();
  const Table::RoleSet set = piece_words_->roles_in(text, piece_period_, out.period, places, words);
  const auto holds = [&](Role r) { return Table::holds(set, r); };
  out.may_hold_benchmark = (holds(piece_class_verb_) && holds(piece_class_)) ||
                           (holds(piece_open_) && holds(piece_head_) &&
                            opens_and_closes(words, from, holds(piece_assigner_)));
  out.holds_achievement = holds(piece_achievement_);
  return out;
}

bool Cues::opens_and_closes(const std::vector<Hit>& words, std::size_t from, bool assigner) const {
  // The rows found, as bits by their place in the piece table (a table of
  // more rows would have those past kRows count as found, which keeps the
  // answer sound).
  constexpr std::size_t kRows = kPieceRows;
  std::uint64_t found[kRows / 64] = {};
  const Cue* first = piece_words_->rows().data();
  for (std::size_t k = from; k < words.size(); ++k)
    if (const auto i = static_cast<std::size_t>(words[k].cue - first); i < kRows)
      found[i / 64] |= std::uint64_t{1} << (i % 64);
  const auto holds = [&](const Cue* c) {
    const auto i = static_cast<std::size_t>(c - first);
    return i >= kRows || ((found[i / 64] >> (i % 64)) & 1u) != 0;  // too far: may hold
  };
  for (const Benchmark& b : benchmarks_)
    if (holds(b.open_row) && (!b.close_row || holds(b.close_row)) && (assigner || !b.assigned()))
      return true;
  return false;
}

const Cues& Cues::builtin() {
  static const Cues cues;
  return cues;
}

}  // namespace mubiao::targets
