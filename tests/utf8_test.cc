#define BOOST_TEST_MODULE utf8
#include <boost/test/unit_test.hpp>

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

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

namespace {

// RFC 3629's table 4 as ranges of each byte after the lead: the reference
// the block-wise validator (16 and 32 bytes at a time) is checked against.
std::optional<std::size_t> reference_invalid(const std::string& s) {
  const auto* p = reinterpret_cast<const unsigned char*>(s.data());
  const std::size_t n = s.size();
  for (std::size_t i = 0; i < n;) {
    const unsigned b = p[i];
    std::size_t len = 0;
    unsigned lo = 0x80, hi = 0xBF;
    if (b < 0x80)
      len = 1;
    else if (b >= 0xC2 && b <= 0xDF)
      len = 2;
    else if (b >= 0xE0 && b <= 0xEF)
      len = 3, lo = b == 0xE0 ? 0xA0 : 0x80, hi = b == 0xED ? 0x9F : 0xBF;
    else if (b >= 0xF0 && b <= 0xF4)
      len = 4, lo = b == 0xF0 ? 0x90 : 0x80, hi = b == 0xF4 ? 0x8F : 0xBF;
    if (len == 0 || i + len > n) return i;
    for (std::size_t k = 1; k < len; ++k)
      if (p[i + k] < (k == 1 ? lo : 0x80) || p[i + k] > (k == 1 ? hi : 0xBF)) return i;
    i += len;
  }
  return std::nullopt;
}

}  // namespace

BOOST_AUTO_TEST_CASE(block_validation_agrees_with_the_reference) {
  // Pieces that fill whole blocks (ASCII, CJK, full-width punctuation) and
  // ones that break them (2- and 4-byte characters, E0 and ED leads, stray
  // and truncated bytes), at every offset within a block.
  const std::vector<std::string> pieces = {"a",
                                           "0123456789abcdef",
                                           "增长",
                                           "，",
                                           "。",
                                           "\xC2\xB7",
                                           "\xE0\xA4\x85",
                                           "\xED\x9F\xBF",
                                           "\xF0\x9F\x98\x80",
                                           "\xED\xA0\x80",
                                           "\xE0\x80\x80",
                                           "\xFF",
                                           "\x80",
                                           "\xE5\xA2",
                                           "\xF4\x90\x80\x80",
                                           "\xC0\xAF",
                                           "\n"};
  std::uint32_t state = 12345;
  const auto next = [&] { return state = state * 1664525u + 1013904223u; };
  for (int round = 0; round < 20000; ++round) {
    std::string s;
    const std::size_t count = next() % 40;
    for (std::size_t k = 0; k < count; ++k) {
      // Mostly valid pieces, so that the error (if any) lies deep in blocks.
      const std::size_t pick = next() % 100;
      s += pieces[pick < 90 ? pick % 7 : 7 + pick % (pieces.size() - 7)];
    }
    const auto got = mubiao::find_invalid_utf8(s), want = reference_invalid(s);
    BOOST_TEST_REQUIRE(got.value_or(s.size() + 1) == want.value_or(s.size() + 1),
                       "round " << round);
  }
}
