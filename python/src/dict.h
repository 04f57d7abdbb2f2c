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
  Dict& name(const char* key, const char* v) {
    PyObject* o = interned(v);
    Py_XINCREF(o);
    return set(key, o);
  }
  Dict& obj(const char* key, PyObject* v) {  // borrowed
    Py_XINCREF(v);
    return set(key, v);
  }
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
  Dict& num(const char* key, const std::optional<double>& v) { return v ? num(key, *v) : null(key); }
  Dict& year(const char* key, const std::optional<int>& v) {
    return v ? set(key, PyLong_FromLong(*v)) : null(key);
  }
  Dict& nested(const char* key, Dict& d) { return set(key, d.release()); }

  PyObject* release() {
    PyObject* d = ok_ ? d_ : nullptr;
    if (!ok_) Py_XDECREF(d_);
    d_ = nullptr;
    return d;
  }

 private:
  // Made once per static string and kept for the life of the process (the
  // GIL guards the cache). A borrowed reference, or nullptr with an error set.
  static PyObject* interned(const char* s) {
    static auto* cache = new std::unordered_map<const char*, PyObject*>();
    auto it = cache->find(s);
    if (it != cache->end()) return it->second;
    PyObject* o = PyUnicode_InternFromString(s);
    if (o) cache->emplace(s, o);
    return o;
  }

  Dict& set(const char* key, PyObject* v) {
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
