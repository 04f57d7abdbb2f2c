// The readers behind read_bytes, one per format, and what they share. Each
// fills result.text (well-formed UTF-8) and may add warnings; each throws
// ReadError for what it cannot read.
//
// Two halves: sniffing and UTF-8 text (read.cc, sniff.cc, text.cc; target
// mubiao_io_core) need no library beyond the C++ runtime; the rest needs
// ICU or a format library and is reached through format_readers(), so that
// a program (the command line) can load it only when an input needs it.
#ifndef MUBIAO_LIB_IO_FORMATS_H_
#define MUBIAO_LIB_IO_FORMATS_H_

#include <string>
#include <string_view>

#include "mubiao/read.h"

namespace mubiao::io {

// The format of bytes by their content, then by name's extension; throws
// ReadError(unsupported) for formats mubiao knows it cannot read.
InputFormat sniff_format(std::string_view bytes, std::string_view name);

// Text in any supported encoding (text.cc; other than UTF-8 through
// format_readers()). UTF-8 is kept byte for byte:
// moved out of *owned when the caller lends the string bytes views (read_file
// does, so that a file's text is not copied again), or not copied at all
// with borrowed (read_file_text's mapped file): then *borrowed is set and
// result.text left empty. Returns true when result.text (or bytes, when
// borrowed) is the input, already checked as UTF-8.
bool read_text(std::string_view bytes, const ReadOptions& options, ReadResult& result,
               std::string* owned = nullptr, bool* borrowed = nullptr);
// Text that is not UTF-8 (invalid from byte bad_utf8 on) in the legacy
// charset the detector and a strict conversion agree on (encoding.cc).
void read_legacy_text(std::string_view bytes, std::size_t bad_utf8, const ReadOptions& options,
                      ReadResult& result);
void read_html(std::string_view bytes, const ReadOptions& options, ReadResult& result);
void read_docx(std::string_view bytes, const ReadOptions& options, ReadResult& result);
void read_pdf(std::string_view bytes, const ReadOptions& options, ReadResult& result);

// Converts bytes in the named ICU charset to UTF-8, refusing any byte that is
// not valid in it (ReadError bad_encoding, with its offset). A leading
// byte-order mark is dropped.
std::string convert_to_utf8(std::string_view bytes, const std::string& charset,
                            const ReadOptions& options);

// Throws ReadError(too_large) when size exceeds the text limit.
void check_text_size(std::size_t size, const ReadOptions& options, const char* what);

// The readers that need ICU or a format library.
struct FormatReaders {
  std::string (*convert_to_utf8)(std::string_view, const std::string&, const ReadOptions&);
  void (*read_legacy_text)(std::string_view, std::size_t, const ReadOptions&, ReadResult&);
  void (*read_html)(std::string_view, const ReadOptions&, ReadResult&);
  void (*read_docx)(std::string_view, const ReadOptions&, ReadResult&);
  void (*read_pdf)(std::string_view, const ReadOptions&, ReadResult&);
};
// Those readers, for need ("PDF input": what asks, for a message). Defined
// by linked_readers.cc in mubiao_io (the functions above), or by a program
// that links mubiao_io_core alone: the command line loads them from its
// format module, and throws ReadError(unsupported) naming need when it
// cannot.
const FormatReaders& format_readers(const char* need);

}  // namespace mubiao::io

#endif  // MUBIAO_LIB_IO_FORMATS_H_
