// Which reader a file needs: by its first bytes (signatures), then by the
// extension of its name. Formats mubiao cannot read are refused here with
// their name and what to do instead.
#include <algorithm>
#include <cctype>
#include <string>

#include "io/formats.h"

namespace mubiao::io {
namespace {

using namespace std::string_view_literals;

struct Signature {
  std::string_view magic;
  std::size_t at;           // offset of magic in the file
  std::string_view format;  // what the file is
  std::string_view advice;  // what the user can do
};

// Formats that are recognised only to be refused.
constexpr std::string_view kSaveAs = "save it as .docx, PDF or UTF-8 text first";
constexpr std::string_view kOcr = "run OCR first to get its text";
constexpr std::string_view kUnpack = "unpack it and read the files inside";
const Signature kRefused[] = {
    {"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 0,
     "a legacy Office document (.doc/.wps/.xls/.ppt, OLE2 compound file)", kSaveAs},
    {"{\\rtf", 0, "an RTF document", kSaveAs},
    {"\x89PNG\r\n\x1A\n", 0, "a PNG image", kOcr},
    {"\xFF\xD8\xFF", 0, "a JPEG image", kOcr},
    {"GIF87a", 0, "a GIF image", kOcr},
    {"GIF89a", 0, "a GIF image", kOcr},
    {"II*\0"sv, 0, "a TIFF image", kOcr},
    {"MM\0*"sv, 0, "a TIFF image", kOcr},
    {"WEBP", 8, "a WebP image", kOcr},
    {"\x1F\x8B", 0, "a gzip archive", kUnpack},
    {"Rar!\x1A\x07", 0, "a RAR archive", kUnpack},
    {"7z\xBC\xAF\x27\x1C", 0, "a 7-Zip archive", kUnpack},
    {"BZh", 0, "a bzip2 archive", kUnpack},
    {"\xFD"
     "7zXZ\0"sv,
     0, "an xz archive", kUnpack},
    {"ustar", 257, "a tar archive", kUnpack},
};

// Extensions that name a format whatever the bytes look like.
struct Extension {
  std::string_view ext;
  InputFormat format;
};
const Extension kExtensions[] = {
    {"html", InputFormat::html},  {"htm", InputFormat::html},  {"shtml", InputFormat::html},
    {"xhtml", InputFormat::html}, {"docx", InputFormat::docx}, {"pdf", InputFormat::pdf},
};
// Legacy formats refused by name when their bytes say nothing clearer.
const Signature kRefusedExtensions[] = {
    {"doc", 0, "a legacy Word .doc document", kSaveAs},
    {"wps", 0, "a WPS document", kSaveAs},
    {"xls", 0, "an Excel workbook", "save the text as UTF-8 text first"},
    {"xlsx", 0, "an Excel workbook", "save the text as UTF-8 text first"},
    {"zip", 0, "a ZIP archive", kUnpack},
};

std::string lower_extension(std::string_view name) {
  auto slash = name.find_last_of('/');
  if (slash != std::string_view::npos) name.remove_prefix(slash + 1);
  auto dot = name.find_last_of('.');
  if (dot == std::string_view::npos) return "";
  std::string ext(name.substr(dot + 1));
  for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return ext;
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
  if (s.size() < prefix.size()) return false;
  for (std::size_t i = 0; i < prefix.size(); ++i)
    if (std::tolower(static_cast<unsigned char>(s[i])) != prefix[i]) return false;
  return true;
}

// An HTML document starts (after a BOM, blanks and comments) with a doctype
// or one of the tags that open a page.
bool looks_like_html(std::string_view b) {
  b = b.substr(0, 4096);
  if (b.substr(0, 3) == "\xEF\xBB\xBF") b.remove_prefix(3);
  for (;;) {
    while (!b.empty() && std::isspace(static_cast<unsigned char>(b[0]))) b.remove_prefix(1);
    if (b.substr(0, 4) != "<!--") break;
    auto end = b.find("-->");
    if (end == std::string_view::npos) return false;
    b.remove_prefix(end + 3);
  }
  for (std::string_view tag : {"<!doctype html", "<html", "<head", "<meta", "<body", "<title"})
    if (starts_with_ci(b, tag)) return true;
  return false;
}

[[noreturn]] void refuse(const Signature& s) {
  throw ReadError(ReadError::Reason::unsupported,
                  std::string(s.format) + " cannot be read: " + std::string(s.advice));
}

}  // namespace

InputFormat sniff_format(std::string_view bytes, std::string_view name) {
  if (bytes.substr(0, std::min<std::size_t>(bytes.size(), 1024)).find("%PDF-") !=
      std::string_view::npos)
    return InputFormat::pdf;
  if (bytes.substr(0, 4) == "PK\3\4"sv) return InputFormat::docx;
  for (const Signature& s : kRefused)
    if (bytes.size() >= s.at + s.magic.size() && bytes.substr(s.at, s.magic.size()) == s.magic)
      refuse(s);
  if (looks_like_html(bytes)) return InputFormat::html;
  const std::string ext = lower_extension(name);
  for (const Extension& e : kExtensions)
    if (ext == e.ext) {
      // A .docx or .pdf whose bytes do not say so is damaged: reading it as
      // text would only produce garbage.
      if (e.format == InputFormat::docx)
        throw ReadError(ReadError::Reason::corrupt, "not a .docx file (no ZIP signature)");
      if (e.format == InputFormat::pdf)
        throw ReadError(ReadError::Reason::corrupt, "not a PDF file (no %PDF- header)");
      return e.format;
    }
  for (const Signature& s : kRefusedExtensions)
    if (ext == s.magic) refuse(s);
  return InputFormat::text;
}

}  // namespace mubiao::io
