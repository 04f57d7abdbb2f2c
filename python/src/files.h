// The documents one call works on: texts handed over from Python, bytes or
// files turned into text by the readers (<mubiao/read.h>, as the CLI does),
// and the errors that name a document.
#ifndef MUBIAO_PYTHON_FILES_H_
#define MUBIAO_PYTHON_FILES_H_

#include <cstddef>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace mubiao::python {

// A failure of one document; becomes a mubiao.errors class in Python
// (raise_document_error in module.cc). reason is one of ReadError's reasons
// ("unreadable", "bad_encoding", "unsupported", ...).
struct DocumentError : std::runtime_error {
  DocumentError(std::string doc, std::string reason, const std::string& message,
                std::optional<std::size_t> offset = std::nullopt)
      : std::runtime_error(doc + ": " + message),
        doc(std::move(doc)),
        reason(std::move(reason)),
        offset(offset) {}
  std::string doc;
  std::string reason;
  std::optional<std::size_t> offset;  // the first byte that is not UTF-8, when that is the cause
};

// One input document.
struct Source {
  enum Kind { from_text, from_path, from_bytes };
  std::string name;  // "doc" of every record
  Kind kind = from_text;
  std::string path;       // kind path: in the file system's encoding
  std::string_view data;  // kind text (UTF-8) or bytes (a file's contents); owned by a
                          // Python object that outlives the call
  // For path and bytes: "auto", "text", "html", "docx", "pdf"; and an encoding
  // name ("" to detect).
  std::string format = "auto";
  std::string encoding;
};

struct Loaded {
  std::string storage;  // the text when it had to be produced
  std::string_view text;
  std::vector<std::string> warnings;
};

// The UTF-8 text of source. Throws DocumentError. Needs no GIL.
void load(const Source& source, Loaded& out);

}  // namespace mubiao::python

#endif  // MUBIAO_PYTHON_FILES_H_
