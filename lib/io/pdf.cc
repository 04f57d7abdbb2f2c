// PDFs (poppler-cpp): the text layer of every page in reading order, pages
// separated by a line break. Hard-wrapped lines, page numbers and running
// heads stay as they are: the segmenter's layout repair reads through them.
#include <memory>
#include <mutex>
#include <string>

#include <poppler-document.h>
#include <poppler-global.h>
#include <poppler-page.h>

#include "io/formats.h"

namespace mubiao::io {
namespace {

// poppler reports every oddity of a damaged file on standard error; the
// reader reports what matters itself.
void quiet(const std::string&, void*) {}

std::size_t visible_chars(const std::string& s) {
  std::size_t n = 0;
  for (unsigned char c : s)
    n += (c & 0xC0) != 0x80 && c != ' ' && c != '\n' && c != '\r' && c != '\f';
  return n;
}

}  // namespace

void read_pdf(std::string_view bytes, const ReadOptions& options, ReadResult& result) {
  static std::once_flag silenced;
  std::call_once(silenced, [] { poppler::set_debug_error_function(quiet, nullptr); });
  if (bytes.size() > static_cast<std::size_t>(INT32_MAX))
    throw ReadError(ReadError::Reason::too_large, "a PDF larger than 2 GiB cannot be read");
  std::unique_ptr<poppler::document> doc(
      poppler::document::load_from_raw_data(bytes.data(), static_cast<int>(bytes.size())));
  if (!doc)
    throw ReadError(ReadError::Reason::corrupt,
                    "the PDF is damaged and could not be opened (try repairing it, e.g. with "
                    "qpdf, or printing it to a new PDF)");
  if (doc->is_locked())
    throw ReadError(ReadError::Reason::encrypted,
                    "the PDF is encrypted (password-protected): remove the password first");
  const int pages = doc->pages();
  if (pages < 0 || static_cast<std::size_t>(pages) > options.max_pages)
    throw ReadError(ReadError::Reason::too_large, "the PDF has " + std::to_string(pages) +
                                                      " pages, more than the limit of " +
                                                      std::to_string(options.max_pages));
  std::string text;
  std::size_t visible = 0;
  for (int i = 0; i < pages; ++i) {
    std::unique_ptr<poppler::page> page(doc->create_page(i));
    if (!page) continue;
    const poppler::byte_array utf8 =
        page->text(poppler::rectf(), poppler::page::non_raw_non_physical_layout).to_utf8();
    std::string t(utf8.begin(), utf8.end());
    // A page boundary is a line boundary: poppler's form feeds and the blank
    // lines at the foot of a page go.
    for (char& c : t)
      if (c == '\f') c = '\n';
    while (!t.empty() && (t.back() == '\n' || t.back() == ' ' || t.back() == '\r')) t.pop_back();
    if (t.empty()) continue;
    if (!text.empty()) text += '\n';
    text += t;
    visible += visible_chars(t);
    check_text_size(text.size(), options, "the PDF");
  }
  if (pages == 0)
    throw ReadError(ReadError::Reason::corrupt, "the PDF has no pages (or a damaged page tree)");
  if (visible == 0)
    throw ReadError(ReadError::Reason::no_text, "no text layer (scanned document?): run OCR first");
  if (!text.empty() && text.back() != '\n') text += '\n';
  result.text = std::move(text);
  result.encoding.clear();
}

}  // namespace mubiao::io
