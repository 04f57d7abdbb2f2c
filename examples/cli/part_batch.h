// Documents on several threads, each prepared once (read, segmented) and
// then worked in parts that may run on different threads at once, output
// in order of document and part (ordered_output.h: one slot per part).
//
// Why parts: with whole documents, a worker ahead of the one writing holds
// its document's whole output until its turn: at word level, 23 bytes per
// byte of input (82 MB for 3.5 MB), more than a memory budget allows, so it
// spilled to a temporary file, and what stayed in memory was fresh pages
// each zeroed by the kernel: a tenth of the CPU time of `segment --level
// word --jobs 2` went there. A part of a few hundred KB of input holds a
// few MB, in queue memory reused from part to part, and the workers also
// end together at the end of the run instead of one waiting for the last
// document.
//
// Workers take, in this order of preference: the next part of the earliest
// prepared document; else the preparation of the next document, while fewer
// documents than workers are prepared and not yet ended (what they hold in
// memory) and it is within 4 x workers of the first one not ended.
#ifndef MUBIAO_CLI_PART_BATCH_H_
#define MUBIAO_CLI_PART_BATCH_H_

#include <cstddef>
#include <functional>
#include <optional>
#include <vector>

#include "mubiao/batch.h"

namespace mubiao::cli {

struct PartBatch {
  // parts[d]: the number of parts of document d (at least 1), fixed before
  // the run, so that every part has its place in the output from the start.
  std::vector<std::size_t> parts;
  // Prepares document d; false when it failed (its message is the caller's
  // to keep): none of its parts runs. Any thread.
  std::function<bool(std::size_t d)> prepare;
  // Part k of a prepared document d. Any thread; parts of one document
  // run at once.
  std::function<void(std::size_t d, std::size_t k)> part;
  // Part k of document d, which was handed to prepare, will not run: its
  // document failed, or the batch stopped before it. Called with no part of
  // d running, once per part. (No call for a document never prepared.)
  std::function<void(std::size_t d, std::size_t k)> skip;
  // Every part of a prepared document d has ended: what prepare made may go.
  std::function<void(std::size_t d)> release;
  // On the calling thread, in order of d, once document d has ended.
  std::function<void(std::size_t d)> done;
  // Optional: on each worker thread as it starts, before its first part
  // (not with jobs == 1, which runs on the calling thread). Must not throw.
  std::function<void()> worker_start;
  // Optional: on the calling thread once the workers have been started,
  // before it delivers the first document (not with jobs == 1): work that
  // the parts need and that may run while the workers prepare their first
  // documents, such as building shared tables. Must not throw.
  std::function<void()> beside_workers;
};

// Runs the batch on up to `jobs` threads (jobs == 1: on the calling thread).
// Like mubiao::try_run_batch: when prepare or a part throws, no work of
// that document or a later one starts; the documents before it are
// finished and delivered; the BatchStop names the first document that
// failed (work_failed) or whose done threw (done_failed). nullopt when done
// was called for every document. Every thread has ended when it returns.
std::optional<BatchStop> run_parts(const PartBatch& batch, unsigned jobs);

}  // namespace mubiao::cli

#endif  // MUBIAO_CLI_PART_BATCH_H_
