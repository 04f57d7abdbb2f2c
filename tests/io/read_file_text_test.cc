// read_file_text: a large UTF-8 text file (ReadOptions::map_from_bytes says
// how large) is mapped, every other input is read as read_file reads it,
// and both give read_file's text, format, encoding and warnings.
#define BOOST_TEST_MODULE read_file_text
#include <boost/test/unit_test.hpp>

#include <limits>
#include <string>

#include "io_test_support.h"
#include "mubiao/read.h"

using namespace mubiao;
using mubiao::test::iconv_from_utf8;
using mubiao::test::write_temp_file;

namespace {

const std::string kLine =
    "今年主要预期目标是：地区生产总值增长7%左右，城镇调查失业率控制在5.5%以内。\n";

// At least bytes of report text.
std::string report_of(std::size_t bytes) {
  std::string s;
  while (s.size() < bytes) s += kLine;
  return s;
}

void agrees_with_read_file(const std::string& path, const FileText& t) {
  const ReadResult r = read_file(path);
  BOOST_TEST(t.text.view() == r.text);
  BOOST_TEST(format_name(t.format) == format_name(r.format));
  BOOST_TEST(t.encoding == r.encoding);
  BOOST_TEST(t.warnings == r.warnings);
}

}  // namespace

BOOST_AUTO_TEST_CASE(large_utf8_text_is_mapped) {
  const auto path = write_temp_file("large.txt", report_of(kMapBytes + 1000)).string();
  const FileText t = read_file_text(path);
  BOOST_TEST(t.mapped);
  BOOST_TEST(t.encoding == "UTF-8");
  agrees_with_read_file(path, t);
}

BOOST_AUTO_TEST_CASE(small_text_is_read) {
  const auto path = write_temp_file("small.txt", report_of(kMapBytes / 4)).string();
  const FileText t = read_file_text(path);
  BOOST_TEST(!t.mapped);
  agrees_with_read_file(path, t);
}

BOOST_AUTO_TEST_CASE(the_threshold_decides_between_mapping_and_reading) {
  const auto path = write_temp_file("between.txt", report_of(kMapBytes / 4)).string();
  ReadOptions options;
  options.map_from_bytes = kMapBytes / 8;  // below the file's size: mapped
  const FileText mapped = read_file_text(path, options);
  BOOST_TEST(mapped.mapped);
  agrees_with_read_file(path, mapped);
  options.map_from_bytes = std::numeric_limits<std::size_t>::max();  // never
  const auto large = write_temp_file("never.txt", report_of(kMapBytes + 1000)).string();
  const FileText read = read_file_text(large, options);
  BOOST_TEST(!read.mapped);
  agrees_with_read_file(large, read);
}

BOOST_AUTO_TEST_CASE(large_legacy_text_is_converted) {
  const auto path =
      write_temp_file("large-gb.txt", iconv_from_utf8(report_of(kMapBytes + 1000), "GB18030"))
          .string();
  const FileText t = read_file_text(path);
  BOOST_TEST(!t.mapped);
  BOOST_TEST(t.encoding == "GB18030");
  BOOST_TEST(t.text.view() == report_of(kMapBytes + 1000));
  agrees_with_read_file(path, t);
}

BOOST_AUTO_TEST_CASE(large_invalid_text_is_refused) {
  std::string bytes = report_of(kMapBytes + 1000);
  bytes[kMapBytes / 2] = '\xFF';
  const auto path = write_temp_file("large-bad.txt", bytes).string();
  ReadOptions utf8;
  utf8.encoding = "UTF-8";
  BOOST_CHECK_THROW(read_file_text(path, utf8), ReadError);
}

BOOST_AUTO_TEST_CASE(text_outlives_the_moved_result) {
  const auto path = write_temp_file("moved.txt", report_of(kMapBytes + 1000)).string();
  FileText t = read_file_text(path);
  const std::string_view before = t.text.view();
  const FileText moved = std::move(t);
  BOOST_TEST(moved.text.view().data() == before.data());
  BOOST_TEST(moved.text.view() == report_of(kMapBytes + 1000));
}
