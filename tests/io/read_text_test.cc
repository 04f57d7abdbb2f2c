// The text reader: UTF-8 kept byte for byte, UTF-16 and GB18030/Big5
// converted, forced encodings, and the refusals of sniffing.
#define BOOST_TEST_MODULE read_text
#include <boost/test/unit_test.hpp>

#include <string>

#include "io_test_support.h"
#include "mubiao/read.h"

using namespace mubiao;
using mubiao::test::iconv_from_utf8;

namespace {

const std::string kReport =
    "太原市政府工作报告\n\n今年主要预期目标是：地区生产总值增长7%左右，"
    "城镇调查失业率控制在5.5%以内。\n\n一、过去一年工作回顾\n";

ReadError::Reason reason_of(const std::string& bytes, const ReadOptions& o = {}) {
  try {
    read_bytes(bytes, o);
  } catch (const ReadError& e) {
    return e.reason();
  }
  BOOST_FAIL("no ReadError");
  return ReadError::Reason::unreadable;
}

std::string message_of(const std::string& bytes, const ReadOptions& o = {}) {
  try {
    read_bytes(bytes, o);
  } catch (const ReadError& e) {
    return e.what();
  }
  return "";
}

}  // namespace

BOOST_AUTO_TEST_CASE(utf8_is_kept_byte_for_byte) {
  for (const std::string& t :
       {kReport, "\xEF\xBB\xBF" + kReport, std::string(), std::string("a\r\nb")}) {
    ReadResult r = read_bytes(t);
    BOOST_TEST(r.text == t);
    BOOST_TEST((r.format == InputFormat::text));
    BOOST_TEST(r.encoding == "UTF-8");
    BOOST_TEST(r.warnings.empty());
  }
}

BOOST_AUTO_TEST_CASE(utf16_with_bom_is_converted_and_loses_the_bom) {
  for (const char* cs : {"UTF-16LE", "UTF-16BE"}) {
    const std::string bom = std::string(cs) == "UTF-16LE" ? "\xFF\xFE" : "\xFE\xFF";
    ReadResult r = read_bytes(bom + iconv_from_utf8(kReport, cs));
    BOOST_TEST(r.text == kReport);
    BOOST_TEST(r.encoding == cs);
  }
}

BOOST_AUTO_TEST_CASE(gb18030_gbk_and_big5_are_detected) {
  ReadResult gb = read_bytes(iconv_from_utf8(kReport, "GB18030"));
  BOOST_TEST(gb.text == kReport);
  BOOST_TEST(gb.encoding == "GB18030");
  ReadResult gbk = read_bytes(iconv_from_utf8(kReport, "GBK"));
  BOOST_TEST(gbk.text == kReport);
  const std::string trad = "臺北市政府工作報告\n\n經濟成長率達到百分之三，失業率維持在低檔。\n";
  ReadResult big5 = read_bytes(iconv_from_utf8(trad, "BIG5"));
  BOOST_TEST(big5.text == trad);
  BOOST_TEST(big5.encoding == "Big5");
}

BOOST_AUTO_TEST_CASE(a_close_guess_is_a_warning) {
  // Two Han characters are valid GB18030 and Big5 alike: too little to tell.
  ReadResult r = read_bytes(iconv_from_utf8("目标", "GB18030"));
  BOOST_TEST(!r.warnings.empty());
  BOOST_TEST(r.warnings[0].find("--encoding") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_forced_encoding_wins_and_is_checked) {
  ReadOptions o;
  o.encoding = "GBK";
  BOOST_TEST(read_bytes(iconv_from_utf8(kReport, "GBK"), o).text == kReport);
  // A lead byte with nothing after it: the offset of the bad byte is given.
  const std::string bad = iconv_from_utf8("目标", "GBK") + "\x81";
  BOOST_TEST((reason_of(bad, o) == ReadError::Reason::bad_encoding));
  BOOST_TEST(message_of(bad, o).find("at byte 4") != std::string::npos);
  o.encoding = "no-such-charset";
  BOOST_TEST(message_of(kReport, o).find("unknown encoding 'no-such-charset'") !=
             std::string::npos);
}

BOOST_AUTO_TEST_CASE(forced_utf8_is_kept_and_checked_like_the_pipeline) {
  ReadOptions o;
  o.encoding = "utf-8";
  BOOST_TEST(read_bytes("\xEF\xBB\xBF" + kReport, o).text == "\xEF\xBB\xBF" + kReport);
  // Valid GB18030 is no excuse when UTF-8 is asked for ("标" is B1 EA).
  BOOST_TEST(message_of("增长" + iconv_from_utf8("标", "GB18030"), o) == "invalid UTF-8 at byte 6");
}

BOOST_AUTO_TEST_CASE(undecodable_bytes_say_what_to_do) {
  const std::string junk = "\xFF\xFF\xFF\x80\x80";
  BOOST_TEST((reason_of(junk) == ReadError::Reason::bad_encoding));
  BOOST_TEST(message_of(junk).find("--encoding") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(unreadable_formats_are_named) {
  struct Case {
    std::string bytes, name, says;
  };
  const Case cases[] = {
      {std::string("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8) + "xxxx", "r.doc", "legacy Office"},
      {"\x89PNG\r\n\x1A\nxxxx", "scan.png", "PNG image"},
      {"\xFF\xD8\xFF\xE0xxxx", "scan.jpg", "run OCR"},
      {"\x1F\x8Bxxxx", "r.txt.gz", "gzip archive"},
      {"plain words", "r.doc", ".doc"},
      {"plain words", "r.docx", "not a .docx"},
      {"plain words", "r.pdf", "not a PDF"},
  };
  for (const Case& c : cases) {
    ReadOptions o;
    o.name = c.name;
    const std::string m = message_of(c.bytes, o);
    BOOST_TEST(m.find(c.says) != std::string::npos, c.name << ": " << m);
  }
}

BOOST_AUTO_TEST_CASE(limits_are_errors) {
  ReadOptions o;
  o.max_input_bytes = 10;
  BOOST_TEST((reason_of(kReport, o) == ReadError::Reason::too_large));
  o = ReadOptions();
  o.max_text_bytes = 10;
  BOOST_TEST((reason_of(iconv_from_utf8(kReport, "GB18030"), o) == ReadError::Reason::too_large));
}

BOOST_AUTO_TEST_CASE(files_give_the_system_reason) {
  try {
    read_file("/nonexistent/mubiao/report.txt");
    BOOST_FAIL("no error");
  } catch (const ReadError& e) {
    BOOST_TEST(std::string(e.what()) == "No such file or directory");
    BOOST_TEST((e.reason() == ReadError::Reason::unreadable));
  }
  try {
    read_file(mubiao::test::io_temp_dir().string());
    BOOST_FAIL("no error");
  } catch (const ReadError& e) {
    BOOST_TEST(std::string(e.what()) == "is a directory");
  }
  auto p = mubiao::test::write_temp_file("gb.txt", iconv_from_utf8(kReport, "GB18030"));
  BOOST_TEST(read_file(p.string()).text == kReport);
}

BOOST_AUTO_TEST_CASE(format_names_round_trip) {
  for (InputFormat f : {InputFormat::automatic, InputFormat::text, InputFormat::html,
                        InputFormat::docx, InputFormat::pdf})
    BOOST_TEST((parse_input_format(format_name(f)) == f));
  BOOST_TEST(!parse_input_format("doc"));
}
