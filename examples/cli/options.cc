#include "options.h"

#include <string_view>

namespace mubiao::cli {

const char kUsage[] =
    "usage: mubiao COMMAND [OPTIONS] [FILE...]\n"
    "\n"
    "Reads each FILE (standard input when none or '-'): text in UTF-8, GB18030,\n"
    "Big5 or UTF-16, a web page, a .docx or a PDF; writes one JSON object per line\n"
    "to standard output, with offsets into the text `mubiao text FILE` prints.\n"
    "\n"
    "commands:\n"
    "  text                         the UTF-8 text every other command reads\n"
    "  segment [--level section|paragraph|sentence|clause|word]   (default sentence)\n"
    "  numbers                      every numeric expression, normalized\n"
    "  normalize                    the text with every number in Arabic form\n"
    "  targets [--format jsonl|csv|tsv|xlsx|dta]   quantitative statements\n"
    "  meta [--meta MANIFEST.csv]   report metadata: title, region, level, year, date\n"
    "  panel [--meta MANIFEST.csv]      headline targets, one row per report x code\n"
    "  outcomes [--meta MANIFEST.csv]   headline targets beside their outcomes\n"
    "                 (--format jsonl, csv or tsv; MANIFEST: doc plus any meta field)\n"
    "\n"
    "options:\n"
    "  --output FILE  write to FILE (through a temporary file renamed on success,\n"
    "                 so a failed run leaves an earlier FILE as it was)\n"
    "  --format F     for tabular commands: jsonl (default), csv, tsv, or the files\n"
    "                 xlsx (Excel) and dta (Stata 14+), which need --output\n"
    "  --bom          start CSV/TSV with a UTF-8 byte-order mark (Excel, WPS)\n"
    "  --jobs N       files processed in parallel (default: the number of cores);\n"
    "                 output stays in input order\n"
    "  --help, --version\n"
    "  --input-format auto|text|html|docx|pdf   (default auto: sniffed from the file)\n"
    "  --encoding NAME   encoding of text input (GB18030, Big5, UTF-16LE...; default detected)\n"
    "  --name NAME       the doc of standard input in records (default '-')\n"
    "  -r, --recursive   read every file under directory arguments\n"
    "exit status: 0 success, 1 bad input, unreadable file or failed write,\n"
    "2 bad usage\n";

bool is_file_format(Format f) { return f == Format::xlsx || f == Format::dta; }

namespace {
// Commands whose records are rows of a fixed set of columns.
bool tabular(Command c) { return c == Command::targets || is_research_command(c); }
}  // namespace

bool is_research_command(Command c) {
  return c == Command::meta || c == Command::panel || c == Command::outcomes;
}

std::optional<Options> parse_options(int argc, char** argv, std::string& error) {
  Options o;
  int i = 1;
  if (i < argc) {
    std::string_view a = argv[i];
    if (a == "--help" || a == "-h") {
      o.help = true;
      return o;
    }
    if (a == "--version") {
      o.version = true;
      return o;
    }
  }
  if (i >= argc) {
    error = "no command given";
    return std::nullopt;
  }
  std::string_view cmd = argv[i++];
  if (cmd == "text")
    o.command = Command::text;
  else if (cmd == "segment")
    o.command = Command::segment;
  else if (cmd == "numbers")
    o.command = Command::numbers;
  else if (cmd == "normalize")
    o.command = Command::normalize;
  else if (cmd == "targets")
    o.command = Command::targets;
  else if (cmd == "meta")
    o.command = Command::meta;
  else if (cmd == "panel")
    o.command = Command::panel;
  else if (cmd == "outcomes")
    o.command = Command::outcomes;
  else {
    error = "unknown command '" + std::string(cmd) + "'";
    return std::nullopt;
  }

  bool only_files = false;
  for (; i < argc; ++i) {
    std::string_view a = argv[i];
    if (only_files || a == "-" || a.empty() || a[0] != '-') {
      o.files.emplace_back(a);
      continue;
    }
    if (a == "--") {
      only_files = true;
      continue;
    }
    if (a == "--help" || a == "-h") {
      o.help = true;
      continue;
    }
    // --flag VALUE or --flag=VALUE
    std::string_view name = a, value;
    bool has_value = false;
    if (auto eq = a.find('='); eq != std::string_view::npos) {
      name = a.substr(0, eq);
      value = a.substr(eq + 1);
      has_value = true;
    }
    auto take_value = [&]() -> bool {
      if (has_value) return true;
      if (i + 1 >= argc) {
        error = "option " + std::string(name) + " needs a value";
        return false;
      }
      value = argv[++i];
      return true;
    };
    if (name == "--level" && o.command == Command::segment) {
      if (!take_value()) return std::nullopt;
      auto level = parse_level(value);
      if (!level) {
        error = "unknown level '" + std::string(value) + "'";
        return std::nullopt;
      }
      o.level = *level;
    } else if (name == "--format" && tabular(o.command)) {
      if (!take_value()) return std::nullopt;
      if (value == "jsonl" || value == "json")
        o.format = Format::jsonl;
      else if (value == "csv")
        o.format = Format::csv;
      else if (value == "tsv")
        o.format = Format::tsv;
      else if (value == "xlsx")
        o.format = Format::xlsx;
      else if (value == "dta")
        o.format = Format::dta;
      else {
        error = "unknown format '" + std::string(value) + "'";
        return std::nullopt;
      }
    } else if (name == "--meta" && is_research_command(o.command)) {
      if (!take_value()) return std::nullopt;
      o.meta_file = std::string(value);
    } else if (name == "--output" || name == "-o") {
      if (!take_value()) return std::nullopt;
      if (value.empty() || value == "-") {
        error = "--output needs a file name";
        return std::nullopt;
      }
      o.output = std::string(value);
    } else if (name == "--bom" && !has_value) {
      o.bom = true;
    } else if (name == "--jobs" || name == "-j") {
      if (!take_value()) return std::nullopt;
      unsigned n = 0;
      bool ok = !value.empty() && value.size() <= 4;
      for (char c : value) {
        if (c < '0' || c > '9')
          ok = false;
        else
          n = n * 10 + static_cast<unsigned>(c - '0');
      }
      if (!ok || n == 0) {
        error = "--jobs needs a whole number from 1 to 9999";
        return std::nullopt;
      }
      o.jobs = n;
    } else if (is_input_option(name)) {
      if (input_option_takes_value(name) && !take_value()) return std::nullopt;
      if (!set_input_option(o.input, name, value, error)) return std::nullopt;
    } else {
      error = "unknown option '" + std::string(a) + "' for " + std::string(cmd);
      return std::nullopt;
    }
  }
  if (o.help) return o;
  if (is_file_format(o.format) && is_research_command(o.command)) {
    error = "--format for " + std::string(cmd) + " is jsonl, csv or tsv";
    return std::nullopt;
  }
  if (is_file_format(o.format) && o.output.empty()) {
    error = "--format xlsx and dta write a file: give --output FILE";
    return std::nullopt;
  }
  if (o.bom && o.format != Format::csv && o.format != Format::tsv) {
    error = "--bom is for --format csv or tsv";
    return std::nullopt;
  }
  if (o.files.empty()) o.files.emplace_back("-");
  o.files = expand_inputs(o.files, o.input);
  return o;
}

}  // namespace mubiao::cli
