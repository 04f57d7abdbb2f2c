// Many documents on a thread pool, results in input order.
//
//   std::vector<std::string> texts = ...;
//   std::vector<std::vector<mubiao::Statement>> out(texts.size());
//   mubiao::run_batch(texts.size(), 0,
//       [&](std::size_t i) { out[i] = pipeline.targets(texts[i]); },   // any thread
//       [&](std::size_t i) { write(out[i]); out[i].clear(); });        // caller's thread, in order
//
// try_run_batch does the same and, instead of throwing, says where and why a
// batch stopped: a document whose work or done threw, or a cancellation.
#ifndef MUBIAO_BATCH_H_
#define MUBIAO_BATCH_H_

#include <atomic>
#include <cstddef>
#include <exception>
#include <functional>
#include <optional>

namespace mubiao {

// Number of worker threads used when jobs == 0: the machine's cores.
unsigned default_jobs();

// Calls work(i) for every i in [0, count) on up to `jobs` threads (0 means
// default_jobs()). Calls done(i) on the calling thread, in increasing i, as
// soon as work(0..i) have finished, so results can be written in input order
// while later ones are still computed. At most 4 * jobs items are in flight
// beyond the last one done, which bounds the memory held by results.
// If work throws, no further items start, the remaining in-flight ones
// finish, and the first exception is rethrown from run_batch (done is not
// called for the failed item or any after it). done may be empty.
void run_batch(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work,
               const std::function<void(std::size_t)>& done);

// Why and where a batch stopped before every document was done.
struct BatchStop {
  enum Reason { work_failed, done_failed, cancelled };
  Reason reason = cancelled;
  // The first document not done: the one whose work or done threw, or the
  // first one a cancellation kept from starting. done(i) was called for
  // every i < document and for none after.
  std::size_t document = 0;
  std::exception_ptr error;  // what work or done threw; null when cancelled
};

// run_batch that never throws for what work or done throw: returns nullopt
// when done was called for every document, else the BatchStop. When cancel
// (may be null) becomes true (from done, another thread or a signal
// handler), no further document starts; those already started finish and
// are delivered in order. Stops cleanly either way: every worker thread has
// ended when it returns. Exceptions of its own (no thread could be made)
// still propagate.
std::optional<BatchStop> try_run_batch(std::size_t count, unsigned jobs,
                                       const std::function<void(std::size_t)>& work,
                                       const std::function<void(std::size_t)>& done,
                                       const std::atomic<bool>* cancel = nullptr);

}  // namespace mubiao

#endif  // MUBIAO_BATCH_H_
