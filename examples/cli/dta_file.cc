// --format dta: a Stata 14+ file (format 118: UTF-8 strings), written with
// ReadStat. Variable labels are the fields' descriptions; fields with a fixed
// list of names (stance, measure ...) are numbers with value labels. A dta
// file declares its row count and string widths before its rows, so rows
// are kept (in the compact binary form) until finish().
#include <readstat.h>

#include <algorithm>
#include <string>
#include <vector>

#include "encode.h"
#include "table_file.h"

namespace mubiao::cli {
namespace {

constexpr std::size_t kMaxStr = 2045;    // longest str#; longer texts are strL
constexpr std::size_t kLabelBytes = 80;  // variable and value labels

ssize_t write_bytes(const void* data, size_t len, void* ctx) {
  return static_cast<Sink*>(ctx)->write(std::string_view(static_cast<const char*>(data), len))
             ? static_cast<ssize_t>(len)
             : -1;
}

class DtaFile : public TableFile {
 public:
  DtaFile(Sink& sink, const Schema& schema)
      : sink_(sink), schema_(schema), widths_(schema.fields.size(), 1) {}

  bool add(const Row& row) override {
    for (std::size_t c = 0; c < row.size(); ++c)
      if (row[c].state == Value::set) widths_[c] = std::max(widths_[c], row[c].text.size() + 1);
    encode_binary(row, rows_);
    ++count_;
    return true;
  }

  bool finish() override {
    readstat_writer_t* w = readstat_writer_init();
    if (!w) {
      error_ = "out of memory";
      return false;
    }
    const bool ok = write(w);
    readstat_writer_free(w);
    return ok;
  }

 private:
  bool fail(readstat_error_t e) {
    if (error_.empty())
      error_ = sink_.failed() ? sink_.error() : std::string("dta: ") + readstat_error_message(e);
    return false;
  }

  bool write(readstat_writer_t* w) {
    readstat_set_data_writer(w, write_bytes);
    readstat_writer_set_file_format_version(w, 118);
    readstat_writer_set_file_label(w, ("mubiao " + std::string(schema_.kind)).c_str());
    readstat_label_set_t* yes_no = nullptr;
    std::vector<readstat_variable_t*> vars;
    std::vector<bool> long_text;
    for (std::size_t c = 0; c < schema_.fields.size(); ++c) {
      const FieldInfo& f = schema_.fields[c];
      const std::string name(f.name);
      readstat_variable_t* v = nullptr;
      bool is_long = false;
      switch (f.type) {
        case FieldType::text:
        case FieldType::json:
        case FieldType::decimal:
          if (f.type == FieldType::decimal) {
            v = readstat_add_variable(w, name.c_str(), READSTAT_TYPE_DOUBLE, 0);
            readstat_variable_set_format(v, "%15.0g");
            break;
          }
          is_long = widths_[c] - 1 > kMaxStr;
          v = is_long ? readstat_add_variable(w, name.c_str(), READSTAT_TYPE_STRING_REF, 0)
                      : readstat_add_variable(w, name.c_str(), READSTAT_TYPE_STRING,
                                              std::max<std::size_t>(1, widths_[c] - 1));
          break;
        case FieldType::count:
          v = readstat_add_variable(w, name.c_str(), READSTAT_TYPE_DOUBLE, 0);
          readstat_variable_set_format(v, "%12.0f");
          break;
        case FieldType::boolean:
          if (!yes_no) {
            yes_no = readstat_add_label_set(w, READSTAT_TYPE_INT8, "yesno");
            readstat_label_int32_value(yes_no, 0, "false");
            readstat_label_int32_value(yes_no, 1, "true");
          }
          v = readstat_add_variable(w, name.c_str(), READSTAT_TYPE_INT8, 0);
          readstat_variable_set_label_set(v, yes_no);
          break;
        case FieldType::label: {
          readstat_label_set_t* set = readstat_add_label_set(w, READSTAT_TYPE_INT16, name.c_str());
          for (std::size_t k = 0; k < f.labels.size(); ++k)
            readstat_label_int32_value(
                set, static_cast<int32_t>(k),
                std::string(utf8_prefix(f.labels[k], kLabelBytes, kLabelBytes)).c_str());
          v = readstat_add_variable(w, name.c_str(), READSTAT_TYPE_INT16, 0);
          readstat_variable_set_label_set(v, set);
          break;
        }
      }
      readstat_variable_set_label(
          v, std::string(utf8_prefix(f.description, kLabelBytes, kLabelBytes)).c_str());
      vars.push_back(v);
      long_text.push_back(is_long);
    }

    // strL values are declared before the rows that point at them.
    Row row;
    readstat_string_ref_t* empty = readstat_add_string_ref(w, "");
    std::vector<readstat_string_ref_t*> refs;
    std::string cell;
    for (const char* at = rows_.data(); at < rows_.data() + rows_.size();) {
      decode_binary(schema_, at, row);
      for (std::size_t c = 0; c < row.size(); ++c)
        if (long_text[c] && row[c].state == Value::set) {
          cell.assign(row[c].text);
          refs.push_back(readstat_add_string_ref(w, cell.c_str()));
        }
    }

    readstat_error_t e = readstat_begin_writing_dta(w, &sink_, static_cast<long>(count_));
    if (e != READSTAT_OK) return fail(e);
    std::size_t ref = 0;
    for (const char* at = rows_.data(); at < rows_.data() + rows_.size();) {
      decode_binary(schema_, at, row);
      if ((e = readstat_begin_row(w)) != READSTAT_OK) return fail(e);
      for (std::size_t c = 0; c < row.size(); ++c) {
        const Value& v = row[c];
        readstat_variable_t* var = vars[c];
        if (v.state != Value::set) {
          e = long_text[c] ? readstat_insert_string_ref(w, var, empty)
                           : readstat_insert_missing_value(w, var);
        } else {
          switch (schema_.fields[c].type) {
            case FieldType::text:
            case FieldType::json:
              if (long_text[c]) {
                e = readstat_insert_string_ref(w, var, refs[ref++]);
              } else {
                cell.assign(v.text);
                e = readstat_insert_string_value(w, var, cell.c_str());
              }
              break;
            case FieldType::decimal: {
              const auto d = decimal_value(v.text);
              e = d ? readstat_insert_double_value(w, var, *d)
                    : readstat_insert_missing_value(w, var);
              break;
            }
            case FieldType::count:
              e = readstat_insert_double_value(w, var, static_cast<double>(v.count));
              break;
            case FieldType::boolean:
              e = readstat_insert_int8_value(w, var, v.boolean ? 1 : 0);
              break;
            case FieldType::label: {
              const auto& names = schema_.fields[c].labels;
              const auto k = std::find(names.begin(), names.end(), v.text) - names.begin();
              e = k < static_cast<long>(names.size())
                      ? readstat_insert_int16_value(w, var, static_cast<int16_t>(k))
                      : readstat_insert_missing_value(w, var);
              break;
            }
          }
        }
        if (e != READSTAT_OK) return fail(e);
      }
      if ((e = readstat_end_row(w)) != READSTAT_OK) return fail(e);
    }
    if ((e = readstat_end_writing(w)) != READSTAT_OK) return fail(e);
    return !sink_.failed() || fail(READSTAT_ERROR_WRITE);
  }

  Sink& sink_;
  const Schema& schema_;
  std::vector<std::size_t> widths_;  // longest value + 1 per field
  Buffer rows_;
  std::size_t count_ = 0;
};

}  // namespace

std::unique_ptr<TableFile> open_dta(Sink& sink, const Schema& schema) {
  return std::make_unique<DtaFile>(sink, schema);
}

}  // namespace mubiao::cli
