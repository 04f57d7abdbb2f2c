// Fuzz target: the PDF reader (poppler-cpp behind it).
#include <cstdint>
#include <string_view>

#include "read_fuzz.h"

using namespace mubiao;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  fuzz::check_read(bytes, fuzz::fuzz_options(InputFormat::pdf));
  return 0;
}
