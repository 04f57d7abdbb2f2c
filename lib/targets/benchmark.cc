// Benchmark shapes (see benchmark.h).
#include "targets/benchmark.h"

#include "targets/phrase.h"

namespace mubiao::targets {
namespace {

bool is_place(std::string_view r, const Cues& cues) {
  for (const std::string& p : cues.places())
    if (r == p) return true;
  return false;
}

// The head word that ends r, or "" when none does (a reference that is a
// head word alone must be longer than two characters, 水平 says nothing, or
// a place: 与全省保持一致).
std::string_view head_of(std::string_view r, const Cues& cues) {
  std::string_view best;
  for (const std::string& head : cues.benchmark_heads()) {
    if (r.size() <= head.size() && !(r == head && (head.size() > 6 || is_place(r, cues)))) continue;
    if (r.compare(r.size() - head.size(), head.size(), head) != 0) continue;
    if (head.size() > best.size()) best = head;
  }
  return best;
}

// An assigned target: who assigned it (the longest assigner word in the
// reference) and, after its 的, the indicators it names.
bool read_assigned(std::string_view text, BenchmarkMatch& m, std::string_view head,
                   const Cues& cues) {
  const std::string_view r = m.reference.of(text);
  std::size_t at = std::string_view::npos;
  std::string_view who;
  for (const std::string& a : cues.assigners()) {
    const std::size_t k = r.find(a);
    if (k == std::string_view::npos) continue;
    if (at == std::string_view::npos || k < at || (k == at && a.size() > who.size())) {
      at = k;
      who = a;
    }
  }
  if (who.empty()) return false;
  m.assigned_reference = std::string(who) + std::string(head);
  std::size_t after = at + who.size();
  constexpr std::string_view kDe = "的";
  if (r.compare(after, kDe.size(), kDe) == 0) {
    after += kDe.size();
    const std::size_t end = r.size() - head.size();
    if (end > after) m.inner = trim(text, Span{m.reference.start + after, m.reference.start + end});
  }
  return true;
}

}  // namespace

std::optional<BenchmarkMatch> find_benchmark(std::string_view text, Span item, const Cues& cues) {
  const std::string_view v = item.of(text);
  if (!cues.may_hold_benchmark(v)) return std::nullopt;  // one walk instead of a find per shape
  for (const Benchmark& b : cues.benchmarks()) {  // shapes with a closing word first
    std::size_t open = v.find(b.open);
    while (open != std::string_view::npos) {
      if (!b.value.empty())  // a threshold in words: what comes before is measured
        return BenchmarkMatch{&b, Span{item.start, item.start + open},
                              Span{item.start + open, item.start + open}, {}, {}};
      const std::size_t ref_start = open + b.open.size();
      std::size_t ref_end = v.size();
      if (!b.close.empty()) ref_end = v.find(b.close, ref_start);
      if (ref_end != std::string_view::npos) {
        Span ref = trim(text, Span{item.start + ref_start, item.start + ref_end});
        const std::string_view head = head_of(ref.of(text), cues);
        if (!head.empty()) {
          BenchmarkMatch m{&b, Span{item.start, item.start + open}, ref, {}, {}};
          if (!b.assigned() || read_assigned(text, m, head, cues)) return m;
        }
      }
      open = v.find(b.open, open + 1);
    }
  }
  return std::nullopt;
}

}  // namespace mubiao::targets
