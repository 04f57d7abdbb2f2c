// Fuzz target: the .docx reader. Inputs that start as a ZIP file are read as
// they are (the ZIP layer); anything else becomes word/document.xml of a
// stored ZIP (the XML and numbering layers), with a fixed numbering part.
#include <cstdint>
#include <string>
#include <string_view>

#include <zip.h>

#include "read_fuzz.h"

using namespace mubiao;

namespace {

std::string wrap(std::string_view document) {
  static const std::string kNumbering =
      "<w:numbering xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">"
      "<w:abstractNum w:abstractNumId=\"0\"><w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/>"
      "<w:numFmt w:val=\"chineseCounting\"/><w:lvlText w:val=\"%1、\"/></w:lvl>"
      "<w:lvl w:ilvl=\"1\"><w:numFmt w:val=\"decimalEnclosedCircle\"/><w:lvlText w:val=\"%1.%2\"/>"
      "</w:lvl></w:abstractNum><w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
      "</w:numbering>";
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
  if (!za) return "";
  zip_source_keep(src);
  zip_int64_t i = zip_file_add(za, "word/document.xml",
                               zip_source_buffer(za, document.data(), document.size(), 0), 0);
  zip_set_file_compression(za, static_cast<zip_uint64_t>(i), ZIP_CM_STORE, 0);
  zip_file_add(za, "word/numbering.xml",
               zip_source_buffer(za, kNumbering.data(), kNumbering.size(), 0), 0);
  zip_close(za);
  std::string out;
  if (zip_source_open(src) == 0) {
    zip_source_seek(src, 0, SEEK_END);
    const zip_int64_t n = zip_source_tell(src);
    zip_source_seek(src, 0, SEEK_SET);
    out.resize(static_cast<std::size_t>(n));
    zip_source_read(src, out.data(), static_cast<zip_uint64_t>(n));
    zip_source_close(src);
  }
  zip_source_free(src);
  return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view bytes(reinterpret_cast<const char*>(data), size);
  const auto options = fuzz::fuzz_options(InputFormat::docx);
  if (bytes.substr(0, 2) == "PK")
    fuzz::check_read(bytes, options);
  else
    fuzz::check_read(wrap(bytes), options);
  return 0;
}
