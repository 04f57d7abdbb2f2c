// Records of `mubiao meta`, `panel` and `outcomes` (research.h): the fields
// of ../shared/spec/OUTPUT.md, declared once as for targets.
#include <cstdio>

#include "mubiao/present.h"
#include "present/fields.h"

namespace mubiao {
namespace {

using presentation::Field;

// Numbers as the CLI writes them: whole numbers without a point.
struct NumberText {
  char buf[40];
  std::string_view of(double v) {
    const int n = std::snprintf(buf, sizeof buf, "%.15g", v);
    return {buf, static_cast<std::size_t>(n)};
  }
};

// A year, or null. The text lives in a per-thread buffer until the row is
// encoded: rows are encoded right after they are made.
void set_year(const std::optional<int>& y, Value& v) {
  if (y)
    v.set_count(static_cast<std::uint64_t>(*y));
  else
    v.state = Value::null;
}

thread_local NumberText number_text[4];

void set_number(const std::optional<double>& d, int slot, Value& v) {
  if (d)
    v.set_decimal(number_text[slot].of(*d));
  else
    v.state = Value::null;
}

// Statement value: its exact text when known.
void set_value(const Statement& s, int slot, Value& v) {
  const std::string_view exact = value_text(s);
  if (!exact.empty())
    v.set_decimal(exact);
  else
    set_number(s.value, slot, v);
}

struct MetaRecord {
  const ReportMeta* meta;
  const std::string* sources;
};

const std::vector<Field<MetaRecord>>& meta_fields() {
  static const std::vector<Field<MetaRecord>> f = {
      {{"doc", FieldType::text, presentation::kDocDescription, {}},
       [](const RecordSource&, const MetaRecord& m, Value& v) { v.set_text(m.meta->doc); }},
      {{"title", FieldType::text, "the report's title", {}},
       [](const RecordSource&, const MetaRecord& m, Value& v) { v.set_text(m.meta->title); }},
      {{"region", FieldType::text, "全国, a province, a prefecture or county", {}},
       [](const RecordSource&, const MetaRecord& m, Value& v) { v.set_text(m.meta->region); }},
      {{"level", FieldType::text, "national, provincial, prefecture or county", {}},
       [](const RecordSource&, const MetaRecord& m, Value& v) { v.set_text(m.meta->level); }},
      {{"year", FieldType::count, "the year the report is delivered and plans for", {}},
       [](const RecordSource&, const MetaRecord& m, Value& v) { set_year(m.meta->year, v); }},
      {{"date", FieldType::text, "YYYY-MM-DD of the dateline", {}},
       [](const RecordSource&, const MetaRecord& m, Value& v) { v.set_text(m.meta->date); }},
      {{"meeting", FieldType::text, "the people's congress session", {}},
       [](const RecordSource&, const MetaRecord& m, Value& v) { v.set_text(m.meta->meeting); }},
      {{"sources", FieldType::json, "where each field came from", {}},
       [](const RecordSource&, const MetaRecord& m, Value& v) { v.set_text(*m.sources); }},
  };
  return f;
}

const std::vector<Field<PanelRow>>& panel_fields() {
  using R = PanelRow;
  static const std::vector<Field<R>> f = {
      {{"doc", FieldType::text, presentation::kDocDescription, {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_text(r.meta.doc); }},
      {{"region", FieldType::text, "the report's region", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_text(r.meta.region); }},
      {{"level", FieldType::text, "the report's level", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_text(r.meta.level); }},
      {{"year", FieldType::count, "the report's year", {}},
       [](const RecordSource&, const R& r, Value& v) { set_year(r.meta.year, v); }},
      {{"code", FieldType::text, "indicator code (lib/data/codebook.tsv)", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_text(r.code); }},
      {{"indicator", FieldType::text, "what is measured, as written", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_text(r.target.indicator); }},
      {{"measure", FieldType::label, "level, growth, avg_growth, decline, increment, multiple",
        presentation::names_of(measure_name, 6)},
       [](const RecordSource&, const R& r, Value& v) {
         v.set_text(measure_name(r.target.measure));
       }},
      {{"comparator", FieldType::label, "eq, ge, gt, le, lt, approx, toward or range",
        presentation::names_of(comparator_name, 8)},
       [](const RecordSource&, const R& r, Value& v) {
         v.set_text(comparator_name(r.target.comparator));
       }},
      {{"value", FieldType::decimal, "the target (low end of a range)", {}},
       [](const RecordSource&, const R& r, Value& v) { set_value(r.target, 0, v); }},
      {{"upper", FieldType::decimal, "high end of a range", {}},
       [](const RecordSource&, const R& r, Value& v) { set_number(r.target.upper, 1, v); }},
      {{"unit", FieldType::text, "unit of the value", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_text(r.target.unit); }},
      {{"modality", FieldType::label, "plain, firm (确保) or strive (力争)",
        presentation::names_of(modality_name, 3)},
       [](const RecordSource&, const R& r, Value& v) {
         v.set_text(modality_name(r.target.modality));
       }},
      {{"strive", FieldType::decimal, "the 力争 figure that follows the target", {}},
       [](const RecordSource&, const R& r, Value& v) { set_number(r.target.strive, 2, v); }},
      {{"upside", FieldType::boolean, "followed by a 更好结果 clause", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_boolean(r.target.upside); }},
      {{"real", FieldType::boolean, "growth stated as real (实际增长)", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_boolean(r.target.real); }},
      {{"start", FieldType::count, "byte offset where the evidence starts", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_count(r.target.span.start); }},
      {{"end", FieldType::count, "byte offset where the evidence ends (exclusive)", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_count(r.target.span.end); }},
      {{"text", FieldType::text, "the evidence", {}},
       [](const RecordSource& s, const R& r, Value& v) { v.set_text(r.target.span.of(s.text)); }},
  };
  return f;
}

struct OutcomeRecord {
  const OutcomeRow* row;
  std::string_view target_text, outcome_text;
};

const std::vector<Field<OutcomeRecord>>& outcome_fields() {
  using R = OutcomeRecord;
  static const std::vector<Field<R>> f = {
      {{"region", FieldType::text, "the region", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_text(r.row->region); }},
      {{"code", FieldType::text, "indicator code", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_text(r.row->code); }},
      {{"year", FieldType::count, "the year of the target and of the outcome", {}},
       [](const RecordSource&, const R& r, Value& v) {
         v.set_count(static_cast<std::uint64_t>(r.row->year));
       }},
      {{"comparator", FieldType::label, "the target's comparator",
        presentation::names_of(comparator_name, 8)},
       [](const RecordSource&, const R& r, Value& v) {
         v.set_text(comparator_name(r.row->target.comparator));
       }},
      {{"target", FieldType::decimal, "the target (low end of a range)", {}},
       [](const RecordSource&, const R& r, Value& v) { set_value(r.row->target, 0, v); }},
      {{"upper", FieldType::decimal, "high end of a range", {}},
       [](const RecordSource&, const R& r, Value& v) { set_number(r.row->target.upper, 1, v); }},
      {{"outcome", FieldType::decimal, "the achievement reported for the year", {}},
       [](const RecordSource&, const R& r, Value& v) { set_value(r.row->outcome, 2, v); }},
      {{"met", FieldType::boolean, "whether the outcome meets the target", {}},
       [](const RecordSource&, const R& r, Value& v) {
         if (r.row->met)
           v.set_boolean(*r.row->met);
         else
           v.state = Value::null;
       }},
      {{"unit", FieldType::text, "unit of target and outcome", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_text(r.row->target.unit); }},
      {{"measure", FieldType::label, "the measure of target and outcome",
        presentation::names_of(measure_name, 6)},
       [](const RecordSource&, const R& r, Value& v) {
         v.set_text(measure_name(r.row->target.measure));
       }},
      {{"target_doc", FieldType::text, "the report that sets the target", {}},
       [](const RecordSource&, const R& r, Value& v) {
         v.set_text(r.row->target_report->meta.doc);
       }},
      {{"target_start", FieldType::count, "where the target's evidence starts", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_count(r.row->target.span.start); }},
      {{"target_end", FieldType::count, "where it ends (exclusive)", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_count(r.row->target.span.end); }},
      {{"target_text", FieldType::text, "the target's evidence", {}},
       [](const RecordSource&, const R& r, Value& v) {
         v.set_text(r.row->target.span.of(r.target_text));
       }},
      {{"outcome_doc", FieldType::text, "the report that states the outcome", {}},
       [](const RecordSource&, const R& r, Value& v) {
         v.set_text(r.row->outcome_report->meta.doc);
       }},
      {{"outcome_start", FieldType::count, "where the outcome's evidence starts", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_count(r.row->outcome.span.start); }},
      {{"outcome_end", FieldType::count, "where it ends (exclusive)", {}},
       [](const RecordSource&, const R& r, Value& v) { v.set_count(r.row->outcome.span.end); }},
      {{"outcome_text", FieldType::text, "the outcome's evidence", {}},
       [](const RecordSource&, const R& r, Value& v) {
         v.set_text(r.row->outcome.span.of(r.outcome_text));
       }},
  };
  return f;
}

void append_json_string(std::string_view s, std::string& out) {
  out += '"';
  for (char c : s) {
    if (c == '"' || c == '\\') out += '\\';
    if (static_cast<unsigned char>(c) < 0x20) continue;  // sources are plain words
    out += c;
  }
  out += '"';
}

}  // namespace

const Schema& meta_schema() {
  static const Schema s = presentation::make_schema("meta", meta_fields());
  return s;
}
const Schema& panel_schema() {
  static const Schema s = presentation::make_schema("panel", panel_fields());
  return s;
}
const Schema& outcome_schema() {
  static const Schema s = presentation::make_schema("outcome", outcome_fields());
  return s;
}

void present(const ReportMeta& meta, std::string& sources, Row& row) {
  const ReportMeta::Sources& s = meta.sources;
  sources = "{";
  const std::pair<const char*, const std::string*> fields[] = {
      {"title", &s.title}, {"region", &s.region}, {"level", &s.level},
      {"year", &s.year},   {"date", &s.date},     {"meeting", &s.meeting}};
  for (const auto& [name, value] : fields) {
    if (sources.size() > 1) sources += ',';
    append_json_string(name, sources);
    sources += ':';
    append_json_string(*value, sources);
  }
  sources += '}';
  presentation::fill(meta_schema(), meta_fields(), RecordSource{meta.doc, {}, nullptr},
                     MetaRecord{&meta, &sources}, row);
}

void present(const PanelRow& panel, std::string_view text, Row& row) {
  presentation::fill(panel_schema(), panel_fields(), RecordSource{panel.meta.doc, text, nullptr},
                     panel, row);
}

void present(const OutcomeRow& outcome, std::string_view target_text, std::string_view outcome_text,
             Row& row) {
  presentation::fill(outcome_schema(), outcome_fields(), RecordSource{},
                     OutcomeRecord{&outcome, target_text, outcome_text}, row);
}

}  // namespace mubiao
