// The command line's JSON string encoder (examples/cli/encode.cc) against a
// plain reading of RFC 8259: its fast path tests 16 bytes at a time which
// bytes need escaping, so every ASCII byte is put at every place of such a
// block, between ASCII and between Han text, with the buffer roomy (one copy)
// and tight (the byte-by-byte path).
#define BOOST_TEST_MODULE json_encode
#include <boost/test/unit_test.hpp>

#include <cstdio>
#include <string>
#include <string_view>

#include "encode.h"

namespace {

using mubiao::cli::Buffer;

// What RFC 8259 asks of a string: quote, backslash and controls escaped
// (the short forms where JSON has them), DEL as \u007f; every other byte,
// UTF-8 included, as it is.
std::string reference_json(std::string_view s) {
  std::string out = "\"";
  for (const unsigned char c : s) {
    switch (c) {
      case '"': out += "\\\""; break;
      case '\\': out += "\\\\"; break;
      case '\n': out += "\\n"; break;
      case '\r': out += "\\r"; break;
      case '\t': out += "\\t"; break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char hex[8];
          std::snprintf(hex, sizeof hex, "\\u%04x", c);
          out += hex;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string encoded(std::string_view s, std::size_t capacity) {
  Buffer out(capacity);
  mubiao::cli::encode_json_string(s, out);
  return std::string(out.view());
}

}  // namespace

BOOST_AUTO_TEST_CASE(every_ascii_byte_at_every_place_of_a_block) {
  // 40 bytes: two 16-byte blocks and a tail of 8, so every byte lands in the
  // fast path's blocks and in the scalar tail.
  const std::string fillers[] = {std::string(40, 'a'),
                                 "中国经济增长百分之五左右、居民收入增长同步"};
  std::size_t checked = 0;
  for (const std::string& filler : fillers) {
    for (std::size_t at = 0; at <= filler.size(); ++at) {
      if (at < filler.size() && (static_cast<unsigned char>(filler[at]) & 0xC0) == 0x80)
        continue;  // between the bytes of one character: not text a report holds
      for (int b = 0; b < 0x80; ++b) {
        std::string s = filler;
        s.insert(at, 1, static_cast<char>(b));
        const std::string want = reference_json(s);
        BOOST_TEST_REQUIRE(encoded(s, 4096) == want, "byte " << b << " at " << at);
        BOOST_TEST_REQUIRE(encoded(s, 1) == want, "byte " << b << " at " << at << " (tight)");
        ++checked;
      }
    }
  }
  BOOST_TEST(checked == (41 + 22) * 128u);
}

BOOST_AUTO_TEST_CASE(runs_of_escapes_and_empty_strings) {
  for (const std::string_view s :
       {std::string_view(""), std::string_view("\"\"\"\\\\\\"),
        std::string_view("\x01\x1f\x7f\x20"), std::string_view("增长\t7%\n左右\r"),
        std::string_view("\0\0", 2)}) {
    BOOST_TEST(encoded(s, 4096) == reference_json(s));
    BOOST_TEST(encoded(s, 1) == reference_json(s));
  }
}

// Values shorter than a block (a number's text, a unit) are tested eight
// bytes at once by bit tricks: every ASCII byte at every place of values of
// 7 to 15 bytes, ASCII and not.
BOOST_AUTO_TEST_CASE(every_ascii_byte_in_short_values) {
  const std::string han = "中国经济增";
  std::size_t checked = 0;
  for (std::size_t n = 6; n < 15; ++n) {
    for (const std::string& filler : {std::string(n, 'a'), han.substr(0, n)}) {
      for (std::size_t at = 0; at <= filler.size(); ++at) {
        for (int b = 0; b < 0x80; ++b) {
          std::string s = filler;
          s.insert(at, 1, static_cast<char>(b));
          BOOST_TEST_REQUIRE(encoded(s, 4096) == reference_json(s), "byte " << b << " at " << at);
          ++checked;
        }
      }
    }
  }
  BOOST_TEST(checked == 2 * (7 + 8 + 9 + 10 + 11 + 12 + 13 + 14 + 15) * 128u);
}
