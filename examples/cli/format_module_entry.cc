// The entry point of the format module (see format_module.h): what it was
// built with, for the command line to call.
#include "format_module.h"

#ifdef MUBIAO_WITH_READERS
#include "io/formats.h"
#endif
#include "mubiao/version.h"

extern "C" __attribute__((visibility("default"))) const mubiao::cli::FormatModule*
mubiao_format_module() {
  using namespace mubiao::cli;
  static const FormatModule module{
      sizeof(FormatModule),
      MUBIAO_VERSION_STRING,
#ifdef MUBIAO_WITH_READERS
      &mubiao::io::format_readers(nullptr),
#else
      nullptr,
#endif
#ifdef MUBIAO_CLI_XLSX
      open_xlsx,
#else
      nullptr,
#endif
#ifdef MUBIAO_CLI_DTA
      open_dta,
#else
      nullptr,
#endif
  };
  return &module;
}
