// Records of `mubiao numbers` and `mubiao normalize`.
#include "mubiao/present.h"
#include "present/fields.h"

namespace mubiao {
namespace {

using presentation::Field;

const std::vector<Field<Mention>>& number_fields() {
  static const std::vector<Field<Mention>> f = {
      {{"doc", FieldType::text, presentation::kDocDescription, {}},
       [](const RecordSource& s, const Mention&, Value& v) { presentation::doc_name(s, v); }},
      {{"start", FieldType::count, "byte offset where the expression starts", {}},
       [](const RecordSource&, const Mention& m, Value& v) { v.set_count(m.span.start); }},
      {{"end", FieldType::count, "byte offset where the expression ends (exclusive)", {}},
       [](const RecordSource&, const Mention& m, Value& v) { v.set_count(m.span.end); }},
      {{"text", FieldType::text, "the expression as written", {}},
       [](const RecordSource& s, const Mention& m, Value& v) { v.set_text(m.span.of(s.text)); }},
      {{"kind", FieldType::label, "kind of number", presentation::names_of(number_kind_name, 13)},
       [](const RecordSource&, const Mention& m, Value& v) {
         v.set_text(number_kind_name(m.kind));
       }},
      {{"value", FieldType::decimal, "value in base units (percent scale for %)", {}},
       [](const RecordSource&, const Mention& m, Value& v) { v.set_decimal(value_text(m)); }},
      {{"unit", FieldType::text, "unit or measure word, without magnitude", {}},
       [](const RecordSource&, const Mention& m, Value& v) { v.set_text(m.unit); }},
      {{"qualifier", FieldType::label, "over, about, at_least, at_most, nearly or none",
        presentation::names_of(qualifier_name, 6)},
       [](const RecordSource&, const Mention& m, Value& v) {
         v.set_text(qualifier_name(m.qualifier));
       }},
      // Optional fields: left out of a record that does not have them.
      {{"upper", FieldType::decimal, "high end of a range", {}},
       [](const RecordSource&, const Mention& m, Value& v) {
         if (m.upper) v.set_decimal(upper_text(m));
       }},
      {{"approximate", FieldType::boolean, "a vague quantity (十几万)", {}},
       [](const RecordSource&, const Mention& m, Value& v) {
         if (m.approximate) v.set_boolean(true);
       }},
      {{"error", FieldType::text, "unrepresentable when the value is too large for a double", {}},
       [](const RecordSource&, const Mention& m, Value& v) {
         if (!m.representable) v.set_text("unrepresentable");
       }},
  };
  return f;
}

const std::vector<Field<std::string_view>>& normalized_fields() {
  static const std::vector<Field<std::string_view>> f = {
      {{"doc", FieldType::text, presentation::kDocDescription, {}},
       [](const RecordSource& s, const std::string_view&, Value& v) {
         presentation::doc_name(s, v);
       }},
      {{"start", FieldType::count, "byte offset where the text starts (0)", {}},
       [](const RecordSource&, const std::string_view&, Value& v) { v.set_count(0); }},
      {{"end", FieldType::count, "byte offset where the text ends", {}},
       [](const RecordSource& s, const std::string_view&, Value& v) {
         v.set_count(s.text.size());
       }},
      {{"text", FieldType::text, "the text as given", {}},
       [](const RecordSource& s, const std::string_view&, Value& v) { v.set_text(s.text); }},
      {{"normalized", FieldType::text, "the text with every number in Arabic form", {}},
       [](const RecordSource&, const std::string_view& n, Value& v) { v.set_text(n); }},
  };
  return f;
}

}  // namespace

const Schema& number_schema() {
  static const Schema s = presentation::make_schema("number", number_fields());
  return s;
}

const Schema& normalized_schema() {
  static const Schema s = presentation::make_schema("normalized", normalized_fields());
  return s;
}

void present(const RecordSource& src, const Mention& number, Row& row) {
  // Looked up once, not at each of a report's numbers.
  static const Schema& schema = number_schema();
  static const std::vector<Field<Mention>>& fields = number_fields();
  presentation::fill(schema, fields, src, number, row);
}

void present_normalized(const RecordSource& src, std::string_view normalized, Row& row) {
  presentation::fill(normalized_schema(), normalized_fields(), src, normalized, row);
}

}  // namespace mubiao
