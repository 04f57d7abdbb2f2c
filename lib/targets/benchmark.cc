// Benchmark shapes (see benchmark.h).
#include "targets/benchmark.h"

#include <algorithm>
#include <vector>

#include "targets/phrase.h"
#include "text/utf8.h"

namespace mubiao::targets {
namespace {

bool is_place(std::string_view r, const Cues& cues) {
  for (const std::string& p : cues.places())
    if (r == p) return true;
  return false;
}

// The head word that ends r, or "" when none does; heads of assigned
// targets only when assigned. The words before the head must name something
// (“两个高于”目标 names nothing; GDP增速 does), unless r is a place alone
// (与全省保持一致).
std::string_view head_of(std::string_view r, const Cues& cues, bool assigned) {
  if (is_place(r, cues)) return r;
  std::string_view best;
  for (const auto* heads : {&cues.benchmark_heads(), &cues.assigned_heads()}) {
    if (heads == &cues.assigned_heads() && !assigned) break;
    for (const std::string& head : *heads) {
      if (r.size() <= head.size() || r.compare(r.size() - head.size(), head.size(), head) != 0)
        continue;
      if (head.size() > best.size() && name_chars(r, Span{0, r.size() - head.size()}) > 0)
        best = head;
    }
  }
  return best;
}

// An assigned target: who assigned it (the first, longest assigner word in
// the reference) and what comes between it (and its 的) and the head: the
// indicators, when the reference names them (完成省下达的节能减排目标).
bool read_assigned(std::string_view text, BenchmarkMatch& m, std::string_view head,
                   const Cues& cues) {
  const std::string_view r = m.reference.of(text);
  std::size_t at = std::string_view::npos;
  std::string_view who;
  for (const std::string& a : cues.assigners()) {
    const std::size_t k = find_word(r, a);
    if (k == std::string_view::npos) continue;
    if (at == std::string_view::npos || k < at || (k == at && a.size() > who.size())) {
      at = k;
      who = a;
    }
  }
  if (who.empty() || (cues.assigns_whole_only(who) && who != r)) return false;
  // An assigner word may hold the head itself (国家要求).
  const bool holds_head = who.size() >= head.size() && who.substr(who.size() - head.size()) == head;
  m.assigned_reference = std::string(who) + std::string(holds_head ? "" : head);
  // 全面完成节能减排降碳和环境质量改善约束性指标: the assigner word ends the
  // reference and the indicators come before it.
  if (holds_head && at > 0 && at + who.size() == r.size()) {
    m.inner = trim(text, Span{m.reference.start, m.reference.start + at});
    return true;
  }
  std::size_t after = at + who.size();
  // 完成节能减排降碳约束性指标和环境质量改善目标: an assigner word that names
  // an indicator (约束性指标) before a conjunction is a member of the list.
  const std::size_t end_of_list = r.size() - head.size();
  for (std::string_view w : kConjunctions)
    if (at > 0 && after < end_of_list && r.compare(after, w.size(), w) == 0) {
      m.inner = trim(text, Span{m.reference.start, m.reference.start + end_of_list});
      return true;
    }
  constexpr std::string_view kDe = "的";
  if (r.compare(after, kDe.size(), kDe) == 0) after += kDe.size();
  const std::size_t end = r.size() - head.size();
  if (end > after) m.inner = trim(text, Span{m.reference.start + after, m.reference.start + end});
  return true;
}

// Inside a quotation with more than the shape's words (“两个只增不减”): a
// slogan, not a benchmark (“零增长” only stresses the words). Looks back
// at most kMaxSloganBytes, so that it costs the same in any sentence.
constexpr std::size_t kMaxSloganBytes = 45;
bool quoted(std::string_view v, std::size_t at) {
  const std::size_t from = at > kMaxSloganBytes ? at - kMaxSloganBytes : 0;
  const std::string_view back = v.substr(from, at - from);
  const std::size_t open = rfind_word(back, "“");
  if (open == std::string_view::npos || from + open + 3 == at) return false;
  return find_word(back, "”", open) == std::string_view::npos;
}

// Words after a closing word that begin another predicate (与全国同步
// 全面建成小康社会: the benchmark is said of something else): more than
// three characters (增长, 推进) before the item ends.
bool long_tail(std::string_view text, Span rest) {
  std::size_t han = 0;
  for (std::size_t i = rest.start; i < rest.end && han <= 3;) {
    const char32_t c = utf8::decode(text, i);
    han += utf8::is_han(c);
  }
  return han > 3;
}

// An assigned target names who set it within a short reference; a longer
// one is not read (the search for the assigner would cost its length again
// for every opening word).
constexpr std::size_t kMaxAssignedReferenceBytes = 150;

// A quality class to reach or keep (巢湖水质保持Ⅲ类, 空气质量稳定达到国家二级
// 标准, 水质实现四类及以上): the last class spelling of the item, followed by
// nothing but tail words (标准, 以上) and preceded by a verb (保持, 达到) with
// its adverbs (稳定, 全部); the words before them name the indicator. A class
// inside a name (一类示范性普通高中) is followed by other words; one with no
// verb before it (三类500强) is a label.
std::optional<BenchmarkMatch> find_class(std::string_view text, Span item, const Cues& cues) {
  const Table& t = cues.classes();
  const Span s = trim(text, item);
  const std::string_view v = s.of(text);
  const ClassRoles& role = cues.class_role();
  const Hit c = t.last(v, role.class_);
  if (!c) return std::nullopt;
  std::string comparator = "eq";
  std::size_t ref_end = c.end;
  for (std::size_t i = c.end; i < v.size();) {
    const Hit tail = t.prefix(v.substr(i), role.class_tail);
    if (!tail) return std::nullopt;
    if (tail.cue->value.empty())
      ref_end = i + tail.end;
    else
      comparator = tail.cue->value;
    i += tail.end;
  }
  std::size_t open = c.start;
  bool verb = false;
  for (;;) {
    const std::string_view before = v.substr(0, open);
    const Hit h = t.suffix(before, role.class_verb);
    const Hit a = t.suffix(before, role.class_adverb);
    const Hit& w = h && (!a || h.start <= a.start) ? h : a;
    if (!w) break;
    verb = verb || t.has_role(w.cue, role.class_verb);
    if (!w.cue->value.empty()) comparator = w.cue->value;
    open = w.start;
  }
  // How long the class has been kept (连续6年, 连续三年) is no part of what
  // is measured.
  constexpr std::string_view kRun = "连续", kYears = "年";
  if (const std::size_t run = rfind_word(v, kRun, open);
      verb && run != std::string_view::npos && open >= kYears.size() &&
      v.compare(open - kYears.size(), kYears.size(), kYears) == 0 &&
      open - run <= kRun.size() + 4 * kYears.size())
    open = run;
  const Benchmark* shape = cues.class_shape(comparator);
  if (!verb || open == 0 || !shape) return std::nullopt;
  return BenchmarkMatch{
      shape, Span{s.start, s.start + open}, Span{s.start + c.start, s.start + ref_end}, {}, {}};
}

}  // namespace

std::optional<BenchmarkMatch> find_benchmark(std::string_view text, Span item, const Cues& cues,
                                             const std::vector<Hit>* words) {
  const std::string_view v = item.of(text);
  // One walk for the opening words instead of a find per shape (none when
  // the piece's walk found them).
  thread_local std::vector<const Cue*> opens;
  opens.clear();
  const bool may_hold_class =
      words ? cues.benchmark_words(*words, item, opens) : cues.benchmark_words(v, opens);
  for (std::size_t k = 0; !opens.empty() && k < cues.benchmarks().size();
       ++k) {  // closing word first
    const Benchmark& b = cues.benchmarks()[k];
    if (std::find(opens.begin(), opens.end(), b.open_row) == opens.end()) continue;
    std::size_t open = find_word(v, b.open);
    std::size_t close = 0;  // the first closing word at or after `close` (kept: one walk)
    bool close_known = false;
    for (; open != std::string_view::npos; open = find_word(v, b.open, open + 1)) {
      if (quoted(v, open)) continue;
      if (!b.value.empty()) {    // a threshold in words: what comes before is measured
        std::size_t end = open;  // not the quote that stresses it (“零增长”)
        if (end >= 3 && v.compare(end - 3, 3, "“") == 0) end -= 3;
        return BenchmarkMatch{&b,
                              Span{item.start, item.start + end},
                              Span{item.start + open, item.start + open},
                              {},
                              {}};
      }
      const std::size_t ref_start = open + b.open.size();
      std::size_t ref_end = v.size();
      if (!b.close.empty()) {
        if (!close_known || (close != std::string_view::npos && close < ref_start)) {
          close = find_word(v, b.close, ref_start);
          close_known = true;
        }
        if (close == std::string_view::npos) break;
        ref_end = close;
        if (long_tail(text, Span{item.start + ref_end + b.close.size(), item.end})) continue;
      }
      Span ref = trim(text, Span{item.start + ref_start, item.start + ref_end});
      if (b.assigned() && ref.size() > kMaxAssignedReferenceBytes) continue;
      std::string_view head = head_of(ref.of(text), cues, b.assigned());
      // 增幅高于全省平均、位次靠前: with no closing word, the reference may end
      // at a 、 that begins another predicate (the longest part with a head).
      for (std::size_t cut = ref.size(); head.empty() && b.close.empty() && cut > 0;) {
        cut = rfind_word(ref.of(text), "、", cut - 1);
        if (cut == std::string_view::npos) break;
        const Span part = trim(text, Span{ref.start, ref.start + cut});
        if ((head = head_of(part.of(text), cues, b.assigned())).size()) ref = part;
      }
      if (head.empty()) continue;
      BenchmarkMatch m{&b, Span{item.start, item.start + open}, ref, {}, {}};
      if (!b.assigned() || read_assigned(text, m, head, cues)) return m;
    }
  }
  if (!may_hold_class) return std::nullopt;
  return find_class(text, item, cues);
}

}  // namespace mubiao::targets
