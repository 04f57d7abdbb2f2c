// A read-only view of a ZIP archive in memory (libzip), with every entry
// read through a size bound so that a zip bomb ends in a clear error.
#ifndef MUBIAO_LIB_IO_ZIP_ARCHIVE_H_
#define MUBIAO_LIB_IO_ZIP_ARCHIVE_H_

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>

struct zip;

namespace mubiao::io {

class ZipArchive {
 public:
  // Throws ReadError(corrupt) when bytes are not a readable archive.
  explicit ZipArchive(std::string_view bytes);
  ~ZipArchive();
  ZipArchive(const ZipArchive&) = delete;
  ZipArchive& operator=(const ZipArchive&) = delete;

  bool has(const char* name) const;
  // Calls sink with the entry's bytes, chunk by chunk, stopping with
  // ReadError(too_large) once more than *budget bytes came out; the budget
  // is shared by all the entries a reader opens. Throws ReadError(corrupt,
  // encrypted) for damaged or password-protected entries.
  void read(const char* name, std::size_t& budget,
            const std::function<void(std::string_view)>& sink) const;
  // The whole entry as a string, within the budget.
  std::string read_all(const char* name, std::size_t& budget) const;

 private:
  zip* archive_ = nullptr;
};

}  // namespace mubiao::io

#endif  // MUBIAO_LIB_IO_ZIP_ARCHIVE_H_
