// Word (.docx) files: the paragraphs of word/document.xml in order, each with
// the list number Word would show in front of it, separated by blank lines.
// Deleted text (w:delText), field instructions and the fallback copies of
// text boxes are left out; tabs and line breaks inside a paragraph kept.
#include <cstdlib>
#include <map>
#include <string>
#include <vector>

#include "io/docx_numbering.h"
#include "io/formats.h"
#include "io/xml_stream.h"
#include "io/zip_archive.h"

namespace mubiao::io {
namespace {

int to_int(const char* s) { return s ? std::atoi(s) : -1; }

// List numbering that paragraph styles carry (word/styles.xml): headings
// numbered through their style rather than directly.
class StyleParser : public XmlHandler {
 public:
  struct StyleNum {
    int num_id = -1, level = 0;
  };
  std::map<std::string, StyleNum> styles;
  void start(std::string_view name, const char** a) override {
    if (name == "style") {
      const char* id = xml_attribute(a, "styleId");
      current_ = id ? id : "";
    } else if (!current_.empty() && name == "numId") {
      styles[current_].num_id = to_int(xml_attribute(a, "val"));
    } else if (!current_.empty() && name == "ilvl") {
      styles[current_].level = to_int(xml_attribute(a, "val"));
    }
  }
  void end(std::string_view name) override {
    if (name == "style") current_.clear();
  }
  void text(std::string_view) override {}

 private:
  std::string current_;
};

class DocumentParser : public XmlHandler {
 public:
  DocumentParser(DocxNumbering& numbering, const StyleParser& styles, const ReadOptions& options)
      : numbering_(numbering), styles_(styles), options_(options) {}

  void start(std::string_view name, const char** a) override {
    if (skip_depth_ > 0) {
      ++skip_depth_;
      return;
    }
    if (name == "Fallback" || name == "delText" || name == "instrText") {
      skip_depth_ = 1;
      return;
    }
    if (name == "p") {
      paragraphs_.push_back(Paragraph());
    } else if (paragraphs_.empty()) {
      return;
    } else if (name == "t") {
      in_text_ = true;
    } else if (name == "tab" && !in_properties_) {
      paragraphs_.back().text += '\t';
    } else if (name == "br" || name == "cr") {
      paragraphs_.back().text += '\n';
    } else if (name == "pPr") {
      in_properties_ = true;
    } else if (in_properties_ && name == "pStyle") {
      const char* v = xml_attribute(a, "val");
      auto it = v ? styles_.styles.find(v) : styles_.styles.end();
      if (it != styles_.styles.end() && paragraphs_.back().num_id < 0) {
        paragraphs_.back().num_id = it->second.num_id;
        paragraphs_.back().level = it->second.level;
      }
    } else if (in_properties_ && name == "numId") {
      paragraphs_.back().num_id = to_int(xml_attribute(a, "val"));
    } else if (in_properties_ && name == "ilvl") {
      paragraphs_.back().level = to_int(xml_attribute(a, "val"));
    }
  }

  void end(std::string_view name) override {
    if (skip_depth_ > 0) {
      --skip_depth_;
      return;
    }
    if (name == "t")
      in_text_ = false;
    else if (name == "pPr")
      in_properties_ = false;
    else if (name == "p" && !paragraphs_.empty())
      finish_paragraph();
  }

  void text(std::string_view s) override {
    if (in_text_ && skip_depth_ == 0 && !paragraphs_.empty()) paragraphs_.back().text.append(s);
  }

  std::string take() { return std::move(out_); }

 private:
  struct Paragraph {
    std::string text;
    int num_id = -1, level = 0;
  };

  // A paragraph ends; one inside a text box ends before the one holding it,
  // which is why paragraphs are a stack.
  void finish_paragraph() {
    Paragraph p = std::move(paragraphs_.back());
    paragraphs_.pop_back();
    const bool blank = p.text.find_first_not_of(" \t\n") == std::string::npos;
    std::string label;
    if (p.num_id > 0) label = numbering_.next_label(p.num_id, p.level < 0 ? 0 : p.level);
    if (blank) return;
    if (!out_.empty()) out_ += "\n\n";
    out_ += label;
    out_ += p.text;
    check_text_size(out_.size(), options_, "the document");
  }

  DocxNumbering& numbering_;
  const StyleParser& styles_;
  const ReadOptions& options_;
  std::vector<Paragraph> paragraphs_;
  std::string out_;
  int skip_depth_ = 0;
  bool in_text_ = false, in_properties_ = false;
};

// What a ZIP file that is not a Word document is, for the error message.
[[noreturn]] void refuse_other_zip(const ZipArchive& zip) {
  std::string what = "a ZIP archive without a Word document in it: unpack it first";
  if (zip.has("xl/workbook.xml"))
    what = "an Excel workbook (.xlsx): save its text as UTF-8 text first";
  else if (zip.has("ppt/presentation.xml"))
    what = "a PowerPoint file (.pptx): save it as PDF first";
  else if (zip.has("content.xml") && zip.has("mimetype"))
    what = "an OpenDocument file (.odt): save it as .docx first";
  else if (zip.has("OFD.xml"))
    what = "an OFD document: save it as PDF first";
  throw ReadError(ReadError::Reason::unsupported, "the file is " + what);
}

}  // namespace

void read_docx(std::string_view bytes, const ReadOptions& options, ReadResult& result) {
  ZipArchive zip(bytes);
  if (!zip.has("word/document.xml")) refuse_other_zip(zip);
  // Every part read shares one budget: what is decompressed is bounded.
  std::size_t budget = options.max_text_bytes;
  DocxNumbering numbering;
  if (zip.has("word/numbering.xml")) numbering.load(zip.read_all("word/numbering.xml", budget));
  StyleParser styles;
  if (zip.has("word/styles.xml")) {
    XmlStream s(styles, "word/styles.xml");
    zip.read("word/styles.xml", budget, [&](std::string_view chunk) { s.feed(chunk); });
    s.feed("", true);
  }
  DocumentParser document(numbering, styles, options);
  XmlStream stream(document, "word/document.xml");
  zip.read("word/document.xml", budget, [&](std::string_view chunk) { stream.feed(chunk); });
  stream.feed("", true);
  result.text = document.take();
  if (!result.text.empty()) result.text += '\n';
  result.encoding.clear();
}

}  // namespace mubiao::io
