// What every reader fuzz target checks on read_bytes: an error is a
// ReadError with a message, a result is UTF-8 of the format asked for, and
// the output stays within the limits.
#ifndef MUBIAO_TESTS_FUZZ_READ_FUZZ_H_
#define MUBIAO_TESTS_FUZZ_READ_FUZZ_H_

#include <string_view>

#include "invariants.h"
#include "mubiao/read.h"

namespace mubiao::fuzz {

// Small limits, so that a decompression or page bomb is found quickly.
inline ReadOptions fuzz_options(InputFormat format) {
  ReadOptions o;
  o.format = format;
  o.max_text_bytes = 4u << 20;
  o.max_pages = 50;
  return o;
}

// Reads bytes; returns whether they were read (and checked).
inline bool check_read(std::string_view bytes, const ReadOptions& o, ReadResult* out = nullptr) {
  try {
    ReadResult r = read_bytes(bytes, o);
    check(!find_invalid_utf8(r.text), "reader output is not UTF-8");
    check(r.format == o.format || o.format == InputFormat::automatic, "format changed");
    check(r.format != InputFormat::automatic, "format left automatic");
    check(r.text.size() <= o.max_text_bytes || r.format == InputFormat::text, "text over limit",
          r.text.size());
    for (const std::string& w : r.warnings) check(!w.empty(), "empty warning");
    if (out) *out = std::move(r);
    return true;
  } catch (const ReadError& e) {
    check(e.what()[0] != '\0', "ReadError without a message");
    return false;
  }
}

}  // namespace mubiao::fuzz

#endif  // MUBIAO_TESTS_FUZZ_READ_FUZZ_H_
