#include "files.h"

#include <sys/stat.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <memory>

namespace mubiao::python {
namespace {

[[noreturn]] void fail(const Source& source, const char* what, int error) {
  std::string reason = what;
  if (error) reason += std::string(": ") + std::strerror(error);
  throw DocumentError(DocumentError::file, source.name, reason);
}

}  // namespace

std::string_view load(const Source& source, std::string& storage) {
  if (!source.is_path) return source.text;
  std::unique_ptr<std::FILE, int (*)(std::FILE*)> f(std::fopen(source.path.c_str(), "rb"),
                                                     &std::fclose);
  if (!f) fail(source, "cannot open file", errno);
  struct stat st;
  if (::fstat(::fileno(f.get()), &st) != 0) fail(source, "cannot open file", errno);
  if (S_ISDIR(st.st_mode)) fail(source, "cannot open file", EISDIR);
  storage.clear();
  if (S_ISREG(st.st_mode)) storage.reserve(static_cast<std::size_t>(st.st_size));
  char buf[1 << 16];
  std::size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f.get())) > 0) storage.append(buf, n);
  if (std::ferror(f.get())) fail(source, "read error", errno);
  return storage;
}

}  // namespace mubiao::python
