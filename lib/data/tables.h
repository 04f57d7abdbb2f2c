// Every data table compiled into the library, each with its schema (the
// roles its rows may have, how many cells a row has), loaded through the
// one loader of table.h and validated on first use.
#ifndef MUBIAO_LIB_DATA_TABLES_H_
#define MUBIAO_LIB_DATA_TABLES_H_

#include <vector>

#include "data/table.h"

namespace mubiao::data {

enum class TableId {
  number_units,
  number_qualifiers,
  number_idioms,
  number_cues,
  target_cues,
  target_scope,
  target_sections,
  target_benchmarks,
  target_false_friends,
  codebook,
  research_cues,
  regions,
};

// The table, loaded once (thread-safe). Throws TableError when it breaks its
// schema.
const Table& table(TableId id);

// Every table, for tests that load them all.
const std::vector<TableId>& all_tables();

}  // namespace mubiao::data

#endif  // MUBIAO_LIB_DATA_TABLES_H_
