// Command-line parsing for the mubiao tool: the subcommand, its flags and the
// input files. Kept apart from main.cc so that bad usage is tested alone.
#ifndef MUBIAO_CLI_OPTIONS_H_
#define MUBIAO_CLI_OPTIONS_H_

#include <optional>
#include <string>
#include <vector>

#include "input.h"
#include "mubiao/segment.h"

namespace mubiao::cli {

enum class Command { text, segment, numbers, normalize, targets, meta, panel, outcomes };
enum class Format { jsonl, csv, tsv, xlsx, dta };
// xlsx and dta are files, not streams: written only to --output FILE.
bool is_file_format(Format f);

struct Options {
  Command command = Command::segment;
  Level level = Level::sentence;
  Format format = Format::jsonl;
  std::vector<std::string> files;  // "-" is standard input
  InputOptions input;
  unsigned jobs = 0;      // worker threads; 0: one per core
  std::string output;     // --output FILE; "" for standard output
  bool bom = false;       // --bom: a UTF-8 byte-order mark before CSV/TSV
  std::string meta_file;  // --meta MANIFEST.csv (meta, panel, outcomes)
  bool help = false;
  bool version = false;
};

// meta, panel and outcomes (examples/cli/research_main.cc).
bool is_research_command(Command c);

// Parses argv; on bad usage returns nullopt and sets error.
std::optional<Options> parse_options(int argc, char** argv, std::string& error);

extern const char kUsage[];

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_OPTIONS_H_
