// Many documents on a thread pool, results in input order.
//
//   std::vector<std::string> texts = ...;
//   std::vector<std::vector<mubiao::Statement>> out(texts.size());
//   mubiao::run_batch(texts.size(), 0,
//       [&](std::size_t i) { out[i] = pipeline.targets(texts[i]); },   // any thread
//       [&](std::size_t i) { write(out[i]); out[i].clear(); });        // caller's thread, in order
#ifndef MUBIAO_BATCH_H_
#define MUBIAO_BATCH_H_

#include <cstddef>
#include <functional>

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

}  // namespace mubiao

#endif  // MUBIAO_BATCH_H_
