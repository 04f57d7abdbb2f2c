#include "heap_setup.h"

#include <atomic>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>

#if defined(__GLIBC__)
#include <malloc.h>
#endif
#if defined(__linux__)
#include <sys/mman.h>
#endif

#if defined(__GLIBC__) && defined(__linux__) && defined(MADV_HUGEPAGE)
#define MUBIAO_HUGE_HEAP 1
#endif

namespace mubiao::cli {

#if defined(MUBIAO_HUGE_HEAP)
namespace {

constexpr std::uintptr_t kHugePage = std::uintptr_t{2} << 20;
// Room left for the heap's chunk headers when a block is to end just below
// a 2 MiB boundary: less than a page.
constexpr std::uintptr_t kPlugSlack = 256;

struct Mapping {
  std::uintptr_t begin = 0, end = 0;
};

// The mapping that holds `at`, from /proc/self/maps (lines "begin-end ...",
// hexadecimal); an empty one when not found.
Mapping mapping_of(std::uintptr_t at) {
  Mapping found;
  std::FILE* maps = std::fopen("/proc/self/maps", "re");
  if (maps == nullptr) return found;
  char line[256];
  bool line_start = true;  // a long line comes in several reads
  while (std::fgets(line, sizeof line, maps) != nullptr) {
    unsigned long begin = 0, end = 0;
    if (line_start && std::sscanf(line, "%lx-%lx", &begin, &end) == 2 && begin <= at && at < end) {
      found = {begin, end};
      break;
    }
    line_start = std::strchr(line, '\n') != nullptr;
  }
  std::fclose(maps);
  return found;
}

// Huge pages for the mapping that holds the address `at`, from the 2 MiB
// boundary at or below it (or the mapping's first one) to its last. Returns
// that mapping; end == 0 when it was not advised.
Mapping advise_mapping_of(std::uintptr_t at) {
  const Mapping m = mapping_of(at);
  if (m.end == 0) return m;
  const std::uintptr_t first = (m.begin + kHugePage - 1) & ~(kHugePage - 1);
  const std::uintptr_t below = at & ~(kHugePage - 1);
  const std::uintptr_t from = below > first ? below : first;
  const std::uintptr_t to = m.end & ~(kHugePage - 1);
  if (from < to && ::madvise(reinterpret_cast<void*>(from), to - from, MADV_HUGEPAGE) == 0)
    return m;
  return {};
}

}  // namespace
#endif

namespace {
// Whether keep_freed_memory() took: without it the blocks advise_huge_heap
// frees would be unmapped or trimmed, and the advice lost with them.
std::atomic<bool> kept{false};
}  // namespace

bool keep_freed_memory() {
#if defined(__GLIBC__)
  // Either setting turns off glibc's own moving of the thresholds.
  const bool taken = ::mallopt(M_MMAP_THRESHOLD, static_cast<int>(kHeapBlockMax)) == 1 &&
                     ::mallopt(M_TRIM_THRESHOLD, static_cast<int>(kHeapKeep)) == 1;
  kept.store(taken);
  return taken;
#else
  return false;
#endif
}

bool advise_huge_heap() {
#if defined(MUBIAO_HUGE_HEAP)
  if (!kept.load()) return false;
  // Blocks within what the heap serves (kHeapBlockMax), too large for any
  // free block: they come from the top of this thread's heap.
  constexpr std::size_t kBlock = kHeapAdvised / 2;
  void* first = std::malloc(kBlock);
  if (first == nullptr) return false;
  const auto top = reinterpret_cast<std::uintptr_t>(first);
  std::free(first);
  // The rest of the 2 MiB range where the top begins stays taken, never
  // written: that range has pages already (a worker's heap begins with its
  // own bookkeeping), and a range with pages goes on faulting 4 KiB at a
  // time (512 faults for a worker) where a fresh one takes a huge page at
  // once. Virtual memory only, for the life of the process.
  thread_local void* plug = nullptr;
  const std::uintptr_t rest = ((top + kHugePage - 1) & ~(kHugePage - 1)) - top;
  if (plug == nullptr && rest > kPlugSlack) plug = std::malloc(rest - kPlugSlack);
  first = std::malloc(kBlock);
  void* second = first ? std::malloc(kBlock) : nullptr;
  // (Addresses, not pointers: the blocks are not to be read.)
  const auto second_at = reinterpret_cast<std::uintptr_t>(second);
  const Mapping m = first ? advise_mapping_of(reinterpret_cast<std::uintptr_t>(first)) : Mapping{};
  bool advised = m.end != 0;
  // The two blocks mostly lie in one mapping, advised whole above.
  if (second && !(m.begin <= second_at && second_at < m.end))
    advised = advise_mapping_of(second_at).end != 0 && advised;
  std::free(second);
  std::free(first);
  return advised;
#else
  return false;
#endif
}

}  // namespace mubiao::cli
