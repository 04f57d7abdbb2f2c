// run_batch: a fixed pool of std::threads pulling indices from a counter.
// Completion is tracked per item so the caller's thread can hand results out
// in order; a window bounds how far workers run ahead of the slowest item.
#include "mubiao/batch.h"

#include <algorithm>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <thread>
#include <vector>

namespace mubiao {

unsigned default_jobs() { return std::max(1u, std::thread::hardware_concurrency()); }

namespace {

bool is_cancelled(const std::atomic<bool>* cancel) {
  return cancel && cancel->load(std::memory_order_relaxed);
}

// Waits until ready(); polls while a cancel flag, which nobody notifies
// about, may be set.
template <typename Ready>
void wait(std::condition_variable& cv, std::unique_lock<std::mutex>& lock,
          const std::atomic<bool>* cancel, Ready ready) {
  if (!cancel) return cv.wait(lock, ready);
  while (!ready()) cv.wait_for(lock, std::chrono::milliseconds(20));
}

// No threads for the simple case.
std::optional<BatchStop> run_inline(std::size_t count, const std::function<void(std::size_t)>& work,
                                    const std::function<void(std::size_t)>& done,
                                    const std::atomic<bool>* cancel) {
  for (std::size_t i = 0; i < count; ++i) {
    if (is_cancelled(cancel)) return BatchStop{BatchStop::cancelled, i, nullptr};
    try {
      work(i);
    } catch (...) {
      return BatchStop{BatchStop::work_failed, i, std::current_exception()};
    }
    try {
      if (done) done(i);
    } catch (...) {
      return BatchStop{BatchStop::done_failed, i, std::current_exception()};
    }
  }
  return std::nullopt;
}

}  // namespace

std::optional<BatchStop> try_run_batch(std::size_t count, unsigned jobs,
                                       const std::function<void(std::size_t)>& work,
                                       const std::function<void(std::size_t)>& done,
                                       const std::atomic<bool>* cancel) {
  if (count == 0) return std::nullopt;
  if (jobs == 0) jobs = default_jobs();
  jobs = static_cast<unsigned>(std::min<std::size_t>(jobs, count));
  if (jobs == 1) return run_inline(count, work, done, cancel);
  const std::size_t window = 4 * static_cast<std::size_t>(jobs);

  std::mutex mu;
  std::condition_variable cv;
  std::vector<char> finished(count, 0);
  std::size_t next = 0;       // next index to start
  std::size_t delivered = 0;  // done() has been called for [0, delivered)
  bool stop = false;          // no further item starts
  std::optional<BatchStop> stopped;
  std::size_t failed_at = count;  // first item whose work threw

  auto worker = [&] {
    for (;;) {
      std::size_t i;
      {
        std::unique_lock<std::mutex> lock(mu);
        wait(cv, lock, cancel, [&] {
          return stop || next >= count || next < delivered + window || is_cancelled(cancel);
        });
        if (stop || next >= count || is_cancelled(cancel)) return;
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
          stop = true;
          stopped = BatchStop{BatchStop::work_failed, i, e};
        }
      }
      cv.notify_all();
    }
  };

  std::vector<std::thread> pool;
  pool.reserve(jobs);
  try {
    for (unsigned k = 0; k < jobs; ++k) pool.emplace_back(worker);
  } catch (...) {
    {
      std::lock_guard<std::mutex> lock(mu);
      stop = true;
    }
    cv.notify_all();
    for (auto& t : pool) t.join();
    throw;
  }

  // Items are started in index order, so every item before a failed one has
  // started and will finish: deliver those, then stop. A cancellation is
  // seen by the workers before they start an item; what has started is
  // delivered.
  {
    std::unique_lock<std::mutex> lock(mu);
    while (delivered < count) {
      wait(cv, lock, cancel, [&] {
        return finished[delivered] || delivered >= failed_at ||
               (delivered >= next && (stop || is_cancelled(cancel)));
      });
      if (delivered >= failed_at) break;
      if (!finished[delivered]) {  // cancelled before it started
        stop = true;
        stopped = BatchStop{BatchStop::cancelled, delivered, nullptr};
        break;
      }
      const std::size_t i = delivered;
      lock.unlock();
      std::exception_ptr e;
      try {
        if (done) done(i);
      } catch (...) {
        e = std::current_exception();
      }
      lock.lock();
      if (e) {
        stop = true;  // stops the workers
        stopped = BatchStop{BatchStop::done_failed, i, e};
        break;
      }
      ++delivered;
      cv.notify_all();
    }
    stop = true;
  }
  cv.notify_all();
  for (auto& t : pool) t.join();
  return stopped;
}

void run_batch(std::size_t count, unsigned jobs, const std::function<void(std::size_t)>& work,
               const std::function<void(std::size_t)>& done) {
  if (auto s = try_run_batch(count, jobs, work, done)) std::rethrow_exception(s->error);
}

}  // namespace mubiao
