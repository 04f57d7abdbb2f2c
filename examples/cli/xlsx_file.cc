// --format xlsx: one sheet, a bold header row frozen at the top, numbers as
// numbers. libxlsxwriter in constant-memory mode writes each row as it comes,
// so the memory used does not grow with the number of rows.
#include <xlsxwriter.h>

#include <string>

#include "table_file.h"

namespace mubiao::cli {
namespace {

constexpr std::size_t kCellChars = 32767;  // Excel's limit for one cell

class XlsxFile : public TableFile {
 public:
  XlsxFile(Sink& sink, const Schema& schema) : schema_(schema) {
    lxw_workbook_options options = {LXW_TRUE, nullptr, LXW_TRUE};
    path_ = sink.write_path();
    book_ = workbook_new_opt(path_.c_str(), &options);
    if (!book_) throw std::runtime_error("cannot start the workbook " + path_);
    sheet_ = workbook_add_worksheet(book_, std::string(schema.kind).c_str());
    bold_ = workbook_add_format(book_);
    format_set_bold(bold_);
    worksheet_freeze_panes(sheet_, 1, 0);
    for (std::size_t c = 0; c < schema.fields.size(); ++c) {
      const FieldType t = schema.fields[c].type;
      const double width = t == FieldType::text ? 30 : t == FieldType::label ? 12 : 10;
      worksheet_set_column(sheet_, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), width,
                           nullptr);
      check(worksheet_write_string(sheet_, 0, static_cast<lxw_col_t>(c),
                                   std::string(schema.fields[c].name).c_str(), bold_));
    }
    if (!error_.empty()) throw std::runtime_error(error_);
  }
  ~XlsxFile() override {
    if (book_) workbook_close(book_);  // a failed run: the sink removes the file
  }

  bool add(const Row& row) override {
    if (!error_.empty()) return false;
    if (next_row_ >= LXW_ROW_MAX) {
      error_ = "more rows than one xlsx sheet holds (1048576): use csv or dta";
      return false;
    }
    const auto r = static_cast<lxw_row_t>(next_row_++);
    for (std::size_t c = 0; c < row.size() && error_.empty(); ++c) {
      const Value& v = row[c];
      if (v.state != Value::set) continue;  // an empty cell
      const auto col = static_cast<lxw_col_t>(c);
      switch (schema_.fields[c].type) {
        case FieldType::count:
          check(worksheet_write_number(sheet_, r, col, static_cast<double>(v.count), nullptr));
          break;
        case FieldType::decimal:
          if (auto d = decimal_value(v.text)) {
            check(worksheet_write_number(sheet_, r, col, *d, nullptr));
            break;
          }
          [[fallthrough]];  // no double holds it: keep the exact text
        case FieldType::text:
        case FieldType::json:
        case FieldType::label:
          // A cell holds at most 32767 characters (Excel's limit).
          cell_.assign(utf8_prefix(v.text, kCellChars, std::string::npos));
          check(worksheet_write_string(sheet_, r, col, cell_.c_str(), nullptr));
          break;
        case FieldType::boolean:
          check(worksheet_write_boolean(sheet_, r, col, v.boolean, nullptr));
          break;
      }
    }
    return error_.empty();
  }

  bool finish() override {
    if (!error_.empty()) return false;
    lxw_workbook* book = book_;
    book_ = nullptr;
    const lxw_error e = workbook_close(book);
    if (e != LXW_NO_ERROR) {
      error_ = "cannot write " + path_ + ": " + lxw_strerror(e);
      return false;
    }
    return true;
  }

 private:
  void check(lxw_error e) {
    if (e != LXW_NO_ERROR && error_.empty()) error_ = std::string("xlsx: ") + lxw_strerror(e);
  }

  const Schema& schema_;
  std::string path_;
  lxw_workbook* book_ = nullptr;
  lxw_worksheet* sheet_ = nullptr;
  lxw_format* bold_ = nullptr;
  std::size_t next_row_ = 1;  // row 0 is the header
  std::string cell_;          // NUL-terminated copy of a value
};

}  // namespace

std::unique_ptr<TableFile> open_xlsx(Sink& sink, const Schema& schema) {
  return std::make_unique<XlsxFile>(sink, schema);
}

}  // namespace mubiao::cli
