// Text in the encodings other than UTF-8 that a Chinese report comes in,
// converted by ICU: UTF-16, and GB18030 (a superset of GBK and GB2312) or
// Big5, told apart by ICU's charset detector and confirmed by a strict
// conversion. Which encoding a text is in is decided in text.cc, without ICU.
#include <memory>
#include <string>
#include <vector>

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>
#include <unicode/ucsdet.h>
#include <unicode/ustring.h>

#include "io/formats.h"

namespace mubiao::io {
namespace {

struct ConverterCloser {
  void operator()(UConverter* c) const { ucnv_close(c); }
};
struct DetectorCloser {
  void operator()(UCharsetDetector* d) const { ucsdet_close(d); }
};

[[noreturn]] void bad_encoding(const std::string& message) {
  throw ReadError(ReadError::Reason::bad_encoding, message);
}

// The legacy encodings a report is tried in when it is not UTF-8, in the
// order they are preferred when the detector cannot tell them apart.
const char* const kLegacyCharsets[] = {"GB18030", "Big5"};

// Whether bytes read as text in charset: every byte valid, and nothing that
// only a wrong guess produces (C1 controls, private-use characters, which
// some converters map unassigned bytes to).
bool valid_in(std::string_view bytes, const char* charset) {
  std::string text;
  try {
    ReadOptions unlimited;
    unlimited.max_text_bytes = static_cast<std::size_t>(-1);
    text = convert_to_utf8(bytes, charset, unlimited);
  } catch (const ReadError&) {
    return false;
  }
  for (std::size_t i = 0; i + 1 < text.size(); ++i) {
    const auto b0 = static_cast<unsigned char>(text[i]),
               b1 = static_cast<unsigned char>(text[i + 1]);
    if (b0 == 0xC2 && b1 >= 0x80 && b1 <= 0x9F) return false;                    // U+0080..U+009F
    if ((b0 == 0xEE) || (b0 == 0xEF && b1 >= 0x80 && b1 <= 0xA3)) return false;  // U+E000..U+F8FF
  }
  return true;
}

// The detector's confidence (0..100) for each legacy charset, from the first
// 256 KiB (enough to tell Chinese encodings apart).
std::vector<int> detector_confidence(std::string_view bytes) {
  std::vector<int> confidence(std::size(kLegacyCharsets), 0);
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UCharsetDetector, DetectorCloser> det(ucsdet_open(&status));
  if (U_FAILURE(status)) return confidence;
  const auto sample = bytes.substr(0, 256 * 1024);
  ucsdet_setText(det.get(), sample.data(), static_cast<int32_t>(sample.size()), &status);
  int32_t found = 0;
  const UCharsetMatch** matches = ucsdet_detectAll(det.get(), &found, &status);
  if (U_FAILURE(status)) return confidence;
  for (int32_t i = 0; i < found; ++i) {
    const char* name = ucsdet_getName(matches[i], &status);
    const int32_t c = ucsdet_getConfidence(matches[i], &status);
    if (U_FAILURE(status) || name == nullptr) return confidence;
    for (std::size_t k = 0; k < confidence.size(); ++k)
      if (std::string_view(name) == kLegacyCharsets[k] && confidence[k] == 0) confidence[k] = c;
  }
  return confidence;
}

}  // namespace

std::string convert_to_utf8(std::string_view bytes, const std::string& charset,
                            const ReadOptions& options) {
  UErrorCode status = U_ZERO_ERROR;
  std::unique_ptr<UConverter, ConverterCloser> conv(ucnv_open(charset.c_str(), &status));
  if (U_FAILURE(status)) bad_encoding("unknown encoding '" + charset + "'");
  UConverterToUCallback old_action;
  const void* old_context;
  ucnv_setToUCallBack(conv.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, &old_action, &old_context,
                      &status);
  // Any charset ICU has yields at most one UTF-16 unit per input byte, plus
  // what a converter may flush at the end.
  std::vector<UChar> units(bytes.size() + 16);
  const char* src = bytes.data();
  const char* const src_end = src + bytes.size();
  UChar* dst = units.data();
  ucnv_toUnicode(conv.get(), &dst, units.data() + units.size(), &src, src_end, nullptr, true,
                 &status);
  if (U_FAILURE(status)) {
    char invalid[32];
    int8_t len = sizeof invalid;
    UErrorCode s2 = U_ZERO_ERROR;
    ucnv_getInvalidChars(conv.get(), invalid, &len, &s2);
    const std::size_t at = static_cast<std::size_t>(src - bytes.data()) - (U_SUCCESS(s2) ? len : 0);
    bad_encoding("not valid " + charset + " text: invalid byte sequence at byte " +
                 std::to_string(at));
  }
  const UChar* begin = units.data();
  int32_t count = static_cast<int32_t>(dst - begin);
  if (count > 0 && begin[0] == 0xFEFF) {
    ++begin;
    --count;
  }  // the byte-order mark
  int32_t needed = 0;
  status = U_ZERO_ERROR;
  u_strToUTF8(nullptr, 0, &needed, begin, count, &status);
  check_text_size(static_cast<std::size_t>(needed), options, "the text");
  std::string out(static_cast<std::size_t>(needed), '\0');
  status = U_ZERO_ERROR;
  u_strToUTF8(out.data(), needed, nullptr, begin, count, &status);
  if (U_FAILURE(status)) bad_encoding("not valid " + charset + " text (lone surrogate)");
  return out;
}

void read_legacy_text(std::string_view bytes, std::size_t bad_utf8, const ReadOptions& options,
                      ReadResult& result) {
  // Not UTF-8: the legacy charset the detector trusts most among those the
  // bytes are valid in.
  const std::vector<int> confidence = detector_confidence(bytes);
  int best = -1;
  std::vector<std::size_t> valid;
  for (std::size_t k = 0; k < confidence.size(); ++k) {
    if (!valid_in(bytes, kLegacyCharsets[k])) continue;
    valid.push_back(k);
    if (best < 0 || confidence[k] > confidence[static_cast<std::size_t>(best)])
      best = static_cast<int>(k);
  }
  if (best < 0)
    bad_encoding("invalid UTF-8 at byte " + std::to_string(bad_utf8) +
                 ", and not GB18030 or Big5 text either; name its encoding with --encoding NAME");
  const auto k = static_cast<std::size_t>(best);
  result.encoding = kLegacyCharsets[k];
  result.text = convert_to_utf8(bytes, kLegacyCharsets[k], options);
  // Say so when the guess was close: another charset fitted almost as well,
  // or the detector had little to go on.
  bool close = confidence[k] < 30;
  for (std::size_t other : valid)
    if (other != k && confidence[other] + 10 >= confidence[k]) close = true;
  if (close)
    result.warnings.push_back("encoding guessed as " + result.encoding + " (confidence " +
                              std::to_string(confidence[k]) +
                              "); force another with --encoding NAME");
}

}  // namespace mubiao::io
