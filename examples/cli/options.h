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
enum class Format { jsonl, csv, tsv };

struct Options {
  Command command = Command::segment;
  Level level = Level::sentence;
  Format format = Format::jsonl;
  std::vector<std::string> files;  // "-" is standard input
  InputOptions input;
  std::string meta_file;           // --meta MANIFEST.csv (meta, panel, outcomes)
  unsigned jobs = 0;               // worker threads; 0: one per core
  bool help = false;
  bool version = false;
};

// meta, panel and outcomes (examples/cli/research_*.cc).
bool is_research_command(Command c);

// Parses argv; on bad usage returns nullopt and sets error.
std::optional<Options> parse_options(int argc, char** argv, std::string& error);

extern const char kUsage[];

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_OPTIONS_H_
