#include "records.h"

#include "dict.h"
#include "mubiao/present.h"

namespace mubiao::python {
namespace {

// The library's one presentation of a record (<mubiao/present.h>, which the
// CLI writes) as a dict: absent fields left out, null as None, decimals read
// as json.loads reads the CLI's exact texts.
PyObject* row_record(const Row& row, PyObject* doc_name) {
  Dict d;
  const Schema& schema = row.schema();
  for (std::size_t i = 0; i < row.size(); ++i) {
    const std::string_view key = schema.fields[i].name;
    const Value& v = row[i];
    if (v.state == Value::absent) continue;
    if (v.state == Value::null) {
      d.null(key);
      continue;
    }
    switch (schema.fields[i].type) {
      case FieldType::text:
        if (key == "doc")
          d.obj(key, doc_name);  // one object for every record of a document
        else
          d.str(key, v.text);
        break;
      case FieldType::count: d.num(key, static_cast<std::size_t>(v.count)); break;
      case FieldType::decimal: d.exact(key, v.text); break;
      case FieldType::boolean: d.boolean(key, v.boolean); break;
      case FieldType::label: d.name(key, v.text); break;
      case FieldType::json: {  // a nested object (meta's sources), as json.loads reads it
        static PyObject* loads = [] {
          PyObject* json = PyImport_ImportModule("json");
          PyObject* f = json ? PyObject_GetAttrString(json, "loads") : nullptr;
          Py_XDECREF(json);
          return f;
        }();
        PyObject* o = loads ? PyObject_CallFunction(loads, "s#", v.text.data(),
                                                    static_cast<Py_ssize_t>(v.text.size()))
                            : nullptr;
        d.obj(key, o);
        Py_XDECREF(o);
        break;
      }
    }
  }
  return d.release();
}

std::string_view name_of(PyObject* doc_name) {
  Py_ssize_t size = 0;
  const char* s = PyUnicode_AsUTF8AndSize(doc_name, &size);
  return s ? std::string_view(s, static_cast<std::size_t>(size)) : std::string_view();
}

}  // namespace

PyObject* segment_record(PyObject* doc_name, std::string_view text, const Document& doc,
                         Level level, const Unit& unit) {
  Row row;
  present(RecordSource{name_of(doc_name), text, &doc}, level, unit, row);
  return row_record(row, doc_name);
}

PyObject* word_record(PyObject* doc_name, std::string_view text, const Document& doc,
                      const Token& token, const Unit& sentence) {
  Row row;
  present(RecordSource{name_of(doc_name), text, &doc}, token, sentence, row);
  return row_record(row, doc_name);
}

PyObject* number_record(PyObject* doc_name, std::string_view text, const Mention& m) {
  Row row;
  present(RecordSource{name_of(doc_name), text, nullptr}, m, row);
  return row_record(row, doc_name);
}

PyObject* target_record(PyObject* doc_name, std::string_view text, const Document& doc,
                        const Statement& s) {
  Row row;
  present(RecordSource{name_of(doc_name), text, &doc}, s, row);
  return row_record(row, doc_name);
}

}  // namespace mubiao::python
