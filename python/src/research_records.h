// Research results (<mubiao/research.h>) as Python dicts with the fields and
// values of `mubiao meta|panel|outcomes` (JSON Lines). Need the GIL; return a
// new reference, or nullptr with a Python error set.
#ifndef MUBIAO_PYTHON_RESEARCH_RECORDS_H_
#define MUBIAO_PYTHON_RESEARCH_RECORDS_H_

#include <Python.h>

#include <string_view>

#include "mubiao/research.h"

namespace mubiao::python {

PyObject* meta_record(const ReportMeta& m);
PyObject* panel_record(const PanelRow& row, std::string_view text);
PyObject* outcome_record(const OutcomeRow& row, std::string_view target_text,
                         std::string_view outcome_text);

}  // namespace mubiao::python

#endif  // MUBIAO_PYTHON_RESEARCH_RECORDS_H_
