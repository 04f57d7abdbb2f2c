// The mubiao command line: reads files, runs one library call per file and
// streams its records (include/mubiao/present.h) to the output in input
// order while later files are processed on other threads (ordered_output.h).
//
// A file that fails leaves none of its records: every failure a file can
// have (unreadable, invalid UTF-8) is found before its first record is made,
// since each command validates and segments the whole text first. A failed
// write stops the run with a message and exit status 1; a closed pipe
// (`| head`) stops it quietly.
#include <algorithm>
#include <csignal>
#include <cstdio>
#include <iostream>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <vector>

#include <sys/stat.h>
#include <unistd.h>

#include "encode.h"
#include "heap_setup.h"
#include "input.h"
#include "mapped_guard.h"
#include "mubiao/batch.h"
#include "mubiao/mubiao.h"
#include "options.h"
#include "ordered_output.h"
#include "research_main.h"
#include "sink.h"
#include "table_file.h"

namespace {

using namespace mubiao;
using namespace mubiao::cli;

// Bytes later documents may queue in memory while an earlier one is still
// written; past them they spill to a temporary file (ordered_output.h), so
// the budget costs no parallelism. Four times the input files' size keeps
// peak memory within the 8 x input + constant the command line promises
// (bench/cli_bench.sh) even when the output is twenty times the input, as at
// word level; at least 1 MB, at most 64 MB. Standard input counts as empty.
std::size_t queue_budget(const std::vector<std::string>& files) {
  constexpr std::size_t kMin = 1u << 20, kMax = 64u << 20;
  std::size_t input = 0;
  for (const std::string& f : files) {
    struct stat st;
    if (f != "-" && ::stat(f.c_str(), &st) == 0 && S_ISREG(st.st_mode))
      input += static_cast<std::size_t>(st.st_size);
    if (input >= kMax) break;
  }
  return std::clamp(input * 4, kMin, kMax);
}

// The columns of a tabular command (its CSV header, its xlsx and dta
// variables); nullptr for the others.
const Schema* table_schema(Command c) {
  switch (c) {
    case Command::targets: return &target_schema();
    default: return nullptr;
  }
}

// Encodes one document's rows into its buffer and hands full chunks on.
class Emit : Buffer::Spill {
 public:
  Emit(OrderedOutput& out, std::size_t doc, Format format, Buffer& buf, const RecordSource& src)
      : out_(out), doc_(doc), format_(format), buf_(buf), cache_(src.doc, src.text) {
    // Text may be cut between chunks anywhere; binary rows only whole.
    if (!is_file_format(format)) buf_.set_spill(this);
  }
  ~Emit() { buf_.set_spill(nullptr); }
  Emit(const Emit&) = delete;
  Emit& operator=(const Emit&) = delete;
  void operator()(const Row& row) {
    switch (format_) {
      case Format::jsonl: encode_json(row, buf_, &cache_); break;
      case Format::csv: encode_delimited(row, ',', buf_); break;
      case Format::tsv: encode_delimited(row, '\t', buf_); break;
      case Format::xlsx:
      case Format::dta: encode_binary(row, buf_); break;
    }
    out_.flush(doc_, buf_);
  }
  // Bytes that are not records (`mubiao text`), in chunks.
  void raw(std::string_view bytes) {
    while (!bytes.empty()) {
      const std::size_t n = std::min(bytes.size(), OrderedOutput::kChunk);
      buf_.append(bytes.substr(0, n));
      bytes.remove_prefix(n);
      out_.flush(doc_, buf_);
    }
  }

 private:
  void operator()(Buffer& full) override { out_.flush(doc_, full); }

  OrderedOutput& out_;
  std::size_t doc_;
  Format format_;
  Buffer& buf_;
  JsonCache cache_;
};

// Runs the command on one document. Throws InvalidUtf8 before any record.
// The text is checked once, by the reader: no stage checks it again.
void run(const Pipeline& p, const Options& o, const RecordSource& src, CheckedText checked,
         Emit& emit) {
  Row row;
  const std::string_view text = src.text;
  switch (o.command) {
    case Command::text: emit.raw(text); break;
    case Command::segment: {
      // Clauses are built only for the level that prints them (words are
      // cut sentence by sentence).
      const Document doc = p.segmenter().segment(
          checked, o.level == Level::clause ? Level::clause : Level::sentence);
      const RecordSource with_doc{src.doc, text, &doc};
      if (o.level == Level::word) {
        // Words are cut sentence by sentence, so that each knows its section.
        for (const Unit& s : doc.units(Level::sentence))
          for (const Token& t : p.segmenter().words(text, s.span)) {
            present(with_doc, t, s, row);
            emit(row);
          }
      } else {
        for (const Unit& u : doc.units(o.level)) {
          present(with_doc, o.level, u, row);
          emit(row);
        }
      }
      break;
    }
    case Command::numbers:
      // Read through the layout: a number split by a line break is one
      // (the layout noise needs the sentences, not the clauses). Each
      // mention is written as it is found.
      p.numbers().find(p.segmenter().segment(checked, Level::sentence), [&](const Mention& m) {
        present(src, m, row);
        emit(row);
      });
      break;
    case Command::normalize: {
      const std::string n = normalize_text(p.numbers(), text);  // the row views it
      present_normalized(src, n, row);
      emit(row);
      break;
    }
    case Command::meta:
    case Command::panel:
    case Command::outcomes: break;  // research_main.cc
    case Command::targets: {
      const Document doc = p.segmenter().segment(checked);
      const RecordSource with_doc{src.doc, text, &doc};
      for (const Statement& s : p.targets(text, doc)) {
        present(with_doc, s, row);
        emit(row);
      }
      break;
    }
  }
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

// Runs every file; returns the exit status. When the output fails the run
// stops (out.stopped() tells) and main reports it.
int run_files(const Options& o, OrderedOutput& out) {
  const Pipeline pipeline;
  const auto& files = o.files;
  std::vector<std::string> errors(files.size());  // why a file has no records
  std::vector<std::vector<std::string>> warnings(files.size());
  Progress progress(files.size());
  int status = 0;
  const auto stop = try_run_batch(
      files.size(), o.jobs,
      [&](std::size_t i) {
        Buffer buf = out.chunk();
        Input in;
        try {
          if (!read_input(files[i], o.input, in, errors[i])) {
            out.abandon(i);
            return;
          }
          warnings[i] = std::move(in.warnings);
          std::optional<MappedGuard> guard;
          if (in.mapped) guard.emplace(in.text.view(), files[i]);
          const RecordSource src{in.doc, in.text.view(), nullptr};
          Emit emit(out, i, o.format, buf, src);
          run(pipeline, o, src, in.text, emit);
          out.finish(i, buf);
        } catch (const InvalidUtf8& e) {
          out.abandon(i);
          errors[i] = "invalid UTF-8 at byte " + std::to_string(e.offset());
        } catch (...) {
          out.abandon(i);
          throw;
        }
      },
      [&](std::size_t i) {
        // Messages in input order, on this thread.
        for (const std::string& w : warnings[i])
          std::cerr << "mubiao: " << files[i] << ": warning: " << w << "\n";
        warnings[i].clear();
        if (!errors[i].empty()) {
          std::cerr << "mubiao: " << files[i] << ": " << errors[i] << "\n";
          status = 1;
          errors[i].clear();
        }
        progress.advance();
      });
  if (stop && stop->error) {
    try {
      std::rethrow_exception(stop->error);
    } catch (const OrderedOutput::Stopped&) {
      // The output failed: main says why.
    } catch (const std::bad_alloc&) {
      std::cerr << "mubiao: " << files[stop->document] << ": out of memory\n";
      status = 1;
    } catch (const std::exception& e) {
      std::cerr << "mubiao: " << files[stop->document] << ": internal error: " << e.what() << "\n";
      status = 1;
    }
  }
  return status;
}

}  // namespace

int main(int argc, char** argv) {
  // Documents reuse the memory of the ones before (heap_setup.h).
  keep_freed_memory();
  std::ios::sync_with_stdio(false);
  // A closed pipe shows up as EPIPE from write(), handled like any write error.
  std::signal(SIGPIPE, SIG_IGN);
  // A file past the size limit (ulimit -f: the output or a spill file)
  // shows up as EFBIG, reported and cleaned up, not as a kill that leaves
  // a partial temporary file behind.
  std::signal(SIGXFSZ, SIG_IGN);
  std::string error;
  auto options = parse_options(argc, argv, error);
  if (!options) {
    std::cerr << "mubiao: " << error << "\n" << kUsage;
    return 2;
  }
  if (options->help || options->version) {
    std::cout << (options->help ? kUsage : "mubiao " MUBIAO_VERSION_STRING "\n") << std::flush;
    if (std::cout) return 0;
    std::cerr << "mubiao: cannot write to standard output\n";
    return 1;
  }
  const Options& o = *options;
  install_mapped_guard();
  if (is_research_command(o.command)) return run_research(o);

  int status = 0;
  try {
    Sink sink(o.output);
    std::unique_ptr<TableFile> table;
    const Schema* schema = table_schema(o.command);
    OrderedOutput::Consume consume;
    if (is_file_format(o.format)) {
      table = open_table_file(o.format == Format::xlsx ? TableFile::xlsx : TableFile::dta, sink,
                              *schema);
      consume = [&, row = Row()](std::string_view rows) mutable {
        for (const char* at = rows.data(); at < rows.data() + rows.size();) {
          decode_binary(*schema, at, row);
          if (!table->add(row)) return false;
        }
        return true;
      };
    } else {
      consume = [&](std::string_view bytes) { return sink.write(bytes); };
      if (schema && o.format != Format::jsonl) {
        // The header comes first even when no file yields a record.
        Buffer header;
        if (o.bom) header.append("\xEF\xBB\xBF");
        encode_header(*schema, o.format == Format::tsv ? '\t' : ',', header);
        sink.write(header.view());
      }
    }
    OrderedOutput out(o.files.size(), consume, queue_budget(o.files));
    status = run_files(o, out);
    bool ok = !out.stopped() && !sink.failed();
    if (ok && status != 0 && !o.output.empty()) {
      // The file stands for the whole run: an earlier good one is kept.
      table.reset();  // closes its file first, so that discard removes it
      sink.discard();
      std::cerr << "mubiao: " << o.output << " not written: a file above failed\n";
      return status;
    }
    if (ok && table) ok = table->finish();
    if (ok) ok = sink.commit();
    if (!ok) {
      const std::string why = !out.error().empty()      ? out.error()
                              : table && !sink.failed() ? table->error()
                                                        : sink.error();
      table.reset();  // closes its file first, so that discard removes it
      sink.discard();
      if (sink.pipe_closed()) return status;  // the reader has all it wanted
      std::cerr << "mubiao: " << why << "\n";
      return 1;
    }
  } catch (const std::runtime_error& e) {  // the output cannot be made: its reason
    std::cerr << "mubiao: " << e.what() << "\n";
    return 1;
  } catch (const std::exception& e) {
    std::cerr << "mubiao: internal error: " << e.what() << "\n";
    return 1;
  }
  return status;
}
