#include "records.h"

#include <cmath>
#include <string>

namespace mubiao::python {
namespace {

// Builds one dict field by field; the first failure is kept and the rest are
// skipped, so callers check once at the end.
class Dict {
 public:
  Dict() : d_(PyDict_New()) {}
  ~Dict() { Py_XDECREF(d_); }
  Dict(const Dict&) = delete;
  Dict& operator=(const Dict&) = delete;

  Dict& str(const char* key, std::string_view v) {
    return set(key, PyUnicode_DecodeUTF8(v.data(), static_cast<Py_ssize_t>(v.size()), "strict"));
  }
  Dict& num(const char* key, std::size_t v) { return set(key, PyLong_FromSize_t(v)); }
  // A double as the CLI prints it: non-finite values are null.
  Dict& num(const char* key, double v) {
    if (!std::isfinite(v)) return null(key);
    return set(key, PyFloat_FromDouble(v));
  }
  // An exact decimal literal ("30000000000", "7.5", "1e+400") read as
  // json.loads reads it: int when it has no fraction or exponent, else float.
  Dict& exact(const char* key, std::string_view literal) {
    const std::string s(literal);
    if (s.find_first_of(".eE") == std::string::npos)
      return set(key, PyLong_FromString(s.c_str(), nullptr, 10));
    const double v = PyOS_string_to_double(s.c_str(), nullptr, nullptr);
    if (v == -1.0 && PyErr_Occurred()) return fail();
    return set(key, PyFloat_FromDouble(v));
  }
  Dict& value(const char* key, std::string_view literal, double v) {
    return literal.empty() ? num(key, v) : exact(key, literal);
  }
  Dict& null(const char* key) {
    Py_INCREF(Py_None);
    return set(key, Py_None);
  }
  Dict& boolean(const char* key, bool v) { return set(key, PyBool_FromLong(v)); }

  PyObject* release() {
    PyObject* d = ok_ ? d_ : nullptr;
    if (!ok_) Py_XDECREF(d_);
    d_ = nullptr;
    return d;
  }

 private:
  // Keys are interned once and kept for the life of the process.
  static PyObject* key_object(const char* key) { return PyUnicode_InternFromString(key); }

  Dict& set(const char* key, PyObject* v) {
    if (!ok_ || !d_ || !v) {
      Py_XDECREF(v);
      return fail();
    }
    PyObject* k = key_object(key);
    if (!k || PyDict_SetItem(d_, k, v) != 0) ok_ = false;
    Py_XDECREF(k);
    Py_DECREF(v);
    return *this;
  }
  Dict& fail() {
    ok_ = false;
    return *this;
  }

  PyObject* d_;
  bool ok_ = true;
};

void base(Dict& d, std::string_view doc_name, std::string_view text, Span span) {
  d.str("doc", doc_name).num("start", span.start).num("end", span.end).str("text", span.of(text));
}

}  // namespace

PyObject* segment_record(std::string_view doc_name, std::string_view text, const Document& doc,
                         Level level, const Unit& unit) {
  Dict d;
  d.str("doc", doc_name).str("level", level_name(level)).num("start", unit.span.start)
      .num("end", unit.span.end).str("text", unit.span.of(text))
      .str("section", doc.top_heading(unit));
  if (level == Level::section && unit.section < doc.sections().size()) {
    const Section& s = doc.sections()[unit.section];
    d.str("heading", s.heading.of(text)).num("depth", static_cast<std::size_t>(s.depth));
  }
  return d.release();
}

PyObject* word_record(std::string_view doc_name, std::string_view text, const Document& doc,
                      const Token& token, std::size_t section) {
  Dict d;
  d.str("doc", doc_name).str("level", "word").num("start", token.span.start)
      .num("end", token.span.end).str("text", token.span.of(text))
      .str("section", doc.top_heading(Unit{token.span, section}))
      .str("type", token_type_name(token.type));
  return d.release();
}

PyObject* number_record(std::string_view doc_name, std::string_view text, const Mention& m) {
  Dict d;
  base(d, doc_name, text, m.span);
  d.str("kind", number_kind_name(m.kind));
  if (m.representable) d.value("value", m.exact, m.value);
  else d.null("value");
  d.str("unit", m.unit).str("qualifier", qualifier_name(m.qualifier));
  if (m.upper) d.value("upper", m.exact_upper, *m.upper);
  if (m.approximate) d.boolean("approximate", true);
  if (!m.representable) d.str("error", "unrepresentable");
  return d.release();
}

PyObject* target_record(std::string_view doc_name, std::string_view text, const Document& doc,
                        const Statement& s) {
  Dict d;
  base(d, doc_name, text, s.span);
  const auto& sentences = doc.units(Level::sentence);
  std::string_view section;
  if (s.sentence < sentences.size()) section = doc.top_heading(sentences[s.sentence]);
  d.str("section", section).str("stance", stance_name(s.stance)).str("indicator", s.indicator)
      .str("measure", measure_name(s.measure)).str("comparator", comparator_name(s.comparator));
  if (s.value) d.value("value", s.exact, *s.value);
  else d.null("value");
  if (s.upper) d.num("upper", *s.upper);
  else d.null("upper");
  d.str("unit", s.unit).str("modality", modality_name(s.modality)).str("horizon", s.horizon)
      .str("reference", s.reference).str("rule", s.rule);
  return d.release();
}

}  // namespace mubiao::python
