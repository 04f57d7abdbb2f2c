// How a kind of record is declared: one table of fields, each with its
// FieldInfo and the function that reads its value from the result. The
// schema and the rows are both made from that table, so a field is added,
// renamed or described in one line.
#ifndef MUBIAO_LIB_PRESENT_FIELDS_H_
#define MUBIAO_LIB_PRESENT_FIELDS_H_

#include <cstddef>
#include <string_view>
#include <vector>

#include "mubiao/present.h"

namespace mubiao::presentation {

template <typename T>
struct Field {
  FieldInfo info;
  void (*get)(const RecordSource& src, const T& record, Value& out);
};

template <typename T>
Schema make_schema(std::string_view kind, const std::vector<Field<T>>& fields) {
  Schema s;
  s.kind = kind;
  for (const Field<T>& f : fields) s.fields.push_back(f.info);
  return s;
}

template <typename T>
void fill(const Schema& schema, const std::vector<Field<T>>& fields, const RecordSource& src,
          const T& record, Row& row) {
  row.reset(schema);
  for (std::size_t i = 0; i < fields.size(); ++i) fields[i].get(src, record, row[i]);
}

// Every name of an enum whose values are 0 .. count-1, in order.
template <typename E>
std::vector<std::string_view> names_of(const char* (*name_of)(E), int count) {
  std::vector<std::string_view> out;
  for (int i = 0; i < count; ++i) out.emplace_back(name_of(static_cast<E>(i)));
  return out;
}

// The fields every record of a document starts with.
inline void doc_name(const RecordSource& src, Value& v) { v.set_text(src.doc); }
inline constexpr std::string_view kDocDescription = "file name as given";

}  // namespace mubiao::presentation

#endif  // MUBIAO_LIB_PRESENT_FIELDS_H_
