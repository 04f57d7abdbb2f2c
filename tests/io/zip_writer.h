// Builds ZIP files (a .docx is one) in memory with libzip, for the tests.
#ifndef MUBIAO_TESTS_IO_ZIP_WRITER_H_
#define MUBIAO_TESTS_IO_ZIP_WRITER_H_

#include <zip.h>

#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

namespace mubiao::test {

inline std::string make_zip(const std::vector<std::pair<std::string, std::string>>& entries) {
  zip_error_t error;
  zip_error_init(&error);
  zip_source_t* src = zip_source_buffer_create(nullptr, 0, 0, &error);
  zip_t* za = zip_open_from_source(src, ZIP_TRUNCATE, &error);
  if (!za) throw std::runtime_error("zip_open_from_source");
  zip_source_keep(src);
  for (const auto& [name, data] : entries) {
    zip_source_t* s = zip_source_buffer(za, data.data(), data.size(), 0);
    const zip_int64_t i = zip_file_add(za, name.c_str(), s, ZIP_FL_OVERWRITE);
    zip_set_file_compression(za, static_cast<zip_uint64_t>(i), ZIP_CM_DEFLATE, 9);
  }
  if (zip_close(za) != 0) throw std::runtime_error("zip_close");
  zip_source_open(src);
  zip_source_seek(src, 0, SEEK_END);
  const zip_int64_t size = zip_source_tell(src);
  zip_source_seek(src, 0, SEEK_SET);
  std::string out(static_cast<std::size_t>(size), '\0');
  zip_source_read(src, out.data(), static_cast<zip_uint64_t>(size));
  zip_source_close(src);
  zip_source_free(src);
  return out;
}

// A minimal .docx around a document body (the w:body content).
inline std::string make_docx(const std::string& body, const std::string& numbering = "",
                             const std::string& styles = "") {
  const std::string w = "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"";
  std::vector<std::pair<std::string, std::string>> entries = {
      {"[Content_Types].xml", "<?xml version=\"1.0\"?><Types/>"},
      {"word/document.xml",
       "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
       "<w:document " +
           w + "><w:body>" + body + "</w:body></w:document>"}};
  if (!numbering.empty())
    entries.push_back(
        {"word/numbering.xml", "<w:numbering " + w + ">" + numbering + "</w:numbering>"});
  if (!styles.empty())
    entries.push_back({"word/styles.xml", "<w:styles " + w + ">" + styles + "</w:styles>"});
  return make_zip(entries);
}

}  // namespace mubiao::test

#endif  // MUBIAO_TESTS_IO_ZIP_WRITER_H_
