// Benchmarks without a number: 高于全国平均水平, 与经济增长基本同步,
// 保持在全国平均水平以上; thresholds said in words (保持正增长: gt 0 %,
// 只增不减: ge 0 %); and targets assigned by a higher level (完成省下达任务,
// 控制在省下达目标内). Shapes are rows of lib/data/target_benchmarks.tsv;
// the reference must end in one of its head words (水平, 增长, 任务 …), and
// an assigned target's reference must name who assigned it (省下达, 省定).
#ifndef MUBIAO_LIB_TARGETS_BENCHMARK_H_
#define MUBIAO_LIB_TARGETS_BENCHMARK_H_

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/text.h"
#include "targets/cues.h"

namespace mubiao::targets {

struct BenchmarkMatch {
  const Benchmark* shape = nullptr;
  Span before;     // the words before the shape's opening word (the indicator)
  Span reference;  // the benchmark phrase (empty for a threshold in words)
  // An assigned target: the reference as who assigned it and what
  // (省下达目标), and the indicators when they are named inside it
  // (完成省下达的节能减排和环境质量目标: 节能减排和环境质量).
  std::string assigned_reference;
  Span inner;
};

// words: the places of the piece's benchmark words (Cues::piece_words, offsets
// into text) when item is in that piece; nullptr: item is walked for them.
std::optional<BenchmarkMatch> find_benchmark(std::string_view text, Span item, const Cues& cues,
                                             const std::vector<Hit>* words = nullptr);

}  // namespace mubiao::targets

#endif  // MUBIAO_LIB_TARGETS_BENCHMARK_H_
