// UTF-8 validation (RFC 3629). A table-free decoder: the rules are short and
// the loop's fast path for ASCII covers most bytes of mixed text.
#include <string>

#include "mubiao/text.h"
#include "text/utf8.h"

namespace mubiao {

std::optional<std::size_t> find_invalid_utf8(std::string_view text) {
  const auto* p = reinterpret_cast<const unsigned char*>(text.data());
  const std::size_t n = text.size();
  std::size_t i = 0;
  while (i < n) {
    // Fast path for the common cases: ASCII, and 3-byte characters led by
    // E1..EC (all of CJK; no overlong or surrogate form starts with them).
    if (p[i] < 0x80) {
      ++i;
      continue;
    }
    if (p[i] >= 0xE1 && p[i] <= 0xEC && i + 2 < n && (p[i + 1] & 0xC0) == 0x80 &&
        (p[i + 2] & 0xC0) == 0x80) {
      i += 3;
      continue;
    }
    const std::size_t len = utf8::sequence_length(p + i, n - i);
    if (len == 0) return i;
    i += len;
  }
  return std::nullopt;
}

InvalidUtf8::InvalidUtf8(std::size_t offset)
    : std::runtime_error("invalid UTF-8 at byte " + std::to_string(offset)), offset_(offset) {}

void require_utf8(std::string_view text) {
  if (auto bad = find_invalid_utf8(text)) throw InvalidUtf8(*bad);
}

}  // namespace mubiao
