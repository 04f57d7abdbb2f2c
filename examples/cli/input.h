// The input side of the mubiao command: which files to read (directories
// refused, or walked with -r) and how each becomes the UTF-8 text every
// command reads (the readers of <mubiao/read.h> when they are built).
#ifndef MUBIAO_CLI_INPUT_H_
#define MUBIAO_CLI_INPUT_H_

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "mubiao/text.h"

namespace mubiao::cli {

struct InputOptions {
  std::string format = "auto";  // --input-format auto|text|html|docx|pdf
  std::string encoding;         // --encoding NAME; empty: detect
  std::string name;             // --name NAME: the doc of standard input
  bool recursive = false;       // -r: read the files under directory arguments
};

// Whether a command-line option belongs to the input side, and whether it
// takes a value.
bool is_input_option(std::string_view option);
bool input_option_takes_value(std::string_view option);
// Sets the option; on a bad value returns false and sets error.
bool set_input_option(InputOptions& input, std::string_view option, std::string_view value,
                      std::string& error);

// The files to read: arguments as given, except that with -r a directory is
// replaced by the regular files under it, in name order, hidden ones skipped.
std::vector<std::string> expand_inputs(const std::vector<std::string>& args,
                                       const InputOptions& input);

struct Input {
  std::string doc;   // the record's doc: the file name as given, or --name for "-"
  CheckedText text;  // well-formed UTF-8, viewing storage
  std::shared_ptr<const void> storage;
  bool mapped = false;  // text views a mapping of the file (read_file_text)
  std::vector<std::string> warnings;
};

// Reads file ("-": standard input) into in; on failure returns false with
// a message for the user (the system's reason, the format's problem).
// Throws InvalidUtf8 for text that is not UTF-8 when built without the
// readers (with them, that is a reader's message).
bool read_input(const std::string& file, const InputOptions& input, Input& in, std::string& error);

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_INPUT_H_
