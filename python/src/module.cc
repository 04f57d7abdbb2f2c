// mubiao._mubiao: the library for the Python package (mubiao/__init__.py holds
// the documented API). Each call takes a list of documents, runs them on
// mubiao::run_batch with the GIL released, and turns each document's results
// into dicts (records.h) on the calling thread, in input order, while later
// documents are still being worked on.
#include <pybind11/pybind11.h>

#include <memory>
#include <string>
#include <vector>

#include "files.h"
#include "mubiao/batch.h"
#include "mubiao/pipeline.h"
#include "mubiao/text.h"
#include "mubiao/version.h"
#include "records.h"

namespace py = pybind11;

namespace mubiao::python {
namespace {

enum class Command { segment, numbers, targets };

// One Pipeline per process (its tables are loaded once); const and shared by
// every thread.
const Pipeline& pipeline() {
  static const Pipeline p;
  return p;
}

// What the library found in one document; text views storage or the caller's
// Python object, and doc views text.
struct Result {
  std::string storage;
  std::string_view text;
  Document doc;
  std::vector<Statement> statements;
  std::vector<Mention> mentions;
  std::vector<std::pair<Token, std::size_t>> words;  // token, sentence's section
};

void work(Command command, Level level, const Source& source, Result& r) {
  r.text = load(source, r.storage);
  try {
    const Pipeline& p = pipeline();
    switch (command) {
      case Command::segment:
        r.doc = p.segment(r.text);
        if (level == Level::word) {
          for (const Unit& s : r.doc.units(Level::sentence))
            for (const Token& t : p.segmenter().words(r.text, s.span)) r.words.emplace_back(t, s.section);
        }
        break;
      case Command::numbers:
        r.mentions = p.numbers().find(r.text);
        break;
      case Command::targets:
        r.doc = p.segment(r.text);
        r.statements = p.targets(r.text, r.doc);
        break;
    }
  } catch (const InvalidUtf8& e) {
    throw DocumentError(DocumentError::invalid_utf8, source.name,
                        "invalid UTF-8 at byte " + std::to_string(e.offset()), e.offset());
  }
}

// Appends one document's records to out. Needs the GIL.
void append_records(Command command, Level level, const std::string& name, const Result& r,
                    PyObject* out) {
  auto add = [out](PyObject* record) {
    if (!record) throw py::error_already_set();
    const int rc = PyList_Append(out, record);
    Py_DECREF(record);
    if (rc != 0) throw py::error_already_set();
  };
  switch (command) {
    case Command::segment:
      if (level == Level::word) {
        for (const auto& [token, section] : r.words)
          add(word_record(name, r.text, r.doc, token, section));
      } else {
        for (const Unit& u : r.doc.units(level)) add(segment_record(name, r.text, r.doc, level, u));
      }
      break;
    case Command::numbers:
      for (const Mention& m : r.mentions) add(number_record(name, r.text, m));
      break;
    case Command::targets:
      for (const Statement& s : r.statements) add(target_record(name, r.text, r.doc, s));
      break;
  }
}

std::vector<Source> sources_from(const py::list& items) {
  std::vector<Source> sources;
  sources.reserve(items.size());
  for (const py::handle item : items) {
    auto t = item.cast<py::tuple>();  // (name, is_path, path bytes or text str/bytes)
    Source s;
    s.name = t[0].cast<std::string>();
    s.is_path = t[1].cast<bool>();
    PyObject* v = t[2].ptr();
    if (s.is_path) {
      s.path = t[2].cast<std::string>();
    } else if (PyUnicode_Check(v)) {
      Py_ssize_t size = 0;
      const char* data = PyUnicode_AsUTF8AndSize(v, &size);  // owned by v
      if (!data) throw py::error_already_set();
      s.text = std::string_view(data, static_cast<std::size_t>(size));
    } else {
      char* data = nullptr;
      Py_ssize_t size = 0;
      if (PyBytes_AsStringAndSize(v, &data, &size) != 0) throw py::error_already_set();
      s.text = std::string_view(data, static_cast<std::size_t>(size));
    }
    sources.push_back(std::move(s));
  }
  return sources;
}

// The records of every document, in order. items must stay alive (they own
// the texts); jobs 0 means one thread per core.
py::list run(Command command, const py::list& items, unsigned jobs, const std::string& level_name) {
  Level level = Level::sentence;
  if (command == Command::segment) {
    auto l = parse_level(level_name);
    if (!l) throw py::value_error("unknown level '" + level_name + "'");
    level = *l;
  }
  const std::vector<Source> sources = sources_from(items);
  std::vector<std::unique_ptr<Result>> results(sources.size());
  py::list out;
  {
    py::gil_scoped_release release;
    run_batch(
        sources.size(), jobs,
        [&](std::size_t i) {
          auto r = std::make_unique<Result>();
          work(command, level, sources[i], *r);
          results[i] = std::move(r);
        },
        [&](std::size_t i) {
          py::gil_scoped_acquire acquire;
          if (PyErr_CheckSignals() != 0) throw py::error_already_set();  // Ctrl-C stops the batch
          append_records(command, level, sources[i].name, *results[i], out.ptr());
          results[i].reset();
        });
  }
  return out;
}

// mubiao.errors class for a DocumentError.
void raise_document_error(const DocumentError& e) {
  py::module_ errors = py::module_::import("mubiao.errors");
  if (e.kind == DocumentError::invalid_utf8) {
    py::object cls = errors.attr("InvalidUtf8Error");
    PyErr_SetObject(cls.ptr(), cls(e.what(), e.doc, e.offset).ptr());
  } else {
    py::object cls = errors.attr("FileError");
    PyErr_SetObject(cls.ptr(), cls(e.what(), e.doc).ptr());
  }
}

}  // namespace
}  // namespace mubiao::python

PYBIND11_MODULE(_mubiao, m) {
  using namespace mubiao;
  using namespace mubiao::python;
  m.doc() = "mubiao's compiled core; use the documented API of the mubiao package.";
  m.attr("__version__") = MUBIAO_VERSION_STRING;

  py::register_exception_translator([](std::exception_ptr p) {
    try {
      if (p) std::rethrow_exception(p);
    } catch (const DocumentError& e) {
      raise_document_error(e);
    }
  });

  m.def("segment", [](const py::list& items, unsigned jobs, const std::string& level) {
    return run(Command::segment, items, jobs, level);
  }, py::arg("items"), py::arg("jobs"), py::arg("level"),
     "Section..word records of [(name, is_path, path_or_text)], in order.");
  m.def("numbers", [](const py::list& items, unsigned jobs) {
    return run(Command::numbers, items, jobs, "");
  }, py::arg("items"), py::arg("jobs"), "Number records of [(name, is_path, path_or_text)].");
  m.def("targets", [](const py::list& items, unsigned jobs) {
    return run(Command::targets, items, jobs, "");
  }, py::arg("items"), py::arg("jobs"), "Target records of [(name, is_path, path_or_text)].");
  m.def("columns", [](const std::string& command, const std::string& level) {
    // The fields of an empty record, as the CLI builds its CSV header.
    const Document doc;
    PyObject* r = nullptr;
    if (command == "segment") r = segment_record("", "", doc, parse_level(level).value_or(Level::sentence), Unit());
    else if (command == "numbers") r = number_record("", "", Mention());
    else r = target_record("", "", doc, Statement());
    if (!r) throw py::error_already_set();
    return py::list(py::reinterpret_steal<py::dict>(r).attr("keys")());
  }, py::arg("command"), py::arg("level") = "sentence", "Field names of a command's records.");
  m.def("read", [](const std::string& path, const std::string& name) {
    Source s;
    s.name = name;
    s.is_path = true;
    s.path = path;
    std::string storage;
    {
      py::gil_scoped_release release;
      load(s, storage);
      if (auto bad = mubiao::find_invalid_utf8(storage)) {
        throw DocumentError(DocumentError::invalid_utf8, name,
                            "invalid UTF-8 at byte " + std::to_string(*bad), *bad);
      }
    }
    return py::str(storage.data(), storage.size());
  }, py::arg("path"), py::arg("name"), "The UTF-8 text of a file.");
  m.def("default_jobs", &mubiao::default_jobs, "Threads used when jobs is 0: the cores.");
}
