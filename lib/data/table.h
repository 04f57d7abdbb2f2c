// The one format and the one loader of the data tables in lib/data/*.tsv.
//
// Format: one row per line, cells separated by tabs: word<TAB>role<TAB>value
// for most tables (each table's header comment says what its columns mean).
// A line whose first character is '#' and a blank line are comments; '#'
// anywhere else is data; a trailing '\r' is dropped; trailing empty cells
// may be left out.
//
// Validation: every table is read against its schema (tables.h): a role
// outside the schema's list, a missing or extra cell, a cell with a space at
// its edge or an empty word is an error naming the table, the line and the
// fault. Asking a table for a role its schema does not list is an error too,
// so a misspelled role in a table or in code fails the first load (and with
// it tests/data_tables_test.cc) instead of yielding an empty list.
#ifndef MUBIAO_LIB_DATA_TABLE_H_
#define MUBIAO_LIB_DATA_TABLE_H_

#include <cstddef>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

namespace mubiao::data {

struct TableSchema {
  std::string_view name;                // the file name, for messages
  std::size_t role_column = 1;          // the column that holds the role
  std::vector<std::string_view> roles;  // the roles a row may have ("" if listed)
  std::size_t min_cells = 1, max_cells = 3;
};

struct TableRow {
  std::vector<std::string_view> cells;  // views into the table's text
  std::size_t line = 0;                 // 1-based, for messages
  std::string_view cell(std::size_t i) const {
    return i < cells.size() ? cells[i] : std::string_view();
  }
};

class TableError : public std::logic_error {
 public:
  using std::logic_error::logic_error;
};

// A validated table. The rows view text, which must outlive the table (the
// embedded tables are static).
class Table {
 public:
  // Throws TableError when a row breaks the schema.
  Table(TableSchema schema, std::string_view text);

  const TableSchema& schema() const { return schema_; }
  const std::vector<TableRow>& rows() const { return rows_; }
  std::string_view role(const TableRow& row) const { return row.cell(schema_.role_column); }
  // Every row, in table order.
  std::vector<const TableRow*> every_row() const;
  // The rows of one role, in table order. Throws TableError when the schema
  // lists no such role.
  std::vector<const TableRow*> with_role(std::string_view role) const;

 private:
  TableSchema schema_;
  std::vector<TableRow> rows_;
};

}  // namespace mubiao::data

#endif  // MUBIAO_LIB_DATA_TABLE_H_
