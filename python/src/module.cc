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
#ifdef MUBIAO_WITH_READERS
#include "mubiao/read.h"
#endif
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

// What the library found in one document; doc views the loaded text.
struct Result {
  Loaded input;
  Document doc;
  std::vector<Statement> statements;
  std::vector<Mention> mentions;
  std::vector<std::pair<Token, std::size_t>> words;  // token, sentence's section
};

void work(Command command, Level level, const Source& source, Result& r) {
  load(source, r.input);
  const std::string_view text = r.input.text;
  try {
    const Pipeline& p = pipeline();
    switch (command) {
      case Command::segment:
        r.doc = p.segment(text);
        if (level == Level::word) {
          for (const Unit& s : r.doc.units(Level::sentence))
            for (const Token& t : p.segmenter().words(text, s.span)) r.words.emplace_back(t, s.section);
        }
        break;
      case Command::numbers:
        r.mentions = p.numbers().find(text);
        break;
      case Command::targets:
        r.doc = p.segment(text);
        r.statements = p.targets(text, r.doc);
        break;
    }
  } catch (const InvalidUtf8& e) {
    throw DocumentError(source.name, "bad_encoding",
                        "invalid UTF-8 at byte " + std::to_string(e.offset()), e.offset());
  }
}

// Python warnings (mubiao.errors.ReadWarning) for what the readers had to
// guess or drop. Needs the GIL.
void warn(const std::string& name, const std::vector<std::string>& warnings) {
  if (warnings.empty()) return;
  py::object category = py::module_::import("mubiao.errors").attr("ReadWarning");
  for (const std::string& w : warnings) {
    const std::string message = name + ": " + w;
    if (PyErr_WarnEx(category.ptr(), message.c_str(), 2) != 0) throw py::error_already_set();
  }
}

// Appends one document's records to out. Needs the GIL.
void append_records(Command command, Level level, const std::string& name, const Result& r,
                    PyObject* out) {
  const std::string_view text = r.input.text;
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
          add(word_record(name, text, r.doc, token, section));
      } else {
        for (const Unit& u : r.doc.units(level)) add(segment_record(name, text, r.doc, level, u));
      }
      break;
    case Command::numbers:
      for (const Mention& m : r.mentions) add(number_record(name, text, m));
      break;
    case Command::targets:
      for (const Statement& s : r.statements) add(target_record(name, text, r.doc, s));
      break;
  }
}

// items: [(name, kind, value, format, encoding)], kind 0 a text (str), 1 a
// path (bytes in the file system's encoding), 2 a file's contents (bytes).
std::vector<Source> sources_from(const py::list& items) {
  std::vector<Source> sources;
  sources.reserve(items.size());
  for (const py::handle item : items) {
    auto t = item.cast<py::tuple>();
    Source s;
    s.name = t[0].cast<std::string>();
    s.kind = static_cast<Source::Kind>(t[1].cast<int>());
    s.format = t[3].cast<std::string>();
    s.encoding = t[4].cast<std::string>();
    PyObject* v = t[2].ptr();
    if (s.kind == Source::from_text) {
      Py_ssize_t size = 0;
      const char* data = PyUnicode_AsUTF8AndSize(v, &size);  // owned by v
      if (!data) throw py::error_already_set();
      s.data = std::string_view(data, static_cast<std::size_t>(size));
    } else {
      char* data = nullptr;
      Py_ssize_t size = 0;
      if (PyBytes_AsStringAndSize(v, &data, &size) != 0) throw py::error_already_set();
      if (s.kind == Source::from_path) s.path.assign(data, static_cast<std::size_t>(size));
      else s.data = std::string_view(data, static_cast<std::size_t>(size));
    }
    sources.push_back(std::move(s));
  }
  return sources;
}

// The records of every document, in order. items must stay alive (they own
// the texts); jobs 0 means one thread per core. With records false only their
// number is returned: the library's own time, for python/bench.
py::object run(Command command, const py::list& items, unsigned jobs, const std::string& level_name,
               bool records = true) {
  Level level = Level::sentence;
  if (command == Command::segment) {
    auto l = parse_level(level_name);
    if (!l) throw py::value_error("unknown level '" + level_name + "'");
    level = *l;
  }
  const std::vector<Source> sources = sources_from(items);
  std::vector<std::unique_ptr<Result>> results(sources.size());
  py::list out;
  std::size_t count = 0;
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
          warn(sources[i].name, results[i]->input.warnings);
          const Result& r = *results[i];
          if (records) append_records(command, level, sources[i].name, r, out.ptr());
          else count += r.statements.size() + r.mentions.size() + r.words.size();
          results[i].reset();
        });
  }
  if (!records) return py::int_(count);
  return std::move(out);
}

// The mubiao.errors exception for a DocumentError.
void raise_document_error(const DocumentError& e) {
  py::module_ errors = py::module_::import("mubiao.errors");
  const char* cls = e.offset ? "InvalidUtf8Error"
                    : e.reason == "unreadable" ? "FileError" : "ReadError";
  py::object type = errors.attr(cls);
  py::object offset = e.offset ? py::object(py::int_(*e.offset)) : py::object(py::none());
  PyErr_SetObject(type.ptr(), type(e.what(), e.doc, e.reason, offset).ptr());
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
     "Section..word records of [(name, kind, path_or_text, format, encoding)].");
  m.def("numbers", [](const py::list& items, unsigned jobs) {
    return run(Command::numbers, items, jobs, "");
  }, py::arg("items"), py::arg("jobs"), "Number records of [(name, kind, path_or_text, format, encoding)].");
  m.def("targets", [](const py::list& items, unsigned jobs, bool records) {
    return run(Command::targets, items, jobs, "", records);
  }, py::arg("items"), py::arg("jobs"), py::arg("records") = true,
     "Target records of [(name, kind, path_or_text, format, encoding)].");
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
  m.def("read", [](const py::bytes& path, const std::string& name, const std::string& format,
                   const std::string& encoding) {
    Source s;
    s.name = name;
    s.kind = Source::from_path;
    s.path = path;
    s.format = format;
    s.encoding = encoding;
    Loaded in;
    {
      py::gil_scoped_release release;
      load(s, in);
      if (auto bad = mubiao::find_invalid_utf8(in.text)) {
        throw DocumentError(name, "bad_encoding", "invalid UTF-8 at byte " + std::to_string(*bad),
                            *bad);
      }
    }
    warn(name, in.warnings);
    return py::str(in.text.data(), in.text.size());
  }, py::arg("path"), py::arg("name"), py::arg("format"), py::arg("encoding"),
     "The UTF-8 text of a file, as every other call reads it.");
  py::list formats;  // what read(format=...) accepts
#ifdef MUBIAO_WITH_READERS
  for (auto f : {InputFormat::automatic, InputFormat::text, InputFormat::html, InputFormat::docx,
                 InputFormat::pdf})
    formats.append(format_name(f));
#else
  formats.append("auto");
  formats.append("text");
#endif
  m.attr("formats") = formats;
  m.def("default_jobs", &mubiao::default_jobs, "Threads used when jobs is 0: the cores.");
}
