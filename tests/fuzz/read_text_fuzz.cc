// Fuzz target: the text reader (encoding detection and conversion) and format
// sniffing. UTF-8 input must come back byte for byte.
#include <cstdint>
#include <string_view>

#include "read_fuzz.h"

using namespace mubiao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  ReadResult r;
  if (fuzz::check_read(bytes, fuzz::fuzz_options(InputFormat::text), &r) && r.encoding == "UTF-8")
    fuzz::check(r.text == bytes, "UTF-8 text was changed");
  // A forced encoding: either converted or refused.
  ReadOptions forced = fuzz::fuzz_options(InputFormat::text);
  forced.encoding = size % 2 ? "Big5" : "GB18030";
  fuzz::check_read(bytes, forced);
  // Sniffing picks a reader or refuses; never more than that.
  fuzz::check_read(bytes.substr(0, 2048), fuzz::fuzz_options(InputFormat::automatic));
  return 0;
}
