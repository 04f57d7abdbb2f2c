// Throughput of Segmenter::words against ICU's word BreakIterator (locale zh)
// on the same UTF-8 files, plus the segmenter's start-up time. A measurement
// program, not a test: build it by hand against the library, e.g.
//   g++ -O2 -std=c++17 -Iinclude bench/words_bench.cc build/lib/libmubiao_cxx.a
//       $(pkg-config --libs icu-i18n icu-uc) -o words_bench
//   ./words_bench ../shared/corpus/*.txt
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <time.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <iterator>
#include <memory>
#include <string>

#include "mubiao/segment.h"

namespace {

// CPU time of this process: other processes on a shared machine do not
// count against a round (wall time varied 2x between runs under load).
double cpu_seconds() {
  timespec ts;
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return ts.tv_sec + ts.tv_nsec * 1e-9;
}

// Word boundaries ICU reports for the text, read in place through UText.
std::size_t icu_words(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<icu::BreakIterator> it(
      icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  it->setText(ut, status);
  if (U_FAILURE(status)) return 0;
  std::size_t n = 0;
  for (int32_t p = it->first(); p != icu::BreakIterator::DONE; p = it->next())
    if (it->getRuleStatus() != UBRK_WORD_NONE) ++n;
  utext_close(ut);
  return n;
}

}  // namespace

int main(int argc, char** argv) {
  std::string text;
  for (int i = 1; i < argc; ++i) {
    std::ifstream in(argv[i], std::ios::binary);
    text.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    text += '\n';
  }
  double t0 = cpu_seconds();
  mubiao::Segmenter seg;
  seg.words("启动");
  const double startup = cpu_seconds() - t0;
  const double mb = text.size() / 1e6;
  const int rounds = 10;  // best of: other processes only ever slow a round down
  double best_ours = 1e9, best_icu = 1e9;
  std::size_t ours_n = 0, icu_n = 0;
  for (int r = 0; r < rounds; ++r) {
    t0 = cpu_seconds();
    ours_n = seg.words(text).size();
    best_ours = std::min(best_ours, cpu_seconds() - t0);
    t0 = cpu_seconds();
    icu_n = icu_words(text);
    best_icu = std::min(best_icu, cpu_seconds() - t0);
  }
  std::printf("text %.2f MB; start-up %.2f ms\n", mb, startup * 1e3);
  std::printf("mubiao words  %8zu tokens %7.2f MB/s\n", ours_n, mb / best_ours);
  std::printf("ICU words     %8zu tokens %7.2f MB/s\n", icu_n, mb / best_icu);
  std::printf("ratio %.2fx\n", best_icu / best_ours);
}
