// Loading the format module (format_module.h), and what the command asks of
// it: the readers behind mubiao_io_core's format_readers() and the table
// file writers.
#include "format_module.h"

#include <dlfcn.h>
#include <limits.h>
#include <unistd.h>

#include <stdexcept>
#include <vector>

#ifdef MUBIAO_WITH_READERS
#include "io/formats.h"
#endif
#include "mubiao/version.h"

namespace mubiao::cli {
#ifdef MUBIAO_FORMATS_MODULE  // built with something to load
namespace {

// Where the module may be: beside the executable, then the install layout
// (MUBIAO_FORMATS_RELDIR, from bin/ to the module's folder).
std::vector<std::string> module_paths() {
  std::string dir;
  char exe[PATH_MAX];
  const ssize_t n = ::readlink("/proc/self/exe", exe, sizeof exe);
  if (n > 0) {
    dir.assign(exe, static_cast<std::size_t>(n));
    dir.erase(dir.rfind('/') + 1);
  }
  return {dir + MUBIAO_FORMATS_MODULE, dir + MUBIAO_FORMATS_RELDIR "/" MUBIAO_FORMATS_MODULE};
}

struct Loaded {
  const FormatModule* module = nullptr;
  std::string error;  // why module is nullptr
};

Loaded load() {
  Loaded l;
  std::string tried;
  for (const std::string& path : module_paths()) {
    if (::access(path.c_str(), F_OK) != 0) {
      tried += (tried.empty() ? "" : " or ") + path;
      continue;
    }
    // Never closed: its code runs until the process exits.
    void* handle = ::dlopen(path.c_str(), RTLD_NOW | RTLD_LOCAL);
    if (!handle) {
      l.error = "which cannot be loaded: " + std::string(::dlerror());
      return l;
    }
    auto entry =
        reinterpret_cast<const FormatModule* (*)()>(::dlsym(handle, "mubiao_format_module"));
    const FormatModule* m = entry ? entry() : nullptr;
    if (!m || m->size != sizeof(FormatModule) || std::string(m->version) != MUBIAO_VERSION_STRING) {
      l.error = "but " + path + " is not the module of this build of mubiao " MUBIAO_VERSION_STRING;
      return l;
    }
    l.module = m;
    return l;
  }
  l.error = "not found at " + tried;
  return l;
}

}  // namespace

const FormatModule& format_module(const std::string& need) {
  static const Loaded loaded = load();  // once, whatever the thread
  if (!loaded.module)
    throw std::runtime_error(need + " needs mubiao's format module (" MUBIAO_FORMATS_MODULE "), " +
                             loaded.error);
  return *loaded.module;
}
#endif

std::unique_ptr<TableFile> open_table_file(TableFile::Kind kind, Sink& sink, const Schema& schema) {
  switch (kind) {
    case TableFile::xlsx:
#ifdef MUBIAO_CLI_XLSX
      return format_module("--format xlsx").open_xlsx(sink, schema);
#else
      throw std::runtime_error("--format xlsx is not available: built without libxlsxwriter");
#endif
    case TableFile::dta:
#ifdef MUBIAO_CLI_DTA
      return format_module("--format dta").open_dta(sink, schema);
#else
      throw std::runtime_error("--format dta is not available: built without ReadStat");
#endif
  }
  (void)sink;
  (void)schema;
  throw std::logic_error("unknown table file kind");
}

}  // namespace mubiao::cli

#ifdef MUBIAO_WITH_READERS
namespace mubiao::io {

// mubiao_io_core's readers that need a library: the module's.
const FormatReaders& format_readers(const char* need) {
  const cli::FormatModule* m = nullptr;
  try {
    m = &cli::format_module(need);
  } catch (const std::runtime_error& e) {
    throw ReadError(ReadError::Reason::unsupported, e.what());
  }
  if (!m->readers)
    throw ReadError(ReadError::Reason::unsupported,
                    std::string(need) +
                        " needs the readers, which mubiao's format module "
                        "(" MUBIAO_FORMATS_MODULE ") was built without");
  return *m->readers;
}

}  // namespace mubiao::io
#endif
