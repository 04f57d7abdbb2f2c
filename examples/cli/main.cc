// The mubiao command line: reads files, runs one library call per file and
// prints records. Each file's output is built in memory and written only when
// the whole file succeeded, so a failing file never leaves half its records.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include <unistd.h>

#include "mubiao/batch.h"
#include "mubiao/mubiao.h"
#include "input.h"
#include "options.h"
#include "records.h"
#include "research_main.h"

namespace {

using namespace mubiao;
using namespace mubiao::cli;

// Appends the records of one file to out. Throws InvalidUtf8.
void run(const Pipeline& p, const Options& o, const std::string& name, std::string_view text,
         std::string& out) {
  switch (o.command) {
    case Command::text:
      require_utf8(text);
      out.append(text);
      break;
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
    default:  // meta, panel, outcomes: research_main.cc
      break;
  }
}

struct FileResult {
  std::string output;  // the file's records, complete
  std::string error;   // or why there are none
  std::vector<std::string> warnings;
};

// Reads one file and runs the command on it; never throws for bad input.
FileResult process(const Pipeline& p, const Options& o, const std::string& name) {
  FileResult r;
  Input in;
  if (!read_input(name, o.input, in, r.error)) return r;
  r.warnings = std::move(in.warnings);
  try {
    run(p, o, in.doc, in.text, r.output);
  } catch (const InvalidUtf8& e) {
    r.output.clear();
    r.error = "invalid UTF-8 at byte " + std::to_string(e.offset());
  }
  return r;
}

// A one-line progress bar on standard error, shown only when standard error
// is a terminal and there are several files.
class Progress {
 public:
  explicit Progress(std::size_t total) : total_(total), shown_(total > 1 && ::isatty(2)) {}
  ~Progress() {
    if (shown_) std::fputs("\r\033[K", stderr);
  }
  void advance() {
    ++done_;
    if (!shown_) return;
    const int width = 30;
    const int filled = static_cast<int>(width * done_ / total_);
    std::fprintf(stderr, "\r[%.*s%*s] %zu/%zu files", filled, "##############################",
                 width - filled, "", done_, total_);
    std::fflush(stderr);
  }

 private:
  std::size_t total_, done_ = 0;
  bool shown_;
};

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
    if (is_research_command(options->command)) {
      status = run_research(*options);
      return std::fflush(stdout) != 0 ? (std::cerr << "mubiao: cannot write output\n", 1) : status;
    }
    Pipeline pipeline;
    if (options->command == Command::targets && options->format != Format::jsonl) {
      // The header comes first even when no file yields a record.
      std::string header;
      target_record("", "", Document(), Statement()).append_header(
          header, options->format == Format::tsv ? '\t' : ',');
      std::fwrite(header.data(), 1, header.size(), stdout);
    }
    // Each file is read and processed on a worker; its output or its error
    // message is written by this thread, in the order the files were given.
    const auto& files = options->files;
    std::vector<FileResult> results(files.size());
    Progress progress(files.size());
    run_batch(
        files.size(), options->jobs,
        [&](std::size_t i) { results[i] = process(pipeline, *options, files[i]); },
        [&](std::size_t i) {
          FileResult& r = results[i];
          for (const std::string& w : r.warnings)
            std::cerr << "mubiao: " << files[i] << ": warning: " << w << "\n";
          if (!r.error.empty()) {
            std::cerr << "mubiao: " << files[i] << ": " << r.error << "\n";
            status = 1;
          } else {
            std::fwrite(r.output.data(), 1, r.output.size(), stdout);
          }
          r = FileResult();
          progress.advance();
        });
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
