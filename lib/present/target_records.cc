// Records of `mubiao targets`: one row per quantitative statement. To add a
// column, add one entry here (and the member to Statement): JSON, CSV, TSV,
// xlsx, dta and their header rows and variable labels all follow this table.
#include "mubiao/present.h"
#include "present/fields.h"

namespace mubiao {
namespace {

using presentation::Field;

const std::vector<Field<Statement>>& target_fields() {
  static const std::vector<Field<Statement>> f = {
      {{"doc", FieldType::text, presentation::kDocDescription, {}},
       [](const RecordSource& s, const Statement&, Value& v) { presentation::doc_name(s, v); }},
      {{"start", FieldType::count, "byte offset where the evidence starts", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_count(t.span.start); }},
      {{"end", FieldType::count, "byte offset where the evidence ends (exclusive)", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_count(t.span.end); }},
      {{"text", FieldType::text, "the evidence: the clauses the row was read from", {}},
       [](const RecordSource& s, const Statement& t, Value& v) { v.set_text(t.span.of(s.text)); }},
      {{"section", FieldType::text, "heading of the enclosing top-level section", {}},
       [](const RecordSource& s, const Statement& t, Value& v) {
         v.set_text(s.document ? section_heading(*s.document, t) : std::string_view());
       }},
      {{"stance", FieldType::label, "target (planned) or achievement (reported)",
        presentation::names_of(stance_name, 2)},
       [](const RecordSource&, const Statement& t, Value& v) {
         v.set_text(stance_name(t.stance));
       }},
      {{"indicator", FieldType::text, "what is measured", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_text(t.indicator); }},
      {{"measure", FieldType::label, "level, growth, avg_growth, decline, increment, multiple",
        presentation::names_of(measure_name, 6)},
       [](const RecordSource&, const Statement& t, Value& v) {
         v.set_text(measure_name(t.measure));
       }},
      {{"comparator", FieldType::label, "eq, ge, gt, le, lt, approx, toward or range",
        presentation::names_of(comparator_name, 8)},
       [](const RecordSource&, const Statement& t, Value& v) {
         v.set_text(comparator_name(t.comparator));
       }},
      {{"value", FieldType::decimal, "the number in base units (low end of a range)", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_decimal(value_text(t)); }},
      {{"upper", FieldType::decimal, "high end of a range", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_decimal(upper_text(t)); }},
      {{"unit", FieldType::text, "unit of the value", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_text(t.unit); }},
      {{"modality", FieldType::label, "plain, firm (确保) or strive (力争)",
        presentation::names_of(modality_name, 3)},
       [](const RecordSource&, const Statement& t, Value& v) {
         v.set_text(modality_name(t.modality));
       }},
      {{"horizon", FieldType::text, "the period the statement covers", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_text(t.horizon); }},
      {{"reference", FieldType::text, "benchmark phrase when there is no number", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_text(t.reference); }},
      {{"rule", FieldType::text, "the pattern that produced the row", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_text(t.rule); }},
      {{"code", FieldType::text, "indicator code from the codebook (lib/data/codebook.tsv)", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_text(t.code); }},
      {{"real", FieldType::boolean, "growth stated as real (实际增长)", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_boolean(t.real); }},
      {{"headline", FieldType::boolean, "in the main-targets passage (主要预期目标)", {}},
       [](const RecordSource&, const Statement& t, Value& v) { v.set_boolean(t.headline); }},
  };
  return f;
}

}  // namespace

const Schema& target_schema() {
  static const Schema s = presentation::make_schema("target", target_fields());
  return s;
}

void present(const RecordSource& src, const Statement& target, Row& row) {
  presentation::fill(target_schema(), target_fields(), src, target, row);
}

}  // namespace mubiao
