// The command line's input side: `mubiao text`, encodings, directories,
// standard input and --name, and messages with the system's reason.
#define BOOST_TEST_MODULE read_cli
#include <boost/test/unit_test.hpp>

#include <string>

#include "io_test_support.h"

using namespace mubiao::test;

namespace {
const std::string kReport =
    "一、2024年工作安排\n\n今年主要预期目标是：地区生产总值增长5.5%左右，"
    "城镇新增就业10万人以上。\n";
}

BOOST_AUTO_TEST_CASE(text_prints_what_every_command_reads) {
  auto utf8 = write_temp_file("r.txt", kReport);
  auto gb = write_temp_file("gb.txt", iconv_from_utf8(kReport, "GB18030"));
  CliRun a = run_cli("text '" + utf8.string() + "'");
  BOOST_TEST(a.status == 0);
  BOOST_TEST(a.out == kReport);
  CliRun b = run_cli("text '" + gb.string() + "'");
  BOOST_TEST(b.status == 0);
  BOOST_TEST(b.out == kReport);
  // The records of the GB18030 copy are those of the UTF-8 file but for doc.
  CliRun ta = run_cli("targets --name r '" + utf8.string() + "' ");
  CliRun tb = run_cli("targets --name r - ", iconv_from_utf8(kReport, "GB18030"));
  BOOST_TEST(ta.status == 0);
  BOOST_TEST(tb.status == 0);
  BOOST_TEST(!tb.out.empty());
  std::string expect = ta.out;
  for (std::size_t at = 0; (at = expect.find(utf8.string(), at)) != std::string::npos;)
    expect.replace(at, utf8.string().size(), "r");
  BOOST_TEST(tb.out == expect);
}

BOOST_AUTO_TEST_CASE(encoding_and_input_format_are_honoured) {
  auto big5 = write_temp_file("b5.txt", iconv_from_utf8("經濟成長\n", "BIG5"));
  CliRun r = run_cli("text --encoding Big5 '" + big5.string() + "'");
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.out == "經濟成長\n");
  BOOST_TEST(run_cli("text --input-format nonsense x").status == 2);
  BOOST_TEST(run_cli("text --encoding").status == 2);
  // A page read as text is its markup, as asked.
  CliRun h = run_cli("text --input-format text -", "<html><p>a</p></html>");
  BOOST_TEST(h.status == 0);
  BOOST_TEST(h.out == "<html><p>a</p></html>");
}

BOOST_AUTO_TEST_CASE(directories_are_refused_or_walked) {
  auto dir = io_temp_dir() / "reports";
  write_temp_file("reports/b.txt", "第二份\n");
  write_temp_file("reports/a.txt", "第一份\n");
  write_temp_file("reports/.hidden", "\xFF\xFF");
  CliRun refused = run_cli("text '" + dir.string() + "'");
  BOOST_TEST(refused.status == 1);
  BOOST_TEST(refused.err.find("is a directory") != std::string::npos);
  BOOST_TEST(refused.err.find("internal error") == std::string::npos);
  CliRun walked = run_cli("text -r '" + dir.string() + "'");
  BOOST_TEST(walked.status == 0);
  BOOST_TEST(walked.out == "第一份\n第二份\n");
}

BOOST_AUTO_TEST_CASE(unreadable_files_give_the_reason) {
  CliRun missing = run_cli("targets /nonexistent/mubiao.txt");
  BOOST_TEST(missing.status == 1);
  BOOST_TEST(missing.err == "mubiao: /nonexistent/mubiao.txt: No such file or directory\n");
  auto png = write_temp_file("scan.png", "\x89PNG\r\n\x1A\nxxxx");
  CliRun image = run_cli("segment '" + png.string() + "'");
  BOOST_TEST(image.status == 1);
  BOOST_TEST(image.err.find("PNG image") != std::string::npos);
  BOOST_TEST(image.out.empty());
}
