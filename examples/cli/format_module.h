// The command line's format module (libmubiao_formats.so): the readers that
// need ICU or a format library (GB18030/UTF-16 text, HTML, .docx, PDF) and
// the xlsx and dta writers, built as a module the command dlopens the first
// time an input or output needs it. UTF-8 text in, JSON or CSV out then
// loads none of poppler, libzip, expat, gumbo, xlsxwriter, ReadStat or ICU:
// loading them cost a run more than the run itself on a one-line file
// (thousands of files, one process each, under xargs or make).
//
// The module is looked for beside the executable (the build tree), then
// where `cmake --install` puts it relative to the installed executable. Only
// the module of the same build is used: it and the command share C++ types.
#ifndef MUBIAO_CLI_FORMAT_MODULE_H_
#define MUBIAO_CLI_FORMAT_MODULE_H_

#include <cstddef>
#include <memory>
#include <string>

#include "table_file.h"

namespace mubiao::io {
struct FormatReaders;
}

namespace mubiao::cli {

struct FormatModule {
  std::size_t size;                  // sizeof(FormatModule) of the module's build
  const char* version;               // MUBIAO_VERSION_STRING of the module's build
  const io::FormatReaders* readers;  // nullptr when built without the readers
  std::unique_ptr<TableFile> (*open_xlsx)(Sink&, const Schema&);  // nullptr: not built in
  std::unique_ptr<TableFile> (*open_dta)(Sink&, const Schema&);   // nullptr: not built in
};

// The module, loaded on the first call; throws std::runtime_error that
// says need ("PDF input") needs it, and why it cannot be had.
const FormatModule& format_module(const std::string& need);

}  // namespace mubiao::cli

// The module's one exported symbol.
extern "C" const mubiao::cli::FormatModule* mubiao_format_module();

#endif  // MUBIAO_CLI_FORMAT_MODULE_H_
