// GB18030 and UTF-16 copies of every shared report (made with glibc's iconv)
// read back to the very text of the UTF-8 file, so every record, offsets
// included, is the same.
#define BOOST_TEST_MODULE encoding_agreement
#include <boost/test/unit_test.hpp>

#include <string>

#include "agreement.h"
#include "io_test_support.h"
#include "mubiao/read.h"

namespace fs = std::filesystem;
using namespace mubiao;

BOOST_AUTO_TEST_CASE(copies_in_other_encodings_give_identical_records) {
  test::require_shared("corpus/city2024");
  std::vector<fs::path> reports = test::shared_reports();
  for (const auto& e : fs::directory_iterator(test::shared_dir() / "corpus" / "city2024"))
    if (e.path().extension() == ".txt") reports.push_back(e.path());
  const Pipeline pipeline;
  int files = 0;
  for (const fs::path& report : reports) {
    const std::string text = test::read_file(report);
    const std::string copies[] = {
        test::iconv_from_utf8(text, "GB18030"),
        "\xFF\xFE" + test::iconv_from_utf8(text, "UTF-16LE"),
        "\xFE\xFF" + test::iconv_from_utf8(text, "UTF-16BE"),
    };
    const char* names[] = {"GB18030", "UTF-16LE", "UTF-16BE"};
    for (int i = 0; i < 3; ++i) {
      ReadResult r = read_bytes(copies[i]);
      BOOST_TEST(r.encoding == names[i], report.filename() << ": " << r.encoding);
      BOOST_TEST(r.text == text, report.filename() << " in " << names[i]);
      ++files;
    }
  }
  // And the records themselves, for the seed report.
  const std::string seed = test::read_file(reports.front());
  const auto want = pipeline.targets(seed);
  const auto got = pipeline.targets(read_bytes(test::iconv_from_utf8(seed, "GB18030")).text);
  BOOST_TEST_REQUIRE(want.size() == got.size());
  for (std::size_t i = 0; i < want.size(); ++i) {
    BOOST_TEST((want[i].span == got[i].span));
    BOOST_TEST(want[i].indicator == got[i].indicator);
  }
  std::printf("%d copies of %zu reports read back identically; seed: %zu records\n", files,
              reports.size(), want.size());
}
