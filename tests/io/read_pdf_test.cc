// The PDF reader: text of every page in order, and the PDFs it cannot read:
// scanned, encrypted, damaged. Fixtures in fixtures/ were made with
// reportlab and WenQuanYi Zen Hei.
#define BOOST_TEST_MODULE read_pdf
#include <boost/test/unit_test.hpp>

#include <string>

#include "io_test_support.h"
#include "mubiao/read.h"

using namespace mubiao;

namespace {

std::string fixture(const char* name) {
  return (std::filesystem::path(MUBIAO_IO_TEST_DIR) / "fixtures" / name).string();
}

ReadError error_of(const std::string& path) {
  try {
    read_file(path);
  } catch (const ReadError& e) {
    return e;
  }
  BOOST_FAIL("no ReadError for " << path);
  return ReadError(ReadError::Reason::corrupt, "");
}

}  // namespace

BOOST_AUTO_TEST_CASE(pages_are_read_in_order) {
  ReadResult r = read_file(fixture("two_pages.pdf"));
  BOOST_TEST((r.format == InputFormat::pdf));
  BOOST_TEST(r.text ==
             "一、2024年主要预期目标\n地区生产总值增长5.5%左右，城镇新增就业\n10万人以上。\n—2—\n");
}

BOOST_AUTO_TEST_CASE(a_scanned_pdf_needs_ocr) {
  ReadError e = error_of(fixture("scanned.pdf"));
  BOOST_TEST((e.reason() == ReadError::Reason::no_text));
  BOOST_TEST(std::string(e.what()) == "no text layer (scanned document?): run OCR first");
}

BOOST_AUTO_TEST_CASE(an_encrypted_pdf_says_so) {
  ReadError e = error_of(fixture("encrypted.pdf"));
  BOOST_TEST((e.reason() == ReadError::Reason::encrypted));
  BOOST_TEST(std::string(e.what()).find("encrypted") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(the_cli_exits_1_with_the_reason) {
  test::CliRun r = test::run_cli("targets '" + fixture("scanned.pdf") + "'");
  BOOST_TEST(r.status == 1);
  BOOST_TEST(r.err.find("no text layer (scanned document?): run OCR first") != std::string::npos);
  test::CliRun ok = test::run_cli("numbers '" + fixture("two_pages.pdf") + "'");
  BOOST_TEST(ok.status == 0);
  BOOST_TEST(ok.out.find("\"text\":\"5.5%左右\"") != std::string::npos, ok.out);
}
