#include "research_records.h"

#include "dict.h"

namespace mubiao::python {

PyObject* meta_record(const ReportMeta& m) {
  Dict d, sources;
  d.str("doc", m.doc)
      .str("title", m.title)
      .str("region", m.region)
      .str("level", m.level)
      .year("year", m.year)
      .str("date", m.date)
      .str("meeting", m.meeting);
  sources.str("title", m.sources.title)
      .str("region", m.sources.region)
      .str("level", m.sources.level)
      .str("year", m.sources.year)
      .str("date", m.sources.date)
      .str("meeting", m.sources.meeting);
  return d.nested("sources", sources).release();
}

PyObject* panel_record(const PanelRow& row, std::string_view text) {
  const Statement& t = row.target;
  Dict d;
  d.str("doc", row.meta.doc)
      .str("region", row.meta.region)
      .str("level", row.meta.level)
      .year("year", row.meta.year)
      .str("code", row.code)
      .str("indicator", t.indicator)
      .name("measure", measure_name(t.measure))
      .name("comparator", comparator_name(t.comparator));
  if (t.value && !t.exact.empty())
    d.exact("value", t.exact);
  else
    d.num("value", t.value);
  d.num("upper", t.upper)
      .str("unit", t.unit)
      .name("modality", modality_name(t.modality))
      .num("strive", t.strive)
      .boolean("upside", t.upside)
      .boolean("real", t.real)
      .num("start", t.span.start)
      .num("end", t.span.end)
      .str("text", t.span.of(text));
  return d.release();
}

PyObject* outcome_record(const OutcomeRow& row, std::string_view target_text,
                         std::string_view outcome_text) {
  Dict d;
  d.str("region", row.region)
      .str("code", row.code)
      .year("year", row.year)
      .name("comparator", comparator_name(row.target.comparator))
      .num("target", row.target.value)
      .num("upper", row.target.upper)
      .num("outcome", row.outcome.value);
  if (row.met)
    d.boolean("met", *row.met);
  else
    d.null("met");
  d.str("unit", row.target.unit)
      .name("measure", measure_name(row.target.measure))
      .str("target_doc", row.target_report->meta.doc)
      .num("target_start", row.target.span.start)
      .num("target_end", row.target.span.end)
      .str("target_text", row.target.span.of(target_text))
      .str("outcome_doc", row.outcome_report->meta.doc)
      .num("outcome_start", row.outcome.span.start)
      .num("outcome_end", row.outcome.span.end)
      .str("outcome_text", row.outcome.span.of(outcome_text));
  return d.release();
}

}  // namespace mubiao::python
