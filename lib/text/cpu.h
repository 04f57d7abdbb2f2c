// What the processor can run, asked once. Some walks carry an AVX2 variant
// (UTF-8 validation, the cue walks, the number scanner's Han skip) that is
// chosen at run time, so one build serves every x86-64 machine.
#ifndef MUBIAO_LIB_TEXT_CPU_H_
#define MUBIAO_LIB_TEXT_CPU_H_

// GCC and Clang on x86-64 can build a function for AVX2 (target("avx2"))
// inside a file compiled for the baseline.
#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define MUBIAO_AVX2_VARIANTS 1
#endif

namespace mubiao {

// True when the processor runs AVX2 (always false where no variant is built).
// Inline, with one cached answer for the whole program: the cue walks ask it
// once per piece.
inline bool has_avx2() {
#if defined(MUBIAO_AVX2_VARIANTS)
  static const bool avx2 = __builtin_cpu_supports("avx2");
  return avx2;
#else
  return false;
#endif
}

}  // namespace mubiao

#endif  // MUBIAO_LIB_TEXT_CPU_H_
