// Spreadsheet and statistics files for tabular commands: a row of presented
// fields per record, a header (variable names) from the schema. Both are
// optional in the build (libxlsxwriter, ReadStat); without them --format
// xlsx or dta fails with a message.
#ifndef MUBIAO_CLI_TABLE_FILE_H_
#define MUBIAO_CLI_TABLE_FILE_H_

#include <cstddef>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>

#include "mubiao/present.h"
#include "sink.h"

namespace mubiao::cli {

class TableFile {
 public:
  enum Kind { xlsx, dta };
  virtual ~TableFile() = default;
  // Adds a row (in output order); false on failure (error() says why).
  virtual bool add(const Row& row) = 0;
  // Completes the file; its bytes are in the sink's file when this returns
  // true. The caller then commits the sink.
  virtual bool finish() = 0;
  const std::string& error() const { return error_; }

 protected:
  std::string error_;
};

// Throws std::runtime_error with the reason when the format is not built
// in, the format module cannot be loaded or the file cannot be started
// (format_module.cc).
std::unique_ptr<TableFile> open_table_file(TableFile::Kind kind, Sink& sink, const Schema& schema);

// Helpers both writers share (table_file.cc, in the format module).
// The number an exact decimal text stands for; nullopt when it does not
// parse or is not finite.
std::optional<double> decimal_value(std::string_view text);
// The longest prefix of s of at most max_chars characters (UTF-8) and
// max_bytes bytes that ends on a character boundary.
std::string_view utf8_prefix(std::string_view s, std::size_t max_chars, std::size_t max_bytes);

// The writers, in the format module (xlsx_file.cc, dta_file.cc).
#ifdef MUBIAO_CLI_XLSX
std::unique_ptr<TableFile> open_xlsx(Sink& sink, const Schema& schema);
#endif
#ifdef MUBIAO_CLI_DTA
std::unique_ptr<TableFile> open_dta(Sink& sink, const Schema& schema);
#endif

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_TABLE_FILE_H_
