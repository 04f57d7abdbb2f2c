// The command line's heap settings (examples/cli/heap_setup.cc): a large
// block freed by one document serves the next without faulting its pages in
// again, on the main thread (--jobs 1) and on a worker's own heap
// (--jobs 2). With glibc's defaults the first block is a mapping of its
// own, unmapped when freed, and the second comes from fresh heap memory:
// every page faults again. And where the kernel gives huge pages on
// request, even the first block faults in 2 MiB at a time.
#define BOOST_TEST_MODULE heap_setup
#include <boost/test/unit_test.hpp>

#include <sys/resource.h>

#include <cstddef>
#include <cstring>
#include <fstream>
#include <memory>
#include <string>
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

// Page faults of writing a first block of `size` bytes.
long faults_of_a_first_block(std::size_t size) {
  const long before = thread_faults();
  std::unique_ptr<char[]> block(new char[size]);
  std::memset(block.get(), 3, size);
  BOOST_TEST(block[size - 1] == 3);
  return thread_faults() - before;
}

// Whether the kernel gives transparent huge pages to a madvise (the mode in
// brackets is "madvise" or "always").
boost::test_tools::assertion_result huge_pages_on_request(boost::unit_test::test_unit_id) {
  std::ifstream mode("/sys/kernel/mm/transparent_hugepage/enabled");
  std::string modes;
  std::getline(mode, modes);
  return modes.find("[madvise]") != std::string::npos ||
         modes.find("[always]") != std::string::npos;
}
#endif

}  // namespace

#ifdef MUBIAO_SANITIZER_HEAP
BOOST_AUTO_TEST_CASE(a_sanitizer_heap_takes_no_settings) {
  BOOST_TEST(!mubiao::cli::keep_freed_memory());
  BOOST_TEST(!mubiao::cli::advise_huge_heap());
}
#else
#if defined(__GLIBC__) && defined(RUSAGE_THREAD) && defined(__linux__)
// First in the file: a thread's heap is handed on to the next thread when
// it ends, so this worker's must not have served an earlier test's.
BOOST_AUTO_TEST_CASE(a_documents_first_blocks_fault_in_huge_pages,
                     *boost::unit_test::precondition(huge_pages_on_request)) {
  BOOST_TEST(!mubiao::cli::advise_huge_heap(),
             "nothing is advised before the heap keeps its memory");
  BOOST_TEST(mubiao::cli::keep_freed_memory());
  constexpr std::size_t kSize = std::size_t{16} << 20;  // 4096 pages of 4 KiB, 8 of 2 MiB
  static_assert(kSize < mubiao::cli::kHeapAdvised);
  long worker_faults = -1;
  bool advised = false;
  std::thread([&] {
    advised = mubiao::cli::advise_huge_heap();
    worker_faults = faults_of_a_first_block(kSize);
  }).join();
  BOOST_TEST(advised);
  // 8 huge pages and a few small ones (without the advice: 4096).
  BOOST_TEST(worker_faults < 64, worker_faults << " faults on a worker");
  BOOST_TEST(mubiao::cli::advise_huge_heap());
  const long main_faults = faults_of_a_first_block(kSize);
  BOOST_TEST(main_faults < 64, main_faults << " faults on the main thread");
}
#endif

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
