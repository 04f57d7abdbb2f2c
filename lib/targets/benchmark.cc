// Benchmark shapes (see benchmark.h).
#include "targets/benchmark.h"

#include "targets/phrase.h"

namespace mubiao::targets {

std::optional<BenchmarkMatch> find_benchmark(std::string_view text, Span item, const Cues& cues) {
  const std::string_view v = item.of(text);
  if (!cues.may_hold_benchmark(v)) return std::nullopt;  // one walk instead of a find per shape
  for (const Benchmark& b : cues.benchmarks()) {  // shapes with a closing word first
    std::size_t open = v.find(b.open);
    while (open != std::string_view::npos) {
      const std::size_t ref_start = open + b.open.size();
      std::size_t ref_end = v.size();
      if (!b.close.empty()) ref_end = v.find(b.close, ref_start);
      if (ref_end != std::string_view::npos) {
        Span ref = trim(text, Span{item.start + ref_start, item.start + ref_end});
        std::string_view r = ref.of(text);
        for (const std::string& head : cues.benchmark_heads()) {
          if (r.size() > head.size() || (r == head && head.size() > 6)) {
            if (r.compare(r.size() - head.size(), head.size(), head) != 0) continue;
            return BenchmarkMatch{&b, Span{item.start, item.start + open}, ref};
          }
        }
      }
      open = v.find(b.open, open + 1);
    }
  }
  return std::nullopt;
}

}  // namespace mubiao::targets
