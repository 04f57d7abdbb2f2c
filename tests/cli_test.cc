// The command line's behaviour as a user sees it: exit statuses, messages on
// standard error, and no partial output for a file that fails.
#define BOOST_TEST_MODULE cli
#include <boost/test/unit_test.hpp>

#include <filesystem>
#include <string>

#include "cli_run.h"

namespace fs = std::filesystem;
using mubiao::test::Run;
using mubiao::test::run;
using mubiao::test::write_temp;

BOOST_AUTO_TEST_CASE(bad_usage_exits_2) {
  BOOST_TEST(run("").status == 2);
  BOOST_TEST(run("frobnicate").status == 2);
  BOOST_TEST(run("segment --level nonsense").status == 2);
  BOOST_TEST(run("segment --level").status == 2);
  BOOST_TEST(run("targets --format xml").status == 2);
  BOOST_TEST(run("numbers --bogus").status == 2);
  Run r = run("frobnicate");
  BOOST_TEST(r.err.find("frobnicate") != std::string::npos);
  BOOST_TEST(r.out.empty());
}

BOOST_AUTO_TEST_CASE(help_and_version_succeed) {
  BOOST_TEST(run("--help").status == 0);
  Run v = run("--version");
  BOOST_TEST(v.status == 0);
  BOOST_TEST(v.out.rfind("mubiao ", 0) == 0);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_is_reported_with_file_and_offset) {
  fs::path bad = write_temp("bad.txt", "增长7%\xFF。");
  for (const char* cmd : {"segment", "segment --level word", "numbers", "normalize", "targets"}) {
    Run r = run(std::string(cmd) + " '" + bad.string() + "'");
    BOOST_TEST(r.status == 1, cmd);
    BOOST_TEST(r.out.empty(), cmd);
    BOOST_TEST(r.err.find(bad.string()) != std::string::npos, cmd);
    BOOST_TEST(r.err.find("byte 8") != std::string::npos, cmd << ": " << r.err);
  }
}

BOOST_AUTO_TEST_CASE(a_failing_file_does_not_stop_the_others) {
  fs::path good = write_temp("good.txt", "今年地区生产总值增长6%左右。");
  fs::path bad = write_temp("bad2.txt", "\xC0\xAF\x80");  // not UTF-8, GB18030 or Big5 either
  Run r = run("segment '" + bad.string() + "' '" + good.string() + "'");
  BOOST_TEST(r.status == 1);
  BOOST_TEST(r.out.find(good.string()) != std::string::npos);
  BOOST_TEST(r.out.find(bad.string()) == std::string::npos);
}

BOOST_AUTO_TEST_CASE(unreadable_file_exits_1) {
  Run r = run("segment /nonexistent/mubiao/file.txt");
  BOOST_TEST(r.status == 1);
  BOOST_TEST(r.err.find("/nonexistent/mubiao/file.txt") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(empty_input_is_an_empty_success) {
  for (const char* cmd : {"segment", "segment --level word", "numbers", "targets"}) {
    Run r = run(cmd, "");
    BOOST_TEST(r.status == 0, cmd);
    BOOST_TEST(r.out.empty(), cmd);
  }
}

BOOST_AUTO_TEST_CASE(standard_input_is_named_dash) {
  Run r = run("segment -", "第一句。第二句。");
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.out.find("\"doc\":\"-\"") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(csv_has_a_header_even_without_records) {
  Run r = run("targets --format csv", "");
  BOOST_TEST(r.status == 0);
  BOOST_TEST(
      r.out.rfind("doc,start,end,text,section,stance,indicator,measure,comparator,value", 0) == 0);
  Run t = run("targets --format tsv", "");
  BOOST_TEST(t.out.rfind("doc\tstart\tend\ttext", 0) == 0);
}

BOOST_AUTO_TEST_CASE(nul_bytes_are_text_not_terminators) {
  Run r = run("segment --level paragraph", std::string("前文\0后文。", 13));
  BOOST_TEST(r.status == 0);
  BOOST_TEST(r.out.find("后文") != std::string::npos);
  BOOST_TEST(r.out.find("\\u0000") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(jobs_keep_input_order_and_output) {
  std::string files;
  for (int i = 0; i < 6; ++i)
    files += " '" +
             write_temp("f" + std::to_string(i) + ".txt",
                        std::string(i * 300 + 1, 'x') + "第" + std::to_string(i) + "句。")
                 .string() +
             "'";
  Run one = run("segment --jobs 1" + files);
  Run two = run("segment --jobs 3" + files);
  BOOST_TEST(one.status == 0);
  BOOST_TEST(two.status == 0);
  BOOST_TEST(!one.out.empty());
  BOOST_TEST(one.out == two.out);
  BOOST_TEST(one.out.find("f0.txt") < one.out.find("f5.txt"));
  BOOST_TEST(run("segment --jobs 0" + files).status == 2);
  BOOST_TEST(run("segment --jobs x" + files).status == 2);
}
