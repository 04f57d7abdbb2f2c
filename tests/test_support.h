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
#include "text/utf8.h"

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

// `text` appended to `out` with a line break after every `width` characters,
// as text extracted from a PDF is wrapped.
inline void append_hard_wrapped(std::string& out, std::string_view text, std::size_t width) {
  for (std::size_t i = 0, c = 0; i < text.size(); ++c) {
    if (c > 0 && c % width == 0) out += '\n';
    std::size_t j = i;
    utf8::decode(text, j);
    out.append(text, i, j - i);
    i = j;
  }
}

// `out` extended to about `bytes` with paragraphs of 1-6 sentences drawn by
// rng, hard-wrapped every 17-56 characters as extracted PDF text is, with a
// page number between paragraphs now and then: the laid-out texts on which
// tests compare a windowed reading with a reading of the whole text.
inline std::string wrapped_paragraphs(std::string out, const std::vector<std::string>& sentences,
                                      std::size_t bytes, unsigned seed) {
  std::mt19937 rng(seed);
  std::string paragraph;
  while (out.size() < bytes) {
    paragraph.clear();
    const std::size_t n = 1 + rng() % 6;
    for (std::size_t k = 0; k < n; ++k) paragraph += sentences[rng() % sentences.size()];
    const std::size_t width = 17 + rng() % 40;
    append_hard_wrapped(out, paragraph, width);
    out += rng() % 9 == 0 ? "\n\n— " + std::to_string(rng() % 300) + " —\n\n" : "\n";
  }
  return out;
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
