// Loading and searching the cue tables (formats described in each table).
#include "targets/cues.h"

#include <algorithm>

#include "data/tables.h"

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
  std::stable_sort(benchmarks_.begin(), benchmarks_.end(),
                   [](const Benchmark& a, const Benchmark& b) {
                     if (a.close.size() != b.close.size()) return a.close.size() > b.close.size();
                     return a.open.size() > b.open.size();
                   });
}

const Cues& Cues::builtin() {
  static const Cues cues;
  return cues;
}

}  // namespace mubiao::targets
