// Plain text: which encoding it is in, and UTF-8 kept byte for byte. Only
// the conversion of the other encodings needs ICU (encoding.cc, reached
// through format_readers()), so that UTF-8 text is read with no library
// beyond the C++ runtime: the command line then need not load its format
// module at all.
#include <algorithm>
#include <cctype>
#include <string>

#include "io/formats.h"
#include "mubiao/text.h"

namespace mubiao::io {
namespace {

// UTF-16 without a byte-order mark shows as a NUL in every other byte of
// ASCII text: "LE" when the NULs are the odd bytes, "BE" when even.
const char* utf16_without_bom(std::string_view b) {
  const std::size_t n = std::min<std::size_t>(b.size(), 4096) & ~std::size_t{1};
  if (n < 8) return nullptr;
  std::size_t even = 0, odd = 0;
  for (std::size_t i = 0; i < n; i += 2) {
    even += b[i] == '\0';
    odd += b[i + 1] == '\0';
  }
  const std::size_t pairs = n / 2;
  if (odd * 3 > pairs && even * 20 < pairs) return "UTF-16LE";
  if (even * 3 > pairs && odd * 20 < pairs) return "UTF-16BE";
  return nullptr;
}

// Whether name is UTF-8 by any of its usual spellings.
bool is_utf8_name(const std::string& name) {
  std::string n;
  for (char c : name)
    if (c != '-' && c != '_') n += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return n == "utf8";
}

}  // namespace

void check_text_size(std::size_t size, const ReadOptions& options, const char* what) {
  if (size > options.max_text_bytes)
    throw ReadError(ReadError::Reason::too_large,
                    std::string(what) + " holds more than the limit of " +
                        std::to_string(options.max_text_bytes) + " bytes of text");
}

bool read_text(std::string_view bytes, const ReadOptions& options, ReadResult& result,
               std::string* owned, bool* borrowed) {
  auto keep = [&] {  // bytes are checked UTF-8: the text itself
    check_text_size(bytes.size(), options, "the text");
    result.encoding = "UTF-8";
    if (borrowed)
      *borrowed = true;
    else if (owned)
      result.text = std::move(*owned);
    else
      result.text.assign(bytes);
    return true;
  };
  if (is_utf8_name(options.encoding)) {
    // Forced UTF-8 is kept byte for byte, as detected UTF-8 is, and judged
    // by the pipeline's own check.
    if (auto bad = find_invalid_utf8(bytes))
      throw ReadError(ReadError::Reason::bad_encoding,
                      "invalid UTF-8 at byte " + std::to_string(*bad));
    return keep();
  }
  if (!options.encoding.empty()) {
    result.encoding = options.encoding;
    result.text = format_readers("text in a named encoding")
                      .convert_to_utf8(bytes, options.encoding, options);
    return false;
  }
  const char* bom = nullptr;
  if (bytes.substr(0, 2) == "\xFF\xFE")
    bom = "UTF-16LE";
  else if (bytes.substr(0, 2) == "\xFE\xFF")
    bom = "UTF-16BE";
  if (bom) {
    result.encoding = bom;
    result.text = format_readers("UTF-16 text").convert_to_utf8(bytes, bom, options);
    return false;
  }
  if (const char* guess = utf16_without_bom(bytes)) {
    result.encoding = guess;
    result.text = format_readers("UTF-16 text").convert_to_utf8(bytes, guess, options);
    result.warnings.push_back(std::string("no byte-order mark: guessed ") + guess +
                              " (force another with --encoding NAME)");
    return false;
  }
  const auto bad_utf8 = find_invalid_utf8(bytes);
  if (!bad_utf8) return keep();
  format_readers("text that is not UTF-8 (GB18030, Big5)")
      .read_legacy_text(bytes, *bad_utf8, options, result);
  return false;
}

}  // namespace mubiao::io
