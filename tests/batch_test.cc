#define BOOST_TEST_MODULE batch
#include <boost/test/unit_test.hpp>

#include <atomic>
#include <chrono>
#include <stdexcept>
#include <thread>
#include <vector>

#include "mubiao/batch.h"

using mubiao::run_batch;

BOOST_AUTO_TEST_CASE(done_is_called_in_input_order) {
  for (unsigned jobs : {0u, 1u, 2u, 3u, 8u}) {
    std::vector<int> out(50, -1), order;
    run_batch(
        out.size(), jobs,
        [&](std::size_t i) {
          // Later items finish first, to shake the order.
          std::this_thread::sleep_for(std::chrono::microseconds((50 - i) * 20));
          out[i] = static_cast<int>(i * i);
        },
        [&](std::size_t i) {
          BOOST_TEST(out[i] == static_cast<int>(i * i));
          order.push_back(static_cast<int>(i));
        });
    BOOST_TEST_REQUIRE(order.size() == 50u);
    for (int i = 0; i < 50; ++i) BOOST_TEST(order[i] == i);
  }
}

BOOST_AUTO_TEST_CASE(empty_batch_calls_nothing) {
  bool called = false;
  run_batch(
      0, 4, [&](std::size_t) { called = true; }, [&](std::size_t) { called = true; });
  BOOST_TEST(!called);
}

BOOST_AUTO_TEST_CASE(work_exception_is_rethrown_after_earlier_items_are_delivered) {
  std::vector<std::size_t> delivered;
  BOOST_CHECK_THROW(run_batch(
                        100, 4,
                        [&](std::size_t i) {
                          if (i == 10) throw std::runtime_error("item 10");
                        },
                        [&](std::size_t i) { delivered.push_back(i); }),
                    std::runtime_error);
  BOOST_TEST_REQUIRE(delivered.size() == 10u);
  for (std::size_t i = 0; i < 10; ++i) BOOST_TEST(delivered[i] == i);
}

BOOST_AUTO_TEST_CASE(workers_stay_within_the_window) {
  std::atomic<std::size_t> max_started{0};
  std::atomic<std::size_t> started{0};
  std::size_t delivered = 0;
  run_batch(
      200, 2,
      [&](std::size_t i) {
        started++;
        std::size_t m = max_started.load();
        while (i > m && !max_started.compare_exchange_weak(m, i)) {
        }
      },
      [&](std::size_t i) {
        // When item i is delivered no worker may have started beyond i + window.
        BOOST_TEST(max_started.load() < i + 1 + 4 * 2);
        if (i == 0) std::this_thread::sleep_for(std::chrono::milliseconds(20));
        ++delivered;
      });
  BOOST_TEST(delivered == 200u);
  BOOST_TEST(started.load() == 200u);
}

BOOST_AUTO_TEST_CASE(try_run_batch_says_which_document_failed) {
  for (unsigned jobs : {1u, 2u, 4u}) {
    std::vector<std::size_t> delivered;
    auto stop = mubiao::try_run_batch(
        100, jobs,
        [&](std::size_t i) {
          if (i == 37 || i == 60) throw std::runtime_error("bad document");
        },
        [&](std::size_t i) { delivered.push_back(i); });
    BOOST_TEST_REQUIRE(stop.has_value());
    BOOST_TEST(stop->reason == mubiao::BatchStop::work_failed);
    BOOST_TEST(stop->document == 37u, "jobs " << jobs);
    BOOST_TEST(delivered.size() == 37u);
    BOOST_CHECK_THROW(std::rethrow_exception(stop->error), std::runtime_error);
  }
}

BOOST_AUTO_TEST_CASE(try_run_batch_stops_when_done_throws) {
  for (unsigned jobs : {1u, 3u}) {
    std::atomic<std::size_t> worked{0};
    auto stop = mubiao::try_run_batch(
        1000, jobs, [&](std::size_t) { ++worked; },
        [&](std::size_t i) {
          if (i == 5) throw std::runtime_error("disk full");
        });
    BOOST_TEST_REQUIRE(stop.has_value());
    BOOST_TEST(stop->reason == mubiao::BatchStop::done_failed);
    BOOST_TEST(stop->document == 5u);
    // Workers stopped within the window instead of running every document.
    BOOST_TEST(worked.load() < 6u + 4u * jobs + jobs);
  }
}

BOOST_AUTO_TEST_CASE(a_cancelled_batch_delivers_what_started_and_says_where_it_stopped) {
  for (unsigned jobs : {1u, 2u, 4u}) {
    std::atomic<bool> cancel{false};
    std::vector<std::size_t> delivered;
    std::atomic<std::size_t> started{0};
    auto stop = mubiao::try_run_batch(
        500, jobs,
        [&](std::size_t) {
          ++started;
          std::this_thread::sleep_for(std::chrono::microseconds(200));
        },
        [&](std::size_t i) {
          delivered.push_back(i);
          if (i == 20) cancel = true;
        },
        &cancel);
    BOOST_TEST_REQUIRE(stop.has_value());
    BOOST_TEST(stop->reason == mubiao::BatchStop::cancelled);
    BOOST_TEST(!stop->error);
    // Every document that started was delivered, in order, and no other.
    BOOST_TEST(stop->document == started.load());
    BOOST_TEST(delivered.size() == stop->document);
    for (std::size_t i = 0; i < delivered.size(); ++i) BOOST_TEST(delivered[i] == i);
    BOOST_TEST(stop->document < 500u);
  }
}

BOOST_AUTO_TEST_CASE(a_batch_that_ends_reports_nothing) {
  std::atomic<bool> cancel{false};
  BOOST_TEST(!mubiao::try_run_batch(
                  10, 2, [](std::size_t) {}, nullptr, &cancel)
                  .has_value());
}
