// The readers linked into the program with mubiao_io: what the C ABI, the
// Python module, the tests and the command line's format module use.
#include "io/formats.h"

namespace mubiao::io {

const FormatReaders& format_readers(const char* /*need*/) {
  static const FormatReaders readers{convert_to_utf8, read_legacy_text, read_html, read_docx,
                                     read_pdf};
  return readers;
}

}  // namespace mubiao::io
