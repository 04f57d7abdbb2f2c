// Throughput of every mubiao stage beside ICU's own word BreakIterator on the
// same input, in one run, so that the ratios hold whatever the machine.
//
//   mubiao_bench [--mb N] [--repeat R] [FILE...]
//
// Input: the files given, or ../shared/seed and ../shared/corpus, repeated
// until the text is about N MB (default 12). Each stage runs over every
// document R times (default 1); the best time counts.
#include <unicode/brkiter.h>
#include <unicode/utext.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iterator>
#include <memory>
#include <string>
#include <vector>

#include "mubiao/mubiao.h"

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

namespace {

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

std::size_t icu_words(const std::string& text) {
  UErrorCode status = U_ZERO_ERROR;
  static std::unique_ptr<icu::BreakIterator> bi(
      icu::BreakIterator::createWordInstance(icu::Locale("zh"), status));
  UText* ut = utext_openUTF8(nullptr, text.data(), static_cast<int64_t>(text.size()), &status);
  bi->setText(ut, status);
  std::size_t n = 0;
  for (int32_t p = bi->next(); p != icu::BreakIterator::DONE; p = bi->next()) ++n;
  utext_close(ut);
  return n;
}

struct Stage {
  const char* name;
  std::function<std::size_t(const std::string&)> run;
};

}  // namespace

int main(int argc, char** argv) {
  double target_mb = 12;
  int repeat = 1;
  std::vector<fs::path> files;
  for (int i = 1; i < argc; ++i) {
    if (!std::strcmp(argv[i], "--mb") && i + 1 < argc)
      target_mb = std::atof(argv[++i]);
    else if (!std::strcmp(argv[i], "--repeat") && i + 1 < argc)
      repeat = std::atoi(argv[++i]);
    else if (argv[i][0] == '-') {
      std::fprintf(stderr, "usage: mubiao_bench [--mb N] [--repeat R] [FILE...]\n");
      return argv[i] == std::string("--help") ? 0 : 2;
    } else
      files.emplace_back(argv[i]);
  }
  if (files.empty()) {
    fs::path shared = MUBIAO_SHARED_DIR;
    files.push_back(shared / "seed" / "taiyuan-2022-work-report.txt");
    for (const auto& e : fs::directory_iterator(shared / "corpus"))
      if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
  }
  std::vector<std::string> base;
  std::size_t base_bytes = 0;
  for (const auto& f : files) {
    std::error_code ec;
    if (!fs::is_regular_file(f, ec)) {
      std::fprintf(stderr, "mubiao_bench: %s: not a readable file\n", f.c_str());
      return 1;
    }
    base.push_back(read(f));
    base_bytes += base.back().size();
  }
  // Empty files would never add up to the size asked for.
  if (base_bytes == 0) {
    std::fprintf(stderr, "mubiao_bench: no text to read\n");
    return 1;
  }
  std::vector<std::string> docs;
  std::size_t bytes = 0;
  while (bytes < target_mb * 1e6) {
    for (const auto& d : base) {
      docs.push_back(d);
      bytes += d.size();
    }
  }

  auto t0 = Clock::now();
  const mubiao::Pipeline p;
  // Every stage once: the word lexicon, the number tables and the target
  // cues are built on first use, and start-up is where they belong here.
  p.targets("预热5%。");
  p.segmenter().words("预热。");
  const double startup_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();

  std::vector<Stage> stages = {
      {"icu word BreakIterator (baseline)", icu_words},
      {"segment section..clause",
       [&](const std::string& t) { return p.segment(t).units(mubiao::Level::clause).size(); }},
      {"segment word",
       [&](const std::string& t) {
         std::size_t n = 0;
         mubiao::Document d = p.segment(t);
         for (const auto& s : d.units(mubiao::Level::sentence))
           n += p.segmenter().words(t, s.span).size();
         return n;
       }},
      {"words (whole text)", [&](const std::string& t) { return p.segmenter().words(t).size(); }},
      {"numbers", [&](const std::string& t) { return p.numbers().find(t).size(); }},
      {"normalize",
       [&](const std::string& t) { return mubiao::normalize(p.numbers(), t).text.size(); }},
      {"targets (segment + numbers + targets)",
       [&](const std::string& t) { return p.targets(t).size(); }},
  };

  std::printf("input: %zu documents, %.2f MB; startup %.1f ms\n", docs.size(), bytes / 1e6,
              startup_ms);
  std::printf("%-40s %10s %10s %12s\n", "stage", "MB/s", "x ICU", "items");
  double icu_mbs = 0;
  for (const Stage& s : stages) {
    double best = 1e300;
    std::size_t items = 0;
    for (int r = 0; r < repeat; ++r) {
      items = 0;
      auto start = Clock::now();
      for (const auto& d : docs) items += s.run(d);
      best = std::min(best, std::chrono::duration<double>(Clock::now() - start).count());
    }
    double mbs = bytes / 1e6 / best;
    if (icu_mbs == 0) icu_mbs = mbs;
    std::printf("%-40s %10.2f %10.2f %12zu\n", s.name, mbs, mbs / icu_mbs, items);
  }
  return 0;
}
