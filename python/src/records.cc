#include "records.h"

#include "dict.h"

namespace mubiao::python {
namespace {

void base(Dict& d, PyObject* doc_name, std::string_view text, Span span) {
  d.obj("doc", doc_name).num("start", span.start).num("end", span.end).str("text", span.of(text));
}

}  // namespace

PyObject* segment_record(PyObject* doc_name, std::string_view text, const Document& doc,
                         Level level, const Unit& unit) {
  Dict d;
  d.obj("doc", doc_name).name("level", level_name(level)).num("start", unit.span.start)
      .num("end", unit.span.end).str("text", unit.span.of(text))
      .str("section", doc.top_heading(unit));
  if (level == Level::section && unit.section < doc.sections().size()) {
    const Section& s = doc.sections()[unit.section];
    d.str("heading", s.heading.of(text)).num("depth", static_cast<std::size_t>(s.depth));
  }
  return d.release();
}

PyObject* word_record(PyObject* doc_name, std::string_view text, const Document& doc,
                      const Token& token, std::size_t section) {
  Dict d;
  d.obj("doc", doc_name).name("level", "word").num("start", token.span.start)
      .num("end", token.span.end).str("text", token.span.of(text))
      .str("section", doc.top_heading(Unit{token.span, section}))
      .name("type", token_type_name(token.type));
  return d.release();
}

PyObject* number_record(PyObject* doc_name, std::string_view text, const Mention& m) {
  Dict d;
  base(d, doc_name, text, m.span);
  d.name("kind", number_kind_name(m.kind));
  if (m.representable) d.value("value", m.exact, m.value);
  else d.null("value");
  d.str("unit", m.unit).name("qualifier", qualifier_name(m.qualifier));
  if (m.upper) d.value("upper", m.exact_upper, *m.upper);
  if (m.approximate) d.boolean("approximate", true);
  if (!m.representable) d.name("error", "unrepresentable");
  return d.release();
}

PyObject* target_record(PyObject* doc_name, std::string_view text, const Document& doc,
                        const Statement& s) {
  Dict d;
  base(d, doc_name, text, s.span);
  const auto& sentences = doc.units(Level::sentence);
  std::string_view section;
  if (s.sentence < sentences.size()) section = doc.top_heading(sentences[s.sentence]);
  d.str("section", section).name("stance", stance_name(s.stance)).str("indicator", s.indicator)
      .name("measure", measure_name(s.measure)).name("comparator", comparator_name(s.comparator));
  if (s.value) d.value("value", s.exact, *s.value);
  else d.null("value");
  if (s.upper) d.num("upper", *s.upper);
  else d.null("upper");
  d.str("unit", s.unit).name("modality", modality_name(s.modality)).str("horizon", s.horizon)
      .str("reference", s.reference).str("rule", s.rule);
#ifdef MUBIAO_PYTHON_RESEARCH
  d.str("code", s.code).boolean("real", s.real).boolean("headline", s.headline);
#endif
  return d.release();
}

}  // namespace mubiao::python
