#include "files.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

#include "mubiao/text.h"
#ifdef MUBIAO_WITH_READERS
#include "mubiao/read.h"
#endif

namespace mubiao::python {
namespace {

// The file's bytes as they are, or nullopt when it cannot be read (why: in
// error).
std::optional<std::string> raw_file(const std::string& path, std::string& error) {
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(path.c_str(), "rb"), &std::fclose);
  struct stat st;
  if (!f || ::fstat(::fileno(f.get()), &st) != 0) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  if (S_ISDIR(st.st_mode)) {
    error = "is a directory";
    return std::nullopt;
  }
  std::string bytes;
  if (S_ISREG(st.st_mode)) bytes.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) bytes.append(buf, n);
  if (std::ferror(f.get())) {
    error = std::strerror(errno);
    return std::nullopt;
  }
  return bytes;
}

std::optional<std::size_t> first_invalid(const Source& source) {
  if (source.kind == Source::from_bytes) return find_invalid_utf8(source.data);
  std::string error;
  auto bytes = raw_file(source.path, error);
  return bytes ? find_invalid_utf8(*bytes) : std::nullopt;
}

#ifdef MUBIAO_WITH_READERS
const char* reason_name(ReadError::Reason r) {
  switch (r) {
    case ReadError::Reason::unreadable: return "unreadable";
    case ReadError::Reason::unsupported: return "unsupported";
    case ReadError::Reason::bad_encoding: return "bad_encoding";
    case ReadError::Reason::corrupt: return "corrupt";
    case ReadError::Reason::encrypted: return "encrypted";
    case ReadError::Reason::no_text: return "no_text";
    case ReadError::Reason::too_large: return "too_large";
  }
  return "unreadable";
}
#endif

}  // namespace

void load(const Source& source, Loaded& out) {
  if (source.kind == Source::from_text) {
    out.text = source.data;
    return;
  }
#ifdef MUBIAO_WITH_READERS
  ReadOptions options;
  if (auto f = parse_input_format(source.format)) options.format = *f;
  options.encoding = source.encoding;
  options.name = source.kind == Source::from_path ? source.path : source.name;
  try {
    ReadResult r = source.kind == Source::from_path ? read_file(source.path, options)
                                                    : read_bytes(source.data, options);
    out.storage = std::move(r.text);
    out.warnings = std::move(r.warnings);
  } catch (const ReadError& e) {
    std::optional<std::size_t> offset;
    if (e.reason() == ReadError::Reason::bad_encoding) offset = first_invalid(source);
    throw DocumentError(source.name, reason_name(e.reason()), e.what(), offset);
  }
  out.text = out.storage;
#else
  // Without the readers a file is its text, as in the CLI.
  if (source.kind == Source::from_bytes) {
    out.text = source.data;
    return;
  }
  std::string error;
  auto bytes = raw_file(source.path, error);
  if (!bytes) throw DocumentError(source.name, "unreadable", error);
  out.storage = std::move(*bytes);
  out.text = out.storage;
  (void)&first_invalid;
#endif
}

}  // namespace mubiao::python
