// Fuzz target: the HTML reader (charset, gumbo, furniture, article).
#include <cstdint>
#include <string_view>

#include "read_fuzz.h"

using namespace mubiao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ReadResult r;
  if (fuzz::check_read(bytes, fuzz::fuzz_options(InputFormat::html), &r)) {
    // Lines are trimmed of breaks at both ends and never run three deep.
    fuzz::check(r.text.empty() || r.text.back() == '\n', "text does not end a line");
    fuzz::check(r.text.find("\n\n\n") == std::string::npos, "more than one blank line");
  }
  return 0;
}
