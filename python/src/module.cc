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
#ifdef MUBIAO_PYTHON_RESEARCH
#include "mubiao/research.h"
#include "research_records.h"
#endif

namespace py = pybind11;

namespace mubiao::python {
namespace {

enum class Command { segment, numbers, targets, meta, panel, outcomes };

// What one call asks for, the same for every document.
struct Request {
  Command command = Command::targets;
  Level level = Level::sentence;
#ifdef MUBIAO_PYTHON_RESEARCH
  // Report metadata: found in the text, then overridden by a manifest row;
  // relative horizons (今年) are then resolved against the report's year.
  bool with_meta = false;
  std::vector<ManifestRow> manifest;
#endif
};

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
  std::vector<std::pair<Token, std::size_t>> words;  // token, index of its sentence
#ifdef MUBIAO_PYTHON_RESEARCH
  Report report;  // meta and statements (for meta, panel, outcomes)
  std::vector<PanelRow> panel;
#endif
};

void work(const Request& q, const Source& source, Result& r) {
  load(source, r.input);
  const std::string_view text = r.input.text;
  const Level level = q.level;
  try {
    const Pipeline& p = pipeline();
    switch (q.command) {
      case Command::segment:
        r.doc = p.segment(text);
        if (level == Level::word) {
          const auto& sentences = r.doc.units(Level::sentence);
          for (std::size_t k = 0; k < sentences.size(); ++k)
            for (const Token& t : p.segmenter().words(text, sentences[k].span))
              r.words.emplace_back(t, k);
        }
        break;
      case Command::numbers:  // read through the layout, as the CLI does
        r.doc = p.segment(text);
        r.mentions = p.numbers().find(r.doc);
        break;
      case Command::targets:
      case Command::meta:
      case Command::panel:
      case Command::outcomes: r.doc = p.segment(text); r.statements = p.targets(text, r.doc);
#ifdef MUBIAO_PYTHON_RESEARCH
        if (q.with_meta) {
          r.report.meta = report_meta(text, r.doc, source.name);
          apply_manifest(q.manifest, r.report.meta);
          resolve_periods(r.doc, r.report.meta, r.statements);
        }
        if (q.command == Command::panel) r.panel = panel(r.report.meta, r.statements);
        if (q.command != Command::targets) r.report.statements = std::move(r.statements);
#endif
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
void append_records(const Request& q, const std::string& doc_name, const Result& r, PyObject* out) {
  const Level level = q.level;
  const std::string_view text = r.input.text;
  py::str name(doc_name);
  auto add = [out](PyObject* record) {
    if (!record) throw py::error_already_set();
    const int rc = PyList_Append(out, record);
    Py_DECREF(record);
    if (rc != 0) throw py::error_already_set();
  };
  switch (q.command) {
    case Command::segment:
      if (level == Level::word) {
        for (const auto& [token, sentence] : r.words)
          add(word_record(name.ptr(), text, r.doc, token, r.doc.units(Level::sentence)[sentence]));
      } else {
        for (const Unit& u : r.doc.units(level))
          add(segment_record(name.ptr(), text, r.doc, level, u));
      }
      break;
    case Command::numbers:
      for (const Mention& m : r.mentions) add(number_record(name.ptr(), text, m));
      break;
    case Command::targets:
      for (const Statement& s : r.statements) add(target_record(name.ptr(), text, r.doc, s));
      break;
#ifdef MUBIAO_PYTHON_RESEARCH
    case Command::meta: add(meta_record(r.report.meta)); break;
    case Command::panel:
      for (const PanelRow& row : r.panel) add(panel_record(row, text));
      break;
#endif
    default:  // outcomes: after every document (run)
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
      if (s.kind == Source::from_path)
        s.path.assign(data, static_cast<std::size_t>(size));
      else
        s.data = std::string_view(data, static_cast<std::size_t>(size));
    }
    sources.push_back(std::move(s));
  }
  return sources;
}

// The records of every document, in order. items must stay alive (they own
// the texts); jobs 0 means one thread per core. With records false only their
// number is returned: the library's own time, for python/bench.
py::object run(const Request& q, const py::list& items, unsigned jobs, bool records = true) {
  const std::vector<Source> sources = sources_from(items);
  std::vector<std::unique_ptr<Result>> results(sources.size());
  const bool keep = q.command == Command::outcomes;  // every report is needed at the end
  py::list out;
  std::size_t count = 0;
  {
    py::gil_scoped_release release;
    run_batch(
        sources.size(), jobs,
        [&](std::size_t i) {
          auto r = std::make_unique<Result>();
          work(q, sources[i], *r);
          results[i] = std::move(r);
        },
        [&](std::size_t i) {
          py::gil_scoped_acquire acquire;
          if (PyErr_CheckSignals() != 0) throw py::error_already_set();  // Ctrl-C stops the batch
          warn(sources[i].name, results[i]->input.warnings);
          const Result& r = *results[i];
          if (records)
            append_records(q, sources[i].name, r, out.ptr());
          else
            count += r.statements.size() + r.mentions.size() + r.words.size();
          if (!keep) results[i].reset();
        });
  }
#ifdef MUBIAO_PYTHON_RESEARCH
  if (keep) {
    std::vector<Report> reports;
    reports.reserve(results.size());
    for (auto& r : results) reports.push_back(std::move(r->report));
    std::vector<OutcomeRow> rows;
    {
      py::gil_scoped_release release;
      rows = outcomes(reports);
    }
    auto text_of = [&](const Report* r) {
      return results[static_cast<std::size_t>(r - reports.data())]->input.text;
    };
    for (const OutcomeRow& row : rows) {
      PyObject* record =
          outcome_record(row, text_of(row.target_report), text_of(row.outcome_report));
      if (!record || PyList_Append(out.ptr(), record) != 0) {
        Py_XDECREF(record);
        throw py::error_already_set();
      }
      Py_DECREF(record);
      ++count;
    }
  }
#endif
  if (!records) return py::int_(count);
  return std::move(out);
}

#ifdef MUBIAO_PYTHON_RESEARCH
// A manifest (CSV text), or for one document the fields of a meta record
// [(column, value)] as a one-row manifest. Throws mubiao.errors.ManifestError.
std::vector<ManifestRow> manifest_from(const py::object& csv, const py::object& fields,
                                       const std::string& doc) {
  std::vector<ManifestRow> rows;
  try {
    if (!csv.is_none()) rows = parse_manifest(csv.cast<std::string>());
  } catch (const std::invalid_argument& e) {
    py::object cls = py::module_::import("mubiao.errors").attr("ManifestError");
    PyErr_SetObject(cls.ptr(), cls(std::string("manifest: ") + e.what()).ptr());
    throw py::error_already_set();
  }
  if (!fields.is_none()) {
    ManifestRow row;
    row.doc = doc;
    for (const py::handle f : fields.cast<py::list>()) {
      auto t = f.cast<py::tuple>();
      row.fields.emplace_back(t[0].cast<std::string>(), t[1].cast<std::string>());
    }
    rows.push_back(std::move(row));
  }
  return rows;
}
#endif

// The mubiao.errors exception for a DocumentError.
void raise_document_error(const DocumentError& e) {
  py::module_ errors = py::module_::import("mubiao.errors");
  const char* cls = e.offset                   ? "InvalidUtf8Error"
                    : e.reason == "unreadable" ? "FileError"
                                               : "ReadError";
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

  m.def(
      "segment",
      [](const py::list& items, unsigned jobs, const std::string& level) {
        Request q;
        q.command = Command::segment;
        auto l = parse_level(level);
        if (!l) throw py::value_error("unknown level '" + level + "'");
        q.level = *l;
        return run(q, items, jobs);
      },
      py::arg("items"), py::arg("jobs"), py::arg("level"),
      "Section..word records of [(name, kind, path_or_text, format, encoding)].");
  m.def(
      "numbers",
      [](const py::list& items, unsigned jobs) {
        Request q;
        q.command = Command::numbers;
        return run(q, items, jobs);
      },
      py::arg("items"), py::arg("jobs"),
      "Number records of [(name, kind, path_or_text, format, encoding)].");
  m.def(
      "targets",
      [](const py::list& items, unsigned jobs, bool records, const py::object& meta) {
        Request q;
        q.command = Command::targets;
#ifdef MUBIAO_PYTHON_RESEARCH
        if (!meta.is_none()) {
          q.with_meta = true;
          for (const py::handle item : items)
            for (auto& row :
                 manifest_from(py::none(), meta, item.cast<py::tuple>()[0].cast<std::string>()))
              q.manifest.push_back(std::move(row));
        }
#else
        if (!meta.is_none())
          throw py::value_error("this build has no report metadata (research.h)");
#endif
        return run(q, items, jobs, records);
      },
      py::arg("items"), py::arg("jobs"), py::arg("records") = true, py::arg("meta") = py::none(),
      "Target records of [(name, kind, path_or_text, format, encoding)].");
#ifdef MUBIAO_PYTHON_RESEARCH
  for (auto [name, command] : {std::pair{"meta", Command::meta}, std::pair{"panel", Command::panel},
                               std::pair{"outcomes", Command::outcomes}}) {
    m.def(
        name,
        [command = command](const py::list& items, unsigned jobs, const py::object& manifest) {
          Request q;
          q.command = command;
          q.with_meta = true;
          q.manifest = manifest_from(manifest, py::none(), "");
          return run(q, items, jobs);
        },
        py::arg("items"), py::arg("jobs"), py::arg("manifest") = py::none(),
        "Research records of [(name, kind, path_or_text, format, encoding)]; manifest: CSV text.");
  }
#endif
  m.attr("with_research") =
#ifdef MUBIAO_PYTHON_RESEARCH
      true;
#else
      false;
#endif
  m.def(
      "columns",
      [](const std::string& command, const std::string& level) {
        // The fields of an empty record, as the CLI builds its CSV header.
        const Document doc;
        PyObject* r = nullptr;
        const py::str none;
        const Level l = parse_level(level).value_or(Level::sentence);
        if (command == "segment")
          r = segment_record(none.ptr(), "", doc, l, Unit());
        else if (command == "numbers")
          r = number_record(none.ptr(), "", Mention());
#ifdef MUBIAO_PYTHON_RESEARCH
        else if (command == "meta")
          r = meta_record(ReportMeta());
        else if (command == "panel")
          r = panel_record(PanelRow(), "");
        else if (command == "outcomes") {
          Report none;
          OutcomeRow row;
          row.target_report = row.outcome_report = &none;
          r = outcome_record(row, "", "");
        }
#endif
        else
          r = target_record(none.ptr(), "", doc, Statement());
        if (!r) throw py::error_already_set();
        return py::list(py::reinterpret_steal<py::dict>(r).attr("keys")());
      },
      py::arg("command"), py::arg("level") = "sentence", "Field names of a command's records.");
  m.def(
      "read",
      [](const py::bytes& path, const std::string& name, const std::string& format,
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
            throw DocumentError(name, "bad_encoding",
                                "invalid UTF-8 at byte " + std::to_string(*bad), *bad);
          }
        }
        warn(name, in.warnings);
        return py::str(in.text.data(), in.text.size());
      },
      py::arg("path"), py::arg("name"), py::arg("format"), py::arg("encoding"),
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
