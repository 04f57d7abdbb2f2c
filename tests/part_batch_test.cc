// The command line's batch of documents in parts (examples/cli/part_batch.cc):
// every part of every prepared document runs once or is skipped once, parts
// of one document run at once on different threads, documents are
// delivered in order, at most `jobs` documents are open at once, and a
// failure stops the batch at the first document that failed with the ones
// before it delivered, as mubiao::try_run_batch does.
#define BOOST_TEST_MODULE part_batch
#include <boost/test/unit_test.hpp>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <stdexcept>
#include <thread>
#include <vector>

#include "part_batch.h"

namespace {

using mubiao::BatchStop;
using mubiao::cli::PartBatch;
using mubiao::cli::run_parts;

// What a batch did, checked for consistency.
struct Record {
  std::mutex mu;
  std::vector<int> prepared, released, running, done_order;
  std::vector<std::vector<int>> ran, skipped;  // per document and part: times
  int open = 0, max_open = 0;                  // prepared, not yet released

  explicit Record(const std::vector<std::size_t>& parts)
      : prepared(parts.size()),
        released(parts.size()),
        running(parts.size()),
        ran(parts.size()),
        skipped(parts.size()) {
    for (std::size_t d = 0; d < parts.size(); ++d) {
      ran[d].assign(parts[d], 0);
      skipped[d].assign(parts[d], 0);
    }
  }

  PartBatch batch(const std::vector<std::size_t>& parts) {
    PartBatch b;
    b.parts = parts;
    b.prepare = [this](std::size_t d) {
      std::lock_guard<std::mutex> lock(mu);
      ++prepared[d];
      max_open = std::max(max_open, ++open);
      return true;
    };
    b.part = [this](std::size_t d, std::size_t k) {
      {
        std::lock_guard<std::mutex> lock(mu);
        BOOST_TEST(prepared[d] == 1);
        BOOST_TEST(released[d] == 0);
        ++running[d];
      }
      std::this_thread::sleep_for(std::chrono::microseconds((d * 7 + k * 13) % 50));
      std::lock_guard<std::mutex> lock(mu);
      --running[d];
      ++ran[d][k];
    };
    b.skip = [this](std::size_t d, std::size_t k) {
      std::lock_guard<std::mutex> lock(mu);
      BOOST_TEST(running[d] == 0);
      ++skipped[d][k];
    };
    b.release = [this](std::size_t d) {
      std::lock_guard<std::mutex> lock(mu);
      BOOST_TEST(running[d] == 0);  // only after the last part
      for (std::size_t k = 0; k < ran[d].size(); ++k) BOOST_TEST(ran[d][k] + skipped[d][k] <= 1);
      ++released[d];
      --open;
    };
    b.done = [this](std::size_t d) {
      std::lock_guard<std::mutex> lock(mu);
      done_order.push_back(static_cast<int>(d));
    };
    return b;
  }

  // Every part of a prepared document ran or was skipped, once.
  void check_parts() {
    for (std::size_t d = 0; d < ran.size(); ++d)
      for (std::size_t k = 0; k < ran[d].size(); ++k) {
        if (prepared[d] == 0) {
          BOOST_TEST(ran[d][k] + skipped[d][k] == 0);
        } else {
          BOOST_TEST(ran[d][k] + skipped[d][k] == 1, "document " << d << " part " << k);
        }
      }
  }
};

const std::vector<std::size_t> kParts = {1, 5, 1, 1, 8, 2, 1, 3, 13, 1, 1, 4};

}  // namespace

BOOST_AUTO_TEST_CASE(every_part_runs_once_and_documents_are_done_in_order) {
  for (unsigned jobs : {1u, 2u, 3u, 8u}) {
    Record r(kParts);
    BOOST_TEST(!run_parts(r.batch(kParts), jobs).has_value());
    r.check_parts();
    BOOST_TEST_REQUIRE(r.done_order.size() == kParts.size());
    for (std::size_t d = 0; d < kParts.size(); ++d) {
      BOOST_TEST(r.done_order[d] == static_cast<int>(d));
      BOOST_TEST(r.released[d] == 1);
      for (int s : r.skipped[d]) BOOST_TEST(s == 0);
    }
    // The documents open at once (their memory) stay within the workers.
    BOOST_TEST(r.max_open <= static_cast<int>(jobs), "jobs " << jobs);
  }
}

BOOST_AUTO_TEST_CASE(each_worker_starts_once_before_its_parts) {
  for (unsigned jobs : {1u, 2u, 3u}) {
    Record r(kParts);
    PartBatch b = r.batch(kParts);
    std::mutex mu;
    std::vector<std::thread::id> started;
    b.worker_start = [&] {
      std::lock_guard<std::mutex> lock(mu);
      started.push_back(std::this_thread::get_id());
    };
    const auto part = b.part;
    b.part = [&, part](std::size_t d, std::size_t k) {
      {
        std::lock_guard<std::mutex> lock(mu);
        const bool on_a_started_worker =
            std::find(started.begin(), started.end(), std::this_thread::get_id()) != started.end();
        // jobs == 1 runs on the calling thread, which no worker_start is for.
        BOOST_TEST(on_a_started_worker == (jobs > 1));
      }
      part(d, k);
    };
    BOOST_TEST(!run_parts(b, jobs).has_value());
    r.check_parts();
    BOOST_TEST(started.size() == (jobs > 1 ? jobs : 0u), "jobs " << jobs);
    std::sort(started.begin(), started.end());
    BOOST_TEST((std::adjacent_find(started.begin(), started.end()) == started.end()));
  }
}

BOOST_AUTO_TEST_CASE(the_calling_thread_works_beside_the_started_workers) {
  for (unsigned jobs : {1u, 2u, 3u}) {
    Record r(kParts);
    PartBatch b = r.batch(kParts);
    std::mutex mu;
    std::condition_variable cv;
    int started = 0, beside = 0;
    bool beside_on_caller = false;
    b.worker_start = [&] {
      std::lock_guard<std::mutex> lock(mu);
      ++started;
      cv.notify_all();
    };
    const auto caller = std::this_thread::get_id();
    b.beside_workers = [&] {
      std::unique_lock<std::mutex> lock(mu);
      ++beside;
      beside_on_caller = std::this_thread::get_id() == caller;
      // Every worker starts while the calling thread is here: it does not
      // hold them up.
      BOOST_TEST(cv.wait_for(lock, std::chrono::seconds(20), [&] { return started == int(jobs); }));
      BOOST_TEST(r.done_order.empty());  // before the first delivery
    };
    BOOST_TEST(!run_parts(b, jobs).has_value());
    r.check_parts();
    // jobs == 1 runs on the calling thread: nothing runs beside it.
    BOOST_TEST(beside == (jobs > 1 ? 1 : 0), "jobs " << jobs);
    BOOST_TEST(beside_on_caller == (jobs > 1));
  }
}

BOOST_AUTO_TEST_CASE(parts_of_one_document_run_at_once) {
  // Part 0 waits until part 1 has started: only another thread can start it.
  std::mutex mu;
  std::condition_variable cv;
  bool second_started = false, waited = false;
  PartBatch b;
  b.parts = {2};
  b.prepare = [](std::size_t) { return true; };
  b.part = [&](std::size_t, std::size_t k) {
    std::unique_lock<std::mutex> lock(mu);
    if (k == 1) {
      second_started = true;
      cv.notify_all();
    } else {
      waited = cv.wait_for(lock, std::chrono::seconds(20), [&] { return second_started; });
    }
  };
  b.skip = [](std::size_t, std::size_t) {};
  b.release = [](std::size_t) {};
  BOOST_TEST(!run_parts(b, 2).has_value());
  BOOST_TEST(waited);
}

BOOST_AUTO_TEST_CASE(a_long_document_does_not_hold_the_others_back) {
  // Document 0 ends only when the 8 parts of documents 1 to 5 have: the other worker runs
  // them meanwhile.
  std::mutex mu;
  std::condition_variable cv;
  int others = 0;
  bool waited = false;
  PartBatch b;
  b.parts = {1, 1, 2, 1, 3, 1};
  b.prepare = [](std::size_t) { return true; };
  b.part = [&](std::size_t d, std::size_t) {
    std::unique_lock<std::mutex> lock(mu);
    if (d == 0) {
      waited = cv.wait_for(lock, std::chrono::seconds(20), [&] { return others == 8; });
    } else {
      ++others;
      cv.notify_all();
    }
  };
  b.skip = [](std::size_t, std::size_t) {};
  b.release = [](std::size_t) {};
  BOOST_TEST(!run_parts(b, 2).has_value());
  BOOST_TEST(waited);
}

BOOST_AUTO_TEST_CASE(a_document_that_fails_to_prepare_has_its_parts_skipped) {
  for (unsigned jobs : {1u, 2u, 4u}) {
    Record r(kParts);
    PartBatch b = r.batch(kParts);
    auto prepare = b.prepare;
    b.prepare = [&, prepare](std::size_t d) {
      if (d == 4 || d == 8) {
        std::lock_guard<std::mutex> lock(r.mu);
        ++r.prepared[d];
        return false;
      }
      return prepare(d);
    };
    BOOST_TEST(!run_parts(b, jobs).has_value());
    r.check_parts();
    BOOST_TEST(r.done_order.size() == kParts.size());
    for (std::size_t d : {4, 8}) {
      BOOST_TEST(r.released[d] == 0);
      for (std::size_t k = 0; k < kParts[d]; ++k) BOOST_TEST(r.skipped[d][k] == 1);
    }
  }
}

BOOST_AUTO_TEST_CASE(a_failure_stops_at_the_first_failed_document) {
  for (bool in_prepare : {false, true})
    for (unsigned jobs : {1u, 2u, 3u}) {
      Record r(kParts);
      PartBatch b = r.batch(kParts);
      if (in_prepare) {
        auto prepare = b.prepare;
        b.prepare = [prepare](std::size_t d) {
          if (d == 5) throw std::runtime_error("prepare 5");
          return prepare(d);
        };
      } else {
        auto part = b.part;
        b.part = [part](std::size_t d, std::size_t k) {
          if (d == 4 && k == 3) throw std::runtime_error("part 4.3");
          part(d, k);
        };
      }
      const std::size_t failed = in_prepare ? 5 : 4;
      const auto stop = run_parts(b, jobs);
      BOOST_TEST_REQUIRE(stop.has_value());
      BOOST_TEST(stop->reason == BatchStop::work_failed);
      BOOST_TEST(stop->document == failed);
      BOOST_TEST(static_cast<bool>(stop->error));
      // The documents before it were delivered, none from it on.
      BOOST_TEST_REQUIRE(r.done_order.size() == failed);
      for (std::size_t d = 0; d < failed; ++d) {
        BOOST_TEST(r.done_order[d] == static_cast<int>(d));
        for (int k : r.ran[d]) BOOST_TEST(k == 1);
      }
      if (in_prepare)
        r.prepared[5] = 1;  // handed to prepare: its parts are skipped
      else
        r.ran[4][3] = 1;  // the failed part started: not skipped
      r.check_parts();
      // Everything prepared was released, whatever stopped.
      for (std::size_t d = 0; d < kParts.size(); ++d)
        BOOST_TEST(r.released[d] == (r.prepared[d] && !(in_prepare && d == failed) ? 1 : 0));
    }
}

BOOST_AUTO_TEST_CASE(a_done_that_throws_stops_the_batch) {
  Record r(kParts);
  PartBatch b = r.batch(kParts);
  auto done = b.done;
  b.done = [done](std::size_t d) {
    if (d == 2) throw std::runtime_error("done 2");
    done(d);
  };
  const auto stop = run_parts(b, 2);
  BOOST_TEST_REQUIRE(stop.has_value());
  BOOST_TEST(stop->reason == BatchStop::done_failed);
  BOOST_TEST(stop->document == 2u);
  BOOST_TEST(r.done_order.size() == 2u);
  r.check_parts();
}
