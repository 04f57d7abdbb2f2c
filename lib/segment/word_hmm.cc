#include "segment/word_hmm.h"

#include <algorithm>
#include <array>

namespace mubiao {

namespace {

enum State { B = 0, M = 1, E = 2, S = 3 };
// The states each state may follow: a word begins after a word ended.
constexpr int kPrev[4][2] = {{E, S}, {M, B}, {B, M}, {S, E}};
// jieba's MIN_FLOAT: the score of an emission the model never saw.
constexpr double kNever = -3.14e100;

}  // namespace

void hmm_cut(const WordDict& dict, const char32_t* cps, std::size_t n,
             std::vector<std::size_t>& word_ends) {
  if (n == 0) return;
  // Kept from call to call (one call per run of single characters).
  thread_local std::vector<std::array<unsigned char, 4>> back;
  if (back.size() < n) back.resize(n);
  std::array<double, 4> v{}, next{};
  auto emit = [&](char32_t c, std::array<double, 4>& out) {
    float e[4];
    if (dict.emit_logp(c, e)) {
      for (int s = 0; s < 4; ++s) out[s] = e[s] <= -1e38f ? kNever : e[s];
    } else {
      out.fill(kNever);
    }
  };
  std::array<double, 4> em{};
  emit(cps[0], em);
  for (int s = 0; s < 4; ++s) v[s] = dict.start_logp(s) + em[s];
  for (std::size_t t = 1; t < n; ++t) {
    emit(cps[t], em);
    for (int s = 0; s < 4; ++s) {
      int best_prev = kPrev[s][0];
      double best = v[best_prev] + dict.trans_logp(best_prev, s);
      const int other = kPrev[s][1];
      const double alt = v[other] + dict.trans_logp(other, s);
      if (alt > best) {
        best = alt;
        best_prev = other;
      }
      next[s] = best + em[s];
      back[t][s] = static_cast<unsigned char>(best_prev);
    }
    v = next;
  }
  // A word must be complete at the end of the run.
  // Read back to front, the labels' word ends come last first.
  int state = v[S] > v[E] ? S : E;
  const std::size_t first = word_ends.size();
  for (std::size_t t = n; t-- > 0;) {
    if (state == E || state == S) word_ends.push_back(t + 1);
    if (t > 0) state = back[t][state];
  }
  std::reverse(word_ends.begin() + static_cast<std::ptrdiff_t>(first), word_ends.end());
  if (word_ends.size() == first || word_ends.back() != n) word_ends.push_back(n);
}

}  // namespace mubiao
