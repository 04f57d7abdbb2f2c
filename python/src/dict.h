// Dict: builds one Python dict field by field with the value conventions of
// the CLI's JSON (exact decimals read as json.loads reads them, non-finite
// numbers as null). Needs the GIL.
#ifndef MUBIAO_PYTHON_DICT_H_
#define MUBIAO_PYTHON_DICT_H_

#include <Python.h>

#include <cmath>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace mubiao::python {

// Builds one dict field by field; the first failure is kept and the rest are
// skipped, so callers check once at the end.
class Dict {
 public:
  Dict() : d_(PyDict_New()) {}
  ~Dict() { Py_XDECREF(d_); }
  Dict(const Dict&) = delete;
  Dict& operator=(const Dict&) = delete;

  // A string the library keeps for the life of the process (field names,
  // enumeration names such as "growth"): one shared Python object each.
  Dict& name(std::string_view key, std::string_view v) {
    PyObject* o = interned(v);
    Py_XINCREF(o);
    return set(key, o);
  }
  Dict& obj(std::string_view key, PyObject* v) {  // borrowed
    Py_XINCREF(v);
    return set(key, v);
  }
  Dict& str(std::string_view key, std::string_view v) {
    return set(key, PyUnicode_DecodeUTF8(v.data(), static_cast<Py_ssize_t>(v.size()), "strict"));
  }
  Dict& num(std::string_view key, std::size_t v) { return set(key, PyLong_FromSize_t(v)); }
  // A double as the CLI prints it: non-finite values are null.
  Dict& num(std::string_view key, double v) {
    if (!std::isfinite(v)) return null(key);
    return set(key, PyFloat_FromDouble(v));
  }
  // An exact decimal literal ("30000000000", "7.5", "1e+400") read as
  // json.loads reads it: int when it has no fraction or exponent, else float.
  Dict& exact(std::string_view key, std::string_view literal) {
    const std::string s(literal);
    if (s.find_first_of(".eE") == std::string::npos)
      return set(key, PyLong_FromString(s.c_str(), nullptr, 10));
    const double v = PyOS_string_to_double(s.c_str(), nullptr, nullptr);
    if (v == -1.0 && PyErr_Occurred()) return fail();
    return set(key, PyFloat_FromDouble(v));
  }
  Dict& value(std::string_view key, std::string_view literal, double v) {
    return literal.empty() ? num(key, v) : exact(key, literal);
  }
  Dict& null(std::string_view key) {
    Py_INCREF(Py_None);
    return set(key, Py_None);
  }
  Dict& boolean(std::string_view key, bool v) { return set(key, PyBool_FromLong(v)); }
  Dict& num(std::string_view key, const std::optional<double>& v) {
    return v ? num(key, *v) : null(key);
  }
  Dict& year(std::string_view key, const std::optional<int>& v) {
    return v ? set(key, PyLong_FromLong(*v)) : null(key);
  }
  Dict& nested(std::string_view key, Dict& d) { return set(key, d.release()); }

  PyObject* release() {
    PyObject* d = ok_ ? d_ : nullptr;
    if (!ok_) Py_XDECREF(d_);
    d_ = nullptr;
    return d;
  }

 private:
  // One interned Python string per distinct text, kept for the life of the
  // process (field names and enumeration names: a few hundred). The GIL
  // guards the cache. A borrowed reference, or nullptr with an error set.
  static PyObject* interned(std::string_view s) {
    static auto* cache = new std::unordered_map<std::string, PyObject*>();
    auto it = cache->find(std::string(s));
    if (it != cache->end()) return it->second;
    PyObject* o = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "strict");
    if (!o) return nullptr;
    PyUnicode_InternInPlace(&o);
    cache->emplace(std::string(s), o);
    return o;
  }

  Dict& set(std::string_view key, PyObject* v) {
    if (!ok_ || !d_ || !v) {
      Py_XDECREF(v);
      return fail();
    }
    PyObject* k = interned(key);
    if (!k || PyDict_SetItem(d_, k, v) != 0) ok_ = false;
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

}  // namespace mubiao::python

#endif  // MUBIAO_PYTHON_DICT_H_
