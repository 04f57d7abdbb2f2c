#include "data/table.h"

#include <algorithm>
#include <utility>

namespace mubiao::data {

namespace {

[[noreturn]] void fail(const TableSchema& schema, std::size_t line, const std::string& what) {
  throw TableError("lib/data/" + std::string(schema.name) + " line " + std::to_string(line) + ": " +
                   what);
}

std::string roles_list(const TableSchema& schema) {
  std::string out;
  for (std::string_view r : schema.roles) {
    if (!out.empty()) out += ", ";
    out += r.empty() ? "(none)" : std::string(r);
  }
  return out;
}

bool listed(const TableSchema& schema, std::string_view role) {
  return std::find(schema.roles.begin(), schema.roles.end(), role) != schema.roles.end();
}

}  // namespace

Table::Table(TableSchema schema, std::string_view text) : schema_(std::move(schema)) {
  std::size_t line_no = 0;
  while (!text.empty()) {
    const std::size_t nl = text.find('\n');
    std::string_view line = text.substr(0, nl);
    text.remove_prefix(nl == std::string_view::npos ? text.size() : nl + 1);
    ++line_no;
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    TableRow row;
    row.line = line_no;
    while (true) {
      const std::size_t tab = line.find('\t');
      row.cells.push_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line.remove_prefix(tab + 1);
    }
    while (row.cells.size() > 1 && row.cells.back().empty()) row.cells.pop_back();
    for (std::string_view c : row.cells)
      if (!c.empty() && (c.front() == ' ' || c.back() == ' '))
        fail(schema_, line_no, "a space at the edge of cell '" + std::string(c) + "'");
    if (row.cells.size() < schema_.min_cells || row.cells.size() > schema_.max_cells)
      fail(schema_, line_no,
           std::to_string(row.cells.size()) + " cells, expected " +
               std::to_string(schema_.min_cells) + " to " + std::to_string(schema_.max_cells));
    const std::string_view r = row.cell(schema_.role_column);
    if (!listed(schema_, r))
      fail(schema_, line_no,
           "unknown role '" + std::string(r) + "' (known: " + roles_list(schema_) + ")");
    const std::size_t word_column = schema_.role_column == 0 ? 1 : 0;
    if (row.cell(word_column).empty()) fail(schema_, line_no, "empty word");
    rows_.push_back(std::move(row));
  }
}

std::vector<const TableRow*> Table::every_row() const {
  std::vector<const TableRow*> out;
  for (const TableRow& row : rows_) out.push_back(&row);
  return out;
}

std::vector<const TableRow*> Table::with_role(std::string_view role) const {
  if (!listed(schema_, role))
    throw TableError("lib/data/" + std::string(schema_.name) + " has no role '" +
                     std::string(role) + "' (known: " + roles_list(schema_) + ")");
  std::vector<const TableRow*> out;
  for (const TableRow& row : rows_)
    if (this->role(row) == role) out.push_back(&row);
  return out;
}

}  // namespace mubiao::data
