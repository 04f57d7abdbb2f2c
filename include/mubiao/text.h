// Byte spans over UTF-8 input, and the one error every entry point can raise.
//
// mubiao never copies or rewrites its input: every result is a Span of byte
// offsets into the text the caller passed, end exclusive, so
// input.substr(span.start, span.size()) is always the unit's text.
#ifndef MUBIAO_TEXT_H_
#define MUBIAO_TEXT_H_

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

namespace mubiao {

// A half-open byte range [start, end) into the caller's input.
struct Span {
  std::size_t start = 0;
  std::size_t end = 0;

  std::size_t size() const { return end - start; }
  bool empty() const { return end == start; }
  bool contains(const Span& o) const { return start <= o.start && o.end <= end; }
  std::string_view of(std::string_view text) const { return text.substr(start, end - start); }
  friend bool operator==(const Span& a, const Span& b) {
    return a.start == b.start && a.end == b.end;
  }
  friend bool operator!=(const Span& a, const Span& b) { return !(a == b); }
  friend bool operator<(const Span& a, const Span& b) {
    return a.start != b.start ? a.start < b.start : a.end < b.end;
  }
};

// Offset of the first byte that is not part of well-formed UTF-8 (RFC 3629:
// no overlongs, no surrogates, nothing above U+10FFFF, no truncated
// sequences), or nullopt when the whole text is valid. NUL and control
// characters are valid UTF-8.
std::optional<std::size_t> find_invalid_utf8(std::string_view text);

// Thrown by every function that takes text when the text is not UTF-8.
// Nothing is segmented or recognised in such input.
class InvalidUtf8 : public std::runtime_error {
 public:
  explicit InvalidUtf8(std::size_t offset);
  // Byte offset of the first invalid byte.
  std::size_t offset() const { return offset_; }

 private:
  std::size_t offset_;
};

// Throws InvalidUtf8 unless text is well-formed UTF-8.
void require_utf8(std::string_view text);

// Text known to be well-formed UTF-8, so that a text is checked once however
// many stages read it. Made only by check() and by the readers of
// <mubiao/read.h>, which check what they produce. A view: the text must
// outlive it.
class CheckedText {
 public:
  CheckedText() = default;
  // Throws InvalidUtf8 unless text is well-formed UTF-8.
  static CheckedText check(std::string_view text);
  std::string_view view() const { return text_; }

 private:
  explicit CheckedText(std::string_view text) : text_(text) {}
  friend struct CheckedTextOfReader;  // lib/io: text the reader has checked
  std::string_view text_;
};

}  // namespace mubiao

#endif  // MUBIAO_TEXT_H_
