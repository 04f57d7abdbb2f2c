// Readers: a file or a byte buffer in, the UTF-8 text every stage reads out.
//
// Reports are published as text in many encodings (UTF-8, GB18030/GBK,
// Big5, UTF-16), as web pages, as Word (.docx) files and as PDFs. read_file
// and read_bytes turn each into one UTF-8 text with its paragraph structure
// kept (paragraphs separated by a blank line, line breaks as "\n"); every
// offset mubiao reports for such an input is a byte offset into that text.
// UTF-8 plain text comes back byte for byte as given.
//
// Part of the optional library mubiao_io (CMake option MUBIAO_WITH_READERS).
// Every function is safe to call from many threads at once.
#ifndef MUBIAO_READ_H_
#define MUBIAO_READ_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/text.h"

namespace mubiao {

enum class InputFormat { automatic, text, html, docx, pdf };

// "auto", "text", "html", "docx", "pdf".
const char* format_name(InputFormat format);
// The inverse of format_name; nullopt for anything else.
std::optional<InputFormat> parse_input_format(std::string_view name);

// Where read_file_text begins to map files by default (ReadOptions::map_from_bytes).
inline constexpr std::size_t kMapBytes = std::size_t{1} << 20;

struct ReadOptions {
  // automatic: sniffed from the bytes, then the file name's extension.
  InputFormat format = InputFormat::automatic;
  // For text (and for HTML without a declared charset): an ICU converter
  // name ("GB18030", "GBK", "Big5", "UTF-16LE", ...) that overrides
  // detection; empty to detect.
  std::string encoding;
  // The file name, used only to sniff by extension and in nothing else;
  // read_file sets it from the path when empty.
  std::string name;
  // Bounds against hostile files: the input size, the text produced (also
  // bounds what is decompressed from a .docx) and the pages of a PDF.
  std::size_t max_input_bytes = std::size_t{1} << 30;
  std::size_t max_text_bytes = std::size_t{256} << 20;
  std::size_t max_pages = 5000;
  // read_file_text maps a UTF-8 text file of at least this many bytes
  // instead of reading it (SIZE_MAX: never). A program that reuses its heap
  // from file to file may read larger files: a copy into memory it already
  // has costs less than a mapping's page tables and its unmapping.
  std::size_t map_from_bytes = kMapBytes;
};

struct ReadResult {
  std::string text;      // well-formed UTF-8
  InputFormat format;    // what was read (never automatic)
  std::string encoding;  // the source encoding ("UTF-8", "GB18030", ...; "" for docx, pdf)
  // Things the caller may want to tell a user: an encoding that had to be
  // guessed, boilerplate that was dropped. Never errors.
  std::vector<std::string> warnings;
};

// Why a read failed. Every reason comes with an English message that says
// what was wrong and, where there is one, what to do.
class ReadError : public std::runtime_error {
 public:
  enum class Reason {
    unreadable,    // the file could not be opened or read (the system's reason)
    unsupported,   // a format mubiao does not read (.doc, images, archives...)
    bad_encoding,  // text in no encoding that could be detected or the one forced
    corrupt,       // a damaged or truncated .docx/.pdf/HTML file
    encrypted,     // a password-protected PDF or document
    no_text,       // a PDF without a text layer (scanned)
    too_large,     // beyond ReadOptions' limits (zip bombs, huge PDFs)
  };
  ReadError(Reason reason, const std::string& message);
  Reason reason() const { return reason_; }

 private:
  Reason reason_;
};

// Reads bytes as described above. Throws ReadError.
ReadResult read_bytes(std::string_view bytes, const ReadOptions& options = {});
// Reads the file at path ("-" is not special here). Throws ReadError;
// a directory is refused with "is a directory".
ReadResult read_file(const std::string& path, const ReadOptions& options = {});

// What read_file_text returns: read_file's result, with the text checked
// and held where it costs least.
struct FileText {
  CheckedText text;  // well-formed UTF-8, viewing storage
  InputFormat format = InputFormat::text;
  std::string encoding;
  std::vector<std::string> warnings;
  bool mapped = false;                  // text views a mapping of the file
  std::shared_ptr<const void> storage;  // what text views: a string or the mapping
};

// read_file without a copy of a large file of UTF-8 text: a regular file of
// at least ReadOptions::map_from_bytes (by default kMapBytes) that turns out
// to be UTF-8 text is mapped into memory
// (read-only, private) and its text is the mapping, not a string that the
// file is copied into (a copy, and fresh memory to clear, of the file's
// size). Every other input is read as read_file reads it. A mapped file
// must not shrink while the FileText lives: a process that then touches the
// lost pages gets SIGBUS (tools that replace a file by renaming a new one
// over it, as most editors do, leave the mapping whole; truncating it in
// place, `cp` or `>` onto it, does not). Smaller files are always read.
// Throws ReadError.
FileText read_file_text(const std::string& path, const ReadOptions& options = {});

}  // namespace mubiao

#endif  // MUBIAO_READ_H_
