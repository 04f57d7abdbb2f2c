// Reports published as Word files: ../shared/corpus/docx2024/*.docx read
// directly give the target records of the matching city2024/*.txt.
#define BOOST_TEST_MODULE docx_agreement
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <string>

#include "agreement.h"
#include "io_test_support.h"
#include "mubiao/read.h"

namespace fs = std::filesystem;
using namespace mubiao;

BOOST_AUTO_TEST_CASE(word_files_agree_with_their_text) {
  test::require_shared("corpus/docx2024");
  const Pipeline pipeline;
  test::Agreement all;
  int files = 0;
  for (const auto& e : fs::directory_iterator(test::shared_dir() / "corpus" / "docx2024")) {
    if (e.path().extension() != ".docx") continue;
    const fs::path txt =
        test::shared_dir() / "corpus" / "city2024" / (e.path().stem().string() + ".txt");
    if (!fs::exists(txt)) continue;
    ReadResult r = read_file(e.path().string());
    BOOST_TEST((r.format == InputFormat::docx));
    test::Agreement one;
    const auto want = test::record_keys(pipeline, test::read_file(txt));
    const auto got = test::record_keys(pipeline, r.text);
    one.add(want, got);
    all.add(want, got);
    ++files;
    std::printf("%s: %ld expected, %ld read, %ld matched, F1 %.4f\n", e.path().filename().c_str(),
                one.expected, one.found, one.matched, one.f1());
  }
  BOOST_TEST(files >= 1);
  std::printf("all %d: F1 %.4f\n", files, all.f1());
  BOOST_TEST(all.f1() >= 0.98);
}
