// The mubiao command line: reads files, runs one library call per file and
// prints records. Each file's output is built in memory and written only when
// the whole file succeeded, so a failing file never leaves half its records.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "mubiao/mubiao.h"
#include "options.h"
#include "records.h"

namespace {

using namespace mubiao;
using namespace mubiao::cli;

bool read_file(const std::string& name, std::string& out, std::string& error) {
  if (name == "-") {
    std::ostringstream ss;
    ss << std::cin.rdbuf();
    if (std::cin.bad()) { error = "cannot read standard input"; return false; }
    out = ss.str();
    return true;
  }
  std::ifstream in(name, std::ios::binary);
  if (!in) { error = "cannot open file"; return false; }
  out.assign(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  if (in.bad()) { error = "read error"; return false; }
  return true;
}

// Appends the records of one file to out. Throws InvalidUtf8.
void run(const Pipeline& p, const Options& o, const std::string& name, std::string_view text,
         std::string& out) {
  switch (o.command) {
    case Command::segment: {
      Document doc = p.segment(text);
      if (o.level == Level::word) {
        // Words are cut sentence by sentence, so that each knows its section.
        for (const Unit& s : doc.units(Level::sentence))
          for (const Token& t : p.segmenter().words(text, s.span))
            word_record(name, text, doc, t, s.section).append_json(out);
      } else {
        for (const Unit& u : doc.units(o.level))
          segment_record(name, text, doc, o.level, u).append_json(out);
      }
      break;
    }
    case Command::numbers:
      for (const Mention& m : p.numbers().find(text)) number_record(name, text, m).append_json(out);
      break;
    case Command::normalize: {
      Normalized n = normalize(p.numbers(), text);
      Record r;
      r.str("doc", name).num("start", std::size_t{0}).num("end", text.size()).str("text", text)
          .str("normalized", n.text);
      r.append_json(out);
      break;
    }
    case Command::targets: {
      Document doc = p.segment(text);
      const char sep = o.format == Format::tsv ? '\t' : ',';
      for (const Statement& s : p.targets(text, doc)) {
        Record r = target_record(name, text, doc, s);
        if (o.format == Format::jsonl) r.append_json(out);
        else r.append_row(out, sep);
      }
      break;
    }
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  std::string error;
  auto options = parse_options(argc, argv, error);
  if (!options) {
    std::cerr << "mubiao: " << error << "\n" << kUsage;
    return 2;
  }
  if (options->help) { std::cout << kUsage; return 0; }
  if (options->version) { std::cout << "mubiao " MUBIAO_VERSION_STRING "\n"; return 0; }

  int status = 0;
  try {
    Pipeline pipeline;
    if (options->command == Command::targets && options->format != Format::jsonl) {
      // The header comes first even when no file yields a record.
      std::string header;
      target_record("", "", Document(), Statement()).append_header(
          header, options->format == Format::tsv ? '\t' : ',');
      std::fwrite(header.data(), 1, header.size(), stdout);
    }
    for (const std::string& name : options->files) {
      std::string text, out;
      if (!read_file(name, text, error)) {
        std::cerr << "mubiao: " << name << ": " << error << "\n";
        status = 1;
        continue;
      }
      try {
        run(pipeline, *options, name, text, out);
      } catch (const InvalidUtf8& e) {
        std::cerr << "mubiao: " << name << ": invalid UTF-8 at byte " << e.offset() << "\n";
        status = 1;
        continue;
      }
      std::fwrite(out.data(), 1, out.size(), stdout);
    }
  } catch (const std::exception& e) {
    std::cerr << "mubiao: internal error: " << e.what() << "\n";
    return 1;
  }
  if (std::fflush(stdout) != 0) {
    std::cerr << "mubiao: cannot write output\n";
    return 1;
  }
  return status;
}
