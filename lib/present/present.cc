// Row and Schema, and the single fields the C ABI reads one at a time.
#include "mubiao/present.h"

#include <stdexcept>

namespace mubiao {

std::size_t Schema::find(std::string_view name) const {
  for (std::size_t i = 0; i < fields.size(); ++i)
    if (fields[i].name == name) return i;
  return fields.size();
}

void Row::reset(const Schema& schema) {
  if (schema.fields.size() > kMaxFields)
    throw std::length_error("a record has more fields than Row::kMaxFields");
  schema_ = &schema;
  size_ = schema.fields.size();
  // Only the states: a value's other members are read only when it is set
  // (set_text and the like write them), and a record is made per number
  // of a report.
  for (std::size_t i = 0; i < size_; ++i) values_[i].state = Value::absent;
}

std::string_view value_text(const Mention& m) {
  return m.representable ? std::string_view(m.exact) : std::string_view();
}
std::string_view upper_text(const Mention& m) {
  return m.upper ? std::string_view(m.exact_upper) : std::string_view();
}
std::string_view value_text(const Statement& s) {
  return s.value ? std::string_view(s.exact) : std::string_view();
}
std::string_view upper_text(const Statement& s) {
  return s.upper ? std::string_view(s.exact_upper) : std::string_view();
}

std::string_view section_heading(const Document& doc, const Statement& s) {
  const auto& sentences = doc.units(Level::sentence);
  if (s.sentence >= sentences.size()) return {};
  return doc.top_heading(sentences[s.sentence]);
}

}  // namespace mubiao
