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
#include "part_batch.h"
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

// Words are the one output split into parts (part_batch.h): 23 bytes per
// byte of input, which a worker ahead of its turn would otherwise hold.
bool splits(const Options& o) { return o.command == Command::segment && o.level == Level::word; }

// Input bytes per part: some 6 MB of word records, which the output queue
// holds in blocks it reuses.
constexpr std::size_t kPartBytes = 256u << 10;
constexpr std::size_t kMaxParts = 4096;

// How the files are run: on how many threads, and each in how many parts
// with which output slots (one per part, in order).
struct Plan {
  unsigned jobs = 1;
  std::vector<std::size_t> parts;  // of each file
  std::vector<std::size_t> first;  // each file's first slot
  std::size_t slots = 0;
};

Plan plan(const Options& o) {
  Plan plan;
  const std::size_t files = o.files.size();
  plan.jobs = static_cast<unsigned>(std::clamp<std::size_t>(o.jobs ? o.jobs : default_jobs(), 1,
                                                            std::max<std::size_t>(files, 1)));
  // One thread, or one file (whose run keeps to one thread): no parts.
  const bool split = splits(o) && plan.jobs > 1;
  for (const std::string& f : o.files) {
    std::size_t parts = 1;
    struct stat st;
    if (split && f != "-" && ::stat(f.c_str(), &st) == 0 && S_ISREG(st.st_mode)) {
      const auto size = static_cast<std::size_t>(st.st_size);
      parts = std::clamp<std::size_t>((size + kPartBytes - 1) / kPartBytes, 1, kMaxParts);
    }
    plan.parts.push_back(parts);
    plan.first.push_back(plan.slots);
    plan.slots += parts;
  }
  return plan;
}

// Part k of `parts` of a document's words: the sentences that start in the
// k-th of `parts` equal stretches of its text, so that the parts in order
// hold every sentence once, in order. Words are cut sentence by sentence,
// so that each knows its section.
void emit_words(const Pipeline& p, const RecordSource& src, const Document& doc, std::size_t k,
                std::size_t parts, Emit& emit) {
  const std::vector<Unit>& sentences = doc.units(Level::sentence);
  const std::size_t n = src.text.size();
  const auto first_from = [&](std::size_t part) {
    const std::size_t at = part >= parts ? n : n / parts * part + n % parts * part / parts;
    return std::lower_bound(sentences.begin(), sentences.end(), at,
                            [](const Unit& u, std::size_t b) { return u.span.start < b; });
  };
  const auto end = k + 1 >= parts ? sentences.end() : first_from(k + 1);
  const RecordSource with_doc{src.doc, src.text, &doc};
  Row row;
  for (auto s = k == 0 ? sentences.begin() : first_from(k); s < end; ++s)
    for (const Token& t : p.segmenter().words(src.text, s->span)) {
      present(with_doc, t, *s, row);
      emit(row);
    }
}

// Runs the command on one document. Throws InvalidUtf8 before any record.
// The text is checked once, by the reader: no stage checks it again.
void run(const Pipeline& p, const Options& o, const RecordSource& src, CheckedText checked,
         Emit& emit) {
  Row row;
  const std::string_view text = src.text;
  switch (o.command) {
    case Command::text: emit.raw(text); break;
    case Command::segment: {
      // Clauses are built only for the level that prints them. (Words are
      // cut in parts: emit_words.)
      const Document doc = p.segmenter().segment(
          checked, o.level == Level::clause ? Level::clause : Level::sentence);
      const RecordSource with_doc{src.doc, text, &doc};
      for (const Unit& u : doc.units(o.level)) {
        present(with_doc, o.level, u, row);
        emit(row);
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

// The stage whose tables the command reads, if any (Pipeline::prepare).
std::optional<Pipeline::Stage> prepared_stage(const Options& o) {
  switch (o.command) {
    case Command::segment:
      if (o.level == Level::word) return Pipeline::Stage::words;
      return std::nullopt;
    case Command::numbers:
    case Command::normalize: return Pipeline::Stage::numbers;
    case Command::targets: return Pipeline::Stage::targets;
    case Command::text:
    case Command::meta:
    case Command::panel:
    case Command::outcomes: return std::nullopt;
  }
  return std::nullopt;
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

// A file read and, at word level, segmented into sentences, which its
// parts share.
struct Prepared {
  Input in;
  std::optional<MappedGuard> guard;  // after in: ends before the mapping
  std::optional<Document> doc;       // views in.text
};

// Runs every file; returns the exit status. When the output fails the run
// stops (out.stopped() tells) and main reports it.
int run_files(const Options& o, const Plan& plan, OrderedOutput& out) {
  const Pipeline pipeline;
  const auto& files = o.files;
  std::vector<std::string> errors(files.size());  // why a file has no records
  std::vector<std::vector<std::string>> warnings(files.size());
  std::vector<std::unique_ptr<Prepared>> prepared(files.size());
  Progress progress(files.size());
  int status = 0;
  PartBatch batch;
  batch.parts = plan.parts;
  batch.worker_start = [] { advise_huge_heap(); };  // each worker's own heap
  // The calling thread has nothing to do until the first file is done: it
  // builds the tables the command reads while the workers read and segment
  // their first files, so that no worker waits while another builds them
  // (targets: 2.5 ms). A failure here shows again where the tables are used.
  if (const auto stage = prepared_stage(o))
    batch.beside_workers = [&pipeline, stage] {
      try {
        pipeline.prepare(*stage);
      } catch (...) {
      }
    };
  batch.prepare = [&](std::size_t i) {
    auto p = std::make_unique<Prepared>();
    try {
      if (!read_input(files[i], o.input, p->in, errors[i])) return false;
      warnings[i] = std::move(p->in.warnings);
      if (p->in.mapped) p->guard.emplace(p->in.text.view(), files[i]);
      if (splits(o)) p->doc = pipeline.segmenter().segment(p->in.text, Level::sentence);
    } catch (const InvalidUtf8& e) {
      errors[i] = "invalid UTF-8 at byte " + std::to_string(e.offset());
      return false;
    }
    prepared[i] = std::move(p);
    return true;
  };
  batch.part = [&](std::size_t i, std::size_t k) {
    const Prepared& p = *prepared[i];
    const std::size_t slot = plan.first[i] + k;
    Buffer buf = out.chunk();
    try {
      const RecordSource src{p.in.doc, p.in.text.view(), nullptr};
      Emit emit(out, slot, o.format, buf, src);
      if (p.doc)
        emit_words(pipeline, src, *p.doc, k, plan.parts[i], emit);
      else
        run(pipeline, o, src, p.in.text, emit);
      out.finish(slot, buf);
    } catch (const InvalidUtf8& e) {  // a whole file's only part: nothing written
      out.abandon(slot);
      errors[i] = "invalid UTF-8 at byte " + std::to_string(e.offset());
    } catch (...) {
      out.abandon(slot);
      throw;
    }
  };
  batch.skip = [&](std::size_t i, std::size_t k) { out.abandon(plan.first[i] + k); };
  batch.release = [&](std::size_t i) { prepared[i].reset(); };
  batch.done = [&](std::size_t i) {
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
  };
  const auto stop = run_parts(batch, plan.jobs);
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
  // Documents reuse the memory of the ones before, on huge pages
  // (heap_setup.h).
  keep_freed_memory();
  advise_huge_heap();
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
    const Plan parts = plan(o);
    OrderedOutput out(parts.slots, consume, queue_budget(o.files));
    status = run_files(o, parts, out);
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
