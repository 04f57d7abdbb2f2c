// run_batch: a fixed pool of std::threads pulling indices from a counter.
// Completion is tracked per item so the caller's thread can hand results out
// in order; a window bounds how far workers run ahead of the slowest item.
#include "mubiao/batch.h"

#include <algorithm>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <vector>

namespace mubiao {

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

void run_batch(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work,
               const std::function<void(std::size_t)>& done) {
  if (count == 0) return;
  if (jobs == 0) jobs = default_jobs();
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, count));
  if (jobs == 1) {  // no threads for the simple case
    for (std::size_t i = 0; i < count; ++i) {
      work(i);
      if (done) done(i);
    }
    return;
  }
  const std::size_t window = 4 * static_cast<std::size_t>(jobs);

  std::mutex mu;
  std::condition_variable cv;
  std::vector<char> finished(count, 0);
  std::size_t next = 0;       // next index to start
  std::size_t delivered = 0;  // done() has been called for [0, delivered)
  std::exception_ptr error;
  std::size_t failed_at = count;

  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        cv.wait(lock, [&] { return error || next >= count || next < delivered + window; });
        if (error || next >= count) return;
        i = next++;
      }
      std::exception_ptr e;
      try {
        work(i);
      } catch (...) {
        e = std::current_exception();
      }
      {
        std::lock_guard<std::mutex> lock(mu);
        finished[i] = 1;
        if (e && i < failed_at) {
          failed_at = i;
          if (!error) error = e;
        }
      }
      cv.notify_all();
    }
  };

  std::vector<std::thread> pool;
  pool.reserve(jobs);
  for (unsigned k = 0; k < jobs; ++k) pool.emplace_back(worker);

  // Items are started in index order, so every item before a failed one has
  // started and will finish: deliver those, then stop.
  std::exception_ptr from_done;
  {
    std::unique_lock<std::mutex> lock(mu);
    while (delivered < count) {
      cv.wait(lock, [&] { return finished[delivered] || delivered >= failed_at; });
      if (delivered >= failed_at) break;
      const std::size_t i = delivered;
      lock.unlock();
      try {
        if (done) done(i);
      } catch (...) {
        from_done = std::current_exception();
      }
      lock.lock();
      if (from_done) {
        if (!error) error = from_done;  // stops the workers
        break;
      }
      ++delivered;
      cv.notify_all();
    }
  }
  cv.notify_all();
  for (auto& t : pool) t.join();
  if (from_done) std::rethrow_exception(from_done);
  if (error) std::rethrow_exception(error);
}

}  // namespace mubiao
