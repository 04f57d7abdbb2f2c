#include "table_file.h"

#include <charconv>
#include <cmath>

namespace mubiao::cli {

std::optional<double> decimal_value(std::string_view text) {
  double v = 0;
  const auto r = std::from_chars(text.data(), text.data() + text.size(), v);
  if (r.ec != std::errc() || r.ptr != text.data() + text.size() || !std::isfinite(v))
    return std::nullopt;
  return v;
}

std::string_view utf8_prefix(std::string_view s, std::size_t max_chars, std::size_t max_bytes) {
  std::size_t chars = 0, end = 0;
  for (std::size_t i = 0; i <= s.size(); ++i) {
    // A character starts at every byte that is not a continuation byte.
    if (i == s.size() || (static_cast<unsigned char>(s[i]) & 0xC0) != 0x80) {
      if (i > max_bytes || chars > max_chars) break;
      end = i;
      ++chars;
    }
  }
  return s.substr(0, end);
}

}  // namespace mubiao::cli
