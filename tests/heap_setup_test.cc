// The command line's heap settings (examples/cli/heap_setup.cc): a large
// block freed by one document serves the next without faulting its pages in
// again, on the main thread (--jobs 1) and on a worker's own heap
// (--jobs 2). With glibc's defaults the first block is a mapping of its
// own, unmapped when freed, and the second comes from fresh heap memory:
// every page faults again.
#define BOOST_TEST_MODULE heap_setup
#include <boost/test/unit_test.hpp>

#include <sys/resource.h>

#include <cstddef>
#include <cstring>
#include <memory>
#include <thread>

#include "heap_setup.h"

// A sanitizer's allocator (ASan, TSan) stands in for glibc's, and its mallopt
// takes nothing: there the settings must say they were not taken.
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define MUBIAO_SANITIZER_HEAP 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define MUBIAO_SANITIZER_HEAP 1
#endif
#endif

namespace {

#if defined(__GLIBC__) && defined(RUSAGE_THREAD) && !defined(MUBIAO_SANITIZER_HEAP)
long thread_faults() {
  rusage u{};
  getrusage(RUSAGE_THREAD, &u);
  return u.ru_minflt;
}

// Page faults of writing a second block of `size` bytes, after a first one
// of the same size was written and freed: a document's vector, then the
// next document's.
long faults_of_the_second_block(std::size_t size) {
  {
    std::unique_ptr<char[]> first(new char[size]);
    std::memset(first.get(), 1, size);
  }
  const long before = thread_faults();
  std::unique_ptr<char[]> second(new char[size]);
  std::memset(second.get(), 2, size);
  BOOST_TEST(second[size - 1] == 2);
  return thread_faults() - before;
}
#endif

}  // namespace

#ifdef MUBIAO_SANITIZER_HEAP
BOOST_AUTO_TEST_CASE(a_sanitizer_heap_takes_no_settings) {
  BOOST_TEST(!mubiao::cli::keep_freed_memory());
}
#else
BOOST_AUTO_TEST_CASE(freed_blocks_serve_the_next_document) {
  BOOST_TEST(mubiao::cli::keep_freed_memory());
#if defined(__GLIBC__) && defined(RUSAGE_THREAD)
  constexpr std::size_t kSize = std::size_t{16} << 20;  // 4096 pages of 4 KiB
  constexpr long kPages = static_cast<long>(kSize / 4096);
  // Within both limits: from the heap, and kept there when freed.
  static_assert(kSize < mubiao::cli::kHeapBlockMax && 2 * kSize < mubiao::cli::kHeapKeep);
  // The worker first: glibc's defaults would let the main thread's first
  // block raise the threshold for the worker.
  long worker_faults = -1;
  std::thread([&] { worker_faults = faults_of_the_second_block(kSize); }).join();
  BOOST_TEST(worker_faults < kPages / 8, worker_faults << " faults on a worker");
  const long main_faults = faults_of_the_second_block(kSize);
  BOOST_TEST(main_faults < kPages / 8, main_faults << " faults on the main thread");
#endif
}
#endif
