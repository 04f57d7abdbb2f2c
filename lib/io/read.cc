// read_file and read_bytes: open the file, pick the reader, check its text.
#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <string>

#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "io/formats.h"
#include "mubiao/read.h"
#include "mubiao/text.h"
#include "text/huge_pages.h"

namespace mubiao {

const char* format_name(InputFormat format) {
  switch (format) {
    case InputFormat::automatic: return "auto";
    case InputFormat::text: return "text";
    case InputFormat::html: return "html";
    case InputFormat::docx: return "docx";
    case InputFormat::pdf: return "pdf";
  }
  return "auto";
}

std::optional<InputFormat> parse_input_format(std::string_view name) {
  for (InputFormat f : {InputFormat::automatic, InputFormat::text, InputFormat::html,
                        InputFormat::docx, InputFormat::pdf})
    if (name == format_name(f)) return f;
  return std::nullopt;
}

ReadError::ReadError(Reason reason, const std::string& message)
    : std::runtime_error(message), reason_(reason) {}

namespace {

// read_bytes, lending the string bytes views when the caller owns it. With
// borrowed, UTF-8 text is not copied at all: *borrowed says that bytes are
// the text (checked), and result.text is left empty.
ReadResult read_input(std::string_view bytes, std::string* owned, const ReadOptions& options,
                      bool* borrowed = nullptr) {
  if (bytes.size() > options.max_input_bytes)
    throw ReadError(ReadError::Reason::too_large, "input of " + std::to_string(bytes.size()) +
                                                      " bytes is larger than the limit of " +
                                                      std::to_string(options.max_input_bytes));
  ReadResult result;
  result.format = options.format == InputFormat::automatic ? io::sniff_format(bytes, options.name)
                                                           : options.format;
  bool checked = false;  // result.text (or bytes, when borrowed) is checked UTF-8
  switch (result.format) {
    case InputFormat::automatic:
    case InputFormat::text: checked = io::read_text(bytes, options, result, owned, borrowed); break;
    case InputFormat::html:
      io::format_readers("HTML input").read_html(bytes, options, result);
      break;
    case InputFormat::docx:
      io::format_readers(".docx input").read_docx(bytes, options, result);
      break;
    case InputFormat::pdf: io::format_readers("PDF input").read_pdf(bytes, options, result); break;
  }
  // Every reader promises UTF-8; this keeps the promise checked in one place.
  if (!checked)
    if (auto bad = find_invalid_utf8(result.text))
      throw ReadError(ReadError::Reason::bad_encoding,
                      "the " + std::string(format_name(result.format)) +
                          " reader produced invalid UTF-8 at byte " + std::to_string(*bad));
  return result;
}

}  // namespace

ReadResult read_bytes(std::string_view bytes, const ReadOptions& options) {
  return read_input(bytes, nullptr, options);
}

namespace {

[[noreturn]] void throw_system(const std::string& what) {
  throw ReadError(ReadError::Reason::unreadable, what + std::strerror(errno));
}

// Closes the descriptor on every path.
struct Fd {
  int fd;
  ~Fd() {
    if (fd >= 0) ::close(fd);
  }
};

// Opens path for reading and fills st; refuses directories and regular
// files beyond the input limit.
Fd open_input(const std::string& path, const ReadOptions& options, struct stat& st) {
  Fd f{::open(path.c_str(), O_RDONLY | O_CLOEXEC)};
  if (f.fd < 0) throw_system("");
  if (::fstat(f.fd, &st) != 0) throw_system("");
  if (S_ISDIR(st.st_mode)) throw ReadError(ReadError::Reason::unreadable, "is a directory");
  if (S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) > options.max_input_bytes)
    throw ReadError(ReadError::Reason::too_large, "file of " + std::to_string(st.st_size) +
                                                      " bytes is larger than the limit of " +
                                                      std::to_string(options.max_input_bytes));
  return f;
}

// Reads the whole of fd straight into a string (a file's size is known; a
// pipe's is not, so the string grows by chunks), one byte past the size to
// see EOF.
std::string read_all(int fd, const struct stat& st, const ReadOptions& options) {
  std::string bytes;
  std::size_t have = 0;
  std::size_t chunk = S_ISREG(st.st_mode) ? static_cast<std::size_t>(st.st_size) + 1 : 1 << 16;
  for (;;) {
    if (have == bytes.size()) {
      bytes.reserve(have + chunk);
      advise_huge_pages(bytes.data(), bytes.capacity());  // before the bytes are touched
      bytes.resize(have + chunk);
    }
    ssize_t n = ::read(fd, &bytes[have], bytes.size() - have);
    if (n < 0) {
      if (errno == EINTR) continue;
      throw_system("");
    }
    if (n == 0) break;
    have += static_cast<std::size_t>(n);
    if (have > options.max_input_bytes)
      throw ReadError(ReadError::Reason::too_large, "input is larger than the limit of " +
                                                        std::to_string(options.max_input_bytes) +
                                                        " bytes");
    chunk = std::max<std::size_t>(chunk, 1 << 16);  // a file that grew while read
  }
  bytes.resize(have);
  return bytes;
}

ReadOptions named(const ReadOptions& options, const std::string& path) {
  ReadOptions o = options;
  if (o.name.empty()) o.name = path;
  return o;
}

// A read-only private mapping of a whole file, unmapped with its last owner.
class Mapping {
 public:
  Mapping(void* data, std::size_t size) : data_(data), size_(size) {}
  ~Mapping() { ::munmap(data_, size_); }
  Mapping(const Mapping&) = delete;
  Mapping& operator=(const Mapping&) = delete;
  std::string_view bytes() const { return {static_cast<const char*>(data_), size_}; }

 private:
  void* data_;
  std::size_t size_;
};

// The file mapped whole, or nullptr where it cannot be (the caller reads it).
std::shared_ptr<const Mapping> map_whole(int fd, std::size_t size) {
  // MAP_POPULATE maps the pages, which the page cache holds already, in one
  // call rather than a fault per few pages as the text is first read.
  void* p = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE | MAP_POPULATE, fd, 0);
  if (p == MAP_FAILED) return nullptr;
  return std::make_shared<const Mapping>(p, size);
}

}  // namespace

// The only maker of a CheckedText besides CheckedText::check: the readers
// check every text they hand out (read_input).
struct CheckedTextOfReader {
  static CheckedText of(std::string_view text) { return CheckedText(text); }
};

ReadResult read_file(const std::string& path, const ReadOptions& options) {
  struct stat st;
  Fd f = open_input(path, options, st);
  std::string bytes = read_all(f.fd, st, options);
  return read_input(bytes, &bytes, named(options, path));
}

FileText read_file_text(const std::string& path, const ReadOptions& options) {
  struct stat st;
  Fd f = open_input(path, options, st);
  const ReadOptions o = named(options, path);
  std::shared_ptr<const Mapping> mapping;
  if (S_ISREG(st.st_mode) && static_cast<unsigned long long>(st.st_size) >= o.map_from_bytes)
    mapping = map_whole(f.fd, static_cast<std::size_t>(st.st_size));
  std::string bytes;
  bool borrowed = false;
  ReadResult r = mapping ? read_input(mapping->bytes(), nullptr, o, &borrowed)
                         : read_input(bytes = read_all(f.fd, st, o), &bytes, o);
  FileText out;
  out.format = r.format;
  out.encoding = std::move(r.encoding);
  out.warnings = std::move(r.warnings);
  if (borrowed) {
    out.text = CheckedTextOfReader::of(mapping->bytes());
    out.mapped = true;
    out.storage = std::move(mapping);
  } else {
    auto text = std::make_shared<const std::string>(std::move(r.text));
    out.text = CheckedTextOfReader::of(*text);
    out.storage = std::move(text);
  }
  return out;
}

}  // namespace mubiao
