#include "research_records.h"

namespace mubiao::cli {
namespace {

Record& optional_number(Record& r, std::string_view key, const std::optional<double>& v) {
  return v ? r.num(key, *v) : r.null(key);
}

Record& year(Record& r, std::string_view key, const std::optional<int>& y) {
  return y ? r.num(key, static_cast<std::size_t>(*y)) : r.null(key);
}

}  // namespace

Record meta_record(const ReportMeta& m) {
  Record r;
  r.str("doc", m.doc).str("title", m.title).str("region", m.region).str("level", m.level);
  year(r, "year", m.year);
  r.str("date", m.date).str("meeting", m.meeting);
  // CSV has no nesting: the sources become source_* columns; JSON nests them.
  r.object("sources", {{"title", m.sources.title},
                       {"region", m.sources.region},
                       {"level", m.sources.level},
                       {"year", m.sources.year},
                       {"date", m.sources.date},
                       {"meeting", m.sources.meeting}});
  return r;
}

Record panel_record(const PanelRow& row, std::string_view text) {
  const Statement& t = row.target;
  Record r;
  r.str("doc", row.meta.doc).str("region", row.meta.region).str("level", row.meta.level);
  year(r, "year", row.meta.year);
  r.str("code", row.code).str("indicator", t.indicator).str("measure", measure_name(t.measure))
      .str("comparator", comparator_name(t.comparator));
  if (t.value && !t.exact.empty()) r.exact("value", t.exact);
  else optional_number(r, "value", t.value);
  optional_number(r, "upper", t.upper);
  r.str("unit", t.unit).str("modality", modality_name(t.modality));
  optional_number(r, "strive", t.strive);
  r.boolean("upside", t.upside).boolean("real", t.real).num("start", t.span.start)
      .num("end", t.span.end).str("text", t.span.of(text));
  return r;
}

Record outcome_record(const OutcomeRow& row, std::string_view target_text,
                      std::string_view outcome_text) {
  Record r;
  r.str("region", row.region).str("code", row.code).num("year", static_cast<std::size_t>(row.year))
      .str("comparator", comparator_name(row.target.comparator));
  optional_number(r, "target", row.target.value);
  optional_number(r, "upper", row.target.upper);
  optional_number(r, "outcome", row.outcome.value);
  if (row.met) r.boolean("met", *row.met);
  else r.null("met");
  r.str("unit", row.target.unit).str("measure", measure_name(row.target.measure))
      .str("target_doc", row.target_report->meta.doc)
      .num("target_start", row.target.span.start).num("target_end", row.target.span.end)
      .str("target_text", row.target.span.of(target_text))
      .str("outcome_doc", row.outcome_report->meta.doc)
      .num("outcome_start", row.outcome.span.start).num("outcome_end", row.outcome.span.end)
      .str("outcome_text", row.outcome.span.of(outcome_text));
  return r;
}

}  // namespace mubiao::cli
