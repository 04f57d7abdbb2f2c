// Library results as Python dicts with the field names and values of the
// CLI's JSON Lines (../shared/spec/OUTPUT.md): json.loads of a CLI line equals
// the dict built here for the same record. Every function needs the GIL.
#ifndef MUBIAO_PYTHON_RECORDS_H_
#define MUBIAO_PYTHON_RECORDS_H_

#include <Python.h>

#include <string_view>

#include "mubiao/numbers.h"
#include "mubiao/segment.h"
#include "mubiao/targets.h"

namespace mubiao::python {

// doc_name is the records' "doc" (borrowed: one object for all the records of
// a document). Each returns a new reference, or nullptr with a Python error set.
PyObject* segment_record(PyObject* doc_name, std::string_view text, const Document& doc,
                         Level level, const Unit& unit);
PyObject* word_record(PyObject* doc_name, std::string_view text, const Document& doc,
                      const Token& token, std::size_t section);
PyObject* number_record(PyObject* doc_name, std::string_view text, const Mention& m);
PyObject* target_record(PyObject* doc_name, std::string_view text, const Document& doc,
                        const Statement& s);

}  // namespace mubiao::python

#endif  // MUBIAO_PYTHON_RECORDS_H_
