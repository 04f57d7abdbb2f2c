#include "data/table.h"

namespace mubiao::data {

std::vector<std::vector<std::string>> rows(std::string_view table) {
  std::vector<std::vector<std::string>> out;
  while (!table.empty()) {
    std::size_t nl = table.find('\n');
    std::string_view line = table.substr(0, nl);
    table = nl == std::string_view::npos ? std::string_view() : table.substr(nl + 1);
    if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> cells;
    while (true) {
      std::size_t tab = line.find('\t');
      cells.emplace_back(line.substr(0, tab));
      if (tab == std::string_view::npos) break;
      line = line.substr(tab + 1);
    }
    if (!cells[0].empty()) out.push_back(std::move(cells));
  }
  return out;
}

}  // namespace mubiao::data
