// The documents one call works on: texts handed over from Python, or files
// read on a worker thread; and the errors that name a document.
#ifndef MUBIAO_PYTHON_FILES_H_
#define MUBIAO_PYTHON_FILES_H_

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>

namespace mubiao::python {

// A failure of one document; becomes a mubiao.Error subclass in Python
// (see raise_document_error in module.cc).
struct DocumentError : std::runtime_error {
  enum Kind { file, invalid_utf8 };
  DocumentError(Kind kind, std::string doc, std::string reason, std::size_t offset = 0)
      : std::runtime_error(doc + ": " + reason), kind(kind), doc(std::move(doc)),
        reason(std::move(reason)), offset(offset) {}
  Kind kind;
  std::string doc;
  std::string reason;
  std::size_t offset;
};

// One input document. Either a file to read (path, in the file system's
// encoding) or text that stays owned by a Python object for the whole call.
struct Source {
  std::string name;  // "doc" of every record
  bool is_path = false;
  std::string path;
  std::string_view text;
};

// The bytes of source: read from the file into storage, or the given text.
// Throws DocumentError when the file cannot be read. Needs no GIL.
std::string_view load(const Source& source, std::string& storage);

}  // namespace mubiao::python

#endif  // MUBIAO_PYTHON_FILES_H_
