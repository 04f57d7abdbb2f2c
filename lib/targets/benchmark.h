// Benchmarks without a number: 高于全国平均水平, 与经济增长基本同步,
// 保持在全国平均水平以上. Shapes are rows of lib/data/target_benchmarks.tsv;
// the reference must end in one of its head words (水平, 增长, 增速 …).
#ifndef MUBIAO_LIB_TARGETS_BENCHMARK_H_
#define MUBIAO_LIB_TARGETS_BENCHMARK_H_

#include <optional>
#include <string_view>

#include "mubiao/text.h"
#include "targets/cues.h"

namespace mubiao::targets {

struct BenchmarkMatch {
  const Benchmark* shape = nullptr;
  Span before;     // the words before the shape's opening word (the indicator)
  Span reference;  // the benchmark phrase
};

std::optional<BenchmarkMatch> find_benchmark(std::string_view text, Span item, const Cues& cues);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_BENCHMARK_H_
