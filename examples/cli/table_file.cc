#include "table_file.h"

namespace mubiao::cli {

std::unique_ptr<TableFile> open_table_file(TableFile::Kind kind, Sink& sink, const Schema& schema) {
  switch (kind) {
    case TableFile::xlsx:
#ifdef MUBIAO_CLI_XLSX
      return open_xlsx(sink, schema);
#else
      throw std::runtime_error("--format xlsx is not available: built without libxlsxwriter");
#endif
    case TableFile::dta:
#ifdef MUBIAO_CLI_DTA
      return open_dta(sink, schema);
#else
      throw std::runtime_error("--format dta is not available: built without ReadStat");
#endif
  }
  (void)sink;
  (void)schema;
  throw std::logic_error("unknown table file kind");
}

}  // namespace mubiao::cli
