// Small helpers shared by the tests: where the shared material is, reading
// files, and the skip convention for absent peers' suites.
#ifndef MUBIAO_TESTS_TEST_SUPPORT_H_
#define MUBIAO_TESTS_TEST_SUPPORT_H_

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <random>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/segment.h"

namespace mubiao::test {

inline std::filesystem::path shared_dir() {
  if (const char* env = std::getenv("MUBIAO_SHARED_DIR")) return env;
  return MUBIAO_SHARED_DIR;
}

// One Segmenter for a whole test program (building one loads the lexicon).
inline const Segmenter& segmenter() {
  static const Segmenter s;
  return s;
}

// n pieces drawn by rng and joined: the random texts on which tests compare a
// fast path with a plain reading of the same bytes.
inline std::string random_concat(std::mt19937& rng, const std::vector<std::string>& pieces,
                                 std::size_t n) {
  std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
  std::string s;
  for (std::size_t i = 0; i < n; ++i) s += pieces[pick(rng)];
  return s;
}

inline std::filesystem::path test_data_dir() { return MUBIAO_TEST_DATA_DIR; }

// The bytes of a file; throws when it cannot be read, so that a missing
// data file fails the test instead of making it check an empty text.
inline std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot open " + p.string());
  std::string out(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>{});
  if (in.bad()) throw std::runtime_error("cannot read " + p.string());
  return out;
}

// The lines of a text without their line ends ("\n" or "\r\n"); a final
// line end does not start another line.
inline std::vector<std::string_view> lines_of(std::string_view text) {
  std::vector<std::string_view> out;
  std::size_t at = 0;
  while (at < text.size()) {
    std::size_t eol = text.find('\n', at);
    if (eol == std::string_view::npos) eol = text.size();
    std::string_view line = text.substr(at, eol - at);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    out.push_back(line);
    at = eol + 1;
  }
  return out;
}

// Exits with ctest's skip code when the shared material is absent.
inline void require_shared(const std::filesystem::path& relative) {
  if (!std::filesystem::exists(shared_dir() / relative)) {
    std::printf("SKIPPED: %s not found\n", (shared_dir() / relative).string().c_str());
    std::exit(77);
  }
}

// The shared corpus: the seed report and every corpus/*.txt, sorted.
inline std::vector<std::filesystem::path> shared_reports() {
  std::vector<std::filesystem::path> out;
  auto seed = shared_dir() / "seed" / "taiyuan-2022-work-report.txt";
  if (std::filesystem::exists(seed)) out.push_back(seed);
  auto corpus = shared_dir() / "corpus";
  if (std::filesystem::exists(corpus)) {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(corpus))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    out.insert(out.end(), files.begin(), files.end());
  }
  return out;
}

}  // namespace mubiao::test

#endif  // MUBIAO_TESTS_TEST_SUPPORT_H_
