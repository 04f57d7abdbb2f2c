#include "part_batch.h"

#include <condition_variable>
#include <exception>
#include <mutex>
#include <thread>
#include <utility>

namespace mubiao::cli {

namespace {

// Parts [from, to) of document doc that will not run.
struct Skip {
  std::size_t doc, from, to;
};

// On the calling thread: each document prepared, its parts run in order,
// then delivered.
std::optional<BatchStop> run_inline(const PartBatch& b) {
  const std::size_t count = b.parts.size();
  for (std::size_t d = 0; d < count; ++d) {
    const std::size_t parts = b.parts[d];
    bool ok = false;
    try {
      ok = b.prepare(d);
    } catch (...) {
      for (std::size_t k = 0; k < parts; ++k) b.skip(d, k);
      return BatchStop{BatchStop::work_failed, d, std::current_exception()};
    }
    if (ok) {
      for (std::size_t k = 0; k < parts; ++k) {
        try {
          b.part(d, k);
        } catch (...) {
          for (std::size_t j = k + 1; j < parts; ++j) b.skip(d, j);
          b.release(d);
          return BatchStop{BatchStop::work_failed, d, std::current_exception()};
        }
      }
      b.release(d);
    } else {
      for (std::size_t k = 0; k < parts; ++k) b.skip(d, k);
    }
    try {
      if (b.done) b.done(d);
    } catch (...) {
      return BatchStop{BatchStop::done_failed, d, std::current_exception()};
    }
  }
  return std::nullopt;
}

// How far past the first document not over one may start, in workers: a
// long document does not keep the others from running past it, while the
// ones waiting to be delivered stay few (as in mubiao::try_run_batch).
constexpr std::size_t kAhead = 4;

class Scheduler {
 public:
  Scheduler(const PartBatch& b, unsigned jobs)
      : b_(b), jobs_(jobs), docs_(b.parts.size()), stop_at_(b.parts.size()) {}

  std::optional<BatchStop> run() {
    std::vector<std::thread> pool;
    pool.reserve(jobs_);
    try {
      for (unsigned k = 0; k < jobs_; ++k)
        pool.emplace_back([this] {
          if (b_.worker_start) b_.worker_start();
          work();
        });
    } catch (...) {
      stop_all();
      for (auto& t : pool) t.join();
      settle_after_stop();
      throw;
    }
    if (b_.beside_workers) b_.beside_workers();
    deliver();
    stop_all();
    for (auto& t : pool) t.join();
    settle_after_stop();
    return stopped_;
  }

 private:
  enum class State { unprepared, preparing, ready, failed };
  struct Doc {
    State state = State::unprepared;
    std::size_t started = 0, ended = 0;  // parts
    bool over = false;                   // every part ended or skipped
  };

  bool running(const Doc& d) const { return d.state == State::preparing || d.started > d.ended; }

  void fail(std::size_t d, BatchStop::Reason why, std::exception_ptr e) {
    if (d < stop_at_ || !stopped_) stopped_ = BatchStop{why, d, std::move(e)};
    if (d < stop_at_) stop_at_ = d;
  }

  void stop_all() {
    {
      std::lock_guard<std::mutex> lock(mu_);
      stop_at_ = 0;
    }
    cv_.notify_all();
  }

  // Under the lock: the parts of failed or stopped documents with nothing
  // running are skipped; documents whose parts have all ended are over
  // (to release when they were prepared). Skips and releases are for the
  // caller to make, outside the lock.
  bool settle(std::vector<Skip>& skips, std::vector<std::size_t>& releases) {
    bool changed = false;
    for (std::size_t d = first_open_; d < next_prepare_; ++d) {
      Doc& doc = docs_[d];
      if (doc.over || running(doc)) continue;
      const std::size_t parts = b_.parts[d];
      if (doc.started < parts && (doc.state == State::failed || d >= stop_at_)) {
        skips.push_back({d, doc.started, parts});
        doc.ended += parts - doc.started;
        doc.started = parts;
      }
      if (doc.ended == parts) {
        doc.over = changed = true;
        --open_;
        if (doc.state == State::ready) releases.push_back(d);
      }
    }
    while (first_open_ < next_prepare_ && docs_[first_open_].over) ++first_open_;
    return changed;
  }

  // Once every worker has joined: skips and releases what a stop left (nothing
  // runs now).
  void settle_after_stop() {
    std::unique_lock<std::mutex> lock(mu_);
    std::vector<Skip> skips;
    std::vector<std::size_t> releases;
    settle(skips, releases);
    carry_out(skips, releases, lock);
  }

  // Makes the skips and releases settle found, outside the lock.
  void carry_out(std::vector<Skip>& skips, std::vector<std::size_t>& releases,
                 std::unique_lock<std::mutex>& lock) {
    lock.unlock();
    for (const Skip& s : skips)
      for (std::size_t k = s.from; k < s.to; ++k) b_.skip(s.doc, k);
    for (std::size_t r : releases) b_.release(r);
    skips.clear();
    releases.clear();
    lock.lock();
  }

  void work() {
    std::unique_lock<std::mutex> lock(mu_);
    std::vector<Skip> skips;
    std::vector<std::size_t> releases;
    for (;;) {
      if (settle(skips, releases)) {
        carry_out(skips, releases, lock);
        cv_.notify_all();  // a document is over: deliver may go on
        continue;
      }
      std::size_t d = first_open_;
      while (d < next_prepare_ && d < stop_at_ &&
             !(docs_[d].state == State::ready && docs_[d].started < b_.parts[d]))
        ++d;
      std::exception_ptr e;
      if (d < next_prepare_ && d < stop_at_) {
        const std::size_t k = docs_[d].started++;
        lock.unlock();
        try {
          b_.part(d, k);
        } catch (...) {
          e = std::current_exception();
        }
        lock.lock();
        ++docs_[d].ended;
        if (e) fail(d, BatchStop::work_failed, e);
      } else if (next_prepare_ < stop_at_ && open_ < jobs_ &&
                 next_prepare_ < first_open_ + kAhead * jobs_) {
        d = next_prepare_++;
        ++open_;
        docs_[d].state = State::preparing;
        lock.unlock();
        bool ok = false;
        try {
          ok = b_.prepare(d);
        } catch (...) {
          e = std::current_exception();
        }
        lock.lock();
        docs_[d].state = ok ? State::ready : State::failed;
        if (e) fail(d, BatchStop::work_failed, e);
      } else {
        // Nothing to start: done when nothing can become startable, that
        // is when no document before the stop is being prepared and every
        // one before it has been.
        bool more = next_prepare_ < stop_at_;
        for (std::size_t p = first_open_; p < next_prepare_ && p < stop_at_; ++p)
          more = more || docs_[p].state == State::preparing;
        if (!more) return;
        cv_.wait(lock);
        continue;
      }
      cv_.notify_all();  // parts to take, room to prepare, or a stop
    }
  }

  // On the calling thread: done for every document over, in order, until
  // the first one stopped.
  void deliver() {
    std::unique_lock<std::mutex> lock(mu_);
    for (std::size_t d = 0; d < docs_.size(); ++d) {
      cv_.wait(lock, [&] { return docs_[d].over || d >= stop_at_; });
      if (d >= stop_at_) return;
      lock.unlock();
      std::exception_ptr e;
      try {
        if (b_.done) b_.done(d);
      } catch (...) {
        e = std::current_exception();
      }
      lock.lock();
      if (e) {
        stopped_ = BatchStop{BatchStop::done_failed, d, e};
        stop_at_ = 0;
        cv_.notify_all();
        return;
      }
    }
  }

  const PartBatch& b_;
  const std::size_t jobs_;
  std::mutex mu_;
  std::condition_variable cv_;
  std::vector<Doc> docs_;
  std::size_t next_prepare_ = 0;  // documents [0, next_prepare_) were handed to prepare
  std::size_t first_open_ = 0;    // documents [0, first_open_) are over
  std::size_t open_ = 0;          // documents handed to prepare, not yet over
  std::size_t stop_at_;           // no work of documents from here on starts
  std::optional<BatchStop> stopped_;
};

}  // namespace

std::optional<BatchStop> run_parts(const PartBatch& batch, unsigned jobs) {
  if (batch.parts.empty()) return std::nullopt;
  if (jobs == 0) jobs = default_jobs();
  if (jobs == 1) return run_inline(batch);
  return Scheduler(batch, jobs).run();
}

}  // namespace mubiao::cli
