#define BOOST_TEST_MODULE utf8
#include <boost/test/unit_test.hpp>

#include <string>

#include "mubiao/text.h"

using mubiao::find_invalid_utf8;

BOOST_AUTO_TEST_CASE(valid_text_has_no_error) {
  BOOST_TEST(!find_invalid_utf8(""));
  BOOST_TEST(!find_invalid_utf8("abc"));
  BOOST_TEST(!find_invalid_utf8("增长7%，力争7.5%"));
  BOOST_TEST(!find_invalid_utf8(std::string("a\0b", 3)));  // NUL is a character
  BOOST_TEST(!find_invalid_utf8("\xF0\x9F\x98\x80"));      // U+1F600
  BOOST_TEST(!find_invalid_utf8("\xF4\x8F\xBF\xBF"));      // U+10FFFF
}

BOOST_AUTO_TEST_CASE(invalid_sequences_report_their_offset) {
  BOOST_TEST(*find_invalid_utf8("ab\xFF") == 2u);
  BOOST_TEST(*find_invalid_utf8("\x80") == 0u);              // lone continuation
  BOOST_TEST(*find_invalid_utf8("增\xE5\xA2") == 3u);        // truncated at end
  BOOST_TEST(*find_invalid_utf8("\xC0\xAF") == 0u);          // overlong '/'
  BOOST_TEST(*find_invalid_utf8("\xE0\x80\xAF") == 0u);      // overlong 3-byte
  BOOST_TEST(*find_invalid_utf8("\xF0\x80\x80\xAF") == 0u);  // overlong 4-byte
  BOOST_TEST(*find_invalid_utf8("x\xED\xA0\x80") == 1u);     // surrogate U+D800
  BOOST_TEST(*find_invalid_utf8("\xF4\x90\x80\x80") == 0u);  // above U+10FFFF
  BOOST_TEST(*find_invalid_utf8("\xF5\x80\x80\x80") == 0u);
  BOOST_TEST(*find_invalid_utf8("\xE5\x41\x42") == 0u);  // lead without continuation
}

BOOST_AUTO_TEST_CASE(require_utf8_throws_with_offset) {
  try {
    mubiao::require_utf8("好\xFF");
    BOOST_FAIL("no exception");
  } catch (const mubiao::InvalidUtf8& e) {
    BOOST_TEST(e.offset() == 3u);
    BOOST_TEST(std::string(e.what()).find("byte 3") != std::string::npos);
  }
}
