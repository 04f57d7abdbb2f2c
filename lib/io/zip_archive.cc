#include "io/zip_archive.h"

#include <zip.h>

#include "mubiao/read.h"

namespace mubiao::io {
namespace {

[[noreturn]] void fail(int code, const std::string& what) {
  if (code == ZIP_ER_ENCRNOTSUPP || code == ZIP_ER_NOPASSWD || code == ZIP_ER_WRONGPASSWD)
    throw ReadError(ReadError::Reason::encrypted,
                    what + " is encrypted (password-protected): remove the password first");
  zip_error_t e;
  zip_error_init_with_code(&e, code);
  std::string message = what + " is damaged or truncated (" + zip_error_strerror(&e) + ")";
  zip_error_fini(&e);
  throw ReadError(ReadError::Reason::corrupt, message);
}

}  // namespace

ZipArchive::ZipArchive(std::string_view bytes) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(bytes.data(), bytes.size(), 0, &error);
  if (!src) fail(zip_error_code_zip(&error), "the ZIP container");
  archive_ = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &error);
  if (!archive_) {
    zip_source_free(src);
    const int code = zip_error_code_zip(&error);
    zip_error_fini(&error);
    fail(code, "the ZIP container");
  }
  zip_error_fini(&error);
}

ZipArchive::~ZipArchive() {
  if (archive_) zip_discard(archive_);
}

bool ZipArchive::has(const char* name) const { return zip_name_locate(archive_, name, 0) >= 0; }

void ZipArchive::read(const char* name, std::size_t& budget,
                      const std::function<void(std::string_view)>& sink) const {
  const zip_int64_t index = zip_name_locate(archive_, name, 0);
  if (index < 0) throw ReadError(ReadError::Reason::corrupt, std::string(name) + " is missing");
  zip_file_t* f = zip_fopen_index(archive_, static_cast<zip_uint64_t>(index), 0);
  if (!f) fail(zip_error_code_zip(zip_get_error(archive_)), name);
  std::unique_ptr<zip_file_t, int (*)(zip_file_t*)> closer(f, zip_fclose);
  char buf[1 << 16];
  for (;;) {
    const zip_int64_t n = zip_fread(f, buf, sizeof buf);
    if (n < 0) fail(zip_error_code_zip(zip_file_get_error(f)), name);
    if (n == 0) break;
    if (static_cast<std::size_t>(n) > budget)
      throw ReadError(ReadError::Reason::too_large,
                      std::string(name) +
                          " decompresses beyond the size limit (a zip bomb?); nothing was read");
    budget -= static_cast<std::size_t>(n);
    sink(std::string_view(buf, static_cast<std::size_t>(n)));
  }
}

std::string ZipArchive::read_all(const char* name, std::size_t& budget) const {
  std::string out;
  read(name, budget, [&](std::string_view chunk) { out.append(chunk); });
  return out;
}

}  // namespace mubiao::io
